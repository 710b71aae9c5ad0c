//! Mention resolution: which spans of an article stand for which actors.
//!
//! One pass of the compiled matcher over the article's search key finds every alias, demonym,
//! metonym and title on word boundaries (a proclitic و ف ب ل ك, or لل before a definite form, may
//! precede: «لحفتر», «وأردوغان», «بالسراج», «والروس», «للروس»). Overlapping hits are settled
//! longest first, then a left-to-right pass composes them:
//!
//! | path | example | result |
//! |---|---|---|
//! | alias | «لحفتر» | the actor (`How::Alias`) |
//! | metonym | «الكرملين», «أنقرة» | the state or organ (`How::Alias`); ambiguous capitals (طرابلس, عمان) need their state mentioned in the article |
//! | place | «مصراتة», «قصف حلب» | the city or region, coded with its country (`How::Alias`); most place names need their country mentioned in the article |
//! | office + demonym/state/place/organisation | «الرئيس التركي», «وزير الخارجية الروسي», «رئيس حكومة الوفاق», «محافظ البصرة» | the holder at the article's date (`How::Title`), else the state/place/organisation with the office's sector («وزير الدفاع الفرنسي» → FRAGOV, «محافظ البصرة» → IRQGOV) |
//! | body/side + demonym/state (a body also + place) | «البرلمان التركي» → TURLEG, «الجانب الروسي» → RUS, «مسؤولين روس» → RUSGOV, «شرطة دبي» → ARECOP | the state with the body's sector (`How::Demonym`); «والتركي» after it repeats the head |
//! | institution alone | «قالت الشرطة», «اقتحمت قوات النظام» | the state the article is about (most of the states and places it names are of one country) with the institution's sector (`How::Local`); nothing when it is about none |
//! | plural demonym alone | «الروس», «الليبيين» | the state (`How::Demonym`) |
//! | singular demonym after any other noun | «الغاز الروسي» | a modifier, not an actor: reported only with `ResolverConfig::modifiers` (`How::Modifier`, low confidence) |
//! | weak alias, family name, rank | «صالح», «المشري», «المشير», «الجنرال الليبي», «اللواء المتقاعد» | the most recent compatible actor mentioned before, else one named in the article, else an organisation whose office holder it names («الوفاق» next to «السراج») (`How::Coref`) |
//! | one name token exact, the next within 1–2 spelling edits (a letter left out, added, swapped, or replaced by one of its sound or skeleton: `fuzzy::LETTER_CLASSES`) | «خليفه حتّر» | the person (`How::Fuzzy`); the misspelt token alone later in the article resolves too |
//! | NER span the base does not know | «ماتيو توالدو» (PER) | `unresolved.<search key>` (`How::Ner`) |
//!
//! A demonym qualifies a title only when both agree in definiteness («الأمير تركي الفيصل» is
//! Prince Turki). Typo-tolerant matching never starts from or accepts a function word and
//! compares short name tokens on the strict key («على العرض» is no «علي العريض»); see
//! `stoplist.rs` for the word lists.
//!
//! Everything works on the search key and is mapped back to byte spans of the original text.
//! The proclitics accepted before a match are marsad-text's clitic inventory (و ف, ب ك ل, ال,
//! لل) minus the verbal س; they are checked inline as a prefix string, because the automaton
//! already says where the stem starts and enumerating splits per hit would cost the hot path.
//! A form with the article is also compiled without it, so «للروس» finds «الروس».

use crate::fuzzy;
use crate::kb::Kb;
use crate::matcher::{Entry, is_word_char, key_of};
use crate::model::{ActorKind, TitleKind};
use crate::stoplist;
use chrono::NaiveDate;
use marsad_text::{KeyKind, Normalized, Span, is_arabic_letter, normalize, strict_key};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The label of a named-entity span handed in by the NER stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NerLabel {
    Person,
    Organisation,
    Location,
    Misc,
}

impl NerLabel {
    /// Parses a tag as NER corpora write it: `PER`, `B-PERS`, `ORG`, `LOC`, `GPE`, `MISC` ….
    pub fn from_tag(tag: &str) -> Option<NerLabel> {
        let tag = tag
            .strip_prefix("B-")
            .or_else(|| tag.strip_prefix("I-"))
            .unwrap_or(tag);
        Some(match tag.to_ascii_uppercase().as_str() {
            "PER" | "PERS" | "PERSON" => NerLabel::Person,
            "ORG" | "ORGANIZATION" | "ORGANISATION" => NerLabel::Organisation,
            "LOC" | "GPE" | "LOCATION" | "FAC" => NerLabel::Location,
            t if t.starts_with("MIS") => NerLabel::Misc,
            _ => return None,
        })
    }
}

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// A name, alias or metonym of the actor.
    Alias,
    /// A noun phrase built on a demonym or a state name standing for a party («الجانب الروسي»,
    /// «البرلمان التركي»), or a plural demonym alone («الروس»).
    Demonym,
    /// A demonym modifying a noun that is no actor («الغاز الروسي»); weak evidence only.
    Modifier,
    /// A name within a small edit distance of a known alias.
    Fuzzy,
    /// An office resolved by role and date («الرئيس التركي»).
    Title,
    /// A short form resolved to an earlier mention in the article.
    Coref,
    /// A NER span the knowledge base does not know: an unresolved actor.
    Ner,
    /// An institution named alone, taken as the one of the country the article is about
    /// («الشرطة» in an article on Egypt).
    Local,
}

/// The actor a mention stands for, with the code that applies at the article's date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// The KB id, or `unresolved.<search key>` for an actor the KB does not know.
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub kind: ActorKind,
    /// CAMEO code at the article's date (a role's code, a sector code for bodies); empty for
    /// unresolved actors.
    pub code: String,
    pub country: Option<String>,
}

/// One mention of an actor in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte offsets into the text given to [`Resolver::resolve`].
    pub span: Span,
    pub actor: ActorRef,
    pub how: How,
    /// 0..1; see the constants in this module for what each path gives.
    pub confidence: f32,
}

/// What the resolver does beyond exact matching. Build it with [`ResolverConfig::standard`] and
/// change fields; there is deliberately no `Default`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolverConfig {
    /// Report demonyms that only modify a noun («الغاز الروسي») as `How::Modifier`.
    pub modifiers: bool,
    /// Typo-tolerant matching of person names.
    pub fuzzy: bool,
    /// Resolve weak aliases, family names, ranks and bare titles to earlier mentions.
    pub coref: bool,
    /// Turn NER spans of persons and organisations the KB does not know into unresolved actors.
    pub ner_unresolved: bool,
    /// Also turn unknown NER locations into unresolved `place` actors.
    pub ner_locations: bool,
}

impl ResolverConfig {
    /// Everything on except modifiers and unresolved locations.
    pub fn standard() -> ResolverConfig {
        ResolverConfig {
            modifiers: false,
            fuzzy: true,
            coref: true,
            ner_unresolved: true,
            ner_locations: false,
        }
    }
}

// Confidence of each path: exact names are near-certain; capitals are often mere places;
// reconstructed references (coref, fuzzy, fallbacks) are weaker.
const CONF_ALIAS: f32 = 0.95;
const CONF_METONYM: f32 = 0.85;
const CONF_PLACE: f32 = 0.5;
const CONF_CONTEXT: f32 = 0.75;
const CONF_AMBIGUOUS: f32 = 0.7;
const CONF_TITLE_HOLDER: f32 = 0.9;
const CONF_TITLE_NO_HOLDER: f32 = 0.75;
const CONF_APPOSITION: f32 = 0.98;
const CONF_BODY: f32 = 0.85;
const CONF_LOCAL: f32 = 0.6;
const CONF_COLLECTIVE: f32 = 0.8;
const CONF_MODIFIER: f32 = 0.3;
const CONF_COREF: f32 = 0.7;
const CONF_COREF_WEAK: f32 = 0.6;
const CONF_RANK_FALLBACK: f32 = 0.5;
const CONF_FUZZY: f32 = 0.85;
const CONF_FUZZY_LEARNED: f32 = 0.7;
const CONF_NER_KNOWN: f32 = 0.8;
const CONF_NER_FUZZY: f32 = 0.6;
const CONF_NER_UNRESOLVED: f32 = 0.5;
const CONF_NER_PLACE: f32 = 0.3;
/// Adjectives that make an institution international rather than a state's (on search keys).
const INTERNATIONAL: &[&str] = &["الدوليه", "الدولي"];
/// How many places and states of one country an article must name for it to be about it.
const FOCUS_MIN: usize = 3;

/// Resolves mentions with one configuration over one knowledge base.
pub struct Resolver<'kb> {
    kb: &'kb Kb,
    config: ResolverConfig,
}

impl Kb {
    /// [`Resolver::resolve`] with [`ResolverConfig::standard`].
    pub fn resolve(
        &self,
        text: &str,
        date: Option<NaiveDate>,
        ner_spans: &[(Span, NerLabel)],
    ) -> Vec<Mention> {
        Resolver::new(self, ResolverConfig::standard()).resolve(text, date, ner_spans)
    }
}

impl<'kb> Resolver<'kb> {
    pub fn new(kb: &'kb Kb, config: ResolverConfig) -> Resolver<'kb> {
        Resolver { kb, config }
    }

    pub fn kb(&self) -> &'kb Kb {
        self.kb
    }

    pub fn config(&self) -> &ResolverConfig {
        &self.config
    }

    /// The actor mentions in `text` (one article: coreference never crosses this call), sorted
    /// by span. `date` picks office holders and codes (no date: the current ones); `ner_spans`
    /// are byte spans of `text` from the NER stage.
    pub fn resolve(
        &self,
        text: &str,
        date: Option<NaiveDate>,
        ner_spans: &[(Span, NerLabel)],
    ) -> Vec<Mention> {
        let norm = normalize(text, KeyKind::Search);
        let mut pass = Pass::new(self, text, &norm, date);
        pass.run();
        let mut mentions: Vec<Mention> = pass
            .drafts
            .iter()
            .map(|d| Mention {
                span: norm.span_to_original(d.start, d.end),
                actor: self.actor_ref(d.actor, d.code.as_deref(), date),
                how: d.how,
                confidence: d.confidence,
            })
            .collect();
        let article_actors: Vec<u32> = pass.drafts.iter().map(|d| d.actor).collect();
        self.ner_mentions(text, date, ner_spans, &pass, &article_actors, &mut mentions);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
        mentions
    }

    fn actor_ref(&self, actor: u32, code: Option<&str>, date: Option<NaiveDate>) -> ActorRef {
        let a = self.kb.actor_at(actor);
        ActorRef {
            id: a.id.clone(),
            name: a.name_ar.clone(),
            name_en: a.name_en.clone(),
            kind: a.kind,
            code: code
                .unwrap_or_else(|| self.kb.code_at(actor, date))
                .to_string(),
            country: a.country.clone(),
        }
    }

    fn ner_mentions(
        &self,
        text: &str,
        date: Option<NaiveDate>,
        ner_spans: &[(Span, NerLabel)],
        pass: &Pass<'_, '_>,
        article_actors: &[u32],
        mentions: &mut Vec<Mention>,
    ) {
        // Every name the NER stage found, to tell a conjunction or preposition glued to a name
        // («وعشماوي») from a name that starts with the same letter («وليد»).
        let ner_keys: HashSet<String> = ner_spans
            .iter()
            .filter_map(|&(s, _)| text.get(s.range()))
            .map(|t| key_of(t.trim()))
            .collect();
        for &(span, label) in ner_spans {
            let Ok(span) = Span::checked(text, span.start as usize, span.end as usize) else {
                continue;
            };
            let span = without_leading_function_words(text, span);
            let overlaps = |m: &Mention| m.span.start < span.end && span.start < m.span.end;
            if span.is_empty() || mentions.iter().any(overlaps) {
                continue;
            }
            let surface = text[span.range()].trim();
            let key = key_of(surface);
            if key.is_empty() {
                continue;
            }
            if let Some((actor, code, confidence)) = self.known_key(&key, pass) {
                mentions.push(Mention {
                    span,
                    actor: self.actor_ref(actor, code.as_deref(), date),
                    how: How::Alias,
                    confidence,
                });
                continue;
            }
            if self.config.fuzzy
                && matches!(label, NerLabel::Person | NerLabel::Organisation)
                && !stoplist::function_word(&strict_key(surface))
                && let Some(actor) = self.near_article_actor(&key, label, article_actors)
            {
                mentions.push(Mention {
                    span,
                    actor: self.actor_ref(actor, None, date),
                    how: How::Fuzzy,
                    confidence: CONF_NER_FUZZY,
                });
                continue;
            }
            let (kind, confidence) = match label {
                NerLabel::Person => (ActorKind::Person, CONF_NER_UNRESOLVED),
                NerLabel::Organisation => (ActorKind::Organisation, CONF_NER_UNRESOLVED),
                NerLabel::Location if self.config.ner_locations => {
                    (ActorKind::Place, CONF_NER_PLACE)
                }
                _ => continue,
            };
            if !self.config.ner_unresolved {
                continue;
            }
            // A given name the base knows («مسعود») tells «لمسعود أوزيل» from «لبنان».
            let matcher = &self.kb.matcher;
            let name_token = |word: &str| {
                matcher
                    .exact(word)
                    .any(|e| matches!(e, Entry::Anchor { .. }))
                    && !stoplist::common_word(word)
            };
            let (span, surface, key) =
                strip_glued_proclitic(text, span, &key, &ner_keys, &name_token)
                    .unwrap_or((span, surface, key));
            // «منظمة "هيومن رايتس ووتش"», «حزب الدعوة»: a class noun alone introduces the
            // name after it; one the base knows is the actor already. So it does with a
            // preposition glued to it («لمنظمة إرهابية»).
            let class_noun = stoplist::class_noun(&key)
                || ["ل", "ب", "ك", "ول", "وب", "فل", "فب", "و", "ف"]
                    .iter()
                    .any(|c| key.strip_prefix(c).is_some_and(stoplist::class_noun));
            let (span, surface, key) = if class_noun {
                let Some(named) = name_after_class_noun(text, span) else {
                    continue;
                };
                if mentions
                    .iter()
                    .any(|m| m.span.start < named.end && named.start < m.span.end)
                {
                    continue;
                }
                let surface = text[named.range()].trim();
                // The quote marks are no part of the actor's key.
                let key = key_of(&surface.replace(['«', '»', '"', '“', '”'], " "));
                (named, surface, key)
            } else {
                (span, surface, key)
            };
            // «وأين», «حيث»: an ordinary word the tagger took for a name is no actor.
            let ordinary = |k: &str| stoplist::common_word(k);
            if ordinary(&key) || key.strip_prefix(['و', 'ف']).is_some_and(ordinary) {
                continue;
            }
            mentions.push(Mention {
                span,
                actor: ActorRef {
                    id: unresolved_id(&key),
                    name: surface.to_string(),
                    name_en: String::new(),
                    kind,
                    code: String::new(),
                    country: None,
                },
                how: How::Ner,
                confidence,
            });
        }
    }

    /// A KB actor for a whole NER span: exact key, or the key without a proclitic.
    fn known_key(&self, key: &str, pass: &Pass<'_, '_>) -> Option<(u32, Option<String>, f32)> {
        let mut candidates = vec![key.to_string()];
        for clitic in ["و", "ف", "ب", "ل", "ك", "وب", "ول"] {
            if let Some(rest) = key.strip_prefix(clitic)
                && rest.chars().count() >= 3
            {
                candidates.push(rest.to_string());
            }
        }
        for candidate in &candidates {
            let mut strong = Vec::new();
            let mut weak = Vec::new();
            for entry in self.kb.matcher.exact(candidate) {
                match entry {
                    Entry::Alias {
                        actor, weak: false, ..
                    } => strong.push(actor),
                    // A NER span confirms a weak alias («مالي» tagged LOC); implicit family
                    // names still need their full name in the article.
                    Entry::Alias {
                        actor,
                        weak: true,
                        implicit,
                    } if !implicit || pass.mentioned.contains(&actor) => weak.push(actor),
                    Entry::Metonym { index } => {
                        let m = self.kb.metonym_at(index);
                        if m.when_actor.is_none_or(|w| pass.when_ok(w)) {
                            return Some((m.actor, Some(m.code.clone()), CONF_NER_KNOWN));
                        }
                    }
                    _ => {}
                }
            }
            strong.dedup();
            weak.dedup();
            if strong.len() == 1 {
                return Some((strong[0], None, CONF_NER_KNOWN));
            }
            if strong.len() > 1
                && let [one] = strong
                    .iter()
                    .copied()
                    .filter(|a| pass.mentioned.contains(a))
                    .collect::<Vec<_>>()[..]
            {
                return Some((one, None, CONF_AMBIGUOUS));
            }
            if let [one] = weak[..] {
                return Some((one, None, CONF_COREF));
            }
        }
        None
    }

    /// An actor already mentioned in the article whose name is within a few edits of `key`.
    fn near_article_actor(&self, key: &str, label: NerLabel, actors: &[u32]) -> Option<u32> {
        let mut seen = HashSet::new();
        let mut best: Option<(usize, u32)> = None;
        for &actor in actors {
            if !seen.insert(actor) {
                continue;
            }
            let a = self.kb.actor_at(actor);
            let kind_ok = match label {
                NerLabel::Person => a.kind == ActorKind::Person,
                _ => matches!(
                    a.kind,
                    ActorKind::Organisation | ActorKind::ArmedGroup | ActorKind::Movement
                ),
            };
            if !kind_ok {
                continue;
            }
            for form in std::iter::once(&a.name_ar).chain(&a.aliases) {
                let alias = key_of(form);
                let budget = fuzzy::budget(alias.chars().count());
                if let Some(d) = fuzzy::spelling_distance_within(key, &alias, budget)
                    && d > 0
                    && best.is_none_or(|(b, _)| d < b)
                {
                    best = Some((d, actor));
                }
            }
        }
        best.map(|(_, a)| a)
    }
}

/// The span, surface and key of a NER name without a proclitic glued to it, when the bare
/// name is itself among the article's NER names (so «وعشماوي» becomes «عشماوي» only where
/// «عشماوي» also occurs; «وليد» alone stays whole), or its first word without the clitic is a
/// known given name and with it is not («لمسعود أوزيل»).
fn strip_glued_proclitic<'t>(
    text: &'t str,
    span: Span,
    key: &str,
    ner_keys: &HashSet<String>,
    name_token: &dyn Fn(&str) -> bool,
) -> Option<(Span, &'t str, String)> {
    const PROCLITICS: [&str; 9] = ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"];
    let first = key.split(' ').next().unwrap_or(key);
    let clitic = PROCLITICS.iter().find(|c| {
        key.strip_prefix(**c).is_some_and(|rest| {
            let rest_first = rest.split(' ').next().unwrap_or(rest);
            rest.chars().count() >= 3
                && (ner_keys.contains(rest)
                    || (rest_first.chars().count() >= 3
                        && name_token(rest_first)
                        && !name_token(first)))
        })
    })?;
    let raw = &text[span.range()];
    let start = span.start as usize + (raw.len() - raw.trim_start().len());
    // Skip the clitic's letters and any diacritics on them in the surface text.
    let mut letters = clitic.chars().count();
    let mut cut = None;
    for (offset, c) in text[start..span.end as usize].char_indices() {
        if letters == 0 && !marsad_text::is_diacritic(c) {
            cut = Some(start + offset);
            break;
        }
        if !marsad_text::is_diacritic(c) {
            letters -= 1;
        }
    }
    let cut = cut?;
    let trimmed = Span::checked(text, cut, span.end as usize).ok()?;
    let surface = text[trimmed.range()].trim();
    Some((trimmed, surface, key_of(surface)))
}

/// The span of a class noun («منظمة», «حزب») with the name it introduces: a quoted stretch of
/// up to five words right after it («منظمة "أنقذوا الأطفال"»), else one word with the article
/// («حزب الدعوة»). `None` when neither follows.
fn name_after_class_noun(text: &str, span: Span) -> Option<Span> {
    let rest = text.get(span.end as usize..)?;
    let gap = rest.len() - rest.trim_start().len();
    let after = &rest[gap..];
    let name_end = match after.chars().next()? {
        quote @ ('«' | '"' | '“') => {
            let closing = match quote {
                '«' => '»',
                '“' => '”',
                _ => '"',
            };
            let inner = &after[quote.len_utf8()..];
            let close = inner.find(closing)?;
            let name = &inner[..close];
            let clause = name.contains(['.', '،', ',', ':', '؟', '!', '\n']);
            if name.trim().is_empty() || name.split_whitespace().count() > 5 || clause {
                return None;
            }
            quote.len_utf8() + close + closing.len_utf8()
        }
        _ => {
            let word_end = after
                .find(|c: char| !is_word_char(c))
                .unwrap_or(after.len());
            after[..word_end].starts_with("ال").then_some(word_end)?
        }
    };
    Some(Span::new(
        span.start as usize,
        span.end as usize + gap + name_end,
    ))
}

/// A NER span without the function words the tagger took in at its start («أن عبد اللطيف»);
/// a span that is one word stays as it is.
fn without_leading_function_words(text: &str, span: Span) -> Span {
    let mut start = span.start as usize;
    let end = span.end as usize;
    loop {
        let rest = &text[start..end];
        let lead = rest.len() - rest.trim_start().len();
        let word_end = rest[lead..]
            .find(char::is_whitespace)
            .map(|w| start + lead + w);
        // «فإن هوك», «أن عبد اللطيف»: also behind a glued و/ف.
        let function = |word: &str| {
            let strict = strict_key(word);
            stoplist::function_word(&strict)
                || strict
                    .strip_prefix(['و', 'ف'])
                    .is_some_and(|rest| rest.chars().count() >= 2 && stoplist::function_word(rest))
        };
        match word_end {
            Some(w) if function(&text[start + lead..w]) => start = w,
            _ => break,
        }
    }
    let rest = &text[start..end];
    let start = start + (rest.len() - rest.trim_start().len());
    Span::checked(text, start, end).unwrap_or(span)
}

/// The id of an actor the KB does not know: `unresolved.` + its search key, spaces as `_`.
pub fn unresolved_id(key: &str) -> String {
    let mut id = String::from("unresolved.");
    for (i, word) in key.split_whitespace().enumerate() {
        if i > 0 {
            id.push('_');
        }
        id.push_str(word);
    }
    id
}

/// One match on word boundaries, in search-key byte offsets.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    /// Start of the word, before any proclitic: `t[word_start..start]` is the proclitic.
    word_start: usize,
    pattern: u32,
    /// Matched through an article-stripped key after لل.
    lil: bool,
}

/// The entries of a hit, grouped.
#[derive(Debug, Default)]
struct Parts {
    strong: Vec<u32>,
    weak: Vec<u32>,
    /// `(state, plural, weak)`.
    demonyms: Vec<(u32, bool, bool)>,
    metonyms: Vec<u32>,
    titles: Vec<u32>,
    anchors: Vec<(u32, u8)>,
    stop: bool,
}

#[derive(Debug, Clone)]
struct Draft {
    start: usize,
    end: usize,
    actor: u32,
    /// A code other than the actor's own at the date (a sector code, a metonym's code).
    code: Option<String>,
    how: How,
    confidence: f32,
}

/// A typo-tolerant name match: its span, total edit distance, actor, and the misspelt tokens
/// learned from it (`(key, from byte)`).
struct FuzzyMatch {
    start: usize,
    end: usize,
    total: usize,
    actor: u32,
    learned: Vec<(String, usize)>,
}

enum Target {
    State(u32),
    Org(u32),
    Person,
    /// A body of a state («القوات الليبية» after «المتحدث باسم»): state and sector.
    Body(u32, Option<String>),
}

/// The state of one resolution.
struct Pass<'r, 't> {
    r: &'r Resolver<'r>,
    /// The search key of the article, where all matching happens.
    t: &'t str,
    /// The article as given, and the alignment of `t` to it (for strict keys of words).
    original: &'t str,
    norm: &'t Normalized,
    date: Option<NaiveDate>,
    hits: Vec<Hit>,
    parts: Vec<Parts>,
    consumed: Vec<bool>,
    drafts: Vec<Draft>,
    /// Actors named unambiguously somewhere in the article.
    mentioned: HashSet<u32>,
    countries: HashSet<String>,
    /// The state the article is about, when its places and states name one far more than any
    /// other: whose institutions «الحكومة», «الشرطة» alone are.
    focus: Option<u32>,
    /// States and organisations whose office holder at the date the article names («السراج»
    /// for the GNA, «حفتر» for the LNA): context for their weak aliases («الوفاق»).
    led: HashSet<u32>,
    /// Misspelt name tokens confirmed by a fuzzy match: `(key, actor, from byte)`.
    learned: Vec<(String, u32, usize)>,
}

/// Offices tried for «رئيس»/«قائد» + an organisation.
const ORGANISATION_HEADS: &[&str] = &[
    "leader",
    "head_of_government",
    "head_of_state",
    "commander",
    "governor",
    "secretary_general",
];
/// Words before a capital that make it a place rather than an actor («في موسكو», «إلى أنقرة»).
const LOCATIVES: &[&str] = &[
    "في", "الي", "من", "داخل", "خارج", "قرب", "نحو", "عبر", "حتي",
];
const PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];
const LIL: &[&str] = &["لل", "ولل", "فلل"];
/// Characters allowed between a title and the name in apposition («وزير الخارجية التركي، "مولود تشاووش أوغلو"»).
const APPOSITION_GAP: &[char] = &['،', ',', '"', '“', '”', '«', '»', '(', ')', '\'', '‘', '’'];

impl<'r, 't> Pass<'r, 't> {
    fn new(
        r: &'r Resolver<'r>,
        original: &'t str,
        norm: &'t Normalized,
        date: Option<NaiveDate>,
    ) -> Pass<'r, 't> {
        Pass {
            r,
            t: &norm.text,
            original,
            norm,
            date,
            hits: Vec::new(),
            parts: Vec::new(),
            consumed: Vec::new(),
            drafts: Vec::new(),
            mentioned: HashSet::new(),
            countries: HashSet::new(),
            focus: None,
            led: HashSet::new(),
            learned: Vec::new(),
        }
    }

    fn kb(&self) -> &'r Kb {
        self.r.kb
    }

    fn run(&mut self) {
        self.collect_hits();
        self.select();
        self.group();
        self.context();
        let mut i = 0;
        while i < self.hits.len() {
            if !self.consumed[i] {
                self.process(i);
            }
            i += 1;
        }
        if self.r.config.fuzzy && !self.learned.is_empty() {
            self.learned_mentions();
        }
        self.drafts.sort_by_key(|d| (d.start, d.end));
        // «الجنرال خليفه حتّر»: a rank resolved by coreference right before a name of the same
        // actor is part of that mention, not a second one.
        let t = self.t;
        let mut keep = vec![true; self.drafts.len()];
        for k in 1..self.drafts.len() {
            let (a, b) = (&self.drafts[k - 1], &self.drafts[k]);
            if a.how == How::Coref
                && a.actor == b.actor
                && a.end <= b.start
                && t[a.end..b.start].chars().all(char::is_whitespace)
            {
                keep[k - 1] = false;
            }
        }
        let mut k = 0;
        self.drafts.retain(|_| {
            k += 1;
            keep[k - 1]
        });
    }

    fn collect_hits(&mut self) {
        let t = self.t;
        let matcher = &self.kb().matcher;
        for (start, end, pattern) in matcher.find_overlapping(t) {
            if t[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let word_start = word_start(t, start);
            let prefix = &t[word_start..start];
            let lil = if prefix.is_empty() || PROCLITICS.contains(&prefix) {
                false
            } else if LIL.contains(&prefix) {
                true
            } else {
                continue;
            };
            let slots = &matcher.patterns[pattern as usize].slots;
            if slots.iter().any(|s| s.stripped == lil) {
                self.hits.push(Hit {
                    start,
                    end,
                    word_start,
                    pattern,
                    lil,
                });
            }
        }
    }

    /// Keeps non-overlapping hits, longest first (a full name beats its parts, «الجيش الوطني
    /// الليبي» beats «الجيش»), then leftmost.
    fn select(&mut self) {
        let mut order: Vec<usize> = (0..self.hits.len()).collect();
        let hits = &self.hits;
        order.sort_by_key(|&i| {
            (
                std::cmp::Reverse(hits[i].end - hits[i].word_start),
                hits[i].start,
            )
        });
        let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
        let mut keep = Vec::with_capacity(hits.len());
        for i in order {
            let h = hits[i];
            let (s, e) = (h.word_start, h.end);
            let clash = taken
                .range(..e)
                .next_back()
                .is_some_and(|(_, &end)| end > s);
            if !clash {
                taken.insert(s, e);
                keep.push(h);
            }
        }
        keep.sort_by_key(|h| h.start);
        self.consumed = vec![false; keep.len()];
        self.hits = keep;
    }

    fn group(&mut self) {
        let kb = self.r.kb;
        let matcher = &kb.matcher;
        self.parts = self
            .hits
            .iter()
            .map(|h| {
                let mut p = Parts::default();
                for slot in &matcher.patterns[h.pattern as usize].slots {
                    if slot.stripped != h.lil {
                        continue;
                    }
                    match slot.entry {
                        Entry::Alias {
                            actor, weak: false, ..
                        } => push_unique(&mut p.strong, actor),
                        // Explicit weak aliases and implicit family names alike only refer
                        // back to an actor the article names.
                        Entry::Alias {
                            actor, weak: true, ..
                        } => push_unique(&mut p.weak, actor),
                        Entry::Demonym {
                            state,
                            plural,
                            weak,
                        } => p.demonyms.push((state, plural, weak)),
                        Entry::Metonym { index } => p.metonyms.push(index),
                        Entry::Title { index } => {
                            if kb.title_at(index).kind == TitleKind::NotActor {
                                p.stop = true;
                            } else {
                                p.titles.push(index);
                            }
                        }
                        Entry::Anchor { name, token } => p.anchors.push((name, token)),
                    }
                }
                p
            })
            .collect();
    }

    /// Which actors the article names unambiguously, and their countries: the context that
    /// settles ambiguous forms and conditional metonyms.
    fn context(&mut self) {
        let kb = self.r.kb;
        for p in &self.parts {
            let metonym_actors: Vec<u32> =
                p.metonyms.iter().map(|&m| kb.metonym_at(m).actor).collect();
            let mut all = p.strong.clone();
            for &a in &metonym_actors {
                push_unique(&mut all, a);
            }
            if let [one] = all[..] {
                let conditional = p
                    .metonyms
                    .iter()
                    .any(|&m| kb.metonym_at(m).when_actor.is_some());
                if !conditional {
                    self.mentioned.insert(one);
                }
            }
            for &(state, _, weak) in &p.demonyms {
                if !weak {
                    self.mentioned.insert(state);
                }
            }
        }
        for &a in &self.mentioned {
            if kb.actor_at(a).kind == ActorKind::Person {
                self.led
                    .extend(kb.roles_held(a, self.date).map(|r| r.of_actor));
            }
            if let Some(c) = &kb.actor_at(a).country {
                self.countries.insert(c.clone());
            }
        }
        self.focus = self.focus_state();
    }

    /// The state the article is about: the country of most of the states, places and demonyms
    /// it names, if at least `FOCUS_MIN` of them and more than half.
    fn focus_state(&self) -> Option<u32> {
        let kb = self.r.kb;
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        let mut total = 0;
        for p in &self.parts {
            let mut actors = p.strong.clone();
            for &m in &p.metonyms {
                let met = kb.metonym_at(m);
                // «حماة» in an article that names nothing Syrian is no evidence of Syria.
                if met.when_actor.is_none_or(|w| self.when_ok(w)) {
                    push_unique(&mut actors, met.actor);
                }
            }
            let country = match (&actors[..], p.demonyms.first()) {
                ([one], _) => {
                    let a = kb.actor_at(*one);
                    matches!(a.kind, ActorKind::State | ActorKind::Place)
                        .then_some(a.country.as_deref())
                        .flatten()
                }
                ([], Some(&(state, _, false))) => kb.actor_at(state).country.as_deref(),
                _ => None,
            };
            if let Some(c) = country {
                *counts.entry(c).or_default() += 1;
                total += 1;
            }
        }
        let (country, n) = counts.into_iter().max_by_key(|&(_, n)| n)?;
        if n < FOCUS_MIN || 2 * n <= total {
            return None;
        }
        (0..kb.actors().len() as u32).find(|&a| {
            let actor = kb.actor_at(a);
            actor.kind == ActorKind::State && actor.country.as_deref() == Some(country)
        })
    }

    fn when_ok(&self, when: u32) -> bool {
        self.mentioned.contains(&when)
            || self
                .kb()
                .actor_at(when)
                .country
                .as_ref()
                .is_some_and(|c| self.countries.contains(c))
    }

    fn emit(
        &mut self,
        start: usize,
        end: usize,
        actor: u32,
        code: Option<String>,
        how: How,
        confidence: f32,
    ) {
        self.drafts.push(Draft {
            start,
            end,
            actor,
            code,
            how,
            confidence,
        });
    }

    fn prefix(&self, i: usize) -> &'t str {
        let h = self.hits[i];
        &self.t[h.word_start..h.start]
    }

    /// Whether hit `i` follows a locative preposition («في», «إلى», «بـ»).
    fn locative(&self, i: usize) -> bool {
        let h = self.hits[i];
        self.t[h.word_start..h.start].contains('ب')
            || prev_word(self.t, h.word_start)
                .is_some_and(|(s, e)| LOCATIVES.contains(&&self.t[s..e]))
    }

    /// Only whitespace between hit `a` and hit `b`.
    fn adjacent(&self, a: usize, b: usize) -> bool {
        b < self.hits.len()
            && self.t[self.hits[a].end..self.hits[b].word_start]
                .chars()
                .all(char::is_whitespace)
    }

    /// Whitespace and apposition punctuation between hit `a` and hit `b`.
    fn loosely_adjacent(&self, a: usize, b: usize) -> bool {
        b < self.hits.len()
            && self.t[self.hits[a].end..self.hits[b].word_start]
                .chars()
                .all(|c| c.is_whitespace() || APPOSITION_GAP.contains(&c))
    }

    /// The one actor a hit names, settling ambiguity from context: `(actor, confidence)`.
    fn pick_strong(&self, i: usize) -> Option<(u32, f32)> {
        let kb = self.kb();
        let p = &self.parts[i];
        let mut candidates: Vec<(u32, f32)> = p.strong.iter().map(|&a| (a, CONF_ALIAS)).collect();
        for &m in &p.metonyms {
            let met = kb.metonym_at(m);
            let conf = if met.when_actor.is_some() {
                CONF_CONTEXT
            } else {
                CONF_METONYM
            };
            if met.when_actor.is_none_or(|w| self.when_ok(w))
                && !candidates.iter().any(|c| c.0 == met.actor)
            {
                candidates.push((met.actor, conf));
            }
        }
        match candidates[..] {
            [] => None,
            [one] => Some(one),
            _ => {
                let in_context: Vec<u32> = candidates
                    .iter()
                    .map(|c| c.0)
                    .filter(|a| self.mentioned.contains(a))
                    .collect();
                match in_context[..] {
                    [one] => Some((one, CONF_AMBIGUOUS)),
                    _ => None,
                }
            }
        }
    }

    /// The code a metonym hit gives its actor (`الكرملين` → RUSGOV), if it was picked.
    fn metonym_code(&self, i: usize, actor: u32) -> Option<String> {
        let kb = self.kb();
        self.parts[i]
            .metonyms
            .iter()
            .map(|&m| kb.metonym_at(m))
            .find(|m| m.actor == actor && !self.parts[i].strong.contains(&actor))
            .map(|m| m.code.clone())
    }

    /// The state of a demonym hit that counts here.
    fn demonym_state(&self, i: usize) -> Option<(u32, bool)> {
        self.parts[i]
            .demonyms
            .iter()
            .find(|&&(state, _, weak)| !weak || self.mentioned.contains(&state))
            .map(|&(state, plural, _)| (state, plural))
    }

    /// What hit `j` can be the complement of a title: a demonym, a state, an organisation, a
    /// person, or (for offices) a body of a state. Returns the target and the last hit it uses.
    fn target(&self, j: usize, allow_body: bool) -> Option<(Target, usize)> {
        let p = &self.parts[j];
        if p.stop {
            return None;
        }
        // «الأمير تركي الفيصل» is Prince Turki, not "the Turkish prince": an adjective agrees
        // with its noun in definiteness. («حكومة السعودية» still reads the state's name below.)
        if let Some((state, _)) = self.demonym_state(j)
            && self.agrees(j - 1, j)
        {
            return Some((Target::State(state), j));
        }
        // A definite head («الوزير», «الجيش») takes an adjective, not a genitive: «الوزير عمان»
        // is "the minister [visited] Oman", not Oman's minister. A ل-complement is fine
        // («الأمين العام للأمم المتحدة»).
        if self.definite(j - 1) && self.prefix(j).is_empty() {
            return None;
        }
        if let Some((actor, _)) = self.pick_strong(j) {
            // «قال الوزير لرويترز»: after a title, «ل» + a news outlet is whom he spoke to,
            // not whose minister he is.
            if self.prefix(j).contains('ل') && self.kb().actor_at(actor).code.ends_with("MED") {
                return None;
            }
            let t = match self.kb().actor_at(actor).kind {
                ActorKind::State => Target::State(actor),
                ActorKind::Person => Target::Person,
                _ => Target::Org(actor),
            };
            return Some((t, j));
        }
        if allow_body
            && let Some(body) = self.title_of_kind(j, TitleKind::Body)
            && self.adjacent(j, j + 1)
            && self.prefix(j + 1).is_empty()
            && let Some((Target::State(state), last)) = self.target(j + 1, false)
        {
            let sector = self.kb().title_at(body).sector.clone();
            return Some((Target::Body(state, sector), last));
        }
        None
    }

    /// Whether demonym hit `adjective` can qualify the title hit `head`: both definite
    /// («الرئيس التركي», «للرئيس التركي») or both not («مسؤولين روس»). A title counts as
    /// definite when its first or last word has the article («الفريق أول», «رئيس الوزراء»).
    fn agrees(&self, head: usize, adjective: usize) -> bool {
        let h = self.hits[head];
        let key = self.hit_key(head);
        // «للاجئين» is لِـ + اللاجئين as often as لِـ + لاجئين: either reading may agree.
        if self.t[h.word_start..h.start].ends_with('ل') && key.starts_with('ل') {
            return true;
        }
        let first = key.split(' ').next().unwrap_or(key);
        let head_definite = self.definite(head) || first.starts_with("ال");
        head_definite == self.definite(adjective)
    }

    /// Whether the last word of hit `i` carries the article (after لل it was absorbed:
    /// «للجيش» is لِـ + الجيش).
    fn definite(&self, i: usize) -> bool {
        let h = self.hits[i];
        if h.lil {
            return true;
        }
        let key = self.hit_key(i);
        let last = h.start + key.rfind(' ').map_or(0, |p| p + 1);
        if !self.t[last..h.end].starts_with("ال") {
            return false;
        }
        // The key folds «أل» into «ال»: «ألمانية» is no «ال» + «مانية». Look at the original.
        let span = self.norm.span_to_original(last, h.end);
        let first = self.original[span.range()]
            .chars()
            .find(|&c| is_arabic_letter(c));
        !matches!(first, Some('أ' | 'إ' | 'آ'))
    }

    fn title_of_kind(&self, i: usize, kind: TitleKind) -> Option<u32> {
        self.parts[i]
            .titles
            .iter()
            .copied()
            .find(|&t| self.kb().title_at(t).kind == kind)
    }

    fn process(&mut self, i: usize) {
        if self.parts[i].stop {
            return;
        }
        if self.actor_hit(i) {
            return;
        }
        if !self.parts[i].titles.is_empty() && self.title_hit(i) {
            return;
        }
        if let Some((state, plural)) = self.demonym_state(i) {
            let h = self.hits[i];
            if plural {
                self.emit(h.start, h.end, state, None, How::Demonym, CONF_COLLECTIVE);
            } else if self.r.config.modifiers {
                self.emit(h.start, h.end, state, None, How::Modifier, CONF_MODIFIER);
            }
            return;
        }
        if self.r.config.fuzzy && !self.parts[i].anchors.is_empty() {
            self.fuzzy_at(i);
        }
    }

    /// Names, metonyms and weak aliases. Returns whether the hit was used.
    fn actor_hit(&mut self, i: usize) -> bool {
        let h = self.hits[i];
        if let Some((actor, mut confidence)) = self.pick_strong(i) {
            let code = self.metonym_code(i, actor);
            let named = self.kb().actor_at(actor);
            // A city of places.tsv stands for itself, after «في» too.
            let capital =
                named.kind == ActorKind::State && code.as_deref() == Some(named.code.as_str());
            if capital && self.locative(i) {
                // «في موسكو»: most likely where something happened, not who did it.
                confidence = confidence.min(CONF_PLACE);
            }
            self.emit(h.start, h.end, actor, code, How::Alias, confidence);
            self.consume_agreeing_demonym(i, actor);
            return true;
        }
        if !self.parts[i].strong.is_empty()
            || self.parts[i]
                .metonyms
                .iter()
                .any(|&m| self.kb().metonym_at(m).when_actor.is_none())
        {
            // An ambiguous name the context does not settle: better no mention than a guess.
            return true;
        }
        if self.r.config.coref
            && !self.parts[i].weak.is_empty()
            && let Some((actor, confidence)) = self.pick_weak(i)
        {
            self.emit(h.start, h.end, actor, None, How::Coref, confidence);
            return true;
        }
        false
    }

    /// «حكومة الوفاق الليبية»: a demonym right after an organisation or person of that country
    /// agrees with it and is no separate mention.
    fn consume_agreeing_demonym(&mut self, i: usize, actor: u32) {
        let kb = self.kb();
        let a = kb.actor_at(actor);
        if a.kind == ActorKind::State || !self.adjacent(i, i + 1) || !self.prefix(i + 1).is_empty()
        {
            return;
        }
        if let Some((state, _)) = self.demonym_state(i + 1)
            && kb.actor_at(state).country.is_some()
            && kb.actor_at(state).country == a.country
        {
            self.consumed[i + 1] = true;
        }
    }

    /// A weak alias: the candidate mentioned most recently before, else one named anywhere,
    /// else one whose office holder the article names («الوفاق» in an article naming السراج),
    /// else the one state whose actors the article names.
    fn pick_weak(&self, i: usize) -> Option<(u32, f32)> {
        let weak = &self.parts[i].weak;
        if let Some(d) = self.drafts.iter().rev().find(|d| weak.contains(&d.actor)) {
            return Some((d.actor, CONF_COREF));
        }
        for context in [&self.mentioned, &self.led] {
            let named: Vec<u32> = weak
                .iter()
                .copied()
                .filter(|a| context.contains(a))
                .collect();
            match named[..] {
                [one] => return Some((one, CONF_COREF_WEAK)),
                [] => {}
                // Two candidates in context: nothing settles it.
                _ => return None,
            }
        }
        // «المملكة» after «وكالة الأنباء السعودية»: a state none names but whose actors the
        // article names.
        let kb = self.kb();
        let compatriot: Vec<u32> = weak
            .iter()
            .copied()
            .filter(|&a| {
                let actor = kb.actor_at(a);
                actor.kind == ActorKind::State
                    && actor
                        .country
                        .as_ref()
                        .is_some_and(|c| self.countries.contains(c))
            })
            .collect();
        match compatriot[..] {
            [one] => Some((one, CONF_COREF_WEAK)),
            _ => None,
        }
    }

    fn title_hit(&mut self, i: usize) -> bool {
        let kb = self.kb();
        let offices: Vec<u32> = self.parts[i]
            .titles
            .iter()
            .copied()
            .filter(|&t| kb.title_at(t).kind == TitleKind::Office)
            .collect();
        if !offices.is_empty() {
            return self.office(i, &offices);
        }
        for kind in [TitleKind::Body, TitleKind::Party, TitleKind::Local] {
            if let Some(title) = self.title_of_kind(i, kind) {
                return self.body(i, title, kind);
            }
        }
        if let Some(rank) = self.title_of_kind(i, TitleKind::Rank) {
            return self.rank(i, rank, false);
        }
        if let Some(rank) = self.title_of_kind(i, TitleKind::RankQualified) {
            return self.rank(i, rank, true);
        }
        false
    }

    fn office(&mut self, i: usize, offices: &[u32]) -> bool {
        let kb = self.kb();
        let h = self.hits[i];
        let next = i + 1;
        let target = if self.adjacent(i, next) && matches!(self.prefix(next), "" | "ل" | "لل") {
            self.target(next, true)
        } else {
            None
        };
        let (of, body_sector, mut last) = match target {
            Some((Target::State(s), last)) => (s, None, last),
            Some((Target::Org(o), last)) => (o, None, last),
            Some((Target::Body(s, sector), last)) => (s, sector, last),
            Some((Target::Person, _)) => {
                // «مدير مخابرات حفتر»: the office of a named person, not the person; the name
                // is reported on its own.
                return true;
            }
            None => {
                if self.appositive_person(i).is_some() {
                    // «الرئيس فلاديمير بوتين»: the name says it.
                    return true;
                }
                if self.r.config.coref
                    && self.hit_key(i).starts_with("ال")
                    && let Some(actor) = self.recent_person(|p| {
                        kb.holds(p, offices, self.date) && self.titled_as(p, self.hit_key(i))
                    })
                {
                    self.emit(h.start, h.end, actor, None, How::Coref, CONF_COREF_WEAK);
                }
                return true;
            }
        };
        for j in next..=last {
            self.consumed[j] = true;
        }
        let of_actor = kb.actor_at(of);
        if of_actor.kind != ActorKind::State
            && self.adjacent(last, last + 1)
            && self.prefix(last + 1).is_empty()
        {
            // «رئيس مجلس الدولة الليبي»: the demonym agrees with the organisation.
            if let Some((state, _)) = self.demonym_state(last + 1)
                && kb.actor_at(state).country == of_actor.country
            {
                last += 1;
                self.consumed[last] = true;
            }
        }
        let end = self.hits[last].end;
        // «رئيس حكومة الوفاق», «قائد الجيش الوطني الليبي»: the head of an organisation, whatever
        // the data calls its office.
        let mut offices = offices.to_vec();
        let generic_head = ["leader", "head_of_state"]
            .iter()
            .filter_map(|n| kb.office_index(n))
            .any(|o| offices.contains(&o));
        if of_actor.kind != ActorKind::State && generic_head {
            for name in ORGANISATION_HEADS {
                if let Some(o) = kb.office_index(name)
                    && !offices.contains(&o)
                {
                    offices.push(o);
                }
            }
        }
        let offices = &offices[..];
        // «مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث», «سفير واشنطن لدى الأمم المتحدة»: an
        // office with a destination is a post in that place. The name after the destination
        // is who holds it; without one, the table's holder for the organisation may serve
        // another place (the UN has an envoy per country), so only the organisation is known.
        let destination = self.destination_after(last);
        if let Some(dest) = destination
            && let Some((k, person)) = self.appositive_person(dest)
        {
            for j in last + 1..=k {
                self.consumed[j] = true;
            }
            let end = self.hits[k].end;
            self.emit(h.start, end, person, None, How::Alias, CONF_APPOSITION);
            return true;
        }
        let holder = kb
            .holder(offices, of, self.date)
            .filter(|role| destination.is_none() || role.of_actor == of);
        let office_sector = kb.title_at(offices[0]).sector.clone();
        let (actor, code, how, confidence) = match holder {
            Some(role) => (
                role.actor,
                Some(role.code.clone()),
                How::Title,
                CONF_TITLE_HOLDER,
            ),
            None => {
                let sector = office_sector.or(body_sector);
                (
                    of,
                    Some(sector_code(kb, of, sector.as_deref())),
                    How::Title,
                    CONF_TITLE_NO_HOLDER,
                )
            }
        };
        // «وزير الخارجية الروسي سيرغي لافروف»: the name in apposition confirms the title.
        // «وزير الخارجية البريطاني بوريس جونسون» in an undated text, or one the role table
        // dates wrongly: a compatriot named in apposition is who the text means, whoever
        // holds the office on the date.
        if let Some((k, person)) = self.appositive_person(last) {
            let compatriot = kb.actor_at(person).country.is_some()
                && kb.actor_at(person).country == kb.actor_at(of).country;
            let same = holder.is_some_and(|role| role.actor == person) || compatriot;
            if same {
                for j in last + 1..=k {
                    self.consumed[j] = true;
                }
                let end = self.hits[k].end;
                self.emit(h.start, end, person, None, How::Alias, CONF_APPOSITION);
                return true;
            }
        }
        self.emit(h.start, end, actor, code, how, confidence);
        true
    }

    /// The hit right after «إلى» or «لدى» following hit `after`, when it names an actor: where
    /// an envoy or ambassador is posted.
    fn destination_after(&self, after: usize) -> Option<usize> {
        let (s, e) = next_word(self.t, self.hits[after].end)?;
        let next = after + 1;
        let posted = matches!(&self.t[s..e], "الي" | "لدي")
            && next < self.hits.len()
            && self.t[e..self.hits[next].word_start]
                .chars()
                .all(char::is_whitespace)
            && self.prefix(next).is_empty();
        (posted && self.pick_strong(next).is_some()).then_some(next)
    }

    /// A person named right after hit `after`, across apposition punctuation and ranks.
    fn appositive_person(&self, after: usize) -> Option<(usize, u32)> {
        let mut prev = after;
        let mut k = after + 1;
        while k < self.hits.len() && self.loosely_adjacent(prev, k) && self.prefix(k).is_empty() {
            let p = &self.parts[k];
            if let Some((actor, _)) = self.pick_strong(k) {
                return (self.kb().actor_at(actor).kind == ActorKind::Person).then_some((k, actor));
            }
            let is_rank = p.titles.iter().any(|&t| {
                matches!(
                    self.kb().title_at(t).kind,
                    TitleKind::Rank | TitleKind::RankQualified
                )
            });
            if !is_rank {
                return None;
            }
            prev = k;
            k += 1;
        }
        None
    }

    fn body(&mut self, i: usize, title: u32, kind: TitleKind) -> bool {
        let kb = self.kb();
        let h = self.hits[i];
        let sector = match kind {
            TitleKind::Body | TitleKind::Local => kb.title_at(title).sector.clone(),
            _ => None,
        };
        let next = i + 1;
        let target = if self.adjacent(i, next) && self.prefix(next).is_empty() {
            self.target(next, false)
        } else {
            None
        };
        let (state, last) = match target {
            Some((Target::State(state), last)) => (state, last),
            // «شرطة دبي», «سكان حلب»: a city's or region's institution is its country's, coded
            // with the body's sector; the place is the actor.
            Some((Target::Org(place), last)) if kb.actor_at(place).kind == ActorKind::Place => {
                (place, last)
            }
            // «قوات حفتر», «نظام الأسد»: the named actor stands on its own.
            Some(_) => return false,
            None => return self.local_body(i),
        };
        for j in next..=last {
            self.consumed[j] = true;
        }
        let how = How::Demonym;
        let code = sector_code(kb, state, sector.as_deref());
        self.emit(
            h.start,
            self.hits[last].end,
            state,
            Some(code),
            how,
            CONF_BODY,
        );
        // «الجانبين الروسي والتركي», «الوسطاء الروس والأتراك»: the head applies to each.
        let mut prev = last;
        while self.adjacent(prev, prev + 1) && self.prefix(prev + 1) == "و" {
            let Some((state, _)) = self.demonym_state(prev + 1) else {
                break;
            };
            prev += 1;
            self.consumed[prev] = true;
            let code = sector_code(kb, state, sector.as_deref());
            let hp = self.hits[prev];
            self.emit(hp.start, hp.end, state, Some(code), how, CONF_BODY);
        }
        true
    }

    /// «قالت الشرطة», «اقتحمت قوات النظام»: an institution named alone (its `local` forms are
    /// definite, so no owner follows them) is the one of the state the article is about, if
    /// the article has one.
    fn local_body(&mut self, i: usize) -> bool {
        let (Some(local), Some(state)) = (self.title_of_kind(i, TitleKind::Local), self.focus)
        else {
            return false;
        };
        let h = self.hits[i];
        // «المحكمة الدولية الخاصة بلبنان»: international, nobody's own.
        if next_word(self.t, h.end).is_some_and(|(s, e)| INTERNATIONAL.contains(&&self.t[s..e])) {
            return false;
        }
        let sector = self.kb().title_at(local).sector.clone();
        let code = sector_code(self.kb(), state, sector.as_deref());
        self.emit(h.start, h.end, state, Some(code), How::Local, CONF_LOCAL);
        true
    }

    fn rank(&mut self, i: usize, _title: u32, qualified: bool) -> bool {
        let kb = self.kb();
        let h = self.hits[i];
        if self.appositive_person(i).is_some() {
            return true;
        }
        let next = i + 1;
        let state =
            if self.adjacent(i, next) && self.prefix(next).is_empty() && self.agrees(i, next) {
                self.demonym_state(next).map(|(s, _)| (s, next))
            } else {
                None
            };
        if qualified && state.is_none() {
            return false;
        }
        if !self.r.config.coref {
            return true;
        }
        let country = state.and_then(|(s, _)| kb.actor_at(s).country.clone());
        let date = self.date;
        let found = self.recent_person(|p| {
            let a = kb.actor_at(p);
            let military = kb.code_at(p, date).contains("MIL") || a.code.contains("MIL");
            military
                && country
                    .as_ref()
                    .is_none_or(|c| a.country.as_ref() == Some(c))
        });
        let end = state.map_or(h.end, |(_, j)| self.hits[j].end);
        if let Some((_, j)) = state {
            self.consumed[j] = true;
        }
        match (found, state) {
            (Some(actor), _) => self.emit(h.start, end, actor, None, How::Coref, CONF_COREF),
            (None, Some((s, _))) => {
                let code = sector_code(kb, s, Some("MIL"));
                self.emit(h.start, end, s, Some(code), How::Title, CONF_RANK_FALLBACK)
            }
            (None, None) => {}
        }
        true
    }

    /// Whether the article, where it gave `person` a title, gave them `title`: «الأمير» does
    /// not refer back to «الرئيس الفلسطيني محمود عباس», though both words name a head of state.
    fn titled_as(&self, person: u32, title: &str) -> bool {
        let matcher = &self.kb().matcher;
        let mut titles = self
            .drafts
            .iter()
            .filter(|d| d.actor == person)
            .filter_map(|d| self.t.get(d.start..d.end)?.split_whitespace().next())
            .filter(|first| {
                matcher
                    .exact(first)
                    .any(|e| matches!(e, Entry::Title { .. }))
            })
            .peekable();
        titles.peek().is_none() || titles.any(|first| first == title)
    }

    /// The most recent person mention satisfying `ok`.
    fn recent_person(&self, ok: impl Fn(u32) -> bool) -> Option<u32> {
        let kb = self.kb();
        self.drafts
            .iter()
            .rev()
            .map(|d| d.actor)
            .find(|&a| kb.actor_at(a).kind == ActorKind::Person && ok(a))
    }

    fn hit_key(&self, i: usize) -> &str {
        let h = self.hits[i];
        &self.t[h.start..h.end]
    }

    /// «خليفه حتّر»: one token of a multi-word person name matched exactly; the neighbouring
    /// words are within the edit budget of the other tokens.
    fn fuzzy_at(&mut self, i: usize) {
        let kb = self.kb();
        let t = self.t;
        let h = self.hits[i];
        let has_clitic = h.word_start != h.start;
        // «على العرض» is no «علي العريض»: a function word never starts a fuzzy match, and a
        // short name token must agree on the strict key (the search key folds ى into ي).
        let anchor_strict = self.strict_at(h.start, h.end);
        if stoplist::function_word(&anchor_strict) {
            return;
        }
        let mut best: Option<FuzzyMatch> = None;
        for &(name, token) in &self.parts[i].anchors {
            let name_rec = &kb.matcher.names[name as usize];
            let k = token as usize;
            let n = name_rec.tokens.len();
            if has_clitic && k != 0 {
                continue;
            }
            if is_short_token(&name_rec.tokens[k]) && name_rec.strict[k] != anchor_strict {
                continue;
            }
            // Words of the text aligned with the name's tokens.
            let mut words = vec![(h.start, h.end); n];
            let mut ok = true;
            let mut pos = h.word_start;
            for j in (0..k).rev() {
                match prev_word(t, pos) {
                    Some(w) => {
                        words[j] = w;
                        pos = w.0;
                    }
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            let mut pos = h.end;
            for word in words.iter_mut().skip(k + 1) {
                if !ok {
                    break;
                }
                match next_word(t, pos) {
                    Some(w) => {
                        *word = w;
                        pos = w.1;
                    }
                    None => ok = false,
                }
            }
            if !ok {
                continue;
            }
            let mut total = 0;
            let mut learned = Vec::new();
            for (j, &(s, e)) in words.iter().enumerate() {
                if j == k {
                    continue;
                }
                let word = &t[s..e];
                let alias_token = &name_rec.tokens[j];
                let budget = fuzzy::budget(alias_token.chars().count());
                let Some(d) = fuzzy::spelling_distance_within(word, alias_token, budget) else {
                    ok = false;
                    break;
                };
                if d > 0
                    && (word.chars().count() < 3
                        || self.known_word(word)
                        || self.other_name_token(word, name_rec.actor))
                {
                    // A real word of its own (another name, a title) is no typo: «خالد بن
                    // محمد» is not «خالد بن أحمد».
                    ok = false;
                    break;
                }
                let word_strict = self.strict_at(s, e);
                if stoplist::function_word(&word_strict)
                    || (is_short_token(alias_token) && word_strict != name_rec.strict[j])
                {
                    ok = false;
                    break;
                }
                total += d;
                let single_alias = kb.matcher.exact(alias_token).any(|e| {
                    matches!(e, Entry::Alias { actor, weak: false, .. } if actor == name_rec.actor)
                });
                if d > 0 && single_alias {
                    learned.push((word.to_string(), e));
                }
            }
            if !ok || total == 0 || total > 2 {
                continue;
            }
            let (s, e) = (words[0].0, words[n - 1].1);
            if self.covered(s, e, i) {
                continue;
            }
            if best.as_ref().is_none_or(|b| total < b.total) {
                best = Some(FuzzyMatch {
                    start: s,
                    end: e,
                    total,
                    actor: name_rec.actor,
                    learned,
                });
            }
        }
        if let Some(FuzzyMatch {
            start: s,
            end: e,
            total,
            actor,
            learned,
        }) = best
        {
            let confidence = CONF_FUZZY - 0.1 * (total as f32 - 1.0);
            self.emit(s, e, actor, None, How::Fuzzy, confidence);
            for (key, from) in learned {
                self.learned.push((key, actor, from));
            }
        }
    }

    /// The strict key of `t[s..e]`, taken from the original text (ى and ة kept apart).
    fn strict_at(&self, s: usize, e: usize) -> String {
        strict_key(&self.original[self.norm.span_to_original(s, e).range()])
    }

    /// Whether `word` is a token of the name of a person other than `actor` (a given name
    /// like «محمد» is no misspelling of «أحمد»).
    fn other_name_token(&self, word: &str, actor: u32) -> bool {
        let matcher = &self.kb().matcher;
        matcher.exact(word).any(|e| {
            matches!(e, Entry::Anchor { name, .. } if matcher.names[name as usize].actor != actor)
        })
    }

    /// Whether `word` is a key of the KB (a name, title or demonym in its own right).
    fn known_word(&self, word: &str) -> bool {
        self.kb()
            .matcher
            .exact(word)
            .any(|e| !matches!(e, Entry::Anchor { .. }))
    }

    /// Whether `s..e` overlaps a selected hit other than `except` that is more than a name
    /// token.
    fn covered(&self, s: usize, e: usize, except: usize) -> bool {
        let from = self.hits.partition_point(|h| h.end <= s);
        self.hits[from..]
            .iter()
            .enumerate()
            .take_while(|(_, h)| h.word_start < e)
            .any(|(k, _)| {
                let p = &self.parts[from + k];
                from + k != except
                    && (!p.strong.is_empty()
                        || !p.titles.is_empty()
                        || !p.demonyms.is_empty()
                        || !p.metonyms.is_empty())
            })
    }

    /// After «خليفه حتّر» resolved, «حتّر» alone later in the article is Haftar too.
    fn learned_mentions(&mut self) {
        let t = self.t;
        let from = self.learned.iter().map(|l| l.2).min().unwrap_or(0);
        let mut taken: Vec<(usize, usize)> = self.drafts.iter().map(|d| (d.start, d.end)).collect();
        taken.sort_unstable();
        let mut found = Vec::new();
        let mut pos = from;
        while let Some((s, e)) = next_any_word(t, pos) {
            pos = e;
            let word = &t[s..e];
            for (key, actor, after) in &self.learned {
                if s < *after {
                    continue;
                }
                let stem_start = if word == key {
                    Some(s)
                } else {
                    PROCLITICS
                        .iter()
                        .find(|c| word.strip_prefix(**c) == Some(key.as_str()))
                        .map(|c| s + c.len())
                };
                if let Some(start) = stem_start {
                    let i = taken.partition_point(|&(_, te)| te <= start);
                    if taken.get(i).is_none_or(|&(ts, _)| ts >= e) {
                        found.push((start, e, *actor));
                    }
                    break;
                }
            }
        }
        for (s, e, actor) in found {
            self.emit(s, e, actor, None, How::Fuzzy, CONF_FUZZY_LEARNED);
        }
    }
}

fn push_unique(v: &mut Vec<u32>, x: u32) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// Whether a name token is short enough to be a common word under a looser key («علي» /
/// «على»): such tokens are compared on strict keys in typo-tolerant matching.
fn is_short_token(token: &str) -> bool {
    token.chars().count() <= 3
}

/// The code of `actor` with `sector` appended when the actor is a state (`TUR` + `LEG`) or a
/// city or region, whose code is its country's («محافظ البصرة» → IRQGOV, «شرطة دبي» →
/// ARECOP); an organisation keeps its own code.
fn sector_code(kb: &Kb, actor: u32, sector: Option<&str>) -> String {
    let a = kb.actor_at(actor);
    match (a.kind, sector) {
        (ActorKind::State | ActorKind::Place, Some(s)) => format!("{}{s}", a.code),
        _ => a.code.clone(),
    }
}

/// Start of the word containing byte `at`.
fn word_start(t: &str, at: usize) -> usize {
    let mut s = at;
    for (i, c) in t[..at].char_indices().rev() {
        if !is_word_char(c) {
            break;
        }
        s = i;
    }
    s
}

/// The word right before byte `pos`, separated from it by whitespace only.
fn prev_word(t: &str, pos: usize) -> Option<(usize, usize)> {
    let before = &t[..pos];
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return None;
    }
    let end = trimmed.len();
    let start = word_start(t, end);
    (start < end && t[end..].starts_with(char::is_whitespace)).then_some((start, end))
}

/// The word right after byte `pos`, separated from it by whitespace only.
fn next_word(t: &str, pos: usize) -> Option<(usize, usize)> {
    let after = &t[pos..];
    let trimmed = after.trim_start();
    if trimmed.len() == after.len() {
        return None;
    }
    let start = pos + (after.len() - trimmed.len());
    let len: usize = trimmed
        .chars()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some((start, start + len))
}

/// The next word at or after `pos`, whatever separates it.
fn next_any_word(t: &str, pos: usize) -> Option<(usize, usize)> {
    let rest = &t[pos..];
    let (offset, _) = rest.char_indices().find(|&(_, c)| is_word_char(c))?;
    let start = pos + offset;
    let len: usize = t[start..]
        .chars()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    Some((start, start + len))
}

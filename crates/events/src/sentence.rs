//! One sentence as the coder sees it: its words with their search keys, clitic readings, the
//! punctuation before each, the actor mention each belongs to; and the lexicon matches in it.
//!
//! Clause structure is read from punctuation and function words only (no parser): strong
//! stops (. : ؛ ! ?) end a clause, commas are soft (a subject may follow «قال، الخميس،»),
//! relative pronouns, subordinators and the complementizer «أن/إن» open a new clause.

use crate::coder::RELATIVES;
use crate::lexicon::{
    Analysis, Clitics, Element, FormKind, Lexicon, Pos, Role, analyses, compatible,
};
use crate::text::key;
use crate::types::{ActorKind, ActorMention};
use marsad_text::Span;

/// Punctuation between a word and the one before it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Gap {
    pub comma: bool,
    pub strong: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub span: Span,
    pub key: String,
    /// The key with a leading conjunction و/ف removed (for particles and function words).
    pub bare: String,
    pub anals: Vec<Analysis>,
    pub before: Gap,
    /// The actor mention this word belongs to.
    pub mention: Option<usize>,
}

/// A lexicon match: `words[start..end]`, led by `head`.
#[derive(Debug, Clone)]
pub(crate) struct Match {
    pub entry: u32,
    pub start: usize,
    pub end: usize,
    pub head: usize,
    pub kind: FormKind,
    pub clitics: Clitics,
    pub plural: bool,
    /// Word index of each matched element (one for single words).
    pub elems: Vec<usize>,
}

pub(crate) struct Sentence<'a> {
    pub text: &'a str,
    pub span: Span,
    pub words: Vec<Word>,
    pub lex: &'a Lexicon,
    pub mentions: &'a [ActorMention],
}

fn gap_of(between: &str) -> Gap {
    let mut gap = Gap::default();
    for c in between.chars() {
        match c {
            '.' | ':' | '؛' | ';' | '!' | '?' | '؟' | '\n' | '…' => gap.strong = true,
            '،' | ',' | '(' | ')' | '-' | '–' | '—' | '[' | ']' => gap.comma = true,
            _ => {}
        }
    }
    gap
}

/// Compass points among the place nouns (search keys).
pub(crate) const COMPASS: [&str; 5] = ["شمال", "جنوب", "شرق", "غرب", "وسط"];

impl<'a> Sentence<'a> {
    /// Builds the sentence model. `words` are the document's word spans inside `span`.
    pub(crate) fn new(
        lex: &'a Lexicon,
        text: &'a str,
        span: Span,
        words: &[Span],
        mentions: &'a [ActorMention],
    ) -> Sentence<'a> {
        let mut out = Vec::with_capacity(words.len());
        let mut prev_end = span.start as usize;
        for &w in words {
            let Some(slice) = text.get(w.range()) else {
                continue;
            };
            let between = text
                .get(prev_end.min(w.start as usize)..w.start as usize)
                .unwrap_or("");
            prev_end = w.end as usize;
            let k = key(slice);
            if k.is_empty() {
                continue;
            }
            let bare = match k.strip_prefix('و').or_else(|| k.strip_prefix('ف')) {
                Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
                _ => k.clone(),
            };
            let mention = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.span.start < w.end && w.start < m.span.end)
                .max_by_key(|(_, m)| m.span.len())
                .map(|(i, _)| i);
            let mut anals = analyses(&k);
            // The key folds ة into ه; the text does not: a word written with ة carries no
            // pronoun ه («وزارة» is no «و+زار+ه», «وعدة» no «وعد+ه»).
            let ta_marbuta = slice
                .trim_end_matches(marsad_text::is_diacritic)
                .ends_with('ة');
            if ta_marbuta {
                anals.retain(|a| !a.clitics.suffix);
            }
            out.push(Word {
                span: w,
                anals,
                key: k,
                bare,
                before: gap_of(between),
                mention,
            });
        }
        Sentence {
            text,
            span,
            words: out,
            lex,
            mentions,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether word `i`, read as a function word (only a conjunction stripped), is in `set`.
    pub(crate) fn fw(&self, i: usize, set: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| self.lex.in_set(set, &w.bare) || self.lex.in_set(set, &w.key))
    }

    /// Whether word `i`, through any clitic reading, is in `set` (content cues).
    pub(crate) fn cue(&self, i: usize, set: usize) -> bool {
        self.words.get(i).is_some_and(|w| {
            self.lex.in_set(set, &w.key) || w.anals.iter().any(|a| self.lex.in_set(set, &a.stem))
        })
    }

    /// Whether word `i` opens with the conjunction و (not a root و as in «وزير»).
    pub(crate) fn has_conj(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| {
            w.key == "و"
                || (w.key.starts_with('و')
                    && w.bare != w.key
                    && !self.lex.in_set(self.lex.grammar.waw_words, &w.key))
        })
    }

    /// Whether a clause boundary stands before word `i` (strong punctuation, or `i` is a
    /// relative pronoun, subordinator or complementizer).
    pub(crate) fn boundary_before(&self, i: usize) -> bool {
        i == 0
            || self.words[i].before.strong
            || self.fw(i, self.lex.grammar.clause)
            || self.is_complementizer(i)
    }

    /// «أن», «إن», «بأن», «أنه», «إنها» …
    pub(crate) fn is_complementizer(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| {
            w.bare == "ان"
                // Short stems keep their pronoun in the analyses: «أنها», «بأنهم».
                || ["ه", "ها", "هم", "هما", "هن", "نا", "ني"].iter().any(|p| {
                    let stem = w.bare.strip_prefix('ب').unwrap_or(&w.bare);
                    stem.strip_suffix(p) == Some("ان")
                })
                || w.anals
                    .iter()
                    .any(|a| a.stem == "ان" && (a.clitics.suffix || a.clitics.prep == Some('ب')))
        })
    }

    /// «أنه», «إنها», «بأنهم»: a complementizer whose pronoun is the clause's subject.
    pub(crate) fn is_pronoun_complementizer(&self, i: usize) -> bool {
        self.is_complementizer(i)
            && self
                .words
                .get(i)
                .is_some_and(|w| !matches!(w.bare.as_str(), "ان" | "بان"))
    }

    /// First word of the clause containing `i`.
    pub(crate) fn clause_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && !self.boundary_before(j) {
            j -= 1;
        }
        j
    }

    /// One past the last word of the clause containing `i`.
    pub(crate) fn clause_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.len() && !self.boundary_before(j) {
            j += 1;
        }
        j
    }

    /// One past the last word before the next strong punctuation after `i`.
    pub(crate) fn strong_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.len() && !self.words[j].before.strong {
            j += 1;
        }
        j
    }

    /// First word after the last strong punctuation at or before `i`.
    pub(crate) fn strong_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && !self.words[j].before.strong {
            j -= 1;
        }
        j
    }

    /// Whether word `i` is a preposition that governs the next word: a bare one, not one with
    /// its pronoun («له، طالب»: «له» is a whole phrase).
    pub(crate) fn governing_prep(&self, i: usize) -> bool {
        self.is_prep_word(i)
            && self.words.get(i).is_some_and(|w| {
                matches!(w.key.as_str(), "ل" | "ب" | "وب" | "ول")
                    || self.fw(i, self.lex.grammar.prep)
            })
    }

    /// Whether word `i` is a preposition standing alone (in, on, to, from …, or a detached
    /// «لـ»/«بـ»), bare or with its pronoun.
    pub(crate) fn is_prep_word(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| {
            matches!(w.key.as_str(), "ل" | "ب" | "وب" | "ول")
                || self.fw(i, self.lex.grammar.prep)
                // With a pronoun: «فيها», «عليه», «معه», «إليهم», «بها», «له». The bare form
                // has lost a leading ف or و read as a conjunction («فيها» → «يها»), so the
                // whole key is tried too.
                || ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي"].iter().any(|suffix| {
                    [w.bare.as_str(), w.key.as_str()].iter().any(|form| {
                        form.strip_suffix(suffix).is_some_and(|p| {
                            (p.chars().count() >= 2 && self.lex.in_set(self.lex.grammar.prep, p))
                                || p == "ب"
                                || p == "ل"
                        })
                    })
                })
        })
    }

    /// The preposition (search key) that governs word `i`: a detached preposition before it,
    /// or a proclitic ب/ل/ك on it.
    pub(crate) fn prep_of(&self, i: usize) -> Option<String> {
        let w = self.words.get(i)?;
        if let Some(m) = w.mention {
            // A resolver's span starts after the clitics: what lies before it in the word is
            // proclitics (وبموسكو → و ب).
            let mention_start = self.mention_start(m);
            if mention_start > w.span.start as usize {
                let clitics = self
                    .text
                    .get(w.span.start as usize..mention_start)
                    .unwrap_or("");
                if let Some(c) = clitics.chars().rev().find(|c| matches!(c, 'ب' | 'ل' | 'ك')) {
                    return Some(c.to_string());
                }
            }
        } else if let Some(a) = w
            .anals
            .iter()
            .find(|a| a.clitics.prep.is_some() && a.clitics.def)
        {
            // بالـ/للـ/كالـ are unambiguous; a bare initial ب or ل may be a root letter.
            return a.clitics.prep.map(String::from);
        } else if let Some(a) = w.anals.iter().find(|a| {
            a.clitics.prep.is_some()
                && (self.lex.in_set(self.lex.grammar.place_noun, &a.stem)
                    || self.lex.in_set(self.lex.grammar.prep_nouns, &a.stem)
                    || (a.clitics.prep != Some('ك')
                        && self.lex.in_set(self.lex.grammar.quantity, &a.stem)))
                && !COMPASS.contains(&a.stem.as_str())
        }) {
            // «لمدينة مصراتة», «بمنطقة», «بجروح»: unless it is a place noun, a noun that
            // mostly follows a preposition, or a count after ب or ل («بسبعة صواريخ», «لعدد
            // من»; «كميات» only looks like «ك + مئات»). A compass point keeps the country it
            // names in the phrase before it («مناطق بشمال غرب باكستان»).
            return a.clitics.prep.map(String::from);
        } else if let Some(p) = self.hamza_after_prep(i) {
            return Some(p);
        }
        // A preposition with its pronoun («عليه») is complete and governs nothing after it.
        let bare_prep = |k: usize| {
            matches!(self.words[k].key.as_str(), "ل" | "ب" | "وب" | "ول")
                || self.fw(k, self.lex.grammar.prep)
        };
        if i > 0 && bare_prep(i - 1) && !self.words[i].before.strong {
            let p = &self.words[i - 1];
            return Some(match p.bare.as_str() {
                "وب" | "ب" => "ب".to_string(),
                "ول" | "ل" => "ل".to_string(),
                other => other.to_string(),
            });
        }
        None
    }

    /// «لإجراء», «بأسلحة»: ب or ل before a written hamza on alef is a preposition (no root
    /// starts so), as the text shows it; the key folds the hamza away.
    fn hamza_after_prep(&self, i: usize) -> Option<String> {
        let w = self.words.get(i)?;
        let surface = self.text.get(w.span.range())?;
        let mut letters = surface
            .chars()
            .filter(|&c| !marsad_text::is_diacritic(c) && c != marsad_text::TATWEEL);
        let mut first = letters.next()?;
        if matches!(first, 'و' | 'ف') {
            first = letters.next()?;
        }
        let second = letters.next()?;
        (matches!(first, 'ب' | 'ل') && matches!(second, 'أ' | 'إ')).then(|| first.to_string())
    }

    /// Whether word `i` belongs to the mention of a person.
    pub(crate) fn person_at(&self, i: usize) -> bool {
        self.words
            .get(i)
            .and_then(|w| w.mention)
            .and_then(|m| self.mentions.get(m))
            .is_some_and(|m| m.kind == ActorKind::Person)
    }

    /// Whether word `i` is a preposition with its pronoun («فيها», «عليه», «بها»): a whole
    /// adjunct that governs nothing after it.
    pub(crate) fn prep_with_pronoun(&self, i: usize) -> bool {
        self.is_prep_word(i) && !self.governing_prep(i)
    }

    /// Whether word `i` lies inside an actor mention of several words (a name such as
    /// «مكتب التحقيقات الاتحادي», not a one-word nisba).
    pub(crate) fn inside_mention(&self, i: usize) -> bool {
        let Some(m) = self.words.get(i).and_then(|w| w.mention) else {
            return false;
        };
        let same = |k: usize| self.words.get(k).is_some_and(|w| w.mention == Some(m));
        (i > 0 && same(i - 1)) || same(i + 1)
    }

    /// Whether word `i` is written in digits («2012», «16»).
    pub(crate) fn is_number(&self, i: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| w.key.chars().all(|c| c.is_ascii_digit()))
    }

    /// Whether word `i` is, all of it, the name of a person or an organisation («ليبرمان» is
    /// no «لـ + يبرمان»).
    pub(crate) fn names_someone(&self, i: usize) -> bool {
        let Some(w) = self.words.get(i) else {
            return false;
        };
        w.mention
            .and_then(|m| self.mentions.get(m))
            .is_some_and(|m| {
                matches!(
                    m.kind,
                    ActorKind::Person | ActorKind::Organisation | ActorKind::ArmedGroup
                ) && m.span.start <= w.span.start
                    && w.span.end <= m.span.end
            })
    }

    fn mention_start(&self, m: usize) -> usize {
        self.mentions.get(m).map_or(0, |m| m.span.start as usize)
    }

    /// Whether `element` matches word `q` through any clitic reading.
    fn element_matches(&self, q: usize, element: &Element) -> bool {
        let w = &self.words[q];
        if element.keys.contains_key(&w.key) {
            return true;
        }
        w.anals.iter().any(|a| {
            element
                .keys
                .get(&a.stem)
                .is_some_and(|&(kind, _)| kind == FormKind::Noun || compatible(kind, a.clitics))
        })
    }

    /// Every lexicon match in the sentence, single words and multiword expressions.
    pub(crate) fn matches(&self) -> Vec<Match> {
        let mut out = Vec::new();
        for i in 0..self.len() {
            self.single_word_matches(i, &mut out);
            self.phrase_matches(i, &mut out);
        }
        out
    }

    fn single_word_matches(&self, i: usize, out: &mut Vec<Match>) {
        let w = &self.words[i];
        // A verb never directly follows a preposition: «في قتل» is a noun.
        let after_prep = i > 0 && self.governing_prep(i - 1) && !w.before.strong;
        let mut best_cost = None;
        for a in &w.anals {
            if best_cost.is_some_and(|c| a.cost > c) {
                break;
            }
            let Some(forms) = self.lex.words.get(&a.stem) else {
                continue;
            };
            // A short jussive needs «لم» or «لما» before it.
            let jussive = i > 0 && matches!(self.words[i - 1].bare.as_str(), "لم" | "لما");
            for f in forms {
                if !compatible(f.kind, a.clitics)
                    || (after_prep && f.kind.is_verb())
                    || (f.short && !jussive)
                {
                    continue;
                }
                let entry = &self.lex.entries[f.entry as usize];
                if entry.pos == Pos::Phrase {
                    continue;
                }
                if out
                    .iter()
                    .any(|m: &Match| m.start == i && m.entry == f.entry && m.elems.len() == 1)
                {
                    continue;
                }
                best_cost = Some(a.cost);
                out.push(Match {
                    entry: f.entry,
                    start: i,
                    end: i + 1,
                    head: i,
                    kind: f.kind,
                    clitics: a.clitics,
                    plural: f.plural,
                    elems: vec![i],
                });
            }
        }
    }

    fn phrase_matches(&self, i: usize, out: &mut Vec<Match>) {
        let w = &self.words[i];
        let after_prep = i > 0 && self.governing_prep(i - 1) && !w.before.strong;
        let mut seen: Vec<u32> = Vec::new();
        for a in w
            .anals
            .iter()
            .map(|a| (a.stem.as_str(), a.clitics))
            .chain([(w.key.as_str(), Clitics::default())])
        {
            let Some(ids) = self.lex.phrase_first.get(a.0) else {
                continue;
            };
            for &id in ids {
                let phrase = &self.lex.phrases[id as usize];
                if seen.contains(&phrase.entry) {
                    continue;
                }
                let Some(&(kind, plural)) = phrase.elements[0].keys.get(a.0) else {
                    continue;
                };
                if (kind != FormKind::Noun && !compatible(kind, a.1))
                    || (after_prep && kind.is_verb())
                {
                    continue;
                }
                if let Some(elems) = self.match_rest(phrase.elements.as_slice(), i) {
                    seen.push(phrase.entry);
                    let end = elems.last().map_or(i + 1, |&e| e + 1);
                    out.push(Match {
                        entry: phrase.entry,
                        start: i,
                        end,
                        head: i,
                        kind,
                        clitics: a.1,
                        plural,
                        elems,
                    });
                }
            }
        }
    }

    fn match_rest(&self, elements: &[Element], first: usize) -> Option<Vec<usize>> {
        let mut elems = vec![first];
        let mut p = first + 1;
        for e in &elements[1..] {
            let found = if let Some(gap) = e.gap {
                // The gap holds a subject or an adjunct, never the start of another clause
                // («يتراجع على الأرض، لكنه يضغط على أنقرة للتراجع عن»); a relative clause on
                // the subject may stand in it («أحرق المتظاهرون الذين قدر عددهم … سيارة»).
                let opens_clause = |q: usize| {
                    (self.fw(q, self.lex.grammar.clause)
                        && !RELATIVES.contains(&self.words[q].bare.as_str()))
                        || self.is_complementizer(q)
                };
                let ends = |q: usize| {
                    let w = &self.words[q];
                    w.before.strong || (gap.comma_ends && w.before.comma) || opens_clause(q)
                };
                (p..(p + gap.max + 1).min(self.len()))
                    .take_while(|&q| q == p || !ends(q))
                    .find(|&q| {
                        !(q == p && self.words[q].before.strong) && self.element_matches(q, e)
                    })
            } else if p < self.len() && !self.words[p].before.strong && self.element_matches(p, e) {
                Some(p)
            } else {
                None
            };
            match found {
                Some(q) => {
                    elems.push(q);
                    p = q + 1;
                }
                None if e.optional => {}
                None => return None,
            }
        }
        Some(elems)
    }

    /// The role of a match's entry.
    pub(crate) fn role(&self, m: &Match) -> &Role {
        &self.lex.entries[m.entry as usize].role
    }
}

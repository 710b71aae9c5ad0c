//! The event coder: from a sentence's lexicon matches to coded events and quotes.
//!
//! Per sentence: pick the longest non-overlapping trigger matches; drop those whose conditions
//! fail (context cues, idioms, a verbal noun with nothing making it an event); let heads
//! (reject, demand, appeal, intend, threaten …) absorb the event nouns they govern and refine
//! their code; then find each event's arguments from Arabic clause structure (VSO and SVO,
//! coordination, prepositional targets, genitives of verbal nouns, passives), its modality
//! (negation, future, hypothetical, reported), attribution, place and date.

use crate::dateline::dateline;
use crate::error::{DataError, LoadError};
use crate::lexicon::{Clitics, FormKind, Lexicon, Pos, Role, Stance};
use crate::ontology::Ontology;
use crate::sentence::{COMPASS, Match, Sentence};
use crate::text;
use crate::types::{
    ActorKind, ActorMention, Arg, Attribution, Coded, DocInput, Event, Modality, Quote, Trigger,
};
use chrono::{Datelike, Days, NaiveDate};
use marsad_kb::Kb;
use marsad_text::Span;
use std::collections::HashMap;

/// The compiled event coder: lexicon plus ontology. Build once, share across threads.
#[derive(Debug, Clone)]
pub struct Coder {
    lex: Lexicon,
    ontology: Ontology,
    /// Each country's state actor (ISO alpha-3 → id and CAMEO code), for «بلاده», the
    /// speaker's own country. Empty unless [`Coder::with_states`] filled it.
    states: HashMap<String, (String, String)>,
}

/// A candidate argument: `words[start..end]`, or a resolved mention.
#[derive(Debug, Clone, PartialEq)]
struct Cand {
    start: usize,
    end: usize,
    mention: Option<usize>,
}

/// What makes a verbal noun an event.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Gov {
    /// A light verb at this word: its subject is the agent.
    Light(usize),
    /// A light verb at this word: its subject is the patient.
    LightPatient(usize),
    Pass(usize),
    Occur(usize),
    Say(usize),
    /// After «في», «خلال», «إثر» … or instrumental بـ.
    Prep,
    Genitive,
    /// Headline or timeline entry: the noun opens the sentence.
    Initial,
    /// Coordinated with a governed noun before it; `presupposed` when that noun is
    /// [`Gov::Temporal`] («قبيل هروب حفتر ورفضه التوقيع»: both under «قبيل»).
    Coord {
        presupposed: bool,
    },
    /// After «قبيل», «بعد», «إثر» …: an event the sentence presupposes rather than tells. Coded
    /// as background, and only when one of its parties is a known actor.
    Temporal,
    /// After «دون», «بدون», «عدم»: an act of the clause's subject that did not happen.
    Neg,
    Free,
}

/// An attribution layer over a range of words.
#[derive(Debug, Clone)]
struct Scope {
    start: usize,
    end: usize,
    /// Who says it; `None` when the speaker is a pronoun or unknown («وتابعت، أن …»).
    attribution: Option<Attribution>,
    /// Whether the speaker tells what the layer reports, denies it («نفى أن») or only
    /// supposes it («رجح أن»).
    stance: Stance,
}

/// The speaker of the last speech verb (or, in a sentence that quotes nobody, the named actor
/// of its last event verb), carried into the next sentences: a speech verb that opens a
/// sentence with no subject of its own («وأضاف: "…"», «وتابع أن …») goes on quoting them.
#[derive(Debug, Clone)]
struct CarriedSpeaker {
    arg: Arg,
    /// Gender and number of the verb that introduced them, which the next verb agrees with.
    feminine: Option<bool>,
    plural: bool,
    /// The last sentence that named or quoted them.
    sentence: usize,
}

/// How many sentences a speaker is carried over: news strings a speaker's statements in
/// consecutive sentences, and farther back another subject has usually come between.
const CARRY_SENTENCES: usize = 2;

/// A direct quote found at document level, with its speaker once a speech verb is seen.
#[derive(Debug, Clone)]
struct QuotePair {
    inner: Span,
    attribution: Option<Attribution>,
}

/// Demonstratives, on bare keys (the search key drops hamza seats: «هؤلاء» is «هولاء»).
const DEMONSTRATIVES: &[&str] = &[
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هولاء",
    "اولئك",
    "هذان",
    "هاتان",
    "هذين",
];

/// Hedges on a count, on bare keys, each word with its alternatives: «ما لا يقل عن عشرة»,
/// «ما يزيد على مئة», «ما يقارب ألفا», «عشرة على الأقل». The count is the argument; the
/// hedge's verb and preposition are not.
const HEDGES: &[&[&[&str]]] = &[
    &[&["ما"], &["لا"], &["يقل", "تقل"], &["عن", "علي"]],
    &[&["ما"], &["يزيد", "تزيد"], &["عن", "علي"]],
    &[&["ما"], &["يقارب", "تقارب"]],
    &[&["علي"], &["الاقل"]],
];

/// «بلاده», «بلادها», «بلادنا»: the speaker's own country, on search keys.
const HOMELAND: [&str; 6] = ["بلاده", "بلادها", "بلادهم", "بلادهما", "بلادنا", "بلادي"];

/// Whether a phrase is feminine by its first and last words, which end in «ة»: «الحكومة
/// الصينية», «وزارة الخارجية الروسية»; not «وزير الدولة الإماراتي», as the resolver may cut
/// it («الدولة الإماراتي»).
fn feminine(phrase: &str) -> bool {
    let ends_in_ta_marbuta = |w: &str| w.trim_end_matches(marsad_text::is_diacritic).ends_with('ة');
    let mut words = phrase.split_whitespace();
    let first = words.next();
    let last = words.next_back().or(first);
    first.is_some_and(ends_in_ta_marbuta) && last.is_some_and(ends_in_ta_marbuta)
}

/// Prepositions that say what news is about («معلومات حول لقاء»).
const ABOUT: [&str; 3] = ["حول", "عن", "بشأن"];

/// Nouns of wording after «بحسب», «وفق»: the report is their genitive's («بحسب وصف البيان»).
const REPORT_NOUNS: [&str; 6] = ["وصف", "تعبير", "قول", "روايه", "تقدير", "تقديرات"];

/// Nouns of the wording alone: «حسب تعبيره» (as he put it) qualifies words, it does not
/// attribute a claim.
const WORDING_NOUNS: [&str; 2] = ["وصف", "تعبير"];

/// Nouns of what someone said that, with a pronoun («بيانها», «تصريحاته»), refer back to the
/// speaker instead of naming a reporter.
const OWN_WORDS: [&str; 5] = ["بيان", "تصريح", "تصريحات", "كلام", "راي"];

/// Speech verbs that, opening a sentence with no subject, are read as impersonal passives.
const IMPERSONAL_SAY: [&str; 3] = ["يذكر", "يرجح", "يعتقد"];

/// Words that may stand before a speech verb that still opens its sentence («كما أشار»).
const OPENERS: [&str; 2] = ["كما", "ثم"];

pub(crate) const RELATIVES: [&str; 9] = [
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
];

impl Coder {
    /// Checks that every code the lexicon can produce is in the ontology.
    pub fn new(lex: Lexicon, ontology: Ontology) -> Result<Coder, LoadError> {
        let mut errors = Vec::new();
        for (code, origin) in lex.produced_codes() {
            if ontology.get(&code).is_none() {
                errors.push(DataError::new(
                    "triggers.tsv",
                    0,
                    format!("{origin}: code {code} is not in the CAMEO ontology"),
                ));
            }
        }
        for problem in lex.topic_problems() {
            errors.push(DataError::new("refine.tsv", 0, problem));
        }
        if errors.is_empty() {
            Ok(Coder {
                lex,
                ontology,
                states: HashMap::new(),
            })
        } else {
            Err(LoadError(errors))
        }
    }

    /// The coder built from the data embedded in the crate.
    pub fn embedded() -> Result<Coder, LoadError> {
        let lex = Lexicon::embedded()?;
        let ontology = Ontology::embedded()?;
        Coder::new(lex, ontology)
    }

    /// Lets «بلاده», «بلادها» («his/her country») stand for the state of whoever says it:
    /// the knowledge base's state actors, by country.
    pub fn with_states(mut self, kb: &Kb) -> Coder {
        self.states = kb
            .actors()
            .iter()
            .filter(|a| a.kind == marsad_kb::ActorKind::State)
            .filter_map(|a| Some((a.country.clone()?, (a.id.clone(), a.code.clone()))))
            .collect();
        self
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    pub fn ontology(&self) -> &Ontology {
        &self.ontology
    }

    /// Codes a text with the crate's fallback word and sentence segmentation.
    pub fn code_text(
        &self,
        text: &str,
        mentions: &[ActorMention],
        article_date: Option<NaiveDate>,
    ) -> Coded {
        let (words, sentences) = text::segment(text);
        self.code(&DocInput {
            text,
            sentences: &sentences,
            words: &words,
            mentions,
            article_date,
        })
    }

    /// Codes every sentence of an article.
    pub fn code(&self, doc: &DocInput<'_>) -> Coded {
        let mut coded = Coded::default();
        let mut pairs = quote_pairs(doc.text);
        let mut carried: Option<CarriedSpeaker> = None;
        for (no, &sentence) in doc.sentences.iter().enumerate() {
            let first = doc.words.partition_point(|w| w.start < sentence.start);
            let last = doc.words.partition_point(|w| w.end <= sentence.end);
            let words = doc.words.get(first..last.max(first)).unwrap_or(&[]);
            if words.is_empty() {
                continue;
            }
            let s = Sentence::new(&self.lex, doc.text, sentence, words, doc.mentions);
            let recent = carried
                .as_ref()
                .filter(|c| no <= c.sentence + CARRY_SENTENCES);
            let first_event = coded.events.len();
            let last = self.code_sentence(&s, no, recent, doc, &mut pairs, &mut coded);
            if last.is_some() {
                carried = last;
            } else if let Some(c) = &carried {
                // «وكان ترامب حذر الدول …. وقال إن»: a sentence in which another named actor
                // acts moves the focus off the last speaker.
                let other_actor = coded.events[first_event..].iter().any(|e| {
                    e.source.as_ref().is_some_and(|a| {
                        a.actor_id != c.arg.actor_id
                            && a.mention
                                .and_then(|i| doc.mentions.get(i))
                                .is_some_and(|m| m.kind != ActorKind::Place)
                    })
                });
                if other_actor {
                    carried = None;
                }
            }
        }
        for event in &mut coded.events {
            self.resolve_homeland(event, doc);
        }
        if let Some(filed) = dateline(doc.text, doc.mentions) {
            for event in &mut coded.events {
                locate_at_dateline(event, filed, doc.mentions);
            }
        }
        coded
    }

    /// «قال الرئيس إن بلاده ستنسحب»: «his country» is the state of the one who says it, or,
    /// for a source no speaker claims, of the nearest person named before it in the sentence
    /// («ووقع ترامب … وإلا فإن بلاده ستنسحب»). A target takes only the speaker's country: a
    /// person named before it is as often the guest as the host («ميركل التي تزور بلاده»).
    /// «بلاده» is masculine: a body with a feminine head («الحكومة الصينية تعلن عن الزيارة
    /// بعد عودة كيم إلى بلاده») is not its antecedent.
    fn resolve_homeland(&self, event: &mut Event, doc: &DocInput<'_>) {
        let sentence = event.sentence;
        let speaker = event
            .reported_by
            .as_ref()
            .and_then(|a| a.mention)
            .and_then(|i| doc.mentions.get(i))
            .filter(|m| m.kind != ActorKind::Place);
        for (arg, is_source) in [(&mut event.source, true), (&mut event.target, false)] {
            let Some(arg) = arg.as_mut().filter(|a| a.actor_id.is_none()) else {
                continue;
            };
            // The word alone: a longer phrase starting with it was cut wrong («بلاده تشعر
            // "بغضب شديد" لعدم»), and naming a state would lend it weight.
            let Some(pronoun) = doc
                .text
                .get(arg.span.range())
                .map(text::key)
                .filter(|w| HOMELAND.contains(&w.as_str()))
            else {
                continue;
            };
            let agrees = |m: &&ActorMention| {
                pronoun != "بلاده" || !feminine(doc.text.get(m.span.range()).unwrap_or(""))
            };
            let nearest_person = || {
                doc.mentions
                    .iter()
                    .filter(|m| {
                        m.kind == ActorKind::Person
                            && m.span.start >= sentence.start
                            && m.span.end <= arg.span.start
                    })
                    .max_by_key(|m| m.span.start)
            };
            let antecedent = match speaker {
                Some(m) => Some(m).filter(agrees),
                None if is_source => nearest_person().filter(agrees),
                None => None,
            };
            if let Some((id, code)) = antecedent
                .and_then(|m| m.country.as_ref())
                .and_then(|c| self.states.get(c))
            {
                arg.actor_id = Some(id.clone());
                arg.code = Some(code.clone());
            }
        }
    }

    /// Codes one sentence; returns the last speaker it quotes, else the last named actor it has
    /// act, to carry into the next.
    fn code_sentence(
        &self,
        s: &Sentence<'_>,
        sentence_no: usize,
        carried: Option<&CarriedSpeaker>,
        doc: &DocInput<'_>,
        pairs: &mut [QuotePair],
        coded: &mut Coded,
    ) -> Option<CarriedSpeaker> {
        let mut all = s.matches();
        // «مكتب التحقيقات الاتحادي», «وزير الدفاع»: an event word inside an actor's name is
        // part of the name.
        all.retain(|m| {
            !matches!(s.role(m), Role::Event(_) | Role::Topic)
                || !m
                    .elems
                    .iter()
                    .any(|&e| s.inside_mention(e) || s.names_someone(e))
        });
        let (events, pseudo) = select(s, all);
        let mut trigger_words = vec![false; s.len()];
        let mut event_verbs = vec![None; s.len()];
        for m in events.iter().filter(|m| m.kind.is_verb()) {
            event_verbs[m.head] = Some((m.kind, m.clitics));
        }
        for m in &events {
            for &e in &m.elems {
                trigger_words[e] = true;
            }
        }
        let mut after_disapproval = vec![false; s.len() + 1];
        for m in events.iter().filter(|m| m.kind.is_verb()) {
            if matches!(s.role(m), Role::Event(code) if code.starts_with("11")) {
                after_disapproval[m.end] = true;
            }
        }
        let mut ctx = Ctx {
            s,
            lex: &self.lex,
            pseudo: &pseudo,
            trigger_words,
            event_verbs,
            after_disapproval,
            has_mentions: !doc.mentions.is_empty(),
            last_subject: None,
            last_subject_at: 0,
            say_subjects: Vec::new(),
            last_noun_sources: None,
            last_noun_end: 0,
            last_noun_violent: false,
            speakers: Vec::new(),
            sentence_no,
            carried,
            last_speaker: None,
            last_actor: None,
            last_object: None,
        };

        // Attribution layers from speech verbs, report prepositions and direct quotes.
        let mut scopes: Vec<Scope> = Vec::new();
        for p in pseudo.iter().filter(|p| matches!(s.role(p), Role::Say(_))) {
            ctx.say_scope(p, pairs, &mut scopes, &mut coded.quotes);
        }
        ctx.report_scopes(&mut scopes);
        ctx.attach_direct_quotes(&pseudo, &scopes, pairs, &mut coded.quotes);
        ctx.last_subject = None;

        // Conditions, governance, heads.
        let mut live: Vec<(Match, Option<Gov>)> = Vec::new();
        for m in events {
            if !ctx.conditions_hold(&m) {
                continue;
            }
            let entry = &self.lex.entries[m.entry as usize];
            let gov = if entry.role == Role::Topic {
                None
            } else if m.kind == FormKind::Noun {
                match ctx.governance(&m, &live) {
                    Some(g) => Some(g),
                    None if entry.pos == Pos::Phrase && entry.frame.free => Some(Gov::Free),
                    None => {
                        // Not an event itself, but it may still be a head's complement.
                        live.push((m, None));
                        continue;
                    }
                }
            } else {
                None
            };
            live.push((m, gov));
        }
        let absorbed = ctx.absorb(&live);
        let first_event = coded.events.len();

        for (i, (m, gov)) in live.iter().enumerate() {
            let entry = &self.lex.entries[m.entry as usize];
            let Role::Event(code) = &entry.role else {
                continue;
            };
            if absorbed[i].absorbed || (m.kind == FormKind::Noun && gov.is_none()) {
                continue;
            }
            self.emit(
                &mut ctx,
                m,
                *gov,
                code,
                &absorbed[i],
                &scopes,
                pairs,
                doc,
                coded,
            );
        }
        protest_targets_from_complements(&mut coded.events[first_event..]);
        ctx.casualty_targets(&mut coded.events[first_event..]);
        ctx.last_speaker.or(ctx.last_actor)
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        ctx: &mut Ctx<'_>,
        m: &Match,
        gov: Option<Gov>,
        code: &str,
        head: &HeadInfo,
        scopes: &[Scope],
        pairs: &[QuotePair],
        doc: &DocInput<'_>,
        coded: &mut Coded,
    ) {
        let s = ctx.s;
        let entry = &self.lex.entries[m.entry as usize];
        let frame = &entry.frame;
        let h = m.head;
        let (mut sources, mut targets) = ctx.arguments(m, gov);
        // «نرفض أي تدخل»: a verb in the first person carries its subject; the phrase after it
        // is its object, and one before it is no subject either («وإذ ننفي صحة هذه الادعاءات
        // ندعو»), save the referent of «إننا».
        if m.kind.is_verb() && ctx.first_person_plural(m) {
            let (after, before): (Vec<Cand>, Vec<Cand>) =
                sources.into_iter().partition(|c| c.start > h);
            sources = if ctx.pronoun_clause(h).is_some() {
                before
            } else {
                Vec::new()
            };
            if targets.is_empty() {
                targets = after;
            }
        }
        if targets.is_empty()
            && let Some(t) = &head.complement_target
        {
            targets = vec![t.clone()];
        }
        if targets.is_empty()
            && code.starts_with("14")
            && let Some(t) = ctx
                .protest_site(m)
                .or_else(|| ctx.slogan_target(m))
                .or_else(|| ctx.aim_target(m))
                .or_else(|| ctx.protested_agent(m))
        {
            targets = vec![t];
        }
        // A year or a date is no actor («بداية العام 2012 قام»), nor a reflexive («تدافع عن
        // نفسها»: the source again).
        sources.retain(|c| !ctx.only_numbers_or_time(c) && !ctx.demonstrative(c, false));
        targets.retain(|c| {
            !ctx.only_numbers_or_time(c) && !ctx.reflexive(c) && !ctx.demonstrative(c, true)
        });
        // An actor is not its own target («ودعت الأونروا الأطراف»: read twice).
        let actor = |c: &Cand| {
            c.mention
                .and_then(|i| s.mentions.get(i))
                .map(|mm| mm.actor_id.as_str())
        };
        targets.retain(|t| actor(t).is_none_or(|a| !sources.iter().any(|c| actor(c) == Some(a))));

        // «في اتصال هاتفي مع وكالة فرنس برس», «لقاء مع الصحفيين»: a call or a meeting with the
        // press is an interview, no consultation. An agency the knowledge base knows («وكالة
        // الطاقة الذرية») is no outlet, nor is an acting office («بالوكالة»).
        let press = |t: &Cand| {
            let known = actor(t).is_some_and(|a| !a.starts_with("unresolved."));
            !known
                && (s.cue(t.start, ctx.g().press)
                    || (t.start > 0
                        && s.prep_of(t.start - 1).is_none()
                        && s.cue(t.start - 1, ctx.g().press)))
        };
        if code.starts_with("04") && targets.iter().any(press) {
            return;
        }
        // Code: cue alternatives, head refinement, the source's own code, target
        // requirements. Who acts outranks a head's refinement: what protesters demand is
        // told by their protest («طالب المتظاهرون بالإفراج»).
        let mut code = code.to_string();
        if let Some((_, alt)) = frame.alts.iter().find(|(set, _)| ctx.cue_near(m, *set)) {
            code = alt.clone();
        }
        if let Some(refined) = &head.refined {
            code = refined.clone();
        }
        let named_by = |set: usize| {
            sources
                .iter()
                .any(|c| (c.start..c.end).any(|k| s.cue(k, set)))
        };
        // «سار المتظاهرون», not «سارت الأمور» nor «خبرا سارا».
        if !frame.src_needs.is_empty() && !frame.src_needs.iter().any(|&set| named_by(set)) {
            return;
        }
        if let Some((set, by_code)) = &frame.by
            && named_by(*set)
        {
            code = by_code.clone();
        }
        // «يصل إلى 1500 دولار أمريكي»: an amount, not an arrival in a place.
        let counted = |t: &Cand| (h + 1..t.start).any(|k| s.is_number(k));
        let target_resolved = targets
            .iter()
            .any(|t| t.mention.is_some() && !(frame.tgt_mention && counted(t)));
        // «وهاجمت جميلة … كيم كارداشيان»: armies attack places and forces; a person attacked
        // with words is criticised, one attacked with a weapon is not («هاجمتا كيم بمادة
        // كيميائية»).
        // The person must be the object itself, not the genitive of one («مواقع حفتر»).
        let person_target = || {
            !ctx.cue_near(m, ctx.g().weapon)
                && targets.iter().any(|t| {
                    let genitive = t.start > m.end && {
                        let noun = t.start - 1;
                        s.words[noun].mention.is_none()
                            && !is_definite(&s.words[noun].key)
                            && ctx.nominal(noun)
                    };
                    !genitive
                        && t.mention
                            .and_then(|i| s.mentions.get(i))
                            .is_some_and(|mm| mm.kind == ActorKind::Person)
                })
        };
        if let Some(other) = &frame.tgt_person
            && person_target()
        {
            code = other.clone();
        }
        if !target_resolved {
            if let Some(other) = &frame.tgt_else {
                code = other.clone();
            } else if frame.tgt_mention {
                return;
            }
        }

        let scope = innermost(scopes, h);
        let stance = scope.map_or(Stance::Tells, |sc| sc.stance);
        let negated = ctx.negated(m, gov) || stance == Stance::Denies;
        if !negated && ctx.any_of_kind(m) {
            return;
        }
        let presupposed = matches!(gov, Some(Gov::Temporal | Gov::Coord { presupposed: true }));
        if presupposed && !sources.iter().chain(&targets).any(|c| c.mention.is_some()) {
            return;
        }
        // «ووقع الهجوم في …», «أن الاعتداء وقع قرب …»: a definite event noun refers back to an
        // event the article (or the reader) already knows; the sentence adds detail to it rather
        // than telling it. After a light verb or passive («تعرض للتعذيب», «تم الاعتقال») or as a
        // purpose («للاحتجاج على») the article is generic, and the event is news.
        let anaphoric = m.kind == FormKind::Noun
            && m.clitics.def
            && !matches!(
                gov,
                Some(Gov::Light(_) | Gov::LightPatient(_) | Gov::Pass(_) | Gov::Free)
            );
        // «بعد هجوم شنه متمردو طالبان»: a verb may tell the agent, but the preposition of time
        // still presupposes the event.
        let after_time_prep = m.kind == FormKind::Noun && ctx.in_time_phrase(m.start);
        let background = presupposed
            || after_time_prep
            || anaphoric
            || (frame.detail
                && code.starts_with("14")
                && !sources.iter().any(|c| ctx.new_protesters(c)))
            || ctx.in_background_clause(h)
            || ctx.reacted_to(m);
        let pos = s.words[h].span.start;
        let quote = pairs
            .iter()
            .filter(|p| p.inner.start <= pos && pos < p.inner.end)
            .find_map(|p| p.attribution.clone());
        let reported = scope.is_some() || quote.is_some();
        let attribution = scope.and_then(|sc| sc.attribution.clone()).or(quote);
        let modality = if ctx.hypothetical(m, gov) || stance == Stance::Supposes {
            Modality::Hypothetical
        } else if ctx.future(m, gov) {
            Modality::Future
        } else if ctx.subjunctive(m, gov) {
            Modality::Hypothetical
        } else if reported {
            Modality::Reported
        } else {
            Modality::Asserted
        };
        // A planned meeting or aid is CAMEO's «express intent» (036, 033); PLOVER keeps the
        // event type and marks the future mode.
        if modality == Modality::Future {
            if code.starts_with("04") {
                code = "036".to_string();
            } else if code.starts_with("07") {
                code = "033".to_string();
            }
        }

        let date = ctx.date(h, modality, doc.article_date);
        let used: Vec<usize> = sources
            .iter()
            .chain(&targets)
            .filter_map(|c| c.mention)
            .collect();
        let location = ctx.location(h, &used);
        // A meeting in a third country is 044.
        if code == "040"
            && let Some(loc_country) = location
                .and_then(|l| s.mentions.get(l))
                .and_then(|m| m.country.as_deref())
        {
            let party_countries: Vec<Option<&str>> = sources
                .iter()
                .chain(&targets)
                .map(|c| {
                    c.mention
                        .and_then(|i| s.mentions.get(i))
                        .and_then(|m| m.country.as_deref())
                })
                .collect();
            if !party_countries.is_empty()
                && party_countries
                    .iter()
                    .all(|c| c.is_some_and(|c| c != loc_country))
            {
                code = "044".to_string();
            }
        }
        let Some(info) = self.ontology.get(&code) else {
            return;
        };

        let trigger_span = Span::new(
            s.words[m.start].span.start as usize,
            s.words[m.elems.last().copied().unwrap_or(m.start)].span.end as usize,
        );
        let sentence_text = doc.text.get(s.span.range()).map(str::to_string);
        let location_arg = location.map(|l| ctx.mention_arg(l));
        let mut base = 0.8f32;
        if m.kind == FormKind::Noun {
            base = 0.65;
        } else if m.kind == FormKind::Participle {
            base = 0.7;
        }
        if matches!(gov, Some(Gov::Initial | Gov::Coord { .. })) {
            base -= 0.1;
        }

        // «وكان موخيكا قد تقدم باستقالته. وقال إنه …»: the actor a sentence tells of is whom a
        // speech verb with no subject in the next sentence goes on with.
        if m.kind.is_verb()
            && attribution.is_none()
            && !background
            && let [subject] = sources.as_slice()
            && subject
                .mention
                .and_then(|i| s.mentions.get(i))
                .is_some_and(|mm| mm.kind != ActorKind::Place)
        {
            ctx.last_actor = Some(CarriedSpeaker {
                arg: ctx.arg(subject),
                feminine: ctx.verb_feminine(h).map(|(_, f)| f),
                plural: m.plural,
                sentence: ctx.sentence_no,
            });
        }
        // «وقال الوزير: "نرفض رفضا قاطعا خرق القوات التركية"», «قال إننا سننسحب»: a verb in the
        // first person with no subject named is the speaker's (and those they speak for).
        let speaker_source = attribution
            .as_ref()
            .filter(|_| sources.is_empty() && ctx.first_person_plural(m))
            .map(|a| ctx.speaker_arg(a));
        let sources_or_none: Vec<Option<&Cand>> = if sources.is_empty() {
            vec![None]
        } else {
            sources.iter().map(Some).collect()
        };
        let targets_or_none: Vec<Option<&Cand>> = if targets.is_empty() {
            vec![None]
        } else {
            targets.iter().map(Some).collect()
        };
        let mut dyads: Vec<(Option<&Cand>, Option<&Cand>)> = Vec::new();
        // «اجتماعات … بين الجانبين الروسي والتركي»: with nobody before it, the parties «بين»
        // names meet each other.
        let between = sources.is_empty()
            && targets.len() >= 2
            && (targets[0].start.saturating_sub(2)..=targets[0].start)
                .any(|k| s.words[k].bare == "بين" || s.prep_of(k).as_deref() == Some("بين"));
        let parties = if between { &targets } else { &sources };
        if (frame.recip && targets.is_empty() && sources.len() >= 2) || between {
            for a in parties.iter().take(4) {
                for b in parties.iter().take(4) {
                    if a != b {
                        dyads.push((Some(a), Some(b)));
                    }
                }
            }
        } else {
            for a in sources_or_none.iter().take(4) {
                for b in targets_or_none.iter().take(4) {
                    dyads.push((*a, *b));
                }
            }
        }
        // «الدور الروسي ودعمه … القيادة الروسية»: two mentions of one actor make one event.
        let party = |c: Option<&Cand>| -> Option<(usize, usize, Option<&str>)> {
            c.map(|c| {
                let actor = c
                    .mention
                    .and_then(|i| s.mentions.get(i))
                    .map(|m| m.actor_id.as_str());
                match actor {
                    Some(_) => (0, 0, actor),
                    None => (c.start, c.end, None),
                }
            })
        };
        let mut seen = Vec::with_capacity(dyads.len());
        dyads.retain(|&(a, b)| {
            let key = (party(a), party(b));
            let fresh = !seen.contains(&key);
            seen.push(key);
            fresh
        });
        for (src, tgt) in dyads {
            let source = src.map(|c| ctx.arg(c)).or_else(|| speaker_source.clone());
            let target = tgt.map(|c| ctx.arg(c));
            let mut confidence = base;
            if source.as_ref().is_some_and(|a| a.mention.is_some()) {
                confidence += 0.1;
            }
            if target.as_ref().is_some_and(|a| a.mention.is_some()) {
                confidence += 0.05;
            }
            coded.events.push(Event {
                sentence: s.span,
                text: sentence_text.clone(),
                source,
                target,
                cameo: info.code.clone(),
                cameo_name: info.name.clone(),
                quad_class: info.quad_class,
                goldstein: info.goldstein,
                plover: info.plover.clone(),
                negated,
                modality,
                background,
                reported_by: attribution.clone(),
                trigger: Trigger {
                    span: trigger_span,
                    lemma: entry.lemma.clone(),
                },
                location: location_arg.clone(),
                date,
                confidence: confidence.clamp(0.05, 0.99),
            });
        }
    }
}

/// What absorption decided for one live match.
#[derive(Debug, Clone, Default)]
struct HeadInfo {
    absorbed: bool,
    refined: Option<String>,
    complement_target: Option<Cand>,
}

fn innermost(scopes: &[Scope], h: usize) -> Option<&Scope> {
    scopes
        .iter()
        .filter(|sc| sc.start <= h && h < sc.end)
        .max_by_key(|sc| sc.start)
}

/// Splits matches into event/topic triggers (longest non-overlapping) and grammar words.
fn select(s: &Sentence<'_>, all: Vec<Match>) -> (Vec<Match>, Vec<Match>) {
    let (mut triggers, pseudo): (Vec<Match>, Vec<Match>) = all
        .into_iter()
        .partition(|m| matches!(s.role(m), Role::Event(_) | Role::Topic));
    // «ثلاثين طالبا», «15 طالبا»: after a count a word in «ـا» is the counted noun, not a
    // verb in the dual, which no count but two could be the subject of.
    triggers.retain(|m| {
        let counted = m.start > 0
            && !s.words[m.start].before.comma
            && !s.words[m.start].before.strong
            && (s.is_number(m.start - 1) || s.cue(m.start - 1, s.lex.grammar.quantity))
            && !matches!(s.words[m.start - 1].key.as_str(), "2" | "اثنان" | "اثنين");
        let bare = &s.words[m.start].bare;
        !(counted && m.kind == FormKind::Perfect && bare.ends_with('ا') && !bare.ends_with("وا"))
    });
    // More matched words first, then a tighter span, then earlier. A word read both as a verb
    // and as a verbal noun of the same code («تراجع», «قتل») is a noun right after a governing
    // verb or a preposition («تواصل قوات حفتر تراجعها»), a verb elsewhere.
    // «ورفضه التوقيع»: with a pronoun suffix and an event noun right after, the word is a
    // verbal noun and its object («his refusal to sign»); a verb with an object pronoun takes
    // no second object, and an event noun is no agent to be its subject. Likewise before a
    // phrase with «لـ» («ودعمه للجيش»): a verbal noun with its agent as a pronoun takes its
    // patient with «لـ»; a verb would take it as a direct object.
    let noun_starts: Vec<usize> = triggers
        .iter()
        .filter(|t| t.kind == FormKind::Noun)
        .map(|t| t.start)
        .collect();
    // «عمليات قتل غامضة», «مستويات دعم قوية»: after an indefinite plural in «ات» the word is
    // its genitive, for a verb would disagree with the plural as its subject. Not after a
    // time («بعد ساعات قتل جندي») nor an event noun, which a clause may describe
    // («اشتباكات قتل فيها»).
    let trigger_words: Vec<usize> = triggers.iter().flat_map(|t| t.elems.clone()).collect();
    let after_indefinite_plural = |m: &Match| {
        let Some(k) = m.start.checked_sub(1) else {
            return false;
        };
        let plural = &s.words[k];
        plural.key.ends_with("ات")
            && !is_definite(&plural.key)
            && plural.mention.is_none()
            && !s.cue(k, s.lex.grammar.time)
            && !trigger_words.contains(&k)
            && !s.words[m.start].before.comma
            && !s.words[m.start].before.strong
    };
    let governed_noun = |m: &Match| {
        m.kind == FormKind::Noun
            && m.elems.len() == 1
            && (after_indefinite_plural(m)
                // «ا ف ب: تظاهر»: a colon parts a detached «بـ» from the word after it.
                || (m.start > 0 && s.is_prep_word(m.start - 1) && !s.words[m.start].before.strong)
                || (m.clitics.suffix
                    && s.words.get(m.end).is_some_and(|w| {
                        !w.before.comma
                            && !w.before.strong
                            && (noun_starts.contains(&m.end)
                                || s.prep_of(m.end).as_deref() == Some("ل"))
                    }))
                || pseudo.iter().any(|p| {
                    p.head < m.start
                        && p.head + 4 >= m.start
                        // «معلنين رفضهم لترشيح ميقاتي»: a participle governs as its verb does.
                        && p.kind != FormKind::Noun
                        && s.role(p).is_governor()
                        // «أعلنت أنه قتل», «قال إن حفتر رفض»: after «أنه», or «إن» and its
                        // named or definite subject («إن بعضهم رفض»), comes a clause, led by
                        // a verb. An indefinite noun before is the word's head («إن قرار رفض
                        // الطلب»), and with «و» it is coordinated with a noun («إن البرامج
                        // ودعم»).
                        && !(p.head + 1..m.start).any(|k| {
                            s.is_pronoun_complementizer(k)
                                || (s.is_complementizer(k)
                                    && k + 1 < m.start
                                    && !m.clitics.conj
                                    && (s.words[m.start - 1].mention.is_some()
                                        || is_definite(&s.words[m.start - 1].key)
                                        || s.words[m.start - 1]
                                            .anals
                                            .iter()
                                            .any(|a| a.clitics.suffix)))
                        })
                }))
    };
    triggers.sort_by_key(|m| {
        (
            std::cmp::Reverse(m.elems.len()),
            m.end - m.start,
            m.start,
            !governed_noun(m),
        )
    });
    let mut taken: Vec<usize> = Vec::new();
    let mut chosen = Vec::new();
    for m in triggers {
        if m.elems.iter().any(|e| taken.contains(e)) {
            continue;
        }
        taken.extend(&m.elems);
        chosen.push(m);
    }
    chosen.sort_by_key(|m| (m.start, m.end));
    // A grammar word inside a chosen multiword trigger is part of it («أعلن وقف إطلاق النار»).
    let pseudo = pseudo
        .into_iter()
        .filter(|p| {
            !chosen
                .iter()
                .any(|c| c.elems.len() > 1 && c.elems.contains(&p.head))
        })
        .collect();
    (chosen, pseudo)
}

struct Ctx<'a> {
    s: &'a Sentence<'a>,
    lex: &'a Lexicon,
    pseudo: &'a [Match],
    /// Words that belong to an event or topic trigger: never part of an argument.
    trigger_words: Vec<bool>,
    /// Heads of event triggers read as verbs.
    event_verbs: Vec<Option<(FormKind, Clitics)>>,
    /// Words right after a verb of disapproval (CAMEO 11x): what it condemns starts there.
    after_disapproval: Vec<bool>,
    has_mentions: bool,
    /// Subject of the last verb seen, for participles and pro-drop coordinated verbs, and the
    /// word that verb is at.
    last_subject: Option<Vec<Cand>>,
    last_subject_at: usize,
    /// Subjects of the speech verbs, by the word each verb is at: speech verbs are read in a
    /// pass of their own, before the events, so a later one must not lend its subject to an
    /// earlier event.
    say_subjects: Vec<(usize, Vec<Cand>)>,
    /// Agents of the last verbal noun, for nouns coordinated with it («مكالمات …، ومكالمتين»),
    /// the word that noun ends before, and whether it is violence (CAMEO 18–20).
    last_noun_sources: Option<Vec<Cand>>,
    last_noun_end: usize,
    last_noun_violent: bool,
    /// «قالت الصين إنها تدعم»: complementizers whose pronoun agrees with the speech verb
    /// before them, with that verb's subject, the pronoun's referent.
    speakers: Vec<(usize, Cand)>,
    /// This sentence's place in the document.
    sentence_no: usize,
    /// The speaker quoted last in the sentences just before, if any.
    carried: Option<&'a CarriedSpeaker>,
    /// The speaker of this sentence's last speech verb, to carry into the next sentences.
    last_speaker: Option<CarriedSpeaker>,
    /// The subject of this sentence's last event verb that is a named actor, carried when the
    /// sentence quotes nobody.
    last_actor: Option<CarriedSpeaker>,
    /// The object of the last event verb in this sentence that named one.
    last_object: Option<Cand>,
}

impl Ctx<'_> {
    fn g(&self) -> &crate::lexicon::Grammar {
        &self.lex.grammar
    }

    // -----------------------------------------------------------------------------------------
    // Conditions
    // -----------------------------------------------------------------------------------------

    /// Words near a match (same stretch between strong stops, ±10 words), outside the match.
    fn window(&self, m: &Match) -> impl Iterator<Item = usize> + '_ {
        let s = self.s;
        let lo = s.strong_start(m.head).max(m.start.saturating_sub(10));
        let hi = s
            .strong_end(m.end.saturating_sub(1).max(m.head))
            .min(m.end + 10);
        let elems = m.elems.clone();
        (lo..hi).filter(move |i| !elems.contains(i))
    }

    fn cue_near(&self, m: &Match, set: usize) -> bool {
        let g = self.g();
        let kinds: &[ActorKind] = if set == g.crowd || set == g.protesters {
            &[
                ActorKind::Group,
                ActorKind::Movement,
                ActorKind::Organisation,
            ]
        } else if set == g.forces || set == g.troops {
            &[ActorKind::ArmedGroup]
        } else {
            &[]
        };
        // Actor cues (protesters, forces, police) must stand by the trigger, where its subject
        // is; context cues (slogans, weapons) may be anywhere in the stretch.
        let near = !kinds.is_empty() || set == g.police;
        let (lo, hi) = (m.start.saturating_sub(4), m.end + 5);
        self.window(m)
            .filter(|&i| !near || (lo <= i && i < hi))
            .any(|i| {
                self.s.cue(i, set)
                    || (!kinds.is_empty()
                        && self.s.words[i]
                            .mention
                            .and_then(|k| self.s.mentions.get(k))
                            .is_some_and(|mm| kinds.contains(&mm.kind)))
            })
    }

    /// «طلب عدم ذكر اسمه», «طالبا عدم الكشف عن هويته», «وطلبت المصادر عدم الكشف عن
    /// هويتها»: a request or demand whose object is not to name the speaker.
    fn asks_anonymity(&self, m: &Match) -> bool {
        let s = self.s;
        let Role::Event(code) = &self.lex.entries[m.entry as usize].role else {
            return false;
        };
        if !(code.starts_with("02") || code.starts_with("10")) {
            return false;
        }
        let end = s.clause_end(m.head).min(m.end + 5);
        (m.end..end).any(|j| {
            s.words[j].bare == "عدم"
                && (j + 2..(j + 4).min(s.len()))
                    .take_while(|&k| !s.words[k].before.strong && !s.words[k].before.comma)
                    .any(|k| s.cue(k, self.g().anonymity))
        })
    }

    fn conditions_hold(&self, m: &Match) -> bool {
        let s = self.s;
        let frame = &self.lex.entries[m.entry as usize].frame;
        if !frame.needs.is_empty() && !frame.needs.iter().any(|&set| self.cue_near(m, set)) {
            return false;
        }
        if frame.unless.iter().any(|&set| self.cue_near(m, set)) {
            return false;
        }
        let next = m.end;
        if next < s.len()
            && !s.words[next].before.strong
            && frame.not_next.iter().any(|&set| s.cue(next, set))
        {
            return false;
        }
        if m.start > 0 && frame.not_prev.iter().any(|&set| s.fw(m.start - 1, set)) {
            return false;
        }
        if self.asks_anonymity(m) {
            return false;
        }
        // After a noun of reference or a generic head in construct («قضية خطف صحافي», «سياسة
        // ضرب الوحدة») the word is its verbal noun, not a verb with that noun as subject. An
        // imperfect after a generic head opens a relative clause instead («سياسات يرفض النظام
        // تغييرها»).
        if matches!(m.kind, FormKind::Perfect | FormKind::Imperfect)
            && m.start > 0
            && !s.words[m.start].before.strong
            && !s.words[m.start].before.comma
            && (s.cue(m.start - 1, self.g().reference)
                || (m.kind == FormKind::Perfect && s.cue(m.start - 1, self.g().generic)))
            && !s.words[m.start - 1].bare.starts_with("ال")
        {
            return false;
        }
        if !frame.req.is_empty() {
            let end = s.clause_end(m.head).min(m.end + 8);
            let found = (m.end..end).any(|j| {
                frame.req.contains(&s.words[j].bare)
                    || s.prep_of(j).is_some_and(|p| frame.req.contains(&p))
            });
            if !found {
                return false;
            }
        }
        if m.kind == FormKind::Participle && m.start > 0 && s.is_prep_word(m.start - 1) {
            return false;
        }
        true
    }

    /// Why a verbal noun is an event here, if it is one.
    fn governance(&self, m: &Match, live: &[(Match, Option<Gov>)]) -> Option<Gov> {
        let s = self.s;
        let g = self.g();
        if self.lex.entries[m.entry as usize].frame.free {
            return Some(Gov::Free);
        }
        if self.referred_to(m) {
            return None;
        }
        // «وتتعرض إيران لضغوط منذ وصول ترامب»: a noun under a preposition of time belongs to
        // it, not to a verb before.
        // «سعى خلال جولته إلى …»: nor is one under «في», «خلال», except to a light verb
        // («شارك في عمليات»).
        let under_prep = m.start > 0
            && !s.words[m.start].before.strong
            && (s.fw(m.start - 1, g.temporal_prep) || s.fw(m.start - 1, g.event_prep));
        if under_prep && s.fw(m.start - 1, g.temporal_prep) {
            return self.governance_after(m, live);
        }
        // A governing verb shortly before, in the same clause.
        // Four words back, a named actor counting as one («قام الرئيس التركي رجب طيب أردوغان
        // بنشاط»); for a light verb a count before its subject counts as none («قام عدد من
        // جنود المارينز بقتل»).
        let reach = |skip_counts: bool| {
            let mut k = m.start;
            let mut units = 0;
            while k > 0 && units < 4 {
                k -= 1;
                let same_name =
                    s.words[k].mention.is_some() && s.words[k].mention == s.words[k + 1].mention;
                let count = skip_counts
                    && (s.fw(k, g.quantity) && s.words.get(k + 1).is_some_and(|w| w.bare == "من")
                        || (s.words[k].bare == "من" && k > 0 && s.fw(k - 1, g.quantity)));
                // «أعلنت مصادر أمنية أمس مقتل»: a time word adds no distance, unless another
                // trigger stands between it and the noun («بدأ الجيش أمس بقمع حركة الاحتجاج»
                // governs the repression, not the protest).
                let time = s.fw(k, g.time)
                    && !s.words[k].before.strong
                    && !(k + 1..m.start).any(|j| self.trigger_words[j]);
                if !same_name && !count && !time {
                    units += 1;
                }
            }
            k
        };
        let (lo, lo_light) = (reach(false), reach(true));
        // Nearest first; on one word, a light verb outranks the other readings («أجرى» is
        // «conducted», not the 1st person of «جرى»).
        // «أعلن الكرملين وصول حفتر»: a noun with a person named as its agent is announced, not
        // performed, by a verb that is both light and speech.
        let agent_genitive = self.person_genitive(m) || self.mover_genitive(m);
        let rank = |r: &Role| match r {
            Role::Light if agent_genitive => 0,
            Role::Light => 4,
            Role::LightPatient => 3,
            Role::Pass => 2,
            Role::Say(_) => 1,
            _ => 0,
        };
        let before = self
            .pseudo
            .iter()
            .filter(|p| {
                // Past a count, only with no verb between: «واعتقلت ستة من المتظاهرين
                // للتحقيق» is not under a light verb before «اعتقلت».
                let reached = p.head >= lo
                    || (matches!(s.role(p), Role::Light)
                        && p.head >= lo_light
                        && !(p.head + 1..m.start).any(|k| self.any_verb_at(k)));
                reached && p.head < m.start && s.role(p).is_governor()
            })
            .filter(|p| !under_prep || matches!(s.role(p), Role::Light | Role::LightPatient))
            .filter(|p| {
                !(p.head + 1..=m.start).any(|k| {
                    s.words[k].before.strong || s.fw(k, g.clause) || s.is_pronoun_complementizer(k)
                })
            })
            .max_by_key(|p| (p.head, rank(s.role(p))));
        // «أعلنت مصادر من غرفة العمليات عن دخول قواتها»: «عن» ties the noun to a speech verb
        // past a long subject.
        let announced = || {
            let after_an = m.start > 0
                && s.words[m.start - 1].bare == "عن"
                && !s.words[m.start - 1].before.strong
                && !s.words[m.start].before.strong;
            if !after_an {
                return None;
            }
            self.pseudo
                .iter()
                .filter(|p| p.head + 12 >= m.start && p.head < m.start - 1)
                .filter(|p| matches!(s.role(p), Role::Say(Stance::Tells)))
                .filter(|p| {
                    !(p.head + 1..m.start).any(|k| {
                        s.words[k].before.strong
                            || s.words[k].before.comma
                            || s.fw(k, g.clause)
                            || s.is_complementizer(k)
                            || self.event_verbs[k].is_some()
                    })
                })
                .max_by_key(|p| p.head)
        };
        if let Some(p) = before.or_else(announced) {
            let role = s.role(p);
            return Some(match role {
                Role::Light => Gov::Light(p.head),
                Role::LightPatient => Gov::LightPatient(p.head),
                Role::Pass => Gov::Pass(p.head),
                Role::Occur => Gov::Occur(p.head),
                Role::Say(_) => Gov::Say(p.head),
                _ => return self.governance_after(m, live),
            });
        }
        self.governance_after(m, live)
    }

    /// Past a person the knowledge base does not know, named in apposition right after a
    /// subject that is a title («زعيم كوريا الشمالية كيم جونغ أون», «وزير الخزانة الأمريكي
    /// ستيف منوشين»): the name is the subject again, not the object. A known person after a
    /// name is the object («استقبل أردوغان السراج»); the resolver already joins titles to the
    /// known names they introduce.
    fn past_apposition(&self, verb: usize, end: usize) -> usize {
        let s = self.s;
        let mention = |k: usize| s.words[k].mention.and_then(|i| s.mentions.get(i));
        let Some(subject) = end.checked_sub(1).and_then(mention) else {
            return end;
        };
        let subject_start = self.mention_cand(end - 1).start;
        let words_in = |t: &str| t.split_whitespace().count();
        let surface = s.text.get(subject.span.range()).unwrap_or("");
        // A title: more words than the actor's name, or words of the phrase before it.
        let title = words_in(surface) > words_in(&subject.name)
            || (subject_start > verb + 1
                && s.words[subject_start - 1].mention.is_none()
                && !s.words[subject_start].before.comma
                && self.nominal(subject_start - 1));
        let apposed = title
            && s.words.get(end).is_some_and(|w| {
                !w.before.comma
                    && !w.before.strong
                    && !s.has_conj(end)
                    && s.prep_of(end).is_none()
                    && w.mention != s.words[end - 1].mention
            })
            && s.person_at(end)
            && mention(end).is_some_and(|mm| mm.actor_id.starts_with("unresolved."));
        if apposed {
            self.mention_cand(end).end
        } else {
            end
        }
    }

    /// Whether a person is named right after the verbal noun `m`, as its genitive, past a
    /// definite rank or title outside the name («وصول الفريق خليفة حفتر»).
    fn person_genitive(&self, m: &Match) -> bool {
        let s = self.s;
        let g = genitive_at(m);
        let person = |k: usize| {
            s.words
                .get(k)
                .is_some_and(|w| !w.before.comma && !w.before.strong)
                && s.person_at(k)
        };
        let rank = s.words.get(g).is_some_and(|w| {
            w.mention.is_none()
                && !w.before.comma
                && !w.before.strong
                && is_definite(&w.key)
                && !self.trigger_words[g]
        });
        s.prep_of(g).is_none() && (person(g) || (rank && person(g + 1)))
    }

    /// «أعلن ترامب انسحاب الولايات المتحدة»: a noun of moving away or visiting (CAMEO 042,
    /// 087x, 16x) with an actor right after it has its mover as genitive, whatever kind of
    /// actor that is; the verb announces the move. Nouns of acting on someone («أعلنت روسيا
    /// دعم سوريا») keep their genitive as patient and their governor as agent.
    fn mover_genitive(&self, m: &Match) -> bool {
        let s = self.s;
        let moving = self.lex.entries[m.entry as usize]
            .role
            .code()
            .is_some_and(|c| c.starts_with("042") || c.starts_with("087") || c.starts_with("16"));
        let g = genitive_at(m);
        moving
            && !m.clitics.suffix
            && s.words.get(g).is_some_and(|w| {
                w.mention.is_some() && !w.before.comma && !w.before.strong && s.prep_of(g).is_none()
            })
    }

    /// «زيارة غريبة لوفد مكون من عسكريين موالين لحفتر»: the agent a verbal noun names through
    /// «لـ» and a delegation or force (past agreeing adjectives), as the actor that delegation
    /// belongs to, the first one named in its phrase.
    fn envoy_agent(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        let open = |k: usize| !s.words[k].before.comma && !s.words[k].before.strong;
        let noun_definite = m.clitics.def || is_definite(&s.words[m.end - 1].key);
        let mut j = m.end;
        while j < s.len().min(m.end + 2) && open(j) {
            let w = &s.words[j];
            let agreeing = is_nisba(&w.key)
                || (!noun_definite && !is_definite(&w.key) && w.key.ends_with('ه'));
            if w.mention.is_some() || s.prep_of(j).is_some() || self.trigger_words[j] || !agreeing {
                break;
            }
            j += 1;
        }
        let through_lam = s.words.get(j).is_some_and(|w| {
            w.anals
                .iter()
                .any(|a| a.clitics.prep == Some('ل') && self.lex.in_set(self.g().envoy, &a.stem))
        });
        if j >= s.len() || !open(j) || !through_lam {
            return None;
        }
        let limit = s.strong_end(j).min(j + 9);
        let named: Vec<usize> = (j + 1..limit)
            .take_while(|&k| open(k))
            .filter(|&k| s.words[k].mention.is_some())
            .collect();
        // A person or group named in the phrase outranks a country adjective before it
        // («الانقلابي الليبي خليفة حفتر»).
        let principal = named
            .iter()
            .find(|&&k| {
                s.words[k]
                    .mention
                    .and_then(|i| s.mentions.get(i))
                    .is_some_and(|mm| !matches!(mm.kind, ActorKind::State | ActorKind::Place))
            })
            .or(named.first())?;
        Some(self.mention_cand(*principal))
    }

    /// The referent of the pronoun on forces or a delegation right after the verbal noun
    /// («دخول قواتها»): with «ها», the last state, organisation or armed group named before
    /// in the sentence (these are feminine in Arabic, or non-human plurals); with «ه», the
    /// last person.
    fn envoy_pronoun_referent(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        let w = s.words.get(m.end)?;
        let envoy = !w.before.comma
            && !w.before.strong
            && w.anals
                .iter()
                .any(|a| a.clitics.suffix && self.lex.in_set(self.g().envoy, &a.stem));
        if !envoy {
            return None;
        }
        let feminine = w.bare.ends_with("ها");
        let masculine = !feminine && w.bare.ends_with('ه');
        let agrees = |k: usize| {
            let kind = s.words[k]
                .mention
                .and_then(|i| s.mentions.get(i))
                .map(|mm| mm.kind);
            match kind {
                Some(ActorKind::Person) => masculine,
                Some(ActorKind::State | ActorKind::Organisation | ActorKind::ArmedGroup) => {
                    feminine
                }
                _ => false,
            }
        };
        let from = s.strong_start(m.start);
        (from..m.start)
            .rev()
            .find(|&k| agrees(k))
            .map(|k| self.mention_cand(k))
    }

    /// Whether the verbal noun is what news is about: «معلومات شحيحة نسبيا حول لقاء», «أنباء
    /// عن اجتماع». The news tells the event; it is not a reference to one told elsewhere.
    fn news_about(&self, m: &Match) -> bool {
        let s = self.s;
        let open = |k: usize| !s.words[k].before.strong && !s.words[k].before.comma;
        let about =
            m.start > 0 && open(m.start) && ABOUT.contains(&s.words[m.start - 1].bare.as_str());
        if !about {
            return false;
        }
        // Past up to two adjectives or adverbs of the news noun.
        let mut k = m.start - 1;
        while k > 0 && m.start - 1 - k < 3 && open(k) {
            k -= 1;
            if s.cue(k, self.g().news) {
                return true;
            }
            if s.words[k].mention.is_some() || self.trigger_words[k] || !self.nominal(k) {
                return false;
            }
        }
        false
    }

    /// «125 ألف متظاهر», «آلاف المتظاهرين», «متظاهرون»: protesters counted or named without
    /// the article are new to the article. «المتظاهرون», «بعض المتظاهرين», «متظاهر آخر» are
    /// those of a protest it has told already.
    fn new_protesters(&self, c: &Cand) -> bool {
        let s = self.s;
        let g = self.g();
        let partitive = ["بعض", "العديد", "احد", "معظم", "اغلب"];
        let counted =
            s.fw(c.start, g.quantity) && !partitive.contains(&s.words[c.start].bare.as_str());
        // «متظاهر آخر»: one more of those already told.
        let another = |k: usize| {
            s.words
                .get(k + 1)
                .is_some_and(|w| ["اخر", "اخرون", "اخرين"].contains(&w.key.as_str()))
        };
        (c.start..c.end).any(|k| {
            (s.cue(k, g.protesters) || s.cue(k, g.crowd))
                && (counted || !(is_definite(&s.words[k].key) || another(k)))
        })
    }

    /// «أي اعتداء», «كل عملية انتحارية»: an indefinite verbal noun after «أي» or «كل» names any
    /// act of its kind.
    fn any_of_kind(&self, m: &Match) -> bool {
        let s = self.s;
        m.kind == FormKind::Noun
            && !m.clitics.def
            && m.start > 0
            && !s.words[m.start].before.strong
            && !s.words[m.start].before.comma
            && s.cue(m.start - 1, self.g().any_of)
    }

    /// Whether a noun of reference governs the verbal noun, directly or through a preposition
    /// («قضية خطف», «صلتهم بالهجوم», «متورطا في خطف»): the event is told elsewhere; or a
    /// generic head does, right before it («سياسة الاغتيالات»): it names a kind of act.
    fn referred_to(&self, m: &Match) -> bool {
        let s = self.s;
        let g = self.g();
        if m.start == 0 || s.words[m.start].before.strong || s.words[m.start].before.comma {
            return false;
        }
        let mut head = m.start - 1;
        if s.fw(head, g.prep) && head > 0 && !s.words[head].before.strong {
            head -= 1;
        }
        // A generic head is in construct with the noun: right before it, no preposition
        // between («تعرضت سياستها لانتقادات» were criticised).
        let construct = head + 1 == m.start && m.clitics.prep.is_none();
        s.cue(head, g.reference) || (construct && s.cue(head, g.generic))
    }

    fn governance_after(&self, m: &Match, live: &[(Match, Option<Gov>)]) -> Option<Gov> {
        let s = self.s;
        let g = self.g();
        // An occurrence verb right after the noun (SVO: «احتجاجات عمت», «الهجوم الذي وقع»),
        // or a light verb with the noun as its pronoun object («مظاهرة نظمها حزب»).
        for p in self
            .pseudo
            .iter()
            .filter(|p| p.head >= m.end && p.head <= m.end + 2)
        {
            // «غارة جوية شنتها طائرة»: an adjective may stand between.
            let relative_between = (m.end..p.head).all(|k| {
                RELATIVES.contains(&s.words[k].bare.as_str()) || is_nisba(&s.words[k].key)
            });
            let clean = !(m.end..=p.head).any(|k| s.words[k].before.strong);
            if !clean || !relative_between && p.head != m.end {
                continue;
            }
            // «الجولة التي قام بها عباس كامل»: the pronoun may ride on the preposition the
            // light verb takes.
            // Only ب and لـ: «أطلق عليه» names, «وجه إليه» addresses.
            let resumptive = p.clitics.suffix
                || (s.prep_with_pronoun(p.end) && s.words[p.end].bare.starts_with(['ب', 'ل']));
            match s.role(p) {
                Role::Occur => return Some(Gov::Occur(p.head)),
                Role::Light if resumptive => return Some(Gov::Light(p.head)),
                _ => {}
            }
        }
        // Instrumental بـ after a word of harm: «قتل ثلاثة بتفجير», «أصيب بانفجار». Elsewhere
        // بـ marks an object («اتهم بالاغتيال», «علاقة بالهجوم»), not an event.
        if m.clitics.prep == Some('ب')
            && (m.start.saturating_sub(4)..m.start).any(|k| s.cue(k, g.harm))
        {
            return Some(Gov::Prep);
        }
        // «دون التوقيع», «عدم الانسحاب»: the text says the act did not happen.
        if m.start > 0 && !s.words[m.start].before.strong && s.fw(m.start - 1, g.neg_noun) {
            return Some(Gov::Neg);
        }
        if m.start > 0 && !s.words[m.start].before.strong && s.fw(m.start - 1, g.event_prep) {
            return Some(Gov::Prep);
        }
        if self.news_about(m) {
            return Some(Gov::Prep);
        }
        if m.start > 0 && !s.words[m.start].before.strong && s.fw(m.start - 1, g.temporal_prep) {
            return Some(Gov::Temporal);
        }
        let entry = &self.lex.entries[m.entry as usize];
        if !entry.frame.gen_patient && m.end < s.len() {
            let w = &s.words[m.end];
            // «زيارة وفد حفتر»: a delegation or force stands for the actor it belongs to.
            let represented = s.cue(m.end, g.envoy)
                && s.words
                    .get(m.end + 1)
                    .is_some_and(|n| n.mention.is_some() && !n.before.comma && !n.before.strong);
            // «وصول الفريق خليفة حفتر»: a rank before the person's name.
            let ranked = w.mention.is_none() && self.person_genitive(m);
            if (w.mention.is_some() || represented || ranked)
                && s.prep_of(m.end).is_none()
                && !w.before.strong
                && !w.before.comma
            {
                return Some(Gov::Genitive);
            }
        }
        // «أدان هجوم المسلحين على القرية»: an unnamed agent, told by the target after it.
        if !entry.frame.gen_patient
            && let Some(genitive) = self.plain_genitive(m)
            && self.agent_before_target(m, &genitive, &entry.frame.tgt_preps)
        {
            return Some(Gov::Genitive);
        }
        // «زيارة غريبة لوفد … موالين لحفتر»: an agent named through a delegation.
        if !entry.frame.gen_patient && self.envoy_agent(m).is_some() {
            return Some(Gov::Genitive);
        }
        // «ودعمه للجيش الليبي»: a possessive pronoun is the agent and «لـ» names the patient,
        // an actor: the act is told, not merely named.
        if !entry.frame.gen_patient
            && m.clitics.suffix
            && s.words.get(m.end).is_some_and(|w| {
                s.prep_of(m.end).as_deref() == Some("ل")
                    && w.mention.is_some()
                    && !w.before.comma
                    && !w.before.strong
            })
        {
            return Some(Gov::Genitive);
        }
        if m.start == s.strong_start(m.start) {
            return Some(Gov::Initial);
        }
        let conj = m.clitics.conj || (m.start > 0 && s.words[m.start - 1].key == "و");
        if conj {
            let coordinated = live.iter().rev().find(|(p, pg)| {
                pg.is_some() && p.kind == FormKind::Noun && p.end <= m.start && m.start - p.end <= 3
            });
            if let Some((_, pg)) = coordinated {
                return Some(Gov::Coord {
                    presupposed: matches!(
                        pg,
                        Some(Gov::Temporal | Gov::Coord { presupposed: true })
                    ),
                });
            }
        }
        None
    }

    // -----------------------------------------------------------------------------------------
    // Heads and complements
    // -----------------------------------------------------------------------------------------

    fn absorb(&self, live: &[(Match, Option<Gov>)]) -> Vec<HeadInfo> {
        let s = self.s;
        let g = self.g();
        let mut info = vec![HeadInfo::default(); live.len()];
        for (i, (h, _)) in live.iter().enumerate() {
            let entry = &self.lex.entries[h.entry as usize];
            if !entry.frame.head || info[i].absorbed {
                continue;
            }
            let Role::Event(head_code) = &entry.role else {
                continue;
            };
            let mut region_end: Option<usize> = None;
            for (j, (c, _)) in live.iter().enumerate().skip(i + 1) {
                if info[j].absorbed || c.start < h.end {
                    continue;
                }
                let from = region_end.unwrap_or(h.end);
                let reach = if region_end.is_some() { 3 } else { 6 };
                if c.start > from + reach {
                    break;
                }
                let clean = !(from..=c.start).skip(1).any(|k| {
                    s.words[k].before.strong || (s.fw(k, g.clause) && !s.is_complementizer(k))
                });
                let c_entry = &self.lex.entries[c.entry as usize];
                // Another finite verb in between starts a new predicate.
                let verb_between = live.iter().any(|(o, _)| {
                    o.start > h.end && o.start < c.start && o.kind.is_verb() && !std::ptr::eq(o, c)
                });
                // «استنكر الاتهامات وطالب كييف بفتح تحقيق»: a verb after «و» is another
                // predicate, no complement.
                if !clean || verb_between || (c.kind.is_verb() && c.clitics.conj) {
                    break;
                }
                if region_end.is_some()
                    && !(c.kind == FormKind::Noun || c.clitics.conj || c_entry.role == Role::Topic)
                {
                    break;
                }
                info[j].absorbed = true;
                region_end = Some(c.end);
                if info[i].refined.is_none()
                    && let Some(topic) = &c_entry.frame.topic
                    && let Some(code) = self.lex.refine.get(&(head_code.clone(), topic.clone()))
                {
                    info[i].refined = Some(code.clone());
                }
                if info[i].complement_target.is_none() && c.end < s.len() {
                    let w = &s.words[c.end];
                    if s.prep_of(c.end).is_none()
                        && !w.before.strong
                        && !w.before.comma
                        && !self.trigger_words[c.end]
                    {
                        if w.mention.is_some() {
                            info[i].complement_target = Some(self.mention_cand(c.end));
                        } else if self.nominal(c.end) && !self.has_mentions {
                            info[i].complement_target =
                                Some(self.np_from(c.end, s.strong_end(c.end)));
                        }
                    }
                }
            }
        }
        info
    }

    // -----------------------------------------------------------------------------------------
    // Arguments
    // -----------------------------------------------------------------------------------------

    fn mention_cand(&self, j: usize) -> Cand {
        let s = self.s;
        let m = s.words[j].mention;
        let mut start = j;
        while start > 0 && s.words[start - 1].mention == m && !s.words[start].before.strong {
            start -= 1;
        }
        let mut end = j + 1;
        while end < s.len() && s.words[end].mention == m && !s.words[end].before.strong {
            end += 1;
        }
        // «نجل حفتر», «أنصار الحريري»: a relative or follower of an actor is not that actor;
        // the phrase is the party (see also `np_from`).
        if start > 0
            && !s.words[start].before.strong
            && !s.words[start].before.comma
            && s.words[start - 1].mention.is_none()
            && self.of_actor(start - 1, m)
        {
            return Cand {
                start: start - 1,
                end,
                mention: None,
            };
        }
        // «القوات الأمريكية الخاصة», «الطائرات الروسية الحربية»: an adjective after the name,
        // agreeing with its last word, is part of the phrase, not the object after it.
        let mut adjectives = end;
        while adjectives < s.len() && self.adjective_of(adjectives - 1, adjectives) {
            adjectives += 1;
        }
        // «وزير الداخلية السابق محمد إبراهيم»: a person named after the adjective is the
        // phrase's head; the name keeps its own mention.
        if !s.person_at(adjectives) {
            end = adjectives;
        }
        Cand {
            start,
            end,
            mention: m,
        }
    }

    /// Whether word `k` names relatives or followers of the actor of mention `m` named after
    /// it («نجل حفتر», «أنصار الحريري»), which are not that actor. With a pronoun or the
    /// article the name after is the relative itself, in apposition («وزوجته ميشيل», «الأخت
    /// ماري»); the sons of a place are its people («أبناء اليمن»), its fans are not.
    fn of_actor(&self, k: usize, m: Option<usize>) -> bool {
        let s = self.s;
        let w = &s.words[k];
        let followers = self.g().followers;
        let listed = self.lex.in_set(followers, &w.key)
            || w.anals.iter().any(|a| {
                !a.clitics.suffix && !a.clitics.def && self.lex.in_set(followers, &a.stem)
            });
        let sons = w
            .anals
            .iter()
            .any(|a| ["ابن", "ابنه", "ابنا", "ابني", "ابناء", "بنات"].contains(&a.stem.as_str()));
        let place = m
            .and_then(|i| s.mentions.get(i))
            .is_some_and(|m| m.kind.is_place());
        listed && !self.written_pronoun(k) && !(sons && place)
    }

    /// Whether word `k` as written ends in a possessive pronoun («ابنه», «زوجها», «أخيه»):
    /// the text writes «ة» where a key has «ه».
    fn written_pronoun(&self, k: usize) -> bool {
        self.written(k).is_some_and(|w| {
            ["ه", "ها", "هم", "هما", "هن"]
                .iter()
                .any(|p| w.ends_with(p))
        })
    }

    /// Whether word `k` is a definite adjective of the phrase ending at word `last`: one of
    /// `post_adjective` or a nisba, agreeing in gender with `last`.
    fn adjective_of(&self, last: usize, k: usize) -> bool {
        let s = self.s;
        let w = &s.words[k];
        let gender = self.singular_gender(k);
        // Adjectives agree in definiteness too: «تركي المالكي» is a name, not «Turkish».
        gender.is_some()
            && gender == self.singular_gender(last)
            && is_definite(&s.words[last].key)
            && self.nominal(k)
            && !s.cue(k, self.g().quantity)
            && !w.before.strong
            && !w.before.comma
            && !s.has_conj(k)
            && w.mention.is_none()
            && !self.trigger_words[k]
            && is_definite(&w.key)
            && (s.fw(k, self.g().post_adjective)
                || (self.written_nisba(k)
                    && self.written_nisba(last)
                    && !is_sound_plural(&w.bare)
                    && !s.person_at(last)))
    }

    /// Whether word `k` is written as a nisba (ي, ية, يين, يون): search keys also fold ى and ئ
    /// into ي («الطوارئ», «البنى»).
    fn written_nisba(&self, k: usize) -> bool {
        self.written(k)
            .is_some_and(|w| ["ي", "ية", "يين", "يون"].iter().any(|e| w.ends_with(e)))
    }

    /// «الأسلحة الخفيفة والمتوسطة»: a phrase ending in a definite adjective, and after «و» one
    /// definite word of an adjective's shape and the same gender, adds an adjective to the
    /// noun, not another party («الجيش السوري والمعارضة» do not agree and stay two).
    fn coordinated_adjective(&self, phrase: &Cand, next: &Cand) -> bool {
        let last = phrase.end - 1;
        let k = next.start;
        if last == phrase.start || next.end != k + 1 || self.s.words[k].mention.is_some() {
            return false;
        }
        let (Some(noun), Some(adjective), Some(word)) =
            (self.written(last - 1), self.written(last), self.written(k))
        else {
            return false;
        };
        let feminine = |w: &str| w.ends_with('ة') || w.ends_with("ات");
        // «الصحفيين والناشطين», «العمال والموظفين»: men in a sound plural are mostly people.
        let men = word.ends_with("ين") || word.ends_with("ون");
        let definite = |j: usize| is_definite(&self.s.words[j].key);
        !men && definite(last - 1)
            && definite(last)
            && definite(k)
            && feminine(adjective) == feminine(word)
            && may_describe(noun, adjective, false)
            && may_describe(adjective, word, true)
    }

    /// Whether the word before the actor at `k` is aircraft or forces under «لـ»
    /// («لمقاتلات التحالف»), which the actor attacks with.
    fn means_before(&self, k: usize) -> bool {
        let s = self.s;
        let g = self.g();
        k > 0
            && s.words[k].mention.is_some()
            && !s.words[k].before.comma
            && s.words[k - 1].mention.is_none()
            && s.words[k - 1].anals.iter().any(|a| {
                a.clitics.prep == Some('ل')
                    && (self.lex.in_set(g.aerial, &a.stem) || self.lex.in_set(g.troops, &a.stem))
            })
    }

    /// Word `k` as the text writes it, without final diacritics.
    fn written(&self, k: usize) -> Option<&str> {
        let s = self.s;
        s.text
            .get(s.words[k].span.range())
            .map(|w| w.trim_end_matches(marsad_text::is_diacritic))
    }

    /// Whether word `k` can describe no noun of the phrase `j..=adjective` that ends in the
    /// adjective at `adjective`: it may describe the noun that adjective describes (the nearest
    /// one before it of its gender) or any noun before that («حملة الحاكم الجمهوري
    /// الانتخابية»), but not a genitive after it («محكمة الاستئناف العسكرية الطلب»).
    fn no_noun_to_describe(&self, j: usize, adjective: usize, k: usize) -> bool {
        let Some(gender) = self.singular_gender(k) else {
            return false;
        };
        let Some(of_adjective) = self.singular_gender(adjective) else {
            return false;
        };
        let described = (j..adjective)
            .rev()
            .find(|&n| self.singular_gender(n) == Some(of_adjective));
        described.is_some_and(|d| (j..=d).all(|n| self.singular_gender(n) != Some(gender)))
    }

    /// The gender a singular word shows in writing: feminine with ة, masculine with any other
    /// letter; none for ى, ا and اء, which end both (feminine «الكبرى», «العليا», masculine
    /// «المستشفى») and are folded into other letters in search keys.
    fn singular_gender(&self, k: usize) -> Option<bool> {
        match self.written(k)?.chars().last()? {
            'ة' => Some(true),
            'ى' | 'ا' | 'ء' => None,
            _ => Some(false),
        }
    }

    /// Whether word `j` can start or continue a noun phrase.
    fn nominal(&self, j: usize) -> bool {
        let s = self.s;
        let g = self.g();
        j < s.len()
            && (!s.is_prep_word(j) || s.fw(j, g.quantity))
            && !s.fw(j, g.clause)
            && !s.is_complementizer(j)
            && !s.fw(j, g.neg)
            && !s.fw(j, g.neg_ma)
            && !s.fw(j, g.neg_noun)
            && !s.fw(j, g.aux)
            && !s.fw(j, g.qad)
            && !s.fw(j, g.future)
            && !s.fw(j, g.time)
            && !s.fw(j, g.report_prep)
            && !s.fw(j, g.hypo)
            && !s.fw(j, g.future_adj)
            && !s.fw(j, g.manner)
            // «بشكل سلمي», «بصورة مباشرة»: the adjective of an adverb of manner.
            && !(j > 0
                && s.fw(j - 1, g.manner)
                && !s.words[j].before.comma
                && s.words[j].mention.is_none()
                && !is_definite(&s.words[j].key)
                && is_nisba(&s.words[j].key))
            && s.words[j].key != "و"
            && s.words[j].key != "او"
            && !self.any_verb_at(j)
            && !self.plural_perfect_shape(j)
            // «قائلا»: a speech participle starts a new predication.
            && !self.pseudo.iter().any(|p| p.head == j && p.kind == FormKind::Participle)
    }

    /// «وهتفوا», «ورددوا», «أحرقوا»: a word of five letters or more ending in «وا» is a perfect
    /// verb in the plural, whose ending no noun has (the accusatives «عضوا», «عدوا» are
    /// shorter).
    fn plural_perfect_shape(&self, j: usize) -> bool {
        let w = &self.s.words[j];
        w.mention.is_none() && w.bare.ends_with("وا") && w.bare.chars().count() >= 5
    }

    /// Whether word `h` is read as a perfect verb, an event's or a grammar verb's.
    fn perfect_at(&self, h: usize) -> bool {
        self.event_verbs
            .get(h)
            .is_some_and(|v| v.is_some_and(|(kind, _)| kind == FormKind::Perfect))
            || self
                .pseudo
                .iter()
                .any(|p| p.head == h && p.kind == FormKind::Perfect)
    }

    /// Whether the word of match `m` carries a damma on its first letter after the conjunction
    /// (the passive «قُتل», «وأُصيب»), as written in the text.
    fn damma_first(&self, m: &Match) -> bool {
        let s = self.s;
        let Some(text) = s.text.get(s.words[m.head].span.range()) else {
            return false;
        };
        let mut letters = text
            .chars()
            .filter(|&c| c != marsad_text::TATWEEL)
            .peekable();
        if m.clitics.conj {
            letters.next();
            while letters
                .peek()
                .is_some_and(|&c| marsad_text::is_diacritic(c))
            {
                letters.next();
            }
        }
        letters.next();
        letters.next() == Some('\u{064F}')
    }

    /// The pronoun complementizer that opens `h`'s clause with only particles between
    /// («إنه لن يلتقي»): its pronoun is the subject of the verb at `h`.
    fn pronoun_clause(&self, h: usize) -> Option<usize> {
        let s = self.s;
        let cs = s.clause_start(h);
        let only_particles = (cs + 1..h).all(|k| self.particle(k));
        (cs < h && s.is_pronoun_complementizer(cs) && only_particles).then_some(cs)
    }

    /// Whether word `k` is a verbal particle: negation, auxiliary, future or «قد».
    fn particle(&self, k: usize) -> bool {
        let s = self.s;
        let g = self.g();
        s.fw(k, g.neg) || s.fw(k, g.aux) || s.fw(k, g.future) || s.fw(k, g.qad)
    }

    /// The speaker a pronoun complementizer opening `h`'s clause refers to («إنها لن تقبل»).
    fn speaker_subject(&self, h: usize) -> Option<Cand> {
        let cs = self.pronoun_clause(h)?;
        self.speakers
            .iter()
            .find(|(c, _)| *c == cs)
            .map(|(_, spk)| spk.clone())
    }

    /// The speaker of a pronoun complementizer, when it is the agent of the violent verb under
    /// it: «أعلن التنظيم أنه خطفهما» (an object pronoun makes the verb active), «أكد حلف شمال
    /// الأطلسي أنه قتل نحو 150 متمردا» (an armed speaker and an object). A spokesman's «قال إنه قتل
    /// خمسة أشخاص» is the impersonal passive, and «قالت إنها اختطفت» has no object.
    fn acting_speaker(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        // «قال لنائبة إنه لن يغتصبها»: a phrase under a preposition is the addressee.
        let speaker = self.speaker_subject(m.head).filter(|c| match c.mention {
            Some(_) => s.prep_of(c.start).is_none(),
            None => s.words[c.start]
                .anals
                .iter()
                .all(|a| a.clitics.prep.is_none()),
        })?;
        if m.clitics.suffix {
            return Some(speaker);
        }
        let object_follows = m.kind.is_verb()
            && m.end < s.len()
            && !s.words[m.end].before.strong
            && !s.words[m.end].before.comma
            && (s.fw(m.end, g.quantity) || !s.is_prep_word(m.end))
            && s.prep_of(m.end).is_none()
            && !s.fw(m.end, g.time)
            && self.nominal(m.end);
        let armed = |spk: &Cand| {
            (spk.start..spk.end).any(|k| {
                s.cue(k, g.troops)
                    || s.words[k]
                        .mention
                        .and_then(|i| s.mentions.get(i))
                        .is_some_and(|mm| mm.kind == ActorKind::ArmedGroup)
            })
        };
        (object_follows && armed(&speaker)).then_some(speaker)
    }

    /// Whether a bare phrase opens with a reflexive «نفس» («نفسها», «أنفسهم»).
    fn reflexive(&self, c: &Cand) -> bool {
        c.mention.is_none()
            && self.s.words.get(c.start).is_some_and(|w| {
                let k = w.bare.as_str();
                k.starts_with("نفس") && k.chars().count() <= 7 || k.starts_with("انفس")
            })
    }

    /// Whether a bare phrase opens with a demonstrative («هذا الأمر يهدد»): it points back to
    /// something said, not to an actor. As a target only a singular one alone is («استنكر
    /// هذه الاتهامات» read as «هذه»); «هؤلاء», «هذه المقرات» are people and places.
    fn demonstrative(&self, c: &Cand, target: bool) -> bool {
        c.mention.is_none()
            && self.s.words.get(c.start).is_some_and(|w| {
                let d = w.bare.as_str();
                DEMONSTRATIVES.contains(&d)
                    && (!target
                        || (c.end == c.start + 1 && ["هذا", "هذه", "ذلك", "تلك"].contains(&d)))
            })
    }

    /// Whether a bare phrase is only numbers and time words («2012», «16 مارس»).
    fn only_numbers_or_time(&self, c: &Cand) -> bool {
        let s = self.s;
        c.mention.is_none()
            && (c.start..c.end.min(s.len())).all(|k| s.is_number(k) || s.fw(k, self.g().time))
    }

    fn is_verb_at(&self, j: usize) -> bool {
        self.pseudo.iter().any(|p| p.head == j && p.kind.is_verb())
    }

    /// Whether word `j` is read as a verb: a grammar verb or the head of a verb trigger.
    fn any_verb_at(&self, j: usize) -> bool {
        self.event_verbs.get(j).is_some_and(Option::is_some) || self.is_verb_at(j)
    }

    /// Whether the verb `m` is in the first person plural: an imperfect in «ن» («نرفض»,
    /// «سنرد»), a perfect in «نا» not read as an object pronoun («اتفقنا»). The lexicon lists
    /// no first person singular forms.
    fn first_person_plural(&self, m: &Match) -> bool {
        let s = self.s;
        let mut form = s.words[m.head].bare.as_str();
        if m.clitics.conj {
            form = form.strip_prefix(['و', 'ف']).unwrap_or(form);
        }
        if m.clitics.fut {
            form = form.strip_prefix('س').unwrap_or(form);
        }
        match m.kind {
            FormKind::Imperfect => form.starts_with('ن'),
            FormKind::Perfect => !m.clitics.suffix && form.ends_with("نا"),
            _ => false,
        }
    }

    /// Whether the verb at `j` is 3rd person feminine singular («دعمت», «تدعم») or masculine
    /// («دعم», «يدعم»), with its form; `None` for other persons and numbers or when the form
    /// does not say.
    fn verb_feminine(&self, j: usize) -> Option<(FormKind, bool)> {
        let s = self.s;
        let (kind, clitics) = self.event_verbs.get(j).copied().flatten().or_else(|| {
            self.pseudo
                .iter()
                .find(|p| p.head == j && p.kind.is_verb())
                .map(|p| (p.kind, p.clitics))
        })?;
        let mut form = s.words[j].bare.as_str();
        if clitics.conj {
            form = form.strip_prefix(['و', 'ف']).unwrap_or(form);
        }
        if clitics.fut {
            form = form.strip_prefix('س').unwrap_or(form);
        }
        match kind {
            FormKind::Imperfect => match form.chars().next() {
                Some('ت') => Some((kind, true)),
                Some('ي') => Some((kind, false)),
                _ => None,
            },
            FormKind::Perfect if !clitics.suffix => {
                // Duals and plurals («دعما», «دعموا») say nothing of gender here.
                if form.ends_with('ا') {
                    None
                } else {
                    Some((kind, form.ends_with('ت')))
                }
            }
            _ => None,
        }
    }

    /// A noun phrase starting at `j` (up to four words), or the mention it contains.
    fn np_from(&self, j: usize, limit: usize) -> Cand {
        let s = self.s;
        if s.words[j].mention.is_some() {
            return self.mention_cand(j);
        }
        // «طالبت كل من بريطانيا وفرنسا»: «كل من» (both) introduces the parties themselves.
        let named_after = |k: usize| {
            k < limit.min(s.len()) && !s.words[k].before.comma && !s.words[k].before.strong
        };
        if s.words[j].bare == "كل"
            && named_after(j + 2)
            && s.words[j + 1].bare == "من"
            && !s.words[j + 1].before.comma
            && s.words[j + 2].mention.is_some()
        {
            return self.mention_cand(j + 2);
        }
        let mut end = j + 1;
        let mut max = j + 4;
        let mut named = false;
        while end < limit.min(max) {
            // «منظمة "أنقذوا الأطفال" الخيرية», «صحيفة "نيويورك تايمز"»: a short quoted stretch
            // after an indefinite noun is its name, whatever words it is made of (one the
            // resolver knows is the phrase itself, below).
            if !is_definite(&s.words[end - 1].key)
                && s.words[end].mention.is_none()
                && let Some(close) = self.quoted_name_end(end, limit)
            {
                max = max.max(close + 2);
                end = close;
                named = true;
                continue;
            }
            let w = &s.words[end];
            // «عشرات من أعضاء الحزب», «أكثر من مليون متظاهر»: a partitive «من» after a
            // quantity stays inside the phrase. After its noun, «عدة» (several) is an
            // adjective: «جهات عدة من …», «بلدات عدة». The first word may carry its
            // preposition («وفقا لعدد من المصادر»).
            let quantity_at = |k: usize| {
                (s.fw(k, self.g().quantity) || (k == j && self.quantity_after_preposition(k)))
                    && !(k > j && s.words[k].bare == "عده")
            };
            if w.bare == "من" && quantity_at(end - 1) && !w.before.comma {
                end += 1;
                max += 2;
                continue;
            }
            let prev = end - 1;
            // «مجموعة من» counts; «المجموعة» is a noun of its own.
            let after_quantity = (quantity_at(prev) && !is_definite(&s.words[prev].key))
                || s.is_number(prev)
                || (s.words[prev].bare == "من" && prev > j);
            let conj = s.has_conj(end);
            if w.before.strong
                || w.before.comma
                || conj
                || !self.nominal(end)
                || self.trigger_words[end]
                || (s.prep_of(end).is_some() && !after_quantity)
                || s.fw(end, self.g().neg_noun)
                || s.cue(end, self.g().cause)
                || s.cue(end, self.g().affiliation)
            {
                break;
            }
            // «اتهمت الدول الغربية دمشق»: a phrase closed by an adjective is whole; a name after
            // it opens the object. Only a person's name stands in apposition there («الجنرال
            // حفتر»).
            let closed = is_definite(&s.words[prev].key)
                && is_nisba(&s.words[prev].key)
                && s.words[prev].mention.is_none();
            // Nor a definite name that is no nisba («الدولة العبرية الضفة الغربية»); a
            // definite demonym still describes the noun.
            let demonym = is_definite(&w.key) && is_nisba(&w.key);
            if w.mention.is_some() && closed && !s.person_at(end) && !demonym {
                break;
            }
            // «وطالب التقرير الحكومة»: after any definite noun, a definite name that cannot
            // describe it opens the object.
            let describes = || {
                self.written(prev)
                    .zip(self.written(end))
                    .is_none_or(|(noun, word)| may_describe(noun, word, prev == j))
            };
            if w.mention.is_some()
                && is_definite(&s.words[prev].key)
                && s.words[prev].mention.is_none()
                && is_definite(&w.key)
                && !demonym
                && !s.person_at(end)
                && !describes()
            {
                break;
            }
            // «رفضت محكمة الاستئناف العسكرية الطلب»: after a nisba that follows its noun, a
            // definite word that can describe no noun of the phrase opens the object. (A first
            // word in ية or ى is often no nisba: «الداعية», «البنى».)
            if closed
                && prev > j
                && w.mention.is_none()
                && is_definite(&w.key)
                && !is_sound_plural(&w.bare)
                && !w.key.ends_with("ات")
                // «رئيس التحالف الدولي المنتهية ولايته جون نيكلسون»: a title before a name.
                && !s.person_at(end + 1)
                && !s.person_at(end + 2)
                && self.written_nisba(prev)
                && self.no_noun_to_describe(j, prev, end)
            {
                break;
            }
            // «صحيفة "لا ناسيون" الأرجنتينية»: after the name, a demonym describes it.
            if w.mention.is_some() && named {
                break;
            }
            if w.mention.is_some() {
                let named = self.mention_cand(end);
                // «عدد من أنصار الحريري», «معارضو الرئيس»: followers or opponents of an actor
                // are not that actor; the whole phrase is the party.
                // «ابنة أخيه سيلين»: after a word with a pronoun the name is in apposition.
                let of_actor = (j..end).any(|k| {
                    self.of_actor(k, w.mention) && !(k + 1..end).any(|q| self.written_pronoun(q))
                });
                if of_actor {
                    return Cand {
                        start: j,
                        end: named.end,
                        mention: None,
                    };
                }
                return named;
            }
            // A definite noun is followed inside its phrase only by definite words (adjectives:
            // «القوات الأميركية»); «المهاجمون قنابلهم» is subject then object. A number starts
            // a new phrase («القوات الأميركية 11 مسلحا»).
            let prev_def = is_definite(&s.words[prev].key);
            // «مسلحون قافلة»: a sound plural in «ون/ين» loses its ن before a genitive, so a
            // noun after it opens another phrase; only adjectives follow it («مسلحين
            // مجهولين»).
            // «متظاهرون السياج»: nor does an article-less one take a definite word after it.
            let sound_plural = s.words[prev].mention.is_none()
                && s.words[prev].bare.chars().count() >= 5
                && is_sound_plural(&s.words[prev].bare)
                && (is_definite(&w.key) != prev_def
                    || !(is_nisba(&w.key) || is_sound_plural(&w.bare)));
            // «مجهولون مدنيين»: an adjective agrees with its noun in case, so a plural in «ين»
            // after one in «ون» (or the reverse) opens another phrase.
            let case_clash = s.words[prev].mention.is_none()
                && w.mention.is_none()
                && is_sound_plural(&s.words[prev].bare)
                && is_sound_plural(&w.bare)
                && s.words[prev].bare.ends_with("ون") != w.bare.ends_with("ون");
            // «نقابات عمالية عمال السكك»: an indefinite nisba closes its noun's genitive chain;
            // a word after it that heads a genitive of its own is a noun opening another phrase
            // (an adjective there is a participle or the like: «مسؤول أممي بارز في»).
            let heads_genitive = s.words.get(end + 1).is_some_and(|n| {
                is_definite(&n.key)
                    && !n.before.comma
                    && !n.before.strong
                    && s.prep_of(end + 1).is_none()
            });
            // «رئيس جمعية إنقاذ الطفولة»: a word in «ية» that does not agree with a singular
            // noun before it is a noun of its own, no nisba.
            let gender_clash = prev > j
                && !s.words[prev - 1].key.ends_with("ات")
                && !is_sound_plural(&s.words[prev - 1].bare)
                && self
                    .singular_gender(prev - 1)
                    .is_some_and(|noun| Some(noun) != self.singular_gender(prev));
            let indefinite_closed = heads_genitive
                && !gender_clash
                && prev > j
                && s.words[prev].mention.is_none()
                && w.mention.is_none()
                && !prev_def
                && is_nisba(&s.words[prev].key)
                && self.written_nisba(prev)
                && !is_definite(&w.key)
                && !is_nisba(&w.key)
                && !is_sound_plural(&w.bare)
                && !w.key.ends_with("ات")
                && !s.cue(end, self.g().event_adjective);
            if (sound_plural || case_clash || indefinite_closed) && !after_quantity {
                break;
            }
            let number = s.is_number(end);
            // «قتل رجل أحد المارة»: a quantity word after a noun opens its object; «غربي
            // ميناء الحديدة» a place adjunct.
            let quantity = quantity_at(end) || s.fw(end, self.g().direction);
            // «هاجم الجيش البلدة»: a definite place is no adjective of the definite noun
            // before it; it opens the object.
            let place = prev_def && s.fw(end, self.g().object_place);
            if ((prev_def && !is_definite(&w.key)) || number || quantity || place)
                && !after_quantity
            {
                break;
            }
            // «اتهمت المعارضة الحكومة», «اعتقلت الشرطة المتظاهرين»: a definite word after a
            // definite one that cannot describe it opens the next phrase. A title before a name
            // stays («العاهل الأردني الملك عبد الله»), and so does a number counting the noun
            // («الدول الأوروبية الثلاث»).
            // Agreement is with the phrase's head, not a number («الأربعة الآخرين»), and a
            // participle describing by what follows it takes the masculine («الحكومة المعترف
            // بها»).
            let agreement =
                prev == j && !s.prep_with_pronoun(end + 1) && !s.cue(prev, self.g().quantity);
            let opens_next = prev_def
                && is_definite(&w.key)
                && s.words[prev].mention.is_none()
                && !is_nisba(&w.key)
                && !s.cue(end, self.g().quantity)
                && !(end..end + 3).any(|k| s.person_at(k))
                && self
                    .written(prev)
                    .zip(self.written(end))
                    .is_some_and(|(noun, word)| !may_describe(noun, word, agreement));
            if opens_next && !after_quantity {
                break;
            }
            end += 1;
        }
        // «مدير جهاز المخابرات العامة اللواء عباس كامل»: a title too long for the phrase
        // names the person after it, past a rank.
        if end == max {
            let named = (end..(end + 2).min(limit)).take_while(|&k| {
                let w = &s.words[k];
                !w.before.strong && !w.before.comma && s.prep_of(k).is_none() && !s.has_conj(k)
            });
            if let Some(k) = named.into_iter().find(|&k| s.person_at(k)) {
                return self.mention_cand(k);
            }
        }
        Cand {
            start: j,
            end,
            mention: None,
        }
    }

    /// The word after a hedge on a count that starts at `j` («ما لا يقل عن», «على الأقل»).
    fn hedge_end(&self, j: usize) -> Option<usize> {
        let words = &self.s.words;
        HEDGES.iter().find_map(|hedge| {
            let end = j + hedge.len();
            let matches = end <= words.len()
                && hedge
                    .iter()
                    .enumerate()
                    .all(|(i, alternatives)| alternatives.contains(&words[j + i].bare.as_str()));
            matches.then_some(end)
        })
    }

    /// Whether the word after a verbal noun is an adjective of it rather than its genitive: a
    /// nisba («جوية», «انتحاري») or an event adjective («عنيف») agreeing with the noun in
    /// definiteness («غارة جوية», «الهجوم الانتحاري», «قصف عنيف»), where a genitive after a
    /// construct noun is definite («اغتيال الصحافي»).
    fn adjective_after(&self, m: &Match) -> bool {
        let s = self.s;
        let Some(w) = s.words.get(m.end) else {
            return false;
        };
        if w.mention.is_some() {
            return false;
        }
        let def = is_definite;
        let noun_def = m.clitics.def || def(&s.words[m.end - 1].key);
        (is_nisba(&w.key) || s.cue(m.end, self.g().event_adjective)) && def(&w.key) == noun_def
    }

    /// Coordinated partners of a mention: «القاهرة وأبو ظبي», «المشري، ورئيس الحكومة السراج».
    fn coordinated(&self, first: Cand) -> Vec<Cand> {
        let s = self.s;
        let mut out = vec![first.clone()];
        if first.mention.is_none() {
            // Without mentions: «المشري والسراج» — a following noun phrase opened by و.
            let mut cur = first;
            while cur.end < s.len() && out.len() < 4 {
                let k = cur.end;
                let w = &s.words[k];
                // «قتل 15 شخصا وأصيب 20»: a word of harm after «و» is another clause.
                if !s.has_conj(k)
                    || w.before.strong
                    || w.before.comma
                    || self.trigger_words[k]
                    || !self.nominal(k)
                    || s.cue(k, self.g().harm)
                    // «دوريات أمنية وعسكرية»: a coordinated adjective, not another party.
                    || (w.mention.is_none() && is_nisba(w.bare.as_str()))
                {
                    break;
                }
                let next = self.np_from(k, s.strong_end(k));
                if self.coordinated_adjective(&cur, &next) {
                    break;
                }
                out.push(next.clone());
                cur = next;
            }
            return out;
        }
        // Backwards, for SVO lists: «القاهرة وأبو ظبي طالبا», «المشري، ورئيس الحكومة السراج».
        let mut cur = first.clone();
        // The conjunction is on the mention's first word or on a title up to three words before
        // it.
        while let Some(conj) = (cur.start.saturating_sub(3)..=cur.start)
            .rev()
            .find(|&k| s.has_conj(k) && !self.trigger_words[k] && !self.is_verb_at(k))
        {
            let titles_ok = (conj + 1..=cur.start).all(|k| {
                !s.words[k].before.strong
                    && !s.words[k].before.comma
                    && !self.trigger_words[k]
                    && (k == cur.start || self.nominal(k))
            });
            if !titles_ok || conj == 0 {
                break;
            }
            let Some(prev) = (conj.saturating_sub(3)..conj)
                .rev()
                .find(|&k| s.words[k].mention.is_some() && s.words[k].mention != cur.mention)
            else {
                break;
            };
            if (prev + 1..=conj)
                .any(|k| s.words[k].before.strong || self.is_verb_at(k) || s.is_prep_word(k))
            {
                break;
            }
            let c = self.mention_cand(prev);
            out.insert(0, c.clone());
            cur = c;
        }
        // Forwards.
        let mut cur = first;
        loop {
            let k = cur.end;
            if k >= s.len() || s.words[k].before.strong {
                break;
            }
            // «…، وفي النهاية نفد صبر القائد»: «و» with a preposition opens an adjunct; «،
            // واتهم» with a verb another clause.
            if !s.has_conj(k) || s.is_prep_word(k) || self.is_verb_at(k) || self.trigger_words[k] {
                break;
            }
            let next = (k..(k + 5).min(s.len()))
                .take_while(|&q| {
                    q == k
                        || (!s.words[q].before.strong && !s.is_prep_word(q) && !self.is_verb_at(q))
                })
                .find(|&q| s.words[q].mention.is_some() && s.words[q].mention != cur.mention);
            let Some(q) = next else {
                break;
            };
            if s.prep_of(q).is_some_and(|p| p != "و") && s.words[q].mention.is_some() && q != k {
                break;
            }
            let c = self.mention_cand(q);
            out.push(c.clone());
            cur = c;
        }
        out
    }

    /// VSO subject after the verb at `h`, skipping adverbials and the words of the trigger.
    fn subject_after(&self, h: usize, skip: &[usize]) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let limit = s.strong_end(h);
        let only_adverbials = true;
        let mut j = h + 1;
        // The count after a hedge stands bare, whatever the hedge's last word.
        let mut count_at = None;
        while j < limit {
            if let Some(end) = self.hedge_end(j) {
                j = end;
                count_at = Some(end);
                continue;
            }
            let bare = |k: usize| s.prep_of(k).is_none() || count_at == Some(k);
            let w = &s.words[j];
            if j > h + 1 && w.before.comma && !only_adverbials {
                break;
            }
            // A preposition with its pronoun («التقى فيها», «قال عنه») is a whole adjunct.
            let prep_with_pronoun = s.prep_with_pronoun(j);
            // «تلقى الاتصالات الهاتفية»: an adjective agreeing with a noun of the trigger.
            let trigger_adjective = j > h + 1
                && skip.contains(&(j - 1))
                && w.mention.is_none()
                && is_nisba(&w.key)
                && is_definite(&w.key) == is_definite(&s.words[j - 1].key);
            // «أطلقت سراح القس»: past a noun of the trigger's phrase comes its genitive, unless
            // a country adjective on that noun names the agent («فرضت عقوبات أمريكية»).
            if skip.contains(&j) && j > h && self.nominal(j) {
                let next = j + 1;
                let country = next < limit
                    && !skip.contains(&next)
                    && s.words[next].mention.is_some()
                    && is_nisba(&s.words[next].key)
                    && !s.words[next].before.comma;
                return country.then(|| self.mention_cand(next));
            }
            if skip.contains(&j) || s.fw(j, g.time) || prep_with_pronoun || trigger_adjective {
                j += 1;
                continue;
            }
            // «…، وهذا يعكس»: a word opening with «و» after the verb starts another clause.
            if s.has_conj(j) {
                break;
            }
            if w.mention.is_some() && bare(j) {
                return Some(self.mention_cand(j));
            }

            if self.nominal(j) && bare(j) && !s.fw(j, g.pronoun) && !self.trigger_words[j] {
                return Some(self.np_from(j, limit));
            }
            break;
        }
        None
    }

    /// Whether word `k` is a quantity word carrying a preposition («لعدد», «بأكثر»).
    fn quantity_after_preposition(&self, k: usize) -> bool {
        self.s.words[k]
            .anals
            .iter()
            .any(|a| a.clitics.prep.is_some() && self.lex.in_set(self.g().quantity, &a.stem))
    }

    /// Whether the noun phrase ending at word `k` stands in an adjunct: after a preposition
    /// or a time word («ومنذ قرار البرلمان التركي، تندد مصر»), so it is no subject. A
    /// partitive «من» and a possessive «لـ» («الجناح العسكري لحركة حماس») stay in the phrase.
    fn in_adjunct(&self, k: usize) -> bool {
        let s = self.s;
        let g = self.g();
        // «بمقتل حفتر»: a bare ب the trigger reading took as a preposition.
        let trigger_b = |j: usize| {
            self.trigger_words[j] && s.words[j].anals.iter().any(|a| a.clitics.prep == Some('ب'))
        };
        let mut start = k;
        while start > 0
            && k - start < 4
            && !s.words[start].before.strong
            && !s.words[start].before.comma
            && s.prep_of(start).is_none()
            && !trigger_b(start)
            && self.nominal(start - 1)
        {
            start -= 1;
        }
        // «مهاجما انتحاريا من حركة طالبان، فجر»: a partitive «من» keeps the phrase in the
        // subject.
        trigger_b(start)
            || s.prep_of(start).is_some_and(|p| p != "من" && p != "ل")
            || (start > 0
                && !s.words[start].before.strong
                && (s.fw(start - 1, g.temporal_prep) || s.fw(start - 1, g.time)))
    }

    /// The first word of the adjunct of place that names a place at word `k`, where the search
    /// for a subject before a verb goes on: «وفي جلولاء التابعة لمحافظة ديالى قتل» and
    /// «أطلقت صواريخ من فوق مدينة حمص استهدفت» say where; the subject, if any, is before
    /// them. The place must be what the adjunct locates, named right after its preposition or
    /// after a place noun: in «بعد إعلان المغرب قطع علاقاته» Morocco is the agent, in «في
    /// قصف إسرائيلي استهدف» the adjective names who shelled, and in «على إيران وقف دعم» Iran
    /// is who must stop.
    fn place_adjunct_start(&self, k: usize) -> Option<usize> {
        let s = self.s;
        let g = self.g();
        let place = s.words[k]
            .mention
            .and_then(|mi| s.mentions.get(mi))
            .is_some_and(|m| m.kind.is_place());
        let first = self.mention_cand(k).start;
        let locative = |p: &str| p != "من" && p != "ل";
        let right_after_preposition = s.prep_of(first).is_some_and(|p| locative(&p) && p != "علي");
        let after_place_noun = first > 0 && s.cue(first - 1, g.place_noun);
        if !place || !(right_after_preposition || after_place_noun) {
            return None;
        }
        // The phrase goes on through place nouns and a genitive «لـ» («التابعة لمحافظة»).
        let mut start = first;
        while start > 0
            && first - start < 6
            && !s.words[start].before.strong
            && !s.words[start].before.comma
            && (s.prep_of(start).is_none() || s.prep_of(start).as_deref() == Some("ل"))
            && self.nominal(start - 1)
        {
            start -= 1;
        }
        // A bare compass point opens an adverb of place («، شرق مدينة غزة،»).
        let opens = s.prep_of(start).is_some_and(|p| locative(&p))
            || COMPASS.contains(&s.words[start].key.as_str())
            || s.fw(start, g.direction);
        opens.then(|| self.with_detached_preposition(start))
    }

    /// The first word of the phrase starting at `j`, its preposition included when it is a
    /// word of its own («في مدينة» starts at «في»).
    fn with_detached_preposition(&self, j: usize) -> usize {
        if j > 0 && self.s.is_prep_word(j - 1) && self.s.prep_of(j).is_some() {
            j - 1
        } else {
            j
        }
    }

    /// Whether a noun stands right before the verb at `h` in its clause (particles skipped):
    /// then the clause is SVO («أن حفتر أجرى»).
    fn noun_before(&self, h: usize) -> bool {
        let s = self.s;
        let g = self.g();
        let cs = s.clause_start(h);
        let mut k = h;
        while k > cs {
            // A comma after a named actor, right before the verb or its particles («حفتر، قد
            // قصف»), closes an apposition, not the subject.
            if s.words[k].before.strong
                || (s.words[k].before.comma
                    && !((k..h).all(|q| self.particle(q))
                        && s.words[k - 1].mention.is_some()
                        && !self.in_adjunct(k - 1)))
            {
                return false;
            }
            k -= 1;
            if self.particle(k) {
                continue;
            }
            let opener = k == cs && (s.fw(k, g.clause) || s.is_complementizer(k));
            return !opener && self.nominal(k) && s.prep_of(k).is_none() && !self.trigger_words[k];
        }
        false
    }

    /// SVO subject before the verb at `h`, inside its clause; or the antecedent of a relative
    /// pronoun opening the clause.
    fn subject_before(&self, h: usize, plural: bool) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let cs = s.clause_start(h);
        let opener = s.fw(cs, g.clause) || s.is_complementizer(cs);
        let lo = if opener { cs + 1 } else { cs };
        let mut k = h;
        // Whether the search has gone past an adjunct of place, which may follow another
        // («قوات الشرطة في مدينة أورلاندو بولاية فلوريدا اعتقلت»).
        let mut past_place = false;
        while k > lo {
            // A comma ends the search, except right before a dual or plural verb whose subject
            // is a long list closed by a comma («المشري، ورئيس الحكومة السراج، رفضا»), after
            // a named actor, or in a clause that opens with «أن» and its subject («أن حفتر
            // والوفد المرافق له، طالب»).
            if s.words[k].before.comma {
                let named = s.words[k - 1].mention.is_some() && !self.in_adjunct(k - 1);
                // «بي نظير بوتو، قد قتلت»: the particles before the verb belong to it.
                let at_verb = (k..h).all(|q| self.particle(q));
                if at_verb && !(plural || named) && opener {
                    let first = &s.words[lo];
                    if first.mention.is_some() && s.prep_of(lo).is_none() {
                        return Some(self.mention_cand(lo));
                    }
                }
                // «وفقا لما ذكره المرصد السوري، ليقتلوا»: the source of a report is no subject.
                let reporter = (s.strong_start(k)..k)
                    .rev()
                    .take_while(|&q| q + 1 == k || !s.words[q + 1].before.comma)
                    .any(|q| s.fw(q, g.report_prep));
                if !(at_verb && (plural || named)) || reporter {
                    break;
                }
            }
            k -= 1;
            // «19 شخصا على الأقل قتلوا»: a hedge after the count.
            if k > lo && self.hedge_end(k - 1) == Some(k + 1) {
                k -= 1;
                continue;
            }
            if self.particle(k) || s.fw(k, g.time) {
                continue;
            }
            if s.words[k].mention.is_some() && s.prep_of(k).is_none() {
                if let Some(adjunct) = self.place_adjunct_start(k) {
                    k = adjunct;
                    past_place = true;
                    continue;
                }
                return Some(self.mention_cand(k));
            }
            if self.nominal(k) && (s.prep_of(k).is_none() || self.count_before_min(k).is_some()) {
                // The noun phrase ends at k; it starts after the last boundary word before it,
                // and a subject keeps its last five words.
                let mut first = k;
                while first > lo
                    && first + 8 > k
                    && self.nominal(first - 1)
                    && !s.words[first].before.comma
                    && s.prep_of(first).is_none()
                {
                    first -= 1;
                }
                let start = first.max(k.saturating_sub(4));
                // «العشرات من مستوطني براخة هاجموا»: the count opens the phrase.
                let start = self.count_before_min(start).unwrap_or(start);
                if let Some(inner) = (start..=k).find(|&q| s.words[q].mention.is_some()) {
                    if let Some(adjunct) = self.place_adjunct_start(inner) {
                        k = adjunct;
                        past_place = true;
                        continue;
                    }
                    return Some(self.mention_cand(inner));
                }
                // «خلال شهر واحد اغتيل»: a phrase inside a prepositional phrase is no subject.
                // A demonstrative opens its phrase, which may be longer than the words kept:
                // «عبر تلك الخطوة زيادة التعاون الأمني وتسهيل تبادل» is a prepositional phrase.
                let demonstrative = |q: usize| {
                    let bare = s.words[q].bare.as_str();
                    let unprefixed = bare.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(bare);
                    DEMONSTRATIVES.contains(&bare) || DEMONSTRATIVES.contains(&unprefixed)
                };
                let in_demonstrative_phrase = (first..=start)
                    .rev()
                    .find(|&q| demonstrative(q))
                    .is_some_and(|q| {
                        s.prep_of(q).is_some()
                            || !DEMONSTRATIVES.contains(&s.words[q].bare.as_str())
                    });
                if past_place && s.prep_of(first).is_some() && s.cue(first, g.place_noun) {
                    k = self.with_detached_preposition(first);
                    continue;
                }
                if s.prep_of(start).is_some() || in_demonstrative_phrase {
                    break;
                }
                // «انتحاريا يقود شاحنة مفخخة فجر نفسه»: a feminine phrase before a masculine
                // verb is not its subject but the object of the verb before it, whose subject
                // is this verb's too. With agreement the phrase is the subject («حزبا يؤيد»,
                // «مركبة قتلت»).
                let phrase = s
                    .text
                    .get(s.words[start].span.start as usize..s.words[k].span.end as usize)
                    .unwrap_or("");
                let disagrees =
                    self.verb_feminine(h).is_some_and(|(_, fem)| !fem) && feminine(phrase);
                let relative_verb = first
                    .checked_sub(1)
                    .filter(|&v| disagrees && v > lo && !s.words[first].before.comma)
                    .filter(|&v| {
                        self.pseudo
                            .iter()
                            .any(|p| p.head == v && p.kind == FormKind::Imperfect)
                    });
                if let Some(v) = relative_verb {
                    let antecedent = v - 1;
                    if !s.words[v].before.comma
                        && s.prep_of(antecedent).is_none()
                        && (s.words[antecedent].mention.is_some() || self.nominal(antecedent))
                    {
                        k = v;
                        continue;
                    }
                }
                // Before an adjunct of place, a phrase with no definite noun is mostly the
                // end of a relative clause or of an object («التي تسيطر على بلدة حرستا
                // اتفقوا», «هدم مسجد في مدينة غربي البلاد»), not a subject.
                if past_place && !(start..=k).any(|q| is_definite(&s.words[q].key)) {
                    break;
                }
                return Some(Cand {
                    start,
                    end: k + 1,
                    mention: None,
                });
            }
            break;
        }
        // «الوفد الذي زار …»: the antecedent of the relative pronoun.
        if opener && cs > 0 && RELATIVES.contains(&s.words[cs].bare.as_str()) && k <= lo {
            // «بأن قبائل عربية منفلتة، هي التي ارتكبت»: in a cleft the antecedent stands
            // before the pronoun.
            // In «بل نحن الذين» the pronoun itself is the antecedent.
            let cleft = cs > 1
                && s.fw(cs - 1, g.pronoun)
                && !s.words[cs].before.comma
                && (s.words[cs - 2].mention.is_some() || self.nominal(cs - 2))
                && !self.particle(cs - 2);
            let a = if cleft { cs - 2 } else { cs - 1 };
            if s.words[a].mention.is_some() {
                return Some(self.mention_cand(a));
            }
            if self.nominal(a) {
                // «الجماعات المسلحة التي …»: with the noun its adjectives follow (two at most).
                // A cleft's phrase may be indefinite and its adjectives of any kind: it
                // runs back to the complementizer or the verb before it.
                let mut start = a;
                while cleft
                    && start > 0
                    && a - start < 3
                    && !s.words[start].before.comma
                    && !s.words[start].before.strong
                    && s.prep_of(start).is_none()
                    && !s.is_complementizer(start - 1)
                    && !self.trigger_words[start - 1]
                    && self.nominal(start - 1)
                {
                    start -= 1;
                }
                if let Some(named) = (start..=a).find(|&q| s.words[q].mention.is_some()) {
                    return Some(self.mention_cand(named));
                }
                while start > 0
                    && a - start < 2
                    && (is_nisba(&s.words[start].key) || s.fw(start, g.post_adjective))
                    && is_definite(&s.words[start].key) == is_definite(&s.words[start - 1].key)
                    && !s.words[start].before.comma
                    && !s.words[start].before.strong
                    && s.prep_of(start).is_none()
                    && !s.has_conj(start)
                    && !self.trigger_words[start - 1]
                    && self.nominal(start - 1)
                {
                    start -= 1;
                    if s.words[start].mention.is_some() {
                        return Some(self.mention_cand(start));
                    }
                }
                return Some(Cand {
                    start,
                    end: a + 1,
                    mention: None,
                });
            }
        }
        // «كان على الجنرال حفتر أن ينسحب», «يتعين على الحكومة أن تنسحب»: the one it falls on
        // is the subject of the «أن» clause.
        if opener && cs > 0 && k <= lo && s.is_complementizer(cs) {
            let before = cs - 1;
            if s.words[before].mention.is_some() && !s.words[cs].before.comma {
                let c = self.mention_cand(before);
                // «على» may be followed by a title outside the mention («على الجنرال خليفه»);
                // words are compared on their keys, where «على» is «علي».
                let on = (c.start.saturating_sub(2)..=c.start)
                    .find(|&t| s.prep_of(t).as_deref() == Some("علي"))
                    .is_some_and(|t| {
                        (t..c.start).all(|q| s.words[q].mention.is_none() && self.nominal(q))
                    });
                if on {
                    return Some(c);
                }
            }
        }
        None
    }

    /// Subject of the verb at `h`: before it first when the verb agrees in the dual or plural
    /// (Arabic verbs before their subject stay singular), after it first otherwise.
    fn subject(&self, h: usize, plural: bool, skip: &[usize]) -> Option<Cand> {
        // A verb before its subject does not agree in number («التقى المسؤولون»): a plural
        // verb's subject is before it or dropped, and a phrase after it is its object
        // («التقوا فيها مسؤولين»).
        // «إلا أنها تدعم جماعات»: the pronoun on «أن» is the subject; what follows is the
        // object.
        let pronoun_subject = self.pronoun_clause(h).is_some();
        // A year or a date before the verb is no subject («1970 خطفت الجبهة الشعبية»).
        let actor = |c: &Cand| !self.only_numbers_or_time(c);
        // «بينما هي تدعم الإرهاب»: a pronoun before the verb is its subject, whose referent is
        // not known here; the phrase after the verb is then the object.
        let pronoun = |c: &Cand| c.end == c.start + 1 && self.s.fw(c.start, self.g().pronoun);
        if self.subject_before(h, plural).is_some_and(|c| pronoun(&c)) {
            return None;
        }
        // «وأحرقوا المنازل، وقتلوا»: before a plural perfect carrying «و», a phrase right after
        // another verb is that verb's object (or subject): this verb's subject is dropped.
        let after_verb = |c: &Cand| {
            plural
                && self.s.has_conj(h)
                && self.perfect_at(h)
                && c.start > 0
                && (self.any_verb_at(c.start - 1) || self.plural_perfect_shape(c.start - 1))
        };
        // «وكانت مجموعة من حوالي ثلاثين طالبا من المسجد الاحمر قد اقتحمت ليلا عيادة»: the
        // subject of «كان … قد» stands between the two, however long it is.
        // A named actor the search back finds inside that stretch is better than an unnamed
        // phrase («وكان السفير لدى موسكو لافروف قد اتهم»: the name past the adjunct), and a
        // person than the country of a title («وكان الزعيم الليبي السابق معمر القذافي قد»).
        if let Some((c, region)) = self.subject_of_kana(h).filter(|(c, _)| actor(c)) {
            let person = |c: &Cand| {
                c.mention
                    .and_then(|i| self.s.mentions.get(i))
                    .is_some_and(|mm| mm.kind == ActorKind::Person)
            };
            let named = self
                .subject_before(h, plural)
                .filter(|b| b.start >= region && b.mention.is_some() && actor(b));
            return Some(match named {
                Some(b) if c.mention.is_none() || (person(&b) && !person(&c)) => b,
                _ => c,
            });
        }
        let before = || {
            self.subject_before(h, plural)
                .filter(|c| actor(c) && !after_verb(c))
        };
        let after = || {
            self.subject_after(h, skip)
                .filter(|c| actor(c) && !self.men_after_feminine_verb(h, c, skip))
        };
        // «وأن أنقرة تناوئ نظام السيسي، وترفض الاعتراف به»: a verb carrying «و» after a
        // comma continues a clause that opened with its named subject; the name before the
        // comma is that clause's object.
        let continued = (self.s.has_conj(h) && self.s.words[h].before.comma)
            .then(|| self.previous_clause_subject(h))
            .flatten();
        // «تدعم استقرار لبنان وتدعم الحكومة»: a verb with «و» after another verb of its
        // clause shares that verb's subject; the phrases around it are objects.
        // Coordinated with a verb of the other gender, the verb opens a clause of its own,
        // subject first: the noun before it is the other verb's object.
        let coordinated = self.coordinated_verb_before(h);
        let own_clause = coordinated.is_some_and(|v| self.disagree(v, h));
        let shares = coordinated.is_some() && !own_clause;
        // «واقتحم المسلحون القرية وأحرقوا المنازل»: the phrase before a plural verb coordinated
        // with a verb of its clause is that verb's subject or object, so not this one's.
        if plural && shares && !pronoun_subject {
            None
        } else if plural || pronoun_subject {
            before()
        } else if let Some(shared) = continued {
            Some(shared)
        } else if shares {
            None
        } else if own_clause {
            after()
        } else if self.noun_before(h) {
            before().or_else(after)
        } else {
            after().or_else(before)
        }
    }

    /// The phrase between «كان» and «قد» when the verb at `h` follows «قد» («وكان الجيش قد
    /// أعلن»), with where that stretch starts.
    fn subject_of_kana(&self, h: usize) -> Option<(Cand, usize)> {
        let s = self.s;
        let qad = h.checked_sub(1)?;
        if s.words[qad].bare != "قد" || s.words[h].before.strong || s.words[qad].before.strong {
            return None;
        }
        let kana = (qad.saturating_sub(14)..qad.saturating_sub(1))
            .rev()
            .take_while(|&k| !s.words[k + 1].before.strong)
            .find(|&k| {
                let bare = s.words[k].bare.as_str();
                let bare = bare.strip_prefix(['و', 'ف']).unwrap_or(bare);
                matches!(bare, "كان" | "كانت" | "كانوا" | "كانا" | "كانتا")
            })?;
        let start = kana + 1;
        if s.words[start].before.comma || s.prep_of(start).is_some() || !self.nominal(start) {
            return None;
        }
        // «وكانت الحكومة الروسية قالت سابقا إن … قد قتلوا»: «قد» belongs to another clause.
        if (start..qad).any(|k| self.any_verb_at(k) || s.is_complementizer(k)) {
            return None;
        }
        let phrase = self.np_from(start, qad);
        // «وكان وزير الاتصال، أحمد أرسلان، قد دافع»: the name in apposition.
        let apposed = (phrase.end..qad)
            .find(|&k| s.words[k].before.comma && s.prep_of(k).is_none())
            .filter(|&k| s.words[k].mention.is_some());
        let subject = match apposed {
            Some(k) if phrase.mention.is_none() => self.mention_cand(k),
            _ => phrase,
        };
        Some((subject, start))
    }

    /// The verb of its clause that the verb at `h`, carrying «و», is coordinated with («تدعم
    /// استقرار لبنان وتدعم الحكومة»): the two share their subject unless they disagree in
    /// gender («دعمت الولايات المتحدة إسرائيل ودعم الاتحاد السوفيتي مصر»).
    fn coordinated_verb_before(&self, h: usize) -> Option<usize> {
        let words = &self.s.words;
        if !self.s.has_conj(h) || words[h].before.comma {
            return None;
        }
        let mut k = h;
        while k > 0
            && h - k < 8
            && !words[k].before.comma
            && !words[k].before.strong
            && !self.any_verb_at(k - 1)
        {
            k -= 1;
        }
        (k > 0 && h - k < 8 && self.any_verb_at(k - 1)).then(|| k - 1)
    }

    /// «واعتقلت ستة من المتظاهرين»: a feminine perfect before its subject never has men counted
    /// in a sound masculine plural («المتظاهرين», «الفلسطينيين») as that subject; the phrase is
    /// its object. The phrase must open right after the verb: in «وطالبت نقابة الصحافيين
    /// الفلسطينيين» the men are the genitive of a feminine head.
    fn men_after_feminine_verb(&self, h: usize, c: &Cand, skip: &[usize]) -> bool {
        let s = self.s;
        let g = self.g();
        // Perfects only: an imperfect's ت also opens perfects of forms V and VI («تقدم
        // المتظاهرون»).
        if self.verb_feminine(h) != Some((FormKind::Perfect, true))
            || !(h + 1..c.start).all(|j| skip.contains(&j) || s.fw(j, g.time))
        {
            return false;
        }
        let mut k = c.start;
        // Past the count: «ستة من», «5», «عدد من».
        while k + 1 < s.len()
            && k < c.start + 3
            && (s.fw(k, g.quantity) || s.is_number(k) || s.words[k].bare == "من")
        {
            if s.fw(k, g.feminine_count) {
                return false;
            }
            k += 1;
        }
        let w = &s.words[k];
        let people = s.cue(k, g.people_obj) || s.cue(k, g.protesters) || s.cue(k, g.crowd);
        let nisba_people = w.mention.is_some() && is_nisba(&w.key);
        is_sound_plural(&w.bare) && (people || nisba_people)
    }

    /// Whether the verbs at `a` and `b` differ in gender, so their subjects differ. A bare
    /// masculine perfect at `b` is left out: it is as often a passive or a verbal noun
    /// coordinated with another («رجحت واشنطن توجيه ضربات وقصف الأهداف»).
    fn disagree(&self, a: usize, b: usize) -> bool {
        let later = self.verb_feminine(b);
        let masculine_perfect = later == Some((FormKind::Perfect, false));
        match (self.verb_feminine(a), later) {
            (Some((_, x)), Some((_, y))) => x != y && !masculine_perfect,
            _ => false,
        }
    }

    /// Whether the clause of word `k` opens with a subordinating word («بينما», «فيما», «حتى»,
    /// «إلى أن»; not a relative pronoun) and only particles stand between it and `k`.
    fn subordinate_opening(&self, k: usize) -> bool {
        let s = self.s;
        let g = self.g();
        let cs = s.clause_start(k);
        // «لكنه بالنهاية وافق», «لكنهم اليوم خرقوها»: adverbs of time and manner stand outside
        // the clause's parties; «لكن الأخير وافق» (the latter) is a subject.
        let adverb = |q: usize| {
            (s.fw(q, g.time) && !matches!(s.words[q].bare.as_str(), "الاخير" | "الاخيره"))
                || s.fw(q, g.manner)
        };
        let particle = |q: usize| self.particle(q) || s.is_complementizer(q) || adverb(q);
        let opener = s.fw(cs, g.clause) && !RELATIVES.contains(&s.words[cs].bare.as_str())
            || (s.is_complementizer(cs) && cs > 0 && s.words[cs - 1].bare == "الي");
        cs < k && opener && (cs + 1..k).all(particle)
    }

    /// Whether the trigger is violence: assault, fighting, mass violence (CAMEO 18–20).
    fn violent(&self, m: &Match) -> bool {
        let code = self.lex.entries[m.entry as usize].role.code();
        code.is_some_and(|c| ["18", "19", "20"].iter().any(|r| c.starts_with(r)))
    }

    /// «زيارة لوفد موال لحفتر إلى سوريا، التقوا فيها مسؤولين», «بزيارة إلى الصين التقى خلالها»:
    /// a verb with no subject followed by a pronoun adjunct («فيها», «خلالها») is a relative
    /// clause on the event noun just before; the event's agents are its subject. Violence
    /// inside an event is its agents' only when the event is violence too: «شن التنظيم هجوما
    /// خطف خلاله» but not «احتجاجات قتل فيها ثلاثة».
    fn agents_of_resumed_event(&self, m: &Match) -> Option<Vec<Cand>> {
        let s = self.s;
        let agents = self.last_noun_sources.as_ref()?;
        let resumptive = s.prep_with_pronoun(m.end)
            && ["في", "خلال"]
                .iter()
                .any(|p| s.words[m.end].key.starts_with(p) || s.words[m.end].bare.starts_with(p));
        let relative = !m.clitics.conj && (self.last_noun_violent || !self.violent(m));
        let near = self.last_noun_end <= m.start && m.start - self.last_noun_end <= 16;
        (resumptive && relative && near).then(|| agents.clone())
    }

    /// The named subject opening the clause before the comma at `h` («وأن أنقرة تناوئ …،
    /// وترفض»), past clause openers and particles, or following the verb that opens it.
    fn previous_clause_subject(&self, h: usize) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        if h == 0 {
            return None;
        }
        let mut k = s.clause_start(h - 1);
        while k < h && (s.fw(k, g.clause) || s.is_complementizer(k) || self.particle(k)) {
            k += 1;
        }
        if k < h && s.words[k].mention.is_some() && s.prep_of(k).is_none() {
            return Some(self.mention_cand(k));
        }
        // «نفى نتنياهو ارتكاب أي تجاوزات، واتهم»: a clause led by its verb, the named
        // subject right after it, when the two verbs agree in gender and no name follows
        // this verb («واتهمت إسرائيل عباس …، ونددت الولايات المتحدة»).
        let named_after = s
            .words
            .get(h + 1)
            .is_some_and(|w| w.mention.is_some() && s.prep_of(h + 1).is_none());
        let agree = self
            .verb_feminine(k)
            .zip(self.verb_feminine(h))
            .is_some_and(|((_, a), (_, b))| a == b);
        let named = k + 1 < h
            && !named_after
            && self.any_verb_at(k)
            && agree
            && s.words[k + 1].mention.is_some()
            && !s.words[k + 1].before.comma
            && s.prep_of(k + 1).is_none();
        named.then(|| self.mention_cand(k + 1))
    }

    /// The agent of a passive («من قبل X», «على يد X», «على أيدي X», «من جانب X», «من طرف
    /// X»), and whether its marker is unambiguous (`true` for «على يد»).
    fn passive_agent(&self, m: &Match) -> Option<(Cand, bool)> {
        let found = self.agent_marker_after(m)?;
        // «احتجاجات من قبل مدافعين عن حقوق الإنسان» are theirs; but in «للاحتجاج على مقتل
        // مدنيين على يد قوات التحالف» the agent is the killing's, and what the protest is
        // against (`protested_agent`).
        (!self.is_protest(m) || !self.event_between(m.end, found.0.start)).then_some(found)
    }

    /// «احتجاجا على مقتل شاب على يد شرطي»: the agent of the act a protest is against.
    fn protested_agent(&self, m: &Match) -> Option<Cand> {
        let (c, _) = self.agent_marker_after(m)?;
        (self.is_protest(m) && self.event_between(m.end, c.start)).then_some(c)
    }

    fn is_protest(&self, m: &Match) -> bool {
        let code = self.lex.entries[m.entry as usize].role.code();
        code.is_some_and(|c| c.starts_with("14"))
    }

    /// Whether another trigger's word stands in `from..to`.
    fn event_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| self.trigger_words[k])
    }

    /// The phrase after an agent marker («على يد X», «من قبل X») in the trigger's stretch,
    /// and whether the marker is unambiguous.
    fn agent_marker_after(&self, m: &Match) -> Option<(Cand, bool)> {
        let s = self.s;
        let end = s.strong_end(m.head).min(m.end + 12);
        for j in m.end..end.saturating_sub(1) {
            // «قتلت في عفرين، التي تتعرض للقصف من قبل القوات التركية»: the agent of another
            // clause.
            if j > m.end && (s.words[j].before.comma || s.fw(j, self.g().clause)) {
                break;
            }
            let a = &s.words[j].bare;
            let b = &s.words[j + 1].bare;
            let by_hand = a == "علي" && (b == "يد" || b == "ايدي");
            // «من طرف» is the Maghrebi «من جانب»; «من طرف واحد» is «unilaterally».
            let unilateral = b == "طرف"
                && s.words
                    .get(j + 2)
                    .is_some_and(|w| matches!(w.key.as_str(), "واحد" | "واحده"));
            let marker = by_hand
                || (a == "من" && matches!(b.as_str(), "قبل" | "جانب" | "طرف") && !unilateral);
            // «احتجزوا من قبل بسبب صلاتهم»: «من قبل» is «before» when no noun follows.
            if marker
                && j + 2 < s.len()
                && !s.words[j + 2].before.strong
                && (s.words[j + 2].mention.is_some() || self.nominal(j + 2))
                && !s.fw(j + 2, self.g().clause)
            {
                return Some((self.np_from(j + 2, end.max(j + 3)), by_hand));
            }
        }
        None
    }

    /// The first argument after `from` introduced by one of `preps` (or by nothing, when
    /// `obj`), a resolved mention preferred over a bare noun phrase.
    fn target_after(&self, from: usize, m: &Match, obj: bool, preps: &[String]) -> Option<Cand> {
        let s = self.s;
        let limit = s.strong_end(m.head).min(from + 10);
        // The count after a hedge stands bare, whatever the hedge's last word.
        let mut count_at = None;
        // «رفضهم لترشيح ميقاتي»: a verbal noun whose agent is its pronoun takes its patient
        // with «لـ», so a bare initial ل right after it is that preposition.
        let lam_after_suffix = |j: usize| {
            j == m.end && m.kind == FormKind::Noun && m.clitics.suffix && self.may_be_lam(j)
        };
        let ok = |j: usize, count_at: Option<usize>| match s.prep_of(j) {
            _ if count_at == Some(j) => obj,
            None if lam_after_suffix(j) => preps.iter().any(|p| p == "ل"),
            None => obj,
            Some(p) => preps.contains(&p),
        };
        let mut np: Option<Cand> = None;
        // «يقتل شرطية … في مونروج جنوب باريس»: past the object, a name inside a
        // prepositional adjunct is not the target.
        let mut adjunct_after_object = false;
        // The word after the comma or bracket that closes a date or time adjunct.
        let mut closed_adjunct_at = None;
        let mut j = from;
        while j < limit {
            if let Some(end) = self.hedge_end(j) {
                j = end;
                count_at = Some(end);
                continue;
            }
            let ok = |j: usize| ok(j, count_at);
            let other_trigger = self.trigger_words[j] && !m.elems.contains(&j);
            // «الاعتراض على الوساطة التركية», «ندد بالهجوم التركي»: a reaction to another
            // event is aimed at that event's agent, named right after its noun or in a
            // relative clause on it («أدان الهجوم الذي شنه الجيش»).
            if other_trigger
                && np.is_none()
                && ok(j)
                && let Some(agent) = self
                    .agent_after_noun(j, limit)
                    .or_else(|| self.relative_agent(j))
            {
                return Some(agent);
            }
            // «وندد المعارضون الذين حشدوا …»: a relative or clause word ends the search, also
            // right at its start.
            // «بهذه الخطوة واصفتين إياها بالإيجابية»: a word before a detached object pronoun
            // is a verb or participle of its own; its complements are not this trigger's.
            let detached_object = |k: usize| {
                s.words.get(k + 1).is_some_and(|w| {
                    [
                        "اياه",
                        "اياها",
                        "اياهم",
                        "اياهما",
                        "اياهن",
                        "اياي",
                        "ايانا",
                        "اياكم",
                    ]
                    .contains(&w.key.as_str())
                })
            };
            if other_trigger
                || s.fw(j, self.g().clause)
                || (j > from
                    && (s.is_complementizer(j) || self.is_verb_at(j) || detached_object(j)))
            {
                break;
            }
            if m.elems.contains(&j) {
                j += 1;
                continue;
            }
            // Dates and times say when. Set off by commas or brackets before the object, they
            // break no phrase («التقى حفتر، أمس، السراج», «في 19 أكتوبر (تشرين الأول) السراج»).
            let when = self
                .date_end(j, limit)
                .or_else(|| np.is_none().then(|| self.time_end(j, limit)).flatten());
            if let Some(end) = when {
                let bracketed = (j..end).any(|k| s.words[k].before.comma);
                if np.is_none() && bracketed && end < limit && s.words[end].before.comma {
                    closed_adjunct_at = Some(end);
                }
                j = end;
                continue;
            }
            // «قتل وأصيب 55 عنصرا»: a word with «و» right after the trigger is a verb sharing
            // its object; no object starts with «و».
            if j == m.end
                && s.has_conj(j)
                && s.words[j].mention.is_none()
                && s.prep_of(j).is_none()
                && !is_definite(&s.words[j].key)
                && !s.is_number(j)
                && !s.words[j].before.comma
            {
                j += 1;
                continue;
            }
            // A comma after the object phrase closes it («يهدد دول الجوار، غاضة الطرف عن
            // تورط عناصر سودانية»); commas around a time adjunct do not («، أمس،»).
            let adjunct = |k: usize| m.elems.contains(&k) || s.fw(k, self.g().time);
            if s.words[j].before.comma
                && closed_adjunct_at != Some(j)
                && !(adjunct(j) && (from..j).all(adjunct))
            {
                break;
            }
            // «مسئولين من نظام الأسد», «مبعوثين من جانب حفتر»: a partitive «من» names whom
            // the object belongs to; it opens no adjunct.
            if np.as_ref().is_some_and(|c| j >= c.end)
                && s.words[j].bare != "من"
                && (s.is_prep_word(j)
                    || s.prep_of(j)
                        .is_some_and(|p| p != "من" && !preps.contains(&p)))
            {
                adjunct_after_object = true;
            }
            if s.words[j].mention.is_some() {
                // «نجل الرئيس حسني مبارك»: the name belongs to the relative's phrase.
                let relative = np.as_ref().is_some_and(|c| {
                    c.mention.is_none()
                        && j < c.end
                        && (c.start..j).any(|k| self.of_actor(k, s.words[j].mention))
                });
                if relative {
                    return np;
                }
                let c = self.mention_cand(j);
                // «قصفت مواقع للحوثيين», «مواقع تابعة للنظام»: a military site stands for
                // whom it belongs to.
                let owner = np.as_ref().is_some_and(|site| {
                    s.cue(site.start, self.g().military_site)
                        && (j == site.end
                            || (j == site.end + 1 && s.cue(site.end, self.g().affiliation)))
                }) && s.prep_of(j).as_deref() == Some("ل");
                if owner {
                    return Some(c);
                }
                // «لمدينة مصراتة الموالية لحفتر»: whom a place or group is loyal to describes
                // the target phrase before it; it is not the target.
                if np.is_some() && j > 0 && s.cue(j - 1, self.g().affiliation) {
                    return np;
                }
                if ok(j) && !(adjunct_after_object && s.prep_of(j).is_none()) {
                    return Some(c);
                }
                j = c.end;
                continue;
            }
            // «دعا … إلى تغليب الحكمة والتعقل»: a phrase under a preposition that introduces
            // no target is one unit; its genitives and conjuncts are not the object.
            // A name inside may be the object itself, when the phrase ends before it
            // («اتهمت الوزارة في غزة حركة فتح»): then only the preposition's word is passed.
            let pp = (np.is_none() && !ok(j) && s.prep_of(j).is_some() && self.nominal(j))
                .then(|| self.np_from(j, limit))
                .filter(|c| c.start == j && c.mention.is_none());
            if let Some(pp) = pp {
                // «على أراضيها معارضين له»: a noun with a possessive pronoun takes no genitive;
                // the phrase ends with it.
                let possessed = |k: usize| {
                    s.words[k].anals.iter().any(|a| a.clitics.suffix)
                        && ["ها", "هم", "هما", "هن"]
                            .iter()
                            .any(|p| s.words[k].key.ends_with(p))
                };
                let mut end = (pp.start..pp.end)
                    .find(|&k| possessed(k))
                    .map_or(pp.end, |k| k + 1);
                while end < limit
                    && s.has_conj(end)
                    && !s.words[end].before.comma
                    && s.words[end].mention.is_none()
                    && s.prep_of(end).is_none()
                    && !self.trigger_words[end]
                    && self.nominal(end)
                {
                    end = self.np_from(end, limit).end;
                }
                j = end.max(j + 1);
                continue;
            }
            // «في وقت سابق», «في وقت لاحق»: an indefinite word after a time noun under a
            // preposition continues that adjunct; not after «أكثر من مرة», which is whole.
            let in_phrase = j > from
                && s.prep_of(j - 1).is_some()
                && s.fw(j - 1, self.g().time)
                && !matches!(s.words[j - 1].bare.as_str(), "مره" | "مرات")
                && s.prep_of(j).is_none()
                && !s.words[j].before.comma
                && !s.has_conj(j)
                && !is_definite(&s.words[j].key)
                && !s.is_number(j)
                && !s.fw(j, self.g().quantity);
            if np.is_none() && ok(j) && self.nominal(j) && !in_phrase {
                np = Some(self.np_from(j, limit));
                if !self.has_mentions {
                    return np;
                }
            }
            j += 1;
        }
        np
    }

    /// Where a date starting at `j` ends («02 حزيران/يونيو», «19 أكتوبر (تشرين الأول) 2012»,
    /// «تشرين الأول/أكتوبر»): a day number and a month name, either first, or two names of one
    /// month, or a year word and a number («عام 2017»), then more numbers and names and the
    /// «الأول», «الثاني» of «تشرين», «كانون». A month name alone may be a word («مارس»:
    /// practised).
    fn date_end(&self, j: usize, limit: usize) -> Option<usize> {
        let s = self.s;
        let month = |k: usize| s.fw(k, self.g().month);
        let syriac_ordinal = |k: usize| {
            matches!(s.words[k].bare.as_str(), "الاول" | "الثاني" | "اول" | "ثاني")
                && k > 0
                && matches!(s.words[k - 1].bare.as_str(), "تشرين" | "كانون")
        };
        // «تشرين الأول/أكتوبر 2013», «ديسمبر/كانون الأول»: two names of one month.
        let month_after = |k: usize| {
            let next = if syriac_ordinal(k + 1) { k + 2 } else { k + 1 };
            next < s.len() && (s.is_number(next) || month(next))
        };
        // «عام 2017», «سنة 2002»: a year word before a number.
        let year = |k: usize| {
            matches!(s.words[k].bare.as_str(), "عام" | "العام" | "سنه" | "السنه")
                && k + 1 < s.len()
                && s.is_number(k + 1)
        };
        let opens = (s.is_number(j) && month(j + 1))
            || (month(j) && j + 1 < s.len() && month_after(j))
            || year(j);
        if !opens {
            return None;
        }
        let mut k = j + 2;
        while k < limit
            && !s.words[k].before.strong
            && (s.is_number(k) || month(k) || syriac_ordinal(k))
        {
            k += 1;
        }
        Some(k)
    }

    /// Where a time adjunct starting at `j` ends: a time word («يوم», «الساعة», «أمس») and the
    /// time words, ordinals, dates, numbers and clock readings after it («يوم 02 حزيران الساعة
    /// 22,45»), but not a count of what follows. How often («ثلاث مرات») and «من جهة أخرى» are
    /// adjuncts of the same kind.
    fn time_end(&self, j: usize, limit: usize) -> Option<usize> {
        let s = self.s;
        // «الساعات الأولى», «ساعات الليل»: through the article, and the adjectives and
        // genitives that are time words too; not «الأول» (the former), «الأخرى» (the other).
        let time_word = |k: usize| {
            s.cue(k, self.g().time)
                && !matches!(
                    s.words[k].bare.as_str(),
                    "الاول" | "الاولي" | "الاخري" | "الثانيه" | "الاخير" | "الاخيره"
                )
        };
        let ordinal = |k: usize| {
            matches!(
                s.words[k].bare.as_str(),
                "الاول" | "الاولي" | "الثاني" | "الثانيه" | "الاخير" | "الاخيره"
            )
        };
        // «ثلاث مرات», «أكثر من مرة», «سوى مرة واحدة»: how often, not whom. Counts are
        // quantity words; ordinals and «سوى» are not.
        let repetition_end = || {
            let count_word = |k: usize| {
                s.is_number(k)
                    || s.cue(k, self.g().quantity)
                    || matches!(
                        s.words[k].bare.as_str(),
                        "من" | "سوي" | "اول" | "ثاني" | "ثالث" | "اخر"
                    )
            };
            (j..(j + 3).min(limit))
                .take_while(|&k| k == j || count_word(k - 1))
                .find(|&k| k > j && matches!(s.words[k].bare.as_str(), "مره" | "مرات"))
                .filter(|&k| (j..k).all(count_word))
                .map(|k| k + 1)
        };
        // «من جهة أخرى», «من ناحية ثانية»: on the other hand.
        let other_hand = j + 1 < limit
            && matches!(s.words[j].bare.as_str(), "جهه" | "ناحيه")
            && matches!(s.words[j + 1].bare.as_str(), "اخري" | "ثانيه");
        let mut k = if time_word(j) {
            j + 1
        } else if other_hand {
            j + 2
        } else {
            repetition_end()?
        };
        // «22,45», «10:30».
        let clock = |k: usize| {
            let w = s.text.get(s.words[k].span.range()).unwrap_or("");
            w.chars().any(|c| c.is_ascii_digit())
                && w.chars().any(|c| matches!(c, ',' | ':' | '.'))
                && w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | ':' | '.'))
        };
        // «قبل أيام 45 مسلحا»: a number before a noun counts it.
        let counts_next = |k: usize| {
            k + 1 < limit
                && !s.words[k + 1].before.comma
                && !s.words[k + 1].before.strong
                && s.prep_of(k + 1).is_none()
                && !s.is_prep_word(k + 1)
                && !s.fw(k + 1, self.g().time)
                && self.nominal(k + 1)
        };
        while k < limit {
            if let Some(end) = self.date_end(k, limit) {
                k = end;
            } else if clock(k)
                || (s.is_number(k) && !counts_next(k))
                || (!s.words[k].before.comma && (time_word(k) || ordinal(k)))
            {
                k += 1;
            } else {
                break;
            }
        }
        Some(k)
    }

    /// «تظاهروا أمام السفارة اليونانية», «مسيرة باتجاه مقر التنفيذية»: the institution whose
    /// building a protest faces or heads for is what it is aimed at. A bare place («أمام
    /// الكاتدرائية») says where, not against whom.
    fn protest_site(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let limit = s.strong_end(m.head).min(m.end + 10);
        for k in m.end..limit.saturating_sub(1) {
            if s.fw(k, g.clause) || (self.trigger_words[k] && !m.elems.contains(&k)) {
                break;
            }
            let site = k + 1;
            if s.fw(k, g.site_prep)
                && !s.words[site].before.comma
                && !s.is_number(site)
                && !s.fw(site, g.quantity)
                && (s.words[site].mention.is_some() || s.fw(site, g.institution_site))
            {
                return Some(self.np_from(site, limit));
            }
        }
        None
    }

    /// «هتافات مناهضة لميقاتي», «على هتافات تطالب باستقالة ثاباتيرو», «يسقط بوش»: whom a
    /// protest's slogans oppose or want gone, in the same sentence segment.
    fn slogan_target(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let limit = s.strong_end(m.head).min(m.end + 20);
        (m.end..limit.saturating_sub(1)).find_map(|k| {
            let next = k + 1;
            let opposed = s.fw(k, g.against_adj) && self.may_be_lam(next);
            let ousted = s.cue(k, g.ousting)
                && s.prep_of(next).is_none()
                && !s.is_number(next)
                && !s.fw(next, g.quantity);
            ((opposed || ousted)
                && !s.words[next].before.comma
                && !s.words[next].before.strong
                && self.nominal(next))
            .then(|| self.np_from(next, limit))
        })
    }

    /// Whether word `k` starts with the preposition «لـ» or may: a bare initial ل is also a
    /// root letter («لقاء»), so [`Sentence::prep_of`] leaves it open; after a word that takes
    /// «لـ» («مضادة لمحافظ مقديشو», «رفضهم لترشيح») it is the preposition.
    fn may_be_lam(&self, k: usize) -> bool {
        let s = self.s;
        match s.prep_of(k).as_deref() {
            Some(p) => p == "ل",
            None => s.words[k].anals.iter().any(|a| a.clitics.prep == Some('ل')),
        }
    }

    /// «مسيرة للتنديد بزيارة أحمدي نجاد», «تجمعوا معلنين رفضهم لترشيح ميقاتي», «تجمع مليون
    /// متظاهر … ورفض ترشيح غل»: what a protest's purpose or manner condemns or rejects, in the
    /// same clause, is what the protest is aimed at.
    fn aim_target(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let limit = s.strong_end(m.head).min(m.end + 20);
        for k in m.end..limit.saturating_sub(1) {
            if s.fw(k, g.clause) {
                break;
            }
            if !s.cue(k, g.protest_aim) || s.words[k].bare.starts_with("ال") {
                continue;
            }
            let next = k + 1;
            let marked = match s.prep_of(next).as_deref() {
                Some(p) => matches!(p, "ب" | "ل" | "على" | "ضد"),
                // «رفضهم لترشيح»: a bare ل or ب after the word is the preposition; a phrase
                // with none is its genitive («رفض ترشيح غل»).
                None => true,
            };
            let open = !s.words[next].before.comma && !s.words[next].before.strong;
            if marked && open && !s.fw(next, g.clause) && self.nominal(next) {
                return Some(self.np_from(next, limit));
            }
        }
        None
    }

    /// The mention right after the event noun at `j` (its genitive or nisba adjective), when
    /// nothing but other adjectives separates them.
    fn agent_after_noun(&self, j: usize, limit: usize) -> Option<Cand> {
        let s = self.s;
        // Past up to two plain adjectives: «بالتدخل العسكري التركي»; «غارات جوية شرقي سوريا»
        // names where, not who.
        let mut next = j + 1;
        while next < limit.min(j + 3)
            && s.words[next].mention.is_none()
            && !s.fw(next, self.g().direction)
            && is_definite(&s.words[next].key) == is_definite(&s.words[j].key)
            && is_nisba(&s.words[next].key)
            && !s.words[next].before.comma
            && !s.words[next].before.strong
        {
            next += 1;
        }
        let w = s.words.get(next)?;
        let attached = next < limit
            && w.mention.is_some()
            && !w.before.strong
            && !w.before.comma
            && s.prep_of(next).is_none()
            && !s.has_conj(next)
            && !self.is_verb_at(j);
        attached.then(|| self.mention_cand(next))
    }

    /// The phrase in the genitive of the event noun `m`, when one follows it directly.
    fn plain_genitive(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        // A possessive suffix («رفضه») already fills the genitive slot.
        let g_at = genitive_at(m);
        let word = s.words.get(g_at)?;
        // «مقتل وجرح العشرات»: a coordinated noun is none; a name may start with و
        // («زيارة وليام»).
        let coordinated_noun = s.has_conj(g_at) && word.mention.is_none();
        (!m.clitics.suffix
            && !coordinated_noun
            && !word.before.strong
            && !word.before.comma
            && s.prep_of(g_at).is_none()
            && self.nominal(g_at)
            && !self.trigger_words[g_at]
            && !self.adjective_after(m))
        .then(|| self.np_from(g_at, s.strong_end(m.head)))
    }

    /// Whether an unnamed genitive of the event noun `m` is its agent because the noun's
    /// target follows it under one of the noun's prepositions: «هجوم الجيش على البلدة»,
    /// «احتجاج الطلاب ضد القرار», «هجوم مسلحين على القرية». Only a noun without the article
    /// governs a genitive, and an indefinite word after it is an adjective («معارك عنيفة مع»)
    /// unless it names armed men or a crowd. «بين» joins the parties themselves («لقاء القمة
    /// بين …»). Weapons and places are no agents («هجمات القنابل», «معركة المطار مع»), an
    /// appeal's genitive is who is called on («دعوة الناخبين إلى»), and in a purpose («لدعم
    /// الحملة الانتخابية لترمب») the genitive is the patient.
    fn agent_before_target(&self, m: &Match, genitive: &Cand, preps: &[String]) -> bool {
        let s = self.s;
        let g = self.g();
        let k = genitive.end;
        let Some(next) = s.words.get(k) else {
            return false;
        };
        let appeal = self.lex.entries[m.entry as usize]
            .role
            .code()
            .is_some_and(|c| c.starts_with("02"));
        let construct =
            !m.clitics.def && m.clitics.prep != Some('ل') && !is_definite(&s.words[m.end - 1].key);
        let head = genitive.start;
        // «دخول قواتها لمدينة مصراتة»: forces with a possessive pronoun are the pronoun's,
        // an agent other rules name.
        let possessed = s.words[head].anals.iter().any(|a| {
            a.clitics.suffix
                && (self.lex.in_set(g.troops, &a.stem) || self.lex.in_set(g.crowd, &a.stem))
        });
        let fighters = (s.cue(head, g.troops) || s.cue(head, g.crowd)) && !possessed;
        // The weapon cues also list attacks and armed men: fighters are agents.
        let thing = !fighters
            && [g.weapon, g.place_noun, g.military_site]
                .into_iter()
                .any(|set| s.cue(head, set));
        // «هجمات إلكترونية على»: a nisba is an adjective even where it looks definite.
        let nominal =
            (is_definite(&s.words[head].key) && !is_nisba(&s.words[head].key)) || fighters;
        let object_at = if s.is_prep_word(k) && !s.has_conj(k) {
            k + 1
        } else {
            k
        };
        construct
            && nominal
            && !thing
            && !appeal
            && !next.before.comma
            && !next.before.strong
            && !self.only_numbers_or_time(genitive)
            && s.prep_of(object_at)
                .is_some_and(|p| p != "بين" && preps.contains(&p))
    }

    /// The agent named in a relative clause on an event noun ending at `last`: «هجوم شنه
    /// متمردون», «هجوم مسلح نفذه متطرف إسلامي», «الهجوم الأكثر دموية الذي نفذته طالبان», «عملية
    /// قام بها مسلحون». The light verb's object pronoun is the noun; the phrase after it is
    /// who carried the event out.
    fn relative_agent(&self, last: usize) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let limit = s.strong_end(last);
        let plain = |k: usize| {
            k < limit && !s.words[k].before.comma && !s.words[k].before.strong && !s.has_conj(k)
        };
        // Past up to two words describing the noun («مسلح», «الأكثر دموية»), then an optional
        // relative pronoun.
        let mut v = last + 1;
        while v < (last + 3).min(limit)
            && plain(v)
            && s.words[v].mention.is_none()
            && !s.fw(v, g.clause)
            && !s.is_prep_word(v)
            && s.words[v].anals.iter().all(|a| a.clitics.prep.is_none())
            && !self.pseudo.iter().any(|p| p.head == v)
            && !self.is_verb_at(v)
        {
            v += 1;
        }
        if plain(v) && s.fw(v, g.clause) && s.words[v].bare.starts_with("ال") {
            v += 1;
        }
        // «بتوقيع "عقدها الأول"»: a quote opening before the word makes it a title, not a
        // relative verb.
        let quoted = s
            .text
            .get(s.words[v - 1].span.end as usize..s.words.get(v)?.span.start as usize)
            .is_some_and(|gap| gap.contains(['"', '«', '“']));
        if !plain(v) || quoted {
            return None;
        }
        let light = self
            .pseudo
            .iter()
            .find(|p| p.head == v && p.kind.is_verb() && matches!(s.role(p), Role::Light))?;
        // «قام به», «قامت بها»: the pronoun stands on the preposition.
        let resumed = |k: usize| {
            matches!(
                s.words[k].bare.as_str(),
                "به" | "بها" | "بهما" | "بهم" | "بهن"
            )
        };
        let mut np = light.end;
        if !light.clitics.suffix {
            if !(plain(np) && resumed(np)) {
                return None;
            }
            np += 1;
        }
        while plain(np) && s.fw(np, g.time) {
            np += 1;
        }
        (plain(np) && s.prep_of(np).is_none() && !s.is_prep_word(np) && self.nominal(np))
            .then(|| self.np_from(np, limit))
            .filter(|c| !self.only_numbers_or_time(c))
    }

    /// «قتل 15 جنديا في هجوم شنه متمردون», «مقتل ثلاثة أطباء في هجوم نفذه متطرف»: a killing or
    /// wounding (CAMEO 18) with no agent of its own, in an attack whose agent a relative
    /// clause names, is that agent's.
    fn attacker_of_killing(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let code = self.lex.entries[m.entry as usize].role.code()?;
        if !code.starts_with("18") {
            return None;
        }
        let limit = s.strong_end(m.head).min(m.end + 8);
        // Under «في» only: «المتهمين بالهجوم الذي نفذته خلية» is an accusation.
        let k = (m.end..limit).find(|&k| {
            self.trigger_words[k] && !self.any_verb_at(k) && k > 0 && s.words[k - 1].bare == "في"
        })?;
        // The attack belongs to the killing's clause: no verb or clause word between.
        let between_clear = (m.end..k).all(|j| !self.any_verb_at(j) && !s.fw(j, g.clause));
        between_clear.then(|| self.relative_agent(k)).flatten()
    }

    /// The nearest crowd named before `m` in its stretch and not under a preposition, with
    /// the count before it («آلاف المتظاهرين», «مئات من المتظاهرين»).
    fn crowd_before(&self, m: &Match) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let lo = s.strong_start(m.head).max(m.start.saturating_sub(15));
        // «نحو» counts only before a number («نحو ألفي شخص»); elsewhere it is «towards».
        let counted = |j: usize| {
            (s.fw(j, g.quantity)
                && !(s.is_prep_word(j) && !s.is_number(j + 1) && !s.fw(j + 1, g.quantity)))
                || s.cue(j, g.crowd)
        };
        let joined = |j: usize| !s.words[j].before.comma && !s.words[j].before.strong;
        // The phrase a crowd word heads, with the count before it.
        let phrase_start = |k: usize| {
            let mut start = k;
            loop {
                if start > lo && joined(start) && counted(start - 1) {
                    start -= 1;
                } else if start > lo + 1
                    && joined(start)
                    && s.words[start - 1].bare == "من"
                    && s.fw(start - 2, g.quantity)
                {
                    start -= 2;
                } else {
                    return start;
                }
            }
        };
        // «أمام آلاف المتظاهرين», «لحشد التأييد», «بين الشرطة ومتظاهرين»: a phrase under a
        // preposition or coordinated is not the protest's subject, nor a casualty count
        // («وأصيب أكثر من ألف شخص»).
        let free = |start: usize| {
            s.prep_of(start).is_none()
                && s.words[start]
                    .anals
                    .iter()
                    .all(|a| a.clitics.prep.is_none())
                && !s.has_conj(start)
                && !(start > 0 && s.cue(start - 1, g.harm))
        };
        // «حركة الاحتجاج»: the crowd word is the noun's own head.
        let construct = |k: usize| {
            k + 1 == m.start
                && !is_definite(&s.words[k].key)
                && (m.clitics.def || is_definite(&s.words[m.start].key))
        };
        // A count alone may be money or casualties («15 ألف يورو»): the crowd has a noun.
        let k = (lo..m.start).rev().find(|&k| {
            !construct(k)
                && (s.cue(k, g.crowd) || s.cue(k, g.protesters))
                && !s.fw(k, g.quantity)
                && free(phrase_start(k))
        })?;
        let start = phrase_start(k);
        let head = self.np_from(k, m.start);
        Some(Cand {
            start,
            end: head.end.max(k + 1),
            mention: head.mention.filter(|_| start == head.start),
        })
    }

    /// Source and target groups of an event.
    fn arguments(&mut self, m: &Match, gov: Option<Gov>) -> (Vec<Cand>, Vec<Cand>) {
        let s = self.s;
        let frame = &self.lex.entries[m.entry as usize].frame;
        let mut source: Option<Cand> = None;
        let mut target: Option<Cand> = None;
        // A speech verb between the last event verb and this one lends its subject.
        if let Some((at, group)) = self.say_subjects.iter().rev().find(|(h, _)| *h < m.head)
            && (self.last_subject.is_none() || *at > self.last_subject_at)
        {
            self.last_subject = Some(group.clone());
            self.last_subject_at = *at;
        }
        match m.kind {
            FormKind::Perfect | FormKind::Imperfect => {
                // «طالب بإجراء تعديلات»: a phrase after the verb opening with the preposition
                // the verb governs (or the ب of an event complement) is its complement, not
                // its subject; the subject is then before the verb, if anywhere. «بعض» (some)
                // is no «ب + عض» («انتقد بعض النواب»).
                let complement = |c: &Cand| {
                    c.mention.is_none()
                        && c.start > m.head
                        && !s.words[c.start].bare.starts_with("بعض")
                        && s.words[c.start].anals.iter().any(|a| {
                            a.clitics.prep.is_some_and(|p| {
                                (frame.head && p == 'ب')
                                    || frame.tgt_preps.iter().any(|t| t.starts_with(p))
                            })
                        })
                };
                // «كوليبالي الذي هاجم محلا»: right after a relative pronoun the gap is the
                // subject, the noun the clause describes; with an object pronoun («الذي
                // هاجمه») the gap is the object.
                // «الذي تسيطر عليه ميليشيات الحوثي»: a resumptive pronoun on a later word of
                // the trigger also marks an object gap; on a preposition right after the verb
                // («المرة الأولى التي يزور فيها بومبيو») an adjunct gap. Either way the subject
                // is not the antecedent.
                let pronoun_in_trigger = m.elems.iter().skip(1).any(|&e| {
                    s.is_prep_word(e)
                        && !s.fw(e, self.g().prep)
                        && s.words[e].key.chars().count() > 2
                });
                let resumptive = pronoun_in_trigger
                    || (s.prep_with_pronoun(m.end)
                        && !s.words[m.end].before.comma
                        && !s.fw(m.end, self.g().prep));
                let after_relative =
                    m.start > 0 && RELATIVES.contains(&s.words[m.start - 1].bare.as_str());
                let relative_gap = after_relative && !m.clitics.suffix && !resumptive;
                // «اليابانيين الذين خطفتهم كوريا الشمالية», «الإقليمين اللذين تسيطر عليهما
                // روسيا»: the pronoun of the object gap stands for the antecedent.
                let object_gap = after_relative
                    && ((m.clitics.suffix && frame.tgt_obj && !frame.obj_content)
                        || pronoun_in_trigger);
                // «…، ما يهدد دول الجوار», «مما يهدد»: «ما» before an imperfect (and «مما»
                // always) is the relative «which»; its antecedent is the clause before, and the
                // phrase after the verb is the object.
                let clause_relative = m.start > 0
                    && (s.words[m.start - 1].bare == "مما"
                        || (s.words[m.start - 1].bare == "ما" && m.kind == FormKind::Imperfect));
                // «اعتداءات انتحارية استهدفت ثلاث كنائس»: right after an event noun (a relative
                // clause with no pronoun) the verb's subject is that event, no actor.
                let event_antecedent = m.start > 0
                    && !m.clitics.conj
                    && !s.words[m.start].before.comma
                    && !s.words[m.start].before.strong
                    && {
                        // Past its adjectives («اعتداءات انتحارية استهدفت»), and the weapon
                        // it was made with («هجوما انتحاريا بسيارة مفخخة استهدف»).
                        let plain = |k: usize| {
                            s.words[k].mention.is_none()
                                && !self.trigger_words[k]
                                && !s.words[k].before.comma
                        };
                        let mut k = m.start - 1;
                        loop {
                            while k > 0 && plain(k) && is_nisba(&s.words[k].key) {
                                k -= 1;
                            }
                            let weapon_from = (k.saturating_sub(1)..=k).rev().find(|&b| {
                                b > 0
                                    && s.words[b].anals.iter().any(|a| a.clitics.prep == Some('ب'))
                                    && (b..=k).all(plain)
                                    && (b..=k).any(|j| s.cue(j, self.g().weapon))
                            });
                            match weapon_from {
                                Some(b) => k = b - 1,
                                None => break,
                            }
                        }
                        // An asyndetic relative needs an indefinite antecedent; a definite event
                        // noun is the subject only where it opens its clause («الهجوم استهدف»),
                        // not as a genitive («جيش الاحتلال أطلقت»).
                        self.trigger_words[k]
                            && (!is_definite(&s.words[k].key)
                                || k == s.clause_start(k)
                                || s.is_complementizer(k - 1))
                    };
                // «وقتلت الغارات الروسية 80 شخصا», «ودمر القصف التركي منازل»: an attack
                // noun right after a violent verb is its subject, and acts for the actor
                // named on it; the phrase after that actor is the object. (After a verb of
                // reaction the noun is the object: «أدان الهجوم التركي».)
                let violent_root = self.violent(m)
                    || self.lex.entries[m.entry as usize].role.code() == Some("1712");
                if violent_root
                    && !(frame.subj_none || relative_gap || clause_relative || m.clitics.suffix)
                    && m.end < s.len()
                    && self.trigger_words[m.end]
                    && !s.words[m.end].before.comma
                    && !s.words[m.end].before.strong
                    && s.prep_of(m.end).is_none()
                    && !s.has_conj(m.end)
                    && !self.any_verb_at(m.end)
                    && let Some(agent) = self.agent_after_noun(m.end, s.strong_end(m.head))
                {
                    // «الضربات الأمريكية والفرنسية والبريطانية»: all the nisbas act.
                    let agents = self.coordinated(agent);
                    let from = agents.last().map_or(m.end, |c| c.end);
                    let targets = self
                        .target_after(from, m, frame.tgt_obj, &frame.tgt_preps)
                        .map(|t| self.coordinated(t))
                        .unwrap_or_default();
                    return (agents, targets);
                }
                let subject = if frame.subj_none || clause_relative || event_antecedent {
                    None
                } else if relative_gap
                    && let Some(antecedent) = self.subject_before(m.start - 1, m.plural)
                {
                    Some(antecedent)
                } else if let Some(after) = m
                    .clitics
                    .suffix
                    .then(|| self.subject_after(m.head, &m.elems))
                    .flatten()
                    .filter(|c| !m.plural && !self.only_numbers_or_time(c) && !complement(c))
                {
                    // «جماعات تدعمها إيران»: the object pronoun fills the object; a phrase
                    // after the verb is its subject.
                    Some(after)
                } else {
                    match self.subject(m.head, m.plural, &m.elems) {
                        Some(c) if complement(&c) => self.subject_before(m.head, m.plural),
                        // The antecedent of an object gap is the object.
                        Some(c) if object_gap && c.start < m.head => None,
                        found => found,
                    }
                };
                // «التحالف ينفي ويتهم الحوثيين»: a verb coordinated right after another verb
                // shares its subject; the phrase after it is its object.
                if m.clitics.conj
                    && m.start > 0
                    && self.is_verb_at(m.start - 1)
                    && let Some(group) = self.last_subject.clone()
                {
                    let obj = frame.tgt_obj && !m.clitics.suffix;
                    let targets = self
                        .target_after(m.end, m, obj, &frame.tgt_preps)
                        .map(|t| self.coordinated(t))
                        .unwrap_or_default();
                    return (group, targets);
                }
                // «تندد مصر بالتدخل التركي، وتتهم أنقرة بمحاولة …»: a coordinated verb that
                // takes an object and a ب complement, whose only noun phrase runs straight into
                // that complement, has the phrase as its object; the subject carries over, or
                // is unknown when the verb before had none found («وبين لها …، واتهم إسرائيل
                // بعدم تطبيق»). A sentence opened by «و» coordinates with nothing in it.
                if frame.tgt_obj
                    && frame.head
                    && m.clitics.conj
                    && let Some(c) = &subject
                    && c.start > m.head
                    && s.words.get(c.end).is_some_and(|w| {
                        !w.before.comma
                            && !w.before.strong
                            && w.anals.iter().any(|a| a.clitics.prep == Some('ب'))
                    })
                    && (self.last_subject.is_some() || (0..m.start).any(|k| self.is_verb_at(k)))
                {
                    let group = self.last_subject.clone().unwrap_or_default();
                    let targets = self.coordinated(c.clone());
                    return (group, targets);
                }
                // «على يد», «على أيدي» always mark a passive agent; «من قبل», «من جانب» do so
                // after a subject-less or subject-first verb, or a violent one («تستقبل موسكو
                // مبعوثين من جانب حفتر» is «on behalf of»).
                let subject_first = subject.as_ref().is_none_or(|c| c.start < m.head);
                let agent = self
                    .passive_agent(m)
                    .filter(|(_, strong)| *strong || subject_first)
                    .map(|(c, _)| c);
                let root = self.lex.entries[m.entry as usize]
                    .role
                    .code()
                    .map(|c| c.get(..2).unwrap_or(""))
                    .unwrap_or("");
                // «قتل 15 شخصا»: a violent verb followed by counted people and with nothing
                // before it is passive; the people are its victims.
                let violent = self.violent(m);
                // «قالت الصين إنها تدعم الاستقرار»: the pronoun on «إن» is the speaker. Not
                // for killing and mass violence, where «قال إنه قتل خمسة» is mostly the
                // impersonal passive.
                let subject = match subject {
                    None if !matches!(root, "18" | "20") => self.speaker_subject(m.head),
                    None => self.acting_speaker(m),
                    found => found,
                };
                // «قتل 15 شخصا», «شخصين قتلا», «وقتل أكثر من 30 شخصا»: counted people with a
                // violent verb and no object are its victims (the verb is passive).
                let digits = |k: usize| s.is_number(k);
                // «عشرات الجنود السودانيين قتلوا في كمين»: a counted group before the verb is
                // a casualty count, even when the resolver names the group.
                let counted_before = |c: &Cand| {
                    let counted = |k: usize| s.fw(k, self.g().quantity) || digits(k);
                    let people =
                        (c.start..(c.end + 1).min(s.len())).any(|k| s.cue(k, self.g().people_obj));
                    c.start < m.head
                        && people
                        && (counted(c.start) || (c.start > 0 && counted(c.start - 1)))
                };
                // «قتل 15 شخصا», «قتل مسلحون في اشتباك»: people after the verb with no object
                // after them are its victims; «قتل مسلحون خمسة جنود» has an object.
                let object_right_after = |c: &Cand| {
                    c.end < s.len()
                        && !s.words[c.end].before.comma
                        && !s.words[c.end].before.strong
                        && s.prep_of(c.end).is_none()
                        && !s.has_conj(c.end)
                        && self.nominal(c.end)
                        && !self.trigger_words[c.end]
                        // «جندي اسرائيلي واحد»: «one» agrees with the noun before it.
                        && !matches!(s.words[c.end].bare.as_str(), "واحد" | "واحده")
                };
                // «قتل جندي اسرائيلي واحد»: a people noun whose actor is only its nisba.
                let people_nisba = |c: &Cand| {
                    c.mention.is_some()
                        && c.end == c.start + 1
                        && is_nisba(&s.words[c.start].key)
                        && c.start > m.head + 1
                        && s.cue(c.start - 1, self.g().people_obj)
                };
                // «كان مسلحون قد خطفوهم», «قتله مسلحون»: a verb with an object pronoun is
                // active; its people are the agents. Right after its noun the pronoun refers
                // back to it («جنود اميركيين خطفتهم»: soldiers it had abducted).
                let active_with_object =
                    m.clitics.suffix && subject.as_ref().is_none_or(|c| c.end != m.start);
                let counted_victims = !active_with_object
                    && subject.as_ref().is_some_and(|c| {
                        // «عشرة على الأقل قتلوا»: a count alone counts people.
                        let bare_count = root == "18"
                            && c.end <= m.head
                            && (c.start..c.end).all(|k| digits(k) || s.fw(k, self.g().quantity));
                        let people = people_nisba(c)
                            || bare_count
                            || (c.start..(c.end + 1).min(s.len()))
                                .any(|k| digits(k) || s.cue(k, self.g().people_obj));
                        // «أربعة أشخاص اقتحموا السفارة»: with an object after the verb the
                        // counted people before it are its agents. A word that may open with
                        // ب or ل is no sure object («قتلا برصاص القناصة»).
                        // «اقتحمت ليلا العيادة»: past a word of time.
                        let o = (m.end..s.len().min(m.end + 3))
                            .find(|&k| !s.fw(k, self.g().time))
                            .unwrap_or(s.len());
                        let object_after_verb = o < s.len()
                            && !(m.end..=o).any(|k| {
                                s.words[k].before.comma || s.words[k].before.strong
                            })
                            && !s.words[o].anals.iter().any(|a| a.clitics.prep.is_some())
                            && !s.has_conj(o)
                            && !s.cue(o, self.g().cause)
                            // «قتلوا نتيجة الحادث»: «as a result of», no object.
                            && s.words[o].bare != "نتيجه"
                            && self.nominal(o)
                            && !self.trigger_words[o];
                        people
                            && ((counted_before(c) && !object_after_verb)
                                || ((c.mention.is_none() || people_nisba(c))
                                    && if c.start > m.head {
                                        // «واعتدى المسلحون الحوثيون على فائقة»: the verb's own
                                        // preposition after the people names the victim.
                                        !object_right_after(c)
                                            && self
                                                .target_after(c.end, m, false, &frame.tgt_preps)
                                                .is_none()
                                    } else {
                                        self.target_after(m.end, m, true, &[]).is_none()
                                    }))
                    });
                // «طعن جاير بولسونارو أثناء مشاركته», «الذي قتل في تبادل لإطلاق النار»: a
                // named person with a verb of killing or wounding and no object is its victim.
                let no_object_after_verb = m.end >= s.len()
                    || s.words[m.end].before.strong
                    || s.words[m.end].before.comma
                    || s.is_prep_word(m.end)
                    || s.prep_of(m.end).is_some();
                let person_victim = root == "18"
                    && m.kind == FormKind::Perfect
                    && !m.clitics.suffix
                    && subject.as_ref().is_some_and(|c| {
                        c.mention.is_some()
                            && s.person_at(c.start)
                            && if c.start > m.head {
                                // «وقتل الأسد في الهجوم عشرات المدنيين»: counted people later in
                                // the clause are the object.
                                let counted_later = (c.end..s.clause_end(m.head)).any(|k| {
                                    digits(k)
                                        || s.fw(k, self.g().quantity)
                                        || s.cue(k, self.g().people_obj)
                                });
                                !object_right_after(c)
                                    && !counted_later
                                    && self.target_after(c.end, m, true, &[]).is_none()
                            } else {
                                no_object_after_verb
                            }
                    });
                // «مسلحين من ميليشيات الحوثي الإيرانية قتلوا خلال …»: people named before a
                // verb of killing with no object after it, whose phrase ends in an actor.
                let people_before = root == "18"
                    && m.kind == FormKind::Perfect
                    && !m.clitics.suffix
                    && no_object_after_verb
                    && subject.as_ref().is_some_and(|c| {
                        c.end <= m.head
                            && (c.start.saturating_sub(5)..c.start)
                                .rev()
                                .take_while(|&k| {
                                    !s.words[k + 1].before.comma && !s.words[k + 1].before.strong
                                })
                                .any(|k| s.cue(k, self.g().people_obj))
                    });
                // «وكانت رئيسة الوزراء السابقة، بي نظير بوتو، قد قتلت في هجوم»: after «كان …
                // قد» a verb of killing with nothing after it to take as its object is passive.
                // Counted people later in the clause may be the object, past an aside («قد
                // قتلت - في محاولة … - نحو ستة ملايين شخص»).
                let counted_later = || {
                    (m.end..s.clause_end(m.head).max(m.end)).any(|k| {
                        digits(k) || s.fw(k, self.g().quantity) || s.cue(k, self.g().people_obj)
                    })
                };
                let kana_victim = root == "18"
                    && m.kind == FormKind::Perfect
                    && !m.clitics.suffix
                    && no_object_after_verb
                    && !counted_later()
                    && subject.as_ref().is_some_and(|c| {
                        self.subject_of_kana(m.head)
                            .is_some_and(|(_, region)| c.start >= region)
                            && self.target_after(m.end, m, true, &[]).is_none()
                    });
                let counted_victims =
                    counted_victims || person_victim || people_before || kana_victim;

                // The target comes after the whole (coordinated) subject.
                let subj_end = subject
                    .as_ref()
                    .filter(|c| c.start > m.head)
                    .and_then(|c| self.coordinated(c.clone()).last().map(|l| l.end))
                    .map(|end| self.past_apposition(m.head, end));
                // «قُتل جنديا»: a damma on a perfect verb's first letter marks the passive.
                let vocalized_passive = m.kind == FormKind::Perfect && self.damma_first(m);
                // «عبد اللطيف قتل جراء إطلاق رصاصات»: a cause right after a verb of killing or
                // wounding stands where its object would; the verb is passive.
                // «قتل جنديان إسرائيليان برصاص قناص»: or right after the subject that follows.
                let cause_at = [Some(m.end), subj_end].into_iter().flatten().find(|&k| {
                    k < s.len() && !s.words[k].before.strong && s.cue(k, self.g().cause)
                });
                // «جنديا أميركيا قتل وأصيب 10 آخرون»: a verb coordinated right away with a
                // passive-only verb is passive too; what follows is the other verb's subject.
                let passive_coordinate = m.end < s.len()
                    && !s.words[m.end].before.strong
                    && s.has_conj(m.end)
                    && s.cue(m.end, self.g().passive_only);
                let caused = matches!(root, "18" | "19")
                    && m.kind == FormKind::Perfect
                    && !m.clitics.suffix
                    && (cause_at.is_some() || passive_coordinate);
                // «برصاص قناص فلسطيني», «بنيران الجيش»: whose fire it was is the agent.
                let fire_agent = cause_at
                    .filter(|&k| caused && s.words[k].key.starts_with('ب') && k + 1 < s.len())
                    .filter(|&k| !s.words[k + 1].before.strong && !s.words[k + 1].before.comma)
                    .map(|k| self.np_from(k + 1, s.strong_end(m.head)))
                    .filter(|c| c.mention.is_some());
                let agent = agent.or(fire_agent);
                if frame.subj_patient
                    // «واعتقل ثلاثة أشخاص»: an arrest's people with no object are arrested.
                    || ((violent || root == "17") && counted_victims)
                    || caused
                    || agent.is_some()
                    || vocalized_passive
                {
                    // «بأنه قُتل جندي»: the impersonal «أنه» leaves the patient after the verb.
                    // «قتل وأصيب عشرات الأشخاص»: verbs coordinated without a comma share the
                    // subject after them.
                    target = subject.clone().or_else(|| {
                        if vocalized_passive {
                            self.target_after(m.end, m, true, &[])
                        } else if passive_coordinate && !s.words[m.end].before.comma {
                            self.target_after(m.end + 1, m, true, &[])
                        } else {
                            None
                        }
                    });
                    source = match &frame.src_prep {
                        Some(p) => self.target_after(m.end, m, false, std::slice::from_ref(p)),
                        // «أكد الحلف أنه قتل نحو 150 متمردا»: the people after the verb are
                        // its object and the armed speaker its agent.
                        None if agent.is_none()
                            && subject.as_ref().is_some_and(|c| c.start > m.head) =>
                        {
                            self.acting_speaker(m)
                        }
                        None => agent,
                    };
                } else {
                    source = subject.clone().or(agent);
                    // «ورشق مئات المتظاهرين قوات مكافحة الشغب بالحجارة»: in a multiword
                    // trigger with a gap, the object follows the subject inside the gap; with
                    // the subject elsewhere (before the verb, or a pronoun) it opens the gap
                    // («إنها تحمل حماس المسؤولية»).
                    let gap_start = m
                        .elems
                        .windows(2)
                        .find(|w| w[1] > w[0] + 1)
                        .map(|w| w[0] + 1);
                    let from = match (subj_end, gap_start) {
                        (Some(end), Some(_)) if end < m.end => end,
                        (None, Some(g)) if frame.tgt_obj => g,
                        (found, _) => found.unwrap_or(m.end).max(m.end),
                    };
                    // An object pronoun («دعمه») is the object; a noun or a prepositional
                    // complement after it is not («وحذرتها من "اللعب بالنار"», «دعاه إلى»).
                    let pronoun_object = frame.tgt_obj && m.clitics.suffix && !frame.obj_content;
                    let obj = frame.tgt_obj && !m.clitics.suffix;
                    target = (!pronoun_object)
                        .then(|| self.target_after(from, m, obj, &frame.tgt_preps))
                        .flatten()
                        // «طالب بإجراء تعديلات»: nothing in or after the ب complement of a
                        // head is its target.
                        .filter(|c| {
                            !(frame.head
                                && (complement(c)
                                    || (m.end..c.start)
                                        .any(|k| s.prep_of(k).as_deref() == Some("ب"))))
                        });
                    if target.is_none() && object_gap {
                        target = self.subject_before(m.start - 1, m.plural);
                    }
                    // «اتهمت روسيا بريطانيا …، وحذرتها»: the object pronoun of a coordinated
                    // verb is the named object of the verb before, when it agrees with it: a
                    // country is «ها», a person «ه».
                    if target.is_none() && pronoun_object && m.clitics.conj {
                        let head = &s.words[m.head].key;
                        let feminine = head.ends_with("ها");
                        let plural = head.ends_with("هم") || head.ends_with("هما");
                        target = self.last_object.clone().filter(|c| {
                            let kind = c.mention.and_then(|i| s.mentions.get(i)).map(|mm| mm.kind);
                            match kind {
                                Some(ActorKind::State) => feminine,
                                Some(ActorKind::Person) => !feminine && !plural,
                                Some(_) => true,
                                None => false,
                            }
                        });
                    }
                    // «أن عسكريين ماليين خطفهم مقاتلو الطوارق»: with the subject after the
                    // verb, the phrase right before it is what the object pronoun refers to.
                    // A count or a time after the verb is no subject («أمهلتهم نحو 90 يوما»).
                    let named_subject_after = || {
                        subject.as_ref().is_some_and(|c| {
                            c.start > m.head
                                && !(c.start..c.end).any(|k| {
                                    s.is_number(k)
                                        || s.fw(k, self.g().quantity)
                                        || s.fw(k, self.g().time)
                                })
                        })
                    };
                    if target.is_none()
                        && pronoun_object
                        && m.kind.is_verb()
                        && !s.words[m.start].before.comma
                        && named_subject_after()
                    {
                        // It opens a clause after «أن» («بأن الرهائن خطفهم مسلحون»), or is
                        // an indefinite phrase the verb describes («مقاتلين معارضين تدعمهم
                        // تركيا»).
                        let opens_clause =
                            |c: &Cand| c.start > 0 && s.is_complementizer(c.start - 1);
                        let described = |c: &Cand| {
                            c.start > 0
                                && !s.words[c.start].before.comma
                                && !s.words[c.start].before.strong
                                && !self.any_verb_at(c.start - 1)
                                && (c.start..c.end).all(|k| {
                                    s.words[k].mention.is_none() && !is_definite(&s.words[k].key)
                                })
                        };
                        target = self.subject_before(m.head, false).filter(|c| {
                            c.end == m.start
                                && (c.start..c.end)
                                    .all(|k| !self.any_verb_at(k) && !self.particle(k))
                                && (opens_clause(c) || described(c))
                        });
                    }
                    if target.is_some() {
                        self.last_object = target.clone();
                    }
                }
                // «بينما كان يتفاوض», «إلى أن تلقى الاتصالات»: a subjectless verb opening a
                // subordinate clause continues the subject before, as one after «و» does.
                let continues = m.clitics.conj || self.subordinate_opening(m.start);
                if frame.subj_patient
                    && target.is_none()
                    && subject.is_none()
                    && continues
                    && let Some(prev) = self.last_subject.clone()
                {
                    return (source.into_iter().collect(), prev);
                }
                if source.is_none()
                    && continues
                    && let Some(prev) = &self.last_subject
                {
                    let mut group = prev.clone();
                    let t = target.take();
                    let targets = t.map(|t| self.coordinated(t)).unwrap_or_default();
                    self.last_subject = Some(group.clone());
                    self.last_subject_at = m.head;
                    return (std::mem::take(&mut group), targets);
                }
                if source.is_some() && !frame.subj_patient {
                    self.last_subject = source.clone().map(|c| self.coordinated(c));
                    self.last_subject_at = m.head;
                }
            }
            FormKind::Participle => {
                source = self.last_subject.as_ref().and_then(|v| v.first().cloned());
                target = self.target_after(m.end, m, frame.tgt_obj, &frame.tgt_preps);
                if let Some(group) = self.last_subject.clone() {
                    let targets = target.map(|t| self.coordinated(t)).unwrap_or_default();
                    return (group, targets);
                }
            }
            FormKind::Noun => {
                let genitive = self.plain_genitive(m);
                // «غارة تركية», «الهجمات الفلسطينية على إسرائيل»: a country adjective on an
                // event noun names its agent, whatever the noun's genitive would be.
                let last = m.end - 1;
                let country_adjective = |c: &Cand| {
                    let w = &s.words[c.start];
                    c.end == c.start + 1
                        && is_nisba(&w.key)
                        && is_definite(&w.key) == (m.clitics.def || is_definite(&s.words[last].key))
                        && c.mention
                            .and_then(|i| s.mentions.get(i))
                            .is_some_and(|mm| mm.kind == ActorKind::State)
                };
                let mut genitive = genitive;
                // After a noun whose patient is a person (killing, abduction, arrest: CAMEO 17,
                // 18), a bare nisba is that person: «مقتل إسرائيلي» is the killing of an Israeli.
                // After an attack («قصف إسرائيلي») it is the attacker.
                let code_root = self.lex.entries[m.entry as usize]
                    .role
                    .code()
                    .and_then(|c| c.get(..2))
                    .unwrap_or("");
                let person_patient = frame.gen_patient && matches!(code_root, "17" | "18");
                let mut nisba_agent = if person_patient {
                    None
                } else {
                    genitive.take_if(|c| country_adjective(c))
                };
                if nisba_agent.is_none() && genitive.is_none() {
                    nisba_agent = self
                        .agent_after_noun(last, s.strong_end(m.head))
                        .filter(|c| country_adjective(c));
                }
                // «إرسال قوات لدعم الوفاق»: support or aid as a purpose with «لـ», whose own
                // target is marked by «لـ» and none follows, has its patient as genitive; its
                // agent is whoever the clause is about.
                let purpose = m.clitics.prep == Some('ل')
                    && matches!(code_root, "05" | "07")
                    && frame.tgt_preps == ["ل"]
                    && genitive.as_ref().is_some_and(|c| {
                        self.target_after(c.end, m, false, &frame.tgt_preps)
                            .is_none()
                    });
                let patient_genitive =
                    frame.gen_patient || purpose || matches!(gov, Some(Gov::Pass(_)));
                // The governing verb's subject, unless it is the event noun itself («بدأت
                // اجتماعات»: the meetings began; nobody is said to hold them).
                let governor_subject = |g: usize| {
                    // «قاموا بضرب»: a plural light verb's subject is before it.
                    let plural_at = |v: usize| self.pseudo.iter().any(|p| p.head == v && p.plural);
                    // «أن أردوغان قد خرج عن طوره … وبادر إلى توعد»: a light verb coordinated
                    // with a verb before it has that verb's subject.
                    // «أقر التحالف أنه نفذ ضربات جوية»: the speaker is the pronoun's referent.
                    let subject = self
                        .subject(g, plural_at(g), &[])
                        .or_else(|| {
                            self.coordinated_verb_before(g)
                                .filter(|&v| !self.disagree(v, g))
                                .and_then(|v| self.subject(v, plural_at(v), &[]))
                        })
                        .or_else(|| self.speaker_subject(g));
                    subject.filter(|c| {
                        let covers_noun = c.start <= m.head && m.head < c.end;
                        let inside_noun = m.start <= c.start && c.start < m.end;
                        !covers_noun && !inside_noun
                    })
                };
                match gov {
                    // «أعلنت وزارة الصحة مقتل فلسطينيين»: a death has no agent, and whoever
                    // announces it is none.
                    Some(Gov::Light(_)) if frame.subj_none => {}
                    Some(Gov::Light(g)) => {
                        source = governor_subject(g);
                        // «حفتر بدأ بالاعتراض …، بينما كان يتفاوض»: the light verb's subject
                        // is the clause's, for verbs that drop theirs after it.
                        if let Some(c) = &source {
                            self.last_subject = Some(self.coordinated(c.clone()));
                            self.last_subject_at = g;
                        }
                    }
                    Some(Gov::LightPatient(g)) => target = governor_subject(g),
                    _ => {}
                }
                // «اتهام موسكو بالتدخل»: a genitive running into the accusation's ب
                // complement is the accused.
                let accused = frame.head
                    && frame.tgt_obj
                    && genitive.as_ref().is_some_and(|c| {
                        s.words.get(c.end).is_some_and(|w| {
                            !w.before.comma && w.anals.iter().any(|a| a.clitics.prep == Some('ب'))
                        })
                    });
                if patient_genitive || accused {
                    if target.is_none() {
                        target = genitive.clone();
                    }
                } else if let Some(genitive_actor) = genitive.clone().filter(|c| {
                    c.mention.is_some()
                        || (!matches!(gov, Some(Gov::Light(_)))
                            && self.agent_before_target(m, c, &frame.tgt_preps))
                }) {
                    // «بادر أردوغان إلى توعد قائد الجيش», «قام الوزير بزيارة القاهرة»: under a
                    // light verb the agent is its subject (named or dropped), and the genitive
                    // actor is the one acted on.
                    if matches!(gov, Some(Gov::Light(_))) {
                        target = target.or(Some(genitive_actor));
                    } else {
                        source = source.or(Some(genitive_actor));
                    }
                }
                // «غارة تركية», «الهجمات الفلسطينية على إسرائيل»: a country adjective on an
                // event noun names its agent.
                if source
                    .as_ref()
                    .is_some_and(|c| self.only_numbers_or_time(c))
                {
                    source = None;
                }
                if source.is_none() {
                    source = nisba_agent.clone();
                }
                let envoy = if source.is_none() && !patient_genitive {
                    self.envoy_agent(m)
                } else {
                    None
                };
                if source.is_none() {
                    source = envoy
                        .clone()
                        .or_else(|| self.passive_agent(m).map(|(c, _)| c))
                        // «احتجاجا على إجراءات فرضتها إسرائيل»: a relative clause after the
                        // trigger's preposition is on its object, not on the event noun.
                        .or_else(|| {
                            (!s.is_prep_word(last))
                                .then(|| self.relative_agent(last))
                                .flatten()
                        });
                }
                // «كانت الجزائر والرباط والخرطوم محطات الجولة»: the places a tour's stops are
                // said to be, before the copula's predicate.
                if target.is_none()
                    && m.start > 1
                    && s.cue(m.start - 1, self.g().stops)
                    && !s.words[m.start - 1].before.comma
                    && !s.words[m.start - 1].before.strong
                {
                    let k = m.start - 2;
                    if s.words[k].mention.is_some() && s.prep_of(k).is_none() {
                        target = Some(self.mention_cand(k));
                    }
                }
                if target.is_none() {
                    let from = genitive.as_ref().map_or(m.end, |c| c.end.max(m.end));
                    let from = envoy.as_ref().map_or(from, |a| a.end.max(from));
                    // «الهجوم الذي شنه الجيش السوري على البلدة»: past the subject of a relative
                    // clause on the noun, and every agent coordinated with it. An agent after
                    // «من قبل» may follow the target («إطلاق النار على السود من قبل الشرطة»).
                    let relative_subject = |a: &&Cand| {
                        a.start >= m.end && (m.end..a.start).any(|k| self.is_verb_at(k))
                    };
                    let from = source.as_ref().filter(relative_subject).map_or(from, |a| {
                        let last = self.coordinated(a.clone()).last().map_or(a.end, |l| l.end);
                        last.max(from)
                    });
                    // «الضربات الجوية الروسية والسورية على محافظة إدلب»: past every coordinated
                    // agent adjective.
                    let from = nisba_agent.as_ref().map_or(from, |a| {
                        let last = self.coordinated(a.clone()).last().map_or(a.end, |l| l.end);
                        last.max(from)
                    });
                    // A multiword trigger that ends in a verb takes its object («جولة شملت
                    // تونس والجزائر»).
                    let obj = frame.tgt_obj && m.elems.len() > 1;
                    target = self.target_after(from, m, obj, &frame.tgt_preps);
                }
                // «في قصف لمقاتلات التحالف العربي», «غارات لطيران النظام»: aircraft or forces
                // of an actor, under «لـ» after an attack noun, are the means; the actor
                // attacks.
                if source.is_none()
                    && self.violent(m)
                    && let Some(t) = target.take_if(|t| self.means_before(t.start))
                {
                    source = Some(t);
                }
            }
        }
        let mut sources = source.map(|c| self.coordinated(c)).unwrap_or_default();
        if sources.is_empty()
            && let Some(agent) = self.attacker_of_killing(m)
        {
            sources = self.coordinated(agent);
        }
        // «غادر حفتر موسكو دون التوقيع»: the one who did not sign is the clause's subject.
        if sources.is_empty() && gov == Some(Gov::Neg) {
            sources = self.last_subject.clone().unwrap_or_default();
        }
        if m.kind == FormKind::Noun {
            if sources.is_empty() && matches!(gov, Some(Gov::Coord { .. })) {
                sources = self.last_noun_sources.clone().unwrap_or_default();
            }
            // «والدور الروسي ودعمه للجيش»: a possessive pronoun on a noun coordinated right
            // after a named actor points back to that actor.
            if sources.is_empty()
                && m.clitics.suffix
                && m.clitics.conj
                && !frame.gen_patient
                && m.start > 0
                && !s.words[m.start].before.comma
                && !s.words[m.start].before.strong
                && s.words[m.start - 1].mention.is_some()
                && s.prep_of(self.mention_cand(m.start - 1).start).is_none()
            {
                sources = vec![self.mention_cand(m.start - 1)];
            }
            // «قبيل مغادرته موسكو»: a possessive pronoun on an agent noun points back to the
            // last subject.
            if sources.is_empty() && m.clitics.suffix && !frame.gen_patient {
                sources = self.last_subject.clone().unwrap_or_default();
            }
            // «في تصريح للسراج بعد اجتماعه بالرئيس التركي»: with no subject before, the
            // person named last before the noun, in its sentence.
            if sources.is_empty() && m.clitics.suffix && !frame.gen_patient {
                let person = (m.start.saturating_sub(8)..m.start)
                    .rev()
                    .find(|&k| s.person_at(k));
                sources.extend(person.map(|k| self.mention_cand(k)));
            }
            // «دخول قواتها», «زيارة وفده»: forces or a delegation with a possessive pronoun
            // stand for its referent, the actor named last before that agrees with it.
            if sources.is_empty() && !frame.gen_patient {
                sources.extend(self.envoy_pronoun_referent(m));
            }
            // «تدفق آلاف المتظاهرين إلى بوغور احتجاجا على زيارته», «خرج متظاهرون أفغان،
            // للاحتجاج على»: a protest with no agent of its own is the crowd's named before it.
            if sources.is_empty()
                && self.lex.entries[m.entry as usize]
                    .role
                    .code()
                    .is_some_and(|c| c.starts_with("14"))
            {
                sources.extend(self.crowd_before(m));
            }
            if !sources.is_empty() {
                self.last_noun_sources = Some(sources.clone());
                self.last_noun_end = m.end;
                self.last_noun_violent = self.violent(m);
            }
        } else if sources.is_empty()
            && let Some(agents) = self.agents_of_resumed_event(m)
        {
            sources = agents;
        }
        let targets = target
            .map(|c| self.coordinated(c))
            .unwrap_or_default()
            .into_iter()
            .filter(|t| {
                !sources
                    .iter()
                    .any(|src| src.start < t.end && t.start < src.end)
            })
            .collect();
        (sources, targets)
    }

    /// «انفجرت سيارة مفخخة … واسفرت عن إصابة 17 فردا», «مقتل أربعة أشخاص … في انفجار سيارة
    /// مفخخة», «اصيب 37 شخصا بجروح حين انفجرت قنبلة»: an attack told with no target of its
    /// own hit the people its sentence counts as casualties.
    fn casualty_targets(&self, events: &mut [Event]) {
        let unaimed = |e: &Event| {
            e.target.is_none() && e.plover.as_ref().is_some_and(|p| p.event_type == "ASSAULT")
        };
        if !events.iter().any(unaimed) {
            return;
        }
        let Some(victims) = self.casualties() else {
            return;
        };
        let victims = self.arg(&victims);
        // «قتل عشرة جنود» read as active keeps its people as the source: they are not also
        // its target.
        let overlaps = |a: &Arg| a.span.start < victims.span.end && victims.span.start < a.span.end;
        for e in events
            .iter_mut()
            .filter(|e| unaimed(e) && !e.source.as_ref().is_some_and(overlaps))
        {
            e.target = Some(victims.clone());
        }
    }

    /// The first people the sentence counts right after a word of harm that takes its victims
    /// after it: «مقتل أربعة أشخاص», «إصابة 17 فردا», «اصيب 37 شخصا», «مصرع جندي».
    fn casualties(&self) -> Option<Cand> {
        let s = self.s;
        let g = self.g();
        let harm = |k: usize| {
            matches!(
                s.words[k].bare.as_str(),
                "مقتل" | "اصابه" | "مصرع" | "اصيب" | "جرح" | "قتل"
            )
        };
        (0..s.len().saturating_sub(1)).find_map(|k| {
            let next = &s.words[k + 1];
            // «مقتل وإصابة متظاهرين»: the people come after the last word of harm.
            if !harm(k)
                || harm(k + 1)
                || next.before.strong
                || next.before.comma
                || s.prep_of(k + 1).is_some()
            {
                return None;
            }
            let limit = s.strong_end(k);
            let mut phrase = self.np_from(k + 1, limit);
            // «مقتل 4 من قوات الأمن»: a number and a partitive «من» count the phrase after.
            if (phrase.start..phrase.end).all(|j| s.is_number(j))
                && phrase.end + 1 < limit
                && s.words[phrase.end].bare == "من"
                && !s.words[phrase.end + 1].before.comma
            {
                let counted = self.np_from(phrase.end + 1, limit);
                phrase = Cand {
                    start: phrase.start,
                    end: counted.end,
                    mention: None,
                };
            }
            let people = (phrase.start..phrase.end).any(|j| {
                s.is_number(j)
                    || s.fw(j, g.quantity)
                    || s.cue(j, g.people_obj)
                    || s.words[j]
                        .mention
                        .and_then(|i| s.mentions.get(i))
                        .is_some_and(|m| m.kind == ActorKind::Person)
            });
            people.then_some(phrase)
        })
    }

    fn arg(&self, c: &Cand) -> Arg {
        let s = self.s;
        match c.mention.and_then(|i| s.mentions.get(i).map(|m| (i, m))) {
            Some((i, m)) => Arg {
                span: m.span,
                mention: Some(i),
                actor_id: Some(m.actor_id.clone()),
                code: m.code.clone(),
            },
            None => {
                let start = s.words[c.start].span.start as usize + self.proclitic_len(c.start);
                let end = s.words[c.end.saturating_sub(1).max(c.start)].span.end as usize;
                Arg {
                    span: Span::new(start, end),
                    mention: None,
                    actor_id: None,
                    code: None,
                }
            }
        }
    }

    /// Bytes of the conjunction and preposition glued to word `k` («ولمدينة» → «ول»), so that
    /// a phrase an argument starts with begins at its noun.
    fn proclitic_len(&self, k: usize) -> usize {
        let s = self.s;
        let w = &s.words[k];
        let Some(prep) = s.prep_of(k).and_then(|p| p.chars().next()) else {
            return 0;
        };
        let with_prep = || w.anals.iter().filter(|a| a.clitics.prep == Some(prep));
        let Some(a) = with_prep()
            .find(|a| a.clitics.def)
            .or_else(|| with_prep().next())
        else {
            return 0;
        };
        // «للـ» is «لـ» over the article, whose alef is not written: the phrase keeps both
        // lams rather than lose its article («للمتظاهرين»).
        let letters = usize::from(a.clitics.conj) + usize::from(!(prep == 'ل' && a.clitics.def));
        let text = s.text.get(w.span.range()).unwrap_or("");
        let mut seen = 0;
        for (at, ch) in text.char_indices() {
            if marsad_text::is_diacritic(ch) || ch == marsad_text::TATWEEL {
                continue;
            }
            if seen == letters {
                return at;
            }
            seen += 1;
        }
        0
    }

    fn mention_arg(&self, mention: usize) -> Arg {
        match self.s.mentions.get(mention) {
            Some(m) => Arg::of_mention(mention, m),
            None => Arg {
                span: self.s.span,
                mention: None,
                actor_id: None,
                code: None,
            },
        }
    }

    /// The argument a speaker stands for, with the code of their mention.
    fn speaker_arg(&self, a: &Attribution) -> Arg {
        Arg {
            span: a.span,
            mention: a.mention,
            actor_id: a.actor_id.clone(),
            code: a
                .mention
                .and_then(|i| self.s.mentions.get(i))
                .and_then(|m| m.code.clone()),
        }
    }

    fn attribution(&self, c: &Cand) -> Attribution {
        attribution_of(self.arg(c))
    }

    // -----------------------------------------------------------------------------------------
    // Modality
    // -----------------------------------------------------------------------------------------

    /// Whether the verbal noun `m` is what a verb of disapproval answers («يندد باعتداءات
    /// مدريد», «انتقد بشدة الهجوم على الكنيسة»): the event condemned is known already; the
    /// condemnation is the news.
    fn reacted_to(&self, m: &Match) -> bool {
        let s = self.s;
        if m.kind != FormKind::Noun || s.words[m.start].before.strong {
            return false;
        }
        let mut k = m.start;
        while k > 0 && s.fw(k - 1, self.g().manner) && !s.words[k - 1].before.strong {
            k -= 1;
        }
        self.after_disapproval[k]
    }

    /// Where the count starts when word `q` follows «من» after one («العشرات من المستوطنين»,
    /// «نحو 20 من عناصر الشرطة»): the people counted are one phrase with their count.
    fn count_before_min(&self, q: usize) -> Option<usize> {
        let s = self.s;
        let counted = |k: usize| s.fw(k, self.g().quantity) || s.is_number(k);
        if q < 2 || s.words[q - 1].bare != "من" || !counted(q - 2) {
            return None;
        }
        if s.words[q].before.comma || s.words[q - 1].before.comma {
            return None;
        }
        let mut start = q - 2;
        while start > 0 && counted(start - 1) && !s.words[start].before.comma {
            start -= 1;
        }
        // Right after a verb the phrase is its object («اعتقلت اثنين من قادتها»).
        let after_verb = start > 0 && !s.words[start].before.comma && self.any_verb_at(start - 1);
        (!after_verb).then_some(start)
    }

    /// Whether word `k` belongs to a phrase opened by a preposition of time: «بعد هجوم»,
    /// «اثر مقتل جنديين في هجوم مسلح». No verb and no break stands between them.
    fn in_time_phrase(&self, k: usize) -> bool {
        let s = self.s;
        let mut j = k;
        while j > 0 && k - j < 8 {
            if s.words[j].before.strong || s.words[j].before.comma {
                return false;
            }
            j -= 1;
            if s.fw(j, self.g().temporal_prep) {
                return true;
            }
            if self.any_verb_at(j) {
                return false;
            }
        }
        false
    }

    /// Whether word `h` tells its event as background: inside a relative clause («… الذي
    /// استهدف …») or a temporal clause the sentence presupposes («بعد أن خطف متشددون»,
    /// «عندما قتلوا», «قبل أن تنفذا»).
    fn in_background_clause(&self, h: usize) -> bool {
        let s = self.s;
        let g = self.g();
        let cs = s.clause_start(h);
        if cs < h && RELATIVES.contains(&s.words[cs].bare.as_str()) {
            return true;
        }
        // After a casualty («أصيب 37 شخصا حين انفجرت قنبلة») the temporal clause tells the
        // cause: that is the news.
        if (0..cs).any(|k| s.cue(k, g.harm)) {
            return false;
        }
        // «في حين» is «whereas», not «when».
        let whereas = cs > 0 && s.words[cs - 1].bare == "في";
        if cs < h && s.fw(cs, g.presuppose) && !whereas {
            return true;
        }
        (cs.max(h.saturating_sub(4))..h).any(|k| {
            k > 0
                && s.words[k].key == "ان"
                && !s.words[k].before.strong
                && matches!(
                    s.words[k - 1].key.as_str(),
                    "بعد" | "وبعد" | "قبل" | "وقبل" | "عقب" | "منذ"
                )
        })
    }

    /// «سوى», «إلا» a few words after the trigger, in its clause.
    fn exception_after(&self, m: &Match) -> bool {
        let s = self.s;
        let end = s.clause_end(m.head).min(m.end + 6);
        (m.end..end).any(|k| matches!(s.words[k].bare.as_str(), "سوي" | "الا"))
    }

    fn verb_negated(&self, h: usize, perfect: bool) -> bool {
        let s = self.s;
        let g = self.g();
        // «سقط من دون أن ينفجر»: without it happening.
        if h >= 2
            && !s.words[h].before.strong
            && s.words[h - 1].bare == "ان"
            && ["دون", "بدون"].contains(&s.words[h - 2].bare.as_str())
        {
            return true;
        }
        let lo = h.saturating_sub(4);
        let mut k = h;
        while k > lo {
            if s.words[k].before.strong {
                return false;
            }
            k -= 1;
            // «ما» negates only a perfect verb right after it at the head of a clause; elsewhere
            // it is the relative «what» («مما يهدد», «ما قاله»), and so it is before a verb of
            // result («، ما أسفر عن مقتل»).
            let ma = perfect
                && k + 1 == h
                && s.fw(k, g.neg_ma)
                && !s.fw(h, g.result_verbs)
                && (k == 0 || s.words[k].before.strong || s.words[k].before.comma);
            if s.fw(k, g.neg) || ma {
                return true;
            }
            // «لا تزال تدعم», «ما زال يطالب»: a negated «زال» means «still».
            if s.words[k].bare.ends_with("زال") || s.words[k].bare.ends_with("زالت") {
                return false;
            }
            if !(s.fw(k, g.aux) || s.fw(k, g.pronoun) || s.fw(k, g.time)) {
                return false;
            }
        }
        false
    }

    fn negated(&self, m: &Match, gov: Option<Gov>) -> bool {
        let s = self.s;
        let g = self.g();
        match m.kind {
            // «لا تستهدف سوى المسلحين»: a negation with an exception restricts, it does not
            // deny.
            FormKind::Perfect | FormKind::Imperfect => {
                self.verb_negated(m.head, m.kind == FormKind::Perfect) && !self.exception_after(m)
            }
            FormKind::Participle => false,
            FormKind::Noun => {
                let h = m.head;
                let direct = h > 0 && !s.words[h].before.strong && s.fw(h - 1, g.neg_noun);
                let governor = match gov {
                    Some(Gov::Light(v) | Gov::LightPatient(v) | Gov::Pass(v) | Gov::Occur(v)) => {
                        let perfect = self
                            .pseudo
                            .iter()
                            .any(|p| p.head == v && p.kind == FormKind::Perfect);
                        self.verb_negated(v, perfect)
                    }
                    _ => false,
                };
                direct || governor
            }
        }
    }

    fn governor_word(gov: Option<Gov>) -> Option<usize> {
        match gov {
            Some(
                Gov::Light(v) | Gov::LightPatient(v) | Gov::Pass(v) | Gov::Occur(v) | Gov::Say(v),
            ) => Some(v),
            _ => None,
        }
    }

    fn future_at(&self, h: usize, clitics: Option<Clitics>, kind: FormKind) -> bool {
        let s = self.s;
        let g = self.g();
        if kind == FormKind::Imperfect && clitics.is_some_and(|c| c.fut) {
            return true;
        }
        let seg = s.strong_start(h);
        // «سوف», «لن» within three words (auxiliaries between).
        let near = (h.saturating_sub(3).max(seg)..h).any(|k| s.fw(k, g.future));
        if near {
            return true;
        }
        // An intention verb shortly before: «يعتزم زيارة», «تعتزم أن تزور».
        let intention = self
            .pseudo
            .iter()
            .any(|p| *s.role(p) == Role::Fut && p.head < h && p.head + 5 >= h && p.head >= seg);
        if intention {
            return true;
        }
        // «من المقرر أن», «من المنتظر أن».
        (h.saturating_sub(8).max(seg)..h)
            .any(|k| k > 0 && s.fw(k, g.future_adj) && s.words[k - 1].bare == "من")
    }

    /// Whether an adjective of `set` follows the verbal noun `m` in its phrase, past other
    /// adjectives and the names of its parties: «ضربة جوية أميركية أو إسرائيلية محتملة»,
    /// «زيارة أردوغان المرتقبة».
    fn noun_qualified_by(&self, m: &Match, set: usize) -> bool {
        let s = self.s;
        if m.kind != FormKind::Noun {
            return false;
        }
        let end = s.strong_end(m.head).min(m.end + 5);
        for k in m.end..end {
            let w = &s.words[k];
            // «حالة الاستنفار تحسبا لهجوم محتمل»: the adjective of another event noun.
            if w.before.comma
                || s.is_complementizer(k)
                || s.fw(k, self.g().clause)
                || self.any_verb_at(k)
                || self.trigger_words[k]
            {
                return false;
            }
            if s.fw(k, set) {
                return true;
            }
        }
        false
    }

    fn future(&self, m: &Match, gov: Option<Gov>) -> bool {
        let kind = if m.kind == FormKind::Noun {
            FormKind::Noun
        } else {
            m.kind
        };
        if self.future_at(m.head, Some(m.clitics), kind)
            || self.noun_qualified_by(m, self.g().future_post)
        {
            return true;
        }
        match Self::governor_word(gov) {
            Some(v) => {
                let gm = self.pseudo.iter().find(|p| p.head == v);
                self.future_at(
                    v,
                    gm.map(|p| p.clitics),
                    gm.map_or(FormKind::Noun, |p| p.kind),
                )
            }
            None => false,
        }
    }

    fn hypothetical_at(&self, h: usize, kind: FormKind) -> bool {
        let s = self.s;
        let g = self.g();
        let seg = s.strong_start(h);
        if kind == FormKind::Imperfect && h > 0 && s.fw(h - 1, g.qad) && !s.words[h].before.strong {
            return true;
        }
        (h.saturating_sub(10).max(seg)..h).any(|k| s.fw(k, g.hypo))
    }

    /// Whether the imperfect at `h` is subjunctive: after «أن», «كي», «ألا». «بعد أن», «قبل
    /// أن» and «منذ أن» are temporal, and what they introduce happened; «دون أن» negates
    /// ([`Ctx::verb_negated`]). The lām of purpose is left alone: in news it mostly tells a
    /// result («فجر نفسه ليقتل خمسة»).
    fn subjunctive_at(&self, h: usize) -> bool {
        let s = self.s;
        if h == 0 || s.words[h].before.strong || !s.fw(h - 1, self.g().subjunctive) {
            return false;
        }
        !(h >= 2 && ["قبل", "بعد", "منذ", "دون", "بدون"].contains(&s.words[h - 2].bare.as_str()))
    }

    /// Whether the event is an act wished, demanded or intended in a subjunctive clause
    /// («طلبت منه ألا يقتلها», «أن يحاول اغتيال»), itself or through its governing verb
    /// («أن يشن هجوما»).
    fn subjunctive(&self, m: &Match, gov: Option<Gov>) -> bool {
        if m.kind == FormKind::Imperfect {
            return self.subjunctive_at(m.head) || self.mood_shared(m.head);
        }
        Self::governor_word(gov)
            .and_then(|v| self.pseudo.iter().find(|p| p.head == v))
            .is_some_and(|p| p.kind == FormKind::Imperfect && self.subjunctive_at(p.head))
    }

    /// Whether the imperfect at `h` is coordinated with an earlier imperfect under «قد» or
    /// «أن», and so shares its mood: «وقد يخطف … ويسرق … ويقتل», «أن تعود … أو تفقد».
    fn mood_shared(&self, h: usize) -> bool {
        let s = self.s;
        let imperfect = |k: usize| {
            self.verb_feminine(k)
                .is_some_and(|(kind, _)| kind == FormKind::Imperfect)
        };
        let mut verb = h;
        for _ in 0..4 {
            match self.coordinated_verb_before(verb) {
                Some(p) if imperfect(p) => {
                    let qad = p > 0 && !s.words[p].before.strong && s.fw(p - 1, self.g().qad);
                    if qad || self.subjunctive_at(p) {
                        return true;
                    }
                    verb = p;
                }
                _ => return false,
            }
        }
        false
    }

    fn hypothetical(&self, m: &Match, gov: Option<Gov>) -> bool {
        if self.hypothetical_at(m.head, m.kind)
            || self.supposed_at(m.head)
            || self.noun_qualified_by(m, self.g().hypo_post)
        {
            return true;
        }
        match Self::governor_word(gov) {
            Some(v) => {
                let kind = self
                    .pseudo
                    .iter()
                    .find(|p| p.head == v)
                    .map_or(FormKind::Noun, |p| p.kind);
                self.hypothetical_at(v, kind) || self.supposed_at(v)
            }
            None => false,
        }
    }

    /// Whether a noun of supposition governs word `h`: through the «أن» clause right after it
    /// («خشية أن يكون مسلحون قد خطفوا», «مخاوف من أن»), or closely in its own clause («خشية
    /// وقوع هجمات», «تحسبا لهجوم»; past the comma of «أما الخيار الثالث، فهو شن هجوم»).
    /// Unlike the markers of [`Ctx::hypothetical_at`] these nouns also name what happened
    /// («وسط مخاوف بشأن تبعات الانسحاب»), so their reach is short.
    fn supposed_at(&self, h: usize) -> bool {
        let s = self.s;
        let g = self.g();
        let cs = s.clause_start(h);
        // The noun may have its genitive between: «خشية جنود أن», «مخاوف الغرب من أن».
        if cs > 0 && cs < h && s.is_complementizer(cs) && !s.words[cs].before.strong {
            let governed = (s.clause_start(cs - 1).max(cs.saturating_sub(3))..cs)
                .any(|k| s.fw(k, g.supposition) && !(k + 1..=cs).any(|j| s.words[j].before.comma));
            if governed {
                return true;
            }
        }
        (cs.max(h.saturating_sub(4))..h).any(|k| {
            s.fw(k, g.supposition)
                && !(k + 1..=h).any(|j| {
                    s.words[j].before.comma && !matches!(s.words[j].bare.as_str(), "هو" | "هي")
                })
        })
    }

    // -----------------------------------------------------------------------------------------
    // Attribution and quotes
    // -----------------------------------------------------------------------------------------

    /// The subject of the speech verb `p` (perfect or imperfect).
    fn speech_verb_subject(&self, p: &Match) -> Option<Cand> {
        let s = self.s;
        // «وإذ ننفي صحة هذه الادعاءات»: the first person speaks for the speaker quoted.
        if self.first_person_plural(p) {
            return None;
        }
        let mut subj = self.subject(p.head, p.plural, &p.elems);
        if subj
            .as_ref()
            .is_some_and(|c| c.start > p.head && !self.may_follow_as_speaker(p, c))
        {
            subj = None;
        }
        // «كان ذلك في تصريح للسراج وقد أكد السراج»: «وقد» before the verb also leaves the
        // phrase before it out when one is named after; with none, «دولة الكويت وقد تابعت»
        // keeps it (a circumstantial clause inside the subject's).
        if subj.as_ref().is_some_and(|c| c.start < p.head)
            && p.head > 0
            && matches!(s.words[p.head - 1].key.as_str(), "وقد" | "ولقد")
            && let Some(after) = self.named_after_speech_verb(p)
        {
            subj = Some(after);
        }
        // «طالب ترودو … بعد قتل الفلسطينيين برصاص الجيش الإسرائيلي وقال إن»: a verb
        // carrying «و» has no subject right before it. It has one named after it
        // («ورفضت التشيك مزاعم روسيا، وقال وزير الخارجية التشيكي»), or shares the
        // subject of an earlier speech verb of the sentence («وأعلن المرصد أن صواريخ
        // استهدفت …، وأضاف»), or of the verb before it, however far back, if they agree
        // in gender. The phrase before stays only with no lexicon verb before it («وأظهر
        // ترامب تفاؤله … وأعرب»: «أظهر» is none). «أما روحاني فأكد» has its subject
        // before «فـ».
        if p.clitics.conj
            && s.words[p.head].key.starts_with('و')
            && subj.as_ref().is_none_or(|c| c.start < p.head)
        {
            let before = subj.take();
            subj = self
                .named_after_speech_verb(p)
                .or_else(|| {
                    self.say_subjects
                        .iter()
                        .rev()
                        .find(|(h, _)| *h < p.head)
                        .and_then(|(_, group)| group.first().cloned())
                })
                // With no phrase before either, only an actor the resolver knows: the
                // earlier verb's subject may be a phrase it misread.
                .or_else(|| {
                    self.earlier_verb_subject(p.head).filter(|c| {
                        before.is_some()
                            || (s.prep_of(c.start).is_none()
                                && c.mention
                                    .and_then(|i| s.mentions.get(i))
                                    .is_some_and(|m| m.kind != ActorKind::Place))
                    })
                })
                .or_else(|| before.filter(|_| !self.verb_before(p.head)));
        }
        // «وهذا لا ينفي», «كان ذلك في تصريح»: a demonstrative alone points back to something
        // said and speaks nothing; «هؤلاء المسؤولون», «تلك المواقع» are speakers.
        subj.filter(|c| {
            let alone = s
                .words
                .get(c.start + 1)
                .is_none_or(|w| c.end == c.start + 1 || !is_definite(&w.key));
            !(alone && self.demonstrative(c, false))
        })
    }

    /// The speaker carried from the sentences before, for a speech verb `p` that opens its
    /// sentence with no subject («وأضاف: "…"», «كما أشار إلى أن …») and agrees with the verb
    /// that introduced them in gender and number.
    fn carried_speaker(&self, p: &Match) -> Option<CarriedSpeaker> {
        let s = self.s;
        let opens = (0..p.head).all(|k| OPENERS.contains(&s.words[k].bare.as_str()));
        // «ويذكر أن», «ويرجح أن», «ويعتقد أن» opening a sentence are impersonal passives:
        // «it is worth noting», «it is likely», «it is believed».
        let verb = s.words[p.head].bare.as_str();
        let verb = if p.clitics.conj {
            verb.strip_prefix(['و', 'ف']).unwrap_or(verb)
        } else {
            verb
        };
        if IMPERSONAL_SAY.contains(&verb) {
            return None;
        }
        let carried = self.carried.filter(|_| opens)?;
        let agrees = match (self.verb_feminine(p.head), carried.feminine) {
            (Some((_, a)), Some(b)) => a == b,
            _ => true,
        };
        (agrees && carried.plural == p.plural).then(|| carried.clone())
    }

    /// The phrase right after a speech verb, as its subject («وقالت السلطات», «ويقول مسؤولون»).
    fn named_after_speech_verb(&self, p: &Match) -> Option<Cand> {
        self.subject_after(p.head, &p.elems)
            .filter(|c| self.may_follow_as_speaker(p, c))
    }

    /// Whether the phrase `c` after the speech verb `p` can be who speaks: not what is quoted
    /// («وأضاف "أعتقد أن …"»; a name in quote marks is: «ونقلت "رويترز" عن»), nor whom it is
    /// said to («وقال لمعاونيه»; a name may read as a preposition with a pronoun: «لوكوك»),
    /// nor a second object, nor a time.
    fn may_follow_as_speaker(&self, p: &Match, c: &Cand) -> bool {
        let s = self.s;
        let prep_with_pronoun = s.words[c.start].mention.is_none()
            && s.words[c.start]
                .anals
                .iter()
                .any(|a| a.clitics.prep.is_some() && a.clitics.suffix);
        // «واعتبرته تصعيدا»: after a verb carrying its object, an indefinite accusative is a
        // second object; «ذكرته الوكالة», «نقلته مصادر», «أوردته وكالة الأنباء» are subjects.
        let second_object = p.clitics.suffix && c.mention.is_none() && {
            let key = &s.words[c.start].key;
            key.ends_with('ا') && !is_definite(key)
        };
        !self.only_numbers_or_time(c)
            && !prep_with_pronoun
            && !second_object
            && (!self.quoted_after(p) || self.quoted_name(c))
    }

    /// Whether a quote mark closes right after the phrase `c` («"فرانس برس" عن»): a name in
    /// quote marks, not the start of a quotation.
    fn quoted_name(&self, c: &Cand) -> bool {
        let s = self.s;
        let last = &s.words[c.end.saturating_sub(1).max(c.start)];
        let after = s
            .words
            .get(c.end)
            .map_or(s.span.end as usize, |w| w.span.start as usize);
        s.text
            .get(last.span.end as usize..after)
            .is_some_and(|gap| gap.contains(['"', '»', '”']))
    }

    /// Where a short name in quote marks that opens at word `k` ends (the word after its last
    /// one), if it closes within four words and before `limit`.
    fn quoted_name_end(&self, k: usize, limit: usize) -> Option<usize> {
        let s = self.s;
        let gap = |a: usize, b: usize| {
            let from = s.words[a].span.end as usize;
            let to = s
                .words
                .get(b)
                .map_or(s.span.end as usize, |w| w.span.start as usize);
            s.text.get(from..to).unwrap_or("")
        };
        // A mark that opens touches the word after it and one that closes the word before it
        // (a straight quote can be either). «وقال أردوغان: "…"»: after a colon or a comma, a
        // quotation.
        let opening = if k == 0 { "" } else { gap(k - 1, k) };
        // «"إنني هنا مع عائلتي"»: a clause, not a name.
        if !opening.ends_with(['«', '“', '"'])
            || opening.contains([':', '،', ','])
            || s.is_complementizer(k)
        {
            return None;
        }
        (k..(k + 4).min(limit))
            .take_while(|&i| i == k || !s.words[i].before.strong)
            .find(|&i| gap(i, i + 1).starts_with(['»', '”', '"']))
            .map(|i| i + 1)
    }

    /// Whether a quote mark or a colon follows the speech verb `p` («وأضاف "…"», «وقال: …»).
    fn quoted_after(&self, p: &Match) -> bool {
        let s = self.s;
        s.words.get(p.end).is_some_and(|next| {
            s.text
                .get(s.words[p.end - 1].span.end as usize..next.span.start as usize)
                .is_some_and(|gap| gap.contains(['"', '«', '“', ':']))
        })
    }

    /// Whether a verb the lexicon knows stands before word `h` in its sentence part.
    fn verb_before(&self, h: usize) -> bool {
        let s = self.s;
        (0..h)
            .rev()
            .take_while(|&k| !s.words[k + 1].before.strong)
            .any(|k| self.any_verb_at(k))
    }

    /// The subject of the nearest verb before word `h` in its sentence part (up to strong
    /// punctuation) that has one («وكان سالفيني، أصر على …، وقال»), while the verbs agree
    /// with `h` in gender.
    fn earlier_verb_subject(&self, h: usize) -> Option<Cand> {
        let s = self.s;
        let mut k = h;
        while k > 0 && !s.words[k].before.strong {
            k -= 1;
            if self.any_verb_at(k) {
                // Strictly: a verb with its subject dropped agrees with it in gender.
                if let (Some((_, a)), Some((_, b))) = (self.verb_feminine(k), self.verb_feminine(h))
                    && a != b
                {
                    return None;
                }
                let plural = self.pseudo.iter().any(|p| p.head == k && p.plural);
                if let Some(subject) = self.subject(k, plural, &[]) {
                    return Some(subject);
                }
            }
        }
        None
    }

    /// The attribution layer a speech verb opens, and its indirect quote.
    fn say_scope(
        &mut self,
        p: &Match,
        pairs: &[QuotePair],
        scopes: &mut Vec<Scope>,
        quotes: &mut Vec<Quote>,
    ) {
        let s = self.s;
        let previous = scopes.last().and_then(|sc| sc.attribution.clone());
        let speaker = match p.kind {
            FormKind::Perfect | FormKind::Imperfect => {
                let subj = self.speech_verb_subject(p);
                if let Some(c) = &subj {
                    let group = self.coordinated(c.clone());
                    self.say_subjects.push((p.head, group.clone()));
                    self.last_subject = Some(group);
                }
                subj
            }
            // A circumstantial participle («مؤكدا أن») speaks for the clause's subject.
            FormKind::Participle => self.last_subject.as_ref().and_then(|v| v.first().cloned()),
            FormKind::Noun => None,
        };
        let carried = match (&speaker, p.kind.is_verb()) {
            (None, true) => self.carried_speaker(p),
            _ => None,
        };
        // Speech reported by someone else («قال الوزير إن الرئيس أكد …», «"لا أهتم لما يقوله
        // الاتحاد"») does not change who the article is quoting.
        let head = s.words[p.head].span;
        let embedded = scopes
            .iter()
            .any(|sc| sc.start <= p.head && p.head < sc.end)
            || pairs
                .iter()
                .any(|q| q.inner.start <= head.start && head.end <= q.inner.end);
        if p.kind.is_verb() && !embedded {
            let feminine = self.verb_feminine(p.head).map(|(_, f)| f);
            self.last_speaker = match (&speaker, &carried) {
                (Some(c), _) => Some(CarriedSpeaker {
                    arg: self.arg(c),
                    feminine,
                    plural: p.plural,
                    sentence: self.sentence_no,
                }),
                (None, Some(cs)) => Some(CarriedSpeaker {
                    sentence: self.sentence_no,
                    ..cs.clone()
                }),
                (None, None) => self.last_speaker.take(),
            };
        }
        // A speech noun («في إشارة إلى أن», «تصريح») continues the speaker before it; with
        // none it opens no layer.
        let attribution = match (&speaker, &carried) {
            (Some(c), _) => Some(self.attribution(c)),
            (None, Some(cs)) => Some(attribution_of(cs.arg.clone())),
            (None, None) => previous,
        };
        if p.kind == FormKind::Noun && attribution.is_none() {
            return;
        }
        // A negated speech verb asserts nothing («لم يؤكد أن», «لا يعتقدون أن», «لم ينف أن»).
        // Speech that a denial or supposition is about is denied or supposed with it («نفى
        // صحة تقارير تفيد بأن …»: that layer starts at the inner verb, below).
        let negated = p.kind.is_verb() && self.verb_negated(p.head, p.kind == FormKind::Perfect);
        let stance = match (s.role(p), innermost(scopes, p.head)) {
            _ if negated => Stance::Supposes,
            (Role::Say(Stance::Tells), Some(outer)) if outer.start == p.head => outer.stance,
            (Role::Say(own), _) => *own,
            _ => Stance::Tells,
        };
        let search_from = speaker
            .as_ref()
            .filter(|c| c.start > p.head)
            .map_or(p.end, |c| c.end);
        // What a denial or supposition is about follows it past a long subject («نفى العميد
        // عدنان الضميري المتحدث باسم الشرطة التي كان محبوسا لديها أن يكون المعتقل قد تعرض
        // للتعذيب»), but not past a comma after its object: «نفى مصدر مقتل خاشقجي، واصفا
        // الاتهامات بأنها …» denies a verbal noun, and the «أن» is another verb's.
        let near = search_from + 8;
        let far = if stance == Stance::Tells {
            near
        } else {
            search_from + 14
        };
        let end = s.strong_end(p.head).min(far);
        let object_then_comma = |c: usize| {
            let comma = (p.end..=c).find(|&j| s.words[j].before.comma);
            comma.is_some_and(|comma| {
                stance != Stance::Tells && (p.end..comma).any(|j| self.trigger_words[j])
            })
        };
        // «نفى تقارير استعادة السيطرة على الحي وقال إن …»: the «إن» of a speech verb
        // coordinated after this one is that verb's.
        let comp = (p.end.min(search_from)..end)
            .find(|&j| s.is_complementizer(j))
            .filter(|&c| c < near || !(p.end..=c).any(|j| s.words[j].before.comma))
            .filter(|&c| !object_then_comma(c))
            .filter(|&c| {
                !self.pseudo.iter().any(|q| {
                    q.head > p.head
                        && q.head < c
                        && s.has_conj(q.head)
                        && matches!(s.role(q), Role::Say(_))
                })
            });
        // «ونفت بكين …، قائلة إنها تعتقل»: a circumstantial participle agrees like a verb
        // (keys spell its ة as ه; its plural ends in ين/ون).
        let word = s.words[p.head].bare.as_str();
        let agrees = |c: usize| match p.kind {
            FormKind::Participle => {
                let plural = word.ends_with("ين") || word.ends_with("ون");
                pronoun_agrees(word.ends_with('ه'), plural, &s.words[c].bare)
            }
            kind => {
                let feminine = word.ends_with('ت') || word.starts_with('ت');
                kind.is_verb() && pronoun_agrees(feminine, p.plural, &s.words[c].bare)
            }
        };
        if let (Some(c), Some(spk)) = (comp, &speaker)
            && agrees(c)
        {
            self.speakers.push((c, spk.clone()));
        }
        match comp {
            Some(c) => {
                // «نفى صحة تقارير تفيد بأن …»: what other speech the denial or supposition is
                // about lies inside it, and is denied or supposed with it.
                let start = match stance {
                    Stance::Tells => c,
                    Stance::Denies | Stance::Supposes => (p.end..c)
                        .find(|&k| {
                            self.pseudo
                                .iter()
                                .any(|q| q.head == k && matches!(s.role(q), Role::Say(_)))
                        })
                        .unwrap_or(c),
                };
                // What is denied or supposed ends with its clause («رجح أن يكون مصدر القصف
                // إسرائيليا، مؤكدا مقتل 26 مقاتلا»); what is told runs on to the end.
                let end = match stance {
                    Stance::Tells => s.len(),
                    Stance::Denies | Stance::Supposes => self.complement_end(c),
                };
                scopes.push(Scope {
                    start,
                    end,
                    attribution,
                    stance,
                });
                if c + 1 < s.len() {
                    let start = s.words[c + 1].span.start as usize;
                    let last = s.words[s.len() - 1].span.end as usize;
                    quotes.push(Quote {
                        speaker: speaker
                            .as_ref()
                            .map(|c| self.arg(c))
                            .or_else(|| carried.as_ref().map(|cs| cs.arg.clone())),
                        verb: Some(s.words[p.head].span),
                        text: Span::new(start, last),
                        direct: false,
                    });
                }
            }
            // «التحالف ينفي ويتهم الحوثيين»: a verb coordinated right after the speech verb is
            // a second act of the speaker, outside what is said or denied.
            None if p.end < s.len() && s.has_conj(p.end) => {}
            // «نفى نتنياهو ارتكاب أي تجاوزات، واتهم الشرطة»: what is denied or supposed ends
            // where a verb carrying «و» after a comma adds the speaker's next act.
            None => {
                let end = s.clause_end(p.head);
                let end = match stance {
                    Stance::Tells => end,
                    Stance::Denies | Stance::Supposes => (p.end..end)
                        .find(|&j| s.words[j].before.comma && s.has_conj(j) && self.any_verb_at(j))
                        .unwrap_or(end),
                };
                scopes.push(Scope {
                    start: p.end,
                    end,
                    attribution,
                    stance,
                });
            }
        }
    }

    /// One past the last word of the «أن» clause at `c`: up to a comma or a clause word other
    /// than a relative pronoun («نفى أن يكون رجاله قد اغتصبوا مسلمات في إطار ما تعتبره الأمم
    /// المتحدة تطهيرا عرقيا، وذلك خلال الزيارة»; «يتوقع أن يتجمع مؤيدوه حيث نشرت الشرطة
    /// قوات»).
    fn complement_end(&self, c: usize) -> usize {
        let s = self.s;
        (c + 1..s.len())
            .find(|&j| {
                let w = &s.words[j];
                w.before.strong
                    || w.before.comma
                    || (s.fw(j, self.g().clause) && !RELATIVES.contains(&w.bare.as_str()))
                    || (s.is_complementizer(j)
                        && j > 0
                        && matches!(s.words[j - 1].bare.as_str(), "قبل" | "بعد" | "منذ"))
            })
            .unwrap_or(s.len())
    }

    /// Who the report preposition at word `r` names: «وفقا لـ"سانا"», «نقلا عن مصادر», and
    /// past a noun of wording, «بحسب وصف البيان» (the statement).
    fn reporter_after(&self, r: usize) -> Option<Cand> {
        let s = self.s;
        if self.own_words_after(r).is_some() {
            return None;
        }
        let mut j = r + 1;
        while j < s.len() && matches!(s.words[j].bare.as_str(), "ل" | "عن" | "ما" | "لما") {
            j += 1;
        }
        // «وفق ما أفاد شهود عيان», «حسب ما أفاد به مسؤولون», «وفق ما قال الأربعاء مسؤول»,
        // «بحسب ما جاء في البيان», «حسب ما جاء على لسان المتحدث»: the verb of «ما» is not who
        // reports; its subject is, or the document or mouth the words stand in (on search
        // keys, «على» is «علي»).
        let report_verb = s.fw(j, self.g().report_verbs);
        if j > r + 1
            && matches!(s.words[j - 1].bare.as_str(), "ما" | "لما")
            && (self.any_verb_at(j) || report_verb)
        {
            j += 1;
            while j < s.len()
                && !s.words[j].before.strong
                && (s.prep_with_pronoun(j)
                    || s.fw(j, self.g().time)
                    || (report_verb && matches!(s.words[j].bare.as_str(), "في" | "علي" | "لسان")))
            {
                j += 1;
            }
            // «بحسب ما أعلنت في بيان», «وفقا لما نقل على لسانه»: the verb's subject is only in
            // the verb, and what follows is an adjunct.
            if j < s.len() && s.fw(j, self.g().prep) {
                return None;
            }
        }
        // «بحسب تقديرات رسمية»: an adjective, not whose estimates.
        let adjective = |k: usize| {
            let w = &s.words[k];
            w.mention.is_none() && is_nisba(&w.key) && !is_definite(&w.key)
        };
        if j + 1 < s.len()
            && REPORT_NOUNS.contains(&s.words[j].key.as_str())
            && s.prep_of(j + 1).is_none()
            && !adjective(j + 1)
            && !s.words[j + 1].before.comma
            && !s.words[j + 1].before.strong
        {
            j += 1;
        }
        (j < s.len()).then(|| self.np_from(j, s.strong_end(j)))
    }

    /// «حسب قوله», «حسب تعبيره», «وفق بيانها»: a noun of saying with a pronoun after the report
    /// preposition at `r` names nobody new, only the speaker already told. `Some(true)` when it
    /// qualifies the wording alone («تعبيره», «وصفه»: what is told stays the subject's own act),
    /// `Some(false)` when it attributes the claim («وفق قولها»).
    fn own_words_after(&self, r: usize) -> Option<bool> {
        let s = self.s;
        let w = s.words.get(r + 1)?;
        if w.mention.is_some() {
            return None;
        }
        let stem = w.anals.iter().find_map(|a| {
            let stem = a.stem.as_str();
            (a.clitics.suffix && (REPORT_NOUNS.contains(&stem) || OWN_WORDS.contains(&stem)))
                .then_some(stem)
        })?;
        Some(WORDING_NOUNS.contains(&stem))
    }

    /// «بحسب X», «وفقا لـX», «نقلا عن X», «حسب X»: the whole sentence is X's report.
    fn report_scopes(&self, scopes: &mut Vec<Scope>) {
        let s = self.s;
        let g = self.g();
        for r in 0..s.len() {
            // «ليس … فحسب»: «only», closing its phrase, reports nothing.
            let closes = s
                .words
                .get(r + 1)
                .is_none_or(|w| w.before.strong || w.before.comma);
            if !s.fw(r, g.report_prep) || closes {
                continue;
            }
            // «حسب تعبيره» qualifies the wording of what the subject did: no report layer.
            // «وفق قولها», «بحسب ما أعلنت في بيان»: reported, by the speaker a pronoun refers
            // to.
            let attribution = match self.own_words_after(r) {
                Some(true) => continue,
                Some(false) => None,
                None => self.reporter_after(r).map(|c| self.attribution(&c)),
            };
            // Lowest priority: an earlier start loses to any speech verb's layer inside.
            scopes.insert(
                0,
                Scope {
                    start: 0,
                    end: s.len(),
                    attribution,
                    stance: Stance::Tells,
                },
            );
        }
        // «قالت مصادر», «أفادت تقارير»: anonymous reporters are already speakers of their
        // speech verbs; nothing more to do here.
        // «معلومات حول لقاء ممثليه»: what news is about is reported, by nobody named.
        for k in 0..s.len() {
            if s.cue(k, g.news) {
                let end = s.clause_end(k).min(k + 12);
                let about = (k + 1..end).find(|&j| {
                    ABOUT.contains(&s.words[j].bare.as_str()) && !s.words[j].before.comma
                });
                if let Some(j) = about {
                    scopes.push(Scope {
                        start: j,
                        end,
                        attribution: None,
                        stance: Stance::Tells,
                    });
                }
            }
        }
    }

    /// Gives a speaker to the direct quotes that open in this sentence next to a speech verb.
    fn attach_direct_quotes(
        &self,
        pseudo: &[Match],
        scopes: &[Scope],
        pairs: &mut [QuotePair],
        quotes: &mut Vec<Quote>,
    ) {
        let s = self.s;
        for pair in pairs.iter_mut() {
            let open = pair.inner.start;
            if open < s.span.start || open >= s.span.end || pair.attribution.is_some() {
                continue;
            }
            let Some(q) = (0..s.len()).find(|&i| s.words[i].span.start >= open) else {
                continue;
            };
            let inside = (q..s.len())
                .take_while(|&i| s.words[i].span.end <= pair.inner.end)
                .count();
            let spans_beyond = pair.inner.end > s.span.end;
            if inside < 2 && !spans_beyond {
                // A scare-quoted name or term («هروب», “حفتر”), not a quotation.
                continue;
            }
            // «صحيفة "نيويورك تايمز"»: the name of what the noun before it names.
            if q > 0
                && s.words[q - 1].mention.is_none()
                && !self.any_verb_at(q - 1)
                && self.nominal(q - 1)
                && !is_definite(&s.words[q - 1].key)
                && self.quoted_name_end(q, s.len()) == Some(q + inside)
            {
                continue;
            }
            let after = (q..s.len()).find(|&i| s.words[i].span.start >= pair.inner.end);
            // «“…”، بحسب وصف البيان»: a noun of saying inside the reporter's phrase is no speech
            // verb of its own; the reporter speaks the quote («حسب ما ذكرت الوكالة» keeps its
            // verb). So it does when no speech verb is near, unless one further back speaks
            // it and the reporter only passes it on («وقال المدرب بعد المباراة: "…"، حسب موقع
            // "غول"»).
            let verb = pseudo
                .iter()
                .filter(|p| matches!(s.role(p), Role::Say(_)))
                .find(|p| {
                    (p.head < q && p.head + 6 >= q)
                        || after.is_some_and(|a| p.head >= a && p.head <= a + 2)
                });
            let said_before = pseudo
                .iter()
                .any(|p| p.head < q && matches!(s.role(p), Role::Say(_)));
            let reporter = after
                .filter(|&a| s.fw(a, self.g().report_prep) && !said_before)
                .and_then(|a| {
                    let c = self.reporter_after(a)?;
                    verb.is_none_or(|v| a < v.head && v.head < c.end)
                        .then_some(c)
                });
            if let Some(c) = reporter {
                let attribution = self.attribution(&c);
                pair.attribution = Some(attribution.clone());
                quotes.push(Quote {
                    speaker: Some(self.speaker_arg(&attribution)),
                    verb: None,
                    text: pair.inner,
                    direct: true,
                });
                continue;
            }
            let Some(verb) = verb else {
                continue;
            };
            let scope = scopes
                .iter()
                .find(|sc| sc.start >= verb.head && sc.start <= verb.end + 8);
            let attribution = scope.and_then(|sc| sc.attribution.clone()).or_else(|| {
                let subject = match verb.kind {
                    FormKind::Perfect | FormKind::Imperfect => self.speech_verb_subject(verb),
                    _ => self.subject(verb.head, verb.plural, &verb.elems),
                };
                subject.map(|c| self.attribution(&c))
            });
            pair.attribution = attribution.clone();
            let speaker = attribution.as_ref().map(|a| self.speaker_arg(a));
            quotes.push(Quote {
                speaker,
                verb: Some(s.words[verb.head].span),
                text: pair.inner,
                direct: true,
            });
        }
    }

    // -----------------------------------------------------------------------------------------
    // Place and date
    // -----------------------------------------------------------------------------------------

    /// A place mention after «في» in the trigger's stretch, not already a participant.
    fn location(&self, h: usize, used: &[usize]) -> Option<usize> {
        let s = self.s;
        let g = self.g();
        // The clause, approximated by distance: a long sentence strings several predications
        // together, and a «في X» far away locates another of them.
        let lo = s.strong_start(h).max(h.saturating_sub(8));
        let hi = s.strong_end(h).min(h + 16);
        let mut best: Option<(usize, usize)> = None;
        for j in lo..hi {
            let Some(mi) = s.words[j].mention else {
                continue;
            };
            if used.contains(&mi) || !s.mentions.get(mi).is_some_and(|m| m.kind.is_place()) {
                continue;
            }
            let fi = |k: usize| s.prep_of(k).is_some_and(|p| p == "في");
            let ok = fi(j) || (j > 0 && s.cue(j - 1, g.place_noun) && fi(j - 1));
            if !ok {
                continue;
            }
            let dist = if j > h { j - h } else { (h - j) * 2 };
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, mi));
            }
        }
        best.map(|(_, mi)| mi)
    }

    /// The event date: the article date moved by «أمس», «اليوم», «غدا» or a weekday in the
    /// trigger's stretch (else the sentence).
    fn date(&self, h: usize, modality: Modality, article: Option<NaiveDate>) -> Option<NaiveDate> {
        let base = article?;
        let s = self.s;
        let ranges = [(s.strong_start(h), s.strong_end(h)), (0, s.len())];
        for (lo, hi) in ranges {
            for j in lo..hi {
                if let Some(d) = self.date_word(j, base, modality) {
                    return Some(d);
                }
            }
        }
        Some(base)
    }

    fn date_word(&self, j: usize, base: NaiveDate, modality: Modality) -> Option<NaiveDate> {
        let s = self.s;
        let w = s.words[j].bare.as_str();
        let prev = |k: usize| (j >= k).then(|| s.words[j - k].bare.as_str());
        let next = s.words.get(j + 1).map(|w| w.bare.as_str());
        let shift = |days: i64| {
            if days >= 0 {
                base.checked_add_days(Days::new(days as u64))
            } else {
                base.checked_sub_days(Days::new((-days) as u64))
            }
        };
        match w {
            "امس" => {
                if prev(1) == Some("من") && prev(2) == Some("اول") {
                    return shift(-2);
                }
                return shift(-1);
            }
            "اليوم" if next != Some("التالي") => return shift(0),
            "غدا" => return shift(1),
            "غد" if prev(1) == Some("بعد") => return shift(2),
            _ => {}
        }
        let weekday = match w {
            "الاحد" => 6,
            "الاثنين" => 0,
            "الثلاثاء" => 1,
            "الاربعاء" => 2,
            "الخميس" => 3,
            "الجمعه" => 4,
            "السبت" => 5,
            _ => return None,
        };
        // «صلاة الجمعة» is a prayer, not a date.
        if prev(1) == Some("صلاه") {
            return None;
        }
        let today = base.weekday().num_days_from_monday() as i64;
        let forward =
            next.is_some_and(|n| n == "المقبل" || n == "القادم") || modality == Modality::Future;
        let strictly_past = next.is_some_and(|n| n == "الماضي");
        if forward {
            let mut d = (weekday - today).rem_euclid(7);
            if d == 0 {
                d = 7;
            }
            shift(d)
        } else {
            let mut d = (today - weekday).rem_euclid(7);
            if d == 0 && strictly_past {
                d = 7;
            }
            shift(-d)
        }
    }
}

impl Role {
    fn code(&self) -> Option<&str> {
        match self {
            Role::Event(c) => Some(c),
            _ => None,
        }
    }
}

/// An event of the lead sentence with no place in its clause happened where the article was
/// filed (`filed`, the dateline's mention) when its source is of that place's country:
/// «القاهرة (رويترز) - أدانت مصر الهجوم» is in Cairo, but a Dubai desk's report of a
/// Washington meeting is not in Dubai, nor an Atlanta desk's of Iran's warning to the United
/// States. Later sentences tell background and reactions from elsewhere. A desk still files
/// its whole country's news (CNN's in Atlanta): the country is right, the city may not be.
fn locate_at_dateline(event: &mut Event, filed: usize, mentions: &[ActorMention]) {
    let Some(place) = mentions.get(filed) else {
        return;
    };
    let lead = event.sentence.start <= place.span.start && place.span.end <= event.sentence.end;
    if !lead || event.location.is_some() || place.country.is_none() {
        return;
    }
    let party = |a: &Option<Arg>| a.as_ref().and_then(|a| a.mention);
    if party(&event.source) == Some(filed) || party(&event.target) == Some(filed) {
        return;
    }
    if party(&event.source)
        .and_then(|i| mentions.get(i))
        .is_some_and(|m| m.country == place.country)
    {
        event.location = Some(Arg::of_mention(filed, place));
    }
}

/// Whether the definite word `word` (as written) may be an adjective of the definite word
/// `noun` (as written) before it. A noun with the article is never in construct, so only an
/// adjective follows it in its phrase. An adjective has an adjective's shape: a participle in
/// م («المسلحة», «المتحدة»), فاعل («السابق», «العام»), فعيل («الجديد»), أفعل or فعلى
/// («الأعلى», «الكبرى»), أفعلاء («الأعضاء»). With `agreement` (the noun heads its phrase; in a
/// construct an adjective may describe an earlier noun: «خبير التغذية المتخصص») it agrees
/// with the noun as far as the letters show: a sound masculine plural describes neither a
/// feminine noun nor one with no sign of a plural («الجيش المسلحين»), and a feminine noun
/// takes a feminine adjective («الطائرات المواقع»).
fn may_describe(noun: &str, word: &str, agreement: bool) -> bool {
    // The letters after the article, hamza seats made plain; `None` without a written
    // article («ألوية», «آل» only look definite to the search key).
    let after_article = |w: &str| -> Option<Vec<char>> {
        let mut letters: Vec<char> = w
            .chars()
            .filter(|&c| !marsad_text::is_diacritic(c) && c != marsad_text::TATWEEL)
            .collect();
        let article = [
            &['ا', 'ل'][..],
            &['و', 'ا', 'ل'],
            &['ف', 'ا', 'ل'],
            &['ب', 'ا', 'ل'],
            &['ك', 'ا', 'ل'],
            &['و', 'ب', 'ا', 'ل'],
            &['ل', 'ل'],
            &['و', 'ل', 'ل'],
        ]
        .into_iter()
        .find(|p| letters.starts_with(p))?
        .len();
        letters.drain(..article);
        for c in &mut letters {
            if matches!(c, 'أ' | 'إ' | 'آ') {
                *c = 'ا';
            }
        }
        Some(letters)
    };
    let (Some(noun), Some(word)) = (after_article(noun), after_article(word)) else {
        return true;
    };
    // «الدول الـ57»: a number after a detached article counts the noun.
    if word.is_empty() {
        return true;
    }
    let ends = |w: &[char], suffix: &str| {
        let n = suffix.chars().count();
        w.len() >= n && w[w.len() - n..].iter().copied().eq(suffix.chars())
    };
    // A nisba in the dual or plural («الرئيسيتان», «الشيوعيات»).
    if ["يتان", "يتين", "يات"].iter().any(|n| ends(&word, n)) {
        return true;
    }
    // The stem without a feminine or plural ending, kept when too short to be one.
    let (core, feminine, masculine_plural) = if ends(&word, "ات") && word.len() >= 5 {
        (&word[..word.len() - 2], true, false)
    } else if ends(&word, "ة") {
        (&word[..word.len() - 1], true, false)
    } else if (ends(&word, "تان") || ends(&word, "تين")) && word.len() >= 6 {
        (&word[..word.len() - 3], true, false)
    } else if (ends(&word, "ين") || ends(&word, "ون")) && word.len() >= 5 {
        (&word[..word.len() - 2], false, true)
    } else if ends(&word, "ان") && word.len() >= 5 {
        (&word[..word.len() - 2], false, false)
    } else {
        (&word[..], false, false)
    };
    let shaped = match core {
        // A doubled root may leave two letters («الفذة», «الحر»).
        [_, _] | ['م', _, _, ..] => true,
        // فاعل, also with a hamza seat («الآهلة»).
        [_, 'ا', _] | ['ا', _, _] => true,
        [_, 'ا', _, _] | [_, _, 'ي', _] | ['ا', _, _, _] | [_, _, _, 'ى' | 'ا'] => true,
        // أفعلاء: «الأعضاء». (فعلاء and فعّال are left out: «العلماء», «القرار», «الاتفاق» are
        // far more often nouns than «البيضاء», «الفعالة» are adjectives.)
        ['ا', _, _, _, 'ء'] => true,
        // «الأول», «الآخر», «الكبار», «الصغار», «الجدد», «العرب».
        _ => [
            &['ا', 'و', 'ل'][..],
            &['ا', 'خ', 'ر'],
            &['ك', 'ب', 'ا', 'ر'],
            &['ص', 'غ', 'ا', 'ر'],
            &['ج', 'د', 'د'],
            &['ع', 'ر', 'ب'],
        ]
        .contains(&core),
    };
    if !shaped {
        return false;
    }
    if !agreement {
        return true;
    }
    let noun_feminine = ends(&noun, "ة") || ends(&noun, "ات");
    let noun_plural =
        ends(&noun, "ين") || ends(&noun, "ون") || noun.iter().any(|&c| c == 'ا' || c == 'و');
    if masculine_plural && (noun_feminine || !noun_plural) {
        return false;
    }
    // An elative compares in one form for all («الشركات الأصغر»).
    let elative = matches!(core, ['ا', _, _, _]);
    let feminine_form = feminine || elative || matches!(core.last(), Some('ى' | 'ا' | 'ء'));
    !(noun_feminine && !feminine_form && !masculine_plural)
}

/// A sound masculine plural's ending («مسلحون», «مسلحين»).
fn is_sound_plural(key: &str) -> bool {
    key.ends_with("ون") || key.ends_with("ين")
}

/// «تظاهر الآلاف في تل أبيب … احتجاجا على حملة اليمين المتطرف»: a protest with no target of
/// its own is aimed at what the protest phrase after it names, and a protest phrase with no
/// protester is the protest before it, in the same sentence (one sentence's events, in text
/// order).
fn protest_targets_from_complements(events: &mut [Event]) {
    let protest = |e: &Event| e.cameo.starts_with("14");
    for i in 0..events.len() {
        if !protest(&events[i]) {
            continue;
        }
        if events[i].target.is_none() {
            let after = events[i].trigger.span.end;
            let aimed = events[i + 1..]
                .iter()
                .filter(|o| protest(o) && o.trigger.span.start >= after)
                .find_map(|o| o.target.clone());
            events[i].target = aimed;
        }
        if events[i].source.is_none() {
            let before = events[i].trigger.span.start;
            let protester = events[..i]
                .iter()
                .rev()
                .filter(|o| protest(o) && o.trigger.span.end <= before)
                .find_map(|o| o.source.clone());
            events[i].source = protester;
        }
    }
}

/// Where a verbal noun's genitive stands: right after the noun, also when a multiword trigger
/// continues after a gap («انسحاب حفتر السريع من اجتماع»).
fn genitive_at(m: &Match) -> usize {
    if m.elems.len() > 1 && m.elems[1] > m.head + 1 {
        m.head + 1
    } else {
        m.end
    }
}

/// A nisba adjective's shape («جوية», «العسكري», «الانتحاري»), on a search key.
fn is_nisba(key: &str) -> bool {
    ["يه", "ي", "يين", "يون", "يا", "يان", "يتين"]
        .iter()
        .any(|suffix| key.ends_with(suffix))
        && key.chars().count() >= 4
}

/// Whether the pronoun on a complementizer («أنها», «إنه», «أنهم») agrees in gender and
/// number with the speech verb or circumstantial participle before it («قالت … إنها», «قال …
/// إنه», «قالوا … إنهم», «قائلة إنها»), so it can refer to that word's subject.
fn pronoun_agrees(feminine: bool, plural: bool, complementizer: &str) -> bool {
    let pronoun = complementizer
        .strip_prefix('ب')
        .unwrap_or(complementizer)
        .strip_prefix("ان")
        .unwrap_or("");
    match pronoun {
        "ها" => feminine && !plural,
        "ه" => !feminine && !plural,
        "هم" => plural,
        _ => false,
    }
}

/// Whether a word key carries the article (ال, with a conjunction or preposition before it).
/// The key drops hamza seats, so «ألف», «آلاف» (thousand, thousands) look definite; they are
/// not.
fn is_definite(k: &str) -> bool {
    let thousands = ["الف", "الفا", "الفي", "الاف", "الوف"];
    // Nouns that only look like «و» + «ال…»: «والد كامبل» (his father), «والي الخرطوم».
    let waw_nouns = [
        "والد",
        "والده",
        "والدها",
        "والدي",
        "والدة",
        "والدته",
        "والدتها",
        "والدا",
        "والدان",
        "والي",
        "واليا",
    ];
    ["ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال"]
        .iter()
        .any(|p| k.starts_with(p))
        && !thousands
            .iter()
            .any(|t| k.strip_prefix(['و', 'ف']).unwrap_or(k) == *t)
        && !waw_nouns.contains(&k)
}

/// Who an argument standing as a speaker is, as the attribution of what they report.
fn attribution_of(a: Arg) -> Attribution {
    Attribution {
        span: a.span,
        mention: a.mention,
        actor_id: a.actor_id,
    }
}

/// Pairs of quote marks in a text: « », “ ”, and straight quotes taken two by two.
fn quote_pairs(text: &str) -> Vec<QuotePair> {
    let mut out = Vec::new();
    let mut guillemets: Vec<usize> = Vec::new();
    let mut curly: Option<usize> = None;
    let mut straight: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let after = i + c.len_utf8();
        match c {
            '«' => guillemets.push(after),
            '»' => {
                if let Some(open) = guillemets.pop() {
                    out.push(QuotePair {
                        inner: Span::new(open, i),
                        attribution: None,
                    });
                }
            }
            '“' => curly = Some(after),
            '”' => {
                if let Some(open) = curly.take() {
                    out.push(QuotePair {
                        inner: Span::new(open, i),
                        attribution: None,
                    });
                }
            }
            '"' => match straight.take() {
                Some(open) => out.push(QuotePair {
                    inner: Span::new(open, i),
                    attribution: None,
                }),
                None => straight = Some(after),
            },
            // A paragraph break closes nothing but ends any straight quote left open.
            '\n' if text[after..].starts_with('\n') => straight = None,
            _ => {}
        }
    }
    out.sort_by_key(|p| p.inner.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feminine_phrases_end_in_ta_marbuta_at_both_ends() {
        assert!(feminine("الحكومة"));
        assert!(feminine("الحكومة الصينية"));
        assert!(feminine("وزارة الخارجية الروسية"));
        assert!(!feminine("وزير الخارجية الروسي"));
        // «وزير الدولة الإماراتي» as a resolver may cut it.
        assert!(!feminine("الدولة الإماراتي"));
        assert!(!feminine(""));
    }

    #[test]
    fn quote_pairs_nest_and_pair() {
        let text = "قال: «نحن «هنا» الآن» و\"ذاك\"";
        let pairs = quote_pairs(text);
        let inner: Vec<&str> = pairs.iter().map(|p| &text[p.inner.range()]).collect();
        assert_eq!(inner, ["نحن «هنا» الآن", "هنا", "ذاك"]);
    }
}

//! Event coding of Arabic news: who did what to whom, in CAMEO and PLOVER.
//!
//! [`Coder`] reads an article's sentences, word tokens and resolved actor mentions
//! ([`DocInput`]) and returns [`Event`]s — source, target, CAMEO code with its name, Goldstein
//! score, quad class and PLOVER type and mode, negation, modality (asserted, future,
//! hypothetical, reported), background (relative or temporal clause, definite noun referring
//! back, event condemned), attribution, trigger, place, date, confidence — and [`Quote`]s, direct and indirect,
//! with their speakers. [`group_events`] merges the records of one event across a corpus.
//!
//! What it owns: the trigger lexicon and the CAMEO/PLOVER tables (reviewed data files in
//! `data/events/`, documented in its README and embedded at build time), and the clause-level
//! reading of Arabic that finds arguments and modality. What it never does: I/O (except the GSR
//! readers in [`eval`]), actor resolution (mentions come from `marsad-kb`:
//! [`ActorMention::from_kb`]), tokenization (`marsad-text`, wrapped in [`text`]).
//!
//! ```
//! use marsad_events::{Coder, Modality};
//! let coder = Coder::embedded().expect("embedded data loads");
//! let coded = coder.code_text("رفض المشري والسراج لقاء حفتر.", &[], None);
//! let event = &coded.events[0];
//! assert_eq!(event.cameo, "125"); // reject a proposal to meet
//! assert_eq!(event.plover.as_ref().map(|p| p.event_type.as_str()), Some("REJECT"));
//! assert_eq!(event.modality, Modality::Asserted);
//! assert!(!event.negated);
//! ```
//!
//! With the actor resolver:
//!
//! ```no_run
//! use marsad_events::{ActorMention, Coder, DocInput, text};
//! let body = "رفض المشري والسراج لقاء حفتر.";
//! let kb = marsad_kb::Kb::load_default().expect("kb");
//! let mentions: Vec<ActorMention> = kb.resolve(body, None, &[]).iter().map(ActorMention::from).collect();
//! let (words, sentences) = text::segment(body);
//! let coded = Coder::embedded().expect("data").code(&DocInput {
//!     text: body, sentences: &sentences, words: &words, mentions: &mentions, article_date: None,
//! });
//! ```
//!
//! **How a sentence is read** (`coder.rs`): lexicon matches through clitics; longest
//! non-overlapping triggers; conditions (context cues, idioms; a verbal noun needs something
//! that makes it an event — a light, occurrence, passive or speech verb, an event preposition,
//! a genitive agent, a negator, a headline position); heads absorb the event nouns they govern
//! and refine their code (`refine.tsv`: «رفض لقاء» → 125, «دعا إلى الانسحاب» → 0256); then
//! arguments — VSO subject after the verb skipping adverbials («قال، الخميس، الوزير»), SVO
//! subject before a dual/plural verb or after «أن», antecedents of relative pronouns,
//! coordinated parties (one event each), prepositional and direct-object targets, genitives of
//! verbal nouns, passives («على يد», «من قبل», counted victims), light-verb agents —, modality,
//! attribution layers (speech verbs + «أن/إن», «بحسب», «وفقا لـ», direct quotes; a speech verb
//! tells, denies or supposes what it reports: «قال», «نفى», «رجح/خشي/تمنى», and a negated one
//! supposes it), place
//! («في» + place mention, else the dateline for a lead event whose source is of its country:
//! `dateline.rs`) and date (article date moved by «أمس», «اليوم», «غدا», weekdays).
//! Without mentions, arguments are the noun phrases found, unresolved.
//!
//! **Evaluation** ([`eval`], `examples/eval_gsr.rs`): sentence-level PROTEST and ASSAULT
//! detection on the openeventdata Arabic GSR, with a fixed 30% development part (hash of the
//! id) used for error analysis and a 70% held-out part reported separately.

mod coder;
mod dateline;
pub mod dedup;
pub mod error;
pub mod eval;
mod lexicon;
pub mod ontology;
mod sentence;
pub mod text;
mod types;

pub use coder::Coder;
pub use dedup::{EventGroup, EventKey, group_events};
pub use error::{DataError, EvalError, LoadError};
pub use lexicon::{Lexicon, LexiconStats};
pub use ontology::{CameoInfo, Ontology};
pub use types::{
    ActorKind, ActorMention, Arg, Attribution, Coded, DocInput, Event, Modality, Plover, Quote,
    Trigger,
};

//! The coder's inputs (an article's text, spans, tokens and actor mentions) and outputs (events
//! and quotes). Plain data with public fields; every offset is a byte [`Span`] into the
//! article text the caller passed in.

use chrono::NaiveDate;
use marsad_text::Span;
use serde::{Deserialize, Serialize};

/// What kind of actor a mention names. Mirrors the knowledge base's actor types; `Group` is a
/// resolver's name for an unnamed collective (protesters, residents).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    State,
    Person,
    Organisation,
    ArmedGroup,
    Movement,
    Place,
    Group,
    Other,
}

impl ActorKind {
    /// Parses the knowledge base's `type` column (`state`, `person`, `organisation`,
    /// `armed_group`, `movement`, `place`); anything else is `Other`.
    pub fn from_kb(name: &str) -> ActorKind {
        match name {
            "state" => ActorKind::State,
            "person" => ActorKind::Person,
            "organisation" | "organization" => ActorKind::Organisation,
            "armed_group" => ActorKind::ArmedGroup,
            "movement" => ActorKind::Movement,
            "place" => ActorKind::Place,
            "group" => ActorKind::Group,
            _ => ActorKind::Other,
        }
    }

    /// Whether a mention of this kind can be where an event happens.
    pub fn is_place(self) -> bool {
        matches!(self, ActorKind::Place | ActorKind::State)
    }
}

/// One resolved actor mention in the article, as the actor resolver (`marsad-kb`) produces it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    /// Where the mention is, in bytes of the article text.
    pub span: Span,
    /// Stable actor id from the knowledge base (`lby.haftar_khalifa`, `state.rus`).
    pub actor_id: String,
    /// Canonical Arabic name.
    pub name: String,
    /// CAMEO actor code (`LBYMIL`, `RUSGOV`), when the knowledge base has one.
    pub code: Option<String>,
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-3 country of the actor, when it has one.
    pub country: Option<String>,
    pub confidence: f32,
}

/// Everything the coder reads about one article. Slices are the caller's; nothing is copied.
#[derive(Debug, Clone, Copy)]
pub struct DocInput<'a> {
    pub text: &'a str,
    /// Sentence spans, in order.
    pub sentences: &'a [Span],
    /// Word token spans (no punctuation tokens), in order. Punctuation between words is read
    /// from the text itself.
    pub words: &'a [Span],
    /// Resolved actor mentions, in any order.
    pub mentions: &'a [ActorMention],
    /// The article's publication date, from which relative dates («أمس», «الخميس») are
    /// resolved.
    pub article_date: Option<NaiveDate>,
}

/// A participant of an event: the words that name it and, when an actor mention covers them,
/// the resolved actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Arg {
    /// The noun phrase (or mention) in the text.
    pub span: Span,
    /// Index into [`DocInput::mentions`] when the argument is a resolved actor.
    pub mention: Option<usize>,
    pub actor_id: Option<String>,
    /// CAMEO actor code of the resolved actor.
    pub code: Option<String>,
}

impl Arg {
    /// The argument a resolved mention (`index` into [`DocInput::mentions`]) stands for.
    pub(crate) fn of_mention(index: usize, m: &ActorMention) -> Arg {
        Arg {
            span: m.span,
            mention: Some(index),
            actor_id: Some(m.actor_id.clone()),
            code: m.code.clone(),
        }
    }
}

/// PLOVER event type and mode of a CAMEO code (CAMEO2PLOVER-2021).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
}

/// How the text presents the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact by the article.
    Asserted,
    /// Planned, announced or expected («سـ», «سوف», «من المقرر», «يعتزم»).
    Future,
    /// Conditional, possible or wished («لو», «إذا», «قد» + imperfect, «ربما», «من الممكن»,
    /// a subjunctive «أن يهاجم» or «كي يسيطروا»).
    Hypothetical,
    /// Attributed to someone else: a speaker («قال … إن»), sources («قالت مصادر») or a report
    /// («وفقا لـ», «بحسب»).
    Reported,
}

/// Who an event is attributed to: the speaker of the quote, or the source named by «بحسب»,
/// «وفقا لـ», «نقلا عن».
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub span: Span,
    pub mention: Option<usize>,
    pub actor_id: Option<String>,
}

/// The words that express the event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    pub span: Span,
    /// The lexicon entry's lemma (its first form), for explanation and debugging.
    pub lemma: String,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub sentence: Span,
    /// The sentence text, for display.
    pub text: Option<String>,
    pub source: Option<Arg>,
    pub target: Option<Arg>,
    /// CAMEO event code, as specific as the evidence allows (`0871`, `195`).
    pub cameo: String,
    pub cameo_name: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// GDELT's Goldstein score for the code (`CAMEO.goldsteinscale.gdelt.tsv`).
    pub goldstein: f32,
    /// PLOVER type and mode; `None` for CAMEO 01x statements, which PLOVER does not code.
    pub plover: Option<Plover>,
    pub negated: bool,
    pub modality: Modality,
    /// Mentioned as background rather than reported: the trigger sits in a relative clause
    /// («الهجوم الذي استهدف السفارة») or a presupposed temporal clause, or is a definite noun
    /// referring back to a known event («ووقع الهجوم في …»), or what a verb of disapproval
    /// condemns («يندد باعتداءات مدريد»), so the sentence presupposes the event instead of
    /// telling it. Still a real event; sentence-level detection counts only
    /// foreground ones.
    pub background: bool,
    pub reported_by: Option<Attribution>,
    pub trigger: Trigger,
    /// A place mentioned in the same clause («في موسكو»), else the dateline's when a party is
    /// of its country.
    pub location: Option<Arg>,
    pub date: Option<NaiveDate>,
    pub confidence: f32,
}

/// A quotation, direct (between quote marks) or indirect («قال … إن …»).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: Option<Arg>,
    /// The speech verb, when one introduces the quote.
    pub verb: Option<Span>,
    /// The quoted words, without the quote marks or the complementizer.
    pub text: Span,
    pub direct: bool,
}

/// The coder's output for one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Coded {
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

impl ActorMention {
    /// A mention from the actor resolver (`marsad_kb::Resolver`). Unresolved actors
    /// (`unresolved.*` ids, empty codes) keep their id and get no code.
    pub fn from_kb(m: &marsad_kb::Mention) -> ActorMention {
        let kind = match m.actor.kind {
            marsad_kb::ActorKind::State => ActorKind::State,
            marsad_kb::ActorKind::Person => ActorKind::Person,
            marsad_kb::ActorKind::Organisation => ActorKind::Organisation,
            marsad_kb::ActorKind::ArmedGroup => ActorKind::ArmedGroup,
            marsad_kb::ActorKind::Movement => ActorKind::Movement,
            marsad_kb::ActorKind::Place => ActorKind::Place,
        };
        ActorMention {
            span: m.span,
            actor_id: m.actor.id.clone(),
            name: m.actor.name.clone(),
            code: (!m.actor.code.is_empty()).then(|| m.actor.code.clone()),
            kind,
            country: m.actor.country.clone(),
            confidence: m.confidence,
        }
    }
}

impl From<&marsad_kb::Mention> for ActorMention {
    fn from(m: &marsad_kb::Mention) -> ActorMention {
        ActorMention::from_kb(m)
    }
}

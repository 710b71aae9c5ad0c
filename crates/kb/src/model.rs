//! The records of the knowledge base, as loaded from its TSV files.

use crate::error::Loc;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of actor a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    State,
    Person,
    Organisation,
    ArmedGroup,
    Movement,
    Place,
}

impl ActorKind {
    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "state" => ActorKind::State,
            "person" => ActorKind::Person,
            "organisation" | "organization" => ActorKind::Organisation,
            "armed_group" => ActorKind::ArmedGroup,
            "movement" => ActorKind::Movement,
            "place" => ActorKind::Place,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::Movement => "movement",
            ActorKind::Place => "place",
        }
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One actor (a line of `actors/*.tsv`).
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: String,
    pub kind: ActorKind,
    /// CAMEO code of the actor in general (a person's best-known role; dated roles refine it).
    pub code: String,
    /// ISO 3166-1 alpha-3 of the actor's country; `None` for IGOs.
    pub country: Option<String>,
    pub name_ar: String,
    pub name_en: String,
    /// Forms that stand for this actor anywhere.
    pub aliases: Vec<String>,
    /// Forms that stand for this actor only after it is mentioned in the same article.
    pub weak_aliases: Vec<String>,
    pub(crate) loc: Loc,
}

/// A dated office (a line of `roles.tsv`).
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// The holder's actor id.
    pub actor_id: String,
    /// The office, one of the `office` rows of `titles.tsv`.
    pub role: String,
    /// The state or organisation the office belongs to.
    pub of: String,
    pub from: NaiveDate,
    /// First day no longer in office (exclusive); `None` while in office.
    pub until: Option<NaiveDate>,
    /// CAMEO code of the holder while in this office.
    pub code: String,
    pub(crate) actor: u32,
    pub(crate) of_actor: u32,
    pub(crate) office: u32,
    pub(crate) loc: Loc,
}

impl Role {
    pub(crate) fn tenure(&self) -> crate::date::Tenure {
        crate::date::Tenure {
            from: self.from,
            until: self.until,
        }
    }
}

/// What a row of `titles.tsv` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleKind {
    /// A role people hold (`head_of_state`); roles.tsv refers to these.
    Office,
    /// An institution or collective (`الجيش`, `البرلمان`): + demonym → the state with a sector.
    Body,
    /// A side (`الجانب`, `الوسطاء`): + demonym → the state itself.
    Party,
    /// An institution that, alone, is the one of the country the article is about
    /// («قالت الشرطة» in an article on Egypt); + demonym it is a body.
    Local,
    /// A rank that may stand alone for the last compatible person (`المشير`).
    Rank,
    /// A rank that is a common word alone (`اللواء` "brigade"); needs a demonym or a name.
    RankQualified,
    /// A phrase that blocks a shorter actor form inside it (`مجلس الأمن القومي`).
    NotActor,
}

impl TitleKind {
    pub fn parse(s: &str) -> Option<TitleKind> {
        Some(match s {
            "office" => TitleKind::Office,
            "body" => TitleKind::Body,
            "party" => TitleKind::Party,
            "local" => TitleKind::Local,
            "rank" => TitleKind::Rank,
            "rank_qualified" => TitleKind::RankQualified,
            "not_actor" => TitleKind::NotActor,
            _ => return None,
        })
    }
}

/// One row of `titles.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    pub name: String,
    pub forms: Vec<String>,
    /// Sector the title implies (`GOV`, `MIL`); `None` (`-`): the organisation's own code.
    pub sector: Option<String>,
    pub kind: TitleKind,
    pub(crate) loc: Loc,
}

/// One form of `demonyms.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Demonym {
    pub state: u32,
    pub form: String,
    pub weak: bool,
    pub loc: Loc,
}

/// One row of `metonyms.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Metonym {
    pub form: String,
    pub actor_id: String,
    pub code: String,
    /// An actor the article must also mention for the form to count.
    pub when: Option<String>,
    pub(crate) actor: u32,
    pub(crate) when_actor: Option<u32>,
    pub(crate) loc: Loc,
}

//! Grouping the events of a corpus: the same event reported by several articles (wire copies,
//! follow-ups) becomes one record with many mentions.
//!
//! The key is (source actor, target actor, CAMEO code, date). Only events that happened as far
//! as the text says are keyed: negated, future and hypothetical events did not happen, and an
//! event with no resolved actor on either side has nothing to identify it by; each of those
//! stays a group of its own.

use crate::types::{Event, Modality};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What makes two event records the same event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EventKey {
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub date: Option<NaiveDate>,
}

impl EventKey {
    /// The key of an event, or `None` when the event must not be merged with others.
    pub fn of(event: &Event) -> Option<EventKey> {
        if event.negated || matches!(event.modality, Modality::Future | Modality::Hypothetical) {
            return None;
        }
        let source = event.source.as_ref().and_then(|a| a.actor_id.clone());
        let target = event.target.as_ref().and_then(|a| a.actor_id.clone());
        if source.is_none() && target.is_none() {
            return None;
        }
        Some(EventKey {
            source,
            target,
            cameo: event.cameo.clone(),
            date: event.date,
        })
    }
}

/// One event and every record of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventGroup<R> {
    /// `None` for an event kept on its own (see the module docs).
    pub key: Option<EventKey>,
    /// The caller's references to the records (article id and index, say), in input order.
    pub members: Vec<R>,
}

/// Groups `(reference, event)` pairs by [`EventKey`]; groups come out in the order of their
/// first member.
pub fn group_events<'e, R, I>(items: I) -> Vec<EventGroup<R>>
where
    I: IntoIterator<Item = (R, &'e Event)>,
{
    let mut groups: Vec<EventGroup<R>> = Vec::new();
    let mut index: HashMap<EventKey, usize> = HashMap::new();
    for (reference, event) in items {
        match EventKey::of(event) {
            Some(key) => match index.get(&key) {
                Some(&g) => groups[g].members.push(reference),
                None => {
                    index.insert(key.clone(), groups.len());
                    groups.push(EventGroup {
                        key: Some(key),
                        members: vec![reference],
                    });
                }
            },
            None => groups.push(EventGroup {
                key: None,
                members: vec![reference],
            }),
        }
    }
    groups
}

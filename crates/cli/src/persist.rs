//! Maps the pipeline's [`Analysis`] onto the store's rows (the store depends on no pipeline
//! crate, so this glue lives at the edge).

use marsad_events::{Event, EventKey};
use marsad_extract::{Analysis, PIPELINE_VERSION};
use marsad_kb::Mention;
use marsad_store::{NewActor, NewAnalysis, NewEvent, NewMention, NewQuote};
use std::collections::BTreeMap;

pub fn new_analysis(article_id: &str, analysis: &Analysis) -> NewAnalysis {
    let mut actors = BTreeMap::new();
    for mention in &analysis.mentions {
        actors
            .entry(mention.actor.id.as_str())
            .or_insert_with(|| new_actor(mention));
    }
    // Event and quote arguments name actors through mentions; any other id would break the
    // store's foreign keys, so it is dropped rather than stored.
    let known = |id: Option<&String>| id.filter(|id| actors.contains_key(id.as_str())).cloned();
    let events = analysis
        .events
        .iter()
        .map(|e| {
            let mut row = new_event(article_id, e);
            row.source_actor = known(row.source_actor.as_ref());
            row.target_actor = known(row.target_actor.as_ref());
            row.location = known(row.location.as_ref());
            row.reported_by = known(row.reported_by.as_ref());
            row
        })
        .collect();
    let quotes = analysis
        .quotes
        .iter()
        .map(|q| NewQuote {
            speaker: known(q.speaker.as_ref().and_then(|a| a.actor_id.as_ref())),
            start: q.text.start,
            end: q.text.end,
            direct: q.direct,
        })
        .collect();
    NewAnalysis {
        article_id: article_id.to_owned(),
        pipeline: PIPELINE_VERSION.to_owned(),
        sentences: analysis.sentences.len() as u32,
        actors: actors.into_values().collect(),
        mentions: analysis
            .mentions
            .iter()
            .map(|m| NewMention {
                start: m.span.start,
                end: m.span.end,
                actor_id: m.actor.id.clone(),
                code: non_empty(&m.actor.code),
                how: enum_name(&m.how),
                confidence: m.confidence,
            })
            .collect(),
        events,
        quotes,
    }
}

fn new_event(article_id: &str, event: &Event) -> NewEvent {
    // Events the coder will not merge (negated, unreal, actorless) get a key of their own.
    let key = match EventKey::of(event) {
        Some(k) => format!(
            "{}|{}|{}|{}",
            k.source.as_deref().unwrap_or(""),
            k.target.as_deref().unwrap_or(""),
            k.cameo,
            k.date.map(|d| d.to_string()).unwrap_or_default()
        ),
        None => format!("{article_id}#{}", event.trigger.span.start),
    };
    NewEvent {
        key,
        source_actor: event.source.as_ref().and_then(|a| a.actor_id.clone()),
        target_actor: event.target.as_ref().and_then(|a| a.actor_id.clone()),
        source_code: event.source.as_ref().and_then(|a| a.code.clone()),
        target_code: event.target.as_ref().and_then(|a| a.code.clone()),
        cameo: event.cameo.clone(),
        quad_class: event.quad_class,
        goldstein: event.goldstein,
        plover_type: event.plover.as_ref().map(|p| p.event_type.clone()),
        plover_mode: event.plover.as_ref().and_then(|p| p.mode.clone()),
        negated: event.negated,
        modality: enum_name(&event.modality),
        date: event.date.map(|d| d.to_string()),
        location: event.location.as_ref().and_then(|a| a.actor_id.clone()),
        sentence: (event.sentence.start, event.sentence.end),
        trigger: (event.trigger.span.start, event.trigger.span.end),
        reported_by: event.reported_by.as_ref().and_then(|a| a.actor_id.clone()),
        confidence: event.confidence,
    }
}

fn new_actor(mention: &Mention) -> NewActor {
    let actor = &mention.actor;
    NewActor {
        id: actor.id.clone(),
        name: actor.name.clone(),
        name_en: non_empty(&actor.name_en),
        kind: enum_name(&actor.kind),
        code: non_empty(&actor.code),
        country: actor.country.clone(),
        resolved: mention.how != marsad_kb::How::Ner,
    }
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// The serde name of a unit enum variant (`How::Coref` → `coref`), so stored strings and the
/// JSON output always agree.
fn enum_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

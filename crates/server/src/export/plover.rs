//! Events as PLOVER records: JSON Lines, one event per line, with the field names of the PLOVER
//! manual's "Data Fields" chapter (Table 6.1; entities Table 6.2, citations Table 6.5), which
//! lets a provider add fields of its own beside them.
//!
//! PLOVER fields, and what fills them:
//! - `id`: the event id, the same as in every other export and `/api/v1/events`.
//! - `date`: `YYYY-MM-DD`, or null when the event has no date.
//! - `actor`, `recipient`: the source and target, each a list of zero or one entity (below).
//! - `event`: `[plover_type]`. `mode`: `[plover_mode]`, or null.
//! - `context`: PLOVER's auxiliary modes, which the manual (§2.3) has the coder put in the
//!   context: `future` and `hypothetical` from `modality`, `negation` from `negated`; null
//!   when none applies (marsad has no `historical`).
//! - `quad_code`: the quad class, 1–4.
//! - `event_loc`: `{identifier_id, resolved_place}`, the place actor's id and name.
//! - `text`, `event_text`, `cite_info`: from the event's earliest report (the store's evidence
//!   order): the sentence, `[trigger]`, and `{citation: article id, title, publication:
//!   outlet}`; null when the event has no stored report.
//! - `coder`: `marsad <version>`.
//!
//! An entity is `{code, sector, identifier_id, identifier_text, name_en, cameo_code}`: `code` is
//! the first three letters of the CAMEO actor code (a country, or IGO, NGO, IMG … as in the
//! manual's Table 5.1), `sector` the rest (`LBYMIL` → `LBY` + `MIL`), `cameo_code` the whole
//! code; `identifier_id` and `identifier_text` are the knowledge base's actor id and Arabic
//! name, `name_en` its English name.
//!
//! marsad's own fields: `cameo` (the CAMEO code the PLOVER type was mapped from), `goldstein`
//! (its Goldstein score; PLOVER's `event_scale` is a different table), `negated`, `modality`
//! (including `reported`, which PLOVER has no mode for), `reports` (article passages reporting
//! the event) and `event_text_spans` (character offsets of each `event_text` in `text`).
//!
//! Left out: events without a PLOVER type (CAMEO 01 statements and 02 appeals, which PLOVER
//! drops, and `event` is required), so this export can have fewer lines than the JSONL one.
//! Not filled: `event_scale`, `time`, `text_info` (the store keeps sentence offsets in bytes of
//! an article this export does not load) and `entity_text` (the store keeps the resolved
//! actor, not its surface form). `text` quotes the article: the manual fills it only where the
//! provider has rights to the text, so mind that before sharing an export.

use super::ExportError;
use crate::dto::CharSpan;
use marsad_doc::CharOffsets;
use marsad_store::{ActorRef, EventFilter, EventRow, Evidence, Store};
use serde::Serialize;
use std::collections::HashMap;
use std::io::{self, Write};

const CODER: &str = concat!("marsad ", env!("CARGO_PKG_VERSION"));

#[derive(Debug, Serialize)]
struct Record<'a> {
    id: i64,
    date: Option<&'a str>,
    actor: Vec<Entity<'a>>,
    recipient: Vec<Entity<'a>>,
    event: [&'a str; 1],
    mode: Option<[&'a str; 1]>,
    context: Option<Vec<&'static str>>,
    quad_code: u8,
    event_loc: Option<Location<'a>>,
    event_text: Option<Vec<&'a str>>,
    text: Option<&'a str>,
    cite_info: Option<CiteInfo<'a>>,
    coder: &'static str,
    cameo: &'a str,
    goldstein: f64,
    negated: bool,
    modality: &'a str,
    reports: i64,
    event_text_spans: Option<Vec<CharSpan>>,
}

#[derive(Debug, Serialize)]
struct Entity<'a> {
    code: Option<&'a str>,
    sector: Option<&'a str>,
    identifier_id: Option<&'a str>,
    identifier_text: Option<&'a str>,
    name_en: Option<&'a str>,
    cameo_code: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct Location<'a> {
    identifier_id: &'a str,
    resolved_place: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct CiteInfo<'a> {
    citation: &'a str,
    title: Option<&'a str>,
    publication: Option<&'a str>,
}

/// The entity list PLOVER wants for one side of an event: empty when neither an actor nor a
/// code is known.
fn entities<'a>(actor: Option<&'a ActorRef>, code: Option<&'a str>) -> Vec<Entity<'a>> {
    if actor.is_none() && code.is_none() {
        return Vec::new();
    }
    let (country, sector) = match code.and_then(|c| c.split_at_checked(3)) {
        Some((country, sector)) => (Some(country), Some(sector).filter(|s| !s.is_empty())),
        None => (code, None),
    };
    vec![Entity {
        code: country,
        sector,
        identifier_id: actor.map(|a| a.id.as_str()),
        identifier_text: actor.map(|a| a.name.as_str()),
        name_en: actor.and_then(|a| a.name_en.as_deref()),
        cameo_code: code,
    }]
}

/// PLOVER's auxiliary modes that marsad codes (it has no `historical`).
fn auxiliary_modes(e: &EventRow) -> Vec<&'static str> {
    let mut modes = Vec::new();
    match e.modality.as_str() {
        "future" => modes.push("future"),
        "hypothetical" => modes.push("hypothetical"),
        _ => {}
    }
    if e.negated {
        modes.push("negation");
    }
    modes
}

fn record<'a>(
    e: &'a EventRow,
    event_type: &'a str,
    evidence: Option<&'a Evidence>,
    place: Option<&'a str>,
) -> Record<'a> {
    let trigger = evidence.and_then(|ev| Some((ev, ev.trigger?)));
    let context = auxiliary_modes(e);
    Record {
        id: e.id,
        date: e.date.as_deref(),
        actor: entities(e.source.as_ref(), e.source_code.as_deref()),
        recipient: entities(e.target.as_ref(), e.target_code.as_deref()),
        event: [event_type],
        mode: e.plover_mode.as_deref().map(|m| [m]),
        context: (!context.is_empty()).then_some(context),
        quad_code: e.quad_class,
        event_loc: e.location.as_deref().map(|id| Location {
            identifier_id: id,
            resolved_place: place,
        }),
        event_text: trigger
            .and_then(|(ev, span)| ev.sentence.get(span.range()))
            .map(|t| vec![t]),
        text: evidence.map(|ev| ev.sentence.as_str()),
        cite_info: evidence.map(|ev| CiteInfo {
            citation: &ev.article_id,
            title: ev.title.as_deref(),
            publication: ev.outlet.as_deref(),
        }),
        coder: CODER,
        cameo: &e.cameo,
        goldstein: e.goldstein,
        negated: e.negated,
        modality: &e.modality,
        reports: e.reports,
        event_text_spans: trigger.map(|(ev, span)| {
            let (start, end) = CharOffsets::new(&ev.sentence).span(span);
            vec![CharSpan { start, end }]
        }),
    }
}

/// Writes the events `filter` selects that have a PLOVER type, one PLOVER record per line.
pub(super) fn write_events(
    store: &Store,
    filter: &EventFilter,
    out: &mut (dyn Write + Send),
) -> Result<(), ExportError> {
    // Few places recur across many events: look each one's name up once.
    let mut places: HashMap<String, Option<String>> = HashMap::new();
    store.for_each_event(filter, |event| -> Result<(), ExportError> {
        let Some(event_type) = event.plover_type.as_deref() else {
            return Ok(());
        };
        // The earliest report, by the store's evidence order (event date, then publication).
        let evidence = store
            .evidence(&EventFilter {
                id: Some(event.id),
                limit: 1,
                ..EventFilter::default()
            })?
            .into_iter()
            .next();
        let place = match &event.location {
            Some(id) => {
                if !places.contains_key(id) {
                    let name = store.actor_names(std::slice::from_ref(id))?.remove(id);
                    places.insert(id.clone(), name);
                }
                places.get(id).and_then(|name| name.as_deref())
            }
            None => None,
        };
        let record = record(&event, event_type, evidence.as_ref(), place);
        serde_json::to_writer(&mut *out, &record).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(id: &str, name: &str) -> ActorRef {
        ActorRef {
            id: id.into(),
            name: name.into(),
            name_en: None,
            kind: "person".into(),
            code: None,
        }
    }

    #[test]
    fn actor_codes_split_into_country_and_sector() {
        let haftar = actor("lby.haftar_khalifa", "خليفة حفتر");
        let e = &entities(Some(&haftar), Some("LBYMIL"))[0];
        assert_eq!((e.code, e.sector), (Some("LBY"), Some("MIL")));
        assert_eq!(e.identifier_text, Some("خليفة حفتر"));
        let e = &entities(None, Some("RUS"))[0];
        assert_eq!(
            (e.code, e.sector, e.identifier_id),
            (Some("RUS"), None, None)
        );
        let e = &entities(None, Some("EU"))[0];
        assert_eq!((e.code, e.sector), (Some("EU"), None));
        assert!(entities(None, None).is_empty());
    }

    #[test]
    fn events_without_a_plover_type_are_left_out_and_places_are_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("m.db")).expect("open");
        store
            .connection_for_tests()
            .execute_batch(
                "INSERT INTO actors VALUES ('haftar', 'خليفة حفتر', 'Khalifa Haftar', 'person',
                     'LBYMIL', 'LBY', 1);
                 INSERT INTO actors VALUES ('tripoli', 'طرابلس', 'Tripoli', 'place', 'LBY',
                     'LBY', 1);
                 INSERT INTO events VALUES (1, 'k1', 'haftar', NULL, 'LBYMIL', NULL, '010', 1,
                     0.0, NULL, NULL, 0, 'asserted', '2020-01-13', NULL);
                 INSERT INTO events VALUES (2, 'k2', 'haftar', NULL, 'LBYMIL', NULL, '190', 4,
                     -10.0, 'ASSAULT', NULL, 1, 'hypothetical', '2020-01-14', 'tripoli');
                 INSERT INTO events VALUES (3, 'k3', 'haftar', NULL, 'LBYMIL', NULL, '190', 4,
                     -10.0, 'ASSAULT', NULL, 0, 'asserted', '2020-01-15', 'tripoli');",
            )
            .expect("rows");
        let mut out = Vec::new();
        write_events(&store, &EventFilter::default(), &mut out).expect("export");
        let records: Vec<serde_json::Value> = std::str::from_utf8(&out)
            .expect("utf-8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON line"))
            .collect();
        let ids: Vec<i64> = records.iter().filter_map(|r| r["id"].as_i64()).collect();
        assert_eq!(ids, [2, 3], "the CAMEO 010 statement has no PLOVER type");
        assert_eq!(
            records[0]["context"],
            serde_json::json!(["hypothetical", "negation"])
        );
        for r in &records {
            assert_eq!(
                r["event_loc"],
                serde_json::json!({"identifier_id": "tripoli", "resolved_place": "طرابلس"})
            );
            // No stored report: no evidence, rather than a made-up one.
            assert_eq!(r["text"], serde_json::Value::Null);
            assert_eq!(r["cite_info"], serde_json::Value::Null);
        }
    }

    #[test]
    fn modality_and_negation_become_auxiliary_modes() {
        let mut e = EventRow {
            id: 1,
            source: None,
            target: None,
            source_code: None,
            target_code: None,
            cameo: "190".into(),
            quad_class: 4,
            goldstein: -10.0,
            plover_type: Some("ASSAULT".into()),
            plover_mode: None,
            negated: true,
            modality: "future".into(),
            date: None,
            location: None,
            reports: 1,
        };
        assert_eq!(auxiliary_modes(&e), ["future", "negation"]);
        e.negated = false;
        e.modality = "reported".into();
        assert!(auxiliary_modes(&e).is_empty());
        let json = serde_json::to_value(record(&e, "ASSAULT", None, None)).expect("serializes");
        assert_eq!(json["context"], serde_json::Value::Null);
        assert_eq!(json["event"], serde_json::json!(["ASSAULT"]));
        assert_eq!(json["actor"], serde_json::json!([]));
    }
}

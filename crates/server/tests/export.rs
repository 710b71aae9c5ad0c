//! Event exports over the seed articles with the demo analysis (skipped when `../shared` is
//! absent): the Parquet file read back with the parquet crate's own reader, and the PLOVER
//! records, each held equal to the JSONL export of the same events.

#[path = "common/fixture.rs"]
mod fixture;

use axum::body::Bytes;
use chrono::NaiveDate;
use marsad_server::{EventFormat, write_events};
use marsad_store::{EventFilter, Store};
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use serde_json::{Value, json};

/// The seed corpus with the demo analysis, in `dir`; `None` when the seeds are missing.
fn seeded(dir: &tempfile::TempDir) -> Option<Store> {
    let seeds = fixture::seeds_dir();
    let db = dir.path().join("seeds.db");
    let Some(written) = fixture::demo_db(&db, &seeds) else {
        println!("skipped: {} missing", seeds.display());
        return None;
    };
    assert!(written.events > 3, "{written:?}");
    Some(Store::open_read_only(&db).expect("open read-only"))
}

fn export(store: &Store, format: EventFormat) -> Vec<u8> {
    let mut out = Vec::new();
    write_events(store, &EventFilter::default(), format, &mut out).expect("export");
    out
}

fn json_lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

/// A Parquet value as the JSONL export writes it (dates as `YYYY-MM-DD`).
fn as_json(field: &Field) -> Value {
    match field {
        Field::Null => Value::Null,
        Field::Bool(b) => json!(b),
        Field::Int(n) => json!(n),
        Field::Long(n) => json!(n),
        Field::Double(x) => json!(x),
        Field::Str(s) => json!(s),
        Field::Date(days) => {
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
            json!(
                (epoch + chrono::Days::new(u64::try_from(*days).expect("after 1970"))).to_string()
            )
        }
        other => panic!("unexpected Parquet value {other:?}"),
    }
}

/// The Parquet columns of a JSONL event, by name.
fn expected_columns(e: &Value) -> Vec<(&'static str, Value)> {
    vec![
        ("id", e["id"].clone()),
        ("date", e["date"].clone()),
        ("source_id", e["source"]["id"].clone()),
        ("source_name", e["source"]["name"].clone()),
        ("source_code", e["source_code"].clone()),
        ("target_id", e["target"]["id"].clone()),
        ("target_name", e["target"]["name"].clone()),
        ("target_code", e["target_code"].clone()),
        ("cameo", e["cameo"].clone()),
        ("quad_class", e["quad_class"].clone()),
        ("goldstein", e["goldstein"].clone()),
        ("plover_type", e["plover_type"].clone()),
        ("plover_mode", e["plover_mode"].clone()),
        ("negated", e["negated"].clone()),
        ("modality", e["modality"].clone()),
        ("location", e["location"].clone()),
        ("reports", e["reports"].clone()),
    ]
}

#[test]
fn parquet_reads_back_equal_to_jsonl() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Some(store) = seeded(&dir) else {
        return;
    };
    let jsonl = json_lines(&export(&store, EventFormat::Jsonl));
    let file = export(&store, EventFormat::Parquet);
    assert!(file.starts_with(b"PAR1") && file.ends_with(b"PAR1"));

    let reader = SerializedFileReader::new(Bytes::from(file)).expect("a Parquet file");
    let rows: Vec<_> = reader
        .get_row_iter(None)
        .expect("row iterator")
        .collect::<Result<_, _>>()
        .expect("rows decode");
    assert_eq!(rows.len(), jsonl.len());
    assert_eq!(
        reader.metadata().file_metadata().num_rows(),
        jsonl.len() as i64
    );
    for (row, event) in rows.iter().zip(&jsonl) {
        let got: Vec<(String, Value)> = row
            .get_column_iter()
            .map(|(name, field)| (name.clone(), as_json(field)))
            .collect();
        let want: Vec<(String, Value)> = expected_columns(event)
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect();
        assert_eq!(got, want);
    }
    // The comparison above ran over real Arabic names, codes and scores, not only nulls.
    let haftar = rows
        .iter()
        .zip(&jsonl)
        .find(|(_, e)| e["source"]["id"] == "LBY-HAFTAR")
        .map(|(row, _)| {
            row.get_column_iter()
                .map(|(_, f)| as_json(f))
                .collect::<Vec<_>>()
        })
        .expect("an event with Haftar as source");
    assert_eq!(haftar[3], "خليفة حفتر");
    assert_eq!(haftar[4], "LBYMIL");
    assert!(haftar[10].as_f64().is_some_and(|g| g != 0.0));
}

#[test]
fn plover_records_carry_the_events_and_their_evidence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Some(store) = seeded(&dir) else {
        return;
    };
    let jsonl = json_lines(&export(&store, EventFormat::Jsonl));
    let plover = json_lines(&export(&store, EventFormat::Plover));
    // Every demo event has a PLOVER type, so none is left out.
    assert_eq!(plover.len(), jsonl.len());
    for (p, e) in plover.iter().zip(&jsonl) {
        assert_eq!(p["id"], e["id"]);
        assert_eq!(p["date"], e["date"]);
        assert_eq!(p["event"], json!([e["plover_type"]]));
        assert_eq!(p["mode"], Value::Null);
        assert_eq!(p["context"], Value::Null, "asserted, not negated");
        assert_eq!(p["quad_code"], e["quad_class"]);
        assert_eq!(p["cameo"], e["cameo"]);
        assert_eq!(p["goldstein"], e["goldstein"]);
        assert_eq!(p["reports"], e["reports"]);
        for (side, actor, code) in [
            ("actor", "source", "source_code"),
            ("recipient", "target", "target_code"),
        ] {
            let entity = &p[side][0];
            assert_eq!(entity["identifier_id"], e[actor]["id"]);
            assert_eq!(entity["identifier_text"], e[actor]["name"]);
            assert_eq!(entity["cameo_code"], e[code]);
            let code = e[code].as_str().expect("demo events have codes");
            assert_eq!(entity["code"], code[..3]);
        }
        // The evidence: the trigger sits in the sentence at the character offsets given.
        let text = p["text"].as_str().expect("text");
        let trigger = p["event_text"][0].as_str().expect("event_text");
        let span = &p["event_text_spans"][0];
        let (start, end) = (
            span["start"].as_u64().expect("start") as usize,
            span["end"].as_u64().expect("end") as usize,
        );
        let sliced: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(sliced, trigger);
        assert!(
            p["cite_info"]["citation"]
                .as_str()
                .is_some_and(|id| !id.is_empty())
        );
        assert!(
            p["coder"]
                .as_str()
                .is_some_and(|c| c.starts_with("marsad "))
        );
    }
    let sectors: Vec<&str> = plover
        .iter()
        .filter_map(|p| p["actor"][0]["sector"].as_str())
        .collect();
    assert!(sectors.contains(&"MIL"), "Haftar's LBYMIL: {sectors:?}");
}

//! End-to-end tests of the `marsad` binary on real inputs from `../shared`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn shared(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(relative);
    if path.exists() {
        Some(path)
    } else {
        println!("skipped: {} missing", path.display());
        None
    }
}

fn marsad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(args)
        .env_remove("MARSAD_DB")
        .output()
        .expect("the marsad binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The value printed after `label` in a summary, e.g. `stored      5`.
fn figure(summary: &str, label: &str) -> u64 {
    summary
        .lines()
        .find_map(|line| line.strip_prefix(label))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no {label:?} in:\n{summary}"))
}

#[test]
fn analyze_seeds_stores_five_articles_once() {
    let Some(seeds) = shared("corpus/seeds") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("m.db");
    let (seeds, db) = (seeds.to_str().expect("utf-8"), db.to_str().expect("utf-8"));

    let first = marsad(&["analyze", seeds, "--db", db]);
    assert!(first.status.success(), "{first:?}");
    let summary = stdout(&first);
    assert_eq!(figure(&summary, "read"), 5);
    assert_eq!(figure(&summary, "stored"), 5);
    assert!(figure(&summary, "sentences") > 50, "{summary}");

    let again = marsad(&["analyze", seeds, "--db", db]);
    assert!(again.status.success());
    let summary = stdout(&again);
    assert_eq!(figure(&summary, "stored"), 0);
    assert_eq!(figure(&summary, "duplicates"), 5);

    let stats = stdout(&marsad(&["stats", "--db", db]));
    assert_eq!(figure(&stats, "articles"), 5);
    assert_eq!(
        figure(&stats, "comments"),
        4,
        "seed 001 has four reader comments"
    );

    let csv = stdout(&marsad(&[
        "export", "events", "--db", db, "--format", "csv",
    ]));
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .is_some_and(|h| h.starts_with("id,date,source_id"))
    );
    let haftar_rows = lines.filter(|l| l.contains("lby.haftar_khalifa")).count();
    assert!(haftar_rows >= 3, "{csv}");
    let jsonl = stdout(&marsad(&["export", "events", "--db", db]));
    for line in jsonl.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("one JSON object per line");
    }
}

#[test]
fn export_events_as_parquet_and_plover() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;
    let Some(seeds) = shared("corpus/seeds") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("m.db");
    let file = dir.path().join("events.parquet");
    let (seeds, db, file_arg) = (
        seeds.to_str().expect("utf-8"),
        db.to_str().expect("utf-8"),
        file.to_str().expect("utf-8"),
    );
    let analyzed = marsad(&["analyze", seeds, "--db", db]);
    assert!(analyzed.status.success(), "{analyzed:?}");
    let jsonl: Vec<serde_json::Value> = stdout(&marsad(&["export", "events", "--db", db]))
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert!(jsonl.len() >= 3, "{jsonl:?}");

    let written = marsad(&[
        "export", "events", "--db", db, "--format", "parquet", "--out", file_arg,
    ]);
    assert!(written.status.success(), "{written:?}");
    assert!(written.stdout.is_empty());
    let reader = SerializedFileReader::new(std::fs::File::open(&file).expect("the file"))
        .expect("a Parquet file");
    let rows: Vec<_> = reader
        .get_row_iter(None)
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("rows decode");
    assert_eq!(rows.len(), jsonl.len());
    for (row, event) in rows.iter().zip(&jsonl) {
        assert_eq!(Some(row.get_long(0).expect("id")), event["id"].as_i64());
        assert_eq!(row.get_string(8).expect("cameo"), &event["cameo"]);
        assert_eq!(
            Some(row.get_double(10).expect("goldstein")),
            event["goldstein"].as_f64()
        );
        let source_name = row.get_string(3).ok().map(String::as_str);
        assert_eq!(source_name, event["source"]["name"].as_str());
    }
    assert!(
        rows.iter()
            .any(|r| r.get_string(3).is_ok_and(|name| name == "خليفة حفتر")),
        "Haftar is a source"
    );
    // Standard output works too when it is not a terminal, byte for byte the same file.
    let piped = marsad(&["export", "events", "--db", db, "--format", "parquet"]);
    assert!(piped.status.success(), "{piped:?}");
    assert_eq!(piped.stdout, std::fs::read(&file).expect("read back"));

    let plover: Vec<serde_json::Value> = stdout(&marsad(&[
        "export", "events", "--db", db, "--format", "plover",
    ]))
    .lines()
    .map(|l| serde_json::from_str(l).expect("one PLOVER record per line"))
    .collect();
    let with_type: Vec<&serde_json::Value> = jsonl
        .iter()
        .filter(|e| e["plover_type"].is_string())
        .collect();
    assert_eq!(
        plover.len(),
        with_type.len(),
        "events without a PLOVER type are left out"
    );
    for (record, event) in plover.iter().zip(with_type) {
        assert_eq!(record["id"], event["id"]);
        assert_eq!(record["event"][0], event["plover_type"]);
        assert_eq!(record["quad_code"], event["quad_class"]);
        assert!(record["actor"].is_array() && record["recipient"].is_array());
    }
    assert!(
        plover
            .iter()
            .any(|r| r["actor"][0]["identifier_id"] == "lby.haftar_khalifa"
                && r["actor"][0]["code"] == "LBY"),
        "Haftar as a PLOVER actor"
    );
}

#[test]
fn extract_keeps_chrome_and_comments_out_of_the_body() {
    let Some(seed) = shared("corpus/seeds/001_a918da0614373a38.txt") else {
        return;
    };
    let output = marsad(&["extract", seed.to_str().expect("utf-8")]);
    assert!(output.status.success(), "{output:?}");
    let record: serde_json::Value =
        serde_json::from_str(stdout(&output).trim()).expect("one JSON object");
    let text = record["text"].as_str().expect("text");
    for chrome in ["أضف تعليقك", "التعليقات", "إدارة الموقع", "-- -- --"]
    {
        assert!(!text.contains(chrome), "body holds {chrome:?}");
    }
    assert!(text.contains("لن ينسى بوتين ذلك"));
    assert_eq!(record["comments"].as_array().map(Vec::len), Some(4));

    // Character offsets slice the text as the record states.
    let chars: Vec<char> = text.chars().collect();
    for mention in record["mentions"].as_array().expect("mentions") {
        let (start, end) = (
            mention["start"].as_u64().expect("start") as usize,
            mention["end"].as_u64().expect("end") as usize,
        );
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, mention["text"].as_str().expect("mention text"));
    }
    let haftar = record["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter(|m| m["actor"]["id"] == "lby.haftar_khalifa" && m["actor"]["code"] == "LBYMIL")
        .count();
    assert!(haftar >= 5, "Haftar resolved {haftar} times");
}

#[test]
fn bad_inputs_are_reported_by_name_and_the_run_goes_on() {
    let Some(seed) = shared("corpus/seeds/000_b6bb7387def07d5c.txt") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("inputs");
    std::fs::create_dir(&inputs).expect("mkdir");
    std::fs::copy(&seed, inputs.join("good.txt")).expect("copy");
    std::fs::write(inputs.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).expect("write");
    std::fs::write(
        inputs.join("broken.json"),
        b"[{\"title\": 5, \"content\": [1]}",
    )
    .expect("write");
    let db = dir.path().join("m.db");
    let (inputs, db) = (inputs.to_str().expect("utf-8"), db.to_str().expect("utf-8"));

    let output = marsad(&["ingest", inputs, "--db", db]);
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("binary.txt"), "{stderr}");
    assert!(stderr.contains("broken.json"), "{stderr}");
    assert_eq!(figure(&stdout(&output), "stored"), 1);

    let strict = marsad(&["ingest", "--strict", inputs, "--db", db]);
    assert_eq!(strict.status.code(), Some(4), "{strict:?}");
    let stats = stdout(&marsad(&["stats", "--db", db]));
    assert_eq!(figure(&stats, "articles"), 1, "nothing stored is lost");
}

#[test]
fn a_killed_ingest_leaves_a_consistent_database_that_a_rerun_completes() {
    let Some(corpus) = shared("corpus/saudinewsnet/2015-07-21.zip") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("m.db");
    let (corpus, db_arg) = (corpus.to_str().expect("utf-8"), db.to_str().expect("utf-8"));

    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(["ingest", corpus, "--db", db_arg, "--batch", "50"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    // Kill once some batches are committed but (most likely) before the end.
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let stored = count_articles(&db);
        if stored > 0 || child.try_wait().expect("wait").is_some() {
            break;
        }
    }
    child.kill().expect("kill");
    child.wait().expect("reap");
    let before = count_articles(&db);

    let rerun = marsad(&["ingest", corpus, "--db", db_arg]);
    assert!(rerun.status.success(), "{rerun:?}");
    let summary = stdout(&rerun);
    let after = count_articles(&db);
    assert_eq!(after, before + figure(&summary, "stored"));
    let complete = stdout(&marsad(&["ingest", corpus, "--db", db_arg]));
    assert_eq!(
        figure(&complete, "stored"),
        0,
        "the rerun completed the rest"
    );
}

/// Articles stored so far, read through `marsad stats` (0 before the database exists).
fn count_articles(db: &Path) -> u64 {
    if !db.exists() {
        return 0;
    }
    let output = marsad(&["stats", "--db", db.to_str().expect("utf-8")]);
    if !output.status.success() {
        return 0;
    }
    figure(&stdout(&output), "articles")
}

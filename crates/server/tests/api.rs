//! API tests: the real router (limits, headers, fallbacks) driven with `oneshot`, over a store
//! with hand-written analysis rows whose offsets are known, and over the seed articles with
//! the demo analysis when `../shared` is present. One test talks HTTP over a loopback port.

#[path = "common/fixture.rs"]
mod fixture;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use marsad_doc::Article;
use marsad_server::{App, ServerConfig};
use marsad_store::Store;
use rusqlite::params;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tower::ServiceExt;

const TOKEN: &str = "s3cret-token";

/// The hand-made article: harakat, a character outside the BMP and a quote, so character
/// offsets differ from byte offsets and from UTF-16 units.
const TEXT_1: &str = "😀 قال المشيرُ خليفة حفتر في موسكو إن «الحل سياسي وليس عسكريا».";
const TEXT_2: &str = "قصفت قوات حفتر طرابلس، وردّت حكومة الوفاق.";

struct Server {
    _dir: tempfile::TempDir,
    db: PathBuf,
    router: Router,
}

fn byte_span(text: &str, needle: &str) -> (i64, i64) {
    let start = text.find(needle).expect("needle in text");
    (start as i64, (start + needle.len()) as i64)
}

fn char_span(text: &str, needle: &str) -> (u64, u64) {
    let start = text.find(needle).expect("needle in text");
    let s = text[..start].chars().count() as u64;
    (s, s + needle.chars().count() as u64)
}

fn hand_made(db: &Path) {
    let mut store = Store::open(db).expect("open");
    let mut a = Article::from_paragraphs("news/1", [TEXT_1]);
    a.title = Some("حفتر في موسكو".into());
    a.outlet = Some("الأهرام".into());
    a.published = "2020-01-13T10:00:00Z".parse().ok();
    let mut b = Article::from_paragraphs("news/2", [TEXT_2]);
    b.title = Some("قصف طرابلس".into());
    b.outlet = Some("الشروق".into());
    b.published = "2020-01-20T10:00:00Z".parse().ok();
    store.add_articles(&[a, b]).expect("add");
    let c = store.connection_for_tests();
    c.execute_batch(
        "INSERT INTO actors VALUES ('haftar', 'خليفة حفتر', 'Khalifa Haftar', 'person', 'LBYMIL', 'LBY', 1);
         INSERT INTO actors VALUES ('russia', 'روسيا', 'Russia', 'state', 'RUS', 'RUS', 1);
         INSERT INTO actors VALUES ('tripoli', 'طرابلس', 'Tripoli', 'place', 'LBY', 'LBY', 1);
         INSERT INTO analyses VALUES ('news/1', 'test.v1', 1, '2024-01-01T00:00:00Z');
         INSERT INTO analyses VALUES ('news/2', 'test.v1', 1, '2024-01-01T00:00:00Z');
         INSERT INTO events VALUES (1, 'k1', 'haftar', 'russia', 'LBYMIL', 'RUS', '040', 1, 1.0, 'CONSULT', NULL, 0, 'asserted', '2020-01-13', NULL);
         INSERT INTO events VALUES (2, 'k2', 'haftar', 'tripoli', 'LBYMIL', 'LBY', '190', 4, -10.0, 'ASSAULT', NULL, 0, 'asserted', '2020-01-20', NULL);",
    )
    .expect("rows");
    let mention = |article: &str, ordinal: i64, text: &str, needle: &str, actor: &str| {
        let (s, e) = byte_span(text, needle);
        c.execute(
            "INSERT INTO mentions VALUES (?1, ?2, ?3, ?4, ?5, NULL, 'alias', 1.0)",
            params![article, ordinal, s, e, actor],
        )
        .expect("mention");
    };
    mention("news/1", 0, TEXT_1, "المشيرُ خليفة حفتر", "haftar");
    mention("news/1", 1, TEXT_1, "موسكو", "russia");
    mention("news/2", 0, TEXT_2, "حفتر", "haftar");
    mention("news/2", 1, TEXT_2, "طرابلس", "tripoli");
    let (ts, te) = byte_span(TEXT_1, "قال");
    c.execute(
        "INSERT INTO event_mentions VALUES (1, 'news/1', 0, ?1, ?2, ?3, NULL, 0.9)",
        params![TEXT_1.len() as i64, ts, te],
    )
    .expect("report");
    let (ts, te) = byte_span(TEXT_2, "قصفت");
    c.execute(
        "INSERT INTO event_mentions VALUES (2, 'news/2', 0, ?1, ?2, ?3, NULL, 0.9)",
        params![TEXT_2.len() as i64, ts, te],
    )
    .expect("report");
    let (qs, qe) = byte_span(TEXT_1, "الحل سياسي وليس عسكريا");
    c.execute(
        "INSERT INTO quotes VALUES ('news/1', 0, 'haftar', ?1, ?2, 1)",
        params![qs, qe],
    )
    .expect("quote");
}

fn server_with(setup: impl FnOnce(&Path), token: Option<&str>) -> Server {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("marsad.db");
    setup(&db);
    let mut config = ServerConfig::local(db.clone());
    config.write_token = token.map(str::to_owned);
    config.max_body_bytes = 64 * 1024;
    config.read_connections = 2;
    let app = App::open(&config).expect("open app");
    Server {
        _dir: dir,
        db,
        router: app.router(&config),
    }
}

fn server() -> Server {
    server_with(hand_made, None)
}

async fn send(router: &Router, request: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let response = router.clone().oneshot(request).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024)
        .await
        .expect("body");
    (status, headers, body.to_vec())
}

async fn get(router: &Router, uri: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    send(
        router,
        Request::get(uri).body(Body::empty()).expect("request"),
    )
    .await
}

async fn get_json(router: &Router, uri: &str) -> (StatusCode, Value) {
    let (status, headers, body) = get(router, uri).await;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(
        content_type.starts_with("application/json"),
        "{uri}: {content_type}"
    );
    (status, serde_json::from_slice(&body).expect("json body"))
}

/// Percent-encodes a query value (Arabic, spaces, quotes).
fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `text` (JSON) sliced by character offsets, as JavaScript's `Array.from(text)` would.
fn slice(text: &str, start: &Value, end: &Value) -> String {
    let (s, e) = (
        start.as_u64().expect("start") as usize,
        end.as_u64().expect("end") as usize,
    );
    text.chars().skip(s).take(e - s).collect()
}

#[tokio::test]
async fn article_spans_are_characters() {
    let s = server();
    let (status, a) = get_json(&s.router, "/api/v1/articles/news/1").await;
    assert_eq!(status, StatusCode::OK, "{a}");
    assert_eq!(a["offsets"], "chars");
    let text = a["text"].as_str().expect("text");
    let m = &a["mentions"][0];
    assert_eq!(slice(text, &m["start"], &m["end"]), "المشيرُ خليفة حفتر");
    let expected = char_span(TEXT_1, "المشيرُ خليفة حفتر");
    assert_eq!(
        (m["start"].as_u64(), m["end"].as_u64()),
        (Some(expected.0), Some(expected.1))
    );
    assert_eq!(m["actor"]["id"], "haftar");
    assert_eq!(m["actor"]["type"], "person");
    let e = &a["events"][0];
    assert_eq!(
        slice(text, &e["trigger"]["start"], &e["trigger"]["end"]),
        "قال"
    );
    assert_eq!(e["event"]["cameo_root"], "04");
    assert_eq!(e["event"]["target"]["name"], "روسيا");
    let q = &a["quotes"][0];
    assert_eq!(
        slice(text, &q["start"], &q["end"]),
        "الحل سياسي وليس عسكريا"
    );
    assert_eq!(q["speaker"]["id"], "haftar");
    assert_eq!(
        a["paragraphs"][0]["end"].as_u64(),
        Some(TEXT_1.chars().count() as u64)
    );
    assert_eq!(a["analysis"]["pipeline"], "test.v1");

    let (status, err) = get_json(&s.router, "/api/v1/articles/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(err["error"]["code"], "not_found");
}

#[tokio::test]
async fn article_list_filters() {
    let s = server();
    let ids = |v: &Value| -> Vec<String> {
        v["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["id"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    let (_, all) = get_json(&s.router, "/api/v1/articles").await;
    assert_eq!(all["total"], 2);
    assert_eq!(ids(&all), ["news/2", "news/1"]);
    assert_eq!(all["items"][1]["mentions"], 2);
    for (query, expected) in [
        (format!("outlet={}", enc("الأهرام")), vec!["news/1"]),
        ("actor=russia".into(), vec!["news/1"]),
        ("cameo=19".into(), vec!["news/2"]),
        ("quad=1".into(), vec!["news/1"]),
        ("from=2020-01-14".into(), vec!["news/2"]),
        ("to=2020-01-13".into(), vec!["news/1"]),
        ("limit=1&offset=1".into(), vec!["news/1"]),
    ] {
        let (status, page) = get_json(&s.router, &format!("/api/v1/articles?{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}: {page}");
        assert_eq!(ids(&page), expected, "{query}");
    }
    for bad in [
        "from=yesterday",
        "quad=7",
        "cameo=abc",
        "limit=-1",
        "from=2020-02-01&to=2020-01-01",
    ] {
        let (status, err) = get_json(&s.router, &format!("/api/v1/articles?{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(err["error"]["code"], "bad_request", "{bad}");
    }
}

#[tokio::test]
async fn search_with_variants_highlights_and_facets() {
    let s = server();
    // Harakat and hamza variants in the query still match.
    let (status, r) = get_json(&s.router, &format!("/api/v1/search?q={}", enc("حَفْتَر"))).await;
    assert_eq!(status, StatusCode::OK, "{r}");
    assert_eq!(r["total"], 2);
    for hit in r["hits"].as_array().expect("hits") {
        let snippet = hit["snippet"].as_str().expect("snippet");
        let h = &hit["highlights"][0];
        assert_eq!(slice(snippet, &h["start"], &h["end"]), "حفتر", "{hit}");
    }
    let actors = r["facets"]["actors"].as_array().expect("actor facets");
    assert_eq!(actors[0]["value"], "haftar");
    assert_eq!(actors[0]["name"], "خليفة حفتر");
    assert_eq!(actors[0]["count"], 2);
    assert_eq!(r["facets"]["outlets"].as_array().map(Vec::len), Some(2));

    let (_, r) = get_json(
        &s.router,
        &format!("/api/v1/search?q={}", enc("\"سياسي وليس\"")),
    )
    .await;
    assert_eq!(r["total"], 1);
    assert_eq!(r["hits"][0]["id"], "news/1");
    let (_, r) = get_json(&s.router, "/api/v1/search?q=&root=19").await;
    assert_eq!(r["total"], 1);
    assert_eq!(r["hits"][0]["id"], "news/2");
    let (_, r) = get_json(
        &s.router,
        &format!("/api/v1/search?q={}&actor=tripoli", enc("حفتر")),
    )
    .await;
    assert_eq!(r["total"], 1);
    let (_, r) = get_json(
        &s.router,
        &format!("/api/v1/search?q={}&to=2020-01-15", enc("حفتر")),
    )
    .await;
    assert_eq!(r["total"], 1);
    let (_, r) = get_json(
        &s.router,
        &format!("/api/v1/search?q={}", enc("حفتر طرابلس")),
    )
    .await;
    assert_eq!(r["total"], 1, "words are ANDed");
    let long = "ا".repeat(1001);
    let (status, _) = get_json(&s.router, &format!("/api/v1/search?q={}", enc(&long))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = get_json(&s.router, "/api/v1/search?q=x&sort=sideways").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn actors_events_network_timeline() {
    let s = server();
    let (_, actors) = get_json(&s.router, "/api/v1/actors").await;
    assert_eq!(actors["total"], 3);
    assert_eq!(actors["items"][0]["id"], "haftar");
    assert_eq!(actors["items"][0]["mentions"], 2);
    let (_, profile) = get_json(&s.router, "/api/v1/actors/haftar").await;
    assert_eq!(profile["events_as_source"], 2);
    assert_eq!(profile["aliases"].as_array().map(Vec::len), Some(2));
    assert_eq!(profile["counterparts"].as_array().map(Vec::len), Some(2));
    assert_eq!(profile["quotes"][0]["text"], "الحل سياسي وليس عسكريا");
    assert_eq!(profile["timeline"].as_array().map(Vec::len), Some(2));
    let (status, _) = get_json(&s.router, "/api/v1/actors/nobody").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let ids = |v: &Value| -> Vec<i64> {
        v["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter_map(|e| e["id"].as_i64())
            .collect()
    };
    for (query, expected) in [
        ("", vec![2, 1]),
        ("order=asc", vec![1, 2]),
        ("quad=conflict", vec![2]),
        ("quad=1,2", vec![1]),
        ("pair=russia,haftar", vec![1]),
        ("source=haftar&target=tripoli", vec![2]),
        ("root=04", vec![1]),
        ("plover=ASSAULT", vec![2]),
        ("article=news/1", vec![1]),
        ("sort=goldstein&order=asc", vec![2, 1]),
        ("from=2020-01-14&to=2020-01-31", vec![2]),
    ] {
        let (status, page) = get_json(&s.router, &format!("/api/v1/events?{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}: {page}");
        assert_eq!(ids(&page), expected, "{query}");
    }
    let (_, page) = get_json(
        &s.router,
        &format!("/api/v1/events?outlet={}", enc("الشروق")),
    )
    .await;
    assert_eq!(ids(&page), [2]);
    let (status, _) = get_json(&s.router, "/api/v1/events?pair=haftar").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = get_json(&s.router, "/api/v1/events?cameo=19&root=04").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (_, net) = get_json(&s.router, "/api/v1/network").await;
    assert_eq!(net["nodes"].as_array().map(Vec::len), Some(3));
    assert_eq!(net["edges"].as_array().map(Vec::len), Some(2));
    let edge = net["edges"]
        .as_array()
        .and_then(|e| e.iter().find(|e| e["target"] == "tripoli"))
        .expect("edge");
    assert_eq!(
        (edge["conflict"].as_i64(), edge["cooperation"].as_i64()),
        (Some(1), Some(0))
    );
    let (_, net) = get_json(&s.router, "/api/v1/network?quad=cooperation").await;
    assert_eq!(net["edges"].as_array().map(Vec::len), Some(1));

    let (_, ev) = get_json(&s.router, "/api/v1/evidence?source=haftar&target=tripoli").await;
    let item = &ev["items"][0];
    assert_eq!(item["article_id"], "news/2");
    let sentence = item["sentence"].as_str().expect("sentence");
    assert_eq!(
        slice(sentence, &item["trigger"]["start"], &item["trigger"]["end"]),
        "قصفت"
    );

    let (_, ev) = get_json(&s.router, "/api/v1/evidence?event=1").await;
    assert_eq!(ev["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(ev["items"][0]["event_id"], 1);

    let (_, t) = get_json(&s.router, "/api/v1/timeline").await;
    let series = t["series"].as_array().expect("series");
    assert_eq!(series.len(), 2);
    assert_eq!(
        (series[0]["q1"].as_i64(), series[0]["articles"].as_i64()),
        (Some(1), Some(1))
    );
    assert_eq!(series[1]["q4"], 1);
    let (_, t) = get_json(&s.router, "/api/v1/timeline?bucket=month").await;
    assert_eq!(t["series"][0]["bucket"], "2020-01");
    assert_eq!(t["series"][0]["events"], 2);
}

#[tokio::test]
async fn exports() {
    let s = server();
    let (status, headers, csv) = get(&s.router, "/api/v1/export/events.csv?quad=conflict").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap_or("")
            .contains("attachment")
    );
    let csv = String::from_utf8(csv).expect("utf8");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("id,date,source_id"));
    assert_eq!(lines.len(), 2);
    assert!(lines[1].contains("طرابلس"));

    let (_, _, jsonl) = get(&s.router, "/api/v1/export/events.jsonl").await;
    let rows: Vec<Value> = String::from_utf8(jsonl)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(rows.len(), 2);

    let (_, _, tsv) = get(&s.router, "/api/v1/export/events.tsv").await;
    let tsv = String::from_utf8(tsv).expect("utf8");
    assert!(tsv.starts_with("GLOBALEVENTID\tSQLDATE"));
    assert!(tsv.contains("\t20200120\tLBYMIL\tKhalifa Haftar\t"));

    let (_, headers, graphml) = get(&s.router, "/api/v1/export/network.graphml").await;
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or("")
            .contains("graphml")
    );
    let graphml = String::from_utf8(graphml).expect("utf8");
    assert_eq!(graphml.matches("<node ").count(), 3);
    assert_eq!(graphml.matches("<edge ").count(), 2);

    let (_, _, articles) = get(&s.router, "/api/v1/export/articles.jsonl?actor=russia").await;
    let lines: Vec<Value> = String::from_utf8(articles)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0]["article"]["mentions"].as_array().map(Vec::len),
        Some(2)
    );

    let (status, _) = get_json(&s.router, "/api/v1/export/passwords.txt").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn parquet_and_plover_exports() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;
    let s = server();
    let (status, headers, file) = get(&s.router, "/api/v1/export/events.parquet").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers[header::CONTENT_TYPE].to_str().unwrap_or(""),
        "application/vnd.apache.parquet"
    );
    assert!(
        headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap_or("")
            .contains("marsad-events.parquet")
    );
    let reader = SerializedFileReader::new(axum::body::Bytes::from(file)).expect("a Parquet file");
    let rows: Vec<_> = reader
        .get_row_iter(None)
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("rows decode");
    assert_eq!(rows.len(), 2);
    let assault = rows
        .iter()
        .find(|r| r.get_long(0).ok() == Some(2))
        .expect("event 2");
    assert_eq!(assault.get_string(6).expect("target_name"), "طرابلس");
    assert_eq!(assault.get_string(8).expect("cameo"), "190");
    assert_eq!(assault.get_double(10).expect("goldstein"), -10.0);

    let (status, _, plover) = get(
        &s.router,
        "/api/v1/export/events.plover.jsonl?quad=cooperation",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<Value> = String::from_utf8(plover)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 1, "the filter applies");
    let r = &lines[0];
    assert_eq!(r["id"], 1);
    assert_eq!(r["date"], "2020-01-13");
    assert_eq!(r["event"], serde_json::json!(["CONSULT"]));
    assert_eq!(r["quad_code"], 1);
    assert_eq!(r["cameo"], "040");
    assert_eq!(
        r["actor"],
        serde_json::json!([{
            "code": "LBY", "sector": "MIL", "identifier_id": "haftar",
            "identifier_text": "خليفة حفتر", "name_en": "Khalifa Haftar", "cameo_code": "LBYMIL",
        }])
    );
    assert_eq!(r["recipient"][0]["code"], "RUS");
    assert_eq!(r["recipient"][0]["sector"], Value::Null);
    assert_eq!(r["text"], TEXT_1);
    assert_eq!(r["event_text"], serde_json::json!(["قال"]));
    // Characters, not bytes: the emoji before the trigger is one character.
    let (start, end) = char_span(TEXT_1, "قال");
    assert_eq!(
        r["event_text_spans"],
        serde_json::json!([{"start": start, "end": end}])
    );
    assert_eq!(r["cite_info"]["citation"], "news/1");
    assert_eq!(r["cite_info"]["publication"], "الأهرام");
    assert_eq!(r["reports"], 1);
}

fn post(uri: &str, token: Option<&str>, body: &str) -> Request<Body> {
    let mut request = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    request.body(Body::from(body.to_owned())).expect("request")
}

#[tokio::test]
async fn writes_need_the_token() {
    let body = r#"[{"id": "new/1", "title": "جديد", "paragraphs": ["وصل حفتر إلى القاهرة."]}]"#;
    let read_only = server();
    let (status, _, _) = send(
        &read_only.router,
        post("/api/v1/articles", Some(TOKEN), body),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = send(
        &read_only.router,
        post("/api/v1/admin/reindex", Some(TOKEN), ""),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let s = server_with(hand_made, Some(TOKEN));
    let (status, _, _) = send(&s.router, post("/api/v1/articles", None, body)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = send(
        &s.router,
        post("/api/v1/articles", Some("s3cret-tokeN"), body),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, out) = send(&s.router, post("/api/v1/articles", Some(TOKEN), body)).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&out));
    let out: Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(out["stored"], 1);
    assert_eq!(out["indexed"], 1);
    let (_, r) = get_json(&s.router, &format!("/api/v1/search?q={}", enc("القاهرة"))).await;
    assert_eq!(r["hits"][0]["id"], "new/1");
    let (_, _, again) = send(&s.router, post("/api/v1/articles", Some(TOKEN), body)).await;
    let again: Value = serde_json::from_slice(&again).expect("json");
    assert_eq!(again["outcomes"][0]["outcome"], "duplicate_id");

    let (status, _, out) = send(
        &s.router,
        post("/api/v1/admin/reindex?full=true", Some(TOKEN), ""),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let out: Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(
        (out["total"].as_u64(), out["rebuilt"].as_bool()),
        (Some(3), Some(true))
    );

    let (status, _, _) = send(
        &s.router,
        post("/api/v1/articles", Some(TOKEN), "{not json"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let huge = format!(
        r#"[{{"id": "big", "paragraphs": ["{}"]}}]"#,
        "ا".repeat(100_000)
    );
    let (status, _, _) = send(&s.router, post("/api/v1/articles", Some(TOKEN), &huge)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        Store::open(&s.db)
            .expect("open")
            .article("big")
            .expect("read")
            .is_none()
    );
}

#[tokio::test]
async fn openapi_matches_routes() {
    let s = server();
    let (status, doc) = get_json(&s.router, "/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().expect("paths");
    for (method, path) in marsad_server::API_ROUTES {
        assert!(
            paths.get(*path).and_then(|p| p.get(*method)).is_some(),
            "{method} {path} undocumented"
        );
    }
    let documented: usize = paths
        .values()
        .map(|p| p.as_object().map_or(0, |m| m.len()))
        .sum();
    assert_eq!(
        documented,
        marsad_server::API_ROUTES.len(),
        "documented but not routed"
    );
    // Every documented GET answers with something other than the API's 404.
    for (method, path) in marsad_server::API_ROUTES {
        if *method != "get" {
            continue;
        }
        let uri = path
            .replace("{id}", "haftar")
            .replace("/articles/haftar", "/articles/news/1")
            .replace("{file}", "events.csv");
        let (status, _, _) = get(&s.router, &uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
    }
}

#[tokio::test]
async fn static_ui_headers_and_fallbacks() {
    let s = server();
    let (status, headers, body) = get(&s.router, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or("")
            .starts_with("text/html")
    );
    let html = String::from_utf8_lossy(&body);
    assert!(
        html.contains("<html") || html.contains("<!doctype"),
        "{html}"
    );
    let csp = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap_or("");
    assert!(csp.contains("default-src 'self'"));
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    for path in [
        "/assets/../../Cargo.toml",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
        "/..%2f..%2fCargo.toml",
        "/etc/passwd",
        "/index.html/..",
    ] {
        let (status, _, body) = get(&s.router, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!String::from_utf8_lossy(&body).contains("[workspace]"));
    }
    let (status, err) = get_json(&s.router, "/api/v2/anything").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(err["error"]["code"], "not_found");
    let (status, headers, _) = send(
        &s.router,
        Request::get("/api/v1/overview")
            .header(header::ACCEPT_ENCODING, "gzip")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // Small bodies may stay uncompressed; when compressed, it is gzip as asked.
    if let Some(encoding) = headers.get(header::CONTENT_ENCODING) {
        assert_eq!(encoding, "gzip");
    }
}

#[tokio::test]
async fn refuses_non_loopback_addresses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = ServerConfig::local(dir.path().join("m.db"));
    config.addr = "0.0.0.0:0".parse().expect("addr");
    assert!(matches!(
        marsad_server::serve_async(config).await,
        Err(marsad_server::ServerError::NotLoopback(_))
    ));
    let config = ServerConfig::local(dir.path().join("missing.db"));
    assert!(matches!(
        App::open(&config),
        Err(marsad_server::ServerError::MissingDb { .. })
    ));
}

#[tokio::test]
async fn serves_http_on_a_loopback_port() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let s = server();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let router = s.router.clone();
    let server = tokio::spawn(async move { axum::serve(listener, router).await });
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let request = format!(
        "GET /api/v1/search?q={} HTTP/1.1\r\nHost: {addr}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n",
        enc("حفتر")
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.expect("read");
    let head = String::from_utf8_lossy(&response[..response.len().min(400)]).to_lowercase();
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(head.contains("content-encoding: gzip"), "{head}");
    server.abort();
}

#[tokio::test]
async fn seeds_with_demo_analysis() {
    let seeds = fixture::seeds_dir();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("seeds.db");
    let Some(written) = fixture::demo_db(&db, &seeds) else {
        println!("skipped: {} missing", seeds.display());
        return;
    };
    assert!(written.mentions > 20 && written.events > 3, "{written:?}");
    let config = ServerConfig::local(db);
    let router = App::open(&config).expect("open").router(&config);

    let (_, r) = get_json(&router, &format!("/api/v1/search?q={}", enc("حفتر"))).await;
    assert!(r["total"].as_u64() >= Some(4), "{r}");
    let id = r["hits"][0]["id"].as_str().expect("hit id").to_owned();
    let (status, a) = get_json(&router, &format!("/api/v1/articles/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let text = a["text"].as_str().expect("text");
    let mentions = a["mentions"].as_array().expect("mentions");
    assert!(!mentions.is_empty());
    for m in mentions {
        // Each highlighted surface is one of its actor's aliases (modulo spelling).
        let surface = marsad_text::search_key(&slice(text, &m["start"], &m["end"]));
        let actor = m["actor"]["id"].as_str().expect("actor id");
        let aliases = fixture::aliases(actor);
        assert!(
            aliases.contains(&surface),
            "{surface:?} not among {aliases:?}"
        );
    }
    let (_, net) = get_json(&router, "/api/v1/network").await;
    assert!(
        net["edges"].as_array().is_some_and(|e| !e.is_empty()),
        "{net}"
    );
    let (_, actor) = get_json(&router, "/api/v1/actors/LBY-HAFTAR").await;
    let aliases: Vec<&str> = actor["aliases"]
        .as_array()
        .expect("aliases")
        .iter()
        .filter_map(|a| a["text"].as_str())
        .collect();
    // The first seed spells him «حتّر»; the alias list shows the surface forms found.
    assert!(aliases.contains(&"حفتر"), "{aliases:?}");
}

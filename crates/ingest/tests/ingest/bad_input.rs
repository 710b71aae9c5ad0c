//! Bad inputs: each gives a clear error naming its file, and the other files of the same
//! run still ingest.

use crate::common::{fixture, read, shared};
use crate::containers::{gz_bytes, tar_bytes, zip_bytes};
use marsad_ingest::{IngestConfig, IngestError};
use std::path::Path;
use std::time::{Duration, Instant};

const GOOD: &str =
    "قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام شهرين.";

/// A zip and a tar.gz cut short: from the real corpora when present, else built here.
fn truncated_archives(dir: &Path) {
    let zip = match shared("corpus/saudinewsnet/2015-07-23.zip") {
        Some(p) => std::fs::read(p).expect("read zip"),
        None => zip_bytes(&[
            ("a.txt", GOOD.as_bytes()),
            ("b.txt", GOOD.repeat(50).as_bytes()),
        ]),
    };
    std::fs::write(dir.join("truncated.zip"), &zip[..zip.len() / 2]).expect("write");

    let tgz = match shared("corpus/ant/ant_multisource_v2.1.tar.gz") {
        // The first megabyte holds a few hundred DOCs.
        Some(p) => std::fs::read(p).expect("read tar.gz")[..1 << 20].to_vec(),
        None => {
            let members: Vec<(String, Vec<u8>)> = (0..200)
                .map(|i| (format!("d/{i:03}.txt"), format!("{GOOD} {i}").into_bytes()))
                .collect();
            let refs: Vec<(&str, &[u8])> = members
                .iter()
                .map(|(n, b)| (n.as_str(), b.as_slice()))
                .collect();
            let full = gz_bytes(&tar_bytes(&refs));
            full[..full.len() * 2 / 3].to_vec()
        }
    };
    std::fs::write(dir.join("truncated.tar.gz"), tgz).expect("write");
}

/// The messages of errors about `file` (or its members).
fn errors_for(errors: &[IngestError], file: &str) -> Vec<String> {
    errors
        .iter()
        .filter(|e| e.path.split('!').next().is_some_and(|p| p.ends_with(file)))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn each_bad_file_fails_alone_with_a_clear_message() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).expect("write");

    write("good.txt", GOOD.as_bytes());
    write(
        "good.json",
        format!(r#"[{{"id": "g1", "content": "{GOOD}"}}]"#).as_bytes(),
    );
    write("empty.txt", b"");
    write(
        "binary.bin",
        &(0u8..=255).cycle().take(4096).collect::<Vec<u8>>(),
    );
    let mut invalid = GOOD.as_bytes().to_vec();
    invalid[9] = 0xFF;
    write("invalid_utf8.txt", &invalid);
    std::fs::copy(fixture("no_body.html"), dir.join("no_body.html")).expect("copy");
    write(
        "unclosed.xml",
        format!(
            "<DOC><DOCNO>U-1</DOCNO><TEXT>{GOOD}</TEXT></DOC>\n\
             <DOC><DOCNO>U-2</DOCNO><TITLE>بلا نهاية<TEXT>{GOOD}</TEXT></DOC>\n\
             <DOC><DOCNO>U-3</DOCNO><TEXT>{GOOD}"
        )
        .as_bytes(),
    );
    write(
        "wrong_types.json",
        format!(
            r#"[{{"id": 1, "title": 42, "content": "{GOOD}"}},
               {{"id": 2, "title": "صحيح", "content": "{GOOD}"}},
               {{"id": 3, "content": {{"text": "{GOOD}"}}}},
               {{"id": 4, "date": true, "content": "{GOOD}"}}]"#
        )
        .as_bytes(),
    );
    truncated_archives(dir);

    let (articles, errors) = read(&[dir.to_path_buf()], &IngestConfig::default());
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert!(ids.contains(&"good"), "{ids:?}");
    assert!(ids.contains(&"g1"), "{ids:?}");
    assert!(ids.contains(&"U-1"), "{ids:?}");
    assert!(ids.contains(&"2"), "{ids:?}");

    let expect = |file: &str, want: &[&str]| {
        let got = errors_for(&errors, file);
        assert_eq!(got.len(), want.len(), "{file}: {got:#?}");
        for (g, w) in got.iter().zip(want) {
            assert!(g.contains(w), "{file}: {g:?} lacks {w:?}");
        }
    };
    expect("empty.txt", &["empty.txt: empty file"]);
    expect("binary.bin", &["binary.bin: binary content (NUL bytes)"]);
    expect(
        "invalid_utf8.txt",
        &["invalid_utf8.txt: invalid UTF-8 at byte 9"],
    );
    expect(
        "no_body.html",
        &["no_body.html: HTML: the page has no <body> text"],
    );
    expect(
        "unclosed.xml",
        &[
            "unclosed.xml: DOC 1 (U-2): unclosed <TITLE>",
            "unclosed.xml: DOC 2 (U-3): unclosed <DOC>",
        ],
    );
    expect(
        "wrong_types.json",
        &[
            "wrong_types.json: record 0: field \"title\": expected a string, found a number",
            "wrong_types.json: record 2: field \"content\": expected a string, found an object",
            "wrong_types.json: record 3: field \"date\": expected a date string or a Unix time, found a boolean",
        ],
    );
    expect(
        "truncated.zip",
        &["truncated.zip: corrupt or truncated zip archive"],
    );
    expect(
        "truncated.tar.gz",
        &["truncated.tar.gz: corrupt or truncated tar.gz archive"],
    );
    // Members before the cut still ingest.
    let from_tgz = articles
        .iter()
        .filter(|a| {
            a.origin
                .as_ref()
                .is_some_and(|o| o.path.contains("truncated.tar.gz!"))
        })
        .count();
    assert!(from_tgz > 10, "{from_tgz} articles before the cut");
    assert_eq!(errors.len(), 11, "{errors:#?}");
}

/// 50 MB of Arabic words on one line.
fn huge_line(dir: &Path) -> std::path::PathBuf {
    let word = "كلمة ";
    let line = word.repeat(50 * 1024 * 1024 / word.len());
    let path = dir.join("huge_line.txt");
    std::fs::write(&path, line).expect("write");
    path
}

#[test]
fn a_50_mb_single_line_file_is_refused_quickly() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = huge_line(tmp.path());
    std::fs::write(tmp.path().join("z_good.txt"), GOOD).expect("write");
    let start = Instant::now();
    let (articles, errors) = read(&[tmp.path().to_path_buf()], &IngestConfig::default());
    let took = start.elapsed();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let message = errors[0].to_string();
    assert!(
        message.starts_with(&path.display().to_string()),
        "{message}"
    );
    assert!(
        message.contains("over the limit of 4194304 bytes (max_article_bytes)"),
        "{message}"
    );
    assert_eq!(articles.len(), 1);
    // Generous for a loaded CI machine; alone it takes well under a second in debug.
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn a_50_mb_single_line_file_ingests_when_allowed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = huge_line(tmp.path());
    let cfg = IngestConfig {
        max_article_bytes: usize::MAX,
        ..IngestConfig::default()
    };
    let start = Instant::now();
    let (articles, errors) = read(&[path], &cfg);
    let took = start.elapsed();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].paragraphs.len(), 1);
    assert_eq!(articles[0].language.as_deref(), Some("ar"));
    assert!(took < Duration::from_secs(15), "took {took:?}");
}

#[test]
fn deeply_nested_html_does_not_overflow() {
    for tag in ["div", "b", "span"] {
        let depth = 5_000;
        let html = format!(
            "<html><body>{}<p>{GOOD}</p>{}</body></html>",
            format!("<{tag}>").repeat(depth),
            format!("</{tag}>").repeat(depth)
        );
        let start = Instant::now();
        let out = marsad_ingest::read_bytes("deep.html", html.as_bytes(), &IngestConfig::default());
        assert_eq!(out.len(), 1);
        let a = out[0].as_ref().map_err(ToString::to_string);
        assert!(a.is_ok_and(|a| a.text == GOOD), "{tag}");
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{tag}: {:?}",
            start.elapsed()
        );
    }
}

//! Legacy Arabic encodings decode to the same text as UTF-8: seeds re-encoded at test time,
//! and an HTML page with and without a declared charset.

use crate::common::{fixture, read, shared, single};
use encoding_rs::{Encoding, ISO_8859_6, WINDOWS_1256};
use marsad_ingest::{Article, IngestConfig};
use std::path::PathBuf;

/// What must not change with the encoding.
fn content(
    a: &Article,
) -> (
    &str,
    &Option<String>,
    &Option<String>,
    &Vec<marsad_ingest::Comment>,
) {
    (&a.text, &a.title, &a.author, &a.comments)
}

fn encoded_copies(encoding: &'static Encoding) {
    let Some(dir) = shared("corpus/seeds") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut originals = Vec::new();
    let mut copies = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("seed is UTF-8");
        let (bytes, _, unmappable) = encoding.encode(&text);
        if unmappable {
            // ISO-8859-6 has no curly quotes or bullets; encoding_rs would write them as
            // numeric character references, which plain text does not decode.
            println!(
                "{}: not encodable in {}, left out",
                path.display(),
                encoding.name()
            );
            continue;
        }
        let copy = tmp.path().join(path.file_name().expect("file name"));
        std::fs::write(&copy, &bytes).expect("write copy");
        originals.push(path);
        copies.push(copy);
    }
    assert!(
        !copies.is_empty(),
        "no seed encodable in {}",
        encoding.name()
    );
    let cfg = IngestConfig::default();
    let (want, errors) = read(&originals, &cfg);
    assert!(errors.is_empty(), "{errors:?}");
    let (got, errors) = read(&copies, &cfg);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(content(g), content(w), "{}", g.id);
        let origin = g.origin.as_ref().expect("origin");
        assert_eq!(origin.encoding, encoding.name(), "{}", g.id);
    }
}

#[test]
fn windows_1256_seeds_read_like_utf8() {
    encoded_copies(WINDOWS_1256);
}

#[test]
fn iso_8859_6_seeds_read_like_utf8() {
    encoded_copies(ISO_8859_6);
}

#[test]
fn html_charset_declared_or_guessed() {
    let utf8 = std::fs::read_to_string(fixture("article_with_comments.html")).expect("fixture");
    let want = single(&fixture("article_with_comments.html"));
    let tmp = tempfile::tempdir().expect("tempdir");

    let declared = utf8.replace(
        "<meta charset=\"utf-8\">",
        "<meta charset=\"windows-1256\">",
    );
    let (bytes, _, _) = WINDOWS_1256.encode(&declared);
    let path = tmp.path().join("declared.html");
    std::fs::write(&path, &bytes).expect("write");
    let got = single(&path);
    assert_eq!(content(&got), content(&want));
    assert_eq!(
        got.origin.as_ref().map(|o| o.encoding.as_str()),
        Some("windows-1256")
    );

    // No declaration at all: chardetng's guess. The fixture's © cannot be encoded and
    // becomes `&#169;`, which HTML decodes back.
    let undeclared = utf8.replace("<meta charset=\"utf-8\">", "");
    let (bytes, _, _) = ISO_8859_6.encode(&undeclared);
    let path = tmp.path().join("guessed.html");
    std::fs::write(&path, &bytes).expect("write");
    let got = single(&path);
    assert_eq!(content(&got), content(&want));
    assert_eq!(
        got.origin.as_ref().map(|o| o.encoding.as_str()),
        Some("ISO-8859-6")
    );
}

#[test]
fn html_declared_by_http_equiv() {
    let want = single(&fixture("table_layout.html"));
    let utf8 = std::fs::read_to_string(fixture("table_layout.html")).expect("fixture");
    let (bytes, _, unmappable) = WINDOWS_1256.encode(&utf8);
    assert!(!unmappable);
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("table_layout.html");
    std::fs::write(&path, &bytes).expect("write");
    let got = single(&path);
    assert_eq!(content(&got), content(&want));
    assert_eq!(got.published, want.published);
    assert_eq!(
        got.origin.as_ref().map(|o| o.encoding.as_str()),
        Some("windows-1256")
    );
}

#[test]
fn feed_declared_windows_1256() {
    let (want, errors) = crate::common::read_one(&fixture("feed_rss.xml"));
    assert!(errors.is_empty(), "{errors:?}");
    let utf8 = std::fs::read_to_string(fixture("feed_rss.xml")).expect("fixture");
    let declared = utf8.replace("encoding=\"UTF-8\"", "encoding=\"windows-1256\"");
    let (bytes, _, unmappable) = WINDOWS_1256.encode(&declared);
    assert!(!unmappable);
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("feed.xml");
    std::fs::write(&path, &bytes).expect("write");
    let (got, errors) = crate::common::read_one(&path);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(content(g), content(w));
        assert_eq!(
            g.origin.as_ref().map(|o| o.encoding.as_str()),
            Some("windows-1256")
        );
    }
}

#[test]
fn utf16_with_bom_is_transcoded() {
    let text = "قال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام شهرين.";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let results = marsad_ingest::read_bytes("utf16.txt", &bytes, &IngestConfig::default());
    let a = results[0].as_ref().expect("UTF-16 ingests");
    assert_eq!(a.text, text);
    assert_eq!(
        a.origin.as_ref().map(|o| o.encoding.as_str()),
        Some("UTF-16LE")
    );
}

//! Directories, zip, tar, tar.gz and gz archives (nested too), built at test time.

use crate::common::read;
use flate2::Compression;
use flate2::write::GzEncoder;
use marsad_ingest::{IngestConfig, read_bytes};
use std::io::Write;
use std::path::Path;

const TEXT_A: &str =
    "افتتح مجلس البلدية مكتبة عامة جديدة تضم عشرين ألف كتاب باللغتين العربية والإنجليزية.";
const TEXT_B: &str =
    "وصل أول قطار ركاب مساء الاثنين إلى محطة الوادي الجديدة بعد ثلاث سنوات من العمل.";

pub fn zip_bytes(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in members {
            zip.start_file(*name, options).expect("zip member");
            zip.write_all(bytes).expect("zip write");
        }
        zip.finish().expect("zip finish");
    }
    out.into_inner()
}

pub fn tar_bytes(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, bytes) in members {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder
            .append_data(&mut header, name, *bytes)
            .expect("tar member");
    }
    builder.into_inner().expect("tar finish")
}

pub fn gz_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(bytes).expect("gz write");
    gz.finish().expect("gz finish")
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("mkdir");
    }
    std::fs::write(path, bytes).expect("write");
}

#[test]
fn nested_archives_and_directories() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    let json = format!(r#"[{{"id": "j1", "title": "ع", "content": "{TEXT_B}"}}]"#);
    let inner_tgz = gz_bytes(&tar_bytes(&[("deep/e.txt", TEXT_A.as_bytes())]));
    let zip = zip_bytes(&[
        ("c.txt", TEXT_A.as_bytes()),
        ("d.json", json.as_bytes()),
        ("inner.tar.gz", &inner_tgz),
        ("img/logo.png", b"\x89PNG...."),
        ("README.md", b"# corpus docs"),
    ]);
    write(&root.join("a.txt"), TEXT_A.as_bytes());
    write(&root.join("sub/b.zip"), &zip);
    write(&root.join("f.txt.gz"), &gz_bytes(TEXT_B.as_bytes()));
    write(
        &root.join("g.tar"),
        &tar_bytes(&[("h.txt", TEXT_B.as_bytes())]),
    );
    write(&root.join(".hidden.txt"), TEXT_A.as_bytes());
    write(
        &root.join("z.tgz"),
        &gz_bytes(&tar_bytes(&[("./k.txt", TEXT_A.as_bytes())])),
    );

    let (articles, errors) = read(&[root.to_path_buf()], &IngestConfig::default());
    assert!(errors.is_empty(), "{errors:?}");
    let base = root.display().to_string();
    let got: Vec<(String, &str)> = articles
        .iter()
        .map(|a| {
            let path = a.origin.as_ref().map_or("", |o| o.path.as_str());
            (path.replacen(&base, "", 1), a.id.as_str())
        })
        .collect();
    let want = [
        ("/a.txt", "a"),
        ("/f.txt.gz!f.txt", "f"),
        ("/g.tar!h.txt", "h"),
        ("/sub/b.zip!c.txt", "c"),
        ("/sub/b.zip!d.json", "j1"),
        ("/sub/b.zip!inner.tar.gz!deep/e.txt", "e"),
        ("/z.tgz!k.txt", "k"),
    ];
    let got_ref: Vec<(&str, &str)> = got.iter().map(|(p, i)| (p.as_str(), *i)).collect();
    assert_eq!(got_ref, want);
}

#[test]
fn archives_in_memory_are_opened_too() {
    let zip = zip_bytes(&[("x.txt", TEXT_A.as_bytes()), ("y.txt", TEXT_B.as_bytes())]);
    let out = read_bytes("upload.zip", &zip, &IngestConfig::default());
    let paths: Vec<String> = out
        .iter()
        .flatten()
        .filter_map(|a| a.origin.as_ref().map(|o| o.path.clone()))
        .collect();
    assert_eq!(paths, ["upload.zip!x.txt", "upload.zip!y.txt"]);
}

#[test]
fn oversized_members_are_refused_by_size() {
    let zip = zip_bytes(&[
        ("big.txt", TEXT_A.repeat(100).as_bytes()),
        ("small.txt", TEXT_B.as_bytes()),
    ]);
    let cfg = IngestConfig {
        max_file_bytes: 1000,
        ..IngestConfig::default()
    };
    let out = read_bytes("a.zip", &zip, &cfg);
    assert_eq!(out.len(), 2);
    let message = out[0]
        .as_ref()
        .err()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(message.starts_with("a.zip!big.txt: "), "{message}");
    assert!(
        message.contains("over the limit of 1000 bytes"),
        "{message}"
    );
    assert!(out[1].is_ok());
}

#[test]
fn a_sink_can_stop_the_walk() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for i in 0..600 {
        write(&tmp.path().join(format!("{i:04}.txt")), TEXT_A.as_bytes());
    }
    let mut seen = 0;
    let flow = marsad_ingest::try_read_paths(
        &[tmp.path().to_path_buf()],
        &IngestConfig::default(),
        &mut |_| {
            seen += 1;
            if seen == 3 {
                std::ops::ControlFlow::Break(())
            } else {
                std::ops::ControlFlow::Continue(())
            }
        },
    );
    assert!(flow.is_break());
    assert_eq!(seen, 3);
}

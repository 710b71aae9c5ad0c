//! Throughput of the readers on real input from ../shared: one SaudiNewsNet zip (JSON), the
//! five seeds (text with chrome) and an HTML fixture. Each run checks its own output.
//! Skips, with a message, inputs that are absent.
//!
//! `cargo bench -p marsad-ingest --bench ingest`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_ingest::{IngestConfig, read_bytes};
use std::path::{Path, PathBuf};

fn shared(rel: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if path.exists() {
        Some(path)
    } else {
        println!("skipped: {} missing", path.display());
        None
    }
}

fn bench(c: &mut Criterion) {
    let cfg = IngestConfig::default();
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);

    if let Some(path) = shared("corpus/saudinewsnet/2015-07-23.zip") {
        let bytes = std::fs::read(&path).expect("read zip");
        let expected = read_bytes("sn.zip", &bytes, &cfg).len();
        assert!(expected > 1000);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function("saudinewsnet_zip", |b| {
            b.iter(|| {
                let out = read_bytes("sn.zip", &bytes, &cfg);
                assert_eq!(out.len(), expected);
                out
            })
        });
    }

    if let Some(dir) = shared("corpus/seeds") {
        let mut seeds = Vec::new();
        for entry in std::fs::read_dir(dir).expect("seeds dir").flatten() {
            seeds.push(std::fs::read(entry.path()).expect("read seed"));
        }
        group.throughput(Throughput::Bytes(
            seeds.iter().map(|s| s.len() as u64).sum(),
        ));
        group.bench_function("seeds_text", |b| {
            b.iter(|| {
                for seed in &seeds {
                    let out = read_bytes("seed.txt", seed, &cfg);
                    assert!(out[0].is_ok());
                }
            })
        });
    }

    let html_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wordpress_style.html");
    let html = std::fs::read(html_path).expect("fixture");
    group.throughput(Throughput::Bytes(html.len() as u64));
    group.bench_function("html_page", |b| {
        b.iter(|| {
            let out = read_bytes("page.html", &html, &cfg);
            assert_eq!(out[0].as_ref().map(|a| a.comments.len()).ok(), Some(3));
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

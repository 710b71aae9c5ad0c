//! Benchmarks: loading the embedded KB (budget 200 ms) and resolving mentions on the seed
//! articles repeated to about 1 MB (budget ≥ 5 MB/s per core). Run with
//! `cargo bench -p marsad-kb`; the resolve bench skips loudly when `../shared` is missing.

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_kb::Kb;
use std::hint::black_box;
use std::path::Path;

fn load(c: &mut Criterion) {
    c.bench_function("load/embedded", |b| {
        b.iter(|| black_box(Kb::load_default().expect("embedded KB")))
    });
}

/// The seed articles, repeated until they hold at least 1 MB.
fn corpus() -> Option<Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let mut seeds: Vec<String> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    seeds.sort();
    if seeds.is_empty() {
        return None;
    }
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 1 << 20 {
        for s in &seeds {
            bytes += s.len();
            docs.push(s.clone());
        }
    }
    Some(docs)
}

fn resolve(c: &mut Criterion) {
    let Some(docs) = corpus() else {
        eprintln!("SKIPPED resolve bench: ../shared/corpus/seeds is missing");
        return;
    };
    let kb = Kb::load_default().expect("embedded KB");
    let date = NaiveDate::from_ymd_opt(2020, 1, 15);
    let bytes: usize = docs.iter().map(String::len).sum();
    // The bench checks its own output: every seed names actors.
    let mentions: usize = docs.iter().map(|d| kb.resolve(d, date, &[]).len()).sum();
    assert!(mentions > docs.len() * 10, "only {mentions} mentions");
    eprintln!(
        "resolve corpus: {} docs, {bytes} bytes, {mentions} mentions",
        docs.len()
    );
    let mut group = c.benchmark_group("resolve");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("seeds_1mb", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| kb.resolve(black_box(d), date, &[]).len())
                .sum();
            black_box(n)
        })
    });
    group.finish();
}

criterion_group!(benches, load, resolve);
criterion_main!(benches);

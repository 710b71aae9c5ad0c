//! Throughput of event coding on the seed articles (`../shared/corpus/seeds`), in sentences per
//! second on one core. Skips loudly when the shared data is absent.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_events::{ActorMention, Coder, DocInput, text};
use std::hint::black_box;
use std::path::PathBuf;

fn seeds_dir() -> PathBuf {
    std::env::var_os("MARSAD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
        .join("corpus/seeds")
}

fn bench(c: &mut Criterion) {
    let dir = seeds_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("SKIPPED code_seeds: {} is missing", dir.display());
        return;
    };
    let mut texts: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    texts.sort();
    let coder = match Coder::embedded() {
        Ok(c) => c,
        Err(e) => panic!("embedded data: {e}"),
    };
    // Segmentation is the text layer's job; it is done once, outside the measured loop.
    let docs: Vec<(String, Vec<_>, Vec<_>)> = texts
        .into_iter()
        .map(|t| {
            let (words, sentences) = text::segment(&t);
            (t, words, sentences)
        })
        .collect();
    let sentences: usize = docs.iter().map(|d| d.2.len()).sum();
    let events: usize = docs
        .iter()
        .map(|(t, w, s)| {
            coder
                .code(&DocInput {
                    text: t,
                    sentences: s,
                    words: w,
                    mentions: &[],
                    article_date: None,
                })
                .events
                .len()
        })
        .sum();
    // The seeds are full of events; a coder that finds none is broken, not fast.
    assert!(events > 20, "only {events} events coded on the seeds");
    let mut group = c.benchmark_group("events");
    group.throughput(Throughput::Elements(sentences as u64));
    group.bench_function("code_seeds", |b| {
        b.iter(|| {
            let mut n = 0;
            for (t, w, s) in &docs {
                let doc = DocInput {
                    text: t,
                    sentences: s,
                    words: w,
                    mentions: &[],
                    article_date: None,
                };
                n += coder.code(black_box(&doc)).events.len();
            }
            n
        })
    });
    // With the actor resolver's mentions (resolved once, outside the loop), as in production.
    let kb = match marsad_kb::Kb::load_default() {
        Ok(k) => k,
        Err(e) => panic!("kb: {e}"),
    };
    let coder = coder.with_states(&kb);
    let mentions: Vec<Vec<ActorMention>> = docs
        .iter()
        .map(|(t, _, _)| {
            kb.resolve(t, None, &[])
                .iter()
                .map(ActorMention::from)
                .collect()
        })
        .collect();
    group.bench_function("code_seeds_with_mentions", |b| {
        b.iter(|| {
            let mut n = 0;
            for ((t, w, s), m) in docs.iter().zip(&mentions) {
                let doc = DocInput {
                    text: t,
                    sentences: s,
                    words: w,
                    mentions: m,
                    article_date: None,
                };
                n += coder.code(black_box(&doc)).events.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

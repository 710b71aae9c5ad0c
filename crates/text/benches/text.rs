//! Throughput of the text layer on real news text: normalization, tokenization, sentences.
//!
//! Reads `../shared/corpus/seeds/*.txt`, repeated to about 1 MB; falls back to a built-in
//! sentence (and says so) when the shared data is missing. Throughput is bytes of input per
//! second on one core.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_text::{
    KeyKind, TokenKind, clitic_splits, key_into, normalize, search_key, split_sentences,
    strict_key, tokenize, tokenize_into,
};
use std::hint::black_box;
use std::path::PathBuf;

const TARGET_BYTES: usize = 1 << 20;

const FALLBACK: &str = "كان على الجنرال خليفة حفتر أن ينسحب من اجتماع موسكو الذي جرى \
ترتيبه بين فلاديمير بوتين ورجب طيب أردوغان، وقال «لن نتراجع.» في 2020. ";

fn corpus() -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let mut seed = String::new();
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            for path in paths {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    seed.push_str(&text);
                    seed.push_str("\n\n");
                }
            }
        }
        Err(_) => eprintln!(
            "skipped: {} missing; using a built-in sentence",
            dir.display()
        ),
    }
    if seed.is_empty() {
        seed.push_str(FALLBACK);
    }
    let mut text = String::with_capacity(TARGET_BYTES + seed.len());
    while text.len() < TARGET_BYTES {
        text.push_str(&seed);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let tokens = tokenize(&text);
    // The benchmark checks its own output: a repeated text has repeated tokens.
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    assert!(
        words * 2 > tokens.len(),
        "{words} words of {} tokens",
        tokens.len()
    );
    eprintln!(
        "corpus: {} bytes, {} tokens, {} sentences",
        text.len(),
        tokens.len(),
        split_sentences(&text, &tokens).len()
    );

    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("search_key", |b| b.iter(|| search_key(black_box(&text))));
    group.bench_function("strict_key", |b| b.iter(|| strict_key(black_box(&text))));
    let mut key = String::with_capacity(text.len());
    group.bench_function("key_into_reused", |b| {
        b.iter(|| {
            key.clear();
            key_into(black_box(&text), KeyKind::Search, &mut key);
        })
    });
    group.bench_function("normalize_aligned", |b| {
        b.iter(|| normalize(black_box(&text), KeyKind::Search))
    });
    let mut out = Vec::with_capacity(tokens.len());
    group.bench_function("tokenize_into", |b| {
        b.iter(|| {
            out.clear();
            tokenize_into(black_box(&text), &mut out);
            assert_eq!(out.len(), tokens.len());
        })
    });
    group.bench_function("tokenize_and_split_sentences", |b| {
        b.iter(|| split_sentences(black_box(&text), &tokenize(black_box(&text))))
    });
    group.bench_function("clitic_splits_all_words", |b| {
        b.iter(|| {
            tokens
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| clitic_splits(t.text(&text)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Tagging throughput over the ANERcorp test set with the shipped model.
//!
//! Skips (with a message) when `../shared` or the model file is missing.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_ner::{Model, Tagger, UnknownTags, read_conll_file};
use std::path::Path;

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let test = root.join("../shared/eval/ner/anercorp/test.txt");
    let model_path = root.join("models/ner/model.bin");
    let (Ok(corpus), Ok(model)) = (
        read_conll_file(&test, UnknownTags::AsOutside),
        Model::load(&model_path),
    ) else {
        eprintln!(
            "SKIPPED marsad-ner tag bench: needs {} and {}",
            test.display(),
            model_path.display()
        );
        return;
    };
    let tokens = corpus.token_count() as u64;
    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(tokens));
    g.sample_size(20);
    g.bench_function("tag_anercorp_test", |b| {
        let mut tagger = Tagger::default();
        let mut out = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for s in &corpus.sentences {
                model.tag_into(&mut tagger, &s.tokens, &mut out);
                n += out.len();
            }
            n
        })
    });
    let docs: Vec<Vec<&str>> = corpus
        .sentences
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    // The whole test file as one document stream, as `examples/eval.rs` tags it.
    g.bench_function("tag_document_anercorp_test", |b| {
        b.iter(|| model.tag_document(&docs).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

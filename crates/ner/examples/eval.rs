//! Scores a model against a gold CoNLL file (entity-level, exact span and type).
//!
//! `cargo run --release -p marsad-ner --example eval -- --model models/ner/model.bin --gold /work/shared/eval/ner/anercorp/test.txt`
//!
//! `--gold` may be given several times (e.g. all AQMAR files); their sentences are pooled.
//! `--out FILE` writes the predictions as CoNLL. Models with a document stage tag each file as
//! one document stream (neighbouring sentences inform each other); `--sentence-level` tags
//! every sentence alone instead.

use marsad_ner::{Model, Scorer, Sentence, Tagger, UnknownTags, read_conll_file, write_conll};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut model_path = PathBuf::from("models/ner/model.bin");
    let mut gold = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut sentence_level = false;
    let mut args = std::env::args().skip(1).peekable();
    while let Some(a) = args.next() {
        if a == "--sentence-level" {
            sentence_level = true;
            continue;
        }
        match (a.as_str(), args.next()) {
            ("--model", Some(v)) => model_path = v.into(),
            ("--gold", Some(v)) => gold.push(PathBuf::from(v)),
            ("--out", Some(v)) => out = Some(v.into()),
            _ => {
                eprintln!(
                    "usage: eval --model MODEL --gold FILE [--gold FILE…] [--out FILE] [--sentence-level]"
                );
                return ExitCode::from(2);
            }
        }
    }
    if gold.is_empty() {
        eprintln!(
            "usage: eval --model MODEL --gold FILE [--gold FILE…] [--out FILE] [--sentence-level]"
        );
        return ExitCode::from(2);
    }
    let t = Instant::now();
    let model = match Model::load(&model_path) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!(
        "loaded {} in {:.3}s: {}",
        model_path.display(),
        t.elapsed().as_secs_f64(),
        model.meta
    );
    // Each gold file is one document stream for the document stage.
    let mut files: Vec<Vec<Sentence>> = Vec::new();
    let mut unknown = 0;
    for g in &gold {
        match read_conll_file(g, UnknownTags::AsOutside) {
            Ok(c) => {
                unknown += c.unknown_tags;
                files.push(c.sentences);
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if unknown > 0 {
        eprintln!("note: {unknown} unknown gold tags read as O");
    }
    let mut scorer = Scorer::new();
    let mut tagger = Tagger::default();
    let mut predicted: Vec<Sentence> = Vec::new();
    let mut ntok = 0;
    let mut nsent = 0;
    let doc_level = model.has_document_stage() && !sentence_level;
    eprintln!(
        "mode: {}",
        if doc_level {
            "document (two-stage; each file is one document stream)"
        } else {
            "sentence level"
        }
    );
    let t = Instant::now();
    for sentences in &files {
        let preds: Vec<Vec<marsad_ner::Tag>> = if doc_level {
            let toks: Vec<Vec<&str>> = sentences
                .iter()
                .map(|s| s.tokens.iter().map(String::as_str).collect())
                .collect();
            model.tag_document(&toks)
        } else {
            sentences
                .iter()
                .map(|s| {
                    let mut pred = Vec::new();
                    model.tag_into(&mut tagger, &s.tokens, &mut pred);
                    pred
                })
                .collect()
        };
        for (s, pred) in sentences.iter().zip(preds) {
            ntok += s.tokens.len();
            nsent += 1;
            if let Some(g) = &s.tags {
                scorer.add(g, &pred);
            }
            if out.is_some() {
                predicted.push(Sentence {
                    tokens: s.tokens.clone(),
                    tags: Some(pred),
                });
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!("{}", scorer.report());
    eprintln!(
        "{nsent} sentences, {ntok} tokens tagged in {secs:.3}s ({:.0} tokens/s)",
        ntok as f64 / secs
    );
    if let Some(o) = out {
        let written = std::fs::File::create(&o)
            .and_then(|f| write_conll(std::io::BufWriter::new(f), &predicted));
        if let Err(e) = written {
            eprintln!("error: {}: {e}", o.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

//! Builds the word-cluster table `models/ner/clusters.tsv` from unlabeled text: the ANT corpus
//! (Apache-2.0; TITLE and TEXT of every article) plus, optionally, the tokens of CoNLL files
//! (the ANERcorp *training* file — never the test file).
//!
//! `cargo run --release -p marsad-ner --example build_clusters -- --ant /work/shared/corpus/ant/ant_multisource_v2.1.tar.gz --conll /work/shared/eval/ner/anercorp/train.txt --out models/ner/clusters.tsv`
//!
//! Reproducible: a fixed seed and a single thread (see `marsad_ner::embed`). SaudiNewsNet is
//! deliberately not used: its licence is non-commercial, and the table ships in the repository.

use marsad_ner::embed::{CorpusBuilder, EmbedConfig, build_clusters};
use marsad_ner::{UnknownTags, read_conll_file};

#[path = "common/ant.rs"]
mod ant;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut ant: Option<PathBuf> = None;
    let mut conll = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut cfg = EmbedConfig::shipped();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--ant", Some(v)) => ant = Some(v.into()),
            ("--conll", Some(v)) => conll.push(PathBuf::from(v)),
            ("--out", Some(v)) => out = Some(v.into()),
            ("--epochs", Some(v)) => cfg.epochs = v.parse().unwrap_or(cfg.epochs),
            ("--dim", Some(v)) => cfg.dim = v.parse().unwrap_or(cfg.dim),
            ("--levels", Some(v)) => {
                cfg.levels = v.split(',').filter_map(|k| k.trim().parse().ok()).collect()
            }
            ("--window", Some(v)) => cfg.window = v.parse().unwrap_or(cfg.window),
            ("--min-count", Some(v)) => cfg.min_count = v.parse().unwrap_or(cfg.min_count),
            _ => {
                eprintln!(
                    "usage: build_clusters --ant ANT.tar.gz [--conll FILE…] --out clusters.tsv [--epochs N] [--dim N]"
                );
                return ExitCode::from(2);
            }
        }
    }
    let Some(out) = out else {
        eprintln!("--out is required");
        return ExitCode::from(2);
    };
    let t0 = Instant::now();
    let mut corpus = CorpusBuilder::new();
    if let Some(ant) = &ant {
        if let Err(e) = ant::for_each_sentence(ant, &mut |sent| corpus.add_sentence(sent)) {
            eprintln!("error: {}: {e}", ant.display());
            return ExitCode::FAILURE;
        }
        eprintln!(
            "ANT: {} tokens so far ({:.0}s)",
            corpus.token_count(),
            t0.elapsed().as_secs_f64()
        );
    }
    for c in &conll {
        match read_conll_file(c, UnknownTags::AsOutside) {
            Ok(c) => {
                for s in &c.sentences {
                    corpus.add_sentence(&s.tokens);
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    eprintln!("corpus: {} tokens", corpus.token_count());
    let table = build_clusters(corpus, &cfg, &mut |m| {
        eprintln!("[{:>5.0}s] {m}", t0.elapsed().as_secs_f64())
    });
    if let Err(e) = std::fs::write(&out, table.to_tsv()) {
        eprintln!("error: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "wrote {} ({} words) in {:.0}s",
        out.display(),
        table.words.len(),
        t0.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

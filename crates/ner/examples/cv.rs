//! K-fold cross-validation on the training file only (folds are contiguous blocks of
//! sentences, rotated to the end where the trainer takes its dev part), for choosing features
//! and epoch counts without touching any test set.
//!
//! `cargo run --release -p marsad-ner --example cv -- --train /work/shared/eval/ner/anercorp/train.txt --folds 5 --epochs 20 [--no-clusters] [--no-gazetteer] [--no-spans] [--clusters FILE] [--gazetteer FILE]… [--dump FILE]`
//!
//! `--gazetteer` adds a name list to the standard ones; `--dump` writes every held-out sentence
//! as `token gold predicted` lines (dev-selected model of its fold), for error analysis.

use marsad_ner::TrainConfig;
use marsad_ner::train::{load_resources, read_training, train_on};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut train_path: Option<PathBuf> = None;
    let mut models = PathBuf::from("models/ner");
    let mut folds = 5usize;
    let mut epochs = 20usize;
    let mut clusters: Option<PathBuf> = None;
    let mut flags = Vec::new();
    let mut auto: Option<PathBuf> = None;
    let mut dump: Option<PathBuf> = None;
    let mut extra_gaz: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--train" => train_path = args.next().map(PathBuf::from),
            "--models" => models = args.next().map(PathBuf::from).unwrap_or(models),
            "--auto" => auto = args.next().map(PathBuf::from),
            "--folds" => folds = args.next().and_then(|s| s.parse().ok()).unwrap_or(folds),
            "--epochs" => epochs = args.next().and_then(|s| s.parse().ok()).unwrap_or(epochs),
            "--clusters" => clusters = args.next().map(PathBuf::from),
            "--dump" => dump = args.next().map(PathBuf::from),
            "--gazetteer" => extra_gaz.extend(args.next().map(PathBuf::from)),
            _ => flags.push(a),
        }
    }
    let Some(train_path) = train_path else {
        eprintln!(
            "usage: cv --train FILE [--folds K] [--epochs N] [--clusters FILE] [--gazetteer FILE]… [--dump FILE] [--no-clusters] [--no-gazetteer] [--no-spans]"
        );
        return ExitCode::from(2);
    };
    let mut cfg = TrainConfig::standard(&models);
    if clusters.is_some() {
        cfg.clusters = clusters;
    }
    if auto.is_some() {
        cfg.auto_lexicon = auto;
        cfg.features.auto_memory = true;
    }
    for f in &flags {
        match f.as_str() {
            "--no-clusters" => {
                cfg.clusters = None;
                cfg.features.clusters = false;
            }
            "--no-gazetteer" => {
                cfg.gazetteers.clear();
                cfg.features.gazetteer = false;
            }
            "--no-bigrams" => cfg.features.bigrams = false,
            "--no-context-affixes" => cfg.features.context_affixes = false,
            "--no-char-ngrams" => cfg.features.char_ngrams = false,
            "--no-memory" => cfg.features.memory = false,
            "--no-spans" => cfg.features.span_memory = false,
            "--window3" => cfg.features.window = 3,
            "--no-doc" => cfg.doc_window = 0,
            "--no-auto" => {
                cfg.auto_lexicon = None;
                cfg.features.auto_memory = false;
            }
            other => {
                eprintln!("unknown option {other}");
                return ExitCode::from(2);
            }
        }
    }
    cfg.gazetteers.extend(extra_gaz);
    cfg.max_epochs = epochs;
    cfg.patience = epochs;
    cfg.retrain_on_full = false;
    cfg.dev_fraction = 1.0 / folds as f64;
    let (data, res) = match (read_training(&train_path), load_resources(&cfg)) {
        (Ok(d), Ok(r)) => (d, r),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let n = data.len();
    let mut curves = vec![0.0f64; epochs];
    let mut dumped = String::new();
    for k in 0..folds {
        let (a, b) = (n * k / folds, n * (k + 1) / folds);
        // Rotate so fold k is last; the trainer holds out exactly that many sentences.
        let mut d: Vec<_> = data[..a].iter().chain(&data[b..]).cloned().collect();
        d.extend_from_slice(&data[a..b]);
        cfg.dev_fraction = (b - a) as f64 / n as f64;
        match train_on(&d, res.clone(), &cfg, &mut |_| {}) {
            Ok((model, report)) => {
                if dump.is_some() {
                    for (toks, gold) in &data[a..b] {
                        let pred = model.tag(toks);
                        for ((t, g), p) in toks.iter().zip(gold).zip(&pred) {
                            dumped.push_str(&format!("{t} {g} {p}\n"));
                        }
                        dumped.push('\n');
                    }
                }
                let line: Vec<String> = report
                    .epochs
                    .iter()
                    .map(|e| format!("{:.3}", e.dev_f1))
                    .collect();
                eprintln!("fold {k}: {}", line.join(" "));
                for e in &report.epochs {
                    curves[e.epoch - 1] += e.dev_f1 / folds as f64;
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(p) = &dump
        && let Err(e) = std::fs::write(p, &dumped)
    {
        eprintln!("error: {}: {e}", p.display());
        return ExitCode::FAILURE;
    }
    let (best, f1) = curves
        .iter()
        .enumerate()
        .fold((0, 0.0), |b, (i, &f)| if f > b.1 { (i + 1, f) } else { b });
    let line: Vec<String> = curves.iter().map(|f| format!("{f:.4}")).collect();
    println!("mean F1 by epoch: {}", line.join(" "));
    println!("best mean F1 {f1:.4} at epoch {best}");
    ExitCode::SUCCESS
}

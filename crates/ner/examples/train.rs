//! Trains the NER model from a CoNLL file and writes the model file.
//!
//! `cargo run --release -p marsad-ner --example train -- --train /work/shared/eval/ner/anercorp/train.txt --out models/ner/model.bin`
//!
//! Options: `--models DIR` (where `clusters.tsv`, `gazetteer.tsv` and `auto_lexicon.tsv` are
//! read; default `models/ner`), `--auto FILE` (another auto lexicon), `--epochs N` (maximum),
//! `--doc-window N` (sentences each side for the document stage; 0 = none), `--prune W`
//! (drop features whose largest weight is below W), `--no-retrain` (ship
//! the dev-selected model instead of retraining on all sentences), and ablations `--no-clusters`,
//! `--no-gazetteer`, `--no-auto`, `--no-doc`, `--no-memory`, `--no-char-ngrams`, `--no-bigrams`,
//! `--no-context-affixes`. See `models/ner/README.md` for the full rebuild.

use marsad_ner::{TrainConfig, train};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut train_path: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut models = PathBuf::from("models/ner");
    let mut flags = Vec::new();
    let mut auto: Option<PathBuf> = None;
    let mut epochs: Option<usize> = None;
    let mut doc_window: Option<usize> = None;
    let mut prune: Option<f32> = None;
    let mut ensemble: Option<usize> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--train" => train_path = args.next().map(PathBuf::from),
            "--out" => out = args.next().map(PathBuf::from),
            "--models" => models = args.next().map(PathBuf::from).unwrap_or(models),
            "--auto" => auto = args.next().map(PathBuf::from),
            "--epochs" => epochs = args.next().and_then(|s| s.parse().ok()),
            "--doc-window" => doc_window = args.next().and_then(|s| s.parse().ok()),
            "--prune" => prune = args.next().and_then(|s| s.parse().ok()),
            "--ensemble" => ensemble = args.next().and_then(|s| s.parse().ok()),
            _ => flags.push(a),
        }
    }
    let (Some(train_path), Some(out)) = (train_path, out) else {
        eprintln!(
            "usage: train --train FILE --out MODEL [--models DIR] [--auto FILE] [--epochs N] [--doc-window N] [--no-retrain] [--no-clusters|--no-gazetteer|--no-auto|--no-doc|…]"
        );
        return ExitCode::from(2);
    };
    let mut cfg = TrainConfig::standard(&models);
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
            "--window3" => cfg.features.window = 3,
            "--no-doc" => cfg.doc_window = 0,
            "--no-auto" => {
                cfg.auto_lexicon = None;
                cfg.features.auto_memory = false;
            }
            "--no-retrain" => cfg.retrain_on_full = false,
            other => {
                eprintln!("unknown option {other}");
                return ExitCode::from(2);
            }
        }
    }
    if let Some(k) = ensemble {
        cfg.ensemble = k;
    }
    if let Some(p) = prune {
        cfg.prune_below = p;
    }
    if let Some(w) = doc_window {
        cfg.doc_window = w;
    }
    if let Some(e) = epochs {
        cfg.max_epochs = e;
    }
    eprintln!(
        "clusters: {:?}; gazetteers: {:?}",
        cfg.clusters, cfg.gazetteers
    );
    let (model, report) = match train(&train_path, &cfg, &mut |m| eprintln!("{m}")) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(dev) = &report.stage2_dev {
        eprintln!(
            "document stage, dev set, best epoch {}:\n{dev}",
            report.stage2_best_epoch
        );
    }
    if let Some(dev) = &report.dev {
        eprintln!(
            "dev set ({} sentences), best epoch {}:\n{dev}",
            report.dev_sentences, report.best_epoch
        );
    }
    if let Err(e) = model.save(&out) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "wrote {} ({:.1} MB, {} of {} features) in {:.1}s total",
        out.display(),
        size as f64 / 1e6,
        report.features_kept,
        report.features_total,
        report.secs
    );
    ExitCode::SUCCESS
}

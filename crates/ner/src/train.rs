//! Training: an averaged structured perceptron (Collins 2002) over the constrained first-order
//! Viterbi decoder, with a development split carved from the end of the training file to pick
//! the number of epochs and the O penalty, then (by default) a final run on all training
//! sentences. Each stage mixes the parameters of a few perceptrons that saw the sentences in
//! different orders; the document stage learns from 10-fold jackknifed stage-1 output.
//!
//! Deterministic: sentence order per epoch comes from a seeded generator, and feature rows are
//! numbered in order of first appearance.

use crate::clusters::Clusters;
use crate::conll::{UnknownTags, read_conll_file};
use crate::error::NerError;
use crate::features::{FeatureConfig, Resources, Scratch, extract};
use crate::gazetteer::Gazetteer;
use crate::hash::KeyIndex;
use crate::memory::Memory;
use crate::model::{Model, Stage, viterbi};
use crate::rng::Rng;
use crate::score::{Report, Scorer};
use crate::tags::{Tag, repair_bio};
use std::path::{Path, PathBuf};
use std::time::Instant;

const L: usize = Tag::COUNT;

/// Training settings. No `Default`: callers say what they train with
/// ([`TrainConfig::standard`] is the shipped model's recipe).
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub features: FeatureConfig,
    pub max_epochs: usize,
    /// Stop after this many epochs without a better dev F1.
    pub patience: usize,
    /// Share of training sentences (from the end) held out as the dev set; 0 trains on all
    /// for `max_epochs`.
    pub dev_fraction: f64,
    /// After choosing the epoch count on dev, train again on all sentences for that many
    /// epochs (otherwise ship the dev-selected model, trained without the dev part).
    pub retrain_on_full: bool,
    pub seed: u64,
    /// Features whose largest averaged weight is below this are dropped from the model.
    pub prune_below: f32,
    /// Perceptrons per stage trained with different sentence orders and averaged (1 = one).
    pub ensemble: usize,
    /// How many O-penalty values (0.5, 1.0, …) to try on dev; 0 disables the search.
    pub penalty_steps: usize,
    /// Sentences each side that the document stage looks at; 0 trains no document stage.
    pub doc_window: usize,
    /// Word-cluster TSV (see [`Clusters::from_tsv`]).
    pub clusters: Option<PathBuf>,
    /// Gazetteer TSVs (`name<TAB>CATEGORY`).
    pub gazetteers: Vec<PathBuf>,
    /// Auto-lexicon TSV (see [`Memory::from_tsv`]).
    pub auto_lexicon: Option<PathBuf>,
}

impl TrainConfig {
    /// The recipe of the shipped model, with resources from `models_dir` (`models/ner`).
    pub fn standard(models_dir: &Path) -> Self {
        let clusters = models_dir.join("clusters.tsv");
        let gaz = models_dir.join("gazetteer.tsv");
        let auto = models_dir.join("auto_lexicon.tsv");
        let auto = auto.exists().then_some(auto);
        TrainConfig {
            features: FeatureConfig {
                auto_memory: auto.is_some(),
                ..FeatureConfig::full()
            },
            max_epochs: 40,
            patience: 8,
            dev_fraction: 0.1,
            retrain_on_full: true,
            seed: 0x4e45_5221,
            prune_below: 1.0,
            penalty_steps: 16,
            ensemble: 3,
            doc_window: 25,
            clusters: clusters.exists().then_some(clusters),
            gazetteers: if gaz.exists() { vec![gaz] } else { vec![] },
            auto_lexicon: auto,
        }
    }
}

/// Dev F1 after one epoch.
#[derive(Debug, Clone)]
pub struct EpochStat {
    pub epoch: usize,
    pub dev_f1: f64,
    pub mistakes: usize,
    pub secs: f64,
}

/// What training did.
#[derive(Debug, Clone)]
pub struct TrainReport {
    pub epochs: Vec<EpochStat>,
    pub best_epoch: usize,
    /// The dev score of the dev-selected model (trained without the dev sentences).
    pub dev: Option<Report>,
    /// The same for the document stage (empty / 0 / `None` without one).
    pub stage2_epochs: Vec<EpochStat>,
    pub stage2_best_epoch: usize,
    pub stage2_dev: Option<Report>,
    pub train_sentences: usize,
    pub dev_sentences: usize,
    pub features_total: usize,
    pub features_kept: usize,
    pub secs: f64,
}

/// One sentence ready for the perceptron.
struct Instance {
    feats: Vec<u32>,
    starts: Vec<u32>,
    gold: Vec<u8>,
}

/// Labelled sentence.
pub type Labelled = (Vec<String>, Vec<Tag>);

/// Loads the resources a config names.
pub fn load_resources(cfg: &TrainConfig) -> Result<Resources, NerError> {
    let mut res = Resources::default();
    if let Some(p) = &cfg.clusters {
        let text = std::fs::read_to_string(p).map_err(|e| NerError::io(p, e))?;
        res.clusters = Clusters::from_tsv(&text, &p.display().to_string())?;
    }
    let mut g = Gazetteer::new();
    for p in &cfg.gazetteers {
        let text = std::fs::read_to_string(p).map_err(|e| NerError::io(p, e))?;
        g.extend_from_tsv(&text, &p.display().to_string())?;
    }
    res.gazetteer = g;
    if let Some(p) = &cfg.auto_lexicon {
        let text = std::fs::read_to_string(p).map_err(|e| NerError::io(p, e))?;
        res.auto = Memory::from_tsv(&text, &p.display().to_string())?;
    }
    Ok(res)
}

/// Reads a CoNLL training file (unknown tags are an error) as labelled sentences, with
/// orphan `I-` tags repaired to `B-`.
pub fn read_training(path: &Path) -> Result<Vec<Labelled>, NerError> {
    let corpus = read_conll_file(path, UnknownTags::Error)?;
    let mut out = Vec::with_capacity(corpus.sentences.len());
    for (i, s) in corpus.sentences.into_iter().enumerate() {
        let mut tags = s.tags.ok_or_else(|| {
            NerError::Config(format!(
                "{}: sentence {} has no tags",
                path.display(),
                i + 1
            ))
        })?;
        repair_bio(&mut tags);
        out.push((s.tokens, tags));
    }
    Ok(out)
}

/// Trains from a CoNLL file with the resources the config names.
pub fn train(
    train_path: &Path,
    cfg: &TrainConfig,
    log: &mut dyn FnMut(&str),
) -> Result<(Model, TrainReport), NerError> {
    let data = read_training(train_path)?;
    let res = load_resources(cfg)?;
    log(&format!(
        "{} sentences; {} cluster words, {} gazetteer names",
        data.len(),
        res.clusters.len(),
        res.gazetteer.len()
    ));
    train_on(&data, res, cfg, log)
}

/// Trains on labelled sentences: stage 1 (sentence level), then, when `cfg.doc_window > 0`,
/// stage 2 (document level) on jackknifed stage-1 predictions.
pub fn train_on(
    data: &[Labelled],
    res: Resources,
    cfg: &TrainConfig,
    log: &mut dyn FnMut(&str),
) -> Result<(Model, TrainReport), NerError> {
    let t0 = Instant::now();
    if data.is_empty() {
        return Err(NerError::Config("no training sentences".into()));
    }
    if !(0.0..1.0).contains(&cfg.dev_fraction) {
        return Err(NerError::Config("dev_fraction must be in [0, 1)".into()));
    }
    let n_dev = (data.len() as f64 * cfg.dev_fraction).round() as usize;
    let n_train = data.len() - n_dev;
    let s1 = train_stage(data, n_train, &res, cfg, None, log);
    let mut report = TrainReport {
        epochs: s1.epochs.clone(),
        best_epoch: s1.best_epoch,
        dev: s1.dev.clone(),
        stage2_epochs: Vec::new(),
        stage2_best_epoch: 0,
        stage2_dev: None,
        train_sentences: n_train,
        dev_sentences: n_dev,
        features_total: s1.features_total,
        features_kept: s1.rows.len(),
        secs: 0.0,
    };
    // The memory covers exactly the sentences the weights were trained on: all of them after
    // a full retrain, the non-dev part otherwise (anything more would leak dev labels).
    let trained_on = if s1.used_dev_model {
        &data[..n_train]
    } else {
        data
    };
    let final_res = Resources {
        memory: if cfg.features.memory {
            Memory::build(trained_on.iter().map(|(t, g)| (&t[..], &g[..])))
        } else {
            Memory::default()
        },
        ..res.clone()
    };
    let stage1 = Stage::new(&s1.rows, s1.trans, s1.start, s1.outside_penalty);
    let mut model = Model::new(cfg.features.clone(), final_res, stage1, String::new());
    let mut notes = format!(
        "stage 1: epochs {}, outside penalty {}, dev F1 {}",
        s1.best_epoch,
        s1.outside_penalty,
        fmt_f1(&s1.dev)
    );
    if cfg.doc_window > 0 {
        log(&format!(
            "document stage: stage-1 predictions by {DOC_FOLDS}-fold jackknife"
        ));
        let preds = jackknife_predictions(data, &res, cfg, s1.best_epoch, s1.outside_penalty, log)?;
        let sentences: Vec<&Vec<String>> = data.iter().map(|(t, _)| t).collect();
        let codes = crate::features::doc_codes(&sentences, &preds, cfg.doc_window);
        let s2 = train_stage(data, n_train, &res, cfg, Some(&codes), log);
        notes.push_str(&format!(
            "; stage 2 (±{} sentences): epochs {}, outside penalty {}, dev F1 {}",
            cfg.doc_window,
            s2.best_epoch,
            s2.outside_penalty,
            fmt_f1(&s2.dev)
        ));
        report.stage2_epochs = s2.epochs.clone();
        report.stage2_best_epoch = s2.best_epoch;
        report.stage2_dev = s2.dev.clone();
        report.features_total += s2.features_total;
        report.features_kept += s2.rows.len();
        let stage2 = Stage::new(&s2.rows, s2.trans, s2.start, s2.outside_penalty);
        model.set_stage2(stage2, u16::try_from(cfg.doc_window).unwrap_or(u16::MAX));
    }
    report.secs = t0.elapsed().as_secs_f64();
    model.meta = format!(
        "averaged perceptron; {} training sentences; {notes}; {} of {} features kept",
        data.len(),
        report.features_kept,
        report.features_total
    );
    Ok((model, report))
}

fn fmt_f1(r: &Option<Report>) -> String {
    r.as_ref()
        .map(|r| format!("{:.4}", r.micro.f1()))
        .unwrap_or_else(|| "n/a".into())
}

/// Folds for the jackknifed stage-1 predictions stage 2 learns from.
const DOC_FOLDS: usize = 10;

/// Stage-1 predictions for every training sentence, each from a stage-1 model trained (for
/// `epochs` epochs) without that sentence's fold: stage 2 must learn from first-pass output
/// as imperfect as it will be on new text.
fn jackknife_predictions(
    data: &[Labelled],
    res: &Resources,
    cfg: &TrainConfig,
    epochs: usize,
    outside_penalty: f32,
    log: &mut dyn FnMut(&str),
) -> Result<Vec<Vec<Tag>>, NerError> {
    let n = data.len();
    let mut preds = vec![Vec::new(); n];
    let sub_cfg = TrainConfig {
        max_epochs: epochs,
        dev_fraction: 0.0,
        retrain_on_full: true,
        penalty_steps: 0,
        doc_window: 0,
        ..cfg.clone()
    };
    for fold in 0..DOC_FOLDS {
        let in_fold = |j: usize| j * DOC_FOLDS / n == fold;
        let rest: Vec<Labelled> = data
            .iter()
            .enumerate()
            .filter(|(j, _)| !in_fold(*j))
            .map(|(_, x)| x.clone())
            .collect();
        if rest.is_empty() {
            continue;
        }
        let (mut m, _) = train_on(&rest, res.clone(), &sub_cfg, &mut |_| {})?;
        m.set_outside_penalty(outside_penalty);
        for (j, (toks, _)) in data.iter().enumerate() {
            if in_fold(j) {
                preds[j] = m.tag(toks);
            }
        }
        log(&format!(
            "  jackknife fold {} of {DOC_FOLDS} tagged",
            fold + 1
        ));
    }
    Ok(preds)
}

/// What one stage's training produced.
struct StageFit {
    rows: Vec<(u64, [f32; L])>,
    trans: [f32; L * L],
    start: [f32; L],
    outside_penalty: f32,
    best_epoch: usize,
    epochs: Vec<EpochStat>,
    dev: Option<Report>,
    features_total: usize,
    /// Whether the weights are the dev-selected ones (trained on `data[..n_train]` only).
    used_dev_model: bool,
}

/// Trains one stage: epochs chosen on `data[n_train..]`, then (per config) a retrain on all.
fn train_stage(
    data: &[Labelled],
    n_train: usize,
    res: &Resources,
    cfg: &TrainConfig,
    docs: Option<&[Vec<u32>]>,
    log: &mut dyn FnMut(&str),
) -> StageFit {
    let (train_part, dev_part) = data.split_at(n_train);
    let n_dev = dev_part.len();
    let mut epochs = Vec::new();
    let mut best_epoch = cfg.max_epochs;
    let mut dev_report = None;
    let mut outside_penalty = 0.0f32;
    let mut final_run: Option<(Perceptron, Vec<u64>)> = None;
    if n_dev > 0 {
        let (train_docs, dev_docs) = match docs {
            Some(d) => (Some(&d[..n_train]), Some(&d[n_train..])),
            None => (None, None),
        };
        let (index, keys, train_inst) =
            featurize(train_part, res, &cfg.features, train_docs, None, true);
        let dev_res = Resources {
            memory: Memory::build(train_part.iter().map(|(t, g)| (&t[..], &g[..]))),
            ..res.clone()
        };
        let (_, _, dev_inst) = featurize(
            dev_part,
            &dev_res,
            &cfg.features,
            dev_docs,
            Some(&index),
            false,
        );
        let mut ens = Ensemble::new(keys.len(), cfg);
        let mut best: Option<(f64, usize, Perceptron)> = None;
        for epoch in 1..=cfg.max_epochs {
            let te = Instant::now();
            let mistakes = ens.epoch(&train_inst);
            let avg = ens.averaged();
            let report = evaluate(&avg, &dev_inst, 0.0);
            let f1 = report.micro.f1();
            let secs = te.elapsed().as_secs_f64();
            log(&format!(
                "epoch {epoch:>2}: {mistakes} sentence mistakes, dev F1 {f1:.4} ({secs:.1}s)"
            ));
            epochs.push(EpochStat {
                epoch,
                dev_f1: f1,
                mistakes,
                secs,
            });
            // Dev F1 moves by ±0.5 points from epoch to epoch on ~1,000 entities, so epochs
            // are compared by the mean of their own and the previous epoch's score (the
            // second epoch onwards), which keeps one lucky early epoch from being chosen.
            let smoothed = if epoch >= 2 {
                (f1 + epochs[epochs.len() - 2].dev_f1) / 2.0
            } else {
                f1 - 1.0
            };
            if best.as_ref().is_none_or(|b| smoothed > b.0) {
                best = Some((smoothed, epoch, avg));
                dev_report = Some(report);
            } else if best.as_ref().is_some_and(|b| epoch - b.1 >= cfg.patience) {
                break;
            }
        }
        if let Some((smoothed, e, avg)) = best {
            let f1 = epochs[e - 1].dev_f1;
            log(&format!(
                "best dev F1 {f1:.4} at epoch {e} (two-epoch mean {smoothed:.4})"
            ));
            best_epoch = e;
            // The perceptron is precise but conservative (recall well below precision), so a
            // penalty on O's score, chosen on dev, trades a little precision for recall.
            let mut best_pen = (f1, 0.0f32);
            for step in 1..=cfg.penalty_steps {
                let pen = step as f32 * 0.5;
                let r = evaluate(&avg, &dev_inst, pen);
                if r.micro.f1() > best_pen.0 {
                    best_pen = (r.micro.f1(), pen);
                    dev_report = Some(r);
                }
            }
            outside_penalty = best_pen.1;
            log(&format!(
                "outside penalty {:.1}: dev F1 {:.4}",
                best_pen.1, best_pen.0
            ));
            if !cfg.retrain_on_full {
                final_run = Some((avg, keys));
            }
        }
    }
    let used_dev_model = final_run.is_some();
    let (weights, keys) = match final_run {
        Some(x) => x,
        None => {
            let (_, keys, inst) = featurize(data, res, &cfg.features, docs, None, true);
            let mut ens = Ensemble::new(keys.len(), cfg);
            for epoch in 1..=best_epoch {
                let m = ens.epoch(&inst);
                log(&format!(
                    "full data epoch {epoch:>2}: {m} sentence mistakes"
                ));
            }
            (ens.averaged(), keys)
        }
    };
    let mut rows = Vec::new();
    for (r, k) in keys.iter().enumerate() {
        let mut w = [0f32; L];
        w.copy_from_slice(&weights.w[r * L..r * L + L]);
        if w.iter().any(|x| x.abs() >= cfg.prune_below) {
            rows.push((*k, w));
        }
    }
    StageFit {
        rows,
        trans: weights.trans,
        start: weights.start,
        outside_penalty,
        best_epoch,
        epochs,
        dev: dev_report,
        features_total: keys.len(),
        used_dev_model,
    }
}

/// Folds for jackknifed label memory.
const MEMORY_FOLDS: usize = 10;

/// Extracts features; with `fixed`, maps through an existing index and drops unknown
/// features, otherwise builds a new index in order of first appearance. With `jackknife`,
/// each tenth of `data` sees a label memory built from the other nine tenths; otherwise
/// `res.memory` is used as it is.
fn featurize(
    data: &[Labelled],
    res: &Resources,
    cfg: &FeatureConfig,
    docs: Option<&[Vec<u32>]>,
    fixed: Option<&KeyIndex>,
    jackknife: bool,
) -> (KeyIndex, Vec<u64>, Vec<Instance>) {
    let mut index = KeyIndex::with_capacity(1 << 20);
    let mut keys = Vec::new();
    let mut sc = Scratch::default();
    let (mut feats, mut starts) = (Vec::new(), Vec::new());
    let mut out = Vec::with_capacity(data.len());
    let n = data.len();
    let jack = jackknife && cfg.memory;
    let mut fold_res = res.clone();
    let mut fold = usize::MAX;
    for (si, (tokens, tags)) in data.iter().enumerate() {
        if jack && si * MEMORY_FOLDS / n != fold {
            fold = si * MEMORY_FOLDS / n;
            // Fold membership uses the same formula as `fold` itself, so no sentence ever
            // sees its own labels.
            fold_res.memory = Memory::build(
                data.iter()
                    .enumerate()
                    .filter(|(j, _)| j * MEMORY_FOLDS / n != fold)
                    .map(|(_, (t, g))| (&t[..], &g[..])),
            );
        }
        let doc = docs.and_then(|d| d.get(si)).map(|d| &d[..]);
        extract(
            cfg,
            &fold_res,
            tokens,
            doc,
            &mut sc,
            &mut feats,
            &mut starts,
        );
        let mut inst = Instance {
            feats: Vec::with_capacity(feats.len()),
            starts: Vec::with_capacity(starts.len()),
            gold: tags.iter().map(|t| t.index() as u8).collect(),
        };
        for i in 0..tokens.len() {
            inst.starts.push(inst.feats.len() as u32);
            for &f in &feats[starts[i] as usize..starts[i + 1] as usize] {
                let row = match fixed {
                    Some(ix) => ix.get(f),
                    None => {
                        let r = index.get_or_insert(f, keys.len() as u32);
                        if r as usize == keys.len() {
                            keys.push(f);
                        }
                        Some(r)
                    }
                };
                if let Some(r) = row {
                    inst.feats.push(r);
                }
            }
        }
        inst.starts.push(inst.feats.len() as u32);
        out.push(inst);
    }
    (index, keys, out)
}

/// Perceptrons that differ only in the seed of their sentence order, trained side by side;
/// their averaged weights are averaged again (parameter mixing), which smooths out the
/// dependence of a single perceptron on the order it saw the data in.
struct Ensemble {
    members: Vec<(Perceptron, Rng)>,
}

impl Ensemble {
    fn new(rows: usize, cfg: &TrainConfig) -> Self {
        Ensemble {
            members: (0..cfg.ensemble.max(1))
                .map(|k| {
                    let seed = cfg.seed.wrapping_add((k as u64).wrapping_mul(0x9e37_79b9));
                    (Perceptron::new(rows), Rng::new(seed))
                })
                .collect(),
        }
    }

    /// One epoch of every member; returns the first member's mistakes.
    fn epoch(&mut self, data: &[Instance]) -> usize {
        let mut first = 0;
        for (k, (p, rng)) in self.members.iter_mut().enumerate() {
            let m = p.epoch(data, rng);
            if k == 0 {
                first = m;
            }
        }
        first
    }

    fn averaged(&self) -> Perceptron {
        let mut it = self.members.iter();
        let Some((p0, _)) = it.next() else {
            return Perceptron::new(0);
        };
        let mut acc = p0.averaged();
        for (p, _) in it {
            let a = p.averaged();
            for (x, y) in acc.w.iter_mut().zip(&a.w) {
                *x += y;
            }
            for (x, y) in acc.trans.iter_mut().zip(&a.trans) {
                *x += y;
            }
            for (x, y) in acc.start.iter_mut().zip(&a.start) {
                *x += y;
            }
        }
        // A sum rather than a mean keeps weights on the single-perceptron scale times k; the
        // decoder is invariant to scale except for the O penalty, which is chosen after this.
        let k = self.members.len() as f32;
        acc.w.iter_mut().for_each(|x| *x /= k);
        acc.trans.iter_mut().for_each(|x| *x /= k);
        acc.start.iter_mut().for_each(|x| *x /= k);
        acc
    }
}

/// Weights with lazy averaging: `avg = w - u / c` where `u` sums `c * update`.
#[derive(Debug, Clone)]
struct Perceptron {
    w: Vec<f32>,
    u: Vec<f64>,
    trans: [f32; L * L],
    trans_u: [f64; L * L],
    start: [f32; L],
    start_u: [f64; L],
    c: f64,
}

impl Perceptron {
    fn new(rows: usize) -> Self {
        Perceptron {
            w: vec![0.0; rows * L],
            u: vec![0.0; rows * L],
            trans: [0.0; L * L],
            trans_u: [0.0; L * L],
            start: [0.0; L],
            start_u: [0.0; L],
            c: 1.0,
        }
    }

    fn decode(
        &self,
        inst: &Instance,
        outside_penalty: f32,
        emit: &mut Vec<f32>,
        back: &mut Vec<u8>,
        out: &mut Vec<Tag>,
    ) {
        let n = inst.gold.len();
        emit.clear();
        emit.resize(n * L, 0.0);
        for i in 0..n {
            let e = &mut emit[i * L..i * L + L];
            for &r in &inst.feats[inst.starts[i] as usize..inst.starts[i + 1] as usize] {
                let w = &self.w[r as usize * L..r as usize * L + L];
                for k in 0..L {
                    e[k] += w[k];
                }
            }
        }
        for i in 0..n {
            emit[i * L] -= outside_penalty;
        }
        viterbi(emit, &self.trans, &self.start, n, back, out);
    }

    /// One pass in seeded random order; returns the number of sentences mis-tagged.
    fn epoch(&mut self, data: &[Instance], rng: &mut Rng) -> usize {
        let mut order: Vec<usize> = (0..data.len()).collect();
        rng.shuffle(&mut order);
        let (mut emit, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
        let mut mistakes = 0;
        for &s in &order {
            let inst = &data[s];
            self.decode(inst, 0.0, &mut emit, &mut back, &mut pred);
            let mut wrong = false;
            let c = self.c;
            for i in 0..inst.gold.len() {
                let g = inst.gold[i] as usize;
                let p = pred[i].index();
                if g != p {
                    wrong = true;
                    for &r in &inst.feats[inst.starts[i] as usize..inst.starts[i + 1] as usize] {
                        let b = r as usize * L;
                        self.w[b + g] += 1.0;
                        self.u[b + g] += c;
                        self.w[b + p] -= 1.0;
                        self.u[b + p] -= c;
                    }
                }
                let (gp, pp) = if i == 0 {
                    (None, None)
                } else {
                    (Some(inst.gold[i - 1] as usize), Some(pred[i - 1].index()))
                };
                if (gp, g) != (pp, p) {
                    match (gp, pp) {
                        (Some(gp), Some(pp)) => {
                            self.trans[gp * L + g] += 1.0;
                            self.trans_u[gp * L + g] += c;
                            self.trans[pp * L + p] -= 1.0;
                            self.trans_u[pp * L + p] -= c;
                        }
                        _ => {
                            self.start[g] += 1.0;
                            self.start_u[g] += c;
                            self.start[p] -= 1.0;
                            self.start_u[p] -= c;
                        }
                    }
                }
            }
            if wrong {
                mistakes += 1;
            }
            self.c += 1.0;
        }
        mistakes
    }

    /// The averaged weights, as a plain (non-averaging) perceptron.
    fn averaged(&self) -> Perceptron {
        let c = self.c;
        let avg = |w: f32, u: f64| (f64::from(w) - u / c) as f32;
        let mut p = Perceptron {
            w: self
                .w
                .iter()
                .zip(&self.u)
                .map(|(w, u)| avg(*w, *u))
                .collect(),
            u: Vec::new(),
            trans: [0.0; L * L],
            trans_u: [0.0; L * L],
            start: [0.0; L],
            start_u: [0.0; L],
            c,
        };
        for k in 0..L * L {
            p.trans[k] = avg(self.trans[k], self.trans_u[k]);
        }
        for k in 0..L {
            p.start[k] = avg(self.start[k], self.start_u[k]);
        }
        p
    }
}

fn evaluate(p: &Perceptron, data: &[Instance], outside_penalty: f32) -> Report {
    let mut scorer = Scorer::new();
    let (mut emit, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    let mut gold = Vec::new();
    for inst in data {
        p.decode(inst, outside_penalty, &mut emit, &mut back, &mut pred);
        gold.clear();
        gold.extend(inst.gold.iter().map(|&g| Tag::from_index(g as usize)));
        scorer.add(&gold, &pred);
    }
    scorer.report()
}

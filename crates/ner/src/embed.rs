//! Learning word clusters from unlabeled text: skip-gram word vectors with negative sampling
//! (word2vec's SGNS), then spherical k-means at the finest granularity and k-means over those
//! centroids for the coarser ones, so the levels nest like a cut Brown hierarchy.
//!
//! Single-threaded and driven by one seeded generator, so the same corpus and config always
//! give the same table (hogwild multi-threading would be faster but not reproducible).

use crate::norm::normalize_into;
use crate::rng::Rng;
use std::collections::HashMap;
use std::fmt::Write as _;

/// Settings for [`build_clusters`].
#[derive(Debug, Clone)]
pub struct EmbedConfig {
    pub dim: usize,
    pub window: usize,
    pub negative: usize,
    pub min_count: u64,
    pub max_vocab: usize,
    pub epochs: usize,
    pub learning_rate: f32,
    /// word2vec's sub-sampling threshold for frequent words.
    pub subsample: f64,
    /// Cluster counts, coarse to fine; the finest is clustered from vectors, the others from
    /// the finer level's centroids.
    pub levels: Vec<usize>,
    pub kmeans_iters: usize,
    pub seed: u64,
}

impl EmbedConfig {
    /// The settings used for the shipped `models/ner/clusters.tsv`.
    pub fn shipped() -> Self {
        EmbedConfig {
            dim: 100,
            window: 2,
            negative: 5,
            min_count: 3,
            max_vocab: 200_000,
            epochs: 3,
            learning_rate: 0.025,
            subsample: 1e-4,
            levels: vec![64, 256, 1024],
            kmeans_iters: 15,
            seed: 0x6d61_7273_6164,
        }
    }
}

/// Collects normalised tokens, one sentence at a time, as word ids.
#[derive(Debug, Default)]
pub struct CorpusBuilder {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    counts: Vec<u64>,
    /// Word ids, with `u32::MAX` between sentences.
    stream: Vec<u32>,
    norm: String,
}

const BOUNDARY: u32 = u32::MAX;

impl CorpusBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_sentence<S: AsRef<str>>(&mut self, tokens: &[S]) {
        for t in tokens {
            normalize_into(t.as_ref(), &mut self.norm);
            if self.norm.is_empty() {
                continue;
            }
            let id = match self.ids.get(self.norm.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    self.ids.insert(self.norm.clone(), id);
                    self.words.push(self.norm.clone());
                    self.counts.push(0);
                    id
                }
            };
            self.counts[id as usize] += 1;
            self.stream.push(id);
        }
        self.stream.push(BOUNDARY);
    }

    pub fn token_count(&self) -> usize {
        self.stream.len()
    }
}

/// The result: words (most frequent first) with their counts and per-level cluster ids.
#[derive(Debug, Clone)]
pub struct ClusterTable {
    pub levels: Vec<usize>,
    pub words: Vec<(String, u64, Vec<u16>)>,
}

impl ClusterTable {
    /// The TSV read by [`crate::Clusters::from_tsv`].
    pub fn to_tsv(&self) -> String {
        let mut s = String::new();
        s.push_str("#levels");
        for k in &self.levels {
            let _ = write!(s, "\t{k}");
        }
        s.push('\n');
        s.push_str("# word\tcluster ids coarse to fine\tcorpus count\n");
        for (w, c, ids) in &self.words {
            s.push_str(w);
            for id in ids {
                let _ = write!(s, "\t{id}");
            }
            let _ = writeln!(s, "\t{c}");
        }
        s
    }
}

/// Progress callback: a message for each stage.
pub type Progress<'a> = &'a mut dyn FnMut(&str);

/// Trains vectors on the corpus and clusters them.
pub fn build_clusters(corpus: CorpusBuilder, cfg: &EmbedConfig, log: Progress<'_>) -> ClusterTable {
    let mut rng = Rng::new(cfg.seed);
    // Vocabulary: frequent words, ties broken by spelling so the order is reproducible.
    let mut order: Vec<u32> = (0..corpus.words.len() as u32)
        .filter(|&i| corpus.counts[i as usize] >= cfg.min_count)
        .collect();
    order.sort_by(|&a, &b| {
        corpus.counts[b as usize]
            .cmp(&corpus.counts[a as usize])
            .then_with(|| corpus.words[a as usize].cmp(&corpus.words[b as usize]))
    });
    order.truncate(cfg.max_vocab);
    let v = order.len();
    let mut remap = vec![u32::MAX; corpus.words.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old as usize] = new as u32;
    }
    let counts: Vec<u64> = order.iter().map(|&o| corpus.counts[o as usize]).collect();
    let stream: Vec<u32> = corpus
        .stream
        .iter()
        .filter_map(|&id| {
            if id == BOUNDARY {
                Some(BOUNDARY)
            } else {
                let r = remap[id as usize];
                (r != u32::MAX).then_some(r)
            }
        })
        .collect();
    log(&format!(
        "vocabulary {v} words (min count {}), {} tokens kept",
        cfg.min_count,
        stream.len()
    ));
    let vecs = sgns(&stream, &counts, cfg, &mut rng, log);
    let fine = *cfg.levels.last().unwrap_or(&256);
    let (assign, centroids) = spherical_kmeans(&vecs, cfg.dim, v, fine, cfg.kmeans_iters, &mut rng);
    log(&format!("k-means: {fine} clusters"));
    // Coarser levels cluster the finer centroids, so every fine cluster maps to one coarse one.
    let mut level_assign: Vec<Vec<u32>> = vec![assign.clone()];
    let mut cur_centroids = centroids;
    let mut cur_k = fine.min(v);
    for &k in cfg.levels.iter().rev().skip(1) {
        let (a, c) = spherical_kmeans(
            &cur_centroids,
            cfg.dim,
            cur_k,
            k,
            cfg.kmeans_iters * 2,
            &mut rng,
        );
        let prev = level_assign.last().cloned().unwrap_or_default();
        level_assign.push(prev.iter().map(|&p| a[p as usize]).collect());
        cur_centroids = c;
        cur_k = k.min(cur_k);
        log(&format!("k-means: {k} clusters"));
    }
    level_assign.reverse();
    let words = order
        .iter()
        .enumerate()
        .map(|(i, &o)| {
            (
                corpus.words[o as usize].clone(),
                counts[i],
                level_assign.iter().map(|a| a[i] as u16).collect(),
            )
        })
        .collect();
    ClusterTable {
        levels: cfg.levels.clone(),
        words,
    }
}

const EXP_TABLE: usize = 1000;
const MAX_EXP: f32 = 6.0;

fn sgns(
    stream: &[u32],
    counts: &[u64],
    cfg: &EmbedConfig,
    rng: &mut Rng,
    log: Progress<'_>,
) -> Vec<f32> {
    let v = counts.len();
    let d = cfg.dim;
    let mut syn0: Vec<f32> = (0..v * d).map(|_| (rng.f32() - 0.5) / d as f32).collect();
    let mut syn1 = vec![0f32; v * d];
    let sig: Vec<f32> = (0..EXP_TABLE)
        .map(|i| {
            let x = (i as f32 / EXP_TABLE as f32 * 2.0 - 1.0) * MAX_EXP;
            1.0 / (1.0 + (-x).exp())
        })
        .collect();
    // Negative-sampling table over unigram^0.75, as in word2vec.
    let table_size = 10_000_000usize.min(v * 100).max(1);
    let pow: Vec<f64> = counts.iter().map(|&c| (c as f64).powf(0.75)).collect();
    let total_pow: f64 = pow.iter().sum();
    let mut table = Vec::with_capacity(table_size);
    let mut w = 0usize;
    let mut cum = pow.first().copied().unwrap_or(0.0) / total_pow;
    for i in 0..table_size {
        table.push(w as u32);
        if (i as f64 + 1.0) / table_size as f64 > cum && w + 1 < v {
            w += 1;
            cum += pow[w] / total_pow;
        }
    }
    let total: u64 = counts.iter().sum();
    let thresh = cfg.subsample * total as f64;
    let keep: Vec<f32> = counts
        .iter()
        .map(|&c| {
            let f = c as f64;
            (((f / thresh).sqrt() + 1.0) * thresh / f).min(1.0) as f32
        })
        .collect();
    let total_steps = (stream.len() * cfg.epochs).max(1) as f32;
    let mut step = 0usize;
    let mut neu1e = vec![0f32; d];
    let mut sent: Vec<u32> = Vec::with_capacity(256);
    for epoch in 0..cfg.epochs {
        let mut pos = 0;
        while pos < stream.len() {
            sent.clear();
            while pos < stream.len() && stream[pos] != BOUNDARY {
                let wd = stream[pos];
                if rng.f32() < keep[wd as usize] {
                    sent.push(wd);
                }
                pos += 1;
                step += 1;
            }
            pos += 1;
            let alpha = (cfg.learning_rate * (1.0 - step as f32 / total_steps))
                .max(cfg.learning_rate * 1e-4);
            for (i, &center) in sent.iter().enumerate() {
                let b = rng.below(cfg.window as u64) as usize;
                let lo = i.saturating_sub(cfg.window - b);
                let hi = (i + cfg.window - b + 1).min(sent.len());
                for (j, &ctx) in sent.iter().enumerate().take(hi).skip(lo) {
                    if j == i {
                        continue;
                    }
                    let l1 = ctx as usize * d;
                    neu1e.iter_mut().for_each(|x| *x = 0.0);
                    for n in 0..=cfg.negative {
                        let (target, label) = if n == 0 {
                            (center, 1.0f32)
                        } else {
                            let t = table[rng.below(table.len() as u64) as usize];
                            if t == center {
                                continue;
                            }
                            (t, 0.0)
                        };
                        let l2 = target as usize * d;
                        let f: f32 = syn0[l1..l1 + d]
                            .iter()
                            .zip(&syn1[l2..l2 + d])
                            .map(|(a, b)| a * b)
                            .sum();
                        let g = if f > MAX_EXP {
                            label - 1.0
                        } else if f < -MAX_EXP {
                            label
                        } else {
                            let idx = ((f + MAX_EXP) * (EXP_TABLE as f32 / MAX_EXP / 2.0)) as usize;
                            label - sig[idx.min(EXP_TABLE - 1)]
                        } * alpha;
                        for k in 0..d {
                            neu1e[k] += g * syn1[l2 + k];
                            syn1[l2 + k] += g * syn0[l1 + k];
                        }
                    }
                    for k in 0..d {
                        syn0[l1 + k] += neu1e[k];
                    }
                }
            }
        }
        log(&format!(
            "word vectors: epoch {} of {} done",
            epoch + 1,
            cfg.epochs
        ));
    }
    syn0
}

fn normalize_rows(x: &mut [f32], d: usize) {
    for row in x.chunks_exact_mut(d) {
        let n = row.iter().map(|a| a * a).sum::<f32>().sqrt();
        if n > 0.0 {
            row.iter_mut().for_each(|a| *a /= n);
        }
    }
}

/// Spherical k-means (cosine similarity) over `n` rows of `d` dims; returns assignments and
/// unit-length centroids. Initial centroids are distinct rows drawn by the seeded generator.
fn spherical_kmeans(
    data: &[f32],
    d: usize,
    n: usize,
    k: usize,
    iters: usize,
    rng: &mut Rng,
) -> (Vec<u32>, Vec<f32>) {
    let k = k.min(n).max(1);
    let mut x = data[..n * d].to_vec();
    normalize_rows(&mut x, d);
    let mut picks: Vec<usize> = (0..n).collect();
    for i in 0..k {
        let j = i + rng.below((n - i) as u64) as usize;
        picks.swap(i, j);
    }
    let mut cent: Vec<f32> = picks[..k]
        .iter()
        .flat_map(|&p| x[p * d..p * d + d].to_vec())
        .collect();
    let mut assign = vec![0u32; n];
    for _ in 0..iters {
        let mut changed = 0usize;
        for (i, row) in x.chunks_exact(d).enumerate() {
            let mut best = (f32::NEG_INFINITY, 0u32);
            for (c, cr) in cent.chunks_exact(d).enumerate() {
                let s: f32 = row.iter().zip(cr).map(|(a, b)| a * b).sum();
                if s > best.0 {
                    best = (s, c as u32);
                }
            }
            if assign[i] != best.1 {
                changed += 1;
                assign[i] = best.1;
            }
        }
        let mut sums = vec![0f32; k * d];
        let mut sizes = vec![0usize; k];
        for (i, row) in x.chunks_exact(d).enumerate() {
            let c = assign[i] as usize;
            sizes[c] += 1;
            for (s, a) in sums[c * d..c * d + d].iter_mut().zip(row) {
                *s += a;
            }
        }
        for c in 0..k {
            if sizes[c] == 0 {
                // An empty cluster restarts on a random row rather than dying.
                let p = rng.below(n as u64) as usize;
                sums[c * d..c * d + d].copy_from_slice(&x[p * d..p * d + d]);
            }
        }
        normalize_rows(&mut sums, d);
        cent = sums;
        if changed == 0 {
            break;
        }
    }
    (assign, cent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_are_reproducible_and_nested() {
        let mut c = CorpusBuilder::new();
        let a = ["القط", "يأكل", "السمك", "في", "البيت"];
        let b = ["الكلب", "يأكل", "اللحم", "في", "الحديقة"];
        for i in 0..200 {
            c.add_sentence(if i % 2 == 0 { &a } else { &b });
        }
        let mut c2 = CorpusBuilder::new();
        for i in 0..200 {
            c2.add_sentence(if i % 2 == 0 { &a } else { &b });
        }
        let cfg = EmbedConfig {
            dim: 8,
            window: 2,
            negative: 2,
            min_count: 1,
            max_vocab: 100,
            epochs: 2,
            learning_rate: 0.05,
            subsample: 1.0,
            levels: vec![2, 4],
            kmeans_iters: 5,
            seed: 7,
        };
        let t1 = build_clusters(c, &cfg, &mut |_| {});
        let t2 = build_clusters(c2, &cfg, &mut |_| {});
        assert_eq!(t1.to_tsv(), t2.to_tsv());
        assert_eq!(t1.words.len(), 8);
        let parsed = crate::Clusters::from_tsv(&t1.to_tsv(), "t").unwrap();
        assert!(parsed.lookup("يأكل").is_some());
    }
}

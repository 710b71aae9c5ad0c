//! The trained tagger: feature weights, tag transitions and the resources features read, with
//! constrained Viterbi decoding and a compact binary file format.

use crate::bin::{Reader, Writer};
use crate::clusters::Clusters;
use crate::error::NerError;
use crate::features::{FeatureConfig, Resources, Scratch, doc_codes, extract, push_doc_features};
use crate::gazetteer::Gazetteer;
use crate::memory::Memory;
use crate::score::{Entity, entities};
use crate::tags::Tag;
use std::path::Path;

const L: usize = Tag::COUNT;
const MAGIC: &[u8; 8] = b"MRSDNER\0";
const VERSION: u32 = 2;

/// One decoding stage: feature weights, transitions `trans[prev * L + cur]`, start scores and
/// the penalty on O.
#[derive(Debug, Clone)]
pub(crate) struct Stage {
    pub(crate) table: WeightTable,
    pub(crate) trans: [f32; L * L],
    pub(crate) start: [f32; L],
    /// Subtracted from every token's O score before decoding (chosen on dev at training).
    pub(crate) outside_penalty: f32,
}

/// The tagger. Stage 1 tags sentences on their own; the optional stage 2 re-tags a document
/// with extra features saying how stage 1 labelled the same words in nearby sentences
/// (see [`Model::tag_document`]).
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) features: FeatureConfig,
    pub(crate) resources: Resources,
    pub(crate) stage1: Stage,
    pub(crate) stage2: Option<Stage>,
    /// Sentences each side that stage 2 looks at.
    pub(crate) doc_window: u16,
    /// Free-form training notes (data, epochs, dev score), shown by tools.
    pub meta: String,
}

/// One open-addressing slot: the feature key and its quantised weights side by side, so a
/// lookup touches one 32-byte slot (half a cache line) instead of a key array, a value array
/// and a weight row.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
pub(crate) struct Slot {
    key: u64,
    w: [i16; L],
}

/// Feature key → `L` weights, stored as `i16` times one scale.
#[derive(Debug, Clone, Default)]
pub(crate) struct WeightTable {
    slots: Vec<Slot>,
    len: usize,
    scale: f32,
}

const EMPTY: u64 = 0;

impl WeightTable {
    /// Builds the table from float rows; the scale maps the largest weight to `i16::MAX`.
    fn from_rows(rows: &[(u64, [f32; L])]) -> WeightTable {
        let max = rows
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let q: Vec<(u64, [i16; L])> = rows
            .iter()
            .map(|(k, w)| {
                let mut r = [0i16; L];
                for (d, x) in r.iter_mut().zip(w) {
                    *d = (x / scale).round().clamp(-32767.0, 32767.0) as i16;
                }
                (*k, r)
            })
            .collect();
        WeightTable::from_quantized(&q, scale)
    }

    fn from_quantized(rows: &[(u64, [i16; L])], scale: f32) -> WeightTable {
        // Load factor at most ~0.7 keeps linear-probe chains short.
        let cap = (rows.len() * 10 / 7 + 1).next_power_of_two().max(16);
        let mut t = WeightTable {
            slots: vec![Slot::default(); cap],
            len: 0,
            scale,
        };
        let mask = cap - 1;
        for &(k, w) in rows {
            let k = if k == EMPTY { 1 } else { k };
            let mut i = (k as usize) & mask;
            loop {
                let s = &mut t.slots[i];
                if s.key == EMPTY {
                    *s = Slot { key: k, w };
                    t.len += 1;
                    break;
                }
                if s.key == k {
                    break; // duplicate key: first wins
                }
                i = (i + 1) & mask;
            }
        }
        t
    }

    #[inline]
    fn get(&self, key: u64) -> Option<&[i16; L]> {
        let key = if key == EMPTY { 1 } else { key };
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = (key as usize) & mask;
        loop {
            let s = self.slots.get(i)?;
            if s.key == key {
                return Some(&s.w);
            }
            if s.key == EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn rows(&self) -> impl Iterator<Item = &Slot> {
        self.slots.iter().filter(|s| s.key != EMPTY)
    }
}

/// Reusable buffers for tagging many sentences without allocating.
#[derive(Debug, Default)]
pub struct Tagger {
    scratch: Scratch,
    feats: Vec<u64>,
    starts: Vec<u32>,
    emit: Vec<f32>,
    back: Vec<u8>,
}

impl Stage {
    pub(crate) fn new(
        rows: &[(u64, [f32; L])],
        trans: [f32; L * L],
        start: [f32; L],
        outside_penalty: f32,
    ) -> Stage {
        Stage {
            table: WeightTable::from_rows(rows),
            trans,
            start,
            outside_penalty,
        }
    }

    /// Decodes one sentence whose features are in `t.feats`/`t.starts`.
    fn decode(&self, t: &mut Tagger, n: usize, out: &mut Vec<Tag>) {
        t.emit.clear();
        t.emit.resize(n * L, 0.0);
        for i in 0..n {
            let (a, b) = (t.starts[i] as usize, t.starts[i + 1] as usize);
            // Integer sums are exact; one multiply by the scale at the end.
            let mut acc = [0i32; L];
            for &f in &t.feats[a..b] {
                if let Some(w) = self.table.get(f) {
                    for k in 0..L {
                        acc[k] += i32::from(w[k]);
                    }
                }
            }
            let e = &mut t.emit[i * L..i * L + L];
            for k in 0..L {
                e[k] = acc[k] as f32 * self.table.scale;
            }
            e[0] -= self.outside_penalty;
        }
        viterbi(&t.emit, &self.trans, &self.start, n, &mut t.back, out);
    }

    fn write(&self, w: &mut Writer) {
        w.f32s(&self.trans);
        w.f32s(&self.start);
        w.f32(self.outside_penalty);
        // Weights are stored as i16 with one scale per stage: averaged-perceptron weights span
        // a small range, and halving the file matters more than the ~1e-4 relative error.
        w.f32(self.table.scale);
        // Sorted keys make the file independent of table capacity and insertion order.
        let mut rows: Vec<&Slot> = self.table.rows().collect();
        rows.sort_by_key(|s| s.key);
        let keys: Vec<u64> = rows.iter().map(|s| s.key).collect();
        w.u64s(&keys);
        let q: Vec<i16> = rows.iter().flat_map(|s| s.w).collect();
        w.i16s(&q);
    }

    fn read(r: &mut Reader<'_>) -> Result<Stage, NerError> {
        let trans_v = r.f32s()?;
        let start_v = r.f32s()?;
        let mut trans = [0f32; L * L];
        let mut start = [0f32; L];
        if trans_v.len() != L * L || start_v.len() != L {
            return Err(NerError::Format(
                "transition table has the wrong size".into(),
            ));
        }
        trans.copy_from_slice(&trans_v);
        start.copy_from_slice(&start_v);
        let outside_penalty = r.f32()?;
        let scale = r.f32()?;
        if !outside_penalty.is_finite() || !scale.is_finite() {
            return Err(NerError::Format("non-finite score in model".into()));
        }
        let keys = r.u64s()?;
        let q = r.i16s()?;
        if q.len() != keys.len() * L {
            return Err(NerError::Format("weight table sizes disagree".into()));
        }
        let rows: Vec<(u64, [i16; L])> = keys
            .iter()
            .zip(q.chunks_exact(L))
            .map(|(k, w)| {
                let mut a = [0i16; L];
                a.copy_from_slice(w);
                (*k, a)
            })
            .collect();
        let table = WeightTable::from_quantized(&rows, scale);
        if table.len != rows.len() {
            return Err(NerError::Format("duplicate feature key".into()));
        }
        Ok(Stage {
            table,
            trans,
            start,
            outside_penalty,
        })
    }
}

impl Model {
    pub(crate) fn new(
        features: FeatureConfig,
        resources: Resources,
        stage1: Stage,
        meta: String,
    ) -> Model {
        Model {
            features,
            resources,
            stage1,
            stage2: None,
            doc_window: 0,
            meta,
        }
    }

    pub(crate) fn set_stage2(&mut self, stage: Stage, window: u16) {
        self.stage2 = Some(stage);
        self.doc_window = window;
    }

    pub(crate) fn set_outside_penalty(&mut self, p: f32) {
        self.stage1.outside_penalty = p;
    }

    pub fn feature_config(&self) -> &FeatureConfig {
        &self.features
    }

    /// Number of weighted features (both stages).
    pub fn feature_count(&self) -> usize {
        self.stage1.table.len + self.stage2.as_ref().map_or(0, |s| s.table.len)
    }

    /// Whether the model has the document-level second stage.
    pub fn has_document_stage(&self) -> bool {
        self.stage2.is_some()
    }

    pub fn clusters(&self) -> &Clusters {
        &self.resources.clusters
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.resources.gazetteer
    }

    /// Tags one tokenised sentence on its own (stage 1) with BIO tags.
    pub fn tag<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Tag> {
        let mut t = Tagger::default();
        let mut out = Vec::with_capacity(tokens.len());
        self.tag_into(&mut t, tokens, &mut out);
        out
    }

    /// Tags a sentence on its own and returns its entities as token ranges.
    pub fn tag_entities<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Entity> {
        entities(&self.tag(tokens))
    }

    /// Sentence-level tagging (stage 1) with caller-owned buffers: no allocation once they
    /// have grown.
    pub fn tag_into<S: AsRef<str>>(&self, t: &mut Tagger, tokens: &[S], out: &mut Vec<Tag>) {
        out.clear();
        if tokens.is_empty() {
            return;
        }
        extract(
            &self.features,
            &self.resources,
            tokens,
            None,
            &mut t.scratch,
            &mut t.feats,
            &mut t.starts,
        );
        self.stage1.decode(t, tokens.len(), out);
    }

    /// Tags the sentences of one document (in order). With a document stage, each sentence is
    /// re-tagged knowing how the first pass labelled the same words in the sentences around it
    /// (a name spelled out once is then found again where its context alone was too weak).
    /// Without one, this equals tagging each sentence alone.
    pub fn tag_document<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<Tag>> {
        let mut t = Tagger::default();
        // Stage-1 features are kept for stage 2, which only appends its document features.
        let mut doc_feats: Vec<u64> = Vec::new();
        let mut tok_starts: Vec<u32> = Vec::new();
        let mut inputs: Vec<(u64, u64)> = Vec::new();
        let mut first: Vec<Vec<Tag>> = Vec::with_capacity(sentences.len());
        for s in sentences {
            let mut out = Vec::with_capacity(s.len());
            if !s.is_empty() {
                extract(
                    &self.features,
                    &self.resources,
                    s,
                    None,
                    &mut t.scratch,
                    &mut t.feats,
                    &mut t.starts,
                );
                self.stage1.decode(&mut t, s.len(), &mut out);
                if self.stage2.is_some() {
                    let base = doc_feats.len() as u32;
                    tok_starts.extend(t.starts[..s.len()].iter().map(|x| x + base));
                    doc_feats.extend_from_slice(&t.feats);
                    inputs.extend((0..s.len()).map(|i| t.scratch.doc_inputs(i)));
                }
            }
            first.push(out);
        }
        let Some(stage2) = &self.stage2 else {
            return first;
        };
        tok_starts.push(doc_feats.len() as u32);
        let codes = doc_codes(sentences, &first, usize::from(self.doc_window));
        let mut tok = 0usize;
        sentences
            .iter()
            .zip(&codes)
            .map(|(s, c)| {
                let mut out = Vec::with_capacity(s.len());
                if !s.is_empty() {
                    t.feats.clear();
                    t.starts.clear();
                    for i in 0..s.len() {
                        t.starts.push(t.feats.len() as u32);
                        let (a, b) = (
                            tok_starts[tok + i] as usize,
                            tok_starts[tok + i + 1] as usize,
                        );
                        t.feats.extend_from_slice(&doc_feats[a..b]);
                        let (mem, cl0) = inputs[tok + i];
                        push_doc_features(c, i, mem, cl0, &mut t.feats);
                    }
                    t.starts.push(t.feats.len() as u32);
                    stage2.decode(&mut t, s.len(), &mut out);
                    tok += s.len();
                }
                out
            })
            .collect()
    }

    /// Serialises the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.str(&self.meta);
        self.features.write(&mut w);
        self.resources.clusters.write(&mut w);
        self.resources.gazetteer.write(&mut w);
        self.resources.memory.write(&mut w);
        self.resources.auto.write(&mut w);
        self.stage1.write(&mut w);
        match &self.stage2 {
            Some(s) => {
                w.u8(1);
                w.u32(u32::from(self.doc_window));
                s.write(&mut w);
            }
            None => w.u8(0),
        }
        w.buf
    }

    /// Reads a model from bytes (for `include_bytes!`); fails cleanly on corrupt input.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, NerError> {
        let mut r = Reader::new(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return Err(NerError::Format(
                "not a marsad NER model (bad magic)".into(),
            ));
        }
        let v = r.u32()?;
        if v != VERSION {
            return Err(NerError::Format(format!(
                "model format version {v}, this build reads {VERSION}"
            )));
        }
        let meta = r.str()?;
        let features = FeatureConfig::read(&mut r)?;
        let clusters = Clusters::read(&mut r)?;
        let gazetteer = Gazetteer::read(&mut r)?;
        let memory = Memory::read(&mut r)?;
        let auto = Memory::read(&mut r)?;
        let stage1 = Stage::read(&mut r)?;
        let (stage2, doc_window) = match r.u8()? {
            0 => (None, 0),
            1 => {
                let w = u16::try_from(r.u32()?)
                    .map_err(|_| NerError::Format("document window too large".into()))?;
                (Some(Stage::read(&mut r)?), w)
            }
            _ => return Err(NerError::Format("bad document-stage flag".into())),
        };
        if !r.is_at_end() {
            return Err(NerError::Format("trailing bytes after model".into()));
        }
        Ok(Model {
            features,
            resources: Resources {
                clusters,
                gazetteer,
                memory,
                auto,
            },
            stage1,
            stage2,
            doc_window,
            meta,
        })
    }

    pub fn load(path: &Path) -> Result<Model, NerError> {
        let bytes = std::fs::read(path).map_err(|e| NerError::io(path, e))?;
        Model::from_bytes(&bytes)
    }

    pub fn save(&self, path: &Path) -> Result<(), NerError> {
        std::fs::write(path, self.to_bytes()).map_err(|e| NerError::io(path, e))
    }
}

/// First-order Viterbi over emission scores `emit[i * L + y]`, forbidding `I-X` unless it
/// follows `B-X`/`I-X` (and at the start), so output is always well-formed BIO.
pub(crate) fn viterbi(
    emit: &[f32],
    trans: &[f32; L * L],
    start: &[f32; L],
    n: usize,
    back: &mut Vec<u8>,
    out: &mut Vec<Tag>,
) {
    out.clear();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n * L, 0);
    let allowed: [[bool; L]; L] = ALLOWED;
    let mut prev = [f32::NEG_INFINITY; L];
    for y in 0..L {
        if Tag::from_index(y).may_follow(Tag::O) {
            prev[y] = start[y] + emit[y];
        }
    }
    for i in 1..n {
        let mut cur = [f32::NEG_INFINITY; L];
        for y in 0..L {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for p in 0..L {
                if !allowed[p][y] {
                    continue;
                }
                let s = prev[p] + trans[p * L + y];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            cur[y] = best + emit[i * L + y];
            back[i * L + y] = arg;
        }
        prev = cur;
    }
    let mut best = 0;
    for y in 1..L {
        if prev[y] > prev[best] {
            best = y;
        }
    }
    out.resize(n, Tag::O);
    let mut y = best;
    for i in (0..n).rev() {
        out[i] = Tag::from_index(y);
        if i > 0 {
            y = back[i * L + y] as usize;
        }
    }
}

const ALLOWED: [[bool; L]; L] = {
    let mut a = [[true; L]; L];
    // I-X (odd+1 = even indices 2,4,6,8) may follow only B-X (index-1) or I-X (itself).
    let mut y = 2;
    while y < L {
        let mut p = 0;
        while p < L {
            a[p][y] = p == y || p == y - 1;
            p += 1;
        }
        y += 2;
    }
    a
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_matches_may_follow() {
        for p in 0..L {
            for y in 0..L {
                assert_eq!(
                    ALLOWED[p][y],
                    Tag::from_index(y).may_follow(Tag::from_index(p))
                );
            }
        }
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions prefer I-LOC everywhere; the decoder must open with B-LOC.
        let n = 3;
        let mut emit = vec![0f32; n * L];
        let iloc = Tag::I(crate::EntityType::Loc).index();
        for i in 0..n {
            emit[i * L + iloc] = 5.0;
            emit[i * L + iloc - 1] = 4.0;
        }
        let mut out = Vec::new();
        viterbi(
            &emit,
            &[0.0; L * L],
            &[0.0; L],
            n,
            &mut Vec::new(),
            &mut out,
        );
        assert_eq!(out[0], Tag::B(crate::EntityType::Loc));
        assert_eq!(out[1], Tag::I(crate::EntityType::Loc));
    }
}

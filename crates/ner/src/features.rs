//! Feature extraction: each token becomes a list of 64-bit feature hashes.
//!
//! Per-token attributes (word, normalised key, clitic-stripped stem, affixes, shape, word
//! clusters, gazetteer flags) are hashed once per token; features then combine a template id,
//! a relative position and an attribute hash. Nothing here allocates per feature: the strings
//! that attributes are computed from live in a reused [`Scratch`].

use crate::bin::{Reader, Writer};
use crate::clusters::Clusters;
use crate::error::NerError;
use crate::gazetteer::Gazetteer;
use crate::hash::{Hasher64, hash_str};
use crate::memory::Memory;
use crate::norm::{normalize_into, proclitics, shape_into};
use crate::tags::{EntityType, Tag};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Keys here are already well-mixed 64-bit hashes: hashing them again with SipHash would only
/// cost time.
#[derive(Default)]
struct PremixedHasher(u64);

impl std::hash::Hasher for PremixedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Which feature groups a model uses; stored in the model so tagging extracts exactly what
/// training did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureConfig {
    /// Context window for word/key/cluster features (tokens each side).
    pub window: u8,
    /// Longest prefix/suffix, in characters.
    pub affixes: u8,
    pub clusters: bool,
    pub gazetteer: bool,
    /// Word-pair and cluster-pair features across neighbours.
    pub bigrams: bool,
    /// Affixes of the neighbours too.
    pub context_affixes: bool,
    /// Bag of character trigrams of the stem: spelling cues of unseen (often transliterated)
    /// names.
    pub char_ngrams: bool,
    /// Label-memory features (see [`crate::memory`]).
    pub memory: bool,
    /// Auto-lexicon features: how a first model labelled each word in unlabeled news.
    pub auto_memory: bool,
    /// Span-memory features (needs `memory`): begin/inside flags of entity names seen in
    /// training (see [`Memory::spans`]), jackknifed like the label memory.
    pub span_memory: bool,
}

impl FeatureConfig {
    pub fn full() -> Self {
        FeatureConfig {
            window: 2,
            affixes: 4,
            clusters: true,
            gazetteer: true,
            bigrams: true,
            context_affixes: true,
            char_ngrams: true,
            memory: true,
            auto_memory: true,
            span_memory: true,
        }
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u8(self.window);
        w.u8(self.affixes);
        w.u8(u8::from(self.clusters));
        w.u8(u8::from(self.gazetteer));
        w.u8(u8::from(self.bigrams));
        w.u8(u8::from(self.context_affixes));
        w.u8(u8::from(self.char_ngrams));
        w.u8(u8::from(self.memory));
        w.u8(u8::from(self.auto_memory));
        w.u8(u8::from(self.span_memory));
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Self, NerError> {
        let c = FeatureConfig {
            window: r.u8()?,
            affixes: r.u8()?,
            clusters: r.u8()? != 0,
            gazetteer: r.u8()? != 0,
            bigrams: r.u8()? != 0,
            context_affixes: r.u8()? != 0,
            char_ngrams: r.u8()? != 0,
            memory: r.u8()? != 0,
            auto_memory: r.u8()? != 0,
            span_memory: r.u8()? != 0,
        };
        if c.window > 4 || c.affixes > 6 {
            return Err(NerError::Format(
                "feature window or affix length out of range".into(),
            ));
        }
        Ok(c)
    }
}

/// Everything besides weights that feature extraction reads: part of the model.
#[derive(Debug, Clone, Default)]
pub struct Resources {
    pub clusters: Clusters,
    pub gazetteer: Gazetteer,
    pub memory: Memory,
    /// The auto lexicon, in the same code form as `memory`.
    pub auto: Memory,
}

const MAX_AFFIX: usize = 6;
const MAX_LEVELS: usize = 4;

/// Hashed attributes of one token.
#[derive(Debug, Clone, Copy, Default)]
struct Attrs {
    word: u64,
    key: u64,
    stem: u64,
    after_prep: u64,
    procl: u64,
    pre: [u64; MAX_AFFIX],
    suf: [u64; MAX_AFFIX],
    shape: u64,
    len: u64,
    cl: [u64; MAX_LEVELS],
    mem: u64,
    auto: u64,
    gaz: u16,
    span: u16,
}

/// Reusable buffers for extraction.
#[derive(Debug, Default)]
pub struct Scratch {
    norm: String,
    shape: String,
    attrs: Vec<Attrs>,
    first: Vec<[u64; 3]>,
    keys: Vec<u64>,
    gaz: Vec<u16>,
    /// Character-trigram hashes of all tokens, `tri_starts[i]..tri_starts[i + 1]` for token i.
    tri: Vec<u64>,
    tri_starts: Vec<u32>,
}

// Template ids. Values are arbitrary but fixed forever for a given model format version.
const T_BIAS: u64 = 1;
const T_WORD: u64 = 2;
const T_KEY: u64 = 3;
const T_STEM: u64 = 4;
const T_PREP: u64 = 5;
const T_PROCL: u64 = 6;
const T_PRE: u64 = 7;
const T_SUF: u64 = 8;
const T_SHAPE: u64 = 9;
const T_LEN: u64 = 10;
const T_CL: u64 = 11;
const T_KEY_BI: u64 = 12;
const T_CL_BI: u64 = 13;
const T_GAZ: u64 = 14;
const T_GAZ_SET: u64 = 15;
const T_STEM_BI: u64 = 16;
const T_SHAPE_BI: u64 = 17;
const T_SUF_CTX: u64 = 18;
const T_PRE_CTX: u64 = 19;
const T_KEY_CL: u64 = 20;
const T_FIRST: u64 = 21;
const T_CHAR3: u64 = 22;
const T_MEM: u64 = 23;
const T_MEM_MASK: u64 = 24;
const T_MEM_BARE: u64 = 25;
const T_DOC: u64 = 26;
const T_DOC_MASK: u64 = 27;
const T_DOC_MEM: u64 = 28;
const T_DOC_CL: u64 = 29;
const T_AUTO: u64 = 30;
const T_AUTO_MASK: u64 = 31;
const T_AUTO_BARE: u64 = 32;
const T_AUTO_MEM: u64 = 33;
const T_SPAN: u64 = 34;
const T_SPAN_SET: u64 = 35;

const BOS: u64 = 0xb05;
const EOS: u64 = 0xe05;

#[inline]
fn f2(t: u64, a: u64) -> u64 {
    Hasher64::new(t).word(a).finish()
}
#[inline]
fn f3(t: u64, a: u64, b: u64) -> u64 {
    Hasher64::new(t).word(a).word(b).finish()
}
#[inline]
fn f4(t: u64, a: u64, b: u64, c: u64) -> u64 {
    Hasher64::new(t).word(a).word(b).word(c).finish()
}

fn boundary(marker: u64) -> Attrs {
    Attrs {
        word: marker,
        key: marker,
        stem: marker,
        after_prep: marker,
        procl: marker,
        pre: [marker; MAX_AFFIX],
        suf: [marker; MAX_AFFIX],
        shape: marker,
        len: marker,
        cl: [marker; MAX_LEVELS],
        mem: marker,
        auto: marker,
        gaz: 0,
        span: 0,
    }
}

/// Hash of the first `n` (or last `n`) characters; 0 when the word is shorter.
fn affix_hashes(s: &str, max: usize, pre: &mut [u64; MAX_AFFIX], suf: &mut [u64; MAX_AFFIX]) {
    *pre = [0; MAX_AFFIX];
    *suf = [0; MAX_AFFIX];
    let nchars = s.chars().count();
    for (n, (i, _)) in s
        .char_indices()
        .skip(1)
        .chain([(s.len(), ' ')])
        .enumerate()
        .take(max)
    {
        // `n + 1` characters end at byte `i`.
        if n < nchars {
            pre[n] = Hasher64::new(n as u64).bytes(&s.as_bytes()[..i]).finish();
        }
    }
    for (n, (i, _)) in s.char_indices().rev().enumerate().take(max) {
        suf[n] = Hasher64::new(n as u64).bytes(&s.as_bytes()[i..]).finish();
    }
}

fn len_bucket(n: usize) -> u64 {
    match n {
        0..=4 => n as u64,
        5..=6 => 5,
        7..=9 => 7,
        _ => 10,
    }
}

/// Extracts features for a sentence: `out` gets every token's feature hashes back to back and
/// `starts` gets `tokens.len() + 1` offsets into it. `doc` holds one document-context code per
/// token (see [`doc_codes`]) for the second, document-level stage.
pub fn extract<S: AsRef<str>>(
    cfg: &FeatureConfig,
    res: &Resources,
    tokens: &[S],
    doc: Option<&[u32]>,
    sc: &mut Scratch,
    out: &mut Vec<u64>,
    starts: &mut Vec<u32>,
) {
    out.clear();
    starts.clear();
    let n = tokens.len();
    sc.attrs.clear();
    sc.first.clear();
    sc.keys.clear();
    sc.tri.clear();
    sc.tri_starts.clear();
    let affixes = usize::from(cfg.affixes).min(MAX_AFFIX);
    let levels = res.clusters.levels().min(MAX_LEVELS);
    for t in tokens {
        let t = t.as_ref();
        let mut a = Attrs {
            word: hash_str(t),
            ..Attrs::default()
        };
        normalize_into(t, &mut sc.norm);
        let key = sc.norm.as_str();
        a.key = hash_str(key);
        let p = proclitics(key);
        a.stem = hash_str(p.stem);
        a.after_prep = hash_str(p.after_prep);
        a.procl = Hasher64::new(1)
            .bytes(&key.as_bytes()[..p.prefix_len])
            .finish();
        affix_hashes(key, affixes, &mut a.pre, &mut a.suf);
        shape_into(t, &mut sc.shape);
        a.shape = hash_str(&sc.shape);
        a.len = len_bucket(key.chars().count());
        if cfg.auto_memory {
            a.auto = u64::from(res.auto.get(a.key));
            if a.after_prep != a.key {
                a.auto |= u64::from(res.auto.get(a.after_prep)) << 16;
            }
        }
        if cfg.memory {
            a.mem = u64::from(res.memory.get(a.key));
            // Cliticised forms (بالقاهرة) borrow the memory of their bare form (القاهرة).
            if a.after_prep != a.key {
                a.mem |= u64::from(res.memory.get(a.after_prep)) << 16;
            }
        }
        if cfg.clusters {
            match res.clusters.lookup_normalized(key) {
                Some(ids) => {
                    for (l, id) in ids.iter().enumerate().take(levels) {
                        a.cl[l] = u64::from(*id) + 1;
                    }
                }
                None => {
                    // Unknown words share one "no cluster" value per level, itself informative.
                    for l in 0..levels {
                        a.cl[l] = 0x10000;
                    }
                }
            }
        }
        sc.tri_starts.push(sc.tri.len() as u32);
        if cfg.char_ngrams {
            // Trigrams over the stem padded with boundary marks, so edges count too.
            let b = p.stem.as_bytes();
            let mut bounds = [0usize; 64];
            let mut nb = 0;
            for (j, _) in p.stem.char_indices() {
                if nb < 63 {
                    bounds[nb] = j;
                    nb += 1;
                }
            }
            bounds[nb] = b.len();
            if nb >= 2 {
                for j in 0..nb - 2 {
                    sc.tri.push(
                        Hasher64::new(T_CHAR3)
                            .bytes(&b[bounds[j]..bounds[j + 3].min(b.len())])
                            .finish(),
                    );
                }
            }
        }
        let after_conj = hash_str(p.after_conj);
        sc.first.push([
            a.key,
            if after_conj != a.key { after_conj } else { 0 },
            if a.after_prep != after_conj {
                a.after_prep
            } else {
                0
            },
        ]);
        sc.keys.push(a.key);
        sc.attrs.push(a);
    }
    sc.gaz.clear();
    sc.gaz.resize(n, 0);
    if cfg.gazetteer {
        res.gazetteer.mark(&sc.first, &sc.keys, &mut sc.gaz);
        for (a, g) in sc.attrs.iter_mut().zip(&sc.gaz) {
            a.gaz = *g;
        }
    }
    let spans = cfg.memory && cfg.span_memory;
    if spans {
        sc.gaz.clear();
        sc.gaz.resize(n, 0);
        res.memory.spans.mark(&sc.first, &sc.keys, &mut sc.gaz);
        for (a, g) in sc.attrs.iter_mut().zip(&sc.gaz) {
            a.span = *g;
        }
    }
    sc.tri_starts.push(sc.tri.len() as u32);
    let bos = boundary(BOS);
    let eos = boundary(EOS);
    let at = |i: isize| -> &Attrs {
        if i < 0 {
            &bos
        } else if i as usize >= n {
            &eos
        } else {
            &sc.attrs[i as usize]
        }
    };
    let w = isize::from(cfg.window);
    for i in 0..n {
        starts.push(out.len() as u32);
        let ii = i as isize;
        let c = at(ii);
        out.push(f2(T_BIAS, 0));
        if i == 0 {
            out.push(f2(T_FIRST, 0));
        }
        for o in -w..=w {
            let x = at(ii + o);
            let ob = o as u64;
            out.push(f3(T_WORD, ob, x.word));
            if x.key != x.word {
                out.push(f3(T_KEY, ob, x.key));
            }
            if o.abs() <= 1 {
                out.push(f3(T_STEM, ob, x.stem));
                out.push(f3(T_SHAPE, ob, x.shape));
                out.push(f3(T_PROCL, ob, x.procl));
            }
            for l in 0..levels {
                out.push(f4(T_CL, l as u64, ob, x.cl[l]));
            }
        }
        out.push(f2(T_PREP, c.after_prep));
        out.push(f2(T_LEN, c.len));
        for k in 0..affixes {
            if c.pre[k] != 0 {
                out.push(f2(T_PRE, c.pre[k]));
            }
            if c.suf[k] != 0 {
                out.push(f2(T_SUF, c.suf[k]));
            }
        }
        if cfg.context_affixes {
            for o in [-1isize, 1] {
                let x = at(ii + o);
                for k in 1..affixes.min(3) {
                    out.push(f3(T_SUF_CTX, o as u64, x.suf[k]));
                    out.push(f3(T_PRE_CTX, o as u64, x.pre[k]));
                }
            }
        }
        if cfg.bigrams {
            let (p, nx) = (at(ii - 1), at(ii + 1));
            out.push(f4(T_KEY_BI, 0, p.key, c.key));
            out.push(f4(T_KEY_BI, 1, c.key, nx.key));
            out.push(f4(T_STEM_BI, 0, p.stem, c.stem));
            out.push(f4(T_STEM_BI, 1, c.stem, nx.stem));
            out.push(f4(T_SHAPE_BI, 0, p.shape, c.shape));
            out.push(f4(T_SHAPE_BI, 1, c.shape, nx.shape));
            for l in 0..levels {
                out.push(f4(T_CL_BI, l as u64 * 2, p.cl[l], c.cl[l]));
                out.push(f4(T_CL_BI, l as u64 * 2 + 1, c.cl[l], nx.cl[l]));
            }
            if levels > 0 {
                // A neighbouring word with the current word's cluster: titles before names
                // (الرئيس + person cluster), prepositions before places.
                out.push(f4(T_KEY_CL, 0, p.key, c.cl[levels - 1]));
                out.push(f4(T_KEY_CL, 1, c.cl[levels - 1], nx.key));
            }
        }
        if cfg.memory {
            for o in -1isize..=1 {
                let m = at(ii + o).mem;
                out.push(f3(T_MEM, o as u64, m & 0xff));
                out.push(f3(T_MEM_MASK, o as u64, (m >> 8) & 0xff));
                if m >> 16 != 0 {
                    out.push(f3(T_MEM_BARE, o as u64, m >> 16));
                }
            }
        }
        if cfg.auto_memory {
            for o in -1isize..=1 {
                let m = at(ii + o).auto;
                out.push(f3(T_AUTO, o as u64, m & 0xff));
                out.push(f3(T_AUTO_MASK, o as u64, (m >> 8) & 0xff));
                if m >> 16 != 0 {
                    out.push(f3(T_AUTO_BARE, o as u64, m >> 16));
                }
            }
            // Agreement or disagreement between what training and the auto lexicon say.
            out.push(f3(T_AUTO_MEM, c.auto & 0xff, c.mem & 0xff));
        }
        if let Some(doc) = doc {
            push_doc_features(doc, i, c.mem, c.cl[0], out);
        }
        for &t in &sc.tri[sc.tri_starts[i] as usize..sc.tri_starts[i + 1] as usize] {
            out.push(t);
        }
        if spans {
            // Whole names the training data labelled: where a name begins and ends is what the
            // per-word memory cannot say (+0.5 F1 in 5-fold CV, recall up in every type).
            let flags = [at(ii - 1).span, at(ii).span, at(ii + 1).span];
            push_name_flags(out, flags, 8, T_SPAN, T_SPAN_SET);
        }
        if cfg.gazetteer {
            let flags = [at(ii - 1).gaz, at(ii).gaz, at(ii + 1).gaz];
            push_name_flags(out, flags, 16, T_GAZ, T_GAZ_SET);
        }
    }
    starts.push(out.len() as u32);
}

/// Features of name-list flags (`bits` B/I category bits a token) at offsets -1, 0 and +1: one
/// per set bit and offset, and the whole set at the token itself.
fn push_name_flags(out: &mut Vec<u64>, flags: [u16; 3], bits: u64, kind: u64, set_kind: u64) {
    for (o, g) in (-1isize..=1).zip(flags) {
        if g == 0 {
            continue;
        }
        for b in 0..bits {
            if g & (1 << b) != 0 {
                out.push(f3(kind, o as u64, b));
            }
        }
        if o == 0 {
            out.push(f2(set_kind, u64::from(g)));
        }
    }
}

/// The document-stage features of token `i` (whose label memory and coarsest cluster are
/// `mem` and `cl0`); split out so a caller holding stage-1 features can append just these.
pub(crate) fn push_doc_features(doc: &[u32], i: usize, mem: u64, cl0: u64, out: &mut Vec<u64>) {
    let code = |j: isize| -> u64 {
        if j < 0 {
            BOS
        } else {
            doc.get(j as usize).map_or(EOS, |&c| u64::from(c))
        }
    };
    let ii = i as isize;
    for o in -1isize..=1 {
        out.push(f3(T_DOC, o as u64, code(ii + o) & 0xff));
    }
    let c0 = code(ii);
    out.push(f2(T_DOC_MASK, c0 >> 8));
    // The same evidence read against this token's own memory and cluster.
    out.push(f3(T_DOC_MEM, c0 & 0xff, mem & 0xff));
    out.push(f3(T_DOC_CL, c0 & 0xff, cl0));
}

impl Scratch {
    /// Label memory and coarsest cluster of token `i` of the last extracted sentence.
    pub(crate) fn doc_inputs(&self, i: usize) -> (u64, u64) {
        self.attrs.get(i).map_or((0, 0), |a| (a.mem, a.cl[0]))
    }
}

fn class(t: Tag) -> usize {
    match t.entity_type() {
        None => 0,
        Some(EntityType::Pers) => 1,
        Some(EntityType::Loc) => 2,
        Some(EntityType::Org) => 3,
        Some(EntityType::Misc) => 4,
    }
}

/// Document-context codes for every token: how the first pass labelled the same word (compared
/// without conjunction and preposition clitics) elsewhere in the sentences within `window` of
/// this one, the token itself excluded. Low byte: 0 unseen, 1 only ever O, else
/// `2 + 4 × (top entity class − 1) + 2 × (top class ≥ half of all) + (seen twice or more)`;
/// high byte: the entity classes seen at all.
pub fn doc_codes<T: AsRef<[S]>, S: AsRef<str>>(
    sentences: &[T],
    preds: &[Vec<Tag>],
    window: usize,
) -> Vec<Vec<u32>> {
    let mut norm = String::new();
    // Each token is filed under its normalised form and, when different, the form without
    // conjunction and preposition (بالقاهرة → القاهرة), and looked up under both, so
    // cliticised and bare mentions meet whichever way the stripping went.
    let keys: Vec<Vec<(u64, u64)>> = sentences
        .iter()
        .map(|s| {
            s.as_ref()
                .iter()
                .map(|t| {
                    normalize_into(t.as_ref(), &mut norm);
                    let k = hash_str(&norm);
                    let b = hash_str(proclitics(&norm).after_prep);
                    (k, if b == k { 0 } else { b })
                })
                .collect()
        })
        .collect();
    let mut counts: HashMap<u64, [u32; 5], BuildHasherDefault<PremixedHasher>> = HashMap::default();
    let add = |counts: &mut HashMap<u64, [u32; 5], BuildHasherDefault<PremixedHasher>>,
               s: usize,
               sign: i32| {
        for (&(k, b), t) in keys[s].iter().zip(preds.get(s).map_or(&[][..], |p| &p[..])) {
            for h in [k, b] {
                if h != 0 {
                    let c = &mut counts.entry(h).or_insert([0; 5])[class(*t)];
                    *c = c.saturating_add_signed(sign);
                }
            }
        }
    };
    let n = sentences.len();
    for s in 0..=window.min(n.saturating_sub(1)) {
        if s < n {
            add(&mut counts, s, 1);
        }
    }
    let mut out = Vec::with_capacity(n);
    for s in 0..n {
        if s > 0 {
            if s + window < n {
                add(&mut counts, s + window, 1);
            }
            if s > window {
                add(&mut counts, s - window - 1, -1);
            }
        }
        let own = preds.get(s).map_or(&[][..], |p| &p[..]);
        let codes = keys[s]
            .iter()
            .enumerate()
            .map(|(i, &(k, b))| {
                let mut c = [0u32; 5];
                for h in [k, b] {
                    if h == 0 {
                        continue;
                    }
                    let mut x = counts.get(&h).copied().unwrap_or([0; 5]);
                    if let Some(t) = own.get(i) {
                        let y = &mut x[class(*t)];
                        *y = y.saturating_sub(1);
                    }
                    for j in 0..5 {
                        c[j] += x[j];
                    }
                }
                doc_code(&c)
            })
            .collect();
        out.push(codes);
    }
    out
}

fn doc_code(c: &[u32; 5]) -> u32 {
    let total: u32 = c.iter().sum();
    if total == 0 {
        return 0;
    }
    let mut top = 0;
    for k in 1..5 {
        if c[k] > 0 && (top == 0 || c[k] > c[top]) {
            top = k;
        }
    }
    if top == 0 {
        return 1;
    }
    let hi = u32::from(2 * c[top] >= total);
    let many = u32::from(c[top] >= 2);
    let mut mask = 0;
    for k in 1..5 {
        if c[k] > 0 {
            mask |= 1 << (k - 1);
        }
    }
    2 + 4 * (top as u32 - 1) + 2 * hi + many + (mask << 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_by_character() {
        let mut pre = [0; MAX_AFFIX];
        let mut suf = [0; MAX_AFFIX];
        affix_hashes("موسكو", 4, &mut pre, &mut suf);
        assert_eq!(pre[0], Hasher64::new(0).bytes("م".as_bytes()).finish());
        assert_eq!(suf[1], Hasher64::new(1).bytes("كو".as_bytes()).finish());
        assert!(pre[3] != 0 && pre[4] == 0);
        affix_hashes("في", 4, &mut pre, &mut suf);
        assert!(pre[1] != 0 && pre[2] == 0 && suf[2] == 0);
    }

    #[test]
    fn extraction_is_deterministic_and_bounded() {
        let cfg = FeatureConfig::full();
        let res = Resources::default();
        let mut sc = Scratch::default();
        let (mut a, mut s1) = (Vec::new(), Vec::new());
        let (mut b, mut s2) = (Vec::new(), Vec::new());
        let toks = ["زار", "بوتين", "موسكو", "."];
        extract(&cfg, &res, &toks, None, &mut sc, &mut a, &mut s1);
        extract(&cfg, &res, &toks, None, &mut sc, &mut b, &mut s2);
        assert_eq!(a, b);
        assert_eq!(s1.len(), 5);
        assert_eq!(*s1.last().unwrap() as usize, a.len());
        extract(&cfg, &res, &[] as &[&str], None, &mut sc, &mut a, &mut s1);
        assert!(a.is_empty());
        assert_eq!(s1, vec![0]);
    }

    #[test]
    fn doc_codes_exclude_the_token_itself() {
        use EntityType::*;
        let sents = vec![
            vec!["زار", "بوتين", "موسكو"],
            vec!["وقال", "بوتين"],
            vec!["لبوتين"],
        ];
        let preds = vec![
            vec![Tag::O, Tag::B(Pers), Tag::B(Loc)],
            vec![Tag::O, Tag::O],
            vec![Tag::O],
        ];
        let c = doc_codes(&sents, &preds, 1);
        // Sentence 1's بوتين sees sentence 0's PERS and sentence 2's O (لبوتين filed under بوتين).
        // Both of its forms (بوتين, وتين) see that PERS: twice, and a majority.
        assert_eq!(c[1][1] & 0xff, 2 + 2 + 1);
        // Sentence 0's بوتين sees only sentence 1's O: "only O".
        assert_eq!(c[0][1], 1);
        // Sentence 2 is out of sentence 0's window (1): لبوتين → بوتين seen as O only.
        assert_eq!(c[2][0], 1);
        assert_eq!(c[0][2], 0);
    }
}

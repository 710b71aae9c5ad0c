//! Word clusters: a map from a normalised word to cluster ids at several granularities.
//!
//! The shipped table is a TSV (`models/ner/clusters.tsv`, built by `examples/build_clusters.rs`
//! from unlabeled news); the model file embeds it keyed by word hash only, so the binary carries
//! no corpus text and tag-time lookups need no string allocation.

use crate::bin::{Reader, Writer};
use crate::error::NerError;
use crate::hash::{KeyIndex, hash_str};
use crate::norm::{normalize_into, proclitics};

/// Cluster ids per word, `levels` ids a word (coarse to fine).
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    /// Number of clusters at each level, coarse to fine.
    sizes: Vec<u32>,
    index: KeyIndex,
    ids: Vec<u16>,
}

impl Clusters {
    pub fn levels(&self) -> usize {
        self.sizes.len()
    }

    pub fn sizes(&self) -> &[u32] {
        &self.sizes
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Adds a normalised word with one id per level.
    fn insert_hash(&mut self, h: u64, ids: &[u16]) {
        let row = (self.ids.len() / self.sizes.len().max(1)) as u32;
        if self.index.get_or_insert(h, row) == row {
            self.ids.extend_from_slice(ids);
        }
    }

    /// Cluster ids of an already-normalised word, by its hash.
    #[inline]
    pub fn get_hash(&self, h: u64) -> Option<&[u16]> {
        let l = self.sizes.len();
        let row = self.index.get(h)? as usize;
        self.ids.get(row * l..row * l + l)
    }

    /// Ids of a normalised word; when the word itself is unknown, of the first known form
    /// after peeling its proclitics (وموسكو → موسكو), so rare cliticised forms share their
    /// stem's cluster.
    pub fn lookup_normalized(&self, key: &str) -> Option<&[u16]> {
        if let Some(ids) = self.get_hash(hash_str(key)) {
            return Some(ids);
        }
        let p = proclitics(key);
        for form in [p.after_conj, p.after_prep, p.stem] {
            if form.len() < key.len()
                && let Some(ids) = self.get_hash(hash_str(form))
            {
                return Some(ids);
            }
        }
        None
    }

    /// Ids of a raw word (normalised here).
    pub fn lookup(&self, word: &str) -> Option<&[u16]> {
        let mut s = String::new();
        normalize_into(word, &mut s);
        self.lookup_normalized(&s)
    }

    /// Reads the TSV form: a header `#levels<TAB>k1<TAB>k2…`, then `word<TAB>id1<TAB>id2…`
    /// lines (more columns, such as a count, are ignored). Words are normalised on reading.
    pub fn from_tsv(text: &str, source: &str) -> Result<Clusters, NerError> {
        let mut c = Clusters::default();
        let mut norm = String::new();
        let err = |line: usize, msg: &str| NerError::Data {
            path: source.to_string(),
            line,
            msg: msg.to_string(),
        };
        for (i, line) in text.lines().enumerate() {
            let ln = i + 1;
            if let Some(rest) = line.strip_prefix("#levels") {
                c.sizes = rest
                    .split('\t')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.trim().parse::<u32>())
                    .collect::<Result<_, _>>()
                    .map_err(|_| err(ln, "bad #levels header"))?;
                if c.sizes.is_empty() || c.sizes.iter().any(|&k| k == 0 || k > 65_535) {
                    return Err(err(ln, "levels must be 1..=65535 clusters"));
                }
                continue;
            }
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let l = c.sizes.len();
            if l == 0 {
                return Err(err(ln, "missing #levels header before data"));
            }
            let mut f = line.split('\t');
            let word = f.next().unwrap_or_default();
            let mut ids = [0u16; 8];
            for (j, k) in c.sizes.iter().enumerate().take(8) {
                let v: u16 = f
                    .next()
                    .and_then(|s| s.trim().parse().ok())
                    .ok_or_else(|| err(ln, "expected one cluster id per level"))?;
                if u32::from(v) >= *k {
                    return Err(err(ln, "cluster id out of range"));
                }
                ids[j] = v;
            }
            normalize_into(word, &mut norm);
            c.insert_hash(hash_str(&norm), &ids[..l.min(8)]);
        }
        if c.sizes.len() > 8 {
            return Err(err(1, "at most 8 levels"));
        }
        Ok(c)
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.len(self.sizes.len());
        for s in &self.sizes {
            w.u32(*s);
        }
        let mut keys = Vec::with_capacity(self.index.len());
        let mut ids = Vec::with_capacity(self.ids.len());
        let l = self.sizes.len();
        for (k, row) in self.index.iter() {
            keys.push(k);
            let r = row as usize;
            ids.extend_from_slice(&self.ids[r * l..r * l + l]);
        }
        w.u64s(&keys);
        w.u16s(&ids);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Clusters, NerError> {
        let n = r.len(4)?;
        let mut sizes = Vec::with_capacity(n);
        for _ in 0..n {
            sizes.push(r.u32()?);
        }
        let keys = r.u64s()?;
        let ids = r.u16s()?;
        if n > 8 || ids.len() != keys.len() * n {
            return Err(NerError::Format("cluster table sizes disagree".into()));
        }
        let mut c = Clusters {
            sizes,
            index: KeyIndex::with_capacity(keys.len()),
            ids: Vec::with_capacity(ids.len()),
        };
        for (i, k) in keys.iter().enumerate() {
            c.insert_hash(*k, &ids[i * n..i * n + n]);
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_lookup_with_clitic_fallback() {
        let c = Clusters::from_tsv("#levels\t4\t16\nموسكو\t1\t9\nالقاهرة\t2\t3\n", "t").unwrap();
        assert_eq!(c.lookup("موسكو"), Some(&[1u16, 9][..]));
        assert_eq!(c.lookup("وموسكو"), Some(&[1u16, 9][..]));
        assert_eq!(c.lookup("بالقاهره"), Some(&[2u16, 3][..]));
        assert_eq!(c.lookup("باريس"), None);
        let mut w = Writer::default();
        c.write(&mut w);
        let c2 = Clusters::read(&mut Reader::new(&w.buf)).unwrap();
        assert_eq!(c2.lookup("وموسكو"), Some(&[1u16, 9][..]));
        assert!(Clusters::from_tsv("موسكو\t1\n", "t").is_err());
        assert!(Clusters::from_tsv("#levels\t4\nموسكو\t7\n", "t").is_err());
    }
}

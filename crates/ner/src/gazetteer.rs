//! Gazetteers: multi-word name lists (countries, cities, demonyms…) matched against token
//! sequences, each match marking its tokens with "begins/inside a name of category C" flags.
//!
//! Names are stored as hashes of their normalised token sequence, so the model file carries no
//! list text and matching allocates nothing. The first token of a candidate may carry proclitics
//! (وموسكو, بالقاهرة): it is also tried with them peeled off.

use crate::bin::{Reader, Writer};
use crate::error::NerError;
use crate::hash::{KeyIndex, combine, hash_str};
use crate::norm::normalize_into;

/// Longest name, in tokens, that is matched.
pub const MAX_NAME_TOKENS: usize = 6;

/// Categories a name can belong to; each gets a "begins" and an "inside" flag bit.
pub const CATEGORIES: [&str; 8] = [
    "COUNTRY",
    "CITY",
    "REGION",
    "DEMONYM",
    "PERSON",
    "ORG",
    "FIRSTNAME",
    "MISC",
];

const NGRAM_TEMPLATE: u64 = 0x6761_7a00;

/// A set of names by category.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    index: KeyIndex,
    /// Category bits per name (bit c = `CATEGORIES[c]`).
    cats: Vec<u8>,
    /// Bit l-1 set when some name has l tokens: skips hopeless lengths.
    lengths: u8,
    /// Hashes of the proper prefixes of the names (their first 1 to l-1 tokens): matching stops
    /// extending a candidate as soon as it is neither a name nor such a prefix, so most tokens
    /// cost one lookup per form instead of one per length (what kept the span memory's second
    /// gazetteer from slowing tagging).
    prefixes: KeyIndex,
}

/// Hash of a sequence of token hashes.
#[inline]
fn extend(acc: u64, tok: u64) -> u64 {
    combine(NGRAM_TEMPLATE, acc, tok)
}

impl Gazetteer {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Category index by name (`"CITY"` → 1).
    pub fn category(name: &str) -> Option<usize> {
        CATEGORIES
            .iter()
            .position(|c| c.eq_ignore_ascii_case(name.trim()))
    }

    /// Adds a name (tokens separated by spaces; punctuation should already be split off).
    pub fn add(&mut self, name: &str, category: usize) {
        self.add_tokens(name.split_whitespace(), category);
    }

    /// Adds a name given as its tokens.
    pub fn add_tokens<'a>(&mut self, tokens: impl IntoIterator<Item = &'a str>, category: usize) {
        if category >= CATEGORIES.len() {
            return;
        }
        let mut norm = String::new();
        let mut h = [0u64; MAX_NAME_TOKENS];
        let mut n = 0;
        for tok in tokens {
            if n == MAX_NAME_TOKENS {
                return;
            }
            normalize_into(tok, &mut norm);
            h[n] = extend(if n == 0 { 0 } else { h[n - 1] }, hash_str(&norm));
            n += 1;
        }
        if n == 0 {
            return;
        }
        for &p in &h[..n - 1] {
            self.prefixes.get_or_insert(p, 0);
        }
        let h = h[n - 1];
        self.lengths |= 1 << (n - 1);
        let row = self.cats.len() as u32;
        let r = self.index.get_or_insert(h, row);
        if r == row {
            self.cats.push(0);
        }
        self.cats[r as usize] |= 1 << category;
    }

    /// Reads `name<TAB>CATEGORY` lines; `#` comments and blank lines are skipped.
    pub fn from_tsv(text: &str, source: &str) -> Result<Gazetteer, NerError> {
        let mut g = Gazetteer::new();
        g.extend_from_tsv(text, source)?;
        Ok(g)
    }

    pub fn extend_from_tsv(&mut self, text: &str, source: &str) -> Result<(), NerError> {
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let name = f.next().unwrap_or_default();
            let cat = f
                .next()
                .and_then(Gazetteer::category)
                .ok_or_else(|| NerError::Data {
                    path: source.to_string(),
                    line: i + 1,
                    msg: format!("expected name<TAB>one of {CATEGORIES:?}"),
                })?;
            self.add(name, cat);
        }
        Ok(())
    }

    /// Marks matches. `first[i]` are the hashes of token i's forms to try when a name starts
    /// there (its normalised form, then with proclitics peeled; 0 = absent); `key[i]` is the
    /// hash of its normalised form. `flags[i]` gets bit `2c` when a name of category `c`
    /// begins at i and `2c+1` when token i is inside one.
    pub fn mark(&self, first: &[[u64; 3]], key: &[u64], flags: &mut [u16]) {
        if self.is_empty() {
            return;
        }
        let n = key.len().min(first.len()).min(flags.len());
        for i in 0..n {
            for (v, &f) in first[i].iter().enumerate() {
                if f == 0 || (v > 0 && first[i][..v].contains(&f)) {
                    continue;
                }
                let mut h = extend(0, f);
                for len in 1..=MAX_NAME_TOKENS.min(n - i) {
                    if len > 1 {
                        h = extend(h, key[i + len - 1]);
                    }
                    let row = if self.lengths & (1 << (len - 1)) == 0 {
                        None
                    } else {
                        self.index.get(h)
                    };
                    if row.is_none() && self.prefixes.get(h).is_none() {
                        break;
                    }
                    if let Some(row) = row {
                        let cats = self.cats[row as usize];
                        for c in 0..CATEGORIES.len() {
                            if cats & (1 << c) != 0 {
                                flags[i] |= 1 << (2 * c);
                                for fl in &mut flags[i + 1..i + len] {
                                    *fl |= 1 << (2 * c + 1);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let mut keys = Vec::with_capacity(self.len());
        let mut cats = Vec::with_capacity(self.len());
        for (k, row) in self.index.iter() {
            keys.push(k);
            cats.push(u16::from(self.cats[row as usize]));
        }
        w.u8(self.lengths);
        w.u64s(&keys);
        w.u16s(&cats);
        let prefixes: Vec<u64> = self.prefixes.iter().map(|(k, _)| k).collect();
        w.u64s(&prefixes);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Gazetteer, NerError> {
        let lengths = r.u8()?;
        let keys = r.u64s()?;
        let cats = r.u16s()?;
        let prefix_keys = r.u64s()?;
        if keys.len() != cats.len() {
            return Err(NerError::Format("gazetteer sizes disagree".into()));
        }
        let mut g = Gazetteer {
            index: KeyIndex::with_capacity(keys.len()),
            cats: Vec::with_capacity(keys.len()),
            lengths,
            prefixes: KeyIndex::with_capacity(prefix_keys.len()),
        };
        for k in prefix_keys {
            g.prefixes.get_or_insert(k, 0);
        }
        for (k, c) in keys.iter().zip(cats) {
            let row = g.cats.len() as u32;
            if g.index.get_or_insert(*k, row) == row {
                g.cats.push(c as u8);
            }
        }
        Ok(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hashes of the normalised tokens, as feature extraction passes them.
    fn keys(toks: &[&str]) -> (Vec<[u64; 3]>, Vec<u64>) {
        let mut norm = String::new();
        let k: Vec<u64> = toks
            .iter()
            .map(|t| {
                normalize_into(t, &mut norm);
                hash_str(&norm)
            })
            .collect();
        (k.iter().map(|&h| [h, 0, 0]).collect(), k)
    }

    #[test]
    fn long_names_match_through_their_prefixes() {
        let mut g = Gazetteer::new();
        g.add("منظمة التحرير الفلسطينية", 5);
        g.add("غزة", 1);
        let (first, key) = keys(&["منظمة", "التحرير", "الفلسطينية", "غزة", "منظمة", "غزة"]);
        let mut flags = [0u16; 6];
        g.mark(&first, &key, &mut flags);
        assert_eq!(flags, [1 << 10, 1 << 11, 1 << 11, 1 << 2, 0, 1 << 2]);
        // The prefixes survive a round trip through the model format.
        let mut w = Writer::default();
        g.write(&mut w);
        let back = Gazetteer::read(&mut Reader::new(&w.buf)).unwrap();
        let mut again = [0u16; 6];
        back.mark(&first, &key, &mut again);
        assert_eq!(again, flags);
    }
}

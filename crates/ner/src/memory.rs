//! Label memory: how each (normalised) word was labelled in the training data, summarised as a
//! small code (most frequent class, how dominant, how often seen), and which word sequences
//! were labelled as whole entities (the span memory).
//!
//! At training time every sentence sees a memory built *without* its own fold (jackknifing),
//! so the model learns how far to trust memory for words it has and has not seen, instead of
//! learning that memory is always right, as it would be on its own training sentences.

use crate::bin::{Reader, Writer};
use crate::error::NerError;
use crate::gazetteer::Gazetteer;
use crate::hash::{KeyIndex, hash_str};
use crate::norm::normalize_into;
use crate::score::entities;
use crate::tags::{EntityType, Tag};

/// Word hash → memory code.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    index: KeyIndex,
    codes: Vec<u16>,
    /// Span memory: the entity names of the same sentences, matched like a gazetteer whose
    /// category index is the type (0 PERS, 1 LOC, 2 ORG, 3 MISC; the names in
    /// [`crate::gazetteer::CATEGORIES`] do not apply). Empty in an auto lexicon.
    pub spans: Gazetteer,
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

impl Memory {
    /// Counts labels of every word of the given sentences and collects their entity spans.
    pub fn build<'a, I>(sentences: I) -> Memory
    where
        I: IntoIterator<Item = (&'a [String], &'a [Tag])>,
    {
        let mut index = KeyIndex::with_capacity(1 << 14);
        let mut counts: Vec<[u32; 5]> = Vec::new();
        let mut norm = String::new();
        let mut spans = Gazetteer::new();
        for (toks, tags) in sentences {
            for e in entities(tags) {
                spans.add_tokens(
                    toks[e.start..e.end].iter().map(String::as_str),
                    class(Tag::B(e.ty)) - 1,
                );
            }
            for (t, g) in toks.iter().zip(tags) {
                normalize_into(t, &mut norm);
                let h = hash_str(&norm);
                let r = index.get_or_insert(h, counts.len() as u32) as usize;
                if r == counts.len() {
                    counts.push([0; 5]);
                }
                counts[r][class(*g)] += 1;
            }
        }
        let codes = counts.iter().map(code).collect();
        Memory {
            index,
            codes,
            spans,
        }
    }

    /// Reads `word<TAB>O<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC` count lines (`#` comments allowed),
    /// as written by `examples/build_auto_lexicon.rs`.
    pub fn from_tsv(text: &str, source: &str) -> Result<Memory, NerError> {
        let mut index = KeyIndex::with_capacity(1 << 14);
        let mut codes = Vec::new();
        let mut norm = String::new();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let word = f.next().unwrap_or_default();
            let mut c = [0u32; 5];
            for x in &mut c {
                *x = f
                    .next()
                    .and_then(|v| v.trim().parse().ok())
                    .ok_or_else(|| NerError::Data {
                        path: source.to_string(),
                        line: i + 1,
                        msg: "expected word and five counts (O PERS LOC ORG MISC)".into(),
                    })?;
            }
            normalize_into(word, &mut norm);
            let row = codes.len() as u32;
            if index.get_or_insert(hash_str(&norm), row) == row {
                codes.push(code(&c));
            }
        }
        Ok(Memory {
            index,
            codes,
            spans: Gazetteer::new(),
        })
    }

    /// The count class of a tag: O, PERS, LOC, ORG, MISC.
    pub fn class_of(t: Tag) -> usize {
        class(t)
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The code of a normalised word's hash; 0 when never seen.
    #[inline]
    pub fn get(&self, h: u64) -> u16 {
        self.index
            .get(h)
            .and_then(|r| self.codes.get(r as usize).copied())
            .unwrap_or(0)
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let mut keys = Vec::with_capacity(self.len());
        let mut codes = Vec::with_capacity(self.len());
        let mut rows: Vec<(u64, u32)> = self.index.iter().collect();
        rows.sort_unstable();
        for (k, r) in rows {
            keys.push(k);
            codes.push(self.codes[r as usize]);
        }
        w.u64s(&keys);
        w.u16s(&codes);
        self.spans.write(w);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Memory, NerError> {
        let keys = r.u64s()?;
        let codes = r.u16s()?;
        if keys.len() != codes.len() {
            return Err(NerError::Format("label memory sizes disagree".into()));
        }
        let mut index = KeyIndex::with_capacity(keys.len());
        for (i, k) in keys.iter().enumerate() {
            index.get_or_insert(*k, i as u32);
        }
        let spans = Gazetteer::read(r)?;
        Ok(Memory {
            index,
            codes,
            spans,
        })
    }
}

/// Low 6 bits: 1 + top class × 9 + dominance bucket × 3 + count bucket; bits 8..13: classes
/// that make up at least a tenth of the word's occurrences.
fn code(c: &[u32; 5]) -> u16 {
    let n: u32 = c.iter().sum();
    if n == 0 {
        return 0;
    }
    let (top, &tc) = c
        .iter()
        .enumerate()
        .max_by_key(|(i, v)| (**v, std::cmp::Reverse(*i)))
        .unwrap_or((0, &0));
    let frac = f64::from(tc) / f64::from(n);
    let fb = if frac >= 0.9 {
        2
    } else if frac >= 0.6 {
        1
    } else {
        0
    };
    let nb = match n {
        1 => 0,
        2..=4 => 1,
        _ => 2,
    };
    let mut mask = 0u16;
    for (i, &v) in c.iter().enumerate() {
        if f64::from(v) >= 0.1 * f64::from(n) {
            mask |= 1 << i;
        }
    }
    1 + (top as u16) * 9 + fb * 3 + nb + (mask << 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_summarise_counts() {
        assert_eq!(code(&[0; 5]), 0);
        let pers_always = code(&[0, 10, 0, 0, 0]);
        assert_eq!(pers_always & 0xff, 1 + 9 + 2 * 3 + 2);
        assert_eq!(pers_always >> 8, 0b10);
        let toks = ["بوتين".to_string(), "في".to_string()];
        let tags = [Tag::B(EntityType::Pers), Tag::O];
        let m = Memory::build([(&toks[..], &tags[..])]);
        assert_ne!(m.get(hash_str("بوتين")), 0);
        assert_eq!(m.get(hash_str("موسكو")), 0);
    }

    #[test]
    fn span_memory_marks_whole_names() {
        let toks: Vec<String> = ["قالت", "الجامعة", "العربية", "أمس"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        let org = EntityType::Org;
        let tags = [Tag::O, Tag::B(org), Tag::I(org), Tag::O];
        let m = Memory::build([(&toks[..], &tags[..])]);
        // «والجامعة العربية» matches with its conjunction peeled; ORG is category 2.
        let mut norm = String::new();
        let mut h = |t: &str| {
            normalize_into(t, &mut norm);
            hash_str(&norm)
        };
        let keys = [h("والجامعة"), h("العربية")];
        let first = [[keys[0], h("الجامعة"), 0], [keys[1], 0, 0]];
        let mut flags = [0u16; 2];
        m.spans.mark(&first, &keys, &mut flags);
        assert_eq!(flags, [1 << 4, 1 << 5]);
        // The span memory travels with the model file.
        let mut w = crate::bin::Writer::default();
        m.write(&mut w);
        let back = Memory::read(&mut crate::bin::Reader::new(&w.buf)).unwrap();
        let mut again = [0u16; 2];
        back.spans.mark(&first, &keys, &mut again);
        assert_eq!(again, flags);
    }

    #[test]
    fn reads_count_tsv() {
        let m = Memory::from_tsv("# c\nبوتين\t1\t50\t0\t0\t0\n", "t").unwrap();
        assert_eq!(m.get(hash_str("بوتين")), code(&[1, 50, 0, 0, 0]));
        assert!(Memory::from_tsv("بوتين\t1\t2\n", "t").is_err());
    }
}

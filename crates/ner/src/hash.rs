//! Deterministic 64-bit hashing of feature strings, and an open-addressing map keyed by it.
//!
//! Feature keys must hash identically at training time, at tag time and on every platform,
//! so the hash is written here (an FxHash-style multiply-rotate over little-endian words, with
//! a murmur3 finaliser) instead of borrowing `std`'s randomly keyed SipHash.

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Streams bytes and words into one 64-bit value without allocating.
#[derive(Debug, Clone, Copy)]
pub struct Hasher64(u64);

impl Hasher64 {
    /// A hasher already seeded with a feature template id, so templates never collide by
    /// sharing content.
    #[inline]
    pub fn new(template: u64) -> Self {
        let mut h = Hasher64(0);
        h.word(template);
        h
    }

    #[inline]
    pub fn word(&mut self, w: u64) -> &mut Self {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
        self
    }

    #[inline]
    pub fn bytes(&mut self, b: &[u8]) -> &mut Self {
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.word(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            a[..rest.len()].copy_from_slice(rest);
            self.word(u64::from_le_bytes(a));
        }
        // The length separates "ab"+"c" from "a"+"bc" when several strings are streamed.
        self.word(b.len() as u64)
    }

    /// The finished, well-mixed hash (murmur3's fmix64), so low bits can index a table.
    #[inline]
    pub fn finish(&self) -> u64 {
        fmix(self.0)
    }
}

#[inline]
pub fn fmix(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^= k >> 33;
    k
}

/// Hash of a string on its own (template 0).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    Hasher64::new(0).bytes(s.as_bytes()).finish()
}

/// Combines two already-finished hashes under a template id.
#[inline]
pub fn combine(template: u64, a: u64, b: u64) -> u64 {
    Hasher64::new(template).word(a).word(b).finish()
}

/// Key 0 marks an empty slot; real keys equal to 0 are remapped (one in 2^64, but cheap).
const EMPTY: u64 = 0;

#[inline]
fn fix_key(k: u64) -> u64 {
    if k == EMPTY { 1 } else { k }
}

/// Open-addressing (linear probing) map from a feature hash to a dense row index.
///
/// Faster than `HashMap` here because keys are already mixed hashes: no re-hashing, one
/// cache line per probe in the common case.
#[derive(Debug, Clone, Default)]
pub struct KeyIndex {
    keys: Vec<u64>,
    vals: Vec<u32>,
    len: usize,
}

impl KeyIndex {
    pub fn with_capacity(n: usize) -> Self {
        let cap = (n * 2).next_power_of_two().max(16);
        KeyIndex {
            keys: vec![EMPTY; cap],
            vals: vec![0; cap],
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn get(&self, key: u64) -> Option<u32> {
        if self.keys.is_empty() {
            return None;
        }
        let key = fix_key(key);
        let mask = self.keys.len() - 1;
        let mut i = (key as usize) & mask;
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(self.vals[i]);
            }
            if k == EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Inserts `key → val` unless present; returns the value now stored.
    pub fn get_or_insert(&mut self, key: u64, val: u32) -> u32 {
        if (self.len + 1) * 2 > self.keys.len() {
            self.grow();
        }
        let key = fix_key(key);
        let mask = self.keys.len() - 1;
        let mut i = (key as usize) & mask;
        loop {
            let k = self.keys[i];
            if k == key {
                return self.vals[i];
            }
            if k == EMPTY {
                self.keys[i] = key;
                self.vals[i] = val;
                self.len += 1;
                return val;
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let old_keys = std::mem::take(&mut self.keys);
        let old_vals = std::mem::take(&mut self.vals);
        let cap = (old_keys.len() * 2).max(16);
        self.keys = vec![EMPTY; cap];
        self.vals = vec![0; cap];
        self.len = 0;
        for (k, v) in old_keys.into_iter().zip(old_vals) {
            if k != EMPTY {
                self.get_or_insert(k, v);
            }
        }
    }

    /// All `(key, value)` pairs, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.keys
            .iter()
            .zip(&self.vals)
            .filter(|(k, _)| **k != EMPTY)
            .map(|(k, v)| (*k, *v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_separates_templates() {
        assert_eq!(hash_str("موسكو"), hash_str("موسكو"));
        assert_ne!(
            Hasher64::new(1).bytes(b"x").finish(),
            Hasher64::new(2).bytes(b"x").finish()
        );
        assert_ne!(
            Hasher64::new(1).bytes(b"ab").bytes(b"c").finish(),
            Hasher64::new(1).bytes(b"a").bytes(b"bc").finish()
        );
    }

    #[test]
    fn key_index_grows_and_finds() {
        let mut m = KeyIndex::with_capacity(1);
        for i in 0..10_000u64 {
            assert_eq!(m.get_or_insert(fmix(i), i as u32), i as u32);
        }
        for i in 0..10_000u64 {
            assert_eq!(m.get(fmix(i)), Some(i as u32));
        }
        assert_eq!(m.get(fmix(10_001)), None);
        assert_eq!(m.len(), 10_000);
        // Key 0 is remapped, not lost.
        let mut z = KeyIndex::default();
        z.get_or_insert(0, 7);
        assert_eq!(z.get(0), Some(7));
    }
}

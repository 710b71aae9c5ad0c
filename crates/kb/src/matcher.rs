//! The compiled form of every alias, demonym, metonym and title: one Aho-Corasick automaton over
//! search keys, whose values point to the entries a key stands for.
//!
//! Keys are the text layer's *search keys* (`marsad_text::search_key`), so spelling variants that
//! differ by hamza seat, ة/ه, ى/ي, harakat or tatweel meet. daachorse rejects duplicate patterns,
//! so each key is one pattern holding every entry that shares it; two actors sharing a strong key
//! is an ambiguity that the loader reports and the resolver settles from context.

use crate::error::Loc;
use daachorse::CharwiseDoubleArrayAhoCorasick;
use std::collections::HashMap;

/// What a key stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A name of an actor. `implicit`: a family name derived from a full name, always weak.
    Alias {
        actor: u32,
        weak: bool,
        implicit: bool,
    },
    /// A demonym of a state; `plural` for collectives (الروس) and duals.
    Demonym {
        state: u32,
        plural: bool,
        weak: bool,
    },
    /// A row of metonyms.tsv.
    Metonym { index: u32 },
    /// A row of titles.tsv.
    Title { index: u32 },
    /// Token `token` of the multi-word person name `name`, for typo-tolerant matching.
    Anchor { name: u32, token: u8 },
}

/// An entry, and whether its key was stored without its article (`الروس` → `روس`), which
/// matches only after `لل` (`للروس` = لِـ + الروس).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    pub entry: Entry,
    pub stripped: bool,
}

pub(crate) struct Pattern {
    pub key: String,
    pub slots: Vec<Slot>,
}

/// A multi-word person name, split into token keys.
pub(crate) struct Name {
    pub actor: u32,
    pub tokens: Vec<String>,
    /// The same tokens as strict keys (ى and ة kept): short tokens must match on these, so
    /// that «على» does not stand for the name «علي».
    pub strict: Vec<String>,
}

pub(crate) struct Matcher {
    ac: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    pub patterns: Vec<Pattern>,
    pub by_key: HashMap<String, u32>,
    pub names: Vec<Name>,
}

impl Matcher {
    /// Every occurrence of every key in `haystack` (a search key), overlapping, as
    /// `(start, end, pattern)` byte offsets.
    pub fn find_overlapping<'h>(
        &'h self,
        haystack: &'h str,
    ) -> impl Iterator<Item = (usize, usize, u32)> + 'h {
        self.ac
            .iter()
            .flat_map(move |ac| ac.find_overlapping_iter(haystack))
            .map(|m| (m.start(), m.end(), m.value()))
    }

    /// The slots of `key` that match a whole word (not the article-stripped variants).
    pub fn exact(&self, key: &str) -> impl Iterator<Item = Entry> + '_ {
        self.by_key
            .get(key)
            .into_iter()
            .flat_map(|&p| self.patterns[p as usize].slots.iter())
            .filter(|s| !s.stripped)
            .map(|s| s.entry)
    }

    pub fn heap_bytes(&self) -> usize {
        self.ac.as_ref().map_or(0, |ac| ac.heap_bytes())
    }
}

/// The matching key of a form: its search key with whitespace runs collapsed to one space.
pub(crate) fn key_of(form: &str) -> String {
    let key = marsad_text::search_key(form);
    let mut out = String::with_capacity(key.len());
    for word in key.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `c` continues a word (boundaries of matches are checked with it). Called for every
/// raw match, so ASCII and the core Arabic letters skip the Unicode tables.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c as u32, 0x0621..=0x063A | 0x0641..=0x064A) || c.is_alphanumeric()
}

/// Builds a [`Matcher`], remembering where strong forms came from to report conflicts.
#[derive(Default)]
pub(crate) struct MatcherBuilder {
    patterns: Vec<Pattern>,
    by_key: HashMap<String, u32>,
    names: Vec<Name>,
    /// key → (actor, where) for every strong alias and demonym, to find keys two actors share.
    strong: HashMap<String, Vec<(u32, Loc)>>,
}

impl MatcherBuilder {
    /// Adds `form` for `entry`; forms starting with the article also get the stripped variant.
    /// Returns the key, or `None` when the form normalizes to nothing.
    pub fn add_form(&mut self, form: &str, entry: Entry) -> Option<String> {
        let key = key_of(form);
        if key.is_empty() {
            return None;
        }
        self.add_key(
            &key,
            Slot {
                entry,
                stripped: false,
            },
        );
        if let Some(rest) = key.strip_prefix("ال") {
            // Keep the variant only when something word-like is left (not for «ال» + 1 letter).
            if rest.chars().count() >= 2 {
                self.add_key(
                    rest,
                    Slot {
                        entry,
                        stripped: true,
                    },
                );
            }
        }
        Some(key)
    }

    /// Adds a name token for typo-tolerant matching (whole word only, no stripped variant).
    pub fn add_anchor(&mut self, key: &str, entry: Entry) {
        self.add_key(
            key,
            Slot {
                entry,
                stripped: false,
            },
        );
    }

    fn add_key(&mut self, key: &str, slot: Slot) {
        let index = match self.by_key.get(key) {
            Some(&i) => i,
            None => {
                let i = self.patterns.len() as u32;
                self.patterns.push(Pattern {
                    key: key.to_string(),
                    slots: Vec::new(),
                });
                self.by_key.insert(key.to_string(), i);
                i
            }
        };
        let slots = &mut self.patterns[index as usize].slots;
        if !slots.contains(&slot) {
            slots.push(slot);
        }
    }

    pub fn note_strong(&mut self, key: String, actor: u32, loc: Loc) {
        self.strong.entry(key).or_default().push((actor, loc));
    }

    pub fn add_name(&mut self, actor: u32, tokens: Vec<String>, strict: Vec<String>) -> u32 {
        self.names.push(Name {
            actor,
            tokens,
            strict,
        });
        (self.names.len() - 1) as u32
    }

    /// Keys that two or more actors claim as strong forms: `(key, [(actor, where)])`.
    pub fn conflicts(&self) -> Vec<(&str, Vec<(u32, Loc)>)> {
        let mut out = Vec::new();
        for (key, claims) in &self.strong {
            let mut actors: Vec<u32> = claims.iter().map(|c| c.0).collect();
            actors.sort_unstable();
            actors.dedup();
            if actors.len() > 1 {
                let mut claims = claims.clone();
                claims.sort_by_key(|c| c.1);
                claims.dedup_by_key(|c| c.0);
                out.push((key.as_str(), claims));
            }
        }
        out.sort_by(|a, b| a.1[0].1.cmp(&b.1[0].1).then(a.0.cmp(b.0)));
        out
    }

    pub fn build(self) -> Result<Matcher, String> {
        let ac = if self.patterns.is_empty() {
            None
        } else {
            let patvals = self
                .patterns
                .iter()
                .enumerate()
                .map(|(i, p)| (p.key.as_str(), i as u32));
            Some(CharwiseDoubleArrayAhoCorasick::with_values(patvals).map_err(|e| e.to_string())?)
        };
        Ok(Matcher {
            ac,
            patterns: self.patterns,
            by_key: self.by_key,
            names: self.names,
        })
    }
}

//! marsad-ner: Arabic named-entity recognition (PERS, LOC, ORG, MISC) in pure Rust.
//!
//! [`Model`] is a linear sequence tagger — an averaged structured perceptron scored by
//! constrained first-order Viterbi over BIO tags — whose features are hashed into 64-bit keys:
//! surface and normalised word forms, clitic-stripped stems, affixes, character trigrams,
//! shapes, word clusters learned by this project from unlabeled news ([`embed`]), gazetteer
//! matches ([`Gazetteer`]), a jackknifed label and span memory and an auto lexicon
//! ([`memory`]), over a ±2 token window. [`Model::tag`] tags one sentence (stage 1);
//! [`Model::tag_document`] adds a second stage that also sees how stage 1 labelled the same
//! words in the surrounding sentences.
//! A model file carries its weights *and* the cluster table, gazetteer and lexicons it was
//! trained with, so one blob (`include_bytes!`-able, see [`Model::from_bytes`]) is all a binary
//! needs.
//!
//! Around it: a CoNLL reader/writer ([`conll`]), a conlleval-style entity scorer ([`score`])
//! and the trainer ([`train()`]). Callers pass tokens; [`simple_tokens`] and
//! [`Model::tag_text`] cover running text tokenised the way ANERcorp is.
//!
//! Normalisation ([`norm`]) lives here rather than in `marsad-text` on purpose: a shipped
//! model's feature hashes depend on it byte for byte.

// The numeric kernels (Viterbi, weight rows, SGNS, k-means) index several parallel
// fixed-size arrays with one loop variable; iterator chains would obscure them.
#![allow(clippy::needless_range_loop)]

mod bin;
pub mod clusters;
pub mod conll;
pub mod embed;
mod error;
pub mod features;
pub mod gazetteer;
mod hash;
pub mod memory;
mod model;
pub mod norm;
mod rng;
pub mod score;
pub mod tags;
pub mod train;

pub use clusters::Clusters;
pub use conll::{
    Corpus, Sentence, UnknownTags, parse_conll, read_conll, read_conll_file, write_conll,
};
pub use error::NerError;
pub use features::FeatureConfig;
pub use gazetteer::Gazetteer;
pub use model::{Model, Tagger};
pub use score::{Entity, Report, Scorer, entities};
pub use tags::{EntityType, Tag};
pub use train::{TrainConfig, TrainReport, train};

/// Splits running text into tokens the way ANERcorp is tokenised: on whitespace, with
/// punctuation split off as separate tokens (clitics stay attached). Returns byte ranges.
pub fn simple_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let punct = is_punct(c);
        if c.is_whitespace() || punct {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            if punct {
                out.push((i, i + c.len_utf8()));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn is_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | '،'
            | '؛'
            | ';'
            | ':'
            | '!'
            | '?'
            | '؟'
            | '"'
            | '«'
            | '»'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '\''
            | '#'
            | '…'
            | '/'
            | '\\'
            | '|'
            | '*'
            | '<'
            | '>'
            | '='
            | '+'
            | '_'
            | '~'
            | '`'
            | '-'
            | '–'
            | '—'
    )
}

/// A named entity found in running text: byte range, type and surface text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEntity {
    pub start: usize,
    pub end: usize,
    pub ty: EntityType,
    pub text: String,
}

impl Model {
    /// Tokenises running text with [`simple_tokens`], splits it into sentences (at line breaks
    /// and sentence-final marks), tags them as one document ([`Model::tag_document`]) and
    /// returns entities with byte offsets into `text`.
    pub fn tag_text(&self, text: &str) -> Vec<TextEntity> {
        let mut sentences: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut cur: Vec<(usize, usize)> = Vec::new();
        let mut last_end = 0;
        for (s, e) in simple_tokens(text) {
            if text[last_end..s].contains('\n') && !cur.is_empty() {
                sentences.push(std::mem::take(&mut cur));
            }
            cur.push((s, e));
            last_end = e;
            if matches!(&text[s..e], "." | "!" | "?" | "؟") {
                sentences.push(std::mem::take(&mut cur));
            }
        }
        if !cur.is_empty() {
            sentences.push(cur);
        }
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.iter().map(|&(a, b)| &text[a..b]).collect())
            .collect();
        let tags = self.tag_document(&words);
        let mut out = Vec::new();
        for (sent, tags) in sentences.iter().zip(&tags) {
            for e in entities(tags) {
                let (s, en) = (sent[e.start].0, sent[e.end - 1].1);
                out.push(TextEntity {
                    start: s,
                    end: en,
                    ty: e.ty,
                    text: text[s..en].to_string(),
                });
            }
        }
        out
    }
}

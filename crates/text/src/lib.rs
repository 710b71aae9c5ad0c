//! The Arabic text layer: spans, normalization, tokens, sentences and clitics.
//!
//! Owns everything that looks at characters. Never does I/O, never knows about articles,
//! formats or actors. Every function here maps its results back to byte offsets of the
//! original, unmodified text.
//!
//! | module | owns |
//! |---|---|
//! | `span` | [`Span`] byte ranges and [`CharOffsets`] |
//! | `normalize` | [`search_key`], [`strict_key`], [`normalize`] with alignment back |
//! | `tokenize` | [`tokenize`] into typed [`Token`]s |
//! | `sentence` | [`split_sentences`] |
//! | `clitic` | [`clitic_splits`], [`clitic_splits_with`] |

mod clitic;
mod normalize;
mod presentation;
mod sentence;
mod span;
mod tokenize;

pub use clitic::{CliticSplit, clitic_splits, clitic_splits_with};
pub use normalize::{
    KeyKind, Normalized, TATWEEL, is_arabic_letter, is_diacritic, key_into, normalize, search_key,
    strict_key,
};
pub use sentence::split_sentences;
pub use span::{CharOffsets, Span, SpanError};
pub use tokenize::{Token, TokenKind, tokenize, tokenize_into};

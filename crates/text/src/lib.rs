//! The Arabic text layer: spans, normalization, tokens, sentences and clitics.
//!
//! Owns everything that looks at characters. Never does I/O, never knows about articles,
//! formats or actors. Every function here maps its results back to byte offsets of the
//! original, unmodified text.

mod span;

pub use span::{CharOffsets, Span, SpanError};

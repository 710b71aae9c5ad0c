//! Byte spans into an immutable text, and their conversion to character offsets.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range `start..end` into a text.
///
/// Invariant: `start <= end`. Whether both ends fall on char boundaries of a particular text is
/// checked by [`Span::checked`], which every producer of spans over outside text should use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// Why a span does not fit a text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpanError {
    #[error("span {start}..{end} is reversed")]
    Reversed { start: usize, end: usize },
    #[error("span {start}..{end} runs past the text's {len} bytes")]
    OutOfBounds {
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("span {start}..{end} splits a character")]
    NotCharBoundary { start: usize, end: usize },
}

impl Span {
    /// A span from byte offsets the caller already knows to be valid for its text.
    ///
    /// # Panics
    /// If `start > end` or either offset exceeds `u32::MAX`; both are programming errors.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span {start}..{end} is reversed");
        let to_u32 = |offset: usize| u32::try_from(offset).expect("text longer than 4 GiB");
        Span {
            start: to_u32(start),
            end: to_u32(end),
        }
    }

    /// A span validated against `text`: ordered, in bounds, on char boundaries.
    pub fn checked(text: &str, start: usize, end: usize) -> Result<Span, SpanError> {
        if start > end {
            return Err(SpanError::Reversed { start, end });
        }
        if end > text.len() {
            return Err(SpanError::OutOfBounds {
                start,
                end,
                len: text.len(),
            });
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(SpanError::NotCharBoundary { start, end });
        }
        Ok(Span::new(start, end))
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The same span moved `by` bytes to the right (for spans found in a slice of a text).
    pub fn shifted(self, by: usize) -> Span {
        Span::new(self.start as usize + by, self.end as usize + by)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Converts byte offsets of one text into character (Unicode scalar) offsets, the unit of every
/// offset marsad writes out. Build once per text; each lookup is a binary search.
pub struct CharOffsets {
    /// For every non-ASCII char: its byte offset, its char index and its UTF-8 width.
    multibyte: Vec<(u32, u32, u32)>,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let multibyte = text
            .char_indices()
            .enumerate()
            .filter(|(_, (_, c))| !c.is_ascii())
            .map(|(index, (byte, c))| (byte as u32, index as u32, c.len_utf8() as u32))
            .collect();
        CharOffsets { multibyte }
    }

    /// The character offset of byte offset `byte`, which must be a char boundary.
    pub fn char_at(&self, byte: u32) -> u32 {
        let before = self.multibyte.partition_point(|&(b, _, _)| b < byte);
        match before.checked_sub(1) {
            None => byte,
            // Every byte between the end of the last multibyte char and `byte` is one ASCII char.
            Some(last) => {
                let (b, index, width) = self.multibyte[last];
                index + 1 + (byte - b - width)
            }
        }
    }

    /// `span` in character offsets.
    pub fn span(&self, span: Span) -> (u32, u32) {
        (self.char_at(span.start), self.char_at(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_a_naive_count() {
        let text = "قال bob: «حفتر» 2020 😀 end";
        let offsets = CharOffsets::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected = text[..byte].chars().count() as u32;
            assert_eq!(offsets.char_at(byte as u32), expected, "byte {byte}");
        }
    }

    #[test]
    fn checked_spans_reject_split_characters() {
        let text = "حفتر";
        assert!(Span::checked(text, 0, 2).is_ok());
        assert_eq!(
            Span::checked(text, 0, 1),
            Err(SpanError::NotCharBoundary { start: 0, end: 1 })
        );
        assert!(matches!(
            Span::checked(text, 0, 99),
            Err(SpanError::OutOfBounds { .. })
        ));
    }
}

//! The document model shared by every marsad stage.
//!
//! An [`Article`] owns its body text, which is never changed after ingest; everything later
//! stages find (paragraphs, sentences, tokens, mentions, events, quotes) is a [`Span`] of byte
//! offsets into that text. Serialized output converts byte offsets to character offsets once,
//! at the boundary, with [`CharOffsets`].
//!
//! This crate owns no I/O and knows nothing about formats, Arabic or actors.
//!
//! ```
//! use marsad_doc::{Article, Span};
//! let article = Article::from_paragraphs("seed-1", ["التقى بوتين أردوغان.", "ثم غادر حفتر."]);
//! assert_eq!(article.paragraphs.len(), 2);
//! assert_eq!(article.slice(article.paragraphs[1]), "ثم غادر حفتر.");
//! ```

use chrono::{DateTime, Utc};
pub use marsad_text::{CharOffsets, Span, SpanError};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Separator placed between paragraphs in [`Article::text`].
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

/// How an article reached marsad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Trec,
    Json,
    Jsonl,
    Html,
    Rss,
    Atom,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Trec => "trec",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Rss => "rss",
            Format::Atom => "atom",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A reader comment found below an article; kept apart from the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub author: Option<String>,
    pub text: String,
}

/// Where an article came from: the file (and member inside an archive) and its format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// Path of the file read, with `!member` appended for a member of an archive.
    pub path: String,
    pub format: Format,
    /// The character encoding the bytes were decoded from (e.g. `UTF-8`, `windows-1256`).
    pub encoding: String,
}

/// One news article, as ingested.
///
/// Invariant: `text` is the body exactly as stored; `paragraphs` are ordered, non-overlapping
/// spans of `text` separated by [`PARAGRAPH_SEPARATOR`]. Build articles with
/// [`Article::from_paragraphs`] so the invariant holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub author: Option<String>,
    /// ISO 639-1 code of the detected language (`ar`, `en`, …), `None` when undecidable.
    pub language: Option<String>,
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub comments: Vec<Comment>,
    /// Category or section label given by the source (e.g. ANT's `CAT`).
    pub category: Option<String>,
    pub origin: Option<Origin>,
}

impl Article {
    /// An article whose body is `paragraphs`, trimmed, empty ones dropped, joined by
    /// [`PARAGRAPH_SEPARATOR`]. All metadata starts empty.
    pub fn from_paragraphs<I, S>(id: impl Into<String>, paragraphs: I) -> Article
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut text = String::new();
        let mut spans = Vec::new();
        for paragraph in paragraphs {
            let paragraph = paragraph.as_ref().trim();
            if paragraph.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push_str(PARAGRAPH_SEPARATOR);
            }
            let start = text.len();
            text.push_str(paragraph);
            spans.push(Span::new(start, text.len()));
        }
        Article {
            id: id.into(),
            outlet: None,
            url: None,
            title: None,
            published: None,
            author: None,
            language: None,
            text,
            paragraphs: spans,
            comments: Vec::new(),
            category: None,
            origin: None,
        }
    }

    /// The text under `span`.
    ///
    /// # Panics
    /// If `span` does not fit the body text, which means it was made for another article.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// A stable fingerprint of the body, insensitive to whitespace layout, used to recognise
    /// the same article arriving twice under different ids. 128-bit xxh3, lowercase hex.
    pub fn content_hash(&self) -> String {
        content_hash(&self.text)
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// See [`Article::content_hash`].
pub fn content_hash(text: &str) -> String {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for word in text.split_whitespace() {
        hasher.update(word.as_bytes());
        hasher.update(b" ");
    }
    format!("{:032x}", hasher.digest128())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_trimmed_and_joined() {
        let article = Article::from_paragraphs("a", ["  أولى ", "", "ثانية"]);
        assert_eq!(article.text, "أولى\n\nثانية");
        let texts: Vec<&str> = article
            .paragraphs
            .iter()
            .map(|&p| article.slice(p))
            .collect();
        assert_eq!(texts, ["أولى", "ثانية"]);
    }

    #[test]
    fn content_hash_ignores_whitespace_layout() {
        let a = Article::from_paragraphs("a", ["قال  الرئيس", "شيئا"]);
        let b = Article::from_paragraphs("b", ["قال الرئيس\nشيئا"]);
        assert_eq!(a.content_hash(), b.content_hash());
        let c = Article::from_paragraphs("c", ["قال الرئيس شيئا آخر"]);
        assert_ne!(a.content_hash(), c.content_hash());
    }
}

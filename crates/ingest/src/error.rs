//! Ingest errors: every failure names the file (and archive member) it came from.
//!
//! A bad file never stops a walk; it becomes an [`IngestError`] handed to the caller's sink
//! next to the articles that did ingest, and the caller decides whether to stop.

use std::fmt;

/// A file, archive member or record that could not be ingested.
///
/// `Display` renders as `PATH: problem`, e.g.
/// `corpus/a.zip!2015-07-21.json: record 17: field "title": expected a string, found a number`.
#[derive(Debug)]
pub struct IngestError {
    /// Path of the file, with `!member` appended for each archive level.
    pub path: String,
    pub kind: ErrorKind,
}

impl IngestError {
    pub fn new(path: impl Into<String>, kind: ErrorKind) -> IngestError {
        IngestError {
            path: path.into(),
            kind,
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

impl std::error::Error for IngestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

/// What went wrong with one input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("empty file")]
    Empty,
    #[error("binary content ({0}), not a text, JSON, XML, HTML or feed document")]
    Binary(&'static str),
    #[error("{size} bytes is over the limit of {limit} bytes (max_file_bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error(
        "article body of {size} bytes is over the limit of {limit} bytes (max_article_bytes); \
         is this really one article?"
    )]
    ArticleTooLarge { size: usize, limit: usize },
    #[error("invalid UTF-8 at byte {offset} in a file that is otherwise UTF-8")]
    InvalidUtf8 { offset: usize },
    #[error("cannot decode as {encoding}")]
    Decode { encoding: &'static str },
    #[error("corrupt or truncated {format} archive: {message}")]
    Archive {
        format: &'static str,
        message: String,
    },
    #[error("archives nested more than {0} levels deep")]
    TooDeep(usize),
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("field \"{field}\": expected {expected}, found {found}")]
    WrongType {
        field: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("no text field (one of {0})")]
    NoTextField(String),
    #[error("record {index}: {message}")]
    Record { index: usize, message: String },
    #[error("DOC {index}{}: {message}", docno.as_ref().map(|d| format!(" ({d})")).unwrap_or_default())]
    TrecDoc {
        index: usize,
        docno: Option<String>,
        message: String,
    },
    #[error("no <DOC> element found")]
    NoTrecDocs,
    #[error("HTML: {0}")]
    Html(String),
    #[error("feed: {0}")]
    Feed(String),
    #[error("no article text found")]
    NoText,
    #[error("unsupported: {0}")]
    Unsupported(String),
    #[error("internal error while reading (please report): {0}")]
    Internal(String),
}

//! Errors that stop loading (I/O) and problems found in the data (reported, never fatal).

use std::fmt;
use std::path::PathBuf;

/// Why the knowledge base could not be loaded at all. Problems inside the data (a bad row, an
/// unknown id) are not errors: the row is skipped and a [`Problem`] recorded, so one typo never
/// takes the whole base down.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: no .tsv files found")]
    NoData { path: PathBuf },
    #[error("building the alias matcher failed: {message}")]
    Matcher { message: String },
}

/// One problem in the data, reported as `FILE:LINE: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Problem {
    /// The file as the caller named it (`data/kb/actors/states.tsv`).
    pub file: String,
    /// 1-based line; 0 for a problem about the file as a whole.
    pub line: u32,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Where a record came from: an index into the KB's file list and a 1-based line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Loc {
    pub file: u16,
    pub line: u32,
}

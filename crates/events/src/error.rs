//! Errors of loading the coder's data files and of reading evaluation sets.

use std::path::PathBuf;

/// A problem in one of the data files (`data/events/*`), reported with its file and line so a
/// reviewer can fix the row.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DataError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl DataError {
    pub(crate) fn new(file: &'static str, line: usize, message: impl Into<String>) -> DataError {
        DataError {
            file,
            line,
            message: message.into(),
        }
    }
}

/// Why the coder's data could not be loaded: every bad row, not just the first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} problem(s) in the event data, first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
pub struct LoadError(pub Vec<DataError>);

/// Why an evaluation set could not be read.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Csv {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
}

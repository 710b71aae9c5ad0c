//! The crate's error type.

use crate::conll::ConllError;
use std::io;

/// Everything that can go wrong loading, training or saving a model.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error(transparent)]
    Conll(#[from] ConllError),
    #[error("invalid model data: {0}")]
    Format(String),
    #[error("{path}:{line}: {msg}")]
    Data {
        path: String,
        line: usize,
        msg: String,
    },
    #[error("{0}")]
    Config(String),
}

impl NerError {
    pub(crate) fn io(path: &std::path::Path, source: io::Error) -> Self {
        NerError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

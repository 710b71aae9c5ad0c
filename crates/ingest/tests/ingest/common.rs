//! Helpers shared by the integration tests: where the shared data lives, and running the
//! reader into vectors.

use marsad_ingest::{Article, IngestConfig, IngestError, read_paths};
use std::path::{Path, PathBuf};

/// The shared data directory: `$MARSAD_SHARED`, else `shared/` beside the checkout.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("MARSAD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

/// `shared/<rel>`, or `None` after printing that the test is skipped.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = shared_dir().join(rel);
    if path.exists() {
        Some(path)
    } else {
        println!("skipped: {} missing", path.display());
        None
    }
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn read(paths: &[PathBuf], cfg: &IngestConfig) -> (Vec<Article>, Vec<IngestError>) {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    read_paths(paths, cfg, &mut |item| match item {
        Ok(a) => articles.push(a),
        Err(e) => errors.push(e),
    });
    (articles, errors)
}

pub fn read_one(path: &Path) -> (Vec<Article>, Vec<IngestError>) {
    read(&[path.to_path_buf()], &IngestConfig::default())
}

/// The only article read from `path`; fails the test with the errors otherwise.
pub fn single(path: &Path) -> Article {
    let (mut articles, errors) = read_one(path);
    assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    assert_eq!(articles.len(), 1, "{}", path.display());
    articles.remove(0)
}

pub fn paragraphs(article: &Article) -> Vec<&str> {
    article
        .paragraphs
        .iter()
        .map(|&p| article.slice(p))
        .collect()
}

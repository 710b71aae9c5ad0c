//! Reads the given paths and prints how many articles each format gave, per language, the
//! errors, and the time taken: the throughput check for the ingest crate.
//!
//! `cargo run --release -p marsad-ingest --example ingest_count -- PATH...`
//! Set `INGEST_SHOW=N` to print the first N articles' metadata and first paragraph.

use marsad_ingest::{IngestConfig, read_paths};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: ingest_count PATH... (directories, archives, files, - for stdin)");
        std::process::exit(2);
    }
    let show: usize = std::env::var("INGEST_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let cfg = IngestConfig::default();
    let mut formats: BTreeMap<String, usize> = BTreeMap::new();
    let mut languages: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors = Vec::new();
    let (mut bytes, mut paragraphs, mut comments, mut dated, mut titled) = (0usize, 0, 0, 0, 0);
    let mut shown = 0;
    let start = Instant::now();
    read_paths(&paths, &cfg, &mut |item| match item {
        Ok(article) => {
            let format = article
                .origin
                .as_ref()
                .map_or("?".to_owned(), |o| o.format.to_string());
            *formats.entry(format).or_default() += 1;
            *languages
                .entry(article.language.clone().unwrap_or_else(|| "-".into()))
                .or_default() += 1;
            bytes += article.text.len();
            paragraphs += article.paragraphs.len();
            comments += article.comments.len();
            dated += usize::from(article.published.is_some());
            titled += usize::from(article.title.is_some());
            if shown < show {
                shown += 1;
                let first = article.paragraphs.first().map_or("", |&p| article.slice(p));
                println!(
                    "{} | {:?} | {:?} | {:?} | {:?} | {:?}\n    {}",
                    article.id,
                    article.title,
                    article.outlet,
                    article.published.map(|d| d.to_rfc3339()),
                    article.language,
                    article.origin.as_ref().map(|o| &o.encoding),
                    first.chars().take(120).collect::<String>()
                );
            }
        }
        Err(e) => errors.push(e.to_string()),
    });
    let elapsed = start.elapsed();
    let articles: usize = formats.values().sum();
    println!("articles: {articles} in {:.2} s", elapsed.as_secs_f64());
    for (format, n) in &formats {
        println!("  {format:6} {n}");
    }
    println!("languages: {languages:?}");
    println!(
        "body text: {:.1} MB, {paragraphs} paragraphs, {comments} comments, {titled} titled, {dated} dated",
        bytes as f64 / 1e6
    );
    println!("errors: {}", errors.len());
    for e in errors.iter().take(20) {
        println!("  {e}");
    }
}

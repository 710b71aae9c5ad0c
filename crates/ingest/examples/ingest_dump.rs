//! Prints every article read from the given paths as one JSON object per line (errors go to
//! stderr): a way to look at what the ingest crate makes of an input.
//!
//! `cargo run -p marsad-ingest --example ingest_dump -- PATH...`

use marsad_ingest::{IngestConfig, read_paths};
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    read_paths(&paths, &IngestConfig::default(), &mut |item| match item {
        Ok(article) => match serde_json::to_string(&article) {
            Ok(json) => {
                let _ = writeln!(out, "{json}");
            }
            Err(e) => eprintln!("{}: cannot serialize: {e}", article.id),
        },
        Err(e) => eprintln!("{e}"),
    });
}

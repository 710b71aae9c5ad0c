//! Embeds every `data/kb/**/*.tsv` of the repository into the library, so `Kb::load_default()`
//! works from any directory and in a copied binary.
//!
//! The list of files is discovered here rather than written as `include_str!` lines by hand,
//! because other people add actor files (`actors/libya.tsv`, `roles.tsv` …) independently; a new
//! file is picked up on the next build (cargo re-runs this script when a directory changes).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let data = manifest.join("../../data/kb");
    let mut files = Vec::new();
    if data.is_dir() {
        collect(&data, &data, &mut files);
    } else {
        // Outside the repository (e.g. a packaged crate) there is nothing to embed; the library
        // then reports an empty embedded KB rather than failing to build.
        println!(
            "cargo:warning=marsad-kb: {} not found, embedding no KB data",
            data.display()
        );
    }
    files.sort();
    let mut code =
        String::from("/// `(path relative to data/kb, contents)` of every embedded file.\n");
    code.push_str("pub(crate) static EMBEDDED: &[(&str, &str)] = &[\n");
    for (relative, absolute) in &files {
        let _ = writeln!(
            code,
            "    ({relative:?}, include_str!({:?})),",
            absolute.display().to_string()
        );
        println!("cargo:rerun-if-changed={}", absolute.display());
    }
    code.push_str("];\n");
    println!("cargo:rerun-if-changed={}", data.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("embedded.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    // Directories are watched too, so adding a file to `actors/` re-runs this script.
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "tsv") {
            let relative = path
                .strip_prefix(root)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            let absolute = path.canonicalize().unwrap_or(path);
            files.push((relative, absolute));
        }
    }
}

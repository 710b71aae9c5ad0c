//! Reading the ANT corpus (a tar.gz of TREC-style XML articles) as tokenised sentences;
//! shared by the examples that learn from unlabeled text.

use flate2::read::GzDecoder;
use marsad_ner::simple_tokens;
use std::io::Read;
use std::path::Path;

/// Calls `f` with every sentence of every article's TITLE and TEXT, one sentence per line or
/// sentence-final mark. Files are visited in sorted path order so the stream is the same on
/// every machine.
pub fn for_each_sentence(path: &Path, f: &mut dyn FnMut(&[&str])) -> std::io::Result<()> {
    let file = std::fs::File::open(path)?;
    let mut ar = tar::Archive::new(GzDecoder::new(file));
    let mut docs: Vec<(String, String)> = Vec::new();
    for entry in ar.entries()? {
        let mut entry = entry?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry.path()?.display().to_string();
        let mut s = String::new();
        if entry.read_to_string(&mut s).is_err() {
            continue; // not UTF-8: skip the document rather than the corpus
        }
        docs.push((name, s));
    }
    docs.sort();
    for (_, doc) in &docs {
        for field in ["TITLE", "TEXT"] {
            let (open, close) = (format!("<{field}>"), format!("</{field}>"));
            let Some(a) = doc.find(&open) else { continue };
            let body = &doc[a + open.len()..];
            let body = &body[..body.find(&close).unwrap_or(body.len())];
            for line in body.lines() {
                let mut sent: Vec<&str> = Vec::new();
                for (s, e) in simple_tokens(line) {
                    let t = &line[s..e];
                    sent.push(t);
                    if matches!(t, "." | "!" | "?" | "؟") {
                        f(&sent);
                        sent.clear();
                    }
                }
                if !sent.is_empty() {
                    f(&sent);
                }
            }
        }
    }
    Ok(())
}

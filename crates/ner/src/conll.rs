//! CoNLL-style files: one `token[ TAG]` a line, a blank line between sentences.
//!
//! The tag is the last whitespace-separated field, the token the first; extra middle columns
//! are ignored. A file may omit tags entirely (input to be tagged), but a sentence may not mix
//! tagged and untagged lines.

use crate::tags::Tag;
use std::io::{self, BufRead, Write};

/// One sentence: tokens, and gold tags when the file had them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    pub tokens: Vec<String>,
    /// `Some` with one tag per token, or `None` for untagged input.
    pub tags: Option<Vec<Tag>>,
}

/// Why a CoNLL file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConllError {
    #[error("reading CoNLL input: {0}")]
    Io(#[from] io::Error),
    #[error("line {line}: {msg}")]
    Format { line: usize, msg: String },
}

/// How to treat tag strings that name no known type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownTags {
    /// Fail with the line number.
    Error,
    /// Read them as `O` and count them (AQMAR has ~15 such typos, e.g. `B-SPANISH`).
    AsOutside,
}

/// Sentences read from a file, and how many unknown tags were read as `O`.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub sentences: Vec<Sentence>,
    pub unknown_tags: usize,
}

impl Corpus {
    pub fn token_count(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }
}

/// Parses CoNLL text from a reader.
pub fn read_conll<R: BufRead>(reader: R, unknown: UnknownTags) -> Result<Corpus, ConllError> {
    let mut corpus = Corpus::default();
    let mut cur = Sentence::default();
    let mut cur_tagged: Option<bool> = None;
    let mut tags: Vec<Tag> = Vec::new();
    let flush = |corpus: &mut Corpus,
                 cur: &mut Sentence,
                 tags: &mut Vec<Tag>,
                 cur_tagged: &mut Option<bool>| {
        if !cur.tokens.is_empty() {
            let mut s = std::mem::take(cur);
            if *cur_tagged == Some(true) {
                s.tags = Some(std::mem::take(tags));
            }
            corpus.sentences.push(s);
        }
        tags.clear();
        *cur_tagged = None;
    };
    for (i, line) in reader.lines().enumerate() {
        let line = line?;
        let lineno = i + 1;
        // A UTF-8 byte-order mark on the first line is not part of the token.
        let line = line.trim_start_matches('\u{feff}');
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut corpus, &mut cur, &mut tags, &mut cur_tagged);
            continue;
        }
        let mut fields = trimmed.split_whitespace();
        let token = fields.next().unwrap_or_default();
        let last = fields.next_back();
        let tagged = last.is_some();
        match cur_tagged {
            None => cur_tagged = Some(tagged),
            Some(t) if t != tagged => {
                return Err(ConllError::Format {
                    line: lineno,
                    msg: "sentence mixes tagged and untagged lines".into(),
                });
            }
            Some(_) => {}
        }
        if let Some(tag_str) = last {
            let tag = match (Tag::parse_lenient(tag_str), unknown) {
                (Ok(t), _) => t,
                (Err(e), UnknownTags::Error) => {
                    return Err(ConllError::Format {
                        line: lineno,
                        msg: e.to_string(),
                    });
                }
                (Err(_), UnknownTags::AsOutside) => {
                    corpus.unknown_tags += 1;
                    Tag::O
                }
            };
            tags.push(tag);
        }
        cur.tokens.push(token.to_string());
    }
    flush(&mut corpus, &mut cur, &mut tags, &mut cur_tagged);
    Ok(corpus)
}

/// Parses CoNLL text held in memory.
pub fn parse_conll(text: &str, unknown: UnknownTags) -> Result<Corpus, ConllError> {
    read_conll(io::Cursor::new(text), unknown)
}

/// Reads a CoNLL file from disk.
pub fn read_conll_file(path: &std::path::Path, unknown: UnknownTags) -> Result<Corpus, ConllError> {
    let f = std::fs::File::open(path).map_err(|e| {
        ConllError::Io(io::Error::new(e.kind(), format!("{}: {e}", path.display())))
    })?;
    read_conll(io::BufReader::new(f), unknown)
}

/// Writes sentences as `token TAG` lines (`token` alone when `tags` is `None`), with a blank
/// line after each sentence.
pub fn write_conll<W: Write>(mut w: W, sentences: &[Sentence]) -> io::Result<()> {
    for s in sentences {
        write_sentence(&mut w, &s.tokens, s.tags.as_deref())?;
    }
    Ok(())
}

/// Writes one sentence with the given tags (or none), followed by a blank line.
pub fn write_sentence<W: Write, S: AsRef<str>>(
    w: &mut W,
    tokens: &[S],
    tags: Option<&[Tag]>,
) -> io::Result<()> {
    for (i, tok) in tokens.iter().enumerate() {
        match tags.and_then(|t| t.get(i)) {
            Some(tag) => writeln!(w, "{} {}", tok.as_ref(), tag)?,
            None => writeln!(w, "{}", tok.as_ref())?,
        }
    }
    writeln!(w)
}

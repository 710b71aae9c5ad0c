//! Reads news articles into [`marsad_doc::Article`]s from plain text, TREC XML, JSON / JSON
//! Lines, HTML, RSS and Atom, found in files, directories, zip / tar / tar.gz / gz archives
//! or stdin.
//!
//! Owns format and encoding detection, container walking, and separating an article's body
//! from site chrome and reader comments. Never stores anything, never does NLP beyond
//! language identification, never stops on bad input: a file that cannot be read becomes an
//! [`IngestError`] naming it (`PATH: problem`, with `archive.zip!member` for archive
//! members) and the walk goes on; the caller decides whether to stop.
//!
//! Input is streamed: a producer thread walks paths and archives, one document (file or
//! archive member) at a time, while batches of documents are parsed in parallel with rayon
//! and handed to the caller's sink in input order, so output is deterministic.
//!
//! ```
//! use marsad_ingest::{IngestConfig, read_bytes};
//! let text = "قال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام شهرين.";
//! let results = read_bytes("news/001.txt", text.as_bytes(), &IngestConfig::default());
//! let article = results[0].as_ref().expect("plain text ingests");
//! assert_eq!(article.id, "001");
//! assert_eq!(article.language.as_deref(), Some("ar"));
//! ```

mod chrome;
mod date;
mod decode;
mod draft;
mod entities;
mod error;
mod feed;
mod html;
mod json;
mod lang;
mod sniff;
mod text;
mod trec;
mod walk;

pub use error::{ErrorKind, IngestError};
pub use marsad_doc::{Article, Comment, Format, Origin};

use draft::{Ctx, Draft};
use rayon::prelude::*;
use sniff::Document;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::{Condvar, Mutex, PoisonError, mpsc};
use walk::{Walker, Work};

/// What to read and how far to trust it.
#[derive(Debug, Clone)]
pub struct IngestConfig {
    /// Largest document (file or archive member, after decompression) that is read.
    /// Archives themselves may be larger: they are streamed member by member.
    pub max_file_bytes: u64,
    /// Largest article body accepted; a bigger "article" (a 50 MB single-line file, a
    /// database dump saved as .txt) is an error rather than a burden on every later stage.
    pub max_article_bytes: usize,
    /// Identify each article's language (whatlang on its first 2 KB).
    pub detect_language: bool,
}

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig {
            max_file_bytes: 256 * 1024 * 1024,
            max_article_bytes: 4 * 1024 * 1024,
            detect_language: true,
        }
    }
}

/// Bytes of documents read but not yet parsed. The walker waits above this, so memory stays
/// bounded whatever the size or number of documents (one document larger than this is
/// still read, alone).
const IN_FLIGHT_BYTES: usize = 128 * 1024 * 1024;
/// A batch is parsed in parallel once it holds this many documents or bytes, or when no
/// document is waiting.
const BATCH_DOCUMENTS: usize = 256;
const BATCH_BYTES: usize = 32 * 1024 * 1024;

/// Counts the bytes in flight between the walker and the parsers.
struct Budget {
    used: Mutex<usize>,
    freed: Condvar,
}

impl Budget {
    /// Waits until `n` more bytes fit, or nothing else is in flight.
    fn take(&self, n: usize) {
        let mut used = self.used.lock().unwrap_or_else(PoisonError::into_inner);
        while *used > 0 && *used + n > IN_FLIGHT_BYTES {
            used = self
                .freed
                .wait(used)
                .unwrap_or_else(PoisonError::into_inner);
        }
        *used += n;
    }

    fn give_back(&self, n: usize) {
        let mut used = self.used.lock().unwrap_or_else(PoisonError::into_inner);
        *used = used.saturating_sub(n);
        self.freed.notify_all();
    }
}

/// Reads every path (files, directories recursively, archives, `-` for stdin) and passes
/// each article or error to `sink`, in input order.
pub fn read_paths(
    paths: &[PathBuf],
    cfg: &IngestConfig,
    sink: &mut dyn FnMut(Result<Article, IngestError>),
) {
    let _ = try_read_paths(paths, cfg, &mut |item| {
        sink(item);
        ControlFlow::Continue(())
    });
}

/// Like [`read_paths`], but stops as soon as `sink` returns `Break` (for `--strict`).
pub fn try_read_paths(
    paths: &[PathBuf],
    cfg: &IngestConfig,
    sink: &mut dyn FnMut(Result<Article, IngestError>) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let budget = Budget {
        used: Mutex::new(0),
        freed: Condvar::new(),
    };
    std::thread::scope(|scope| {
        // Unbounded by count: the byte budget is what limits the walker.
        let (tx, rx) = mpsc::channel::<Work>();
        let budget = &budget;
        let producer = scope.spawn(move || {
            let mut emit = |work: Work| {
                budget.take(work.len());
                match tx.send(work) {
                    Ok(()) => ControlFlow::Continue(()),
                    // The consumer stopped: stop walking.
                    Err(_) => ControlFlow::Break(()),
                }
            };
            let mut walker = Walker::new(cfg, &mut emit);
            for path in paths {
                if walker.path(path).is_break() {
                    break;
                }
            }
        });
        let mut flow = ControlFlow::Continue(());
        let mut batch = Vec::new();
        let mut batch_bytes = 0;
        loop {
            let (work, idle) = match rx.try_recv() {
                Ok(work) => (Some(work), false),
                // Nothing waiting: parse what we have rather than idle (the walker may be
                // waiting for this batch's budget), then block for more.
                Err(mpsc::TryRecvError::Empty) if !batch.is_empty() => (None, true),
                Err(mpsc::TryRecvError::Empty) => match rx.recv() {
                    Ok(work) => (Some(work), false),
                    Err(_) => break,
                },
                Err(mpsc::TryRecvError::Disconnected) => break,
            };
            if let Some(work) = work {
                batch_bytes += work.len();
                batch.push(work);
            }
            if idle || batch.len() >= BATCH_DOCUMENTS || batch_bytes >= BATCH_BYTES {
                flow = flush(&mut batch, cfg, sink);
                budget.give_back(batch_bytes);
                batch_bytes = 0;
                if flow.is_break() {
                    break;
                }
            }
        }
        if flow.is_continue() {
            flow = flush(&mut batch, cfg, sink);
        }
        drop(rx);
        // A walker waiting for budget must wake to see that the consumer is gone.
        budget.give_back(usize::MAX);
        if let Err(panic) = producer.join() {
            std::panic::resume_unwind(panic);
        }
        flow
    })
}

/// Reads one in-memory input named `name` (a document or an archive); the format is
/// detected from the content.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    cfg: &IngestConfig,
) -> Vec<Result<Article, IngestError>> {
    let mut works = Vec::new();
    let mut emit = |work: Work| {
        works.push(work);
        ControlFlow::Continue(())
    };
    let _ = Walker::new(cfg, &mut emit).bytes(name.to_owned(), bytes.to_vec(), 0);
    let mut out = Vec::new();
    let _ = flush(&mut works, cfg, &mut |item| {
        out.push(item);
        ControlFlow::Continue(())
    });
    out
}

/// Parses a batch in parallel and hands the results to `sink` in order.
fn flush(
    batch: &mut Vec<Work>,
    cfg: &IngestConfig,
    sink: &mut dyn FnMut(Result<Article, IngestError>) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let parsed: Vec<Vec<Result<Article, IngestError>>> = std::mem::take(batch)
        .into_par_iter()
        .map(|work| match work {
            Work::Parse { path, bytes } => parse_guarded(&path, &bytes, cfg),
            Work::Fail(e) => vec![Err(e)],
        })
        .collect();
    for item in parsed.into_iter().flatten() {
        sink(item)?;
    }
    ControlFlow::Continue(())
}

/// Parses one document; a panic in a parser (a bug, or a dependency choking on hostile
/// input) becomes an error for that document instead of ending the run.
fn parse_guarded(
    path: &str,
    bytes: &[u8],
    cfg: &IngestConfig,
) -> Vec<Result<Article, IngestError>> {
    let run = std::panic::AssertUnwindSafe(|| parse_document(path, bytes, cfg));
    std::panic::catch_unwind(run).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        vec![Err(IngestError::new(path, ErrorKind::Internal(message)))]
    })
}

/// The id of a single-article document: its file name without directories, archive
/// prefix or extension.
fn stem(path: &str) -> &str {
    if path == walk::STDIN_NAME {
        return "stdin";
    }
    let name = path.rsplit(['/', '\\', '!']).next().unwrap_or(path);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    }
}

fn parse_document(
    path: &str,
    bytes: &[u8],
    cfg: &IngestConfig,
) -> Vec<Result<Article, IngestError>> {
    let fail = |kind| vec![Err(IngestError::new(path, kind))];
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return fail(ErrorKind::Empty);
    }
    if let Err(kind) = decode::check_not_binary(bytes) {
        return fail(kind);
    }
    // UTF-16 is transcoded first so that format detection sees ASCII-compatible bytes.
    let transcoded;
    let (bytes, bom_encoding) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
            transcoded = text.into_owned().into_bytes();
            (transcoded.as_slice(), Some(enc.name()))
        }
        _ => (bytes, None),
    };
    let mut ctx = Ctx {
        path,
        stem: stem(path),
        encoding: bom_encoding.unwrap_or("UTF-8"),
        cfg,
    };
    let doc = sniff::document(bytes);
    let declared = match doc {
        Document::Html => decode::html_declared_encoding(bytes),
        Document::Trec | Document::Feed => decode::xml_declared_encoding(bytes),
        _ => None,
    };
    if doc == Document::Feed {
        ctx.encoding = declared
            .as_deref()
            .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
            .map_or(ctx.encoding, |e| e.name());
        return feed::parse(bytes, &ctx);
    }
    let decoded = match doc {
        // JSON is UTF-8 by definition (RFC 8259).
        Document::Json => decode::decode_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)),
        _ => decode::decode(bytes, declared.as_deref()),
    };
    let decoded = match decoded {
        Ok(d) => d,
        Err(kind) => return fail(kind),
    };
    if bom_encoding.is_none() {
        ctx.encoding = decoded.encoding;
    }
    let text = decoded.text.as_ref();
    match doc {
        Document::Json => json::parse(text, &ctx),
        Document::Trec => trec::parse(text, &ctx),
        Document::Html => vec![html::parse(text, &ctx).map_err(|k| ctx.error(k))],
        Document::OtherXml(root) => fail(ErrorKind::Unsupported(format!(
            "XML with root element <{root}> is not a known article format"
        ))),
        Document::Text | Document::Feed => vec![read_text(text, &ctx).map_err(|k| ctx.error(k))],
    }
}

fn read_text(text: &str, ctx: &Ctx<'_>) -> Result<Article, ErrorKind> {
    // Checked before any line work so an oversized file costs one pass, not several.
    if text.len() > ctx.cfg.max_article_bytes {
        return Err(ErrorKind::ArticleTooLarge {
            size: text.len(),
            limit: ctx.cfg.max_article_bytes,
        });
    }
    let doc = text::extract(text);
    let draft = Draft {
        id: ctx.stem.to_owned(),
        title: doc.title,
        author: doc.author,
        published: doc.published,
        paragraphs: doc.paragraphs,
        comments: doc.comments,
        ..Draft::default()
    };
    ctx.finish(draft, Format::Text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert_eq!(stem("a/b/001_x.txt"), "001_x");
        assert_eq!(stem("c.zip!d/e.json"), "e");
        assert_eq!(stem("noext"), "noext");
        assert_eq!(stem(".hidden"), ".hidden");
        assert_eq!(stem(walk::STDIN_NAME), "stdin");
    }
}

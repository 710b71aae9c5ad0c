//! What every format reader produces before it becomes an [`Article`], and the one place
//! that turns it into one (size limit, empty bodies, language, origin).

use crate::error::{ErrorKind, IngestError};
use crate::{IngestConfig, lang};
use chrono::{DateTime, Utc};
use marsad_doc::{Article, Comment, Format, Origin};

/// Article fields as a reader found them; empty strings count as absent.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub author: Option<String>,
    pub category: Option<String>,
    pub paragraphs: Vec<String>,
    pub comments: Vec<Comment>,
}

/// The input a reader is working on: where it came from and how it was decoded.
pub(crate) struct Ctx<'a> {
    /// Path with `!member` suffixes.
    pub path: &'a str,
    /// File name without directories and extension: the id of single-article files.
    pub stem: &'a str,
    pub encoding: &'static str,
    pub cfg: &'a IngestConfig,
}

impl Ctx<'_> {
    pub fn error(&self, kind: ErrorKind) -> IngestError {
        IngestError::new(self.path, kind)
    }

    /// Builds the article of a document (a text file, an HTML page), which must have text.
    pub fn finish(&self, draft: Draft, format: Format) -> Result<Article, ErrorKind> {
        self.build(draft, format, false)
    }

    /// Builds the article of a record in a structured collection (a JSON record, a TREC
    /// DOC, a feed item). A record with a title or URL but an empty body is kept, with empty
    /// text ([`Article::is_empty`]), so that article counts match the source (SaudiNewsNet
    /// has 354 records with blank `content`, mostly photo stories; ANT two DOCs with empty
    /// `TEXT`) and `--strict` runs do not stop on them; text stages skip such articles.
    /// Without a title or URL either, there is nothing and it is an error.
    pub fn finish_record(&self, draft: Draft, format: Format) -> Result<Article, ErrorKind> {
        self.build(draft, format, true)
    }

    fn build(
        &self,
        draft: Draft,
        format: Format,
        metadata_suffices: bool,
    ) -> Result<Article, ErrorKind> {
        let size: usize = draft.paragraphs.iter().map(String::len).sum();
        if size > self.cfg.max_article_bytes {
            return Err(ErrorKind::ArticleTooLarge {
                size,
                limit: self.cfg.max_article_bytes,
            });
        }
        let mut article = Article::from_paragraphs(draft.id, draft.paragraphs);
        article.title = clean(draft.title);
        article.url = clean(draft.url);
        let identified = article.title.is_some() || article.url.is_some();
        if article.is_empty() && !(metadata_suffices && identified) {
            return Err(ErrorKind::NoText);
        }
        article.outlet = clean(draft.outlet);
        article.published = draft.published;
        article.author = clean(draft.author);
        article.category = clean(draft.category);
        article.comments = draft.comments;
        if self.cfg.detect_language {
            article.language = lang::detect(&article.text)
                .or_else(|| article.title.as_deref().and_then(lang::detect))
                .map(str::to_owned);
        }
        article.origin = Some(Origin {
            path: self.path.to_owned(),
            format,
            encoding: self.encoding.to_owned(),
        });
        Ok(article)
    }
}

/// Trims and collapses whitespace; `None` for nothing left.
pub(crate) fn clean(value: Option<String>) -> Option<String> {
    let value = value?;
    let collapsed = collapse_ws(&value);
    (!collapsed.is_empty()).then_some(collapsed)
}

pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

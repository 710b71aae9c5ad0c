//! The embedded store: one SQLite file holding articles and what marsad extracts from them.
//!
//! Owns the schema and its versioned migrations (`src/migrations/NNNN_*.sql`, applied in order
//! and recorded in `PRAGMA user_version`), and the only SQL in marsad. Knows nothing about
//! formats or Arabic.
//!
//! Invariants:
//! - Writes happen in transactions of one batch each: a process killed mid-run leaves every
//!   batch either fully stored or absent, so a rerun completes the rest.
//! - An article is stored once: a second article with the same id, or with the same
//!   [content hash](marsad_doc::Article::content_hash) of a body of at least
//!   [`MIN_DEDUP_CHARS`] characters, is reported as a duplicate and skipped. Existing rows are
//!   never overwritten by ingest.

mod analysis;
mod queries;
mod schema;

use chrono::{DateTime, Utc};
use marsad_doc::{Article, Comment, Format, Origin, Span};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::{Path, PathBuf};

pub use analysis::{NewActor, NewAnalysis, NewEvent, NewMention, NewQuote};
pub use queries::*;
pub use schema::SCHEMA_VERSION;

/// Bodies shorter than this are never merged by content: a byline, a caption or an empty
/// record says too little to prove two articles are one (SaudiNewsNet has dozens of records
/// whose whole content is a single name or `Array`).
pub const MIN_DEDUP_CHARS: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot open the database: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path}: database schema version {found} is newer than this marsad ({supported})")]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("stored article {id} is corrupt: {problem}")]
    Corrupt { id: String, problem: String },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What happened to one article handed to [`Store::add_articles`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddOutcome {
    Stored,
    /// An article with this id is already stored.
    DuplicateId,
    /// The same body text is already stored under another id.
    DuplicateContent {
        of: String,
    },
}

/// Counts over the whole store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub articles: i64,
    pub comments: i64,
    pub text_bytes: i64,
    /// Articles per outlet, most first (`None` for articles without an outlet).
    pub outlets: Vec<(Option<String>, i64)>,
    /// Articles per detected language, most first.
    pub languages: Vec<(Option<String>, i64)>,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
}

/// A handle on one marsad database file.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let open_error = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(path).map_err(open_error)?;
        // WAL lets readers (the server) work while an ingest writes; NORMAL sync is durable at
        // each commit boundary in WAL mode, which is the unit of consistency here.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_error)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_error)?;
        Store::prepare(conn, path)
    }

    /// A private database in memory, for tests and `extract`.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Store::prepare(conn, Path::new(":memory:"))
    }

    fn prepare(conn: Connection, path: &Path) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut store = Store { conn };
        schema::migrate(&mut store.conn, path)?;
        Ok(store)
    }

    /// Stores `articles` in one transaction, skipping duplicates (also duplicates within the
    /// batch). Returns one outcome per article, in order.
    pub fn add_articles(&mut self, articles: &[Article]) -> Result<Vec<AddOutcome>> {
        let now = Utc::now().to_rfc3339();
        let tx = self.conn.transaction()?;
        let mut outcomes = Vec::with_capacity(articles.len());
        {
            let mut id_exists = tx.prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?;
            let mut hash_owner =
                tx.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1 LIMIT 1")?;
            let mut insert_article = tx.prepare_cached(
                "INSERT INTO articles (id, content_hash, outlet, url, title, published, author,
                     language, category, text, source_path, format, encoding, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?;
            let mut insert_paragraph = tx.prepare_cached(
                "INSERT INTO paragraphs (article_id, ordinal, start, end) VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut insert_comment = tx.prepare_cached(
                "INSERT INTO comments (article_id, ordinal, author, text) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for article in articles {
                if id_exists.exists([&article.id])? {
                    outcomes.push(AddOutcome::DuplicateId);
                    continue;
                }
                let hash = article.content_hash();
                let long_enough = article.text.chars().nth(MIN_DEDUP_CHARS - 1).is_some();
                let owner: Option<String> = if long_enough {
                    hash_owner.query_row([&hash], |row| row.get(0)).optional()?
                } else {
                    None
                };
                if let Some(of) = owner {
                    outcomes.push(AddOutcome::DuplicateContent { of });
                    continue;
                }
                let origin = article.origin.as_ref();
                insert_article.execute(params![
                    article.id,
                    hash,
                    article.outlet,
                    article.url,
                    article.title,
                    article.published.map(|d| d.to_rfc3339()),
                    article.author,
                    article.language,
                    article.category,
                    article.text,
                    origin.map(|o| &o.path),
                    origin.map(|o| o.format.as_str()),
                    origin.map(|o| &o.encoding),
                    now,
                ])?;
                for (ordinal, span) in (0_i64..).zip(&article.paragraphs) {
                    insert_paragraph.execute(params![article.id, ordinal, span.start, span.end])?;
                }
                for (ordinal, comment) in (0_i64..).zip(&article.comments) {
                    insert_comment.execute(params![
                        article.id,
                        ordinal,
                        comment.author,
                        comment.text
                    ])?;
                }
                outcomes.push(AddOutcome::Stored);
            }
        }
        tx.commit()?;
        Ok(outcomes)
    }

    /// The stored article `id`, with paragraphs and comments.
    pub fn article(&self, id: &str) -> Result<Option<Article>> {
        let mut query = self.conn.prepare_cached(
            "SELECT id, outlet, url, title, published, author, language, category, text,
                    source_path, format, encoding
             FROM articles WHERE id = ?1",
        )?;
        let Some(mut article) = query.query_row([id], row_to_article).optional()? else {
            return Ok(None);
        };
        self.load_parts(&mut article)?;
        Ok(Some(article))
    }

    /// Calls `visit` with every stored article in id order; stops at the first error `visit`
    /// returns.
    pub fn for_each_article<E: From<StoreError>>(
        &self,
        mut visit: impl FnMut(Article) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let mut query = self
            .conn
            .prepare(
                "SELECT id, outlet, url, title, published, author, language, category, text,
                    source_path, format, encoding
             FROM articles ORDER BY id",
            )
            .map_err(StoreError::from)?;
        let rows = query
            .query_map([], row_to_article)
            .map_err(StoreError::from)?;
        for row in rows {
            let mut article = row.map_err(StoreError::from)?;
            self.load_parts(&mut article)?;
            visit(article)?;
        }
        Ok(())
    }

    fn load_parts(&self, article: &mut Article) -> Result<()> {
        let mut paragraphs = self.conn.prepare_cached(
            "SELECT start, end FROM paragraphs WHERE article_id = ?1 ORDER BY ordinal",
        )?;
        let spans = paragraphs
            .query_map([&article.id], |row| {
                Ok((row.get::<_, u32>(0)?, row.get::<_, u32>(1)?))
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        article.paragraphs = spans
            .into_iter()
            .map(|(start, end)| {
                Span::checked(&article.text, start as usize, end as usize).map_err(|e| {
                    StoreError::Corrupt {
                        id: article.id.clone(),
                        problem: format!("paragraph {e}"),
                    }
                })
            })
            .collect::<Result<_>>()?;
        let mut comments = self.conn.prepare_cached(
            "SELECT author, text FROM comments WHERE article_id = ?1 ORDER BY ordinal",
        )?;
        article.comments = comments
            .query_map([&article.id], |row| {
                Ok(Comment {
                    author: row.get(0)?,
                    text: row.get(1)?,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        Ok(())
    }

    pub fn stats(&self) -> Result<Stats> {
        let (articles, text_bytes, first_published, last_published) = self.conn.query_row(
            "SELECT count(*), coalesce(sum(length(CAST(text AS BLOB))), 0), min(published),
                    max(published)
             FROM articles",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )?;
        let comments = self
            .conn
            .query_row("SELECT count(*) FROM comments", [], |row| row.get(0))?;
        Ok(Stats {
            articles,
            comments,
            text_bytes,
            outlets: self.counts_by("outlet")?,
            languages: self.counts_by("language")?,
            first_published,
            last_published,
        })
    }

    fn counts_by(&self, column: &'static str) -> Result<Vec<(Option<String>, i64)>> {
        let mut query = self.conn.prepare(&format!(
            "SELECT {column}, count(*) AS n FROM articles GROUP BY {column} ORDER BY n DESC, {column}"
        ))?;
        let rows = query.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }
}

fn row_to_article(row: &rusqlite::Row<'_>) -> rusqlite::Result<Article> {
    let published: Option<String> = row.get(4)?;
    let format: Option<String> = row.get(10)?;
    let origin = match (row.get::<_, Option<String>>(9)?, format) {
        (Some(path), Some(format)) => Some(Origin {
            path,
            format: parse_format(&format),
            encoding: row.get::<_, Option<String>>(11)?.unwrap_or_default(),
        }),
        _ => None,
    };
    Ok(Article {
        id: row.get(0)?,
        outlet: row.get(1)?,
        url: row.get(2)?,
        title: row.get(3)?,
        published: published
            .and_then(|p| DateTime::parse_from_rfc3339(&p).ok())
            .map(|d| d.with_timezone(&Utc)),
        author: row.get(5)?,
        language: row.get(6)?,
        category: row.get(7)?,
        text: row.get(8)?,
        paragraphs: Vec::new(),
        comments: Vec::new(),
        origin,
    })
}

fn parse_format(name: &str) -> Format {
    [
        Format::Text,
        Format::Trec,
        Format::Json,
        Format::Jsonl,
        Format::Html,
        Format::Rss,
        Format::Atom,
    ]
    .into_iter()
    .find(|f| f.as_str() == name)
    .unwrap_or(Format::Text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, paragraphs: &[&str]) -> Article {
        let mut article = Article::from_paragraphs(id, paragraphs);
        article.outlet = Some("test".into());
        article.comments.push(Comment {
            author: Some("قارئ".into()),
            text: "تعليق".into(),
        });
        article
    }

    #[test]
    fn stores_once_and_reports_duplicates() {
        let mut store = Store::open_in_memory().expect("open");
        let body = "قال حفتر إنه لن يوقع على الاتفاق الذي أعدته روسيا وتركيا، ثم غادر موسكو صباح اليوم التالي دون أن يلتقي أحدا.";
        let first = article("a", &[body, "ثم غادر"]);
        let same_id = article("a", &["نص آخر"]);
        let same_text = article("b", &[&body.replace(' ', "  "), "ثم غادر"]);
        let outcomes = store
            .add_articles(&[first.clone(), same_id, same_text])
            .expect("add");
        assert_eq!(
            outcomes,
            [
                AddOutcome::Stored,
                AddOutcome::DuplicateId,
                AddOutcome::DuplicateContent { of: "a".into() }
            ]
        );
        assert_eq!(store.article("a").expect("read"), Some(first));
        assert_eq!(store.stats().expect("stats").articles, 1);
    }

    #[test]
    fn short_bodies_are_not_merged_by_content() {
        let mut store = Store::open_in_memory().expect("open");
        let outcomes = store
            .add_articles(&[
                article("a", &["أيمن"]),
                article("b", &["أيمن"]),
                article("c", &[]),
            ])
            .expect("add");
        assert_eq!(
            outcomes,
            [AddOutcome::Stored, AddOutcome::Stored, AddOutcome::Stored]
        );
    }

    #[test]
    fn reopening_keeps_data_and_schema() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("m.db");
        {
            let mut store = Store::open(&path).expect("open");
            store.add_articles(&[article("x", &["نص"])]).expect("add");
        }
        let store = Store::open(&path).expect("reopen");
        let stats = store.stats().expect("stats");
        assert_eq!((stats.articles, stats.comments), (1, 1));
    }
}

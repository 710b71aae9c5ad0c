//! Read-side queries: what the HTTP API, the exports and the search indexer ask of the store.
//!
//! Owns every `SELECT` over the analysis tables (`actors`, `mentions`, `events`,
//! `event_mentions`, `quotes`). Returns plain rows with **byte** [`Span`]s into `articles.text`;
//! converting them to character offsets is the caller's job (the server does it once, at the
//! JSON boundary). Never writes, except through the `#[doc(hidden)]` test hook.
//!
//! Filters are typed structs whose fields are all optional (`None` = no constraint); dates are
//! [`NaiveDate`]s compared with the stored ISO strings (`articles.published` is RFC 3339 UTC,
//! `events.date` is `YYYY-MM-DD`), and both ends of a date range are inclusive.
//!
//! Invariant: every value that comes from a caller reaches SQL as a bound parameter; the only
//! text spliced into SQL comes from closed enums in this file.

use crate::{Result, SCHEMA_VERSION, Store, StoreError};
use chrono::NaiveDate;
use marsad_doc::{Article, Span};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, params, params_from_iter};
use std::collections::HashMap;
use std::path::Path;

/// One page of a longer result: the rows asked for and how many match in all.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub total: i64,
    pub items: Vec<T>,
}

/// An actor as other rows refer to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorRef {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    /// `state`, `person`, `organisation`, `armed_group`, `movement`, `place`.
    pub kind: String,
    /// CAMEO actor code, e.g. `LBYMIL`.
    pub code: Option<String>,
}

/// Constraints on [`Store::list_articles`].
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    pub outlet: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Articles that mention this actor id.
    pub actor: Option<String>,
    /// Articles reporting an event whose CAMEO code starts with these digits (`"19"`, `"042"`).
    pub cameo: Option<String>,
    /// Articles reporting an event of this quad class (1–4).
    pub quad_class: Option<u8>,
    pub limit: u32,
    pub offset: u32,
}

/// An article without its body, for lists.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleSummary {
    pub id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// RFC 3339, UTC.
    pub published: Option<String>,
    /// Length of the body in characters.
    pub chars: i64,
    pub mentions: i64,
    pub events: i64,
    pub quotes: i64,
}

/// An actor mention in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionRow {
    pub span: Span,
    pub actor: ActorRef,
    /// The actor's code at this mention (dated roles refine the actor's own code).
    pub code: Option<String>,
    /// `alias`, `fuzzy`, `title`, `coref`, `ner`.
    pub how: String,
    pub confidence: f64,
}

/// One distinct event (possibly reported by many articles).
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub id: i64,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    pub source_code: Option<String>,
    pub target_code: Option<String>,
    pub cameo: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover_type: Option<String>,
    pub plover_mode: Option<String>,
    pub negated: bool,
    pub modality: String,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub location: Option<String>,
    /// Number of article passages reporting it.
    pub reports: i64,
}

/// An event as reported in one article passage.
#[derive(Debug, Clone, PartialEq)]
pub struct EventReport {
    pub event: EventRow,
    pub sentence: Span,
    pub trigger: Span,
    /// Actor id of an attributing source ("the paper said").
    pub reported_by: Option<String>,
    pub confidence: f64,
}

/// A quote in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRow {
    pub ordinal: i64,
    pub span: Span,
    pub speaker: Option<ActorRef>,
    pub direct: bool,
}

/// Everything stored about one article's content, spans checked against its text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Annotations {
    /// Ordered by start.
    pub mentions: Vec<MentionRow>,
    /// Ordered by trigger start.
    pub events: Vec<EventReport>,
    pub quotes: Vec<QuoteRow>,
    /// Spans that did not fit the text (dropped from the lists above), for diagnostics.
    pub dropped: usize,
    /// `pipeline` and `analyzed_at` of the `analyses` row, when the article was analysed.
    pub analysis: Option<(String, String)>,
}

/// How to sort [`Store::list_actors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActorSort {
    #[default]
    Mentions,
    Articles,
    Events,
    Name,
}

/// Constraints on [`Store::list_actors`].
#[derive(Debug, Clone, Default)]
pub struct ActorFilter {
    /// Substring of the id, the Arabic or the English name.
    pub q: Option<String>,
    pub kind: Option<String>,
    pub country: Option<String>,
    pub resolved: Option<bool>,
    pub sort: ActorSort,
    pub limit: u32,
    pub offset: u32,
}

/// An actor with how often it appears.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorSummary {
    pub actor: ActorRef,
    pub country: Option<String>,
    pub resolved: bool,
    pub mentions: i64,
    pub articles: i64,
    pub events: i64,
}

/// Another actor that `actor` has events with, in either direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Counterpart {
    pub actor: ActorRef,
    pub events: i64,
    /// Events of quad class 1–2.
    pub cooperation: i64,
    /// Events of quad class 3–4.
    pub conflict: i64,
    pub mean_goldstein: f64,
}

/// A quote attributed to an actor, with its text.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteText {
    pub article_id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub text: String,
    pub direct: bool,
}

/// The profile of one actor.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorProfile {
    pub summary: ActorSummary,
    /// Surface forms of its mentions with their counts, most frequent first.
    pub aliases: Vec<(String, i64)>,
    pub events_as_source: i64,
    pub events_as_target: i64,
    /// First and last `published` day of an article mentioning it.
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub counterparts: Vec<Counterpart>,
    pub quotes: Vec<QuoteText>,
}

/// How to sort [`Store::list_events`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EventSort {
    #[default]
    Date,
    Goldstein,
    Reports,
    Cameo,
}

/// Constraints on events ([`Store::list_events`], [`Store::network`], [`Store::timeline`],
/// [`Store::evidence`]).
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// This one event.
    pub id: Option<i64>,
    /// Either source or target.
    pub actor: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    /// Between these two actors, in either direction.
    pub pair: Option<(String, String)>,
    /// CAMEO code prefix: a root (`"19"`) or a longer code (`"190"`, `"0411"`).
    pub cameo: Option<String>,
    pub plover_type: Option<String>,
    /// Any of these quad classes; empty means all.
    pub quad_classes: Vec<u8>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Reported by at least one article of this outlet.
    pub outlet: Option<String>,
    /// Reported in this article.
    pub article: Option<String>,
    /// `Some(false)` drops negated events.
    pub negated: Option<bool>,
    pub modality: Option<String>,
    pub sort: EventSort,
    pub descending: bool,
    pub limit: u32,
    pub offset: u32,
}

/// Directed edge of the event network: events from `source` to `target`.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeRow {
    pub source: String,
    pub target: String,
    pub events: i64,
    pub cooperation: i64,
    pub conflict: i64,
    pub goldstein_sum: f64,
    pub reports: i64,
}

/// A sentence that reports an event, for showing the evidence behind an edge or a count.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub event_id: i64,
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub quad_class: u8,
    pub date: Option<String>,
    pub article_id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub sentence: String,
    /// Byte span of the trigger inside `sentence`, when it lies inside it.
    pub trigger: Option<Span>,
}

/// Bucket width of [`Store::timeline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bucket {
    #[default]
    Day,
    /// Weeks starting on Monday, labelled by that Monday.
    Week,
    /// Labelled `YYYY-MM`.
    Month,
}

/// Events per bucket and quad class, and articles per bucket.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// `(bucket, quad class, events, reports)`, ordered by bucket then class.
    pub events: Vec<(String, u8, i64, i64)>,
    /// `(bucket, articles)` for articles matching the filter's outlet and actor.
    pub articles: Vec<(String, i64)>,
}

/// Totals over the whole store, for a landing page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Overview {
    pub articles: i64,
    pub analysed: i64,
    pub actors: i64,
    pub mentions: i64,
    pub events: i64,
    pub event_reports: i64,
    pub quotes: i64,
    pub outlets: Vec<(String, i64)>,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub first_event: Option<String>,
    pub last_event: Option<String>,
}

/// What the search index stores of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexDoc {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    pub outlet: Option<String>,
    /// RFC 3339, UTC.
    pub published: Option<String>,
    /// Distinct actor ids mentioned.
    pub actors: Vec<String>,
    /// Distinct CAMEO roots (two digits) of the events it reports.
    pub cameo_roots: Vec<String>,
    /// Changes whenever what is indexed about the article changes (its analysis time), so an
    /// incremental index update knows what to redo.
    pub stamp: String,
}

/// Accumulates `AND`ed SQL conditions with positional (`?`) parameters in order.
#[derive(Default)]
struct Where {
    clauses: Vec<&'static str>,
    params: Vec<Value>,
}

impl Where {
    fn add(&mut self, clause: &'static str, values: impl IntoIterator<Item = Value>) {
        self.clauses.push(clause);
        self.params.extend(values);
    }

    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

/// A `LIKE` pattern matching strings that start with `prefix`, taken literally.
fn like_prefix(prefix: &str) -> Value {
    Value::Text(format!("{}%", escape_like(prefix)))
}

fn like_infix(infix: &str) -> Value {
    Value::Text(format!("%{}%", escape_like(infix)))
}

fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn day(date: NaiveDate) -> Value {
    Value::Text(date.format("%Y-%m-%d").to_string())
}

/// The exclusive upper bound for RFC 3339 timestamps on or before `date`.
fn day_after(date: NaiveDate) -> Value {
    match date.succ_opt() {
        Some(next) => day(next),
        // The last representable date: every timestamp sorts before this.
        None => Value::Text("9999-99-99".into()),
    }
}

/// Reads a span stored as two integers, `None` when negative or reversed.
fn span_at(row: &Row<'_>, start: usize, end: usize) -> rusqlite::Result<Option<(usize, usize)>> {
    let start: i64 = row.get(start)?;
    let end: i64 = row.get(end)?;
    Ok(match (usize::try_from(start), usize::try_from(end)) {
        (Ok(s), Ok(e)) if s <= e => Some((s, e)),
        _ => None,
    })
}

fn quad(value: i64) -> u8 {
    u8::try_from(value).unwrap_or(0)
}

/// Builds an [`ActorRef`] from five consecutive columns `id, name, name_en, type, code`, `None`
/// when the id is NULL.
fn actor_at(row: &Row<'_>, first: usize) -> rusqlite::Result<Option<ActorRef>> {
    let Some(id) = row.get::<_, Option<String>>(first)? else {
        return Ok(None);
    };
    Ok(Some(ActorRef {
        // An event may name an actor id missing from `actors` (no foreign key enforcement on
        // an older database); fall back to the id as its name.
        name: row
            .get::<_, Option<String>>(first + 1)?
            .unwrap_or_else(|| id.clone()),
        name_en: row.get(first + 2)?,
        kind: row.get::<_, Option<String>>(first + 3)?.unwrap_or_default(),
        code: row.get(first + 4)?,
        id,
    }))
}

/// The columns read by [`event_at`], with `e` = events, `sa`/`ta` = actors.
const EVENT_COLUMNS: &str = "e.id, e.source_actor, sa.name, sa.name_en, sa.type, sa.code,
    e.target_actor, ta.name, ta.name_en, ta.type, ta.code,
    e.source_code, e.target_code, e.cameo, e.quad_class, e.goldstein, e.plover_type,
    e.plover_mode, e.negated, e.modality, e.date, e.location,
    (SELECT count(*) FROM event_mentions r WHERE r.event_id = e.id)";
const EVENT_COLUMN_COUNT: usize = 23;
const EVENT_JOINS: &str = "LEFT JOIN actors sa ON sa.id = e.source_actor
    LEFT JOIN actors ta ON ta.id = e.target_actor";

fn event_at(row: &Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: row.get(0)?,
        source: actor_at(row, 1)?,
        target: actor_at(row, 6)?,
        source_code: row.get(11)?,
        target_code: row.get(12)?,
        cameo: row.get(13)?,
        quad_class: quad(row.get(14)?),
        goldstein: row.get(15)?,
        plover_type: row.get(16)?,
        plover_mode: row.get(17)?,
        negated: row.get::<_, i64>(18)? != 0,
        modality: row.get(19)?,
        date: row.get(20)?,
        location: row.get(21)?,
        reports: row.get(22)?,
    })
}

fn event_where(filter: &EventFilter) -> Where {
    let mut w = Where::default();
    if let Some(id) = filter.id {
        w.add("e.id = ?", [Value::Integer(id)]);
    }
    if let Some(actor) = &filter.actor {
        w.add(
            "(e.source_actor = ? OR e.target_actor = ?)",
            [text(actor), text(actor)],
        );
    }
    if let Some(source) = &filter.source {
        w.add("e.source_actor = ?", [text(source)]);
    }
    if let Some(target) = &filter.target {
        w.add("e.target_actor = ?", [text(target)]);
    }
    if let Some((a, b)) = &filter.pair {
        w.add(
            "((e.source_actor = ? AND e.target_actor = ?) OR (e.source_actor = ? AND e.target_actor = ?))",
            [text(a), text(b), text(b), text(a)],
        );
    }
    if let Some(cameo) = &filter.cameo {
        w.add("e.cameo LIKE ? ESCAPE '\\'", [like_prefix(cameo)]);
    }
    if let Some(plover) = &filter.plover_type {
        w.add("e.plover_type = ?", [text(plover)]);
    }
    if !filter.quad_classes.is_empty() {
        // Quad classes are 1..=4, so a bitmask keeps the SQL text fixed.
        let mask: i64 = filter
            .quad_classes
            .iter()
            .filter(|&&q| q < 16)
            .map(|&q| 1_i64 << q)
            .sum();
        w.add("((1 << e.quad_class) & ?) != 0", [Value::Integer(mask)]);
    }
    if let Some(from) = filter.from {
        w.add("e.date >= ?", [day(from)]);
    }
    if let Some(to) = filter.to {
        w.add("e.date <= ?", [day(to)]);
    }
    if let Some(outlet) = &filter.outlet {
        w.add(
            "EXISTS (SELECT 1 FROM event_mentions om JOIN articles oa ON oa.id = om.article_id
                     WHERE om.event_id = e.id AND oa.outlet = ?)",
            [text(outlet)],
        );
    }
    if let Some(article) = &filter.article {
        w.add(
            "EXISTS (SELECT 1 FROM event_mentions am WHERE am.event_id = e.id AND am.article_id = ?)",
            [text(article)],
        );
    }
    if let Some(negated) = filter.negated {
        w.add("e.negated = ?", [Value::Integer(i64::from(negated))]);
    }
    if let Some(modality) = &filter.modality {
        w.add("e.modality = ?", [text(modality)]);
    }
    w
}

fn limit_offset(w: &mut Where, limit: u32, offset: u32) -> &'static str {
    w.params.push(Value::Integer(i64::from(limit)));
    w.params.push(Value::Integer(i64::from(offset)));
    " LIMIT ? OFFSET ?"
}

impl Store {
    /// Opens an existing database for reading only (the server's connections). Fails when the
    /// file is missing or its schema is not exactly this marsad's: a read-only connection can
    /// not migrate, so open it once with [`Store::open`] first.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let open_error = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(open_error)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let found: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        if found < SCHEMA_VERSION {
            return Err(open_error(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some(format!(
                    "schema version {found} is older than {SCHEMA_VERSION}; open it once with a \
                     writing marsad command to migrate it"
                )),
            )));
        }
        Ok(Store { conn })
    }

    /// The raw connection, for tests and fixtures that insert analysis rows directly.
    #[doc(hidden)]
    pub fn connection_for_tests(&self) -> &Connection {
        &self.conn
    }

    /// A counter that changes whenever another connection commits to the database, for
    /// invalidating caches of query results.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |row| row.get(0))?)
    }

    /// Totals over the whole store.
    pub fn overview(&self) -> Result<Overview> {
        let count = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        let (first_published, last_published) = self.conn.query_row(
            "SELECT min(published), max(published) FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (first_event, last_event) =
            self.conn
                .query_row("SELECT min(date), max(date) FROM events", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        let mut outlets = self.conn.prepare_cached(
            "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL
             GROUP BY outlet ORDER BY n DESC, outlet",
        )?;
        let outlets = outlets
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Overview {
            articles: count("SELECT count(*) FROM articles")?,
            analysed: count("SELECT count(*) FROM analyses")?,
            actors: count("SELECT count(*) FROM actors")?,
            mentions: count("SELECT count(*) FROM mentions")?,
            events: count("SELECT count(*) FROM events")?,
            event_reports: count("SELECT count(*) FROM event_mentions")?,
            quotes: count("SELECT count(*) FROM quotes")?,
            outlets,
            first_published,
            last_published,
            first_event,
            last_event,
        })
    }

    /// Articles matching `filter`, newest first.
    pub fn list_articles(&self, filter: &ArticleFilter) -> Result<Page<ArticleSummary>> {
        let mut w = Where::default();
        if let Some(outlet) = &filter.outlet {
            w.add("a.outlet = ?", [text(outlet)]);
        }
        if let Some(from) = filter.from {
            w.add("a.published >= ?", [day(from)]);
        }
        if let Some(to) = filter.to {
            w.add("a.published < ?", [day_after(to)]);
        }
        if let Some(actor) = &filter.actor {
            w.add(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = ? AND m.article_id = a.id)",
                [text(actor)],
            );
        }
        if filter.cameo.is_some() || filter.quad_class.is_some() {
            let cameo = filter.cameo.as_deref().unwrap_or("");
            let quad = filter
                .quad_class
                .map_or(Value::Null, |q| Value::Integer(q.into()));
            w.add(
                "EXISTS (SELECT 1 FROM event_mentions em JOIN events e ON e.id = em.event_id
                         WHERE em.article_id = a.id AND e.cameo LIKE ? ESCAPE '\\'
                           AND (? IS NULL OR e.quad_class = ?))",
                [like_prefix(cameo), quad.clone(), quad],
            );
        }
        let where_sql = w.sql();
        let total = self.conn.query_row(
            &format!("SELECT count(*) FROM articles a{where_sql}"),
            params_from_iter(&w.params),
            |r| r.get(0),
        )?;
        let limit = limit_offset(&mut w, filter.limit, filter.offset);
        // The page's ids are chosen first, so text lengths and counts are computed for the
        // page only, not for every matching article. DESC puts NULL dates last.
        let sql = format!(
            "SELECT a.id, a.outlet, a.url, a.title, a.published, length(a.text),
                    (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),
                    (SELECT count(*) FROM event_mentions em WHERE em.article_id = a.id),
                    (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
             FROM (SELECT a.id FROM articles a{where_sql}
                   ORDER BY a.published DESC, a.id{limit}) page
             JOIN articles a ON a.id = page.id
             ORDER BY a.published DESC, a.id"
        );
        let mut query = self.conn.prepare_cached(&sql)?;
        let items = query
            .query_map(params_from_iter(&w.params), |r| {
                Ok(ArticleSummary {
                    id: r.get(0)?,
                    outlet: r.get(1)?,
                    url: r.get(2)?,
                    title: r.get(3)?,
                    published: r.get(4)?,
                    chars: r.get(5)?,
                    mentions: r.get(6)?,
                    events: r.get(7)?,
                    quotes: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Page { total, items })
    }

    /// Mentions, event reports and quotes of `article`, each span checked against its text.
    /// Rows whose spans do not fit are dropped and counted in [`Annotations::dropped`].
    pub fn annotations(&self, article: &Article) -> Result<Annotations> {
        let text = article.text.as_str();
        let mut dropped = 0;
        let mut check = |span: Option<(usize, usize)>| -> Option<Span> {
            let checked = span.and_then(|(s, e)| Span::checked(text, s, e).ok());
            if checked.is_none() {
                dropped += 1;
            }
            checked
        };

        let mut query = self.conn.prepare_cached(
            "SELECT m.start, m.end, m.actor_id, ac.name, ac.name_en, ac.type, ac.code,
                    m.code, m.how, m.confidence
             FROM mentions m LEFT JOIN actors ac ON ac.id = m.actor_id
             WHERE m.article_id = ?1 ORDER BY m.start, m.ordinal",
        )?;
        let rows = query
            .query_map([&article.id], |r| {
                Ok((
                    span_at(r, 0, 1)?,
                    actor_at(r, 2)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut mentions = Vec::with_capacity(rows.len());
        for (span, actor, code, how, confidence) in rows {
            if let (Some(span), Some(actor)) = (check(span), actor) {
                mentions.push(MentionRow {
                    span,
                    actor,
                    code,
                    how,
                    confidence,
                });
            }
        }

        let mut query = self.conn.prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS}, em.sentence_start, em.sentence_end, em.trigger_start,
                    em.trigger_end, em.reported_by, em.confidence
             FROM event_mentions em JOIN events e ON e.id = em.event_id {EVENT_JOINS}
             WHERE em.article_id = ?1 ORDER BY em.trigger_start, e.id"
        ))?;
        let n = EVENT_COLUMN_COUNT;
        let rows = query
            .query_map([&article.id], |r| {
                Ok((
                    event_at(r)?,
                    span_at(r, n, n + 1)?,
                    span_at(r, n + 2, n + 3)?,
                    r.get(n + 4)?,
                    r.get(n + 5)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut events = Vec::with_capacity(rows.len());
        for (event, sentence, trigger, reported_by, confidence) in rows {
            if let (Some(sentence), Some(trigger)) = (check(sentence), check(trigger)) {
                events.push(EventReport {
                    event,
                    sentence,
                    trigger,
                    reported_by,
                    confidence,
                });
            }
        }

        let mut query = self.conn.prepare_cached(
            "SELECT q.ordinal, q.start, q.end, q.speaker, ac.name, ac.name_en, ac.type, ac.code,
                    q.direct
             FROM quotes q LEFT JOIN actors ac ON ac.id = q.speaker
             WHERE q.article_id = ?1 ORDER BY q.start, q.ordinal",
        )?;
        let rows = query
            .query_map([&article.id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    span_at(r, 1, 2)?,
                    actor_at(r, 3)?,
                    r.get::<_, i64>(8)? != 0,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut quotes = Vec::with_capacity(rows.len());
        for (ordinal, span, speaker, direct) in rows {
            if let Some(span) = check(span) {
                quotes.push(QuoteRow {
                    ordinal,
                    span,
                    speaker,
                    direct,
                });
            }
        }

        let analysis = self
            .conn
            .prepare_cached("SELECT pipeline, analyzed_at FROM analyses WHERE article_id = ?1")?
            .query_row([&article.id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(Annotations {
            mentions,
            events,
            quotes,
            dropped,
            analysis,
        })
    }

    /// Actors matching `filter`, with counts.
    pub fn list_actors(&self, filter: &ActorFilter) -> Result<Page<ActorSummary>> {
        let mut w = Where::default();
        if let Some(q) = &filter.q {
            w.add(
                "(ac.id LIKE ? ESCAPE '\\' OR ac.name LIKE ? ESCAPE '\\'
                  OR ac.name_en LIKE ? ESCAPE '\\')",
                [like_infix(q), like_infix(q), like_infix(q)],
            );
        }
        if let Some(kind) = &filter.kind {
            w.add("ac.type = ?", [text(kind)]);
        }
        if let Some(country) = &filter.country {
            w.add("ac.country = ?", [text(country)]);
        }
        if let Some(resolved) = filter.resolved {
            w.add("ac.resolved = ?", [Value::Integer(i64::from(resolved))]);
        }
        let where_sql = w.sql();
        let total = self.conn.query_row(
            &format!("SELECT count(*) FROM actors ac{where_sql}"),
            params_from_iter(&w.params),
            |r| r.get(0),
        )?;
        // Only the sort key is computed for every matching actor; the other counts for the
        // page only.
        let (key, order) = match filter.sort {
            ActorSort::Mentions => (
                "(SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id)",
                "k DESC, id",
            ),
            ActorSort::Articles => (
                "(SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = ac.id)",
                "k DESC, id",
            ),
            ActorSort::Events => (
                "(SELECT count(*) FROM events e WHERE e.source_actor = ac.id)
                 + (SELECT count(*) FROM events e WHERE e.target_actor = ac.id
                      AND (e.source_actor IS NULL OR e.source_actor <> ac.id))",
                "k DESC, id",
            ),
            ActorSort::Name => ("ac.name", "k, id"),
        };
        let limit = limit_offset(&mut w, filter.limit, filter.offset);
        let sql = format!(
            "SELECT {ACTOR_SUMMARY_COLUMNS}
             FROM (SELECT ac.id AS id, {key} AS k FROM actors ac{where_sql}
                   ORDER BY {order}{limit}) page
             JOIN actors ac ON ac.id = page.id
             ORDER BY page.{}",
            order.replace(", id", ", page.id")
        );
        let mut query = self.conn.prepare_cached(&sql)?;
        let items = query
            .query_map(params_from_iter(&w.params), actor_summary_at)?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect();
        Ok(Page { total, items })
    }

    /// The actors with these ids that exist, in no particular order.
    pub fn actors_by_ids(&self, ids: &[String]) -> Result<Vec<ActorSummary>> {
        // One JSON array parameter instead of a variable-length `IN (?, ?, …)` list.
        let ids = serde_json::to_string(ids).map_err(|e| StoreError::Corrupt {
            id: String::new(),
            problem: e.to_string(),
        })?;
        let mut query = self.conn.prepare_cached(&format!(
            "SELECT {ACTOR_SUMMARY_COLUMNS} FROM actors ac
             WHERE ac.id IN (SELECT value FROM json_each(?1))"
        ))?;
        let rows = query
            .query_map([ids], actor_summary_at)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows.into_iter().flatten().collect())
    }

    /// Display names of the actors with these ids (unknown ids are left out): the cheap
    /// lookup for labelling facet counts, without the per-actor counts of [`Self::actors_by_ids`].
    pub fn actor_names(&self, ids: &[String]) -> Result<HashMap<String, String>> {
        let ids = serde_json::to_string(ids).map_err(|e| StoreError::Corrupt {
            id: String::new(),
            problem: e.to_string(),
        })?;
        let mut query = self.conn.prepare_cached(
            "SELECT id, name FROM actors WHERE id IN (SELECT value FROM json_each(?1))",
        )?;
        let names = query
            .query_map([ids], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }

    /// The profile of actor `id`, `None` when unknown. `limit` bounds the aliases, counterparts
    /// and quotes returned.
    pub fn actor_profile(&self, id: &str, limit: u32) -> Result<Option<ActorProfile>> {
        let Some(summary) = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ACTOR_SUMMARY_COLUMNS} FROM actors ac WHERE ac.id = ?1"
            ))?
            .query_row([id], actor_summary_at)
            .optional()?
            .flatten()
        else {
            return Ok(None);
        };
        // Surface forms come from the article text under each mention; SQLite's substr on a
        // BLOB counts bytes, which is what mention offsets are. The sample keeps this bounded
        // for actors with very many mentions.
        let mut query = self.conn.prepare_cached(
            "SELECT CAST(substr(CAST(a.text AS BLOB), m.start + 1, m.end - m.start) AS BLOB) AS s,
                    count(*) AS n
             FROM (SELECT article_id, start, end FROM mentions WHERE actor_id = ?1 LIMIT 20000) m
             JOIN articles a ON a.id = m.article_id
             GROUP BY s ORDER BY n DESC, s LIMIT ?2",
        )?;
        let aliases = query
            .query_map(params![id, limit], |r| {
                Ok((
                    String::from_utf8_lossy(&r.get::<_, Vec<u8>>(0)?).into_owned(),
                    r.get(1)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let (events_as_source, events_as_target) = self.conn.query_row(
            "SELECT (SELECT count(*) FROM events WHERE source_actor = ?1),
                    (SELECT count(*) FROM events WHERE target_actor = ?1)",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (first_seen, last_seen) = self.conn.query_row(
            "SELECT substr(min(a.published), 1, 10), substr(max(a.published), 1, 10)
             FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE actor_id = ?1)",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut query = self.conn.prepare_cached(
            "SELECT o.other, ac.name, ac.name_en, ac.type, ac.code, count(*) AS n,
                    sum(o.quad_class IN (1, 2)), sum(o.quad_class IN (3, 4)), avg(o.goldstein)
             FROM (SELECT CASE WHEN source_actor = ?1 THEN target_actor ELSE source_actor END
                          AS other, quad_class, goldstein
                   FROM events
                   WHERE (source_actor = ?1 OR target_actor = ?1)
                     AND source_actor IS NOT NULL AND target_actor IS NOT NULL
                     AND source_actor <> target_actor) o
             LEFT JOIN actors ac ON ac.id = o.other
             GROUP BY o.other ORDER BY n DESC, o.other LIMIT ?2",
        )?;
        let counterparts = query
            .query_map(params![id, limit], |r| {
                Ok(actor_at(r, 0)?.map(|actor| Counterpart {
                    actor,
                    events: r.get(5).unwrap_or(0),
                    cooperation: r.get(6).unwrap_or(0),
                    conflict: r.get(7).unwrap_or(0),
                    mean_goldstein: r.get(8).unwrap_or(0.0),
                }))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect();
        let mut query = self.conn.prepare_cached(
            "SELECT q.article_id, a.title, a.published,
                    CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS BLOB),
                    q.direct
             FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE q.speaker = ?1
             ORDER BY a.published DESC, q.article_id, q.ordinal LIMIT ?2",
        )?;
        let quotes = query
            .query_map(params![id, limit], |r| {
                Ok(QuoteText {
                    article_id: r.get(0)?,
                    title: r.get(1)?,
                    published: r.get(2)?,
                    text: String::from_utf8_lossy(&r.get::<_, Vec<u8>>(3)?).into_owned(),
                    direct: r.get::<_, i64>(4)? != 0,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(ActorProfile {
            summary,
            aliases,
            events_as_source,
            events_as_target,
            first_seen,
            last_seen,
            counterparts,
            quotes,
        }))
    }

    /// Events matching `filter`, sorted and paged as it says.
    pub fn list_events(&self, filter: &EventFilter) -> Result<Page<EventRow>> {
        let mut w = event_where(filter);
        let where_sql = w.sql();
        let total = self.conn.query_row(
            &format!("SELECT count(*) FROM events e{where_sql}"),
            params_from_iter(&w.params),
            |r| r.get(0),
        )?;
        let order = event_order(filter);
        let limit = limit_offset(&mut w, filter.limit, filter.offset);
        // Ids first, then the joins and report counts for the page only.
        let sql = format!(
            "SELECT {EVENT_COLUMNS}
             FROM (SELECT e.id FROM events e{where_sql} ORDER BY {order}{limit}) page
             JOIN events e ON e.id = page.id {EVENT_JOINS}
             ORDER BY {order}"
        );
        let mut query = self.conn.prepare_cached(&sql)?;
        let items = query
            .query_map(params_from_iter(&w.params), event_at)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Page { total, items })
    }

    /// Calls `visit` with every event matching `filter` (ignoring its limit and offset), in
    /// the filter's order, without holding them all in memory; stops at `visit`'s first error.
    pub fn for_each_event<E: From<StoreError>>(
        &self,
        filter: &EventFilter,
        mut visit: impl FnMut(EventRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let w = event_where(filter);
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS}{} ORDER BY {}",
            w.sql(),
            event_order(filter)
        );
        let mut query = self.conn.prepare(&sql).map_err(StoreError::from)?;
        let rows = query
            .query_map(params_from_iter(&w.params), event_at)
            .map_err(StoreError::from)?;
        for row in rows {
            visit(row.map_err(StoreError::from)?)?;
        }
        Ok(())
    }

    /// Directed edges between distinct, known actors over the events matching `filter`,
    /// heaviest first, at most `filter.limit` of them, keeping only those with at least
    /// `min_events` events.
    pub fn network(&self, filter: &EventFilter, min_events: u32) -> Result<Vec<EdgeRow>> {
        let mut w = event_where(filter);
        w.add(
            "e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
             AND e.source_actor <> e.target_actor",
            [],
        );
        let where_sql = w.sql();
        w.params.push(Value::Integer(i64::from(min_events)));
        w.params.push(Value::Integer(i64::from(filter.limit)));
        let sql = format!(
            "SELECT e.source_actor, e.target_actor, count(*) AS n,
                    sum(e.quad_class IN (1, 2)), sum(e.quad_class IN (3, 4)), sum(e.goldstein),
                    sum((SELECT count(*) FROM event_mentions r WHERE r.event_id = e.id))
             FROM events e{where_sql}
             GROUP BY e.source_actor, e.target_actor HAVING n >= ?
             ORDER BY n DESC, e.source_actor, e.target_actor LIMIT ?"
        );
        let mut query = self.conn.prepare_cached(&sql)?;
        let edges = query
            .query_map(params_from_iter(&w.params), |r| {
                Ok(EdgeRow {
                    source: r.get(0)?,
                    target: r.get(1)?,
                    events: r.get(2)?,
                    cooperation: r.get(3)?,
                    conflict: r.get(4)?,
                    goldstein_sum: r.get(5)?,
                    reports: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(edges)
    }

    /// The sentences reporting events that match `filter`, oldest event first, at most
    /// `filter.limit`.
    pub fn evidence(&self, filter: &EventFilter) -> Result<Vec<Evidence>> {
        let mut w = event_where(filter);
        let where_sql = w.sql();
        let limit = limit_offset(&mut w, filter.limit, filter.offset);
        let sql = format!(
            "SELECT e.id, e.source_actor, e.target_actor, e.cameo, e.quad_class, e.date,
                    a.id, a.title, a.outlet, a.published,
                    CAST(substr(CAST(a.text AS BLOB), em.sentence_start + 1,
                                em.sentence_end - em.sentence_start) AS BLOB),
                    em.trigger_start - em.sentence_start, em.trigger_end - em.sentence_start
             FROM events e JOIN event_mentions em ON em.event_id = e.id
             JOIN articles a ON a.id = em.article_id{where_sql}
             ORDER BY e.date IS NULL, e.date, e.id, a.published, a.id, em.trigger_start{limit}"
        );
        let mut query = self.conn.prepare_cached(&sql)?;
        let rows = query
            .query_map(params_from_iter(&w.params), |r| {
                let sentence = String::from_utf8_lossy(&r.get::<_, Vec<u8>>(10)?).into_owned();
                let trigger = span_at(r, 11, 12)?
                    .and_then(|(s, e)| Span::checked(&sentence, s, e).ok())
                    .filter(|s| !s.is_empty());
                Ok(Evidence {
                    event_id: r.get(0)?,
                    source: r.get(1)?,
                    target: r.get(2)?,
                    cameo: r.get(3)?,
                    quad_class: quad(r.get(4)?),
                    date: r.get(5)?,
                    article_id: r.get(6)?,
                    title: r.get(7)?,
                    outlet: r.get(8)?,
                    published: r.get(9)?,
                    sentence,
                    trigger,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Events per bucket and quad class matching `filter`, and articles per bucket (filtered
    /// by the filter's outlet, actor and dates only).
    pub fn timeline(&self, filter: &EventFilter, bucket: Bucket) -> Result<Timeline> {
        let (event_bucket, article_bucket) = match bucket {
            Bucket::Day => ("e.date", "substr(a.published, 1, 10)"),
            Bucket::Week => (
                "date(e.date, '-6 days', 'weekday 1')",
                "date(substr(a.published, 1, 10), '-6 days', 'weekday 1')",
            ),
            Bucket::Month => ("substr(e.date, 1, 7)", "substr(a.published, 1, 7)"),
        };
        let mut w = event_where(filter);
        w.add("e.date IS NOT NULL", []);
        let sql = format!(
            "SELECT {event_bucket} AS b, e.quad_class, count(*),
                    sum((SELECT count(*) FROM event_mentions r WHERE r.event_id = e.id))
             FROM events e{} GROUP BY b, e.quad_class ORDER BY b, e.quad_class",
            w.sql()
        );
        let mut query = self.conn.prepare_cached(&sql)?;
        let events = query
            .query_map(params_from_iter(&w.params), |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                    quad(r.get(1)?),
                    r.get(2)?,
                    r.get(3)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;

        let mut w = Where::default();
        w.add("a.published IS NOT NULL", []);
        if let Some(outlet) = &filter.outlet {
            w.add("a.outlet = ?", [text(outlet)]);
        }
        if let Some(from) = filter.from {
            w.add("a.published >= ?", [day(from)]);
        }
        if let Some(to) = filter.to {
            w.add("a.published < ?", [day_after(to)]);
        }
        if let Some(actor) = &filter.actor {
            w.add(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = ? AND m.article_id = a.id)",
                [text(actor)],
            );
        }
        let sql = format!(
            "SELECT {article_bucket} AS b, count(*) FROM articles a{} GROUP BY b ORDER BY b",
            w.sql()
        );
        let mut query = self.conn.prepare_cached(&sql)?;
        let articles = query
            .query_map(params_from_iter(&w.params), |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                    r.get(1)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Timeline { events, articles })
    }

    /// `(id, stamp)` of every stored article, in id order (see [`IndexDoc::stamp`]).
    pub fn index_stamps(&self) -> Result<Vec<(String, String)>> {
        let mut query = self.conn.prepare_cached(&format!(
            "SELECT a.id, {INDEX_STAMP} FROM articles a
             LEFT JOIN analyses an ON an.article_id = a.id ORDER BY a.id"
        ))?;
        let rows = query
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Calls `visit` with what the search index needs of each article, in id order; with
    /// `only`, just for those ids (unknown ones are skipped). Stops at `visit`'s first error.
    pub fn for_each_index_doc<E: From<StoreError>>(
        &self,
        only: Option<&[String]>,
        mut visit: impl FnMut(IndexDoc) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let select = format!(
            "SELECT a.id, a.title, a.text, a.outlet, a.published, {INDEX_STAMP}
             FROM articles a LEFT JOIN analyses an ON an.article_id = a.id"
        );
        let (sql, param) = match only {
            None => (format!("{select} ORDER BY a.id"), Value::Null),
            Some(ids) => (
                format!("{select} WHERE a.id IN (SELECT value FROM json_each(?1)) ORDER BY a.id"),
                Value::Text(serde_json::to_string(ids).map_err(|e| StoreError::Corrupt {
                    id: String::new(),
                    problem: e.to_string(),
                })?),
            ),
        };
        let mut query = self.conn.prepare(&sql).map_err(StoreError::from)?;
        let mut actors = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT actor_id FROM mentions WHERE article_id = ?1 ORDER BY actor_id",
            )
            .map_err(StoreError::from)?;
        let mut roots = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT substr(e.cameo, 1, 2) AS root FROM event_mentions em
                 JOIN events e ON e.id = em.event_id WHERE em.article_id = ?1 ORDER BY root",
            )
            .map_err(StoreError::from)?;
        let bind: Vec<Value> = if only.is_some() {
            vec![param]
        } else {
            Vec::new()
        };
        let rows = query
            .query_map(params_from_iter(&bind), |r| {
                Ok(IndexDoc {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    text: r.get(2)?,
                    outlet: r.get(3)?,
                    published: r.get(4)?,
                    stamp: r.get(5)?,
                    actors: Vec::new(),
                    cameo_roots: Vec::new(),
                })
            })
            .map_err(StoreError::from)?;
        for row in rows {
            let mut doc = row.map_err(StoreError::from)?;
            doc.actors = actors
                .query_map([&doc.id], |r| r.get(0))
                .and_then(|rows| rows.collect())
                .map_err(StoreError::from)?;
            doc.cameo_roots = roots
                .query_map([&doc.id], |r| r.get(0))
                .and_then(|rows| rows.collect())
                .map_err(StoreError::from)?;
            visit(doc)?;
        }
        Ok(())
    }
}

/// The stamp of an article row `a` joined with its `analyses` row `an`.
const INDEX_STAMP: &str = "coalesce(an.pipeline || '@' || an.analyzed_at, '')";

const ACTOR_SUMMARY_COLUMNS: &str = "ac.id, ac.name, ac.name_en, ac.type, ac.code, ac.country,
    ac.resolved,
    (SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id) AS mentions,
    (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = ac.id) AS articles,
    (SELECT count(*) FROM events e WHERE e.source_actor = ac.id)
      + (SELECT count(*) FROM events e WHERE e.target_actor = ac.id
           AND (e.source_actor IS NULL OR e.source_actor <> ac.id)) AS events";

fn actor_summary_at(r: &Row<'_>) -> rusqlite::Result<Option<ActorSummary>> {
    Ok(actor_at(r, 0)?.map(|actor| ActorSummary {
        actor,
        country: r.get(5).unwrap_or(None),
        resolved: r.get::<_, i64>(6).unwrap_or(0) != 0,
        mentions: r.get(7).unwrap_or(0),
        articles: r.get(8).unwrap_or(0),
        events: r.get(9).unwrap_or(0),
    }))
}

fn event_order(filter: &EventFilter) -> String {
    let dir = if filter.descending { "DESC" } else { "ASC" };
    let key = match filter.sort {
        EventSort::Date => "e.date IS NULL, e.date",
        EventSort::Goldstein => "e.goldstein",
        EventSort::Reports => "(SELECT count(*) FROM event_mentions r WHERE r.event_id = e.id)",
        EventSort::Cameo => "e.cameo",
    };
    format!("{key} {dir}, e.id {dir}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two articles, three actors, three events (one reported twice), a quote.
    fn fixture() -> Store {
        let mut store = Store::open_in_memory().expect("open");
        let mut a =
            Article::from_paragraphs("a", ["التقى حفتر بوتين في موسكو.", "وقال حفتر: «لن نوقع»."]);
        a.outlet = Some("x".into());
        a.published = "2020-01-13T10:00:00Z".parse().ok();
        let mut b = Article::from_paragraphs("b", ["هاجمت قوات حفتر طرابلس."]);
        b.outlet = Some("y".into());
        b.published = "2020-01-14T08:00:00Z".parse().ok();
        store.add_articles(&[a.clone(), b.clone()]).expect("add");
        let span = |article: &Article, needle: &str, nth: usize| {
            let start = article
                .text
                .match_indices(needle)
                .nth(nth)
                .map(|(i, _)| i)
                .expect("needle");
            (start as i64, (start + needle.len()) as i64)
        };
        let c = store.connection_for_tests();
        c.execute_batch(
            "INSERT INTO actors VALUES ('haftar', 'خليفة حفتر', 'Khalifa Haftar', 'person', 'LBYMIL', 'LBY', 1);
             INSERT INTO actors VALUES ('putin', 'فلاديمير بوتين', 'Vladimir Putin', 'person', 'RUSGOV', 'RUS', 1);
             INSERT INTO actors VALUES ('tripoli', 'طرابلس', 'Tripoli', 'place', 'LBY', 'LBY', 1);
             INSERT INTO analyses VALUES ('a', 'test.v1', 2, '2024-01-01T00:00:00Z');",
        )
        .expect("actors");
        for (article, needle, nth, actor) in [
            (&a, "حفتر", 0, "haftar"),
            (&a, "بوتين", 0, "putin"),
            (&a, "حفتر", 1, "haftar"),
            (&b, "حفتر", 0, "haftar"),
            (&b, "طرابلس", 0, "tripoli"),
        ] {
            let (s, e) = span(article, needle, nth);
            c.execute(
                "INSERT INTO mentions VALUES (?1, (SELECT count(*) FROM mentions WHERE article_id = ?1), ?2, ?3, ?4, NULL, 'alias', 1.0)",
                params![article.id, s, e, actor],
            )
            .expect("mention");
        }
        c.execute_batch(
            "INSERT INTO events VALUES (1, 'k1', 'haftar', 'putin', 'LBYMIL', 'RUSGOV', '040', 1, 1.0, 'CONSULT', NULL, 0, 'asserted', '2020-01-13', NULL);
             INSERT INTO events VALUES (2, 'k2', 'haftar', 'tripoli', 'LBYMIL', 'LBY', '190', 4, -10.0, 'ASSAULT', NULL, 0, 'asserted', '2020-01-14', NULL);
             INSERT INTO events VALUES (3, 'k3', 'haftar', NULL, 'LBYMIL', NULL, '111', 3, -2.0, NULL, NULL, 1, 'asserted', '2020-01-13', NULL);",
        )
        .expect("events");
        let sentence_a = (0, a.paragraphs[0].end as i64);
        let (ts, te) = span(&a, "التقى", 0);
        c.execute(
            "INSERT INTO event_mentions VALUES (1, 'a', ?1, ?2, ?3, ?4, NULL, 0.9)",
            params![sentence_a.0, sentence_a.1, ts, te],
        )
        .expect("em");
        let (ts, te) = span(&b, "هاجمت", 0);
        c.execute(
            "INSERT INTO event_mentions VALUES (2, 'b', 0, ?1, ?2, ?3, NULL, 0.8)",
            params![b.paragraphs[0].end, ts, te],
        )
        .expect("em");
        let (ts, te) = span(&a, "موسكو", 0);
        c.execute(
            "INSERT INTO event_mentions VALUES (2, 'a', 0, ?1, ?2, ?3, NULL, 0.5)",
            params![a.paragraphs[0].end, ts, te],
        )
        .expect("em");
        let (qs, qe) = span(&a, "لن نوقع", 0);
        c.execute(
            "INSERT INTO quotes VALUES ('a', 0, 'haftar', ?1, ?2, 1)",
            params![qs, qe],
        )
        .expect("quote");
        store
    }

    #[test]
    fn article_filters() {
        let store = fixture();
        let all = store
            .list_articles(&ArticleFilter {
                limit: 10,
                ..Default::default()
            })
            .expect("list");
        assert_eq!(all.total, 2);
        assert_eq!(all.items[0].id, "b", "newest first");
        assert_eq!((all.items[1].mentions, all.items[1].events), (3, 2));
        let by = |f: ArticleFilter| -> Vec<String> {
            let page = store
                .list_articles(&ArticleFilter { limit: 10, ..f })
                .expect("list");
            page.items.into_iter().map(|a| a.id).collect()
        };
        assert_eq!(
            by(ArticleFilter {
                actor: Some("putin".into()),
                ..Default::default()
            }),
            ["a"]
        );
        assert_eq!(
            by(ArticleFilter {
                outlet: Some("y".into()),
                ..Default::default()
            }),
            ["b"]
        );
        let day = NaiveDate::from_ymd_opt(2020, 1, 13);
        assert_eq!(
            by(ArticleFilter {
                from: day,
                to: day,
                ..Default::default()
            }),
            ["a"]
        );
        assert_eq!(
            by(ArticleFilter {
                cameo: Some("19".into()),
                ..Default::default()
            }),
            ["b", "a"]
        );
        assert_eq!(
            by(ArticleFilter {
                quad_class: Some(1),
                ..Default::default()
            }),
            ["a"]
        );
        assert_eq!(
            by(ArticleFilter {
                cameo: Some("%".into()),
                ..Default::default()
            }),
            Vec::<String>::new()
        );
    }

    #[test]
    fn annotations_are_checked_spans() {
        let store = fixture();
        let a = store.article("a").expect("read").expect("a");
        let ann = store.annotations(&a).expect("annotations");
        let surfaces: Vec<&str> = ann.mentions.iter().map(|m| a.slice(m.span)).collect();
        assert_eq!(surfaces, ["حفتر", "بوتين", "حفتر"]);
        assert_eq!(ann.events.len(), 2);
        assert_eq!(a.slice(ann.events[0].trigger), "التقى");
        assert_eq!(a.slice(ann.events[1].trigger), "موسكو");
        assert_eq!(a.slice(ann.quotes[0].span), "لن نوقع");
        assert_eq!(ann.analysis.as_ref().map(|x| x.0.as_str()), Some("test.v1"));
        assert_eq!(ann.dropped, 0);
    }

    #[test]
    fn actors_and_profile() {
        let store = fixture();
        let page = store
            .list_actors(&ActorFilter {
                limit: 10,
                ..Default::default()
            })
            .expect("actors");
        assert_eq!(page.total, 3);
        assert_eq!(page.items[0].actor.id, "haftar");
        assert_eq!(
            (
                page.items[0].mentions,
                page.items[0].articles,
                page.items[0].events
            ),
            (3, 2, 3)
        );
        let profile = store
            .actor_profile("haftar", 10)
            .expect("profile")
            .expect("some");
        assert_eq!(profile.aliases, [("حفتر".to_string(), 3)]);
        assert_eq!(profile.counterparts.len(), 2);
        assert_eq!(profile.quotes[0].text, "لن نوقع");
        assert_eq!(profile.first_seen.as_deref(), Some("2020-01-13"));
        assert!(
            store
                .actor_profile("nobody", 10)
                .expect("profile")
                .is_none()
        );
        let q = store
            .list_actors(&ActorFilter {
                q: Some("Put".into()),
                limit: 10,
                ..Default::default()
            })
            .expect("actors");
        assert_eq!(q.items.len(), 1);
    }

    #[test]
    fn events_network_evidence_timeline() {
        let store = fixture();
        let f = |f: EventFilter| EventFilter { limit: 100, ..f };
        let all = store
            .list_events(&f(EventFilter::default()))
            .expect("events");
        assert_eq!(all.total, 3);
        let conflict = store
            .list_events(&f(EventFilter {
                quad_classes: vec![3, 4],
                ..Default::default()
            }))
            .expect("events");
        assert_eq!(conflict.total, 2);
        let pair = store
            .list_events(&f(EventFilter {
                pair: Some(("putin".into(), "haftar".into())),
                ..Default::default()
            }))
            .expect("events");
        assert_eq!(pair.items[0].id, 1);
        let by_outlet = store
            .list_events(&f(EventFilter {
                outlet: Some("y".into()),
                ..Default::default()
            }))
            .expect("events");
        assert_eq!(
            by_outlet.items.iter().map(|e| e.id).collect::<Vec<_>>(),
            [2]
        );
        assert_eq!(by_outlet.items[0].reports, 2);
        let edges = store
            .network(&f(EventFilter::default()), 1)
            .expect("network");
        assert_eq!(edges.len(), 2);
        let evidence = store
            .evidence(&f(EventFilter {
                pair: Some(("haftar".into(), "putin".into())),
                ..Default::default()
            }))
            .expect("evidence");
        assert_eq!(evidence.len(), 1);
        let trigger = evidence[0].trigger.expect("trigger");
        assert_eq!(&evidence[0].sentence[trigger.range()], "التقى");
        let timeline = store
            .timeline(&f(EventFilter::default()), Bucket::Day)
            .expect("timeline");
        assert_eq!(timeline.events.len(), 3);
        assert_eq!(
            timeline.articles,
            [("2020-01-13".into(), 1), ("2020-01-14".into(), 1)]
        );
        let mut seen = 0;
        store
            .for_each_event::<StoreError>(&EventFilter::default(), |_| {
                seen += 1;
                Ok(())
            })
            .expect("each");
        assert_eq!(seen, 3);
    }

    #[test]
    fn index_docs_and_stamps() {
        let store = fixture();
        let stamps = store.index_stamps().expect("stamps");
        assert_eq!(
            stamps[0],
            ("a".into(), "test.v1@2024-01-01T00:00:00Z".into())
        );
        assert_eq!(stamps[1], ("b".into(), String::new()));
        let mut docs = Vec::new();
        store
            .for_each_index_doc::<StoreError>(Some(&["b".into()]), |d| {
                docs.push(d);
                Ok(())
            })
            .expect("docs");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].actors, ["haftar", "tripoli"]);
        assert_eq!(docs[0].cameo_roots, ["19"]);
        let overview = store.overview().expect("overview");
        assert_eq!(
            (overview.articles, overview.events, overview.event_reports),
            (2, 3, 3)
        );
    }
}

//! Full-text search over the stored articles: a tantivy index built from the store.
//!
//! Owns the index directory (by default next to the database: `marsad.db` → `marsad.db.index/`,
//! see [`Index::default_dir`]) and the Arabic analysis ([`analyzer`]): every title and body is
//! indexed twice, as the text layer's normalized search keys and as those keys light-stemmed
//! (Light10), with original byte offsets so snippets highlight the stored text. Never writes to the store; reads it only through `marsad_store`'s queries.
//!
//! The index is a cache of the store: [`Index::build`] rebuilds it, [`Index::update`] brings it
//! up to date incrementally (articles added, removed, or re-analysed since, detected through
//! each article's analysis stamp), and [`Index::open_or_build`] does whichever is needed.
//!
//! ```no_run
//! # fn main() -> Result<(), marsad_search::SearchError> {
//! use marsad_search::{Index, SearchRequest};
//! let db = std::path::Path::new("marsad.db");
//! let store = marsad_store::Store::open(db)?;
//! let (index, _) = Index::open_or_build(&store, &Index::default_dir(db))?;
//! let found = index.search(&SearchRequest::new("\"خليفة حفتر\" موسكو"))?;
//! println!("{} articles", found.total);
//! # Ok(()) }
//! ```
//!
//! Query syntax (tantivy's): words are ANDed; `"..."` is a phrase; `-word` excludes; `OR`
//! between words gives alternatives; `title:word` searches titles only.

pub mod analyzer;
mod highlight;

use chrono::{DateTime, Datelike, NaiveDate};
use highlight::Highlighter;
use marsad_store::{IndexDoc, Store, StoreError};
use std::collections::HashMap;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::agg_result::{AggregationResult, AggregationResults, BucketResult};
use tantivy::aggregation::{AggContextParams, AggregationCollector, Key};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::{DocAddress, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term};

/// Bumped whenever the schema or the analyzers change; an index with another version is
/// rebuilt by [`Index::open_or_build`] and refused by [`Index::open`].
pub const FORMAT_VERSION: u32 = 2;
const MARKER: &str = "marsad-search.json";

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index {path}: {source}")]
    Directory {
        path: PathBuf,
        source: tantivy::directory::error::OpenDirectoryError,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} holds search index format {found:?}, this marsad needs {FORMAT_VERSION}; rebuild it"
    )]
    Stale { path: PathBuf, found: Option<u32> },
    #[error("{path} exists and is not a marsad search index; refusing to overwrite it")]
    NotAnIndex { path: PathBuf },
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type Result<T> = std::result::Result<T, SearchError>;

/// What an index build or update did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UpdateStats {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    /// Documents in the index afterwards.
    pub total: u64,
    /// Whether the index was rebuilt from scratch.
    pub rebuilt: bool,
}

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Best match first (BM25); newest first when there are no query words.
    #[default]
    Relevance,
    Newest,
    Oldest,
}

/// One search.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Query text (see the crate docs for the syntax); empty matches every article, which
    /// with filters makes a browse.
    pub query: String,
    pub outlet: Option<String>,
    /// Articles mentioning this actor id.
    pub actor: Option<String>,
    /// Articles reporting an event with this two-digit CAMEO root.
    pub cameo_root: Option<String>,
    /// Published on or after / on or before (inclusive).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub sort: SortBy,
    pub limit: usize,
    pub offset: usize,
    /// Count matches per outlet, actor, month and CAMEO root.
    pub facets: bool,
    /// Longest snippet, in characters (roughly: the window is measured as two bytes per
    /// character, the width of Arabic letters in UTF-8).
    pub snippet_chars: usize,
}

impl SearchRequest {
    /// A request for `query`: first 20 hits by relevance, facets, 200-character snippets.
    pub fn new(query: impl Into<String>) -> SearchRequest {
        SearchRequest {
            query: query.into(),
            outlet: None,
            actor: None,
            cameo_root: None,
            from: None,
            to: None,
            sort: SortBy::Relevance,
            limit: 20,
            offset: 0,
            facets: true,
            snippet_chars: 200,
        }
    }
}

/// One matching article.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub title: Option<String>,
    /// Byte ranges of query terms in `title`.
    pub title_highlights: Vec<(usize, usize)>,
    pub outlet: Option<String>,
    /// RFC 3339, UTC.
    pub published: Option<String>,
    /// The best passage of the body (its opening when no query word is in the body).
    pub snippet: String,
    /// Byte ranges of query terms in `snippet`.
    pub highlights: Vec<(usize, usize)>,
}

/// Match counts per value, most frequent first (months in calendar order).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facets {
    pub outlets: Vec<(String, u64)>,
    pub actors: Vec<(String, u64)>,
    /// `YYYY-MM`.
    pub months: Vec<(String, u64)>,
    pub cameo_roots: Vec<(String, u64)>,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResults {
    /// Matching articles in all.
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// Parts of the query that could not be understood and were ignored.
    pub warnings: Vec<String>,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    stamp: Field,
    title: Field,
    title_exact: Field,
    body: Field,
    body_exact: Field,
    outlet: Field,
    published: Field,
    day: Field,
    actor: Field,
    month: Field,
    root: Field,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |analyzer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED | FAST),
        stamp: builder.add_text_field("stamp", STRING | FAST),
        // Titles and bodies are stored (with the stemmed field) so snippets need no store.
        title: builder.add_text_field("title", text(analyzer::STEMMED) | STORED),
        title_exact: builder.add_text_field("title_exact", text(analyzer::EXACT)),
        body: builder.add_text_field("body", text(analyzer::STEMMED) | STORED),
        body_exact: builder.add_text_field("body_exact", text(analyzer::EXACT)),
        // The facet fields are raw strings with fast columns: filters are term queries on
        // them, and facet counts are terms aggregations over the columns, which cost in
        // proportion to the hits rather than to every actor ever indexed.
        outlet: builder.add_text_field(OUTLET, STRING | STORED | FAST),
        published: builder.add_text_field("published", STORED),
        day: builder.add_u64_field("day", INDEXED | FAST),
        actor: builder.add_text_field(ACTOR, STRING | FAST),
        month: builder.add_text_field(MONTH, STRING | FAST),
        root: builder.add_text_field(ROOT, STRING | FAST),
    };
    (builder.build(), fields)
}

const OUTLET: &str = "outlet";
const ACTOR: &str = "actor";
const MONTH: &str = "month";
const ROOT: &str = "cameo_root";

/// `YYYYMMDD` as a number, for date ranges.
fn day_number(date: NaiveDate) -> u64 {
    date.year().max(0) as u64 * 10_000 + u64::from(date.month()) * 100 + u64::from(date.day())
}

/// A searchable index over the store's articles.
pub struct Index {
    dir: PathBuf,
    index: tantivy::Index,
    reader: IndexReader,
    fields: Fields,
}

impl Index {
    /// Where the index of the database at `db` lives: `<db>.index` beside it.
    pub fn default_dir(db: &Path) -> PathBuf {
        let mut name = db.as_os_str().to_owned();
        name.push(".index");
        PathBuf::from(name)
    }

    /// Opens the index in `dir`; fails with [`SearchError::Stale`] when it was built by
    /// another version of marsad's search.
    pub fn open(dir: &Path) -> Result<Index> {
        let found = read_marker(dir);
        if found != Some(FORMAT_VERSION) {
            return Err(SearchError::Stale {
                path: dir.to_path_buf(),
                found,
            });
        }
        let directory = tantivy::directory::MmapDirectory::open(dir).map_err(|source| {
            SearchError::Directory {
                path: dir.to_path_buf(),
                source,
            }
        })?;
        let index = tantivy::Index::open(directory)?;
        Index::wrap(dir, index)
    }

    /// Rebuilds the index in `dir` from every article of `store`. Searches through an index
    /// already open on `dir` keep seeing the old contents until the new ones are committed.
    pub fn build(store: &Store, dir: &Path) -> Result<(Index, UpdateStats)> {
        let index = match Index::open(dir) {
            Ok(index) => index,
            Err(SearchError::Stale { .. }) => Index::create(dir)?,
            Err(e) => return Err(e),
        };
        let stats = index.rebuild(store)?;
        Ok((index, stats))
    }

    /// Opens the index in `dir` and updates it from `store`, or builds it when it is missing
    /// or stale.
    pub fn open_or_build(store: &Store, dir: &Path) -> Result<(Index, UpdateStats)> {
        match Index::open(dir) {
            Ok(index) => {
                let stats = index.update(store)?;
                Ok((index, stats))
            }
            Err(SearchError::Stale { .. }) => Index::build(store, dir),
            Err(e) => Err(e),
        }
    }

    /// An empty index in `dir`, removing a stale marsad index there; anything else in the
    /// directory makes it refuse.
    fn create(dir: &Path) -> Result<Index> {
        let io = |source| SearchError::Io {
            path: dir.to_path_buf(),
            source,
        };
        if dir.exists() {
            let is_ours = dir.join(MARKER).exists() || dir.join("meta.json").exists();
            let is_empty = std::fs::read_dir(dir).map_err(io)?.next().is_none();
            if !is_ours && !is_empty {
                return Err(SearchError::NotAnIndex {
                    path: dir.to_path_buf(),
                });
            }
            if is_ours {
                std::fs::remove_dir_all(dir).map_err(io)?;
            }
        }
        std::fs::create_dir_all(dir).map_err(io)?;
        let (schema, _) = schema();
        let index = tantivy::Index::create_in_dir(dir, schema)?;
        // The marker is written last: a crash before it leaves a directory that the next
        // open treats as stale and rebuilds.
        let marker = serde_json::json!({
            "format": FORMAT_VERSION,
            "analyzers": [analyzer::EXACT, analyzer::STEMMED],
        });
        std::fs::write(dir.join(MARKER), marker.to_string()).map_err(io)?;
        Index::wrap(dir, index)
    }

    fn wrap(dir: &Path, index: tantivy::Index) -> Result<Index> {
        analyzer::register(index.tokenizers());
        let (_, fields) = schema();
        let reader = index
            .reader_builder()
            // Other processes (`marsad` updating the index) commit into the same directory;
            // this picks their commits up.
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(Index {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
        })
    }

    /// The directory the index lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Articles in the index.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn writer(&self) -> Result<IndexWriter> {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(4);
        Ok(self
            .index
            .writer_with_num_threads(threads, threads * 60_000_000)?)
    }

    /// Rebuilds the index in place from every article of `store`.
    pub fn rebuild(&self, store: &Store) -> Result<UpdateStats> {
        let mut writer = self.writer()?;
        writer.delete_all_documents()?;
        let mut added = 0;
        store.for_each_index_doc(None, |doc| -> Result<()> {
            writer.add_document(self.document(&doc))?;
            added += 1;
            Ok(())
        })?;
        writer.commit()?;
        // One segment: facet counts per segment are then exact and cheap, and a fresh build
        // is the moment the merge costs least.
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
        }
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        tracing::info!(added, dir = %self.dir.display(), "search index rebuilt");
        Ok(UpdateStats {
            added,
            total: self.num_docs(),
            rebuilt: true,
            ..UpdateStats::default()
        })
    }

    /// Brings the index up to date with `store`: indexes new articles, re-indexes those whose
    /// analysis changed, drops those no longer stored.
    pub fn update(&self, store: &Store) -> Result<UpdateStats> {
        let indexed = self.indexed_stamps()?;
        let wanted = store.index_stamps()?;
        let mut stats = UpdateStats::default();
        let mut redo = Vec::new();
        let mut stale = Vec::new();
        for (id, stamp) in &wanted {
            match indexed.get(id) {
                Some(have) if have == stamp => {}
                Some(_) => {
                    stats.updated += 1;
                    stale.push(id.clone());
                    redo.push(id.clone());
                }
                None => {
                    stats.added += 1;
                    redo.push(id.clone());
                }
            }
        }
        let stored: std::collections::HashSet<&str> =
            wanted.iter().map(|(id, _)| id.as_str()).collect();
        for id in indexed.keys() {
            if !stored.contains(id.as_str()) {
                stats.removed += 1;
                stale.push(id.clone());
            }
        }
        if redo.is_empty() && stale.is_empty() {
            stats.total = self.num_docs();
            return Ok(stats);
        }
        let mut writer = self.writer()?;
        for id in &stale {
            writer.delete_term(Term::from_field_text(self.fields.id, id));
        }
        // In chunks, so the id list bound into one SQL statement stays modest.
        for chunk in redo.chunks(5_000) {
            store.for_each_index_doc(Some(chunk), |doc| -> Result<()> {
                writer.add_document(self.document(&doc))?;
                Ok(())
            })?;
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        stats.total = self.num_docs();
        tracing::info!(?stats, dir = %self.dir.display(), "search index updated");
        Ok(stats)
    }

    /// `id → stamp` of every live document.
    fn indexed_stamps(&self) -> Result<HashMap<String, String>> {
        let searcher = self.reader.searcher();
        let mut out = HashMap::new();
        let (mut id, mut stamp) = (String::new(), String::new());
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            let (Some(ids), Some(stamps)) = (fast.str("id")?, fast.str("stamp")?) else {
                continue;
            };
            for doc in segment.doc_ids_alive() {
                let io = |source| SearchError::Io {
                    path: self.dir.clone(),
                    source,
                };
                let (Some(i), Some(s)) = (ids.term_ords(doc).next(), stamps.term_ords(doc).next())
                else {
                    continue;
                };
                ids.ord_to_str(i, &mut id).map_err(io)?;
                stamps.ord_to_str(s, &mut stamp).map_err(io)?;
                out.insert(id.clone(), stamp.clone());
            }
        }
        Ok(out)
    }

    fn document(&self, doc: &IndexDoc) -> TantivyDocument {
        let f = &self.fields;
        let mut d = TantivyDocument::default();
        d.add_text(f.id, &doc.id);
        d.add_text(f.stamp, &doc.stamp);
        if let Some(title) = &doc.title {
            d.add_text(f.title, title);
            d.add_text(f.title_exact, title);
        }
        d.add_text(f.body, &doc.text);
        d.add_text(f.body_exact, &doc.text);
        if let Some(outlet) = &doc.outlet {
            d.add_text(f.outlet, outlet);
        }
        if let Some(published) = &doc.published {
            d.add_text(f.published, published);
            if let Ok(date) = DateTime::parse_from_rfc3339(published) {
                let date = date.naive_utc().date();
                d.add_u64(f.day, day_number(date));
                d.add_text(f.month, date.format("%Y-%m").to_string());
            }
        }
        for actor in &doc.actors {
            d.add_text(f.actor, actor);
        }
        for root in &doc.cameo_roots {
            d.add_text(f.root, root);
        }
        d
    }

    /// Runs one search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let f = self.fields;
        let searcher = self.reader.searcher();
        let mut warnings = Vec::new();
        let text_query = if request.query.trim().is_empty() {
            None
        } else {
            let mut parser = QueryParser::for_index(
                &self.index,
                vec![f.title, f.title_exact, f.body, f.body_exact],
            );
            parser.set_conjunction_by_default();
            // Exact keys outrank shared stems, and titles outrank bodies.
            parser.set_field_boost(f.title_exact, 3.0);
            parser.set_field_boost(f.title, 2.0);
            parser.set_field_boost(f.body_exact, 1.5);
            let (query, errors) = parser.parse_query_lenient(&request.query);
            warnings.extend(errors.iter().map(ToString::to_string));
            Some(query)
        };

        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(query) = &text_query {
            clauses.push((Occur::Must, query.box_clone()));
        }
        let exact = |field: Field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            ))
        };
        if let Some(outlet) = &request.outlet {
            clauses.push((Occur::Must, exact(f.outlet, outlet)));
        }
        if let Some(actor) = &request.actor {
            clauses.push((Occur::Must, exact(f.actor, actor)));
        }
        if let Some(root) = &request.cameo_root {
            clauses.push((Occur::Must, exact(f.root, root)));
        }
        if request.from.is_some() || request.to.is_some() {
            let bound = |d: Option<NaiveDate>| match d {
                Some(d) => Bound::Included(Term::from_field_u64(f.day, day_number(d))),
                None => Bound::Unbounded,
            };
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(bound(request.from), bound(request.to))),
            ));
        }
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };

        let facets =
            AggregationCollector::from_aggs(facet_aggregations()?, AggContextParams::default());
        let limit = request.limit.max(1);
        let top = TopDocs::with_limit(limit).and_offset(request.offset);
        let sort = match (request.sort, &text_query) {
            (SortBy::Relevance, None) => SortBy::Newest,
            (sort, _) => sort,
        };
        let (total, addresses, counts): (
            usize,
            Vec<(f32, DocAddress)>,
            Option<AggregationResults>,
        ) = match (sort, request.facets) {
            (SortBy::Relevance, true) => {
                let (n, top, c) =
                    searcher.search(&query, &(Count, top.order_by_score(), facets))?;
                (n, top, Some(c))
            }
            (SortBy::Relevance, false) => {
                let (n, top) = searcher.search(&query, &(Count, top.order_by_score()))?;
                (n, top, None)
            }
            (by_date, with_facets) => {
                let order = if by_date == SortBy::Oldest {
                    Order::Asc
                } else {
                    Order::Desc
                };
                let top = top.order_by_u64_field("day", order);
                if with_facets {
                    let (n, top, c) = searcher.search(&query, &(Count, top, facets))?;
                    (n, unscored(top), Some(c))
                } else {
                    let (n, top) = searcher.search(&query, &(Count, top))?;
                    (n, unscored(top), None)
                }
            }
        };

        let mut highlighters = match &text_query {
            Some(q) => {
                let analyzer = |field| {
                    self.index
                        .tokenizers()
                        .get(analyzer::STEMMED)
                        .map(|a| Highlighter::new(q.as_ref(), field, a))
                };
                analyzer(f.body).zip(analyzer(f.title))
            }
            None => None,
        };
        let mut hits = Vec::with_capacity(addresses.len());
        for &(score, address) in &addresses {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .map(str::to_owned)
            };
            let body = text(f.body).unwrap_or_default();
            let title = text(f.title);
            let (passage, title_highlights) = match &mut highlighters {
                Some((body_marks, title_marks)) => (
                    body_marks.passage(&body, request.snippet_chars),
                    title
                        .as_deref()
                        .map(|t| title_marks.highlights(t))
                        .unwrap_or_default(),
                ),
                None => (None, Vec::new()),
            };
            let (snippet, highlights) = match passage {
                Some(p) => (p.text, p.highlights),
                None => (opening(&body, request.snippet_chars), Vec::new()),
            };
            hits.push(Hit {
                id: text(f.id).unwrap_or_default(),
                score,
                title,
                title_highlights,
                outlet: text(f.outlet),
                published: text(f.published),
                snippet,
                highlights,
            });
        }
        let facets = counts.map(|c| facet_lists(&c)).unwrap_or_default();
        Ok(SearchResults {
            total,
            hits,
            facets,
            warnings,
        })
    }
}

/// Date-ordered hits carry no relevance score.
fn unscored<K>(top: Vec<(K, DocAddress)>) -> Vec<(f32, DocAddress)> {
    top.into_iter().map(|(_, address)| (0.0, address)).collect()
}

/// The first `chars` characters of `text`, cut at a word boundary when one is near.
fn opening(text: &str, chars: usize) -> String {
    let end = text
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i);
    let cut = text[..end]
        .rfind(char::is_whitespace)
        .filter(|&i| i > end / 2 && end < text.len())
        .unwrap_or(end);
    text[..cut].trim_end().to_owned()
}

/// Most frequent values kept per facet (months are all kept).
const TOP_OUTLETS: u32 = 30;
const TOP_ACTORS: u32 = 30;
const TOP_ROOTS: u32 = 20;

/// Terms aggregations counting the hits per outlet, actor, month and CAMEO root. Each segment
/// sends its top `segment_size` candidates, so counts are exact on a freshly built index (one
/// segment) and may undercount rare values after incremental updates, as in Elasticsearch.
/// Turning candidates into strings walks the term dictionary, so their number is the cost.
fn facet_aggregations() -> Result<Aggregations> {
    let terms = |field: &str, size: u32, order: &str| {
        serde_json::json!({ "terms": {
            "field": field,
            "size": size,
            "segment_size": size.saturating_mul(3),
            "order": { order: if order == "_key" { "asc" } else { "desc" } },
        }})
    };
    let request = serde_json::json!({
        OUTLET: terms(OUTLET, TOP_OUTLETS, "_count"),
        ACTOR: terms(ACTOR, TOP_ACTORS, "_count"),
        MONTH: terms(MONTH, 10_000, "_key"),
        ROOT: terms(ROOT, TOP_ROOTS, "_count"),
    });
    serde_json::from_value(request).map_err(|e| {
        SearchError::Tantivy(tantivy::TantivyError::InvalidArgument(format!(
            "facet aggregations: {e}"
        )))
    })
}

fn facet_lists(results: &AggregationResults) -> Facets {
    let list = |name: &str| -> Vec<(String, u64)> {
        let Some(AggregationResult::BucketResult(BucketResult::Terms { buckets, .. })) =
            results.0.get(name)
        else {
            return Vec::new();
        };
        buckets
            .iter()
            .filter_map(|b| match &b.key {
                Key::Str(value) => Some((value.clone(), b.doc_count)),
                _ => None,
            })
            .collect()
    };
    Facets {
        outlets: list(OUTLET),
        actors: list(ACTOR),
        months: list(MONTH),
        cameo_roots: list(ROOT),
    }
}

/// Reads the format version from the marker file, `None` when missing or unreadable.
fn read_marker(dir: &Path) -> Option<u32> {
    let text = std::fs::read_to_string(dir.join(MARKER)).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    value
        .get("format")?
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
}

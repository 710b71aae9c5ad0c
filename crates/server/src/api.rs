//! The `/api/v1` handlers: parse and validate query parameters, run the store or index query on
//! a blocking thread, convert to the JSON of [`crate::dto`].
//!
//! Limits: `limit` is capped per endpoint (listed in the OpenAPI document), queries are at
//! most 1,000 characters, dates are `YYYY-MM-DD`.

use crate::App;
use crate::dto::{self, CountJson, PageJson};
use crate::error::{ApiError, ApiResult};
use crate::export::{self, EventFormat};
use crate::network;
use axum::Json;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use marsad_search::{SearchRequest, SortBy};
use marsad_store::{ActorFilter, ActorSort, ArticleFilter, Bucket, EventFilter, EventSort, Store};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::time::Instant;

const MAX_QUERY_CHARS: usize = 1000;

/// `Query<T>` whose rejection is our JSON error.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(value)| ApiQuery(value))
            .map_err(|rejection| ApiError::bad_request(rejection.body_text()))
    }
}

fn limit(requested: Option<u32>, default: u32, max: u32) -> u32 {
    requested.unwrap_or(default).clamp(1, max)
}

fn offset(requested: Option<u32>) -> ApiResult<u32> {
    match requested.unwrap_or(0) {
        o if o <= 1_000_000 => Ok(o),
        _ => Err(ApiError::bad_request("offset must be at most 1000000")),
    }
}

fn date_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> ApiResult<()> {
    match (from, to) {
        (Some(f), Some(t)) if f > t => Err(ApiError::bad_request("`from` is after `to`")),
        _ => Ok(()),
    }
}

/// A CAMEO code prefix: one to four digits.
fn cameo(value: Option<String>) -> ApiResult<Option<String>> {
    match value {
        Some(c) if c.is_empty() => Ok(None),
        Some(c) if c.len() <= 4 && c.bytes().all(|b| b.is_ascii_digit()) => Ok(Some(c)),
        Some(c) => Err(ApiError::bad_request(format!(
            "CAMEO code {c:?}: expected one to four digits"
        ))),
        None => Ok(None),
    }
}

/// Quad classes as a comma-separated list (`3,4`), or `cooperation` (1,2) / `conflict` (3,4).
fn quads(value: Option<&str>) -> ApiResult<Vec<u8>> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(Vec::new());
    };
    match value {
        "cooperation" => return Ok(vec![1, 2]),
        "conflict" => return Ok(vec![3, 4]),
        _ => {}
    }
    value
        .split(',')
        .map(|q| match q.trim().parse::<u8>() {
            Ok(q @ 1..=4) => Ok(q),
            _ => Err(ApiError::bad_request(format!(
                "quad class {q:?}: expected 1-4, `cooperation` or `conflict`"
            ))),
        })
        .collect()
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

// ---------------------------------------------------------------- overview

pub async fn health(State(app): State<App>) -> Json<Value> {
    Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "search": app.index.is_some(),
        "writable": app.write_token.is_some(),
    }))
}

pub async fn overview(State(app): State<App>) -> ApiResult<Json<Value>> {
    let o = app.pool.read(|s| Ok(s.overview()?)).await?;
    let index_docs = app.index.as_ref().map(|i| i.num_docs());
    Ok(Json(json!({
        "articles": o.articles,
        "analysed": o.analysed,
        "actors": o.actors,
        "mentions": o.mentions,
        "events": o.events,
        "event_reports": o.event_reports,
        "quotes": o.quotes,
        "outlets": o.outlets.into_iter().map(|(value, count)| json!({"value": value, "count": count})).collect::<Vec<_>>(),
        "first_published": o.first_published,
        "last_published": o.last_published,
        "first_event": o.first_event,
        "last_event": o.last_event,
        "search_index": { "available": app.index.is_some(), "documents": index_docs },
    })))
}

// ---------------------------------------------------------------- articles

#[derive(Debug, Deserialize)]
pub struct ArticleParams {
    outlet: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    actor: Option<String>,
    /// CAMEO prefix of a reported event.
    cameo: Option<String>,
    quad: Option<u8>,
    limit: Option<u32>,
    offset: Option<u32>,
}

impl ArticleParams {
    fn filter(self, max_limit: u32) -> ApiResult<ArticleFilter> {
        date_range(self.from, self.to)?;
        if let Some(q) = self.quad
            && !(1..=4).contains(&q)
        {
            return Err(ApiError::bad_request("quad must be 1-4"));
        }
        Ok(ArticleFilter {
            outlet: non_empty(self.outlet),
            from: self.from,
            to: self.to,
            actor: non_empty(self.actor),
            cameo: cameo(self.cameo)?,
            quad_class: self.quad,
            limit: limit(self.limit, 50, max_limit),
            offset: offset(self.offset)?,
        })
    }
}

pub async fn list_articles(
    State(app): State<App>,
    ApiQuery(params): ApiQuery<ArticleParams>,
) -> ApiResult<Json<PageJson<dto::ArticleSummaryJson>>> {
    let filter = params.filter(500)?;
    let (limit, offset) = (filter.limit, filter.offset);
    let page = app
        .pool
        .read(move |s| Ok(s.list_articles(&filter)?))
        .await?;
    Ok(Json(PageJson {
        total: page.total,
        limit,
        offset,
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

pub async fn article(
    State(app): State<App>,
    Path(id): Path<String>,
) -> ApiResult<Json<dto::ArticleJson>> {
    let json = app
        .pool
        .read(move |s| {
            let article = s
                .article(&id)?
                .ok_or_else(|| ApiError::not_found(format!("no article {id:?}")))?;
            let annotations = s.annotations(&article)?;
            if annotations.dropped > 0 {
                tracing::warn!(
                    id,
                    dropped = annotations.dropped,
                    "annotations off the text"
                );
            }
            Ok(dto::article_json(article, annotations))
        })
        .await?;
    Ok(Json(json))
}

// ---------------------------------------------------------------- search

#[derive(Debug, Deserialize)]
pub struct SearchParams {
    #[serde(default)]
    q: String,
    outlet: Option<String>,
    actor: Option<String>,
    /// Two-digit CAMEO root.
    root: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    sort: Option<String>,
    limit: Option<u32>,
    offset: Option<u32>,
    facets: Option<bool>,
}

pub async fn search(
    State(app): State<App>,
    ApiQuery(p): ApiQuery<SearchParams>,
) -> ApiResult<Json<Value>> {
    let Some(index) = app.index.clone() else {
        return Err(ApiError::unavailable(
            "the search index is not available; see the server log",
        ));
    };
    if p.q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad_request(format!(
            "query longer than {MAX_QUERY_CHARS} characters"
        )));
    }
    date_range(p.from, p.to)?;
    let root = cameo(p.root)?;
    if root.as_ref().is_some_and(|r| r.len() != 2) {
        return Err(ApiError::bad_request("root must be a two-digit CAMEO root"));
    }
    let sort = match p.sort.as_deref() {
        None | Some("relevance") | Some("") => SortBy::Relevance,
        Some("newest") => SortBy::Newest,
        Some("oldest") => SortBy::Oldest,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "sort {other:?}: expected relevance, newest or oldest"
            )));
        }
    };
    let mut request = SearchRequest::new(p.q);
    request.outlet = non_empty(p.outlet);
    request.actor = non_empty(p.actor);
    request.cameo_root = root;
    request.from = p.from;
    request.to = p.to;
    request.sort = sort;
    request.limit = limit(p.limit, 20, 100) as usize;
    request.offset = offset(p.offset)? as usize;
    request.facets = p.facets.unwrap_or(true);
    let started = Instant::now();
    let (results, names) = app
        .pool
        .read(move |s| {
            let results = index.search(&request)?;
            let ids: Vec<String> = results
                .facets
                .actors
                .iter()
                .map(|(id, _)| id.clone())
                .collect();
            let names = if ids.is_empty() {
                Default::default()
            } else {
                s.actor_names(&ids)?
            };
            Ok((results, names))
        })
        .await?;
    let counts = |list: Vec<(String, u64)>| -> Vec<CountJson> {
        list.into_iter()
            .map(|(value, count)| CountJson {
                name: names.get(&value).cloned(),
                value,
                count,
            })
            .collect()
    };
    let hits: Vec<Value> = results
        .hits
        .into_iter()
        .map(|h| {
            json!({
                "id": h.id,
                "score": h.score,
                "title": h.title,
                "title_highlights": h.title.as_deref().map(|t| dto::char_ranges(t, &h.title_highlights)).unwrap_or_default(),
                "outlet": h.outlet,
                "published": h.published,
                "highlights": dto::char_ranges(&h.snippet, &h.highlights),
                "snippet": h.snippet,
            })
        })
        .collect();
    Ok(Json(json!({
        "total": results.total,
        "hits": hits,
        "facets": {
            "outlets": counts(results.facets.outlets),
            "actors": counts(results.facets.actors),
            "months": counts(results.facets.months),
            "cameo_roots": counts(results.facets.cameo_roots),
        },
        "warnings": results.warnings,
        "took_ms": started.elapsed().as_secs_f64() * 1000.0,
    })))
}

// ---------------------------------------------------------------- actors

#[derive(Debug, Deserialize)]
pub struct ActorParams {
    q: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    country: Option<String>,
    resolved: Option<bool>,
    sort: Option<String>,
    limit: Option<u32>,
    offset: Option<u32>,
}

pub async fn list_actors(
    State(app): State<App>,
    ApiQuery(p): ApiQuery<ActorParams>,
) -> ApiResult<Json<PageJson<dto::ActorSummaryJson>>> {
    let sort = match p.sort.as_deref() {
        None | Some("") | Some("mentions") => ActorSort::Mentions,
        Some("articles") => ActorSort::Articles,
        Some("events") => ActorSort::Events,
        Some("name") => ActorSort::Name,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "sort {other:?}: expected mentions, articles, events or name"
            )));
        }
    };
    let filter = ActorFilter {
        q: non_empty(p.q),
        kind: non_empty(p.kind),
        country: non_empty(p.country),
        resolved: p.resolved,
        sort,
        limit: limit(p.limit, 50, 500),
        offset: offset(p.offset)?,
    };
    let (limit, offset) = (filter.limit, filter.offset);
    let page = app.pool.read(move |s| Ok(s.list_actors(&filter)?)).await?;
    Ok(Json(PageJson {
        total: page.total,
        limit,
        offset,
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

pub async fn actor(State(app): State<App>, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let (profile, timeline) = app
        .pool
        .read(move |s| {
            let profile = s
                .actor_profile(&id, 30)?
                .ok_or_else(|| ApiError::not_found(format!("no actor {id:?}")))?;
            let filter = EventFilter {
                actor: Some(id),
                ..EventFilter::default()
            };
            let timeline = s.timeline(&filter, Bucket::Day)?;
            Ok((profile, timeline))
        })
        .await?;
    Ok(Json(json!({
        "actor": dto::ActorSummaryJson::from(profile.summary),
        "aliases": profile.aliases.into_iter().map(|(text, count)| json!({"text": text, "count": count})).collect::<Vec<_>>(),
        "events_as_source": profile.events_as_source,
        "events_as_target": profile.events_as_target,
        "first_seen": profile.first_seen,
        "last_seen": profile.last_seen,
        "counterparts": profile.counterparts.into_iter().map(|c| json!({
            "actor": dto::ActorRefJson::from(c.actor),
            "events": c.events,
            "cooperation": c.cooperation,
            "conflict": c.conflict,
            "mean_goldstein": c.mean_goldstein,
        })).collect::<Vec<_>>(),
        "quotes": profile.quotes.into_iter().map(|q| json!({
            "article_id": q.article_id,
            "title": q.title,
            "published": q.published,
            "text": q.text,
            "direct": q.direct,
        })).collect::<Vec<_>>(),
        "timeline": dto::timeline_points(timeline),
    })))
}

// ---------------------------------------------------------------- events

#[derive(Debug, Deserialize, Default)]
pub struct EventParams {
    /// One event id.
    event: Option<i64>,
    actor: Option<String>,
    source: Option<String>,
    target: Option<String>,
    /// Two actor ids, comma-separated: events between them in either direction.
    pair: Option<String>,
    cameo: Option<String>,
    root: Option<String>,
    plover: Option<String>,
    quad: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    outlet: Option<String>,
    article: Option<String>,
    negated: Option<bool>,
    modality: Option<String>,
    sort: Option<String>,
    order: Option<String>,
    limit: Option<u32>,
    offset: Option<u32>,
    /// Network only: keep edges with at least this many events.
    min_events: Option<u32>,
    /// Timeline only: `day`, `week` or `month`.
    bucket: Option<String>,
}

impl EventParams {
    fn filter(&mut self, default_limit: u32, max_limit: u32) -> ApiResult<EventFilter> {
        date_range(self.from, self.to)?;
        let pair = match non_empty(self.pair.take()) {
            None => None,
            Some(p) => match p.split_once(',') {
                Some((a, b)) if !a.is_empty() && !b.is_empty() => {
                    Some((a.to_owned(), b.to_owned()))
                }
                _ => return Err(ApiError::bad_request("pair must be two actor ids: a,b")),
            },
        };
        let cameo = match (cameo(self.cameo.take())?, cameo(self.root.take())?) {
            (Some(_), Some(_)) => {
                return Err(ApiError::bad_request("give either cameo or root, not both"));
            }
            (c, r) => c.or(r),
        };
        let sort = match self.sort.as_deref() {
            None | Some("") | Some("date") => EventSort::Date,
            Some("goldstein") => EventSort::Goldstein,
            Some("reports") => EventSort::Reports,
            Some("cameo") => EventSort::Cameo,
            Some(other) => {
                return Err(ApiError::bad_request(format!(
                    "sort {other:?}: expected date, goldstein, reports or cameo"
                )));
            }
        };
        let descending = match self.order.as_deref() {
            None | Some("") | Some("desc") => true,
            Some("asc") => false,
            Some(other) => {
                return Err(ApiError::bad_request(format!(
                    "order {other:?}: expected asc or desc"
                )));
            }
        };
        Ok(EventFilter {
            id: self.event,
            actor: non_empty(self.actor.take()),
            source: non_empty(self.source.take()),
            target: non_empty(self.target.take()),
            pair,
            cameo,
            plover_type: non_empty(self.plover.take()),
            quad_classes: quads(self.quad.as_deref())?,
            from: self.from,
            to: self.to,
            outlet: non_empty(self.outlet.take()),
            article: non_empty(self.article.take()),
            negated: self.negated,
            modality: non_empty(self.modality.take()),
            sort,
            descending,
            limit: limit(self.limit, default_limit, max_limit),
            offset: offset(self.offset)?,
        })
    }
}

pub async fn list_events(
    State(app): State<App>,
    ApiQuery(mut p): ApiQuery<EventParams>,
) -> ApiResult<Json<PageJson<dto::EventJson>>> {
    let filter = p.filter(50, 500)?;
    let (limit, offset) = (filter.limit, filter.offset);
    let page = app.pool.read(move |s| Ok(s.list_events(&filter)?)).await?;
    Ok(Json(PageJson {
        total: page.total,
        limit,
        offset,
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

pub async fn evidence(
    State(app): State<App>,
    ApiQuery(mut p): ApiQuery<EventParams>,
) -> ApiResult<Json<Value>> {
    let mut filter = p.filter(50, 200)?;
    filter.sort = EventSort::Date;
    let rows = app.pool.read(move |s| Ok(s.evidence(&filter)?)).await?;
    let items: Vec<dto::EvidenceJson> = rows.into_iter().map(Into::into).collect();
    Ok(Json(json!({ "items": items })))
}

fn network_json(
    s: &Store,
    filter: &EventFilter,
    min_events: u32,
) -> ApiResult<network::NetworkJson> {
    let edges = s.network(filter, min_events)?;
    let mut ids: Vec<String> = edges
        .iter()
        .flat_map(|e| [e.source.clone(), e.target.clone()])
        .collect();
    ids.sort();
    ids.dedup();
    let actors = if ids.is_empty() {
        Vec::new()
    } else {
        s.actors_by_ids(&ids)?
    };
    Ok(network::build(edges, actors))
}

pub async fn network(
    State(app): State<App>,
    ApiQuery(mut p): ApiQuery<EventParams>,
) -> ApiResult<Json<network::NetworkJson>> {
    let filter = p.filter(300, 5000)?;
    let min_events = p.min_events.unwrap_or(1);
    let net = app
        .pool
        .read(move |s| network_json(s, &filter, min_events))
        .await?;
    Ok(Json(net))
}

pub async fn timeline(
    State(app): State<App>,
    ApiQuery(mut p): ApiQuery<EventParams>,
) -> ApiResult<Json<Value>> {
    let bucket = match p.bucket.as_deref() {
        None | Some("") | Some("day") => Bucket::Day,
        Some("week") => Bucket::Week,
        Some("month") => Bucket::Month,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "bucket {other:?}: expected day, week or month"
            )));
        }
    };
    let filter = p.filter(1, 1)?;
    let timeline = app
        .pool
        .read(move |s| Ok(s.timeline(&filter, bucket)?))
        .await?;
    let name = match bucket {
        Bucket::Day => "day",
        Bucket::Week => "week",
        Bucket::Month => "month",
    };
    Ok(Json(json!({
        "bucket": name,
        "series": dto::timeline_points(timeline),
    })))
}

// ---------------------------------------------------------------- exports

pub async fn export(
    State(app): State<App>,
    Path(file): Path<String>,
    ApiQuery(mut p): ApiQuery<EventParams>,
) -> ApiResult<Response> {
    let format = match file.as_str() {
        "events.jsonl" => EventFormat::Jsonl,
        "events.csv" => EventFormat::Csv,
        "events.tsv" => EventFormat::GdeltTsv,
        "events.parquet" => EventFormat::Parquet,
        "events.plover.jsonl" => EventFormat::Plover,
        "network.graphml" => {
            let filter = p.filter(1000, 20_000)?;
            let min_events = p.min_events.unwrap_or(1);
            let net = app
                .pool
                .read(move |s| network_json(s, &filter, min_events))
                .await?;
            return Ok(export::graphml(&net));
        }
        "articles.jsonl" => {
            date_range(p.from, p.to)?;
            let filter = ArticleFilter {
                outlet: non_empty(p.outlet.take()),
                from: p.from,
                to: p.to,
                actor: non_empty(p.actor.take()),
                cameo: cameo(p.cameo.take())?,
                quad_class: None,
                limit: 500,
                offset: 0,
            };
            return Ok(export::articles(app.pool.path().to_path_buf(), filter));
        }
        other => {
            return Err(ApiError::not_found(format!(
                "no export {other:?}; try events.jsonl, events.csv, events.tsv, \
                 events.parquet, events.plover.jsonl, network.graphml or articles.jsonl"
            )));
        }
    };
    let filter = p.filter(1, 1)?;
    Ok(export::events(
        app.pool.path().to_path_buf(),
        filter,
        format,
    ))
}

// ---------------------------------------------------------------- writes

/// Checks `Authorization: Bearer <token>` against the configured write token.
fn authorize(app: &App, headers: &HeaderMap) -> ApiResult<()> {
    let Some(expected) = app.write_token.as_deref() else {
        return Err(ApiError {
            status: axum::http::StatusCode::FORBIDDEN,
            code: "read_only",
            message: "this server is read-only (no write token configured)".into(),
        });
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if constant_time_eq(given.as_bytes(), expected.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError {
            status: axum::http::StatusCode::UNAUTHORIZED,
            code: "unauthorized",
            message: "missing or wrong bearer token".into(),
        })
    }
}

/// Compares without an early exit, so response time does not reveal the matching prefix.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[derive(Debug, Deserialize)]
pub struct ReindexParams {
    #[serde(default)]
    full: bool,
}

pub async fn reindex(
    State(app): State<App>,
    headers: HeaderMap,
    ApiQuery(p): ApiQuery<ReindexParams>,
) -> ApiResult<Json<Value>> {
    authorize(&app, &headers)?;
    let Some(index) = app.index.clone() else {
        return Err(ApiError::unavailable("search is disabled on this server"));
    };
    let stats = app
        .pool
        .read(move |s| {
            Ok(if p.full {
                index.rebuild(s)?
            } else {
                index.update(s)?
            })
        })
        .await?;
    Ok(Json(json!({
        "added": stats.added,
        "updated": stats.updated,
        "removed": stats.removed,
        "total": stats.total,
        "rebuilt": stats.rebuilt,
    })))
}

/// An article posted to `POST /api/v1/articles`.
#[derive(Debug, Deserialize)]
pub struct NewArticle {
    id: String,
    paragraphs: Vec<String>,
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<chrono::DateTime<chrono::Utc>>,
    author: Option<String>,
}

pub async fn add_articles(
    State(app): State<App>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> ApiResult<Json<Value>> {
    authorize(&app, &headers)?;
    let posted: Vec<NewArticle> = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(format!("body: expected a JSON array of articles: {e}"))
    })?;
    if posted.len() > 10_000 {
        return Err(ApiError::bad_request("at most 10000 articles per request"));
    }
    let articles: Vec<marsad_doc::Article> = posted
        .into_iter()
        .map(|p| {
            if p.id.trim().is_empty() {
                return Err(ApiError::bad_request("an article has an empty id"));
            }
            let mut a = marsad_doc::Article::from_paragraphs(p.id, p.paragraphs);
            a.title = p.title;
            a.outlet = p.outlet;
            a.url = p.url;
            a.published = p.published;
            a.author = p.author;
            Ok(a)
        })
        .collect::<ApiResult<_>>()?;
    let path = app.pool.path().to_path_buf();
    let writer = app.writer.clone();
    let outcomes = tokio::task::spawn_blocking(move || -> ApiResult<_> {
        // One writer at a time from this server; SQLite serialises with other processes.
        let _guard = writer
            .lock()
            .map_err(|_| ApiError::internal(&"writer lock poisoned"))?;
        let mut store = Store::open(&path)?;
        Ok(store.add_articles(&articles)?)
    })
    .await??;
    let stored = outcomes
        .iter()
        .filter(|o| **o == marsad_store::AddOutcome::Stored)
        .count();
    let index_stats = match app.index.clone() {
        Some(index) if stored > 0 => Some(app.pool.read(move |s| Ok(index.update(s)?)).await?),
        _ => None,
    };
    let outcomes: Vec<Value> = outcomes
        .into_iter()
        .map(|o| match o {
            marsad_store::AddOutcome::Stored => json!({"outcome": "stored"}),
            marsad_store::AddOutcome::DuplicateId => json!({"outcome": "duplicate_id"}),
            marsad_store::AddOutcome::DuplicateContent { of } => {
                json!({"outcome": "duplicate_content", "of": of})
            }
        })
        .collect();
    Ok(Json(json!({
        "stored": stored,
        "outcomes": outcomes,
        "indexed": index_stats.map(|s| s.added + s.updated),
    })))
}

// ---------------------------------------------------------------- fallbacks

pub async fn api_not_found() -> impl IntoResponse {
    ApiError::not_found("no such API endpoint; see /api/openapi.json")
}

//! The OpenAPI 3.1 document served at `/api/openapi.json`, written by hand next to the routes
//! (a test checks that every route is described and every described path is routed).

use serde_json::{Value, json};

/// Paths and methods the router serves under `/api`, as written in the document.
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/api/v1/health"),
    ("get", "/api/v1/overview"),
    ("get", "/api/v1/articles"),
    ("post", "/api/v1/articles"),
    ("get", "/api/v1/articles/{id}"),
    ("get", "/api/v1/search"),
    ("get", "/api/v1/actors"),
    ("get", "/api/v1/actors/{id}"),
    ("get", "/api/v1/events"),
    ("get", "/api/v1/evidence"),
    ("get", "/api/v1/network"),
    ("get", "/api/v1/timeline"),
    ("get", "/api/v1/export/{file}"),
    ("post", "/api/v1/admin/reindex"),
    ("get", "/api/openapi.json"),
];

fn param(name: &str, schema: Value, description: &str) -> Value {
    json!({ "name": name, "in": "query", "required": false, "schema": schema, "description": description })
}

fn string(name: &str, description: &str) -> Value {
    param(name, json!({"type": "string"}), description)
}

fn date(name: &str, description: &str) -> Value {
    param(
        name,
        json!({"type": "string", "format": "date"}),
        description,
    )
}

fn paging(default: u32, max: u32) -> [Value; 2] {
    [
        param(
            "limit",
            json!({"type": "integer", "minimum": 1, "maximum": max, "default": default}),
            "Page size (values above the maximum are capped).",
        ),
        param(
            "offset",
            json!({"type": "integer", "minimum": 0, "maximum": 1_000_000, "default": 0}),
            "Rows to skip.",
        ),
    ]
}

fn path_param(name: &str, description: &str) -> Value {
    json!({ "name": name, "in": "path", "required": true, "schema": {"type": "string"}, "description": description })
}

fn ok(schema: Value, description: &str) -> Value {
    json!({
        "200": { "description": description, "content": { "application/json": { "schema": schema } } },
        "400": { "$ref": "#/components/responses/Error" },
    })
}

fn event_filters() -> Vec<Value> {
    vec![
        param("event", json!({"type": "integer"}), "One event id."),
        string("actor", "Actor id taking part, as source or target."),
        string("source", "Source actor id."),
        string("target", "Target actor id."),
        string(
            "pair",
            "Two actor ids `a,b`: events between them in either direction.",
        ),
        string(
            "cameo",
            "CAMEO code prefix, 1–4 digits (`19`, `190`, `0411`).",
        ),
        string(
            "root",
            "Two-digit CAMEO root (same as a two-digit `cameo`).",
        ),
        string("plover", "PLOVER event type (`ASSAULT`, `CONSULT`, …)."),
        string(
            "quad",
            "Quad classes, comma-separated (`3,4`), or `cooperation` (1,2) / `conflict` (3,4).",
        ),
        date("from", "Event date on or after (inclusive)."),
        date("to", "Event date on or before (inclusive)."),
        string("outlet", "Reported by at least one article of this outlet."),
        string("article", "Reported in this article id."),
        param(
            "negated",
            json!({"type": "boolean"}),
            "`false` drops negated events.",
        ),
        string(
            "modality",
            "`asserted`, `future`, `hypothetical` or `reported`.",
        ),
    ]
}

fn with(mut base: Vec<Value>, more: impl IntoIterator<Item = Value>) -> Vec<Value> {
    base.extend(more);
    base
}

/// The document.
pub fn document() -> Value {
    let page = |items: &str| {
        json!({
            "type": "object",
            "required": ["total", "limit", "offset", "items"],
            "properties": {
                "total": {"type": "integer"}, "limit": {"type": "integer"},
                "offset": {"type": "integer"},
                "items": {"type": "array", "items": {"$ref": format!("#/components/schemas/{items}")}},
            }
        })
    };
    let schema = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "marsad API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Read access to an analysed Arabic news corpus: articles with actor mentions, \
                events and quotes; full-text search; actors; events; the actor network; timelines; \
                exports.\n\n**Offsets** in every response are character (Unicode scalar) offsets into \
                the article's `text`, half-open `[start, end)`; in JavaScript index `Array.from(text)`.\n\n\
                **Dates** are `YYYY-MM-DD`; date ranges are inclusive at both ends. `published` values \
                are RFC 3339 in UTC.\n\n**Writes** (`POST`) need `Authorization: Bearer <token>` and \
                are refused (403) when the server has no write token.\n\n**Errors** are \
                `{\"error\": {\"code\", \"message\"}}` with the HTTP status."
        },
        "paths": {
            "/api/v1/health": { "get": {
                "summary": "Liveness and capabilities",
                "responses": ok(json!({"type": "object"}), "Status, version, whether search and writes are available."),
            }},
            "/api/v1/overview": { "get": {
                "summary": "Corpus totals, outlets, date ranges and search index size",
                "responses": ok(json!({"type": "object"}), "Totals."),
            }},
            "/api/v1/articles": {
                "get": {
                    "summary": "List articles, newest first",
                    "parameters": with(vec![
                        string("outlet", "Outlet name."),
                        date("from", "Published on or after."),
                        date("to", "Published on or before."),
                        string("actor", "Mentions this actor id."),
                        string("cameo", "Reports an event with this CAMEO prefix."),
                        param("quad", json!({"type": "integer", "minimum": 1, "maximum": 4}), "Reports an event of this quad class."),
                    ], paging(50, 500)),
                    "responses": ok(page("ArticleSummary"), "A page of articles."),
                },
                "post": {
                    "summary": "Store articles (write token required); updates the search index",
                    "security": [{"bearer": []}],
                    "requestBody": { "required": true, "content": { "application/json": { "schema": {
                        "type": "array", "maxItems": 10000, "items": schema("NewArticle") } } } },
                    "responses": {
                        "200": { "description": "One outcome per article (`stored`, `duplicate_id`, `duplicate_content`)." },
                        "401": { "$ref": "#/components/responses/Error" },
                        "403": { "$ref": "#/components/responses/Error" },
                        "413": { "description": "Body larger than the configured limit." },
                    },
                },
            },
            "/api/v1/articles/{id}": { "get": {
                "summary": "One article with paragraphs, mentions, events and quotes (character offsets)",
                "parameters": [path_param("id", "Article id (may contain `/`).")],
                "responses": {
                    "200": { "description": "The article.", "content": { "application/json": { "schema": schema("Article") } } },
                    "404": { "$ref": "#/components/responses/Error" },
                },
            }},
            "/api/v1/search": { "get": {
                "summary": "Full-text search with Arabic normalization and light stemming",
                "description": "Words are ANDed; `\"...\"` is a phrase; `-word` excludes; `a OR b`; \
                    `title:word`. Spelling variants (hamza forms, ة/ه, ى/ي, harakat, tatweel, \
                    Arabic-Indic digits) match each other; inflections match through the Light10 \
                    Arabic light stemmer, exact forms rank higher. An empty `q` lists articles matching \
                    the filters, newest first.",
                "parameters": with(vec![
                    string("q", "Query (at most 1000 characters)."),
                    string("outlet", "Outlet name."),
                    string("actor", "Mentions this actor id."),
                    string("root", "Reports an event with this two-digit CAMEO root."),
                    date("from", "Published on or after."),
                    date("to", "Published on or before."),
                    param("sort", json!({"enum": ["relevance", "newest", "oldest"]}), "Order."),
                    param("facets", json!({"type": "boolean", "default": true}), "Count matches per outlet, actor, month, CAMEO root."),
                ], paging(20, 100)),
                "responses": ok(schema("SearchResults"), "Hits with highlighted snippets, and facets."),
            }},
            "/api/v1/actors": { "get": {
                "summary": "List actors with mention, article and event counts",
                "parameters": with(vec![
                    string("q", "Substring of id, Arabic or English name."),
                    string("type", "state, person, organisation, armed_group, movement, place."),
                    string("country", "ISO 3166-1 alpha-3."),
                    param("resolved", json!({"type": "boolean"}), "Knowledge-base actors (true) or unresolved NER names (false)."),
                    param("sort", json!({"enum": ["mentions", "articles", "events", "name"]}), "Order (counts descending)."),
                ], paging(50, 500)),
                "responses": ok(page("ActorSummary"), "A page of actors."),
            }},
            "/api/v1/actors/{id}": { "get": {
                "summary": "Actor profile: aliases seen, counts, counterparts, quotes, daily timeline",
                "parameters": [path_param("id", "Actor id.")],
                "responses": {
                    "200": { "description": "The profile." },
                    "404": { "$ref": "#/components/responses/Error" },
                },
            }},
            "/api/v1/events": { "get": {
                "summary": "List events (one row per distinct event, with its report count)",
                "parameters": with(event_filters(), with(vec![
                    param("sort", json!({"enum": ["date", "goldstein", "reports", "cameo"]}), "Sort key."),
                    param("order", json!({"enum": ["desc", "asc"]}), "Direction (default desc)."),
                ], paging(50, 500))),
                "responses": ok(page("Event"), "A page of events."),
            }},
            "/api/v1/evidence": { "get": {
                "summary": "Sentences reporting the events matching the filters (e.g. behind a network edge)",
                "parameters": with(event_filters(), paging(50, 200)),
                "responses": ok(json!({"type": "object", "properties": {"items": {"type": "array", "items": schema("Evidence")}}}), "Evidence sentences, oldest event first."),
            }},
            "/api/v1/network": { "get": {
                "summary": "Actor network: directed edges with cooperation (quad 1–2) and conflict (3–4) counts, Leiden communities",
                "parameters": with(event_filters(), vec![
                    param("min_events", json!({"type": "integer", "minimum": 1, "default": 1}), "Drop edges with fewer events."),
                    param("limit", json!({"type": "integer", "minimum": 1, "maximum": 5000, "default": 300}), "Heaviest edges kept."),
                ]),
                "responses": ok(schema("Network"), "Nodes and edges."),
            }},
            "/api/v1/timeline": { "get": {
                "summary": "Events per bucket and quad class, and articles per bucket",
                "parameters": with(event_filters(), vec![
                    param("bucket", json!({"enum": ["day", "week", "month"]}), "Bucket width (weeks start on Monday)."),
                ]),
                "responses": ok(json!({"type": "object", "properties": {
                    "bucket": {"type": "string"},
                    "series": {"type": "array", "items": schema("TimelinePoint")},
                }}), "The series, in bucket order."),
            }},
            "/api/v1/export/{file}": { "get": {
                "summary": "Download: events.jsonl, events.csv, events.tsv (GDELT 2.0 column subset), events.parquet, events.plover.jsonl (PLOVER records), network.graphml (Gephi), articles.jsonl",
                "description": "Event files take the event filters; network.graphml also `min_events` \
                    and `limit`; articles.jsonl takes outlet, from, to, actor, cameo. Streamed; no size limit.",
                "parameters": with(vec![json!({ "name": "file", "in": "path", "required": true,
                    "schema": {"enum": ["events.jsonl", "events.csv", "events.tsv", "events.parquet", "events.plover.jsonl", "network.graphml", "articles.jsonl"]} })],
                    event_filters()),
                "responses": {
                    "200": { "description": "The file, as an attachment." },
                    "404": { "$ref": "#/components/responses/Error" },
                },
            }},
            "/api/v1/admin/reindex": { "post": {
                "summary": "Update the search index from the database (write token required)",
                "security": [{"bearer": []}],
                "parameters": [param("full", json!({"type": "boolean", "default": false}), "Rebuild from scratch instead of updating.")],
                "responses": {
                    "200": { "description": "Counts of documents added, updated, removed." },
                    "401": { "$ref": "#/components/responses/Error" },
                    "403": { "$ref": "#/components/responses/Error" },
                },
            }},
            "/api/openapi.json": { "get": {
                "summary": "This document",
                "responses": { "200": { "description": "OpenAPI 3.1 JSON." } },
            }},
        },
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "responses": { "Error": { "description": "An error.", "content": { "application/json": { "schema": schema("Error") } } } },
            "schemas": schemas(),
        },
    })
}

fn schemas() -> Value {
    let s = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
    let nullable = |t: &str| json!({"type": [t, "null"]});
    json!({
        "Error": { "type": "object", "properties": { "error": { "type": "object", "properties": {
            "code": {"type": "string"}, "message": {"type": "string"} } } } },
        "CharSpan": { "type": "object", "description": "Half-open character range.",
            "properties": { "start": {"type": "integer"}, "end": {"type": "integer"} } },
        "ActorRef": { "type": "object", "properties": {
            "id": {"type": "string"}, "name": {"type": "string"}, "name_en": nullable("string"),
            "type": {"type": "string"}, "code": nullable("string") } },
        "ActorSummary": { "allOf": [s("ActorRef"), { "type": "object", "properties": {
            "country": nullable("string"), "resolved": {"type": "boolean"},
            "mentions": {"type": "integer"}, "articles": {"type": "integer"}, "events": {"type": "integer"} } }] },
        "ArticleSummary": { "type": "object", "properties": {
            "id": {"type": "string"}, "outlet": nullable("string"), "url": nullable("string"),
            "title": nullable("string"), "published": nullable("string"),
            "chars": {"type": "integer"}, "mentions": {"type": "integer"},
            "events": {"type": "integer"}, "quotes": {"type": "integer"} } },
        "Event": { "type": "object", "properties": {
            "id": {"type": "integer"}, "source": {"oneOf": [s("ActorRef"), {"type": "null"}]},
            "target": {"oneOf": [s("ActorRef"), {"type": "null"}]},
            "source_code": nullable("string"), "target_code": nullable("string"),
            "cameo": {"type": "string"}, "cameo_root": {"type": "string"},
            "quad_class": {"type": "integer", "minimum": 1, "maximum": 4},
            "goldstein": {"type": "number"}, "plover_type": nullable("string"),
            "plover_mode": nullable("string"), "negated": {"type": "boolean"},
            "modality": {"type": "string"}, "date": nullable("string"),
            "location": nullable("string"), "reports": {"type": "integer"} } },
        "Article": { "type": "object", "properties": {
            "id": {"type": "string"}, "title": nullable("string"), "outlet": nullable("string"),
            "url": nullable("string"), "published": nullable("string"),
            "offsets": {"const": "chars"}, "text": {"type": "string"},
            "paragraphs": {"type": "array", "items": s("CharSpan")},
            "mentions": {"type": "array", "items": {"type": "object", "properties": {
                "start": {"type": "integer"}, "end": {"type": "integer"}, "actor": s("ActorRef"),
                "code": nullable("string"), "how": {"type": "string"}, "confidence": {"type": "number"} } } },
            "events": {"type": "array", "items": {"type": "object", "properties": {
                "event": s("Event"), "sentence": s("CharSpan"), "trigger": s("CharSpan"),
                "reported_by": nullable("string"), "confidence": {"type": "number"} } } },
            "quotes": {"type": "array", "items": {"type": "object", "properties": {
                "start": {"type": "integer"}, "end": {"type": "integer"},
                "speaker": {"oneOf": [s("ActorRef"), {"type": "null"}]}, "direct": {"type": "boolean"} } } },
            "comments": {"type": "array", "items": {"type": "object"}},
            "analysis": {"type": ["object", "null"]} } },
        "NewArticle": { "type": "object", "required": ["id", "paragraphs"], "properties": {
            "id": {"type": "string"}, "paragraphs": {"type": "array", "items": {"type": "string"}},
            "title": {"type": "string"}, "outlet": {"type": "string"}, "url": {"type": "string"},
            "published": {"type": "string", "format": "date-time"}, "author": {"type": "string"} } },
        "SearchResults": { "type": "object", "properties": {
            "total": {"type": "integer"},
            "hits": {"type": "array", "items": {"type": "object", "properties": {
                "id": {"type": "string"}, "score": {"type": "number"}, "title": nullable("string"),
                "title_highlights": {"type": "array", "items": s("CharSpan")},
                "outlet": nullable("string"), "published": nullable("string"),
                "snippet": {"type": "string"},
                "highlights": {"type": "array", "items": s("CharSpan"), "description": "Character ranges in `snippet`."} } } },
            "facets": {"type": "object", "properties": {
                "outlets": {"type": "array"}, "actors": {"type": "array"},
                "months": {"type": "array"}, "cameo_roots": {"type": "array"} } },
            "warnings": {"type": "array", "items": {"type": "string"}},
            "took_ms": {"type": "number"} } },
        "Evidence": { "type": "object", "properties": {
            "event_id": {"type": "integer"}, "source": nullable("string"), "target": nullable("string"),
            "cameo": {"type": "string"}, "quad_class": {"type": "integer"}, "date": nullable("string"),
            "article_id": {"type": "string"}, "title": nullable("string"), "outlet": nullable("string"),
            "published": nullable("string"), "sentence": {"type": "string"},
            "trigger": {"oneOf": [s("CharSpan"), {"type": "null"}], "description": "Characters of `sentence`."} } },
        "Network": { "type": "object", "properties": {
            "nodes": {"type": "array", "items": {"allOf": [s("ActorRef"), {"type": "object", "properties": {
                "country": nullable("string"), "events": {"type": "integer"}, "cooperation": {"type": "integer"},
                "conflict": {"type": "integer"}, "degree": {"type": "integer"}, "community": {"type": "integer"} } }]}},
            "edges": {"type": "array", "items": {"type": "object", "properties": {
                "source": {"type": "string"}, "target": {"type": "string"}, "events": {"type": "integer"},
                "cooperation": {"type": "integer"}, "conflict": {"type": "integer"},
                "goldstein_mean": {"type": "number"}, "reports": {"type": "integer"} } } },
            "communities": {"type": "integer"}, "modularity": {"type": "number"} } },
        "TimelinePoint": { "type": "object", "properties": {
            "bucket": {"type": "string"}, "q1": {"type": "integer"}, "q2": {"type": "integer"},
            "q3": {"type": "integer"}, "q4": {"type": "integer"}, "events": {"type": "integer"},
            "reports": {"type": "integer"}, "articles": {"type": "integer"} } },
    })
}

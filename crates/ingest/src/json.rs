//! JSON arrays of article objects, single objects, `{"articles": [...]}` wrappers, and
//! JSON Lines.
//!
//! Field names are matched from the usual vocabularies (SaudiNewsNet, NewsAPI, scrapers):
//! see the `*_KEYS` lists. A record with a wrong type (a number where text belongs, an
//! object as a title) fails alone with its index and field; the rest of the file ingests.
//! Records without an id get a stable one: `source-` plus the xxh3 of the URL, else of the
//! title and text, so re-ingesting the same file gives the same ids.
//!
//! An array is first split into raw records (validating syntax only), then records are
//! converted in parallel.

use crate::draft::{Ctx, Draft};
use crate::error::{ErrorKind, IngestError};
use crate::{date, html, text};
use marsad_doc::{Article, Comment, Format};
use rayon::prelude::*;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

const ID_KEYS: &[&str] = &["id", "_id", "guid", "docno", "doc_id", "uuid"];
const URL_KEYS: &[&str] = &["url", "link", "href", "uri"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const TEXT_KEYS: &[&str] = &[
    "content",
    "text",
    "body",
    "article",
    "article_body",
    "articleBody",
    "full_text",
    "fulltext",
    "maintext",
];
/// Used for the body only when no full text field exists.
const SUMMARY_KEYS: &[&str] = &["description", "summary", "abstract"];
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publishedAt",
    "pubDate",
    "pub_date",
    "date_published",
    "datePublished",
    "date_publish",
    "published_date",
    "date_extracted",
    "created_at",
    "timestamp",
    "time",
];
const SOURCE_KEYS: &[&str] = &[
    "source",
    "outlet",
    "site",
    "site_name",
    "publisher",
    "source_name",
    "domain",
];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline", "writer"];
const CATEGORY_KEYS: &[&str] = &["category", "categories", "section", "cat"];
/// Keys under which a wrapper object holds its array of articles.
const LIST_KEYS: &[&str] = &[
    "articles",
    "items",
    "data",
    "entries",
    "results",
    "docs",
    "documents",
];

pub(crate) fn parse(input: &str, ctx: &Ctx<'_>) -> Vec<Result<Article, IngestError>> {
    let trimmed = input.trim_start();
    if trimmed.starts_with('[') {
        return parse_array(input, ctx, Format::Json);
    }
    if looks_like_jsonl(trimmed) {
        return parse_lines(input, ctx);
    }
    match serde_json::from_str::<Map<String, Value>>(input) {
        Ok(mut object) => {
            let list = LIST_KEYS
                .iter()
                .find_map(|k| object.remove(*k).filter(Value::is_array));
            match list {
                Some(Value::Array(records)) => records
                    .into_par_iter()
                    .enumerate()
                    .map(|(i, v)| convert_value(v, i, ctx, Format::Json))
                    .collect(),
                _ => vec![convert(object, ctx, Format::Json).map_err(|k| ctx.error(k))],
            }
        }
        Err(e) => vec![Err(ctx.error(ErrorKind::Json(e.to_string())))],
    }
}

/// JSON Lines: the first line alone is a complete object.
fn looks_like_jsonl(trimmed: &str) -> bool {
    let first = trimmed.lines().next().unwrap_or_default();
    trimmed.len() > first.len() && serde_json::from_str::<&RawValue>(first).is_ok()
}

fn parse_array(input: &str, ctx: &Ctx<'_>, format: Format) -> Vec<Result<Article, IngestError>> {
    let records: Vec<&RawValue> = match serde_json::from_str(input) {
        Ok(r) => r,
        Err(e) => return vec![Err(ctx.error(ErrorKind::Json(e.to_string())))],
    };
    records
        .into_par_iter()
        .enumerate()
        .map(|(i, raw)| match serde_json::from_str::<Value>(raw.get()) {
            Ok(v) => convert_value(v, i, ctx, format),
            Err(e) => Err(record_error(ctx, i, e.to_string())),
        })
        .collect()
}

fn parse_lines(input: &str, ctx: &Ctx<'_>) -> Vec<Result<Article, IngestError>> {
    let lines: Vec<(usize, &str)> = input
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    lines
        .into_par_iter()
        .map(|(n, line)| {
            let line_no = n + 1;
            let wrap = |message: String| {
                ctx.error(ErrorKind::Record {
                    index: line_no,
                    message: format!("(line {line_no}) {message}"),
                })
            };
            match serde_json::from_str::<Value>(line) {
                Ok(Value::Object(object)) => {
                    convert(object, ctx, Format::Jsonl).map_err(|k| wrap(k.to_string()))
                }
                Ok(other) => Err(wrap(format!(
                    "expected an object, found {}",
                    type_name(&other)
                ))),
                Err(e) => Err(wrap(format!("invalid JSON: {e}"))),
            }
        })
        .collect()
}

fn record_error(ctx: &Ctx<'_>, index: usize, message: String) -> IngestError {
    ctx.error(ErrorKind::Record { index, message })
}

fn convert_value(
    value: Value,
    index: usize,
    ctx: &Ctx<'_>,
    format: Format,
) -> Result<Article, IngestError> {
    match value {
        Value::Object(object) => {
            convert(object, ctx, format).map_err(|k| record_error(ctx, index, k.to_string()))
        }
        other => Err(record_error(
            ctx,
            index,
            format!("expected an object, found {}", type_name(&other)),
        )),
    }
}

fn convert(
    mut object: Map<String, Value>,
    ctx: &Ctx<'_>,
    format: Format,
) -> Result<Article, ErrorKind> {
    let id = take(&mut object, ID_KEYS, id_value)?
        .map(|i| i.trim().to_owned())
        .filter(|i| !i.is_empty());
    let url = take(&mut object, URL_KEYS, string)?;
    let title = take(&mut object, TITLE_KEYS, string)?;
    let body = match take(&mut object, TEXT_KEYS, string)? {
        Some(body) => Some(body),
        None => take(&mut object, SUMMARY_KEYS, string)?,
    };
    let published = take(&mut object, DATE_KEYS, date_value)?.flatten();
    let outlet = take(&mut object, SOURCE_KEYS, source_value)?;
    let author = take(&mut object, AUTHOR_KEYS, names)?;
    let category = take(&mut object, CATEGORY_KEYS, names)?;
    let comments = take(&mut object, &["comments"], comments_value)?.unwrap_or_default();

    let body = body.ok_or_else(|| ErrorKind::NoTextField(TEXT_KEYS.join(", ")))?;
    let paragraphs = if html::looks_like_markup(&body) {
        html::fragment_paragraphs(&body)
    } else {
        text::split_paragraphs(&body)
    };
    let id = id.unwrap_or_else(|| {
        derived_id(
            outlet.as_deref(),
            url.as_deref(),
            title.as_deref(),
            &body,
            ctx,
        )
    });
    let draft = Draft {
        id,
        outlet,
        url,
        title,
        published,
        author,
        category,
        paragraphs,
        comments,
    };
    ctx.finish_record(draft, format)
}

/// `source-xxh3(url)`; without a URL, a hash of title and body, so the id survives
/// reordering of the file.
fn derived_id(
    outlet: Option<&str>,
    url: Option<&str>,
    title: Option<&str>,
    body: &str,
    ctx: &Ctx<'_>,
) -> String {
    let hash = match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => xxhash_rust::xxh3::xxh3_64(url.as_bytes()),
        None => {
            let mut h = xxhash_rust::xxh3::Xxh3::new();
            h.update(title.unwrap_or_default().as_bytes());
            h.update(b"\n");
            h.update(body.as_bytes());
            h.digest()
        }
    };
    let prefix = outlet
        .map(|o| o.trim())
        .filter(|o| !o.is_empty() && o.len() <= 40 && !o.contains(char::is_whitespace))
        .unwrap_or(ctx.stem);
    format!("{prefix}-{hash:016x}")
}

/// Removes the first present, non-null key of `keys` and converts it; a wrong type is an
/// error naming the key.
fn take<T>(
    object: &mut Map<String, Value>,
    keys: &[&str],
    convert: fn(Value) -> Result<T, &'static str>,
) -> Result<Option<T>, ErrorKind> {
    for key in keys {
        match object.remove(*key) {
            None | Some(Value::Null) => continue,
            Some(value) => {
                let found = type_name(&value);
                return convert(value)
                    .map(Some)
                    .map_err(|expected| ErrorKind::WrongType {
                        field: (*key).to_owned(),
                        expected,
                        found,
                    });
            }
        }
    }
    Ok(None)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn string(v: Value) -> Result<String, &'static str> {
    match v {
        Value::String(s) => Ok(s),
        _ => Err("a string"),
    }
}

fn id_value(v: Value) -> Result<String, &'static str> {
    match v {
        Value::String(s) => Ok(s),
        Value::Number(n) if n.is_u64() || n.is_i64() => Ok(n.to_string()),
        _ => Err("a string or an integer"),
    }
}

/// A date string, or Unix seconds/milliseconds; an unreadable string is no date, not an
/// error.
fn date_value(v: Value) -> Result<Option<chrono::DateTime<chrono::Utc>>, &'static str> {
    match v {
        Value::String(s) => Ok(date::parse(&s)),
        Value::Number(n) => Ok(n.as_i64().and_then(date::from_unix)),
        _ => Err("a date string or a Unix time"),
    }
}

/// A name, or an object with a `name` (NewsAPI's `source`).
fn source_value(v: Value) -> Result<String, &'static str> {
    match v {
        Value::String(s) => Ok(s),
        Value::Object(mut o) => match o.remove("name").or_else(|| o.remove("id")) {
            Some(Value::String(s)) => Ok(s),
            _ => Err("a string or an object with a \"name\" string"),
        },
        _ => Err("a string or an object with a \"name\" string"),
    }
}

/// A string, or a list of strings (or of objects with a `name`) joined by commas.
fn names(v: Value) -> Result<String, &'static str> {
    const EXPECTED: &str = "a string or a list of strings";
    match v {
        Value::String(s) => Ok(s),
        Value::Array(items) => {
            let mut parts = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    Value::String(s) => parts.push(s),
                    Value::Object(mut o) => match o.remove("name") {
                        Some(Value::String(s)) => parts.push(s),
                        _ => return Err(EXPECTED),
                    },
                    _ => return Err(EXPECTED),
                }
            }
            Ok(parts.join(", "))
        }
        _ => Err(EXPECTED),
    }
}

/// Reader comments as strings or `{author, text}` objects.
fn comments_value(v: Value) -> Result<Vec<Comment>, &'static str> {
    const EXPECTED: &str = "a list of strings or {author, text} objects";
    let Value::Array(items) = v else {
        return Err(EXPECTED);
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let comment = match item {
            Value::String(text) => Comment { author: None, text },
            Value::Object(mut o) => {
                let text = ["text", "content", "body", "comment"]
                    .iter()
                    .find_map(|k| match o.remove(*k) {
                        Some(Value::String(s)) => Some(s),
                        _ => None,
                    })
                    .ok_or(EXPECTED)?;
                let author = ["author", "name", "user"]
                    .iter()
                    .find_map(|k| match o.remove(*k) {
                        Some(Value::String(s)) => Some(s),
                        _ => None,
                    });
                Comment { author, text }
            }
            _ => return Err(EXPECTED),
        };
        if !comment.text.trim().is_empty() {
            out.push(comment);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::IngestConfig;

    fn run(input: &str) -> Vec<Result<Article, String>> {
        let cfg = IngestConfig::default();
        let ctx = Ctx {
            path: "f.json",
            stem: "f",
            encoding: "UTF-8",
            cfg: &cfg,
        };
        parse(input, &ctx)
            .into_iter()
            .map(|r| r.map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn saudinewsnet_shape_gets_a_stable_id() {
        let input = r#"[{"source":"aawsat","url":"http://x/1","date_extracted":"2015-07-21 02:51:32",
            "title":"عنوان","author":"كاتب","content":"فقرة أولى.\n\n فقرة ثانية."}]"#;
        let out = run(input);
        let a = out[0].as_ref().expect("ingests");
        assert!(a.id.starts_with("aawsat-"));
        assert_eq!(a.id, run(input)[0].as_ref().expect("ingests").id);
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(a.outlet.as_deref(), Some("aawsat"));
        assert_eq!(
            a.published.map(|d| d.to_rfc3339()).as_deref(),
            Some("2015-07-21T02:51:32+00:00")
        );
    }

    #[test]
    fn wrong_types_fail_their_record_only() {
        let input = r#"[{"title": 5, "content": "نص."}, {"title": "عنوان", "content": "نص."}, 7,
            {"content": ["x"]}, {"title": "بلا نص"}]"#;
        let out = run(input);
        assert_eq!(
            out[0].as_ref().err().map(String::as_str),
            Some("f.json: record 0: field \"title\": expected a string, found a number")
        );
        assert!(out[1].is_ok());
        assert_eq!(
            out[2].as_ref().err().map(String::as_str),
            Some("f.json: record 2: expected an object, found a number")
        );
        assert!(
            out[3]
                .as_ref()
                .is_err_and(|e| e.contains("field \"content\""))
        );
        assert!(out[4].as_ref().is_err_and(|e| e.contains("no text field")));
    }

    #[test]
    fn jsonl_and_wrappers() {
        let out = run("{\"id\": 1, \"text\": \"أ.\"}\n{\"id\": 2, \"text\": 3}\nnot json\n");
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_ref().map(|a| a.id.as_str()), Ok("1"));
        assert!(out[1].as_ref().is_err_and(|e| e.contains("line 2")));
        assert!(out[2].as_ref().is_err_and(|e| e.contains("line 3")));

        let out = run(
            r#"{"articles": [{"title": "ع", "body": "<p>فقرة.</p><p>ثانية.</p>", "source": {"name": "وكالة"}}]}"#,
        );
        let a = out[0].as_ref().expect("ingests");
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(a.outlet.as_deref(), Some("وكالة"));
    }
}

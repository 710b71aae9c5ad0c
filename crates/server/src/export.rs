//! Streaming exports: events as JSONL, CSV, GDELT-style TSV, Parquet ([`columnar`]) and PLOVER
//! JSON Lines ([`plover`]); the network as GraphML; articles with their annotations as JSONL.
//!
//! An export can be the whole corpus, so rows are never collected: a blocking thread reads them
//! from its own read-only connection (not one of the pool's, so a long export does not starve
//! the API) and pushes 64 KiB chunks through a bounded channel that the response body drains.
//! When the client goes away the channel closes and the reader stops at its next chunk.

mod columnar;
mod plover;

use crate::dto::{ArticleSummaryJson, EventJson, article_json};
use crate::network::NetworkJson;
use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use marsad_store::{ArticleFilter, EventFilter, EventRow, Store, StoreError};
use parquet::errors::ParquetError;
use std::io::{self, Write};
use std::path::PathBuf;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::sync::mpsc;

const CHUNK: usize = 64 * 1024;

/// Event export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventFormat {
    Jsonl,
    Csv,
    /// A subset of GDELT 2.0's event table columns, in GDELT's order, with a header row.
    GdeltTsv,
    /// The CSV columns, typed, as one Parquet file.
    Parquet,
    /// One PLOVER record per line; events without a PLOVER type are left out.
    Plover,
}

impl EventFormat {
    fn file_name(self) -> &'static str {
        match self {
            EventFormat::Jsonl => "marsad-events.jsonl",
            EventFormat::Csv => "marsad-events.csv",
            EventFormat::GdeltTsv => "marsad-events.gdelt.tsv",
            EventFormat::Parquet => "marsad-events.parquet",
            EventFormat::Plover => "marsad-events.plover.jsonl",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            EventFormat::Jsonl | EventFormat::Plover => "application/x-ndjson; charset=utf-8",
            EventFormat::Csv => "text/csv; charset=utf-8",
            EventFormat::GdeltTsv => "text/tab-separated-values; charset=utf-8",
            EventFormat::Parquet => "application/vnd.apache.parquet",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error(transparent)]
    Parquet(ParquetError),
}

impl From<ParquetError> for ExportError {
    /// Keeps write failures as I/O errors, so a client that went away mid-download is still
    /// recognised as one (and not logged as a failed export).
    fn from(error: ParquetError) -> ExportError {
        match error {
            ParquetError::External(inner) => match inner.downcast::<io::Error>() {
                Ok(io) => ExportError::Io(*io),
                Err(other) => ExportError::Parquet(ParquetError::External(other)),
            },
            other => ExportError::Parquet(other),
        }
    }
}

/// Buffers writes and sends them as chunks down the channel.
struct ChunkWriter {
    tx: mpsc::Sender<Result<Bytes, io::Error>>,
    buf: Vec<u8>,
}

impl ChunkWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "client went away"))
    }
}

impl Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// The receiving end as a response body stream.
struct ChannelStream(mpsc::Receiver<Result<Bytes, io::Error>>);

impl futures_core::Stream for ChannelStream {
    type Item = Result<Bytes, io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}

/// A streamed attachment whose bytes `produce` writes from a blocking thread with its own
/// read-only connection to `db`.
fn stream<F>(db: PathBuf, file_name: &str, content_type: &'static str, produce: F) -> Response
where
    F: FnOnce(&Store, &mut ChunkWriter) -> Result<(), ExportError> + Send + 'static,
{
    let (tx, rx) = mpsc::channel(8);
    tokio::task::spawn_blocking(move || {
        let mut out = ChunkWriter {
            tx: tx.clone(),
            buf: Vec::with_capacity(CHUNK),
        };
        let result = Store::open_read_only(&db)
            .map_err(ExportError::from)
            .and_then(|store| produce(&store, &mut out))
            .and_then(|()| out.flush().map_err(ExportError::from));
        if let Err(error) = result {
            match &error {
                ExportError::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                _ => tracing::error!(%error, "export failed"),
            }
            // Aborts the response so the client sees a truncated download, not a silent one.
            let _ = tx.blocking_send(Err(io::Error::other(error.to_string())));
        }
    });
    let mut response = Body::from_stream(ChannelStream(rx)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

pub fn events(db: PathBuf, filter: EventFilter, format: EventFormat) -> Response {
    stream(
        db,
        format.file_name(),
        format.content_type(),
        move |store, out| write_events(store, &filter, format, out),
    )
}

/// Writes the events `filter` selects in `format`, with a header row for CSV and TSV: the one
/// exporter behind both the HTTP download and `marsad export events`. `Send` because the
/// Parquet writer requires it of its output.
pub fn write_events(
    store: &Store,
    filter: &EventFilter,
    format: EventFormat,
    out: &mut (dyn Write + Send),
) -> Result<(), ExportError> {
    match format {
        EventFormat::Jsonl => store.for_each_event(filter, |event| -> Result<(), ExportError> {
            serde_json::to_writer(&mut *out, &EventJson::from(event)).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
            Ok(())
        }),
        EventFormat::Csv => {
            writeln!(out, "{}", CSV_HEADER.join(","))?;
            store.for_each_event(filter, |event| -> Result<(), ExportError> {
                Ok(write_csv_row(out, &csv_fields(&event))?)
            })
        }
        EventFormat::GdeltTsv => {
            writeln!(out, "{}", GDELT_HEADER.join("\t"))?;
            store.for_each_event(filter, |event| -> Result<(), ExportError> {
                let fields = gdelt_fields(&event);
                let line: Vec<String> = fields.iter().map(|f| tsv_field(f)).collect();
                writeln!(out, "{}", line.join("\t"))?;
                Ok(())
            })
        }
        EventFormat::Parquet => {
            columnar::write_events(store, filter, out, columnar::ROW_GROUP_ROWS)
        }
        EventFormat::Plover => plover::write_events(store, filter, out),
    }
}

pub fn articles(db: PathBuf, filter: ArticleFilter) -> Response {
    let content_type = "application/x-ndjson; charset=utf-8";
    stream(
        db,
        "marsad-articles.jsonl",
        content_type,
        move |store, out| {
            // Paged by the filter itself, so memory stays bounded by one page.
            let mut filter = filter;
            filter.limit = 500;
            filter.offset = 0;
            loop {
                let page = store.list_articles(&filter)?;
                if page.items.is_empty() {
                    return Ok(());
                }
                for summary in page.items {
                    let Some(article) = store.article(&summary.id)? else {
                        continue;
                    };
                    let annotations = store.annotations(&article)?;
                    let summary = ArticleSummaryJson::from(summary);
                    let json = serde_json::json!({
                        "summary": summary,
                        "article": article_json(article, annotations),
                    });
                    serde_json::to_writer(&mut *out, &json).map_err(io::Error::from)?;
                    out.write_all(b"\n")?;
                }
                filter.offset += filter.limit;
            }
        },
    )
}

const CSV_HEADER: [&str; 17] = [
    "id",
    "date",
    "source_id",
    "source_name",
    "source_code",
    "target_id",
    "target_name",
    "target_code",
    "cameo",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "negated",
    "modality",
    "location",
    "reports",
];

fn csv_fields(e: &EventRow) -> Vec<String> {
    let id =
        |a: &Option<marsad_store::ActorRef>| a.as_ref().map(|a| a.id.clone()).unwrap_or_default();
    let name =
        |a: &Option<marsad_store::ActorRef>| a.as_ref().map(|a| a.name.clone()).unwrap_or_default();
    vec![
        e.id.to_string(),
        e.date.clone().unwrap_or_default(),
        id(&e.source),
        name(&e.source),
        e.source_code.clone().unwrap_or_default(),
        id(&e.target),
        name(&e.target),
        e.target_code.clone().unwrap_or_default(),
        e.cameo.clone(),
        e.quad_class.to_string(),
        e.goldstein.to_string(),
        e.plover_type.clone().unwrap_or_default(),
        e.plover_mode.clone().unwrap_or_default(),
        u8::from(e.negated).to_string(),
        e.modality.clone(),
        e.location.clone().unwrap_or_default(),
        e.reports.to_string(),
    ]
}

/// RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. A leading
/// `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets do not run it as a formula.
fn write_csv_row(out: &mut dyn Write, fields: &[String]) -> io::Result<()> {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let guarded;
        let field = if field.starts_with(['=', '+', '@'])
            || (field.starts_with('-') && field.parse::<f64>().is_err())
        {
            guarded = format!("'{field}");
            &guarded
        } else {
            field
        };
        if field.contains([',', '"', '\r', '\n']) {
            write!(out, "\"{}\"", field.replace('"', "\"\""))?;
        } else {
            out.write_all(field.as_bytes())?;
        }
    }
    out.write_all(b"\r\n")
}

const GDELT_HEADER: [&str; 15] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor2Code",
    "Actor2Name",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "Actor1Id",
    "Actor2Id",
];

fn gdelt_fields(e: &EventRow) -> Vec<String> {
    let name = |a: &Option<marsad_store::ActorRef>| {
        a.as_ref()
            .map(|a| a.name_en.clone().unwrap_or_else(|| a.name.clone()))
            .unwrap_or_default()
    };
    let id =
        |a: &Option<marsad_store::ActorRef>| a.as_ref().map(|a| a.id.clone()).unwrap_or_default();
    vec![
        e.id.to_string(),
        e.date.as_deref().unwrap_or("").replace('-', ""),
        e.source_code.clone().unwrap_or_default(),
        name(&e.source),
        e.target_code.clone().unwrap_or_default(),
        name(&e.target),
        "1".into(),
        e.cameo.clone(),
        e.cameo.chars().take(3).collect(),
        e.cameo.chars().take(2).collect(),
        e.quad_class.to_string(),
        e.goldstein.to_string(),
        e.reports.to_string(),
        id(&e.source),
        id(&e.target),
    ]
}

/// TSV has no quoting: tabs and newlines inside a field become spaces.
fn tsv_field(field: &str) -> String {
    field.replace(['\t', '\n', '\r'], " ")
}

/// GraphML for Gephi and other tools: directed edges with cooperation/conflict weights.
pub fn graphml(network: &NetworkJson) -> Response {
    let mut x = String::with_capacity(1024 + network.edges.len() * 200);
    x.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n\
         <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n\
         <key id=\"name_en\" for=\"node\" attr.name=\"name_en\" attr.type=\"string\"/>\n\
         <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n\
         <key id=\"code\" for=\"node\" attr.name=\"code\" attr.type=\"string\"/>\n\
         <key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>\n\
         <key id=\"node_events\" for=\"node\" attr.name=\"events\" attr.type=\"long\"/>\n\
         <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n\
         <key id=\"cooperation\" for=\"edge\" attr.name=\"cooperation\" attr.type=\"long\"/>\n\
         <key id=\"conflict\" for=\"edge\" attr.name=\"conflict\" attr.type=\"long\"/>\n\
         <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein_mean\" attr.type=\"double\"/>\n\
         <key id=\"reports\" for=\"edge\" attr.name=\"reports\" attr.type=\"long\"/>\n\
         <graph id=\"marsad\" edgedefault=\"directed\">\n",
    );
    for n in &network.nodes {
        x.push_str(&format!(
            "<node id=\"{}\"><data key=\"label\">{}</data><data key=\"name_en\">{}</data>\
             <data key=\"type\">{}</data><data key=\"code\">{}</data>\
             <data key=\"community\">{}</data><data key=\"node_events\">{}</data></node>\n",
            xml(&n.actor.id),
            xml(&n.actor.name),
            xml(n.actor.name_en.as_deref().unwrap_or("")),
            xml(&n.actor.kind),
            xml(n.actor.code.as_deref().unwrap_or("")),
            n.community,
            n.events,
        ));
    }
    for (i, e) in network.edges.iter().enumerate() {
        x.push_str(&format!(
            "<edge id=\"e{i}\" source=\"{}\" target=\"{}\"><data key=\"weight\">{}</data>\
             <data key=\"cooperation\">{}</data><data key=\"conflict\">{}</data>\
             <data key=\"goldstein\">{}</data><data key=\"reports\">{}</data></edge>\n",
            xml(&e.source),
            xml(&e.target),
            e.events,
            e.cooperation,
            e.conflict,
            e.goldstein_mean,
            e.reports,
        ));
    }
    x.push_str("</graph>\n</graphml>\n");
    (
        [
            (
                header::CONTENT_TYPE,
                "application/graphml+xml; charset=utf-8",
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"marsad-network.graphml\"",
            ),
        ],
        x,
    )
        .into_response()
}

/// Escapes text for XML content and attribute values; drops characters XML 1.0 forbids.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_guards() {
        let mut out = Vec::new();
        let fields = ["a,b", "say \"hi\"", "=cmd()", "-2.5", "-x", "حفتر"].map(String::from);
        write_csv_row(&mut out, &fields).expect("write");
        assert_eq!(
            String::from_utf8(out).expect("utf8"),
            "\"a,b\",\"say \"\"hi\"\"\",'=cmd(),-2.5,'-x,حفتر\r\n"
        );
    }

    #[test]
    fn xml_escapes() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}

//! The output schema of `marsad extract`: one JSON object per article.
//!
//! All offsets are **character** (Unicode scalar value) offsets into `text`, half-open
//! (`start..end`), converted from the pipeline's byte spans here and nowhere else. For Arabic
//! text they equal JavaScript's UTF-16 indices except after characters outside the BMP (emoji).
//!
//! | field | type | meaning |
//! |---|---|---|
//! | `id` | string | article id (file stem, DOCNO, record id or a hash of the url) |
//! | `outlet`, `url`, `title`, `author`, `category` | string or null | as given by the source |
//! | `published` | string or null | RFC 3339, UTC |
//! | `language` | string or null | ISO 639-1 code detected from the body |
//! | `text` | string | the body: paragraphs joined by a blank line |
//! | `paragraphs` | `[{text, start, end}]` | paragraph spans |
//! | `comments` | `[{author, text}]` | reader comments, apart from the body |
//! | `sentences` | `[{start, end}]` | sentence spans |
//! | `tokens` | `[{start, end, kind}]` | only with `--tokens`; kind is `word`, `latin`, `number`, `punct`, `quote`, `url` or `symbol` |
//! | `events` | `[{sentence, text, source, target, cameo, cameo_name, quad_class, goldstein, plover, negated, modality, background, reported_by, trigger, location, date, confidence}]` | coded events: `sentence` `{start,end}`; `source`/`target`/`location`/`reported_by` `{text, start, end, actor_id, code}` or null; `plover` `{type, mode}` or null; `modality` is `asserted`, `future`, `hypothetical` or `reported`; `trigger` `{text, start, end, lemma}`; `date` `YYYY-MM-DD` or null |
//! | `quotes` | `[{speaker, text, start, end, direct}]` | direct and indirect quotes; `speaker` as an event argument |
//! | `mentions` | `[{text, start, end, actor, how, confidence}]` | actor mentions; `actor` is `{id, name, name_en, type, code, country}` with the CAMEO `code` valid at the article's date; `how` is `alias`, `demonym`, `modifier`, `fuzzy`, `title`, `coref` or `ner` (an actor the knowledge base does not know, id `unresolved.<key>`) |

use crate::Analysis;
use marsad_doc::{Article, CharOffsets, Comment, Span};
use marsad_events::{Arg, Attribution, Modality};
use marsad_kb::{ActorKind, How};
use marsad_text::TokenKind;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct ArticleRecord<'a> {
    pub id: &'a str,
    pub outlet: Option<&'a str>,
    pub url: Option<&'a str>,
    pub title: Option<&'a str>,
    pub published: Option<String>,
    pub author: Option<&'a str>,
    pub category: Option<&'a str>,
    pub language: Option<&'a str>,
    pub text: &'a str,
    pub paragraphs: Vec<ParagraphRecord<'a>>,
    pub comments: &'a [Comment],
    pub sentences: Vec<SpanRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenRecord>>,
    pub mentions: Vec<MentionRecord<'a>>,
    pub events: Vec<EventRecord<'a>>,
    pub quotes: Vec<QuoteRecord<'a>>,
}

/// A stretch of text, optionally naming a resolved actor.
#[derive(Debug, Serialize)]
pub struct ArgRecord<'a> {
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    pub actor_id: Option<&'a str>,
    pub code: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct TriggerRecord<'a> {
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    pub lemma: &'a str,
}

#[derive(Debug, Serialize)]
pub struct PloverRecord<'a> {
    #[serde(rename = "type")]
    pub event_type: &'a str,
    pub mode: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct EventRecord<'a> {
    pub sentence: SpanRecord,
    pub text: &'a str,
    pub source: Option<ArgRecord<'a>>,
    pub target: Option<ArgRecord<'a>>,
    pub cameo: &'a str,
    pub cameo_name: &'a str,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover: Option<PloverRecord<'a>>,
    pub negated: bool,
    pub modality: Modality,
    pub background: bool,
    pub reported_by: Option<ArgRecord<'a>>,
    pub trigger: TriggerRecord<'a>,
    pub location: Option<ArgRecord<'a>>,
    pub date: Option<String>,
    pub confidence: f32,
}

#[derive(Debug, Serialize)]
pub struct QuoteRecord<'a> {
    pub speaker: Option<ArgRecord<'a>>,
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    pub direct: bool,
}

#[derive(Debug, Serialize)]
pub struct MentionRecord<'a> {
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    pub actor: ActorRecord<'a>,
    pub how: How,
    pub confidence: f32,
}

#[derive(Debug, Serialize)]
pub struct ActorRecord<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub name_en: &'a str,
    #[serde(rename = "type")]
    pub kind: ActorKind,
    pub code: &'a str,
    pub country: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct ParagraphRecord<'a> {
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct SpanRecord {
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Serialize)]
pub struct TokenRecord {
    pub start: u32,
    pub end: u32,
    pub kind: &'static str,
}

/// What to include beyond the always-present fields.
#[derive(Debug, Clone, Copy)]
pub struct RecordOptions {
    pub tokens: bool,
}

impl<'a> ArticleRecord<'a> {
    pub fn new(article: &'a Article, analysis: &'a Analysis, options: RecordOptions) -> Self {
        let offsets = CharOffsets::new(&article.text);
        let span = |span: Span| {
            let (start, end) = offsets.span(span);
            SpanRecord { start, end }
        };
        ArticleRecord {
            id: &article.id,
            outlet: article.outlet.as_deref(),
            url: article.url.as_deref(),
            title: article.title.as_deref(),
            published: article.published.map(|d| d.to_rfc3339()),
            author: article.author.as_deref(),
            category: article.category.as_deref(),
            language: article.language.as_deref(),
            text: &article.text,
            paragraphs: article
                .paragraphs
                .iter()
                .map(|&p| {
                    let SpanRecord { start, end } = span(p);
                    ParagraphRecord {
                        text: article.slice(p),
                        start,
                        end,
                    }
                })
                .collect(),
            comments: &article.comments,
            sentences: analysis.sentences.iter().map(|&s| span(s)).collect(),
            tokens: options.tokens.then(|| {
                analysis
                    .tokens
                    .iter()
                    .map(|t| {
                        let SpanRecord { start, end } = span(t.span);
                        TokenRecord {
                            start,
                            end,
                            kind: token_kind_name(t.kind),
                        }
                    })
                    .collect()
            }),
            mentions: analysis
                .mentions
                .iter()
                .map(|m| {
                    let SpanRecord { start, end } = span(m.span);
                    MentionRecord {
                        text: article.slice(m.span),
                        start,
                        end,
                        actor: ActorRecord {
                            id: &m.actor.id,
                            name: &m.actor.name,
                            name_en: &m.actor.name_en,
                            kind: m.actor.kind,
                            code: &m.actor.code,
                            country: m.actor.country.as_deref(),
                        },
                        how: m.how,
                        confidence: m.confidence,
                    }
                })
                .collect(),
            events: analysis
                .events
                .iter()
                .map(|e| EventRecord {
                    sentence: span(e.sentence),
                    text: article.slice(e.sentence),
                    source: e.source.as_ref().map(|a| arg(article, &offsets, a)),
                    target: e.target.as_ref().map(|a| arg(article, &offsets, a)),
                    cameo: &e.cameo,
                    cameo_name: &e.cameo_name,
                    quad_class: e.quad_class,
                    goldstein: e.goldstein,
                    plover: e.plover.as_ref().map(|p| PloverRecord {
                        event_type: &p.event_type,
                        mode: p.mode.as_deref(),
                    }),
                    negated: e.negated,
                    modality: e.modality,
                    background: e.background,
                    reported_by: e
                        .reported_by
                        .as_ref()
                        .map(|a| attribution(article, &offsets, a)),
                    trigger: {
                        let SpanRecord { start, end } = span(e.trigger.span);
                        TriggerRecord {
                            text: article.slice(e.trigger.span),
                            start,
                            end,
                            lemma: &e.trigger.lemma,
                        }
                    },
                    location: e.location.as_ref().map(|a| arg(article, &offsets, a)),
                    date: e.date.map(|d| d.to_string()),
                    confidence: e.confidence,
                })
                .collect(),
            quotes: analysis
                .quotes
                .iter()
                .map(|q| {
                    let SpanRecord { start, end } = span(q.text);
                    QuoteRecord {
                        speaker: q.speaker.as_ref().map(|a| arg(article, &offsets, a)),
                        text: article.slice(q.text),
                        start,
                        end,
                        direct: q.direct,
                    }
                })
                .collect(),
        }
    }
}

fn arg<'a>(article: &'a Article, offsets: &CharOffsets, arg: &'a Arg) -> ArgRecord<'a> {
    let (start, end) = offsets.span(arg.span);
    ArgRecord {
        text: article.slice(arg.span),
        start,
        end,
        actor_id: arg.actor_id.as_deref(),
        code: arg.code.as_deref(),
    }
}

fn attribution<'a>(
    article: &'a Article,
    offsets: &CharOffsets,
    attribution: &'a Attribution,
) -> ArgRecord<'a> {
    let (start, end) = offsets.span(attribution.span);
    ArgRecord {
        text: article.slice(attribution.span),
        start,
        end,
        actor_id: attribution.actor_id.as_deref(),
        code: None,
    }
}

fn token_kind_name(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Word => "word",
        TokenKind::Latin => "latin",
        TokenKind::Number => "number",
        TokenKind::Punct => "punct",
        TokenKind::Quote => "quote",
        TokenKind::Url => "url",
        TokenKind::Symbol => "symbol",
    }
}

//! The public JSON shapes of the API, converted from store and search rows.
//!
//! **API boundary.** These structs are the compatibility promise of `/api/v1`; every offset in
//! them is a **character** (Unicode scalar) offset, which is what JavaScript's `Array.from(s)`
//! indexes (not UTF-16 code units: Arabic text is in the BMP, so for it the two agree). The
//! store's byte offsets are converted here and nowhere else.

use marsad_doc::{Article, CharOffsets, Span};
use marsad_store as store;
use serde::Serialize;

/// A half-open `start..end` range in characters.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct CharSpan {
    pub start: u32,
    pub end: u32,
}

pub fn char_span(offsets: &CharOffsets, span: Span) -> CharSpan {
    let (start, end) = offsets.span(span);
    CharSpan { start, end }
}

/// Byte ranges within `text` as character ranges (ranges off char boundaries are dropped).
pub fn char_ranges(text: &str, ranges: &[(usize, usize)]) -> Vec<CharSpan> {
    let offsets = CharOffsets::new(text);
    ranges
        .iter()
        .filter_map(|&(s, e)| Span::checked(text, s, e).ok())
        .map(|span| char_span(&offsets, span))
        .collect()
}

#[derive(Debug, Serialize)]
pub struct PageJson<T> {
    pub total: i64,
    pub limit: u32,
    pub offset: u32,
    pub items: Vec<T>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActorRefJson {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub code: Option<String>,
}

impl From<store::ActorRef> for ActorRefJson {
    fn from(a: store::ActorRef) -> ActorRefJson {
        ActorRefJson {
            id: a.id,
            name: a.name,
            name_en: a.name_en,
            kind: a.kind,
            code: a.code,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ArticleSummaryJson {
    pub id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub chars: i64,
    pub mentions: i64,
    pub events: i64,
    pub quotes: i64,
}

impl From<store::ArticleSummary> for ArticleSummaryJson {
    fn from(a: store::ArticleSummary) -> ArticleSummaryJson {
        ArticleSummaryJson {
            id: a.id,
            outlet: a.outlet,
            url: a.url,
            title: a.title,
            published: a.published,
            chars: a.chars,
            mentions: a.mentions,
            events: a.events,
            quotes: a.quotes,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct EventJson {
    pub id: i64,
    pub source: Option<ActorRefJson>,
    pub target: Option<ActorRefJson>,
    pub source_code: Option<String>,
    pub target_code: Option<String>,
    pub cameo: String,
    /// First two digits of `cameo`.
    pub cameo_root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover_type: Option<String>,
    pub plover_mode: Option<String>,
    pub negated: bool,
    pub modality: String,
    pub date: Option<String>,
    pub location: Option<String>,
    pub reports: i64,
}

impl From<store::EventRow> for EventJson {
    fn from(e: store::EventRow) -> EventJson {
        EventJson {
            id: e.id,
            source: e.source.map(Into::into),
            target: e.target.map(Into::into),
            source_code: e.source_code,
            target_code: e.target_code,
            cameo_root: e.cameo.chars().take(2).collect(),
            cameo: e.cameo,
            quad_class: e.quad_class,
            goldstein: e.goldstein,
            plover_type: e.plover_type,
            plover_mode: e.plover_mode,
            negated: e.negated,
            modality: e.modality,
            date: e.date,
            location: e.location,
            reports: e.reports,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct MentionJson {
    pub start: u32,
    pub end: u32,
    pub actor: ActorRefJson,
    pub code: Option<String>,
    pub how: String,
    pub confidence: f64,
}

#[derive(Debug, Serialize)]
pub struct EventReportJson {
    pub event: EventJson,
    pub sentence: CharSpan,
    pub trigger: CharSpan,
    pub reported_by: Option<String>,
    pub confidence: f64,
}

#[derive(Debug, Serialize)]
pub struct QuoteJson {
    pub start: u32,
    pub end: u32,
    pub speaker: Option<ActorRefJson>,
    pub direct: bool,
}

#[derive(Debug, Serialize)]
pub struct CommentJson {
    pub author: Option<String>,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct AnalysisJson {
    pub pipeline: String,
    pub analyzed_at: String,
}

/// One article with everything found in it; all spans in characters of `text`.
#[derive(Debug, Serialize)]
pub struct ArticleJson {
    pub id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub language: Option<String>,
    pub category: Option<String>,
    /// Always `"chars"`: the unit of every offset below.
    pub offsets: &'static str,
    pub text: String,
    pub paragraphs: Vec<CharSpan>,
    pub mentions: Vec<MentionJson>,
    pub events: Vec<EventReportJson>,
    pub quotes: Vec<QuoteJson>,
    pub comments: Vec<CommentJson>,
    pub analysis: Option<AnalysisJson>,
}

pub fn article_json(article: Article, annotations: store::Annotations) -> ArticleJson {
    let offsets = CharOffsets::new(&article.text);
    let span = |s: Span| char_span(&offsets, s);
    ArticleJson {
        paragraphs: article.paragraphs.iter().map(|&p| span(p)).collect(),
        mentions: annotations
            .mentions
            .into_iter()
            .map(|m| {
                let s = span(m.span);
                MentionJson {
                    start: s.start,
                    end: s.end,
                    actor: m.actor.into(),
                    code: m.code,
                    how: m.how,
                    confidence: m.confidence,
                }
            })
            .collect(),
        events: annotations
            .events
            .into_iter()
            .map(|e| EventReportJson {
                sentence: span(e.sentence),
                trigger: span(e.trigger),
                event: e.event.into(),
                reported_by: e.reported_by,
                confidence: e.confidence,
            })
            .collect(),
        quotes: annotations
            .quotes
            .into_iter()
            .map(|q| {
                let s = span(q.span);
                QuoteJson {
                    start: s.start,
                    end: s.end,
                    speaker: q.speaker.map(Into::into),
                    direct: q.direct,
                }
            })
            .collect(),
        comments: article
            .comments
            .into_iter()
            .map(|c| CommentJson {
                author: c.author,
                text: c.text,
            })
            .collect(),
        analysis: annotations
            .analysis
            .map(|(pipeline, analyzed_at)| AnalysisJson {
                pipeline,
                analyzed_at,
            }),
        id: article.id,
        outlet: article.outlet,
        url: article.url,
        title: article.title,
        published: article.published.map(|d| d.to_rfc3339()),
        author: article.author,
        language: article.language,
        category: article.category,
        offsets: "chars",
        text: article.text,
    }
}

#[derive(Debug, Serialize)]
pub struct ActorSummaryJson {
    #[serde(flatten)]
    pub actor: ActorRefJson,
    pub country: Option<String>,
    pub resolved: bool,
    pub mentions: i64,
    pub articles: i64,
    pub events: i64,
}

impl From<store::ActorSummary> for ActorSummaryJson {
    fn from(a: store::ActorSummary) -> ActorSummaryJson {
        ActorSummaryJson {
            actor: a.actor.into(),
            country: a.country,
            resolved: a.resolved,
            mentions: a.mentions,
            articles: a.articles,
            events: a.events,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct EvidenceJson {
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
    /// Characters of `sentence`.
    pub trigger: Option<CharSpan>,
}

impl From<store::Evidence> for EvidenceJson {
    fn from(e: store::Evidence) -> EvidenceJson {
        let trigger = e
            .trigger
            .map(|t| char_span(&CharOffsets::new(&e.sentence), t));
        EvidenceJson {
            event_id: e.event_id,
            source: e.source,
            target: e.target,
            cameo: e.cameo,
            quad_class: e.quad_class,
            date: e.date,
            article_id: e.article_id,
            title: e.title,
            outlet: e.outlet,
            published: e.published,
            sentence: e.sentence,
            trigger,
        }
    }
}

/// One bucket of the timeline.
#[derive(Debug, Serialize, Default, Clone)]
pub struct TimelinePoint {
    /// `YYYY-MM-DD` (day, week's Monday) or `YYYY-MM`.
    pub bucket: String,
    /// Events per quad class: verbal cooperation, material cooperation, verbal conflict,
    /// material conflict.
    pub q1: i64,
    pub q2: i64,
    pub q3: i64,
    pub q4: i64,
    pub events: i64,
    pub reports: i64,
    pub articles: i64,
}

pub fn timeline_points(timeline: store::Timeline) -> Vec<TimelinePoint> {
    let mut points: std::collections::BTreeMap<String, TimelinePoint> = Default::default();
    for (bucket, quad, events, reports) in timeline.events {
        let p = points
            .entry(bucket.clone())
            .or_insert_with(|| TimelinePoint {
                bucket,
                ..TimelinePoint::default()
            });
        match quad {
            1 => p.q1 += events,
            2 => p.q2 += events,
            3 => p.q3 += events,
            4 => p.q4 += events,
            _ => {}
        }
        p.events += events;
        p.reports += reports;
    }
    for (bucket, articles) in timeline.articles {
        points
            .entry(bucket.clone())
            .or_insert_with(|| TimelinePoint {
                bucket,
                ..TimelinePoint::default()
            })
            .articles += articles;
    }
    points.into_values().collect()
}

#[derive(Debug, Serialize)]
pub struct CountJson {
    pub value: String,
    /// Display name, for actor ids.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub count: u64,
}

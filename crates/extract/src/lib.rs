//! The analysis pipeline over one article, and the JSON record `marsad extract` writes.
//!
//! A [`Pipeline`] holds the loaded resources (knowledge base, NER model, event lexicon) and
//! runs the stages over an article in their fixed order: tokens and sentences (`marsad-text`),
//! named entities (`marsad-ner`), actor mentions (`marsad-kb`), then events and quotes
//! (`marsad-events`). It returns an [`Analysis`] of spans into the article's unchanged text;
//! [`output::ArticleRecord`] turns both into the documented output schema (character offsets).
//!
//! Invariant: no I/O after loading; every span in an [`Analysis`] slices `article.text`.

pub mod output;

use marsad_doc::{Article, Span};
use marsad_events::{ActorMention, Coder, DocInput, Event, Quote};
use marsad_kb::{Kb, Mention, NerLabel, Resolver, ResolverConfig};
use marsad_ner::Model as NerModel;
use marsad_text::{Token, TokenKind};

/// Version of the pipeline recorded with stored analyses; bump when output changes meaning.
pub const PIPELINE_VERSION: &str = "marsad-extract.v1";

/// Everything the pipeline found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Span>,
    /// Named entities found by the NER model, as byte spans with their labels.
    pub entities: Vec<(Span, NerLabel)>,
    pub mentions: Vec<Mention>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("loading the knowledge base: {0}")]
    Kb(#[from] marsad_kb::LoadError),
    #[error("loading the event lexicon: {0}")]
    Events(#[from] marsad_events::LoadError),
    #[error("loading the NER model: {0}")]
    Ner(#[from] marsad_ner::NerError),
}

/// The loaded resources every stage needs, shared read-only across threads.
pub struct Pipeline {
    kb: Kb,
    resolver: ResolverConfig,
    coder: Coder,
    ner: NerModel,
}

/// The trained NER model shipped in `models/ner/` (see its README for how it is built).
static NER_MODEL: &[u8] = include_bytes!("../../../models/ner/model.bin");

/// The NER model built into the binary, on its own (for evaluation and tagging CoNLL files).
pub fn embedded_ner_model() -> Result<NerModel, marsad_ner::NerError> {
    NerModel::from_bytes(NER_MODEL)
}

impl Pipeline {
    /// The pipeline with every resource embedded in the binary.
    pub fn embedded() -> Result<Pipeline, LoadError> {
        let kb = Kb::load_default()?;
        Ok(Pipeline {
            coder: Coder::embedded()?.with_states(&kb),
            kb,
            // Nisba adjectives («الوساطة التركية», «الوفد الروسي») name the party behind an
            // event noun or a delegation; the coder needs them as arguments.
            resolver: ResolverConfig {
                modifiers: true,
                ..ResolverConfig::standard()
            },
            ner: embedded_ner_model()?,
        })
    }

    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// NER over the article, one tagging sequence per sentence (the model's document stage
    /// sees the whole article), mapped back to byte spans of `text`.
    fn entities(&self, text: &str, tokens: &[Token], sentences: &[Span]) -> Vec<(Span, NerLabel)> {
        let mut sentence_tokens: Vec<Vec<Span>> = Vec::with_capacity(sentences.len());
        let mut rest = tokens;
        for sentence in sentences {
            let skip = rest.partition_point(|t| t.span.start < sentence.start);
            rest = &rest[skip..];
            let take = rest.partition_point(|t| t.span.end <= sentence.end);
            sentence_tokens.push(rest[..take].iter().map(|t| t.span).collect());
            rest = &rest[take..];
        }
        let words: Vec<Vec<&str>> = sentence_tokens
            .iter()
            .map(|spans| spans.iter().map(|s| &text[s.range()]).collect())
            .collect();
        let tags = self.ner.tag_document(&words);
        let mut entities = Vec::new();
        for (spans, tags) in sentence_tokens.iter().zip(&tags) {
            for entity in marsad_ner::entities(tags) {
                let Some(label) = NerLabel::from_tag(entity.ty.as_str()) else {
                    continue;
                };
                if let (Some(first), Some(last)) =
                    (spans.get(entity.start), spans.get(entity.end - 1))
                {
                    entities.push((Span::new(first.start as usize, last.end as usize), label));
                }
            }
        }
        entities
    }

    /// Runs every stage over `article`.
    pub fn analyze(&self, article: &Article) -> Analysis {
        let text = &article.text;
        let tokens = marsad_text::tokenize(text);
        let sentences = marsad_text::split_sentences(text, &tokens);
        let date = article.published.map(|d| d.date_naive());
        let entities = self.entities(text, &tokens, &sentences);
        let resolver = Resolver::new(&self.kb, self.resolver.clone());
        let mentions = resolver.resolve(text, date, &entities);
        let words: Vec<Span> = tokens
            .iter()
            .filter(|t| {
                matches!(
                    t.kind,
                    TokenKind::Word | TokenKind::Latin | TokenKind::Number
                )
            })
            .map(|t| t.span)
            .collect();
        let actor_mentions: Vec<ActorMention> = mentions.iter().map(ActorMention::from).collect();
        let coded = self.coder.code(&DocInput {
            text,
            sentences: &sentences,
            words: &words,
            mentions: &actor_mentions,
            article_date: date,
        });
        Analysis {
            tokens,
            sentences,
            entities,
            mentions,
            events: coded.events,
            quotes: coded.quotes,
        }
    }
}

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
use marsad_kb::{Kb, Mention, Resolver, ResolverConfig};
use marsad_text::{Token, TokenKind};

/// Version of the pipeline recorded with stored analyses; bump when output changes meaning.
pub const PIPELINE_VERSION: &str = "marsad-extract.v1";

/// Everything the pipeline found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Span>,
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
}

/// The loaded resources every stage needs, shared read-only across threads.
pub struct Pipeline {
    kb: Kb,
    resolver: ResolverConfig,
    coder: Coder,
}

impl Pipeline {
    /// The pipeline with every resource embedded in the binary.
    pub fn embedded() -> Result<Pipeline, LoadError> {
        Ok(Pipeline {
            kb: Kb::load_default()?,
            resolver: ResolverConfig::standard(),
            coder: Coder::embedded()?,
        })
    }

    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// Runs every stage over `article`.
    pub fn analyze(&self, article: &Article) -> Analysis {
        let text = &article.text;
        let tokens = marsad_text::tokenize(text);
        let sentences = marsad_text::split_sentences(text, &tokens);
        let date = article.published.map(|d| d.date_naive());
        let resolver = Resolver::new(&self.kb, self.resolver.clone());
        let mentions = resolver.resolve(text, date, &[]);
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
            mentions,
            events: coded.events,
            quotes: coded.quotes,
        }
    }
}

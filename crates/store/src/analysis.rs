//! Write side of the analysis tables: what the pipeline found in each article.
//!
//! The row types here are the store's own (it never depends on the pipeline crates); the CLI
//! maps the pipeline's output onto them. Offsets are byte offsets into `articles.text`.

use crate::{Result, Store};
use chrono::Utc;
use rusqlite::{OptionalExtension, params};

/// An actor referred to by a mention, event or quote.
#[derive(Debug, Clone, PartialEq)]
pub struct NewActor {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub kind: String,
    pub code: Option<String>,
    pub country: Option<String>,
    /// From the knowledge base (true) or an unresolved NER name (false).
    pub resolved: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewMention {
    pub start: u32,
    pub end: u32,
    pub actor_id: String,
    pub code: Option<String>,
    pub how: String,
    pub confidence: f32,
}

/// One report of an event; reports with the same `key` share one `events` row.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub key: String,
    pub source_actor: Option<String>,
    pub target_actor: Option<String>,
    pub source_code: Option<String>,
    pub target_code: Option<String>,
    pub cameo: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover_type: Option<String>,
    pub plover_mode: Option<String>,
    pub negated: bool,
    pub modality: String,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub location: Option<String>,
    pub sentence: (u32, u32),
    pub trigger: (u32, u32),
    pub reported_by: Option<String>,
    pub confidence: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewQuote {
    pub speaker: Option<String>,
    pub start: u32,
    pub end: u32,
    pub direct: bool,
}

/// Everything the pipeline found in one stored article.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAnalysis {
    pub article_id: String,
    pub pipeline: String,
    pub sentences: u32,
    /// Every actor the mentions, events and quotes refer to.
    pub actors: Vec<NewActor>,
    pub mentions: Vec<NewMention>,
    pub events: Vec<NewEvent>,
    pub quotes: Vec<NewQuote>,
}

impl Store {
    /// Whether article `id` has been analysed (by any pipeline version).
    pub fn is_analysed(&self, id: &str) -> Result<bool> {
        let mut query = self
            .conn
            .prepare_cached("SELECT 1 FROM analyses WHERE article_id = ?1")?;
        Ok(query.exists([id])?)
    }

    /// Stores `analyses` in one transaction, replacing any earlier analysis of the same
    /// articles. Events are merged by key with events from other articles.
    pub fn save_analyses(&mut self, analyses: &[NewAnalysis]) -> Result<()> {
        let now = Utc::now().to_rfc3339();
        let tx = self.conn.transaction()?;
        {
            let mut clear_mentions =
                tx.prepare_cached("DELETE FROM mentions WHERE article_id = ?1")?;
            let mut clear_quotes = tx.prepare_cached("DELETE FROM quotes WHERE article_id = ?1")?;
            let mut clear_event_mentions =
                tx.prepare_cached("DELETE FROM event_mentions WHERE article_id = ?1")?;
            let mut upsert_actor = tx.prepare_cached(
                "INSERT INTO actors (id, name, name_en, type, code, country, resolved)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT(id) DO NOTHING",
            )?;
            let mut insert_mention = tx.prepare_cached(
                "INSERT INTO mentions (article_id, ordinal, start, end, actor_id, code, how, confidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut find_event = tx.prepare_cached("SELECT id FROM events WHERE key = ?1")?;
            let mut insert_event = tx.prepare_cached(
                "INSERT INTO events (key, source_actor, target_actor, source_code, target_code,
                     cameo, quad_class, goldstein, plover_type, plover_mode, negated, modality,
                     date, location)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?;
            let mut insert_event_mention = tx.prepare_cached(
                "INSERT OR IGNORE INTO event_mentions (event_id, article_id, sentence_start,
                     sentence_end, trigger_start, trigger_end, reported_by, confidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut insert_quote = tx.prepare_cached(
                "INSERT INTO quotes (article_id, ordinal, speaker, start, end, direct)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut record = tx.prepare_cached(
                "INSERT INTO analyses (article_id, pipeline, sentences, analyzed_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(article_id) DO UPDATE SET pipeline = excluded.pipeline,
                     sentences = excluded.sentences, analyzed_at = excluded.analyzed_at",
            )?;
            for analysis in analyses {
                let id = &analysis.article_id;
                clear_mentions.execute([id])?;
                clear_quotes.execute([id])?;
                clear_event_mentions.execute([id])?;
                for actor in &analysis.actors {
                    upsert_actor.execute(params![
                        actor.id,
                        actor.name,
                        actor.name_en,
                        actor.kind,
                        actor.code,
                        actor.country,
                        actor.resolved,
                    ])?;
                }
                for (ordinal, m) in (0_i64..).zip(&analysis.mentions) {
                    insert_mention.execute(params![
                        id,
                        ordinal,
                        m.start,
                        m.end,
                        m.actor_id,
                        m.code,
                        m.how,
                        m.confidence
                    ])?;
                }
                for event in &analysis.events {
                    let existing: Option<i64> = find_event
                        .query_row([&event.key], |row| row.get(0))
                        .optional()?;
                    let event_id = match existing {
                        Some(event_id) => event_id,
                        None => {
                            insert_event.execute(params![
                                event.key,
                                event.source_actor,
                                event.target_actor,
                                event.source_code,
                                event.target_code,
                                event.cameo,
                                event.quad_class,
                                event.goldstein,
                                event.plover_type,
                                event.plover_mode,
                                event.negated,
                                event.modality,
                                event.date,
                                event.location,
                            ])?;
                            tx.last_insert_rowid()
                        }
                    };
                    insert_event_mention.execute(params![
                        event_id,
                        id,
                        event.sentence.0,
                        event.sentence.1,
                        event.trigger.0,
                        event.trigger.1,
                        event.reported_by,
                        event.confidence,
                    ])?;
                }
                for (ordinal, q) in (0_i64..).zip(&analysis.quotes) {
                    insert_quote
                        .execute(params![id, ordinal, q.speaker, q.start, q.end, q.direct])?;
                }
                record.execute(params![id, analysis.pipeline, analysis.sentences, now])?;
            }
            // Re-analysis can leave events that no article reports any more.
            tx.execute(
                "DELETE FROM events WHERE NOT EXISTS
                     (SELECT 1 FROM event_mentions WHERE event_id = events.id)",
                [],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_doc::Article;

    fn event(key: &str, trigger: u32) -> NewEvent {
        NewEvent {
            key: key.into(),
            source_actor: Some("lby.haftar".into()),
            target_actor: None,
            source_code: Some("LBYMIL".into()),
            target_code: None,
            cameo: "0874".into(),
            quad_class: 4,
            goldstein: 7.0,
            plover_type: Some("RETREAT".into()),
            plover_mode: None,
            negated: false,
            modality: "asserted".into(),
            date: Some("2020-01-14".into()),
            location: None,
            sentence: (0, 10),
            trigger: (trigger, trigger + 4),
            reported_by: None,
            confidence: 0.8,
        }
    }

    fn analysis(article: &str, events: Vec<NewEvent>) -> NewAnalysis {
        NewAnalysis {
            article_id: article.into(),
            pipeline: "test".into(),
            sentences: 1,
            actors: vec![NewActor {
                id: "lby.haftar".into(),
                name: "خليفة حفتر".into(),
                name_en: Some("Khalifa Haftar".into()),
                kind: "person".into(),
                code: Some("LBYMIL".into()),
                country: Some("LBY".into()),
                resolved: true,
            }],
            mentions: vec![NewMention {
                start: 0,
                end: 4,
                actor_id: "lby.haftar".into(),
                code: Some("LBYMIL".into()),
                how: "alias".into(),
                confidence: 0.95,
            }],
            events,
            quotes: Vec::new(),
        }
    }

    fn count(store: &Store, table: &str) -> i64 {
        store
            .conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count")
    }

    #[test]
    fn one_event_reported_twice_is_one_row_with_two_mentions() {
        let mut store = Store::open_in_memory().expect("open");
        let articles = [
            Article::from_paragraphs("a", ["انسحب حفتر من موسكو"]),
            Article::from_paragraphs("b", ["حفتر ينسحب من محادثات موسكو"]),
        ];
        store.add_articles(&articles).expect("add");
        store
            .save_analyses(&[
                analysis("a", vec![event("k1", 5)]),
                analysis("b", vec![event("k1", 7)]),
            ])
            .expect("save");
        assert_eq!(count(&store, "events"), 1);
        assert_eq!(count(&store, "event_mentions"), 2);
        assert!(store.is_analysed("a").expect("query"));

        // Re-analysing replaces the article's rows and drops events nobody reports.
        store
            .save_analyses(&[analysis("a", vec![event("k2", 5)]), analysis("b", vec![])])
            .expect("save");
        assert_eq!(count(&store, "events"), 1);
        assert_eq!(count(&store, "event_mentions"), 1);
        assert_eq!(count(&store, "mentions"), 2);
    }
}

//! Codes the seed articles with the real actor resolver and prints every event and quote:
//!
//! ```text
//! cargo run --release -p marsad-events --example code_seeds [-- SEEDS_DIR]
//! ```
//!
//! Skips loudly when the seeds are missing.

use marsad_events::{ActorMention, Arg, Coder, DocInput, text};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("MARSAD_SHARED")
                .map(PathBuf::from)
                .unwrap_or_else(|| {
                    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
                })
                .join("corpus/seeds")
        });
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("SKIPPED code_seeds: {} is missing", dir.display());
        return Ok(());
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let kb = marsad_kb::Kb::load_default()?;
    let coder = Coder::embedded()?.with_states(&kb);
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
    {
        let body = std::fs::read_to_string(path)?;
        let mentions: Vec<ActorMention> = kb
            .resolve(&body, None, &[])
            .iter()
            .map(ActorMention::from)
            .collect();
        let (words, sentences) = text::segment(&body);
        let coded = coder.code(&DocInput {
            text: &body,
            sentences: &sentences,
            words: &words,
            mentions: &mentions,
            article_date: None,
        });
        println!(
            "== {} ({} sentences, {} mentions, {} events, {} quotes)",
            path.display(),
            sentences.len(),
            mentions.len(),
            coded.events.len(),
            coded.quotes.len()
        );
        let show = |a: &Option<Arg>| {
            a.as_ref().map_or("-".to_string(), |a| match &a.actor_id {
                Some(id) => id.clone(),
                None => format!("«{}»", body.get(a.span.range()).unwrap_or("?")),
            })
        };
        for e in &coded.events {
            println!(
                "{:<5} {:<9} {:<26} -> {:<26} [{}]{}{} {:?}{}",
                e.cameo,
                e.plover.as_ref().map_or("-", |p| p.event_type.as_str()),
                show(&e.source),
                show(&e.target),
                body.get(e.trigger.span.range()).unwrap_or("?"),
                if e.negated { " NEG" } else { "" },
                if e.background { " BG" } else { "" },
                e.modality,
                e.reported_by.as_ref().map_or(String::new(), |r| format!(
                    " by={}",
                    r.actor_id.clone().unwrap_or_else(|| format!(
                        "«{}»",
                        body.get(r.span.range()).unwrap_or("?")
                    ))
                )),
            );
        }
    }
    Ok(())
}

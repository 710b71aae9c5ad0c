//! `marsad kb`: validate the knowledge base and mine corpora for what it lacks.

use crate::args::{KbCheckArgs, KbSuggestArgs};
use crate::exit;
use anyhow::{Context, Result};
use marsad_extract::Pipeline;
use marsad_ingest::IngestConfig;
use marsad_kb::{Kb, NerLabel, Span, SuggestConfig, SuggestionKind};
use rayon::prelude::*;

/// `marsad kb check`: prints every problem as `FILE:LINE: message`, then a summary.
pub fn check(args: &KbCheckArgs) -> Result<u8> {
    let kb = match &args.dir {
        Some(dir) => Kb::load_dir(dir)
            .with_context(|| format!("{}: loading the knowledge base", dir.display()))?,
        None => Kb::load_default().context("loading the built-in knowledge base")?,
    };
    for problem in kb.check() {
        println!("{problem}");
    }
    let stats = kb.stats();
    println!(
        "{} files: {} states, {} international organisations, {} other organisations, \
         {} persons, {} armed groups, {} other actors; {} aliases ({} weak), {} demonym forms, \
         {} metonyms, {} title forms, {} dated roles, {} matcher keys",
        kb.files().len(),
        stats.states,
        stats.international_organisations,
        stats.organisations,
        stats.persons,
        stats.armed_groups,
        stats.other_actors,
        stats.aliases,
        stats.weak_aliases,
        stats.demonym_forms,
        stats.metonyms,
        stats.title_forms,
        stats.roles,
        stats.keys,
    );
    let problems = kb.check().len();
    println!("{problems} problems");
    Ok(if problems == 0 {
        exit::OK
    } else {
        exit::SOME_FAILED
    })
}

/// `marsad kb suggest`: runs NER over a corpus and ranks the names the base does not know.
pub fn suggest(args: &KbSuggestArgs) -> Result<u8> {
    let pipeline = Pipeline::embedded().context("loading the analysis pipeline")?;
    let wanted = args.mentioning.as_deref().map(marsad_text::search_key);
    let mut articles = Vec::new();
    let mut failed = 0_u64;
    marsad_ingest::read_paths(
        &args.input.paths,
        &IngestConfig::default(),
        &mut |item| match item {
            Ok(article) => {
                let keep = wanted
                    .as_deref()
                    .is_none_or(|w| marsad_text::search_key(&article.text).contains(w));
                if keep {
                    articles.push(article);
                }
            }
            Err(error) => {
                failed += 1;
                eprintln!("marsad: {error}");
            }
        },
    );
    let entities: Vec<Vec<(Span, NerLabel)>> = articles
        .par_iter()
        .map(|a| pipeline.analyze(a).entities)
        .collect();
    let docs = articles
        .iter()
        .zip(&entities)
        .map(|(a, e)| (a.text.as_str(), e.as_slice()));
    let mut config = SuggestConfig::standard();
    config.min_count = args.min_count;
    config.limit = args.limit;
    let suggestions = marsad_kb::suggest(pipeline.kb(), docs, &config);
    println!("{} articles read ({failed} inputs failed)", articles.len());
    for s in &suggestions {
        let kind = match s.kind {
            SuggestionKind::Unresolved => "unresolved",
            SuggestionKind::Variant => "variant",
        };
        let near = match (&s.actor_id, &s.alias) {
            (Some(id), Some(alias)) => format!("  ~ {alias} ({id})"),
            (Some(id), None) => format!("  ~ {id}"),
            _ => String::new(),
        };
        println!("{:>6}  {kind:<10}  {}{near}", s.count, s.surface);
        println!("        {}", s.example.trim());
    }
    Ok(if failed > 0 {
        exit::SOME_FAILED
    } else {
        exit::OK
    })
}

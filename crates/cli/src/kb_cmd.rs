//! `marsad kb`: validate the knowledge base and mine corpora for what it lacks.

use crate::args::KbCheckArgs;
use crate::exit;
use anyhow::{Context, Result};
use marsad_kb::Kb;

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

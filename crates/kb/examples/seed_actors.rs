//! Prints, for each seed article, the actors the embedded knowledge base resolves in it: id,
//! CAMEO code, number of mentions and how they were found.
//!
//! ```text
//! cargo run -p marsad-kb --example seed_actors                  # ../shared/corpus/seeds
//! cargo run -p marsad-kb --example seed_actors -- DIR           # another folder of *.txt
//! cargo run -p marsad-kb --example seed_actors -- --mentions    # also every mention
//! ```
//!
//! All seeds are resolved at 2020-01-15 (the Moscow talks were on 13–14 January 2020), so office
//! holders and codes are those of that day.

use chrono::NaiveDate;
use marsad_kb::{How, Kb, Mention};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut dir = None;
    let mut show_mentions = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--mentions" => show_mentions = true,
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds")
    });
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(e) => {
            // The seeds live outside the repository (../shared); say so rather than fail.
            eprintln!("skipped: {} missing ({e})", dir.display());
            return ExitCode::SUCCESS;
        }
    };
    paths.sort();
    let kb = match Kb::load_default() {
        Ok(kb) => kb,
        Err(e) => {
            eprintln!("cannot load the knowledge base: {e}");
            return ExitCode::FAILURE;
        }
    };
    let date = NaiveDate::from_ymd_opt(2020, 1, 15);
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                continue;
            }
        };
        let mentions = kb.resolve(&text, date, &[]);
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        println!("== {name}: {} mentions", mentions.len());
        for line in summary(&mentions) {
            println!("  {line}");
        }
        if show_mentions {
            for m in &mentions {
                println!(
                    "    {:>5} {} → {} {} {:?} {:.2}",
                    m.span.start,
                    &text[m.span.range()],
                    m.actor.id,
                    m.actor.code,
                    m.how,
                    m.confidence
                );
            }
        }
    }
    ExitCode::SUCCESS
}

/// Mentions of one (actor, code): their number and how many were found each way.
type Tally = (usize, BTreeMap<&'static str, usize>);

/// One line per (actor, code): `id code ×count (how n, …)`, most mentioned first.
fn summary(mentions: &[Mention]) -> Vec<String> {
    let mut by_actor: BTreeMap<(&str, &str), Tally> = BTreeMap::new();
    for m in mentions {
        let entry = by_actor
            .entry((m.actor.id.as_str(), m.actor.code.as_str()))
            .or_default();
        entry.0 += 1;
        *entry.1.entry(how_name(m.how)).or_default() += 1;
    }
    let mut rows: Vec<_> = by_actor.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    rows.into_iter()
        .map(|((id, code), (count, hows))| {
            let hows: Vec<String> = hows.iter().map(|(h, n)| format!("{h} {n}")).collect();
            format!("{id} {code} ×{count} ({})", hows.join(", "))
        })
        .collect()
}

fn how_name(how: How) -> &'static str {
    match how {
        How::Alias => "alias",
        How::Demonym => "demonym",
        How::Modifier => "modifier",
        How::Fuzzy => "fuzzy",
        How::Title => "title",
        How::Coref => "coref",
        How::Ner => "ner",
        How::Local => "local",
    }
}

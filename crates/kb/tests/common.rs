//! Helpers shared by the integration tests: the fixture KB and the shared seeds.

#![allow(dead_code)]

use marsad_kb::{Kb, Mention};
use std::path::{Path, PathBuf};

/// The files of `data/kb` the fixture KB borrows from the repository (everything but people,
/// Libyan organisations, places and roles, which come from `tests/fixtures`).
const REPO_FILES: &[&str] = &[
    "actors/states.tsv",
    "actors/igos.tsv",
    "demonyms.tsv",
    "metonyms.tsv",
    "titles.tsv",
];
const FIXTURE_FILES: &[&str] = &[
    "actors/people.tsv",
    "actors/libya.tsv",
    "places.tsv",
    "roles.tsv",
];

/// The repository's states, IGOs, titles, demonyms and metonyms plus the test fixtures.
pub fn fixture_kb() -> Kb {
    let repo = Kb::repo_dir();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut sources = Vec::new();
    for f in REPO_FILES {
        sources.push((f.to_string(), read(&repo.join(f))));
    }
    for f in FIXTURE_FILES {
        sources.push((f.to_string(), read(&fixtures.join(f))));
    }
    let kb = Kb::from_sources("", sources.iter().map(|(p, t)| (p.as_str(), t.as_str())))
        .expect("fixture KB loads");
    assert_eq!(kb.check(), &[], "the fixture KB has problems");
    kb
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `../shared/corpus/seeds`, when present.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    dir.is_dir().then_some(dir)
}

/// The seed articles, or `None` with a loud message when `../shared` is absent.
pub fn seeds() -> Option<Vec<(String, String)>> {
    let Some(dir) = seeds_dir() else {
        eprintln!("SKIPPED: ../shared/corpus/seeds is missing");
        return None;
    };
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            (
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                read(&p),
            )
        })
        .collect();
    out.sort();
    Some(out)
}

/// `surface → id (code) how` lines, one per mention, for readable assertions.
pub fn render(text: &str, mentions: &[Mention]) -> Vec<String> {
    mentions
        .iter()
        .map(|m| {
            format!(
                "{} → {} {} {:?}",
                &text[m.span.range()],
                m.actor.id,
                m.actor.code,
                m.how
            )
        })
        .collect()
}

//! A demonstration analysis for tests, the e2e run and the load generator: the seed articles
//! with made-up outlets and dates, and analysis rows written straight into the store by simple
//! alias and trigger-word matching (pipeline `fixture.demo`).
//!
//! This is NOT marsad's analysis (that is the extract pipeline); it only gives the API and the
//! UI realistic rows to serve until, and besides, the real pipeline's output.

// Shared by the API tests and the examples; each uses only part of it.
#![allow(dead_code)]

use marsad_doc::{Article, Span};
use marsad_store::Store;
use marsad_text::{KeyKind, is_arabic_letter, normalize, split_sentences, tokenize};
use rusqlite::params;
use std::collections::HashMap;
use std::path::Path;

/// `(id, Arabic name, English name, type, CAMEO code, country, aliases)`.
type DemoActor = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

const ACTORS: &[DemoActor] = &[
    (
        "LBY-HAFTAR",
        "خليفة حفتر",
        "Khalifa Haftar",
        "person",
        "LBYMIL",
        "LBY",
        &["خليفة حفتر", "حفتر", "حتر"],
    ),
    (
        "RUS-PUTIN",
        "فلاديمير بوتين",
        "Vladimir Putin",
        "person",
        "RUSGOV",
        "RUS",
        &["فلاديمير بوتين", "بوتين"],
    ),
    (
        "TUR-ERDOGAN",
        "رجب طيب أردوغان",
        "Recep Tayyip Erdogan",
        "person",
        "TURGOV",
        "TUR",
        &["رجب طيب أردوغان", "أردوغان", "اردوغان"],
    ),
    (
        "EGY-SISI",
        "عبد الفتاح السيسي",
        "Abdel Fattah el-Sisi",
        "person",
        "EGYGOV",
        "EGY",
        &["عبد الفتاح السيسي", "السيسي"],
    ),
    (
        "SYR-ASSAD",
        "بشار الأسد",
        "Bashar al-Assad",
        "person",
        "SYRGOV",
        "SYR",
        &["بشار الأسد", "الأسد"],
    ),
    (
        "LBY-SARRAJ",
        "فايز السراج",
        "Fayez al-Sarraj",
        "person",
        "LBYGOV",
        "LBY",
        &["فايز السراج", "السراج"],
    ),
    (
        "RUS",
        "روسيا",
        "Russia",
        "state",
        "RUS",
        "RUS",
        &["روسيا", "موسكو"],
    ),
    (
        "TUR",
        "تركيا",
        "Turkey",
        "state",
        "TUR",
        "TUR",
        &["تركيا", "أنقرة"],
    ),
    (
        "EGY",
        "مصر",
        "Egypt",
        "state",
        "EGY",
        "EGY",
        &["مصر", "القاهرة"],
    ),
    (
        "ARE",
        "الإمارات",
        "United Arab Emirates",
        "state",
        "ARE",
        "ARE",
        &["الإمارات", "أبوظبي"],
    ),
    (
        "LBY",
        "ليبيا",
        "Libya",
        "state",
        "LBY",
        "LBY",
        &["ليبيا", "طرابلس"],
    ),
    (
        "SYR",
        "سوريا",
        "Syria",
        "state",
        "SYR",
        "SYR",
        &["سوريا", "دمشق"],
    ),
];

/// `(trigger words, CAMEO, quad class, Goldstein, PLOVER type)`.
type DemoTrigger = (&'static [&'static str], &'static str, u8, f64, &'static str);

const TRIGGERS: &[DemoTrigger] = &[
    (
        &["اتفاق", "اتفاقية", "مذكرة تفاهم", "تفاهم"],
        "057",
        1,
        8.0,
        "AGREE",
    ),
    (
        &["اجتماع", "التقى", "محادثات", "لقاء", "مؤتمر"],
        "040",
        1,
        1.0,
        "CONSULT",
    ),
    (
        &["دعم", "مساعدات", "تسليح", "أسلحة", "مرتزقة"],
        "070",
        2,
        7.0,
        "AID",
    ),
    (
        &["هجوم", "قصف", "حرب", "معارك", "القتال", "عسكرية"],
        "190",
        4,
        -10.0,
        "ASSAULT",
    ),
    (
        &["رفض", "ينسحب", "انسحب", "مؤامرة"],
        "120",
        3,
        -4.0,
        "REJECT",
    ),
    (&["اتهم", "انتقد", "هدد", "عدوين"], "111", 3, -2.0, "ACCUSE"),
];

const OUTLETS: &[&str] = &["مصدر-أ", "مصدر-ب", "مصدر-ج"];

/// The seed articles from `dir` (`*.txt`, paragraphs separated by blank lines), with a title
/// (their opening words), an outlet and a date from 13 January 2020 on; `None` when the
/// directory is missing.
pub fn seed_articles(dir: &Path) -> Option<Vec<Article>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut articles = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        let (Some(stem), Ok(text)) = (
            path.file_stem().and_then(|s| s.to_str()),
            std::fs::read_to_string(path),
        ) else {
            continue;
        };
        let mut article = Article::from_paragraphs(stem, text.split("\n\n"));
        let words: Vec<&str> = article.text.split_whitespace().take(9).collect();
        article.title = Some(format!("{} …", words.join(" ")));
        article.outlet = Some(OUTLETS[i % OUTLETS.len()].to_string());
        article.published = format!("2020-01-{:02}T08:00:00Z", 13 + i).parse().ok();
        article.language = Some("ar".into());
        articles.push(article);
    }
    Some(articles)
}

/// Counts of rows written by [`demo_analysis`].
#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    pub mentions: usize,
    pub events: usize,
    pub reports: usize,
    pub quotes: usize,
}

/// Finds `needle_key` (a search key) in the key `hay` at word starts (allowing one clitic
/// letter و ب ل ف ك before it), returning key byte ranges.
fn find_words(hay: &str, needle_key: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, _) in hay.match_indices(needle_key) {
        let end = at + needle_key.len();
        let before: Vec<char> = hay[..at].chars().rev().take(2).collect();
        let starts_word = match before.as_slice() {
            [] => true,
            [c, ..] if !is_arabic_letter(*c) => true,
            [c] => "وبلفك".contains(*c),
            [c, d, ..] => "وبلفك".contains(*c) && !is_arabic_letter(*d),
        };
        let ends_word = hay[end..]
            .chars()
            .next()
            .is_none_or(|c| !is_arabic_letter(c));
        if starts_word && ends_word {
            out.push((at, end));
        }
    }
    out
}

/// Writes actors, mentions, events (with reports) and quotes for every stored article.
pub fn demo_analysis(store: &Store) -> Written {
    let conn = store.connection_for_tests();
    let mut written = Written::default();
    for (id, name, name_en, kind, code, country, _) in ACTORS {
        conn.execute(
            "INSERT OR IGNORE INTO actors VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)",
            params![id, name, name_en, kind, code, country],
        )
        .expect("actor");
    }
    let mut articles = Vec::new();
    store
        .for_each_article::<marsad_store::StoreError>(|a| {
            articles.push(a);
            Ok(())
        })
        .expect("articles");
    let mut event_ids: HashMap<String, i64> = HashMap::new();
    for article in &articles {
        let key = normalize(&article.text, KeyKind::Search);
        // Mentions: longest alias first, no overlaps.
        let mut found: Vec<(Span, &str, &str)> = Vec::new();
        let mut aliases: Vec<(&str, &str, &str)> = ACTORS
            .iter()
            .flat_map(|a| a.6.iter().map(move |alias| (*alias, a.0, a.4)))
            .collect();
        aliases.sort_by_key(|(alias, _, _)| std::cmp::Reverse(alias.chars().count()));
        for (alias, actor, code) in aliases {
            let alias_key = marsad_text::search_key(alias);
            for (s, e) in find_words(&key.text, &alias_key) {
                let span = key.span_to_original(s, e);
                if found
                    .iter()
                    .all(|(f, _, _)| f.end <= span.start || span.end <= f.start)
                {
                    found.push((span, actor, code));
                }
            }
        }
        found.sort_by_key(|(span, _, _)| *span);
        for (ordinal, (span, actor, code)) in found.iter().enumerate() {
            conn.execute(
                "INSERT INTO mentions VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'alias', 0.9)",
                params![
                    article.id,
                    ordinal as i64,
                    span.start,
                    span.end,
                    actor,
                    code
                ],
            )
            .expect("mention");
            written.mentions += 1;
        }
        let date = article.published.map(|d| d.format("%Y-%m-%d").to_string());
        let sentences = split_sentences(&article.text, &tokenize(&article.text));
        for sentence in &sentences {
            let in_sentence: Vec<&(Span, &str, &str)> = found
                .iter()
                .filter(|(s, _, _)| sentence.contains(*s))
                .collect();
            let Some(source) = in_sentence.first() else {
                continue;
            };
            let Some(target) = in_sentence.iter().find(|m| m.1 != source.1) else {
                continue;
            };
            let sentence_key = normalize(article.slice(*sentence), KeyKind::Search);
            let trigger = TRIGGERS
                .iter()
                .find_map(|(words, cameo, quad, goldstein, plover)| {
                    words.iter().find_map(|w| {
                        find_words(&sentence_key.text, &marsad_text::search_key(w))
                            .first()
                            .map(|&(s, e)| {
                                (
                                    sentence_key
                                        .span_to_original(s, e)
                                        .shifted(sentence.start as usize),
                                    *cameo,
                                    *quad,
                                    *goldstein,
                                    *plover,
                                )
                            })
                    })
                });
            let Some((trigger, cameo, quad, goldstein, plover)) = trigger else {
                continue;
            };
            let event_key = format!(
                "{}|{}|{cameo}|{}|asserted|0",
                source.1,
                target.1,
                date.as_deref().unwrap_or("")
            );
            let event_id = match event_ids.get(&event_key) {
                Some(&id) => id,
                None => {
                    conn.execute(
                        "INSERT INTO events (key, source_actor, target_actor, source_code, target_code,
                             cameo, quad_class, goldstein, plover_type, plover_mode, negated, modality,
                             date, location)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, 0, 'asserted', ?10, NULL)",
                        params![event_key, source.1, target.1, source.2, target.2, cameo, quad, goldstein, plover, date],
                    )
                    .expect("event");
                    let id = conn.last_insert_rowid();
                    event_ids.insert(event_key, id);
                    written.events += 1;
                    id
                }
            };
            let inserted = conn
                .execute(
                    "INSERT OR IGNORE INTO event_mentions VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, 0.7)",
                    params![event_id, article.id, sentence.start, sentence.end, trigger.start, trigger.end],
                )
                .expect("event mention");
            written.reports += inserted;
        }
        // Quotes: «…», “…” or "…" spans of three words or more, said by the last actor
        // mentioned before them.
        let mut quotes: Vec<(usize, usize)> = Vec::new();
        for (open_mark, close_mark) in [('«', '»'), ('“', '”'), ('"', '"')] {
            let mut from = 0;
            while let Some(open) = article.text[from..].find(open_mark).map(|i| i + from) {
                let start = open + open_mark.len_utf8();
                let Some(close) = article.text[start..].find(close_mark).map(|i| i + start) else {
                    break;
                };
                if article.text[start..close].split_whitespace().count() >= 3
                    && !article.text[start..close].contains("\n")
                {
                    quotes.push((start, close));
                }
                from = close + close_mark.len_utf8();
            }
        }
        quotes.sort();
        quotes.dedup();
        for (ordinal, &(start, end)) in quotes.iter().enumerate() {
            let speaker = found
                .iter()
                .rev()
                .find(|(s, _, _)| (s.end as usize) < start)
                .map(|(_, actor, _)| *actor);
            conn.execute(
                "INSERT INTO quotes VALUES (?1, ?2, ?5, ?3, ?4, 1)",
                params![
                    article.id,
                    ordinal as i64,
                    start as i64,
                    end as i64,
                    speaker
                ],
            )
            .expect("quote");
            written.quotes += 1;
        }
        conn.execute(
            "INSERT OR REPLACE INTO analyses VALUES (?1, 'fixture.demo', ?2, '2020-02-01T00:00:00Z')",
            params![article.id, sentences.len() as i64],
        )
        .expect("analysis");
    }
    written
}

/// Creates the database `db` from the seeds in `seeds` with the demo analysis; `None` when the
/// seeds are missing.
pub fn demo_db(db: &Path, seeds: &Path) -> Option<Written> {
    let articles = seed_articles(seeds)?;
    let mut store = Store::open(db).expect("open database");
    store.add_articles(&articles).expect("store seeds");
    Some(demo_analysis(&store))
}

/// The search keys of the aliases of actor `id`.
pub fn aliases(id: &str) -> Vec<String> {
    ACTORS
        .iter()
        .filter(|a| a.0 == id)
        .flat_map(|a| a.6.iter().map(|alias| marsad_text::search_key(alias)))
        .collect()
}

/// The shared seeds directory as seen from this crate.
pub fn seeds_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds")
}

//! The text layer on the reference articles in `../shared/corpus/seeds`: every feature must
//! work on them. Skips with a message when the shared data is absent.

use marsad_text::{
    KeyKind, Span, TokenKind, clitic_splits, clitic_splits_with, normalize, search_key,
    split_sentences, strict_key, tokenize,
};
use std::path::PathBuf;

fn seeds() -> Option<Vec<(String, String)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} missing", dir.display());
        return None;
    };
    let mut files: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        eprintln!("skipped: no .txt files in {}", dir.display());
        return None;
    }
    Some(files)
}

fn seed(prefix: &str) -> Option<String> {
    seeds()?
        .into_iter()
        .find(|(name, _)| name.starts_with(prefix))
        .map(|(_, text)| text)
}

#[test]
fn every_seed_tokenizes_and_splits_into_slicing_spans() {
    let Some(files) = seeds() else { return };
    for (name, text) in files {
        let tokens = tokenize(&text);
        assert!(tokens.len() > 300, "{name}: {} tokens", tokens.len());
        for t in &tokens {
            assert!(Span::checked(&text, t.span.start as usize, t.span.end as usize).is_ok());
        }
        let sentences = split_sentences(&text, &tokens);
        assert!(sentences.len() > 5, "{name}: {} sentences", sentences.len());
        for s in &sentences {
            assert!(
                !text[s.range()].contains('\n'),
                "{name}: {:?}",
                &text[s.range()]
            );
        }
        let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
        assert!(words * 2 > tokens.len(), "{name}: mostly Arabic words");
        let key = normalize(&text, KeyKind::Search);
        assert_eq!(key.to_original(key.text.len()), text.len());
        assert_eq!(search_key(&key.text), key.text);
    }
}

#[test]
fn misspelled_haftar_matches_under_the_search_key() {
    let Some(text) = seed("000_") else { return };
    let n = normalize(&text, KeyKind::Search);
    let needle = search_key("خليفة حتر");
    let at = n
        .text
        .find(&needle)
        .expect("the seed spells Haftar as خليفه حتّر");
    let span = n.span_to_original(at, at + needle.len());
    assert_eq!(&text[span.range()], "خليفه حتّر");
    assert_ne!(strict_key("على"), strict_key("علي"));
}

#[test]
fn the_tatweel_article_before_a_quoted_word() {
    let Some(text) = seed("000_") else { return };
    let tokens = tokenize(&text);
    let at = tokens
        .windows(4)
        .find(|w| w[0].text(&text) == "الـ" && w[2].text(&text) == "كعكة")
        .expect("the seed has الـ\"كعكة\"");
    let kinds: Vec<TokenKind> = at.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            TokenKind::Word,
            TokenKind::Quote,
            TokenKind::Word,
            TokenKind::Quote
        ]
    );
}

#[test]
fn first_sentence_of_a_seed() {
    let Some(text) = seed("004_") else { return };
    let sentences = split_sentences(&text, &tokenize(&text));
    let with_haftar = sentences
        .iter()
        .map(|s| &text[s.range()])
        .find(|s| s.contains("الموالية لحفتر"))
        .expect("a sentence mentions لحفتر");
    assert!(with_haftar.starts_with("إلى ذلك أعلنت"), "{with_haftar}");
    assert!(with_haftar.ends_with("لحفتر ."), "{with_haftar}");
}

#[test]
fn clitics_on_seed_words() {
    let Some(text) = seed("004_") else { return };
    let word = tokenize(&text)
        .into_iter()
        .map(|t| t.text(&text))
        .find(|w| *w == "لحفتر")
        .expect("the seed has لحفتر");
    let splits = clitic_splits(word);
    assert!(
        splits
            .iter()
            .any(|s| s.proclitics == ["ل"] && s.stem_text(word) == "حفتر")
    );
    let known = ["بوتين", "حفتر"].map(search_key);
    let is_known = |k: &str| known.iter().any(|w| w == k);
    assert_eq!(clitic_splits_with("بوتين", is_known).len(), 1);
    let lbutin = clitic_splits_with("لبوتين", is_known);
    assert_eq!(lbutin[1].stem_text("لبوتين"), "بوتين");
    assert!(lbutin.iter().all(|s| s.stem_text("لبوتين") != "وتين"));
}

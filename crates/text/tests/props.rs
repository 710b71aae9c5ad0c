//! Property tests: every span the crate hands out slices the original text, keys are
//! idempotent, alignments are monotonic, and nothing panics on arbitrary input.

use marsad_text::{
    KeyKind, Span, TokenKind, clitic_splits, clitic_splits_with, normalize, search_key,
    split_sentences, strict_key, tokenize, tokenize_into,
};
use proptest::prelude::*;

/// Text that looks like Arabic news and its accidents: letters, harakat, tatweel, hamza
/// forms, presentation forms, both digit scripts, every quote, punctuation, bidi marks, URLs.
fn arabic_heavy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => (0x0621u32..=0x064A).prop_map(|c| char::from_u32(c).unwrap_or('ا').to_string()),
        3 => (0x064Bu32..=0x0652).prop_map(|c| char::from_u32(c).unwrap_or('ا').to_string()),
        2 => (0x0600u32..=0x06FF).prop_map(|c| char::from_u32(c).unwrap_or('ا').to_string()),
        2 => (0xFB50u32..=0xFDFF).prop_map(|c| char::from_u32(c).unwrap_or('ا').to_string()),
        2 => (0xFE70u32..=0xFEFF).prop_map(|c| char::from_u32(c).unwrap_or('ا').to_string()),
        4 => Just(" ".to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\n\n".to_string()),
        2 => prop::sample::select(vec![
            ".", "!", "?", "؟", "…", "...", "،", "؛", ",", "٫", "٬", "ـ", "\"", "'", "«", "»",
            "“", "”", "‹", "›", "„", "(", ")", "#", "%", "\u{200C}", "\u{200D}", "\u{200F}",
            "\u{FEFF}", "د.", "Dr.", "U.S.", "3.5", "٢٠٢٠", "۱۹", "https://x.org/a(b)",
            "www.", "http://", "ال", "لل", "وبال", "ها", "هم",
        ])
        .prop_map(str::to_string),
        2 => "[a-zA-Z0-9]{1,6}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..48).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabic_heavy(), any::<String>()]
}

fn assert_spans_slice(text: &str, spans: &[Span]) {
    let mut prev_end = 0;
    for &span in spans {
        assert!(
            Span::checked(text, span.start as usize, span.end as usize).is_ok(),
            "{span} does not slice {text:?}"
        );
        assert!(!span.is_empty(), "empty span {span} in {text:?}");
        assert!(
            span.start as usize >= prev_end,
            "{span} overlaps in {text:?}"
        );
        prev_end = span.end as usize;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tokens_slice_the_text(text in any_text()) {
        let tokens = tokenize(&text);
        let spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
        assert_spans_slice(&text, &spans);
        for token in &tokens {
            let slice = token.text(&text);
            prop_assert!(!slice.chars().all(char::is_whitespace), "whitespace token {slice:?}");
            if token.kind == TokenKind::Quote {
                prop_assert_eq!(slice.chars().count(), 1);
            }
        }
        // tokenize_into appends to what the caller's buffer already holds.
        let mut reused = tokens.clone();
        tokenize_into(&text, &mut reused);
        prop_assert_eq!(&reused[tokens.len()..], &tokens[..]);
    }

    #[test]
    fn sentences_slice_the_text_and_never_cross_lines(text in any_text()) {
        let tokens = tokenize(&text);
        let sentences = split_sentences(&text, &tokens);
        assert_spans_slice(&text, &sentences);
        for s in &sentences {
            let slice = &text[s.range()];
            prop_assert!(!slice.contains('\n'), "sentence {slice:?} crosses a line");
            prop_assert!(!slice.starts_with(char::is_whitespace));
            prop_assert!(!slice.ends_with(char::is_whitespace));
        }
        // Every token lies in exactly one sentence.
        for t in &tokens {
            prop_assert_eq!(sentences.iter().filter(|s| s.contains(t.span)).count(), 1);
        }
    }

    #[test]
    fn keys_are_idempotent(text in any_text()) {
        let search = search_key(&text);
        prop_assert_eq!(search_key(&search), search.clone());
        let strict = strict_key(&text);
        prop_assert_eq!(strict_key(&strict), strict.clone());
        prop_assert_eq!(search_key(&strict), search.clone());
        prop_assert_eq!(normalize(&text, KeyKind::Search).text, search);
        prop_assert_eq!(normalize(&text, KeyKind::Strict).text, strict);
    }

    #[test]
    fn alignment_is_monotonic_and_in_bounds(text in any_text(), strict in any::<bool>()) {
        let kind = if strict { KeyKind::Strict } else { KeyKind::Search };
        let n = normalize(&text, kind);
        let key = n.text.as_str();
        prop_assert_eq!(n.to_original(0) <= text.len(), true);
        prop_assert_eq!(n.to_original(key.len()), text.len());
        let boundaries: Vec<usize> =
            key.char_indices().map(|(i, _)| i).chain([key.len()]).collect();
        let mut prev = 0;
        for &b in &boundaries {
            let o = n.to_original(b);
            prop_assert!(o >= prev && o <= text.len() && text.is_char_boundary(o));
            prev = o;
            // The original up to the end of this key prefix folds to a key that covers it.
            let span = n.span_to_original(0, b);
            prop_assert!(Span::checked(&text, span.start as usize, span.end as usize).is_ok());
            let covered = match kind {
                KeyKind::Search => search_key(&text[span.start as usize..span.end as usize]),
                KeyKind::Strict => strict_key(&text[span.start as usize..span.end as usize]),
            };
            let whole = match kind {
                KeyKind::Search => search_key(&text[..span.end as usize]),
                KeyKind::Strict => strict_key(&text[..span.end as usize]),
            };
            prop_assert!(whole.len() >= b && key.starts_with(&whole));
            prop_assert!(covered.len() <= whole.len());
        }
        for w in boundaries.windows(2) {
            let span = n.span_to_original(w[0], w[1]);
            prop_assert!(!span.is_empty());
            prop_assert!(Span::checked(&text, span.start as usize, span.end as usize).is_ok());
        }
    }

    #[test]
    fn clitic_stems_slice_the_word(text in any_text()) {
        for token in tokenize(&text).iter().filter(|t| t.kind == TokenKind::Word) {
            let word = token.text(&text);
            let splits = clitic_splits(word);
            prop_assert_eq!(splits[0].stem, Span::new(0, word.len()));
            prop_assert!(splits[0].proclitics.is_empty() && splits[0].enclitic.is_none());
            for s in &splits {
                prop_assert!(Span::checked(word, s.stem.start as usize, s.stem.end as usize).is_ok());
                prop_assert!(!s.stem.is_empty());
            }
            let known = search_key(&word.chars().skip(1).collect::<String>());
            let with = clitic_splits_with(word, |k| k == known);
            prop_assert!(!with.is_empty() && with[0] == splits[0]);
            prop_assert!(with.iter().all(|s| splits.contains(s)));
        }
    }

    #[test]
    fn clitics_never_panic_on_any_string(word in any_text()) {
        let _ = clitic_splits(&word);
        let _ = clitic_splits_with(&word, |k| k.len() % 3 == 0);
    }
}

//! The coder's view of the text layer: search keys for words, and word and sentence spans for
//! callers that hand the coder a bare text ([`crate::Coder::code_text`], the GSR evaluation,
//! tests, benchmarks). Everything delegates to `marsad-text`, so the lexicon, the actor
//! resolver and the search index agree on what counts as the same word.

pub use marsad_text::Span;
use marsad_text::{KeyKind, TokenKind};

/// The search key of `word` (`marsad_text::search_key`): diacritics and tatweel removed, hamza
/// seats of alef, waw and ya folded, ة → ه, ى → ي, Persian letter shapes and Arabic-Indic
/// digits folded. Lexicon entries and text words both go through it.
pub fn key(word: &str) -> String {
    marsad_text::search_key(word)
}

/// Appends the search key of `word` to `out`.
pub fn key_into(word: &str, out: &mut String) {
    marsad_text::key_into(word, KeyKind::Search, out);
}

/// Word spans of `text`: the `marsad-text` tokens that are words, Latin words or numbers.
/// Punctuation and quote tokens are left out; the coder reads them from the text between
/// words.
pub fn words(text: &str) -> Vec<Span> {
    marsad_text::tokenize(text)
        .into_iter()
        .filter(|t| {
            matches!(
                t.kind,
                TokenKind::Word | TokenKind::Latin | TokenKind::Number
            )
        })
        .map(|t| t.span)
        .collect()
}

/// Sentence spans of `text` (`marsad_text::split_sentences`).
pub fn sentences(text: &str) -> Vec<Span> {
    let tokens = marsad_text::tokenize(text);
    marsad_text::split_sentences(text, &tokens)
}

/// Words and sentences of `text` from one tokenization.
pub fn segment(text: &str) -> (Vec<Span>, Vec<Span>) {
    let tokens = marsad_text::tokenize(text);
    let sentences = marsad_text::split_sentences(text, &tokens);
    let words = tokens
        .into_iter()
        .filter(|t| {
            matches!(
                t.kind,
                TokenKind::Word | TokenKind::Latin | TokenKind::Number
            )
        })
        .map(|t| t.span)
        .collect();
    (words, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_folds_spelling_variants() {
        assert_eq!(key("وقّع"), key("وقع"));
        assert_eq!(key("أردوغان"), key("اردوغان"));
        assert_eq!(key("التقى"), "التقي");
        assert_eq!(key("زيارة"), "زياره");
        assert_eq!(key("احتجاجاً"), "احتجاجا");
        assert_eq!(key("مسؤول"), "مسوول");
        assert_eq!(key("٢٠٢٠"), "2020");
        assert_eq!(key("اجـتـمـع"), "اجتمع");
    }

    #[test]
    fn words_skip_punctuation() {
        let text = "قال: «حفتر» غادر.";
        let words: Vec<&str> = words(text).iter().map(|s| &text[s.range()]).collect();
        assert_eq!(words, ["قال", "حفتر", "غادر"]);
    }

    #[test]
    fn sentences_split_at_stops() {
        let text = "ثم غادر حفتر موسكو. وقال لافروف إن المحادثات فشلت.";
        let sents = sentences(text);
        assert_eq!(sents.len(), 2, "{sents:?}");
        let (w, s) = segment(text);
        assert_eq!(s, sents);
        assert_eq!(w.len(), 9);
    }
}

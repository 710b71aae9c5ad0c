//! The `marsad_ar` analyzers: marsad's Arabic tokens and search keys, as tantivy analyzers.
//!
//! Tantivy's own simple tokenizer splits on non-alphanumerics and keeps harakat inside words,
//! so `حَفْتَر` and `حفتر` would be different terms. Here the text layer does the work instead:
//! [`marsad_text::tokenize`] finds words, Latin words and numbers, and each becomes the term
//! [`marsad_text::search_key`] of its surface (alef/hamza/ya/ta-marbuta folded, harakat and
//! tatweel removed, digits unified, ASCII lowercased). Token offsets stay **byte offsets into
//! the original text**, so tantivy's snippets highlight the text as stored.
//!
//! Two analyzers are registered: [`EXACT`] (keys only) and [`STEMMED`] (keys, then the Light10
//! light stemmer of Larkey, Ballesteros and Connell, the one Lucene's Arabic analyzer uses: one
//! prefix among `ال وال بال كال فال لل و`, then the suffixes `ها ان ات ون ين يه ه ي`, each
//! only if two letters remain, three for `و`). Every text field is indexed under both; queries
//! search both and weight exact matches higher, so `بوتين` ranks articles with that exact word
//! above those that only share its stem.
//!
//! Why not tantivy's Snowball Arabic stemmer: on news text it is erratic where it matters for
//! names and common nouns (`بوتين` → `وتين` by taking `ب` for a preposition, `والحكومة` keeps
//! `وال` while `الحكومات` loses `ال`), while Light10 is predictable and the standard baseline
//! for Arabic retrieval.

use marsad_text::{KeyKind, Token as TextToken, TokenKind, key_into, tokenize_into};
use tantivy::tokenizer::{
    RemoveLongFilter, TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager,
};

/// Name of the analyzer producing normalized keys only.
pub const EXACT: &str = "marsad_ar_exact.v1";
/// Name of the analyzer producing normalized, stemmed keys.
pub const STEMMED: &str = "marsad_ar_light10.v1";

/// Longest term kept, in bytes; longer "words" are noise (base64, glued URLs).
const MAX_TERM_BYTES: usize = 80;

/// Registers both analyzers under their names.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT, exact());
    manager.register(STEMMED, stemmed());
}

/// Keys only.
pub fn exact() -> TextAnalyzer {
    TextAnalyzer::builder(KeyTokenizer::new(false))
        .filter(RemoveLongFilter::limit(MAX_TERM_BYTES))
        .build()
}

/// Keys, light-stemmed.
pub fn stemmed() -> TextAnalyzer {
    TextAnalyzer::builder(KeyTokenizer::new(true))
        .filter(RemoveLongFilter::limit(MAX_TERM_BYTES))
        .build()
}

/// The Light10 stem of a search key (already folded: `ة`→`ه`, `ى`→`ي`, alef forms→`ا`).
pub fn light10(key: &str) -> &str {
    &key[light10_range(key)]
}

/// The byte range of `key` that [`light10`] keeps.
fn light10_range(key: &str) -> std::ops::Range<usize> {
    // Longest first, so `وال` wins over `ال` and `و`; only one prefix is removed.
    const PREFIXES: [&str; 7] = ["وال", "بال", "كال", "فال", "ال", "لل", "و"];
    const SUFFIXES: [&str; 8] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
    let letters = |s: &str| s.chars().count();
    let (mut start, mut end) = (0, key.len());
    for prefix in PREFIXES {
        let keep = if prefix == "و" { 3 } else { 2 };
        if key.starts_with(prefix) && letters(&key[prefix.len()..]) >= keep {
            start = prefix.len();
            break;
        }
    }
    for suffix in SUFFIXES {
        let stem = &key[start..end];
        if stem.ends_with(suffix) && letters(&stem[..stem.len() - suffix.len()]) >= 2 {
            end -= suffix.len();
        }
    }
    start..end
}

/// Tokenizes with marsad's text layer and emits search keys, optionally light-stemmed.
#[derive(Clone)]
pub struct KeyTokenizer {
    /// Reused between calls: tantivy calls the tokenizer once per field value.
    tokens: Vec<TextToken>,
    stem: bool,
}

impl KeyTokenizer {
    pub fn new(stem: bool) -> KeyTokenizer {
        KeyTokenizer {
            tokens: Vec::new(),
            stem,
        }
    }
}

impl Tokenizer for KeyTokenizer {
    type TokenStream<'a> = KeyTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> KeyTokenStream<'a> {
        self.tokens.clear();
        tokenize_into(text, &mut self.tokens);
        KeyTokenStream {
            text,
            tokens: &self.tokens,
            stem: self.stem,
            next: 0,
            token: Token::default(),
        }
    }
}

/// The stream of one text's keys.
pub struct KeyTokenStream<'a> {
    text: &'a str,
    tokens: &'a [TextToken],
    stem: bool,
    next: usize,
    token: Token,
}

impl TokenStream for KeyTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some(token) = self.tokens.get(self.next) {
            self.next += 1;
            if !matches!(
                token.kind,
                TokenKind::Word | TokenKind::Latin | TokenKind::Number
            ) {
                continue;
            }
            self.token.text.clear();
            key_into(token.text(self.text), KeyKind::Search, &mut self.token.text);
            // A word made only of removed characters (stray tatweel) has no key.
            if self.token.text.is_empty() {
                continue;
            }
            if self.stem && token.kind == TokenKind::Word {
                let range = light10_range(&self.token.text);
                self.token.text.truncate(range.end);
                self.token.text.drain(..range.start);
            }
            self.token.offset_from = token.span.start as usize;
            self.token.offset_to = token.span.end as usize;
            // Token::default() starts at usize::MAX so the first token gets position 0.
            self.token.position = self.token.position.wrapping_add(1);
            self.token.position_length = 1;
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(mut analyzer: TextAnalyzer, text: &str) -> Vec<(String, String)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), text[t.offset_from..t.offset_to].to_string()));
        }
        out
    }

    #[test]
    fn keys_fold_spelling_and_keep_original_offsets() {
        let got = terms(exact(), "قال المشيرُ خليفة حفتر، «إنّ» ٢٠٢٠ CNN.");
        let keys: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            ["قال", "المشير", "خليفه", "حفتر", "ان", "2020", "cnn"]
        );
        assert_eq!(
            got[1].1, "المشيرُ",
            "offsets cover the original, harakat included"
        );
        assert_eq!(got[4].1, "إنّ");
    }

    #[test]
    fn light10_stems() {
        let stem = |w: &str| terms(stemmed(), w)[0].0.clone();
        for (a, b) in [
            ("الليبيين", "ليبيين"),
            ("والحكومة", "الحكومات"),
            ("القوات", "قوات"),
            ("المحادثات", "محادثات"),
            ("وحفتر", "حفتر"),
            ("الاتفاق", "اتفاق"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} ~ {b}");
        }
        assert_eq!(stem("والحكومة"), "حكوم");
        assert_eq!(stem("حفتر"), "حفتر");
        // Too short to strip: a stem keeps at least two letters (three after و).
        assert_eq!(stem("وهو"), "وهو");
        assert_eq!(stem("ان"), "ان");
        // Latin words and numbers are not stemmed.
        assert_eq!(stem("Putin"), "putin");
    }
}

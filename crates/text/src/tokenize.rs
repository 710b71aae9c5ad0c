//! Tokenization of Arabic news text into typed tokens with byte spans into the original.
//!
//! Owns the decision of where words, numbers, URLs and punctuation begin and end. Tokens point
//! into the unmodified text; nothing is normalized here (see [`crate::normalize`]).
//!
//! | token | what | examples |
//! |---|---|---|
//! | [`TokenKind::Word`] | a run of letters containing an Arabic (or other non-Latin) letter; harakat, tatweel and ZWNJ/ZWJ between letters stay inside | `الـ`, `حَفْتَر`, `بـCNN` |
//! | [`TokenKind::Latin`] | a run of Latin letters, ASCII digits after the first letter included | `Moscow`, `G20` |
//! | [`TokenKind::Number`] | digits of any script; `.` `,` `٫` `٬` between two digits stay inside | `2,5`, `٢٠٢٠`, `3.5` |
//! | [`TokenKind::Punct`] | punctuation; a run of one repeated character is one token | `،` `؛` `؟` `...` `(` `-` |
//! | [`TokenKind::Quote`] | one quote character | `"` `'` `“` `”` `«` `»` `‹` `›` `„` `‘` `’` |
//! | [`TokenKind::Url`] | `http://`, `https://` or `www.` up to whitespace or a quote, minus trailing punctuation | `https://example.com/a?b=1` |
//! | [`TokenKind::Symbol`] | anything else visible, one character at a time (with its combining marks); tatweel or harakat with no letter | `#`, `%`, `ـ`, `😀` |
//!
//! Whitespace, and invisible format characters (bidi marks, BOM, ZWNJ outside a word) are never
//! tokens. Letters and digits are separate tokens (`2020م` is `2020` + `م`), except in Latin
//! words. A hashtag `#إليسا` is a `#` symbol followed by a word.
//!
//! ```
//! use marsad_text::{tokenize, TokenKind};
//! let text = "«الـ\"كعكة\"» 2,5";
//! let words: Vec<(&str, TokenKind)> =
//!     tokenize(text).iter().map(|t| (&text[t.span.range()], t.kind)).collect();
//! assert_eq!(words[1], ("الـ", TokenKind::Word));
//! assert_eq!(words[2], ("\"", TokenKind::Quote));
//! assert_eq!(words[6], ("2,5", TokenKind::Number));
//! ```

use crate::normalize::{TATWEEL, is_arabic_letter, is_diacritic, is_invisible_format};
use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Arabic or mixed-script letters.
    Word,
    /// Latin letters only (and ASCII digits after the first letter).
    Latin,
    Number,
    Punct,
    Quote,
    Url,
    Symbol,
}

/// One token: its byte span in the original text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `source`, the text it was produced from (empty if it is not).
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.span.range()).unwrap_or("")
    }
}

/// The tokens of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, &mut out);
    out
}

/// Appends the tokens of `text` to `out`, so a hot loop can reuse one buffer.
///
/// Texts longer than 4 GiB (beyond what a [`Span`] holds) are tokenized up to that limit.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    let text = within_span_limit(text);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (class, c, width) = class_at(text, i);
        let start = i;
        let (end, kind) = match class {
            Class::Space | Class::Format => {
                i += width;
                continue;
            }
            Class::Latin if starts_url(&bytes[i..]) => (scan_url(text, i), TokenKind::Url),
            Class::Arabic | Class::Latin | Class::OtherLetter | Class::Mark => scan_word(text, i),
            Class::Digit => (scan_number(text, i), TokenKind::Number),
            Class::Quote => (i + width, TokenKind::Quote),
            Class::Punct => {
                let mut end = i + width;
                while text[end..].starts_with(c) {
                    end += width;
                }
                (end, TokenKind::Punct)
            }
            Class::Symbol => (skip_marks(text, i + width), TokenKind::Symbol),
        };
        out.push(Token {
            span: Span::new(start, end),
            kind,
        });
        i = end;
    }
}

/// The longest prefix of `text` whose offsets fit a [`Span`].
pub(crate) fn within_span_limit(text: &str) -> &str {
    let limit = u32::MAX as usize;
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    /// Invisible formatting (bidi marks, ZWNJ, ZWJ, BOM): joins letters, otherwise skipped.
    Format,
    Arabic,
    Latin,
    OtherLetter,
    /// Harakat, tatweel and other combining marks: continue a word, never start a letter run.
    Mark,
    Digit,
    Quote,
    Punct,
    Symbol,
}

static ASCII_CLASS: [Class; 128] = ascii_table();
static ARABIC_CLASS: [Class; 256] = arabic_table();

const fn ascii_table() -> [Class; 128] {
    let mut table = [Class::Symbol; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => Class::Space,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Latin,
            b'0'..=b'9' => Class::Digit,
            b'"' | b'\'' => Class::Quote,
            b'!' | b'(' | b')' | b',' | b'-' | b'.' | b'/' | b':' | b';' | b'?' | b'[' | b']'
            | b'{' | b'}' => Class::Punct,
            0..=0x1F | 0x7F => Class::Format,
            _ => Class::Symbol,
        };
        b += 1;
    }
    table
}

const fn arabic_table() -> [Class; 256] {
    let mut table = [Class::Symbol; 256];
    let mut low = 0;
    while low < 256 {
        let cp = 0x0600 + low as u32;
        table[low] = match cp {
            0x0660..=0x0669 | 0x06F0..=0x06F9 => Class::Digit,
            0x060C | 0x060D | 0x061B | 0x061D..=0x061F | 0x066B | 0x066C | 0x06D4 => Class::Punct,
            0x061C => Class::Format,
            // Tatweel, harakat, high hamza and Quranic marks live inside words.
            0x0610..=0x061A | 0x0640 | 0x064B..=0x065F | 0x0670 | 0x0674 | 0x06D6..=0x06ED => {
                Class::Mark
            }
            0x0620..=0x063F
            | 0x0641..=0x064A
            | 0x066E..=0x066F
            | 0x0671..=0x0673
            | 0x0675..=0x06D3
            | 0x06D5
            | 0x06EE..=0x06EF
            | 0x06FA..=0x06FC
            | 0x06FF => Class::Arabic,
            _ => Class::Symbol,
        };
        low += 1;
    }
    table
}

/// The class, character and UTF-8 width at byte `i`, which must be a char boundary.
#[inline]
fn class_at(text: &str, i: usize) -> (Class, char, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (ASCII_CLASS[usize::from(b)], char::from(b), 1);
    }
    if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
        let low = (usize::from(b & 0x03) << 6) | usize::from(bytes[i + 1] & 0x3F);
        // Punctuation runs are compared by char, so the char is rebuilt from the code point.
        let c = char::from_u32(0x0600 + low as u32).unwrap_or(TATWEEL);
        return (ARABIC_CLASS[low], c, 2);
    }
    match text[i..].chars().next() {
        Some(c) => (class_rare(c), c, c.len_utf8()),
        None => (Class::Space, ' ', 1),
    }
}

#[cold]
fn class_rare(c: char) -> Class {
    let cp = c as u32;
    if is_quote(c) {
        Class::Quote
    } else if c.is_whitespace() || cp == 0x200B {
        Class::Space
    } else if is_invisible_format(c) || c.is_control() {
        Class::Format
    } else if is_diacritic(c)
        || matches!(cp, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF)
    {
        Class::Mark
    } else if is_arabic_letter(c) {
        Class::Arabic
    } else if c.is_numeric() {
        Class::Digit
    } else if c.is_alphabetic() {
        if cp < 0x0250 || (0x1E00..=0x1EFF).contains(&cp) || (0xFF21..=0xFF5A).contains(&cp) {
            Class::Latin
        } else {
            Class::OtherLetter
        }
    } else if matches!(cp, 0x00A1 | 0x00B7 | 0x00BF | 0x2010..=0x2027 | 0x2030..=0x205E
        | 0x2E00..=0x2E7F | 0x3001..=0x3003 | 0xFD3E | 0xFD3F | 0xFF01 | 0xFF08 | 0xFF09
        | 0xFF0C | 0xFF0E | 0xFF1A | 0xFF1B | 0xFF1F)
    {
        Class::Punct
    } else {
        Class::Symbol
    }
}

/// Every quote form: straight, curly, low-9, guillemets, single guillemets, fullwidth.
pub(crate) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '〝'
            | '〞'
            | '＂'
            | '＇'
    )
}

/// Scans a run of letters and marks starting at `start`; returns its end and kind.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let mut i = start;
    let (mut arabic_or_other, mut latin) = (false, false);
    while i < text.len() {
        let (class, _, width) = class_at(text, i);
        match class {
            Class::Arabic | Class::OtherLetter => arabic_or_other = true,
            Class::Latin => latin = true,
            Class::Mark => {}
            // ASCII digits continue purely Latin words (`G20`, `F16`).
            Class::Digit if latin && !arabic_or_other && text.as_bytes()[i].is_ascii_digit() => {}
            Class::Format => {
                // A joiner or bidi mark stays inside only when a letter or mark follows it.
                let next = i + width;
                if next < text.len()
                    && matches!(
                        class_at(text, next).0,
                        Class::Arabic | Class::Latin | Class::OtherLetter | Class::Mark
                    )
                {
                    i = next;
                    continue;
                }
                break;
            }
            _ => break,
        }
        i += width;
    }
    let kind = if arabic_or_other {
        TokenKind::Word
    } else if latin {
        TokenKind::Latin
    } else {
        // Tatweel or harakat with no letter to carry them.
        TokenKind::Symbol
    };
    (i, kind)
}

/// Scans digits of any script, with `.` `,` `٫` `٬` kept when a digit follows directly.
fn scan_number(text: &str, start: usize) -> usize {
    let mut i = start;
    while i < text.len() {
        let (class, c, width) = class_at(text, i);
        let separator_inside = matches!(c, '.' | ',' | '٫' | '٬')
            && i + width < text.len()
            && class_at(text, i + width).0 == Class::Digit;
        if class != Class::Digit && !separator_inside {
            break;
        }
        i += width;
    }
    i
}

/// Continues a symbol over the combining marks and variation selectors that modify it.
fn skip_marks(text: &str, mut i: usize) -> usize {
    while i < text.len() {
        let (class, c, width) = class_at(text, i);
        if class != Class::Mark || c == TATWEEL || is_diacritic(c) {
            break;
        }
        i += width;
    }
    i
}

fn starts_url(rest: &[u8]) -> bool {
    let has = |prefix: &[u8]| {
        rest.len() > prefix.len() && rest[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    let url_start = if has(b"https://") {
        8
    } else if has(b"http://") {
        7
    } else if has(b"www.") {
        4
    } else {
        return false;
    };
    rest.get(url_start)
        .is_some_and(|&b| !b.is_ascii_whitespace() && !b"\"'<>".contains(&b))
}

/// The end of a URL starting at `start`: up to whitespace, a quote or `<>`, then without trailing
/// punctuation that more likely ends the sentence (a `)` stays if the URL opened one).
fn scan_url(text: &str, start: usize) -> usize {
    let mut end = start;
    for (offset, c) in text[start..].char_indices() {
        if c.is_whitespace()
            || is_quote(c)
            || is_invisible_format(c)
            || matches!(c, '<' | '>' | '،' | '؛' | '؟' | '\u{200B}')
        {
            break;
        }
        end = start + offset + c.len_utf8();
    }
    loop {
        let url = &text[start..end];
        let Some(last) = url.chars().next_back() else {
            break;
        };
        let trim = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | ']' | '}' | '…' => true,
            ')' => url.matches('(').count() < url.matches(')').count(),
            _ => false,
        };
        if !trim {
            break;
        }
        end -= last.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| format!("{:?}:{}", t.kind, t.text(text)))
            .collect()
    }

    #[test]
    fn arabic_sentence_with_punctuation() {
        assert_eq!(
            render("التقى بوتين، وأردوغان؛ هل ينجح؟"),
            [
                "Word:التقى",
                "Word:بوتين",
                "Punct:،",
                "Word:وأردوغان",
                "Punct:؛",
                "Word:هل",
                "Word:ينجح",
                "Punct:؟"
            ]
        );
    }

    #[test]
    fn harakat_and_tatweel_stay_in_words() {
        assert_eq!(render("حَفْتَرُ الـحكومة"), ["Word:حَفْتَرُ", "Word:الـحكومة"]);
        assert_eq!(render("ـ ـــ"), ["Symbol:ـ", "Symbol:ـــ"]);
    }

    #[test]
    fn quotes_separate_a_tatweel_prefix() {
        assert_eq!(
            render("«الـ\"كعكة\"»"),
            [
                "Quote:«",
                "Word:الـ",
                "Quote:\"",
                "Word:كعكة",
                "Quote:\"",
                "Quote:»"
            ]
        );
        assert_eq!(
            render("„a‹b›“c”‘d’"),
            [
                "Quote:„",
                "Latin:a",
                "Quote:‹",
                "Latin:b",
                "Quote:›",
                "Quote:“",
                "Latin:c",
                "Quote:”",
                "Quote:‘",
                "Latin:d",
                "Quote:’"
            ]
        );
    }

    #[test]
    fn numbers_in_both_digit_scripts() {
        assert_eq!(
            render("نمو 2,5 و3.5 عام ٢٠٢٠م و١٢٫٥ و1,000,000. في 2020،"),
            [
                "Word:نمو",
                "Number:2,5",
                "Word:و",
                "Number:3.5",
                "Word:عام",
                "Number:٢٠٢٠",
                "Word:م",
                "Word:و",
                "Number:١٢٫٥",
                "Word:و",
                "Number:1,000,000",
                "Punct:.",
                "Word:في",
                "Number:2020",
                "Punct:،"
            ]
        );
    }

    #[test]
    fn urls_hashtags_and_latin() {
        assert_eq!(
            render("راجع https://example.com/a?b=1. و(www.bbc.com/arabic) #إليسا G20 CNN"),
            [
                "Word:راجع",
                "Url:https://example.com/a?b=1",
                "Punct:.",
                "Word:و",
                "Punct:(",
                "Url:www.bbc.com/arabic",
                "Punct:)",
                "Symbol:#",
                "Word:إليسا",
                "Latin:G20",
                "Latin:CNN"
            ]
        );
        assert_eq!(
            render("http:// www."),
            ["Latin:http", "Punct::", "Punct://", "Latin:www", "Punct:."]
        );
    }

    #[test]
    fn invisible_marks_are_not_tokens() {
        assert_eq!(
            render("\u{FEFF}\u{200F}حفتر\u{200C} \u{200E}"),
            ["Word:حفتر"]
        );
        assert_eq!(render("می\u{200C}خواهم"), ["Word:می\u{200C}خواهم"]);
    }

    #[test]
    fn ellipsis_runs_are_one_token() {
        assert_eq!(
            render("قال... ثم!!"),
            ["Word:قال", "Punct:...", "Word:ثم", "Punct:!!"]
        );
    }
}

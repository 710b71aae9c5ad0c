//! Sentence splitting over tokens, with spans into the original text.
//!
//! Owns where one sentence ends and the next begins. Rules, in order:
//!
//! 1. A line break of any kind (`\n`, `\r`, U+2028, U+2029, U+0085, vertical tab, form feed)
//!    always ends a sentence, so a sentence never crosses a paragraph or a headline.
//! 2. Otherwise a sentence ends after a terminator token: `.` `!` `?` `؟` `…` `۔` (or a run of
//!    them, such as `...` or `؟!`).
//! 3. Closing quotes and brackets (`"` `'` `”` `’` `»` `›` `)` `]` `}`) and further terminators
//!    that touch the terminator (no space between) stay with the sentence: `قال: «انتهى.»`.
//! 4. A `.` touching a one-letter word (`د.` `م.` `أ.` `U.S.` `J.`) or a Latin title
//!    (`Dr.` `Mr.` `Mrs.` `Ms.` `Prof.` `St.` `Jr.` `Sr.` `Gen.` `Col.` `Lt.` `Capt.` `Gov.` `Sen.`)
//!    is an abbreviation, not a terminator. Decimal points never reach this module: `3.5` is one
//!    number token.
//! 5. Inside an open `«…»` or `“…”` quotation a terminator does not end the sentence unless the
//!    quotation closes right after it (rule 3), so a quoted statement of several sentences stays
//!    with its reporting verb. If a line's quotation marks do not balance, that line is split
//!    again ignoring quotation marks, so one stray `«` cannot swallow a paragraph.
//!
//! Known limits: a sentence that really ends with an abbreviation (`… in the U.S.`) is joined to
//! the next one; straight quotes `"` are not tracked for rule 5 because they do not say whether
//! they open or close.
//!
//! Spans run from the first token's start to the last token's end, so they never begin or end
//! with whitespace.

use crate::normalize::{TATWEEL, is_diacritic};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// The sentences of `text` as spans, in order. `tokens` must come from
/// [`crate::tokenize`] over the same `text`; tokens that do not fit `text` (out of bounds, off a
/// char boundary, out of order or overlapping) are ignored.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut valid: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut line_start = 0;
    let mut prev_end = 0;
    for &token in tokens {
        let (start, end) = (token.span.start as usize, token.span.end as usize);
        if start < prev_end || start >= end || Span::checked(text, start, end).is_err() {
            continue;
        }
        if !valid.is_empty() && has_line_break(&text[prev_end..start]) {
            split_line(text, &valid[line_start..], &mut out);
            line_start = valid.len();
        }
        valid.push(token);
        prev_end = end;
    }
    split_line(text, &valid[line_start..], &mut out);
    out
}

fn has_line_break(gap: &str) -> bool {
    gap.contains([
        '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}',
    ])
}

/// Splits one line (no line breaks between its tokens) and appends its sentences.
fn split_line(text: &str, line: &[Token], out: &mut Vec<Span>) {
    if line.is_empty() {
        return;
    }
    let before = out.len();
    if split_line_with(text, line, true, out) {
        return;
    }
    out.truncate(before);
    split_line_with(text, line, false, out);
}

/// Returns false when `quote_aware` and the line's quotation marks do not balance.
fn split_line_with(text: &str, line: &[Token], quote_aware: bool, out: &mut Vec<Span>) -> bool {
    let mut depth = 0usize;
    let mut first = 0;
    let mut i = 0;
    while i < line.len() {
        let token = line[i];
        let t = token.text(text);
        if quote_aware && token.kind == TokenKind::Quote {
            match t {
                "«" | "“" => depth += 1,
                "»" | "”" => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if !is_terminator(token, t) || is_abbreviation(text, line, i) {
            i += 1;
            continue;
        }
        // Take the touching closers and terminators along.
        let mut depth_after = depth;
        let mut j = i + 1;
        while j < line.len() && line[j].span.start == line[j - 1].span.end {
            let next = line[j];
            let next_text = next.text(text);
            if !(is_terminator(next, next_text) || is_closer(next, next_text)) {
                break;
            }
            if quote_aware && matches!(next_text, "»" | "”") {
                depth_after = depth_after.saturating_sub(1);
            }
            j += 1;
        }
        depth = depth_after;
        if depth == 0 {
            out.push(Span::new(
                line[first].span.start as usize,
                line[j - 1].span.end as usize,
            ));
            first = j;
        }
        i = j;
    }
    if first < line.len() {
        out.push(Span::new(
            line[first].span.start as usize,
            line[line.len() - 1].span.end as usize,
        ));
    }
    !quote_aware || depth == 0
}

fn is_terminator(token: Token, text: &str) -> bool {
    token.kind == TokenKind::Punct
        && !text.is_empty()
        && text
            .chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉'))
}

fn is_closer(token: Token, text: &str) -> bool {
    match token.kind {
        TokenKind::Quote => matches!(text, "\"" | "'" | "”" | "’" | "»" | "›"),
        TokenKind::Punct => matches!(text, ")" | "]" | "}"),
        _ => false,
    }
}

const LATIN_TITLES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "gov", "sen",
];

/// Whether the `.` at `line[i]` closes an abbreviation it touches.
fn is_abbreviation(text: &str, line: &[Token], i: usize) -> bool {
    if line[i].text(text) != "." || i == 0 {
        return false;
    }
    let prev = line[i - 1];
    if prev.span.end != line[i].span.start
        || !matches!(prev.kind, TokenKind::Word | TokenKind::Latin)
    {
        return false;
    }
    let word = prev.text(text);
    // Harakat and tatweel count as alphabetic in Unicode, but `دَ.` is still one letter.
    let letters = word
        .chars()
        .filter(|&c| c.is_alphabetic() && !is_diacritic(c) && c != TATWEEL)
        .count();
    letters == 1
        || (prev.kind == TokenKind::Latin
            && LATIN_TITLES
                .iter()
                .any(|title| word.eq_ignore_ascii_case(title)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text, &tokenize(text))
            .into_iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn splits_at_terminators_and_line_breaks() {
        assert_eq!(
            sentences(
                "وصل حفتر إلى موسكو. ولم يوقع الاتفاق! لماذا؟\nعنوان بلا نقطة\n\n  فقرة جديدة…  "
            ),
            [
                "وصل حفتر إلى موسكو.",
                "ولم يوقع الاتفاق!",
                "لماذا؟",
                "عنوان بلا نقطة",
                "فقرة جديدة…"
            ]
        );
    }

    #[test]
    fn abbreviations_and_decimals_do_not_end_sentences() {
        assert_eq!(
            sentences("قال دَ. محمد إن النمو 3.5 بالمئة. التقى Dr. Smith مسؤولي U.S. أمس."),
            [
                "قال دَ. محمد إن النمو 3.5 بالمئة.",
                "التقى Dr. Smith مسؤولي U.S. أمس."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("قال: «لن نتراجع.» وأضاف: \"انتهى.\" ثم (غادر.) وصمت."),
            [
                "قال: «لن نتراجع.»",
                "وأضاف: \"انتهى.\"",
                "ثم (غادر.)",
                "وصمت."
            ]
        );
    }

    #[test]
    fn a_quoted_statement_stays_whole() {
        assert_eq!(
            sentences("قال: «نحن هنا. لن نغادر» مضيفا أن الحل سياسي. انتهى."),
            ["قال: «نحن هنا. لن نغادر» مضيفا أن الحل سياسي.", "انتهى."]
        );
    }

    #[test]
    fn a_stray_open_quote_does_not_swallow_the_line() {
        assert_eq!(
            sentences("قال «نحن هنا. لن نغادر. انتهى."),
            ["قال «نحن هنا.", "لن نغادر.", "انتهى."]
        );
    }

    #[test]
    fn foreign_tokens_are_ignored() {
        let text = "أ. ب";
        let bogus = [
            Token {
                span: Span::new(1, 2),
                kind: TokenKind::Word,
            },
            Token {
                span: Span::new(0, 99),
                kind: TokenKind::Word,
            },
        ];
        assert!(split_sentences(text, &bogus).is_empty());
    }
}

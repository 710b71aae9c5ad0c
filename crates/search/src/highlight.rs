//! Snippets and highlights for search hits.
//!
//! Tantivy's `SnippetGenerator` lowercases a fresh copy of every token it reads, which made
//! snippets a third of a search's cost; the stemmed analyzer's terms are already folded, so
//! here each token is looked up as it comes. The passage chosen is the window of the text
//! holding the most distinct query terms (then the most matches, then the earliest), which is
//! what the generator's scoring amounts to for short queries.

use std::collections::HashSet;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;

/// Finds the query's terms for one field in stored text.
pub(crate) struct Highlighter {
    terms: HashSet<String>,
    analyzer: TextAnalyzer,
}

/// A passage of the text and the byte ranges of query terms in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Passage {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
}

impl Highlighter {
    /// The terms `query` searches in `field`, read back with `analyzer` (the field's own).
    pub(crate) fn new(query: &dyn Query, field: Field, analyzer: TextAnalyzer) -> Highlighter {
        let mut terms = HashSet::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field
                && let Some(text) = term.value().as_str()
            {
                terms.insert(text.to_owned());
            }
        });
        Highlighter { terms, analyzer }
    }

    /// Byte ranges of `text` whose tokens are query terms, with the index of the term each
    /// matched (for counting distinct terms).
    fn matches(&mut self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        if self.terms.is_empty() {
            return out;
        }
        let mut distinct: Vec<&str> = Vec::new();
        let mut stream = self.analyzer.token_stream(text);
        while stream.advance() {
            let token = stream.token();
            if let Some(term) = self.terms.get(token.text.as_str()) {
                let id = match distinct.iter().position(|t| *t == term) {
                    Some(id) => id,
                    None => {
                        distinct.push(term);
                        distinct.len() - 1
                    }
                };
                out.push((token.offset_from, token.offset_to, id));
            }
        }
        out
    }

    /// Every match in `text` (for titles, shown whole).
    pub(crate) fn highlights(&mut self, text: &str) -> Vec<(usize, usize)> {
        self.matches(text)
            .into_iter()
            .map(|(start, end, _)| (start, end))
            .collect()
    }

    /// The best passage of at most `max_chars` characters, `None` when no term occurs.
    pub(crate) fn passage(&mut self, text: &str, max_chars: usize) -> Option<Passage> {
        let found = self.matches(text);
        let max_bytes = max_chars.saturating_mul(2).max(40);
        let (first, last) = best_window(&found, max_bytes)?;
        let (match_start, match_end) = (found[first].0, found[last].1);
        // Some context before the first match, then as much after as the budget allows.
        let lead = (max_bytes.saturating_sub(match_end - match_start) / 4).min(match_start);
        let start = word_start(text, match_start - lead, match_start);
        let end = word_end(text, (start + max_bytes).max(match_end), match_end);
        let passage = &text[start..end];
        let trimmed = passage.trim_start();
        let start = start + (passage.len() - trimmed.len());
        let end = start + trimmed.trim_end().len();
        let highlights = found
            .iter()
            .filter(|&&(s, e, _)| s >= start && e <= end)
            .map(|&(s, e, _)| (s - start, e - start))
            .collect();
        Some(Passage {
            text: text[start..end].to_owned(),
            highlights,
        })
    }
}

/// The run of matches `first..=last` spanning at most `max_bytes` with the most distinct
/// terms, then the most matches; the earliest on ties.
fn best_window(found: &[(usize, usize, usize)], max_bytes: usize) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, usize, usize)> = None;
    for first in 0..found.len() {
        let mut last = first;
        while last + 1 < found.len() && found[last + 1].1 - found[first].0 <= max_bytes {
            last += 1;
        }
        let mut ids: Vec<usize> = found[first..=last].iter().map(|m| m.2).collect();
        ids.sort_unstable();
        ids.dedup();
        let score = (ids.len(), last - first + 1);
        if best.is_none_or(|(d, n, _, _)| score > (d, n)) {
            best = Some((score.0, score.1, first, last));
        }
    }
    best.map(|(_, _, first, last)| (first, last))
}

/// A position at or after `from` (and at most `limit`) where a word starts: just after a
/// whitespace, or `limit` itself.
fn word_start(text: &str, from: usize, limit: usize) -> usize {
    if from == 0 {
        return 0;
    }
    let mut at = from;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..limit]
        .find(char::is_whitespace)
        .map_or(limit, |i| at + i)
}

/// A position at or before `to` (and at least `floor`) where a word ends: at a whitespace, or
/// the end of the text.
fn word_end(text: &str, to: usize, floor: usize) -> usize {
    if to >= text.len() {
        return text.len();
    }
    let mut at = to;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    if text[at..].starts_with(char::is_whitespace) {
        return at;
    }
    text[floor..at]
        .rfind(char::is_whitespace)
        .map_or(at, |i| floor + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_prefers_distinct_terms_then_counts() {
        // Term 0 twice early, terms 0 and 1 together later.
        let found = [(0, 4, 0), (10, 14, 0), (500, 504, 0), (520, 524, 1)];
        assert_eq!(best_window(&found, 100), Some((2, 3)));
        assert_eq!(best_window(&found[..2], 100), Some((0, 1)));
        assert_eq!(best_window(&[], 100), None);
    }

    #[test]
    fn word_bounds_stay_on_char_boundaries() {
        let text = "قال حفتر إن الهجوم بدأ";
        let s = word_start(text, 3, text.len());
        assert!(text.is_char_boundary(s));
        assert_eq!(&text[s..s + 1], " ");
        let e = word_end(text, 15, 0);
        assert!(text.is_char_boundary(e));
        assert!(text[..e].ends_with("حفتر"));
    }
}

//! Clitic segmentation: the plausible ways to peel attached particles off an Arabic word.
//!
//! Owns the clitic inventory and the length limits; never decides which split is right — that
//! needs a dictionary or a model, which callers bring through [`clitic_splits_with`].
//!
//! | slot | clitics | note |
//! |---|---|---|
//! | conjunction | `و` `ف` | first |
//! | preposition / future | `ب` `ك` `ل` / `س` | `س` never takes `ال` |
//! | article | `ال` | `ل` + `ال` is written `لل` (`للحكومة`, `وللحكومة`, `فللحكومة`) |
//! | enclitic pronoun | `ه` `ها` `هم` `هما` `هن` `ك` `كم` `كن` `نا` `ي` | never with `ال` |
//!
//! A stem keeps at least 2 letters, or 3 when two or more clitics are stripped. Matching runs
//! on the word's strict key (see [`crate::normalize`]), so harakat and tatweel never block a
//! split (`لـحفتر`, `وَبِالسراج`) while a final `ة` is never taken for the pronoun `ه`, nor `ى`
//! for `ي`. Stems are spans of the surface word, so callers map them back to the text.
//!
//! ```
//! use marsad_text::clitic_splits;
//! let word = "وبالسراج";
//! let splits: Vec<String> = clitic_splits(word)
//!     .iter()
//!     .map(|s| format!("{}+{}", s.proclitics.join(","), &word[s.stem.range()]))
//!     .collect();
//! assert_eq!(splits, ["+وبالسراج", "و+بالسراج", "و,ب+السراج", "و,ب,ال+سراج"]);
//! ```

use crate::normalize::{KeyKind, is_arabic_letter, normalize, search_key};
use crate::span::Span;

/// One way to read a word as proclitics + stem + enclitic.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CliticSplit {
    /// The proclitics in order, in their dictionary form (`لل` is reported as `ل`, `ال`).
    pub proclitics: Vec<&'static str>,
    /// The stem, relative to the start of the word.
    pub stem: Span,
    pub enclitic: Option<&'static str>,
}

impl CliticSplit {
    /// The stem's text in `word`, the word this split was made from (empty if it is not).
    pub fn stem_text<'a>(&self, word: &'a str) -> &'a str {
        word.get(self.stem.range()).unwrap_or("")
    }

    /// How many clitics this split strips.
    pub fn clitic_count(&self) -> usize {
        self.proclitics.len() + usize::from(self.enclitic.is_some())
    }
}

/// Proclitic sequences: strict-key surface and morphemes. The article comes last, when present.
const PROCLITICS: &[(&str, &[&str])] = &[
    ("و", &["و"]),
    ("ف", &["ف"]),
    ("ب", &["ب"]),
    ("ك", &["ك"]),
    ("ل", &["ل"]),
    ("س", &["س"]),
    ("ال", &["ال"]),
    ("وب", &["و", "ب"]),
    ("وك", &["و", "ك"]),
    ("ول", &["و", "ل"]),
    ("وس", &["و", "س"]),
    ("وال", &["و", "ال"]),
    ("فب", &["ف", "ب"]),
    ("فك", &["ف", "ك"]),
    ("فل", &["ف", "ل"]),
    ("فس", &["ف", "س"]),
    ("فال", &["ف", "ال"]),
    ("بال", &["ب", "ال"]),
    ("كال", &["ك", "ال"]),
    ("لل", &["ل", "ال"]),
    ("وبال", &["و", "ب", "ال"]),
    ("وكال", &["و", "ك", "ال"]),
    ("ولل", &["و", "ل", "ال"]),
    ("فبال", &["ف", "ب", "ال"]),
    ("فكال", &["ف", "ك", "ال"]),
    ("فلل", &["ف", "ل", "ال"]),
];

const ENCLITICS: &[&str] = &["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "نا", "ي"];

/// Every plausible split of `word`, the unsplit word first, then by number of clitics stripped.
pub fn clitic_splits(word: &str) -> Vec<CliticSplit> {
    let mut out = vec![unsplit(word)];
    candidates(word, &mut out);
    out
}

/// Like [`clitic_splits`], but a stem the dictionary knows is never stripped further.
///
/// `is_known` receives search keys ([`crate::search_key`]) of candidate stems. If the whole word
/// is known, only the unsplit word comes back (`بوتين` is not `ب` + `وتين`). Otherwise a split
/// whose stem is unknown and lies inside a known stem is dropped (with `السراج` known,
/// `وبالسراج` gives `و`,`ب` + `السراج` but not `و`,`ب`,`ال` + `سراج`). Splits with known stems
/// come right after the unsplit word, longest stem first.
pub fn clitic_splits_with(word: &str, is_known: impl Fn(&str) -> bool) -> Vec<CliticSplit> {
    let whole = unsplit(word);
    if is_known(&search_key(word)) {
        return vec![whole];
    }
    let mut splits = Vec::new();
    candidates(word, &mut splits);
    let known: Vec<bool> = splits
        .iter()
        .map(|s| is_known(&search_key(s.stem_text(word))))
        .collect();
    let known_stems: Vec<Span> = splits
        .iter()
        .zip(&known)
        .filter(|&(_, &k)| k)
        .map(|(s, _)| s.stem)
        .collect();
    let mut kept: Vec<(bool, CliticSplit)> = splits
        .into_iter()
        .zip(known)
        .filter(|(s, k)| {
            *k || !known_stems
                .iter()
                .any(|&ks| ks != s.stem && ks.contains(s.stem))
        })
        .map(|(s, k)| (k, s))
        .collect();
    // Stable: known stems first, the longest first; the rest keep their order.
    kept.sort_by_key(|(k, s)| (!*k, if *k { usize::MAX - s.stem.len() } else { 0 }));
    let mut out = Vec::with_capacity(kept.len() + 1);
    out.push(whole);
    out.extend(kept.into_iter().map(|(_, s)| s));
    out
}

fn unsplit(word: &str) -> CliticSplit {
    CliticSplit {
        proclitics: Vec::new(),
        stem: Span::new(0, crate::tokenize::within_span_limit(word).len()),
        enclitic: None,
    }
}

/// Appends every split that strips at least one clitic, fewest clitics first.
fn candidates(word: &str, out: &mut Vec<CliticSplit>) {
    let word = crate::tokenize::within_span_limit(word);
    let key = normalize(word, KeyKind::Strict);
    let k = key.text.as_str();
    if k.is_empty() || !k.chars().all(is_arabic_letter) {
        return;
    }
    let no_proclitic: (&str, &[&str]) = ("", &[]);
    let first = out.len();
    for &(surface, morphemes) in std::iter::once(&no_proclitic).chain(PROCLITICS) {
        if !k.starts_with(surface) {
            continue;
        }
        let has_article = morphemes.last() == Some(&"ال");
        for enclitic in std::iter::once(None).chain(ENCLITICS.iter().copied().map(Some)) {
            let tail = enclitic.unwrap_or("");
            let count = morphemes.len() + usize::from(enclitic.is_some());
            if count == 0
                || (has_article && enclitic.is_some())
                || !k.ends_with(tail)
                || surface.len() + tail.len() > k.len()
            {
                continue;
            }
            let (stem_start, stem_end) = (surface.len(), k.len() - tail.len());
            let min_letters = if count >= 2 { 3 } else { 2 };
            if k[stem_start..stem_end].chars().count() < min_letters {
                continue;
            }
            out.push(CliticSplit {
                proclitics: morphemes.to_vec(),
                stem: key.span_to_original(stem_start, stem_end),
                enclitic,
            });
        }
    }
    out[first..].sort_by_key(|s| (s.clitic_count(), s.stem.start, u32::MAX - s.stem.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(word: &str, splits: &[CliticSplit]) -> Vec<String> {
        splits
            .iter()
            .map(|s| {
                format!(
                    "{}+{}+{}",
                    s.proclitics.join(","),
                    s.stem_text(word),
                    s.enclitic.unwrap_or("")
                )
            })
            .collect()
    }

    #[test]
    fn name_with_article_after_two_proclitics() {
        let word = "وبالسراج";
        assert_eq!(
            render(word, &clitic_splits(word)),
            ["+وبالسراج+", "و+بالسراج+", "و,ب+السراج+", "و,ب,ال+سراج+"]
        );
    }

    #[test]
    fn preposition_on_a_name() {
        let word = "لحفتر";
        assert_eq!(render(word, &clitic_splits(word)), ["+لحفتر+", "ل+حفتر+"]);
        let word = "لـحَفتر";
        assert_eq!(render(word, &clitic_splits(word)), ["+لـحَفتر+", "ل+حَفتر+"]);
    }

    #[test]
    fn lam_with_article_drops_the_alef() {
        let word = "وللحكومة";
        let splits = render(word, &clitic_splits(word));
        assert!(splits.contains(&"و,ل,ال+حكومة+".to_string()), "{splits:?}");
        assert!(splits.contains(&"و,ل+لحكومة+".to_string()), "{splits:?}");
    }

    #[test]
    fn enclitics_and_teh_marbuta() {
        let word = "بكتابهم";
        let splits = render(word, &clitic_splits(word));
        assert!(splits.contains(&"ب+كتاب+هم".to_string()), "{splits:?}");
        // A final ة is not the pronoun ه, and ى is not ي.
        assert_eq!(render("مدينة", &clitic_splits("مدينة")), ["+مدينة+"]);
        assert_eq!(render("على", &clitic_splits("على")), ["+على+"]);
        // No pronoun after the article.
        assert!(!render("الكتابه", &clitic_splits("الكتابه")).contains(&"ال+كتاب+ه".to_string()));
    }

    #[test]
    fn stems_keep_their_minimum_length() {
        assert_eq!(
            render("وله", &clitic_splits("وله")),
            ["+وله+", "+ول+ه", "و+له+"]
        );
        assert_eq!(render("بي", &clitic_splits("بي")), ["+بي+"]);
    }

    #[test]
    fn known_words_are_never_over_stripped() {
        let dictionary = ["بوتين", "بنغازي", "لافروف", "ليبيا", "بريطانيا", "السراج"];
        let is_known = |key: &str| dictionary.iter().any(|w| search_key(w) == key);
        for name in ["بوتين", "بنغازي", "لافروف", "ليبيا", "بريطانيا"]
        {
            assert_eq!(
                render(name, &clitic_splits_with(name, is_known)),
                [format!("+{name}+")]
            );
        }
        let word = "وبوتين";
        assert_eq!(
            render(word, &clitic_splits_with(word, is_known)),
            ["+وبوتين+", "و+بوتين+"]
        );
        let word = "وبالسراج";
        assert_eq!(
            render(word, &clitic_splits_with(word, is_known)),
            ["+وبالسراج+", "و,ب+السراج+", "و+بالسراج+"]
        );
        let word = "لليبيا";
        assert_eq!(
            render(word, &clitic_splits_with(word, is_known))[..2],
            ["+لليبيا+", "ل+ليبيا+"]
        );
    }

    #[test]
    fn non_arabic_words_stay_whole() {
        assert_eq!(render("Wall", &clitic_splits("Wall")), ["+Wall+"]);
        assert_eq!(render("و2020", &clitic_splits("و2020")), ["+و2020+"]);
        assert_eq!(render("", &clitic_splits("")), ["++"]);
    }
}

//! Arabic orthographic normalisation and light proclitic stripping, as the tagger sees words.
//!
//! This is deliberately owned by the NER crate rather than borrowed from `marsad-text`: a trained
//! model's feature hashes are only valid for the exact normalisation it was trained with, so a
//! change in the shared text layer must not silently shift a shipped model's inputs. The rules
//! follow the usual Arabic "search key": no diacritics or tatweel, one alef, ى→ي, ة→ه,
//! Persian letter forms folded, Eastern digits to ASCII, Latin lower-cased.

/// Writes the normalised form of `word` into `out` (cleared first).
pub fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        let m = match c {
            // Harakat, shadda, sukun, superscript alef, Quranic marks, tatweel: dropped, since
            // news text writes them inconsistently.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {
                continue;
            }
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' | 'ې' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            _ if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
            _ => c,
        };
        out.push(m);
    }
}

/// The normalised form as a new string.
pub fn normalize(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    normalize_into(word, &mut s);
    s
}

/// The proclitic layers peeled off a normalised word, outermost first:
/// conjunction (و ف), preposition (ب ك ل) and article (ال, or the ل of لل).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Proclitics<'a> {
    /// After removing the conjunction, if any.
    pub after_conj: &'a str,
    /// After removing conjunction and preposition.
    pub after_prep: &'a str,
    /// The bare stem: also without the article.
    pub stem: &'a str,
    /// Byte length of the stripped prefix (`word.len() - stem.len()`).
    pub prefix_len: usize,
    /// Whether the word had an article (ال or the assimilated لل).
    pub article: bool,
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Strips proclitics greedily from a normalised word, keeping at least two letters of stem
/// (three after a bare conjunction or preposition, which are also the first letters of many
/// words: وزير, بيروت). Over-stripping is tolerated: the tagger also sees the unstripped word.
pub fn proclitics(word: &str) -> Proclitics<'_> {
    let mut rest = word;
    if let Some(r) = rest.strip_prefix(['و', 'ف'])
        && char_len(r) >= 3
    {
        rest = r;
    }
    let after_conj = rest;
    let mut article = false;
    // "لل" is ل + ال with the alef elided: the preposition and the article together.
    if let Some(r) = rest.strip_prefix("لل")
        && char_len(r) >= 2
    {
        return Proclitics {
            after_conj,
            after_prep: after_conj,
            stem: r,
            prefix_len: word.len() - r.len(),
            article: true,
        };
    }
    if let Some(r) = rest.strip_prefix(['ب', 'ك', 'ل'])
        && char_len(r) >= 3
    {
        rest = r;
    }
    let after_prep = rest;
    if let Some(r) = rest.strip_prefix("ال")
        && char_len(r) >= 2
    {
        rest = r;
        article = true;
    }
    Proclitics {
        after_conj,
        after_prep,
        stem: rest,
        prefix_len: word.len() - rest.len(),
        article,
    }
}

/// Coarse character classes of a token, for shape features.
pub fn shape_into(word: &str, out: &mut String) {
    out.clear();
    let mut last = '\0';
    for c in word.chars() {
        let k = if ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c)
        {
            if ('٠'..='٩').contains(&c) { 'd' } else { 'a' }
        } else if c.is_ascii_digit() || ('۰'..='۹').contains(&c) {
            'd'
        } else if c.is_ascii_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_whitespace() {
            ' '
        } else {
            c
        };
        // Runs collapse so that shapes generalise over lengths.
        if k != last {
            out.push(k);
            last = k;
        }
        if out.len() > 8 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_alef_ya_ta_and_diacritics() {
        assert_eq!(normalize("أَحْمَد"), "احمد");
        assert_eq!(normalize("مُصطفى"), "مصطفي");
        assert_eq!(normalize("القاهرة"), "القاهره");
        assert_eq!(normalize("٢٠٢٠"), "2020");
        assert_eq!(normalize("NATO"), "nato");
        assert_eq!(normalize("إســرائيل"), "اسرائيل");
    }

    #[test]
    fn strips_proclitics() {
        let p = proclitics("وبالقاهره");
        assert_eq!(p.stem, "قاهره");
        assert_eq!(p.after_conj, "بالقاهره");
        assert_eq!(p.after_prep, "القاهره");
        assert!(p.article);
        let p = proclitics("للرئيس");
        assert_eq!(p.stem, "رئيس");
        let p = proclitics("وموسكو");
        assert_eq!(p.stem, "موسكو");
        // Too short to be a clitic plus a word.
        assert_eq!(proclitics("وزن").stem, "وزن");
        assert_eq!(proclitics("بوتين").stem, "وتين"); // over-stripping is expected
    }

    #[test]
    fn shapes() {
        let mut s = String::new();
        shape_into("موسكو", &mut s);
        assert_eq!(s, "a");
        shape_into("G20", &mut s);
        assert_eq!(s, "Xd");
        shape_into("1-2", &mut s);
        assert_eq!(s, "d-d");
    }
}

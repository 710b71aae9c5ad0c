//! Layered normalization: matching keys for Arabic text, with an alignment back to the original.
//!
//! Owns every rule that decides when two spellings are "the same" for search and matching. The
//! stored surface text is never altered: [`normalize`] returns a new key plus a map from key
//! byte offsets to original byte offsets, so hits found in the key are stored against the
//! original. [`search_key`] and [`strict_key`] are the allocation-light variants without the map.
//!
//! Two layers exist. The *search* key is loose (what a reader typing a query would consider the
//! same word); the *strict* key is the search key minus the two folds that merge distinct words
//! (`على` "on" vs `علي` "Ali", `مدينة` vs `مدينه`).
//!
//! | input | search key | strict key | why |
//! |---|---|---|---|
//! | `أ` `إ` `آ` `ٱ` (U+0623 U+0625 U+0622 U+0671), and `ٲ` `ٳ` `ٵ` (U+0672 U+0673 U+0675) | `ا` | `ا` | hamza/madda/wasla on alef are written inconsistently in news |
//! | `ؤ` (U+0624), `ٶ` (U+0676) | `و` | `و` | hamza seat dropped, like the alef forms |
//! | `ئ` (U+0626), `ٸ` (U+0678) | `ي` | `ي` | hamza seat dropped, like the alef forms |
//! | `ء` (U+0621) standalone hamza | kept | kept | it is a letter of its own (`جزء`, `سماء`); folding it away would merge `ماء` with `ما` |
//! | `ة` (U+0629), `ۃ` (U+06C3) | `ه` | `ة` | final `ة`/`ه` is a common typing variant (`خليفه`) |
//! | `ى` (U+0649) | `ي` | `ى` | final `ى`/`ي` is a common Egyptian spelling variant |
//! | `ی` (U+06CC) Farsi yeh | `ي` | `ي` | Persian keyboards |
//! | `ک` (U+06A9) keheh | `ك` | `ك` | Persian keyboards |
//! | `ھ` `ۀ` `ہ` (U+06BE U+06C0 U+06C1) | `ه` | `ه` | Persian/Urdu keyboards |
//! | harakat and tanween U+064B–U+065F (includes combining hamza U+0654/U+0655), superscript alef U+0670, Quranic marks U+06D6–U+06ED, honorific signs U+0610–U+061A, extended marks U+08D3–U+08E1 and U+08E3–U+08FF | removed | removed | vocalization is optional in Arabic and rarely consistent |
//! | tatweel `ـ` (U+0640) | removed | removed | pure typographic stretching (`الـ`) |
//! | ZWNJ U+200C, ZWJ U+200D, LRM/RLM U+200E/U+200F, ALM U+061C, embeddings U+202A–U+202E, isolates U+2066–U+2069, BOM U+FEFF, soft hyphen U+00AD | removed | removed | invisible; copy-paste noise |
//! | presentation forms U+FB50–U+FDFF, U+FE70–U+FEFF | their NFKC decomposition, folded by this table (`ﻻ` → `لا`, `ﷲ` → `الله`) | same | legacy encoders emit glyph forms; harakat forms vanish with the harakat |
//! | `٠`–`٩` (U+0660–U+0669), `۰`–`۹` (U+06F0–U+06F9) | `0`–`9` | `0`–`9` | one digit alphabet for numbers and dates |
//! | ASCII `A`–`Z` | `a`–`z` | `a`–`z` | case-insensitive Latin names (`CNN`, `Cnn`) |
//! | everything else (letters, spaces, punctuation, `٫` `٬`, other scripts) | kept | kept | |
//!
//! Both keys are idempotent (`search_key(&search_key(x)) == search_key(x)`), because every
//! output of a rule is a character that no rule touches. The strict key of a text folded once
//! more by the search rules equals its search key.
//!
//! **Alignment.** A removed character belongs to the kept character before it (a haraka to its
//! letter), so a span ending after `ر` in the key of `حفترُ` ends after the damma in the original.
//! A character that expands (a ligature) maps every key character it produced to itself.
//!
//! ```
//! use marsad_text::{normalize, search_key, strict_key, KeyKind};
//! assert_eq!(search_key("خليفه حتّر"), search_key("خليفة حتر"));
//! assert_ne!(strict_key("على"), strict_key("علي"));
//! let original = "قال المشيرُ حفتر";
//! let n = normalize(original, KeyKind::Search);
//! let at = n.text.find("المشير").unwrap();
//! let span = n.span_to_original(at, at + "المشير".len());
//! assert_eq!(&original[span.range()], "المشيرُ");
//! ```
//!
//! Speed: the common case (Arabic letters, ASCII) is one table lookup per character, and runs
//! of characters that stay as they are are copied as whole slices.

use crate::presentation::PRESENTATION_FORMS;
use crate::span::Span;

/// Which layer of key to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyKind {
    /// Loose: also folds `ة`→`ه` and `ى`→`ي`.
    Search,
    /// Keeps `ى`/`ي` and `ة`/`ه` apart.
    Strict,
}

/// Tatweel (kashida), the Arabic stretching character.
pub const TATWEEL: char = '\u{0640}';

/// A key plus the alignment that maps its byte offsets back to the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The key.
    pub text: String,
    /// `(key offset, original offset)` checkpoints, strictly increasing in both. Between two
    /// checkpoints every key character came from an original character of the same UTF-8 width,
    /// so offsets map linearly; a checkpoint sits wherever that stops being true.
    marks: Vec<(usize, usize)>,
    original_len: usize,
}

impl Normalized {
    /// Byte length of the text this key was built from.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// The original byte offset where the character at key offset `normalized_byte` came from
    /// (its start); `text.len()` maps to the original's length. For the end of a range use
    /// [`Normalized::end_to_original`] or [`Normalized::span_to_original`].
    ///
    /// An offset past the end is treated as the end, and one inside a character as the start
    /// of that character, so the result is always a char boundary of the original.
    pub fn to_original(&self, normalized_byte: usize) -> usize {
        let n = self.floor_boundary(normalized_byte);
        if n == self.text.len() {
            return self.original_len;
        }
        // marks[0] always has key offset 0, so the partition point is at least 1.
        let k = self
            .marks
            .partition_point(|&(m, _)| m <= n)
            .saturating_sub(1);
        match self.marks.get(k) {
            Some(&(m, o)) => o + (n - m),
            None => n,
        }
    }

    /// The original span covered by key bytes `start..end`. The end is the end of the source of
    /// the last key character, including characters removed after it (harakat, tatweel); the
    /// start is the start of the source of the first. Offsets are clamped like
    /// [`Normalized::to_original`]; `end < start` gives an empty span at `start`. Like
    /// [`Span::new`], panics only for an original longer than 4 GiB.
    pub fn span_to_original(&self, start: usize, end: usize) -> Span {
        let original_start = self.to_original(start);
        let end = self.floor_boundary(end);
        if end <= self.floor_boundary(start) {
            return Span::new(original_start, original_start);
        }
        Span::new(original_start, self.end_to_original(end))
    }

    /// The original byte offset where the source of the key character ending at key offset
    /// `end` ends, including characters removed after it; for most offsets this equals
    /// [`Normalized::to_original`], but inside a ligature's expansion it is the ligature's end.
    pub fn end_to_original(&self, end: usize) -> usize {
        let end = self.floor_boundary(end);
        if end == 0 {
            return self.to_original(0);
        }
        let len = self.text.len();
        if end >= len {
            return self.original_len;
        }
        let at = self.to_original(end);
        let last_char_source = self.to_original(self.floor_boundary(end - 1));
        if at != last_char_source {
            return at;
        }
        // The characters on both sides of `end` came from one ligature; its end is where the
        // next original character starts.
        let mut m = end;
        while m < len {
            m += 1;
            while m < len && !self.text.is_char_boundary(m) {
                m += 1;
            }
            if m >= len {
                break;
            }
            let o = self.to_original(m);
            if o != last_char_source {
                return o;
            }
        }
        self.original_len
    }

    fn floor_boundary(&self, offset: usize) -> usize {
        let mut n = offset.min(self.text.len());
        while !self.text.is_char_boundary(n) {
            n -= 1;
        }
        n
    }
}

/// The loose key used for search and dictionary matching.
pub fn search_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold::<false>(text, KeyKind::Search, &mut out, &mut Vec::new());
    out
}

/// The strict key: like [`search_key`], but `ى`/`ي` and `ة`/`ه` stay distinct.
pub fn strict_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold::<false>(text, KeyKind::Strict, &mut out, &mut Vec::new());
    out
}

/// Appends the key of `text` to `out`, for callers that reuse one buffer on a hot path.
pub fn key_into(text: &str, kind: KeyKind, out: &mut String) {
    fold::<false>(text, kind, out, &mut Vec::new());
}

/// The key of `text` with its alignment back to `text`.
pub fn normalize(text: &str, kind: KeyKind) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut marks = vec![(0, 0)];
    fold::<true>(text, kind, &mut out, &mut marks);
    Normalized {
        text: out,
        marks,
        original_len: text.len(),
    }
}

/// Whether `c` is an Arabic-script letter (including Persian/Urdu letters, hamza and the
/// presentation-form letters), as opposed to a mark, digit, tatweel or punctuation.
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32,
        0x0620..=0x063F
        | 0x0641..=0x064A
        | 0x066E..=0x066F
        | 0x0671..=0x06D3
        | 0x06D5
        | 0x06EE..=0x06EF
        | 0x06FA..=0x06FC
        | 0x06FF
        | 0x0750..=0x077F
        | 0x08A0..=0x08C8
        | 0xFB50..=0xFBB1
        | 0xFBD3..=0xFD3D
        | 0xFD50..=0xFDC7
        | 0xFDF0..=0xFDFB
        | 0xFE80..=0xFEFC)
}

/// Whether `c` is an Arabic diacritic removed from keys: harakat and tanween, superscript alef,
/// Quranic and honorific marks, and the spacing harakat presentation forms.
pub fn is_diacritic(c: char) -> bool {
    matches!(c as u32,
        0x0610..=0x061A
        | 0x064B..=0x065F
        | 0x0670
        | 0x06D6..=0x06ED
        | 0x08D3..=0x08E1
        | 0x08E3..=0x08FF
        | 0xFE70..=0xFE72
        | 0xFE74
        | 0xFE76..=0xFE7F)
}

/// Invisible formatting characters removed from keys (and skipped by the tokenizer).
pub(crate) fn is_invisible_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x061C | 0x200C..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0xFEFF)
}

/// What a rule does to one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    Keep,
    Drop,
    Char(char),
    /// A presentation form: its decomposition, each character of which is folded again.
    Expand(&'static str),
}

/// The rules for U+0600–U+06FF, indexed by the low 8 bits of the code point, one table per
/// key kind: this block is nearly all of real Arabic text, so it gets a lookup, not a match.
static SEARCH_TABLE: [Fold; 256] = arabic_block_table(KeyKind::Search);
static STRICT_TABLE: [Fold; 256] = arabic_block_table(KeyKind::Strict);

const fn arabic_block_table(kind: KeyKind) -> [Fold; 256] {
    let strict = matches!(kind, KeyKind::Strict);
    let mut table = [Fold::Keep; 256];
    let mut low = 0;
    while low < 256 {
        let cp = 0x0600 + low as u32;
        table[low] = match cp {
            0x0610..=0x061A | 0x061C | 0x0640 | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED => {
                Fold::Drop
            }
            0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 | 0x0675 => Fold::Char('ا'),
            0x0624 | 0x0676 => Fold::Char('و'),
            0x0626 | 0x0678 | 0x06CC => Fold::Char('ي'),
            0x0629 if strict => Fold::Keep,
            0x0629 => Fold::Char('ه'),
            0x06C3 if strict => Fold::Char('ة'),
            0x06C3 | 0x06BE | 0x06C0 | 0x06C1 => Fold::Char('ه'),
            0x0649 if strict => Fold::Keep,
            0x0649 => Fold::Char('ي'),
            0x06A9 => Fold::Char('ك'),
            0x0660..=0x0669 => Fold::Char((b'0' + (cp - 0x0660) as u8) as char),
            0x06F0..=0x06F9 => Fold::Char((b'0' + (cp - 0x06F0) as u8) as char),
            _ => Fold::Keep,
        };
        low += 1;
    }
    table
}

fn table(kind: KeyKind) -> &'static [Fold; 256] {
    match kind {
        KeyKind::Search => &SEARCH_TABLE,
        KeyKind::Strict => &STRICT_TABLE,
    }
}

/// The rule for a character outside U+0600–U+06FF and outside ASCII.
#[cold]
fn fold_rare(c: char, kind: KeyKind) -> Fold {
    let cp = c as u32;
    if (0x0600..=0x06FF).contains(&cp) {
        return table(kind)[(cp - 0x0600) as usize];
    }
    if is_invisible_format(c) || is_diacritic(c) {
        return Fold::Drop;
    }
    if ((0xFB50..=0xFDFF).contains(&cp) || (0xFE70..=0xFEFF).contains(&cp))
        && let Ok(i) = PRESENTATION_FORMS.binary_search_by_key(&cp, |&(form, _)| form)
    {
        return Fold::Expand(PRESENTATION_FORMS[i].1);
    }
    Fold::Keep
}

/// A character of a presentation form's decomposition, folded: `None` when the rules drop it.
/// Decompositions never contain presentation forms, so this does not recurse.
fn fold_expanded(c: char, kind: KeyKind) -> Option<char> {
    let folded = if c.is_ascii() {
        Fold::Char(c.to_ascii_lowercase())
    } else {
        fold_rare(c, kind)
    };
    match folded {
        Fold::Keep | Fold::Expand(_) => Some(c),
        Fold::Drop => None,
        Fold::Char(to) => Some(to),
    }
}

/// Records that key offset `norm` comes from original offset `orig`, when that breaks the
/// linear run of the previous checkpoint.
fn mark(marks: &mut Vec<(usize, usize)>, norm: usize, orig: usize) {
    match marks.last_mut() {
        Some(last) if last.0 == norm => last.1 = orig,
        Some(&mut (n, o)) if orig.wrapping_sub(o) == norm.wrapping_sub(n) => {}
        _ => marks.push((norm, orig)),
    }
}

/// Appends the key of `text` to `out`; with `ALIGN`, also records checkpoints in `marks`
/// (whose key offsets are relative to `out`'s length on entry being 0).
fn fold<const ALIGN: bool>(
    text: &str,
    kind: KeyKind,
    out: &mut String,
    marks: &mut Vec<(usize, usize)>,
) {
    let table = table(kind);
    let bytes = text.as_bytes();
    let base = out.len();
    // Everything before `copied` is already in `out`; unchanged characters are copied in runs.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                out.push_str(&text[copied..i]);
                out.push(b.to_ascii_lowercase() as char);
                copied = i + 1;
            }
            i += 1;
            continue;
        }
        let (rule, width) = if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            // A two-byte sequence for U+0600–U+06FF: the lead byte's low 2 bits and the
            // continuation byte's 6 bits are the code point's low 8 bits.
            let low = (usize::from(b & 0x03) << 6) | usize::from(bytes[i + 1] & 0x3F);
            (table[low], 2)
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            (fold_rare(c, kind), c.len_utf8())
        };
        if rule == Fold::Keep {
            i += width;
            continue;
        }
        out.push_str(&text[copied..i]);
        copied = i + width;
        match rule {
            Fold::Keep | Fold::Drop => {}
            Fold::Char(to) => out.push(to),
            Fold::Expand(decomposition) => {
                let mut first = true;
                for c in decomposition.chars().filter_map(|c| fold_expanded(c, kind)) {
                    if ALIGN && !first {
                        mark(marks, out.len() - base, i);
                    }
                    out.push(c);
                    first = false;
                }
            }
        }
        if ALIGN {
            mark(marks, out.len() - base, copied);
        }
        i += width;
    }
    out.push_str(&text[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_variants_of_a_name_share_a_search_key() {
        assert_eq!(search_key("خليفه حتّر"), search_key("خليفة حتر"));
        assert_eq!(search_key("خليفة حَفْتَر"), "خليفه حفتر");
    }

    #[test]
    fn strict_key_keeps_alef_maqsura_and_teh_marbuta() {
        assert_ne!(strict_key("على"), strict_key("علي"));
        assert_eq!(search_key("على"), search_key("علي"));
        assert_ne!(strict_key("مدينة"), strict_key("مدينه"));
        assert_eq!(strict_key("إسطنبول"), strict_key("اسطنبول"));
    }

    #[test]
    fn every_table_rule() {
        let cases = [
            ("أإآٱ", "اااا"),
            ("مسؤول", "مسوول"),
            ("رئيس", "رييس"),
            ("جزء", "جزء"),
            ("الـحكومة", "الحكومه"),
            ("٢٠٢٠ ۱۹", "2020 19"),
            ("کیف", "كيف"),
            ("CNN Moscow", "cnn moscow"),
            ("\u{200F}حفتر\u{200C}\u{FEFF}", "حفتر"),
            ("ﻻ", "لا"),
            ("ﷲ", "الله"),
            ("ﺣﻔﺘﺮ", "حفتر"),
            ("ﹰ", ""),
            ("ٰ", ""),
        ];
        for (input, key) in cases {
            assert_eq!(search_key(input), key, "{input}");
        }
        assert_eq!(strict_key("ﺓ"), "ة");
        assert_eq!(search_key("ﺓ"), "ه");
    }

    #[test]
    fn keys_are_idempotent_over_the_arabic_blocks() {
        let all: String = (0x0600..=0x06FF)
            .chain(0x0750..=0x077F)
            .chain(0x08A0..=0x08FF)
            .chain(0xFB50..=0xFDFF)
            .chain(0xFE70..=0xFEFF)
            .filter_map(char::from_u32)
            .collect();
        for kind in [KeyKind::Search, KeyKind::Strict] {
            let mut once = String::new();
            key_into(&all, kind, &mut once);
            let mut twice = String::new();
            key_into(&once, kind, &mut twice);
            assert_eq!(once, twice, "{kind:?}");
        }
        assert_eq!(search_key(&strict_key(&all)), search_key(&all));
    }

    #[test]
    fn key_and_normalized_text_agree() {
        let text = "قالَ المشيرُ ﺧﻠﻴﻔﺔ حفتر: «ﻻ» ٢٠٢٠ CNN\u{200F}";
        for kind in [KeyKind::Search, KeyKind::Strict] {
            let mut key = String::new();
            key_into(text, kind, &mut key);
            assert_eq!(normalize(text, kind).text, key);
        }
    }

    #[test]
    fn spans_map_back_over_removed_harakat() {
        let original = "قال المشيرُ حفتر";
        let n = normalize(original, KeyKind::Search);
        let start = n.text.find("المشير").unwrap();
        let span = n.span_to_original(start, start + "المشير".len());
        assert_eq!(&original[span.range()], "المشيرُ");
        let start = n.text.find("حفتر").unwrap();
        let span = n.span_to_original(start, n.text.len());
        assert_eq!(&original[span.range()], "حفتر");
    }

    #[test]
    fn ligature_halves_map_to_the_whole_ligature() {
        let original = "ﻻ بد";
        let n = normalize(original, KeyKind::Search);
        assert_eq!(n.text, "لا بد");
        assert_eq!(n.to_original(0), 0);
        assert_eq!(n.to_original(2), 0);
        assert_eq!(n.to_original(4), 3);
        assert_eq!(n.span_to_original(0, 2), Span::new(0, 3));
        assert_eq!(n.span_to_original(2, 4), Span::new(0, 3));
        assert_eq!(n.span_to_original(5, 9), Span::new(4, 8));
        assert_eq!(n.end_to_original(2), 3);
        assert_eq!(n.end_to_original(4), 3);
        assert_eq!(n.end_to_original(0), 0);
    }

    #[test]
    fn digits_map_back_one_by_one() {
        let original = "عام ٢٠٢٠م";
        let n = normalize(original, KeyKind::Search);
        assert_eq!(n.text, "عام 2020م");
        let start = n.text.find("2020").unwrap();
        let span = n.span_to_original(start, start + 4);
        assert_eq!(&original[span.range()], "٢٠٢٠");
        let span = n.span_to_original(start + 1, start + 3);
        assert_eq!(&original[span.range()], "٠٢");
    }

    #[test]
    fn out_of_range_offsets_are_clamped() {
        let n = normalize("حفترُ", KeyKind::Search);
        assert_eq!(n.to_original(999), "حفترُ".len());
        assert_eq!(n.to_original(1), 0);
        assert_eq!(n.span_to_original(6, 2), Span::new(6, 6));
    }
}

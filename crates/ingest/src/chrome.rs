//! Line-level tests that tell article prose from site chrome and comment sections.
//!
//! Shared by the plain-text reader (web page dumps) and the HTML reader. Every rule here is
//! about the shape of a line (letters, length, closing punctuation) or a small list of
//! interface phrases news sites print around articles; none knows a particular site.

/// Bullet glyphs that web page text dumps put before list items.
const BULLETS: &[char] = &['•', '·', '▪', '◦', '●', '■', '►', '*', '-', '–', '—'];

/// Whole-line interface phrases (after [`normalize`]): navigation, sharing, counters.
const UI_PHRASES: &[&str] = &[
    "اداره الموقع",
    "ارشيف",
    "صوره ارشيفيه",
    "الرئيسيه",
    "الصفحه الرئيسيه",
    "طباعه",
    "اطبع",
    "شارك",
    "مشاركه",
    "شارك المقال",
    "شارك الخبر",
    "شارك علي",
    "اقرا ايضا",
    "اقرا المزيد",
    "المزيد",
    "تابعنا",
    "تابعونا",
    "تابعنا علي",
    "تابعونا علي",
    "حجم الخط",
    "ارسال",
    "ارسل لصديق",
    "نسخ الرابط",
    "رابط مختصر",
    "مواضيع ذات صله",
    "اخبار ذات صله",
    "مقالات ذات صله",
    "ذات صله",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "الاكثر تداولا",
    "اعلان",
    "الوسوم",
    "وسوم",
    "كلمات مفتاحيه",
    "فيسبوك",
    "فيس بوك",
    "تويتر",
    "واتساب",
    "تلغرام",
    "تيليغرام",
    "يوتيوب",
    "انستغرام",
    "share",
    "print",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "email",
    "advertisement",
    "read more",
    "related",
    "tags",
    "رد",
    "الرد",
    "reply",
    "شارك هذا",
    "شارك هذه الصفحه",
    "اعجبني",
    "like",
];

/// Phrases inviting a reader to comment; from such a line on, a page dump is comments.
const COMMENT_FORM_MARKERS: &[&str] = &[
    "اضف تعليقك",
    "اضف تعليق",
    "اضف تعليقا",
    "اترك تعليقا",
    "اترك تعليقك",
    "اترك تعليق",
    "اكتب تعليقك",
    "اكتب تعليقا",
    "شاركنا رايك",
    "شارك برايك",
    "leave a comment",
    "leave a reply",
    "add a comment",
    "post a comment",
];

/// Headings of the list of comments itself.
const COMMENT_LIST_MARKERS: &[&str] = &[
    "التعليقات",
    "تعليقات",
    "تعليقات القراء",
    "تعليقات الزوار",
    "اراء القراء",
    "تعليقات الفيسبوك",
    "comments",
    "reader comments",
];

/// Sentences of comment forms; never a comment themselves.
const COMMENT_FORM_BOILERPLATE: &[&str] = &[
    "بريدك الالكتروني",
    "الحقول مطلوبه",
    "الحقول المطلوبه",
    "تعليقكم للمراجعه",
    "سياسه الموقع في التعليقات",
    "will not be published",
    "required fields",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CommentMarker {
    /// An invitation to write a comment ("أضف تعليقك"): a form follows.
    Form,
    /// The heading of the comment list ("التعليقات", "4 تعليقات").
    List,
}

/// Folds the spelling variation that matters for matching interface phrases: harakat and
/// tatweel dropped, hamza-carrying alefs to bare alef, taa marbuta to haa, alef maqsura to
/// yaa, Latin lowercased; punctuation, digits and bullets become spaces; spaces collapse.
pub(crate) fn normalize(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = true;
    for c in line.chars() {
        let c = match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            c if c.is_alphabetic() => c,
            _ => ' ',
        };
        if c == ' ' {
            if !space {
                out.push(' ');
                space = true;
            }
        } else {
            out.extend(c.to_lowercase());
            space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

pub(crate) fn has_letters(line: &str) -> bool {
    line.chars().any(char::is_alphabetic)
}

pub(crate) fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Whether the line has more than `n` words, without counting all words of a huge line.
pub(crate) fn more_words_than(line: &str, n: usize) -> bool {
    line.split_whitespace().nth(n).is_some()
}

/// The line without leading bullet glyphs and spaces.
pub(crate) fn strip_bullet(line: &str) -> &str {
    line.trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c))
}

/// Whether the line starts with a bullet glyph (`• `, `- `, `* `).
pub(crate) fn is_bulleted(line: &str) -> bool {
    let line = line.trim_start();
    let mut chars = line.chars();
    matches!(chars.next(), Some(c) if BULLETS.contains(&c))
        && matches!(chars.next(), Some(c) if c.is_whitespace())
}

/// Whether the line ends a sentence (`.`, `!`, `?`, `؟`, `…`), ignoring closing quotes and
/// brackets after the mark.
pub(crate) fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '>')
    });
    trimmed.ends_with(['.', '!', '?', '؟', '…', '!'])
}

/// A line that reads as article prose: a long sentence, or a very long line.
pub(crate) fn is_prose(line: &str) -> bool {
    more_words_than(line, 29) || (more_words_than(line, 11) && ends_sentence(line))
}

/// A line of site interface: no letters at all (counters, separators), a known interface
/// phrase, or a copyright notice.
pub(crate) fn is_ui_chrome(line: &str) -> bool {
    if !has_letters(line) {
        return true;
    }
    if more_words_than(line, 15) {
        return false;
    }
    let norm = normalize(line);
    if line.contains('©')
        || norm.starts_with("جميع الحقوق محفوظه")
        || norm.contains("all rights reserved")
    {
        return true;
    }
    !more_words_than(line, 5) && UI_PHRASES.contains(&norm.as_str())
}

/// Whether the line opens a comment section, and how.
pub(crate) fn comment_marker(line: &str) -> Option<CommentMarker> {
    if more_words_than(line, 6) {
        return None;
    }
    let norm = normalize(line);
    if COMMENT_FORM_MARKERS.contains(&norm.as_str()) {
        return Some(CommentMarker::Form);
    }
    if COMMENT_LIST_MARKERS.contains(&norm.as_str()) {
        return Some(CommentMarker::List);
    }
    None
}

pub(crate) fn is_comment_form_boilerplate(line: &str) -> bool {
    if line.len() > 1000 {
        return false;
    }
    let norm = normalize(line);
    COMMENT_FORM_BOILERPLATE.iter().any(|p| norm.contains(p))
}

/// A signature of initials closing an article, such as `ع.س` or `م. ح.`: one- or two-letter
/// groups joined by dots or slashes.
pub(crate) fn is_initials_signature(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 12 {
        return false;
    }
    let groups: Vec<&str> = line
        .split(['.', '/'])
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .collect();
    groups.len() >= 2
        && groups
            .iter()
            .all(|g| g.chars().count() <= 2 && g.chars().all(char::is_alphabetic))
        && line.contains(['.', '/'])
}

/// A short line that can be a commenter's name: few words, no sentence end.
pub(crate) fn is_name_like(line: &str) -> bool {
    more_words_than(line, 0)
        && !more_words_than(line, 6)
        && line.chars().count() <= 60
        && !ends_sentence(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_spelling_and_punctuation() {
        assert_eq!(normalize("  أضف تعليقك: "), "اضف تعليقك");
        assert_eq!(normalize("اقرأ أيضاً"), "اقرا ايضا");
        assert_eq!(normalize("التعليقات (4)"), "التعليقات");
    }

    #[test]
    fn chrome_lines() {
        assert!(is_ui_chrome("-- -- -- / -- -- --"));
        assert!(is_ui_chrome("  • 23186"));
        assert!(is_ui_chrome("إدارة الموقع"));
        assert!(!is_ui_chrome("ثم غادر حفتر موسكو."));
        assert!(is_ui_chrome(
            "جميع الحقوق محفوظة لجريدة المساء الصادرة في المدينة 2020"
        ));
        assert_eq!(comment_marker("أضف تعليقك"), Some(CommentMarker::Form));
        assert_eq!(comment_marker("التعليقات"), Some(CommentMarker::List));
        assert_eq!(comment_marker("قال إن التعليقات كثيرة"), None);
    }

    #[test]
    fn signatures_and_sentences() {
        assert!(is_initials_signature("ع.س"));
        assert!(is_initials_signature("م. ح."));
        assert!(!is_initials_signature("بالتزامن مع RT"));
        assert!(ends_sentence("…عام 2011”."));
        assert!(ends_sentence("قال “لن ينسى بوتين ذلك.”"));
        assert!(!ends_sentence("عادل - وهران"));
    }
}

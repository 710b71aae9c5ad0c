//! Plain text: paragraphs, and for web page dumps, the article apart from chrome and comments.
//!
//! Paragraphs are blank-line separated blocks; inside a block each line is its own paragraph
//! unless the block is hard-wrapped prose (lines of similar length that do not end
//! sentences), whose lines are joined.
//!
//! A web page saved as text carries site chrome and reader comments. The rules, in order:
//! 1. The *lead* is the first line that reads as prose ([`chrome::is_prose`]).
//! 2. A comment marker line after the lead («أضف تعليقك», «التعليقات») ends the body; what
//!    follows is parsed into [`Comment`]s (bulleted items, or blank-line blocks, whose short
//!    first line is the commenter's name).
//! 3. Interface lines anywhere in the body (counters, separators, «إدارة الموقع», «أرشيف»)
//!    are dropped.
//! 4. Lines before the lead are the page header. A header line that occurs twice is the
//!    title (pages print it in the breadcrumb and above the text). If the page shows any
//!    chrome, header lines that are not full sentences (kickers, outlet names, photo
//!    captions) are dropped. In a clean file, a lone short first line is the title and
//!    two-to-four word labels between it and the lead (section names) are dropped.
//!    A date in a dropped header line is kept as the publication date.
//! 5. A closing line of initials such as «ع.س» is the editor's signature: it leaves the body
//!    and becomes the author when none is known.

use crate::chrome::{self, CommentMarker};
use crate::date;
use marsad_doc::Comment;

/// What the text reader found in one file.
#[derive(Debug, Default)]
pub(crate) struct TextDoc {
    pub title: Option<String>,
    pub author: Option<String>,
    /// A date printed in a dropped header line («الأحد 12 يناير 2020», `2020-01-12 10:00`).
    pub published: Option<chrono::DateTime<chrono::Utc>>,
    pub paragraphs: Vec<String>,
    pub comments: Vec<Comment>,
}

#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    /// Index of the blank-line separated block the line belongs to.
    block: usize,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut block = 0;
    let mut in_block = false;
    for raw in text.lines() {
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        if line.is_empty() {
            if in_block {
                block += 1;
                in_block = false;
            }
            continue;
        }
        in_block = true;
        out.push(Line { text: line, block });
    }
    out
}

/// Splits text into paragraphs with no chrome handling (for already clean bodies such as
/// JSON `content` fields or TREC `<TEXT>`).
pub(crate) fn split_paragraphs(text: &str) -> Vec<String> {
    let lines = lines(text);
    assemble(lines.iter())
}

/// Groups lines by block into paragraphs; see the module doc for hard-wrapped blocks.
fn assemble<'a, 'b: 'a>(kept: impl Iterator<Item = &'a Line<'b>>) -> Vec<String> {
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut current = None;
    for line in kept {
        if current != Some(line.block) {
            flush_block(&mut block, &mut out);
            current = Some(line.block);
        }
        block.push(line.text);
    }
    flush_block(&mut block, &mut out);
    out
}

fn flush_block(block: &mut Vec<&str>, out: &mut Vec<String>) {
    if is_hard_wrapped(block) {
        out.push(block.join(" "));
    } else {
        out.extend(block.iter().map(|l| (*l).to_owned()));
    }
    block.clear();
}

/// Lines of similar length, none too long, mostly not ending a sentence: text wrapped at a
/// fixed width, where a line is not a paragraph.
fn is_hard_wrapped(block: &[&str]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let lens: Vec<usize> = block.iter().map(|l| l.chars().count()).collect();
    let max = lens.iter().copied().max().unwrap_or(0);
    if !(40..=100).contains(&max) {
        return false;
    }
    let body = &block[..block.len() - 1];
    let full = body
        .iter()
        .zip(&lens)
        .filter(|(l, len)| **len * 10 >= max * 6 && !chrome::ends_sentence(l))
        .count();
    full * 10 >= body.len() * 8
}

/// Reads a text file that may be a web page dump; see the module doc.
pub(crate) fn extract(text: &str) -> TextDoc {
    let lines = lines(text);
    let n = lines.len();
    let mut keep = vec![true; n];
    let lead = lines.iter().position(|l| chrome::is_prose(l.text));

    let cut = lead
        .and_then(|lead| (lead + 1..n).find(|&i| chrome::comment_marker(lines[i].text).is_some()));
    let body_end = cut.unwrap_or(n);
    let comments = cut.map(|c| parse_comments(&lines[c..])).unwrap_or_default();

    let mut chrome_seen = cut.is_some();
    for (i, line) in lines[..body_end].iter().enumerate() {
        if chrome::is_ui_chrome(line.text) {
            keep[i] = false;
            chrome_seen = true;
        }
    }

    let mut title = None;
    let mut published = None;
    if let Some(lead) = lead.filter(|&l| l > 0) {
        title = repeated_header_line(&lines[..lead], &keep[..lead]);
        if let Some(t) = &title {
            let key = chrome::normalize(t);
            for i in 0..lead {
                if keep[i] && chrome::normalize(lines[i].text) == key {
                    keep[i] = false;
                }
            }
        }
        if chrome_seen || title.is_some() {
            for i in 0..lead {
                if keep[i] && !chrome::ends_sentence(lines[i].text) {
                    keep[i] = false;
                }
            }
            published = lines[..lead]
                .iter()
                .filter(|l| !chrome::more_words_than(l.text, 8))
                .find_map(|l| date::parse_arabic(l.text).or_else(|| date::parse(l.text)));
        } else if let Some(first) = (0..lead).find(|&i| keep[i])
            && is_title_line(&lines, first)
        {
            title = Some(lines[first].text.to_owned());
            keep[first] = false;
            for i in first + 1..lead {
                let line = lines[i].text;
                if keep[i] && chrome::word_count(line) <= 4 && !chrome::ends_sentence(line) {
                    keep[i] = false;
                }
            }
        }
    }

    let mut author = None;
    if let Some(last) = (0..body_end).rev().find(|&i| keep[i])
        && chrome::is_initials_signature(lines[last].text)
    {
        author = Some(lines[last].text.to_owned());
        keep[last] = false;
    }

    let kept = lines[..body_end]
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(l, _)| l);
    TextDoc {
        title,
        author,
        published,
        paragraphs: assemble(kept),
        comments,
    }
}

/// A header line of at least three words printed twice (breadcrumb and headline).
fn repeated_header_line(header: &[Line<'_>], keep: &[bool]) -> Option<String> {
    let keys: Vec<Option<String>> = header
        .iter()
        .zip(keep)
        .map(|(l, k)| (*k && chrome::word_count(l.text) >= 3).then(|| chrome::normalize(l.text)))
        .collect();
    for (i, key) in keys.iter().enumerate() {
        let Some(key) = key else { continue };
        if keys[i + 1..].iter().any(|k| k.as_ref() == Some(key)) {
            return Some(header[i].text.to_owned());
        }
    }
    None
}

/// A first line that stands alone in its block, is headline-sized and does not end like a
/// sentence or an introduction.
fn is_title_line(lines: &[Line<'_>], i: usize) -> bool {
    let line = lines[i];
    let alone = lines.get(i + 1).is_none_or(|next| next.block != line.block)
        && (i == 0 || lines[i - 1].block != line.block);
    alone
        && chrome::word_count(line.text) <= 25
        && !line.text.ends_with(['.', ':', '،', ',', '؛', ';'])
}

/// Parses the comment section of a page dump, starting at its marker line.
///
/// Comments follow the last list heading («التعليقات»), or the first marker when there is
/// none; form text and bare counts are skipped. With bullets, each bulleted line opens a
/// comment; otherwise each blank-line block does, and a block holding only a name gives the
/// author of the block after it.
fn parse_comments(region: &[Line<'_>]) -> Vec<Comment> {
    let start = region
        .iter()
        .rposition(|l| chrome::comment_marker(l.text) == Some(CommentMarker::List))
        .unwrap_or(0)
        + 1;
    let lines: Vec<&Line<'_>> = region
        .get(start..)
        .unwrap_or_default()
        .iter()
        .filter(|l| {
            chrome::has_letters(l.text)
                && !chrome::is_comment_form_boilerplate(l.text)
                && chrome::comment_marker(l.text).is_none()
        })
        .collect();

    let mut items: Vec<Vec<&str>> = Vec::new();
    if lines.iter().any(|l| chrome::is_bulleted(l.text)) {
        for line in lines {
            if chrome::is_bulleted(line.text) {
                items.push(vec![chrome::strip_bullet(line.text)]);
            } else if let Some(item) = items.last_mut() {
                item.push(line.text);
            }
        }
    } else {
        // A new comment starts at a blank line, or at a name followed by text when the
        // dump kept no blank lines between comments; a name alone in its block waits for
        // the text of the next block.
        let mut block = None;
        for (i, line) in lines.iter().enumerate() {
            let awaiting_text = items
                .last()
                .is_some_and(|item| item.len() == 1 && chrome::is_name_like(item[0]));
            let names_next = chrome::is_name_like(line.text)
                && lines.get(i + 1).is_some_and(|next| {
                    next.block == line.block && !chrome::is_name_like(next.text)
                });
            let new_block = block != Some(line.block);
            if ((new_block || names_next) && !awaiting_text) || items.is_empty() {
                items.push(Vec::new());
            }
            block = Some(line.block);
            if let Some(item) = items.last_mut() {
                item.push(line.text);
            }
        }
    }

    items
        .into_iter()
        .filter_map(|item| comment_from_lines(&item))
        .collect()
}

/// A comment from its lines: a short first line followed by more is the author.
pub(crate) fn comment_from_lines(item: &[&str]) -> Option<Comment> {
    let (first, rest) = item.split_first()?;
    let first = chrome::strip_bullet(first).trim();
    let (author, text) = if !rest.is_empty() && chrome::is_name_like(first) {
        (Some(first.to_owned()), rest.join("\n"))
    } else {
        (None, item.join("\n"))
    };
    let text = text.trim().to_owned();
    (!text.is_empty()).then_some(Comment { author, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_and_single_lines_make_paragraphs() {
        assert_eq!(
            split_paragraphs("أولى.\nثانية.\n\n  ثالثة.  \n"),
            ["أولى.", "ثانية.", "ثالثة."]
        );
    }

    #[test]
    fn hard_wrapped_blocks_are_joined() {
        let text = "This paragraph was wrapped by an old editor at a fixed\n\
                    width so that every line is about the same length and\n\
                    none of the lines ends a sentence until the last.\n\n\
                    Second paragraph.";
        let paragraphs = split_paragraphs(text);
        assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
        assert!(
            paragraphs[0]
                .starts_with("This paragraph was wrapped by an old editor at a fixed width")
        );
    }

    #[test]
    fn page_dump_chrome_title_signature_and_comments() {
        let text = "\
-- -- --
إدارة الموقع
الأحد 12 يناير 2020
عنوان الخبر عن افتتاح الجسر الجديد
  • 120
عنوان الخبر عن افتتاح الجسر الجديد
صورة من الحفل في الميناء

افتتح وزير النقل صباح اليوم الجسر الجديد الذي يربط ضفتي النهر بعد أربع سنوات من العمل المتواصل.

وقال الوزير إن الجسر سيخفف الازدحام في وسط المدينة.
م.ن

أضف تعليقك

جميع الحقول مطلوبة, ولن يتم نشر بريدك الإلكتروني.
التعليقات
2
  • سامي - الميناء

    خبر جميل.

  • ليلى

    متى يفتح للمشاة؟
";
        let doc = extract(text);
        assert_eq!(
            doc.title.as_deref(),
            Some("عنوان الخبر عن افتتاح الجسر الجديد")
        );
        assert_eq!(doc.author.as_deref(), Some("م.ن"));
        assert_eq!(
            doc.published.map(|d| d.to_rfc3339()).as_deref(),
            Some("2020-01-12T00:00:00+00:00")
        );
        assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
        assert!(doc.paragraphs[0].starts_with("افتتح وزير النقل"));
        assert_eq!(
            doc.comments,
            [
                Comment {
                    author: Some("سامي - الميناء".into()),
                    text: "خبر جميل.".into()
                },
                Comment {
                    author: Some("ليلى".into()),
                    text: "متى يفتح للمشاة؟".into()
                },
            ]
        );
    }

    #[test]
    fn comments_without_bullets_or_blank_lines() {
        let text = "قال المتحدث إن الاجتماع سينعقد غدا في العاصمة لبحث الأوضاع الأمنية والاقتصادية في البلاد.\n\n\
                    تعليقات القراء\nسامي\nخبر جميل جدا.\nليلى\nمتى يفتح الجسر للمشاة؟\n\nمراد\n\nنتمنى الإسراع في التنفيذ.";
        let doc = extract(text);
        let got: Vec<(Option<&str>, &str)> = doc
            .comments
            .iter()
            .map(|c| (c.author.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("سامي"), "خبر جميل جدا."),
                (Some("ليلى"), "متى يفتح الجسر للمشاة؟"),
                (Some("مراد"), "نتمنى الإسراع في التنفيذ."),
            ]
        );
        assert_eq!(doc.paragraphs.len(), 1);
    }

    #[test]
    fn clean_text_keeps_everything() {
        let text = "قال المتحدث إن الاجتماع سينعقد غدا في العاصمة لبحث الأوضاع الأمنية والاقتصادية في البلاد.\nجملة ثانية.";
        let doc = extract(text);
        assert_eq!(doc.title, None);
        assert_eq!(doc.paragraphs.len(), 2);
    }

    #[test]
    fn lone_headline_is_the_title_of_a_clean_file() {
        let text = "عنوان قصير للمقال!\n\n- تقارير\n\nقال المتحدث إن الاجتماع سينعقد غدا في العاصمة لبحث الأوضاع الأمنية والاقتصادية في البلاد.";
        let doc = extract(text);
        assert_eq!(doc.title.as_deref(), Some("عنوان قصير للمقال!"));
        assert_eq!(doc.paragraphs.len(), 1, "{:?}", doc.paragraphs);
    }
}

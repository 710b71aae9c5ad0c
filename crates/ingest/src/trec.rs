//! TREC-style XML as in the ANT corpus: `<DOC>` elements holding `DOCNO URL SRC CAT TITLE
//! TIME AUTHOR ABSTRACT TEXT`, one or several per file.
//!
//! Read with a tolerant tag scanner, not an XML parser: these files are "XML-like" (bare `&`
//! in text, no root element, no declaration), and a strict parser would reject most of
//! them. Tag names are matched case-insensitively. A `<DOC>` or field left open is an error
//! for that DOC only; the other DOCs of the file still ingest.
//!
//! `TEXT` lines are paragraphs. The `ABSTRACT` is dropped when it repeats the start of the
//! text (ignoring whitespace, as ANT's AlArabiya abstracts are the text's first 200
//! characters), sits inside the first paragraph (SkyNews, France24: the lead itself), or
//! has nine in ten of its words in the first paragraph (CNN's lead without its dateline and
//! a clause); otherwise it is a real summary (BBC) and becomes the first paragraph.

use crate::draft::{Ctx, Draft};
use crate::error::{ErrorKind, IngestError};
use crate::{date, entities, text};
use marsad_doc::{Article, Format};

pub(crate) fn parse(input: &str, ctx: &Ctx<'_>) -> Vec<Result<Article, IngestError>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut index = 0;
    while let Some((_, body_start)) = find_open(input, pos, "DOC") {
        let next_open = find_open(input, body_start, "DOC").map(|(start, _)| start);
        let close = find_close(input, body_start, "DOC");
        let result = match close {
            Some((close_start, close_end)) if next_open.is_none_or(|n| n > close_start) => {
                pos = close_end;
                read_doc(&input[body_start..close_start], index, ctx)
            }
            _ => {
                let end = next_open.unwrap_or(input.len());
                pos = end;
                Err(doc_error(
                    &input[body_start..end],
                    index,
                    "unclosed <DOC>".into(),
                ))
            }
        };
        out.push(result.map_err(|kind| ctx.error(kind)));
        index += 1;
    }
    if index == 0 {
        out.push(Err(ctx.error(ErrorKind::NoTrecDocs)));
    }
    out
}

fn doc_error(doc: &str, index: usize, message: String) -> ErrorKind {
    let docno = field(doc, "DOCNO")
        .ok()
        .flatten()
        .map(|d| entities::decode(d.trim()).into_owned())
        .filter(|d| !d.is_empty() && d.len() < 200);
    ErrorKind::TrecDoc {
        index,
        docno,
        message,
    }
}

fn read_doc(doc: &str, index: usize, ctx: &Ctx<'_>) -> Result<Article, ErrorKind> {
    let fields = (|| -> Result<_, String> {
        Ok((
            first_field(doc, &["DOCNO", "DOCID"])?,
            first_field(doc, &["URL", "LINK"])?,
            first_field(doc, &["SRC", "SOURCE"])?,
            first_field(doc, &["CAT", "CATEGORY"])?,
            first_field(doc, &["TITLE", "HEADLINE", "HL"])?,
            first_field(doc, &["TIME", "DATE", "DATE_TIME"])?,
            first_field(doc, &["AUTHOR", "BYLINE"])?,
            first_field(doc, &["ABSTRACT", "SUMMARY"])?,
            all_fields(doc, "TEXT")?,
        ))
    })();
    let (docno, url, src, cat, title, time, author, abstract_, bodies) =
        fields.map_err(|message| doc_error(doc, index, message))?;

    let decoded = |v: Option<&str>| v.map(|v| entities::decode(v.trim()).into_owned());
    let mut paragraphs = Vec::new();
    for body in &bodies {
        let body = entities::decode(body);
        paragraphs.extend(text::split_paragraphs(&paragraph_tags_to_newlines(&body)));
    }
    if let Some(summary) = decoded(abstract_).filter(|a| !a.is_empty())
        && !repeats_text(&summary, &paragraphs)
    {
        paragraphs.insert(0, crate::draft::collapse_ws(&summary));
    }
    let docno = decoded(docno).filter(|d| !d.is_empty());
    let id = docno.clone().unwrap_or_else(|| {
        if index == 0 {
            ctx.stem.to_owned()
        } else {
            format!("{}-{index}", ctx.stem)
        }
    });
    let draft = Draft {
        id,
        outlet: decoded(src),
        url: decoded(url),
        title: decoded(title),
        published: time.and_then(date::parse),
        author: decoded(author),
        category: decoded(cat),
        paragraphs,
        comments: Vec::new(),
    };
    ctx.finish_record(draft, Format::Trec)
        .map_err(|kind| ErrorKind::TrecDoc {
            index,
            docno,
            message: kind.to_string(),
        })
}

/// Whether an abstract only repeats the body: a prefix of the text, or inside the first
/// paragraph, compared without whitespace and trailing dots.
fn repeats_text(summary: &str, paragraphs: &[String]) -> bool {
    // Whitespace and hashtag marks are ignored: AlArabiya's abstracts write `#كاظم_الساهر`
    // where the text has `كاظم الساهر`.
    let ignored = |c: &char| c.is_whitespace() || matches!(c, '#' | '_');
    let key: String = summary
        .trim_end_matches(['.', '…', ' ', '\n'])
        .chars()
        .filter(|c| !ignored(c))
        .collect();
    if key.is_empty() {
        return true;
    }
    let first: String = paragraphs
        .first()
        .map(|p| p.chars().filter(|c| !ignored(c)).collect())
        .unwrap_or_default();
    if first.contains(&key) {
        return true;
    }
    // A lead condensed from the first paragraph (CNN drops a clause or two): nearly all of
    // its words are there.
    if let Some(p) = paragraphs.first() {
        let words: std::collections::HashSet<&str> = p.split_whitespace().collect();
        let summary_words: Vec<&str> = summary.split_whitespace().collect();
        let found = summary_words.iter().filter(|w| words.contains(*w)).count();
        if found * 10 >= summary_words.len() * 9 {
            return true;
        }
    }
    let mut body = String::with_capacity(key.len() + 16);
    for c in paragraphs.iter().flat_map(|p| p.chars()) {
        if body.len() > key.len() {
            break;
        }
        if !ignored(&c) {
            body.push(c);
        }
    }
    body.starts_with(&key)
}

fn first_field<'a>(doc: &'a str, names: &[&str]) -> Result<Option<&'a str>, String> {
    for name in names {
        if let Some(v) = field(doc, name)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn field<'a>(doc: &'a str, name: &str) -> Result<Option<&'a str>, String> {
    let Some((_, start)) = find_open(doc, 0, name) else {
        return Ok(None);
    };
    match find_close(doc, start, name) {
        Some((end, _)) => Ok(Some(&doc[start..end])),
        None => Err(format!("unclosed <{name}>")),
    }
}

fn all_fields<'a>(doc: &'a str, name: &str) -> Result<Vec<&'a str>, String> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some((_, start)) = find_open(doc, pos, name) {
        let (end, after) = find_close(doc, start, name).ok_or(format!("unclosed <{name}>"))?;
        out.push(&doc[start..end]);
        pos = after;
    }
    Ok(out)
}

/// Finds `<NAME>` or `<NAME attr...>` at or after `from`: (offset of `<`, offset after `>`).
fn find_open(s: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut pos = from;
    while let Some(i) = s.get(pos..)?.find('<') {
        let start = pos + i;
        let after_name = start + 1 + name.len();
        if bytes
            .get(start + 1..after_name)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        {
            match bytes.get(after_name) {
                Some(b'>') => return Some((start, after_name + 1)),
                Some(b) if b.is_ascii_whitespace() => {
                    let close = s[after_name..].find('>')?;
                    return Some((start, after_name + close + 1));
                }
                _ => {}
            }
        }
        pos = start + 1;
    }
    None
}

/// Finds `</NAME>` at or after `from`: (offset of `<`, offset after `>`).
fn find_close(s: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut pos = from;
    while let Some(i) = s.get(pos..)?.find("</") {
        let start = pos + i;
        let after_name = start + 2 + name.len();
        if bytes
            .get(start + 2..after_name)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        {
            let ws = bytes[after_name..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
            if bytes.get(after_name + ws) == Some(&b'>') {
                return Some((start, after_name + ws + 1));
            }
        }
        pos = start + 2;
    }
    None
}

/// `<P>`, `</P>` and `<BR>` inside TEXT (older TREC collections) become line breaks.
fn paragraph_tags_to_newlines(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find('>').filter(|&e| e <= 6);
        let is_break = end.is_some_and(|e| {
            let name = tail[1..e].trim_matches(|c: char| c == '/' || c.is_whitespace());
            name.eq_ignore_ascii_case("p") || name.eq_ignore_ascii_case("br")
        });
        match end {
            Some(e) if is_break => {
                out.push('\n');
                rest = &tail[e + 1..];
            }
            _ => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::IngestConfig;

    fn run(input: &str) -> Vec<Result<Article, IngestError>> {
        let cfg = IngestConfig::default();
        let ctx = Ctx {
            path: "t.txt",
            stem: "t",
            encoding: "UTF-8",
            cfg: &cfg,
        };
        parse(input, &ctx)
    }

    #[test]
    fn fields_dates_entities_and_repeated_abstract() {
        let doc = "<DOC>\n<DOCNO>X-1</DOCNO>\n<SRC>bbc</SRC>\n<CAT>sport</CAT>\n\
            <TITLE>فوز &amp; تعادل</TITLE>\n<TIME>Sun, 15 Jul 2018 21:56:56 +0400</TIME>\n\
            <ABSTRACT>\nفاز الفريق في المباراة\n</ABSTRACT>\n<TEXT>\nفاز الفريق في المباراة الأخيرة.\nوقال المدرب إن S&P لا علاقة لها.\n</TEXT>\n</DOC>\n";
        let out = run(doc);
        let a = out[0].as_ref().map_err(|e| e.to_string()).cloned();
        let a = a.as_ref().map_err(String::as_str);
        assert!(a.is_ok(), "{a:?}");
        let Ok(a) = a else { return };
        assert_eq!(a.id, "X-1");
        assert_eq!(a.title.as_deref(), Some("فوز & تعادل"));
        assert_eq!(a.outlet.as_deref(), Some("bbc"));
        assert_eq!(a.category.as_deref(), Some("sport"));
        assert_eq!(a.paragraphs.len(), 2);
        assert!(a.text.contains("S&P"));
        assert_eq!(
            a.published.map(|d| d.to_rfc3339()).as_deref(),
            Some("2018-07-15T17:56:56+00:00")
        );
    }

    #[test]
    fn distinct_abstract_becomes_first_paragraph() {
        let doc =
            "<DOC><DOCNO>A</DOCNO><ABSTRACT>ملخص مختلف.</ABSTRACT><TEXT>نص الخبر.</TEXT></DOC>";
        let out = run(doc);
        let texts: Vec<String> = out.iter().flatten().map(|a| a.text.clone()).collect();
        assert_eq!(texts, ["ملخص مختلف.\n\nنص الخبر."]);
    }

    #[test]
    fn unclosed_tags_fail_their_doc_only() {
        let input = "<DOC><DOCNO>A</DOCNO><TEXT>نص أول.</TEXT></DOC>\n\
                     <DOC><DOCNO>B</DOCNO><TEXT>نص بلا نهاية\n\
                     <DOC><DOCNO>C</DOCNO><TEXT>نص ثالث.</TEXT></DOC>\n\
                     <DOC><DOCNO>D</DOCNO><TEXT>نص رابع.";
        let out = run(input);
        let summary: Vec<String> = out
            .iter()
            .map(|r| match r {
                Ok(a) => a.id.clone(),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(
            summary,
            [
                "A",
                "t.txt: DOC 1 (B): unclosed <DOC>",
                "C",
                "t.txt: DOC 3 (D): unclosed <DOC>"
            ]
        );
    }

    #[test]
    fn no_doc_is_an_error() {
        let out = run("<DOCUMENT>x</DOCUMENT>");
        assert_eq!(out.len(), 1);
        assert!(
            out[0]
                .as_ref()
                .is_err_and(|e| e.to_string().contains("no <DOC>"))
        );
    }
}

//! Format detection from content, not file names: ANT's TREC files end in `.txt`, feeds are
//! saved as `.xml` or `.html`, and archives lose their extensions when renamed.
//!
//! Containers are recognised by magic numbers (zip `PK`, gzip `1F 8B`, tar's `ustar` at
//! offset 257). Documents by their first non-blank bytes: `[{`/`{"` is JSON, a first element
//! `<DOC>` is TREC, `<rss>`/`<feed>`/`<rdf:RDF>` a feed, an HTML element or doctype HTML;
//! anything else is plain text.

use crate::decode::find_ascii_ci;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Container {
    Zip,
    Gzip,
    Tar,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Document {
    Json,
    Trec,
    Feed,
    Html,
    /// XML whose root element is none of the above.
    OtherXml(String),
    Text,
}

pub(crate) fn container(bytes: &[u8]) -> Option<Container> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Some(Container::Zip)
    } else if bytes.starts_with(&[0x1F, 0x8B]) {
        Some(Container::Gzip)
    } else if is_tar(bytes) {
        Some(Container::Tar)
    } else {
        None
    }
}

pub(crate) fn is_tar(bytes: &[u8]) -> bool {
    bytes.get(257..262) == Some(b"ustar")
}

const HTML_TAGS: &[&str] = &[
    "html", "head", "body", "meta", "title", "div", "p", "span", "a", "table", "article",
    "section", "header", "link", "script", "style", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
    "ol", "li", "img", "form", "iframe", "main", "nav", "center", "font", "base",
];

/// The document format of UTF-8 (or ASCII-compatible) `bytes`.
pub(crate) fn document(bytes: &[u8]) -> Document {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 4096)];
    match head.first() {
        Some(b'[') => match next_non_ws(&head[1..]) {
            Some(b'{' | b']') => Document::Json,
            _ => Document::Text,
        },
        Some(b'{') => match next_non_ws(&head[1..]) {
            Some(b'"' | b'}') => Document::Json,
            _ => Document::Text,
        },
        Some(b'<') => markup(head),
        _ => Document::Text,
    }
}

fn next_non_ws(bytes: &[u8]) -> Option<u8> {
    bytes.iter().copied().find(|b| !b.is_ascii_whitespace())
}

fn markup(head: &[u8]) -> Document {
    let xml_decl = head.starts_with(b"<?xml");
    let mut rest = head;
    // Skip the declaration, processing instructions, comments and the doctype.
    loop {
        if rest.starts_with(b"<?") {
            rest = after(rest, b"?>");
        } else if rest.starts_with(b"<!--") {
            rest = after(rest, b"-->");
        } else if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<!doctype") {
            if find_ascii_ci(&rest[..rest.len().min(64)], b"html").is_some() {
                return Document::Html;
            }
            rest = after(rest, b">");
        } else {
            break;
        }
        let skip = rest
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(rest.len());
        rest = &rest[skip..];
    }
    let name: String = rest
        .get(1..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_'))
        .map(|b| b.to_ascii_lowercase() as char)
        .collect();
    match name.as_str() {
        "doc" => Document::Trec,
        "rss" | "feed" | "rdf:rdf" => Document::Feed,
        n if HTML_TAGS.contains(&n) => Document::Html,
        _ if find_ascii_ci(head, b"<doc>").is_some() => Document::Trec,
        _ if xml_decl => Document::OtherXml(name),
        _ if find_ascii_ci(head, b"</").is_some() => Document::Html,
        _ => Document::Text,
    }
}

fn after<'a>(bytes: &'a [u8], end: &[u8]) -> &'a [u8] {
    match find_ascii_ci(bytes, end) {
        Some(i) => &bytes[i + end.len()..],
        None => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_by_content() {
        assert_eq!(document(b"  [\n {\"a\": 1}]"), Document::Json);
        assert_eq!(document("[تحديث] خبر".as_bytes()), Document::Text);
        assert_eq!(document(b"{\"id\": 1}\n{\"id\": 2}"), Document::Json);
        assert_eq!(document(b"<DOC>\n<DOCNO>x</DOCNO>"), Document::Trec);
        assert_eq!(
            document(b"<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"),
            Document::Feed
        );
        assert_eq!(
            document(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Document::Feed
        );
        assert_eq!(document(b"<!DOCTYPE html><html>"), Document::Html);
        assert_eq!(document(b"\xEF\xBB\xBF<html><body>"), Document::Html);
        assert_eq!(
            document(b"<?xml version=\"1.0\"?><catalog/>"),
            Document::OtherXml("catalog".into())
        );
        assert_eq!(document("نص عادي".as_bytes()), Document::Text);
    }

    #[test]
    fn containers_by_magic() {
        assert_eq!(container(b"PK\x03\x04...."), Some(Container::Zip));
        assert_eq!(container(&[0x1F, 0x8B, 8, 0]), Some(Container::Gzip));
        let mut tar = vec![0u8; 512];
        tar[257..262].copy_from_slice(b"ustar");
        assert_eq!(container(&tar), Some(Container::Tar));
        assert_eq!(container(b"plain"), None);
    }
}

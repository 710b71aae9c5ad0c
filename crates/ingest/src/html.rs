//! HTML pages: the article text apart from site chrome and reader comments, plus title,
//! date, outlet, URL, author and section from meta tags and JSON-LD.
//!
//! An own extractor over `scraper` (html5ever) rather than the `trafilatura` port, because
//! on our fixtures trafilatura flattened paragraphs into one line of plain text, dropped
//! commenters' names, let comments kept in plain `<div>`s under an «التعليقات» heading leak
//! into the body, and only gives dates to the day; it also adds about ten crates.
//!
//! How a page is read:
//! 1. Comment sections are found first: elements whose class or id says `comment`,
//!    `respond` or `disqus` (unless they hold the headline or article body), and what
//!    follows a heading such as «التعليقات» or «أضف تعليقك» in its parent, once some text
//!    came before it. Items are elements named as one comment (`li.comment`), else the
//!    section's children; an item's author is its `fn`/`author`/`name` element or its
//!    short first line, its text the `comment-content` element or the rest.
//! 2. Chrome is removed everywhere: scripts, styles, forms, `nav`, `header`, `footer`,
//!    `aside`, figures and captions, hidden elements, and elements whose class or id names
//!    chrome (`share…`, `related…`, `breadcrumb`, `sidebar`, `ad`, `tags`, `meta`, …) unless
//!    they hold most of the page's prose (a wrapper named `has-sidebar`).
//! 3. The main text is an element marked as the article body (`itemprop=articleBody`,
//!    `entry-content`, `article-body`, …), else the element scoring highest by the
//!    paragraphs it holds (readability's scoring: commas and length, discounted by link
//!    density), with siblings that score nearly as well.
//! 4. Each block element or `<br>`-separated run is a paragraph. Interface lines and the
//!    title are dropped; short lines before the first sentence (bylines, dates, kickers)
//!    are dropped, a date among them is used when the page's metadata has none; a comment
//!    marker ends the text, and a closing initials signature becomes the author.

use crate::draft::{Ctx, Draft};
use crate::error::ErrorKind;
use crate::{chrome, date, text};
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use marsad_doc::{Article, Comment, Format};
use scraper::{ElementRef, Html, Node};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// Elements whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "aside",
    "footer",
    "header",
    "figure",
    "figcaption",
    "head",
    "title",
    "meta",
    "link",
    "object",
    "embed",
    "video",
    "audio",
    "map",
];

/// Elements that start and end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "td",
    "th",
    "tr",
    "ul",
    "center",
    "details",
    "summary",
];

/// Class or id words of page furniture, matched whole.
const CHROME_WORDS: &[&str] = &[
    "ad",
    "ads",
    "nav",
    "menu",
    "tag",
    "tags",
    "meta",
    "print",
    "views",
    "footer",
    "header",
    "masthead",
    "topbar",
    "popup",
    "modal",
    "cookie",
    "cookies",
    "toolbar",
    "pager",
    "byline",
    "caption",
    "credits",
    "hidden",
    "reply",
    "says",
    "date",
    "time",
    "author",
    "avatar",
    "vcard",
    "mostread",
    "counter",
    "keywords",
    "navbar",
    "navigation",
    "metadata",
];

/// Beginnings of class or id words of page furniture (`sharedaddy`, `relatedposts`).
const CHROME_STEMS: &[&str] = &[
    "share",
    "social",
    "related",
    "breadcrumb",
    "advert",
    "banner",
    "sidebar",
    "widget",
    "newsletter",
    "subscri",
    "promo",
    "sponsor",
    "outbrain",
    "taboola",
    "popular",
    "trending",
    "recommend",
    "pagination",
    "most-read",
    "read-more",
    "readmore",
];

/// Elements never removed for their class name: a page wrapper called `has-sidebar` or an
/// article called `post-meta-wrap` still holds the text.
const STRUCTURAL_TAGS: &[&str] = &["html", "body", "main", "article"];

/// Class words of the element holding an article's body.
const BODY_CLASSES: &[&str] = &[
    "article-body",
    "articlebody",
    "article_body",
    "entry-content",
    "post-content",
    "article-content",
    "articlecontent",
    "article_content",
    "story-body",
    "story-content",
    "news-content",
    "content-body",
    "article-text",
    "articletext",
    "post-body",
    "news-text",
    "news-body",
    "field-name-body",
    "td-post-content",
];

/// Text shorter than this (in characters) does not count as a paragraph when scoring.
const MIN_PARAGRAPH_CHARS: usize = 25;

pub(crate) fn parse(input: &str, ctx: &Ctx<'_>) -> Result<Article, ErrorKind> {
    let doc = Html::parse_document(input);
    let meta = Meta::read(&doc);
    let body = doc
        .root_element()
        .child_elements()
        .find(|e| e.value().name() == "body")
        .filter(|b| b.text().any(chrome::has_letters))
        .ok_or_else(|| ErrorKind::Html("the page has no <body> text".into()))?;

    let comment_regions = find_comment_regions(body);
    let mut excluded: HashSet<NodeId> = HashSet::new();
    for region in &comment_regions {
        excluded.extend(region.excluded_ids());
    }
    mark_chrome(body, &mut excluded);

    let container = body_container(body, &excluded).or_else(|| best_scored(body, &excluded));
    let mut lines = Vec::new();
    for node in container.iter().flatten() {
        render_lines(*node, &excluded, &mut lines);
    }

    let title = meta
        .title
        .clone()
        .or_else(|| first_h1(body, &excluded))
        .or_else(|| {
            let doc_title = meta.doc_title.as_deref()?;
            Some(title_from_doc_title(
                doc_title,
                meta.site.as_deref(),
                &lines,
            ))
        });
    let cleaned = clean_lines(lines, title.as_deref());

    let mut comments: Vec<Comment> = comment_regions.iter().flat_map(|r| r.comments()).collect();
    comments.extend(cleaned.comments);

    let draft = Draft {
        id: ctx.stem.to_owned(),
        outlet: meta.site,
        url: meta.url,
        title,
        published: meta.published.or(cleaned.date),
        author: meta.author.or(cleaned.signature),
        category: meta.section,
        paragraphs: cleaned.paragraphs,
        comments,
    };
    ctx.finish(draft, Format::Html)
}

/// Whether a text field (JSON `content`, feed description) carries markup.
pub(crate) fn looks_like_markup(s: &str) -> bool {
    let head = &s.as_bytes()[..s.len().min(4096)];
    if !head.contains(&b'<') {
        return false;
    }
    ["<p>", "<p ", "</p>", "<br", "</div>", "<div"]
        .iter()
        .any(|t| crate::decode::find_ascii_ci(head, t.as_bytes()).is_some())
}

/// The paragraphs of an HTML fragment, every block element one paragraph.
pub(crate) fn fragment_paragraphs(fragment: &str) -> Vec<String> {
    let doc = Html::parse_fragment(fragment);
    let mut lines = Vec::new();
    render_lines(*doc.root_element(), &HashSet::new(), &mut lines);
    lines
}

/// The `<title>` without the site's name: a segment printed as a line of the text is the
/// headline; otherwise a site-name segment is stripped.
fn title_from_doc_title(doc_title: &str, site: Option<&str>, lines: &[String]) -> String {
    let keys: HashSet<String> = lines
        .iter()
        .filter(|l| l.len() < 400)
        .map(|l| chrome::normalize(l))
        .collect();
    let segments = doc_title
        .split(" | ")
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" — "))
        .flat_map(|p| p.split(" :: "))
        .map(str::trim);
    for segment in segments {
        if chrome::more_words_than(segment, 1) && keys.contains(&chrome::normalize(segment)) {
            return segment.to_owned();
        }
    }
    strip_site_suffix(doc_title, site)
}

/// The main text's lines, cleaned, and what was found in them.
struct Cleaned {
    paragraphs: Vec<String>,
    /// A closing initials signature.
    signature: Option<String>,
    /// A date written in a header line.
    date: Option<chrono::DateTime<chrono::Utc>>,
    /// Comments after a comment marker inside the main text.
    comments: Vec<Comment>,
}

/// Drops interface lines, the title and short header lines before the first sentence,
/// cuts at a comment marker, and takes a closing initials signature.
fn clean_lines(lines: Vec<String>, title: Option<&str>) -> Cleaned {
    let title_key = title.map(chrome::normalize);
    let lead = lines.iter().position(|l| chrome::is_prose(l));
    let mut kept: Vec<String> = Vec::with_capacity(lines.len());
    let mut comments = Vec::new();
    let mut date = None;
    for (i, line) in lines.iter().enumerate() {
        if !kept.is_empty() && chrome::comment_marker(line).is_some() {
            let rest: Vec<&str> = lines[i + 1..].iter().map(String::as_str).collect();
            comments = comments_from_flat_lines(&rest);
            break;
        }
        if chrome::is_ui_chrome(line) || title_key.as_deref() == Some(&chrome::normalize(line)) {
            continue;
        }
        let in_header = lead.is_some_and(|lead| i < lead);
        if in_header && !chrome::more_words_than(line, 8) && !chrome::ends_sentence(line) {
            date = date.or_else(|| date::parse_arabic(line));
            continue;
        }
        kept.push(line.clone());
    }
    let signature = kept
        .last()
        .filter(|l| chrome::is_initials_signature(l))
        .cloned();
    if signature.is_some() {
        kept.pop();
    }
    Cleaned {
        paragraphs: kept,
        signature,
        date,
        comments,
    }
}

/// Comments after a marker inside the main text, one line each unless a name precedes.
fn comments_from_flat_lines(lines: &[&str]) -> Vec<Comment> {
    let mut out = Vec::new();
    let mut pending_name: Option<&str> = None;
    for line in lines {
        if chrome::comment_marker(line).is_some()
            || chrome::is_comment_form_boilerplate(line)
            || chrome::is_ui_chrome(line)
        {
            continue;
        }
        if pending_name.is_none() && chrome::is_name_like(line) {
            pending_name = Some(line);
            continue;
        }
        let item: Vec<&str> = pending_name.take().into_iter().chain([*line]).collect();
        out.extend(text::comment_from_lines(&item));
    }
    out
}

/// Class and id words, split on spaces, `-` and `_`, lowercased; whole class names too.
fn name_tokens(el: &scraper::node::Element) -> Vec<String> {
    let mut out = Vec::new();
    for attr in [el.attr("class"), el.attr("id")].into_iter().flatten() {
        for word in attr.split_whitespace() {
            let word = word.to_ascii_lowercase();
            out.extend(
                word.split(['-', '_'])
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned),
            );
            out.push(word);
        }
    }
    out
}

/// Whole class and id words, lowercased: `comment-content` stays one word, so it is not
/// taken for a `comment`.
fn class_words(el: &scraper::node::Element) -> Vec<String> {
    [el.attr("class"), el.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(str::split_whitespace)
        .map(str::to_ascii_lowercase)
        .collect()
}

fn is_chrome_named(el: &scraper::node::Element) -> bool {
    name_tokens(el).iter().any(|t| {
        CHROME_WORDS.contains(&t.as_str()) || CHROME_STEMS.iter().any(|s| t.starts_with(s))
    })
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    el.attr("hidden").is_some()
        || el.attr("aria-hidden") == Some("true")
        || el.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// Adds to `excluded` every element that is chrome by tag, visibility or class/id name.
/// Subtrees already excluded are not looked into.
fn mark_chrome(body: ElementRef<'_>, excluded: &mut HashSet<NodeId>) {
    let lengths = subtree_lengths(*body, excluded);
    let prose = |id: NodeId| lengths.get(&id).map_or(0, |(total, links)| total - links);
    let page_prose = prose(body.id());
    let mut skip_depth = 0usize;
    for edge in body.traverse() {
        match edge {
            Edge::Open(node) => {
                let Some(el) = node.value().as_element() else {
                    continue;
                };
                if skip_depth > 0 || excluded.contains(&node.id()) {
                    skip_depth += 1;
                    continue;
                }
                let by_tag = SKIP_TAGS.contains(&el.name()) || is_hidden(el);
                // Holding 40% of the page's prose protects a wrongly named wrapper.
                let by_name = || {
                    !STRUCTURAL_TAGS.contains(&el.name())
                        && is_chrome_named(el)
                        && prose(node.id()) * 10 < page_prose * 4
                };
                if by_tag || by_name() {
                    excluded.insert(node.id());
                    skip_depth += 1;
                }
            }
            Edge::Close(node) => {
                if node.value().is_element() && skip_depth > 0 {
                    skip_depth -= 1;
                }
            }
        }
    }
}

/// Characters of visible text, and of text inside links, under every element below
/// `root`, in one pass: per-element traversals would be quadratic on deep pages.
fn subtree_lengths(
    root: NodeRef<'_, Node>,
    excluded: &HashSet<NodeId>,
) -> HashMap<NodeId, (usize, usize)> {
    let mut out = HashMap::new();
    let mut stack: Vec<(NodeId, usize, usize)> = Vec::new();
    let mut skip_depth = 0usize;
    let mut link_depth = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) => {
                if let Some(el) = n.value().as_element() {
                    if skip_depth > 0
                        || excluded.contains(&n.id())
                        || SKIP_TAGS.contains(&el.name())
                    {
                        skip_depth += 1;
                        continue;
                    }
                    link_depth += usize::from(el.name() == "a");
                    stack.push((n.id(), 0, 0));
                } else if skip_depth == 0
                    && let Some(t) = n.value().as_text()
                    && let Some(top) = stack.last_mut()
                {
                    let len = t.trim().chars().count();
                    top.1 += len;
                    if link_depth > 0 {
                        top.2 += len;
                    }
                }
            }
            Edge::Close(n) => {
                let Some(el) = n.value().as_element() else {
                    continue;
                };
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                if el.name() == "a" {
                    link_depth = link_depth.saturating_sub(1);
                }
                if let Some((id, total, links)) = stack.pop() {
                    out.insert(id, (total, links));
                    if let Some(parent) = stack.last_mut() {
                        parent.1 += total;
                        parent.2 += links;
                    }
                }
            }
        }
    }
    out
}

/// Characters of visible text under `node`, and how many of them are inside links.
fn text_lengths(node: NodeRef<'_, Node>, excluded: &HashSet<NodeId>) -> (usize, usize) {
    let mut total = 0;
    let mut links = 0;
    let mut skip_depth = 0usize;
    let mut link_depth = 0usize;
    for edge in node.traverse() {
        match edge {
            Edge::Open(n) => {
                if let Some(el) = n.value().as_element() {
                    if skip_depth > 0
                        || excluded.contains(&n.id())
                        || SKIP_TAGS.contains(&el.name())
                    {
                        skip_depth += 1;
                    } else if el.name() == "a" {
                        link_depth += 1;
                    }
                } else if skip_depth == 0
                    && let Some(t) = n.value().as_text()
                {
                    let len = t.trim().chars().count();
                    total += len;
                    if link_depth > 0 {
                        links += len;
                    }
                }
            }
            Edge::Close(n) => {
                if let Some(el) = n.value().as_element() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if el.name() == "a" {
                        link_depth = link_depth.saturating_sub(1);
                    }
                }
            }
        }
    }
    (total, links)
}

/// Renders `node` to lines: block elements and `<br>` break lines, whitespace collapses,
/// excluded subtrees and non-content tags are skipped.
fn render_lines(node: NodeRef<'_, Node>, excluded: &HashSet<NodeId>, out: &mut Vec<String>) {
    let mut line = String::new();
    let mut skip_depth = 0usize;
    let flush = |line: &mut String, out: &mut Vec<String>| {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            out.push(trimmed.to_owned());
        }
        line.clear();
    };
    for edge in node.traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(el) => {
                    if skip_depth > 0
                        || excluded.contains(&n.id())
                        || SKIP_TAGS.contains(&el.name())
                    {
                        skip_depth += 1;
                    } else if el.name() == "br" || BLOCK_TAGS.contains(&el.name()) {
                        flush(&mut line, out);
                    } else if el.name() == "img" {
                        // Inline images separate words that the markup glued together.
                        line.push(' ');
                    }
                }
                Node::Text(t) if skip_depth == 0 => push_collapsed(&mut line, t),
                _ => {}
            },
            Edge::Close(n) => {
                if let Some(el) = n.value().as_element() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if BLOCK_TAGS.contains(&el.name()) {
                        flush(&mut line, out);
                    }
                }
            }
        }
    }
    flush(&mut line, out);
}

fn push_collapsed(line: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !line.is_empty() && !line.ends_with(' ') {
                line.push(' ');
            }
        } else {
            line.push(c);
        }
    }
}

/// An element marked as the article body, if it holds some text.
fn body_container<'a>(
    body: ElementRef<'a>,
    excluded: &HashSet<NodeId>,
) -> Option<Vec<NodeRef<'a, Node>>> {
    let marked = body.descendants().find(|n| {
        n.value().as_element().is_some_and(|el| {
            el.attr("itemprop") == Some("articleBody")
                || el.attr("class").is_some_and(|c| {
                    c.split_whitespace()
                        .any(|w| BODY_CLASSES.contains(&w.to_ascii_lowercase().as_str()))
                })
        }) && !excluded.contains(&n.id())
    })?;
    let (total, _) = text_lengths(marked, excluded);
    (total >= 100).then(|| vec![marked])
}

/// The element holding the most paragraph text, discounted by link density, with its
/// siblings that score nearly as well (article text split by an inserted advert).
///
/// Each paragraph (an element with at least [`MIN_PARAGRAPH_CHARS`] of text of its own,
/// such as a `<p>` or a `<td>` of `<br>`-separated text) scores by its commas and length,
/// times the share of its text outside links; the score goes to the paragraph itself, its
/// parent, and half to its grandparent.
fn best_scored<'a>(
    body: ElementRef<'a>,
    excluded: &HashSet<NodeId>,
) -> Option<Vec<NodeRef<'a, Node>>> {
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    let mut skip_depth = 0usize;
    for edge in body.traverse() {
        match edge {
            Edge::Open(n) => {
                if n.value().is_element() && (skip_depth > 0 || excluded.contains(&n.id())) {
                    skip_depth += 1;
                }
            }
            Edge::Close(n) => {
                if !n.value().is_element() {
                    continue;
                }
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                let (len, link_len, commas) = own_text(n, excluded, 0);
                if len < MIN_PARAGRAPH_CHARS {
                    continue;
                }
                let prose_share = 1.0 - link_len as f64 / len as f64;
                let score = (1.0 + commas as f64 + (len as f64 / 100.0).min(3.0)) * prose_share;
                *scores.entry(n.id()).or_default() += score;
                if let Some(parent) = n.parent() {
                    *scores.entry(parent.id()).or_default() += score;
                    if let Some(grand) = parent.parent() {
                        *scores.entry(grand.id()).or_default() += score / 2.0;
                    }
                }
            }
        }
    }
    let tree = body.tree();
    let lengths = subtree_lengths(*body, excluded);
    let mut best: Option<(NodeId, f64)> = None;
    let mut adjusted: HashMap<NodeId, f64> = HashMap::new();
    for (&id, &raw) in &scores {
        let Some(&(total, links)) = lengths.get(&id) else {
            continue;
        };
        let density = if total == 0 {
            1.0
        } else {
            links as f64 / total as f64
        };
        let score = raw * (1.0 - density);
        adjusted.insert(id, score);
        // Ties go to the deeper element (later in document order), the more specific one;
        // comparing ids also makes the choice independent of hash order.
        let better = match best {
            None => true,
            Some((best_id, best_score)) => {
                score > best_score || (score == best_score && id > best_id)
            }
        };
        if better {
            best = Some((id, score));
        }
    }
    let (best_id, best_score) = best?;
    let winner = tree.get(best_id)?;
    let Some(parent) = winner.parent() else {
        return Some(vec![winner]);
    };
    let nodes = parent
        .children()
        .filter(|c| {
            c.id() == best_id
                || adjusted
                    .get(&c.id())
                    .is_some_and(|&s| s >= best_score * 0.3 && s > 0.0)
        })
        .collect();
    Some(nodes)
}

/// Characters of text directly in `node` or in its inline descendants, how many of them
/// are in links, and the commas among them. Inline nesting deeper than 16 is not
/// followed, which bounds the recursion on hostile pages.
fn own_text(
    node: NodeRef<'_, Node>,
    excluded: &HashSet<NodeId>,
    depth: usize,
) -> (usize, usize, usize) {
    let (mut len, mut links, mut commas) = (0, 0, 0);
    if depth > 16 {
        return (len, links, commas);
    }
    for child in node.children() {
        match child.value() {
            Node::Text(t) => {
                len += t.trim().chars().count();
                commas += t.matches([',', '،']).count();
            }
            Node::Element(el)
                if !BLOCK_TAGS.contains(&el.name())
                    && !SKIP_TAGS.contains(&el.name())
                    && !excluded.contains(&child.id()) =>
            {
                let (l, k, c) = own_text(child, excluded, depth + 1);
                len += l;
                commas += c;
                links += if el.name() == "a" { l } else { k };
            }
            _ => {}
        }
    }
    (len, links, commas)
}

fn first_h1(body: ElementRef<'_>, excluded: &HashSet<NodeId>) -> Option<String> {
    body.descendants()
        .find(|n| {
            n.value().as_element().is_some_and(|e| e.name() == "h1") && !excluded.contains(&n.id())
        })
        .and_then(ElementRef::wrap)
        .map(|h| crate::draft::collapse_ws(&h.text().collect::<String>()))
        .filter(|t| chrome::has_letters(t))
}

/// A part of the page holding reader comments: `root`'s children from `first_child` on.
struct CommentRegion<'a> {
    root: NodeRef<'a, Node>,
    first_child: usize,
}

impl<'a> CommentRegion<'a> {
    fn children(&self) -> impl Iterator<Item = NodeRef<'a, Node>> + use<'a> {
        self.root.children().skip(self.first_child)
    }

    fn excluded_ids(&self) -> Vec<NodeId> {
        if self.first_child == 0 {
            vec![self.root.id()]
        } else {
            self.children().map(|c| c.id()).collect()
        }
    }

    fn comments(&self) -> Vec<Comment> {
        let named = self.named_items();
        if !named.is_empty() {
            let nested: HashSet<NodeId> = named.iter().map(|n| n.id()).collect();
            return named
                .into_iter()
                .filter_map(|item| {
                    // Replies nested in a comment are comments of their own.
                    let inner: HashSet<NodeId> = item
                        .descendants()
                        .skip(1)
                        .map(|d| d.id())
                        .filter(|id| nested.contains(id))
                        .collect();
                    comment_from_item(item, &inner)
                })
                .collect();
        }
        let mut items: Vec<NodeRef<'a, Node>> =
            self.children().filter(|c| is_comment_item(*c)).collect();
        // Descend through wrappers such as the <ol> holding the <li> comments.
        while items.len() == 1 {
            let inner: Vec<_> = items[0]
                .children()
                .filter(|c| is_comment_item(*c))
                .collect();
            if inner.is_empty() {
                break;
            }
            items = inner;
        }
        items
            .into_iter()
            .filter_map(|item| comment_from_item(item, &HashSet::new()))
            .collect()
    }

    /// Elements named as a single comment (`li.comment`, `div.comment-item`), or the items
    /// of a list named as the comment list.
    fn named_items(&self) -> Vec<NodeRef<'a, Node>> {
        let mut out = Vec::new();
        for child in self.children() {
            for node in child.descendants() {
                let Some(el) = node.value().as_element() else {
                    continue;
                };
                let words = class_words(el);
                let single = words.iter().any(|t| {
                    matches!(
                        t.as_str(),
                        "comment"
                            | "comment-item"
                            | "commentitem"
                            | "comment-wrap"
                            | "single-comment"
                    )
                });
                let in_list = el.name() == "li"
                    && node
                        .parent()
                        .and_then(|p| p.value().as_element())
                        .is_some_and(|p| {
                            class_words(p).iter().any(|t| {
                                matches!(
                                    t.as_str(),
                                    "comment-list" | "commentlist" | "comments-list"
                                )
                            })
                        });
                if (single || in_list) && is_comment_item(node) {
                    out.push(node);
                }
            }
        }
        out
    }
}

/// An element that can hold a comment: not a heading, form or script, not the section's
/// own title, and with some letters in it.
fn is_comment_item(node: NodeRef<'_, Node>) -> bool {
    let Some(el) = node.value().as_element() else {
        return false;
    };
    if SKIP_TAGS.contains(&el.name())
        || matches!(el.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        || is_hidden(el)
    {
        return false;
    }
    let Some(er) = ElementRef::wrap(node) else {
        return false;
    };
    let text: String = er.text().collect();
    chrome::has_letters(&text)
        && chrome::comment_marker(text.trim()).is_none()
        && !chrome::is_comment_form_boilerplate(&text)
}

/// Words introducing a comment after the commenter's name.
const SAYS: &[&str] = &[
    "says:",
    "says",
    "قال:",
    "قال",
    "يقول:",
    "يقول",
    "كتب:",
    "كتب",
];

fn comment_from_item(node: NodeRef<'_, Node>, nested: &HashSet<NodeId>) -> Option<Comment> {
    let named = |words: &[&str]| {
        node.descendants().find(|n| {
            !nested.iter().any(|id| n.ancestors().any(|a| a.id() == *id))
                && n.value()
                    .as_element()
                    .is_some_and(|el| class_words(el).iter().any(|t| words.contains(&t.as_str())))
        })
    };
    let author_node = named(&["fn"])
        .or_else(|| named(&["comment-author", "commenter", "username"]))
        .or_else(|| named(&["author", "name", "user"]));
    let body_node = named(&[
        "comment-content",
        "comment-text",
        "commenttext",
        "comment-body",
        "commentbody",
    ]);

    let mut author = author_node.and_then(|a| {
        let mut lines = Vec::new();
        render_lines(a, &HashSet::new(), &mut lines);
        lines.into_iter().next()
    });
    let mut excluded: HashSet<NodeId> = nested.clone();
    excluded.extend(author_node.map(|a| a.id()));
    let root = body_node.unwrap_or(node);
    for d in root.descendants().skip(1) {
        if d.value().as_element().is_some_and(is_chrome_named) {
            excluded.insert(d.id());
        }
    }
    let mut lines = Vec::new();
    render_lines(root, &excluded, &mut lines);
    lines.retain(|l| {
        !chrome::is_ui_chrome(l)
            && !chrome::is_comment_form_boilerplate(l)
            && !SAYS.contains(&l.as_str())
    });
    if author.is_none() && lines.len() > 1 && chrome::is_name_like(&lines[0]) {
        author = Some(lines.remove(0));
    }
    let author = author.map(|a| {
        let mut a = a.trim();
        for says in SAYS {
            a = a.strip_suffix(says).unwrap_or(a).trim();
        }
        a.trim_end_matches([':', '：']).trim().to_owned()
    });
    let text = lines.join("\n");
    (!text.trim().is_empty()).then(|| Comment {
        author: author.filter(|a| !a.is_empty()),
        text,
    })
}

/// Comment sections: elements named for comments, and the rest of a parent after a
/// comment heading. Nested candidates are dropped in favour of the outermost.
fn find_comment_regions(body: ElementRef<'_>) -> Vec<CommentRegion<'_>> {
    let mut regions: Vec<CommentRegion<'_>> = Vec::new();
    let mut covered: HashSet<NodeId> = HashSet::new();
    let mut skip_depth = 0usize;
    // Characters of text before the current element: a comment heading needs an article
    // above it, so a section label such as «تعليقات» at the top cannot swallow the page.
    let mut seen = 0usize;
    for edge in body.traverse() {
        match edge {
            Edge::Open(n) => {
                let Some(el) = n.value().as_element() else {
                    if skip_depth == 0 {
                        seen += n.value().as_text().map_or(0, |t| t.trim().len());
                    }
                    continue;
                };
                if skip_depth > 0 || covered.contains(&n.id()) {
                    skip_depth += 1;
                    continue;
                }
                if is_comment_container(n, el) {
                    regions.push(CommentRegion {
                        root: n,
                        first_child: 0,
                    });
                    skip_depth += 1;
                    continue;
                }
                if seen >= 200
                    && is_comment_heading(n, el)
                    && let Some(parent) = n.parent()
                {
                    let index = parent
                        .children()
                        .position(|c| c.id() == n.id())
                        .unwrap_or(0);
                    let region = CommentRegion {
                        root: parent,
                        first_child: index,
                    };
                    covered.extend(region.children().map(|c| c.id()));
                    regions.push(region);
                    skip_depth += 1;
                }
            }
            Edge::Close(n) => {
                if n.value().is_element() && skip_depth > 0 {
                    skip_depth -= 1;
                }
            }
        }
    }
    regions
}

fn is_comment_container(node: NodeRef<'_, Node>, el: &scraper::node::Element) -> bool {
    let named = name_tokens(el).iter().any(|t| {
        t.starts_with("comment") || t == "respond" || t.contains("disqus") || t == "replies"
    });
    // A wrapper holding the headline or the article body is not a comment section, whatever
    // its class says.
    named
        && !node.descendants().any(|d| {
            d.value().as_element().is_some_and(|e| {
                e.name() == "h1"
                    || e.attr("itemprop") == Some("articleBody")
                    || e.attr("class").is_some_and(|c| {
                        c.split_whitespace()
                            .any(|w| BODY_CLASSES.contains(&w.to_ascii_lowercase().as_str()))
                    })
            })
        })
}

/// A short heading-like element whose whole text is a comment marker.
fn is_comment_heading(node: NodeRef<'_, Node>, el: &scraper::node::Element) -> bool {
    if !matches!(
        el.name(),
        "h1" | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "p"
            | "div"
            | "span"
            | "strong"
            | "b"
            | "label"
            | "legend"
    ) {
        return false;
    }
    let Some(er) = ElementRef::wrap(node) else {
        return false;
    };
    let mut text = String::new();
    for t in er.text() {
        text.push_str(t);
        if text.len() > 120 {
            return false;
        }
    }
    chrome::comment_marker(text.trim()).is_some()
}

/// Page metadata from `<meta>`, `<title>`, `<link rel=canonical>` and JSON-LD.
#[derive(Debug, Default)]
struct Meta {
    title: Option<String>,
    doc_title: Option<String>,
    site: Option<String>,
    url: Option<String>,
    published: Option<chrono::DateTime<chrono::Utc>>,
    author: Option<String>,
    section: Option<String>,
}

impl Meta {
    fn read(doc: &Html) -> Meta {
        let mut props: HashMap<String, String> = HashMap::new();
        let mut canonical = None;
        let mut doc_title = None;
        let mut time_datetime = None;
        let mut json_ld = Vec::new();
        for node in doc.root_element().descendants() {
            let Some(el) = node.value().as_element() else {
                continue;
            };
            match el.name() {
                "meta" => {
                    let key = el
                        .attr("property")
                        .or_else(|| el.attr("name"))
                        .or_else(|| el.attr("itemprop"));
                    if let (Some(key), Some(content)) = (key, el.attr("content")) {
                        let content = content.trim();
                        if !content.is_empty() {
                            props
                                .entry(key.trim().to_ascii_lowercase())
                                .or_insert_with(|| content.to_owned());
                        }
                    }
                }
                "link"
                    if el
                        .attr("rel")
                        .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
                {
                    canonical = canonical.or(el.attr("href").map(str::to_owned));
                }
                "title" if doc_title.is_none() => {
                    doc_title = ElementRef::wrap(node).map(|t| t.text().collect::<String>());
                }
                "time" if time_datetime.is_none() => {
                    time_datetime = el.attr("datetime").map(str::to_owned);
                }
                "script"
                    if el
                        .attr("type")
                        .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
                {
                    if let Some(er) = ElementRef::wrap(node) {
                        let raw: String = er.text().collect();
                        if let Ok(v) = serde_json::from_str::<Value>(&raw) {
                            json_ld.push(v);
                        }
                    }
                }
                _ => {}
            }
        }
        let ld = LdArticle::find(&json_ld);
        let get = |keys: &[&str]| keys.iter().find_map(|k| props.get(*k).cloned());
        let site = get(&["og:site_name", "application-name"]).or(ld.publisher);
        let doc_title = doc_title
            .map(|t| crate::draft::collapse_ws(&t))
            .filter(|t| !t.is_empty());
        let published = get(&[
            "article:published_time",
            "og:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "date",
            "dc.date.issued",
            "dc.date",
            "sailthru.date",
            "parsely-pub-date",
        ])
        .or(ld.published)
        .or(time_datetime)
        .as_deref()
        .and_then(date::parse);
        let author = get(&["author", "article:author", "byl", "dc.creator"])
            .filter(|a| !a.starts_with("http"))
            .or(ld.author);
        Meta {
            title: get(&["og:title", "twitter:title"]).or(ld.headline),
            doc_title,
            site,
            url: get(&["og:url"]).or(canonical),
            published,
            author,
            section: get(&["article:section"]).or(ld.section),
        }
    }
}

/// "Headline | Site" → "Headline": drops a leading or trailing segment that is the site's
/// name, or a short trailing segment (up to four words) that looks like one. Separators
/// inside the headline itself ("روسيا - تركيا: …") are left alone.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: "];
    for sep in SEPARATORS {
        if let Some(site) = site {
            if let Some(rest) = title.strip_suffix(site).and_then(|r| r.strip_suffix(sep)) {
                return rest.trim().to_owned();
            }
            if let Some(rest) = title.strip_prefix(site).and_then(|r| r.strip_prefix(sep)) {
                return rest.trim().to_owned();
            }
        }
    }
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && chrome::word_count(tail) <= 4
            && chrome::word_count(head) > chrome::word_count(tail)
        {
            return head.trim().to_owned();
        }
    }
    title.to_owned()
}

/// The fields of a JSON-LD `NewsArticle`/`Article` that the page metadata may lack.
#[derive(Debug, Default)]
struct LdArticle {
    headline: Option<String>,
    published: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    section: Option<String>,
}

impl LdArticle {
    fn find(values: &[Value]) -> LdArticle {
        let mut stack: Vec<&Value> = values.iter().collect();
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(o) => {
                    if let Some(graph) = o.get("@graph") {
                        stack.push(graph);
                    }
                    let is_article = o.get("@type").is_some_and(|t| {
                        let matches =
                            |s: &str| s.ends_with("Article") || s == "Report" || s == "BlogPosting";
                        match t {
                            Value::String(s) => matches(s),
                            Value::Array(a) => a.iter().filter_map(Value::as_str).any(matches),
                            _ => false,
                        }
                    });
                    if is_article {
                        let text =
                            |key: &str| o.get(key).and_then(Value::as_str).map(str::to_owned);
                        let name_of = |key: &str| match o.get(key) {
                            Some(Value::String(s)) => Some(s.clone()),
                            Some(Value::Object(p)) => {
                                p.get("name").and_then(Value::as_str).map(str::to_owned)
                            }
                            Some(Value::Array(a)) => a.iter().find_map(|p| match p {
                                Value::String(s) => Some(s.clone()),
                                Value::Object(p) => {
                                    p.get("name").and_then(Value::as_str).map(str::to_owned)
                                }
                                _ => None,
                            }),
                            _ => None,
                        };
                        return LdArticle {
                            headline: text("headline"),
                            published: text("datePublished"),
                            author: name_of("author"),
                            publisher: name_of("publisher"),
                            section: text("articleSection"),
                        };
                    }
                }
                _ => {}
            }
        }
        LdArticle::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffix_is_dropped() {
        assert_eq!(
            strip_site_suffix("خبر مهم جدا | الموقع", Some("الموقع")),
            "خبر مهم جدا"
        );
        assert_eq!(strip_site_suffix("خبر مهم جدا - موقع", None), "خبر مهم جدا");
        assert_eq!(strip_site_suffix("خبر", None), "خبر");
        assert_eq!(
            strip_site_suffix("روسيا - تركيا: اتفاق جديد على وقف النار", None),
            "روسيا - تركيا: اتفاق جديد على وقف النار"
        );
    }

    #[test]
    fn fragments_render_paragraphs() {
        assert_eq!(
            fragment_paragraphs("<p>أولى <b>مهمة</b></p><p>ثانية<br>ثالثة</p>"),
            ["أولى مهمة", "ثانية", "ثالثة"]
        );
    }
}

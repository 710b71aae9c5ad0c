//! RSS (0.9x, 1.0, 2.0) and Atom feeds through `feed-rs`: one article per item.
//!
//! The raw bytes go to feed-rs, which honours the XML declaration's encoding itself. An
//! item's body is its full content when present, else its description/summary, rendered
//! from HTML to paragraphs; the feed's title is the outlet. An item with no text fails
//! alone, naming its index and link.

use crate::draft::{Ctx, Draft};
use crate::error::{ErrorKind, IngestError};
use crate::{html, text};
use feed_rs::model::{Entry, FeedType, Text};
use marsad_doc::{Article, Format};

pub(crate) fn parse(bytes: &[u8], ctx: &Ctx<'_>) -> Vec<Result<Article, IngestError>> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed,
        Err(e) => return vec![Err(ctx.error(ErrorKind::Feed(e.to_string())))],
    };
    let format = match feed.feed_type {
        FeedType::Atom => Format::Atom,
        _ => Format::Rss,
    };
    let outlet = feed.title.as_ref().map(plain);
    if feed.entries.is_empty() {
        return vec![Err(ctx.error(ErrorKind::Feed("no items".into())))];
    }
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(index, entry)| {
            let link = entry_link(&entry);
            let label = link.clone().unwrap_or_else(|| entry.id.clone());
            read_entry(entry, index, link, outlet.clone(), ctx, format).map_err(|kind| {
                ctx.error(ErrorKind::Record {
                    index,
                    message: format!("item {label}: {kind}"),
                })
            })
        })
        .collect()
}

fn read_entry(
    entry: Entry,
    index: usize,
    link: Option<String>,
    outlet: Option<String>,
    ctx: &Ctx<'_>,
    format: Format,
) -> Result<Article, ErrorKind> {
    let body = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .filter(|b| !b.trim().is_empty())
        .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()));
    let paragraphs = match body {
        Some(b) if html::looks_like_markup(&b) || b.contains('<') => html::fragment_paragraphs(&b),
        Some(b) => text::split_paragraphs(&b),
        None => Vec::new(),
    };
    let draft = Draft {
        // feed-rs makes up ids for items without a guid; an empty one still needs a name.
        id: Some(entry.id.trim())
            .filter(|i| !i.is_empty())
            .map(str::to_owned)
            .or_else(|| link.clone())
            .unwrap_or_else(|| format!("{}-{index}", ctx.stem)),
        outlet,
        url: link,
        title: entry.title.as_ref().map(plain),
        published: entry.published.or(entry.updated),
        author: entry.authors.first().and_then(|p| p.name.clone()),
        category: entry
            .categories
            .first()
            .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone())),
        paragraphs,
        comments: Vec::new(),
    };
    ctx.finish_record(draft, format)
}

/// The item's page: an `alternate` link, else the first.
fn entry_link(entry: &Entry) -> Option<String> {
    entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| entry.links.first())
        .map(|l| l.href.clone())
}

/// Feed text constructs may be HTML (`type="html"`); titles want plain text.
fn plain(text: &Text) -> String {
    if text.content.contains('<') {
        html::fragment_paragraphs(&text.content).join(" ")
    } else {
        text.content.clone()
    }
}

//! Curation aid behind `marsad kb suggest`: names the knowledge base misses, and spellings of
//! known actors it only catches by edit distance, counted over a corpus.

use crate::fuzzy;
use crate::kb::Kb;
use crate::matcher::key_of;
use crate::model::ActorKind;
use crate::resolve::{How, NerLabel, Resolver, ResolverConfig};
use marsad_text::Span;
use serde::Serialize;
use std::collections::HashMap;

/// Thresholds for [`suggest`]; build with [`SuggestConfig::standard`].
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestConfig {
    /// Report only keys seen at least this often.
    pub min_count: usize,
    /// Largest edit distance for "likely a variant of" hints.
    pub max_distance: usize,
    /// At most this many suggestions, most frequent first.
    pub limit: usize,
}

impl SuggestConfig {
    pub fn standard() -> SuggestConfig {
        SuggestConfig {
            min_count: 2,
            max_distance: 2,
            limit: 500,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    /// A NER name no actor in the KB has: a candidate new actor or alias.
    Unresolved,
    /// A spelling the resolver matched to a known actor only by edit distance: a candidate alias.
    Variant,
}

/// One line of `marsad kb suggest`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    /// The search key all occurrences share.
    pub key: String,
    /// The most frequent spelling in the corpus.
    pub surface: String,
    /// The NER label of an unresolved name.
    pub label: Option<NerLabel>,
    pub count: usize,
    /// The sentence of the first occurrence.
    pub example: String,
    /// The actor a variant belongs to, or the closest known actor of an unresolved name.
    pub actor_id: Option<String>,
    /// The known alias the key is closest to.
    pub alias: Option<String>,
    pub distance: Option<usize>,
}

#[derive(Default)]
struct Tally {
    count: usize,
    surfaces: HashMap<String, usize>,
    example: String,
    label: Option<NerLabel>,
    actor: Option<String>,
}

/// Counts unresolved names and fuzzy variants over `docs` (text and its NER spans).
pub fn suggest<'t>(
    kb: &Kb,
    docs: impl IntoIterator<Item = (&'t str, &'t [(Span, NerLabel)])>,
    config: &SuggestConfig,
) -> Vec<Suggestion> {
    let resolver = Resolver::new(kb, ResolverConfig::standard());
    let mut tallies: HashMap<(SuggestionKind, String), Tally> = HashMap::new();
    for (text, ner) in docs {
        for m in resolver.resolve(text, None, ner) {
            let surface = &text[m.span.range()];
            let (kind, key, label, actor) = match m.how {
                How::Ner => (
                    SuggestionKind::Unresolved,
                    key_of(surface),
                    ner.iter().find(|(s, _)| *s == m.span).map(|(_, l)| *l),
                    None,
                ),
                How::Fuzzy => (
                    SuggestionKind::Variant,
                    key_of(surface),
                    None,
                    Some(m.actor.id.clone()),
                ),
                _ => continue,
            };
            let tally = tallies.entry((kind, key)).or_default();
            tally.count += 1;
            *tally.surfaces.entry(surface.to_string()).or_default() += 1;
            if tally.example.is_empty() {
                tally.example = sentence_around(text, m.span);
            }
            tally.label = tally.label.or(label);
            tally.actor = tally.actor.take().or(actor);
        }
    }
    let aliases = alias_index(kb);
    let mut out: Vec<Suggestion> = tallies
        .into_iter()
        .filter(|(_, t)| t.count >= config.min_count)
        .map(|((kind, key), t)| {
            let surface = t
                .surfaces
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(s, _)| s.clone())
                .unwrap_or_default();
            let near = nearest_alias(&aliases, &key, config.max_distance, t.actor.as_deref());
            Suggestion {
                kind,
                surface,
                label: t.label,
                count: t.count,
                example: t.example,
                actor_id: t.actor.or_else(|| near.as_ref().map(|n| n.0.clone())),
                alias: near.as_ref().map(|n| n.1.clone()),
                distance: near.map(|n| n.2),
                key,
            }
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    out.truncate(config.limit);
    out
}

/// `(alias key, actor id, alias as written)` of every person and organisation name.
fn alias_index(kb: &Kb) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for a in kb.actors() {
        if matches!(a.kind, ActorKind::State | ActorKind::Place) {
            continue;
        }
        let forms = std::iter::once(&a.name_ar)
            .chain(&a.aliases)
            .chain(&a.weak_aliases);
        for form in forms {
            out.push((key_of(form), a.id.clone(), form.clone()));
        }
    }
    out
}

/// The closest alias to `key` within `max` edits: `(actor id, alias, distance)`; restricted to
/// `actor`'s aliases when given. Whole keys, and for one-word keys also the last word of names.
fn nearest_alias(
    aliases: &[(String, String, String)],
    key: &str,
    max: usize,
    actor: Option<&str>,
) -> Option<(String, String, usize)> {
    let mut best: Option<(String, String, usize)> = None;
    let one_word = !key.contains(' ');
    for (alias_key, id, form) in aliases {
        if actor.is_some_and(|a| a != id) {
            continue;
        }
        let mut consider = |candidate: &str| {
            if let Some(d) = fuzzy::distance_within(key, candidate, max)
                && best.as_ref().is_none_or(|b| d < b.2)
            {
                best = Some((id.clone(), form.clone(), d));
            }
        };
        consider(alias_key);
        if one_word && let Some(last) = alias_key.rsplit(' ').next() {
            consider(last);
        }
    }
    best
}

/// The sentence containing `span`, trimmed and capped at 300 characters.
fn sentence_around(text: &str, span: Span) -> String {
    const ENDS: &[char] = &['.', '!', '?', '؟', '\n', '؛'];
    let start = text[..span.start as usize].rfind(ENDS).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[span.end as usize..]
        .find(ENDS)
        .map_or(text.len(), |i| span.end as usize + i);
    text[start..end].trim().chars().take(300).collect()
}

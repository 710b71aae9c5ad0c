//! Evaluation against the openeventdata Arabic event GSR (`protest_gsr.csv`,
//! `assault_gsr.csv`, `*_spans.json`).
//!
//! Sentence-level detection: a sentence is predicted positive when the coder finds at least one
//! event of the file's PLOVER type that is neither negated nor future nor hypothetical (the GSR
//! asks whether the sentence reports such an event). Gold «yes» is positive, «easy no» and
//! «difficult no» negative, «ambiguous» is left out.
//!
//! The GSR is a test set. For any tuning, a fixed development part is carved out by a hash of
//! the sentence id ([`in_dev`], 30%); figures are reported on the rest and on the whole.

use crate::coder::Coder;
use crate::error::EvalError;
use crate::text;
use crate::types::{ActorKind, ActorMention, Arg, Coded, Event, Modality};
use marsad_text::Span;
use serde::Deserialize;
use std::path::Path;

/// A GSR label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    Yes,
    EasyNo,
    DifficultNo,
    Ambiguous,
}

impl Label {
    fn parse(s: &str) -> Option<Label> {
        Some(match s.trim() {
            "yes" => Label::Yes,
            "easy no" => Label::EasyNo,
            "difficult no" | "hard no" => Label::DifficultNo,
            "ambiguous" => Label::Ambiguous,
            _ => return None,
        })
    }
}

/// One labelled GSR sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct GsrSentence {
    pub id: String,
    pub label: Label,
    pub text: String,
}

/// Which part of the GSR to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    All,
    /// The fixed 30% development part.
    Dev,
    /// The remaining 70%, never looked at while building the lexicon.
    Test,
}

impl Split {
    pub fn contains(self, id: &str) -> bool {
        match self {
            Split::All => true,
            Split::Dev => in_dev(id),
            Split::Test => !in_dev(id),
        }
    }
}

/// Whether a GSR id belongs to the development part: FNV-1a 64 of the id, modulo 100, below 30.
pub fn in_dev(id: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h % 100 < 30
}

/// Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes).
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, (usize, String)> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1usize;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                line += 1;
                at_field_start = true;
            }
            _ => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if quoted {
        return Err((line, "unterminated quoted field".to_string()));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

/// Reads a GSR detection file.
pub fn read_gsr_csv(path: &Path) -> Result<Vec<GsrSentence>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let csv_err = |line: usize, message: String| EvalError::Csv {
        path: path.to_path_buf(),
        line,
        message,
    };
    let rows = parse_csv(&text).map_err(|(line, m)| csv_err(line, m))?;
    let header = rows
        .first()
        .ok_or_else(|| csv_err(1, "empty file".into()))?;
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| csv_err(1, format!("no column {name:?}")))
    };
    let (id_c, label_c, text_c) = (col("id")?, col("label")?, col("text")?);
    let mut out = Vec::new();
    for (n, row) in rows.iter().enumerate().skip(1) {
        if row.len() == 1 && row[0].is_empty() {
            continue;
        }
        let get = |c: usize| {
            row.get(c)
                .ok_or_else(|| csv_err(n + 1, format!("short row ({} fields)", row.len())))
        };
        let label = Label::parse(get(label_c)?)
            .ok_or_else(|| csv_err(n + 1, format!("bad label {:?}", row[label_c])))?;
        out.push(GsrSentence {
            id: get(id_c)?.clone(),
            label,
            text: get(text_c)?.clone(),
        });
    }
    Ok(out)
}

/// Whether coded output reports an event of `plover_type` that happened as far as the text
/// says (not negated, not future, not hypothetical) and tells it rather than presupposing it
/// (not background).
pub fn reports_event(coded: &Coded, plover_type: &str) -> bool {
    coded.events.iter().any(|e| counts_as(e, plover_type))
}

/// Whether an event counts as a detection of `plover_type`: of that type, not negated, not
/// background, and asserted or reported.
pub fn counts_as(e: &Event, plover_type: &str) -> bool {
    e.plover
        .as_ref()
        .is_some_and(|p| p.event_type == plover_type)
        && !e.negated
        && !e.background
        && matches!(e.modality, Modality::Asserted | Modality::Reported)
}

/// Sentence-level detection scores.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Detection {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
    pub easy_no: usize,
    pub easy_no_hit: usize,
    pub difficult_no: usize,
    pub difficult_no_hit: usize,
    pub ambiguous_skipped: usize,
    /// `(id, label, predicted)` of every wrong decision, for error analysis.
    pub errors: Vec<(String, Label, bool)>,
}

impl Detection {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Share of «easy no» sentences given an event of the file's type.
    pub fn easy_no_rate(&self) -> f64 {
        ratio(self.easy_no_hit, self.easy_no)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Scores sentence-level detection of `plover_type` on the sentences of `split`.
pub fn evaluate_detection(
    coder: &Coder,
    sentences: &[GsrSentence],
    plover_type: &str,
    split: Split,
) -> Detection {
    let mut d = Detection::default();
    for s in sentences.iter().filter(|s| split.contains(&s.id)) {
        if s.label == Label::Ambiguous {
            d.ambiguous_skipped += 1;
            continue;
        }
        let predicted = reports_event(&coder.code_text(&s.text, &[], None), plover_type);
        match (s.label, predicted) {
            (Label::Yes, true) => d.tp += 1,
            (Label::Yes, false) => d.fn_ += 1,
            (_, true) => d.fp += 1,
            (_, false) => d.tn += 1,
        }
        if s.label == Label::EasyNo {
            d.easy_no += 1;
            d.easy_no_hit += usize::from(predicted);
        }
        if s.label == Label::DifficultNo {
            d.difficult_no += 1;
            d.difficult_no_hit += usize::from(predicted);
        }
        if predicted != (s.label == Label::Yes) {
            d.errors.push((s.id.clone(), s.label, predicted));
        }
    }
    d
}

/// One record of `*_spans.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct SpanRecord {
    #[serde(rename = "_id")]
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub source_gold: String,
    #[serde(default)]
    pub verb_gold: String,
    #[serde(default)]
    pub target_gold: String,
    #[serde(default)]
    pub spans: Vec<SpanAnnotation>,
}

/// One annotator's spans.
#[derive(Debug, Clone, Deserialize)]
pub struct SpanAnnotation {
    #[serde(default)]
    pub source_actor: Vec<String>,
    #[serde(default)]
    pub verb: Vec<String>,
    #[serde(default)]
    pub target_actor: Vec<String>,
}

pub fn read_spans_json(path: &Path) -> Result<Vec<SpanRecord>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|source| EvalError::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// Source and target accuracy on the spans records.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SpanScores {
    pub records: usize,
    /// Records where the coder found an event of the file's type.
    pub detected: usize,
    pub with_source: usize,
    /// Records with a gold source whose coded source shares a word with it.
    pub source_hit: usize,
    pub with_target: usize,
    pub target_hit: usize,
    /// Sums over the hits of the share of the coded phrase's words that are gold words: a
    /// phrase running into the next one («المعارضة الحكومة» for «المعارضة») still hits.
    pub source_purity_sum: f64,
    pub target_purity_sum: f64,
}

impl SpanScores {
    pub fn source_accuracy(&self) -> f64 {
        ratio(self.source_hit, self.with_source)
    }
    pub fn target_accuracy(&self) -> f64 {
        ratio(self.target_hit, self.with_target)
    }
    /// Mean share of a hit source's words that are gold words.
    pub fn source_purity(&self) -> f64 {
        mean(self.source_purity_sum, self.source_hit)
    }
    pub fn target_purity(&self) -> f64 {
        mean(self.target_purity_sum, self.target_hit)
    }
}

fn mean(sum: f64, n: usize) -> f64 {
    if n == 0 { 0.0 } else { sum / n as f64 }
}

fn word_keys(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(text::key)
        .filter(|k| !k.is_empty())
        .collect()
}

/// Whether the text under `span` shares a word with `gold` (keys, proclitics allowed).
fn overlaps(text: &str, span: Span, gold: &[String]) -> bool {
    gold_share(text, span, gold) > 0.0
}

/// The share of the words under `span` that are words of `gold` (keys, proclitics allowed).
fn gold_share(text: &str, span: Span, gold: &[String]) -> f64 {
    let Some(slice) = text.get(span.range()) else {
        return 0.0;
    };
    let words = text::words(slice);
    let in_gold = words
        .iter()
        .filter(|w| {
            let k = text::key(&slice[w.range()]);
            gold.iter()
                .any(|g| k == *g || (k.ends_with(g.as_str()) && k.len() <= g.len() + 6))
        })
        .count();
    mean(in_gold as f64, words.len())
}

/// Gold actor phrases of a record as mentions (for the `oracle` mode): every annotator's
/// source and target word sequence found in the text, with neutral ids that do not tell the
/// role.
fn oracle_mentions(rec: &SpanRecord) -> Vec<ActorMention> {
    let words = text::words(&rec.text);
    let keys: Vec<String> = words
        .iter()
        .map(|w| text::key(&rec.text[w.range()]))
        .collect();
    let mut out: Vec<ActorMention> = Vec::new();
    let phrases = rec
        .spans
        .iter()
        .flat_map(|a| [&a.source_actor, &a.target_actor])
        .filter(|p| !p.is_empty());
    for phrase in phrases {
        let want: Vec<String> = phrase.iter().map(|w| text::key(w)).collect();
        let Some(start) = (0..keys.len()).find(|&i| {
            i + want.len() <= keys.len() && want.iter().enumerate().all(|(k, w)| keys[i + k] == *w)
        }) else {
            continue;
        };
        let span = Span::new(
            words[start].start as usize,
            words[start + want.len() - 1].end as usize,
        );
        if out
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            continue;
        }
        out.push(ActorMention {
            span,
            actor_id: format!("gold.{}", out.len()),
            name: rec.text[span.range()].to_string(),
            code: None,
            kind: ActorKind::Group,
            country: None,
            confidence: 1.0,
        });
    }
    out
}

/// Scores source and target assignment on the spans records of `split`. With `oracle`, the
/// gold actor phrases are given to the coder as mentions (measuring argument structure alone);
/// without, the coder's own noun phrases are compared with the gold words.
pub fn evaluate_spans(
    coder: &Coder,
    records: &[SpanRecord],
    plover_type: &str,
    split: Split,
    oracle: bool,
) -> SpanScores {
    evaluate_spans_with(records, plover_type, split, |rec| {
        let mentions = if oracle {
            oracle_mentions(rec)
        } else {
            Vec::new()
        };
        coder.code_text(&rec.text, &mentions, None).events
    })
}

/// [`evaluate_spans`] over the events `code` finds in each record's text: the way to score a
/// whole pipeline (resolver and NER included) rather than the coder alone.
pub fn evaluate_spans_with(
    records: &[SpanRecord],
    plover_type: &str,
    split: Split,
    mut code: impl FnMut(&SpanRecord) -> Vec<Event>,
) -> SpanScores {
    let mut sc = SpanScores::default();
    for rec in records.iter().filter(|r| split.contains(&r.id)) {
        sc.records += 1;
        let events = code(rec);
        let outcome = score_record(rec, &events, plover_type);
        sc.detected += usize::from(outcome.chosen.is_some());
        if let Some(hit) = outcome.source_hit {
            sc.with_source += 1;
            sc.source_hit += usize::from(hit);
        }
        if let Some(hit) = outcome.target_hit {
            sc.with_target += 1;
            sc.target_hit += usize::from(hit);
        }
        sc.source_purity_sum += outcome.source_purity.unwrap_or(0.0);
        sc.target_purity_sum += outcome.target_purity.unwrap_or(0.0);
    }
    sc
}

/// How one spans record scores.
#[derive(Debug, Clone, Copy)]
pub struct RecordOutcome<'e> {
    /// The event compared with the gold: the first of the file's type whose trigger shares a
    /// word with the gold verb, else the first of the type.
    pub chosen: Option<&'e Event>,
    /// Whether the chosen event's source shares a word with the gold source; `None` when the
    /// record has no gold source.
    pub source_hit: Option<bool>,
    pub target_hit: Option<bool>,
    /// On a hit, the share of the coded phrase's words that are gold words.
    pub source_purity: Option<f64>,
    pub target_purity: Option<f64>,
}

/// Scores the coded `events` of one record against its gold spans.
pub fn score_record<'e>(
    rec: &SpanRecord,
    events: &'e [Event],
    plover_type: &str,
) -> RecordOutcome<'e> {
    let verb = word_keys(&rec.verb_gold);
    let of_type: Vec<&Event> = events
        .iter()
        .filter(|e| {
            e.plover
                .as_ref()
                .is_some_and(|p| p.event_type == plover_type)
        })
        .collect();
    let chosen = of_type
        .iter()
        .find(|e| overlaps(&rec.text, e.trigger.span, &verb))
        .or_else(|| of_type.first())
        .copied();
    // The share of the coded argument's words that are gold words; `None` without a gold
    // phrase, 0 without an argument.
    let share = |gold: &str, arg: fn(&Event) -> Option<&Arg>| {
        let gold = word_keys(gold);
        (!gold.is_empty()).then(|| {
            chosen
                .and_then(arg)
                .map_or(0.0, |a| gold_share(&rec.text, a.span, &gold))
        })
    };
    let source = share(&rec.source_gold, |e| e.source.as_ref());
    let target = share(&rec.target_gold, |e| e.target.as_ref());
    RecordOutcome {
        chosen,
        source_hit: source.map(|p| p > 0.0),
        target_hit: target.map(|p| p > 0.0),
        source_purity: source.filter(|&p| p > 0.0),
        target_purity: target.filter(|&p| p > 0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_handles_quotes_and_newlines() {
        let rows = parse_csv("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\n").unwrap_or_default();
        assert_eq!(
            rows,
            vec![vec!["a", "b", "c"], vec!["1", "x, \"y\"\nz", "3"]]
        );
        assert!(parse_csv("a,\"b").is_err());
    }

    #[test]
    fn gold_share_counts_the_coded_words_that_are_gold_words() {
        let text = "واتهمت المعارضة الحكومة بتزوير";
        let span_of = |phrase: &str| {
            let start = text.find(phrase).unwrap_or(0);
            Span::new(start, start + phrase.len())
        };
        let gold = word_keys("المعارضة");
        assert_eq!(gold_share(text, span_of("المعارضة الحكومة"), &gold), 0.5);
        assert_eq!(gold_share(text, span_of("المعارضة"), &gold), 1.0);
        assert_eq!(gold_share(text, span_of("الحكومة"), &gold), 0.0);
        // A proclitic on the coded word still matches the gold word.
        let gold = word_keys("حكومة");
        assert_eq!(gold_share(text, span_of("الحكومة"), &gold), 1.0);
    }

    #[test]
    fn dev_split_is_stable_and_about_thirty_percent() {
        let dev = (0..10_000).filter(|i| in_dev(&format!("id_{i}"))).count();
        assert!((2_700..3_300).contains(&dev), "{dev}");
        assert_eq!(in_dev("abc"), in_dev("abc"));
    }
}

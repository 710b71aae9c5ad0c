//! Entity-level scoring in the manner of CoNLL's `conlleval`: an entity counts as correct only
//! when its span and type both match exactly; precision, recall and F1 per type and micro-averaged.

use crate::tags::{EntityType, Tag};
use std::fmt;

/// An entity as a half-open token range with a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub ty: EntityType,
}

/// Extracts entities from a tag sequence with conlleval's rules: a chunk starts at `B-X`, or at
/// `I-X` that does not continue an `X` chunk (so IOB1-style orphans still count as entities).
pub fn entities(tags: &[Tag]) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let continues = matches!((t, open), (Tag::I(ty), Some((_, oty))) if ty == oty);
        if continues {
            continue;
        }
        if let Some((s, ty)) = open.take() {
            out.push(Entity {
                start: s,
                end: i,
                ty,
            });
        }
        if let Some(ty) = t.entity_type() {
            open = Some((i, ty));
        }
    }
    if let Some((s, ty)) = open {
        out.push(Entity {
            start: s,
            end: tags.len(),
            ty,
        });
    }
    out
}

/// True/false positive and false negative counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
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
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Accumulates counts over sentences.
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    per_type: [Counts; 4],
    tokens: usize,
    tokens_correct: usize,
}

impl Scorer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one sentence. Sequences of unequal length are scored over their common prefix
    /// (with the longer tail's entities counted as misses or false alarms).
    pub fn add(&mut self, gold: &[Tag], pred: &[Tag]) {
        let g = entities(gold);
        let p = entities(pred);
        for e in &p {
            let c = &mut self.per_type[type_idx(e.ty)];
            if g.contains(e) {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
        }
        for e in &g {
            if !p.contains(e) {
                self.per_type[type_idx(e.ty)].fn_ += 1;
            }
        }
        self.tokens += gold.len().max(pred.len());
        self.tokens_correct += gold.iter().zip(pred).filter(|(a, b)| a == b).count();
    }

    pub fn report(&self) -> Report {
        let mut micro = Counts::default();
        for c in &self.per_type {
            micro.add(*c);
        }
        Report {
            per_type: EntityType::ALL
                .iter()
                .map(|t| (*t, self.per_type[type_idx(*t)]))
                .collect(),
            micro,
            token_accuracy: ratio(self.tokens_correct, self.tokens),
        }
    }
}

fn type_idx(t: EntityType) -> usize {
    EntityType::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

/// Per-type and micro-averaged scores.
#[derive(Debug, Clone)]
pub struct Report {
    pub per_type: Vec<(EntityType, Counts)>,
    pub micro: Counts,
    pub token_accuracy: f64,
}

impl Report {
    /// Macro-averaged F1 over types that occur in gold or predictions.
    pub fn macro_f1(&self) -> f64 {
        let present: Vec<f64> = self
            .per_type
            .iter()
            .filter(|(_, c)| c.tp + c.fp + c.fn_ > 0)
            .map(|(_, c)| c.f1())
            .collect();
        if present.is_empty() {
            0.0
        } else {
            present.iter().sum::<f64>() / present.len() as f64
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
            "type", "tp", "fp", "fn", "P", "R", "F1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            writeln!(
                f,
                "{:<6} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}",
                name,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            )
        };
        for (t, c) in &self.per_type {
            row(f, t.as_str(), c)?;
        }
        row(f, "micro", &self.micro)?;
        write!(f, "token accuracy {:.4}", self.token_accuracy)
    }
}

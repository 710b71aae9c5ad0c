//! Scores the coder on the openeventdata Arabic event GSR:
//!
//! ```text
//! cargo run --release -p marsad-events --example eval_gsr [-- [GSR_DIR] [--dev-errors] [--dev-spans]]
//! ```
//!
//! Prints PROTEST and ASSAULT sentence-level precision, recall and F1 («yes» positive, «easy
//! no» and «difficult no» negative, «ambiguous» left out), the share of «easy no» sentences
//! given an event of the file's type, and source/target accuracy on the `*_spans.json`
//! records — each on the whole GSR, on the 30% development part used for tuning, and on the
//! 70% held-out part. `--dev-errors` lists the wrong decisions of the development part only,
//! `--dev-spans` its spans records with a missed source or target (the held-out part is never
//! printed). Skips loudly when the GSR is missing.

use marsad_events::Coder;
use marsad_events::eval::{
    Detection, Label, Split, evaluate_detection, evaluate_spans, read_gsr_csv, read_spans_json,
    score_record,
};
use std::path::PathBuf;

fn default_dir() -> PathBuf {
    std::env::var_os("MARSAD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
        .join("eval/events/arabic_event_gsr")
}

fn line(name: &str, d: &Detection) -> String {
    format!(
        "{name:<8} P {:.3}  R {:.3}  F1 {:.3}   tp {:>3} fp {:>3} fn {:>3}   easy-no hit {:>3}/{:<4} = {:.1}%   difficult-no hit {:>3}/{}",
        d.precision(),
        d.recall(),
        d.f1(),
        d.tp,
        d.fp,
        d.fn_,
        d.easy_no_hit,
        d.easy_no,
        100.0 * d.easy_no_rate(),
        d.difficult_no_hit,
        d.difficult_no,
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dev_errors = args.iter().any(|a| a == "--dev-errors");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(default_dir);
    if !dir.join("protest_gsr.csv").exists() {
        eprintln!("SKIPPED eval_gsr: {} is missing", dir.display());
        return Ok(());
    }
    let coder = Coder::embedded()?;
    let stats = coder.lexicon().stats();
    println!("lexicon: {stats:?}");
    println!("GSR: {}", dir.display());
    for (file, spans_file, kind) in [
        ("protest_gsr.csv", "protest_spans.json", "PROTEST"),
        ("assault_gsr.csv", "assault_spans.json", "ASSAULT"),
    ] {
        let sentences = read_gsr_csv(&dir.join(file))?;
        println!("\n== {kind} ({file}, {} sentences)", sentences.len());
        for (name, split) in [
            ("whole", Split::All),
            ("dev 30%", Split::Dev),
            ("held-out", Split::Test),
        ] {
            let d = evaluate_detection(&coder, &sentences, kind, split);
            println!("{}", line(name, &d));
            if dev_errors && split == Split::Dev {
                for (id, label, predicted) in &d.errors {
                    let text = sentences
                        .iter()
                        .find(|s| &s.id == id)
                        .map_or("", |s| s.text.as_str());
                    let tag = match (label, predicted) {
                        (Label::Yes, false) => "MISS",
                        (Label::EasyNo, true) => "FP-easy",
                        (_, true) => "FP-diff",
                        _ => "?",
                    };
                    // The triggers that fired, so a false hit points at its lexicon row.
                    let fired: Vec<String> = coder
                        .code_text(text, &[], None)
                        .events
                        .iter()
                        .filter(|e| marsad_events::eval::counts_as(e, kind))
                        .map(|e| {
                            let surface = text.get(e.trigger.span.range()).unwrap_or("?");
                            // A few words either side: which reading of the word fired.
                            let before: String = text[..e.trigger.span.range().start]
                                .chars()
                                .rev()
                                .take(30)
                                .collect::<Vec<_>>()
                                .into_iter()
                                .rev()
                                .collect();
                            let after: String = text[e.trigger.span.range().end..]
                                .chars()
                                .take(30)
                                .collect();
                            format!("{} {before}«{surface}»{after}", e.cameo)
                        })
                        .collect();
                    println!(
                        "  {tag:<8} [{}] {}",
                        fired.join(", "),
                        text.chars().take(160).collect::<String>()
                    );
                }
            }
        }
        if args.iter().any(|a| a == "--dev-triggers") {
            // Which triggers fire on the development part, by gold label: a guide to which
            // lexicon rows are too loose. Development part only.
            let mut counts: std::collections::BTreeMap<String, [usize; 3]> = Default::default();
            for s in sentences.iter().filter(|s| Split::Dev.contains(&s.id)) {
                let col = match s.label {
                    Label::Yes => 0,
                    Label::EasyNo => 1,
                    Label::DifficultNo => 2,
                    Label::Ambiguous => continue,
                };
                let coded = coder.code_text(&s.text, &[], None);
                let mut seen = std::collections::BTreeSet::new();
                for e in coded
                    .events
                    .iter()
                    .filter(|e| marsad_events::eval::counts_as(e, kind))
                {
                    seen.insert(format!("{} {}", e.cameo, e.trigger.lemma));
                }
                for k in seen {
                    counts.entry(k).or_default()[col] += 1;
                }
            }
            let mut rows: Vec<_> = counts.into_iter().collect();
            rows.sort_by_key(|(_, c)| std::cmp::Reverse(c[1] + c[2]));
            for (k, c) in rows {
                println!(
                    "  trigger {k:<28} yes {:>3}  easy-no {:>3}  difficult-no {:>3}",
                    c[0], c[1], c[2]
                );
            }
        }
        let records = read_spans_json(&dir.join(spans_file))?;
        if args.iter().any(|a| a == "--dev-spans") {
            // Development part only: each record with a missed source or target, the scored
            // event's arguments next to the gold words.
            for rec in records.iter().filter(|r| Split::Dev.contains(&r.id)) {
                let coded = coder.code_text(&rec.text, &[], None);
                let outcome = score_record(rec, &coded.events, kind);
                if outcome.source_hit != Some(false) && outcome.target_hit != Some(false) {
                    continue;
                }
                let slice = |sp: marsad_events::text::Span| {
                    rec.text.get(sp.range()).unwrap_or("?").to_string()
                };
                let mark = |hit: Option<bool>| if hit == Some(false) { "✗" } else { " " };
                let e = outcome.chosen;
                println!(
                    "  {}S gold=[{}] ours=[{}]  {}T gold=[{}] ours=[{}]  V gold=[{}] ours={} | {}",
                    mark(outcome.source_hit),
                    rec.source_gold,
                    e.and_then(|e| e.source.as_ref())
                        .map_or("-".to_string(), |a| slice(a.span)),
                    mark(outcome.target_hit),
                    rec.target_gold,
                    e.and_then(|e| e.target.as_ref())
                        .map_or("-".to_string(), |a| slice(a.span)),
                    rec.verb_gold,
                    e.map_or("-".to_string(), |e| format!(
                        "{} {}",
                        e.cameo,
                        slice(e.trigger.span)
                    )),
                    rec.text.chars().take(150).collect::<String>()
                );
            }
        }
        for (name, split) in [
            ("whole", Split::All),
            ("dev 30%", Split::Dev),
            ("held-out", Split::Test),
        ] {
            for oracle in [false, true] {
                let sc = evaluate_spans(&coder, &records, kind, split, oracle);
                println!(
                    "spans {name:<8} {:<15} records {:>3}  detected {:>3}  source {:.3} ({}/{}, words in gold {:.2})  target {:.3} ({}/{}, words in gold {:.2})",
                    if oracle {
                        "gold mentions"
                    } else {
                        "own phrases"
                    },
                    sc.records,
                    sc.detected,
                    sc.source_accuracy(),
                    sc.source_hit,
                    sc.with_source,
                    sc.source_purity(),
                    sc.target_accuracy(),
                    sc.target_hit,
                    sc.with_target,
                    sc.target_purity(),
                );
            }
        }
    }
    Ok(())
}

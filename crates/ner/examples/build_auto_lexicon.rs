//! Builds the auto lexicon `models/ner/auto_lexicon.tsv`: a sentence-level model (trained
//! without the auto lexicon) tags unlabeled ANT news, and every normalised word gets the counts
//! of the classes it was tagged with (O PERS LOC ORG MISC). Words seen fewer than `--min-count`
//! times, or never inside an entity, are left out.
//!
//! `cargo run --release -p marsad-ner --example build_auto_lexicon -- --model /tmp/stage0.bin --ant /work/shared/corpus/ant/ant_multisource_v2.1.tar.gz --out models/ner/auto_lexicon.tsv`

use marsad_ner::memory::Memory;
use marsad_ner::norm::normalize_into;
use marsad_ner::{Model, Tagger};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[path = "common/ant.rs"]
mod ant;

fn main() -> ExitCode {
    let mut model: Option<PathBuf> = None;
    let mut ant_path: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut min_count: u32 = 2;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--model", Some(v)) => model = Some(v.into()),
            ("--ant", Some(v)) => ant_path = Some(v.into()),
            ("--out", Some(v)) => out = Some(v.into()),
            ("--min-count", Some(v)) => min_count = v.parse().unwrap_or(min_count),
            _ => {
                eprintln!(
                    "usage: build_auto_lexicon --model MODEL --ant ANT.tar.gz --out FILE [--min-count N]"
                );
                return ExitCode::from(2);
            }
        }
    }
    let (Some(model), Some(ant_path), Some(out)) = (model, ant_path, out) else {
        eprintln!(
            "usage: build_auto_lexicon --model MODEL --ant ANT.tar.gz --out FILE [--min-count N]"
        );
        return ExitCode::from(2);
    };
    let m = match Model::load(&model) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let t0 = Instant::now();
    let mut counts: BTreeMap<String, [u32; 5]> = BTreeMap::new();
    let mut tagger = Tagger::default();
    let mut tags = Vec::new();
    let mut norm = String::new();
    let mut ntok = 0usize;
    let res = ant::for_each_sentence(&ant_path, &mut |sent| {
        m.tag_into(&mut tagger, sent, &mut tags);
        ntok += sent.len();
        for (w, t) in sent.iter().zip(&tags) {
            normalize_into(w, &mut norm);
            if norm.is_empty() {
                continue; // a token of diacritics or tatweel only
            }
            if let Some(c) = counts.get_mut(norm.as_str()) {
                c[Memory::class_of(*t)] += 1;
            } else {
                let mut c = [0u32; 5];
                c[Memory::class_of(*t)] = 1;
                counts.insert(norm.clone(), c);
            }
        }
    });
    if let Err(e) = res {
        eprintln!("error: {}: {e}", ant_path.display());
        return ExitCode::FAILURE;
    }
    let mut s = String::from(
        "# Auto lexicon: counts of the classes a first-pass model gave each word in ANT v2.1 (Apache-2.0).\n# word\tO\tPERS\tLOC\tORG\tMISC\n",
    );
    let mut kept = 0;
    for (w, c) in &counts {
        let total: u32 = c.iter().sum();
        if total >= min_count && c[1..].iter().any(|&x| x > 0) {
            s.push_str(&format!(
                "{w}\t{}\t{}\t{}\t{}\t{}\n",
                c[0], c[1], c[2], c[3], c[4]
            ));
            kept += 1;
        }
    }
    if let Err(e) = std::fs::write(&out, s) {
        eprintln!("error: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "tagged {ntok} tokens in {:.0}s; wrote {kept} words to {}",
        t0.elapsed().as_secs_f64(),
        out.display()
    );
    ExitCode::SUCCESS
}

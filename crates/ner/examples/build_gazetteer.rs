//! Builds `models/ner/gazetteer.tsv` (`name<TAB>CATEGORY`) from the shared gazetteer sources:
//! countries (umpirsky, MIT; CLDR territories, Unicode licence), world regions (CLDR), cities
//! (CLDR time-zone cities; world_cities_ar_en, CC BY 4.0, population ≥ `--min-pop`), and
//! demonyms (nationalities_ar_en, ISC) with their feminine, plural and definite forms.
//! The mledoze (ODbL) file and the table derived from it are not used, so the output carries
//! only permissively licensed names (attribution in `models/ner/README.md`).
//!
//! `cargo run --release -p marsad-ner --example build_gazetteer -- --shared /work/shared/gazetteer --out models/ner/gazetteer.tsv`

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut shared = PathBuf::from("../shared/gazetteer");
    let mut out: Option<PathBuf> = None;
    let mut min_pop: u64 = 100_000;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--shared", Some(v)) => shared = v.into(),
            ("--out", Some(v)) => out = Some(v.into()),
            ("--min-pop", Some(v)) => min_pop = v.parse().unwrap_or(min_pop),
            _ => {
                eprintln!("usage: build_gazetteer --shared DIR --out FILE [--min-pop N]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(out) = out else {
        eprintln!("--out is required");
        return ExitCode::from(2);
    };
    match build(&shared, min_pop) {
        Ok(entries) => {
            let mut s = String::from(
                "# Built by crates/ner/examples/build_gazetteer.rs from ../shared/gazetteer; see models/ner/README.md for sources and licences.\n",
            );
            for (name, cat) in &entries {
                s.push_str(&format!("{name}\t{cat}\n"));
            }
            if let Err(e) = std::fs::write(&out, s) {
                eprintln!("error: {}: {e}", out.display());
                return ExitCode::FAILURE;
            }
            eprintln!("wrote {} names to {}", entries.len(), out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(dir: &Path, name: &str) -> Result<String, String> {
    let p = dir.join(name);
    std::fs::read_to_string(&p)
        .map(|s| s.trim_start_matches('\u{feff}').to_string())
        .map_err(|e| format!("{}: {e}", p.display()))
}

/// Minimal CSV: comma-separated, double-quoted fields may hold commas and `""`.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for line in text.lines() {
        let mut row = Vec::new();
        let mut cur = String::new();
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    cur.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(std::mem::take(&mut cur)),
                _ => cur.push(c),
            }
        }
        row.push(cur);
        rows.push(row);
    }
    rows
}

/// Splits punctuation off like the tagger's input tokens, so multi-word names match.
fn clean(name: &str) -> Option<String> {
    let t: Vec<&str> = {
        let toks = marsad_ner::simple_tokens(name);
        toks.iter().map(|&(s, e)| &name[s..e]).collect()
    };
    let s = t.join(" ");
    // Names must contain Arabic letters; Latin leftovers in the sources are dropped.
    (!s.is_empty() && s.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))).then_some(s)
}

fn build(dir: &Path, min_pop: u64) -> Result<BTreeSet<(String, &'static str)>, String> {
    let mut out = BTreeSet::new();
    let mut add = |name: &str, cat: &'static str| {
        if let Some(n) = clean(name) {
            out.insert((n, cat));
        }
    };
    for r in csv_rows(&read(dir, "umpirsky_country_ar.csv")?)
        .iter()
        .skip(1)
    {
        if let Some(n) = r.get(1) {
            add(n, "COUNTRY");
        }
    }
    for r in csv_rows(&read(dir, "cldr_territories_ar_en.csv")?)
        .iter()
        .skip(1)
    {
        if let (Some(n), Some(region)) = (r.get(1), r.get(3)) {
            add(
                n,
                if region == "True" {
                    "REGION"
                } else {
                    "COUNTRY"
                },
            );
        }
    }
    for r in csv_rows(&read(dir, "cldr_tz_cities_ar_en.csv")?)
        .iter()
        .skip(1)
    {
        if let Some(n) = r.get(1) {
            add(n, "CITY");
        }
    }
    for r in csv_rows(&read(dir, "world_cities_ar_en.csv")?)
        .iter()
        .skip(1)
    {
        let pop: u64 = r.get(4).and_then(|p| p.trim().parse().ok()).unwrap_or(0);
        if pop >= min_pop
            && let Some(n) = r.get(2)
        {
            add(n, "CITY");
        }
    }
    // nationalities_ar_en.json: [{"country_ar": …, "natianality_ar": …}, …]; read by hand
    // to keep serde_json out of this crate's dependencies for one file.
    let json = read(dir, "nationalities_ar_en.json")?;
    for (key, cat) in [
        ("\"country_ar\"", "COUNTRY"),
        ("\"natianality_ar\"", "DEMONYM"),
    ] {
        let mut rest = json.as_str();
        while let Some(i) = rest.find(key) {
            rest = &rest[i + key.len()..];
            let v = rest
                .split('"')
                .nth(1)
                .map(str::trim)
                .unwrap_or_default()
                .to_string();
            if cat == "DEMONYM" {
                for form in demonym_forms(&v) {
                    add(&form, cat);
                }
            } else {
                add(&v, cat);
            }
        }
    }
    Ok(out)
}

/// Masculine nisba adjective → masculine, feminine, sound plurals, each with and without ال.
fn demonym_forms(m: &str) -> Vec<String> {
    if m.is_empty() || m.contains(' ') {
        return vec![m.to_string()];
    }
    let mut forms = vec![m.to_string()];
    if m.ends_with('ي') {
        forms.push(format!("{m}ة"));
        forms.push(format!("{m}ون"));
        forms.push(format!("{m}ين"));
    }
    let def: Vec<String> = forms.iter().map(|f| format!("ال{f}")).collect();
    forms.extend(def);
    forms
}

//! The CAMEO event ontology: each code's name, Goldstein score, quad class and PLOVER type and
//! mode, read from the pinned open-data tables in `data/events/` (embedded at build time).
//!
//! Sources: `CAMEO2PLOVER-2021.txt` (PLOVER manual draft 0.8, CC BY-SA 4.0) gives names,
//! PLOVER types and modes for roots 03–20; `cameo_names.tsv` (ours) names roots 01–02 and gives
//! their PLOVER reading; `CAMEO.goldsteinscale.gdelt.tsv` (GDELT) gives Goldstein scores. The
//! Goldstein table is GDELT's, not Phoenix's (they disagree on 016 and 163); see the README.

use crate::error::{DataError, LoadError};
use crate::types::Plover;
use std::collections::HashMap;

const PLOVER_FILE: &str = "CAMEO2PLOVER-2021.txt";
const GOLDSTEIN_FILE: &str = "CAMEO.goldsteinscale.gdelt.tsv";
const NAMES_FILE: &str = "cameo_names.tsv";

pub(crate) const PLOVER_TEXT: &str = include_str!("../../../data/events/CAMEO2PLOVER-2021.txt");
pub(crate) const GOLDSTEIN_TEXT: &str =
    include_str!("../../../data/events/CAMEO.goldsteinscale.gdelt.tsv");
pub(crate) const NAMES_TEXT: &str = include_str!("../../../data/events/cameo_names.tsv");

/// What the ontology knows about one CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoInfo {
    pub code: String,
    pub name: String,
    pub goldstein: f32,
    pub quad_class: u8,
    pub plover: Option<Plover>,
}

/// CAMEO code → [`CameoInfo`].
#[derive(Debug, Clone)]
pub struct Ontology {
    codes: HashMap<String, CameoInfo>,
}

/// The quad class of a code from its two-digit root: 01–05 verbal cooperation (1), 06–09
/// material cooperation (2), 10–14 verbal conflict (3), 15–20 material conflict (4).
pub fn quad_class(code: &str) -> Option<u8> {
    let root: u8 = code.get(..2)?.parse().ok()?;
    match root {
        1..=5 => Some(1),
        6..=9 => Some(2),
        10..=14 => Some(3),
        15..=20 => Some(4),
        _ => None,
    }
}

fn is_code(code: &str) -> bool {
    (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

impl Ontology {
    /// The ontology from the tables embedded in the crate.
    pub fn embedded() -> Result<Ontology, LoadError> {
        Ontology::parse(PLOVER_TEXT, GOLDSTEIN_TEXT, NAMES_TEXT)
    }

    /// Builds the ontology from the three tables' texts.
    pub fn parse(plover: &str, goldstein: &str, names: &str) -> Result<Ontology, LoadError> {
        let mut errors = Vec::new();
        let mut named: HashMap<String, (String, Option<Plover>)> = HashMap::new();

        for (n, line) in plover.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with('~') {
                continue;
            }
            let Some((code, rest)) = line.split_once(':') else {
                errors.push(DataError::new(
                    PLOVER_FILE,
                    n + 1,
                    "expected `code: TYPE, mode, context # name`",
                ));
                continue;
            };
            let code = code.trim();
            if !is_code(code) {
                errors.push(DataError::new(
                    PLOVER_FILE,
                    n + 1,
                    format!("bad code {code:?}"),
                ));
                continue;
            }
            let (fields, name) = match rest.split_once('#') {
                Some((f, name)) => (f, name.trim().to_string()),
                None => (rest, String::new()),
            };
            let mut parts = fields.split(',').map(str::trim);
            let event_type = parts.next().unwrap_or_default().to_string();
            let mode = parts.next().filter(|m| !m.is_empty()).map(str::to_string);
            // The table repeats a few codes (175, and the 08 root for CONCEDE and RETREAT);
            // the first row is the one the PLOVER manual's text follows.
            named.entry(code.to_string()).or_insert((
                name,
                (!event_type.is_empty()).then_some(Plover { event_type, mode }),
            ));
        }

        for (n, line) in names.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [code, name, ptype, pmode] = cols[..] else {
                errors.push(DataError::new(
                    NAMES_FILE,
                    n + 1,
                    "expected 4 tab-separated columns",
                ));
                continue;
            };
            if !is_code(code) {
                errors.push(DataError::new(
                    NAMES_FILE,
                    n + 1,
                    format!("bad code {code:?}"),
                ));
                continue;
            }
            let plover = (ptype != "-").then(|| Plover {
                event_type: ptype.to_string(),
                mode: (pmode != "-").then(|| pmode.to_string()),
            });
            named.insert(code.to_string(), (name.to_string(), plover));
        }

        let mut scores: HashMap<String, f32> = HashMap::new();
        for (n, line) in goldstein.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let Some((code, score)) = line.split_once('\t') else {
                errors.push(DataError::new(
                    GOLDSTEIN_FILE,
                    n + 1,
                    "expected `code<TAB>score`",
                ));
                continue;
            };
            match score.trim().parse::<f32>() {
                Ok(s) if is_code(code) => {
                    scores.insert(code.to_string(), s);
                }
                _ => errors.push(DataError::new(
                    GOLDSTEIN_FILE,
                    n + 1,
                    format!("bad row {line:?}"),
                )),
            }
        }

        let mut codes = HashMap::new();
        for (code, (name, plover)) in named {
            // GDELT's table lacks a few four-digit codes (1213, 1214); they take their parent's
            // score, as GDELT itself does when it rolls codes up.
            let goldstein = (2..=code.len())
                .rev()
                .find_map(|len| scores.get(&code[..len]).copied());
            let (Some(goldstein), Some(quad)) = (goldstein, quad_class(&code)) else {
                errors.push(DataError::new(
                    GOLDSTEIN_FILE,
                    0,
                    format!("no Goldstein score or quad class for {code}"),
                ));
                continue;
            };
            codes.insert(
                code.clone(),
                CameoInfo {
                    code,
                    name,
                    goldstein,
                    quad_class: quad,
                    plover,
                },
            );
        }
        for code in scores.keys() {
            if !codes.contains_key(code) {
                errors.push(DataError::new(
                    NAMES_FILE,
                    0,
                    format!("code {code} has a Goldstein score but no name"),
                ));
            }
        }
        if errors.is_empty() {
            Ok(Ontology { codes })
        } else {
            errors.sort_by(|a, b| (a.file, a.line).cmp(&(b.file, b.line)));
            Err(LoadError(errors))
        }
    }

    pub fn get(&self, code: &str) -> Option<&CameoInfo> {
        self.codes.get(code)
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// All codes, sorted.
    pub fn codes(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self.codes.keys().map(String::as_str).collect();
        codes.sort_unstable();
        codes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_cover_every_code() {
        let ontology = Ontology::embedded().expect("embedded tables load");
        assert!(ontology.len() > 300, "{}", ontology.len());
        let ceasefire = ontology.get("0871").expect("0871");
        assert_eq!(ceasefire.name, "Declare truce, ceasefire");
        assert_eq!(ceasefire.quad_class, 2);
        let plover = ceasefire.plover.as_ref().expect("plover");
        assert_eq!(
            (plover.event_type.as_str(), plover.mode.as_deref()),
            ("RETREAT", Some("ceasefire"))
        );
        let air = ontology.get("195").expect("195");
        assert_eq!(air.goldstein, -10.0);
        assert_eq!(air.quad_class, 4);
        assert_eq!(
            air.plover.as_ref().map(|p| p.event_type.as_str()),
            Some("ASSAULT")
        );
        // Pinned GDELT values where Phoenix differs (README: 016 −2.0, 163 −8.0).
        assert_eq!(ontology.get("016").map(|c| c.goldstein), Some(-2.0));
        assert_eq!(ontology.get("163").map(|c| c.goldstein), Some(-8.0));
        assert_eq!(ontology.get("010").map(|c| c.plover.is_none()), Some(true));
        assert_eq!(
            ontology
                .get("0256")
                .and_then(|c| c.plover.clone())
                .map(|p| p.event_type),
            Some("REQUEST".to_string())
        );
        // Missing from GDELT: takes the parent 121's score.
        assert_eq!(
            ontology.get("1213").map(|c| c.goldstein),
            ontology.get("121").map(|c| c.goldstein)
        );
    }

    #[test]
    fn quad_classes_follow_the_roots() {
        assert_eq!(quad_class("042"), Some(1));
        assert_eq!(quad_class("0871"), Some(2));
        assert_eq!(quad_class("141"), Some(3));
        assert_eq!(quad_class("195"), Some(4));
        assert_eq!(quad_class("21"), None);
    }
}

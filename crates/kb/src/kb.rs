//! Loading the knowledge base from its TSV files, validating it and compiling its matcher.

use crate::cameo;
use crate::date::{self, Partial, Tenure};
use crate::error::{LoadError, Loc, Problem};
use crate::matcher::{Entry, Matcher, MatcherBuilder, key_of};
use crate::model::{Actor, ActorKind, Demonym, Metonym, Role, Title, TitleKind};
use crate::stoplist;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Name tokens too common to anchor a typo-tolerant match on (`عبد الله`, `أبو بكر`).
const NON_ANCHOR_TOKENS: &[&str] = &["عبد", "ابو", "ابن", "بن", "بنت", "ال", "دي", "فان", "فون"];

/// The actor knowledge base: actors, dated roles, titles, demonyms and metonyms, compiled into
/// one matcher. Immutable once loaded; share it by reference (`&Kb` is `Sync`).
pub struct Kb {
    files: Vec<String>,
    actors: Vec<Actor>,
    by_id: HashMap<String, u32>,
    titles: Vec<Title>,
    offices: HashMap<String, u32>,
    demonyms: Vec<Demonym>,
    metonyms: Vec<Metonym>,
    roles: Vec<Role>,
    roles_by_office: HashMap<u32, Vec<u32>>,
    roles_by_actor: HashMap<u32, Vec<u32>>,
    pub(crate) matcher: Matcher,
    problems: Vec<Problem>,
}

/// Counts of what a knowledge base holds, for `marsad kb` summaries and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Stats {
    pub states: usize,
    /// IGOs and NGOs (`igo.*`, `ngo.*`).
    pub international_organisations: usize,
    pub organisations: usize,
    pub persons: usize,
    pub armed_groups: usize,
    pub other_actors: usize,
    /// Names and strong aliases of all actors (canonical names included).
    pub aliases: usize,
    pub weak_aliases: usize,
    pub demonym_forms: usize,
    pub metonyms: usize,
    pub title_forms: usize,
    pub roles: usize,
    /// Distinct search keys in the compiled matcher.
    pub keys: usize,
}

impl Kb {
    /// The knowledge base compiled into this binary from the repository's `data/kb` (see
    /// `build.rs`): works from any directory. This is the default for the CLI.
    pub fn load_default() -> Result<Kb, LoadError> {
        Kb::embedded()
    }

    /// Same as [`Kb::load_default`].
    pub fn embedded() -> Result<Kb, LoadError> {
        if embedded::EMBEDDED.is_empty() {
            return Err(LoadError::NoData {
                path: PathBuf::from("<embedded data/kb>"),
            });
        }
        Kb::from_sources("data/kb/", embedded::EMBEDDED.iter().copied())
    }

    /// The repository's `data/kb` directory as seen from this crate's sources.
    pub fn repo_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/kb")
    }

    /// Loads the repository's `data/kb` from disk (picks up edits without rebuilding).
    pub fn load_repo() -> Result<Kb, LoadError> {
        Kb::load_dir(&Kb::repo_dir())
    }

    /// Loads every `**/*.tsv` under `dir`.
    pub fn load_dir(dir: &Path) -> Result<Kb, LoadError> {
        let mut paths = Vec::new();
        walk(dir, &mut paths).map_err(|source| LoadError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        if paths.is_empty() {
            return Err(LoadError::NoData {
                path: dir.to_path_buf(),
            });
        }
        paths.sort();
        let mut texts = Vec::with_capacity(paths.len());
        for path in &paths {
            let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
                path: path.clone(),
                source,
            })?;
            let relative = path
                .strip_prefix(dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| path.to_string_lossy().into_owned());
            texts.push((relative, text));
        }
        let prefix = format!("{}/", dir.display());
        Kb::from_sources(&prefix, texts.iter().map(|(r, t)| (r.as_str(), t.as_str())))
    }

    /// Builds a knowledge base from `(path relative to data/kb, contents)` pairs; `prefix` is
    /// put before each path in problem reports (`data/kb/`).
    pub fn from_sources<'a>(
        prefix: &str,
        sources: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Kb, LoadError> {
        let mut loader = Loader::default();
        let mut sources: Vec<(&str, &str)> = sources.into_iter().collect();
        sources.sort_by_key(|s| s.0);
        let mut by_kind: [Vec<(u16, &str)>; 6] = Default::default();
        for (relative, text) in sources {
            let file = loader.files.len() as u16;
            loader.files.push(format!("{prefix}{relative}"));
            let slot = match relative {
                r if r.starts_with("actors/") => 0,
                "titles.tsv" => 1,
                "demonyms.tsv" => 2,
                "metonyms.tsv" => 3,
                "roles.tsv" => 4,
                "places.tsv" => 5,
                _ => {
                    loader.problem(
                        Loc { file, line: 0 },
                        "not a knowledge-base file (expected actors/*.tsv, places.tsv, titles.tsv, demonyms.tsv, metonyms.tsv or roles.tsv)".into(),
                    );
                    continue;
                }
            };
            by_kind[slot].push((file, text));
        }
        // Actors first: every other file refers to them by id.
        for &(file, text) in &by_kind[0] {
            loader.actors_file(file, text);
        }
        // Places name the state of their country, so they come right after the actors.
        for &(file, text) in &by_kind[5] {
            loader.places_file(file, text);
        }
        for &(file, text) in &by_kind[1] {
            loader.titles_file(file, text);
        }
        for &(file, text) in &by_kind[2] {
            loader.demonyms_file(file, text);
        }
        for &(file, text) in &by_kind[3] {
            loader.metonyms_file(file, text);
        }
        for &(file, text) in &by_kind[4] {
            loader.roles_file(file, text);
        }
        loader.check_overlapping_roles();
        loader.finish()
    }

    /// Every problem found while loading: `FILE:LINE: message`, sorted by file and line.
    pub fn check(&self) -> &[Problem] {
        &self.problems
    }

    /// The files read, as named in problems.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i as usize])
    }

    pub fn roles(&self) -> &[Role] {
        &self.roles
    }

    pub fn titles(&self) -> &[Title] {
        &self.titles
    }

    pub fn metonyms(&self) -> &[Metonym] {
        &self.metonyms
    }

    /// Roles held by the actor `id` at `date` (all its roles when `date` is `None`).
    pub fn roles_of(&self, id: &str, date: Option<NaiveDate>) -> Vec<&Role> {
        let Some(&actor) = self.by_id.get(id) else {
            return Vec::new();
        };
        self.roles_by_actor
            .get(&actor)
            .into_iter()
            .flatten()
            .map(|&r| &self.roles[r as usize])
            .filter(|r| date.is_none_or(|d| r.tenure().contains(d)))
            .collect()
    }

    /// The CAMEO code of actor `id` at `date`: the code of a role held then, else its own code.
    pub fn code_of(&self, id: &str, date: Option<NaiveDate>) -> Option<&str> {
        self.by_id.get(id).map(|&a| self.code_at(a, date))
    }

    pub fn stats(&self) -> Stats {
        let mut s = Stats::default();
        for a in &self.actors {
            match a.kind {
                ActorKind::State => s.states += 1,
                ActorKind::Person => s.persons += 1,
                ActorKind::ArmedGroup => s.armed_groups += 1,
                ActorKind::Organisation if a.id.starts_with("igo.") || a.id.starts_with("ngo.") => {
                    s.international_organisations += 1
                }
                ActorKind::Organisation => s.organisations += 1,
                _ => s.other_actors += 1,
            }
            s.aliases += 1 + a.aliases.len();
            s.weak_aliases += a.weak_aliases.len();
        }
        s.demonym_forms = self.demonyms.len();
        s.metonyms = self.metonyms.len();
        s.title_forms = self.titles.iter().map(|t| t.forms.len()).sum();
        s.roles = self.roles.len();
        s.keys = self.matcher.patterns.len();
        s
    }

    /// Heap bytes of the compiled automaton (for benchmarks and memory budgets).
    pub fn matcher_heap_bytes(&self) -> usize {
        self.matcher.heap_bytes()
    }

    // ---- crate-internal lookups used by the resolver ----

    pub(crate) fn actor_at(&self, index: u32) -> &Actor {
        &self.actors[index as usize]
    }

    pub(crate) fn title_at(&self, index: u32) -> &Title {
        &self.titles[index as usize]
    }

    pub(crate) fn metonym_at(&self, index: u32) -> &Metonym {
        &self.metonyms[index as usize]
    }

    /// The roles `actor` holds at `date`; with no date, the roles it holds now.
    pub(crate) fn roles_held(
        &self,
        actor: u32,
        date: Option<NaiveDate>,
    ) -> impl Iterator<Item = &Role> + '_ {
        self.roles_by_actor
            .get(&actor)
            .into_iter()
            .flatten()
            .map(|&r| &self.roles[r as usize])
            .filter(move |r| match date {
                Some(d) => r.tenure().contains(d),
                None => r.until.is_none(),
            })
    }

    /// The code of `actor` at `date`; with no date, the code of the office it holds now.
    pub(crate) fn code_at(&self, actor: u32, date: Option<NaiveDate>) -> &str {
        let roles = self
            .roles_by_actor
            .get(&actor)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let held = roles
            .iter()
            .map(|&r| &self.roles[r as usize])
            .find(|r| match date {
                Some(d) => r.tenure().contains(d),
                None => r.until.is_none(),
            });
        match held {
            Some(r) => &r.code,
            None => &self.actors[actor as usize].code,
        }
    }

    /// The holder of any of `offices` (tried in order) of `of` at `date`; with no date, the
    /// current holder. An organisation without its own holder borrows one from an organisation
    /// with the same code (UNSMIL's envoy is "the UN envoy").
    pub(crate) fn holder(
        &self,
        offices: &[u32],
        of: u32,
        date: Option<NaiveDate>,
    ) -> Option<&Role> {
        let at = |r: &&Role| match date {
            Some(d) => r.tenure().contains(d),
            None => r.until.is_none(),
        };
        let held = |office: &u32| {
            self.roles_by_office
                .get(office)
                .into_iter()
                .flatten()
                .map(|&r| &self.roles[r as usize])
                .filter(at)
        };
        if let Some(role) = offices.iter().flat_map(held).find(|r| r.of_actor == of) {
            return Some(role);
        }
        // Only international organisations share holders by code: a Libyan body coded LBYGOV
        // must not lend its head to every other LBYGOV body.
        let of_actor = &self.actors[of as usize];
        if !(of_actor.code.starts_with("IGO") || of_actor.code.starts_with("NGO")) {
            return None;
        }
        offices
            .iter()
            .flat_map(held)
            .find(|r| self.actors[r.of_actor as usize].code == of_actor.code)
    }

    /// Whether `actor` holds one of `offices` at `date` (at any time when `date` is `None`).
    pub(crate) fn holds(&self, actor: u32, offices: &[u32], date: Option<NaiveDate>) -> bool {
        self.roles_by_actor
            .get(&actor)
            .into_iter()
            .flatten()
            .any(|&r| {
                let r = &self.roles[r as usize];
                offices.contains(&r.office) && date.is_none_or(|d| r.tenure().contains(d))
            })
    }

    pub(crate) fn office_index(&self, name: &str) -> Option<u32> {
        self.offices.get(name).copied()
    }

    /// The `titles.tsv` row of office `name` (`head_of_state`).
    pub fn office(&self, name: &str) -> Option<&Title> {
        self.offices.get(name).map(|&i| &self.titles[i as usize])
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "tsv") {
            out.push(path);
        }
    }
    Ok(())
}

/// A data line: its 1-based number and its tab-separated, trimmed fields.
struct Row<'t> {
    line: u32,
    fields: Vec<&'t str>,
}

/// The data rows of a TSV text: comments (`#`), blank lines and the header (a first line whose
/// first field is `header`) are skipped.
fn rows<'t>(text: &'t str, header: &'static str) -> impl Iterator<Item = Row<'t>> {
    let mut seen_data = false;
    text.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            return None;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !seen_data && fields.first() == Some(&header) {
            seen_data = true;
            return None;
        }
        seen_data = true;
        Some(Row {
            line: (i + 1) as u32,
            fields,
        })
    })
}

fn split_forms(field: Option<&&str>) -> Vec<String> {
    field
        .map(|f| {
            f.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'.' | b'-')
        })
}

/// Whether a demonym form is a plural or dual (a collective that can stand alone: الروس,
/// الليبيين) rather than a singular adjective (الروسي, روسية), judged on its last word.
fn is_plural_form(key: &str) -> bool {
    let last = key.rsplit(' ').next().unwrap_or(key);
    let stem = last.strip_prefix("ال").unwrap_or(last);
    // Search keys write ة as ه: singular forms end in ي (masc.) or يه (fem.).
    !(stem.ends_with('ي') || stem.ends_with("يه"))
}

#[derive(Default)]
struct Loader {
    files: Vec<String>,
    actors: Vec<Actor>,
    by_id: HashMap<String, u32>,
    titles: Vec<Title>,
    offices: HashMap<String, u32>,
    demonyms: Vec<Demonym>,
    metonyms: Vec<Metonym>,
    roles: Vec<Role>,
    /// Places whose names count only next to their country: compiled as conditional metonyms
    /// instead of strong aliases.
    conditional_places: HashSet<u32>,
    problems: Vec<Problem>,
}

impl Loader {
    fn problem(&mut self, loc: Loc, message: String) {
        self.problems.push(Problem {
            file: self.files[loc.file as usize].clone(),
            line: loc.line,
            message,
        });
    }

    fn at(&self, loc: Loc) -> String {
        format!("{}:{}", self.files[loc.file as usize], loc.line)
    }

    fn actor_ref(&mut self, loc: Loc, id: &str, what: &str) -> Option<u32> {
        match self.by_id.get(id) {
            Some(&i) => Some(i),
            None => {
                self.problem(loc, format!("unknown {what} id {id:?}"));
                None
            }
        }
    }

    fn check_code(&mut self, loc: Loc, code: &str) {
        if let Some(message) = cameo::code_problem(code) {
            self.problem(loc, message);
        }
    }

    /// Whether a row has between `required` and all of the tab-separated `names` columns;
    /// reports it if not.
    fn columns(&mut self, loc: Loc, found: usize, required: usize, names: &str) -> bool {
        let all = names.split(", ").count();
        if (required..=all).contains(&found) {
            return true;
        }
        self.problem(
            loc,
            format!("expected {required} to {all} tab-separated columns ({names}), found {found}"),
        );
        false
    }

    /// Whether no earlier row took `id`; reports the duplicate if one did.
    fn new_id(&mut self, loc: Loc, id: &str) -> bool {
        let Some(&first) = self.by_id.get(id) else {
            return true;
        };
        let first = self.actors[first as usize].loc;
        let message = format!("duplicate id {id:?} (first at {})", self.at(first));
        self.problem(loc, message);
        false
    }

    fn actors_file(&mut self, file: u16, text: &str) {
        for row in rows(text, "id") {
            let loc = Loc {
                file,
                line: row.line,
            };
            let f = &row.fields;
            if !self.columns(
                loc,
                f.len(),
                6,
                "id, type, code, country, name_ar, name_en, aliases, weak_aliases",
            ) {
                continue;
            }
            let id = f[0];
            if !valid_id(id) {
                self.problem(
                    loc,
                    format!("id {id:?} must be lowercase ASCII [a-z0-9_.-]"),
                );
                continue;
            }
            if !self.new_id(loc, id) {
                continue;
            }
            let Some(kind) = ActorKind::parse(f[1]) else {
                self.problem(
                    loc,
                    format!(
                        "unknown type {:?} (state, person, organisation, armed_group, movement, place)",
                        f[1]
                    ),
                );
                continue;
            };
            self.check_code(loc, f[2]);
            let country = (!f[3].is_empty()).then(|| f[3].to_string());
            if let Some(c) = &country
                && !(cameo::is_country(c) || c == "XKX")
            {
                self.problem(
                    loc,
                    format!("country {c:?} is not an ISO 3166-1 alpha-3 code"),
                );
            }
            if kind == ActorKind::State && !f[0].starts_with("state.") {
                self.problem(loc, format!("state id {id:?} should be state.<iso3>"));
            }
            if f[4].is_empty() {
                self.problem(loc, "empty name_ar".into());
                continue;
            }
            let index = self.actors.len() as u32;
            self.by_id.insert(id.to_string(), index);
            self.actors.push(Actor {
                id: id.to_string(),
                kind,
                code: f[2].to_string(),
                country,
                name_ar: f[4].to_string(),
                name_en: f[5].to_string(),
                aliases: split_forms(f.get(6)),
                weak_aliases: split_forms(f.get(7)),
                loc,
            });
        }
    }

    /// `places.tsv`: a place is an actor of kind `place` coded with its country. Its names
    /// count anywhere when the row says `anywhere`, else only in an article that also names
    /// its country or one of that country's actors (as a conditional metonym): most city names
    /// are also words, names or clubs somewhere.
    fn places_file(&mut self, file: u16, text: &str) {
        for row in rows(text, "id") {
            let loc = Loc {
                file,
                line: row.line,
            };
            let f = &row.fields;
            if !self.columns(
                loc,
                f.len(),
                4,
                "id, country, name_ar, name_en, aliases, anywhere",
            ) {
                continue;
            }
            let (id, country) = (f[0], f[1]);
            if !valid_id(id) || !id.starts_with("place.") {
                self.problem(
                    loc,
                    format!("place id {id:?} must be place.<iso3>.<name> in lowercase ASCII"),
                );
                continue;
            }
            if !self.new_id(loc, id) {
                continue;
            }
            let state_id = format!("state.{}", country.to_ascii_lowercase());
            let Some(state) = self.actor_ref(loc, &state_id, "state of the place's country") else {
                continue;
            };
            let anywhere = match f.get(5).copied().unwrap_or("") {
                "yes" => true,
                "" => false,
                other => {
                    self.problem(loc, format!("anywhere is `yes` or empty, not {other:?}"));
                    continue;
                }
            };
            if f[2].is_empty() {
                self.problem(loc, "empty name_ar".into());
                continue;
            }
            let index = self.actors.len() as u32;
            let aliases = split_forms(f.get(4));
            if !anywhere {
                self.conditional_places.insert(index);
                for form in std::iter::once(f[2].to_string()).chain(aliases.iter().cloned()) {
                    self.metonyms.push(Metonym {
                        form,
                        actor_id: id.to_string(),
                        code: country.to_string(),
                        when: Some(state_id.clone()),
                        actor: index,
                        when_actor: Some(state),
                        loc,
                    });
                }
            }
            self.by_id.insert(id.to_string(), index);
            self.actors.push(Actor {
                id: id.to_string(),
                kind: ActorKind::Place,
                code: country.to_string(),
                country: Some(country.to_string()),
                name_ar: f[2].to_string(),
                name_en: f[3].to_string(),
                aliases,
                weak_aliases: Vec::new(),
                loc,
            });
        }
    }

    fn titles_file(&mut self, file: u16, text: &str) {
        for row in rows(text, "role") {
            let loc = Loc {
                file,
                line: row.line,
            };
            let f = &row.fields;
            if f.len() < 2 || f.len() > 4 {
                self.problem(
                    loc,
                    format!(
                        "expected 2 to 4 columns (role, forms, sector, kind), found {}",
                        f.len()
                    ),
                );
                continue;
            }
            let kind = match f.get(3).copied().unwrap_or("office") {
                "" => TitleKind::Office,
                k => match TitleKind::parse(k) {
                    Some(k) => k,
                    None => {
                        self.problem(
                            loc,
                            format!("unknown kind {k:?} (office, body, party, local, rank, rank_qualified, not_actor)"),
                        );
                        continue;
                    }
                },
            };
            let sector = match f.get(2).copied().unwrap_or("") {
                "" => Some("GOV".to_string()),
                "-" => None,
                s if cameo::is_sector(s) => Some(s.to_string()),
                s => {
                    self.problem(
                        loc,
                        format!(
                            "unknown sector {s:?} (a CAMEO role code like GOV, MIL, LEG, or -)"
                        ),
                    );
                    None
                }
            };
            let forms = split_forms(f.get(1));
            if forms.is_empty() {
                self.problem(loc, "no forms".into());
                continue;
            }
            let index = self.titles.len() as u32;
            if kind == TitleKind::Office {
                if let Some(&first) = self.offices.get(f[0]) {
                    let first = self.titles[first as usize].loc;
                    let message =
                        format!("duplicate office {:?} (first at {})", f[0], self.at(first));
                    self.problem(loc, message);
                    continue;
                }
                self.offices.insert(f[0].to_string(), index);
            }
            self.titles.push(Title {
                name: f[0].to_string(),
                forms,
                sector,
                kind,
                loc,
            });
        }
    }

    fn demonyms_file(&mut self, file: u16, text: &str) {
        for row in rows(text, "state_id") {
            let loc = Loc {
                file,
                line: row.line,
            };
            let f = &row.fields;
            if f.len() < 2 || f.len() > 3 {
                self.problem(
                    loc,
                    format!(
                        "expected 2 or 3 columns (state_id, forms, weak_forms), found {}",
                        f.len()
                    ),
                );
                continue;
            }
            let Some(state) = self.actor_ref(loc, f[0], "state") else {
                continue;
            };
            if self.actors[state as usize].kind != ActorKind::State {
                self.problem(
                    loc,
                    format!("{:?} is not a state; demonyms belong to states", f[0]),
                );
            }
            for (forms, weak) in [
                (split_forms(f.get(1)), false),
                (split_forms(f.get(2)), true),
            ] {
                for form in forms {
                    self.demonyms.push(Demonym {
                        state,
                        form,
                        weak,
                        loc,
                    });
                }
            }
        }
    }

    fn metonyms_file(&mut self, file: u16, text: &str) {
        for row in rows(text, "form") {
            let loc = Loc {
                file,
                line: row.line,
            };
            let f = &row.fields;
            if f.len() < 3 || f.len() > 4 {
                self.problem(
                    loc,
                    format!(
                        "expected 3 or 4 columns (form, actor_id, code, when), found {}",
                        f.len()
                    ),
                );
                continue;
            }
            let Some(actor) = self.actor_ref(loc, f[1], "actor") else {
                continue;
            };
            self.check_code(loc, f[2]);
            let when = f.get(3).copied().filter(|w| !w.is_empty());
            let when_actor = match when {
                Some(w) => match self.actor_ref(loc, w, "`when` actor") {
                    Some(a) => Some(a),
                    None => continue,
                },
                None => None,
            };
            if f[0].is_empty() {
                self.problem(loc, "empty form".into());
                continue;
            }
            self.metonyms.push(Metonym {
                form: f[0].to_string(),
                actor_id: f[1].to_string(),
                code: f[2].to_string(),
                when: when.map(String::from),
                actor,
                when_actor,
                loc,
            });
        }
    }

    fn roles_file(&mut self, file: u16, text: &str) {
        for row in rows(text, "actor_id") {
            let loc = Loc {
                file,
                line: row.line,
            };
            let f = &row.fields;
            if f.len() != 6 {
                self.problem(
                    loc,
                    format!(
                        "expected 6 columns (actor_id, role, of, from, to, code), found {}",
                        f.len()
                    ),
                );
                continue;
            }
            let actor = self.actor_ref(loc, f[0], "actor");
            let office = match self.offices.get(f[1]) {
                Some(&o) => Some(o),
                None => {
                    self.problem(
                        loc,
                        format!("unknown role {:?} (not an office in titles.tsv)", f[1]),
                    );
                    None
                }
            };
            let of = self.actor_ref(loc, f[2], "`of`");
            let from = match date::parse_partial(f[3]) {
                Ok(p) => Some(p.first),
                Err(e) => {
                    self.problem(loc, format!("from: {e}"));
                    None
                }
            };
            let until = match f[4] {
                "" => Ok(None),
                to => date::parse_partial(to)
                    .map(|p: Partial| Some(date::tenure_end(&p, date::is_full(to)))),
            };
            let until = match until {
                Ok(u) => u,
                Err(e) => {
                    self.problem(loc, format!("to: {e}"));
                    continue;
                }
            };
            self.check_code(loc, f[5]);
            let (Some(actor), Some(office), Some(of), Some(from)) = (actor, office, of, from)
            else {
                continue;
            };
            if until.is_some_and(|u| u <= from) {
                self.problem(
                    loc,
                    format!("role ends ({}) before it starts ({})", f[4], f[3]),
                );
                continue;
            }
            self.roles.push(Role {
                actor_id: f[0].to_string(),
                role: f[1].to_string(),
                of: f[2].to_string(),
                from,
                until,
                code: f[5].to_string(),
                actor,
                of_actor: of,
                office,
                loc,
            });
        }
    }

    /// Two holders of the same office of the same state or organisation at the same time.
    fn check_overlapping_roles(&mut self) {
        let mut groups: HashMap<(u32, u32), Vec<usize>> = HashMap::new();
        for (i, r) in self.roles.iter().enumerate() {
            groups.entry((r.office, r.of_actor)).or_default().push(i);
        }
        let mut found = Vec::new();
        for members in groups.values() {
            for (n, &a) in members.iter().enumerate() {
                for &b in &members[n + 1..] {
                    let (ra, rb) = (&self.roles[a], &self.roles[b]);
                    let (ta, tb): (Tenure, Tenure) = (ra.tenure(), rb.tenure());
                    if ta.overlaps(&tb) {
                        let (first, later) = if ra.loc <= rb.loc { (ra, rb) } else { (rb, ra) };
                        found.push((
                            later.loc,
                            format!(
                                "{} as {} of {} overlaps {}'s tenure ({})",
                                later.actor_id,
                                later.role,
                                later.of,
                                first.actor_id,
                                self.at(first.loc)
                            ),
                        ));
                    }
                }
            }
        }
        for (loc, message) in found {
            self.problem(loc, message);
        }
    }

    fn finish(mut self) -> Result<Kb, LoadError> {
        let mut builder = MatcherBuilder::default();
        let mut empty = Vec::new();
        // Strong forms that are ordinary words (see `stoplist::COMMON_WORDS`).
        let mut common: Vec<(Loc, String, &str)> = Vec::new();
        for (index, actor) in self.actors.iter().enumerate() {
            let index = index as u32;
            if self.conditional_places.contains(&index) {
                continue;
            }
            let strong = std::iter::once(&actor.name_ar).chain(&actor.aliases);
            let mut strong_keys = Vec::new();
            let mut strong_forms = Vec::new();
            for form in strong {
                let entry = Entry::Alias {
                    actor: index,
                    weak: false,
                    implicit: false,
                };
                match builder.add_form(form, entry) {
                    Some(key) => {
                        if stoplist::common_word(&key) {
                            common.push((actor.loc, form.clone(), "a strong alias"));
                        }
                        builder.note_strong(key.clone(), index, actor.loc);
                        strong_keys.push(key);
                        strong_forms.push(form);
                    }
                    None => empty.push((actor.loc, form.clone())),
                }
            }
            for form in &actor.weak_aliases {
                let entry = Entry::Alias {
                    actor: index,
                    weak: true,
                    implicit: false,
                };
                if builder.add_form(form, entry).is_none() {
                    empty.push((actor.loc, form.clone()));
                }
            }
            if actor.kind == ActorKind::Person {
                for (key, form) in strong_keys.iter().zip(&strong_forms) {
                    let tokens: Vec<String> = key.split(' ').map(String::from).collect();
                    if tokens.len() < 2 || tokens.len() > 6 {
                        continue;
                    }
                    // A family name alone refers back to the full name (المشري after
                    // خالد المشري); short or plain tokens are too often common words (كامل),
                    // and ordinals, adjectives, theophoric halves (السادس, الكبير, الإسلام)
                    // or a word after «عبد»/«بن» (عبد العزيز, بن سلمان) are no family names.
                    let penultimate = &tokens[tokens.len() - 2];
                    if let Some(last) = tokens.last()
                        && last.chars().count() >= 5
                        && !strong_keys.contains(last)
                        && !stoplist::not_family_name(last)
                        && !stoplist::compound_head(penultimate)
                    {
                        let entry = Entry::Alias {
                            actor: index,
                            weak: true,
                            implicit: true,
                        };
                        builder.add_form(last, entry);
                    }
                    // The strict key has the same words (it only keeps ى and ة apart); fall
                    // back to the search tokens should a form ever split differently.
                    let strict: Vec<String> = marsad_text::strict_key(form)
                        .split_whitespace()
                        .map(String::from)
                        .collect();
                    let strict = if strict.len() == tokens.len() {
                        strict
                    } else {
                        tokens.clone()
                    };
                    let name = builder.add_name(index, tokens.clone(), strict);
                    for (k, token) in tokens.iter().enumerate() {
                        if token.chars().count() >= 3
                            && !NON_ANCHOR_TOKENS.contains(&token.as_str())
                        {
                            builder.add_anchor(
                                token,
                                Entry::Anchor {
                                    name,
                                    token: k as u8,
                                },
                            );
                        }
                    }
                }
            }
        }
        for d in &self.demonyms {
            let plural = is_plural_form(&key_of(&d.form));
            let entry = Entry::Demonym {
                state: d.state,
                plural,
                weak: d.weak,
            };
            match builder.add_form(&d.form, entry) {
                Some(key) if !d.weak => {
                    if stoplist::common_word(&key) {
                        common.push((d.loc, d.form.clone(), "a strong demonym"));
                    }
                    builder.note_strong(key, d.state, d.loc)
                }
                Some(_) => {}
                None => empty.push((d.loc, d.form.clone())),
            }
        }
        for (index, m) in self.metonyms.iter().enumerate() {
            match builder.add_form(
                &m.form,
                Entry::Metonym {
                    index: index as u32,
                },
            ) {
                Some(key) if m.when_actor.is_none() => {
                    if stoplist::common_word(&key) {
                        common.push((m.loc, m.form.clone(), "an unconditional metonym"));
                    }
                    builder.note_strong(key, m.actor, m.loc)
                }
                Some(_) => {}
                None => empty.push((m.loc, m.form.clone())),
            }
        }
        for (index, t) in self.titles.iter().enumerate() {
            for form in &t.forms {
                if builder
                    .add_form(
                        form,
                        Entry::Title {
                            index: index as u32,
                        },
                    )
                    .is_none()
                {
                    empty.push((t.loc, form.clone()));
                }
            }
        }
        for (loc, form) in empty {
            self.problem(loc, format!("form {form:?} is empty once normalized"));
        }
        for (loc, form, what) in common {
            self.problem(
                loc,
                format!(
                    "«{form}» is a common Arabic word and cannot be {what}; make it weak or give the metonym a `when` actor"
                ),
            );
        }
        let conflicts: Vec<(Loc, String)> = builder
            .conflicts()
            .into_iter()
            .flat_map(|(key, claims)| {
                let first = claims[0];
                let first_id = &self.actors[first.0 as usize].id;
                claims[1..]
                    .iter()
                    .map(|&(actor, loc)| {
                        (
                            loc,
                            format!(
                                "«{key}» is a strong form of both {} and {first_id} ({}); mark one weak or add context",
                                self.actors[actor as usize].id,
                                self.at(first.1)
                            ),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        for (loc, message) in conflicts {
            self.problem(loc, message);
        }
        let matcher = builder
            .build()
            .map_err(|message| LoadError::Matcher { message })?;
        let mut roles_by_office: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut roles_by_actor: HashMap<u32, Vec<u32>> = HashMap::new();
        for (i, r) in self.roles.iter().enumerate() {
            roles_by_office.entry(r.office).or_default().push(i as u32);
            roles_by_actor.entry(r.actor).or_default().push(i as u32);
        }
        self.problems.sort();
        self.problems.dedup();
        Ok(Kb {
            files: self.files,
            actors: self.actors,
            by_id: self.by_id,
            titles: self.titles,
            offices: self.offices,
            demonyms: self.demonyms,
            metonyms: self.metonyms,
            roles: self.roles,
            roles_by_office,
            roles_by_actor,
            matcher,
            problems: self.problems,
        })
    }
}

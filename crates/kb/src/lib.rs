//! marsad-kb: the Arabic actor knowledge base and mention resolution.
//!
//! Owns the actor data model (`data/kb/**/*.tsv`: states, organisations, persons, places, dated
//! roles, titles, demonyms, metonyms), its validation ([`Kb::check`], `FILE:LINE: message`) and the
//! resolver that turns an article's text into actor [`Mention`]s with CAMEO codes valid at the
//! article's date. Never reads articles from disk or writes output; the only I/O is
//! [`Kb::load_dir`]. All matching happens on `marsad-text` search keys, and every span points
//! into the original, unmodified text.
//!
//! ```
//! use marsad_kb::{How, Kb};
//! let kb = Kb::load_default().unwrap();
//! let text = "وقال الجانب الروسي إن موسكو لن تتخلى عن دعمها، وانتقد البرلمان التركي ذلك.";
//! let mentions = kb.resolve(text, None, &[]);
//! let found: Vec<(&str, &str, How)> = mentions
//!     .iter()
//!     .map(|m| (&text[m.span.range()], m.actor.code.as_str(), m.how))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("الجانب الروسي", "RUS", How::Demonym),
//!         ("موسكو", "RUS", How::Alias),
//!         ("البرلمان التركي", "TURLEG", How::Demonym),
//!     ]
//! );
//! ```
//!
//! Entry points: [`Kb::load_default`] (the data embedded at build time), [`Kb::load_dir`],
//! [`Kb::check`], [`Kb::resolve`] / [`Resolver`] with a [`ResolverConfig`], and [`suggest`] for
//! curation. The data format is documented in `data/kb/README.md`.

mod cameo;
mod date;
mod error;
mod fuzzy;
mod kb;
mod matcher;
mod model;
mod resolve;
mod stoplist;
mod suggest;

pub use cameo::code_problem;
pub use error::{LoadError, Problem};
pub use fuzzy::distance_within;
pub use kb::{Kb, Stats};
pub use marsad_text::Span;
pub use model::{Actor, ActorKind, Metonym, Role, Title, TitleKind};
pub use resolve::{ActorRef, How, Mention, NerLabel, Resolver, ResolverConfig, unresolved_id};
pub use suggest::{SuggestConfig, Suggestion, SuggestionKind, suggest};

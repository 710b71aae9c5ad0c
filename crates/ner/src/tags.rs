//! Entity types and BIO tags, with the label mappings of the corpora we read.
//!
//! Tags have a dense index (`0..Tag::COUNT`) because the tagger keeps one weight per feature
//! and tag in a flat row.

use std::fmt;
use std::str::FromStr;

/// The four ANERcorp entity classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Pers,
    Loc,
    Org,
    Misc,
}

impl EntityType {
    pub const ALL: [EntityType; 4] = [
        EntityType::Pers,
        EntityType::Loc,
        EntityType::Org,
        EntityType::Misc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Pers => "PERS",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
            EntityType::Misc => "MISC",
        }
    }

    /// Reads a type label, accepting the spellings of ANERcorp (`PERS`, `MISC`), AQMAR
    /// (`PER`, `MIS0`..`MIS3`, `MIS`) and CoNLL (`PER`), case-insensitively.
    pub fn parse_lenient(s: &str) -> Option<EntityType> {
        let u = s.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let u = u.to_ascii_uppercase();
        match u.as_str() {
            "PERS" | "PER" | "PERSON" => Some(EntityType::Pers),
            "LOC" | "LOCATION" | "GPE" => Some(EntityType::Loc),
            "ORG" | "ORGANIZATION" | "ORGANISATION" => Some(EntityType::Org),
            // AQMAR marks its miscellaneous classes MIS0..MIS3 (and a few typos such as MISS1).
            _ if u.starts_with("MIS") => Some(EntityType::Misc),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            EntityType::Pers => 0,
            EntityType::Loc => 1,
            EntityType::Org => 2,
            EntityType::Misc => 3,
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A BIO (IOB2) tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(EntityType),
    I(EntityType),
}

/// A tag string that is not a BIO tag of a known type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown NER tag {0:?}")]
pub struct UnknownTag(pub String);

impl Tag {
    /// Number of distinct tags: O plus B and I of four types.
    pub const COUNT: usize = 9;

    /// Dense index: O = 0, then B-/I- pairs in [`EntityType::ALL`] order.
    #[inline]
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(t) => 1 + 2 * t.index(),
            Tag::I(t) => 2 + 2 * t.index(),
        }
    }

    /// Inverse of [`Tag::index`]; indices past the end read as `O`.
    #[inline]
    pub fn from_index(i: usize) -> Tag {
        if i == 0 || i >= Tag::COUNT {
            return Tag::O;
        }
        let t = EntityType::ALL[(i - 1) / 2];
        if (i - 1).is_multiple_of(2) {
            Tag::B(t)
        } else {
            Tag::I(t)
        }
    }

    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Tag::O => None,
            Tag::B(t) | Tag::I(t) => Some(t),
        }
    }

    /// Whether `self` may follow `prev` in well-formed BIO: `I-X` only after `B-X` or `I-X`.
    #[inline]
    pub fn may_follow(self, prev: Tag) -> bool {
        match self {
            Tag::I(t) => prev.entity_type() == Some(t),
            _ => true,
        }
    }

    /// Reads a tag leniently (see [`EntityType::parse_lenient`]); `O`-like typos (`OO`, `IO`)
    /// read as `O`. Strings that name no known type are an error, so typos are counted by the
    /// caller rather than silently dropped.
    pub fn parse_lenient(s: &str) -> Result<Tag, UnknownTag> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("O") || t == "OO" || t == "IO" || t == "0" {
            return Ok(Tag::O);
        }
        let unknown = || UnknownTag(s.to_string());
        let (head, rest) = t.split_once('-').ok_or_else(unknown)?;
        let ty = EntityType::parse_lenient(rest).ok_or_else(unknown)?;
        match head {
            "B" | "b" | "S" | "s" => Ok(Tag::B(ty)),
            "I" | "i" | "E" | "e" => Ok(Tag::I(ty)),
            _ => Err(unknown()),
        }
    }
}

impl FromStr for Tag {
    type Err = UnknownTag;
    fn from_str(s: &str) -> Result<Tag, UnknownTag> {
        Tag::parse_lenient(s)
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(t) => write!(f, "B-{t}"),
            Tag::I(t) => write!(f, "I-{t}"),
        }
    }
}

/// Rewrites an `I-X` that does not continue an `X` entity as `B-X` (IOB1 → IOB2 repair), so
/// training targets obey the transition constraints the decoder enforces.
pub fn repair_bio(tags: &mut [Tag]) {
    let mut prev = Tag::O;
    for t in tags.iter_mut() {
        if !t.may_follow(prev)
            && let Tag::I(ty) = *t
        {
            *t = Tag::B(ty);
        }
        prev = *t;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_round_trip() {
        for i in 0..Tag::COUNT {
            assert_eq!(Tag::from_index(i).index(), i);
        }
    }

    #[test]
    fn lenient_parsing_maps_aqmar_labels() {
        assert_eq!("B-PER".parse(), Ok(Tag::B(EntityType::Pers)));
        assert_eq!("I-MIS2".parse(), Ok(Tag::I(EntityType::Misc)));
        assert_eq!("B-MIS1`".parse(), Ok(Tag::B(EntityType::Misc)));
        assert_eq!("I--ORG".parse(), Ok(Tag::I(EntityType::Org)));
        assert_eq!("OO".parse(), Ok(Tag::O));
        assert!("B-SPANISH".parse::<Tag>().is_err());
    }

    #[test]
    fn repair_turns_orphan_i_into_b() {
        use EntityType::*;
        let mut t = vec![Tag::O, Tag::I(Loc), Tag::I(Loc), Tag::I(Org)];
        repair_bio(&mut t);
        assert_eq!(t, vec![Tag::O, Tag::B(Loc), Tag::I(Loc), Tag::B(Org)]);
    }
}

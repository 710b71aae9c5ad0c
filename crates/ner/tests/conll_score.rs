//! CoNLL reading/writing and entity-level scoring on hand-made cases.

use marsad_ner::{EntityType, Scorer, Tag, UnknownTags, entities, parse_conll, write_conll};

const SAMPLE: &str =
    "فرانكفورت B-LOC\n(د O\nأعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\nبوتين B-PERS\nفي O\nموسكو B-LOC\n";

#[test]
fn conll_round_trip() {
    let c = parse_conll(SAMPLE, UnknownTags::Error).unwrap();
    assert_eq!(c.sentences.len(), 2);
    assert_eq!(c.token_count(), 8);
    assert_eq!(
        c.sentences[1].tags.as_deref(),
        Some(&[Tag::B(EntityType::Pers), Tag::O, Tag::B(EntityType::Loc)][..])
    );
    let mut out = Vec::new();
    write_conll(&mut out, &c.sentences).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text, SAMPLE.to_string() + "\n");
    let again = parse_conll(&text, UnknownTags::Error).unwrap();
    assert_eq!(again.sentences, c.sentences);
}

#[test]
fn conll_untagged_and_errors() {
    let c = parse_conll("بوتين\nفي\n\n\nموسكو\n", UnknownTags::Error).unwrap();
    assert_eq!(c.sentences.len(), 2);
    assert!(c.sentences[0].tags.is_none());
    let err = parse_conll("بوتين B-PERS\nفي\n", UnknownTags::Error).unwrap_err();
    assert!(err.to_string().contains("line 2"), "{err}");
    assert!(parse_conll("x B-FOO\n", UnknownTags::Error).is_err());
    let c = parse_conll(
        "x B-SPANISH\ny B-MIS1\nz I-MIS1\nw B-PER\n",
        UnknownTags::AsOutside,
    )
    .unwrap();
    assert_eq!(c.unknown_tags, 1);
    let tags = c.sentences[0].tags.clone().unwrap();
    assert_eq!(tags[0], Tag::O);
    assert_eq!(tags[1], Tag::B(EntityType::Misc));
    assert_eq!(tags[2], Tag::I(EntityType::Misc));
    assert_eq!(tags[3], Tag::B(EntityType::Pers));
}

fn tags(s: &str) -> Vec<Tag> {
    s.split_whitespace().map(|t| t.parse().unwrap()).collect()
}

#[test]
fn entities_follow_conlleval() {
    let e = entities(&tags("B-PERS I-PERS O I-LOC I-LOC B-LOC I-ORG"));
    let spans: Vec<(usize, usize, EntityType)> = e.iter().map(|e| (e.start, e.end, e.ty)).collect();
    assert_eq!(
        spans,
        vec![
            (0, 2, EntityType::Pers),
            (3, 5, EntityType::Loc),
            (5, 6, EntityType::Loc),
            (6, 7, EntityType::Org)
        ]
    );
}

#[test]
fn scorer_known_values() {
    let mut s = Scorer::new();
    // Gold: PERS(0..2), LOC(3..4), ORG(5..7). Pred: PERS(0..2) right, LOC(3..4) right,
    // ORG(5..6) wrong boundary, MISC(8..9) spurious.
    s.add(
        &tags("B-PERS I-PERS O B-LOC O B-ORG I-ORG O O"),
        &tags("B-PERS I-PERS O B-LOC O B-ORG O O B-MISC"),
    );
    let r = s.report();
    assert_eq!((r.micro.tp, r.micro.fp, r.micro.fn_), (2, 2, 1));
    assert!((r.micro.precision() - 0.5).abs() < 1e-12);
    assert!((r.micro.recall() - 2.0 / 3.0).abs() < 1e-12);
    assert!((r.micro.f1() - 4.0 / 7.0).abs() < 1e-12);
    let get = |t| r.per_type.iter().find(|(x, _)| *x == t).unwrap().1;
    assert_eq!(get(EntityType::Pers).f1(), 1.0);
    assert_eq!(get(EntityType::Org).f1(), 0.0);
    assert_eq!((get(EntityType::Misc).fp, get(EntityType::Misc).tp), (1, 0));
    // Type mismatch on the same span is both a false positive and a false negative.
    let mut s = Scorer::new();
    s.add(&tags("B-LOC"), &tags("B-ORG"));
    let r = s.report();
    assert_eq!((r.micro.tp, r.micro.fp, r.micro.fn_), (0, 1, 1));
    // Empty input scores zero without dividing by zero.
    assert_eq!(Scorer::new().report().micro.f1(), 0.0);
}

//! Training a small model, saving and loading it, and rejecting corrupt model bytes.

use marsad_ner::gazetteer::Gazetteer;
use marsad_ner::train::{Labelled, train_on};
use marsad_ner::{EntityType, FeatureConfig, Model, Tag, TrainConfig, features::Resources};
use proptest::prelude::*;
use std::sync::OnceLock;

fn toy_data() -> Vec<Labelled> {
    use EntityType::*;
    let people = ["أحمد", "محمود", "سمير", "خالد", "عمر", "يوسف"];
    let places = ["موسكو", "القاهرة", "باريس", "دمشق", "بغداد", "عمان"];
    let mut out = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let place = places[(i * 5 + 1) % places.len()];
        let toks = ["زار", "الرئيس", p, "مدينة", place, "أمس"];
        let tags = [Tag::O, Tag::O, Tag::B(Pers), Tag::O, Tag::B(Loc), Tag::O];
        out.push((toks.iter().map(|s| s.to_string()).collect(), tags.to_vec()));
    }
    out
}

fn toy_config() -> TrainConfig {
    TrainConfig {
        features: FeatureConfig::full(),
        max_epochs: 10,
        patience: 3,
        dev_fraction: 0.0,
        retrain_on_full: true,
        seed: 1,
        prune_below: 0.0,
        penalty_steps: 0,
        ensemble: 1,
        doc_window: 0,
        clusters: None,
        gazetteers: vec![],
        auto_lexicon: None,
    }
}

fn toy_resources() -> Resources {
    let mut g = Gazetteer::new();
    g.add("موسكو", Gazetteer::category("CITY").unwrap());
    Resources {
        gazetteer: g,
        ..Resources::default()
    }
}

#[test]
fn trains_saves_and_loads() {
    let (model, report) =
        train_on(&toy_data(), toy_resources(), &toy_config(), &mut |_| {}).unwrap();
    assert!(report.features_kept > 0);
    let sent = ["زار", "الرئيس", "أحمد", "مدينة", "دمشق", "أمس"];
    let tags = model.tag(&sent);
    assert_eq!(tags[2], Tag::B(EntityType::Pers));
    assert_eq!(tags[4], Tag::B(EntityType::Loc));

    let bytes = model.to_bytes();
    let loaded = Model::from_bytes(&bytes).unwrap();
    assert_eq!(loaded.tag(&sent), tags);
    assert_eq!(loaded.meta, model.meta);
    assert_eq!(loaded.gazetteer().len(), 1);
    // Same bytes again: serialisation is deterministic.
    assert_eq!(loaded.to_bytes().len(), bytes.len());

    let dir = std::env::temp_dir().join(format!("marsad-ner-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.bin");
    model.save(&path).unwrap();
    assert_eq!(Model::load(&path).unwrap().tag(&sent), tags);
    std::fs::remove_dir_all(&dir).ok();

    // Training is reproducible.
    let (again, _) = train_on(&toy_data(), toy_resources(), &toy_config(), &mut |_| {}).unwrap();
    assert_eq!(again.to_bytes(), model.to_bytes());
}

#[test]
fn rejects_corrupt_bytes() {
    let (model, _) = train_on(
        &toy_data(),
        Resources::default(),
        &toy_config(),
        &mut |_| {},
    )
    .unwrap();
    let bytes = model.to_bytes();
    assert!(Model::from_bytes(b"").is_err());
    assert!(Model::from_bytes(b"not a model at all").is_err());
    for cut in [8, 12, bytes.len() / 2, bytes.len() - 1] {
        assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    let mut extra = bytes.clone();
    extra.push(0);
    assert!(Model::from_bytes(&extra).is_err());
    assert!(Model::load(std::path::Path::new("/nonexistent/model.bin")).is_err());
}

#[test]
fn empty_and_odd_input() {
    let (model, _) = train_on(
        &toy_data(),
        Resources::default(),
        &toy_config(),
        &mut |_| {},
    )
    .unwrap();
    assert!(model.tag::<&str>(&[]).is_empty());
    let odd = ["", " ", "\u{064B}", "🙂", "a-b", "123"];
    assert_eq!(model.tag(&odd).len(), odd.len());
}

#[test]
fn document_stage_round_trips() {
    let cfg = TrainConfig {
        doc_window: 2,
        ..toy_config()
    };
    let (model, report) = train_on(&toy_data(), toy_resources(), &cfg, &mut |_| {}).unwrap();
    assert!(model.has_document_stage());
    assert!(report.features_kept > 0);
    let doc = vec![
        vec!["زار", "الرئيس", "أحمد", "مدينة", "دمشق", "أمس"],
        vec!["وقال", "أحمد", "إن", "دمشق", "جميلة"],
    ];
    let tags = model.tag_document(&doc);
    assert_eq!(tags.len(), 2);
    assert_eq!(tags[0][2], Tag::B(EntityType::Pers));
    assert_eq!(tags[1].len(), 5);
    let loaded = Model::from_bytes(&model.to_bytes()).unwrap();
    assert!(loaded.has_document_stage());
    assert_eq!(loaded.tag_document(&doc), tags);
    let empty: Vec<Vec<&str>> = vec![vec![], vec!["x"]];
    assert_eq!(loaded.tag_document(&empty)[0].len(), 0);
}

fn toy_model_bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        let cfg = TrainConfig {
            doc_window: 1,
            ..toy_config()
        };
        let (m, _) = train_on(&toy_data(), toy_resources(), &cfg, &mut |_| {}).unwrap();
        m.to_bytes()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Corrupting any byte of a model file gives an error or a model that still tags: never
    /// a panic, never a runaway allocation.
    #[test]
    fn corrupt_model_bytes_never_panic(pos in any::<prop::sample::Index>(), val in any::<u8>()) {
        let mut bytes = toy_model_bytes().to_vec();
        let i = pos.index(bytes.len());
        bytes[i] = val;
        if let Ok(m) = Model::from_bytes(&bytes) {
            let doc = vec![vec!["زار", "أحمد", "دمشق"], vec!["و", "القاهرة"]];
            let _ = m.tag_document(&doc);
            let _ = m.tag(&doc[0]);
        }
    }
}

//! The shipped model (`models/ner/model.bin`) on real text from `../shared/corpus/seeds`.
//!
//! Skips with a message when the model or the shared data is missing.

use marsad_ner::{EntityType, Model};
use std::path::Path;
use std::time::Instant;

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn shipped_model_finds_putin_and_moscow() {
    let model_path = root().join("models/ner/model.bin");
    let seed = root().join("../shared/corpus/seeds/001_a918da0614373a38.txt");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        eprintln!(
            "SKIPPED shipped_model_finds_putin_and_moscow: {} missing",
            seed.display()
        );
        return;
    };
    let t = Instant::now();
    let model = Model::load(&model_path).expect("shipped model loads");
    let load = t.elapsed();
    assert!(load.as_secs_f64() < 5.0, "load took {load:?}");
    // The sentence of the seed that mentions both.
    let sentence = text
        .split(['.', '\n'])
        .find(|s| s.contains("فلاديمير بوتين") && s.contains("موسكو"))
        .expect("seed sentence with both names");
    let ents = model.tag_text(sentence);
    let found =
        |ty: EntityType, needle: &str| ents.iter().any(|e| e.ty == ty && e.text.contains(needle));
    assert!(
        found(EntityType::Pers, "بوتين"),
        "no PERS بوتين in {ents:?}"
    );
    assert!(found(EntityType::Loc, "موسكو"), "no LOC موسكو in {ents:?}");
    let putin = ents
        .iter()
        .find(|e| e.text.contains("بوتين"))
        .map(|e| e.text.as_str());
    assert_eq!(putin, Some("فلاديمير بوتين"));
}

#[test]
fn shipped_model_embeds_with_include_bytes_semantics() {
    let model_path = root().join("models/ner/model.bin");
    let bytes = std::fs::read(&model_path).expect("shipped model present");
    let m = Model::from_bytes(&bytes).expect("shipped model parses");
    assert!(m.feature_count() > 1000);
    assert!(
        !m.clusters().is_empty(),
        "shipped model carries its clusters"
    );
    assert!(
        !m.gazetteer().is_empty(),
        "shipped model carries its gazetteer"
    );
}

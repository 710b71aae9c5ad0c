//! The curation aid: unknown names and spelling variants counted over a corpus.

mod common;

use marsad_kb::{NerLabel, Span, SuggestConfig, SuggestionKind, suggest};

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect("needle in text");
    Span::new(start, start + needle.len())
}

#[test]
fn lists_frequent_unresolved_names_and_variants_with_examples() {
    let kb = common::fixture_kb();
    // 002: «فقد قال ماتيو توالدو، خبير الشؤون الدولية في مجلس العلاقات الدولية الأوروبي»
    let a = "فقد قال ماتيو توالدو، خبير الشؤون الدولية. ثم غادر.";
    let b = "وأضاف ماتيو توالدو أن الأزمة الليبية طويلة.";
    // A misspelt Lavrov («لافرووف») next to the right spelling, twice.
    let c = "قال لافروف في موسكو. وأكد لافرووف ذلك.";
    let d = "التقى لافروف نظيره، وقال لافرووف إن الاتفاق قريب.";
    let spans_a = [(span_of(a, "ماتيو توالدو"), NerLabel::Person)];
    let spans_b = [(span_of(b, "ماتيو توالدو"), NerLabel::Person)];
    let spans_c = [(span_of(c, "لافرووف"), NerLabel::Person)];
    let spans_d = [(span_of(d, "لافرووف"), NerLabel::Person)];
    let docs: Vec<(&str, &[(Span, NerLabel)])> =
        vec![(a, &spans_a), (b, &spans_b), (c, &spans_c), (d, &spans_d)];
    let got = suggest(&kb, docs, &SuggestConfig::standard());
    assert_eq!(got.len(), 2, "{got:#?}");
    let unresolved = got
        .iter()
        .find(|s| s.kind == SuggestionKind::Unresolved)
        .expect("unresolved");
    assert_eq!(unresolved.key, "ماتيو توالدو");
    assert_eq!(unresolved.count, 2);
    assert_eq!(unresolved.label, Some(NerLabel::Person));
    assert_eq!(
        unresolved.example,
        "فقد قال ماتيو توالدو، خبير الشؤون الدولية"
    );
    let variant = got
        .iter()
        .find(|s| s.kind == SuggestionKind::Variant)
        .expect("variant");
    assert_eq!(variant.surface, "لافرووف");
    assert_eq!(variant.count, 2);
    assert_eq!(variant.actor_id.as_deref(), Some("rus.lavrov"));
    assert_eq!(variant.distance, Some(1));
}

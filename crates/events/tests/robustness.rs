//! The coder never panics and always returns spans that fit the text, whatever the input:
//! random Unicode, Arabic fragments with punctuation, and mentions that overlap or run off
//! the end.

use marsad_events::{ActorKind, ActorMention, Coder, DocInput, text};
use marsad_text::Span;
use proptest::prelude::*;
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| match Coder::embedded() {
        Ok(c) => c,
        Err(e) => panic!("embedded data: {e}"),
    })
}

/// Arabic-looking text built from trigger words, function words, names and punctuation.
fn arabic_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال",
        "إن",
        "أن",
        "حفتر",
        "موسكو",
        "رفض",
        "لقاء",
        "الانسحاب",
        "دعت",
        "القاهرة",
        "وأبو",
        "ظبي",
        "لم",
        "لن",
        "سوف",
        "لو",
        "قد",
        "يهاجم",
        "غارة",
        "جوية",
        "قتل",
        "15",
        "شخصا",
        "تظاهر",
        "آلاف",
        "الذي",
        "على",
        "يد",
        "من",
        "قبل",
        "«",
        "»",
        "\"",
        "،",
        ".",
        ":",
        "\n",
        "أمس",
        "الخميس",
        "وفقا",
        "لـ",
        "بحسب",
        "ـ",
        "وقعت",
        "على",
        "مذكرة",
        "تفاهم",
        "ما",
        "عدم",
        "التوقيع",
        "فجر",
        "نفسه",
        "اعتقل",
        "😀",
        "x",
        " ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.join(" "))
}

fn check(text: &str, mentions: &[ActorMention]) {
    let (words, sentences) = text::segment(text);
    let coded = coder().code(&DocInput {
        text,
        sentences: &sentences,
        words: &words,
        mentions,
        article_date: chrono::NaiveDate::from_ymd_opt(2020, 1, 15),
    });
    let fits = |s: Span| Span::checked(text, s.start as usize, s.end as usize).is_ok();
    for e in &coded.events {
        assert!(fits(e.sentence) && fits(e.trigger.span), "{e:?}");
        for a in [&e.source, &e.target, &e.location].into_iter().flatten() {
            assert!(fits(a.span), "{a:?}");
            assert!(a.mention.is_none_or(|m| m < mentions.len()));
        }
        assert!((1..=4).contains(&e.quad_class));
        assert!((0.0..=1.0).contains(&e.confidence));
    }
    for q in &coded.quotes {
        assert!(fits(q.text), "{q:?}");
    }
}

proptest! {
    #[test]
    fn random_unicode_never_panics(text in "\\PC{0,200}") {
        check(&text, &[]);
    }

    #[test]
    fn arabic_fragments_with_mentions_never_panic(text in arabic_text(), cuts in prop::collection::vec((0usize..400, 0usize..40), 0..6)) {
        // Mentions on char boundaries, possibly overlapping each other.
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mentions: Vec<ActorMention> = cuts
            .iter()
            .filter_map(|&(a, len)| {
                let start = *bounds.get(a % bounds.len())?;
                let end = *bounds.get(((a % bounds.len()) + len).min(bounds.len() - 1))?;
                Some(ActorMention {
                    span: Span::new(start, end.max(start)),
                    actor_id: format!("actor.{a}"),
                    name: String::new(),
                    code: Some("LBY".into()),
                    kind: ActorKind::State,
                    country: Some("LBY".into()),
                    confidence: 0.5,
                })
            })
            .collect();
        check(&text, &mentions);
    }
}

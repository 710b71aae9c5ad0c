//! The five seed articles: the product's reference input.

use crate::common::{paragraphs, read_one, shared, single};
use marsad_ingest::Format;
use std::path::PathBuf;

fn seed(prefix: &str) -> Option<PathBuf> {
    let dir = shared("corpus/seeds")?;
    let found = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        });
    if found.is_none() {
        println!("skipped: {}/{prefix}* missing", dir.display());
    }
    found
}

#[test]
fn seeds_are_five_arabic_text_articles_in_name_order() {
    let Some(dir) = shared("corpus/seeds") else {
        return;
    };
    let (articles, errors) = read_one(&dir);
    assert!(errors.is_empty(), "{errors:?}");
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 5);
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted, "directory walk is sorted");
    for a in &articles {
        assert_eq!(a.language.as_deref(), Some("ar"), "{}", a.id);
        let origin = a.origin.as_ref().expect("origin is set");
        assert_eq!(origin.format, Format::Text);
        assert_eq!(origin.encoding, "UTF-8");
        assert!(a.paragraphs.len() >= 5, "{}: {}", a.id, a.paragraphs.len());
        assert!(
            a.text.contains("حفتر") || a.text.contains("حتّر"),
            "{}",
            a.id
        );
    }
    // Same input, same output.
    let (again, _) = read_one(&dir);
    assert_eq!(articles, again);
}

#[test]
fn seed_001_body_is_free_of_chrome_and_comments() {
    let Some(path) = seed("001_") else { return };
    let a = single(&path);
    assert_eq!(
        a.title.as_deref(),
        Some("تفاصيل الساعات الأخيرة قبل “هروب” حفتر من موسكو")
    );
    let paras = paragraphs(&a);
    assert!(paras[0].starts_with("كشفت مصادر صحفية"), "{}", paras[0]);
    assert!(
        a.text.ends_with("عام 2011”."),
        "{}",
        &a.text[a.text.len() - 80..]
    );
    for chrome in [
        "إدارة الموقع",
        "-- --",
        "23186",
        "الشروق أونلاين",
        "أرشيف",
        "يصافح وزير الخارجية الروسي",
        "ع.س",
        "أضف تعليقك",
        "الحقول مطلوبة",
        "التعليقات",
        "عادل",
        "البيدقين",
    ] {
        assert!(!a.text.contains(chrome), "body holds {chrome:?}");
    }
    // The closing initials are the editor's signature.
    assert_eq!(a.author.as_deref(), Some("ع.س"));

    let authors: Vec<Option<&str>> = a.comments.iter().map(|c| c.author.as_deref()).collect();
    assert_eq!(
        authors,
        [
            Some("عادل - وهران"),
            Some("bahaeddinne"),
            Some("زروقي عبد المجيد"),
            Some("chawi")
        ]
    );
    assert_eq!(
        a.comments[0].text,
        "حفتر\nعندما يكون للرجولة و السيادة معنى."
    );
    assert!(a.comments[3].text.starts_with("لا الإمارات و لا مصر"));
    assert!(a.comments.iter().all(|c| !c.text.contains('•')));
}

#[test]
fn clean_seeds_lose_no_line() {
    for prefix in ["000_", "002_", "004_"] {
        let Some(path) = seed(prefix) else { return };
        let a = single(&path);
        let raw = std::fs::read_to_string(&path).expect("seed is UTF-8");
        let lines: Vec<&str> = raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(paragraphs(&a), lines, "{prefix}");
        assert_eq!(a.title, None, "{prefix}");
        assert!(a.comments.is_empty());
    }
}

#[test]
fn seed_003_keeps_every_sentence() {
    let Some(path) = seed("003_") else { return };
    let a = single(&path);
    let raw = std::fs::read_to_string(&path).expect("seed is UTF-8");
    for line in raw
        .lines()
        .map(str::trim)
        .filter(|l| l.split_whitespace().count() >= 3)
    {
        assert!(a.text.contains(line), "lost {line:?}");
    }
    assert!(a.comments.is_empty());
}

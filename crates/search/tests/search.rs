//! Index build, incremental update and Arabic search behaviour on small fixtures, and on the
//! seed articles from `../shared` when present.

use marsad_doc::Article;
use marsad_search::{Index, SearchRequest, SortBy};
use marsad_store::Store;
use std::path::Path;

fn article(id: &str, outlet: &str, day: &str, title: &str, body: &[&str]) -> Article {
    let mut a = Article::from_paragraphs(id, body);
    a.outlet = Some(outlet.into());
    a.title = Some(title.into());
    a.published = format!("{day}T09:00:00Z").parse().ok();
    a
}

fn fixture(dir: &Path) -> Store {
    let mut store = Store::open(&dir.join("m.db")).expect("open");
    store
        .add_articles(&[
            article(
                "a1",
                "الأهرام",
                "2020-01-13",
                "حفتر يغادر موسكو",
                &[
                    "غادر المشير خليفة حفتر موسكو دون توقيع اتفاق وقف إطلاق النار.",
                    "وقال بوتين إن المحادثات ستستمر.",
                ],
            ),
            article(
                "a2",
                "الشروق",
                "2020-01-20",
                "مؤتمر برلين",
                &["اجتمع القادة في برلين لبحث الأزمة الليبية، وحضر خليفه حفتّر المؤتمر."],
            ),
            article(
                "a3",
                "الشروق",
                "2020-02-01",
                "الاقتصاد المصري",
                &["ارتفعت أسعار النفط والغاز في الأسواق العالمية."],
            ),
        ])
        .expect("add");
    store
        .connection_for_tests()
        .execute_batch(
            "INSERT INTO actors VALUES ('haftar', 'خليفة حفتر', 'Khalifa Haftar', 'person', 'LBYMIL', 'LBY', 1);
             INSERT INTO mentions VALUES ('a1', 0, 33, 50, 'haftar', NULL, 'alias', 1.0);
             INSERT INTO mentions VALUES ('a2', 0, 0, 2, 'haftar', NULL, 'alias', 1.0);",
        )
        .expect("analysis rows");
    store
}

fn ids(index: &Index, request: &SearchRequest) -> Vec<String> {
    let mut found: Vec<String> = index
        .search(request)
        .expect("search")
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect();
    found.sort();
    found
}

#[test]
fn spelling_variants_phrases_filters_and_facets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = fixture(dir.path());
    let (index, stats) = Index::build(&store, &dir.path().join("idx")).expect("build");
    assert_eq!((stats.added, stats.total), (3, 3));

    // ة/ه, harakat and shadda, hamza on alef all fold.
    assert_eq!(ids(&index, &SearchRequest::new("خليفة حفتر")), ["a1", "a2"]);
    assert_eq!(ids(&index, &SearchRequest::new("حَفْتَر")), ["a1", "a2"]);
    assert_eq!(ids(&index, &SearchRequest::new("اطلاق")), ["a1"]);
    // Light stemming: conjunction, definite article and plural suffixes (broken plurals such as
    // سوق/أسواق are beyond a light stemmer).
    assert_eq!(ids(&index, &SearchRequest::new("أسواق")), ["a3"]);
    assert_eq!(ids(&index, &SearchRequest::new("والغازات")), ["a3"]);
    assert_eq!(ids(&index, &SearchRequest::new("ليبية")), ["a2"]);
    // Phrases keep word order; words are ANDed.
    assert_eq!(ids(&index, &SearchRequest::new("\"حفتر موسكو\"")), ["a1"]);
    assert!(ids(&index, &SearchRequest::new("\"موسكو حفتر\"")).is_empty());
    assert_eq!(ids(&index, &SearchRequest::new("حفتر برلين")), ["a2"]);
    assert_eq!(ids(&index, &SearchRequest::new("حفتر -برلين")), ["a1"]);

    let mut by_outlet = SearchRequest::new("حفتر");
    by_outlet.outlet = Some("الشروق".into());
    assert_eq!(ids(&index, &by_outlet), ["a2"]);
    let mut by_date = SearchRequest::new("");
    by_date.from = chrono::NaiveDate::from_ymd_opt(2020, 1, 14);
    by_date.to = chrono::NaiveDate::from_ymd_opt(2020, 1, 31);
    assert_eq!(ids(&index, &by_date), ["a2"]);
    let mut by_actor = SearchRequest::new("");
    by_actor.actor = Some("haftar".into());
    assert_eq!(ids(&index, &by_actor), ["a1", "a2"]);

    let results = index.search(&SearchRequest::new("حفتر")).expect("search");
    assert_eq!(results.total, 2);
    assert_eq!(
        results.facets.outlets,
        [("الأهرام".to_string(), 1), ("الشروق".to_string(), 1)]
    );
    assert_eq!(results.facets.actors, [("haftar".to_string(), 2)]);
    assert_eq!(
        results.facets.months,
        [("2020-01".to_string(), 2)],
        "months in calendar order"
    );
    // Highlights point at the stored text, harakat and shadda included.
    let a2 = results.hits.iter().find(|h| h.id == "a2").expect("a2");
    let marked: Vec<&str> = a2
        .highlights
        .iter()
        .map(|&(s, e)| &a2.snippet[s..e])
        .collect();
    assert_eq!(marked, ["حفتّر"]);
    let a1 = results.hits.iter().find(|h| h.id == "a1").expect("a1");
    let title = a1.title.as_deref().expect("title");
    assert_eq!(
        &title[a1.title_highlights[0].0..a1.title_highlights[0].1],
        "حفتر"
    );

    let mut newest = SearchRequest::new("");
    newest.sort = SortBy::Newest;
    let order: Vec<String> = index
        .search(&newest)
        .expect("search")
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(order, ["a3", "a2", "a1"]);
    // Bad syntax is ignored with a warning, never an error.
    let odd = index
        .search(&SearchRequest::new("حفتر nosuchfield:x \""))
        .expect("lenient");
    assert!(odd.total <= 2);
}

#[test]
fn incremental_update_and_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = fixture(dir.path());
    let idx = dir.path().join("idx");
    let (index, _) = Index::build(&store, &idx).expect("build");
    let nothing = index.update(&store).expect("update");
    assert_eq!((nothing.added, nothing.updated, nothing.removed), (0, 0, 0));

    store
        .add_articles(&[article(
            "a4",
            "الأهرام",
            "2020-03-01",
            "طرابلس",
            &["قصفت قوات حفتر طرابلس."],
        )])
        .expect("add");
    store
        .connection_for_tests()
        .execute_batch("INSERT INTO analyses VALUES ('a1', 'test.v1', 1, '2024-01-01T00:00:00Z');")
        .expect("analysis");
    let stats = index.update(&store).expect("update");
    assert_eq!(
        (stats.added, stats.updated, stats.removed, stats.total),
        (1, 1, 0, 4)
    );
    assert_eq!(ids(&index, &SearchRequest::new("طرابلس")), ["a4"]);
    drop(index);

    let reopened = Index::open(&idx).expect("open");
    assert_eq!(reopened.num_docs(), 4);
    let (again, stats) = Index::open_or_build(&store, &idx).expect("open_or_build");
    assert!(!stats.rebuilt);
    assert_eq!(again.num_docs(), 4);
}

#[test]
fn refuses_to_clobber_a_foreign_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = fixture(dir.path());
    let foreign = dir.path().join("photos");
    std::fs::create_dir_all(&foreign).expect("mkdir");
    std::fs::write(foreign.join("cat.jpg"), b"meow").expect("write");
    assert!(matches!(
        Index::build(&store, &foreign),
        Err(marsad_search::SearchError::NotAnIndex { .. })
    ));
    assert!(foreign.join("cat.jpg").exists());
}

#[test]
fn seeds_are_searchable() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        println!("skipped: {} missing", seeds.display());
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("seeds.db")).expect("open");
    let mut articles = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let (Some(stem), Ok(text)) = (
            path.file_stem().and_then(|s| s.to_str()),
            std::fs::read_to_string(&path),
        ) else {
            continue;
        };
        articles.push(Article::from_paragraphs(stem, text.split("\n\n")));
    }
    store.add_articles(&articles).expect("add");
    let (index, _) = Index::build(&store, &dir.path().join("idx")).expect("build");
    let found = index.search(&SearchRequest::new("حفتر")).expect("search");
    // Every seed is about Haftar; the first spells him «حتّر» (a typo) yet mentions him again.
    assert!(found.total >= 4, "found {}", found.total);
    assert!(found.hits.iter().all(|h| !h.highlights.is_empty()));
}

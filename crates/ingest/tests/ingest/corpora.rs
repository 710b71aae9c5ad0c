//! Real corpora from ../shared: a SaudiNewsNet zip and the whole ANT tarball.

use crate::common::{read_one, shared};
use marsad_ingest::Format;
use serde_json::Value;
use std::collections::HashSet;
use std::io::Read;

#[test]
fn saudinewsnet_zip_gives_one_article_per_record() {
    let Some(path) = shared("corpus/saudinewsnet/2015-07-23.zip") else {
        return;
    };
    // The reference: the records as serde_json sees them.
    let file = std::fs::File::open(&path).expect("open zip");
    let mut zip = zip::ZipArchive::new(file).expect("zip");
    let mut json = String::new();
    zip.by_index(0)
        .expect("member")
        .read_to_string(&mut json)
        .expect("read");
    let records: Vec<Value> = serde_json::from_str(&json).expect("array");
    let titled = records
        .iter()
        .filter(|r| r["title"].as_str().is_some_and(|t| !t.trim().is_empty()))
        .count();
    let with_text = records
        .iter()
        .filter(|r| r["content"].as_str().is_some_and(|t| !t.trim().is_empty()))
        .count();

    let (articles, errors) = read_one(&path);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
    assert_eq!(articles.len(), records.len());
    assert_eq!(
        articles.iter().filter(|a| a.title.is_some()).count(),
        titled
    );
    assert_eq!(articles.iter().filter(|a| !a.is_empty()).count(), with_text);
    let mut ids = HashSet::new();
    for (a, r) in articles.iter().zip(&records) {
        assert!(ids.insert(a.id.clone()), "duplicate id {}", a.id);
        assert_eq!(a.outlet.as_deref(), r["source"].as_str());
        assert_eq!(a.url.as_deref(), r["url"].as_str());
        let date = r["date_extracted"]
            .as_str()
            .unwrap_or_default()
            .replace(' ', "T")
            + "+00:00";
        assert_eq!(a.published.map(|d| d.to_rfc3339()), Some(date));
        let origin = a.origin.as_ref().expect("origin");
        assert_eq!(origin.format, Format::Json);
        assert!(
            origin.path.ends_with("2015-07-23.zip!2015-07-23.json"),
            "{}",
            origin.path
        );
        if !a.is_empty() {
            assert_eq!(a.language.as_deref(), Some("ar"), "{}", a.id);
        }
    }
    // Ids are derived from URLs, so a second read gives the same ones.
    let (again, _) = read_one(&path);
    assert!(again.iter().zip(&articles).all(|(x, y)| x.id == y.id));
}

#[test]
fn ant_tarball_gives_all_31525_docs() {
    let Some(path) = shared("corpus/ant/ant_multisource_v2.1.tar.gz") else {
        return;
    };
    let (articles, errors) = read_one(&path);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
    assert_eq!(articles.len(), 31_525);
    let outlets: HashSet<&str> = ["alarabia", "BBC", "CNN", "france24", "skynews"].into();
    let mut ids = HashSet::new();
    for a in &articles {
        assert!(ids.insert(a.id.as_str()), "duplicate id {}", a.id);
        assert_eq!(a.origin.as_ref().map(|o| o.format), Some(Format::Trec));
        assert!(
            a.outlet.as_deref().is_some_and(|o| outlets.contains(o)),
            "{}",
            a.id
        );
        assert!(a.published.is_some(), "{}", a.id);
        assert!(a.category.is_some() && a.title.is_some(), "{}", a.id);
        // The DOCNO carries the date the TIME gives (in UTC it may be the day before).
        let day = a.id.rsplit('-').next().unwrap_or_default();
        assert_eq!(day.len(), 8, "{}", a.id);
    }
    assert_eq!(
        articles.iter().filter(|a| a.is_empty()).count(),
        2,
        "two DOCs have no TEXT"
    );
    assert!(articles.iter().filter(|a| a.text.contains("حفتر")).count() >= 80);
}

//! HTML pages, RSS and Atom feeds, JSON and JSON Lines, TREC: fields and body per format.

use crate::common::{fixture, paragraphs, read_one, single};
use marsad_ingest::{Format, IngestConfig, read_bytes};

fn iso(a: &marsad_ingest::Article) -> Option<String> {
    a.published.map(|d| d.to_rfc3339())
}

#[test]
fn html_article_apart_from_chrome_and_comments() {
    let a = single(&fixture("article_with_comments.html"));
    assert_eq!(a.id, "article_with_comments");
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح مكتبة عامة جديدة في مدينة النخيل")
    );
    assert_eq!(a.outlet.as_deref(), Some("صحيفة الواحة"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://example.org/news/2021/03/library")
    );
    assert_eq!(iso(&a).as_deref(), Some("2021-03-14T06:30:00+00:00"));
    assert_eq!(a.author.as_deref(), Some("سلمى الراوي"));
    assert_eq!(a.category.as_deref(), Some("ثقافة"));
    assert_eq!(a.language.as_deref(), Some("ar"));
    assert_eq!(a.origin.as_ref().map(|o| o.format), Some(Format::Html));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 5, "{paras:#?}");
    assert!(paras[0].starts_with("افتتح مجلس بلدية مدينة النخيل"));
    assert!(paras[4].ends_with("تشجيع الشباب على القراءة."));
    for chrome in [
        "الرئيسية",
        "فيسبوك",
        "مشاهدة",
        "الوسوم",
        "اقرأ أيضاً",
        "معرض للكتاب",
        "خطوة رائعة",
        "أضف تعليقك",
        "جميع الحقوق",
        "counter",
    ] {
        assert!(!a.text.contains(chrome), "body holds {chrome:?}");
    }
    let comments: Vec<(Option<&str>, &str)> = a
        .comments
        .iter()
        .map(|c| (c.author.as_deref(), c.text.as_str()))
        .collect();
    assert_eq!(
        comments,
        [
            (
                Some("خالد من الميناء"),
                "خطوة رائعة، نتمنى أن تفتح مكتبات مماثلة في الأحياء البعيدة أيضاً."
            ),
            (
                Some("ريم"),
                "أرجو أن تمدد ساعات العمل إلى المساء حتى يستطيع الموظفون الزيارة."
            ),
        ]
    );
}

#[test]
fn html_comments_in_plain_divs_under_a_heading() {
    let a = single(&fixture("plain_div_comments.html"));
    assert_eq!(
        a.title.as_deref(),
        Some("وصول أول قطار إلى محطة الوادي الجديدة")
    );
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 4, "{paras:#?}");
    assert!(paras[0].starts_with("وصل أول قطار ركاب"));
    assert!(!a.text.contains("أخيراً بعد طول انتظار"));
    assert!(!a.text.contains("محليات"));
    let authors: Vec<Option<&str>> = a.comments.iter().map(|c| c.author.as_deref()).collect();
    assert_eq!(authors, [Some("أبو سامي"), Some("منى"), Some("طالب جامعي")]);
    assert_eq!(a.comments[1].text, "هل هناك خطة لإضافة رحلات ليلية في الصيف؟");
}

#[test]
fn rss_items_are_articles() {
    let (articles, errors) = read_one(&fixture("feed_rss.xml"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(articles.len(), 3);
    let a = &articles[0];
    assert_eq!(a.origin.as_ref().map(|o| o.format), Some(Format::Rss));
    assert_eq!(a.outlet.as_deref(), Some("نشرة الواحة"));
    assert_eq!(a.title.as_deref(), Some("افتتاح مكتبة عامة جديدة"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/news/1"));
    assert_eq!(a.id, "https://example.org/news/1");
    assert_eq!(iso(a).as_deref(), Some("2021-03-14T06:30:00+00:00"));
    assert_eq!(a.author.as_deref(), Some("سلمى الراوي"));
    assert_eq!(a.category.as_deref(), Some("ثقافة"));
    assert_eq!(paragraphs(a).len(), 2);
    // Full content wins over the summary.
    assert_eq!(
        paragraphs(&articles[1]),
        [
            "وصل أول قطار ركاب مساء الاثنين إلى محطة الوادي الجديدة.",
            "واستقبل السكان القطار بالأعلام."
        ]
    );
    // Non-Arabic items are kept, and flagged by their language.
    assert_eq!(articles[2].language.as_deref(), Some("en"));
    assert_eq!(articles[0].language.as_deref(), Some("ar"));
}

#[test]
fn atom_entries_are_articles() {
    let (articles, errors) = read_one(&fixture("feed_atom.xml"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(articles.len(), 2);
    let a = &articles[0];
    assert_eq!(a.origin.as_ref().map(|o| o.format), Some(Format::Atom));
    assert_eq!(a.title.as_deref(), Some("مهرجان الشعر يعود"));
    assert_eq!(a.url.as_deref(), Some("https://example.net/10"));
    assert_eq!(iso(a).as_deref(), Some("2022-05-03T05:00:00+00:00"));
    assert_eq!(a.author.as_deref(), Some("منى"));
    assert_eq!(paragraphs(a).len(), 2);
    assert_eq!(
        iso(&articles[1]).as_deref(),
        Some("2022-05-02T10:00:00+00:00")
    );
    assert_eq!(
        paragraphs(&articles[1]),
        ["يقام سوق الكتب المستعملة كل جمعة في الحديقة العامة."]
    );
}

#[test]
fn html_without_body_is_an_error() {
    let (articles, errors) = read_one(&fixture("no_body.html"));
    assert!(articles.is_empty());
    assert_eq!(errors.len(), 1);
    let message = errors[0].to_string();
    assert!(
        message.ends_with("no_body.html: HTML: the page has no <body> text"),
        "{message}"
    );
}

#[test]
fn json_array_and_lines() {
    let cfg = IngestConfig::default();
    let array = r#"[
        {"id": "a1", "url": "https://e.org/1", "title": "عنوان", "text": "فقرة أولى.\n\nفقرة ثانية.",
         "published": "2020-01-19T10:00:00+02:00", "outlet": "وكالة", "author": ["أ", "ب"]},
        {"headline": "بلا معرف", "body": "نص.", "pubDate": "Sun, 19 Jan 2020 08:00:00 GMT", "source": {"name": "موقع"}}
    ]"#;
    let out = read_bytes("batch.json", array.as_bytes(), &cfg);
    let a = out[0].as_ref().expect("record 0");
    assert_eq!(a.id, "a1");
    assert_eq!(a.author.as_deref(), Some("أ, ب"));
    assert_eq!(iso(a).as_deref(), Some("2020-01-19T08:00:00+00:00"));
    assert_eq!(a.origin.as_ref().map(|o| o.format), Some(Format::Json));
    let b = out[1].as_ref().expect("record 1");
    // No id: the outlet plus a hash of the URL, or of title and text without a URL.
    assert!(b.id.starts_with("موقع-"), "{}", b.id);
    assert_eq!(b.outlet.as_deref(), Some("موقع"));

    let lines = "{\"id\": 1, \"content\": \"أ.\"}\n\n{\"id\": 2, \"content\": \"ب.\"}\n";
    let out = read_bytes("feed.jsonl", lines.as_bytes(), &cfg);
    let ids: Vec<&str> = out.iter().flatten().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["1", "2"]);
    assert!(
        out.iter()
            .flatten()
            .all(|a| a.origin.as_ref().map(|o| o.format) == Some(Format::Jsonl))
    );
}

#[test]
fn trec_is_detected_from_content_not_extension() {
    let doc = "<DOC>\n<DOCNO>T-1</DOCNO>\n<SRC>bbc</SRC>\n<TITLE>عنوان</TITLE>\n<TIME>Mon, 26 Feb 2018 02:20:10 GMT</TIME>\n<TEXT>\nنص الخبر.\n</TEXT>\n</DOC>\n\
               <DOC>\n<DOCNO>T-2</DOCNO>\n<TEXT>\nخبر ثان.\n</TEXT>\n</DOC>\n";
    let out = read_bytes("AL-culture-1.txt", doc.as_bytes(), &IngestConfig::default());
    let ids: Vec<&str> = out.iter().flatten().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["T-1", "T-2"]);
    let a = out[0].as_ref().expect("doc 0");
    assert_eq!(a.origin.as_ref().map(|o| o.format), Some(Format::Trec));
    assert_eq!(iso(a).as_deref(), Some("2018-02-26T02:20:10+00:00"));
}

#[test]
fn html_wordpress_layout() {
    let a = single(&fixture("wordpress_style.html"));
    // Title, date, author, outlet and section from JSON-LD.
    assert_eq!(
        a.title.as_deref(),
        Some("مزارعو الوادي يبدأون موسم قطف الزيتون مبكراً")
    );
    assert_eq!(iso(&a).as_deref(), Some("2023-10-02T04:15:00+00:00"));
    assert_eq!(a.author.as_deref(), Some("هشام العلي"));
    assert_eq!(a.outlet.as_deref(), Some("مدونة الريف"));
    assert_eq!(a.category.as_deref(), Some("زراعة"));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3, "{paras:#?}");
    for chrome in [
        "إعلان",
        "شارك",
        "ذات صلة",
        "أسعار الزيت",
        "يقطف الزيتون",
        "أحدث المقالات",
        "قال:",
    ] {
        assert!(!a.text.contains(chrome), "body holds {chrome:?}");
    }
    let comments: Vec<(Option<&str>, &str)> = a
        .comments
        .iter()
        .map(|c| (c.author.as_deref(), c.text.as_str()))
        .collect();
    assert_eq!(
        comments,
        [
            (
                Some("أم يوسف"),
                "موسم مبارك على الجميع، زيت هذه السنة ممتاز فعلاً."
            ),
            (Some("Sami"), "متى تفتح المعصرة الجديدة بالتحديد؟"),
            (
                Some("مزارع قديم"),
                "نحتاج إلى دعم أكبر لأسعار الأسمدة.\nوالطرق الزراعية بحاجة إلى صيانة."
            ),
        ]
    );
}

#[test]
fn html_old_table_layout_with_br_paragraphs() {
    let a = single(&fixture("table_layout.html"));
    // The <title> segment that is printed above the text is the headline.
    assert_eq!(
        a.title.as_deref(),
        Some("وزارة الصحة تطلق حملة تطعيم في المدارس")
    );
    // No metadata: the date line above the text is read.
    assert_eq!(iso(&a).as_deref(), Some("2020-01-12T00:00:00+00:00"));
    assert_eq!(a.author.as_deref(), Some("م.ع"));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3, "{paras:#?}");
    assert!(paras[0].starts_with("أطلقت وزارة الصحة"));
    for chrome in [
        "الصفحة الأولى",
        "ارتفاع أسعار الخضار",
        "جميع الحقوق",
        "يناير",
    ] {
        assert!(!a.text.contains(chrome), "body holds {chrome:?}");
    }
}

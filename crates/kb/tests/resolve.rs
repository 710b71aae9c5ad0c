//! Resolution paths, each on real sentences from the seed articles (quoted inline, trimmed),
//! against the repository's states/IGOs/titles and the small people fixture.

mod common;

use chrono::NaiveDate;
use common::{fixture_kb, render};
use marsad_kb::{How, Kb, NerLabel, Resolver, ResolverConfig, Span};
use std::sync::OnceLock;

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(fixture_kb)
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Resolves `text` at `date` and compares `surface → id code How` lines.
fn check(text: &str, date: Option<NaiveDate>, expected: &[&str]) {
    let got = render(text, &kb().resolve(text, date, &[]));
    assert_eq!(got, expected, "\n{text}");
}

const JAN_2020: (i32, u32, u32) = (2020, 1, 15);

fn jan_2020() -> Option<NaiveDate> {
    day(JAN_2020.0, JAN_2020.1, JAN_2020.2)
}

// ---- aliases through clitics, on word boundaries ----

#[test]
fn aliases_through_proclitics() {
    // 004: «التابعة للسراج عن دخول قواتها لمدينة مصراتة الموالية لحفتر»
    check(
        "التابعة للسراج عن دخول قواتها لمدينة مصراتة الموالية لحفتر",
        jan_2020(),
        &[
            "سراج → lby.sarraj_fayez LBYGOV Alias",
            "مصراتة → place.lby.misrata LBY Alias",
            "حفتر → lby.haftar_khalifa LBYMIL Alias",
        ],
    );
    // 000: «والمعروف أن بوتين وأردوغان كانا عدوين لدودين»
    check(
        "والمعروف أن بوتين وأردوغان كانا عدوين لدودين",
        jan_2020(),
        &[
            "بوتين → rus.putin RUSGOV Alias",
            "أردوغان → tur.erdogan TURGOV Alias",
        ],
    );
    check(
        "كان ذلك في تصريح بالسراج والروس",
        jan_2020(),
        &[
            "السراج → lby.sarraj_fayez LBYGOV Alias",
            "الروس → state.rus RUS Demonym",
        ],
    );
}

#[test]
fn no_match_inside_words() {
    // «مصراتة» is not «مصر», «مصرف» neither; «قطرات» is not «قطر», «عمانوئيل» not «عمان».
    check(
        "دخول قواتها لمدينة مصراتة ومصرف ليبيا المركزي",
        None,
        &[
            "مصراتة → place.lby.misrata LBY Alias",
            "مصرف ليبيا المركزي → lby.cbl LBYGOV Alias",
        ],
    );
    check("قطرات المطر وعمانوئيل ماكرون", None, &[]);
    // «دفتر» is one edit from «حفتر» but is a word of its own: never forced.
    check("كتب في دفتر صغير", None, &[]);
}

#[test]
fn spans_point_into_the_original_text() {
    let text = "قال الرئيسُ التّركيّ رجب طيب أردوغان";
    let mentions = kb().resolve(text, jan_2020(), &[]);
    assert_eq!(mentions.len(), 1);
    assert_eq!(
        &text[mentions[0].span.range()],
        "الرئيسُ التّركيّ رجب طيب أردوغان"
    );
}

// ---- typo tolerance ----

#[test]
fn typo_in_a_name_resolves_when_the_first_name_agrees() {
    // 000: «كان على الجنرال خليفه حتّر أن ينسحب من إجتماع موسكو … واستدرجا الجنرال خليفة حتّر إلى موسكو»
    let text = "كان على الجنرال خليفه حتّر أن ينسحب من إجتماع موسكو. ثم قيل إن حتّر غادر.";
    let got = render(text, &kb().resolve(text, jan_2020(), &[]));
    assert_eq!(
        got,
        [
            "خليفه حتّر → lby.haftar_khalifa LBYMIL Fuzzy",
            "موسكو → state.rus RUS Alias",
            "حتّر → lby.haftar_khalifa LBYMIL Fuzzy",
        ]
    );
}

#[test]
fn a_lone_rare_token_is_not_forced() {
    check(
        "ثم قيل إن حتّر غادر موسكو",
        None,
        &["موسكو → state.rus RUS Alias"],
    );
    // A first name followed by an unrelated word is no typo of the family name.
    check("قال خليفة الزهراني", None, &[]);
}

// ---- titles and roles by date ----

#[test]
fn titles_resolve_to_the_holder_at_the_date() {
    // 000: «والغريب أن الرئيس التركي لم يخجل»
    check(
        "والغريب أن الرئيس التركي لم يخجل",
        jan_2020(),
        &["الرئيس التركي → tur.erdogan TURGOV Title"],
    );
    // 001: «ولفتت إلى أن وزير الخارجية الروسي الذي تعرض للإحراج»
    check(
        "ولفتت إلى أن وزير الخارجية الروسي الذي تعرض للإحراج",
        jan_2020(),
        &["وزير الخارجية الروسي → rus.lavrov RUSGOV Title"],
    );
    // 001: «ورئيس حكومة الوفاق فائز السراج، رفضا لقاء حفتر» (without the name)
    check(
        "أن رئيس حكومة الوفاق رفض لقاء حفتر",
        jan_2020(),
        &[
            "رئيس حكومة الوفاق → lby.sarraj_fayez LBYGOV Title",
            "حفتر → lby.haftar_khalifa LBYMIL Alias",
        ],
    );
    // 000: «وبادر إلى توعد قائد الجيش الوطني الليبي بالثبور»
    check(
        "وبادر إلى توعد قائد الجيش الوطني الليبي بالثبور",
        jan_2020(),
        &["قائد الجيش الوطني الليبي → lby.haftar_khalifa LBYMIL Title"],
    );
}

#[test]
fn the_holder_depends_on_the_date() {
    // In 2010 Erdoğan was prime minister: «رئيس الوزراء التركي» is him, «الرئيس التركي» not
    // (the fixture has no 2010 president, so the title falls back to the state).
    check(
        "قال رئيس الوزراء التركي",
        day(2010, 5, 1),
        &["رئيس الوزراء التركي → tur.erdogan TURGOV Title"],
    );
    check(
        "قال الرئيس التركي",
        day(2010, 5, 1),
        &["الرئيس التركي → state.tur TURGOV Title"],
    );
    check(
        "قال رئيس الوزراء التركي",
        jan_2020(),
        &["رئيس الوزراء التركي → state.tur TURGOV Title"],
    );
}

#[test]
fn unknown_holder_falls_back_to_the_state_with_the_office_sector() {
    check(
        "وقال وزير الدفاع الفرنسي",
        jan_2020(),
        &["وزير الدفاع الفرنسي → state.fra FRAGOV Title"],
    );
    check(
        "أكد رئيس الأركان المصري",
        jan_2020(),
        &["رئيس الأركان المصري → state.egy EGYMIL Title"],
    );
    // 004: «مؤخرا كشف الأمين العام للأمم المتحدة عن حصول تفاهمات»
    check(
        "مؤخرا كشف الأمين العام للأمم المتحدة عن حصول تفاهمات",
        jan_2020(),
        &["الأمين العام للأمم المتحدة → igo.un IGOUNO Title"],
    );
}

#[test]
fn a_title_with_the_name_in_apposition_is_one_mention() {
    // 003: «ومن قبلها زيارات وزير الخارجية التركي، "مولود تشاووش أوغلو"»
    check(
        "ومن قبلها زيارات وزير الخارجية التركي، “مولود تشاووش أوغلو”",
        jan_2020(),
        &["وزير الخارجية التركي، “مولود تشاووش أوغلو → tur.cavusoglu TURGOV Alias"],
    );
    // 002: «المتحدث باسم القوات الليبية العقيد أحمد المسماري»
    check(
        "أن يعلن المتحدث باسم القوات الليبية العقيد أحمد المسماري",
        jan_2020(),
        &["المتحدث باسم القوات الليبية العقيد أحمد المسماري → lby.mismari_ahmed LBYMIL Alias"],
    );
}

#[test]
fn an_office_posted_to_a_place_is_its_named_holder_or_only_the_organisation() {
    // «إلى اليمن»: the name after the destination holds the post.
    check(
        "وزار مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث صنعاء",
        jan_2020(),
        &[
            "مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث → un.griffiths_martin IGOUNO Alias",
            "صنعاء → state.yem YEM Alias",
        ],
    );
    // Without a name, the UN envoy to Yemen is not the one the table has for Libya.
    check(
        "وقال مبعوث الأمم المتحدة إلى اليمن إن",
        jan_2020(),
        &[
            "مبعوث الأمم المتحدة → igo.un IGOUNO Title",
            "اليمن → state.yem YEM Alias",
        ],
    );
    check(
        "وقال مبعوث الأمم المتحدة إن",
        jan_2020(),
        &["مبعوث الأمم المتحدة → un.salame_ghassan IGOUNO Title"],
    );
}

#[test]
fn the_office_of_a_named_person_is_not_that_person() {
    // 003: «وصل مدير مخابرات "حفتر"» — Haftar's intelligence chief is not Haftar; the name stays.
    check(
        "وصل مدير مخابرات حفتر إلى دمشق",
        jan_2020(),
        &[
            "حفتر → lby.haftar_khalifa LBYMIL Alias",
            "دمشق → state.syr SYR Alias",
        ],
    );
}

// ---- coreference of short forms ----

#[test]
fn ranks_and_descriptors_refer_back() {
    // 003: «موالين للانقلابي الليبي خليفة حفتر … ما إذا كان الجنرال الليبي يخطط»
    check(
        "زيارة وفد موالين للانقلابي الليبي خليفة حفتر إلى سوريا، وما إذا كان الجنرال الليبي يخطط",
        jan_2020(),
        &[
            "خليفة حفتر → lby.haftar_khalifa LBYMIL Alias",
            "سوريا → state.syr SYR Alias",
            "الجنرال الليبي → lby.haftar_khalifa LBYMIL Coref",
        ],
    );
    // 001: «قبيل "هروب" اللواء المتقاعد خليفة حفتر … طالبا اللواء المتقاعد الليبي بالانسحاب»
    check(
        "هروب اللواء المتقاعد خليفة حفتر من موسكو، وطالبا اللواء المتقاعد الليبي بالانسحاب ثم المشير",
        jan_2020(),
        &[
            "خليفة حفتر → lby.haftar_khalifa LBYMIL Alias",
            "موسكو → state.rus RUS Alias",
            "اللواء المتقاعد الليبي → lby.haftar_khalifa LBYMIL Coref",
            "المشير → lby.haftar_khalifa LBYMIL Coref",
        ],
    );
}

#[test]
fn family_names_and_weak_aliases_refer_back() {
    // 001: «رئيس مجلس الدولة الليبي خالد المشري» … then «المشري» alone.
    check(
        "التقى خالد المشري بالوفد، وقال المشري إن صالح غائب",
        jan_2020(),
        &[
            "خالد المشري → lby.mishri_khalid LBYGOV Alias",
            "المشري → lby.mishri_khalid LBYGOV Coref",
        ],
    );
    // «صالح» is weak: only after «عقيلة صالح» is named; «لصالح» ("in favour of") never.
    check(
        "قال عقيلة صالح إن القرار لصالح الليبيين، وأضاف صالح",
        jan_2020(),
        &[
            "عقيلة صالح → lby.saleh_aguila LBYLEG Alias",
            "الليبيين → state.lby LBY Demonym",
            "صالح → lby.saleh_aguila LBYLEG Coref",
        ],
    );
}

// ---- demonyms: parties, bodies, collectives, modifiers ----

#[test]
fn demonyms_standing_for_a_party() {
    // 001: «بدأت اجتماعات المائدة المستديرة بين الجانبين الروسي والتركي»
    check(
        "بدأت اجتماعات المائدة المستديرة بين الجانبين الروسي والتركي",
        None,
        &[
            "الجانبين الروسي → state.rus RUS Demonym",
            "التركي → state.tur TUR Demonym",
        ],
    );
    // 001: «قام الوسطاء الروس والأتراك، بتحركات دبلوماسية»
    check(
        "قام الوسطاء الروس والأتراك، بتحركات دبلوماسية",
        None,
        &[
            "الوسطاء الروس → state.rus RUS Demonym",
            "الأتراك → state.tur TUR Demonym",
        ],
    );
    // 003: «ومنذ قرار البرلمان التركي، إرسال قوات»; «فإن الجيش المصري يتراجع»
    check(
        "ومنذ قرار البرلمان التركي، إرسال قوات",
        None,
        &["البرلمان التركي → state.tur TURLEG Demonym"],
    );
    check(
        "فإن الجيش المصري يتراجع على الأرض",
        None,
        &["الجيش المصري → state.egy EGYMIL Demonym"],
    );
    check(
        "وأعلنت الحكومة المصرية",
        None,
        &["الحكومة المصرية → state.egy EGYGOV Demonym"],
    );
    // 002: «لقاء ممثليه مع مسؤولين روس في موسكو»
    check(
        "لقاء ممثليه مع مسؤولين روس في موسكو",
        None,
        &[
            "مسؤولين روس → state.rus RUSGOV Demonym",
            "موسكو → state.rus RUS Alias",
        ],
    );
}

#[test]
fn demonyms_that_only_modify_a_noun_are_no_actors() {
    // 000: «ولأصبحت ليبيا محمية روسية - تركية»; «الغاز الروسي»
    let text = "ولأصبحت ليبيا محمية روسية - تركية واعتمدت على الغاز الروسي";
    check(text, None, &["ليبيا → state.lby LBY Alias"]);
    let mut config = ResolverConfig::standard();
    config.modifiers = true;
    let got = render(text, &Resolver::new(kb(), config).resolve(text, None, &[]));
    assert_eq!(
        got,
        [
            "ليبيا → state.lby LBY Alias",
            "روسية → state.rus RUS Modifier",
            "تركية → state.tur TUR Modifier",
            "الروسي → state.rus RUS Modifier",
        ]
    );
    let modifiers = Resolver::new(
        kb(),
        ResolverConfig {
            modifiers: true,
            ..ResolverConfig::standard()
        },
    )
    .resolve(text, None, &[]);
    assert!(
        modifiers
            .iter()
            .filter(|m| m.how == How::Modifier)
            .all(|m| m.confidence < 0.5)
    );
}

// ---- metonyms ----

#[test]
fn seats_of_power_and_capitals() {
    // 001: «كان يتوقع أن يفرش له السجاد الأحمر في الكرملين»; «القاهرة وأبو ظبي طالبا»
    check(
        "أن يفرش له السجاد الأحمر في الكرملين، وأن القاهرة وأبو ظبي طالبا",
        None,
        &[
            "الكرملين → state.rus RUSGOV Alias",
            "القاهرة → state.egy EGY Alias",
            "أبو ظبي → state.are ARE Alias",
        ],
    );
    check(
        "وقال البيت الأبيض والبنتاغون والإليزيه وأبوظبي",
        None,
        &[
            "البيت الأبيض → state.usa USAGOV Alias",
            "البنتاغون → state.usa USAMIL Alias",
            "الإليزيه → state.fra FRAGOV Alias",
            "أبوظبي → state.are ARE Alias",
        ],
    );
}

#[test]
fn tripoli_is_libya_only_in_an_article_about_libya() {
    check("وصل الوفد إلى طرابلس أمس", None, &[]);
    // 004: «انسحاب قوات حفتر من جنوب طرابلس»: Haftar is Libyan, so the article is about Libya.
    check(
        "انسحاب قوات حفتر من جنوب طرابلس",
        None,
        &[
            "حفتر → lby.haftar_khalifa LBYMIL Alias",
            "طرابلس → state.lby LBY Alias",
        ],
    );
}

#[test]
fn amman_or_oman_from_context() {
    // 001: «غادر موسكو في طائرة خاصة متجها إلى العاصمة الأردنية، عمان»
    check(
        "متجها إلى العاصمة الأردنية، عمان",
        None,
        &["عمان → state.jor JOR Alias"],
    );
    check(
        "وزار الوزير عمان والكويت",
        None,
        &["عمان → state.omn OMN Alias", "الكويت → state.kwt KWT Alias"],
    );
}

// ---- places (places.tsv): a city stands for itself, coded with its country ----

#[test]
fn a_place_named_anywhere_counts_in_any_article() {
    // 004: «أعلنت مصادر من غرفة عمليات بركان الغضب عن دخول قواتها لمدينة مصراتة»
    check(
        "أعلنت مصادر عن دخول قواتها لمدينة مصراتة",
        None,
        &["مصراتة → place.lby.misrata LBY Alias"],
    );
}

#[test]
fn a_city_after_in_is_still_surely_the_city() {
    let mentions = kb().resolve("قصفت الطائرات السورية مواقع في حلب", None, &[]);
    let conf: Vec<f32> = mentions.iter().map(|m| m.confidence).collect();
    assert_eq!(conf.len(), 2);
    assert!(conf[1] > 0.5, "{conf:?}");
}

#[test]
fn a_city_governor_mayor_or_police_is_its_country_with_their_sector() {
    check(
        "قال محافظ مصراتة",
        None,
        &["محافظ مصراتة → place.lby.misrata LBYGOV Title"],
    );
    check(
        "قال عميد بلدية مصراتة",
        None,
        &["عميد بلدية مصراتة → place.lby.misrata LBYGOV Title"],
    );
    check(
        "اعتقلت شرطة مصراتة رجلا",
        None,
        &["شرطة مصراتة → place.lby.misrata LBYCOP Demonym"],
    );
    // «وإلى» ("and to") shares its search key with «والي» (a governor): no title.
    check(
        "وصل الوفد إلى طرابلس وإلى مصراتة",
        None,
        &[
            "طرابلس → state.lby LBY Alias",
            "مصراتة → place.lby.misrata LBY Alias",
        ],
    );
}

#[test]
fn other_places_count_only_next_to_their_country() {
    // «حماة» is also "protectors", «حلب» "milking": alone they are no place.
    check("قصفت الطائرات حماة وحلب", None, &[]);
    check(
        "قصفت الطائرات السورية حماة وحلب",
        None,
        &[
            "الطائرات السورية → state.syr SYRMIL Demonym",
            "حماة → place.syr.hama SYR Alias",
            "حلب → place.syr.aleppo SYR Alias",
        ],
    );
}

#[test]
fn places_make_the_article_about_their_country_only_when_they_count() {
    // Three conditional places and nothing else Syrian: no focus, so the police is nobody's.
    check("قالت الشرطة في حماة وحمص وحلب", None, &[]);
    check(
        "قالت الشرطة في إدلب السورية وحماة وحمص وحلب",
        None,
        &[
            "الشرطة → state.syr SYRCOP Local",
            "إدلب → place.syr.idlib SYR Alias",
            "حماة → place.syr.hama SYR Alias",
            "حمص → place.syr.homs SYR Alias",
            "حلب → place.syr.aleppo SYR Alias",
        ],
    );
}

#[test]
fn a_capital_as_a_place_has_low_confidence() {
    let mentions = kb().resolve("عقد الاجتماع في موسكو ثم قالت موسكو", None, &[]);
    let conf: Vec<f32> = mentions.iter().map(|m| m.confidence).collect();
    assert_eq!(conf.len(), 2);
    assert!(conf[0] <= 0.5 && conf[1] > 0.8, "{conf:?}");
}

#[test]
fn igos_and_ngos() {
    // 002: «بقرار مجلس الأمن الدولي الصادر في شهر فبراير 2011»; 004: «فان الاتحاد الأوروبي لن يكون»
    check(
        "بقرار مجلس الأمن الدولي، والاتحاد الأوروبي وحلف الناتو والاتحاد الأفريقي وجامعة الدول العربية والصليب الأحمر",
        None,
        &[
            "مجلس الأمن الدولي → igo.unsc IGOUNO Alias",
            "الاتحاد الأوروبي → igo.eu IGOEUREEC Alias",
            "حلف الناتو → igo.nato IGOWSTNAT Alias",
            "الاتحاد الأفريقي → igo.au IGOAFRAFU Alias",
            "جامعة الدول العربية → igo.arab_league IGOMEAARL Alias",
            "الصليب الأحمر → ngo.icrc NGOHLHIRC Alias",
        ],
    );
    // «مجلس الأمن القومي» is a national body, not the UN Security Council.
    check("اجتمع مجلس الأمن القومي التركي", None, &[]);
}

// ---- NER spans ----

#[test]
fn unknown_ner_spans_become_unresolved_actors() {
    // 002: «فقد قال ماتيو توالدو، خبير الشؤون الدولية»
    let text = "فقد قال ماتيو توالدو، خبير الشؤون الدولية";
    let start = text.find("ماتيو").unwrap();
    let end = text.find('،').unwrap();
    let spans = [(Span::new(start, end), NerLabel::Person)];
    let mentions = kb().resolve(text, None, &spans);
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].actor.id, "unresolved.ماتيو_توالدو");
    assert_eq!(mentions[0].how, How::Ner);
    assert_eq!(mentions[0].actor.kind, marsad_kb::ActorKind::Person);
    // A span the resolver already covers adds nothing.
    let text = "قال حفتر";
    let spans = [(
        Span::new(text.find("حفتر").unwrap(), text.len()),
        NerLabel::Person,
    )];
    assert_eq!(kb().resolve(text, None, &spans).len(), 1);
}

#[test]
fn an_ordinary_word_tagged_as_a_name_is_no_actor() {
    // 000: «وأين هي الولايات المتحدة» — the tagger took «وأين» for a person.
    let text = "وأين هي الولايات المتحدة";
    let spans = [(Span::new(0, text.find(' ').unwrap()), NerLabel::Person)];
    let mentions = kb().resolve(text, None, &spans);
    assert!(mentions.iter().all(|m| m.how != How::Ner), "{mentions:?}");
}

#[test]
fn a_glued_conjunction_does_not_make_a_second_unresolved_actor() {
    let text = "اعتقل عشماوي في درنة، ونقل وعشماوي إلى القاهرة. والتقى وليد الوفد.";
    let span_of = |word: &str, nth: usize| {
        let start = text.match_indices(word).nth(nth).unwrap().0;
        (Span::new(start, start + word.len()), NerLabel::Person)
    };
    let spans = [
        span_of("عشماوي", 0),
        span_of("وعشماوي", 0),
        span_of("وليد", 0),
    ];
    let mentions = kb().resolve(text, None, &spans);
    let found: Vec<(&str, &str)> = mentions
        .iter()
        .filter(|m| m.how == How::Ner)
        .map(|m| (&text[m.span.range()], m.actor.id.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("عشماوي", "unresolved.عشماوي"),
            ("عشماوي", "unresolved.عشماوي"),
            // No bare «ليد» is named, so «وليد» is a name, not و + ليد.
            ("وليد", "unresolved.وليد"),
        ]
    );
}

#[test]
fn a_compatriot_named_in_apposition_is_who_the_title_means() {
    // Rouhani held the office in 2019; the text names Khamenei (president in the 1980s).
    check(
        "قال الرئيس الإيراني علي خامنئي",
        day(2019, 5, 1),
        &["الرئيس الإيراني علي خامنئي → irn.khamenei_ali IRNGOV Alias"],
    );
}

#[test]
fn a_bare_title_refers_back_only_to_someone_given_that_title() {
    // «الأمير» and «الرئيس» both name a head of state, but the article called Assad «الرئيس».
    let text = "التقى الرئيس السوري بشار الأسد الوفد. وقال الأمير إن الزيارة مهمة. وأكد الرئيس ذلك.";
    let got = render(text, &kb().resolve(text, jan_2020(), &[]));
    assert_eq!(
        got,
        [
            "الرئيس السوري بشار الأسد → syr.assad_bashar SYRGOV Alias",
            "الرئيس → syr.assad_bashar SYRGOV Coref",
        ]
    );
}

#[test]
fn a_ner_span_loses_a_clitic_before_a_known_given_name_and_leading_function_words() {
    // «لخالد يوسف»: «خالد» is a given name the base knows (Khalid al-Mishri), «لخالد» is not.
    let text = "وجه رئيس الاتحاد انتقادات لخالد يوسف. وأكدت العائلة أن عبد اللطيف قتل.";
    let span_of = |words: &str| {
        let start = text.find(words).unwrap();
        (Span::new(start, start + words.len()), NerLabel::Person)
    };
    let spans = [span_of("لخالد يوسف"), span_of("أن عبد اللطيف")];
    let found: Vec<(&str, String)> = kb()
        .resolve(text, None, &spans)
        .iter()
        .filter(|m| m.how == How::Ner)
        .map(|m| (&text[m.span.range()], m.actor.id.clone()))
        .collect();
    assert_eq!(
        found,
        [
            ("خالد يوسف", "unresolved.خالد_يوسف".to_string()),
            ("عبد اللطيف", "unresolved.عبد_اللطيف".to_string()),
        ]
    );
}

#[test]
fn ner_spans_confirm_weak_aliases_and_typos() {
    let text = "وصل الوفد إلى مالي";
    assert!(kb().resolve(text, None, &[]).is_empty());
    let spans = [(
        Span::new(text.find("مالي").unwrap(), text.len()),
        NerLabel::Location,
    )];
    let got = render(text, &kb().resolve(text, None, &spans));
    assert_eq!(got, ["مالي → state.mli MLI Alias"]);
    // A misspelt name tagged PER near an article mention of the person.
    let text = "قال لافروف ثم أكد لافرووف";
    let start = text.rfind("لافرووف").unwrap();
    let spans = [(Span::new(start, text.len()), NerLabel::Person)];
    let got = render(text, &kb().resolve(text, None, &spans));
    assert_eq!(
        got,
        [
            "لافروف → rus.lavrov RUSGOV Alias",
            "لافرووف → rus.lavrov RUSGOV Fuzzy"
        ]
    );
}

// ---- reviewed pitfalls: titles that compose to the wrong office ----

#[test]
fn the_commander_in_chief_is_the_commander_not_the_chief_of_staff() {
    // «القائد العام» is Haftar's title; al-Nadhuri is the LNA's chief of staff.
    check(
        "قال القائد العام للجيش الوطني الليبي إن",
        jan_2020(),
        &["القائد العام للجيش الوطني الليبي → lby.haftar_khalifa LBYMIL Title"],
    );
    check(
        "وقال رئيس أركان الجيش الوطني الليبي",
        jan_2020(),
        &["رئيس أركان الجيش الوطني الليبي → lby.nadhuri_abdulrazek LBYMIL Title"],
    );
}

#[test]
fn the_supreme_leader_is_not_the_president() {
    check(
        "قال المرشد الإيراني إن",
        jan_2020(),
        &["المرشد الإيراني → irn.khamenei_ali IRNGOV Title"],
    );
    check(
        "وقال المرشد الأعلى الإيراني",
        jan_2020(),
        &["المرشد الأعلى الإيراني → irn.khamenei_ali IRNGOV Title"],
    );
    check(
        "قال الرئيس الإيراني",
        jan_2020(),
        &["الرئيس الإيراني → irn.rouhani_hassan IRNGOV Title"],
    );
}

#[test]
fn a_central_bank_governor() {
    check(
        "قال محافظ مصرف ليبيا المركزي",
        jan_2020(),
        &["محافظ مصرف ليبيا المركزي → lby.kabir_sadiq LBYGOV Title"],
    );
    // «محافظة» is a governorate, not a governor.
    check(
        "في محافظة القاهرة",
        jan_2020(),
        &["القاهرة → state.egy EGY Alias"],
    );
}

#[test]
fn an_adjective_agrees_with_its_noun_in_definiteness() {
    // «الأمير تركي الفيصل» is Prince Turki, «العقيد تركي» a colonel named Turki.
    check("قال الأمير تركي الفيصل", jan_2020(), &[]);
    check("قال العقيد تركي", jan_2020(), &[]);
    // «ألمانية» starts with a hamza, not the article: indefinite, like «شركات».
    check(
        "وقعت شركات ألمانية عقودا",
        None,
        &["شركات ألمانية → state.deu DEUBUS Demonym"],
    );
    check(
        "دعا للرئيس التركي",
        jan_2020(),
        &["رئيس التركي → tur.erdogan TURGOV Title"],
    );
}

// ---- reviewed pitfalls: common words taken for names ----

#[test]
fn ordinals_adjectives_and_theophoric_halves_are_no_family_names() {
    check(
        "قال الملك محمد السادس ثم جاء القرن السادس",
        jan_2020(),
        &["الملك محمد السادس → mar.mohammed_vi MARGOV Alias"],
    );
    check(
        "قال سيف الإسلام القذافي إن الإسلام دين",
        jan_2020(),
        &["سيف الإسلام القذافي → lby.gaddafi_saif LBYELI Alias"],
    );
    check(
        "قال الصديق الكبير إن العجز الكبير",
        jan_2020(),
        &["الصديق الكبير → lby.kabir_sadiq LBYGOV Alias"],
    );
    // A real family name still refers back.
    check(
        "قال عبد الرازق الناظوري ثم أكد الناظوري",
        jan_2020(),
        &[
            "عبد الرازق الناظوري → lby.nadhuri_abdulrazek LBYMIL Alias",
            "الناظوري → lby.nadhuri_abdulrazek LBYMIL Alias",
        ],
    );
}

#[test]
fn function_words_are_never_fuzzy_matched_to_names() {
    // «على» and «علي» share a search key; the strict key keeps them apart.
    check("ثم وقف على العرض وجلس على كرسي", jan_2020(), &[]);
    check("وعلى العرض", jan_2020(), &[]);
    // The name itself, and a real typo of its family name, still resolve.
    check(
        "قال علي العريض",
        jan_2020(),
        &["علي العريض → tun.laarayedh_ali TUNGOV Alias"],
    );
    check(
        "قال علي العريص",
        jan_2020(),
        &["علي العريص → tun.laarayedh_ali TUNGOV Fuzzy"],
    );
    // «محمد» is a given name of its own (it anchors «محمد السادس»): no typo of «أحمد».
    check("قال خالد بن محمد", jan_2020(), &[]);
}

#[test]
fn another_family_name_is_no_misspelling() {
    // Two letters off «المسماري», neither a spelling of its sound nor a dot away: another
    // Ahmed (as «أسعد العيداني» is no «أسعد الشيباني»).
    check("قال أحمد المسلاتي", jan_2020(), &[]);
    // A vowel letter added, or «ص» for «س», is a spelling.
    check(
        "قال أحمد الماسماري",
        jan_2020(),
        &["أحمد الماسماري → lby.mismari_ahmed LBYMIL Fuzzy"],
    );
    check(
        "قال أحمد المصماري",
        jan_2020(),
        &["أحمد المصماري → lby.mismari_ahmed LBYMIL Fuzzy"],
    );
}

#[test]
fn common_words_are_no_capitals_unless_their_state_is_named() {
    // «مالية» "financial" has the key of Malé «ماليه»; «العيون» "the eyes", Laayoune;
    // «ديلي» the "Daily" of «ديلي ميل», Dili; «مجريات» "the course of", a Hungarian plural.
    check(
        "فرضت عقوبات مالية وقالت صحيفة ديلي ميل إن مجريات الأحداث تغيرت أمام العيون",
        None,
        &[],
    );
    check(
        "وصل وزير خارجية جزر المالديف إلى ماليه",
        None,
        &[
            "وزير خارجية جزر المالديف → state.mdv MDVGOV Title",
            "ماليه → state.mdv MDV Alias",
        ],
    );
    check(
        "سألته كيف حالك في كييف",
        None,
        &["كييف → state.ukr UKR Alias"],
    );
}

#[test]
fn a_weak_alias_resolves_when_the_article_names_its_head() {
    // 004: «تصريح للسراج … سوف يشجع الوفاق للذهاب للمفاوضات»: Sarraj heads the GNA.
    check(
        "كان ذلك في تصريح للسراج، ثم قيل إن ذلك سوف يشجع الوفاق للذهاب للمفاوضات",
        jan_2020(),
        &[
            "سراج → lby.sarraj_fayez LBYGOV Alias",
            "الوفاق → lby.gna LBYGOV Coref",
        ],
    );
    // With nobody of the GNA named, «الوفاق» ("accord") stays a word.
    check("سوف يشجع الوفاق بين الطرفين", jan_2020(), &[]);
}

// ---- news organisations (the repository's actors/media.tsv) ----

/// The whole repository KB (the fixture KB has no media outlets), read from disk so that
/// edits to `data/kb` are tested without rebuilding.
fn repo_kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::load_repo().expect("data/kb loads"))
}

/// Like [`check`], against the repository KB.
fn check_repo(text: &str, expected: &[&str]) {
    let got = render(text, &repo_kb().resolve(text, jan_2020(), &[]));
    assert_eq!(got, expected, "\n{text}");
}

#[test]
fn the_kingdom_is_the_kingdom_the_article_named() {
    // ANT (France 24): «الذي طالب المملكة بإصلاحات اقتصادية» in an article on Jordan.
    check_repo(
        "رفعت الحكومة في الأردن الأسعار، وكان صندوق النقد قد طالب المملكة بإصلاحات",
        &[
            "الأردن → state.jor JOR Alias",
            "صندوق النقد → igo.imf IGOBUSIMF Alias",
            "المملكة → state.jor JOR Coref",
        ],
    );
    check_repo(
        "ونقلت وكالة الأنباء السعودية أن المملكة تدعم استقرار لبنان",
        &[
            "وكالة الأنباء السعودية → media.spa SAUMED Alias",
            "المملكة → state.sau SAU Coref",
            "لبنان → state.lbn LBN Alias",
        ],
    );
    // With no kingdom named, «المملكة» is nobody; «المملكة المتحدة» is Britain.
    check_repo("قالت المملكة إنها سترد", &[]);
    check_repo(
        "وقالت المملكة المتحدة إنها سترد",
        &["المملكة المتحدة → state.gbr GBR Alias"],
    );
}

#[test]
fn news_agencies_cited_as_sources() {
    check_repo(
        "وقال مسؤول لرويترز إن القوات انسحبت من محيط المطار",
        &["رويترز → media.reuters GBRMED Alias"],
    );
    check_repo(
        "ذكرت وكالة فرانس برس أن الاشتباكات تجددت جنوب طرابلس (أ ف ب)",
        &[
            "وكالة فرانس برس → media.afp FRAMED Alias",
            "أ ف ب → media.afp FRAMED Alias",
        ],
    );
    // «وكالة الأنباء» + a demonym is the state's media (titles.tsv) unless the state has one
    // official wire: then it is that agency.
    check_repo(
        "وقال المتحدث في تصريح نقلته وكالة الأنباء الفرنسية ووكالة الأنباء السعودية (واس)",
        &[
            "وكالة الأنباء الفرنسية → media.afp FRAMED Alias",
            "وكالة الأنباء السعودية → media.spa SAUMED Alias",
            "واس → media.spa SAUMED Alias",
        ],
    );
    check_repo(
        "ونقلت وكالة الأنباء الروسية عن مصدر في الوزارة",
        &["وكالة الأنباء الروسية → state.rus RUSMED Demonym"],
    );
    // A title before «ل» + an outlet is whom the official spoke to, not an office of it.
    check_repo(
        "وقال الوزير لفرانس برس إن المحادثات مستمرة",
        &["فرانس برس → media.afp FRAMED Alias"],
    );
}

#[test]
fn broadcasters_and_the_outlets_of_the_corpora() {
    check_repo(
        "وقال لسكاي نيوز عربية ولبي بي سي ولشبكة CNN إن المفاوضات متعثرة",
        &[
            "سكاي نيوز عربية → media.sky_news_arabia AREMED Alias",
            "بي بي سي → media.bbc GBRMED Alias",
            "شبكة CNN → media.cnn USAMED Alias",
        ],
    );
    check_repo(
        "وقال مراسل فرانس 24 وموقع العربية.نت إن الهدوء عاد",
        &[
            "فرانس 24 → media.france24 FRAMED Alias",
            "العربية.نت → media.alarabiya SAUMED Alias",
        ],
    );
    // A demonym agreeing with the outlet's country is part of its name, not a second actor.
    check_repo(
        "ونشرت صحيفة نيويورك تايمز الأمريكية تقريرا",
        &["صحيفة نيويورك تايمز → media.nyt USAMED Alias"],
    );
}

#[test]
fn al_jazeera_but_not_the_arabian_peninsula() {
    check_repo(
        "وأفادت قناة الجزيرة بأن الوفد وصل إلى الدوحة",
        &[
            "قناة الجزيرة → media.aljazeera QATMED Alias",
            "الدوحة → state.qat QAT Alias",
        ],
    );
    // Even in an article that names the channel, the peninsula stays a place; a bare «الجزيرة»
    // after the full name is the channel again.
    check_repo(
        "وقالت قناة الجزيرة إن دول شبه الجزيرة العربية تراقب الوضع، وأضاف مصدر لـ«الجزيرة» أن الوفد غادر",
        &[
            "قناة الجزيرة → media.aljazeera QATMED Alias",
            "الجزيرة → media.aljazeera QATMED Coref",
        ],
    );
    check_repo("تقع شبه الجزيرة العربية جنوب غرب آسيا", &[]);
    // With no outlet named, the bare word is nobody.
    check_repo("أمطار غزيرة على الجزيرة", &[]);
}

#[test]
fn the_region_and_the_adjective_are_no_media() {
    check_repo("تعقد القمة في منطقة الشرق الأوسط لتعزيز اللغة العربية", &[]);
    check_repo("وطالبت الدول العربية بوقف التصعيد", &[]);
    check_repo(
        "وقالت صحيفة الشرق الأوسط إن وكالة أنباء الشرق الأوسط نقلت الخبر (أ ش أ)",
        &[
            "صحيفة الشرق الأوسط → media.asharq_alawsat SAUMED Alias",
            "وكالة أنباء الشرق الأوسط → media.mena EGYMED Alias",
            "أ ش أ → media.mena EGYMED Coref",
        ],
    );
    // «أ ش أ» alone, with no MENA in the article, is left alone.
    check_repo("بحسب أ ش أ", &[]);
}

#[test]
fn short_names_of_newspapers_are_weak() {
    // «الحياة» is the paper after «صحيفة الحياة», but «مدى الحياة» stays "for life".
    check_repo(
        "ذكرت صحيفة الحياة أن الرئيس سيبقى مدى الحياة، وأضافت الحياة أن القرار نهائي",
        &[
            "صحيفة الحياة → media.alhayat SAUMED Alias",
            "الحياة → media.alhayat SAUMED Coref",
        ],
    );
    check_repo("الحياة صعبة في المخيمات", &[]);
    // The capital is Saudi Arabia, the newspaper named after it is not.
    check_repo(
        "ونقلت صحيفة الرياض عن مسؤول في الرياض",
        &[
            "صحيفة الرياض → media.alriyadh SAUMED Alias",
            "الرياض → state.sau SAU Alias",
        ],
    );
    // Okaz the newspaper, not the Okaz fair.
    check_repo(
        "وقال لـ«عكاظ» إن مهرجان سوق عكاظ يفتتح غدا",
        &["عكاظ → media.okaz SAUMED Alias"],
    );
    // A weak name never takes a demonym away from a title: «الرئيس المصري اليوم».
    check_repo(
        "وقال الرئيس المصري اليوم إن بلاده لن تتدخل",
        &["الرئيس المصري → egy.sisi_abdelfattah EGYGOV Title"],
    );
}

// ---- the seed articles end to end ----

#[test]
fn seeds_resolve_the_main_actors() {
    let Some(seeds) = common::seeds() else { return };
    let expected: &[(&str, &[&str])] = &[
        (
            "000",
            &[
                "خليفه حتّر → lby.haftar_khalifa LBYMIL Fuzzy",
                "الرئيس التركي → tur.erdogan TURGOV Title",
                "قائد الجيش الوطني الليبي → lby.haftar_khalifa LBYMIL Title",
            ],
        ),
        (
            "001",
            &[
                "الكرملين → state.rus RUSGOV Alias",
                "رئيس حكومة الوفاق فائز السراج → lby.sarraj_fayez LBYGOV Alias",
                "الرئيس الروسي → rus.putin RUSGOV Title",
                "عمان → state.jor JOR Alias",
            ],
        ),
        (
            "002",
            &[
                "مسؤولين روس → state.rus RUSGOV Demonym",
                "مجلس الأمن الدولي → igo.unsc IGOUNO Alias",
            ],
        ),
        (
            "003",
            &[
                "البرلمان التركي → state.tur TURLEG Demonym",
                "مدير المخابرات المصرية → egy.kamel_abbas EGYSPY Title",
                "حكومة طرابلس → state.lby LBYGOV Demonym",
            ],
        ),
        (
            "004",
            &[
                "البعثة الأممية → igo.unsmil IGOUNO Alias",
                "الاتحاد الأوروبي → igo.eu IGOEUREEC Alias",
            ],
        ),
    ];
    for (name, text) in &seeds {
        let got = render(text, &kb().resolve(text, jan_2020(), &[]));
        let want = expected
            .iter()
            .find(|(p, _)| name.starts_with(p))
            .map_or(&[][..], |e| e.1);
        for line in want {
            assert!(
                got.iter().any(|g| g == line),
                "{name}: missing {line}\n{got:#?}"
            );
        }
        assert!(got.len() >= 15, "{name}: only {} mentions", got.len());
    }
}

#[test]
fn the_coalition_in_yemen_is_an_actor_not_a_support_event() {
    // «تحالف دعم الشرعية» is the coalition's name; the words «دعم الشرعية» inside it are no act.
    check_repo(
        "وقال المتحدث باسم قوات تحالف دعم الشرعية في اليمن إن الدفاعات الجوية اعترضت صاروخا",
        &["تحالف دعم الشرعية في اليمن → sau.coalition_yemen SAUMIL Alias"],
    );
    // «التحالف» alone is the coalition only once the article has named it.
    check_repo(
        "وشنت مقاتلات التحالف العربي غارات، وقال التحالف إن الغارات دقيقة",
        &[
            "التحالف العربي → sau.coalition_yemen SAUMIL Alias",
            "التحالف → sau.coalition_yemen SAUMIL Coref",
        ],
    );
    check_repo("وقال التحالف إن الغارات دقيقة", &[]);
}

// ---- institutions named alone ----

#[test]
fn an_institution_alone_is_the_one_of_the_country_the_article_is_about() {
    let text = "وفي القاهرة، أعلنت الشرطة المصرية اعتقال خمسة أشخاص في الإسكندرية. وقالت الشرطة إن مصر ستواصل الحملة، بينما تنظر المحكمة في القضية.";
    check(
        text,
        jan_2020(),
        &[
            "القاهرة → state.egy EGY Alias",
            "الشرطة المصرية → state.egy EGYCOP Demonym",
            "الشرطة → state.egy EGYCOP Local",
            "مصر → state.egy EGY Alias",
            "المحكمة → state.egy EGYJUD Local",
        ],
    );
}

#[test]
fn an_institution_alone_stays_unresolved_when_no_country_dominates() {
    // Two countries named as often: whose police it is, nothing says.
    check(
        "قالت الشرطة إن مصر وتركيا والقاهرة وأنقرة تتبادل المعلومات، وإن مصر وتركيا تتفقان.",
        jan_2020(),
        &[
            "مصر → state.egy EGY Alias",
            "تركيا → state.tur TUR Alias",
            "القاهرة → state.egy EGY Alias",
            "أنقرة → state.tur TUR Alias",
            "مصر → state.egy EGY Alias",
            "تركيا → state.tur TUR Alias",
        ],
    );
    // Too few places to tell.
    check(
        "قالت الشرطة إن مصر تتبادل المعلومات.",
        jan_2020(),
        &["مصر → state.egy EGY Alias"],
    );
    // An international court is nobody's own.
    check(
        "وقالت القاهرة إن مصر ستتعاون، بينما تنظر المحكمة الدولية في القضية في مصر.",
        jan_2020(),
        &[
            "القاهرة → state.egy EGY Alias",
            "مصر → state.egy EGY Alias",
            "مصر → state.egy EGY Alias",
        ],
    );
    // An indefinite head has its owner after it.
    check(
        "وقصفت قوات التحالف مواقع في مصر، وقالت القاهرة إن مصر ترفض.",
        jan_2020(),
        &[
            "مصر → state.egy EGY Alias",
            "القاهرة → state.egy EGY Alias",
            "مصر → state.egy EGY Alias",
        ],
    );
}

#[test]
fn a_class_noun_tagged_alone_takes_the_name_after_it() {
    let org_span = |text: &str, word: &str| {
        let start = text.find(word).unwrap();
        [(Span::new(start, start + word.len()), NerLabel::Organisation)]
    };
    // A quoted name, without its quote marks in the key.
    let text = r#"وقالت منظمة "أنقذوا الأطفال" الخيرية إن العديد قتلوا"#;
    let mentions = kb().resolve(text, None, &org_span(text, "منظمة"));
    assert_eq!(mentions.len(), 1, "{mentions:?}");
    assert_eq!(mentions[0].actor.id, "unresolved.منظمه_انقذوا_الاطفال");
    assert_eq!(&text[mentions[0].span.range()], r#"منظمة "أنقذوا الأطفال""#);
    // A definite word after it.
    let text = "وأعلن حزب الدعوة انسحابه من الحكومة";
    let mentions = kb().resolve(text, None, &org_span(text, "حزب"));
    assert!(
        mentions
            .iter()
            .any(|m| m.actor.id == "unresolved.حزب_الدعوه"),
        "{mentions:?}"
    );
    // A name the base knows is the actor; alone, the noun names nothing.
    for (text, noun) in [
        (r#"وطالبت منظمة "هيومن رايتس ووتش" بالإفراج عنهم"#, "منظمة"),
        ("وقال حزب إن الانتخابات مزورة", "حزب"),
        (r#"وقالت جماعة "نحن هنا، ولن نرحل" في بيان"#, "جماعة"),
        // With a preposition glued to it, too.
        ("وأدينت بتقديم دعم لوجستي لمنظمة إرهابية", "لمنظمة"),
    ] {
        let mentions = kb().resolve(text, None, &org_span(text, noun));
        assert!(mentions.iter().all(|m| m.how != How::Ner), "{mentions:?}");
    }
}

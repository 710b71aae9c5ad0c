//! Event coding on real sentences: the seed articles (quoted in short snippets) and news
//! sentences of the kinds the coder must read, with hand-built actor mentions standing in for
//! the resolver.

use chrono::NaiveDate;
use marsad_events::{ActorKind, ActorMention, Coded, Coder, Event, Modality, group_events};
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(
        || match (Coder::embedded(), marsad_kb::Kb::load_default()) {
            (Ok(c), Ok(kb)) => c.with_states(&kb),
            (Err(e), _) => panic!("embedded data: {e}"),
            (_, Err(e)) => panic!("knowledge base: {e}"),
        },
    )
}

/// Known actors: surface form, id, kind, CAMEO code, country.
const ACTORS: &[(&str, &str, ActorKind, &str, &str)] = &[
    (
        "خليفة حفتر",
        "lby.haftar",
        ActorKind::Person,
        "LBYMIL",
        "LBY",
    ),
    ("حفتر", "lby.haftar", ActorKind::Person, "LBYMIL", "LBY"),
    (
        "خالد المشري",
        "lby.mishri",
        ActorKind::Person,
        "LBYGOV",
        "LBY",
    ),
    ("المشري", "lby.mishri", ActorKind::Person, "LBYGOV", "LBY"),
    (
        "فائز السراج",
        "lby.sarraj",
        ActorKind::Person,
        "LBYGOV",
        "LBY",
    ),
    ("السراج", "lby.sarraj", ActorKind::Person, "LBYGOV", "LBY"),
    ("القاهرة", "state.egy", ActorKind::State, "EGY", "EGY"),
    ("مصر", "state.egy", ActorKind::State, "EGY", "EGY"),
    ("أبو ظبي", "state.are", ActorKind::State, "ARE", "ARE"),
    ("الإمارات", "state.are", ActorKind::State, "ARE", "ARE"),
    ("موسكو", "state.rus", ActorKind::State, "RUS", "RUS"),
    ("بوتين", "rus.putin", ActorKind::Person, "RUSGOV", "RUS"),
    (
        "رجب طيب أردوغان",
        "tur.erdogan",
        ActorKind::Person,
        "TURGOV",
        "TUR",
    ),
    ("أردوغان", "tur.erdogan", ActorKind::Person, "TURGOV", "TUR"),
    ("تونس", "state.tun", ActorKind::State, "TUN", "TUN"),
    ("طرابلس", "lby.tripoli", ActorKind::Place, "LBY", "LBY"),
    ("دمشق", "state.syr", ActorKind::State, "SYR", "SYR"),
    ("لافروف", "rus.lavrov", ActorKind::Person, "RUSGOV", "RUS"),
    (
        "الصحيفة",
        "media.haberturk",
        ActorKind::Organisation,
        "TURMED",
        "TUR",
    ),
    ("أنقرة", "state.tur", ActorKind::State, "TUR", "TUR"),
    // Nisba adjectives, as the pipeline's resolver reports them (`How::Modifier`).
    ("التركية", "state.tur", ActorKind::State, "TUR", "TUR"),
    ("الروسي", "state.rus", ActorKind::State, "RUS", "RUS"),
    ("روسية", "state.rus", ActorKind::State, "RUS", "RUS"),
    ("برلين", "deu.berlin", ActorKind::Place, "DEU", "DEU"),
    (
        "بيت حانون",
        "place.pse.beit_hanoun",
        ActorKind::Place,
        "PSE",
        "PSE",
    ),
    ("جلولاء", "place.irq.jalawla", ActorKind::Place, "IRQ", "IRQ"),
    ("ديالى", "place.irq.diyala", ActorKind::Place, "IRQ", "IRQ"),
    (
        "وزيرستان",
        "place.pak.waziristan",
        ActorKind::Place,
        "PAK",
        "PAK",
    ),
    ("غزة", "place.pse.gaza", ActorKind::Place, "PSE", "PSE"),
    ("سوريا", "state.syr", ActorKind::State, "SYR", "SYR"),
    ("السوريين", "state.syr", ActorKind::State, "SYR", "SYR"),
    (
        "الحوثيين",
        "yem.houthis",
        ActorKind::ArmedGroup,
        "YEMREB",
        "YEM",
    ),
    // «للحوثيين» drops the article's alif: the resolver reports «حوثيين».
    (
        "حوثيين",
        "yem.houthis",
        ActorKind::ArmedGroup,
        "YEMREB",
        "YEM",
    ),
    ("بشار الأسد", "syr.assad", ActorKind::Person, "SYRGOV", "SYR"),
    (
        "الحكومة الصينية",
        "state.chn",
        ActorKind::State,
        "CHNGOV",
        "CHN",
    ),
    ("ليبيا", "state.lby", ActorKind::State, "LBY", "LBY"),
    (
        "الحكومة الجزائرية",
        "state.dza",
        ActorKind::State,
        "DZAGOV",
        "DZA",
    ),
    (
        "الضفة الغربية",
        "place.pse.west_bank",
        ActorKind::Place,
        "PSE",
        "PSE",
    ),
    ("الجزائر", "state.dza", ActorKind::State, "DZA", "DZA"),
    (
        "ليبرمان",
        "isr.lieberman",
        ActorKind::Person,
        "ISRGOV",
        "ISR",
    ),
    (
        "الأونروا",
        "igo.unrwa",
        ActorKind::Organisation,
        "IGOUNO",
        "",
    ),
    (
        "وكالة غوث اللاجئين",
        "igo.unrwa",
        ActorKind::Organisation,
        "IGOUNO",
        "",
    ),
    (
        "مجموعة دعم ليبيا",
        "org.libya_support_group",
        ActorKind::Organisation,
        "IGO",
        "",
    ),
    ("تركية", "state.tur", ActorKind::State, "TUR", "TUR"),
    // A state, and a person the resolver does not know.
    (
        "كوريا الشمالية",
        "state.prk",
        ActorKind::State,
        "PRK",
        "PRK",
    ),
    (
        "كيم جونغ أون",
        "unresolved.كيم_جونغ_اون",
        ActorKind::Person,
        "",
        "",
    ),
    // A name that reads as a preposition, a noun and a pronoun (ل + وكو + ك).
    ("لوكوك", "unresolved.لوكوك", ActorKind::Person, "", ""),
    (
        "الجنود السودانيين",
        "sdn.military",
        ActorKind::Group,
        "SDNMIL",
        "SDN",
    ),
];

/// Mentions for every known actor in `text`, longest surface first, without overlaps.
fn mentions(text: &str) -> Vec<ActorMention> {
    let mut out: Vec<ActorMention> = Vec::new();
    let mut actors: Vec<_> = ACTORS.iter().collect();
    actors.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
    for (surface, id, kind, code, country) in actors {
        for (start, _) in text.match_indices(surface) {
            let end = start + surface.len();
            if out
                .iter()
                .any(|m| (m.span.start as usize) < end && start < m.span.end as usize)
            {
                continue;
            }
            out.push(ActorMention {
                span: marsad_text::Span::new(start, end),
                actor_id: id.to_string(),
                name: surface.to_string(),
                code: Some(code.to_string()),
                kind: *kind,
                country: Some(country.to_string()),
                confidence: 0.9,
            });
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

fn code_on(text: &str, date: Option<NaiveDate>) -> Coded {
    coder().code_text(text, &mentions(text), date)
}

fn code(text: &str) -> Coded {
    code_on(text, None)
}

fn src(e: &Event) -> Option<&str> {
    e.source.as_ref().and_then(|a| a.actor_id.as_deref())
}

fn tgt(e: &Event) -> Option<&str> {
    e.target.as_ref().and_then(|a| a.actor_id.as_deref())
}

fn with_code<'a>(c: &'a Coded, code: &str) -> Vec<&'a Event> {
    c.events.iter().filter(|e| e.cameo == code).collect()
}

fn span_text(text: &str, span: marsad_text::Span) -> &str {
    &text[span.range()]
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[test]
fn refusal_to_meet_is_reject_with_two_sources() {
    // Brief form of seed 001.
    let c = code("رفض المشري والسراج لقاء حفتر");
    let rejects = with_code(&c, "125");
    let sources: Vec<_> = rejects.iter().map(|e| src(e)).collect();
    assert_eq!(sources, [Some("lby.mishri"), Some("lby.sarraj")], "{c:#?}");
    assert!(
        rejects
            .iter()
            .all(|e| tgt(e) == Some("lby.haftar") && !e.negated)
    );
    assert_eq!(
        rejects[0].plover.as_ref().map(|p| p.event_type.as_str()),
        Some("REJECT")
    );
    assert!(
        with_code(&c, "040").is_empty(),
        "the meeting did not happen: {c:#?}"
    );
}

#[test]
fn parties_to_talks_calls_and_meetings_act_on_each_other() {
    for text in [
        "وعقد حفتر والسراج اجتماعا في القاهرة.",
        "وأجرى بوتين وأردوغان مكالمة هاتفية.",
        "وأجرى حفتر والمشري محادثات في موسكو.",
    ] {
        let c = code(text);
        let dyads: Vec<_> = c.events.iter().map(|e| (src(e), tgt(e))).collect();
        assert_eq!(dyads.len(), 2, "{text}: {c:#?}");
        assert!(
            dyads
                .iter()
                .all(|(s, t)| s.is_some() && t.is_some() && s != t),
            "{text}: {dyads:?}"
        );
        assert_eq!(dyads[0], (dyads[1].1, dyads[1].0), "{text}");
    }
}

#[test]
fn seed_001_dual_verb_after_long_coordinated_subject() {
    let text = "ونقلت الصحيفة عن مصادر دبلوماسية، أن رئيس مجلس الدولة الليبي خالد المشري، ورئيس حكومة الوفاق فائز السراج، رفضا لقاء حفتر، والجلوس معه على الطاولة.";
    let c = code(text);
    let rejects = with_code(&c, "125");
    let sources: Vec<_> = rejects.iter().map(|e| src(e)).collect();
    assert_eq!(sources, [Some("lby.mishri"), Some("lby.sarraj")], "{c:#?}");
    assert!(rejects.iter().all(|e| tgt(e) == Some("lby.haftar")));
    assert!(
        rejects.iter().all(|e| e.modality == Modality::Reported),
        "{c:#?}"
    );
}

#[test]
fn appeal_to_withdraw_gives_one_event_per_party() {
    let c = code("دعت القاهرة وأبو ظبي حفتر إلى الانسحاب.");
    let appeals = with_code(&c, "0256");
    let sources: Vec<_> = appeals.iter().map(|e| src(e)).collect();
    assert_eq!(sources, [Some("state.egy"), Some("state.are")], "{c:#?}");
    assert!(appeals.iter().all(|e| tgt(e) == Some("lby.haftar")));
    assert!(
        with_code(&c, "0874").is_empty(),
        "the withdrawal is only asked for"
    );
}

#[test]
fn seed_001_departure_without_signing() {
    let c = code("غادر حفتر موسكو دون التوقيع على اتفاق وقف إطلاق النار.");
    let walkout = with_code(&c, "164");
    assert_eq!(walkout.len(), 1, "{c:#?}");
    assert_eq!(
        (src(walkout[0]), tgt(walkout[0])),
        (Some("lby.haftar"), Some("state.rus"))
    );
    let sign = with_code(&c, "057");
    assert_eq!(sign.len(), 1, "{c:#?}");
    assert!(sign[0].negated);
    assert_eq!(src(sign[0]), Some("lby.haftar"));
    assert!(
        with_code(&c, "0871").is_empty(),
        "the ceasefire is what was (not) signed"
    );
}

#[test]
fn seed_001_attributed_calls_and_demand() {
    let text = "وأشارت الصحيفة الجمعة، أن حفتر أجرى سبع مكالمات هاتفية مع الإمارات، ومكالمتين مع مصر قبيل مغادرته موسكو، في إشارة إلى أن القاهرة وأبو ظبي طالبا اللواء المتقاعد الليبي بالانسحاب وعدم التوقيع.";
    // 14 January 2020 was a Tuesday; «الجمعة» is the Friday before.
    let c = code_on(text, Some(date(2020, 1, 14)));
    let calls = with_code(&c, "041");
    let dyads: Vec<_> = calls.iter().map(|e| (src(e), tgt(e))).collect();
    assert_eq!(
        dyads,
        [
            (Some("lby.haftar"), Some("state.are")),
            (Some("lby.haftar"), Some("state.egy"))
        ],
        "{c:#?}"
    );
    for e in &calls {
        assert_eq!(e.modality, Modality::Reported);
        let by = e.reported_by.as_ref().and_then(|r| r.actor_id.as_deref());
        assert_eq!(
            by,
            Some("media.haberturk"),
            "reported by the paper, not Haftar's own claim"
        );
        assert_eq!(e.date, Some(date(2020, 1, 10)));
    }
    let demands = with_code(&c, "1056");
    let sources: Vec<_> = demands.iter().map(|e| src(e)).collect();
    assert_eq!(sources, [Some("state.egy"), Some("state.are")], "{c:#?}");
    assert!(
        c.quotes
            .iter()
            .any(|q| !q.direct && span_text(text, q.text).starts_with("حفتر أجرى"))
    );
}

#[test]
fn seed_003_signing_with_long_subject() {
    let text = "ووفقا لـ”سانا”، وقعت دمشق والحكومة الموازية في ليبيا، المدعومة من الجيش الوطني بقيادة “حفتر”، الأحد، على مذكرة تفاهم تقضي بإعادة افتتاح مقرات البعثات الدبلوماسية في البلدين.";
    let c = code_on(text, Some(date(2020, 3, 3)));
    let signs = with_code(&c, "057");
    assert!(!signs.is_empty(), "{c:#?}");
    assert_eq!(src(signs[0]), Some("state.syr"));
    assert_eq!(signs[0].modality, Modality::Reported, "«وفقا لسانا»");
    assert_eq!(
        signs[0].date,
        Some(date(2020, 3, 1)),
        "the Sunday before Tuesday 3 March"
    );
}

#[test]
fn verbal_nouns_take_genitive_agents_and_prepositional_targets() {
    let c = code("وتأتي زيارة أردوغان لتونس بعد هجوم حفتر على طرابلس.");
    let visit = with_code(&c, "042");
    assert_eq!(visit.len(), 1, "{c:#?}");
    assert_eq!(
        (src(visit[0]), tgt(visit[0])),
        (Some("tur.erdogan"), Some("state.tun"))
    );
    let attack = with_code(&c, "190");
    assert_eq!(attack.len(), 1, "{c:#?}");
    assert_eq!(
        (src(attack[0]), tgt(attack[0])),
        (Some("lby.haftar"), Some("lby.tripoli"))
    );
}

#[test]
fn reacting_to_an_event_targets_its_agent() {
    let c = code("وأشارت إلى أن حفتر بدأ بالاعتراض على الوساطة التركية ونشرها مراقبين.");
    let reject = with_code(&c, "126");
    assert_eq!(reject.len(), 1, "{c:#?}");
    assert_eq!(
        (src(reject[0]), tgt(reject[0])),
        (Some("lby.haftar"), Some("state.tur"))
    );
}

#[test]
fn denouncing_an_intervention_targets_the_intervener() {
    // Seed 003: adjectives may stand between the event noun and its nisba agent.
    let c = code("تندد مصر بالتدخل العسكري الروسي في ليبيا.");
    let denounce = with_code(&c, "111");
    assert_eq!(denounce.len(), 1, "{c:#?}");
    assert_eq!(tgt(denounce[0]), Some("state.rus"), "{c:#?}");
}

#[test]
fn object_pronoun_and_comma_close_the_target_search() {
    // «دعمه»: the pronoun is the object, «هناك» after it is not.
    let c = code("وأؤكد أن لدينا تطلعات مع الدور الروسي ودعمه وربما يكون هناك مباحثات.");
    let support: Vec<_> = c.events.iter().filter(|e| e.cameo == "050").collect();
    assert!(support.iter().all(|e| e.target.is_none()), "{c:#?}");
    // Two mentions of one actor in a coordinated subject give one event, not two.
    assert!(support.len() <= 1, "{c:#?}");
    // The object phrase ends at the comma; the actors after it are not threatened.
    let c = code("ما يهدد دول الجوار، غاضة الطرف عن تورط الجيش الروسي في القتال.");
    let threat = with_code(&c, "130");
    assert!(threat.iter().all(|e| tgt(e).is_none()), "{c:#?}");
}

#[test]
fn an_announced_withdrawal_belongs_to_the_mover() {
    // «أعلن»: light and speech; a state after a noun of moving away is the one who moves.
    let c = code("وأعلن بوتين انسحاب موسكو من الاتفاق.");
    let withdrawal = with_code(&c, "0874");
    assert_eq!(withdrawal.len(), 1, "{c:#?}");
    assert_eq!(src(withdrawal[0]), Some("state.rus"), "{c:#?}");
    assert_ne!(tgt(withdrawal[0]), Some("state.rus"), "{c:#?}");
}

#[test]
fn a_phrase_under_another_preposition_is_not_the_object() {
    // «إلى تغليب الحكمة والتعقل» is what is called for, genitive and conjunct included.
    let c = code("دعا الوزير إلى تغليب الحكمة والتعقل.");
    let appeal = with_code(&c, "020");
    assert_eq!(appeal.len(), 1, "{c:#?}");
    assert!(appeal[0].target.is_none(), "{c:#?}");
    // A noun with a possessive pronoun ends the phrase: «معارضين» is the object.
    let c = code("وتستضيف موسكو على أراضيها معارضين له.");
    let hosting = with_code(&c, "043");
    assert_eq!(hosting.len(), 1, "{c:#?}");
    assert!(hosting[0].target.is_some(), "{c:#?}");
    // A name after the adjunct is still the object.
    let c = code("ودعت موسكو في بيان رسمي دمشق إلى ضبط النفس.");
    let appeal = with_code(&c, "020");
    assert_eq!(appeal.len(), 1, "{c:#?}");
    assert_eq!(tgt(appeal[0]), Some("state.syr"), "{c:#?}");
}

#[test]
fn a_place_in_a_fronted_adjunct_is_not_the_subject() {
    // After a fronted place adjunct the verb comes first and its subject after it.
    let c = code("وفي بلدة بيت حانون شمال القطاع اطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين.");
    let fire = &c.events[0];
    assert_eq!(src(fire), None, "the tank, not Beit Hanoun, fired: {c:#?}");
    // The adjunct goes on through «التابعة لـ»: Diyala is where Jalawla lies.
    let c = code("وفي جلولاء التابعة لمحافظة ديالى قتل احد افراد البيشمركة.");
    assert!(c.events.iter().all(|e| src(e).is_none()), "{c:#?}");
    let c = code("سقطت صواريخ على منطقتي شمال وجنوب وزيرستان فقتلت 32 متمردا.");
    assert!(c.events.iter().all(|e| src(e).is_none()), "{c:#?}");
    // A compass word opens an adverb of place: «شرق مدينة غزة» says where, not who.
    let c = code("والى الشرق من الحي، شرق مدينة غزة، اطلقت طائرة استطلاع صاروخاً على مجموعة.");
    assert!(c.events.iter().all(|e| src(e).is_none()), "{c:#?}");
    // The subject may stand before the adjunct: the rockets, not Tripoli, hit the base.
    let c = code("أطلقت الطائرات صواريخ من فوق مدينة طرابلس استهدفت قاعدة عسكرية.");
    let hit = with_code(&c, "190");
    assert_eq!(hit.len(), 1, "{c:#?}");
    assert_eq!(src(hit[0]), None, "{c:#?}");
    assert!(hit[0].source.is_some(), "{c:#?}");
    // A person named after an adjunct is the subject: «لدى موسكو» does not hide Lavrov.
    let c = code("وكان السفير لدى موسكو لافروف قد اتهم أنقرة بالتدخل.");
    let accuse = with_code(&c, "1123");
    assert_eq!(accuse.len(), 1, "{c:#?}");
    assert_eq!(src(accuse[0]), Some("rus.lavrov"), "{c:#?}");
    // Adjuncts of place follow one another: the police in a city of a province arrested.
    let c = code("وكانت قوات الشرطة في مدينة درنة بمحافظة طرابلس اعتقلت رجلا.");
    let arrest = with_code(&c, "173");
    assert_eq!(arrest.len(), 1, "{c:#?}");
    let police = arrest[0]
        .source
        .as_ref()
        .map(|a| span_text(&c.events[0].text.clone().unwrap_or_default(), a.span).to_string());
    assert_eq!(police.as_deref(), Some("قوات الشرطة"), "{c:#?}");
    // What stands before the adjunct without a definite noun ends a relative clause.
    let c = code(
        "وقال المصدر إن مقاتلين من الجماعة التي تسيطر على بلدة جلولاء اتفقوا على إلقاء أسلحتهم.",
    );
    assert!(
        c.events.iter().all(|e| e.source.as_ref().is_none_or(|a| {
            span_text(c.events[0].text.as_deref().unwrap_or(""), a.span) != "تسيطر"
        })),
        "{c:#?}"
    );
    // A country after a noun other than a place noun is that noun's genitive, and so the
    // agent of the verbal noun after it.
    let c = code("وذلك بعد إعلان مصر قطع علاقاتها مع أنقرة.");
    assert!(
        c.events.iter().any(|e| src(e) == Some("state.egy")),
        "{c:#?}"
    );
    // A place named without a preposition before its verb is still its subject.
    let c = code("غزة ترفض الاتفاق.");
    assert_eq!(src(&c.events[0]), Some("place.pse.gaza"), "{c:#?}");
}

#[test]
fn the_dateline_locates_events_of_its_country() {
    // Filed in Cairo: Egypt's condemnation happened there.
    let c = code("القاهرة - رويترز: أدانت مصر الهجوم على السفارة.");
    let condemn = &c.events[0];
    assert_eq!(
        condemn
            .location
            .as_ref()
            .and_then(|l| l.actor_id.as_deref()),
        Some("state.egy"),
        "{c:#?}"
    );
    // A Moscow desk reporting a meeting of Haftar and Erdogan: not in Moscow; nor Erdogan's
    // warning to Moscow, whose source is not Russian.
    let c = code("موسكو - رويترز: التقى حفتر أردوغان.");
    assert!(c.events.iter().all(|e| e.location.is_none()), "{c:#?}");
    let c = code("موسكو - رويترز: حذر أردوغان موسكو من التدخل.");
    assert!(c.events.iter().all(|e| e.location.is_none()), "{c:#?}");
    // Only the lead sentence: the next one may tell of anywhere.
    let c = code("القاهرة - رويترز: أدانت مصر الهجوم. وكانت مصر قد أدانت هجوما مماثلا.");
    assert_eq!(c.events.len(), 2, "{c:#?}");
    assert!(c.events[1].location.is_none(), "{c:#?}");
    // A place in the clause comes first.
    let c = code("القاهرة - رويترز: أدانت مصر في تونس الهجوم.");
    assert_eq!(
        c.events[0]
            .location
            .as_ref()
            .and_then(|l| l.actor_id.as_deref()),
        Some("state.tun"),
        "{c:#?}"
    );
}

#[test]
fn a_violent_verb_with_an_object_pronoun_has_its_people_as_agents() {
    let text = "كان مسلحون قد خطفوهم من منازلهم.";
    let c = code(text);
    let abduction = with_code(&c, "181");
    assert_eq!(abduction.len(), 1, "{c:#?}");
    let source = abduction[0]
        .source
        .as_ref()
        .map(|a| span_text(text, a.span));
    assert_eq!(source, Some("مسلحون"), "{c:#?}");
    assert!(abduction[0].target.is_none(), "{c:#?}");
    // Right after a noun the pronoun refers back to it: the soldiers were abducted.
    let text = "وأعلنت الجماعة أنها قتلت ثلاثة جنود خطفتهم.";
    let c = code(text);
    let abduction = with_code(&c, "181");
    assert_eq!(abduction.len(), 1, "{c:#?}");
    assert!(abduction[0].source.is_none(), "{c:#?}");
    let target = abduction[0]
        .target
        .as_ref()
        .map(|a| span_text(text, a.span));
    assert!(target.is_some_and(|t| t.ends_with("جنود")), "{c:#?}");
}

#[test]
fn event_complement_is_neither_subject_nor_target() {
    // Seed 001: the subject precedes the verb across the comma closing «والوفد المرافق له»;
    // «بإجراء تعديلات» is what he demanded, not who.
    let c = code("وتابعت، أن حفتر والوفد المرافق له، طالب بإجراء تعديلات على وثيقة إطلاق النار.");
    let demand: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("10"))
        .collect();
    assert_eq!(demand.len(), 1, "{c:#?}");
    assert_eq!(src(demand[0]), Some("lby.haftar"), "{c:#?}");
    assert!(demand[0].target.is_none(), "{c:#?}");
    // «…، وهذا يعكس»: a clause opened by «و» after a comma holds no subject of the verb.
    let c = code("لقد فر حفتر عندما كان يتوقع منه أن يوقع على وثيقة، وهذا يعكس قلة احترام.");
    let sign = with_code(&c, "057");
    assert!(sign.iter().all(|e| e.source.is_none()), "{c:#?}");
}

#[test]
fn subject_after_verb_with_intervening_date() {
    let c = code(
        "استقبل، الخميس، الرئيس التركي رجب طيب أردوغان رئيس حكومة الوفاق فائز السراج في أنقرة.",
    );
    let host = with_code(&c, "043");
    assert_eq!(host.len(), 1, "{c:#?}");
    assert_eq!(
        (src(host[0]), tgt(host[0])),
        (Some("tur.erdogan"), Some("lby.sarraj"))
    );
    assert_eq!(
        host[0]
            .location
            .as_ref()
            .and_then(|l| l.actor_id.as_deref()),
        Some("state.tur")
    );
}

#[test]
fn negation_future_and_hypothesis() {
    let c = code("لم يلتق أردوغان بوتين.");
    assert!(
        c.events.iter().any(|e| e.cameo == "040" && e.negated),
        "{c:#?}"
    );

    let c = code("سيزور أردوغان تونس الأسبوع المقبل.");
    let visit = with_code(&c, "036");
    assert_eq!(visit.len(), 1, "a planned visit is intent to meet: {c:#?}");
    assert_eq!(visit[0].modality, Modality::Future);
    assert_eq!(tgt(visit[0]), Some("state.tun"));

    let c = code("ومن المقرر أن يلتقي بوتين أردوغان في برلين.");
    assert!(
        c.events
            .iter()
            .any(|e| e.cameo == "036" && e.modality == Modality::Future),
        "{c:#?}"
    );

    let c = code("لو وقع حفتر على الاتفاق لانتهت الحرب.");
    assert!(
        c.events
            .iter()
            .any(|e| e.cameo == "057" && e.modality == Modality::Hypothetical),
        "{c:#?}"
    );

    let c = code("قد يهاجم حفتر طرابلس مجددا.");
    assert!(
        c.events
            .iter()
            .any(|e| e.cameo == "190" && e.modality == Modality::Hypothetical),
        "{c:#?}"
    );

    let c = code("قال لافروف إنه من الممكن التوصل لتهدئة بالأيام المقبلة.");
    assert!(
        c.events
            .iter()
            .all(|e| e.modality == Modality::Hypothetical),
        "{c:#?}"
    );
}

#[test]
fn ma_before_a_verb_of_result_is_which_not_not() {
    // «، ما أسفر عن مقتل»: «which resulted in», the killing happened.
    let c = code("وانفجرت سيارة مفخخة في سوق شعبي، ما أسفر عن مقتل خمسة أشخاص.");
    let killing = with_code(&c, "1823");
    assert!(!killing[0].negated, "{:?}", c.events);
    // At the head of a clause «ما» still negates a perfect: «، ما التقى الرئيسان».
    let c = code("ومنذ ذلك الحين، ما التقى أردوغان بوتين.");
    assert!(
        c.events
            .iter()
            .any(|e| e.cameo.starts_with("04") && e.negated),
        "{:?}",
        c.events
    );
}

#[test]
fn refusal_is_reject_not_negated_signing() {
    let c = code("رفض حفتر التوقيع على اتفاق وقف إطلاق النار.");
    assert_eq!(c.events.len(), 1, "{c:#?}");
    let e = &c.events[0];
    assert_eq!(e.cameo, "127");
    assert!(!e.negated);
    assert_eq!(src(e), Some("lby.haftar"));
}

#[test]
fn anonymous_sources_make_a_reported_claim() {
    let text = "قالت مصادر إن قوات حفتر قصفت مطار معيتيقة.";
    let c = code(text);
    let shelling = with_code(&c, "194");
    assert_eq!(shelling.len(), 1, "{c:#?}");
    assert_eq!(src(shelling[0]), Some("lby.haftar"));
    assert_eq!(shelling[0].modality, Modality::Reported);
    let by = shelling[0]
        .reported_by
        .as_ref()
        .map(|r| span_text(text, r.span));
    assert_eq!(by, Some("مصادر"));
}

#[test]
fn passive_and_agent_phrases() {
    let text = "اغتيل الصحافي على يد مسلحين مجهولين.";
    let c = code(text);
    let e = with_code(&c, "186");
    assert_eq!(e.len(), 1, "{c:#?}");
    assert_eq!(
        e[0].target.as_ref().map(|a| span_text(text, a.span)),
        Some("الصحافي")
    );
    assert_eq!(
        e[0].source.as_ref().map(|a| span_text(text, a.span)),
        Some("مسلحين مجهولين")
    );

    let text = "قتل ثلاثة مدنيين في غارة جوية على طرابلس.";
    let c = code(text);
    let killing = with_code(&c, "1823");
    assert_eq!(killing.len(), 1, "{c:#?}");
    assert!(
        killing[0].source.is_none(),
        "passive: the victims are not the killers"
    );
    assert_eq!(
        killing[0].target.as_ref().map(|a| span_text(text, a.span)),
        Some("ثلاثة مدنيين")
    );
    let strike = with_code(&c, "195");
    assert_eq!(strike.len(), 1, "{c:#?}");
    assert_eq!(tgt(strike[0]), Some("lby.tripoli"));
}

#[test]
fn direct_and_indirect_quotes() {
    let text = "وقال أردوغان: \"لن نبقى مكتوفي الأيدي\". وأكد السراج أن قواته سيطرت على المدينة.";
    let c = code(text);
    let direct: Vec<_> = c.quotes.iter().filter(|q| q.direct).collect();
    assert_eq!(direct.len(), 1, "{:#?}", c.quotes);
    assert_eq!(span_text(text, direct[0].text), "لن نبقى مكتوفي الأيدي");
    assert_eq!(
        direct[0]
            .speaker
            .as_ref()
            .and_then(|a| a.actor_id.as_deref()),
        Some("tur.erdogan")
    );
    let indirect: Vec<_> = c.quotes.iter().filter(|q| !q.direct).collect();
    assert_eq!(indirect.len(), 1, "{:#?}", c.quotes);
    assert_eq!(
        indirect[0]
            .speaker
            .as_ref()
            .and_then(|a| a.actor_id.as_deref()),
        Some("lby.sarraj")
    );
    let control = with_code(&c, "192");
    assert_eq!(control.len(), 1, "{c:#?}");
    assert_eq!(
        control[0]
            .reported_by
            .as_ref()
            .and_then(|r| r.actor_id.as_deref()),
        Some("lby.sarraj")
    );
    // A speech verb alone is no event.
    assert!(
        c.events.iter().all(|e| !e.cameo.starts_with("01")),
        "{c:#?}"
    );
}

#[test]
fn meeting_in_a_third_country() {
    let c = code("التقى السراج وأردوغان في موسكو.");
    let meets = with_code(&c, "044");
    let dyads: Vec<_> = meets.iter().map(|e| (src(e), tgt(e))).collect();
    assert_eq!(
        dyads,
        [
            (Some("lby.sarraj"), Some("tur.erdogan")),
            (Some("tur.erdogan"), Some("lby.sarraj"))
        ],
        "{c:#?}"
    );
}

#[test]
fn protest_needs_protesters() {
    let c = code("تظاهر آلاف الطلاب أمام البرلمان احتجاجا على قرار الحكومة.");
    assert!(
        c.events
            .iter()
            .any(|e| e.plover.as_ref().is_some_and(|p| p.event_type == "PROTEST")),
        "{c:#?}"
    );
    let c = code("تجمع المصادر على أن الاجتماع تأجل.");
    assert!(c.events.iter().all(|e| e.cameo != "141"), "{c:#?}");
    let c = code("وتؤخر الأزمة مسيرة لبنان التنموية.");
    assert!(c.events.is_empty(), "{c:#?}");
}

#[test]
fn relative_dates_follow_the_article_date() {
    let d = Some(date(2020, 1, 15));
    let c = code_on("هاجمت قوات حفتر أمس مواقع في طرابلس.", d);
    assert_eq!(
        c.events.first().and_then(|e| e.date),
        Some(date(2020, 1, 14)),
        "{c:#?}"
    );
    let c = code_on("ويلتقي بوتين أردوغان غدا.", d);
    assert_eq!(
        c.events.first().and_then(|e| e.date),
        Some(date(2020, 1, 16)),
        "{c:#?}"
    );
    let c = code_on("التقى بوتين أردوغان.", d);
    assert_eq!(c.events.first().and_then(|e| e.date), d, "{c:#?}");
}

#[test]
fn dedup_groups_the_same_event_across_articles() {
    let a = code_on("استقبل أردوغان السراج في أنقرة.", Some(date(2020, 1, 12)));
    let b = code_on("وكان أردوغان قد استقبل السراج.", Some(date(2020, 1, 12)));
    let other = code_on("استقبل أردوغان حفتر.", Some(date(2020, 1, 12)));
    let items = [("a", &a), ("b", &b), ("c", &other)]
        .into_iter()
        .flat_map(|(id, c)| c.events.iter().map(move |e| (id, e)));
    let groups = group_events(items);
    let hosting: Vec<_> = groups
        .iter()
        .filter(|g| {
            g.key
                .as_ref()
                .is_some_and(|k| k.cameo == "043" && k.target.as_deref() == Some("lby.sarraj"))
        })
        .collect();
    assert_eq!(hosting.len(), 1, "{groups:#?}");
    assert_eq!(hosting[0].members, ["a", "b"]);
}

#[test]
fn events_serialize_with_plover_type_field() {
    let c = code("قصفت طائرات حربية مواقع في طرابلس.");
    let json = serde_json::to_value(&c).unwrap_or_default();
    let first = &json["events"][0];
    assert_eq!(first["cameo"], "195", "{json:#}");
    assert_eq!(first["plover"]["type"], "ASSAULT");
    assert_eq!(first["quad_class"], 4);
    assert_eq!(first["modality"], "asserted");
}

#[test]
fn the_one_an_obligation_falls_on_is_the_subject() {
    // Seed 000: «كان على الجنرال خليفه حتّر أن ينسحب من إجتماع موسكو».
    let c = code("كان على الجنرال خليفة حفتر أن ينسحب من اجتماع موسكو الذي جرى ترتيبه.");
    let walkout = with_code(&c, "164");
    assert_eq!(walkout.len(), 1, "{c:#?}");
    assert_eq!(src(walkout[0]), Some("lby.haftar"), "{c:#?}");
}

#[test]
fn fleeing_the_table_halts_talks() {
    for text in [
        "هرب حفتر من طاولة الحوار.",
        "وأعلن هروب حفتر من طاولة الحوار في موسكو.",
    ] {
        let c = code(text);
        let walkout = with_code(&c, "164");
        assert_eq!(walkout.len(), 1, "{text}: {c:#?}");
        assert_eq!(src(walkout[0]), Some("lby.haftar"), "{text}: {c:#?}");
    }
}

/// Attacks of `code`'s root told as news in the sentence: not background, not negated.
fn told(c: &Coded, root: &str) -> usize {
    c.events
        .iter()
        .filter(|e| e.cameo.starts_with(root) && !e.background && !e.negated)
        .count()
}

#[test]
fn dawn_and_figurative_uses_are_no_attacks() {
    assert_eq!(
        told(&code("عمل الفريق حتى الثالثة فجرا في المستشفى."), "18"),
        0
    );
    assert_eq!(
        told(&code("واعتقلت الشرطة فجر أول من أمس ثلاثة مطلوبين."), "18"),
        0
    );
    assert_eq!(
        told(&code("وهدد الخلاف بأن يفجر أزمة جديدة بين الحزبين."), "18"),
        0
    );
    assert_eq!(told(&code("وضرب مثلا على ذلك بالأزمة المالية."), "18"), 0);
    // The same verbs used for violence still code.
    assert_eq!(
        told(&code("وفجر مسلحون عبوة ناسفة قرب دورية للشرطة."), "18"),
        1
    );
}

#[test]
fn events_named_by_a_noun_of_reference_are_not_told_again() {
    for text in [
        "وتنظر المحكمة في قضية خطف صحافي فرنسي.",
        "وحققت السلطات معهم حول صلتهم بالهجوم على السفارة.",
        "وقال إن الضابط كان متورطا في خطف الطيار.",
    ] {
        let c = code(text);
        assert_eq!(told(&c, "18") + told(&c, "19"), 0, "{text}: {:?}", c.events);
    }
}

#[test]
fn a_definite_event_noun_refers_back_to_an_event_already_told() {
    for text in [
        "ووقع الهجوم في مدينة خوست صباح أمس.",
        "وأكد المتحدث أن الاعتداء وقع قرب السفارة.",
        "وأصيب ثلاثة من المارة خلال الاشتباكات.",
    ] {
        let c = code(text);
        assert!(!c.events.is_empty(), "{text}");
        assert!(
            c.events.iter().all(|e| e.background),
            "{text}: {:?}",
            c.events
        );
    }
    // Indefinite, the same nouns tell the news.
    let c = code("وقتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش.");
    assert!(told(&c, "19") + told(&c, "18") >= 1, "{:?}", c.events);
    // After a light verb or as a purpose the article is generic, not a reference back.
    assert_eq!(told(&code("وتعرض الصحافي للتعذيب في السجن."), "18"), 1);
    let c = code("وتجمع مئات المتظاهرين أمام البرلمان للاحتجاج على القانون.");
    assert!(
        c.events
            .iter()
            .any(|e| e.cameo.starts_with("14") && !e.background),
        "{:?}",
        c.events
    );
}

#[test]
fn presupposed_temporal_clauses_are_background_unless_they_explain_a_casualty() {
    let c = code("وأوقفت الحكومة القوافل بعد أن خطف مسلحون شاحنتين.");
    let abductions = with_code(&c, "181");
    assert!(!abductions.is_empty(), "{:?}", c.events);
    assert!(abductions.iter().all(|e| e.background));

    let c = code("وأصيب عشرة أشخاص حين انفجرت قنبلة في السوق.");
    assert_eq!(told(&c, "18"), 1, "{:?}", c.events);
}

#[test]
fn events_under_a_preposition_of_time_are_background_with_their_parties() {
    // Seed 001's lead: Haftar's flight from the talks and his refusal to sign, both under
    // «قبيل»; the refusal's agent is the pronoun on «رفضه».
    let text = "كشفت مصادر صحفية، الساعات الأخيرة قبيل هروب خليفة حفتر من طاولة الحوار في موسكو، ورفضه التوقيع على وقف إطلاق النار.";
    let c = code(text);
    let walkout = with_code(&c, "164");
    assert_eq!(walkout.len(), 1, "{:?}", c.events);
    assert_eq!(src(walkout[0]), Some("lby.haftar"));
    assert!(walkout[0].background);
    let refusal: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("12"))
        .collect();
    assert_eq!(refusal.len(), 1, "{:?}", c.events);
    assert_eq!(src(refusal[0]), Some("lby.haftar"));
    assert!(refusal[0].background);

    // With no known party the presupposed event is not coded at all.
    assert!(code("وعاد الهدوء بعد انسحاب المسلحين.").events.is_empty());

    // «في حين» is «whereas»: what follows is told.
    let c = code("وطالب حفتر بسحب المجموعات، في حين طلب السراج انسحاب مقاتلي حفتر.");
    assert!(c.events.iter().all(|e| !e.background), "{:?}", c.events);
}

#[test]
fn fleeing_talks_is_a_walkout_and_an_expected_signing_did_not_happen() {
    let c = code("لقد فر حفتر عندما كان يتوقع منه أن يوقع على وثيقة.");
    let walkout = with_code(&c, "164");
    assert_eq!(walkout.len(), 1, "{:?}", c.events);
    assert_eq!(src(walkout[0]), Some("lby.haftar"));
    let signing = with_code(&c, "057");
    assert!(
        signing.iter().all(|e| e.modality == Modality::Hypothetical),
        "{signing:?}"
    );
    // Fleeing with no talks in sight is no walk-out.
    assert!(with_code(&code("وفر المسلحون إلى الجبال."), "164").is_empty());
}

#[test]
fn a_coordinated_accusation_keeps_its_subject_and_takes_the_phrase_as_object() {
    // Seed 003: «تندد مصر … وتتهم أنقرة بمحاولة …»: Egypt accuses Ankara.
    let c =
        code("تندد مصر بالتدخل العسكري التركي في ليبيا، وتتهم أنقرة بمحاولة تهديد أمنها القومي.");
    let accuse = with_code(&c, "112");
    assert_eq!(accuse.len(), 1, "{:?}", c.events);
    assert_eq!(
        (src(accuse[0]), tgt(accuse[0])),
        (Some("state.egy"), Some("state.tur"))
    );
}

#[test]
fn a_plural_verb_takes_no_subject_after_it() {
    // «التقوا فيها مسؤولين»: they (the delegation) met officials; «مسؤولين» is the object.
    let c = code("زار وفد سوريا، والتقوا فيها مسؤولين من نظام بشار الأسد.");
    let meet = with_code(&c, "040");
    assert_eq!(meet.len(), 1, "{:?}", c.events);
    assert!(
        meet[0].source.as_ref().is_none_or(|a| !span_text(
            "زار وفد سوريا، والتقوا فيها مسؤولين من نظام بشار الأسد.",
            a.span
        )
        .contains("مسؤولين")),
        "{:?}",
        meet[0]
    );
}

#[test]
fn a_delegation_visits_for_its_principal_and_a_tour_is_a_visit() {
    let c = code("وجاءت زيارة وفد حفتر لكسر العزلة الدولية.");
    let visit = with_code(&c, "042");
    assert_eq!(visit.len(), 1, "{:?}", c.events);
    assert_eq!(src(visit[0]), Some("lby.haftar"));

    let c = code("وتجاهلت جولة أردوغان تونس.");
    assert_eq!(
        with_code(&c, "042").first().and_then(|e| src(e)),
        Some("tur.erdogan")
    );
    // A round of talks or of an election is no tour.
    for text in [
        "وانتهت جولة أردوغان من المفاوضات مع بوتين.",
        "وتقدم أردوغان في جولة الإعادة من الانتخابات.",
    ] {
        assert!(with_code(&code(text), "042").is_empty(), "{text}");
    }
}

#[test]
fn the_place_of_an_event_is_near_it_not_anywhere_in_the_sentence() {
    let text = "والتقى أردوغان بوتين، وأثار اللقاء المزيد من التساؤلات حول ما إذا كان الطرفان يخططان للتنسيق لمواجهة الحضور الغربي المتزايد منذ سنوات في ليبيا.";
    let c = code(text);
    let meet = with_code(&c, "040");
    assert_eq!(meet.len(), 1, "{:?}", c.events);
    assert!(meet[0].location.is_none(), "{:?}", meet[0].location);
}

#[test]
fn a_visit_by_a_delegation_named_through_lam() {
    // Seed 003: a strange visit of a delegation loyal to Haftar to Syria.
    let c = code(
        "أثارت زيارة غريبة لوفد مكون من عسكريين وساسة موالين للانقلابي الليبي خليفة حفتر إلى سوريا، التقوا فيها مسئولين من نظام بشار الأسد.",
    );
    let visit = with_code(&c, "042");
    assert_eq!(visit.len(), 1, "{:#?}", c.events);
    assert_eq!(
        (src(visit[0]), tgt(visit[0])),
        (Some("lby.haftar"), Some("state.syr"))
    );
}

#[test]
fn arguments_are_actors_and_distinct() {
    // One actor named twice («… (الأونروا)») is not its own target.
    let c = code("ودعت وكالة غوث اللاجئين (الأونروا) الأطراف المتحاربة إلى تجنب المدنيين.");
    assert!(
        c.events
            .iter()
            .all(|e| src(e).is_none() || src(e) != tgt(e)),
        "{:?}",
        c.events
    );
    // A year is no agent.
    let c = code("بداية العام 2012 قام بإضراب عن الطعام استمر أسبوعا.");
    let strike = with_code(&c, "142");
    assert_eq!(strike.len(), 1, "{:?}", c.events);
    assert!(strike[0].source.is_none(), "{:?}", strike[0].source);
    // A quantity word opens the object: «قتل رجل أحد المارة».
    let text = "وقتل رجل أحد المارة بسكين.";
    let c = code(text);
    let kill = with_code(&c, "1823");
    assert_eq!(kill.len(), 1, "{:?}", c.events);
    let source = kill[0].source.as_ref().map(|a| span_text(text, a.span));
    assert_eq!(source, Some("رجل"));
}

#[test]
fn event_words_in_names_and_other_senses_are_no_events() {
    assert!(
        code("وعقدت مجموعة دعم ليبيا اجتماعا في برلين.")
            .events
            .iter()
            .all(|e| e.cameo != "050"),
    );
    assert!(with_code(&code("وفشل في تحقيق هدفه بعد سنوات."), "090").is_empty());
    assert!(with_code(&code("وكشفت وثيقة صادرة عن المحافظ أوامر جديدة."), "1711").is_empty());
    // «نريد الوصول إلى السلام من خلال المفاوضات»: wanting is no negotiating.
    let c = code("وقال عباس نريد المفاوضات مع إسرائيل.");
    assert!(
        with_code(&c, "046")
            .iter()
            .all(|e| e.modality == Modality::Future),
        "{:?}",
        c.events
    );
}

#[test]
fn a_country_adjective_on_an_attack_is_its_agent() {
    let c = code("ولقيت حتفها إثر غارة تركية على عفرين.");
    let strike: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("19"))
        .collect();
    assert_eq!(strike.len(), 1, "{:?}", c.events);
    assert_eq!(src(strike[0]), Some("state.tur"));
}

#[test]
fn a_counted_group_before_a_killing_verb_is_its_victims() {
    let c = code("وقالت مصادر إن عشرات الجنود السودانيين قتلوا في كمين نصبه مسلحون.");
    let kill = with_code(&c, "1823");
    assert_eq!(kill.len(), 1, "{:?}", c.events);
    assert_eq!(tgt(kill[0]), Some("sdn.military"));
    assert_ne!(src(kill[0]), Some("sdn.military"));
}

/// The text of an argument of the first event with `code`.
fn arg_text<'a>(text: &'a str, c: &Coded, code: &str, source: bool) -> Option<&'a str> {
    let e = with_code(c, code).into_iter().next()?;
    let arg = if source { &e.source } else { &e.target };
    arg.as_ref().map(|a| span_text(text, a.span))
}

/// Asserts, for each `(text, code, source?, expected)`, the text of the first event's source
/// (or target) with that code.
fn assert_args(cases: &[(&str, &str, bool, &str)]) {
    for &(text, code_, source, expected) in cases {
        let c = code(text);
        assert_eq!(
            arg_text(text, &c, code_, source),
            Some(expected),
            "{text}: {c:#?}"
        );
    }
}

/// Asserts, for each `(text, code, source?, wrong)`, that the first event with that code does
/// not have `wrong` as its source (or target).
fn assert_not_args(cases: &[(&str, &str, bool, &str)]) {
    for &(text, code_, source, wrong) in cases {
        let c = code(text);
        assert_ne!(
            arg_text(text, &c, code_, source),
            Some(wrong),
            "{text}: {c:#?}"
        );
    }
}

#[test]
fn subjects_across_relatives_complementizers_and_dates() {
    // Right after a relative pronoun the subject is the noun described.
    let text = "وكان المسلح الذي هاجم المتجر قد فر.";
    assert_eq!(arg_text(text, &code(text), "190", true), Some("المسلح"));
    // The pronoun on «أنها» is the subject; the phrase after the verb is the object.
    let text = "إلا أنها تدعم جماعات معارضة مسلحة.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "050", true), None);
    assert_eq!(
        arg_text(text, &c, "050", false),
        Some("جماعات معارضة مسلحة")
    );
    // After «أنه» comes a clause led by a verb, not a verbal noun of the speech verb.
    let text = "وأعلنت الوزارة أنه قتل خمسة أشخاص.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), None, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "1823", false), Some("خمسة أشخاص"));
    // A year before the verb is no subject.
    let text = "وفي عام 1970 خطفت الجبهة الشعبية ثلاث طائرات.";
    assert_eq!(
        arg_text(text, &code(text), "181", true),
        Some("الجبهة الشعبية")
    );
}

#[test]
fn victims_and_killers_of_a_killing_verb() {
    // A damma on the first letter marks the passive.
    let text = "قُتلت الصحافية في عفرين.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", false), Some("الصحافية"));
    assert_eq!(arg_text(text, &c, "1823", true), None);
    // People after the verb with an object after them are the killers.
    let text = "وقتل مسلحون خمسة جنود.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), Some("مسلحون"));
    assert_eq!(arg_text(text, &c, "1823", false), Some("خمسة جنود"));
    // With no object they are the victims; a word of harm after «و» is another clause.
    let text = "قتل 15 شخصا وأصيب 20 آخرون في انفجار.";
    let c = code(text);
    assert_eq!(with_code(&c, "1823").len(), 1, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "1823", false), Some("15 شخصا"));
}

#[test]
fn adverbs_reflexives_obligations_and_phones() {
    let text = "وتعهد ترامب مرارا بالانسحاب من الاتفاق.";
    let c = code(text);
    assert!(c.events.iter().all(|e| {
        e.target
            .as_ref()
            .is_none_or(|a| span_text(text, a.span) != "مرارا")
    }));
    let text = "الشركة المسؤولة عن الجسر تدافع عن نفسها.";
    assert_eq!(arg_text(text, &code(text), "052", false), None);
    let c = code("يجب التحقيق في هذا الحادث المأساوي.");
    assert!(
        c.events
            .iter()
            .all(|e| e.modality == Modality::Hypothetical),
        "{:?}",
        c.events
    );
    assert!(with_code(&code("وحكم على شرطي لسرقة هاتف الضحية."), "041").is_empty());
}

#[test]
fn a_tour_that_took_in_places_visits_each_of_them() {
    // Seed 003: Erdogan's diplomatic activity that took in Tunisia and Algeria; the long name
    // between the light verb and the noun counts as one word.
    let c = code(
        "ومنذ أسابيع، قام الرئيس التركي رجب طيب أردوغان بنشاط دبلوماسي لافت، شمل كلا من تونس والجزائر؛ لبحث الملف الليبي.",
    );
    let visits = with_code(&c, "042");
    let mut dyads: Vec<_> = visits.iter().map(|e| (src(e), tgt(e))).collect();
    dyads.sort();
    assert_eq!(
        dyads,
        vec![
            (Some("tur.erdogan"), Some("state.dza")),
            (Some("tur.erdogan"), Some("state.tun"))
        ],
        "{:?}",
        c.events
    );
    // A round of talks that covered issues is no tour.
    assert!(with_code(&code("وانتهت جولة المفاوضات التي شملت ملفات عدة."), "042").is_empty());
}

#[test]
fn a_word_written_with_ta_marbuta_carries_no_pronoun() {
    // «وزارة» is not «و+زار+ه» (and he visited him), «وعدة» not «وعد+ه» (his promise).
    let c = code("استنكرت وزارة الخارجية تصريحات المفوض، وعدة دول أخرى.");
    assert!(with_code(&c, "042").is_empty(), "{:?}", c.events);
    assert!(
        c.events.iter().all(|e| !e.cameo.starts_with("03")),
        "{:?}",
        c.events
    );
    // The same letters with a pronoun, as written: «وزاره الرئيس» is a visit.
    assert_eq!(with_code(&code("وزاره الرئيس في منزله."), "042").len(), 1);
}

#[test]
fn a_preposition_before_a_written_hamza_opens_a_complement() {
    // «لإجراء»: ل + إجراء, so the phrase is no subject of «يدعو».
    let text = "وأكد رئيس الوزراء أنه لن يدعو لإجراء انتخابات مبكرة.";
    let c = code(text);
    let appeal: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("02"))
        .collect();
    assert_eq!(appeal.len(), 1, "{:?}", c.events);
    // The subject is the pronoun on «أنه», the speaker, not the phrase after the verb.
    let source = appeal[0].source.as_ref().map(|a| span_text(text, a.span));
    assert_eq!(source, Some("رئيس الوزراء"));
    assert!(appeal[0].negated);
}

#[test]
fn the_pronoun_on_inna_is_the_speaker_when_it_agrees_with_the_speech_verb() {
    let text = "قالت الصين إنها تدعم الاستقرار في المنطقة.";
    assert_eq!(arg_text(text, &code(text), "050", true), Some("الصين"));
    let text = "وقال الرئيس إنه لن يلتقي نظيره الروسي.";
    let c = code(text);
    let meet: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("03") || e.cameo.starts_with("04"))
        .collect();
    assert_eq!(meet.len(), 1, "{:?}", c.events);
    assert_eq!(
        meet[0].source.as_ref().map(|a| span_text(text, a.span)),
        Some("الرئيس")
    );
    // A masculine «أنه» after a feminine verb is impersonal; killings keep their victims.
    let text = "وأعلنت الوزارة أنه قتل خمسة أشخاص.";
    assert_eq!(arg_text(text, &code(text), "1823", true), None);
    let text = "وقال الوزير إنه قتل خمسة أشخاص في الهجوم.";
    assert_eq!(arg_text(text, &code(text), "1823", true), None);
}

#[test]
fn with_an_object_pronoun_the_phrase_after_the_verb_is_its_subject() {
    let text = "وقاتلت جماعات تدعمها إيران في المنطقة.";
    assert_eq!(arg_text(text, &code(text), "050", true), Some("إيران"));
    let text = "واستقبله الرئيس في القصر.";
    assert_eq!(arg_text(text, &code(text), "043", true), Some("الرئيس"));
}

#[test]
fn short_jussives_only_after_lam() {
    // «لندن» is no «لـ + ندن» (so that we condemn).
    assert!(
        code("ووصل المسؤولون إلى مقر الشركة في وسط لندن أمس.")
            .events
            .iter()
            .all(|e| !e.cameo.starts_with("11"))
    );
    // After «لم» the short form is the verb, negated.
    let c = code("ولم يزر أردوغان تونس منذ سنوات.");
    let visit = with_code(&c, "042");
    assert_eq!(visit.len(), 1, "{:?}", c.events);
    assert!(visit[0].negated);
}

#[test]
fn hoping_to_meet_is_no_meeting_and_a_prepositional_adjunct_is_no_partner() {
    let c = code("وضع في غرفة أملا في اللقاء ببوتين، وفي النهاية نفد صبر حفتر.");
    let meet: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("04"))
        .collect();
    assert!(!meet.is_empty(), "{:?}", c.events);
    assert!(meet.iter().all(|e| e.modality == Modality::Hypothetical));
    assert!(
        meet.iter().all(|e| tgt(e) != Some("lby.haftar")),
        "{meet:?}"
    );
}

#[test]
fn reporting_formulas_and_other_verbs_are_no_events() {
    assert!(
        with_code(
            &code("وقال دبلوماسي طلب عدم ذكر اسمه إن الأمور سارت جيدا."),
            "020"
        )
        .is_empty()
    );
    assert!(
        with_code(
            &code("وتقام المباراة التي تجمع الفريقين مساء اليوم."),
            "141"
        )
        .is_empty()
    );
    // «تجمع» as «gathered» still codes with a crowd.
    assert_eq!(
        with_code(&code("وتجمع مئات المتظاهرين أمام البرلمان."), "141").len(),
        1
    );
}

#[test]
fn resumptive_pronouns_storms_and_complements() {
    // «الذي تسيطر عليه ميليشيات»: an object gap; the subject follows the verb, and the
    // preposition with its pronoun governs nothing after it.
    let text = "أن ميناء الحديدة، الذي تسيطر عليه ميليشيات الحوثي، يجب أن يعمل.";
    assert_eq!(
        arg_text(text, &code(text), "192", true),
        Some("ميليشيات الحوثي")
    );
    // A storm sweeping a region is no invasion; forces are.
    assert!(with_code(&code("اجتاحت العاصفة الترابية مناطق من الولاية."), "192").is_empty());
    assert_eq!(
        with_code(&code("واجتاحت القوات جنوب البلاد."), "192").len(),
        1
    );
    // With an object pronoun, a ب complement after the verb is still no subject.
    let text = "وتقول القناة إن أثينا تتهمهم بمحاولة التأثير على الرهبان.";
    assert_eq!(arg_text(text, &code(text), "112", true), Some("أثينا"));
    // «فقد تجمع»: the perfect «gathered», not «brings together».
    assert_eq!(
        with_code(&code("فقد تجمع مئات المتظاهرين في الطرقات."), "141").len(),
        1
    );
}

#[test]
fn ma_before_an_imperfect_is_which_and_its_object_follows() {
    let text = "ونقلت مقاتلين إلى ليبيا، ما يهدد دول الجوار.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "130", true), None, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "130", false), Some("دول الجوار"));
}

#[test]
fn exceptions_convictions_and_coordinated_adjectives() {
    // «لا … سوى» restricts: Moscow does target militants.
    let c = code("ولكن موسكو تقول إنها لا تستهدف سوى المسلحين بالصواريخ.");
    let attack: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("19"))
        .collect();
    assert!(!attack.is_empty(), "{:?}", c.events);
    assert!(attack.iter().all(|e| !e.negated));
    // A court's conviction is no condemnation; a government's condemnation is.
    assert!(with_code(&code("إذا ثبتت إدانتهم بجرائم خطيرة."), "111").is_empty());
    assert!(with_code(&code("وأدانت المحكمة المتهم بالقتل."), "111").is_empty());
    assert_eq!(with_code(&code("وأدانت مصر الهجوم."), "111").len(), 1);
    // «دوريات أمنية وعسكرية»: one target, not an adjective as a second party.
    let text = "وفجر مسلحون عبوة ناسفة استهدفت دوريات أمنية وعسكرية.";
    let c = code(text);
    assert!(c.events.iter().all(|e| {
        e.target
            .as_ref()
            .is_none_or(|a| span_text(text, a.span) != "وعسكرية")
    }));
}

#[test]
fn names_coordinated_verbs_ranks_and_troops() {
    // «ليبرمان» is a name, not «لـ + يبرمان» (so that they conclude).
    assert!(
        code("وتابع ليبرمان متوجها إلى الأسد.")
            .events
            .iter()
            .all(|e| e.cameo != "057")
    );
    // «ينفي ويتهم»: the accusation is the coalition's own, not denied.
    let text = "التحالف ينفي ويتهم الحوثيين";
    let c = code(text);
    let accuse = with_code(&c, "112");
    assert_eq!(accuse.len(), 1, "{:?}", c.events);
    assert!(!accuse[0].negated);
    assert_eq!(arg_text(text, &c, "112", true), Some("التحالف"));
    assert_eq!(arg_text(text, &c, "112", false), Some("الحوثيين"));
    // «تحتل المرتبة»: a rank, not an occupation.
    assert!(
        with_code(
            &code("وتحتل تركيا المرتبة 157 على قائمة حرية الصحافة."),
            "192"
        )
        .is_empty()
    );
    // «القوات» (troops) is an actor, not the topic noun «قوة».
    let text = "احتلت القوات الإسرائيلية مدينة جنين.";
    assert_eq!(
        arg_text(text, &code(text), "192", true),
        Some("القوات الإسرائيلية")
    );
}

#[test]
fn hosting_is_for_visitors_and_doubled_verbs_keep_their_ya() {
    assert!(
        with_code(
            &code("ويستقبل المطار بشكل أسبوعي طائرات شحن إيرانية."),
            "043"
        )
        .is_empty()
    );
    assert!(with_code(&code("وتستعد قطر لاستضافة كأس العالم."), "043").is_empty());
    assert_eq!(
        with_code(&code("واستقبل الرئيس نظيره الفرنسي في القصر."), "043").len(),
        1
    );
    // «لم تؤد» is the jussive of «أدى» (lead to), not of «أيّد» (endorse).
    assert!(
        code("إذا لم تؤد الظروف الجوية إلى إبطاء السير.")
            .events
            .iter()
            .all(|e| !e.cameo.starts_with("05"))
    );
}

#[test]
fn event_subjects_adjuncts_and_deaths_that_are_no_killings() {
    // «هجوم انتحاري استهدف ثكنة»: the attack is the subject; the barracks its target.
    let text = "قتل 28 شخصا في هجوم انتحاري استهدف ثكنة عسكرية في مدينة دلس.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "190", true), None, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "190", false), Some("ثكنة عسكرية"));
    // «في وقت لاحق» is a time adjunct, «هناك» an adverb, «الذين» opens a relative clause.
    let text = "ثم قتلا في وقت لاحق.";
    assert_eq!(arg_text(text, &code(text), "1823", false), None);
    let text = "كما يرفض المسؤولون هناك التطرق إلى الحديث.";
    assert_eq!(arg_text(text, &code(text), "120", false), Some("التطرق"));
    let text = "وندد المعارضون الذين حشدوا الكثير من المراقبين بحدوث إخلالات.";
    assert_eq!(arg_text(text, &code(text), "111", false), None);
    // «من قبل» with no noun after it is «before», not a passive agent.
    let text = "وأضافت أن جنودا احتجزوا من قبل بسبب صلاتهم بغولن.";
    assert!(code(text).events.iter().all(|e| {
        e.source
            .as_ref()
            .is_none_or(|a| !span_text(text, a.span).starts_with("بسبب"))
    }));
    // Deaths in a collapse or a flood are no killing.
    assert!(with_code(&code("انهار الجسر مما أدى إلى مقتل ستة أشخاص."), "1823").is_empty());
    assert!(with_code(&code("أسفرت السيول عن مقتل أربعة أشخاص."), "1823").is_empty());
    assert_eq!(
        with_code(&code("أسفر الهجوم عن مقتل أربعة أشخاص."), "1823").len(),
        1
    );
}

#[test]
fn pronoun_subjects_interviews_and_goals() {
    // «بينما هي تدعم الإرهاب»: the pronoun is the subject, the phrase after the verb the object.
    let text = "بينما هي تدعم الإرهاب في المنطقة.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "050", true), None, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "050", false), Some("الإرهاب"));
    // «لقاء تلفزيوني» is an interview; «استقبلت شباكه هدفين» conceding goals.
    assert!(
        with_code(
            &code("وفي لقاء تليفزيوني قال المتحدث إن الجيش تقدم."),
            "040"
        )
        .is_empty()
    );
    assert!(
        with_code(
            &code("وانهار المنتخب الذي استقبلت شباكه هدفين في المباراة."),
            "043"
        )
        .is_empty()
    );
    assert_eq!(
        with_code(&code("وعقد الرئيس لقاء مع نظيره."), "040").len(),
        1
    );
    // «تحقيق انتصارات» is achieving victories.
    assert!(with_code(&code("ونجح الجيش في تحقيق انتصارات كبيرة."), "090").is_empty());
}

#[test]
fn objects_adjuncts_and_subjects_carried_in_order() {
    // «الدول الغربية» is a whole phrase, closed by its adjective; the name after it is the object.
    let text = "واتهمت الدول الغربية دمشق باستخدام غاز الكلور.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "112", true),
        Some("الدول الغربية"),
        "{:?}",
        c.events
    );
    assert_eq!(arg_text(text, &c, "112", false), Some("دمشق"));
    // A name inside a time adjunct before a comma is no subject.
    let text = "ومنذ قرار أنقرة، تندد مصر بالتدخل العسكري في ليبيا.";
    assert_eq!(arg_text(text, &code(text), "111", true), Some("مصر"));
    // A partitive «من» keeps the name in the subject.
    let text = "وقال المصدر إن مسلحا من الجنود السودانيين، هاجم القافلة.";
    assert_eq!(
        arg_text(text, &code(text), "190", true),
        Some("الجنود السودانيين")
    );
    // Past the object, a name in a place adjunct is not the target; a sound plural in «ون»
    // has no genitive after it.
    let text = "وهاجم مسلحون قافلة للإغاثة في بلدة قرب دمشق.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "190", true),
        Some("مسلحون"),
        "{:?}",
        c.events
    );
    assert_eq!(arg_text(text, &c, "190", false), Some("قافلة"));
    // A later speech verb does not lend its subject to an earlier event.
    let text = "وتعهد لافروف بأن يكون الحل سياسيا، مضيفا أن قيمة الصفقة تبلغ مليار دولار.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "030", true),
        Some("لافروف"),
        "{:?}",
        c.events
    );
    assert_eq!(arg_text(text, &c, "030", false), None);
}

#[test]
fn a_cause_after_a_verb_of_killing_makes_it_passive() {
    let text = "وقالت العائلة إن عبد اللطيف قتل جراء إطلاق رصاصات عليه.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), None, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "1823", false), Some("عبد اللطيف"));
    // «برصاص X»: X fired.
    let text = "وقتل جنديان برصاص الجيش الروسي قرب الحدود.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "1823", true),
        Some("الروسي"),
        "{:?}",
        c.events
    );
    assert_eq!(arg_text(text, &c, "1823", false), Some("جنديان"));
}

#[test]
fn dates_and_clock_times_are_no_targets() {
    // Nor does a date or time set off by commas or brackets end the search for one.
    assert_args(&[
        ("والتقى حفتر، أمس، السراج في روما.", "040", false, "السراج"),
        (
            "والتقى حفتر يوم 5 مارس 2019 السراج في روما.",
            "040",
            false,
            "السراج",
        ),
        (
            "والتقى حفتر في 19 أكتوبر (تشرين الأول) السراج في روما.",
            "040",
            false,
            "السراج",
        ),
        (
            "واعتقل الأمن في سبتمبر/ أيلول عام 2017 عشرين شخصا.",
            "173",
            false,
            "عشرين شخصا",
        ),
        (
            "والتقى حفتر لأول مرة وفدا من المعارضة في روما.",
            "040",
            false,
            "وفدا",
        ),
        (
            "ويدعم الجيش في الوقت الراهن تحالفا تقوده السعودية.",
            "050",
            false,
            "تحالفا",
        ),
        // Nor are how often, and on the other hand.
        (
            "وزار الوزير ثلاث مرات مدينة بنغازي.",
            "042",
            false,
            "مدينة بنغازي",
        ),
        (
            "والتقى الوزير أكثر من مرة وفدا من المعارضة.",
            "040",
            false,
            "وفدا",
        ),
        (
            "ودعا الوزير من ناحية أخرى النقابات إلى الحوار.",
            "026",
            false,
            "النقابات",
        ),
    ]);
    // A number after a time word that counts the noun after it stays with the noun.
    assert_args(&[(
        "وقتل قبل أيام 45 مسلحا مواليا للنظام.",
        "1823",
        false,
        "45 مسلحا مواليا",
    )]);
    let text =
        "وأكدت الداخلية أنها تلقت طلب استغاثة يوم 02 حزيران/يونيو الساعة 22,45 بخصوص مركب صيد.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "020", false), None, "{:?}", c.events);
}

#[test]
fn a_clause_after_inna_and_its_subject_opens_with_a_verb() {
    // «رفض» is a verb and a verbal noun; a few words after a speech verb it reads as the
    // noun the verb governs («أعلن رفض الاتفاق»), but not once «إن» and a named or definite
    // subject have opened a clause.
    assert_args(&[
        ("وقال إن حفتر رفض الاتفاق.", "127", true, "حفتر"),
        ("وقال المرصد إن بعضهم رفض الاتفاق.", "127", true, "بعضهم"),
        (
            "وأكد أن الرئيس التركي رفض التوقيع على الاتفاق.",
            "127",
            true,
            "الرئيس التركي",
        ),
    ]);
    // An indefinite head before it, or «و», keeps the noun: a decision to reject, a program
    // and support.
    assert_not_args(&[
        (
            "واعتبرت أن قرار رفض طلب التأشيرة مخيب للآمال.",
            "120",
            true,
            "قرار",
        ),
        (
            "ومضت تقول إن البرامج الصاروخية ودعم الإرهاب أسباب كافية.",
            "050",
            true,
            "ومضت",
        ),
    ]);
}

#[test]
fn a_verb_coordinated_with_a_passive_only_verb_is_passive() {
    // «أصيب» is passive wherever it is written without vowels, so «قتل» beside it is too: the
    // people before are the killed, and those after «وأصيب» its subject, not the object.
    let text = "وأعلن الجيش أن جنديا أميركيا قتل وأصيب 10 آخرون في هجوم انتحاري.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), None, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "1823", false), Some("جنديا أميركيا"));
    // Both verbs first: the people after them are the subject they share.
    let text = "قتل وأصيب عشرات الأشخاص في الانفجار.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", false), Some("عشرات الأشخاص"));
    // The active «أصاب» leaves the agent where it stands.
    let text = "المسلحون قتلوا وأصابوا عشرات المدنيين.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), Some("المسلحون"));
}

#[test]
fn an_attack_noun_before_a_verb_is_its_subject_and_no_actor() {
    // An asyndetic relative clause on the attack: what it targeted has no agent in the text,
    // past the attack's adjectives and the weapon it was made with.
    for text in [
        "وقال ان هجوما انتحاريا استهدف نقطة تفتيش للشرطة.",
        "وقال ان هجوما انتحاريا بسيارة مفخخة استهدف نقطة تفتيش للشرطة.",
        "وقال ان هجوما بقنبلة استهدف نقطة تفتيش للشرطة.",
    ] {
        let c = code(text);
        let targeted = c
            .events
            .iter()
            .find(|e| span_text(text, e.trigger.span) == "استهدف");
        let args = targeted.map(|e| {
            let arg = |a: Option<&marsad_events::Arg>| a.map(|a| span_text(text, a.span));
            (arg(e.source.as_ref()), arg(e.target.as_ref()))
        });
        assert_eq!(
            args,
            Some((None, Some("نقطة تفتيش"))),
            "{text}: {:?}",
            c.events
        );
    }
}

#[test]
fn a_named_person_with_a_verb_of_killing_and_no_object_is_its_victim() {
    let text = "طعن بشار الأسد أثناء مشاركته في أنشطة انتخابية.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), None, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "1823", false), Some("بشار الأسد"));
    // Counted people later in the clause are the object: the person acted.
    let text = "وقتل بشار الأسد في الهجوم عشرات المدنيين.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "1823", true),
        Some("بشار الأسد"),
        "{:?}",
        c.events
    );
}

#[test]
fn coordination_stops_at_a_verb_and_a_possessive_la_stays_in_the_subject() {
    // «بمقتل حفتر، واتهم أنقرة»: «واتهم» opens another clause; Ankara is no second victim.
    let text = "ونفى المتحدث أي علاقة للجيش بمقتل حفتر، واتهم أنقرة بتدبير العملية.";
    let c = code(text);
    let accused: Vec<_> = with_code(&c, "112").iter().filter_map(|e| tgt(e)).collect();
    assert_eq!(accused, ["state.tur"], "{:?}", c.events);
    // Haftar, inside «بمقتل حفتر», is no subject of «واتهم».
    assert!(with_code(&c, "112").iter().all(|e| src(e).is_none()));
    // «مسلحا تابعا للرئيس بشار الأسد،»: the «لـ» phrase belongs to the subject before the
    // comma.
    let text = "وقالت الشرطة إن مسلحا تابعا للرئيس بشار الأسد، هاجم القافلة.";
    assert_eq!(arg_text(text, &code(text), "190", true), Some("بشار الأسد"));
}

#[test]
fn a_call_or_meeting_with_the_press_is_an_interview() {
    let text = "وقال لافروف في لقاء مع صحيفة الأهرام إن الحل سياسي.";
    assert!(with_code(&code(text), "040").is_empty());
    let text = "كما أوضح المحامي في اتصال هاتفي مع وكالة فرانس برس أن موكله بريء.";
    assert!(with_code(&code(text), "041").is_empty());
    // A call with a head of state stays.
    let text = "وأجرى بوتين اتصالا هاتفيا بالرئيس بشار الأسد.";
    assert_eq!(with_code(&code(text), "041").len(), 1);
}

#[test]
fn demonstratives_amounts_coordinated_verbs_and_counted_soldiers() {
    // A demonstrative phrase is no actor; a lone «هذه» is no target.
    let text = "وأضاف: هذا الأمر يهدد مستقبل ليبيا.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "130", true), None, "{:?}", c.events);
    let text = "لكن موسكو استنكرت هذه الاتهامات وطالبت أنقرة بفتح تحقيق.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "111", false), None, "{:?}", c.events);
    // «وطالبت» after the head's complement is another predicate, not absorbed.
    assert_eq!(tgt(with_code(&c, "100")[0]), Some("state.tur"));
    // An amount is no arrival.
    assert!(with_code(&code("وكان ثمن الإبرة يصل إلى 1500 دولار في ليبيا."), "042").is_empty());
    assert_eq!(with_code(&code("ووصل أردوغان إلى تونس."), "042").len(), 1);
    // «وقتلت امرأة تركية واحدة»: the woman, known by her nisba, is the victim.
    let text = "وقتلت امرأة تركية واحدة في الهجوم.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), None, "{:?}", c.events);
    assert_eq!(arg_text(text, &c, "1823", false), Some("تركية"));
}

#[test]
fn a_verb_with_wa_after_a_comma_continues_the_clause_before() {
    // Seed 003: «… وأن أنقرة تناوئ نظام السيسي، وترفض الاعتراف به»: Ankara refuses, not Sisi.
    let text = "لا سيما وأن أنقرة تناوئ نظام بشار الأسد، وترفض الاعتراف به.";
    let c = code(text);
    assert_eq!(
        src(with_code(&c, "120")[0]),
        Some("state.tur"),
        "{:?}",
        c.events
    );
}

#[test]
fn dana_condemns_and_a_feddan_is_land() {
    let text = "ودانت مصر الهجوم على تونس.";
    assert_eq!(src(with_code(&code(text), "111")[0]), Some("state.egy"));
    assert!(with_code(&code("ويمتد المجمع على أكثر من 400 فدان في مصر."), "111").is_empty());
}

#[test]
fn coordinated_verbs_share_their_subject_and_la_yazal_is_no_negation() {
    // «لا تزال تدعم … وتدعم الحكومة»: «still supports», and the second verb is Egypt's too.
    let text = "وأكد المصدر أن مصر كانت ولا تزال تدعم استقرار ليبيا وتدعم حكومة السراج.";
    let c = code(text);
    let support = with_code(&c, "050");
    assert_eq!(support.len(), 2, "{:?}", c.events);
    assert!(
        support
            .iter()
            .all(|e| src(e) == Some("state.egy") && !e.negated)
    );
    // «واعتدى المسلحون الحوثيون على فائقة»: the verb's «على» names the victim; the gunmen
    // are the source.
    let text = "واعتدت امرأة تركية على المتظاهرين.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "180", false),
        Some("المتظاهرين"),
        "{:?}",
        c.events
    );
    assert_eq!(arg_text(text, &c, "180", true), Some("تركية"));
}

#[test]
fn an_announced_arrival_is_the_named_persons() {
    // «أعلن» is light and speech; with a person named as the arrival's agent it announces.
    let text = "وأعلنت موسكو وصول الجنرال حفتر إلى دمشق.";
    let c = code(text);
    let arrival = with_code(&c, "042");
    assert_eq!(arrival.len(), 1, "{:?}", c.events);
    assert_eq!(dyad_of(arrival[0]), (Some("lby.haftar"), Some("state.syr")));
}

fn dyad_of(e: &Event) -> (Option<&str>, Option<&str>) {
    (src(e), tgt(e))
}

#[test]
fn a_possible_event_is_hypothetical() {
    // Seed 002: «إمكانية وصول الفريق خليفة حفتر إلى موسكو»: coded, as a possibility.
    let text = "تتوالى الأخبار عن إمكانية وصول الفريق خليفة حفتر إلى موسكو.";
    let c = code(text);
    let arrival = with_code(&c, "042");
    assert_eq!(arrival.len(), 1, "{:?}", c.events);
    assert_eq!(arrival[0].modality, Modality::Hypothetical);
    assert_eq!(dyad_of(arrival[0]), (Some("lby.haftar"), Some("state.rus")));
}

#[test]
fn a_name_in_apposition_after_the_subject_is_no_object() {
    // «ويلتقي زعيم كوريا الشمالية كيم جونغ أون الرئيس بشار الأسد»: Kim is the subject again.
    let text = "ويلتقي زعيم كوريا الشمالية كيم جونغ أون الرئيس بشار الأسد.";
    let c = code(text);
    assert_eq!(
        tgt(with_code(&c, "040")[0]),
        Some("syr.assad"),
        "{:?}",
        c.events
    );
    // A known person right after a name is the object.
    let text = "واستقبل أردوغان السراج.";
    assert_eq!(tgt(with_code(&code(text), "043")[0]), Some("lby.sarraj"));
    // «المجموعة» is a noun, not the quantity «مجموعة من».
    let text = "ودعت المجموعة حكومات ليبيا والجزائر الى اتخاذ خطوات.";
    assert_eq!(arg_text(text, &code(text), "020", true), Some("المجموعة"));
}

#[test]
fn a_reports_source_is_no_subject_and_a_sound_plural_ends_its_phrase() {
    let text = "ونصبوا كمينا في البلدة وفقا لما ذكرته مصر، ليقتلوا 11 مقاتلا من القوات.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), None, "{:?}", c.events);
    let text = "واقتحم متظاهرون السياج الفاصل قرب دمشق.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "190", true),
        Some("متظاهرون"),
        "{:?}",
        c.events
    );
}

#[test]
fn protests_take_their_aim_from_the_protest_phrase_and_stones_their_target() {
    let text = "تظاهر آلاف الليبيين في طرابلس أمس احتجاجا على سياسة أنقرة.";
    let c = code(text);
    let protests = with_code(&c, "141");
    assert_eq!(protests.len(), 1, "{:?}", c.events);
    let phrase = with_code(&c, "140");
    assert_eq!(phrase.len(), 1, "{:?}", c.events);
    assert_eq!(protests[0].target, phrase[0].target);
    assert!(protests[0].target.is_some());
    assert_eq!(phrase[0].source, protests[0].source);
    // «رشق X Y بالحجارة»: Y, inside the multiword trigger, is the target.
    let text = "ورشق مئات المتظاهرين قوات الأمن بالحجارة في طرابلس.";
    assert_eq!(arg_text(text, &code(text), "145", false), Some("قوات الأمن"));
}

#[test]
fn going_out_in_a_demonstration_is_demonstrating() {
    // «خرج» is a light verb: its subject holds the demonstration it goes out in.
    let text = "وخرج آلاف الطلاب في مظاهرات ضد أنقرة.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "141", true),
        Some("آلاف الطلاب"),
        "{:?}",
        c.events
    );
    assert_eq!(tgt(with_code(&c, "141")[0]), Some("state.tur"));
    assert_eq!(
        with_code(&code("وخرجت مظاهرات في مدينة طرابلس."), "141").len(),
        1
    );
}

#[test]
fn people_of_an_actor_before_a_killing_verb_with_no_object_are_its_victims() {
    let text = "وقال المصدر إن عناصر تركية قتلوا خلال الاشتباكات.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "1823", true), None, "{:?}", c.events);
    assert_eq!(tgt(with_code(&c, "1823")[0]), Some("state.tur"));
    // With an object they killed.
    let text = "وقال المصدر إن عناصر تركية قتلوا ثلاثة جنود.";
    assert_eq!(src(with_code(&code(text), "1823")[0]), Some("state.tur"));
}

#[test]
fn subordinate_clauses_keep_the_subject_and_between_names_both_parties() {
    // Seed 001: «حفتر بدأ بالاعتراض على الوساطة التركية، بينما كان يتفاوض مع …، إلى أن تلقى
    // الاتصالات الهاتفية …».
    let text = "وأشارت إلى أن حفتر بدأ بالاعتراض على الوساطة التركية، بينما كان يتفاوض مع السراج حول الوضع الميداني، إلى أن تلقى الاتصالات الهاتفية التي أجراها مع مصر.";
    let c = code(text);
    let talks = with_code(&c, "046");
    assert_eq!(
        dyad_of(talks[0]),
        (Some("lby.haftar"), Some("lby.sarraj")),
        "{:?}",
        c.events
    );
    let call = with_code(&c, "041");
    assert_eq!(tgt(call[0]), Some("lby.haftar"), "{:?}", c.events);
    // «بين مصر وتونس»: with nobody before, both meet each other.
    let c = code("بدأت اجتماعات بين مصر وتونس في القاهرة.");
    let dyads: Vec<_> = with_code(&c, "040").iter().map(|e| dyad_of(e)).collect();
    assert!(
        dyads.contains(&(Some("state.egy"), Some("state.tun"))),
        "{dyads:?}"
    );
    assert!(
        dyads.contains(&(Some("state.tun"), Some("state.egy"))),
        "{dyads:?}"
    );
}

#[test]
fn an_adverb_after_but_keeps_the_subject_before() {
    // Seed 001: «في حين طلب السراج انسحاب …، لكنه بالنهاية وافق على التوقيع».
    let text = "في حين طلب السراج انسحاب مقاتلي حفتر إلى بنغازي، لكنه بالنهاية وافق على التوقيع على الوثيقة.";
    let c = code(text);
    let agreed = with_code(&c, "037");
    assert_eq!(src(agreed[0]), Some("lby.sarraj"), "{:?}", c.events);
    // «لكن الأخير وافق»: «the latter» is a subject of its own, not an adverb of time.
    let text = "طلب السراج انسحاب مقاتلي حفتر، لكن الأخير وافق على التوقيع على الوثيقة.";
    let c = code(text);
    let agreed = with_code(&c, "037");
    assert_ne!(src(agreed[0]), Some("lby.sarraj"), "{:?}", c.events);
}

#[test]
fn a_verb_resuming_an_event_noun_has_the_events_agents() {
    // Seed 003: «زيارة غريبة لوفد … موالين للانقلابي الليبي خليفة حفتر إلى سوريا، التقوا فيها
    // مسئولين من نظام بشار الأسد».
    let text = "أثارت زيارة غريبة لوفد موال لخليفة حفتر إلى دمشق، التقوا فيها مسؤولين من نظام الأسد، تساؤلات.";
    let c = code(text);
    let visit = with_code(&c, "042");
    assert_eq!(src(visit[0]), Some("lby.haftar"), "{:?}", c.events);
    let meeting = with_code(&c, "040");
    assert_eq!(src(meeting[0]), Some("lby.haftar"), "{:?}", c.events);
    // With no comma: «قام … بزيارة هامة إلى الصين التقى خلالها مع كبار المسؤولين».
    let text = "قام أردوغان بزيارة إلى تونس التقى خلالها مع كبار المسؤولين.";
    let c = code(text);
    let meeting = with_code(&c, "040");
    assert_eq!(src(meeting[0]), Some("tur.erdogan"), "{:?}", c.events);
    // Killing during a protest is not the protesters' unless they are said to kill.
    let text = "وحاصر محتجون القنصلية خلال احتجاجات شعبية قتل فيها ثلاثة أشخاص.";
    let c = code(text);
    let killing = with_code(&c, "1823");
    assert_eq!(source_text(text, killing[0]), None, "{:?}", c.events);
}

#[test]
fn men_after_a_feminine_perfect_are_its_object() {
    // «اعتقلت خمسة متظاهرين»: the men are arrested; the feminine agent is dropped.
    let text = "واعتقلت ستة من المتظاهرين.";
    let c = code(text);
    let arrest = with_code(&c, "173");
    assert_eq!(source_text(text, arrest[0]), None, "{:?}", c.events);
    let target = arrest[0].target.as_ref().map(|a| span_text(text, a.span));
    assert_eq!(target, Some("ستة من المتظاهرين"));
    let c = code("وطالبت السوريين في الخارج بكفالة العائلات.");
    assert!(c.events.iter().all(|e| src(e).is_none()), "{:?}", c.events);
    assert!(
        c.events.iter().any(|e| tgt(e) == Some("state.syr")),
        "{:?}",
        c.events
    );
    // The men are a genitive of a feminine head: that head is the subject.
    let c = code("وطالبت نقابة المحامين السوريين بالإفراج عن المعتقلين.");
    assert!(
        c.events.iter().any(|e| src(e) == Some("state.syr")),
        "{:?}",
        c.events
    );
    // A feminine count («مجموعة») may head the subject.
    let text = "ورفعت مجموعة من الناشطين دعوى قضائية.";
    let c = code(text);
    assert_eq!(
        c.events.first().and_then(|e| source_text(text, e)),
        Some("مجموعة من الناشطين"),
        "{:?}",
        c.events
    );
    // An imperfect's ت also opens perfects of form V: «تقدم المتظاهرون».
    let text = "وتقدم المتظاهرون بمذكرات احتجاج ورفض للمادة المذكورة.";
    let c = code(text);
    let rejection = with_code(&c, "120");
    assert_eq!(
        source_text(text, rejection[0]),
        Some("المتظاهرون"),
        "{:?}",
        c.events
    );
}

#[test]
fn min_taraf_marks_the_agent_as_min_janib_does() {
    // «تعرض للضرب والتعذيب من طرف الخاطفين» (GSR).
    let text = "وكان صوته يدل على انه تعرض للضرب والتعذيب من طرف الخاطفين.";
    let c = code(text);
    let beating = with_code(&c, "182");
    assert_eq!(
        source_text(text, beating[0]),
        Some("الخاطفين"),
        "{:?}",
        c.events
    );
    // «من طرف واحد» is «unilaterally»: no one is named.
    let text = "ووافقت موسكو على نزع الأسلحة لكنها ترفض أن تكون التنازلات من طرف واحد.";
    let c = code(text);
    assert!(
        c.events
            .iter()
            .all(|e| source_text(text, e) != Some("واحد")),
        "{:?}",
        c.events
    );
}

#[test]
fn under_a_light_verb_the_genitive_actor_is_acted_on() {
    // Seed 000: «وبادر إلى توعد قائد الجيش الوطني الليبي بالثبور».
    let text = "وبادر أردوغان إلى توعد حفتر بالثبور.";
    let c = code(text);
    let threat = with_code(&c, "130");
    assert_eq!(
        dyad_of(threat[0]),
        (Some("tur.erdogan"), Some("lby.haftar")),
        "{:?}",
        c.events
    );
    // With no light verb the genitive is the agent: «هروب حفتر».
    let c = code("وأعلن هروب حفتر من طاولة الحوار في موسكو.");
    assert_eq!(src(with_code(&c, "164")[0]), Some("lby.haftar"));
}

#[test]
fn a_noun_of_purpose_has_its_patient_as_genitive() {
    // Seed 003: «قرار البرلمان التركي، إرسال قوات لدعم "الوفاق"».
    let text = "وقررت أنقرة إرسال قوات لدعم السراج في طرابلس.";
    let c = code(text);
    let support = with_code(&c, "050");
    assert_eq!(tgt(support[0]), Some("lby.sarraj"), "{:?}", c.events);
    assert_ne!(src(support[0]), Some("lby.sarraj"));
    // With a «لـ» target after it, the genitive is the agent: «دعم روسيا لحفتر».
    let text = "وأكد المصدر دعم موسكو لحفتر.";
    let c = code(text);
    assert_eq!(
        dyad_of(with_code(&c, "050")[0]),
        (Some("state.rus"), Some("lby.haftar"))
    );
}

#[test]
fn a_possessive_noun_with_its_patient_after_la_is_told() {
    // Seed 002: «والدور الروسي ودعمه للجيش الليبي». A verb with an object pronoun takes no
    // «لـ» object: the word is the verbal noun, its pronoun the actor named just before.
    let text = "وأكد المتحدث أن لدينا تطلعات مع القيادة والدور الروسي ودعمه لحفتر.";
    let c = code(text);
    let support = with_code(&c, "050");
    assert_eq!(support.len(), 1, "{:?}", c.events);
    assert_eq!(dyad_of(support[0]), (Some("state.rus"), Some("lby.haftar")));
}

#[test]
fn success_is_a_light_verb_and_channels_of_contact_are_consultation() {
    // Seed 002.
    let text = "وفقا للمعلومات المتوافرة، فقد نجح الفريق حفتر في فتح قنوات اتصال مع موسكو.";
    let c = code(text);
    let consult = with_code(&c, "040");
    assert_eq!(consult.len(), 1, "{:?}", c.events);
    assert_eq!(dyad_of(consult[0]), (Some("lby.haftar"), Some("state.rus")));
}

#[test]
fn troops_entering_a_town_and_whom_the_town_is_loyal_to() {
    // Seed 004: announced through «عن» past a long subject; the town, not the one it is loyal
    // to, is entered; the phrase starts at its noun, not at the preposition.
    let text = "وأعلنت مصادر من غرفة العمليات التابعة للسراج عن دخول قوات السراج لمدينة سرت الموالية لحفتر.";
    let c = code(text);
    let entry = with_code(&c, "192");
    assert_eq!(entry.len(), 1, "{:?}", c.events);
    assert_eq!(src(entry[0]), Some("lby.sarraj"), "{:?}", c.events);
    assert_eq!(tgt(entry[0]), None);
    let target = entry[0].target.as_ref().map(|a| span_text(text, a.span));
    assert_eq!(target, Some("مدينة سرت"));
    // Entering is an occupation only for troops, and not «دخل في» (entered into talks).
    assert!(with_code(&code("ودخلت الحرب في سوريا عامها الخامس."), "192").is_empty());
    assert!(with_code(&code("وقال إن قوات حفتر دخلت في مفاوضات مع السراج."), "192").is_empty());
    assert_eq!(
        src(with_code(&code("ودخلت قوات حفتر طرابلس."), "192")[0]),
        Some("lby.haftar")
    );
}

#[test]
fn a_verb_and_its_preposition_take_the_subject_between_them() {
    // VSO: «سيطرت قوات حفتر على طرابلس», not only SVO «قوات حفتر سيطرت على».
    let c = code("وسيطرت قوات حفتر على طرابلس.");
    assert_eq!(
        dyad_of(with_code(&c, "192")[0]),
        (Some("lby.haftar"), Some("lby.tripoli"))
    );
    // The gap never opens another clause: «يتراجع» here is a retreat, not «تراجع عن».
    let c = code("إن أردوغان يتراجع على الأرض في ليبيا، لكنه يضغط على أنقرة للتراجع عن قرارها.");
    assert!(with_code(&c, "080").is_empty(), "{:?}", c.events);
}

#[test]
fn a_light_verb_coordinated_with_an_earlier_verb_shares_its_subject() {
    // Seed 000: «أن رجب طيب أردوغان قد خرج عن طوره كرجل دولة وبادر إلى توعد قائد الجيش».
    let text = "والدليل على هذا أن أردوغان قد خرج عن طوره كرجل دولة وبادر إلى توعد حفتر بالثبور.";
    let c = code(text);
    let threat = with_code(&c, "130");
    assert_eq!(threat.len(), 1, "{:?}", c.events);
    assert_eq!(
        dyad_of(threat[0]),
        (Some("tur.erdogan"), Some("lby.haftar"))
    );
}

#[test]
fn what_news_is_about_is_a_reported_event() {
    // Seed 002: «وهناك معلومات شحيحة نسبيا حول لقاء ممثليه مع مسؤولين روس».
    let c = code("وهناك معلومات شحيحة نسبيا حول لقاء حفتر مع لافروف في موسكو.");
    let meeting = with_code(&c, "040");
    assert_eq!(meeting.len(), 1, "{:?}", c.events);
    assert_eq!(
        dyad_of(meeting[0]),
        (Some("lby.haftar"), Some("rus.lavrov"))
    );
    assert_eq!(meeting[0].modality, Modality::Reported);
    // News tells the event; an article about one does not.
    let c = code("ونشر الموقع معلومات حول اجتماعات سرية في موسكو.");
    assert_eq!(with_code(&c, "040").len(), 1, "{:?}", c.events);
    let c = code("ونشر الموقع مقالا حول اجتماعات سرية في موسكو.");
    assert!(with_code(&c, "040").is_empty(), "{:?}", c.events);
}

#[test]
fn forces_with_a_pronoun_stand_for_the_actor_it_agrees_with() {
    // Seed 004: «أعلنت مصادر من غرفة عمليات بركان الغضب التابعة للسراج عن دخول قواتها».
    // «ها» is a state or an organisation, not the person named after it.
    let c = code("وأعلنت مصادر في أنقرة القريبة من أردوغان عن دخول قواتها إلى ليبيا.");
    let entry = with_code(&c, "192");
    assert_eq!(entry.len(), 1, "{:?}", c.events);
    assert_eq!(dyad_of(entry[0]), (Some("state.tur"), Some("state.lby")));
    // «ه» is a person.
    let c = code("وأعلن أردوغان في أنقرة عن دخول قواته إلى ليبيا.");
    assert_eq!(src(with_code(&c, "192")[0]), Some("tur.erdogan"));
}

#[test]
fn coordinated_verbs_of_different_gender_have_subjects_of_their_own() {
    let text = "حيث دعم بوتين حفتر ودعمت أنقرة السراج.";
    let c = code(text);
    let support = with_code(&c, "050");
    let dyads: Vec<_> = support.iter().map(|e| dyad_of(e)).collect();
    assert_eq!(
        dyads,
        [
            (Some("rus.putin"), Some("lby.haftar")),
            (Some("state.tur"), Some("lby.sarraj"))
        ],
        "{:?}",
        c.events
    );
    // Of one gender they share it: «تدعم استقرار لبنان وتدعم الحكومة».
    let c = code("وقالت إن أنقرة تدعم حفتر وتدعم السراج.");
    let sources: Vec<_> = with_code(&c, "050").iter().map(|e| src(e)).collect();
    assert_eq!(
        sources,
        [Some("state.tur"), Some("state.tur")],
        "{:?}",
        c.events
    );
}

#[test]
fn a_preposition_with_its_pronoun_is_no_argument_and_marks_a_relative_gap() {
    // «فيها» read as «ف + يها» was no preposition: the antecedent became the subject.
    let c = code("وكانت هذه هي المرة الأولى التي يزور فيها أردوغان دمشق.");
    assert_eq!(
        dyad_of(with_code(&c, "042")[0]),
        (Some("tur.erdogan"), Some("state.syr")),
        "{:?}",
        c.events
    );
    // Nor is it part of the object phrase.
    let text = "ورفع المتظاهرون شعارات طالبوا فيها الحكومة بالاستقالة.";
    let c = code(text);
    let demand = c
        .events
        .iter()
        .find(|e| e.trigger.lemma == "طالب")
        .and_then(|e| e.target.as_ref())
        .map(|a| span_text(text, a.span));
    assert_eq!(demand, Some("الحكومة"), "{:?}", c.events);
}

#[test]
fn adverbs_of_manner_are_no_arguments() {
    // «شاركت بفاعلية في قتال تنظيم الدولة», «ودافعت بشدة عن»: not a subject nor an object.
    let text = "وأدانت أنقرة بشدة الهجوم على طرابلس.";
    let c = code(text);
    let condemn = with_code(&c, "111");
    assert_eq!(src(condemn[0]), Some("state.tur"), "{:?}", c.events);
    let target = condemn[0].target.as_ref().map(|a| span_text(text, a.span));
    assert_ne!(target, Some("بشدة"), "{:?}", c.events);
    let text = "وأكد أن قوات حفتر شاركت بفاعلية في قتال المسلحين.";
    let c = code(text);
    let fight = with_code(&c, "190");
    let source = fight[0].source.as_ref().map(|a| span_text(text, a.span));
    assert_ne!(source, Some("بفاعلية"), "{:?}", c.events);
}

#[test]
fn an_adjective_of_possibility_or_expectation_sets_the_modality_of_a_noun() {
    let c = code("وظهرت تقارير بشأن ضربة جوية تركية محتملة لدمشق.");
    let strikes = with_code(&c, "195");
    assert_eq!(
        strikes[0].modality,
        Modality::Hypothetical,
        "{:?}",
        c.events
    );
    let c = code("وبحث الوزير مع نظيره زيارة أردوغان المرتقبة إلى تونس.");
    let visit = c
        .events
        .iter()
        .find(|e| e.trigger.lemma == "زيارة")
        .map(|e| e.modality);
    assert_eq!(visit, Some(Modality::Future), "{:?}", c.events);
}

#[test]
fn what_prompted_someone_or_a_need_is_no_appeal() {
    // «مما دعا طهران إلى دعوة رعاياها»: «ما دعا» is causal, «which led Tehran to».
    let c = code("وأحرق متظاهرون مقرا في طرابلس، مما دعا أنقرة إلى سحب رعاياها.");
    assert!(
        c.events.iter().all(|e| !e.cameo.starts_with("02")),
        "{:?}",
        c.events
    );
    // «إن دعت الحاجة»: if need be.
    let c = code("وقال أردوغان إن تركيا ستتدخل في ليبيا إن دعت الحاجة.");
    assert!(
        c.events.iter().all(|e| !e.cameo.starts_with("02")),
        "{:?}",
        c.events
    );
    let c = code("ودعت أنقرة حفتر إلى الانسحاب.");
    assert_eq!(tgt(with_code(&c, "0256")[0]), Some("lby.haftar"));
}

#[test]
fn a_student_is_no_demand() {
    // «ماجد، طالب آخر يدرس في نفس المجال»: «طالب» before «آخر» is a noun.
    let c = code("وقال حفتر، طالب آخر في الجامعة، إن الدراسة صعبة.");
    assert!(with_code(&c, "100").is_empty(), "{:?}", c.events);
    let c = code("وطالب أردوغان حفتر بالانسحاب.");
    assert!(
        c.events.iter().any(|e| e.cameo.starts_with("10")),
        "{:?}",
        c.events
    );
}

#[test]
fn an_act_in_a_subjunctive_clause_is_hypothetical() {
    // «طلبت منه ألا يقتلها», «تبيح لكل متطرف أن يحاول اغتيال»: asked for or made possible,
    // not done.
    let c = code("وطلبت مصر من حفتر ألا يهاجم طرابلس.");
    let attack = with_code(&c, "190");
    assert_eq!(attack.len(), 1, "{:?}", c.events);
    assert_eq!(attack[0].modality, Modality::Hypothetical);
    // Through the light verb that governs the noun.
    let c = code("وجاء الجنود كي يشنوا هجوما على طرابلس.");
    let attack = with_code(&c, "190");
    assert_eq!(attack.len(), 1, "{:?}", c.events);
    assert_eq!(attack[0].modality, Modality::Hypothetical);
    // «قبل أن», «بعد أن»: temporal, and the act took place.
    let c = code("وانسحبت القوات قبل أن يهاجم حفتر طرابلس.");
    assert_eq!(
        with_code(&c, "190")[0].modality,
        Modality::Asserted,
        "{:?}",
        c.events
    );
}

#[test]
fn without_it_happening_is_a_negation() {
    // «سقط الصاروخ من دون أن ينفجر»: «دون أن» denies the act of its clause.
    let c = code("وسقط صاروخ قرب طرابلس من دون أن ينفجر.");
    let blast = with_code(&c, "183");
    assert_eq!(blast.len(), 1, "{:?}", c.events);
    assert!(blast[0].negated, "{:?}", c.events);
    assert_eq!(blast[0].modality, Modality::Asserted);
}

fn protest_target(text: &str) -> Option<String> {
    let c = code(text);
    let protest = c.events.iter().find(|e| e.cameo.starts_with("14"));
    assert!(protest.is_some(), "no protest in {text}: {:?}", c.events);
    protest.and_then(|e| e.target.as_ref()).map(|a| {
        a.actor_id
            .clone()
            .unwrap_or_else(|| span_text(text, a.span).to_string())
    })
}

#[test]
fn the_institution_a_protest_faces_is_its_target() {
    // The embassy stands for its country.
    let target = protest_target("وتظاهر مئات الطلاب أمام السفارة التركية في القاهرة.");
    assert_eq!(target.as_deref(), Some("state.tur"));
    let target = protest_target("وانطلقت مسيرة احتجاجية للمتظاهرين باتجاه مقر الحكومة.");
    assert_eq!(target.as_deref(), Some("مقر الحكومة"));
    // A bare place is where, not against whom; «نحو» before a number is «about».
    assert_eq!(protest_target("وتظاهر الطلاب أمام الكاتدرائية."), None);
    assert_eq!(protest_target("وتظاهر نحو 500 شخص في طرابلس."), None);
}

#[test]
fn slogans_and_demands_name_what_a_protest_is_against() {
    let target = protest_target("وتجمع المتظاهرون في طرابلس وهتفوا بشعارات مناهضة لحفتر.");
    assert_eq!(target.as_deref(), Some("lby.haftar"));
    let target = protest_target("واحتشد آلاف المتظاهرين للمطالبة باستقالة الحكومة.");
    assert_eq!(target.as_deref(), Some("الحكومة"));
    // «سقوط» is no slogan: «في ذكرى سقوط بغداد», «سقوط جرحى».
    let target = protest_target("واحتشد آلاف المتظاهرين في ذكرى سقوط النظام.");
    assert_eq!(target, None);
}

#[test]
fn what_a_verb_of_disapproval_condemns_is_background() {
    // «يندد بشدة باعتداءات مدريد»: the attacks are known; the condemnation is the news.
    let c = code("وقال أردوغان إنه يندد بشدة باعتداءات طرابلس.");
    let attack = with_code(&c, "180");
    assert_eq!(attack.len(), 1, "{:?}", c.events);
    assert!(attack[0].background, "{:?}", c.events);
    assert!(!with_code(&c, "111")[0].background);
    // Told for itself, the same attack is news.
    let c = code("وقال أردوغان إنه شهد اعتداءات طرابلس.");
    let attack = with_code(&c, "180");
    assert_eq!(attack.len(), 1, "{:?}", c.events);
    assert!(!attack[0].background, "{:?}", c.events);
}

#[test]
fn a_coordinated_imperfect_shares_the_mood_of_the_first() {
    // «لا يستحق أن يعتقل ويعذب»: both acts are under «أن»; «قد يهاجم … ويقصف»: under «قد».
    let c = code("وطلبت مصر من حفتر ألا يهاجم طرابلس ويقصف مطارها.");
    let shelling = with_code(&c, "194");
    assert_eq!(shelling.len(), 1, "{:?}", c.events);
    assert_eq!(shelling[0].modality, Modality::Hypothetical);
    let c = code("وقد يهاجم حفتر طرابلس ويقصف مطارها.");
    let shelling = with_code(&c, "194");
    assert_eq!(shelling.len(), 1, "{:?}", c.events);
    assert_eq!(shelling[0].modality, Modality::Hypothetical);
    // A perfect after it is told as done.
    let c = code("وقال حفتر إنه يريد أن يهاجم طرابلس وقصف مطارها أمس.");
    assert!(
        with_code(&c, "194")
            .iter()
            .all(|e| e.modality != Modality::Hypothetical),
        "{:?}",
        c.events
    );
}

#[test]
fn protesters_burning_and_throwing_stones_riot() {
    // PLOVER's riot mode: violent acts whose agents are protesters.
    let c = code("وأضرم المتظاهرون النار في مبان حكومية في طرابلس.");
    let riot = with_code(&c, "145");
    assert_eq!(riot.len(), 1, "{:?}", c.events);
    let source = riot[0]
        .source
        .as_ref()
        .map(|a| span_text("وأضرم المتظاهرون النار في مبان حكومية في طرابلس.", a.span));
    assert_eq!(source, Some("المتظاهرون"));
    let c = code("وألقى متظاهرون الحجارة على الشرطة.");
    assert_eq!(with_code(&c, "145").len(), 1, "{:?}", c.events);
    // Without protesters, a fire is no riot.
    let c = code("وأضرم مجهولون النار في سيارة.");
    assert!(with_code(&c, "145").is_empty(), "{:?}", c.events);
}

#[test]
fn an_attack_noun_as_subject_acts_for_the_actor_named_on_it() {
    // «وقتلت الغارات الروسية 80 شخصا»: Russia kills, it is not the victim.
    let text = "وقتلت الغارات الروسية 80 شخصا في إدلب.";
    let c = code(text);
    let killing = with_code(&c, "1823");
    assert_eq!(killing.len(), 1, "{:?}", c.events);
    assert_eq!(src(killing[0]), Some("state.rus"), "{:?}", c.events);
    let victims = killing[0].target.as_ref().map(|a| span_text(text, a.span));
    assert_eq!(victims, Some("80 شخصا"));
    // Coordinated nisbas all act.
    let c = code("واستهدفت الغارات التركية والروسية قوات حفتر.");
    let strikes: Vec<_> = with_code(&c, "190")
        .into_iter()
        .filter(|e| e.trigger.lemma != "غارة")
        .map(dyad_of)
        .collect();
    assert!(
        strikes.contains(&(Some("state.tur"), Some("lby.haftar"))),
        "{:?}",
        c.events
    );
    assert!(
        strikes.contains(&(Some("state.rus"), Some("lby.haftar"))),
        "{:?}",
        c.events
    );
    // «قصف لمقاتلات حفتر»: aircraft under «لـ» are the means; their owner strikes.
    let c = code("وقتل 20 شخصا في قصف لمقاتلات حفتر في المدينة.");
    let shelling: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("19"))
        .map(dyad_of)
        .collect();
    assert!(
        !shelling.is_empty() && shelling.iter().all(|d| d.0 == Some("lby.haftar")),
        "{:?}",
        c.events
    );
    // «استهدف بسبعة صواريخ»: a count after ب or ل is under its preposition, no agent.
    let text = "وقال الجيش إن موقعا قرب حمص استهدف بسبعة صواريخ.";
    let c = code(text);
    assert!(
        c.events.iter().any(|e| e.cameo.starts_with("19"))
            && c.events
                .iter()
                .all(|e| source_text(text, e).is_none_or(|s| !s.contains("صواريخ"))),
        "{:?}",
        c.events
    );
    // A compass point before a country names where the strikes fell, not who struck.
    for text in [
        "وقتل 45 مسلحا في غارات جوية شرقي سوريا.",
        "وقتل 20 شخصا في قصف شمالي سوريا.",
    ] {
        let c = code(text);
        assert!(
            c.events.iter().all(|e| src(e) != Some("state.syr")),
            "{text}: {:?}",
            c.events
        );
    }
    // After a verb of reaction the attack noun is the object.
    let c = code("وأدان أردوغان الهجوم الروسي.");
    assert_eq!(
        tgt(with_code(&c, "111")[0]),
        Some("state.rus"),
        "{:?}",
        c.events
    );
}

fn source_text<'a>(text: &'a str, e: &Event) -> Option<&'a str> {
    e.source.as_ref().map(|a| span_text(text, a.span))
}

#[test]
fn an_armed_speaker_acts_in_the_killing_it_announces() {
    // An armed speaker and an object: the pronoun on «إن» is the agent.
    let text = "وقال الجيش إنه قتل عشرات المتمردين.";
    let c = code(text);
    let killing = with_code(&c, "1823");
    assert_eq!(killing.len(), 1, "{:?}", c.events);
    assert_eq!(source_text(text, killing[0]), Some("الجيش"));
    // An object pronoun makes the verb active whoever speaks.
    let text = "وأعلن التنظيم أنه خطفهما من الأراضي التونسية.";
    let c = code(text);
    let abduction = with_code(&c, "181");
    assert_eq!(abduction.len(), 1, "{:?}", c.events);
    assert_eq!(source_text(text, abduction[0]), Some("التنظيم"));
    // A spokesman's «إنه قتل» is the impersonal passive; with no object the speaker is the
    // victim, and an addressee under «لـ» is nobody's agent.
    for text in [
        "وقال المتحدث إنه قتل خمسة أشخاص.",
        "وقالت الرهينة إنها اختطفت مع والديها.",
        "لقد قال لنائبة إنه لن يغتصبها.",
        "وقال لأردوغان إنه لن يقتله.",
    ] {
        let c = code(text);
        assert!(
            c.events.iter().all(|e| e.source.is_none()),
            "{text}: {:?}",
            c.events
        );
    }
}

#[test]
fn a_count_before_the_subject_keeps_a_light_verb_in_reach() {
    let text = "قام عدد من جنود المارينز بقتل المدنيين.";
    let c = code(text);
    let killing = with_code(&c, "1823");
    assert_eq!(killing.len(), 1, "{:?}", c.events);
    assert_eq!(source_text(text, killing[0]), Some("عدد من جنود المارينز"));
    // Past a verb the count does not reach back: the inquiry is the arrest's purpose.
    let text = "إلا أن الشرطة أكدت أن هذه المظاهرة غير قانونية، فقامت بتفريقها، واعتقلت ستة من المتظاهرين للتحقيق معهم.";
    let c = code(text);
    assert!(
        with_code(&c, "090")
            .iter()
            .all(|e| source_text(text, e) != Some("بتفريقها")),
        "{:?}",
        c.events
    );
}

#[test]
fn a_relative_clause_names_who_carried_out_an_event_noun() {
    let text = "ووقع هجوم مسلح نفذه متمردون على موقع للجيش.";
    let c = code(text);
    let attack = with_code(&c, "190");
    assert_eq!(attack.len(), 1, "{:?}", c.events);
    assert_eq!(source_text(text, attack[0]), Some("متمردون"));
    let text = "وأدى الحصار الجزئي الذي تفرضه قوات التحالف إلى أزمة.";
    let c = code(text);
    let siege = with_code(&c, "191");
    assert_eq!(siege.len(), 1, "{:?}", c.events);
    assert_eq!(source_text(text, siege[0]), Some("قوات التحالف"));
    // A killing in that attack is the attacker's.
    let text = "قتل 15 جنديا في هجوم شنته جماعة متمردة على موقع حدودي.";
    let c = code(text);
    let killing = with_code(&c, "1823");
    assert_eq!(killing.len(), 1, "{:?}", c.events);
    assert_eq!(source_text(text, killing[0]), Some("جماعة متمردة"));
    // Not an accusation's complement, a quoted title, or a clause after a possessive.
    let text = "وكانت فرقة مظلية من قوات الأمن قد قتلت أول من أمس أربعة من المتهمين بالهجوم الانتحاري الذي نفذته خلية من القاعدة على قافلة.";
    let c = code(text);
    assert!(
        with_code(&c, "1823")
            .iter()
            .all(|e| source_text(text, e) != Some("خلية")),
        "{:?}",
        c.events
    );
    for (text, code_, not_agent) in [
        (
            "وأعربت الرابطة عن سرورها بتوقيع \"عقدها الأول للنقل المباشر\".",
            "057",
            "الأول",
        ),
        (
            "وانطلقت تظاهرة وسط بغداد عبر المشاركون فيها عن تأييدهم لما قام به الزيدي.",
            "051",
            "الزيدي",
        ),
    ] {
        let c = code(text);
        let coded = with_code(&c, code_);
        assert!(!coded.is_empty(), "{text}: {:?}", c.events);
        assert!(
            coded
                .iter()
                .all(|e| source_text(text, e) != Some(not_agent)),
            "{text}: {:?}",
            c.events
        );
    }
}

#[test]
fn a_protest_without_an_agent_is_the_crowds_named_before_it() {
    let text = "وتدفق آلاف المتظاهرين إلى المدينة احتجاجا على زيارته.";
    let c = code(text);
    let protest = with_code(&c, "140");
    assert!(!protest.is_empty(), "{:?}", c.events);
    assert!(
        protest
            .iter()
            .all(|e| source_text(text, e) == Some("آلاف المتظاهرين")),
        "{:?}",
        c.events
    );
    let text = "خرج مساء أمس مئات من المتظاهرين احتجاجا على تعامل الحكومة مع الحرائق.";
    let c = code(text);
    let protest = with_code(&c, "140");
    assert!(!protest.is_empty(), "{:?}", c.events);
    assert_eq!(
        source_text(text, protest[0]),
        Some("مئات من المتظاهرين"),
        "{:?}",
        c.events
    );
    // Not a crowd under a preposition, coordinated after another party, or heading the
    // protest noun itself.
    for text in [
        "وفي كلمة أمام آلاف المتظاهرين للاحتجاج على العدوان، تساءل عن غياب الأسلحة.",
        "وقتل شخص وأصيب عشرات آخرون إثر مصادمات بين قوات الشرطة ومتظاهرين في المدينة احتجاجا على البطالة.",
        "وبدأ الجيش أمس بقمع حركة الاحتجاج التي تشهدها البلاد.",
    ] {
        let c = code(text);
        let protest: Vec<_> = c.events.iter().filter(|e| e.cameo == "140").collect();
        assert!(!protest.is_empty(), "{text}: {:?}", c.events);
        assert!(
            protest.iter().all(|e| e.source.is_none()),
            "{text}: {:?}",
            c.events
        );
    }
}

#[test]
fn via_is_a_preposition_and_its_verbal_noun_an_event() {
    // «عبر» without «عن» is «via»: it reports nothing, and the act it introduces happened.
    let text = "لكن إسرائيل ردت عبر اغتيال قائد الجماعة.";
    let c = code(text);
    let killing = with_code(&c, "186");
    assert_eq!(killing.len(), 1, "{:?}", c.events);
    assert_eq!(killing[0].modality, Modality::Asserted, "{:?}", c.events);
    let text = "وهددت أنقرة عبر حسابها على تويتر بقصف طرابلس.";
    let c = code(text);
    let threat = with_code(&c, "138");
    assert!(!threat.is_empty(), "{:?}", c.events);
    assert!(
        threat.iter().all(|e| e.modality == Modality::Asserted),
        "{:?}",
        c.events
    );
    // «عبر … عن» is «expressed»: what follows is the speaker's.
    let text = "وعبر السراج، الخميس، عن رفضه لقاء حفتر.";
    let c = code(text);
    let refusal = with_code(&c, "125");
    assert_eq!(refusal.len(), 1, "{:?}", c.events);
    assert_eq!(refusal[0].modality, Modality::Reported);
    assert_eq!(src(refusal[0]), Some("lby.sarraj"));
}

#[test]
fn a_phrase_opened_by_a_demonstrative_under_a_preposition_is_no_subject() {
    // The phrase is longer than the five words a subject keeps; its preposition is before
    // them.
    for text in [
        "وتستهدف مصر عبر تلك الخطوة زيادة التعاون الأمني وتسهيل تبادل المعلومات.",
        "وتستهدف مصر بهذه الخطوة زيادة التعاون الأمني وتسهيل تبادل المعلومات.",
    ] {
        let c = code(text);
        let exchange = with_code(&c, "064");
        assert_eq!(exchange.len(), 1, "{text}: {:?}", c.events);
        assert!(exchange[0].source.is_none(), "{text}: {:?}", c.events);
    }
}

#[test]
fn a_hedged_count_is_the_argument_not_the_hedge() {
    for (text, victims) in [
        ("وقتل ما لا يقل عن 28 متطوعا في الجيش.", "28 متطوعا"),
        ("وقال إن 46 مدنيا على الأقل قتلوا يوم الخميس.", "46 مدنيا"),
        ("واعتقلت الشرطة ما يزيد على 50 متظاهرا.", "50 متظاهرا"),
        ("واعتقلت الشرطة ما يقارب 50 متظاهرا.", "50 متظاهرا"),
    ] {
        let c = code(text);
        let harm: Vec<_> = c
            .events
            .iter()
            .filter(|e| e.cameo == "1823" || e.cameo == "173")
            .collect();
        assert_eq!(harm.len(), 1, "{text}: {:?}", c.events);
        let target = harm[0].target.as_ref().map(|a| span_text(text, a.span));
        assert_eq!(target, Some(victims), "{text}: {:?}", c.events);
    }
    let text = "وتظاهر ما لا يقل عن ألف شخص أمام السفارة.";
    let c = code(text);
    let protest = with_code(&c, "141");
    assert_eq!(protest.len(), 1, "{:?}", c.events);
    assert_eq!(source_text(text, protest[0]), Some("ألف شخص"));
}

#[test]
fn a_verb_coordinated_after_the_trigger_shares_its_object() {
    let text = "قتل وأصيب 55 عنصرا من الميليشيات في معارك عنيفة.";
    let c = code(text);
    assert_eq!(with_code(&c, "1823").len(), 1, "{:?}", c.events);
    assert_eq!(
        arg_text(text, &c, "1823", false),
        Some("55 عنصرا"),
        "{:?}",
        c.events
    );
}

#[test]
fn a_source_asking_not_to_be_named_makes_no_request() {
    for text in [
        "وقال مسؤول محلي، اشترط عدم الكشف عن اسمه إن الوزارة استدعت السفير.",
        "وقال مسؤول أميركي طالبا عدم نشر اسمه إن القوات انسحبت.",
        "وطلبت المصادر عدم الكشف عن هويتها لأنها غير مخولة بالحديث.",
        "ونقلت الصحيفة عن مسؤولين طلبوا عدم كشف هوياتهم أن الجيش يستعد.",
    ] {
        let c = code(text);
        assert!(
            !c.events
                .iter()
                .any(|e| e.cameo.starts_with("02") || e.cameo.starts_with("10")),
            "{text}: {:?}",
            c.events
        );
    }
    // A demand that something not be done, or that another's identity be revealed, stays.
    for text in [
        "وطالب السراج حفتر بعدم مهاجمة طرابلس.",
        "وطالبت المعارضة بعدم الكشف عن هوية الشهود.",
        "وطالبت المعارضة الحكومة بالكشف عن هويته.",
    ] {
        let c = code(text);
        assert_eq!(with_code(&c, "100").len(), 1, "{text}: {:?}", c.events);
    }
    // The anonymous source's own acts are told.
    let text = "والتقى مسؤول ليبي طلب عدم الكشف عن اسمه حفتر.";
    let c = code(text);
    assert_eq!(with_code(&c, "040").len(), 1, "{:?}", c.events);
}

#[test]
fn both_of_introduces_the_parties_themselves() {
    let text = "وطالبت كل من مصر والإمارات حفتر بالانسحاب.";
    let c = code(text);
    let mut sources: Vec<_> = c.events.iter().filter_map(src).collect();
    sources.sort();
    assert_eq!(sources, ["state.are", "state.egy"], "{:?}", c.events);
    let text = "وانتقد الوزير كل من أنقرة وموسكو.";
    let c = code(text);
    let mut targets: Vec<_> = c.events.iter().filter_map(tgt).collect();
    targets.sort();
    assert_eq!(targets, ["state.rus", "state.tur"], "{:?}", c.events);
}

#[test]
fn a_military_site_stands_for_whom_it_belongs_to() {
    for text in [
        "وقصفت الطائرات التركية مواقع للحوثيين في صعدة.",
        "وشنت الطائرات التركية غارات على مواقع تابعة للحوثيين.",
    ] {
        let c = code(text);
        let strike = c
            .events
            .iter()
            .find(|e| e.cameo.starts_with("19"))
            .unwrap_or_else(|| panic!("{text}: {:?}", c.events));
        assert_eq!(tgt(strike), Some("yem.houthis"), "{text}: {:?}", c.events);
    }
    // A town loyal to a party is still the town; a party named further on is not the site's.
    for text in [
        "وقصفت الطائرات التركية مدينة تابعة للحوثيين.",
        "وقصفت الطائرات التركية مواقع المعارضة في المدينة الموالية للحوثيين.",
    ] {
        let c = code(text);
        let strike = c
            .events
            .iter()
            .find(|e| e.cameo.starts_with("19"))
            .unwrap_or_else(|| panic!("{text}: {:?}", c.events));
        assert_ne!(tgt(strike), Some("yem.houthis"), "{text}: {:?}", c.events);
    }
}

#[test]
fn his_country_is_the_speakers_state() {
    let c = code("قال بوتين إن بلاده ستدعم سوريا في حربها على الإرهاب.");
    let support = with_code(&c, "050");
    assert_eq!(support.len(), 1, "{c:#?}");
    assert_eq!(
        (src(support[0]), tgt(support[0])),
        (Some("state.rus"), Some("state.syr"))
    );
    // As a target too, when someone says it.
    let c = code("قال ليبرمان إن سوريا تهاجم بلاده.");
    let attacks = with_code(&c, "190");
    assert_eq!(attacks.len(), 1, "{c:#?}");
    assert_eq!(tgt(attacks[0]), Some("state.isr"), "{c:#?}");
}

#[test]
fn his_country_with_no_speaker_is_the_last_person_named() {
    // «حينها» is no speaker: «بلاده» goes back to the last person named.
    let c =
        code("ووقع أردوغان الاتفاق، وقال حينها إنها الفرصة الأخيرة وإلا فإن بلاده ستنسحب من الاتفاق.");
    let withdrawals = with_code(&c, "0874");
    assert_eq!(withdrawals.len(), 1, "{c:#?}");
    assert_eq!(src(withdrawals[0]), Some("state.tur"), "{c:#?}");
    // A target does not: the person before it may be the guest in the host's country.
    let c = code("هاجمت قوات بوتين بلاده.");
    let attacks = with_code(&c, "190");
    assert_eq!(attacks.len(), 1, "{c:#?}");
    assert_eq!(tgt(attacks[0]), None, "{c:#?}");
}

#[test]
fn his_country_agrees_with_its_antecedent() {
    // «الحكومة الصينية» is feminine: «بلاده» is not hers.
    let c = code("وقالت الحكومة الصينية إن بلاده ستنسحب من الاتفاق.");
    let withdrawals = with_code(&c, "0874");
    assert_eq!(withdrawals.len(), 1, "{c:#?}");
    assert_eq!(src(withdrawals[0]), None, "{c:#?}");
    let c = code("وقالت الحكومة الصينية إن بلادها ستنسحب من الاتفاق.");
    let withdrawals = with_code(&c, "0874");
    assert_eq!(src(withdrawals[0]), Some("state.chn"), "{c:#?}");
}

/// The speaker of each quote, by the words it starts with: (first words, speaker's text).
fn speakers(text: &str, c: &Coded) -> Vec<(String, Option<String>)> {
    c.quotes
        .iter()
        .map(|q| {
            let quoted: String = span_text(text, q.text)
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            let speaker = q
                .speaker
                .as_ref()
                .map(|a| span_text(text, a.span).to_string());
            (quoted, speaker)
        })
        .collect()
}

/// Asserts the quotes of `text`, as (first two quoted words, speaker).
fn assert_speakers(text: &str, expected: &[(&str, Option<&str>)]) {
    let c = code(text);
    let found = speakers(text, &c);
    let found: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|(q, s)| (q.as_str(), s.as_deref()))
        .collect();
    assert_eq!(found, expected, "{c:#?}");
}

#[test]
fn a_speech_verb_with_waw_has_no_subject_right_before_it() {
    // The phrase before «وقال» ends an adjunct of the earlier verb; the speaker is that
    // verb's subject.
    let text = "طالب أردوغان بتحقيق مستقل بعد قتل عشرات الفلسطينيين برصاص الجيش الإسرائيلي وقال إن بلاده تطالب بتحقيق مستقل.";
    assert_speakers(text, &[("بلاده تطالب", Some("أردوغان"))]);
    // A speaker named after the verb is the speaker.
    let text = "ورفضت أنقرة اتهامات موسكو، وقال لافروف إن روسيا لا تريد التصعيد.";
    assert_speakers(text, &[("روسيا لا", Some("لافروف"))]);
    // With none, an earlier speech verb lends its subject, not the clause it reports.
    let text = "وأعلن أردوغان أن القوات السورية هاجمت عفرين، وأضاف أن تركيا سترد.";
    let c = code(text);
    assert_eq!(
        speakers(text, &c).last(),
        Some(&("تركيا سترد".to_string(), Some("أردوغان".to_string()))),
        "{c:#?}"
    );
}

#[test]
fn what_a_speech_verb_quotes_is_not_its_subject() {
    let text = "قال بوتين إن روسيا لن تنسحب، وأضاف \"أعتقد أن الحل سياسي\".";
    let c = code(text);
    let quoted_speaker = speakers(text, &c)
        .into_iter()
        .find(|(q, _)| q.starts_with("أعتقد"))
        .and_then(|(_, s)| s);
    assert_eq!(quoted_speaker.as_deref(), Some("بوتين"), "{c:#?}");
    // A direct quote after a verb with no subject of its own: nobody, not the quote's word.
    let text = "وأضاف \"أعتقد أن الحل سياسي ولا بد منه\".";
    let c = code(text);
    assert!(!c.quotes.is_empty(), "{c:#?}");
    assert!(
        speakers(text, &c).iter().all(|(_, s)| s.is_none()),
        "{:?}",
        speakers(text, &c)
    );
    // A name in quote marks is a subject.
    for text in [
        "نقلت \"الصحيفة\" عن مصدر أن لافروف سيزور أنقرة.",
        "ونقلت \"الصحيفة\" عن مصدر أن لافروف سيزور أنقرة.",
    ] {
        assert_speakers(text, &[("لافروف سيزور", Some("الصحيفة"))]);
    }
}

#[test]
fn whom_a_speech_verb_addresses_is_not_its_subject() {
    for text in [
        "طالب أردوغان بتحقيق مستقل، وقال للصحفيين إن تركيا سترد.",
        "طالب أردوغان بتحقيق مستقل، وقال لمعاونيه إن تركيا سترد.",
    ] {
        assert_speakers(text, &[("تركيا سترد", Some("أردوغان"))]);
    }
    // A name is no preposition with a pronoun.
    let text = "رحبت الأونروا بالقرار، وقال لوكوك إن المساعدات ستصل.";
    assert_speakers(text, &[("المساعدات ستصل", Some("لوكوك"))]);
    // «من» in «كل من» governs nobody: the parties are the speakers.
    let text = "وأعلنت كل من تونس والجزائر أنها سترفض الاتفاق.";
    assert_speakers(text, &[("سترفض الاتفاق", Some("تونس"))]);
}

#[test]
fn a_speech_verb_with_waw_looks_back_only_for_actors() {
    // The earlier verb's subject is no actor the resolver knows: the speaker stays unknown.
    let text = "هاجم مسلحون القرية، وقال إن الهجوم فشل.";
    assert_speakers(text, &[("الهجوم فشل", None)]);
    // «أما X فقال»: X, before «فـ», is the speaker, not the subject of a verb before.
    let text = "طالب بوتين بالتحقيق، أما أردوغان فقال إن تركيا سترد.";
    assert_speakers(text, &[("تركيا سترد", Some("أردوغان"))]);
}

#[test]
fn an_accusative_after_a_speech_verb_with_its_object_is_no_speaker() {
    // «واعتبرته تصعيدا»: a second object; the speaker is the earlier verb's subject.
    let text = "رفضت أنقرة البيان، واعتبرته تصعيدا، وقالت إن تركيا سترد.";
    let c = code(text);
    assert_eq!(
        speakers(text, &c).last(),
        Some(&("تركيا سترد".to_string(), Some("أنقرة".to_string()))),
        "{c:#?}"
    );
}

#[test]
fn a_speech_verb_with_waw_shares_only_an_agreeing_subject() {
    // «رفضت» is feminine, «وقال» masculine: Libya is not who speaks.
    let text = "ورفضت ليبيا الاتفاق، وقال إن الاتفاق باطل.";
    assert_speakers(text, &[("الاتفاق باطل", None)]);
    // Nor is the phrase before «وقال», when a verb stands before it.
    let text = "طالبت تونس بتحقيق مستقل بعد قتل عشرات الفلسطينيين برصاص الجيش الإسرائيلي وقال إن التحقيق ضروري.";
    assert_speakers(text, &[("التحقيق ضروري", None)]);
    // A verb in between with no subject of its own is passed over.
    let text = "وكان ليبرمان قد هدد بالرد، ثم انسحب من الاجتماع، وقال إن إسرائيل سترد.";
    assert_speakers(text, &[("إسرائيل سترد", Some("ليبرمان"))]);
}

#[test]
fn a_speech_verb_opening_a_sentence_goes_on_quoting_the_last_speaker() {
    // «وأضاف» with no subject: the speaker quoted in the sentence before, for direct and
    // indirect quotes and for the events it reports.
    let text = "قال أردوغان إن تركيا لن تنسحب من ليبيا. وأضاف: \"سندعم حكومة الوفاق حتى النهاية\". كما أشار إلى أن روسيا هاجمت طرابلس.";
    assert_speakers(
        text,
        &[
            ("تركيا لن", Some("أردوغان")),
            ("سندعم حكومة", Some("أردوغان")),
            ("روسيا هاجمت", Some("أردوغان")),
        ],
    );
    let c = code(text);
    let attack = c.events.iter().find(|e| e.cameo.starts_with("19"));
    let by = attack
        .and_then(|e| e.reported_by.as_ref())
        .map(|a| span_text(text, a.span));
    assert_eq!(by, Some("أردوغان"), "{c:#?}");
}

#[test]
fn a_carried_speaker_agrees_with_the_verb_and_fades() {
    // A feminine verb does not continue a masculine speaker.
    let text = "قال أردوغان إن تركيا لن تنسحب من ليبيا. وأضافت أن الحكومة ستبقى.";
    assert_speakers(
        text,
        &[("تركيا لن", Some("أردوغان")), ("الحكومة ستبقى", None)],
    );
    // Three sentences on, another subject has come between.
    let text = "قال أردوغان إن تركيا لن تنسحب من ليبيا. وانسحبت القوات. وهاجم الجيش المدينة. وأضاف أن الحكومة ستبقى.";
    assert_speakers(
        text,
        &[("تركيا لن", Some("أردوغان")), ("الحكومة ستبقى", None)],
    );
    // A speech verb inside its sentence has a clause before it to take its subject from.
    let text = "قال أردوغان إن تركيا لن تنسحب من ليبيا. وفي الأثناء أضاف أن الحكومة ستبقى.";
    let c = code(text);
    let second = speakers(text, &c).into_iter().nth(1);
    assert_ne!(
        second.and_then(|(_, s)| s).as_deref(),
        Some("أردوغان"),
        "{c:#?}"
    );
}

#[test]
fn reported_speech_and_asides_do_not_take_over_the_carried_speaker() {
    // Whom the speaker quotes in turn is not who speaks next.
    let text = "قال أردوغان إن بوتين أكد أن روسيا لن تنسحب. وأضاف أن تركيا ستبقى.";
    let c = code(text);
    assert_eq!(
        speakers(text, &c).last(),
        Some(&("تركيا ستبقى".to_string(), Some("أردوغان".to_string()))),
        "{c:#?}"
    );
    // Nor is a speaker inside a direct quote.
    let text = "وقال أردوغان: \"لا نهتم لما يقوله بوتين\". وأضاف أن تركيا ستبقى.";
    let c = code(text);
    assert_eq!(
        speakers(text, &c).last(),
        Some(&("تركيا ستبقى".to_string(), Some("أردوغان".to_string()))),
        "{c:#?}"
    );
    // «ويذكر أن», «ويرجح أن» are «it is worth noting», «it is likely»: nobody's statement.
    for verb in ["ويذكر", "ويرجح"] {
        let text = format!("قال أردوغان إن تركيا لن تنسحب من ليبيا. {verb} أن روسيا هاجمت طرابلس.");
        assert_speakers(
            &text,
            &[("تركيا لن", Some("أردوغان")), ("روسيا هاجمت", None)],
        );
    }
}

#[test]
fn another_actor_acting_in_between_ends_the_carried_speaker() {
    let text = "قال أردوغان إن تركيا لن تنسحب من ليبيا. وجاء ذلك بعد زيارة بوتين إلى ليبيا. وقال إن الحكومة ستبقى.";
    let c = code(text);
    assert!(
        c.events.iter().any(|e| src(e) == Some("rus.putin")),
        "{c:#?}"
    );
    assert_speakers(
        text,
        &[("تركيا لن", Some("أردوغان")), ("الحكومة ستبقى", None)],
    );
    // A sentence in which nobody named acts keeps the speaker.
    let text = "قال أردوغان إن تركيا لن تنسحب من ليبيا. وقتل عشرة أشخاص في طرابلس. وأضاف أن الحكومة ستبقى.";
    assert_speakers(
        text,
        &[
            ("تركيا لن", Some("أردوغان")),
            ("الحكومة ستبقى", Some("أردوغان")),
        ],
    );
}

#[test]
fn the_actor_of_the_sentence_before_speaks_next() {
    let text =
        "قال أردوغان إن تركيا لن تنسحب من ليبيا. وكان بوتين هاجم طرابلس. وقال إن الحكومة ستبقى.";
    assert_speakers(
        text,
        &[
            ("تركيا لن", Some("أردوغان")),
            ("الحكومة ستبقى", Some("بوتين")),
        ],
    );
}

#[test]
fn a_father_is_no_conjunction() {
    // «والد» is not «و» + «الد…»: the speaker is named after the verb.
    assert_speakers(
        "وقال والد كامبل إنه كان في حالة انهيار تام.",
        &[("كان في", Some("والد كامبل"))],
    );
}

#[test]
fn a_quote_followed_by_according_to_is_the_reporters() {
    // The noun of saying after «بحسب» is not a speech verb; whose description it is speaks.
    assert_speakers(
        "ودعت المذكرة إلى التنسيق في مواجهة \"التدخل والعدوان التركي على البلدين\"، بحسب وصف البيان.",
        &[("التدخل والعدوان", Some("البيان"))],
    );
    assert_speakers(
        "وانتهى اللقاء \"في أجواء إيجابية وبناءة\"، حسب تعبير المتحدث الرسمي.",
        &[("في أجواء", Some("المتحدث الرسمي"))],
    );
    // The speaker's own words, with a pronoun, name nobody new; the speech verb's subject
    // speaks, and a quote after a speech verb is still its subject's.
    assert_speakers(
        "واعتبر الحريري أن الحكومة \"ستتشكل قريبا بعد المشاورات\"، حسب تعبيره.",
        &[
            ("الحكومة \"ستتشكل", Some("الحريري")),
            ("ستتشكل قريبا", Some("الحريري")),
        ],
    );
    assert_speakers(
        "وأضافت الوزارة أن \"الوضع تحت السيطرة الكاملة\"، بحسب بيانها.",
        &[
            ("الوضع تحت", Some("الوزارة")),
            ("الوضع تحت", Some("الوزارة")),
        ],
    );
    // A speech verb further back speaks the quote; the site only passes it on.
    let text = "وقال المدرب بعد الخسارة أمام فرنسا مساء السبت في قازان: \"لدينا أفضل لاعب في العالم\"، حسب موقع غول.";
    let c = code(text);
    assert!(
        speakers(text, &c)
            .iter()
            .all(|(_, speaker)| speaker.as_deref() != Some("موقع غول")),
        "{c:#?}"
    );
    // «بحسب ما أعلنت في بيان»: the verb's subject is in the verb; «في» names nobody.
    let text =
        "واعتقلت الشرطة ثلاثة أشخاص بتهمة \"تخريب السياج الأمني في المنطقة\" بحسب ما أعلنت في بيان.";
    let c = code(text);
    let named = |a: &marsad_events::Attribution| span_text(text, a.span) == "في";
    assert!(
        c.events
            .iter()
            .all(|e| !e.reported_by.as_ref().is_some_and(named))
            && speakers(text, &c)
                .iter()
                .all(|(_, speaker)| speaker.as_deref() != Some("في")),
        "{c:#?}"
    );
    // As a reporter of events: «حسب تعبيره» qualifies the wording of the subject's own act,
    // «فحسب» is «only», and «وفق قولها» reports a claim, by nobody new.
    for (text, root, modality) in [
        (
            "وانتقد ظريف التدخل الأميركي في سوريا، حسب تعبيره.",
            "11",
            Modality::Asserted,
        ),
        (
            "ولم تحاصر القوات المدينة فحسب، بل قصفت الطائرات القرى المجاورة.",
            "19",
            Modality::Asserted,
        ),
        (
            "وقصفت الطائرات المدينة، وفق قولها.",
            "19",
            Modality::Reported,
        ),
    ] {
        let c = code(text);
        let event = c.events.iter().find(|e| e.cameo.starts_with(root));
        assert!(
            event.is_some_and(|e| e.modality == modality && e.reported_by.is_none()),
            "{text}: {c:#?}"
        );
    }
}

#[test]
fn a_short_quoted_name_belongs_to_the_noun_before_it() {
    let text = "حذرت منظمة \"أنقذوا الأطفال\" الخيرية من أن نصف مليون طفل سيموتون جوعا.";
    let c = code(text);
    let warning = c.events.iter().find(|e| e.cameo == "012");
    let source = warning
        .and_then(|e| e.source.as_ref())
        .map(|a| span_text(text, a.span));
    assert_eq!(source, Some("منظمة \"أنقذوا الأطفال\" الخيرية"), "{c:#?}");
    assert!(warning.is_some_and(|e| e.target.is_none()), "{c:#?}");
    // Nor is the name a quotation.
    let text = "وقالت صحيفة \"نيويورك تايمز\" إن ترامب هدد إيران.";
    assert_speakers(text, &[("ترامب هدد", Some("صحيفة \"نيويورك تايمز"))]);
    // A straight quote that closes a name does not open another one.
    let text = "وذكرت صحيفة \"ذا صن\" البريطانية أن \"السير أليكس\" مريض.";
    let c = code(text);
    let speaker = c.quotes.first().and_then(|q| q.speaker.as_ref());
    assert_eq!(
        speaker.map(|a| span_text(text, a.span)),
        Some("صحيفة \"ذا صن\" البريطانية"),
        "{c:#?}"
    );
    // A demonym after the name describes it.
    let text = "وقالت صحيفة \"حرييت\" التركية إن الجيش انسحب.";
    assert_speakers(text, &[("الجيش انسحب", Some("صحيفة \"حرييت"))]);
    // A quoted name the resolver knows is the phrase itself.
    let text = "وقالت قناة \"الإمارات\" الرسمية إن الجيش انسحب.";
    let c = code(text);
    let speaker = c.quotes.first().and_then(|q| q.speaker.as_ref());
    assert_eq!(
        speaker.and_then(|a| a.actor_id.as_deref()),
        Some("state.are"),
        "{c:#?}"
    );
    // After a name or a colon, or opening with «إن», a quotation.
    for text in [
        "وقال بوغبا في المؤتمر الصحافي حينها \"إنني هنا مع عائلتي\".",
        "وقال أردوغان \"لن نبقى مكتوفي الأيدي\".",
        "وقال مسؤول: \"لن نبقى مكتوفي الأيدي\".",
    ] {
        let c = code(text);
        assert!(c.quotes.iter().any(|q| q.direct), "{c:#?}");
    }
    // After a definite noun, a quotation is what is said or done.
    let text = "اتهمت الحكومة \"جهات خارجية\" بدعم المتمردين.";
    let c = code(text);
    let accusation = c.events.iter().find(|e| e.cameo == "112");
    let target = accusation
        .and_then(|e| e.target.as_ref())
        .map(|a| span_text(text, a.span));
    assert_eq!(target, Some("جهات خارجية"), "{c:#?}");
}

#[test]
fn a_verb_in_the_first_person_is_the_speakers() {
    for text in [
        "وقال أردوغان: \"نرفض أي تدخل في ليبيا\".",
        "وقال أردوغان إننا نرفض أي تدخل في ليبيا.",
    ] {
        let c = code(text);
        let rejection = c.events.iter().find(|e| e.cameo.starts_with("12"));
        assert_eq!(rejection.and_then(src), Some("tur.erdogan"), "{c:#?}");
        // What follows the verb is what is rejected.
        let target = rejection.and_then(|e| e.target.as_ref());
        assert_eq!(
            target.map(|a| span_text(text, a.span)),
            Some("أي"),
            "{c:#?}"
        );
    }
    let text = "وقال أردوغان: \"اتفقنا مع بوتين على وقف إطلاق النار\".";
    let c = code(text);
    let agreement = c.events.iter().find(|e| e.cameo.starts_with("03"));
    assert_eq!(agreement.and_then(src), Some("tur.erdogan"), "{c:#?}");
    // «نا» as the object: «هاجمتنا روسيا» (Russia attacked us).
    let text = "وقال أردوغان: \"هاجمتنا موسكو في إدلب\".";
    let c = code(text);
    let attack = c.events.iter().find(|e| e.cameo.starts_with("19"));
    assert_eq!(attack.and_then(src), Some("state.rus"), "{c:#?}");
    // A verb in the third person is not the speaker's.
    let text = "وقال أردوغان: \"يرفض أي تدخل في ليبيا\".";
    let c = code(text);
    let rejection = c.events.iter().find(|e| e.cameo.starts_with("12"));
    assert!(
        rejection.is_some_and(|e| src(e) != Some("tur.erdogan")),
        "{c:#?}"
    );
}

#[test]
fn a_coordinated_adjective_is_no_other_party() {
    // «الأسلحة الخفيفة والمتوسطة»: one phrase, one seizure; a count carrying its preposition
    // keeps what it counts.
    let text = "واستولت قوات الشرعية على كميات من الأسلحة الخفيفة والمتوسطة التي خلفتها الميليشيات.";
    let c = code(text);
    let targets: Vec<_> = with_code(&c, "192")
        .iter()
        .filter_map(|e| e.target.as_ref().map(|a| span_text(text, a.span)))
        .collect();
    assert_eq!(targets, ["كميات من الأسلحة الخفيفة"], "{c:#?}");
    // A word that does not agree with the adjective before it, or opens a phrase of its own,
    // is a party of its own.
    for (text, code_, parties) in [
        (
            "وانتقد الحزب الحاكم والمعارضة القرار.",
            "111",
            ["الحزب الحاكم", "والمعارضة"],
        ),
        (
            "وهاجمت القوات الخاصة والمعارضة المسلحة البلدة.",
            "190",
            ["القوات الخاصة", "والمعارضة المسلحة"],
        ),
    ] {
        let c = code(text);
        let sources: Vec<_> = with_code(&c, code_)
            .iter()
            .filter_map(|e| e.source.as_ref().map(|a| span_text(text, a.span)))
            .collect();
        assert_eq!(sources, parties, "{text}: {c:#?}");
    }
}

#[test]
fn a_demonstrative_speaks_nothing() {
    // «وهذا لا ينفي», «قالوا إن ذلك يعتبر»: a demonstrative alone points back to something
    // said; what it «denies» or «says» is nobody's report.
    for (text, root) in [
        ("وهذا لا ينفي أن مصر طلبت أسلحة أخرى من روسيا.", "02"),
        ("ويشير ذلك إلى أن الجيش هاجم المدينة.", "19"),
    ] {
        let c = code(text);
        let event = c.events.iter().find(|e| e.cameo.starts_with(root));
        assert!(
            event.is_some_and(|e| e.reported_by.is_none()),
            "{text}: {c:#?}"
        );
    }
    // With its noun it names who speaks.
    let text = "وأكدت تلك الدول رفضها لأي محاولة للنيل من السعودية.";
    let c = code(text);
    let rejection = c.events.iter().find(|e| e.cameo.starts_with("12"));
    let by = rejection.and_then(|e| e.reported_by.as_ref());
    assert_eq!(
        by.map(|a| span_text(text, a.span)),
        Some("تلك الدول"),
        "{c:#?}"
    );
}

#[test]
fn after_waw_qad_the_speaker_named_after_the_verb_speaks() {
    // «كان ذلك في تصريح للسراج وقد أكد السراج»: the phrase before «وقد» is another clause's.
    let text = "كان ذلك في أنقرة وقد أكد السراج على نجاح قواته في السيطرة على طرابلس.";
    let c = code(text);
    let taking = c.events.iter().find(|e| e.cameo == "192");
    let by = taking.and_then(|e| e.reported_by.as_ref());
    assert_eq!(
        by.map(|a| span_text(text, a.span)),
        Some("السراج"),
        "{c:#?}"
    );
    // With nobody named after it, «وقد» opens a clause inside its subject's.
    let text = "وقال مصدر مسؤول إن دولة الكويت وقد تابعت بإستياء أنباء الهجمات الصاروخية تؤكد إدانتها لتلك الهجمات.";
    let c = code(text);
    let condemning = c.events.iter().find(|e| e.cameo == "111");
    let by = condemning.and_then(|e| e.reported_by.as_ref());
    assert_eq!(
        by.map(|a| span_text(text, a.span)),
        Some("دولة الكويت"),
        "{c:#?}"
    );
}

#[test]
fn a_report_in_someones_words_is_theirs() {
    // «بحسب وصف البيان»: the statement's words.
    let text = "ووقعت دمشق على مذكرة تفاهم في مواجهة “التدخل والعدوان التركي على البلدين”، بحسب وصف البيان.";
    let c = code(text);
    let signing = c.events.iter().find(|e| e.cameo == "057");
    let by = signing.and_then(|e| e.reported_by.as_ref());
    assert_eq!(
        by.map(|a| span_text(text, a.span)),
        Some("البيان"),
        "{c:#?}"
    );
    // The verb after «ما» is not who reports.
    for (text, reporter) in [
        (
            "وقتل عشرة أشخاص في المعارك، وفق ما أفاد شهود عيان.",
            "شهود عيان",
        ),
        (
            "وقتل عشرة أشخاص في المعارك، حسب ما أفاد به مسؤولون.",
            "مسؤولون",
        ),
        (
            "وقتل عشرة أشخاص في المعارك، وفق ما قال الأربعاء مسؤولون.",
            "مسؤولون",
        ),
        (
            "وقتل عشرة أشخاص في المعارك، بحسب ما جاء في البيان.",
            "البيان",
        ),
        (
            "وقتل عشرة أشخاص في المعارك، حسب ما جاء على لسان المتحدث.",
            "المتحدث",
        ),
        // A count carrying the preposition counts the reporters after «من».
        (
            "ووفقا لعدد من المصادر، قتل عشرة أشخاص في المعارك.",
            "عدد من المصادر",
        ),
    ] {
        let c = code(text);
        let killing = c.events.iter().find(|e| e.cameo.starts_with("18"));
        let by = killing.and_then(|e| e.reported_by.as_ref());
        assert_eq!(
            by.map(|a| span_text(text, a.span)),
            Some(reporter),
            "{c:#?}"
        );
    }
    // «بحسب تقديرات رسمية»: official estimates, nobody's in particular.
    let text = "وقتل عشرة أشخاص في المعارك، بحسب تقديرات رسمية.";
    let c = code(text);
    let killing = c.events.iter().find(|e| e.cameo.starts_with("18"));
    let by = killing.and_then(|e| e.reported_by.as_ref());
    assert_eq!(
        by.map(|a| span_text(text, a.span)),
        Some("تقديرات رسمية"),
        "{c:#?}"
    );
}

#[test]
fn a_kind_of_act_is_no_event() {
    // After a generic head in construct, or «أي» / «كل» before an indefinite noun.
    for (text, cameo) in [
        ("وتواصل الحكومة سياسة الاغتيالات في صفوف القادة.", "186"),
        (
            "وأكد الوزير أن الجيش مستعد للتصدي لأي هجوم تشنه تركيا على المدينة.",
            "190",
        ),
        ("وتعود جذور سياسة هدم المنازل إلى بداية الاحتلال.", "1712"),
    ] {
        let c = code(text);
        assert!(!c.events.iter().any(|e| e.cameo == cameo), "{text}: {c:#?}");
    }
    // Under negation «أي» is «any»: a visit that did not happen.
    let c = code("ولم يقم الرئيس بأي زيارة إلى أوروبا منذ توليه منصبه.");
    assert!(
        c.events.iter().any(|e| e.cameo == "042" && e.negated),
        "{c:#?}"
    );
    // Real acts in a generic frame stay: an imperfect after the head opens a relative clause,
    // and a preposition keeps the noun out of construct.
    let c = code("وتتبع إيران سياسات نعترض عليها في المنطقة.");
    assert!(c.events.iter().any(|e| e.cameo.starts_with("12")), "{c:#?}");
    let c = code("وتعرضت سياستها لانتقادات حادة من رئيسي الوزراء السابقين.");
    assert!(c.events.iter().any(|e| e.cameo.starts_with("11")), "{c:#?}");
}

#[test]
fn followers_of_an_actor_are_not_the_actor() {
    // «معارضو بوتين» criticise; Putin does not.
    let text = "وانتقد معارضو بوتين الانتخابات ووصفوها بأنها غير عادلة.";
    let c = code(text);
    let criticism = c.events.iter().find(|e| e.cameo.starts_with("11"));
    assert!(
        criticism.is_some_and(|e| src(e).is_none()
            && e.source
                .as_ref()
                .is_some_and(|a| span_text(text, a.span) == "معارضو بوتين")),
        "{c:#?}"
    );
    let text = "وتجمع الآلاف من أنصار أردوغان في ساحة تقسيم وسط إسطنبول.";
    let c = code(text);
    assert!(
        c.events
            .iter()
            .any(|e| e.cameo.starts_with("14") && e.source.is_some() && src(e).is_none()),
        "{c:#?}"
    );
}

#[test]
fn relatives_of_an_actor_are_not_the_actor() {
    // «نجل حفتر» speaks for himself; «شقيق بشار الأسد» is arrested, not Assad; past a title
    // too.
    for (text, code_, source, phrase) in [
        (
            "وقال نجل حفتر إن الجيش سيطر على المدينة.",
            "192",
            None,
            "نجل حفتر",
        ),
        (
            "واعتقلت الشرطة شقيق بشار الأسد.",
            "173",
            Some(false),
            "شقيق بشار الأسد",
        ),
        (
            "واعتقلت الشرطة نجل الرئيس السابق بشار الأسد.",
            "173",
            Some(false),
            "نجل الرئيس السابق بشار الأسد",
        ),
        (
            "وهاجم أنصار أردوغان صاحب الكشك.",
            "190",
            Some(true),
            "أنصار أردوغان",
        ),
    ] {
        let c = code(text);
        let event = with_code(&c, code_).into_iter().next();
        let arg = event.and_then(|e| match source {
            None => e.reported_by.as_ref().map(|a| (a.span, a.actor_id.clone())),
            Some(true) => e.source.as_ref().map(|a| (a.span, a.actor_id.clone())),
            Some(false) => e.target.as_ref().map(|a| (a.span, a.actor_id.clone())),
        });
        assert_eq!(
            arg.map(|(span, actor)| (span_text(text, span), actor)),
            Some((phrase, None)),
            "{text}: {c:#?}"
        );
    }
    // With a pronoun or the article, the name after is the relative («وزوجته ميشيل»); the
    // sons of a place are its people.
    for (text, code_, actor) in [
        ("واعتقلت الشرطة شقيقه بشار الأسد.", "173", "syr.assad"),
        ("وهاجم أبناء سوريا المدينة.", "190", "state.syr"),
    ] {
        let c = code(text);
        let event = with_code(&c, code_).into_iter().next();
        let party = event.and_then(|e| if code_ == "190" { src(e) } else { tgt(e) });
        assert_eq!(party, Some(actor), "{text}: {c:#?}");
    }
    let text = "واعتقلت الشرطة ابن عمومته بشار الأسد.";
    let c = code(text);
    let arrest = with_code(&c, "173").into_iter().next();
    assert_ne!(
        arrest
            .and_then(|e| e.target.as_ref())
            .map(|a| span_text(text, a.span)),
        Some("ابن عمومته بشار الأسد"),
        "{c:#?}"
    );
    // Before its verb too.
    let text = "ونجل حفتر رفض الاتفاق مع السراج.";
    let c = code(text);
    let rejection = c.events.iter().find(|e| e.cameo.starts_with("12"));
    assert!(
        rejection.is_some_and(|e| src(e).is_none() && source_text(text, e) == Some("ونجل حفتر")),
        "{c:#?}"
    );
    let text = "وقال الأخ حفتر إن الجيش سيطر على المدينة.";
    let c = code(text);
    let by = with_code(&c, "192")
        .first()
        .and_then(|e| e.reported_by.as_ref())
        .and_then(|a| a.actor_id.clone());
    assert_eq!(by.as_deref(), Some("lby.haftar"), "{c:#?}");
}

#[test]
fn the_agent_of_what_a_protest_is_against_is_its_target() {
    // «على يد» after the killing names who killed: not who protested, whom they protested.
    let text = "وخرج متظاهرون أفغان للاحتجاج على مقتل ثلاثة مدنيين على يد قوات التحالف.";
    let c = code(text);
    let protest = c
        .events
        .iter()
        .find(|e| e.cameo.starts_with("14") && e.target.is_some());
    let target = |e: &Event| e.target.as_ref().map(|a| span_text(text, a.span));
    assert!(
        protest.is_some_and(
            |e| source_text(text, e).is_some_and(|s| s.contains("متظاهرون"))
                && target(e) == Some("قوات التحالف")
        ),
        "{c:#?}"
    );
    // Right after the protest, the marker names the protesters.
    let text = "ووقعت خلال الاجتماع احتجاجات من قبل مدافعين عن حقوق الإنسان.";
    let c = code(text);
    let protest = c.events.iter().find(|e| e.cameo.starts_with("14"));
    assert!(
        protest.is_some_and(|e| source_text(text, e).is_some_and(|s| s.starts_with("مدافعين"))),
        "{c:#?}"
    );
}

#[test]
fn needing_is_no_protest() {
    for text in [
        "واحتجنا إلى بعض الوقت للتعامل مع الأمر.",
        "أما الاجتماع الأخير فلم يحتج إلا 24 ساعة فقط.",
        "لكن اليابان لم تحتج إلى أكثر من سبع دقائق لإدراك التعادل.",
    ] {
        let c = code(text);
        assert!(
            !c.events.iter().any(|e| e.cameo.starts_with("14")),
            "{c:#?}"
        );
    }
    let c = code("واحتج المتظاهرون على قرار الحكومة.");
    assert!(c.events.iter().any(|e| e.cameo == "140"), "{c:#?}");
}

#[test]
fn an_announced_death_is_the_announcers_news_not_act() {
    // A time word adds no distance between «أعلنت» and what it announces; a death has no
    // agent, and the announcer is none.
    let text = "وأعلنت مصادر أمنية عراقية أمس مقتل رجل دين في هجوم مسلح.";
    let c = code(text);
    let death = c.events.iter().find(|e| e.cameo == "1823");
    assert!(death.is_some_and(|e| e.source.is_none()), "{c:#?}");
    // An explicit agent still is one, and killing («قتل») has the light verb's subject.
    for (text, agent) in [
        ("وأعلن الجيش مقتل ثلاثة من جنوده على يد مسلحين.", "مسلحين"),
        ("وأعلن الجيش قتل عشرة مسلحين في المدينة.", "الجيش"),
    ] {
        let c = code(text);
        assert_eq!(arg_text(text, &c, "1823", true), Some(agent), "{c:#?}");
    }
}

#[test]
fn against_names_what_any_protest_is_aimed_at() {
    for (text, target) in [
        (
            "ونظم مئات الطلاب مسيرات احتجاجية ضد الحكومة في العاصمة.",
            "الحكومة",
        ),
        (
            "واعتصم مئات العمال أمام مقر الشركة ضد قرار الإدارة.",
            "قرار الإدارة",
        ),
        ("وخرج الآلاف إلى الشوارع ضد الحكومة.", "الحكومة"),
    ] {
        let c = code(text);
        assert_eq!(arg_text(text, &c, "141", false), Some(target), "{c:#?}");
    }
}

#[test]
fn what_is_deemed_likely_feared_or_ruled_out_is_hypothetical() {
    for (text, code_) in [
        // A verb of supposition: what it reports may have happened.
        ("ورجحت مصادر أمنية أن يكون الجيش قد قصف القرية.", "194"),
        ("ولم تستبعد الحكومة شن هجوم على المدينة.", "190"),
        ("ومن المرجح أن الجيش قصف القرية.", "194"),
        // A wish.
        ("وقال الوزير: أتمنى أن تواصل الحكومة دعمها للجيش.", "050"),
        ("وتمنى الرئيس تعاون مصر في مجال الأمن المائي.", "060"),
        // A negated verb of saying or believing asserts nothing.
        ("وقال إن المسؤولين لا يعتقدون أن الجيش قصف القرية.", "194"),
        // A noun of supposition governing the event closely.
        ("وفر مئات المدنيين من البلدة خشية تعرضهم لهجوم بري.", "190"),
        ("أما الخيار الثالث، فهو شن هجوم بري على المدينة.", "190"),
    ] {
        let c = code(text);
        let events = with_code(&c, code_);
        assert!(
            !events.is_empty() && events.iter().all(|e| e.modality == Modality::Hypothetical),
            "{text}: {:?}",
            c.events
        );
    }
    // What is supposed ends with its clause; a temporal clause after the noun tells what
    // happened.
    for (text, code_) in [
        (
            "ورجح المرصد أن يكون القصف إسرائيليا، مؤكدا مقتل عشرة مقاتلين.",
            "1823",
        ),
        ("وفر السكان خوفا من الاعتقال بعد أن قصف الجيش البلدة.", "194"),
    ] {
        let c = code(text);
        let events = with_code(&c, code_);
        assert!(
            !events.is_empty() && events.iter().all(|e| e.modality != Modality::Hypothetical),
            "{text}: {:?}",
            c.events
        );
    }
}

#[test]
fn a_denial_reaches_its_content_and_no_further() {
    for (text, code_, negated) in [
        // Past a long subject with a relative clause.
        (
            "ونفى المتحدث باسم وزارة الداخلية في الحكومة المؤقتة التي تدير المدينة أن يكون المعتقلون قد تعرضوا للتعذيب.",
            "1822",
            true,
        ),
        // Into the reports it denies.
        (
            "ونفى المصدر صحة تقارير تفيد بأن الشرطة عذبت المعتقلين.",
            "1822",
            true,
        ),
        // A denied verbal noun keeps the denial; the «أن» after the comma is another verb's.
        (
            "ونفى المصدر مقتل الصحفي داخل المبنى، واصفا الاتهامات بأنها كاذبة.",
            "1823",
            true,
        ),
        // The denied clause ends at its comma.
        (
            "ونفت الوزارة أن تكون قواتها قصفت المستشفى، وأعلنت اعتقال عشرة مسلحين.",
            "194",
            true,
        ),
        (
            "ونفت الوزارة أن تكون قواتها قصفت المستشفى، وأعلنت اعتقال عشرة مسلحين.",
            "173",
            false,
        ),
        (
            "ونفت الوزارة أن تكون قواتها قصفت المستشفى، واعتقلت الشرطة عشرة مسلحين في المدينة.",
            "173",
            false,
        ),
        // The «إن» of a speech verb coordinated after the denial is that verb's.
        (
            "ونفى المتحدث تقارير استعادة الجيش السيطرة على البلدة وقال إن المقاتلين صدوا هجوما للقوات.",
            "190",
            false,
        ),
    ] {
        let c = code(text);
        let events = with_code(&c, code_);
        assert!(
            !events.is_empty() && events.iter().all(|e| e.negated == negated),
            "{text} {code_}: {:?}",
            c.events
        );
    }
}

#[test]
fn a_definite_place_after_a_definite_noun_is_the_object() {
    assert_args(&[
        ("وهاجم الجيش البلدة.", "190", true, "الجيش"),
        ("وهاجم الجيش البلدة.", "190", false, "البلدة"),
        // «المحافظة» is also an adjective («conservative»).
        (
            "ووافقت الكتلة المحافظة على مشروع القانون.",
            "030",
            true,
            "الكتلة المحافظة",
        ),
    ]);
}

#[test]
fn a_circumstantial_participle_lends_its_subject_to_the_pronoun_it_agrees_with() {
    assert_args(&[(
        "وأعلن الجيش السوري أن الطائرات قصفت مواقع المسلحين، مضيفا أنه استهدف مخازن الأسلحة.",
        "190",
        true,
        "الجيش السوري",
    )]);
}

#[test]
fn several_opens_a_phrase_before_its_noun_and_describes_it_after() {
    assert_args(&[
        (
            "وتظاهر عدة آلاف من الطلاب أمام البرلمان.",
            "141",
            true,
            "عدة آلاف من الطلاب",
        ),
        (
            "وقتل عدة آلاف من المدنيين في الحرب.",
            "1823",
            false,
            "عدة آلاف من المدنيين",
        ),
        // After its noun, «عدة» is an adjective and no partitive «من» follows it.
        (
            "وهاجم مسلحون مواقع عدة من مواقع الجيش.",
            "190",
            false,
            "مواقع عدة",
        ),
    ]);
}

#[test]
fn adjectives_agree_with_a_noun_of_their_phrase_and_other_words_open_the_object() {
    assert_args(&[
        // A word that can describe no noun of the subject opens the object.
        (
            "ورفضت محكمة الاستئناف العسكرية الطلب الذي قدمه الدفاع.",
            "120",
            false,
            "الطلب",
        ),
        // One that agrees with the head of a construct describes it.
        (
            "وانتقد الوزير حملة الحاكم الجمهوري الانتخابية.",
            "111",
            false,
            "حملة الحاكم الجمهوري الانتخابية",
        ),
        // After a named actor, an agreeing adjective belongs to it.
        (
            "وأدانت الحكومة الصينية الجديدة هذه الخطوة.",
            "111",
            false,
            "هذه الخطوة",
        ),
        (
            "وأدانت الحكومة الصينية الرسمية هذه الخطوة.",
            "111",
            false,
            "هذه الخطوة",
        ),
        // A title before a name is no object.
        (
            "وانتقد رئيس التحالف الدولي المنتهية ولايته رجب طيب أردوغان القرار.",
            "111",
            false,
            "القرار",
        ),
        // A number after the adjective counts the noun.
        (
            "وانتقد وزراء الدول الأوروبية الثلاث القرار.",
            "111",
            false,
            "القرار",
        ),
        // A first word in ى or ية is often no nisba, nor is one in ئ.
        (
            "وانتقدت المعارضة تمديد حالة الطوارئ المفروضة.",
            "111",
            false,
            "تمديد حالة الطوارئ المفروضة",
        ),
        (
            "وحذر الأطباء من ارتفاع الحمى القرمزية.",
            "012",
            false,
            "ارتفاع الحمى القرمزية",
        ),
    ]);
}

#[test]
fn the_object_of_a_phrase_with_a_gap_opens_the_gap_when_the_subject_is_elsewhere() {
    assert_args(&[
        (
            "وقالت الرئاسة إنها تحمل حماس المسؤولية عن الهجوم.",
            "112",
            false,
            "حماس",
        ),
        (
            "ويحملون الحكومة مسؤولية تفاقم الوضع.",
            "112",
            false,
            "الحكومة",
        ),
        // The subject before the verb.
        (
            "والرئاسة تحمل حماس المسؤولية عن الهجوم.",
            "112",
            false,
            "حماس",
        ),
    ]);
}

#[test]
fn an_accidental_explosion_is_no_bombing() {
    for text in [
        "وانفجرت اسطوانة غاز في منزل بالمدينة.",
        "وأشار المركز إلى حادثة مقتل شخصين جراء انفجار اسطوانة غاز.",
    ] {
        let c = code(text);
        assert!(c.events.is_empty(), "{text}: {:?}", c.events);
    }
    let text = "وقتل خمسة أشخاص في انفجار عبوة ناسفة في السوق.";
    assert!(!with_code(&code(text), "1833").is_empty());
}

#[test]
fn a_detached_object_pronoun_closes_the_target_search() {
    // «واصفتين إياها»: the participle before «إياها» has complements of its own.
    let text = "ورحبت الحكومة الصينية بهذه الخطوة واصفتين إياها بالإيجابية.";
    let c = code(text);
    assert_eq!(arg_text(text, &c, "051", false), None, "{c:#?}");
    let text = "وانتقد الكاتب ولاية الفقيه مشبها إياها بأفكار فرعون.";
    let c = code(text);
    assert_eq!(
        arg_text(text, &c, "111", false),
        Some("ولاية الفقيه"),
        "{c:#?}"
    );
}

#[test]
fn agents_named_in_a_relative_clause_and_what_they_act_on() {
    assert_args(&[
        // «شنه»: a doubled root keeps two letters before its pronoun.
        (
            "وقتل خمسة مدنيين في الهجوم الذي شنه الجيش السوري على البلدة.",
            "190",
            true,
            "الجيش السوري",
        ),
        // The target follows the relative clause's subject.
        (
            "وقتل خمسة مدنيين في الهجوم الذي شنه الجيش السوري على البلدة.",
            "190",
            false,
            "البلدة",
        ),
        (
            "قتل 22 مقاتلا في هجمات مفاجئة شنها التنظيم المتطرف ضد مواقع الجيش.",
            "190",
            false,
            "مواقع الجيش",
        ),
        // An agent after «من قبل» may follow the target.
        (
            "وقال إن إطلاق النار على السود من قبل الشرطة مدعاة للقلق.",
            "193",
            false,
            "السود",
        ),
        // Condemning an attack is condemning its agent.
        (
            "وأدان الوزير الهجوم الذي شنه الجيش السوري على البلدة.",
            "111",
            false,
            "الجيش السوري",
        ),
        // A relative clause after the trigger's preposition is on its object.
        (
            "وأغلقت الكنيسة أبوابها احتجاجا على إجراءات ضريبية فرضتها السلطات.",
            "140",
            false,
            "إجراءات ضريبية",
        ),
    ]);
    assert_not_args(&[(
        "وأغلقت الكنيسة أبوابها احتجاجا على إجراءات ضريبية فرضتها السلطات.",
        "140",
        true,
        "السلطات",
    )]);
}

#[test]
fn an_unnamed_genitive_before_the_target_is_the_agent() {
    assert_args(&[
        (
            "وأسفر هجوم الجيش على البلدة عن مقتل خمسة مدنيين.",
            "190",
            true,
            "الجيش",
        ),
        ("وأشار إلى احتجاج الطلاب على القرار.", "140", true, "الطلاب"),
        // Armed men need no article.
        (
            "وأدان الوزير هجوم مسلحين على القرية.",
            "190",
            true,
            "مسلحين",
        ),
    ]);
    assert_not_args(&[
        // An indefinite adjective, a nisba, a weapon, a place.
        (
            "ودارت معارك عنيفة مع المسلحين في المدينة.",
            "190",
            true,
            "عنيفة",
        ),
        (
            "ويحقق المدعون في هجوم إلكتروني على مكاتب الوكالة.",
            "190",
            true,
            "إلكتروني",
        ),
        (
            "ونشرت صورا لهجمات القنابل على المدنيين.",
            "190",
            true,
            "القنابل",
        ),
        (
            "وتسعى القوات إلى حسم معركة المطار مع المسلحين.",
            "190",
            true,
            "المطار",
        ),
        // An appeal's genitive is who is called on; a purpose's is the patient.
        (
            "ودفع ذلك الرئيس إلى دعوة الناخبين إلى التوجه للصناديق.",
            "020",
            true,
            "الناخبين",
        ),
        (
            "وقالت إن الأموال ذهبت لدعم الحملة الانتخابية للمرشح.",
            "050",
            true,
            "الحملة الانتخابية",
        ),
        // A multiword trigger's genitive may be its last word's.
        (
            "وأعرب عن تأييد بلاده لقرار الرئيس الأمريكي دونالد ترامب بالانسحاب من الاتفاق.",
            "051",
            true,
            "الرئيس الأمريكي دونالد ترامب",
        ),
        // «بين» joins the parties.
        ("وتحدث عن لقاء القمة بين الزعيمين.", "040", true, "القمة"),
        // Forces with a pronoun are the pronoun's.
        (
            "وأعلنت الغرفة عن دخول قواتها إلى المدينة.",
            "192",
            true,
            "قواتها",
        ),
        // A comma ends the genitive's phrase: what follows is no target of the noun.
        (
            "وأشار إلى هجوم الجيش، على الرغم من الهدنة.",
            "190",
            true,
            "الجيش",
        ),
        // Under a light verb the genitive is the patient, named or not, and never the agent.
        ("وقدم الرئيس اعتذار الحكومة للشعب.", "055", false, "الحكومة"),
        // A coordinated noun is no genitive.
        (
            "وأسفرت الغارات عن مقتل وجرح العشرات.",
            "1823",
            false,
            "وجرح العشرات",
        ),
    ]);
}

#[test]
fn an_adjective_after_an_event_noun_is_none_of_its_parties() {
    assert_args(&[
        // Not the genitive: the target comes after the adjective.
        ("ووقع قصف عنيف على المدينة.", "194", false, "المدينة"),
        // A verb after a time in «ات» keeps its reading.
        ("وبعد ساعات قتل جندي في هجوم.", "1823", false, "جندي"),
    ]);
    // After an indefinite plural in «ات» an ambiguous verb or noun is the genitive, and a
    // bare adjective after it is no party.
    let killing = "ويحقق في عمليات اختفاء وعمليات قتل غامضة على خلفية فضائح.";
    let support = "وجرى تداول الذهب قرب مستويات دعم قوية.";
    assert_not_args(&[
        (killing, "1823", true, "غامضة"),
        (killing, "1823", false, "غامضة"),
        (support, "050", true, "قوية"),
        (support, "050", false, "قوية"),
    ]);
}

#[test]
fn the_antecedent_of_an_object_gap_is_acted_on() {
    assert_args(&[
        (
            "وطالبت القاهرة بالإفراج عن المواطنين الذين خطفهم حفتر.",
            "181",
            false,
            "المواطنين",
        ),
        (
            "وطالبت القاهرة بالإفراج عن المواطنين الذين خطفهم حفتر.",
            "181",
            true,
            "حفتر",
        ),
        (
            "وزار الوفد المدينتين اللتين تسيطر عليهما قوات حفتر.",
            "192",
            false,
            "المدينتين",
        ),
        // The antecedent of a subject gap with its adjectives.
        (
            "وقال إن الجماعات المسلحة التي هاجمت القرية فرت.",
            "190",
            true,
            "الجماعات المسلحة",
        ),
    ]);
    // With an object pronoun the antecedent is the object, and no subject.
    let text = "والتقى الوزير الرجل الذي دعمه في الانتخابات.";
    assert_args(&[(text, "050", false, "الرجل")]);
    assert_not_args(&[(text, "050", true, "الرجل")]);
}

#[test]
fn an_object_pronoun_is_the_object() {
    // The pronoun of a coordinated verb is the object of the verb before; the complement
    // after it is no target.
    let text = "اتهمت موسكو القاهرة بالتدخل، وحذرتها من العواقب.";
    let c = code(text);
    let warning = c
        .events
        .iter()
        .find(|e| span_text(text, e.trigger.span) == "وحذرتها")
        .expect("an event for «وحذرتها»");
    assert_eq!(tgt(warning), Some("state.egy"), "{c:#?}");
    // Only a named object the pronoun agrees with: «ها» is no man, «القرار» no actor.
    for text in [
        "اتهمت موسكو أردوغان بالتدخل، وحذرتها من العواقب.",
        "اتهمت موسكو أردوغان بالتدخل، وحذرتهم من العواقب.",
        "اتهمت موسكو القاهرة بالتدخل، وحذرته من العواقب.",
        "انتقدت موسكو القرار، وحذرته من العواقب.",
    ] {
        let c = code(text);
        let warning = c
            .events
            .iter()
            .find(|e| span_text(text, e.trigger.span).starts_with("وحذرت"))
            .expect("a warning");
        assert_eq!(warning.target, None, "{c:#?}");
    }
    // What is asked is the object: the one asked still comes with «من».
    let text = "وقالت الصحيفة إن أردوغان طلبه من بوتين.";
    let c = code(text);
    assert_eq!(
        with_code(&c, "020").first().and_then(|e| tgt(e)),
        Some("rus.putin"),
        "{c:#?}"
    );
    // Not coordinated: the pronoun's referent is unknown, and «من العواقب» is none.
    let text = "وحذرته القاهرة من العواقب.";
    let c = code(text);
    let warning = c.events.first().expect("an event");
    assert_eq!(warning.target, None, "{c:#?}");
}

#[test]
fn agreement_ends_a_noun_phrase() {
    assert_args(&[
        // An indefinite nisba closes its noun's phrase: the next noun is the object.
        (
            "ودعت أربع نقابات عمالية عمال السكك الحديدية إلى الإضراب.",
            "020",
            true,
            "أربع نقابات عمالية",
        ),
        (
            "ودعت أربع نقابات عمالية عمال السكك الحديدية إلى الإضراب.",
            "020",
            false,
            "عمال السكك الحديدية",
        ),
        // An adjective after the nisba heads no genitive: it stays in the phrase.
        (
            "وحث مسؤول أممي بارز في كلمة أمام المجلس مصر على الالتزام بالقانون.",
            "020",
            true,
            "مسؤول أممي بارز",
        ),
        // «جمعية» after a masculine noun is no adjective of it.
        (
            "واستقال رئيس جمعية إنقاذ الطفولة الخميس.",
            "0831",
            true,
            "رئيس جمعية إنقاذ الطفولة",
        ),
        // «هيئة» only looks like a nisba on its search key.
        (
            "وانتقد رئيس هيئة أركان القوات القرار.",
            "111",
            true,
            "رئيس هيئة أركان القوات",
        ),
        // A plural in «ين» after one in «ون» is no adjective of it.
        ("واغتال مجهولون مدنيين في المدينة.", "186", true, "مجهولون"),
        // Agreeing adjectives stay.
        (
            "وقتل مسلحون مجهولون خمسة جنود.",
            "1823",
            true,
            "مسلحون مجهولون",
        ),
        (
            "وهاجم مسلحون ملثمون قوات أمنية عراقية جديدة في المدينة.",
            "190",
            false,
            "قوات أمنية عراقية جديدة",
        ),
    ]);
}

#[test]
fn for_its_part_is_no_target() {
    // «من جانبها», «من جهتهم»: «for its part», a discourse adverbial after «من».
    for text in [
        "وحذرت موسكو من جانبها من التصعيد.",
        "وطلبت القاهرة من جانبها عقد اجتماع عاجل.",
    ] {
        let c = code(text);
        let e = c.events.first().expect("an event");
        let target = e.target.as_ref().map(|a| span_text(text, a.span));
        assert_ne!(target, Some("جانبها"), "{c:#?}");
    }
}

#[test]
fn the_subject_of_a_verb_before_a_phrase_that_disagrees_is_the_subject() {
    // «يقود شاحنة مفخخة» describes the bomber: a feminine phrase before a masculine verb is
    // the object of the verb before it, not the subject.
    assert_args(&[
        (
            "وقالت مصادر إن انتحاريا يقود شاحنة مفخخة فجر نفسه وسط سوق في منطقة الصدرية.",
            "1831",
            true,
            "انتحاريا",
        ),
        (
            "وقالت مصادر إن الانتحاري يقود شاحنة مفخخة فجر نفسه وسط السوق.",
            "1831",
            true,
            "الانتحاري",
        ),
    ]);
    // A phrase that agrees with the verb is its subject: the party supports, the vehicle
    // killed.
    assert_args(&[
        ("فموسى يقود حزبا يؤيد حفتر.", "051", true, "حزبا"),
        ("وكان كبها يقود مركبة قتلت جنديين.", "1823", true, "مركبة"),
    ]);
}

#[test]
fn a_named_subject_set_off_by_a_comma_reaches_past_qad() {
    // The comma closes the apposition «المشير حفتر،»; «قد» belongs to the verb after it.
    assert_args(&[
        ("وكان المشير حفتر قد قصف المدينة.", "194", true, "حفتر"),
        ("وكان المشير حفتر، قد قصف المدينة.", "194", true, "حفتر"),
    ]);
}

#[test]
fn what_protesters_condemn_or_reject_is_the_protest_target() {
    // A purpose or a circumstantial phrase of condemnation: the actor behind what it names.
    let target = protest_target("وخرج متظاهرون في مسيرة في الشوارع للتنديد بزيارة أردوغان.");
    assert_eq!(target.as_deref(), Some("tur.erdogan"));
    let target = protest_target("وتجمع مئات المتظاهرين في الساحة معلنين رفضهم لترشيح السراج.");
    assert_eq!(target.as_deref(), Some("lby.sarraj"));
    // A phrase with no preposition is the genitive of «رفض».
    let target = protest_target("وتجمع آلاف المتظاهرين للدفاع عن الدستور ورفض ترشيح المشري.");
    assert_eq!(target.as_deref(), Some("lby.mishri"));
    // With the article the participle describes a party, not the protest.
    let target =
        protest_target("وشارك مئات المتظاهرين في تظاهرة نظمتها الحركة الرافضة لاتفاق السلام.");
    assert_eq!(target, None);
}

#[test]
fn a_bare_lam_after_a_word_that_takes_it_is_the_preposition() {
    // «لمحافظ» may be read «لمحافظ» whole; after «مضادة» it is «لـ» + governor.
    let target = protest_target("وتجمع المتظاهرون وهتفوا بشعارات مضادة لمحافظ العاصمة.");
    assert_eq!(target.as_deref(), Some("لمحافظ العاصمة"));
    // A verbal noun whose agent is its pronoun takes its patient with «لـ», and after a
    // participle of saying the word is that noun, no verb with an object pronoun.
    assert_args(&[
        (
            "وأكد الوزير رفضه لقرار الحكومة.",
            "120",
            false,
            "لقرار الحكومة",
        ),
        (
            "ووقف الطلاب مؤكدين رفضهم لقرار الوزير.",
            "120",
            false,
            "لقرار الوزير",
        ),
    ]);
    assert_not_args(&[(
        "ووقف الطلاب مؤكدين رفضهم لقرار الوزير.",
        "120",
        true,
        "لقرار الوزير",
    )]);
}

#[test]
fn a_plural_perfect_after_and_shares_the_subject_of_the_verb_before() {
    // «وأحرقوا المنازل، وقتلوا»: the phrase after the first verb is its object, so the
    // second verb's subject is the first one's.
    assert_args(&[
        (
            "واقتحم المسلحون القرية وأحرقوا المنازل، وقتلوا عشرة أشخاص.",
            "1823",
            true,
            "المسلحون",
        ),
        (
            "واقتحم المسلحون القرية وأحرقوا المنازل.",
            "1712",
            true,
            "المسلحون",
        ),
        // Also past a longer object.
        (
            "واقتحم المسلحون القرية الكبيرة الواقعة شمال المدينة وأحرقوا المنازل.",
            "1712",
            true,
            "المسلحون",
        ),
        // A verb the lexicon does not know shows by its plural ending.
        (
            "وتجمع المتظاهرون في منطقة قريبة من العاصمة وهتفوا بشعارات مضادة لمحافظ العاصمة، وطالبوه بالتراجع.",
            "141",
            true,
            "المتظاهرون",
        ),
    ]);
    // An event verb is no word of a noun phrase.
    assert_not_args(&[(
        "فيما ندد ناشطون بحملة قمع تأتي قبل الانتخابات.",
        "175",
        true,
        "ندد ناشطون بحملة",
    )]);
}

#[test]
fn counted_people_before_a_violent_verb_with_an_object_are_its_agents() {
    assert_args(&[
        (
            "وأعلنت الشرطة أن أربعة أشخاص اقتحموا السفارة.",
            "190",
            true,
            "أربعة أشخاص",
        ),
        (
            "وأعلنت الشرطة أن أربعة أشخاص اقتحموا السفارة.",
            "190",
            false,
            "السفارة",
        ),
        // With no object after the verb they are its victims.
        ("وقال إن 19 شخصا قتلوا في الهجوم.", "1823", false, "19 شخصا"),
        (
            "وكان عشرات الجنود قتلوا برصاص القناصة.",
            "1823",
            false,
            "عشرات الجنود",
        ),
    ]);
}

#[test]
fn an_event_in_a_phrase_of_time_is_background_whoever_carried_it_out() {
    // A light verb names the agent, but «بعد» still presupposes the attack.
    let text = "وفر الف سجين من سجن قندهار بعد هجوم شنه متمردو طالبان.";
    let c = code(text);
    let attack = with_code(&c, "190");
    assert_eq!(attack.len(), 1, "{c:#?}");
    assert!(attack[0].background, "{c:#?}");
    assert_eq!(arg_text(text, &c, "190", true), Some("متمردو طالبان"));
    // The phrase of time reaches through the event it opens to the attack named in it.
    let c = code("اثر مقتل جنديين في هجوم مسلح دعت الحكومة السلطة الى محاربة النشطاء.");
    assert_eq!(told(&c, "19"), 0, "{c:#?}");
    // Told in its own clause, the attack is news.
    let c = code("وشن متمردو طالبان هجوما على سجن قندهار.");
    assert_eq!(told(&c, "19"), 1, "{c:#?}");
}

#[test]
fn a_weapon_makes_an_attack_violent_in_a_reported_statement() {
    let c = code("وأضاف البيان أن المتمردين شنوا الهجوم على الموقع بسيارة مفخخة.");
    assert_eq!(with_code(&c, "1832").len(), 1, "{c:#?}");
    assert!(with_code(&c, "111").is_empty(), "{c:#?}");
}

#[test]
fn counted_phrases_open_with_their_count() {
    assert_args(&[
        // «العشرات من» keeps the people counted in the phrase, before the verb and after it.
        (
            "وقال إن العشرات من مستوطني براخة هاجموا المواطنين.",
            "190",
            true,
            "العشرات من مستوطني براخة",
        ),
        (
            "وقالوا ان الجيش نجح في قتل العشرات من المسلحين الفلسطينيين.",
            "1823",
            false,
            "العشرات من المسلحين الفلسطينيين",
        ),
        // A count alone before a verb of killing counts its victims.
        (
            "وأعلنت الشرطة ان عشرة على الأقل قتلوا في هجوم انتحاري.",
            "1823",
            false,
            "عشرة",
        ),
        // A passive verb of reporting: «أفيد بمقتل».
        (
            "وأفيد بمقتل 15 مسلحا في اشتباكات.",
            "1823",
            false,
            "15 مسلحا",
        ),
    ]);
    // Right after a verb the counted phrase is its object, not the subject of what follows.
    assert_not_args(&[(
        "فقد اعتقلت اثنين من أبرز قادتها في غارة للتحالف.",
        "195",
        true,
        "اثنين من أبرز",
    )]);
    // After a count, a word in «ـا» is the counted noun, not a dual verb.
    let c = code("وكانت مجموعة من حوالي ثلاثين طالبا قد اقتحمت عيادة.");
    assert!(with_code(&c, "100").is_empty(), "{c:#?}");
}

#[test]
fn an_adjective_may_stand_between_an_event_noun_and_its_light_verb() {
    assert_args(&[(
        "كما تزامن ذلك مع غارة جوية شنتها طائرة اميركية.",
        "195",
        true,
        "طائرة اميركية",
    )]);
}

#[test]
fn the_subject_of_kana_stands_before_qad() {
    assert_args(&[
        // However long the phrase, and past a word of time before the object.
        (
            "وكانت مجموعة من الطلاب من المسجد الاحمر قد اقتحمت ليلا عيادة للعلاج.",
            "190",
            true,
            "مجموعة من الطلاب",
        ),
        (
            "وكانت مجموعة من الطلاب من المسجد الاحمر قد اقتحمت ليلا عيادة للعلاج.",
            "190",
            false,
            "عيادة",
        ),
        // With nothing to take as its object a verb of killing is passive.
        (
            "وكانت رئيسة الوزراء السابقة، بي نظير بوتو، قد قتلت في هجوم انتحاري.",
            "1823",
            false,
            "رئيسة الوزراء السابقة",
        ),
    ]);
    // «قد» of another clause is not this one's.
    let text = "وكانت الحكومة الروسية قالت سابقا إن \"من المحتمل أن خمسة\"روس قد قتلوا في اشتباك.";
    let c = code(text);
    for source in [true, false] {
        let arg = arg_text(text, &c, "1823", source);
        assert!(!arg.is_some_and(|a| a.contains("الروسي")), "{c:#?}");
    }
}

#[test]
fn clefts_resumptive_objects_and_acknowledged_acts() {
    assert_args(&[
        // «هي التي»: the phrase before the pronoun is the subject.
        (
            "واعترفت الحكومة بأن قبائل منفلتة، هي التي هاجمت القرى.",
            "190",
            true,
            "قبائل منفلتة",
        ),
        // A phrase before a verb whose object pronoun refers back to it is the object.
        (
            "وأفاد مصدر بأن عسكريين ماليين خطفهم مقاتلو الطوارق.",
            "181",
            false,
            "عسكريين ماليين",
        ),
        // «أقر … أنه»: the acknowledging speaker carried out what the light verb tells.
        (
            "واقر التحالف الدولي، انه نفذ ضربات جوية في باكستان.",
            "195",
            true,
            "التحالف الدولي",
        ),
    ]);
    // «بل» opens a clause: the pronoun before the relative is the antecedent.
    assert_not_args(&[("وقال: بل نحن الذين نحاصرهم.", "191", false, "بل")]);
    // With a count or a time after the verb there is no subject there, and the phrase
    // before is the subject.
    assert_not_args(&[(
        "وأن إدارة ترامب أمهلتهم نحو 90 يوما.",
        "139",
        false,
        "إدارة ترامب",
    )]);
}

#[test]
fn what_protesters_do_is_their_protest_and_details_of_a_told_one_are_background() {
    assert_args(&[
        (
            "وهتف آلاف المتظاهرين ضد الحكومة.",
            "141",
            true,
            "آلاف المتظاهرين",
        ),
        ("وهتف آلاف المتظاهرين ضد الحكومة.", "141", false, "الحكومة"),
        (
            "ورفع المتظاهرون لافتات تطالب بالافراج عن المعتقلين.",
            "141",
            true,
            "المتظاهرون",
        ),
        (
            "وندد 125 ألف متظاهر السبت بالمشروع.",
            "141",
            true,
            "125 ألف متظاهر",
        ),
        // A demand's refinement gives way to the protest the protesters make.
        (
            "وطالب متظاهرون بالافراج عن الصحافيين.",
            "141",
            true,
            "متظاهرون",
        ),
        (
            "وقام المتظاهرون باحراق الاعلام امام السفارة.",
            "145",
            true,
            "المتظاهرون",
        ),
    ]);
    // Protesters counted or new to the article make news; the protesters, or some of them,
    // chant and demand in a protest already told.
    assert_eq!(told(&code("وهتف آلاف المتظاهرين ضد الحكومة."), "14"), 1);
    for text in [
        "وهتف المتظاهرون ضد الحكومة.",
        "ورفع المتظاهرون لافتات تطالب بالافراج عن المعتقلين.",
        "وطالب بعض المتظاهرين بالافراج عن المعتقلين.",
        "ودعا متظاهر آخر الحكومة الى الاستقالة.",
    ] {
        let c = code(text);
        assert!(!with_code(&c, "141").is_empty(), "{text}: {c:#?}");
        assert_eq!(told(&c, "14"), 0, "{text}: {c:#?}");
    }
    // Without protesters the same verbs keep their own codes.
    let c = code("وطالب الرئيس بالافراج عن المعتقلين.");
    assert!(with_code(&c, "141").is_empty(), "{c:#?}");
    // Nor is it a march when what goes well is not the protesters.
    let c = code("وقال المتظاهرون إن الأمور سارت كما أرادوا.");
    assert!(with_code(&c, "141").is_empty(), "{c:#?}");
    // A crowd counted is new to the article, whoever it is made of.
    assert_eq!(told(&code("وهتف آلاف الطلاب ضد الحكومة."), "14"), 1);
    // Protesters who go to a place or sweep through streets march.
    assert_args(&[
        (
            "وتوجه آلاف المتظاهرين الى دمشق.",
            "141",
            true,
            "آلاف المتظاهرين",
        ),
        (
            "واجتاح آلاف المتظاهرين شوارع العاصمة.",
            "141",
            true,
            "آلاف المتظاهرين",
        ),
        ("وتوجه أردوغان الى دمشق.", "042", true, "أردوغان"),
        (
            "وسار آلاف المتظاهرين في شوارع المدينة.",
            "141",
            true,
            "آلاف المتظاهرين",
        ),
        (
            "وردد آلاف المتظاهرين هتافات ضد الحكومة.",
            "141",
            false,
            "الحكومة",
        ),
    ]);
}

#[test]
fn some_is_no_preposition_and_its_phrase_may_be_the_subject() {
    // «بعض» is no «ب + عض»: the phrase it opens is the subject, not the demand's complement.
    assert_args(&[(
        "وطالب بعض النواب بالافراج عن المعتقلين.",
        "1053",
        true,
        "بعض النواب",
    )]);
}

#[test]
fn punctuation_parts_a_detached_preposition_from_the_next_word() {
    // The agency «ا ف ب» ends in a letter that reads as a detached «بـ»: the colon after it
    // keeps the verb a verb, with its subject.
    assert_args(&[(
        "عمان ـ ا ف ب: تظاهر نحو الفي شخص امس في عمان.",
        "141",
        true,
        "نحو الفي شخص",
    )]);
}

#[test]
fn a_definite_word_that_cannot_describe_the_noun_before_it_opens_the_object() {
    assert_args(&[
        // No adjective's shape: a noun of its own.
        (
            "واتهمت المعارضة الحكومة بتزوير الانتخابات.",
            "112",
            true,
            "المعارضة",
        ),
        (
            "واتهمت المعارضة الحكومة بتزوير الانتخابات.",
            "112",
            false,
            "الحكومة",
        ),
        (
            "وانتقد خبير التغذية المتخصص القرار.",
            "111",
            false,
            "القرار",
        ),
        // The shape of an adjective that does not agree with the noun heading the phrase.
        ("واعتقلت الشرطة المتظاهرين.", "173", false, "المتظاهرين"),
        ("وقصفت الطائرات المواقع.", "195", true, "الطائرات"),
        // Adjectives that agree, elatives, participles describing by what follows, and words
        // in apposition stay.
        (
            "وقصفت القوات المسلحة المدينة.",
            "194",
            true,
            "القوات المسلحة",
        ),
        (
            "وانتقد الرئيس السابق الحكومة الجديدة.",
            "111",
            false,
            "الحكومة الجديدة",
        ),
        (
            "ووافقت الدول الأعضاء على القرار.",
            "030",
            true,
            "الدول الأعضاء",
        ),
        (
            "وانتقدت الشركات الأصغر القرار.",
            "111",
            true,
            "الشركات الأصغر",
        ),
        ("وانتقد الأربعة الآخرون القرار.", "111", true, "الأربعة الآخرون"),
        // Duals and plurals agree too.
        (
            "ووافقت الدولتان الواقعتان في القرن الإفريقي على القرار.",
            "030",
            true,
            "الدولتان الواقعتان",
        ),
        (
            "وانتقدت القائمتان الرئيسيتان القرار.",
            "111",
            true,
            "القائمتان الرئيسيتان",
        ),
        (
            "وهاجمت المتمردات الشيوعيات القرية.",
            "190",
            true,
            "المتمردات الشيوعيات",
        ),
        // A broken plural in فعلاء is a noun; «العرب» describes.
        ("والتقى الأمير العلماء العرب.", "040", false, "العلماء العرب"),
        // «آل», «ألوية» only look definite.
        ("وانتقد آل الشيخ القرار.", "111", true, "آل الشيخ"),
        (
            "وانتقدت ألوية العمالقة القرار.",
            "111",
            true,
            "ألوية العمالقة",
        ),
    ]);
    // A season is a time, no object («الصيف الماضي»).
    assert_not_args(&[(
        "وقد قتل شقيق يعقوب على خط المواجهة الصيف الماضي.",
        "1823",
        false,
        "الصيف",
    )]);
    // A participle describing by what follows it is masculine whatever its noun.
    assert_not_args(&[(
        "وانتقدت الحكومة المعترف بها دوليا القرار.",
        "111",
        true,
        "الحكومة",
    )]);
}

#[test]
fn people_arrested_or_abducted_with_no_object_after_the_verb_are_its_patients() {
    assert_args(&[
        (
            "وخطف صحافي فرنسي في بغداد امس.",
            "181",
            false,
            "صحافي فرنسي",
        ),
        ("واعتقل ناشط حقوقي في القاهرة.", "173", false, "ناشط حقوقي"),
        ("واعتقل ثلاثة أشخاص في القاهرة.", "173", false, "ثلاثة أشخاص"),
        // With an object the people are the agents.
        ("واعتقلت الشرطة ثلاثة أشخاص.", "173", true, "الشرطة"),
    ]);
}

#[test]
fn an_attack_with_no_target_of_its_own_hit_the_casualties_of_its_sentence() {
    for (text, code) in [
        (
            "انفجرت سيارة مفخخة صباح أمس في موقف السيارات واسفرت عن إصابة 17 فردا بجروح.",
            "1832",
        ),
        (
            "والثلاثاء اصيب 37 شخصا بجروح حين انفجرت قنبلة في سوق.",
            "183",
        ),
        ("وأدى هجوم انتحاري بسيارة مفخخة الى مقتل 71 شخصا.", "1831"),
    ] {
        let c = code_on(text, None);
        let victims = with_code(&c, code)
            .first()
            .and_then(|e| e.target.as_ref())
            .map(|a| span_text(text, a.span));
        assert!(
            victims.is_some_and(|v| v.ends_with("شخصا") || v.ends_with("فردا")),
            "{text}: {c:#?}"
        );
    }
    assert_args(&[
        // A number and «من» count the phrase after them.
        (
            "قتل 4 من قوات الأمن بعد أن فجر انتحاري سيارة ملغومة.",
            "1831",
            false,
            "4 من قوات الأمن",
        ),
        // The raid hit them even when the killing reads them as its agents.
        (
            "قتل عشرة من السوريين في غارة جوية.",
            "195",
            false,
            "السوريين",
        ),
        // The people come after the last of coordinated words of harm.
        (
            "ما أدى إلى مقتل وإصابة متظاهرين في هجوم.",
            "190",
            false,
            "متظاهرين",
        ),
    ]);
    // Never the same people as both parties of one event.
    let text = "قتل عشرة من السوريين في غارة جوية.";
    let c = code(text);
    assert!(
        c.events.iter().all(|e| {
            let words = |a: Option<&marsad_events::Arg>| a.map(|a| span_text(text, a.span));
            words(e.source.as_ref()).is_none()
                || words(e.source.as_ref()) != words(e.target.as_ref())
        }),
        "{c:#?}"
    );
}

#[test]
fn a_first_person_verb_is_the_speakers() {
    // «ندعو» has no phrase for subject: «هذه الادعاءات» before it is what was denied.
    let text = "وقال المتحدث: \"وإذ ننفي صحة هذه الادعاءات ندعو وسائل الإعلام إلى الكف عن ذلك\".";
    let c = code(text);
    let call = c.events.iter().find(|e| e.cameo.starts_with("02"));
    assert!(
        call.is_some_and(|e| source_text(text, e) == Some("المتحدث")),
        "{c:#?}"
    );
    // «رفضا قاطعا» is a categorical refusal, no boycott.
    let c = code("وقال الوزير: \"نرفض رفضا قاطعا خرق القوات التركية\".");
    assert!(with_code(&c, "143").is_empty(), "{:?}", c.events);
    let c = code("وقاطع المتظاهرون الانتخابات.");
    assert_eq!(with_code(&c, "143").len(), 1, "{:?}", c.events);
}

#[test]
fn the_genitive_of_a_phrase_noun_is_acted_on() {
    // «أطلق سراح X»: X is released, whether the agent is dropped or named between.
    assert_args(&[
        ("وأطلقت سراح القس أمس.", "0841", false, "القس"),
        (
            "وأطلقت السلطات سراح القس المحتجز.",
            "0841",
            false,
            "القس المحتجز",
        ),
        ("وأطلقت السلطات سراح القس المحتجز.", "0841", true, "السلطات"),
    ]);
    assert_not_args(&[("وأطلقت سراح القس أمس.", "0841", true, "القس")]);
    // A country adjective on the phrase's noun still names the agent.
    let c = code("وفرضت عقوبات روسية على تركيا.");
    assert!(
        c.events
            .iter()
            .any(|e| e.cameo.starts_with("16") && src(e) == Some("state.rus")),
        "{:?}",
        c.events
    );
}

#[test]
fn interrogatives_open_a_clause_and_proceeding_to_an_act_is_doing_it() {
    assert_args(&[
        // «كيف» opens the clause whose subject follows its verb.
        (
            "ووصفت طفلة كيف قام عشرة جنود باكستانيين باغتصابها.",
            "1821",
            true,
            "عشرة جنود باكستانيين",
        ),
        // «عمد إلى», «أقدم على» govern the act as a light verb does.
        ("وعمد المسلحون الى تفجير السيارة.", "183", true, "المسلحون"),
        ("وأقدم شاب على قتل والده في القاهرة.", "1823", true, "شاب"),
        // «جدد», «كرر»: renewing or repeating an act is doing it again.
        ("وجددت مصر رفضها للخطة.", "120", true, "مصر"),
        ("وكرر الاتحاد الدعوة إلى الحوار.", "026", true, "الاتحاد"),
    ]);
}

#[test]
fn a_definite_name_after_a_definite_subject_opens_the_object() {
    // A name with the article describes no definite noun before it, whether the noun ends in
    // an adjective or not; only a definite demonym does.
    assert_args(&[
        (
            "واحتلت الدولة العبرية الضفة الغربية عام 1967.",
            "192",
            true,
            "الدولة العبرية",
        ),
        (
            "واحتلت الدولة العبرية الضفة الغربية عام 1967.",
            "192",
            false,
            "الضفة الغربية",
        ),
        (
            "ودعا الصندوق الحكومة الجزائرية إلى مواصلة الإصلاحات.",
            "024",
            true,
            "الصندوق",
        ),
        (
            "ودعا الصندوق الحكومة الجزائرية إلى مواصلة الإصلاحات.",
            "024",
            false,
            "الحكومة الجزائرية",
        ),
        (
            "وهاجمت القوات التركية مواقع الأكراد.",
            "190",
            true,
            "التركية",
        ),
        (
            "وهاجمت القوات التركية مواقع الأكراد.",
            "190",
            false,
            "مواقع الأكراد",
        ),
    ]);
}

#[test]
fn a_verb_after_a_denied_object_is_the_speakers_next_act() {
    // The denial ends at the comma; «واتهم» shares the subject named after «نفى».
    let c = code("نفى حفتر ارتكاب أي تجاوزات في القضايا المقامة ضده، واتهم السراج بالمؤامرة.");
    let accuse = with_code(&c, "112");
    assert_eq!(accuse.len(), 1, "{:?}", c.events);
    assert_eq!(src(accuse[0]), Some("lby.haftar"));
    assert_eq!(tgt(accuse[0]), Some("lby.sarraj"));
    assert!(!accuse[0].negated, "{:?}", accuse[0]);
    // A name right after the coordinated verb is its own subject.
    let c = code("واتهمت مصر حفتر بالخيانة، ونددت الإمارات بتصريحاته.");
    let denounce = with_code(&c, "111");
    assert_eq!(denounce.first().and_then(|e| src(e)), Some("state.are"));
}

#[test]
fn a_person_attacked_without_weapons_is_criticised() {
    let c = code("وهاجم أردوغان حفتر بسبب رفضه التوقيع.");
    assert_eq!(
        tgt(with_code(&c, "111")[0]),
        Some("lby.haftar"),
        "{:?}",
        c.events
    );
    // Positions of a person's forces, or a person attacked with a weapon, are violence.
    for text in [
        "وهاجمت القوات التركية مواقع حفتر جنوب طرابلس.",
        "وهاجم مسلحون حفتر بالأسلحة الرشاشة.",
    ] {
        let c = code(text);
        assert!(with_code(&c, "111").is_empty(), "{text}: {:?}", c.events);
        assert!(!with_code(&c, "190").is_empty(), "{text}: {:?}", c.events);
    }
}

#[test]
fn a_subsidy_is_no_support() {
    let c = code("وقررت الحكومة خفض دعم الوقود، وأكدت مصر دعمها للحكومة الليبية.");
    let support = with_code(&c, "050");
    assert_eq!(support.len(), 1, "{:?}", c.events);
    assert_eq!(src(support[0]), Some("state.egy"));
}

#[test]
fn control_of_a_fire_or_a_situation_is_no_occupation() {
    for text in [
        "وتمكن رجال الإطفاء من السيطرة على الحريق.",
        "وقالت الشرطة إنها تسيطر على الوضع.",
    ] {
        let c = code(text);
        assert!(with_code(&c, "192").is_empty(), "{text}: {:?}", c.events);
    }
    let c = code("وسيطرت قوات حفتر على وسط المدينة.");
    assert!(!with_code(&c, "192").is_empty(), "{:?}", c.events);
}

#[test]
fn control_with_its_genitive_agent_and_a_noun_gap_that_stays_short() {
    // «سيطرة X على Y»: the genitive between the noun and its preposition is the agent.
    assert_args(&[
        (
            "وأدت سيطرة قوات الجيش على طرابلس إلى نزوح الآلاف.",
            "192",
            true,
            "قوات الجيش",
        ),
        (
            "وأدت سيطرة قوات الجيش على طرابلس إلى نزوح الآلاف.",
            "192",
            false,
            "طرابلس",
        ),
        (
            "وأحكم الجيش الوطني الليبي سيطرته على طرابلس.",
            "192",
            true,
            "الجيش الوطني الليبي",
        ),
    ]);
    // After a noun the gap is a genitive, not a clause: «انسحاب قوات حفتر من جنوب طرابلس …
    // سوف يشجع الوفاق للذهاب للمفاوضات» is a retreat, no walk-out from the talks.
    let c = code(
        "لا شك أن انسحاب قوات حفتر من جنوب طرابلس وترهونة ومحيط غريان سوف يشجع الوفاق للذهاب للمفاوضات العسكرية.",
    );
    assert!(with_code(&c, "164").is_empty(), "{:?}", c.events);
    assert!(!with_code(&c, "0874").is_empty(), "{:?}", c.events);
}

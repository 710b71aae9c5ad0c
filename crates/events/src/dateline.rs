//! The dateline that opens a news article: «دبي، الإمارات العربية المتحدة (CNN)-- …»,
//! «القاهرة - رويترز: …», «بيروت ـ «الشرق الأوسط»: …». It names where the report was filed,
//! which is where its events happened only when they involve that place's country (a desk in
//! Dubai reports on Washington too): see [`crate::Coder::code`].

use crate::types::ActorMention;

/// How far into the article the dateline's separator may end (bytes): a place, its country, an
/// outlet in parentheses or after a dash.
const MAX_DATELINE: usize = 120;

/// Dashes and the tatweel that separate a dateline from the report.
const DASHES: [char; 5] = ['-', '–', '—', 'ـ', '−'];

/// How long a byline or outlet before the dateline's place may be («عبدالله البرقاوي- سبق- »).
const MAX_BYLINE: usize = 60;

/// The mention (index into `mentions`) of the place a dateline at the start of `text` names:
/// a state or place mention first in the text, optionally followed by «، » and its country,
/// then a dash, a colon or an outlet in parentheses; or, after a byline or an outlet and a dash
/// («سبق- الرياض: »), a place and a colon or a dash. `None` when the text opens otherwise.
pub fn dateline(text: &str, mentions: &[ActorMention]) -> Option<usize> {
    let opening = text.len() - text.trim_start().len();
    let (index, place) = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind.is_place())
        .min_by_key(|(_, m)| m.span.start)?;
    let byline = text.get(opening..place.span.start as usize)?;
    let after_byline = byline.is_empty()
        || (byline.len() <= MAX_BYLINE
            && byline.trim_end().ends_with(DASHES)
            && !byline.contains(['.', '،', ',', ':', '\n']));
    if !after_byline {
        return None;
    }
    let mut rest = text.get(place.span.end as usize..)?;
    // «دبي، الإمارات العربية المتحدة»: the city's country after a comma.
    if let Some(after_comma) = rest.strip_prefix(['،', ',']) {
        let country_start = text.len() - after_comma.trim_start().len();
        let country = mentions
            .iter()
            .find(|m| m.span.start as usize == country_start && m.kind.is_place())?;
        rest = text.get(country.span.end as usize..)?;
    }
    let rest = rest.trim_start();
    let consumed = text.len() - rest.len();
    let separated = if let Some(inside) = rest.strip_prefix('(').filter(|_| byline.is_empty()) {
        // «(CNN)», «(رويترز)», «(أ ف ب)»: an outlet, short and closed.
        inside.find(')').is_some_and(|close| close <= 40)
    } else {
        rest.starts_with(DASHES) || rest.starts_with(':')
    };
    (separated && consumed <= MAX_DATELINE).then_some(index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ActorKind;
    use marsad_text::Span;

    fn place(text: &str, surface: &str, kind: ActorKind) -> ActorMention {
        let start = text.find(surface).unwrap_or(0);
        ActorMention {
            span: Span::new(start, start + surface.len()),
            actor_id: surface.to_string(),
            name: surface.to_string(),
            code: None,
            kind,
            country: None,
            confidence: 0.9,
        }
    }

    #[test]
    fn datelines_with_country_outlet_or_dash() {
        let text = "دبي، الإمارات العربية المتحدة (CNN)-- اعتبر وزير الخارجية المصري";
        let mentions = [
            place(text, "دبي", ActorKind::Place),
            place(text, "الإمارات العربية المتحدة", ActorKind::State),
        ];
        assert_eq!(dateline(text, &mentions), Some(0));
        let text = "القاهرة - رويترز: قالت وزارة الخارجية";
        assert_eq!(
            dateline(text, &[place(text, "القاهرة", ActorKind::State)]),
            Some(0)
        );
        let text = " موسكو (أ ف ب) - أعلن الكرملين";
        assert_eq!(
            dateline(text, &[place(text, "موسكو", ActorKind::State)]),
            Some(0)
        );
        // A byline or the outlet first, then the place.
        let text = "عبدالله البرقاوي- سبق- الرياض: أثار المقطع الجديد";
        assert_eq!(
            dateline(text, &[place(text, "الرياض", ActorKind::State)]),
            Some(0)
        );
    }

    #[test]
    fn a_place_opening_a_sentence_is_no_dateline() {
        for (text, name, kind) in [
            // The subject of the first sentence, not where it was filed.
            (
                "القاهرة تدين الهجوم على السفارة",
                "القاهرة",
                ActorKind::State,
            ),
            // A person opening the text is no place.
            ("حفتر - قائد الجيش", "حفتر", ActorKind::Person),
            // A place inside the first sentence, after words that are no byline.
            (
                "قال الوزير إن الرياض - في رأيه - محقة",
                "الرياض",
                ActorKind::State,
            ),
            // A comma not followed by a place: an apposition or a list.
            (
                "طرابلس، التي شهدت اشتباكات - أمس",
                "طرابلس",
                ActorKind::Place,
            ),
        ] {
            assert_eq!(dateline(text, &[place(text, name, kind)]), None, "{text}");
        }
    }
}

//! Publication dates in the shapes news sources use, converted to UTC.
//!
//! Accepted: RFC 3339 / ISO 8601 with or without offset (`2018-07-15T21:56:56+04:00`,
//! `2015-07-21T02:51:32Z`), `2015-07-21 02:51:32` (no zone: taken as UTC, which is what
//! SaudiNewsNet's `date_extracted` means), a bare date, RFC 2822 (`Sun, 15 Jul 2018
//! 21:56:56 +0400`, also with `GMT`, a wrong weekday or none), and Unix seconds or
//! milliseconds. Anything else gives `None`: an unreadable date never costs the article.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

pub(crate) fn parse(raw: &str) -> Option<DateTime<Utc>> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.with_timezone(&Utc));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.with_timezone(&Utc));
    }
    const WITH_OFFSET: &[&str] = &[
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
        "%d %b %Y %H:%M:%S %z",
        "%a, %d %b %Y %H:%M:%S %z",
        "%a, %d %b %Y %H:%M %z",
    ];
    for fmt in WITH_OFFSET {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(dt.with_timezone(&Utc));
        }
    }
    const NAIVE: &[&str] = &[
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
        "%d/%m/%Y %H:%M:%S",
        "%d/%m/%Y %H:%M",
    ];
    for fmt in NAIVE {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(Utc.from_utc_datetime(&dt));
        }
    }
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return d.and_hms_opt(0, 0, 0).map(|dt| Utc.from_utc_datetime(&dt));
        }
    }
    if let Some(dt) = rfc2822_lenient(s) {
        return Some(dt);
    }
    if s.len() >= 9 && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<i64>().ok().and_then(from_unix);
    }
    None
}

/// RFC 2822 with a zone name chrono does not know, a weekday that does not match the date,
/// or no weekday: drop the weekday and map zone names to offsets.
fn rfc2822_lenient(s: &str) -> Option<DateTime<Utc>> {
    let rest = match s.split_once(',') {
        Some((weekday, rest)) if weekday.trim().chars().all(char::is_alphabetic) => rest.trim(),
        _ => s,
    };
    let (stamp, zone) = rest.rsplit_once(' ')?;
    let offset = match zone.to_ascii_uppercase().as_str() {
        "GMT" | "UT" | "UTC" | "Z" => "+0000".to_owned(),
        "EST" => "-0500".to_owned(),
        "EDT" => "-0400".to_owned(),
        "CST" => "-0600".to_owned(),
        "CDT" => "-0500".to_owned(),
        "MST" => "-0700".to_owned(),
        "MDT" => "-0600".to_owned(),
        "PST" => "-0800".to_owned(),
        "PDT" => "-0700".to_owned(),
        z if z.starts_with(['+', '-']) => z.replace(':', ""),
        _ => return None,
    };
    let joined = format!("{stamp} {offset}");
    [
        "%d %b %Y %H:%M:%S %z",
        "%d %b %Y %H:%M %z",
        "%d %B %Y %H:%M:%S %z",
    ]
    .iter()
    .find_map(|fmt| DateTime::parse_from_str(&joined, fmt).ok())
    .map(|dt| dt.with_timezone(&Utc))
}

/// Month names as Arabic news pages print them: Egyptian/Gulf transliterations and the
/// Levantine/Iraqi Syriac names, already normalised by [`crate::chrome::normalize`].
const ARABIC_MONTHS: &[(&str, u32)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
];

/// A date written out in Arabic inside a short line, such as «الأحد 12 يناير 2020» or
/// «نشر في 3 تشرين الأول 2019 - 14:05»; Arabic-Indic digits are accepted. Taken as UTC,
/// at midnight unless a `HH:MM` follows.
pub(crate) fn parse_arabic(line: &str) -> Option<DateTime<Utc>> {
    if line.chars().count() > 80 {
        return None;
    }
    let ascii: String = line
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            c => c,
        })
        .collect();
    // Digits survive normalisation as separate words here, as `normalize` drops them.
    let words: Vec<String> = ascii
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '-' | '/' | '|'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.bytes().all(|b| b.is_ascii_digit() || b == b':') {
                w.to_owned()
            } else {
                crate::chrome::normalize(w)
            }
        })
        .filter(|w| !w.is_empty())
        .collect();
    for i in 0..words.len() {
        let Ok(day) = words[i].parse::<u32>() else {
            continue;
        };
        for (name, month) in ARABIC_MONTHS {
            let parts: Vec<&str> = name.split(' ').collect();
            let end = i + 1 + parts.len();
            let named = words
                .get(i + 1..end)
                .is_some_and(|w| w.iter().zip(&parts).all(|(a, b)| a == b));
            if !named {
                continue;
            }
            let Some(year) = words.get(end).and_then(|y| y.parse::<i32>().ok()) else {
                continue;
            };
            let Some(date) = NaiveDate::from_ymd_opt(year, *month, day) else {
                continue;
            };
            let time = words[end + 1..]
                .iter()
                .find_map(|w| chrono::NaiveTime::parse_from_str(w, "%H:%M").ok())
                .unwrap_or_default();
            return Some(Utc.from_utc_datetime(&date.and_time(time)));
        }
    }
    None
}

/// Unix time in seconds, or milliseconds when the number is too large for seconds.
pub(crate) fn from_unix(n: i64) -> Option<DateTime<Utc>> {
    if n.abs() >= 100_000_000_000 {
        DateTime::from_timestamp_millis(n)
    } else {
        DateTime::from_timestamp(n, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse(s).map(|d| d.to_rfc3339())
    }

    #[test]
    fn news_date_shapes() {
        let want = Some("2018-07-15T17:56:56+00:00".to_owned());
        assert_eq!(iso("Sun, 15 Jul 2018 21:56:56 +0400"), want);
        assert_eq!(
            iso("Mon, 15 Jul 2018 21:56:56 +0400"),
            want,
            "wrong weekday"
        );
        assert_eq!(iso("2018-07-15T21:56:56+04:00"), want);
        assert_eq!(iso("2018-07-15T17:56:56Z"), want);
        assert_eq!(iso("2018-07-15 17:56:56"), want);
        assert_eq!(
            iso("Mon, 26 Feb 2018 02:20:10 GMT"),
            Some("2018-02-26T02:20:10+00:00".to_owned())
        );
        assert_eq!(
            iso("2015-07-21"),
            Some("2015-07-21T00:00:00+00:00".to_owned())
        );
        assert_eq!(iso("1531677416"), want);
        assert_eq!(iso("yesterday"), None);
        let arabic = |s: &str| parse_arabic(s).map(|d| d.to_rfc3339());
        assert_eq!(
            arabic("الأحد 12 يناير 2020"),
            Some("2020-01-12T00:00:00+00:00".to_owned())
        );
        assert_eq!(
            arabic("نشر في ٣ تشرين الأول ٢٠١٩ - 14:05"),
            Some("2019-10-03T14:05:00+00:00".to_owned())
        );
        assert_eq!(arabic("قال في 12 من الشهر"), None);
        assert_eq!(iso(""), None);
    }
}

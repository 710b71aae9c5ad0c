//! Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as used in `roles.tsv`, turned into
//! half-open day ranges.

use chrono::NaiveDate;

/// A parsed partial date: the first day it covers and the first day after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Partial {
    pub first: NaiveDate,
    pub after: NaiveDate,
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `Err` says what is wrong.
pub(crate) fn parse_partial(s: &str) -> Result<Partial, String> {
    let bad = || format!("malformed date {s:?} (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Result<u32, String> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse::<u32>().map_err(|_| bad())
    };
    match parts.as_slice() {
        [y] => {
            let y = num(y, 4)? as i32;
            let first = NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(bad)?;
            let after = NaiveDate::from_ymd_opt(y + 1, 1, 1).ok_or_else(bad)?;
            Ok(Partial { first, after })
        }
        [y, m] => {
            let (y, m) = (num(y, 4)? as i32, num(m, 2)?);
            let first = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)?;
            let after = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)
            }
            .ok_or_else(bad)?;
            Ok(Partial { first, after })
        }
        [y, m, d] => {
            let first = NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?)
                .ok_or_else(bad)?;
            let after = first.succ_opt().ok_or_else(bad)?;
            Ok(Partial { first, after })
        }
        _ => Err(bad()),
    }
}

/// A role's validity: `from` inclusive, `until` exclusive (`None`: still in office).
///
/// The end is exclusive and a full `to` date names the hand-over day, so a successor starting
/// that day does not overlap; `to = 2014` ends on 1 January 2015.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tenure {
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

impl Tenure {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && self.until.is_none_or(|u| day < u)
    }

    pub fn overlaps(&self, other: &Tenure) -> bool {
        let before = |a: &Tenure, b: &Tenure| a.until.is_some_and(|u| u <= b.from);
        !before(self, other) && !before(other, self)
    }
}

/// The end bound of a `to` column: a full date is the hand-over day itself, a year or month ends
/// where it ends.
pub(crate) fn tenure_end(to: &Partial, full_date: bool) -> NaiveDate {
    if full_date { to.first } else { to.after }
}

/// Whether `s` is a full `YYYY-MM-DD` date.
pub(crate) fn is_full(s: &str) -> bool {
    s.len() == 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates() {
        let p = parse_partial("2014-08-28").unwrap();
        assert_eq!(p.first, NaiveDate::from_ymd_opt(2014, 8, 28).unwrap());
        let p = parse_partial("2020-12").unwrap();
        assert_eq!(p.after, NaiveDate::from_ymd_opt(2021, 1, 1).unwrap());
        let p = parse_partial("2003").unwrap();
        assert_eq!(p.after, NaiveDate::from_ymd_opt(2004, 1, 1).unwrap());
        for bad in [
            "",
            "20",
            "2014-13",
            "2014-02-30",
            "2014/02/01",
            "14-02-01",
            "2014-2-1",
        ] {
            assert!(parse_partial(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn handover_day_does_not_overlap() {
        let d = |s| parse_partial(s).unwrap().first;
        let a = Tenure {
            from: d("2003-03-14"),
            until: Some(d("2014-08-28")),
        };
        let b = Tenure {
            from: d("2014-08-28"),
            until: None,
        };
        assert!(!a.overlaps(&b));
        assert!(b.contains(d("2014-08-28")) && !a.contains(d("2014-08-28")));
        let c = Tenure {
            from: d("2014-01-01"),
            until: None,
        };
        assert!(a.overlaps(&c));
    }
}

//! The templates are written as of one Monday ([`ANCHOR`]); a new
//! repository gets every date and period moved by whole weeks to today, so
//! its plan, risks and reviews are current and it validates clean on day
//! one (weekdays stay weekdays, so working-day plans keep their shape).

use chrono::{Datelike, NaiveDate};

use crate::model::{Date, Period};

/// The day the templates are written for (a Monday).
pub const ANCHOR: (i32, u32, u32) = (2026, 11, 16);

/// Whole weeks from the anchor to the Monday on or before `today`.
pub fn weeks_to(today: Date) -> i64 {
    let anchor = NaiveDate::from_ymd_opt(ANCHOR.0, ANCHOR.1, ANCHOR.2).unwrap_or(today.0);
    today
        .0
        .signed_duration_since(anchor)
        .num_days()
        .div_euclid(7)
}

/// `text` with every `YYYY-MM-DD` date and every `YYYY-Qn`, `YYYY-Hn` and
/// `YYYY-MM` period moved by `weeks`.
pub fn shift(text: &str, weeks: i64) -> String {
    if weeks == 0 {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let starts_word = !out.ends_with(|c: char| c.is_ascii_alphanumeric());
        match starts_word.then(|| token(rest)).flatten() {
            Some((len, moved)) => {
                out.push_str(&moved(weeks));
                rest = &rest[len..];
            }
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

type Mover = Box<dyn Fn(i64) -> String>;

/// A date or period at the start of `s`: its length and how to move it.
fn token(s: &str) -> Option<(usize, Mover)> {
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `len` bytes that end a word; `get` keeps to character boundaries.
    let word = |len: usize| {
        let tail = s.get(len..)?;
        let head = s.get(..len)?;
        let clean = head.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        (clean && !tail.starts_with(|c: char| c.is_ascii_alphanumeric())).then_some(head)
    };
    if let Some(d) = word(10).and_then(|w| w.parse::<Date>().ok()) {
        return Some((10, Box::new(move |w| d.add_days(w * 7).to_string())));
    }
    for len in [8usize, 7] {
        let period = word(len)
            .filter(|w| w.as_bytes().get(4) == Some(&b'-'))
            .and_then(|w| w.parse::<Period>().ok());
        if let Some(p) = period {
            return Some((len, Box::new(move |w| moved(p, w))));
        }
    }
    None
}

/// The period of the same kind that holds the period's middle day, moved
/// (its first day would slip into the period before).
fn moved(p: Period, weeks: i64) -> String {
    let middle = p.start() + (p.end() - p.start()) / 2;
    let day = Date(middle).add_days(weeks * 7).0;
    let (y, m) = (day.year(), day.month());
    match p {
        Period::Quarter(..) => format!("{y}-Q{}", (m - 1) / 3 + 1),
        Period::Half(..) => format!("{y}-H{}", (m - 1) / 6 + 1),
        Period::Month(..) => format!("{y}-{m:02}"),
        Period::Week(..) => {
            let w = day.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_periods_move_by_whole_weeks() {
        let text = "start: 2026-03-02\nperiod: 2026-Q3\nh: 2026-H2\nm: 2026-09\nid: REV-2026H2\nx: 12026-01-01";
        let moved = shift(text, 52);
        assert!(moved.contains("start: 2027-03-01"), "{moved}");
        assert!(moved.contains("period: 2027-Q3"));
        assert!(moved.contains("h: 2027-H2"));
        assert!(moved.contains("m: 2027-09"));
        assert!(moved.contains("id: REV-2026H2"));
        assert!(moved.contains("x: 12026-01-01"));
        assert_eq!(shift(text, 0), text);
    }

    #[test]
    fn weeks_count_to_the_monday_before() {
        let d = |s: &str| s.parse::<Date>().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(weeks_to(d("2026-11-16")), 0);
        assert_eq!(weeks_to(d("2026-11-22")), 0);
        assert_eq!(weeks_to(d("2026-11-23")), 1);
        assert_eq!(weeks_to(d("2026-11-15")), -1);
    }
}

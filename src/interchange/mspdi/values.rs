//! MSPDI's value formats: dates, ISO 8601 durations, flags and numbers.

// The XML is untrusted input: its dates, durations and numbers are
// parsed here. No silent overflow, truncation or out-of-bounds panic:
// use checked or saturating arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

use crate::model::Date;

/// `2026-03-31T08:00:00` (or a bare date) to its day.
pub fn date(text: &str) -> Option<Date> {
    text.get(..10)?.parse().ok()
}

/// An ISO 8601 duration as MSPDI writes them (`PT40H0M0S`, `-PT8H0M0S`,
/// `P2DT4H0M0S`) in hours; days in this form are 24-hour days.
pub fn hours(text: &str) -> Option<f64> {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, text),
    };
    let rest = rest.strip_prefix('P')?;
    let mut total = 0.0;
    let mut number = String::new();
    let mut in_time = false;
    for c in rest.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' | '.' => number.push(c),
            unit => {
                let n: f64 = number.parse().ok()?;
                number.clear();
                total += match (unit, in_time) {
                    ('Y', false) => n * 365.0 * 24.0,
                    ('M', false) => n * 30.0 * 24.0,
                    ('W', false) => n * 7.0 * 24.0,
                    ('D', false) => n * 24.0,
                    ('H', true) => n,
                    ('M', true) => n / 60.0,
                    ('S', true) => n / 3600.0,
                    _ => return None,
                };
            }
        }
    }
    number.is_empty().then_some(sign * total)
}

/// `1` (or `true`) is set.
pub fn flag(text: Option<&str>) -> bool {
    matches!(text, Some("1") | Some("true"))
}

pub fn number(text: Option<&str>) -> Option<f64> {
    text?.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Whether an element's text is a value that says nothing: empty, zero,
/// a zero duration, or `-1` (MSPDI's "none" for references).
pub fn is_default(text: &str) -> bool {
    let t = text.trim();
    t.is_empty()
        || t == "-1"
        || t.parse::<f64>().is_ok_and(|x| x == 0.0)
        || hours(t).is_some_and(|h| h == 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_dates_and_defaults() {
        assert_eq!(hours("PT40H0M0S"), Some(40.0));
        assert_eq!(hours("PT7H30M0S"), Some(7.5));
        assert_eq!(hours("-PT8H0M0S"), Some(-8.0));
        assert_eq!(hours("P1DT2H0M0S"), Some(26.0));
        assert_eq!(hours("40h"), None);
        assert_eq!(
            date("2026-03-31T08:00:00")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-03-31")
        );
        assert!(is_default("PT0H0M0S") && is_default("0") && is_default(" ") && is_default("-1"));
        assert!(!is_default("500") && !is_default("Note"));
    }
}

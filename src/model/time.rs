//! Calendar values written in the repository: dates and review periods.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// A calendar date written as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// The date of year, month and day, if it exists.
    pub fn ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(y, m, d).map(Date)
    }
    /// The date as chrono's `NaiveDate`.
    pub fn naive(self) -> NaiveDate {
        self.0
    }
    /// Calendar days from this date to `later` (negative when earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0.signed_duration_since(self.0).num_days()
    }
    /// The date `days` later (earlier when negative), saturating at the
    /// ends of chrono's calendar: the loader keeps dates and spans far
    /// inside it, and this keeps any other sum from panicking.
    pub fn add_days(self, days: i64) -> Date {
        let moved = chrono::TimeDelta::try_days(days).and_then(|d| self.0.checked_add_signed(d));
        Date(moved.unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        }))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        let (y, m, d) = match parts.as_slice() {
            [y, m, d]
                if y.len() == 4
                    && m.len() == 2
                    && d.len() == 2
                    && parts.iter().all(|p| digits(p)) =>
            {
                (
                    y.parse::<i32>().unwrap_or(0),
                    m.parse::<u32>().unwrap_or(0),
                    d.parse::<u32>().unwrap_or(0),
                )
            }
            _ => {
                return Err(format!(
                    "`{t}` is not a date; expected YYYY-MM-DD, e.g. 2026-03-31"
                ));
            }
        };
        let date = NaiveDate::from_ymd_opt(y, m, d)
            .map(Date)
            .ok_or_else(|| format!("`{t}` is not a date on the calendar (no such day)"))?;
        if !(Date::FIRST..=Date::LAST).contains(&date) {
            return Err(format!(
                "`{t}` is outside the date window; expected a date from {} to {}",
                Date::FIRST,
                Date::LAST
            ));
        }
        Ok(date)
    }
}

impl Date {
    /// The first date the format accepts. The window keeps every sum of a
    /// date and a duration or lag far inside chrono's range, so no date
    /// arithmetic can overflow.
    pub const FIRST: Date = Date(NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid"));
    /// The last date the format accepts.
    pub const LAST: Date = Date(NaiveDate::from_ymd_opt(2200, 12, 31).expect("valid"));
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'v> de::Visitor<'v> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date as YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Date, E> {
                s.parse().map_err(E::custom)
            }
            // TOML's native dates (`holidays = [2026-10-01]`) arrive as a
            // one-entry map holding the date's text.
            fn visit_map<A: de::MapAccess<'v>>(self, mut map: A) -> Result<Date, A::Error> {
                let Some((_, text)) = map.next_entry::<String, String>()? else {
                    return Err(de::Error::custom("expected a date as YYYY-MM-DD"));
                };
                text.parse().map_err(de::Error::custom)
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "formatMinimum": "1970-01-01",
            "formatMaximum": "2200-12-31",
            "description": "A calendar date, YYYY-MM-DD, from 1970-01-01 to 2200-12-31."
        })
    }
}

/// A reporting period: a year (`2026`), half (`2026-H1`), quarter
/// (`2026-Q3`), month (`2026-07`) or ISO week (`2026-W14`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// A calendar year.
    Year(i32),
    /// A half year (1 or 2) of a year.
    Half(i32, u8),
    /// A quarter (1 to 4) of a year.
    Quarter(i32, u8),
    /// A month (1 to 12) of a year.
    Month(i32, u8),
    /// An ISO week (1 to 53) of an ISO year.
    Week(i32, u8),
}

impl Period {
    /// First day of the period; periods sort by it, then by length.
    pub fn start(self) -> NaiveDate {
        let first = |y, m: Option<u32>| {
            m.and_then(|m| NaiveDate::from_ymd_opt(y, m, 1))
                .unwrap_or_default()
        };
        match self {
            Period::Year(y) => first(y, Some(1)),
            Period::Half(y, h) => first(y, first_month(h, 6)),
            Period::Quarter(y, q) => first(y, first_month(q, 3)),
            Period::Month(y, m) => first(y, Some(u32::from(m))),
            Period::Week(y, w) => NaiveDate::from_isoywd_opt(y, u32::from(w), chrono::Weekday::Mon)
                .unwrap_or_default(),
        }
    }

    /// Last day of the period.
    pub fn end(self) -> NaiveDate {
        // The day before the next period starts. Checked arithmetic: a
        // part a year does not have (never parsed) gives the default date,
        // as `start` does, instead of overflowing.
        let first = |y: i32, m: Option<u32>| m.and_then(|m| NaiveDate::from_ymd_opt(y, m, 1));
        let next_year = |y: i32| first(y.checked_add(1)?, Some(1));
        let next = match self {
            Period::Year(y) | Period::Half(y, 2) | Period::Quarter(y, 4) | Period::Month(y, 12) => {
                next_year(y)
            }
            Period::Half(y, h) => first(y, first_month(h, 6).and_then(|m| m.checked_add(6))),
            Period::Quarter(y, q) => first(y, first_month(q, 3).and_then(|m| m.checked_add(3))),
            Period::Month(y, m) => first(y, u32::from(m).checked_add(1)),
            Period::Week(..) => self.start().checked_add_days(chrono::Days::new(7)),
        };
        next.and_then(|d| d.pred_opt()).unwrap_or_default()
    }

    fn rank(self) -> u8 {
        match self {
            Period::Year(..) => 0,
            Period::Half(..) => 1,
            Period::Quarter(..) => 2,
            Period::Month(..) => 3,
            Period::Week(..) => 4,
        }
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.start(), self.rank()).cmp(&(other.start(), other.rank()))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Half(y, h) => write!(f, "{y}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Week(y, w) => write!(f, "{y}-W{w:02}"),
        }
    }
}

impl FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let bad = || {
            format!("`{t}` is not a period; expected 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-W14")
        };
        let (year, rest) = match t.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (t, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let y: i32 = year.parse().map_err(|_| bad())?;
        if !(Date::FIRST.0.year()..=Date::LAST.0.year()).contains(&y) {
            return Err(format!(
                "`{t}` is outside the date window; expected a year from {} to {}",
                Date::FIRST.0.year(),
                Date::LAST.0.year()
            ));
        }
        let Some(rest) = rest else {
            return Ok(Period::Year(y));
        };
        let num = |r: &str, max: u8| -> Result<u8, String> {
            match r.parse::<u8>() {
                Ok(n) if (1..=max).contains(&n) && !r.is_empty() => Ok(n),
                _ => Err(bad()),
            }
        };
        let period = match rest.as_bytes().first() {
            Some(b'H') => Period::Half(y, num(&rest[1..], 2)?),
            Some(b'Q') => Period::Quarter(y, num(&rest[1..], 4)?),
            Some(b'W') => {
                let w = num(&rest[1..], 53)?;
                if NaiveDate::from_isoywd_opt(y, u32::from(w), chrono::Weekday::Mon).is_none() {
                    return Err(format!("`{t}`: {y} has no ISO week {w}"));
                }
                Period::Week(y, w)
            }
            Some(b'0'..=b'9') if rest.len() == 2 => Period::Month(y, num(rest, 12)?),
            _ => return Err(bad()),
        };
        Ok(period)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Period;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a period such as 2026-Q1")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Period, E> {
                s.parse().map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Period, E> {
                n.to_string().parse().map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Period, E> {
                n.to_string().parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl JsonSchema for Period {
    fn schema_name() -> Cow<'static, str> {
        "Period".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A period: 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-W14.",
            "anyOf": [
                {"type": "integer", "minimum": 1000, "maximum": 9999},
                {"type": "string", "pattern": "^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]|W(0[1-9]|[1-4][0-9]|5[0-3])))?$"}
            ]
        })
    }
}

/// The first month of part `n` (1-based) of a year cut into parts of
/// `months` months: quarter 3 starts in month 7. `None` for part 0.
fn first_month(n: u8, months: u32) -> Option<u32> {
    u32::from(n)
        .checked_sub(1)?
        .checked_mul(months)?
        .checked_add(1)
}

/// ISO week of a date as a period.
pub fn week_of(date: NaiveDate) -> Period {
    let w = date.iso_week();
    // ISO weeks number 1 to 53, so the week always fits a u8.
    Period::Week(w.year(), u8::try_from(w.week()).unwrap_or(53))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            "2026-03-31".parse::<Date>().unwrap().to_string(),
            "2026-03-31"
        );
        assert!(
            "2026-02-30"
                .parse::<Date>()
                .unwrap_err()
                .contains("no such day")
        );
        assert!("2026/03/31".parse::<Date>().is_err());
        assert!("26-3-1".parse::<Date>().is_err());
    }

    #[test]
    fn dates_read_from_toml_natively_or_quoted() {
        #[derive(serde::Deserialize)]
        struct T {
            a: Date,
            b: Date,
        }
        let t: T = toml::from_str("a = 2026-10-01\nb = \"2026-10-02\"").unwrap();
        assert_eq!(
            (t.a.to_string(), t.b.to_string()),
            ("2026-10-01".into(), "2026-10-02".into())
        );
        assert!(toml::from_str::<T>("a = 2026-10-01T10:00:00\nb = \"x\"").is_err());
    }

    #[test]
    fn periods_parse_order_and_bound() {
        let p = |s: &str| s.parse::<Period>().unwrap();
        assert_eq!(p("2026-Q3").start().to_string(), "2026-07-01");
        assert_eq!(p("2026-Q3").end().to_string(), "2026-09-30");
        assert_eq!(p("2026-H2").end().to_string(), "2026-12-31");
        assert_eq!(p("2026-02").end().to_string(), "2026-02-28");
        assert_eq!(p("2026-W01").start().to_string(), "2025-12-29");
        assert!(p("2026") < p("2026-H1"));
        assert!(p("2026-Q1") < p("2026-Q2"));
        assert!("2026-Q5".parse::<Period>().is_err());
        assert!("2026-13".parse::<Period>().is_err());
        assert!("2027-W53".parse::<Period>().is_err());
        assert_eq!(p("2026-W53").start().to_string(), "2026-12-28");
        assert_eq!(p("2026-07").to_string(), "2026-07");
    }
}

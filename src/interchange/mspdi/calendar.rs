//! MSPDI calendars: the project calendar becomes the repository's working
//! calendar (`[calendar]` of pmo.toml); a resource's own calendar gives the
//! person's days off.

// The XML is untrusted input: its calendars, days and chains of base
// calendars pass through here. No silent overflow, truncation or
// out-of-bounds panic: use checked or saturating arithmetic (saying why),
// `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

use super::values::{date, flag, number};
use super::xml::Element;
use crate::interchange::plan::{ImportCalendar, Note};
use crate::model::{Date, Weekday};

/// MSPDI's `DayType`: 1 is Sunday, 7 is Saturday.
const DAY_TYPES: [(u8, Weekday); 7] = [
    (1, Weekday::Sun),
    (2, Weekday::Mon),
    (3, Weekday::Tue),
    (4, Weekday::Wed),
    (5, Weekday::Thu),
    (6, Weekday::Fri),
    (7, Weekday::Sat),
];

/// A stretch of days a calendar marks working or not.
#[derive(Clone, Debug)]
pub struct Exception {
    pub from: Date,
    pub to: Date,
    pub working: bool,
}

/// A calendar as read: its weekly pattern (where it sets one), its
/// exceptions and its base calendar.
#[derive(Clone, Debug, Default)]
pub struct RawCalendar {
    pub uid: String,
    pub name: String,
    pub base: Option<String>,
    /// Working or not per weekday, for the days the calendar sets.
    pub week: Vec<(Weekday, bool)>,
    pub exceptions: Vec<Exception>,
    pub line: usize,
}

/// Reads every calendar; what cannot be represented becomes a note.
pub fn read_all(calendars: Option<&Element>, notes: &mut Vec<Note>) -> Vec<RawCalendar> {
    let Some(calendars) = calendars else {
        return Vec::new();
    };
    calendars
        .all("Calendar")
        .map(|c| read_one(c, notes))
        .collect()
}

fn read_one(c: &Element, notes: &mut Vec<Note>) -> RawCalendar {
    let name = c.text_of("Name").unwrap_or("").to_string();
    let subject = format!("calendar \"{name}\"");
    let mut cal = RawCalendar {
        uid: c.text_of("UID").unwrap_or("").to_string(),
        base: c
            .text_of("BaseCalendarUID")
            .filter(|b| *b != "-1")
            .map(str::to_string),
        name,
        line: c.line,
        ..RawCalendar::default()
    };
    for day in c
        .child("WeekDays")
        .into_iter()
        .flat_map(|w| w.all("WeekDay"))
    {
        let kind = day.text_of("DayType").and_then(|t| t.parse::<u8>().ok());
        let working = flag(day.text_of("DayWorking"));
        match kind {
            // MSPDI before 2007 keeps exceptions as day type 0 with a period.
            Some(0) => cal.exceptions.extend(period(day, working)),
            Some(k) => {
                if let Some((_, wd)) = DAY_TYPES.iter().find(|(n, _)| *n == k) {
                    cal.week.push((*wd, working));
                }
            }
            None => {}
        }
    }
    for e in c
        .child("Exceptions")
        .into_iter()
        .flat_map(|x| x.all("Exception"))
    {
        let working = flag(e.text_of("DayWorking"));
        let occurrences = number(e.text_of("Occurrences")).unwrap_or(1.0);
        let daily = e.text_of("Type").is_none_or(|t| t == "1");
        if daily && occurrences <= 1.0 {
            cal.exceptions.extend(period(e, working));
        } else {
            notes.push(Note::new(
                e.line,
                &subject,
                "recurring exception",
                format!(
                    "recurring exception \"{}\": pmo lists days one by one; not imported",
                    e.text_of("Name").unwrap_or("")
                ),
            ));
        }
    }
    if c.child("WorkWeeks").is_some_and(|w| !w.children.is_empty()) {
        notes.push(Note::new(
            c.line,
            &subject,
            "WorkWeeks",
            "alternative work weeks: pmo has one weekly pattern; not imported",
        ));
    }
    cal
}

fn period(e: &Element, working: bool) -> Option<Exception> {
    let p = e.child("TimePeriod")?;
    let from = date(p.text_of("FromDate")?)?;
    let to = date(p.text_of("ToDate")?)?.max(from);
    Some(Exception { from, to, working })
}

/// The weekly pattern of a calendar, following its base calendars.
fn week(cal: &RawCalendar, all: &[RawCalendar]) -> Vec<Weekday> {
    let mut pattern: Vec<(Weekday, bool)> = Vec::new();
    let mut seen: u32 = 0;
    let mut next = Some(cal);
    while let Some(c) = next {
        for (wd, working) in &c.week {
            if !pattern.iter().any(|(w, _)| w == wd) {
                pattern.push((*wd, *working));
            }
        }
        // The chain is cut at 16 calendars, far below u32::MAX.
        seen = seen.saturating_add(1);
        next = c
            .base
            .as_ref()
            .and_then(|b| all.iter().find(|x| &x.uid == b))
            .filter(|_| seen < 16);
    }
    let mut days: Vec<Weekday> = DAY_TYPES
        .iter()
        .map(|(_, wd)| *wd)
        .filter(|wd| {
            pattern
                .iter()
                .find(|(w, _)| w == wd)
                .map_or(!matches!(wd, Weekday::Sat | Weekday::Sun), |(_, on)| *on)
        })
        .collect();
    days.sort_by_key(|d| d.chrono().num_days_from_monday());
    days
}

/// The project calendar in pmo's terms: weekly pattern, holidays (days off
/// on working weekdays) and extra working days (on free weekdays).
pub fn project_calendar(
    uid: Option<&str>,
    all: &[RawCalendar],
    hours_per_day: f64,
) -> Option<ImportCalendar> {
    let cal = match uid {
        Some(u) => all.iter().find(|c| c.uid == u),
        None => all.iter().find(|c| c.base.is_none()),
    }?;
    let working_days = week(cal, all);
    let in_pattern = |d: Date| working_days.contains(&weekday(d));
    let mut holidays = Vec::new();
    let mut workdays = Vec::new();
    for e in &cal.exceptions {
        for d in days(e.from, e.to) {
            match (e.working, in_pattern(d)) {
                (false, true) => holidays.push(d),
                (true, false) => workdays.push(d),
                _ => {}
            }
        }
    }
    holidays.sort();
    holidays.dedup();
    workdays.sort();
    workdays.dedup();
    Some(ImportCalendar {
        working_days,
        hours_per_day,
        holidays,
        workdays,
    })
}

/// A resource calendar's days off, as inclusive ranges.
pub fn days_off(uid: &str, all: &[RawCalendar]) -> Vec<(Date, Date)> {
    let Some(cal) = all.iter().find(|c| c.uid == uid) else {
        return Vec::new();
    };
    let mut out: Vec<(Date, Date)> = cal
        .exceptions
        .iter()
        .filter(|e| !e.working)
        .map(|e| (e.from, e.to))
        .collect();
    // MS Project writes each exception twice: old style and new.
    out.sort();
    out.dedup();
    out
}

fn weekday(d: Date) -> Weekday {
    use chrono::Datelike;
    match d.0.weekday() {
        chrono::Weekday::Mon => Weekday::Mon,
        chrono::Weekday::Tue => Weekday::Tue,
        chrono::Weekday::Wed => Weekday::Wed,
        chrono::Weekday::Thu => Weekday::Thu,
        chrono::Weekday::Fri => Weekday::Fri,
        chrono::Weekday::Sat => Weekday::Sat,
        chrono::Weekday::Sun => Weekday::Sun,
    }
}

/// Every day from `from` to `to`, both included, at most ten years.
fn days(from: Date, to: Date) -> impl Iterator<Item = Date> {
    let n = from.days_until(to).clamp(0, 3660);
    (0..=n).map(move |k| from.add_days(k))
}

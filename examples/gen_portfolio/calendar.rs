//! The working calendar plans are dated on: pmo's own (`analysis::calendar`
//! and `analysis::days`), built from the `pmo.toml` the generator writes,
//! so generated dates fall on the days the portfolio itself works.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use pmo::analysis::calendar::WorkCalendar;
use pmo::analysis::days::WorkIndex;
use pmo::model::{Date, Period, Settings};

/// The generated `pmo.toml`, after its `name` line.
pub(crate) const SETTINGS: &str = r#"format = 1
currency = "CNY"

[calendar]
holidays = ["2025-01-01", "2025-10-01", "2025-10-02", "2025-10-03", "2026-01-01", "2026-10-01", "2026-10-02", "2027-01-01"]

[risk]
tolerance = 12
stale_after_days = 30

[review]
anonymity_threshold = 3
gap_threshold = 0.5

[assessment]
miss_streak = 2
"#;

/// The working-day index of the calendar of [`SETTINGS`], built once. Its
/// table spans the holidays; outside them the weekly pattern holds.
static WORKDAYS: LazyLock<WorkIndex> = LazyLock::new(|| {
    let settings: Settings = toml::from_str(SETTINGS).expect("the generated pmo.toml parses");
    let calendar = WorkCalendar::new(&settings.calendar);
    let holidays = &settings.calendar.holidays;
    let lo = holidays.iter().min().copied().unwrap_or(Date::FIRST);
    let hi = holidays.iter().max().copied().unwrap_or(Date::FIRST);
    WorkIndex::new(&calendar, lo, hi)
});

/// `d`, or the first working day after it.
pub(crate) fn next_workday(d: NaiveDate) -> NaiveDate {
    WORKDAYS.add_working(Date(d), 0).0
}

/// `n` working days after `d` (before it when negative); `d` itself is
/// first moved forward onto a working day.
pub(crate) fn add_workdays(d: NaiveDate, n: i64) -> NaiveDate {
    WORKDAYS.add_working(Date(next_workday(d)), n).0
}

/// The year and quarter (1 to 4) of a date.
pub(crate) fn quarter_of(d: NaiveDate) -> (i32, u32) {
    (d.year(), (d.month() - 1) / 3 + 1)
}

/// The last day of a quarter, as pmo's periods count it.
pub(crate) fn quarter_end(y: i32, q: u32) -> NaiveDate {
    Period::Quarter(y, q as u8).end()
}

/// The quarter before.
pub(crate) fn prev_quarter(y: i32, q: u32) -> (i32, u32) {
    if q == 1 { (y - 1, 4) } else { (y, q - 1) }
}

/// `d` within `lo ..= hi`; `lo` when the range is empty.
pub(crate) fn clamp_date(d: NaiveDate, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
    if hi < lo { lo } else { d.clamp(lo, hi) }
}

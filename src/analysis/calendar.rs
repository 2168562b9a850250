//! The working calendar of `pmo.toml`: which days are worked, and how many
//! hours. Durations in the repository count working days only.

use std::collections::HashSet;

use chrono::Datelike;

use crate::model::{Calendar, Date};

#[derive(Clone, Debug)]
pub struct WorkCalendar {
    /// Indexed by days from Monday.
    working_weekdays: [bool; 7],
    holidays: HashSet<Date>,
    /// Weekend days worked in exchange for a holiday (调休).
    extra_workdays: HashSet<Date>,
    pub hours_per_day: f64,
}

impl WorkCalendar {
    pub fn new(settings: &Calendar) -> WorkCalendar {
        let mut working_weekdays = [false; 7];
        for d in &settings.working_days {
            working_weekdays[d.chrono().num_days_from_monday() as usize] = true;
        }
        // A calendar with no working day would make every duration endless.
        if !working_weekdays.iter().any(|&w| w) {
            working_weekdays = [true, true, true, true, true, false, false];
        }
        WorkCalendar {
            working_weekdays,
            holidays: settings.holidays.iter().copied().collect(),
            extra_workdays: settings.workdays.iter().copied().collect(),
            hours_per_day: if settings.hours_per_day > 0.0 {
                settings.hours_per_day
            } else {
                8.0
            },
        }
    }

    pub fn is_working(&self, day: Date) -> bool {
        if self.extra_workdays.contains(&day) {
            return true;
        }
        self.working_weekdays[day.0.weekday().num_days_from_monday() as usize]
            && !self.holidays.contains(&day)
    }

    /// Working days in a normal week (no holidays).
    pub fn days_per_week(&self) -> usize {
        self.working_weekdays.iter().filter(|&&w| w).count()
    }

    /// Hours in a normal working week.
    pub fn hours_per_week(&self) -> f64 {
        self.days_per_week() as f64 * self.hours_per_day
    }

    /// `day` if it is worked, else the next working day.
    pub fn next_working(&self, day: Date) -> Date {
        let mut d = day;
        // Bounded: at least one weekday is worked, so a working day comes
        // within a week unless every one is a holiday; stop after ten years.
        for _ in 0..3660 {
            if self.is_working(d) {
                return d;
            }
            d = d.add_days(1);
        }
        day
    }

    /// `day` if it is worked, else the previous working day.
    pub fn prev_working(&self, day: Date) -> Date {
        let mut d = day;
        for _ in 0..3660 {
            if self.is_working(d) {
                return d;
            }
            d = d.add_days(-1);
        }
        day
    }

    /// The working day `n` working days after `day` (before, if `n` is
    /// negative); `day` itself is moved to a working day first.
    pub fn add_working(&self, day: Date, n: i64) -> Date {
        let mut d = if n >= 0 {
            self.next_working(day)
        } else {
            self.prev_working(day)
        };
        let step = if n >= 0 { 1 } else { -1 };
        let mut left = n.abs();
        while left > 0 {
            d = d.add_days(step);
            if self.is_working(d) {
                left -= 1;
            }
        }
        d
    }

    /// Working days from `from` to `to`, both included; 0 if `to < from`.
    pub fn working_days(&self, from: Date, to: Date) -> i64 {
        if to < from {
            return 0;
        }
        let span = from.days_until(to) + 1;
        let full_weeks = span / 7;
        let mut count = full_weeks * self.days_per_week() as i64;
        let mut d = from.add_days(full_weeks * 7);
        while d <= to {
            if self.working_weekdays[d.0.weekday().num_days_from_monday() as usize] {
                count += 1;
            }
            d = d.add_days(1);
        }
        // Adjust the weekday count for holidays and swapped workdays in range.
        let weekday_worked =
            |x: &Date| self.working_weekdays[x.0.weekday().num_days_from_monday() as usize];
        count -= self
            .holidays
            .iter()
            .filter(|h| **h >= from && **h <= to && weekday_worked(h) && !self.extra_workdays.contains(h))
            .count() as i64;
        count += self
            .extra_workdays
            .iter()
            .filter(|w| **w >= from && **w <= to && !weekday_worked(w))
            .count() as i64;
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Weekday;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn calendar() -> WorkCalendar {
        WorkCalendar::new(&Calendar {
            working_days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
            hours_per_day: 8.0,
            // 2026-10-01 (Thu) and 10-02 (Fri) off; Sat 2026-10-10 worked.
            holidays: vec![d("2026-10-01"), d("2026-10-02")],
            workdays: vec![d("2026-10-10")],
        })
    }

    #[test]
    fn weekends_holidays_and_swapped_days() {
        let c = calendar();
        assert!(c.is_working(d("2026-09-30")));
        assert!(!c.is_working(d("2026-10-01")));
        assert!(!c.is_working(d("2026-10-03")));
        assert!(c.is_working(d("2026-10-10")));
        assert_eq!(c.next_working(d("2026-10-01")), d("2026-10-05"));
        assert_eq!(c.prev_working(d("2026-10-04")), d("2026-09-30"));
        assert_eq!(c.hours_per_week(), 40.0);
    }

    #[test]
    fn counting_and_adding_working_days_agree() {
        let c = calendar();
        // Week of 2026-09-28: Mon-Wed worked, Thu-Fri holidays: 3 days.
        assert_eq!(c.working_days(d("2026-09-28"), d("2026-10-04")), 3);
        // Week of 2026-10-05 plus the Saturday 10-10: 6 days.
        assert_eq!(c.working_days(d("2026-10-05"), d("2026-10-11")), 6);
        assert_eq!(c.working_days(d("2026-10-05"), d("2026-10-04")), 0);
        // Wed 09-30 + 1 working day skips the holidays and the weekend.
        assert_eq!(c.add_working(d("2026-09-30"), 1), d("2026-10-05"));
        assert_eq!(c.add_working(d("2026-10-05"), -1), d("2026-09-30"));
        for n in 0..40 {
            let end = c.add_working(d("2026-09-01"), n);
            assert_eq!(c.working_days(d("2026-09-01"), end), n + 1);
        }
    }
}

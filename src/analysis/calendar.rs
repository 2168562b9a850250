//! The working calendar of `pmo.toml`: which days are worked, and how many
//! hours. Durations in the repository count working days only; counting and
//! adding working days is the run's index's ([`super::days::WorkIndex`]).

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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn calendar() -> WorkCalendar {
        WorkCalendar::new(&Calendar {
            // 2026-10-01 (Thu) and 10-02 (Fri) off; Sat 2026-10-10 worked.
            holidays: vec![d("2026-10-01"), d("2026-10-02")],
            workdays: vec![d("2026-10-10")],
            ..Calendar::default()
        })
    }

    #[test]
    fn weekends_holidays_and_swapped_days() {
        let c = calendar();
        assert!(c.is_working(d("2026-09-30")));
        assert!(!c.is_working(d("2026-10-01")));
        assert!(!c.is_working(d("2026-10-03")));
        assert!(c.is_working(d("2026-10-10")));
        assert_eq!(c.hours_per_week(), 40.0);
    }
}

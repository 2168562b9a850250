//! The one working-day index of a run: dates to working-day ordinals and
//! back in O(1), and every "is this day worked" and "how many working days"
//! question the schedule, the workload and the checks ask. Built once per
//! run from the calendar of `pmo.toml` (see [`super::Analysis`]), so no two
//! computations can count working days differently.

use chrono::Datelike;

use super::calendar::WorkCalendar;
use crate::model::Date;

/// Maps dates to working-day ordinals and back in O(1).
///
/// Inside the precomputed range (which covers every holiday and extra
/// working day of the calendar) a table answers; outside it the calendar is
/// the plain weekly pattern, counted by whole weeks.
#[derive(Clone, Debug)]
pub struct WorkIndex {
    lo: Date,
    hi: Date,
    /// Working days in `lo .. lo+i` for each day `i` of the range.
    before: Vec<i64>,
    /// The working days of the range, in order.
    days: Vec<Date>,
    /// Which weekdays (from Monday) are worked outside the range.
    pattern: [bool; 7],
    per_week: i64,
}

impl WorkIndex {
    /// An index exact over `lo ..= hi`; give a range that holds every
    /// holiday and extra working day of `calendar`.
    pub fn new(calendar: &WorkCalendar, lo: Date, hi: Date) -> WorkIndex {
        let hi = hi.max(lo);
        let span = lo.days_until(hi) as usize + 1;
        let mut before = Vec::with_capacity(span);
        let mut days = Vec::new();
        for i in 0..span {
            let d = lo.add_days(i as i64);
            before.push(days.len() as i64);
            if calendar.is_working(d) {
                days.push(d);
            }
        }
        // The week after the range has no holiday: it shows the pattern.
        let mut pattern = [false; 7];
        for i in 1..=7 {
            let d = hi.add_days(i);
            pattern[d.0.weekday().num_days_from_monday() as usize] = calendar.is_working(d);
        }
        if !pattern.iter().any(|&w| w) {
            pattern = [true, true, true, true, true, false, false];
        }
        let per_week = pattern.iter().filter(|&&w| w).count() as i64;
        WorkIndex {
            lo,
            hi,
            before,
            days,
            pattern,
            per_week,
        }
    }

    fn in_pattern(&self, d: Date) -> bool {
        self.pattern[d.0.weekday().num_days_from_monday() as usize]
    }

    /// Pattern working days in `a .. b` (b excluded).
    fn pattern_count(&self, a: Date, b: Date) -> i64 {
        let days = a.days_until(b).max(0);
        let weeks = days / 7;
        let mut count = weeks * self.per_week;
        let mut d = a.add_days(weeks * 7);
        while d < b {
            count += i64::from(self.in_pattern(d));
            d = d.add_days(1);
        }
        count
    }

    /// The point at the start of `d`: the ordinal of the first working day
    /// on or after `d` (working days before `d`, counted from the range).
    pub fn ord(&self, d: Date) -> i64 {
        if d < self.lo {
            -self.pattern_count(d, self.lo)
        } else if d <= self.hi {
            self.before[self.lo.days_until(d) as usize]
        } else {
            self.days.len() as i64 + self.pattern_count(self.hi.add_days(1), d)
        }
    }

    /// The point at the end of `d` (the start of the next day).
    pub fn ord_end(&self, d: Date) -> i64 {
        self.ord(d.add_days(1))
    }

    /// The working day with ordinal `k`.
    pub fn date(&self, k: i64) -> Date {
        let n = self.days.len() as i64;
        if (0..n).contains(&k) {
            return self.days[k as usize];
        }
        if k >= n {
            let r = k - n;
            let mut d = self.hi.add_days(1 + 7 * (r / self.per_week));
            let mut left = r % self.per_week;
            loop {
                if self.in_pattern(d) {
                    if left == 0 {
                        return d;
                    }
                    left -= 1;
                }
                d = d.add_days(1);
            }
        }
        // k < 0: the r-th working day before `lo`.
        let r = -k;
        let mut d = self.lo.add_days(-7 * ((r - 1) / self.per_week));
        let mut left = (r - 1) % self.per_week;
        loop {
            d = d.add_days(-1);
            if self.in_pattern(d) {
                if left == 0 {
                    return d;
                }
                left -= 1;
            }
        }
    }

    /// The first day of an item starting at point `start` and lasting
    /// `duration` days (a zero-length item is dated the day before).
    pub fn start_date(&self, start: i64, duration: i64) -> Date {
        if duration > 0 {
            self.date(start)
        } else {
            self.date(start - 1)
        }
    }

    /// The last day of an item finishing at point `finish`.
    pub fn finish_date(&self, finish: i64) -> Date {
        self.date(finish - 1)
    }
}

impl WorkIndex {
    /// Whether `d` is a working day.
    pub fn is_working(&self, d: Date) -> bool {
        self.ord(d.add_days(1)) > self.ord(d)
    }

    /// Working days from `from` to `to`, both included; 0 if `to < from`.
    pub fn working_days(&self, from: Date, to: Date) -> i64 {
        if to < from {
            0
        } else {
            self.ord_end(to) - self.ord(from)
        }
    }

    /// The working day `n` working days after `day` (before, for a negative
    /// `n`), `day` itself first moved onto a working day (forward for
    /// `n >= 0`, backward otherwise), as [`WorkCalendar::add_working`] does.
    pub fn add_working(&self, day: Date, n: i64) -> Date {
        if n >= 0 {
            self.date(self.ord(day) + n)
        } else {
            // The working day on or before `day` has ordinal ord_end - 1.
            self.date(self.ord_end(day) - 1 + n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Calendar;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// 2026-10-01 (Thu) and 10-02 (Fri) off; Sat 2026-10-10 worked; the
    /// table covers September and October only, the pattern the rest.
    fn index() -> (WorkCalendar, WorkIndex) {
        let c = WorkCalendar::new(&Calendar {
            holidays: vec![d("2026-10-01"), d("2026-10-02")],
            workdays: vec![d("2026-10-10")],
            ..Calendar::default()
        });
        let ix = WorkIndex::new(&c, d("2026-09-01"), d("2026-10-31"));
        (c, ix)
    }

    #[test]
    fn counting_and_adding_working_days_agree() {
        let (c, ix) = index();
        // Week of 2026-09-28: Mon-Wed worked, Thu-Fri holidays: 3 days.
        assert_eq!(ix.working_days(d("2026-09-28"), d("2026-10-04")), 3);
        // Week of 2026-10-05 plus the Saturday 10-10: 6 days.
        assert_eq!(ix.working_days(d("2026-10-05"), d("2026-10-11")), 6);
        assert_eq!(ix.working_days(d("2026-10-05"), d("2026-10-04")), 0);
        // Wed 09-30 + 1 working day skips the holidays and the weekend.
        assert_eq!(ix.add_working(d("2026-09-30"), 1), d("2026-10-05"));
        assert_eq!(ix.add_working(d("2026-10-05"), -1), d("2026-09-30"));
        // A day off moves onto a working day first: forward, or back.
        assert_eq!(ix.add_working(d("2026-10-01"), 0), d("2026-10-05"));
        assert_eq!(ix.add_working(d("2026-10-04"), -1), d("2026-09-29"));
        // Inside the table and across its end, day by day.
        for n in 0..120 {
            let end = ix.add_working(d("2026-09-01"), n);
            assert_eq!(ix.working_days(d("2026-09-01"), end), n + 1);
            assert!(ix.is_working(end) && c.is_working(end));
        }
        for i in 0..400 {
            let day = d("2026-08-01").add_days(i);
            assert_eq!(ix.is_working(day), c.is_working(day), "{day}");
        }
    }
}

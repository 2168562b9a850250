//! Sampling a history for trends: the last commit of each week or month.

use chrono::Datelike;

use super::repo::Revision;
use crate::model::Date;

/// How often a trend samples.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Every {
    Week,
    Month,
}

/// The first day of the period `day` falls in: its Monday, or the 1st.
pub fn period_start(day: Date, every: Every) -> Date {
    match every {
        Every::Week => day.add_days(-i64::from(day.0.weekday().num_days_from_monday())),
        Every::Month => Date::ymd(day.0.year(), day.0.month(), 1).unwrap_or(day),
    }
}

/// From commits in any order, the last commit (by commit time) of each
/// period on or after `since`, oldest period first.
pub fn last_of_each_period(
    commits: &[Revision],
    since: Option<Date>,
    every: Every,
) -> Vec<Revision> {
    let mut picked: std::collections::BTreeMap<Date, &Revision> = Default::default();
    for c in commits {
        if since.is_some_and(|s| c.date < s) {
            continue;
        }
        let key = period_start(c.date, every);
        let later = picked
            .get(&key)
            .is_none_or(|p| (c.seconds, &c.id) > (p.seconds, &p.id));
        if later {
            picked.insert(key, c);
        }
    }
    picked.into_values().cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rev(day: &str, seconds: i64, n: u8) -> Revision {
        Revision {
            spec: String::new(),
            id: gix::ObjectId::from_bytes_or_panic(&[n; 20]),
            short: format!("{n}"),
            date: day.parse().expect("date"),
            seconds,
            summary: String::new(),
        }
    }

    #[test]
    fn the_last_commit_of_each_week_and_month() {
        let commits = [
            rev("2026-03-02", 10, 1), // Monday
            rev("2026-03-06", 20, 2), // Friday, same week
            rev("2026-03-09", 30, 3), // next Monday
            rev("2026-04-01", 40, 4),
        ];
        let weeks = last_of_each_period(&commits, None, Every::Week);
        let picked: Vec<&str> = weeks.iter().map(|r| r.short.as_str()).collect();
        assert_eq!(picked, ["2", "3", "4"]);
        let months = last_of_each_period(&commits, None, Every::Month);
        let picked: Vec<&str> = months.iter().map(|r| r.short.as_str()).collect();
        assert_eq!(picked, ["3", "4"]);
        let since = last_of_each_period(&commits, "2026-03-07".parse().ok(), Every::Week);
        assert_eq!(since.len(), 2);
    }
}

//! Where each program benefit stands (收益管理): its numeric target, its
//! latest measured value on or before the as-of date, the change since
//! the value before, and whether it is met, on track, behind or not yet
//! measured, with the figures that say why. Built once per run; rule V010
//! and the benefits and overview reports read it from here.
//!
//! The source texts ask that benefits be measured and tracked against the
//! goals; they give no rule for "behind". `pmo` reads it as: past the due
//! date, the latest value misses the target; before it, the latest value
//! is worse than a straight line from the first measured value to the
//! target on the due date (docs/reports.md, "Benefits").

use serde::Serialize;

use crate::model::{Benefit, Better, Date, Portfolio};

/// A benefit's standing on the as-of date.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Status {
    /// The latest value meets the target.
    Met,
    /// Not met yet, but not behind: before the due date and on or above
    /// the line to the target (or too few values to draw it).
    OnTrack,
    /// Past due and missed, or below the line to the target.
    Behind,
    /// No value measured on or before the as-of date.
    NotMeasured,
    /// The target is not a number, so values cannot be compared with it.
    NoTarget,
}

/// Why a benefit is behind, with its figures.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Behind {
    /// The due date has passed and the latest value misses the target.
    MissedAtDue { due: Date, value: f64, target: f64 },
    /// Before the due date, the latest value is worse than the straight
    /// line from the first value to the target on the due date.
    BelowLine {
        value: f64,
        expected: f64,
        target: f64,
    },
}

/// One benefit's standing.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub target: Option<f64>,
    pub better: Better,
    /// The latest value measured on or before the as-of date, and its day.
    pub latest: Option<(Date, f64)>,
    /// Latest minus the value before it.
    pub change: Option<f64>,
    pub status: Status,
    pub behind: Option<Behind>,
}

/// Standings per program (positions as `Portfolio::programs`), per benefit
/// (positions as `Program::benefits`).
#[derive(Clone, Debug, Default)]
pub struct Benefits {
    pub programs: Vec<Vec<Standing>>,
}

impl Benefits {
    pub fn build(portfolio: &Portfolio, as_of: Date) -> Benefits {
        Benefits {
            programs: portfolio
                .programs
                .iter()
                .map(|p| p.benefits.iter().map(|b| standing(b, as_of)).collect())
                .collect(),
        }
    }

    /// The standing of benefit `b` of program `p`.
    pub fn get(&self, p: usize, b: usize) -> Option<&Standing> {
        self.programs.get(p)?.get(b)
    }
}

/// The first number in a target such as `95`, `>= 95 %` or `4.5 hours`:
/// targets are free text, and most name one figure.
pub fn target_number(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let signed = start > 0 && text.as_bytes()[start - 1] == b'-';
    let digits: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let value: f64 = digits.trim_end_matches('.').parse().ok()?;
    Some(if signed { -value } else { value })
}

fn meets(better: Better, value: f64, target: f64) -> bool {
    match better {
        Better::Higher => value >= target,
        Better::Lower => value <= target,
    }
}

/// The standing of one benefit on `as_of`.
pub fn standing(b: &Benefit, as_of: Date) -> Standing {
    let better = b.better.as_ref().map_or(Better::Higher, |x| x.value);
    let target = b.target.as_ref().and_then(|t| target_number(&t.value));
    let mut values: Vec<(Date, f64)> = b
        .measurements
        .iter()
        .filter(|m| m.date.value <= as_of)
        .map(|m| (m.date.value, m.value.value))
        .collect();
    values.sort_by_key(|(d, _)| *d);
    let latest = values.last().copied();
    let change = match values.as_slice() {
        [.., (_, a), (_, b)] => Some(b - a),
        _ => None,
    };
    let mut s = Standing {
        target,
        better,
        latest,
        change,
        status: Status::NotMeasured,
        behind: None,
    };
    let Some(target) = target else {
        s.status = Status::NoTarget;
        return s;
    };
    let Some((day, value)) = latest else {
        return s;
    };
    let due = b.due.as_ref().map(|d| d.value);
    s.behind = if meets(better, value, target) {
        None
    } else if let Some(due) = due.filter(|d| *d <= as_of) {
        Some(Behind::MissedAtDue { due, value, target })
    } else {
        below_line(&values, due, day, value, target, better)
    };
    s.status = match (&s.behind, meets(better, value, target)) {
        (_, true) => Status::Met,
        (Some(_), _) => Status::Behind,
        (None, _) => Status::OnTrack,
    };
    s
}

/// Behind the straight line from the first value to the target on the
/// due date, when there is a due date and a first value before `day`.
fn below_line(
    values: &[(Date, f64)],
    due: Option<Date>,
    day: Date,
    value: f64,
    target: f64,
    better: Better,
) -> Option<Behind> {
    let due = due?;
    let &(first_day, first) = values.first()?;
    let span = first_day.days_until(due);
    if first_day >= day || span <= 0 {
        return None;
    }
    let elapsed = first_day.days_until(day) as f64 / span as f64;
    let expected = first + (target - first) * elapsed;
    (!meets(better, value, expected)).then_some(Behind::BelowLine {
        value,
        expected: crate::report::round2(expected),
        target,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn benefit(yaml: &str) -> Benefit {
        serde_saphyr::from_str(yaml).expect("benefit")
    }

    fn day(s: &str) -> Date {
        s.parse().expect("date")
    }

    #[test]
    fn targets_read_their_first_number() {
        assert_eq!(target_number("95"), Some(95.0));
        assert_eq!(target_number(">= 99.5 %"), Some(99.5));
        assert_eq!(target_number("4 hours"), Some(4.0));
        assert_eq!(target_number("-3"), Some(-3.0));
        assert_eq!(target_number("fewer complaints"), None);
    }

    #[test]
    fn met_behind_on_track_and_not_measured() {
        let base = "description: d\ntarget: '90'\ndue: 2026-12-31\n";
        let none = benefit(base);
        assert_eq!(
            standing(&none, day("2026-11-16")).status,
            Status::NotMeasured
        );
        // 60 -> 90 over Jan..Dec: by mid-November about 85 is expected.
        let slow = benefit(&format!(
            "{base}measurements:\n  - {{date: 2026-01-01, value: 60}}\n  - {{date: 2026-11-01, value: 70}}\n"
        ));
        let s = standing(&slow, day("2026-11-16"));
        assert_eq!(s.status, Status::Behind);
        assert_eq!(s.change, Some(10.0));
        assert!(matches!(s.behind, Some(Behind::BelowLine { .. })));
        let fast = benefit(&format!(
            "{base}measurements:\n  - {{date: 2026-01-01, value: 60}}\n  - {{date: 2026-11-01, value: 88}}\n"
        ));
        assert_eq!(standing(&fast, day("2026-11-16")).status, Status::OnTrack);
        // After the due date, a miss is a miss.
        let late = standing(&fast, day("2027-01-05"));
        assert!(matches!(late.behind, Some(Behind::MissedAtDue { .. })));
    }

    #[test]
    fn lower_is_better_reads_the_other_way() {
        let b = benefit(
            "description: d\ntarget: '4 h'\nbetter: lower\nmeasurements:\n  - {date: 2026-10-01, value: 3.5}\n",
        );
        let s = standing(&b, day("2026-11-16"));
        assert_eq!(s.status, Status::Met);
        assert_eq!(s.latest, Some((day("2026-10-01"), 3.5)));
    }
}

//! KPI and SLA attainment (ITO project operations; key-account IT project management; BPO project management): each KPI's target against
//! its measured actuals, met or missed (respecting whether higher or lower
//! is better, [`Kpi::is_met`]), the attainment rate per project, period and
//! program, the current streak of misses and the trend of the last two
//! actuals.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Better, Kpi, Period, Portfolio, Project};
use crate::report::round2;

/// Which way a KPI moved between its last two actuals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    Improving,
    Worsening,
    Flat,
    /// Fewer than two actuals.
    Unknown,
}

/// One measured value against the target.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Measured {
    pub period: Period,
    pub value: f64,
    pub met: bool,
}

/// A KPI's attainment.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct KpiAttainment {
    pub kpi: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// True when the target is contractual (an SLA).
    pub sla: bool,
    pub better: Better,
    pub target: f64,
    /// Actuals in period order (up to `--period`'s end when given).
    pub actuals: Vec<Measured>,
    pub met: usize,
    pub measured: usize,
    /// met / measured; None with no actuals.
    pub rate: Option<f64>,
    /// Misses in a row up to the latest actual.
    pub miss_streak: usize,
    /// The streak reached `[assessment] miss_streak`.
    pub flagged: bool,
    pub trend: Trend,
}

/// Met and measured counts for a period.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PeriodRate {
    pub period: Period,
    pub met: usize,
    pub measured: usize,
    pub rate: Option<f64>,
}

/// A project's KPIs.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProjectKpis {
    pub project: String,
    pub program: String,
    pub kpis: Vec<KpiAttainment>,
    pub met: usize,
    pub measured: usize,
    pub rate: Option<f64>,
    /// Attainment per period of the actuals.
    pub periods: Vec<PeriodRate>,
}

/// A program's attainment over its projects' KPIs.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProgramKpis {
    pub program: String,
    pub met: usize,
    pub measured: usize,
    pub rate: Option<f64>,
}

fn rate(met: usize, measured: usize) -> Option<f64> {
    (measured > 0).then(|| round2(met as f64 / measured as f64))
}

/// The trend from the last two values: improving when the latest moved the
/// better way, worsening when it moved the other way, flat when equal.
pub fn trend(better: Better, values: &[f64]) -> Trend {
    let [.., prev, last] = values else {
        return Trend::Unknown;
    };
    let delta = last - prev;
    if delta.abs() < 1e-9 {
        return Trend::Flat;
    }
    match (better, delta > 0.0) {
        (Better::Higher, true) | (Better::Lower, false) => Trend::Improving,
        _ => Trend::Worsening,
    }
}

/// Misses in a row at the end of `met`.
pub fn miss_streak(met: &[bool]) -> usize {
    met.iter().rev().take_while(|m| !**m).count()
}

/// One KPI's attainment over its actuals ending by `until` (all when None).
pub fn attainment(kpi: &Kpi, until: Option<Period>, streak_flag: u32) -> KpiAttainment {
    let mut actuals: Vec<Measured> = kpi
        .actuals
        .iter()
        .filter(|a| a.value.value.is_finite())
        .filter(|a| until.is_none_or(|u| a.period.value.end() <= u.end()))
        .map(|a| Measured {
            period: a.period.value,
            value: a.value.value,
            met: kpi.is_met(a.value.value),
        })
        .collect();
    actuals.sort_by_key(|a| a.period);
    let met = actuals.iter().filter(|a| a.met).count();
    let flags: Vec<bool> = actuals.iter().map(|a| a.met).collect();
    let streak = miss_streak(&flags);
    let values: Vec<f64> = actuals.iter().map(|a| a.value).collect();
    KpiAttainment {
        kpi: kpi.id.value.clone(),
        name: kpi.name.value.clone(),
        unit: kpi.unit.clone(),
        sla: kpi.sla.unwrap_or(false),
        better: kpi.better(),
        target: kpi.target.value,
        trend: trend(kpi.better(), &values),
        met,
        measured: actuals.len(),
        rate: rate(met, actuals.len()),
        miss_streak: streak,
        flagged: streak_flag > 0 && streak >= streak_flag as usize,
        actuals,
    }
}

/// Attainment of a project's KPIs.
pub fn project_kpis(project: &Project, until: Option<Period>, streak_flag: u32) -> ProjectKpis {
    let kpis: Vec<KpiAttainment> = project
        .kpis
        .iter()
        .map(|k| attainment(k, until, streak_flag))
        .collect();
    let met = kpis.iter().map(|k| k.met).sum();
    let measured = kpis.iter().map(|k| k.measured).sum();
    let mut by_period: BTreeMap<Period, (usize, usize)> = BTreeMap::new();
    for a in kpis.iter().flat_map(|k| &k.actuals) {
        let e = by_period.entry(a.period).or_default();
        e.0 += usize::from(a.met);
        e.1 += 1;
    }
    ProjectKpis {
        project: project.id.value.clone(),
        program: project.program.value.clone(),
        kpis,
        met,
        measured,
        rate: rate(met, measured),
        periods: by_period
            .into_iter()
            .map(|(period, (met, measured))| PeriodRate {
                period,
                met,
                measured,
                rate: rate(met, measured),
            })
            .collect(),
    }
}

/// Every project with KPIs, sorted by id, and the rates per program.
pub fn attain(
    portfolio: &Portfolio,
    until: Option<Period>,
) -> (Vec<ProjectKpis>, Vec<ProgramKpis>) {
    let flag = portfolio.settings.assessment.miss_streak;
    let projects: Vec<ProjectKpis> = portfolio
        .projects
        .iter()
        .filter(|p| !p.kpis.is_empty())
        .map(|p| project_kpis(p, until, flag))
        .collect();
    let mut by_program: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for p in &projects {
        let e = by_program.entry(p.program.as_str()).or_default();
        e.0 += p.met;
        e.1 += p.measured;
    }
    let programs = by_program
        .into_iter()
        .map(|(program, (met, measured))| ProgramKpis {
            program: program.to_string(),
            met,
            measured,
            rate: rate(met, measured),
        })
        .collect();
    (projects, programs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actual, At};

    fn kpi(target: f64, better: Better, actuals: &[(&str, f64)]) -> Kpi {
        Kpi {
            id: At::unlocated("k".into()),
            name: At::unlocated("K".into()),
            unit: None,
            target: At::unlocated(target),
            better: Some(At::unlocated(better)),
            sla: Some(true),
            actuals: actuals
                .iter()
                .map(|(p, v)| Actual {
                    period: At::unlocated(p.parse().unwrap()),
                    value: At::unlocated(*v),
                    note: None,
                })
                .collect(),
        }
    }

    #[test]
    fn higher_is_better_attainment() {
        // Availability target 99.5: Q1 99.7 met, Q2 99.2 missed, Q3 99.4 missed.
        // Written out of order; sorted by period. met 1 of 3 = 0.33;
        // streak 2 (Q2, Q3), flagged at the default 2; 99.2 -> 99.4 improving.
        let k = kpi(
            99.5,
            Better::Higher,
            &[("2026-Q3", 99.4), ("2026-Q1", 99.7), ("2026-Q2", 99.2)],
        );
        let a = attainment(&k, None, 2);
        assert_eq!(
            a.actuals.iter().map(|m| m.met).collect::<Vec<_>>(),
            [true, false, false]
        );
        assert_eq!((a.met, a.measured, a.rate), (1, 3, Some(0.33)));
        assert_eq!(a.miss_streak, 2);
        assert!(a.flagged);
        assert_eq!(a.trend, Trend::Improving);
        // Up to 2026-Q2 only: met 1 of 2 = 0.5, streak 1, not flagged,
        // 99.7 -> 99.2 worsening.
        let a = attainment(&k, Some("2026-Q2".parse().unwrap()), 2);
        assert_eq!(
            (a.met, a.measured, a.rate, a.miss_streak, a.flagged),
            (1, 2, Some(0.5), 1, false)
        );
        assert_eq!(a.trend, Trend::Worsening);
    }

    #[test]
    fn lower_is_better_attainment() {
        // Resolution time target 4 h, lower better: 5 missed, 4 met (equal
        // meets), 3 met. met 2 of 3 = 0.67; streak 0; 4 -> 3 is improving.
        let k = kpi(
            4.0,
            Better::Lower,
            &[("2026-01", 5.0), ("2026-02", 4.0), ("2026-03", 3.0)],
        );
        let a = attainment(&k, None, 2);
        assert_eq!(
            (a.met, a.measured, a.rate, a.miss_streak),
            (2, 3, Some(0.67), 0)
        );
        assert_eq!(a.trend, Trend::Improving);
        assert_eq!(trend(Better::Lower, &[3.0, 3.5]), Trend::Worsening);
        assert_eq!(trend(Better::Lower, &[3.0, 3.0]), Trend::Flat);
        assert_eq!(trend(Better::Higher, &[3.0]), Trend::Unknown);
        // No actuals: no rate, nothing flagged.
        let a = attainment(&kpi(4.0, Better::Lower, &[]), None, 2);
        assert_eq!((a.rate, a.miss_streak, a.flagged), (None, 0, false));
    }

    #[test]
    fn streak_counts_trailing_misses_only() {
        assert_eq!(miss_streak(&[false, true, false, false, false]), 3);
        assert_eq!(miss_streak(&[false, false, true]), 0);
        assert_eq!(miss_streak(&[]), 0);
    }
}

//! `pmo report trend`: the portfolio's figures over its history, one
//! sample per week or month (the last commit of each). Every figure is
//! read from the overview, plan and risk reports computed at that sample,
//! never recomputed here.

pub mod view;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Date;
use crate::report::Meta;
use crate::report::overview::{OverviewReport, Parts};
use crate::report::plan::EarnedValue;

/// One sample: a commit and the date its reports are as of.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Sample {
    pub date: Date,
    pub commit: String,
}

/// What a series is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Program,
    Project,
}

/// The metrics, in the order they are shown; JSON and CSV name them in
/// snake_case (`percent_complete`, `slip_days`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Metric {
    PercentComplete,
    Pv,
    Ev,
    Ac,
    Spi,
    Cpi,
    SlipDays,
    OpenRisks,
    Exposure,
    AboveTolerance,
    OverCapacity,
    AssessmentTotal,
}

/// One metric of one program or project over the samples; `values[i]` is
/// at `samples[i]`, null where the item did not exist or has no figure.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Series {
    pub level: Level,
    pub item: String,
    pub metric: Metric,
    pub values: Vec<Option<f64>>,
}

/// The `pmo report trend` JSON.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct TrendReport {
    pub meta: Meta,
    pub every: crate::history::Every,
    pub samples: Vec<Sample>,
    /// By level, item, then metric in [`Metric`] order.
    pub series: Vec<Series>,
}

type Figures = BTreeMap<(Level, String, Metric), f64>;

fn earned(out: &mut Figures, level: Level, id: &str, ev: Option<&EarnedValue>) {
    let Some(ev) = ev else { return };
    let mut put = |metric, v: Option<f64>| {
        if let Some(v) = v {
            out.insert((level, id.to_string(), metric), v);
        }
    };
    put(Metric::Pv, ev.pv);
    put(Metric::Ev, Some(ev.ev));
    put(Metric::Ac, ev.ac);
    put(Metric::Spi, ev.spi);
    put(Metric::Cpi, ev.cpi);
}

/// The figures of one sample, keyed by level, item and metric.
fn figures(parts: &Parts<'_>, overview: &OverviewReport) -> Figures {
    let mut out = Figures::new();
    for program in &parts.plan.programs {
        let id = program.id.as_str();
        let put = |out: &mut Figures, m, v: Option<f64>| {
            if let Some(v) = v {
                out.insert((Level::Program, id.to_string(), m), v);
            }
        };
        put(&mut out, Metric::PercentComplete, program.percent_complete);
        put(
            &mut out,
            Metric::SlipDays,
            program.slip_days.map(|d| d as f64),
        );
        earned(&mut out, Level::Program, id, program.earned_value.as_ref());
        for p in &program.projects {
            let put = |out: &mut Figures, m, v: Option<f64>| {
                if let Some(v) = v {
                    out.insert((Level::Project, p.id.clone(), m), v);
                }
            };
            put(&mut out, Metric::PercentComplete, p.percent_complete);
            put(&mut out, Metric::SlipDays, p.slip_days.map(|d| d as f64));
            earned(&mut out, Level::Project, &p.id, p.earned_value.as_ref());
        }
    }
    risks(parts, &mut out);
    for program in &overview.programs {
        let mut people = std::collections::BTreeSet::new();
        for p in &program.projects {
            let key = |m| (Level::Project, p.id.clone(), m);
            out.insert(key(Metric::OverCapacity), p.over_capacity.len() as f64);
            people.extend(p.over_capacity.iter().map(|o| o.person.as_str()));
            if let Some(total) = p.assessment.as_ref().and_then(|a| a.total) {
                out.insert(key(Metric::AssessmentTotal), total);
            }
        }
        let key = (Level::Program, program.id.clone(), Metric::OverCapacity);
        out.insert(key, people.len() as f64);
    }
    out
}

/// Open risks, their exposure (threat EMV) and those above tolerance, per
/// project and per program (zero where none).
fn risks(parts: &Parts<'_>, out: &mut Figures) {
    for program in &parts.plan.programs {
        for (level, id) in std::iter::once((Level::Program, &program.id))
            .chain(program.projects.iter().map(|p| (Level::Project, &p.id)))
        {
            for m in [Metric::OpenRisks, Metric::Exposure, Metric::AboveTolerance] {
                out.insert((level, id.clone(), m), 0.0);
            }
        }
    }
    let program_of: BTreeMap<&str, &String> = parts
        .plan
        .programs
        .iter()
        .flat_map(|g| g.projects.iter().map(move |p| (p.id.as_str(), &g.id)))
        .collect();
    for r in parts.risk.risks.iter().filter(|r| r.open) {
        let program = r.program.as_ref().or_else(|| {
            r.project
                .as_deref()
                .and_then(|p| program_of.get(p).copied())
        });
        let items = [
            r.project.as_ref().map(|p| (Level::Project, p)),
            program.map(|p| (Level::Program, p)),
        ];
        for (level, id) in items.into_iter().flatten() {
            let mut add = |m, v: f64| {
                if let Some(x) = out.get_mut(&(level, id.clone(), m)) {
                    *x += v;
                }
            };
            add(Metric::OpenRisks, 1.0);
            add(Metric::Exposure, r.emv.filter(|e| *e > 0.0).unwrap_or(0.0));
            add(Metric::AboveTolerance, if r.escalate { 1.0 } else { 0.0 });
        }
    }
}

/// Gathers the samples' figures into series.
pub fn compute(
    meta: Meta,
    every: crate::history::Every,
    samples: Vec<(Sample, Parts<'_>, OverviewReport)>,
) -> TrendReport {
    let per_sample: Vec<Figures> = samples.iter().map(|(_, p, o)| figures(p, o)).collect();
    // Keys sort by level, item, then metric in its declared order.
    let keys: std::collections::BTreeSet<(Level, String, Metric)> =
        per_sample.iter().flat_map(|f| f.keys().cloned()).collect();
    let series = keys
        .into_iter()
        .map(|key| Series {
            values: per_sample
                .iter()
                .map(|f| f.get(&key).map(|v| crate::report::round2(*v)))
                .collect(),
            level: key.0,
            item: key.1,
            metric: key.2,
        })
        .collect();
    TrendReport {
        meta,
        every,
        samples: samples.into_iter().map(|(s, _, _)| s).collect(),
        series,
    }
}

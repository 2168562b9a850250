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
#[derive(Clone, Debug, Serialize)]
pub struct Sample {
    pub date: Date,
    pub commit: String,
}

/// What a series is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Program,
    Project,
}

/// The metrics, in the order they are shown.
pub const METRICS: [&str; 12] = [
    "percent_complete",
    "pv",
    "ev",
    "ac",
    "spi",
    "cpi",
    "slip_days",
    "open_risks",
    "exposure",
    "above_tolerance",
    "over_capacity",
    "assessment_total",
];

/// One metric of one program or project over the samples; `values[i]` is
/// at `samples[i]`, null where the item did not exist or has no figure.
#[derive(Clone, Debug, Serialize)]
pub struct Series {
    pub level: Level,
    pub item: String,
    pub metric: &'static str,
    pub values: Vec<Option<f64>>,
}

/// The `pmo report trend` JSON.
#[derive(Clone, Debug, Serialize)]
pub struct TrendReport {
    pub meta: Meta,
    pub every: crate::history::Every,
    pub samples: Vec<Sample>,
    /// By level, item, then metric in [`METRICS`] order.
    pub series: Vec<Series>,
}

type Figures = BTreeMap<(Level, String, &'static str), f64>;

fn earned(out: &mut Figures, level: Level, id: &str, ev: Option<&EarnedValue>) {
    let Some(ev) = ev else { return };
    let mut put = |metric, v: Option<f64>| {
        if let Some(v) = v {
            out.insert((level, id.to_string(), metric), v);
        }
    };
    put("pv", ev.pv);
    put("ev", Some(ev.ev));
    put("ac", ev.ac);
    put("spi", ev.spi);
    put("cpi", ev.cpi);
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
        put(&mut out, "percent_complete", program.percent_complete);
        put(&mut out, "slip_days", program.slip_days.map(|d| d as f64));
        earned(&mut out, Level::Program, id, program.earned_value.as_ref());
        for p in &program.projects {
            let put = |out: &mut Figures, m, v: Option<f64>| {
                if let Some(v) = v {
                    out.insert((Level::Project, p.id.clone(), m), v);
                }
            };
            put(&mut out, "percent_complete", p.percent_complete);
            put(&mut out, "slip_days", p.slip_days.map(|d| d as f64));
            earned(&mut out, Level::Project, &p.id, p.earned_value.as_ref());
        }
    }
    risks(parts, &mut out);
    for program in &overview.programs {
        let mut people = std::collections::BTreeSet::new();
        for p in &program.projects {
            let key = |m| (Level::Project, p.id.clone(), m);
            out.insert(key("over_capacity"), p.over_capacity.len() as f64);
            people.extend(p.over_capacity.iter().map(|o| o.person.as_str()));
            if let Some(total) = p.assessment.as_ref().and_then(|a| a.total) {
                out.insert(key("assessment_total"), total);
            }
        }
        let key = (Level::Program, program.id.clone(), "over_capacity");
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
            for m in ["open_risks", "exposure", "above_tolerance"] {
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
            add("open_risks", 1.0);
            add("exposure", r.emv.filter(|e| *e > 0.0).unwrap_or(0.0));
            add("above_tolerance", if r.escalate { 1.0 } else { 0.0 });
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
    let mut keys: Vec<(Level, String, &'static str)> =
        per_sample.iter().flat_map(|f| f.keys().cloned()).collect();
    let rank = |m: &str| METRICS.iter().position(|x| *x == m).unwrap_or(usize::MAX);
    keys.sort_by(|a, b| (a.0, &a.1, rank(a.2)).cmp(&(b.0, &b.1, rank(b.2))));
    keys.dedup();
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

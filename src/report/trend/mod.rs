//! `pmo report trend`: the portfolio's figures over its history, one
//! sample per week or month (the last commit of each). Every figure is
//! read from the overview, plan and risk reports computed at that sample,
//! never recomputed here.

pub mod view;

use std::collections::BTreeMap;

use serde::Serialize;
use strum::{EnumCount, IntoEnumIterator};

use crate::model::Date;
use crate::report::Meta;
use crate::report::overview::{OverviewReport, Parts};
use crate::report::plan::{EarnedValue, ServiceBurn};

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
    strum::EnumCount,
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
    /// Forecast cost at completion, by the method `[plan] eac` names.
    Eac,
    /// Forecast finish against the baseline finish, in days.
    SlipDays,
    /// Service spend against the run-rate to date, in %.
    ServiceBurn,
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

/// One sample's figures: each metric of each program and project, `None`
/// where it has none.
#[derive(Debug, Default)]
pub struct Figures(BTreeMap<(Level, String), [Option<f64>; Metric::COUNT]>);

impl Figures {
    fn put(&mut self, level: Level, id: &str, metric: Metric, value: Option<f64>) {
        let Some(value) = value else { return };
        let row = self.row(level, id);
        row[metric as usize] = Some(value);
    }

    fn add(&mut self, level: Level, id: &str, metric: Metric, value: f64) {
        let cell = &mut self.row(level, id)[metric as usize];
        *cell = Some(cell.unwrap_or(0.0) + value);
    }

    fn row(&mut self, level: Level, id: &str) -> &mut [Option<f64>; Metric::COUNT] {
        self.0
            .entry((level, id.to_string()))
            .or_insert([None; Metric::COUNT])
    }

    fn earned(&mut self, level: Level, id: &str, ev: Option<&EarnedValue>) {
        let Some(ev) = ev else { return };
        self.put(level, id, Metric::Pv, ev.pv);
        self.put(level, id, Metric::Ev, Some(ev.ev));
        self.put(level, id, Metric::Ac, ev.ac);
        self.put(level, id, Metric::Spi, ev.spi);
        self.put(level, id, Metric::Cpi, ev.cpi);
        self.put(level, id, Metric::Eac, ev.eac);
    }

    fn service(&mut self, level: Level, id: &str, burn: Option<&ServiceBurn>) {
        let percent = burn.and_then(|b| b.burn_percent);
        self.put(level, id, Metric::ServiceBurn, percent);
    }
}

/// The figures of one sample, read from its plan, risk and overview
/// reports.
pub fn figures(parts: &Parts<'_>, overview: &OverviewReport) -> Figures {
    let mut out = Figures::default();
    for program in &parts.plan.programs {
        let id = program.id.as_str();
        let slip = |d: Option<i64>| d.map(|d| d as f64);
        out.put(
            Level::Program,
            id,
            Metric::PercentComplete,
            program.percent_complete,
        );
        out.put(
            Level::Program,
            id,
            Metric::SlipDays,
            slip(program.slip_days),
        );
        out.earned(Level::Program, id, program.earned_value.as_ref());
        out.service(Level::Program, id, program.service.as_ref());
        for p in &program.projects {
            out.put(
                Level::Project,
                &p.id,
                Metric::PercentComplete,
                p.percent_complete,
            );
            out.put(Level::Project, &p.id, Metric::SlipDays, slip(p.slip_days));
            out.earned(Level::Project, &p.id, p.earned_value.as_ref());
            out.service(Level::Project, &p.id, p.service.as_ref());
        }
    }
    risks(parts, &mut out);
    for program in &overview.programs {
        let mut people = std::collections::BTreeSet::new();
        for p in &program.projects {
            let over = Some(p.over_capacity.len() as f64);
            out.put(Level::Project, &p.id, Metric::OverCapacity, over);
            people.extend(p.over_capacity.iter().map(|o| o.person.as_str()));
            let total = p.assessment.as_ref().and_then(|a| a.total);
            out.put(Level::Project, &p.id, Metric::AssessmentTotal, total);
        }
        let people = Some(people.len() as f64);
        out.put(Level::Program, &program.id, Metric::OverCapacity, people);
    }
    out
}

/// Open risks, their exposure (threat EMV) and those above tolerance, per
/// project and per program (zero where none).
fn risks(parts: &Parts<'_>, out: &mut Figures) {
    const RISK: [Metric; 3] = [Metric::OpenRisks, Metric::Exposure, Metric::AboveTolerance];
    for program in &parts.plan.programs {
        for (level, id) in std::iter::once((Level::Program, &program.id))
            .chain(program.projects.iter().map(|p| (Level::Project, &p.id)))
        {
            for m in RISK {
                out.put(level, id, m, Some(0.0));
            }
        }
    }
    let program_of: BTreeMap<&str, &String> = parts
        .plan
        .programs
        .iter()
        .flat_map(|g| g.projects.iter().map(move |p| (p.id.as_str(), &g.id)))
        .collect();
    let known = |out: &Figures, level, id: &str| out.0.contains_key(&(level, id.to_string()));
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
            // Only items of the plan's scope count a risk.
            if !known(out, level, id) {
                continue;
            }
            out.add(level, id, Metric::OpenRisks, 1.0);
            out.add(
                level,
                id,
                Metric::Exposure,
                r.emv.filter(|e| *e > 0.0).unwrap_or(0.0),
            );
            out.add(
                level,
                id,
                Metric::AboveTolerance,
                if r.escalate { 1.0 } else { 0.0 },
            );
        }
    }
}

/// Gathers the samples' figures into series: one per item and metric that
/// has a figure in at least one sample.
pub fn compute(
    meta: Meta,
    every: crate::history::Every,
    samples: Vec<(Sample, Figures)>,
) -> TrendReport {
    let count = samples.len();
    let mut rows: BTreeMap<(Level, String), Vec<[Option<f64>; Metric::COUNT]>> = BTreeMap::new();
    let mut taken = Vec::with_capacity(count);
    for (i, (sample, figures)) in samples.into_iter().enumerate() {
        taken.push(sample);
        for (key, row) in figures.0 {
            let column = rows
                .entry(key)
                .or_insert_with(|| vec![[None; Metric::COUNT]; count]);
            column[i] = row;
        }
    }
    // Keys sort by level, item, then metric in its declared order.
    let series = rows
        .into_iter()
        .flat_map(|((level, item), column)| {
            Metric::iter().filter_map(move |metric| {
                let values: Vec<Option<f64>> = column
                    .iter()
                    .map(|row| row[metric as usize].map(crate::report::round2))
                    .collect();
                values.iter().any(Option::is_some).then(|| Series {
                    level,
                    item: item.clone(),
                    metric,
                    values,
                })
            })
        })
        .collect();
    TrendReport {
        meta,
        every,
        samples: taken,
        series,
    }
}

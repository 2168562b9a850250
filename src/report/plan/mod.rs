//! The plan report: where each program and project stands against its
//! plan on `--as-of` (seeds 001-004).
//!
//! Computed from the schedule network of the whole portfolio
//! ([`crate::analysis::schedule`]), so a project waiting on another
//! project's milestone is scheduled after it even when only one project is
//! in scope.
//!
//! # Progress
//! - A task's progress is its `progress` percent (0 if unset).
//! - A project's % complete is the weighted mean of its tasks' progress:
//!   weighted by `effort` when every task has an effort, else by scheduled
//!   duration in working days (equal weights if every duration is zero).
//!   A project with no tasks counts its milestones reached. A program
//!   weighs all its projects' tasks the same way.
//! - Planned % complete on the as-of date: each task's share of its
//!   working days that fall on or before the as-of date, from its
//!   `baseline` start and end when both are given, else from the planned
//!   (early) schedule; weighted as above.
//!
//! # Late and upcoming
//! A task is due on its `end` if given, else on its planned finish. Not
//! done and due before the as-of date: overdue; due within
//! `[plan] due_soon_days` (default 14) from it: due soon. A milestone is
//! due on `due`; reached after it (`done_on`): done late. Tasks have no
//! completion date in the format, so only milestones are ever done late.
//!
//! # Projected finish and slip
//! The network is scheduled again from the as-of date with each
//! unfinished task's remaining duration, `ceil(duration x (1 - progress))`,
//! starting no earlier than the day after the as-of date; finished tasks
//! keep their planned dates (capped at the as-of date), reached milestones
//! sit on `done_on`. A project's projected finish is its latest projected
//! finish; its slip is the projected finish minus its baseline end (else
//! its `end`), in calendar days (positive is late).
//!
//! # Earned value (projects with a `budget`)
//! BAC = `budget.baseline` (the budget approved at baseline, stated or
//! taken from the baseline revision) when known, else `budget.planned`;
//! a project's earned value says which (`bac_basis`) and the current
//! budget's change from the baseline one (`budget_change`).
//! AC = `budget.actual`;
//! PV = BAC x planned % complete; EV = BAC x % complete;
//! SV = EV - PV; CV = EV - AC; SPI = EV / PV; CPI = EV / AC;
//! EAC = BAC / CPI; ETC = EAC - AC; VAC = BAC - EAC.
//! A ratio with a zero (or missing) divisor is null, and so is everything
//! computed from it. A program sums BAC, PV, EV and AC over its projects
//! with a budget and computes the rest from the sums.
//!
//! # Status (RAG), from `[plan]` in pmo.toml
//! Red if any of: SPI < `red_spi`, CPI < `red_cpi`, slip >= `red_slip_days`,
//! overdue milestones >= `red_overdue_milestones`. Otherwise amber if any
//! of: SPI < `amber_spi`, CPI < `amber_cpi`, slip >= `amber_slip_days`, an
//! overdue milestone, a dependency cycle. Otherwise green. Closed and
//! cancelled projects are not rated. A program is the worst of its rated
//! projects and of the same SPI/CPI rule on its rolled-up earned value.

pub mod changes;
mod earned;
mod program;
mod project;
mod rating;
pub mod tidy;
pub mod view;

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::Meta;
use super::scope::Scope;
use crate::analysis::Analysis;
use crate::analysis::schedule::{Item, Schedule};
use crate::model::{Date, Nature, PlanSettings, Portfolio};
use crate::report::reason::Reason;
use program::program_plan;

/// What the plan report covers.
#[derive(Clone, Debug)]
pub struct Options {
    pub scope: Scope,
    pub as_of: Date,
    /// Only items overlapping this window are listed (both ends included).
    pub from: Option<Date>,
    pub to: Option<Date>,
}

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
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Rag {
    Green,
    Amber,
    Red,
    /// The status rests on a document with an error-level finding (see
    /// `report::integrity`); never computed, only put in its place.
    Unknown,
}

pub use crate::analysis::cost::Weighting;
pub use earned::{EarnedValue, ServiceBurn};
pub use rating::{Inputs, Rating, rate};

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Kind {
    Task,
    Milestone,
}

/// Where an item stands on the as-of date.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum State {
    Done,
    DoneLate,
    Overdue,
    DueSoon,
    InProgress,
    Open,
}

/// A task or milestone, named across projects.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
pub struct ItemRef {
    pub project: String,
    pub id: String,
}

/// One task or milestone with its schedule.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PlanItem {
    pub kind: Kind,
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Working days (0 for a milestone).
    pub duration: i64,
    /// Percent complete (a milestone is 0 or 100).
    pub progress: f64,
    pub early_start: Date,
    pub early_finish: Date,
    pub late_start: Date,
    pub late_finish: Date,
    /// Working days the item can slip without delaying its project.
    pub total_float: i64,
    /// Working days it can slip without delaying any successor.
    pub free_float: i64,
    pub critical: bool,
    /// On the critical path of its program.
    pub program_critical: bool,
    /// The `end` of a task (else its planned finish); a milestone's `due`.
    pub due: Date,
    pub projected_start: Date,
    pub projected_finish: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline_finish: Option<Date>,
    /// Projected finish minus baseline finish, calendar days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slip_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
    pub state: State,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub in_cycle: bool,
}

/// The next milestone not yet reached.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct NextMilestone {
    pub project: String,
    pub id: String,
    pub name: String,
    pub due: Date,
    pub projected: Date,
}

/// Another project's milestone this project needs by a date.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Need {
    pub project: String,
    pub milestone: String,
    pub needed_by: Date,
    /// The milestone's projected date, when it resolves.
    pub projected: Option<Date>,
    pub late: bool,
}

#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Counts {
    pub overdue_tasks: u32,
    pub overdue_milestones: u32,
    pub due_soon: u32,
    pub done_late: u32,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProjectPlan {
    pub id: String,
    pub name: String,
    pub program: String,
    /// The project's own status: proposed, planned, active, ...
    pub status: &'static str,
    /// null for closed and cancelled projects.
    pub rag: Option<Rag>,
    /// The schedule half of the status: SPI, slip, overdue milestones.
    pub schedule_rag: Option<Rag>,
    /// The cost half of the status: the forecast (delivery) and the
    /// run-rate burn (service).
    pub cost_rag: Option<Rag>,
    /// Why the status is not green, red first.
    pub reasons: Vec<Reason>,
    /// service, delivery or both: how the status is judged.
    pub nature: Nature,
    pub percent_complete: Option<f64>,
    pub planned_percent: Option<f64>,
    pub weighting: Weighting,
    pub start: Option<Date>,
    /// Planned (early) finish.
    pub finish: Option<Date>,
    pub projected_finish: Option<Date>,
    /// The project's `end` (the contract end).
    pub end: Date,
    /// The baseline's end; null without a baseline.
    pub baseline_finish: Option<Date>,
    /// Projected finish minus the baseline finish, calendar days; null
    /// without a baseline (never measured against the contract end).
    pub slip_days: Option<i64>,
    /// Earned value of the delivery work (projects with a budget).
    pub earned_value: Option<EarnedValue>,
    /// Burn of the service contract against its run-rate.
    pub service: Option<ServiceBurn>,
    /// SLAs whose latest measured period (ended by as-of) missed target.
    pub slas_missed: u32,
    pub next_milestone: Option<NextMilestone>,
    pub counts: Counts,
    /// Ids of the project's critical tasks and milestones, in start order.
    pub critical_path: Vec<String>,
    pub needs: Vec<Need>,
    pub items: Vec<PlanItem>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProgramPlan {
    pub id: String,
    pub name: String,
    pub rag: Option<Rag>,
    pub reasons: Vec<Reason>,
    /// EV / BAC over its projects with a budget (weighting `budget`), so
    /// that it agrees with its earned value; else its tasks' weighted mean.
    pub percent_complete: Option<f64>,
    pub planned_percent: Option<f64>,
    pub weighting: Weighting,
    pub start: Option<Date>,
    pub finish: Option<Date>,
    pub projected_finish: Option<Date>,
    /// The latest baseline finish of its projects.
    pub baseline_finish: Option<Date>,
    /// The largest slip of its projects.
    pub slip_days: Option<i64>,
    pub earned_value: Option<EarnedValue>,
    pub service: Option<ServiceBurn>,
    pub next_milestone: Option<NextMilestone>,
    /// The items deciding the program's finish, in start order.
    pub critical_path: Vec<ItemRef>,
    pub projects: Vec<ProjectPlan>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Window {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

/// The plan report.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PlanReport {
    pub meta: Meta,
    pub currency: String,
    /// The `[plan]` settings the statuses were rated with.
    pub thresholds: PlanSettings,
    pub window: Window,
    pub programs: Vec<ProgramPlan>,
    /// Dependency cycles touching the projects in scope.
    pub cycles: Vec<Vec<ItemRef>>,
    /// Change requests of the projects in scope: pending first, then
    /// approved (what they moved), then rejected.
    pub changes: Vec<changes::ChangeLine>,
}

impl PlanReport {
    /// The same report holding only the projects `keep` admits (programs
    /// left empty are dropped). Nothing is recomputed: program figures stay
    /// those of the whole program. For charts that show a selection.
    pub fn select(&self, keep: impl Fn(&ProgramPlan, &ProjectPlan) -> bool) -> PlanReport {
        let programs = self
            .programs
            .iter()
            .filter_map(|g| {
                let projects: Vec<ProjectPlan> =
                    g.projects.iter().filter(|p| keep(g, p)).cloned().collect();
                (!projects.is_empty()).then(|| ProgramPlan {
                    projects,
                    ..g.clone()
                })
            })
            .collect();
        PlanReport {
            meta: self.meta.clone(),
            currency: self.currency.clone(),
            thresholds: self.thresholds.clone(),
            window: self.window.clone(),
            programs,
            cycles: self.cycles.clone(),
            changes: self.changes.clone(),
        }
    }
}

/// Earned value of a whole plan report, summed over its programs (the same
/// roll-up as a program's: ratios of sums, not means of ratios).
pub fn total_earned_value(report: &PlanReport) -> Option<EarnedValue> {
    EarnedValue::sum(
        report
            .programs
            .iter()
            .filter_map(|p| p.earned_value.as_ref()),
        report.thresholds.eac,
    )
}

/// Service burn of a whole plan report, summed over its programs.
pub fn total_service(report: &PlanReport) -> Option<ServiceBurn> {
    ServiceBurn::sum(report.programs.iter().filter_map(|p| p.service.as_ref()))
}

/// The computed schedule plus the projection from the as-of date.
struct Context<'a> {
    portfolio: &'a Portfolio,
    schedule: &'a Schedule,
    /// Projected early start and finish per node.
    pstart: Vec<i64>,
    pfinish: Vec<i64>,
    /// Projected milestones placed by a start (see `Times::at_day_start`).
    pday_start: Vec<bool>,
    project_ix: HashMap<&'a str, usize>,
}

fn project_progress(progress: f64) -> f64 {
    if progress.is_finite() {
        (progress / 100.0).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

impl<'a> Context<'a> {
    fn new(portfolio: &'a Portfolio, analysis: &'a Analysis) -> Context<'a> {
        let schedule = &analysis.schedule;
        let as_of = analysis.as_of;
        let ix = &schedule.index;
        let as_of_point = ix.ord_end(as_of);
        let n = schedule.keys.len();
        let mut duration = vec![0i64; n];
        let mut lower = vec![0i64; n];
        let mut fixed = Vec::new();
        for (v, key) in schedule.keys.iter().enumerate() {
            let project = &portfolio.projects[key.project];
            let t = &schedule.times[v];
            match key.item {
                Item::Task(i) => {
                    let p = project_progress(project.tasks[i].progress_percent());
                    if p >= 1.0 {
                        let finish = t.early_finish.min(as_of_point);
                        fixed.push((v, t.early_start.min(finish), finish));
                    } else {
                        let left = t.duration as f64 * (1.0 - p);
                        duration[v] = if left > 0.0 { left.ceil() as i64 } else { 0 };
                        lower[v] = if p > 0.0 {
                            as_of_point
                        } else {
                            schedule.constraint[v].max(as_of_point)
                        };
                    }
                }
                Item::Milestone(i) => {
                    let m = &project.milestones[i];
                    if m.is_done() {
                        let at = m
                            .done_on
                            .as_ref()
                            .map_or(schedule.constraint[v].min(as_of_point), |d| {
                                ix.ord_end(d.value)
                            });
                        fixed.push((v, at, at));
                    } else {
                        lower[v] = schedule.constraint[v].max(as_of_point);
                    }
                }
            }
        }
        let (pstart, pfinish, pday_start) = schedule.forward(&duration, &lower, &fixed);
        let project_ix = portfolio
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.value.as_str(), i))
            .collect();
        Context {
            portfolio,
            schedule,
            pstart,
            pfinish,
            pday_start,
            project_ix,
        }
    }
}

/// Computes the plan report from the run's analysis (its schedule
/// network), so that every report of a run reads one schedule.
pub fn compute(portfolio: &Portfolio, analysis: &Analysis, options: &Options) -> PlanReport {
    let ctx = Context::new(portfolio, analysis);
    let settings = &portfolio.settings;
    let costs = &analysis.costs;

    // Projects in scope, grouped by program id.
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (p, project) in portfolio.projects.iter().enumerate() {
        if options.scope.includes_project(project) {
            groups
                .entry(project.program.value.as_str())
                .or_default()
                .push(p);
        }
    }
    let mut in_scope = vec![false; portfolio.projects.len()];
    let programs = groups
        .into_iter()
        .map(|(program, projects)| {
            for &p in &projects {
                in_scope[p] = true;
            }
            program_plan(&ctx, costs, options, program, &projects)
        })
        .collect();

    let s = &ctx.schedule;
    let cycles = s
        .cycles
        .iter()
        .filter(|c| c.iter().any(|&v| in_scope[s.keys[v].project]))
        .map(|c| c.iter().map(|&v| item_ref(&ctx, v)).collect())
        .collect();
    PlanReport {
        meta: Meta::new("plan", options.as_of, settings.name.as_deref()),
        currency: settings.currency.clone(),
        thresholds: settings.plan.clone(),
        window: Window {
            from: options.from,
            to: options.to,
        },
        programs,
        cycles,
        changes: changes::changes(portfolio, &options.scope),
    }
}

fn item_ref(ctx: &Context, v: usize) -> ItemRef {
    let key = ctx.schedule.keys[v];
    let project = &ctx.portfolio.projects[key.project];
    let id = match key.item {
        Item::Task(i) => &project.tasks[i].id.value,
        Item::Milestone(i) => &project.milestones[i].id.value,
    };
    ItemRef {
        project: project.id.value.clone(),
        id: id.clone(),
    }
}

#[cfg(test)]
mod tests;

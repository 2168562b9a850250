//! `pmo report resource`: capacity and load of every person per week (or
//! month) across all projects, the conflicts where people are booked over
//! capacity, demand against supply by role, idle people, and planned cost
//! against budget (seeds 001 and 002: forecast demand, allocate by priority
//! and availability, watch utilisation, resolve conflicts between projects,
//! report usage upward).
//!
//! How load is counted is documented in [`crate::analysis::workload`]. What
//! the filters do:
//! - Load always spans the whole portfolio: a person booked by a project
//!   outside `--program`/`--project` is still busy. The filters pick the
//!   people shown (members or task owners of an in-scope project), the
//!   projects whose cost and unstaffed work is shown, and the conflicts
//!   (those involving a shown person).
//! - `--person` shows one person; `--role` the people who have the role (or
//!   skill, or a team role of that name) and the demand for that role.
//! - The window runs from `--from` to `--to`, widened to whole periods;
//!   by default 12 weeks (or 3 months with `--period month`) from the
//!   period holding the as-of date.

mod conflicts;
mod cost;
mod demand;
mod people;
pub mod suggestion;
pub mod tidy;
pub mod view;

pub use cost::{Cost, CostLine, CostPeriod};

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::Analysis;
use crate::analysis::placement::Placement;
use crate::analysis::schedule::{Item, NodeKey, Schedule};

use rayon::prelude::*;
use serde::Serialize;

use super::{Meta, round2};
use crate::analysis::workload::{
    self, PeriodKind, PersonLoad, TaskSpan, Unplaced, Window, Workload, hours_between, hours_over,
    is_over, utilisation,
};
use crate::model::{Date, Period, Portfolio, Project};
use crate::report::scope::Scope;
use conflicts::{Floats, conflicts_of};
use demand::{demand, unstaffed};
use people::{RoleIndex, TasksByPeriod, person_row, role_of_load, shown_people, task_hours};

/// What the report is asked for.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub scope: Scope,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub period: PeriodKind,
    pub person: Option<String>,
    pub role: Option<String>,
}

/// Periods in the default window: 12 weeks, or 3 months.
pub const DEFAULT_WEEKS: i64 = 12;
pub const DEFAULT_MONTHS: u32 = 3;
/// The longest window reported: ten years.
pub const MAX_WINDOW_DAYS: i64 = 3660;
/// Candidates named per conflict for taking over work.
const CANDIDATES: usize = 3;
/// Label of load and demand that no role names.
pub const NO_ROLE: &str = "(no role)";

impl Options {
    /// The window: `--from`/`--to`, or the default periods from as-of.
    pub fn window(&self, as_of: Date) -> Window {
        let from = self.from.unwrap_or(as_of);
        let to = self.to.unwrap_or_else(|| {
            let start = Date(self.period.period_of(from.0).start());
            match self.period {
                PeriodKind::Week => start.add_days(DEFAULT_WEEKS * 7 - 1),
                PeriodKind::Month => {
                    let first =
                        workload::add_months(self.period.period_of(from.0), DEFAULT_MONTHS - 1);
                    Date(first.end())
                }
            }
        });
        Window {
            from,
            to: to.max(from),
            period: self.period,
        }
    }

    /// Checks that `--person` names a person (so a typo is an error) and
    /// that the window is the right way round and at most ten years long.
    pub fn verify(&self, portfolio: &Portfolio) -> Result<(), String> {
        if let Some(id) = &self.person {
            crate::diag::UnknownId::check(portfolio, crate::model::Kind::Person, id)
                .map_err(|e| e.to_string())?;
        }
        if let (Some(f), Some(t)) = (self.from, self.to) {
            if t < f {
                return Err(format!("--to {t} is before --from {f}"));
            }
            if f.days_until(t) > MAX_WINDOW_DAYS {
                return Err(format!(
                    "--from {f} to --to {t} spans more than 10 years; pick a shorter window"
                ));
            }
        }
        Ok(())
    }
}

/// The report.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ResourceReport<'a> {
    pub meta: Meta,
    /// week or month.
    pub period: PeriodKind,
    /// First day of the first period.
    pub from: Date,
    /// Last day of the last period.
    pub to: Date,
    /// Utilisation above this percent is a conflict.
    pub overload_percent: f64,
    /// Utilisation over the window below this percent is idle.
    pub idle_percent: f64,
    pub currency: String,
    pub periods: Vec<PeriodInfo>,
    /// The people shown, sorted by id.
    pub people: Vec<PersonRow<'a>>,
    /// Sorted by hours over (most first), then person id, then period.
    pub conflicts: Vec<Conflict<'a>>,
    /// Demand against supply per role (or skill), sorted by role.
    pub demand: Vec<RoleDemand<'a>>,
    /// Tasks that need a role but have no owner, by project and task id.
    pub unstaffed_tasks: Vec<UnstaffedTask<'a>>,
    /// Roles asked for that nobody has as a role or skill.
    pub unstaffed_roles: Vec<UnstaffedRole<'a>>,
    /// People under the idle threshold over the window, least used first.
    pub idle: Vec<IdlePerson<'a>>,
    pub cost: Cost<'a>,
    /// Owned tasks that add no load, and why.
    pub unscheduled: Vec<UnscheduledTask<'a>>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PeriodInfo {
    pub period: Period,
    pub start: Date,
    pub end: Date,
    /// Calendar working days.
    pub working_days: u32,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PersonRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub roles: Vec<&'a str>,
    pub skills: Vec<&'a str>,
    pub hours_per_day: f64,
    /// Totals over the window.
    pub capacity: f64,
    pub load: f64,
    /// Percent; absent when there is no capacity.
    pub utilisation: Option<f64>,
    pub periods: Vec<PersonPeriod<'a>>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PersonPeriod<'a> {
    pub period: Period,
    pub capacity: f64,
    pub load: f64,
    pub utilisation: Option<f64>,
    /// Load above the overload threshold.
    pub over: bool,
    /// Projects with hours in the period, by project id.
    pub projects: Vec<ProjectHours<'a>>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProjectHours<'a> {
    pub project: &'a str,
    pub program: &'a str,
    /// Hours the team allocation reserves.
    pub reserved: f64,
    /// Hours of the person's tasks.
    pub tasks: Vec<TaskHours<'a>>,
    /// Load: per day the larger of reservation and task work.
    pub hours: f64,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct TaskHours<'a> {
    pub task: &'a str,
    pub hours: f64,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Conflict<'a> {
    pub person: &'a str,
    pub name: &'a str,
    pub period: Period,
    pub capacity: f64,
    pub load: f64,
    pub utilisation: Option<f64>,
    /// Load above `overload_percent` of capacity.
    pub hours_over: f64,
    /// By priority (1 first), then project id.
    pub projects: Vec<Competing<'a>>,
    pub resolution: Resolution<'a>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Competing<'a> {
    pub project: &'a str,
    pub program: &'a str,
    /// 1 (highest) to 5.
    pub priority: u8,
    pub hours: f64,
    pub reserved: f64,
    pub tasks: Vec<TaskHours<'a>>,
}

/// A suggested way out of a conflict.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Resolution<'a> {
    /// Work of the lowest-priority project that could move.
    pub move_work: Option<MoveWork<'a>>,
    /// People with the same role or skill who have room in the period,
    /// most room first.
    pub reassign: Vec<Candidate<'a>>,
    /// The suggestion in one sentence.
    // Typed here; the view words it in each language, and the JSON keeps
    // its English sentence under `summary`.
    #[serde(rename = "summary", serialize_with = "suggestion::english")]
    #[schemars(with = "String")]
    pub suggestion: Suggestion<'a>,
}

/// A way out of a conflict as data: relieve the person of the
/// lowest-priority project's work, or hand hours to a colleague; either,
/// both or neither may be possible.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion<'a> {
    pub relieve: Option<Relief<'a>>,
    pub hand_over: Option<HandOver<'a>>,
}

/// Less of the lowest-priority project's work in the period.
#[derive(Clone, Debug, PartialEq)]
pub enum Relief<'a> {
    /// The project has no task in the period: lower its allocation by
    /// `hours` (the hours over, at most the project's hours).
    LowerAllocation {
        project: &'a str,
        priority: u8,
        period: Period,
        hours: f64,
    },
    /// Move the project's tasks out of the period, most float first.
    MoveTasks {
        project: &'a str,
        priority: u8,
        period: Period,
        tasks: Vec<(&'a str, Slack)>,
    },
}

/// How freely a task can move, from the plan's schedule network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slack {
    /// This many working days of total float.
    Float(i64),
    /// On the critical path: moving it delays the project.
    Critical,
    /// Not in the network.
    Unknown,
}

/// Hours handed to the colleague with the most room and a matching role
/// or skill.
#[derive(Clone, Debug, PartialEq)]
pub struct HandOver<'a> {
    /// The hours over, at most what the colleague has free.
    pub hours: f64,
    pub person: &'a str,
    pub free_hours: f64,
    /// The role or skill that matches.
    pub matches: &'a str,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct MoveWork<'a> {
    pub project: &'a str,
    pub priority: u8,
    /// The project's hours on the person in the period.
    pub hours: f64,
    /// The person's tasks of that project in the period.
    pub tasks: Vec<MovableTask<'a>>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct MovableTask<'a> {
    pub task: &'a str,
    pub name: &'a str,
    pub hours: f64,
    /// Total float in working days from the plan's schedule network: how
    /// far the task can move without delaying its project (0: critical).
    /// `null` when the task is not in the network.
    pub float_days: Option<i64>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Candidate<'a> {
    pub person: &'a str,
    pub name: &'a str,
    /// The role or skill that matches.
    pub matches: &'a str,
    /// Capacity minus load in the period.
    pub free_hours: f64,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct RoleDemand<'a> {
    pub role: &'a str,
    /// People who have the role or skill.
    pub people: usize,
    /// Totals over the window.
    pub demand: f64,
    pub supply: f64,
    pub periods: Vec<RolePeriod>,
    /// Periods where demand exceeds supply.
    pub short: Vec<Period>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct RolePeriod {
    pub period: Period,
    /// Load attributed to the role, plus unstaffed tasks needing it.
    pub demand: f64,
    /// Capacity of the people who have the role or skill.
    pub supply: f64,
    /// Demand minus supply (positive: short).
    pub gap: f64,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct UnstaffedTask<'a> {
    pub project: &'a str,
    pub program: &'a str,
    pub task: &'a str,
    pub name: &'a str,
    pub role: &'a str,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub effort: Option<f64>,
    /// Effort falling in the window.
    pub hours_in_window: f64,
    /// Where the plan schedules it, for demand by period.
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Option<TaskSpan>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct UnstaffedRole<'a> {
    pub role: &'a str,
    /// `project/task` or `project` (team role) asking for it.
    pub wanted_by: Vec<String>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct IdlePerson<'a> {
    pub person: &'a str,
    pub name: &'a str,
    pub capacity: f64,
    pub load: f64,
    pub utilisation: f64,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct UnscheduledTask<'a> {
    pub project: &'a str,
    pub task: &'a str,
    pub name: &'a str,
    pub owner: &'a str,
    pub reason: Unplaced,
}

/// Computes the report from the run's analysis: its workload over the
/// report's window, its placed tasks, its schedule and its costs.
pub fn compute<'a>(
    portfolio: &'a Portfolio,
    analysis: &Analysis,
    options: &Options,
) -> ResourceReport<'a> {
    let work = workload::compute(portfolio, analysis, options.window(analysis.as_of));
    build(portfolio, analysis, options, &work)
}

/// The report from a workload already folded over the window (for the
/// overview and the benchmarks).
pub fn build<'a>(
    portfolio: &'a Portfolio,
    analysis: &Analysis,
    options: &Options,
    work: &Workload,
) -> ResourceReport<'a> {
    let as_of = analysis.as_of;
    let settings = &portfolio.settings.resource;
    let overload = finite_or(settings.overload_percent, 100.0);
    let idle_percent = finite_or(settings.idle_percent, 50.0);
    let in_scope: Vec<bool> = portfolio
        .projects
        .iter()
        .map(|p| options.scope.includes_project(p))
        .collect();
    let shown = shown_people(portfolio, options, work, &in_scope);
    let roles = RoleIndex::new(portfolio, work);

    let (people, conflicts) =
        people_and_conflicts(portfolio, analysis, work, &shown, &roles, overload);
    let idle = idle_people(&people, idle_percent);

    let (unstaffed_tasks, unstaffed_roles) =
        unstaffed(portfolio, analysis, options, work, &in_scope, &roles);
    let demand = demand(portfolio, options, work, &roles, &unstaffed_tasks);
    let unscheduled = unscheduled(portfolio, analysis, &in_scope);

    ResourceReport {
        meta: Meta::new("resource", as_of, portfolio.settings.name.as_deref()),
        period: work.window.period,
        from: work.spans.first().map_or(work.window.from, |s| s.start),
        to: work.spans.last().map_or(work.window.to, |s| s.end),
        overload_percent: overload,
        idle_percent,
        currency: portfolio.settings.currency.clone(),
        periods: work
            .spans
            .iter()
            .map(|s| PeriodInfo {
                period: s.period,
                start: s.start,
                end: s.end,
                working_days: s.working_days,
            })
            .collect(),
        people,
        conflicts,
        demand,
        unstaffed_tasks,
        unstaffed_roles,
        idle,
        cost: cost::section(portfolio, work, &in_scope, &analysis.costs, analysis.days()),
        unscheduled,
    }
}

/// Every shown person's row and conflicts. People are independent: in
/// parallel, collected in id order; conflicts worst (most hours over) first.
fn people_and_conflicts<'a>(
    portfolio: &'a Portfolio,
    analysis: &Analysis,
    work: &Workload,
    shown: &[u32],
    roles: &RoleIndex<'a>,
    overload: f64,
) -> (Vec<PersonRow<'a>>, Vec<Conflict<'a>>) {
    let floats = Floats {
        portfolio,
        schedule: &analysis.schedule,
    };
    let rows: Vec<(PersonRow, Vec<Conflict>)> = shown
        .par_iter()
        .map(|&i| {
            let load = &work.people[i as usize];
            let tasks = task_hours(portfolio, &analysis.placement, work, load);
            (
                person_row(portfolio, work, load, &tasks, overload),
                conflicts_of(portfolio, work, roles, &floats, load, &tasks, overload),
            )
        })
        .collect();
    let mut people = Vec::with_capacity(rows.len());
    let mut conflicts = Vec::new();
    for (row, c) in rows {
        people.push(row);
        conflicts.extend(c);
    }
    conflicts.sort_by(|a, b| {
        b.hours_over
            .total_cmp(&a.hours_over)
            .then_with(|| a.person.cmp(b.person))
            .then_with(|| a.period.cmp(&b.period))
    });
    (people, conflicts)
}

/// People below the idle threshold, least used first.
fn idle_people<'a>(people: &[PersonRow<'a>], idle_percent: f64) -> Vec<IdlePerson<'a>> {
    let mut idle: Vec<IdlePerson> = people
        .iter()
        .filter_map(|p| {
            let u = p.utilisation?;
            (u < idle_percent).then(|| IdlePerson {
                person: p.id,
                name: p.name,
                capacity: p.capacity,
                load: p.load,
                utilisation: round2(u),
            })
        })
        .collect();
    idle.sort_by(|a, b| {
        a.utilisation
            .total_cmp(&b.utilisation)
            .then_with(|| a.person.cmp(b.person))
    });
    idle
}

/// The in-scope tasks the schedule could not date, with the reason.
fn unscheduled<'a>(
    portfolio: &'a Portfolio,
    analysis: &Analysis,
    in_scope: &[bool],
) -> Vec<UnscheduledTask<'a>> {
    analysis
        .placement
        .unplaced
        .iter()
        .filter(|u| in_scope[u.project as usize])
        .map(|u| {
            let project = &portfolio.projects[u.project as usize];
            let task = &project.tasks[u.task as usize];
            UnscheduledTask {
                project: project.id.value.as_str(),
                task: task.id.value.as_str(),
                name: task.name.value.as_str(),
                owner: task
                    .owner
                    .as_ref()
                    .map(|o| o.value.as_str())
                    .unwrap_or_default(),
                reason: u.reason,
            }
        })
        .collect()
}

fn finite_or(x: f64, default: f64) -> f64 {
    if x.is_finite() { x } else { default }
}

fn round_opt(x: Option<f64>) -> Option<f64> {
    x.map(round2)
}

/// Hours for sentences: whole when whole, else one decimal.
pub fn fmt_hours(h: f64) -> String {
    let r = (h * 10.0).round() / 10.0;
    if (r - r.round()).abs() < 1e-9 {
        format!("{}", r.round() as i64)
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests;

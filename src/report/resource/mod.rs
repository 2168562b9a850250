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

mod cost;
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
    let floats = Floats {
        portfolio,
        schedule: &analysis.schedule,
    };

    // People are independent: in parallel, collected in id order.
    let rows: Vec<(PersonRow, Vec<Conflict>)> = shown
        .par_iter()
        .map(|&i| {
            let load = &work.people[i as usize];
            let tasks = task_hours(portfolio, &analysis.placement, work, load);
            (
                person_row(portfolio, work, load, &tasks, overload),
                conflicts_of(portfolio, work, &roles, &floats, load, &tasks, overload),
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

    let idle = people
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
        .collect::<Vec<_>>();
    let mut idle = idle;
    idle.sort_by(|a, b| {
        a.utilisation
            .total_cmp(&b.utilisation)
            .then_with(|| a.person.cmp(b.person))
    });

    let (unstaffed_tasks, unstaffed_roles) =
        unstaffed(portfolio, analysis, options, work, &in_scope, &roles);
    let demand = demand(portfolio, options, work, &roles, &unstaffed_tasks);
    let unscheduled = analysis
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
        .collect();

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

fn finite_or(x: f64, default: f64) -> f64 {
    if x.is_finite() { x } else { default }
}

fn round_opt(x: Option<f64>) -> Option<f64> {
    x.map(round2)
}

/// Indexes of the people the filters admit, in id order.
fn shown_people(
    portfolio: &Portfolio,
    options: &Options,
    work: &Workload,
    in_scope: &[bool],
) -> Vec<u32> {
    let scoped = options.scope.program.is_some() || options.scope.project.is_some();
    let mut involved = vec![!scoped; portfolio.people.len()];
    if scoped {
        for (pi, project) in portfolio.projects.iter().enumerate() {
            if !in_scope[pi] {
                continue;
            }
            let ids = project.team.iter().map(|m| &m.person.value).chain(
                project
                    .tasks
                    .iter()
                    .filter_map(|t| t.owner.as_ref().map(|o| &o.value)),
            );
            for id in ids {
                if let Some(i) = crate::analysis::placement::person_index(portfolio, id) {
                    involved[i as usize] = true;
                }
            }
        }
    }
    (0..portfolio.people.len() as u32)
        .filter(|&i| involved[i as usize])
        .filter(|&i| {
            let person = &portfolio.people[i as usize];
            options
                .person
                .as_ref()
                .is_none_or(|id| *id == person.id.value)
                && options.role.as_ref().is_none_or(|role| {
                    has_label(person, role)
                        || work.people[i as usize].projects.iter().any(|pl| {
                            team_role(&portfolio.projects[pl.project as usize], &person.id.value)
                                .is_some_and(|r| r == role)
                        })
                })
        })
        .collect()
}

fn has_label(person: &crate::model::Person, label: &str) -> bool {
    person
        .roles
        .iter()
        .chain(&person.skills)
        .any(|r| r.value == label)
}

fn team_role<'a>(project: &'a Project, person: &str) -> Option<&'a str> {
    project
        .team
        .iter()
        .filter(|m| m.person.value == person)
        .find_map(|m| m.role.as_ref().map(|r| r.value.as_str()))
}

/// The role a person's load on a project counts towards: their team role,
/// else the role of one of their tasks there, else their first role.
fn role_of_load<'a>(portfolio: &'a Portfolio, project: &'a Project, person: u32) -> &'a str {
    let who = &portfolio.people[person as usize];
    team_role(project, &who.id.value)
        .or_else(|| {
            project
                .tasks
                .iter()
                .filter(|t| t.owner.as_ref().is_some_and(|o| o.value == who.id.value))
                .find_map(|t| t.role.as_ref().map(|r| r.value.as_str()))
        })
        .or_else(|| who.roles.first().map(|r| r.value.as_str()))
        .unwrap_or(NO_ROLE)
}

/// People by each role and skill they have, and per role and period the
/// people with the most room (for suggestions), computed once.
struct RoleIndex<'a> {
    by_label: BTreeMap<&'a str, Vec<u32>>,
    /// Per label, per period: up to `CANDIDATES + 1` (free hours, person),
    /// most room first, then person id.
    roomiest: BTreeMap<&'a str, Vec<Vec<(f64, u32)>>>,
}

impl<'a> RoleIndex<'a> {
    fn new(portfolio: &'a Portfolio, work: &Workload) -> RoleIndex<'a> {
        let mut by_label: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
        for (i, p) in portfolio.people.iter().enumerate() {
            let labels: BTreeSet<&str> = p
                .roles
                .iter()
                .chain(&p.skills)
                .map(|r| r.value.as_str())
                .collect();
            for l in labels {
                by_label.entry(l).or_default().push(i as u32);
            }
        }
        let keep = CANDIDATES + 1;
        let roomiest = by_label
            .iter()
            .map(|(&label, people)| {
                let mut per = vec![Vec::with_capacity(keep + 1); work.spans.len()];
                for &i in people {
                    let other = &work.people[i as usize];
                    for (k, best) in per.iter_mut().enumerate() {
                        let free = other.capacity[k] - other.load[k];
                        if free < 0.5 {
                            continue;
                        }
                        // People come in id order, so ties keep the lower id.
                        let at = best.partition_point(|&(f, _): &(f64, u32)| f >= free);
                        if at < keep {
                            best.insert(at, (free, i));
                            best.truncate(keep);
                        }
                    }
                }
                (label, per)
            })
            .collect();
        RoleIndex { by_label, roomiest }
    }

    /// The people with a label who have the most room in period `k`.
    fn roomiest(&self, label: &str, k: usize) -> &[(f64, u32)] {
        self.roomiest
            .get(label)
            .and_then(|per| per.get(k))
            .map_or(&[], Vec::as_slice)
    }

    fn people(&self, label: &str) -> &[u32] {
        self.by_label.get(label).map_or(&[], Vec::as_slice)
    }
}

/// A person's task hours on each project, per period: for each of
/// `load.projects`, one list of tasks per window period. Each task visits
/// only the periods it overlaps.
type TasksByPeriod<'a> = Vec<Vec<Vec<TaskHours<'a>>>>;

fn task_hours<'a>(
    portfolio: &'a Portfolio,
    placement: &Placement,
    work: &Workload,
    load: &PersonLoad,
) -> TasksByPeriod<'a> {
    let mine = placement.tasks_of(load.person);
    load.projects
        .iter()
        .map(|pl| {
            let mut per: Vec<Vec<TaskHours>> = vec![Vec::new(); work.spans.len()];
            let lo = mine.partition_point(|t| t.project < pl.project);
            let hi = mine.partition_point(|t| t.project <= pl.project);
            let project = &portfolio.projects[pl.project as usize];
            for t in &mine[lo..hi] {
                let first = work.spans.partition_point(|s| s.end < t.span.start);
                for (k, span) in work.spans.iter().enumerate().skip(first) {
                    if span.start > t.span.end {
                        break;
                    }
                    let h = hours_between(&work.axis, &t.span, span.start, span.end);
                    if h > 0.0 {
                        per[k].push(TaskHours {
                            task: project.tasks[t.task as usize].id.value.as_str(),
                            hours: round2(h),
                        });
                    }
                }
            }
            per
        })
        .collect()
}

fn person_row<'a>(
    portfolio: &'a Portfolio,
    work: &Workload,
    load: &PersonLoad,
    tasks: &TasksByPeriod<'a>,
    overload: f64,
) -> PersonRow<'a> {
    let person = &portfolio.people[load.person as usize];
    let capacity: f64 = load.capacity.iter().sum();
    let total: f64 = load.load.iter().sum();
    let periods = work
        .spans
        .iter()
        .enumerate()
        .map(|(k, span)| PersonPeriod {
            period: span.period,
            capacity: round2(load.capacity[k]),
            load: round2(load.load[k]),
            utilisation: round_opt(load.utilisation(k)),
            over: is_over(load.load[k], load.capacity[k], overload),
            projects: load
                .projects
                .iter()
                .zip(tasks)
                .filter(|(pl, _)| pl.load[k] > 1e-9)
                .map(|(pl, t)| {
                    let project = &portfolio.projects[pl.project as usize];
                    ProjectHours {
                        project: project.id.value.as_str(),
                        program: project.program.value.as_str(),
                        reserved: round2(pl.reserved[k]),
                        tasks: t[k].clone(),
                        hours: round2(pl.load[k]),
                    }
                })
                .collect(),
        })
        .collect();
    PersonRow {
        id: person.id.value.as_str(),
        name: person.name.value.as_str(),
        roles: person.roles.iter().map(|r| r.value.as_str()).collect(),
        skills: person.skills.iter().map(|r| r.value.as_str()).collect(),
        hours_per_day: round2(load.hours_per_day),
        capacity: round2(capacity),
        load: round2(total),
        utilisation: round_opt(utilisation(total, capacity)),
        periods,
    }
}

/// Over the threshold: more load than `overload`% of capacity (any load at
/// all when there is no capacity). A hundredth of an hour is noise.
fn conflicts_of<'a>(
    portfolio: &'a Portfolio,
    work: &Workload,
    roles: &RoleIndex<'a>,
    floats: &Floats<'_>,
    load: &PersonLoad,
    tasks: &TasksByPeriod<'a>,
    overload: f64,
) -> Vec<Conflict<'a>> {
    let person = &portfolio.people[load.person as usize];
    let mut out = Vec::new();
    for (k, span) in work.spans.iter().enumerate() {
        if !is_over(load.load[k], load.capacity[k], overload) {
            continue;
        }
        let over = hours_over(load.load[k], load.capacity[k], overload);
        let mut projects: Vec<(u32, Competing)> = load
            .projects
            .iter()
            .zip(tasks)
            .filter(|(pl, _)| pl.load[k] > 1e-9)
            .map(|(pl, t)| {
                let project = &portfolio.projects[pl.project as usize];
                (
                    pl.project,
                    Competing {
                        project: project.id.value.as_str(),
                        program: project.program.value.as_str(),
                        priority: project.priority_level(),
                        hours: round2(pl.load[k]),
                        reserved: round2(pl.reserved[k]),
                        tasks: t[k].clone(),
                    },
                )
            })
            .collect();
        projects.sort_by(|a, b| (a.1.priority, &a.1.project).cmp(&(b.1.priority, &b.1.project)));
        let resolution = resolve(portfolio, work, roles, floats, load, k, over, &projects);
        out.push(Conflict {
            person: person.id.value.as_str(),
            name: person.name.value.as_str(),
            period: span.period,
            capacity: round2(load.capacity[k]),
            load: round2(load.load[k]),
            utilisation: round_opt(load.utilisation(k)),
            hours_over: round2(over),
            projects: projects.into_iter().map(|(_, c)| c).collect(),
            resolution,
        });
    }
    out
}

/// Total float of tasks, from the plan's schedule network, built on first
/// use: only a conflict needs it.
struct Floats<'a> {
    portfolio: &'a Portfolio,
    schedule: &'a Schedule,
}

impl Floats<'_> {
    fn of(&self, project: usize, task: &str) -> Option<i64> {
        let schedule = self.schedule;
        let p = self.portfolio.projects.get(project)?;
        let i = p.tasks.iter().position(|t| t.id.value == task)?;
        let v = schedule.node(
            NodeKey {
                project,
                item: Item::Task(i),
            },
            p,
        );
        schedule.times.get(v).map(|t| t.total_float)
    }
}

/// The suggestion for one conflict: move the lowest-priority project's
/// tasks out of the period, or hand work to someone with the same role or
/// skill who has room.
#[allow(clippy::too_many_arguments)]
fn resolve<'a>(
    portfolio: &'a Portfolio,
    work: &Workload,
    roles: &RoleIndex<'a>,
    floats: &Floats<'_>,
    load: &PersonLoad,
    k: usize,
    over: f64,
    projects: &[(u32, Competing<'a>)],
) -> Resolution<'a> {
    let span = &work.spans[k];
    // Lowest priority is last; among equals, the later id. Prefer one with
    // tasks in the period, since tasks are what can move.
    let pick = projects
        .iter()
        .rev()
        .find(|(_, c)| !c.tasks.is_empty())
        .or_else(|| projects.last());
    let move_work = pick.map(|(pi, c)| movable_work(portfolio, floats, *pi as usize, c));

    // Who could take it: the role this work needs, matched against roles
    // and skills of everyone else.
    let label =
        pick.map(|(pi, _)| role_of_load(portfolio, &portfolio.projects[*pi as usize], load.person));
    let best: Vec<(f64, u32)> = label
        .filter(|l| *l != NO_ROLE)
        .map(|l| {
            roles
                .roomiest(l, k)
                .iter()
                .filter(|&&(_, i)| i != load.person)
                .take(CANDIDATES)
                .copied()
                .collect()
        })
        .unwrap_or_default();
    let reassign: Vec<Candidate> = best
        .into_iter()
        .map(|(free, i)| Candidate {
            person: portfolio.people[i as usize].id.value.as_str(),
            name: portfolio.people[i as usize].name.value.as_str(),
            matches: label.unwrap_or_default(),
            free_hours: round2(free),
        })
        .collect();

    let relieve = move_work.as_ref().map(|m| relief(m, span.period, over));
    let hand_over = reassign.first().map(|c| HandOver {
        hours: over.min(c.free_hours),
        person: c.person,
        free_hours: c.free_hours,
        matches: c.matches,
    });
    Resolution {
        move_work,
        reassign,
        suggestion: Suggestion { relieve, hand_over },
    }
}

/// The work of project `pi` in the period that could move: its tasks,
/// the one with the most float first, critical ones last.
fn movable_work<'a>(
    portfolio: &'a Portfolio,
    floats: &Floats<'_>,
    pi: usize,
    c: &Competing<'a>,
) -> MoveWork<'a> {
    let project = &portfolio.projects[pi];
    let mut tasks: Vec<MovableTask> = c
        .tasks
        .iter()
        .map(|t| MovableTask {
            task: t.task,
            name: project
                .task(t.task)
                .map(|x| x.name.value.as_str())
                .unwrap_or_default(),
            hours: t.hours,
            float_days: floats.of(pi, t.task),
        })
        .collect();
    tasks.sort_by(|a, b| {
        b.float_days
            .unwrap_or(i64::MIN)
            .cmp(&a.float_days.unwrap_or(i64::MIN))
            .then_with(|| a.task.cmp(b.task))
    });
    MoveWork {
        project: c.project,
        priority: c.priority,
        hours: c.hours,
        tasks,
    }
}

/// Lower the allocation when the project has no task in the period, else
/// move its tasks.
fn relief<'a>(m: &MoveWork<'a>, period: Period, over: f64) -> Relief<'a> {
    if m.tasks.is_empty() {
        return Relief::LowerAllocation {
            project: m.project,
            priority: m.priority,
            period,
            hours: over.min(m.hours),
        };
    }
    let tasks = m
        .tasks
        .iter()
        .map(|t| {
            let slack = match t.float_days {
                Some(f) if f > 0 => Slack::Float(f),
                Some(_) => Slack::Critical,
                None => Slack::Unknown,
            };
            (t.task, slack)
        })
        .collect();
    Relief::MoveTasks {
        project: m.project,
        priority: m.priority,
        period,
        tasks,
    }
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

fn unstaffed<'a>(
    portfolio: &'a Portfolio,
    analysis: &Analysis,
    options: &Options,
    work: &Workload,
    in_scope: &[bool],
    roles: &RoleIndex<'a>,
) -> (Vec<UnstaffedTask<'a>>, Vec<UnstaffedRole<'a>>) {
    let (from, to) = (
        work.spans.first().map_or(work.window.from, |s| s.start),
        work.spans.last().map_or(work.window.to, |s| s.end),
    );
    let mut tasks = Vec::new();
    let mut wanted: BTreeMap<&'a str, BTreeSet<String>> = BTreeMap::new();
    for (pi, project) in portfolio.projects.iter().enumerate() {
        if !in_scope[pi] || project.status.value.is_finished() {
            continue;
        }
        for m in &project.team {
            if let Some(r) = &m.role
                && roles.people(&r.value).is_empty()
            {
                wanted
                    .entry(r.value.as_str())
                    .or_default()
                    .insert(project.id.value.clone());
            }
        }
        for (ti, task) in project.tasks.iter().enumerate() {
            let Some(role) = task.role.as_ref().filter(|_| task.owner.is_none()) else {
                continue;
            };
            if options.role.as_ref().is_some_and(|r| *r != role.value) {
                continue;
            }
            let placed = analysis
                .placement
                .span(&analysis.schedule, pi, ti)
                .and_then(Result::ok);
            let hours = placed.map_or(0.0, |span| hours_between(&work.axis, &span, from, to));
            if roles.people(&role.value).is_empty() {
                wanted
                    .entry(role.value.as_str())
                    .or_default()
                    .insert(format!("{}/{}", project.id.value, task.id.value));
            }
            tasks.push(UnstaffedTask {
                project: project.id.value.as_str(),
                program: project.program.value.as_str(),
                task: task.id.value.as_str(),
                name: task.name.value.as_str(),
                role: role.value.as_str(),
                start: placed
                    .map(|p| p.start)
                    .or(task.start.as_ref().map(|s| s.value)),
                end: placed.map(|p| p.end).or(task.end.as_ref().map(|s| s.value)),
                effort: task.effort.as_ref().map(|e| e.value),
                hours_in_window: round2(hours),
                span: placed,
            });
        }
    }
    let roles = wanted
        .into_iter()
        .filter(|(r, _)| options.role.as_ref().is_none_or(|x| x == r))
        .map(|(role, by)| UnstaffedRole {
            role,
            wanted_by: by.into_iter().collect(),
        })
        .collect();
    (tasks, roles)
}

/// Demand (load attributed to a role, plus unstaffed tasks needing it)
/// against supply (capacity of the people with the role or skill), per
/// period. A person with several roles supplies each of them in full, so
/// supplies of different roles overlap.
fn demand<'a>(
    portfolio: &'a Portfolio,
    options: &Options,
    work: &Workload,
    roles: &RoleIndex<'a>,
    unstaffed: &[UnstaffedTask<'a>],
) -> Vec<RoleDemand<'a>> {
    let n = work.spans.len();
    let mut demand: BTreeMap<&'a str, Vec<f64>> = BTreeMap::new();
    for load in &work.people {
        for pl in &load.projects {
            let project = &portfolio.projects[pl.project as usize];
            if !options.scope.includes_project(project) {
                continue;
            }
            let role = role_of_load(portfolio, project, load.person);
            let row = demand.entry(role).or_insert_with(|| vec![0.0; n]);
            for (d, x) in row.iter_mut().zip(&pl.load) {
                *d += x;
            }
        }
    }
    for u in unstaffed {
        let Some(task) = &u.span else {
            continue;
        };
        let hours: Vec<f64> = work
            .spans
            .iter()
            .map(|span| hours_between(&work.axis, task, span.start, span.end))
            .collect();
        if hours.iter().all(|&h| h == 0.0) {
            continue;
        }
        let row = demand.entry(u.role).or_insert_with(|| vec![0.0; n]);
        for (d, h) in row.iter_mut().zip(hours) {
            *d += h;
        }
    }
    demand
        .into_iter()
        .filter(|(role, _)| options.role.as_ref().is_none_or(|r| r == role))
        .map(|(role, demand)| {
            let people = roles.people(role);
            let mut supply = vec![0.0; n];
            for &i in people {
                for (s, c) in supply.iter_mut().zip(&work.people[i as usize].capacity) {
                    *s += c;
                }
            }
            let periods: Vec<RolePeriod> = work
                .spans
                .iter()
                .enumerate()
                .map(|(k, span)| RolePeriod {
                    period: span.period,
                    demand: round2(demand[k]),
                    supply: round2(supply[k]),
                    gap: round2(demand[k] - supply[k]),
                })
                .collect();
            RoleDemand {
                role,
                people: people.len(),
                demand: round2(demand.iter().sum()),
                supply: round2(supply.iter().sum()),
                short: periods
                    .iter()
                    .filter(|p| p.gap >= 0.01)
                    .map(|p| p.period)
                    .collect(),
                periods,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;

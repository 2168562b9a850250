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
//! BAC = `budget.planned`; AC = `budget.actual`;
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

pub mod tidy;
pub mod view;

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::scope::Scope;
use super::{Meta, round2};
use crate::analysis::Analysis;
use crate::analysis::schedule::{Item, Schedule};
use crate::model::{Date, Key, PlanSettings, Portfolio, Project};

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

/// How % complete was weighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Weighting {
    Effort,
    Duration,
    /// No tasks: the share of milestones reached.
    Milestones,
    /// Nothing to measure.
    None,
}

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

/// Earned value in the budget's currency.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct EarnedValue {
    pub bac: f64,
    pub pv: f64,
    pub ev: f64,
    pub ac: Option<f64>,
    pub sv: f64,
    pub cv: Option<f64>,
    pub spi: Option<f64>,
    pub cpi: Option<f64>,
    pub eac: Option<f64>,
    pub etc: Option<f64>,
    pub vac: Option<f64>,
    /// BAC, PV, EV unrounded, for roll-ups.
    #[serde(skip)]
    raw: (f64, f64, f64),
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
    /// The cost half of the status: CPI.
    pub cost_rag: Option<Rag>,
    /// Why the status is not green.
    pub reasons: Vec<String>,
    pub percent_complete: Option<f64>,
    pub planned_percent: Option<f64>,
    pub weighting: Weighting,
    pub start: Option<Date>,
    /// Planned (early) finish.
    pub finish: Option<Date>,
    pub projected_finish: Option<Date>,
    /// Baseline end, else the project's `end`.
    pub baseline_finish: Date,
    pub slip_days: Option<i64>,
    pub earned_value: Option<EarnedValue>,
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
    pub reasons: Vec<String>,
    pub percent_complete: Option<f64>,
    pub planned_percent: Option<f64>,
    pub weighting: Weighting,
    pub start: Option<Date>,
    pub finish: Option<Date>,
    pub projected_finish: Option<Date>,
    /// The latest baseline finish of its projects.
    pub baseline_finish: Option<Date>,
    pub slip_days: Option<i64>,
    pub earned_value: Option<EarnedValue>,
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
}

/// Per task: weight by effort, weight by duration, progress and planned
/// share, all in 0..=1.
struct TaskShare {
    effort: Option<f64>,
    duration: f64,
    done: f64,
    planned: f64,
}

/// Weighted % complete and planned % of a set of tasks; milestones (reached,
/// due by as-of, total) when there are no tasks.
fn percent(
    tasks: &[TaskShare],
    milestones: (usize, usize, usize),
) -> (Option<f64>, Option<f64>, Weighting) {
    if tasks.is_empty() {
        let (reached, due, total) = milestones;
        if total == 0 {
            return (None, None, Weighting::None);
        }
        let t = total as f64;
        return (
            Some(100.0 * reached as f64 / t),
            Some(100.0 * due as f64 / t),
            Weighting::Milestones,
        );
    }
    let by_effort = tasks.iter().all(|t| t.effort.is_some_and(|e| e > 0.0));
    let weight = |t: &TaskShare| {
        if by_effort {
            t.effort.unwrap_or(0.0)
        } else {
            t.duration
        }
    };
    let mut total: f64 = tasks.iter().map(weight).sum();
    let equal = total <= 0.0;
    if equal {
        total = tasks.len() as f64;
    }
    let w = |t: &TaskShare| if equal { 1.0 } else { weight(t) };
    let done: f64 = tasks.iter().map(|t| w(t) * t.done).sum();
    let planned: f64 = tasks.iter().map(|t| w(t) * t.planned).sum();
    let mode = if by_effort {
        Weighting::Effort
    } else {
        Weighting::Duration
    };
    (
        Some(100.0 * done / total),
        Some(100.0 * planned / total),
        mode,
    )
}

fn ratio(a: f64, b: Option<f64>) -> Option<f64> {
    match b {
        Some(b) if b != 0.0 && b.is_finite() && a.is_finite() => Some(a / b),
        _ => None,
    }
}

/// Earned value from BAC, the two percentages and AC (see the module doc).
pub fn earned_value(
    bac: f64,
    percent_complete: f64,
    planned_percent: f64,
    ac: Option<f64>,
) -> EarnedValue {
    let pv = bac * planned_percent / 100.0;
    let ev = bac * percent_complete / 100.0;
    from_sums(bac, pv, ev, ac)
}

fn from_sums(bac: f64, pv: f64, ev: f64, ac: Option<f64>) -> EarnedValue {
    let spi = ratio(ev, Some(pv));
    let cpi = ratio(ev, ac);
    let eac = cpi.and_then(|c| ratio(bac, Some(c)));
    EarnedValue {
        bac: round2(bac),
        pv: round2(pv),
        ev: round2(ev),
        ac: ac.map(round2),
        sv: round2(ev - pv),
        cv: ac.map(|a| round2(ev - a)),
        spi: spi.map(round2),
        cpi: cpi.map(round2),
        eac: eac.map(round2),
        etc: eac.zip(ac).map(|(e, a)| round2(e - a)),
        vac: eac.map(|e| round2(bac - e)),
        raw: (bac, pv, ev),
    }
}

/// A status and its two halves: schedule (SPI, slip, overdue milestones,
/// cycles) and cost (CPI); the status is the worse of the two.
#[derive(Clone, Debug)]
pub struct Rating {
    pub rag: Rag,
    pub schedule: Rag,
    pub cost: Rag,
    /// Why it is not green, red reasons first.
    pub reasons: Vec<String>,
}

/// Sorts reasons into red and amber lists.
struct Reasons {
    red: Vec<String>,
    amber: Vec<String>,
}

impl Reasons {
    fn level(&self) -> Rag {
        if !self.red.is_empty() {
            Rag::Red
        } else if !self.amber.is_empty() {
            Rag::Amber
        } else {
            Rag::Green
        }
    }
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
                    id: g.id.clone(),
                    name: g.name.clone(),
                    rag: g.rag,
                    reasons: g.reasons.clone(),
                    percent_complete: g.percent_complete,
                    planned_percent: g.planned_percent,
                    weighting: g.weighting,
                    start: g.start,
                    finish: g.finish,
                    projected_finish: g.projected_finish,
                    baseline_finish: g.baseline_finish,
                    slip_days: g.slip_days,
                    earned_value: g.earned_value.clone(),
                    next_milestone: g.next_milestone.clone(),
                    critical_path: g.critical_path.clone(),
                    projects,
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
        }
    }
}

/// Earned value of a whole plan report, summed over its programs (the same
/// roll-up as a program's: ratios of sums, not means of ratios).
pub fn total_earned_value(report: &PlanReport) -> Option<EarnedValue> {
    let evs: Vec<&EarnedValue> = report
        .programs
        .iter()
        .filter_map(|p| p.earned_value.as_ref())
        .collect();
    if evs.is_empty() {
        return None;
    }
    let bac: f64 = evs.iter().map(|e| e.raw.0).sum();
    let pv: f64 = evs.iter().map(|e| e.raw.1).sum();
    let ev: f64 = evs.iter().map(|e| e.raw.2).sum();
    let ac = evs.iter().filter_map(|e| e.ac).reduce(|a, b| a + b);
    Some(from_sums(bac, pv, ev, ac))
}

/// The status rule on earned value, slip and overdue milestones (module doc).
pub fn rate(
    s: &PlanSettings,
    ev: Option<&EarnedValue>,
    slip: Option<i64>,
    overdue_milestones: u32,
    in_cycle: bool,
) -> Rating {
    let mut schedule = Reasons {
        red: Vec::new(),
        amber: Vec::new(),
    };
    let mut cost = Reasons {
        red: Vec::new(),
        amber: Vec::new(),
    };
    if let Some(spi) = ev.and_then(|e| e.spi) {
        if spi < s.red_spi {
            schedule
                .red
                .push(format!("SPI {spi:.2} < {:.2}", s.red_spi));
        } else if spi < s.amber_spi {
            schedule
                .amber
                .push(format!("SPI {spi:.2} < {:.2}", s.amber_spi));
        }
    }
    if let Some(cpi) = ev.and_then(|e| e.cpi) {
        if cpi < s.red_cpi {
            cost.red.push(format!("CPI {cpi:.2} < {:.2}", s.red_cpi));
        } else if cpi < s.amber_cpi {
            cost.amber
                .push(format!("CPI {cpi:.2} < {:.2}", s.amber_cpi));
        }
    }
    if let Some(slip) = slip {
        if slip >= s.red_slip_days {
            schedule
                .red
                .push(format!("slip {slip} d >= {} d", s.red_slip_days));
        } else if slip >= s.amber_slip_days {
            schedule
                .amber
                .push(format!("slip {slip} d >= {} d", s.amber_slip_days));
        }
    }
    if s.red_overdue_milestones > 0 && overdue_milestones >= s.red_overdue_milestones {
        schedule
            .red
            .push(format!("{overdue_milestones} overdue milestones"));
    } else if overdue_milestones > 0 {
        schedule.amber.push(format!(
            "{overdue_milestones} overdue milestone{}",
            if overdue_milestones == 1 { "" } else { "s" }
        ));
    }
    if in_cycle {
        schedule.amber.push("dependency cycle".into());
    }
    let (schedule_rag, cost_rag) = (schedule.level(), cost.level());
    // Red reasons first, then amber, each in rule order: SPI, CPI, slip,
    // overdue milestones, cycle.
    let spi_first = |v: &mut Vec<String>, c: Vec<String>| {
        let at = v.iter().take_while(|r| r.starts_with("SPI")).count();
        v.splice(at..at, c);
    };
    let mut red = schedule.red;
    spi_first(&mut red, cost.red);
    let mut amber = schedule.amber;
    spi_first(&mut amber, cost.amber);
    let rag = schedule_rag.max(cost_rag);
    if rag == Rag::Red {
        red.extend(amber);
    } else {
        red = amber;
    }
    Rating {
        rag,
        schedule: schedule_rag,
        cost: cost_rag,
        reasons: if rag == Rag::Green { Vec::new() } else { red },
    }
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
    /// End of the as-of day, as a point.
    as_of_point: i64,
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
            as_of_point,
            project_ix,
        }
    }
}

/// Computes the plan report from the run's analysis (its schedule
/// network), so that every report of a run reads one schedule.
pub fn compute(portfolio: &Portfolio, analysis: &Analysis, options: &Options) -> PlanReport {
    let ctx = Context::new(portfolio, analysis);
    let settings = &portfolio.settings;

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
            program_plan(&ctx, options, program, &projects)
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

/// What a project's tasks add to the weighted percentages.
fn shares(ctx: &Context, p: usize) -> (Vec<TaskShare>, (usize, usize, usize)) {
    let s = &ctx.schedule;
    let ix = &s.index;
    let project = &ctx.portfolio.projects[p];
    let tasks = project
        .tasks
        .iter()
        .enumerate()
        .map(|(i, task)| {
            let t = &s.times[s.first[p] + i];
            let (start, finish) = match task
                .baseline
                .as_ref()
                .and_then(|b| b.start.as_ref().zip(b.end.as_ref()))
            {
                Some((bs, be)) => (ix.ord(bs.value), ix.ord_end(be.value)),
                None => (t.early_start, t.early_finish),
            };
            let planned = if finish <= start {
                if ctx.as_of_point >= finish { 1.0 } else { 0.0 }
            } else {
                ((ctx.as_of_point - start) as f64 / (finish - start) as f64).clamp(0.0, 1.0)
            };
            TaskShare {
                effort: task
                    .effort
                    .as_ref()
                    .map(|e| e.value)
                    .filter(|e| e.is_finite()),
                duration: t.duration as f64,
                done: project_progress(task.progress_percent()),
                planned,
            }
        })
        .collect();
    let as_of = ix.finish_date(ctx.as_of_point);
    let reached = project.milestones.iter().filter(|m| m.is_done()).count();
    let due = project
        .milestones
        .iter()
        .filter(|m| m.due.value <= as_of)
        .count();
    (tasks, (reached, due, project.milestones.len()))
}

fn in_window(options: &Options, start: Date, finish: Date) -> bool {
    options.from.is_none_or(|f| finish >= f) && options.to.is_none_or(|t| start <= t)
}

fn project_plan(ctx: &Context, options: &Options, p: usize) -> ProjectPlan {
    let s = &ctx.schedule;
    let ix = &s.index;
    let portfolio = ctx.portfolio;
    let project: &Project = &portfolio.projects[p];
    let plan = &portfolio.settings.plan;
    let as_of = options.as_of;
    let soon = as_of.add_days(i64::from(plan.due_soon_days));
    let nodes = s.nodes_of(p);
    let mut counts = Counts::default();
    let mut items = Vec::with_capacity(nodes.len());
    let mut next: Option<NextMilestone> = None;
    let mut in_cycle = false;
    for v in nodes.clone() {
        let t = &s.times[v];
        in_cycle |= t.in_cycle;
        let (early_start, early_finish) = s.days(t.early_start, t.early_finish, t.at_day_start);
        let (projected_start, projected_finish) =
            s.days(ctx.pstart[v], ctx.pfinish[v], ctx.pday_start[v]);
        let (kind, id, name, owner, progress, due, baseline, done_on, done) = match s.keys[v].item {
            Item::Task(i) => {
                let task = &project.tasks[i];
                let progress = task.progress_percent();
                (
                    Kind::Task,
                    &task.id.value,
                    &task.name.value,
                    task.owner.as_ref().map(|o| o.value.clone()),
                    progress,
                    task.end.as_ref().map_or(early_finish, |e| e.value),
                    task.baseline
                        .as_ref()
                        .and_then(|b| b.end.as_ref())
                        .map(|e| e.value),
                    None,
                    progress >= 100.0,
                )
            }
            Item::Milestone(i) => {
                let m = &project.milestones[i];
                let done = m.is_done();
                (
                    Kind::Milestone,
                    &m.id.value,
                    &m.name.value,
                    None,
                    if done { 100.0 } else { 0.0 },
                    m.due.value,
                    m.baseline.as_ref().map(|b| b.value),
                    m.done_on.as_ref().map(|d| d.value),
                    done,
                )
            }
        };
        let state = if done {
            if done_on.is_some_and(|d| d > due) {
                State::DoneLate
            } else {
                State::Done
            }
        } else if due < as_of {
            State::Overdue
        } else if due <= soon {
            State::DueSoon
        } else if progress > 0.0 {
            State::InProgress
        } else {
            State::Open
        };
        match (state, kind) {
            (State::Overdue, Kind::Task) => counts.overdue_tasks += 1,
            (State::Overdue, Kind::Milestone) => counts.overdue_milestones += 1,
            (State::DueSoon, _) => counts.due_soon += 1,
            (State::DoneLate, _) => counts.done_late += 1,
            _ => {}
        }
        if kind == Kind::Milestone && !done {
            let better = next
                .as_ref()
                .is_none_or(|n| (due, id.as_str()) < (n.due, n.id.as_str()));
            if better {
                next = Some(NextMilestone {
                    project: project.id.value.clone(),
                    id: id.clone(),
                    name: name.clone(),
                    due,
                    projected: projected_finish,
                });
            }
        }
        let shown_start = early_start.min(projected_start);
        let shown_finish = early_finish.max(projected_finish).max(due);
        if !in_window(options, shown_start, shown_finish) {
            continue;
        }
        items.push(PlanItem {
            kind,
            id: id.clone(),
            name: name.clone(),
            owner,
            duration: t.duration,
            progress: round2(if progress.is_finite() {
                progress.clamp(0.0, 100.0)
            } else {
                0.0
            }),
            early_start,
            early_finish,
            late_start: ix.start_date(t.late_start, t.duration),
            late_finish: ix.finish_date(t.late_finish),
            total_float: t.total_float,
            free_float: t.free_float,
            critical: t.critical,
            program_critical: t.program_critical,
            due,
            projected_start,
            projected_finish,
            baseline_finish: baseline,
            slip_days: baseline.map(|b| b.days_until(projected_finish)),
            done_on,
            state,
            in_cycle: t.in_cycle,
        });
    }

    let mut critical: Vec<usize> = nodes.clone().filter(|&v| s.times[v].critical).collect();
    critical.sort_by_key(|&v| (s.times[v].early_start, s.times[v].early_finish, v));
    let critical_path = critical.iter().map(|&v| item_ref(ctx, v).id).collect();

    let (tasks, milestones) = shares(ctx, p);
    let (percent_complete, planned_percent, weighting) = percent(&tasks, milestones);
    let start = nodes
        .clone()
        .map(|v| {
            let t = &s.times[v];
            s.days(t.early_start, t.early_finish, t.at_day_start).0
        })
        .min();
    let finish = s.project_finish[p].map(|f| ix.finish_date(f));
    let projected_finish = nodes
        .clone()
        .map(|v| ctx.pfinish[v])
        .max()
        .map(|f| ix.finish_date(f));
    let baseline_finish = project
        .baseline
        .as_ref()
        .and_then(|b| b.end.as_ref())
        .map_or(project.end.value, |e| e.value);
    let slip_days = projected_finish.map(|f| baseline_finish.days_until(f));
    let earned_value = project.budget.as_ref().and_then(|b| {
        let (done, planned) = (percent_complete?, planned_percent?);
        Some(earned_value(
            b.planned.value,
            done,
            planned,
            b.actual.as_ref().map(|a| a.value),
        ))
    });
    let rating = (!project.status.value.is_finished()).then(|| {
        rate(
            plan,
            earned_value.as_ref(),
            slip_days,
            counts.overdue_milestones,
            in_cycle,
        )
    });
    let rag = rating.as_ref().map(|r| r.rag);
    let schedule_rag = rating.as_ref().map(|r| r.schedule);
    let cost_rag = rating.as_ref().map(|r| r.cost);
    let reasons = rating.map(|r| r.reasons).unwrap_or_default();
    let needs = project
        .dependencies
        .iter()
        .map(|d| {
            let projected = ctx.project_ix.get(d.project.value.as_str()).and_then(|&q| {
                let other = &portfolio.projects[q];
                let i = other
                    .milestones
                    .iter()
                    .position(|m| m.id.value == d.milestone.value)?;
                let v = s.first[q] + other.tasks.len() + i;
                Some(s.days(ctx.pstart[v], ctx.pfinish[v], ctx.pday_start[v]).1)
            });
            Need {
                project: d.project.value.clone(),
                milestone: d.milestone.value.clone(),
                needed_by: d.needed_by.value,
                projected,
                late: projected.is_some_and(|x| x > d.needed_by.value),
            }
        })
        .collect();
    ProjectPlan {
        id: project.id.value.clone(),
        name: project.name.value.clone(),
        program: project.program.value.clone(),
        status: project.status.value.key(),
        rag,
        schedule_rag,
        cost_rag,
        reasons,
        percent_complete: percent_complete.map(round2),
        planned_percent: planned_percent.map(round2),
        weighting,
        start,
        finish,
        projected_finish,
        baseline_finish,
        slip_days,
        earned_value,
        next_milestone: next,
        counts,
        critical_path,
        needs,
        items,
    }
}

fn program_plan(ctx: &Context, options: &Options, program: &str, members: &[usize]) -> ProgramPlan {
    let portfolio = ctx.portfolio;
    let s = &ctx.schedule;
    let projects: Vec<ProjectPlan> = members
        .iter()
        .map(|&p| project_plan(ctx, options, p))
        .collect();

    let mut tasks = Vec::new();
    let mut milestones = (0, 0, 0);
    for &p in members {
        let (t, m) = shares(ctx, p);
        tasks.extend(t);
        milestones = (milestones.0 + m.0, milestones.1 + m.1, milestones.2 + m.2);
    }
    let (percent_complete, planned_percent, weighting) = percent(&tasks, milestones);

    // Earned value: sums over the projects that have it.
    let evs: Vec<(&EarnedValue, Option<f64>)> = members
        .iter()
        .zip(&projects)
        .filter_map(|(&p, plan)| {
            let ev = plan.earned_value.as_ref()?;
            let budget = portfolio.projects[p].budget.as_ref()?;
            Some((ev, budget.actual.as_ref().map(|a| a.value)))
        })
        .collect();
    let earned_value = (!evs.is_empty()).then(|| {
        let bac: f64 = evs.iter().map(|(e, _)| e.raw.0).sum();
        let pv: f64 = evs.iter().map(|(e, _)| e.raw.1).sum();
        let ev: f64 = evs.iter().map(|(e, _)| e.raw.2).sum();
        let ac = evs.iter().filter_map(|(_, a)| *a).reduce(|a, b| a + b);
        from_sums(bac, pv, ev, ac)
    });

    let own = rate(
        &portfolio.settings.plan,
        earned_value.as_ref(),
        None,
        0,
        false,
    );
    let mut reasons = own.reasons;
    let mut rag = earned_value.as_ref().map(|_| own.rag);
    for plan in &projects {
        if let Some(r) = plan.rag {
            if r > Rag::Green {
                reasons.push(format!("{} is {}", plan.id, r.key()));
            }
            rag = Some(rag.map_or(r, |x| x.max(r)));
        }
    }
    let has_rated = projects.iter().any(|p| p.rag.is_some());
    if !has_rated && earned_value.is_none() {
        rag = None;
    }

    let start = projects.iter().filter_map(|p| p.start).min();
    let finish = projects.iter().filter_map(|p| p.finish).max();
    let projected_finish = projects.iter().filter_map(|p| p.projected_finish).max();
    let baseline_finish = projects.iter().map(|p| p.baseline_finish).max();
    let slip_days = projected_finish
        .zip(baseline_finish)
        .map(|(f, b)| b.days_until(f));
    let next_milestone = projects
        .iter()
        .filter_map(|p| p.next_milestone.as_ref())
        .min_by(|a, b| (a.due, &a.project, &a.id).cmp(&(b.due, &b.project, &b.id)))
        .cloned();

    let mut critical: Vec<usize> = members
        .iter()
        .flat_map(|&p| s.nodes_of(p))
        .filter(|&v| s.times[v].program_critical)
        .collect();
    critical.sort_by_key(|&v| (s.times[v].early_start, s.times[v].early_finish, v));
    let critical_path = critical.iter().map(|&v| item_ref(ctx, v)).collect();

    ProgramPlan {
        id: program.to_string(),
        name: portfolio
            .program(program)
            .map_or_else(|| program.to_string(), |p| p.name.value.clone()),
        rag,
        reasons,
        percent_complete: percent_complete.map(round2),
        planned_percent: planned_percent.map(round2),
        weighting,
        start,
        finish,
        projected_finish,
        baseline_finish,
        slip_days,
        earned_value,
        next_milestone,
        critical_path,
        projects,
    }
}

#[cfg(test)]
mod tests;

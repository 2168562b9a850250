//! Time-phased cost: earned value as PMBOK defines it, actual cost from the
//! ledger, and the burn of service contracts against their run-rate, per
//! project on one as-of date. A pure function of the portfolio, the
//! schedule and the date; reports read its figures and only round them.
//! docs/reports.md ("Cost") states every formula; in short:
//!
//! - A task's weight is its planned cost (effort x its owner's
//!   `cost_rate`) when every task of the project has both, else its effort
//!   when every task has one, else its duration in working days (the
//!   baseline's when it has one, else the scheduled one); equal weights if
//!   they sum to 0. % complete = sum(weight x progress) / sum(weight).
//! - PV comes from the baseline only: planned % = sum(weight x elapsed) /
//!   sum(weight), where a task's elapsed share is that of its baseline's
//!   working days, or of the project's baseline (start, else `start`, to
//!   end) for a task without one. A task with neither: no PV, no SPI for
//!   the project. PV = BAC x planned %.
//! - BAC is `budget.baseline` (the budget approved at baseline, stated or
//!   taken from the baseline revision) when known, else `budget.planned`.
//! - EV = BAC x % complete; AC = the ledger up to as-of (a period ended on
//!   or before as-of in full, the period holding as-of by its working days
//!   elapsed), else the undated `budget.actual`, else unknown.
//! - Service: months elapsed = sum over calendar months of the contract's
//!   working days in the month up to as-of / the month's working days;
//!   planned burn = run-rate x months elapsed; burn % = AC / planned burn.

use chrono::Datelike;
use serde::Serialize;

use super::days::WorkIndex;
use super::schedule::Schedule;
use crate::model::{Budget, Date, EacMethod, Nature, Portfolio, Project, Spend, Work};

/// How % complete was weighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Weighting {
    /// Planned cost: effort x the owner's cost rate.
    Cost,
    Effort,
    Duration,
    /// No tasks: the share of milestones reached.
    Milestones,
    /// A program: sum of EV / sum of BAC of its projects with a budget.
    Budget,
    /// A program with no budgeted project: the mean of its projects'.
    Projects,
    /// Nothing to measure.
    None,
}

/// Where the planned value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PvBasis {
    /// The tasks' baseline dates.
    Tasks,
    /// The project's baseline dates, spread evenly over its working days.
    Project,
    /// No baseline: no PV and no SPI.
    None,
}

/// Where the actual cost comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AcBasis {
    /// The ledger (`actuals`) up to as-of.
    Ledger,
    /// `budget.actual`: spent to date, undated.
    Undated,
    /// Neither: AC unknown, left out of CPI.
    Unknown,
}

/// Where the budget at completion (BAC) comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum BacBasis {
    /// `budget.baseline`: the budget approved at baseline, stated or taken
    /// from the baseline revision.
    Baseline,
    /// `budget.planned`: no baseline budget is known.
    Current,
}

/// The budget earned value measures against: BAC, where it comes from,
/// and the change of the current budget from it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bac {
    pub value: f64,
    pub basis: BacBasis,
    /// `budget.planned` − `budget.baseline` when both are known and differ.
    pub change: Option<f64>,
}

impl Bac {
    /// The baseline budget when known, else the current one.
    pub fn of(budget: &Budget) -> Bac {
        let current = budget.planned.value;
        match budget.baseline.as_ref().map(|b| b.value) {
            Some(base) => Bac {
                value: base,
                basis: BacBasis::Baseline,
                change: (current != base).then_some(current - base),
            },
            None => Bac {
                value: current,
                basis: BacBasis::Current,
                change: None,
            },
        }
    }
}

/// The three estimates at completion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Eac {
    /// BAC / CPI.
    pub cpi: Option<f64>,
    /// AC + (BAC - EV).
    pub budget_rate: Option<f64>,
    /// AC + (BAC - EV) / (CPI x SPI).
    pub cpi_spi: Option<f64>,
}

impl Eac {
    pub fn get(&self, method: EacMethod) -> Option<f64> {
        match method {
            EacMethod::Cpi => self.cpi,
            EacMethod::BudgetRate => self.budget_rate,
            EacMethod::CpiSpi => self.cpi_spi,
        }
    }
}

/// Earned-value sums, unrounded: one project's, or a roll-up's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    pub bac: f64,
    pub ev: f64,
    /// Sum of PV over the projects with a baseline.
    pub pv: Option<f64>,
    /// Sum of AC over the projects with a known AC.
    pub ac: Option<f64>,
    /// BAC and EV of the projects with a PV (SPI's and planned %'s base).
    pub bac_pv: f64,
    pub ev_pv: f64,
    /// EV and BAC of the projects with an AC (CPI's base).
    pub ev_ac: f64,
    pub bac_ac: f64,
    /// Sum per variant; a project whose variant is unknown counts at BAC.
    pub eac: Eac,
    /// Projects summed, and those without PV or AC among them.
    pub projects: u32,
    pub no_pv: u32,
    pub no_ac: u32,
}

fn ratio(a: f64, b: f64) -> Option<f64> {
    (b != 0.0 && a.is_finite() && b.is_finite()).then(|| a / b)
}

impl Figures {
    /// One project's figures from BAC, % complete, planned % and AC.
    pub fn project(bac: f64, done: f64, planned: Option<f64>, ac: Option<f64>) -> Figures {
        let ev = bac * done / 100.0;
        let pv = planned.map(|p| bac * p / 100.0);
        let has_pv = pv.is_some();
        let has_ac = ac.is_some();
        let mut f = Figures {
            bac,
            ev,
            pv,
            ac,
            bac_pv: if has_pv { bac } else { 0.0 },
            ev_pv: if has_pv { ev } else { 0.0 },
            ev_ac: if has_ac { ev } else { 0.0 },
            bac_ac: if has_ac { bac } else { 0.0 },
            eac: Eac::default(),
            projects: 1,
            no_pv: u32::from(!has_pv),
            no_ac: u32::from(!has_ac),
        };
        let (cpi, spi) = (f.cpi(), f.spi());
        f.eac = Eac {
            cpi: cpi.and_then(|c| ratio(bac, c)),
            budget_rate: ac.map(|a| a + bac - ev),
            cpi_spi: ac
                .zip(cpi.zip(spi))
                .and_then(|(a, (c, s))| ratio(bac - ev, c * s).map(|r| a + r)),
        };
        f
    }

    /// Adds another project's (or roll-up's) figures: ratios of sums.
    pub fn add(&mut self, o: &Figures) {
        let sum = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(x), Some(y)) => Some(x + y),
            (x, None) => x,
            (None, y) => y,
        };
        // An unknown variant counts at the budget (docs/reports.md).
        let eac = |a: Option<f64>, a_bac: f64, b: Option<f64>, b_bac: f64| {
            let left = if self.projects == 0 {
                0.0
            } else {
                a.unwrap_or(a_bac)
            };
            Some(left + b.unwrap_or(b_bac))
        };
        let (sb, ob) = (self.bac, o.bac);
        self.eac = Eac {
            cpi: eac(self.eac.cpi, sb, o.eac.cpi, ob),
            budget_rate: eac(self.eac.budget_rate, sb, o.eac.budget_rate, ob),
            cpi_spi: eac(self.eac.cpi_spi, sb, o.eac.cpi_spi, ob),
        };
        self.bac += o.bac;
        self.ev += o.ev;
        self.pv = sum(self.pv, o.pv);
        self.ac = sum(self.ac, o.ac);
        self.bac_pv += o.bac_pv;
        self.ev_pv += o.ev_pv;
        self.ev_ac += o.ev_ac;
        self.bac_ac += o.bac_ac;
        self.projects += o.projects;
        self.no_pv += o.no_pv;
        self.no_ac += o.no_ac;
    }

    /// EV / PV over the projects with a PV.
    pub fn spi(&self) -> Option<f64> {
        self.pv.and_then(|pv| ratio(self.ev_pv, pv))
    }
    /// EV / AC over the projects with an AC.
    pub fn cpi(&self) -> Option<f64> {
        self.ac.and_then(|ac| ratio(self.ev_ac, ac))
    }
    /// EV / BAC, in percent.
    pub fn percent_complete(&self) -> Option<f64> {
        ratio(100.0 * self.ev, self.bac)
    }
    /// PV / BAC over the projects with a PV, in percent.
    pub fn planned_percent(&self) -> Option<f64> {
        self.pv.and_then(|pv| ratio(100.0 * pv, self.bac_pv))
    }
    /// The forecast of `method`.
    pub fn eac(&self, method: EacMethod) -> Option<f64> {
        self.eac.get(method)
    }
}

/// A service contract's spend against its run-rate, unrounded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Burn {
    /// Budgeted cost per month (summed in a roll-up).
    pub run_rate: f64,
    /// Months of service elapsed on as-of (see the module doc).
    pub months: f64,
    /// run-rate x months: what the service was budgeted to cost so far.
    pub planned: f64,
    /// Spent on the service so far; None when unknown.
    pub actual: Option<f64>,
    /// Planned burn of the services with a known actual (burn %'s base).
    pub planned_known: f64,
    pub basis: Option<AcBasis>,
}

impl Burn {
    /// Actual over planned burn, in percent.
    pub fn percent(&self) -> Option<f64> {
        self.actual
            .and_then(|a| ratio(100.0 * a, self.planned_known))
    }
    pub fn add(&mut self, o: &Burn) {
        self.run_rate += o.run_rate;
        self.months = self.months.max(o.months);
        self.planned += o.planned;
        self.planned_known += o.planned_known;
        self.actual = match (self.actual, o.actual) {
            (Some(a), Some(b)) => Some(a + b),
            (a, None) => a,
            (None, b) => b,
        };
        self.basis = None;
    }
}

/// One project's cost picture on the as-of date.
#[derive(Clone, Debug)]
pub struct ProjectCost {
    pub nature: Nature,
    pub weighting: Weighting,
    /// Weighted progress, 0 to 100; None when there is nothing to measure.
    pub percent_complete: Option<f64>,
    /// Planned % from the baseline; None without one.
    pub planned_percent: Option<f64>,
    pub pv_basis: PvBasis,
    pub ac_basis: AcBasis,
    /// Earned value of the delivery work (projects with a budget and a
    /// delivery part).
    pub figures: Option<Figures>,
    /// The budget the figures measure against (projects with a budget).
    pub bac: Option<Bac>,
    /// Burn of the service contract (projects with a service part and a
    /// `service.run_rate`).
    pub burn: Option<Burn>,
    /// A ledger and a `budget.actual` both given: the ledger wins.
    pub both_actuals: bool,
}

/// The cost picture of every project, indexed like `Portfolio::projects`.
#[derive(Clone, Debug)]
pub struct Costs {
    pub as_of: Date,
    pub projects: Vec<ProjectCost>,
}

/// Computes the cost picture of the portfolio on `as_of`.
pub fn build(
    portfolio: &Portfolio,
    schedule: &Schedule,
    calendar: &WorkIndex,
    as_of: Date,
) -> Costs {
    let projects = portfolio
        .projects
        .iter()
        .enumerate()
        .map(|(p, project)| project_cost(portfolio, schedule, calendar, as_of, p, project))
        .collect();
    Costs { as_of, projects }
}

fn project_cost(
    portfolio: &Portfolio,
    schedule: &Schedule,
    calendar: &WorkIndex,
    as_of: Date,
    p: usize,
    project: &Project,
) -> ProjectCost {
    let nature = project.nature();
    let (weighting, percent_complete, planned_percent, pv_basis) =
        progress(portfolio, schedule, calendar, as_of, p, project);
    let delivery_ac = actual(project, Work::Delivery, calendar, as_of);
    let bac = project.budget.as_ref().map(Bac::of);
    let figures = bac.filter(|_| nature.has_delivery()).and_then(|b| {
        let done = percent_complete?;
        Some(Figures::project(
            b.value,
            done,
            planned_percent,
            delivery_ac.0,
        ))
    });
    let burn = project
        .service
        .as_ref()
        .filter(|_| nature.has_service())
        .map(|s| {
            let months = months_elapsed(project, calendar, as_of);
            let (actual, basis) = actual(project, Work::Service, calendar, as_of);
            let planned = s.run_rate.value * months;
            Burn {
                run_rate: s.run_rate.value,
                months,
                planned,
                actual,
                planned_known: if actual.is_some() { planned } else { 0.0 },
                basis: Some(basis),
            }
        });
    ProjectCost {
        nature,
        weighting,
        percent_complete,
        planned_percent,
        pv_basis,
        ac_basis: delivery_ac.1,
        figures,
        bac,
        burn,
        both_actuals: !project.actuals.is_empty()
            && project.budget.as_ref().is_some_and(|b| b.actual.is_some()),
    }
}

/// The share of `[from, to]` elapsed by the end of `as_of`, counted in
/// working days; a span with no working day counts once it has ended.
fn elapsed(calendar: &WorkIndex, from: Date, to: Date, as_of: Date) -> f64 {
    let total = calendar.working_days(from, to);
    if total <= 0 {
        return if as_of >= to { 1.0 } else { 0.0 };
    }
    calendar.working_days(from, as_of.min(to)) as f64 / total as f64
}

/// Cost of one ledger line counted by `as_of`.
pub fn counted(spend: &Spend, calendar: &WorkIndex, as_of: Date) -> f64 {
    let (start, end) = (
        Date(spend.period.value.start()),
        Date(spend.period.value.end()),
    );
    spend.cost_value() * elapsed(calendar, start, end, as_of)
}

/// AC of one half of a project: its ledger lines for that half up to
/// as-of, else (no ledger at all) the undated `budget.actual`, else unknown.
fn actual(
    project: &Project,
    work: Work,
    calendar: &WorkIndex,
    as_of: Date,
) -> (Option<f64>, AcBasis) {
    let nature = project.nature();
    if !project.actuals.is_empty() {
        let sum = project
            .actuals
            .iter()
            .filter(|s| s.work_in(nature) == work)
            .map(|s| counted(s, calendar, as_of))
            .sum();
        return (Some(sum), AcBasis::Ledger);
    }
    // Undated spend cannot be split between the halves of a `both`
    // project: it is the delivery's there, and the service's in a service.
    let undated_here = match nature {
        Nature::Both => work == Work::Delivery,
        _ => true,
    };
    match project.budget.as_ref().and_then(|b| b.actual.as_ref()) {
        Some(a) if undated_here => (Some(a.value), AcBasis::Undated),
        _ => (None, AcBasis::Unknown),
    }
}

/// Months of service elapsed on `as_of`: per calendar month, the working
/// days of the contract (project start to end) in the month up to as-of,
/// over the month's working days.
pub fn months_elapsed(project: &Project, calendar: &WorkIndex, as_of: Date) -> f64 {
    let (start, end) = (project.start.value, project.end.value.min(as_of));
    let mut months = 0.0;
    let mut first = Date::ymd(start.0.year(), start.0.month(), 1);
    while let Some(m) = first {
        if m > end {
            break;
        }
        let next = next_month(m);
        let last = next.map_or(m, |n| n.add_days(-1));
        let days = calendar.working_days(m, last);
        if days > 0 {
            let inside = calendar.working_days(start.max(m), end.min(last));
            months += inside as f64 / days as f64;
        }
        first = next;
    }
    months
}

fn next_month(d: Date) -> Option<Date> {
    let (y, m) = (d.0.year(), d.0.month());
    if m == 12 {
        Date::ymd(y + 1, 1, 1)
    } else {
        Date::ymd(y, m + 1, 1)
    }
}

/// One task's weight inputs: planned cost, effort, duration weight,
/// progress (0..=1) and its baseline's elapsed share (when baselined).
struct Share {
    cost: Option<f64>,
    effort: Option<f64>,
    duration: f64,
    done: f64,
    planned: Option<f64>,
}

fn shares(
    portfolio: &Portfolio,
    schedule: &Schedule,
    calendar: &WorkIndex,
    as_of: Date,
    p: usize,
    project: &Project,
) -> Vec<Share> {
    project
        .tasks
        .iter()
        .enumerate()
        .map(|(i, task)| {
            let baseline = task
                .baseline
                .as_ref()
                .and_then(|b| b.start.as_ref().zip(b.end.as_ref()))
                .map(|(s, e)| (s.value, e.value));
            let effort = task
                .effort
                .as_ref()
                .map(|e| e.value)
                .filter(|e| e.is_finite() && *e > 0.0);
            let rate = task
                .owner
                .as_ref()
                .and_then(|o| portfolio.person(&o.value))
                .and_then(|person| person.cost_rate.as_ref())
                .map(|r| r.value)
                .filter(|r| r.is_finite() && *r > 0.0);
            let duration = match baseline {
                Some((s, e)) => calendar.working_days(s, e) as f64,
                None => schedule.times[schedule.first[p] + i].duration as f64,
            };
            let progress = task.progress_percent();
            Share {
                cost: effort.zip(rate).map(|(e, r)| e * r),
                effort,
                duration,
                done: if progress.is_finite() {
                    (progress / 100.0).clamp(0.0, 1.0)
                } else {
                    0.0
                },
                planned: baseline.map(|(s, e)| elapsed(calendar, s, e, as_of)),
            }
        })
        .collect()
}

/// The elapsed share of the project's baseline (its start, else the
/// project's `start`, to its end) on `as_of`; None without a baseline end.
fn project_elapsed(project: &Project, calendar: &WorkIndex, as_of: Date) -> Option<f64> {
    let baseline = project.baseline.as_ref()?;
    let end = baseline.end.as_ref()?.value;
    let start = baseline
        .start
        .as_ref()
        .map_or(project.start.value, |s| s.value);
    Some(elapsed(calendar, start, end, as_of))
}

/// Weighting, % complete, planned % and the PV basis of a project.
fn progress(
    portfolio: &Portfolio,
    schedule: &Schedule,
    calendar: &WorkIndex,
    as_of: Date,
    p: usize,
    project: &Project,
) -> (Weighting, Option<f64>, Option<f64>, PvBasis) {
    let by_project = project_elapsed(project, calendar, as_of);
    let basis = |planned: Option<f64>, tasks: bool| match (planned, tasks) {
        (None, _) => PvBasis::None,
        (Some(_), true) => PvBasis::Tasks,
        (Some(_), false) => PvBasis::Project,
    };
    if project.tasks.is_empty() {
        let planned = by_project.map(|x| 100.0 * x);
        let total = project.milestones.len();
        if total == 0 {
            return (Weighting::None, None, planned, basis(planned, false));
        }
        let reached = project.milestones.iter().filter(|m| m.is_done()).count();
        let done = 100.0 * reached as f64 / total as f64;
        return (
            Weighting::Milestones,
            Some(done),
            planned,
            basis(planned, false),
        );
    }
    let tasks = shares(portfolio, schedule, calendar, as_of, p, project);
    let (mode, weight): (Weighting, fn(&Share) -> f64) = if tasks.iter().all(|t| t.cost.is_some()) {
        (Weighting::Cost, |t| t.cost.unwrap_or(0.0))
    } else if tasks.iter().all(|t| t.effort.is_some()) {
        (Weighting::Effort, |t| t.effort.unwrap_or(0.0))
    } else {
        (Weighting::Duration, |t| t.duration)
    };
    let equal = tasks.iter().map(weight).sum::<f64>() <= 0.0;
    let w = |t: &Share| if equal { 1.0 } else { weight(t) };
    let total: f64 = tasks.iter().map(w).sum();
    let done = 100.0 * tasks.iter().map(|t| w(t) * t.done).sum::<f64>() / total;
    // A task without a baseline of its own is planned evenly over the
    // project's baseline; with neither, the project has no PV.
    let planned: Option<f64> = tasks
        .iter()
        .map(|t| t.planned.or(by_project).map(|x| w(t) * x))
        .sum();
    let planned = planned.map(|x| 100.0 * x / total);
    let own = tasks.iter().any(|t| t.planned.is_some());
    (mode, Some(done), planned, basis(planned, own))
}

#[cfg(test)]
mod tests;

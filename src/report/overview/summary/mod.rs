//! The executive summary that opens the management page: what a director
//! reads in a minute. Data only, picked from the overview and the four
//! reports it was gathered from; [`view`] puts it into words (en, zh).
//!
//! - **red projects**: open projects with any of the four statuses red,
//!   with the overview's reasons;
//! - **worst slips**: open milestones forecast (or already) past their
//!   due date, and projects forecast past their baseline finish, the
//!   longest slip first;
//! - **risks above tolerance**: the risk report's escalations, highest
//!   score first, with their owners;
//! - **people over capacity** in the resource window, the most periods
//!   over first;
//! - **budget at risk**: projects whose estimate at completion (EAC) is
//!   above their budget (BAC), the largest overrun first;
//! - **decisions asked of management**: open risks whose response
//!   strategy is `escalate` (beyond the project's authority), with the
//!   people the risk report notifies.

pub mod view;

use std::collections::HashMap;

use serde::Serialize;

use super::{OverviewReport, Parts};
use crate::model::{Date, Portfolio, Strategy};
use crate::report::plan::Rag;

/// At most this many items per list; the rest are counted.
pub const TOP: usize = 3;

/// A list of which only the first [`TOP`] items are kept.
#[derive(Clone, Debug, Serialize)]
pub struct Top<T> {
    pub items: Vec<T>,
    /// How many there are in all.
    pub total: usize,
}

impl<T> Top<T> {
    fn of(mut all: Vec<T>) -> Top<T> {
        let total = all.len();
        all.truncate(TOP);
        Top { items: all, total }
    }

    /// How many were left out.
    pub fn more(&self) -> usize {
        self.total - self.items.len()
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub as_of: Date,
    pub open_projects: usize,
    pub red: Top<RedProject>,
    pub slips: Top<Slip>,
    pub risks: Top<RiskAbove>,
    pub over_capacity: Top<PersonOver>,
    /// The resource window the capacity was checked over.
    pub resource_window: (Date, Date),
    pub budget: Top<BudgetAtRisk>,
    pub currency: String,
    /// The sum of the overruns of every project over budget.
    pub total_overrun: f64,
    pub decisions: Top<Decision>,
}

/// A project and the name a reader outside the PMO knows it by.
#[derive(Clone, Debug, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RedProject {
    pub project: Named,
    /// Which of schedule, cost, risk and resources are red.
    pub red: Vec<&'static str>,
    /// The overview's reasons (data; the view words them).
    pub reasons: Vec<crate::report::reason::Reason>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Slip {
    pub project: Named,
    /// The milestone's name; none for the project's own finish.
    pub milestone: Option<String>,
    /// Days from the due date (or baseline finish) to the forecast.
    pub days: i64,
    pub due: Date,
    pub forecast: Date,
    /// Past due and not reached.
    pub overdue: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct RiskAbove {
    pub id: String,
    pub title: String,
    pub project: Option<Named>,
    pub score: u32,
    pub tolerance: u32,
    /// The owner's name, else id; none when the risk has no owner.
    pub owner: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PersonOver {
    pub id: String,
    pub name: String,
    /// Periods of the window the person is over capacity in.
    pub periods: usize,
    pub hours_over: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct BudgetAtRisk {
    pub project: Named,
    pub budget: f64,
    pub estimate: f64,
    pub overrun: f64,
    pub cpi: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Decision {
    pub risk: String,
    pub title: String,
    pub project: Option<Named>,
    pub owner: Option<String>,
    /// Who is asked to decide: the names the risk report notifies.
    pub asked_of: Vec<String>,
}

fn named(portfolio: &Portfolio, id: &str) -> Named {
    Named {
        id: id.to_string(),
        name: portfolio
            .project(id)
            .map_or_else(|| id.to_string(), |p| p.name.value.clone()),
    }
}

fn person_name(portfolio: &Portfolio, id: &str) -> String {
    portfolio
        .person(id)
        .map_or_else(|| id.to_string(), |p| p.name.value.clone())
}

/// The summary of an overview and its parts.
pub fn compute(portfolio: &Portfolio, overview: &OverviewReport, parts: &Parts<'_>) -> Summary {
    let projects = overview.programs.iter().flat_map(|g| &g.projects);
    let red: Vec<RedProject> = projects
        .clone()
        .filter_map(|p| {
            let red: Vec<&'static str> = [
                ("schedule", p.schedule),
                ("cost", p.cost),
                ("risk", p.risk),
                ("resources", p.resources),
            ]
            .into_iter()
            .filter(|(_, rag)| *rag == Some(Rag::Red))
            .map(|(k, _)| k)
            .collect();
            (!red.is_empty()).then(|| RedProject {
                project: Named {
                    id: p.id.clone(),
                    name: p.name.clone(),
                },
                red,
                reasons: p.reasons.clone(),
            })
        })
        .collect();
    let open_projects = overview.totals.open_projects;
    let plans = parts.plan.programs.iter().flat_map(|g| &g.projects);
    let mut slips: Vec<Slip> = plans
        .clone()
        .filter(|p| !is_finished(p.status))
        .flat_map(|p| slips_of(p, overview.meta.as_of))
        .collect();
    slips.sort_by(|a, b| b.days.cmp(&a.days).then(a.project.id.cmp(&b.project.id)));
    let mut budget: Vec<BudgetAtRisk> = plans
        .filter(|p| !is_finished(p.status))
        .filter_map(|p| {
            let ev = p.earned_value.as_ref()?;
            let estimate = ev.eac?;
            (estimate > ev.bac + 0.5).then(|| BudgetAtRisk {
                project: Named {
                    id: p.id.clone(),
                    name: p.name.clone(),
                },
                budget: ev.bac,
                estimate,
                overrun: crate::report::round2(estimate - ev.bac),
                cpi: ev.cpi,
            })
        })
        .collect();
    budget.sort_by(|a, b| {
        b.overrun
            .total_cmp(&a.overrun)
            .then(a.project.id.cmp(&b.project.id))
    });
    let total_overrun = crate::report::round2(budget.iter().map(|b| b.overrun).sum());
    Summary {
        as_of: overview.meta.as_of,
        open_projects,
        red: Top::of(red),
        slips: Top::of(slips),
        risks: Top::of(risks_above(portfolio, parts)),
        over_capacity: Top::of(over_capacity(parts)),
        resource_window: overview.totals.resource_window,
        budget: Top::of(budget),
        currency: overview.currency.clone(),
        total_overrun,
        decisions: Top::of(decisions(portfolio, parts)),
    }
}

/// A project's slips: its finish past its baseline, and each open
/// milestone forecast past its due date.
fn slips_of(p: &crate::report::plan::ProjectPlan, as_of: Date) -> Vec<Slip> {
    use crate::report::plan::{Kind, State};
    let project = || Named {
        id: p.id.clone(),
        name: p.name.clone(),
    };
    let mut out = Vec::new();
    if let (Some(days), Some(forecast), Some(due)) = (
        p.slip_days.filter(|d| *d > 0),
        p.projected_finish,
        p.baseline_finish,
    ) {
        out.push(Slip {
            project: project(),
            milestone: None,
            days,
            due,
            forecast,
            overdue: false,
        });
    }
    for i in &p.items {
        if i.kind != Kind::Milestone || matches!(i.state, State::Done | State::DoneLate) {
            continue;
        }
        // An overdue milestone slips at least to today.
        let forecast = i.projected_finish.max(if i.state == State::Overdue {
            as_of
        } else {
            i.due
        });
        let days = i.due.days_until(forecast);
        if days > 0 {
            out.push(Slip {
                project: project(),
                milestone: Some(i.name.clone()),
                days,
                due: i.due,
                forecast,
                overdue: i.state == State::Overdue,
            });
        }
    }
    out
}

fn is_finished(status: &str) -> bool {
    matches!(status, "closed" | "cancelled")
}

/// The escalations, highest score first, with their owners.
fn risks_above(portfolio: &Portfolio, parts: &Parts<'_>) -> Vec<RiskAbove> {
    let rows: HashMap<&str, &crate::report::risk::RiskRow> = parts
        .risk
        .risks
        .iter()
        .map(|r| (r.id.as_str(), r))
        .collect();
    let mut out: Vec<RiskAbove> = parts
        .risk
        .escalations
        .iter()
        .map(|e| {
            let row = rows.get(e.risk.as_str());
            RiskAbove {
                id: e.risk.clone(),
                title: row.map(|r| r.title.clone()).unwrap_or_default(),
                project: e.project.as_deref().map(|p| named(portfolio, p)),
                score: e.score,
                tolerance: e.tolerance,
                owner: row.and_then(|r| r.owner_name.clone().or_else(|| r.owner.clone())),
            }
        })
        .collect();
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.id.cmp(&b.id)));
    out
}

/// People over capacity, the most periods over first.
fn over_capacity(parts: &Parts<'_>) -> Vec<PersonOver> {
    let mut out: Vec<PersonOver> = super::signals::tally(&parts.resource.conflicts)
        .into_values()
        .map(|o| PersonOver {
            id: o.person,
            name: o.name,
            periods: o.periods,
            hours_over: o.hours_over,
        })
        .collect();
    out.sort_by(|a, b| {
        b.periods
            .cmp(&a.periods)
            .then(b.hours_over.total_cmp(&a.hours_over))
            .then(a.id.cmp(&b.id))
    });
    out
}

/// Open risks whose strategy is to escalate: decisions for management.
fn decisions(portfolio: &Portfolio, parts: &Parts<'_>) -> Vec<Decision> {
    let notified: HashMap<&str, Vec<String>> = parts
        .risk
        .escalations
        .iter()
        .map(|e| {
            let names = e
                .notify
                .iter()
                .map(|r| r.name.clone().unwrap_or_else(|| r.person.clone()))
                .collect();
            (e.risk.as_str(), names)
        })
        .collect();
    let mut out: Vec<Decision> = parts
        .risk
        .risks
        .iter()
        .filter(|r| r.open && r.strategy == Some(Strategy::Escalate))
        .map(|r| Decision {
            risk: r.id.clone(),
            title: r.title.clone(),
            project: r.project.as_deref().map(|p| named(portfolio, p)),
            owner: r.owner_name.clone().or_else(|| r.owner.clone()),
            asked_of: notified.get(r.id.as_str()).cloned().unwrap_or_else(|| {
                leadership(portfolio, r.program.as_deref(), r.project.as_deref())
            }),
        })
        .collect();
    out.sort_by(|a, b| a.risk.cmp(&b.risk));
    out
}

/// The program's director, else its program manager: who hears of a
/// decision the risk report does not escalate by score.
fn leadership(portfolio: &Portfolio, program: Option<&str>, project: Option<&str>) -> Vec<String> {
    let program = match program {
        Some(p) => portfolio.program(p),
        None => project
            .and_then(|p| portfolio.project(p))
            .and_then(|p| portfolio.program_of(p)),
    };
    let Some(program) = program else {
        return Vec::new();
    };
    let l = &program.leadership;
    l.director
        .as_ref()
        .or(l.program_manager.as_ref())
        .map(|r| vec![person_name(portfolio, &r.value)])
        .unwrap_or_default()
}

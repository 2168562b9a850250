//! Hygiene: the risk process's housekeeping over the open risks (overdue
//! reviews and actions, high risks lacking a response, risks on finished
//! projects, risks nobody assessed for too long).

use serde::Serialize;

use super::score::{Scored, person_name};
use crate::model::{Date, Portfolio, ProjectStatus};

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct OverdueReview {
    pub risk: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    pub next_review: Date,
    pub days_overdue: i64,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct OverdueAction {
    pub risk: String,
    pub action: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    pub due: Date,
    pub days_overdue: i64,
}

/// A part of a risk's response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Missing {
    Owner,
    Strategy,
    Action,
}

/// An open risk (threat or opportunity) at or above its tolerance that
/// misses part of its response.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Unmanaged {
    pub risk: String,
    pub score: u32,
    /// Of owner, strategy, action.
    pub missing: Vec<Missing>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct OnClosedProject {
    pub risk: String,
    pub project: String,
    pub project_status: ProjectStatus,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Stale {
    pub risk: String,
    pub last_reviewed: Date,
    pub days: i64,
}

/// The risk process's housekeeping, open risks only.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Hygiene {
    pub stale_after_days: u32,
    pub reviews_overdue: Vec<OverdueReview>,
    pub actions_overdue: Vec<OverdueAction>,
    pub unmanaged: Vec<Unmanaged>,
    pub on_closed_projects: Vec<OnClosedProject>,
    pub stale: Vec<Stale>,
}

/// Every hygiene list over the open risks of `scored`, each sorted worst
/// first, then by risk id.
pub fn hygiene(portfolio: &Portfolio, scored: &[Scored<'_>], as_of: Date) -> Hygiene {
    let stale_after_days = portfolio.settings.risk.stale_after_days;
    let open: Vec<&Scored> = scored.iter().filter(|s| s.row.open).collect();
    Hygiene {
        stale_after_days,
        reviews_overdue: reviews_overdue(&open, as_of),
        actions_overdue: actions_overdue(portfolio, &open, as_of),
        unmanaged: unmanaged(&open),
        on_closed_projects: on_closed_projects(&open),
        stale: stale(&open, as_of, stale_after_days),
    }
}

fn reviews_overdue(open: &[&Scored<'_>], as_of: Date) -> Vec<OverdueReview> {
    let mut out: Vec<OverdueReview> = open
        .iter()
        .filter_map(|s| {
            let next = s.row.next_review.filter(|d| *d < as_of)?;
            Some(OverdueReview {
                risk: s.row.id.clone(),
                owner: s.row.owner.clone(),
                owner_name: s.row.owner_name.clone(),
                next_review: next,
                days_overdue: next.days_until(as_of),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| a.risk.cmp(&b.risk))
    });
    out
}

/// Actions past their due date and not done; an action without an owner
/// falls to the risk's owner.
fn actions_overdue(portfolio: &Portfolio, open: &[&Scored<'_>], as_of: Date) -> Vec<OverdueAction> {
    let mut out = Vec::new();
    for s in open {
        for action in &s.risk.actions {
            let Some(due) = action.due.as_ref().map(|d| d.value) else {
                continue;
            };
            if due >= as_of || action.done_on.is_some() {
                continue;
            }
            let who = action
                .owner
                .as_ref()
                .map(|o| o.value.clone())
                .or_else(|| s.row.owner.clone());
            out.push(OverdueAction {
                risk: s.row.id.clone(),
                action: action.description.value.clone(),
                owner_name: person_name(portfolio, who.as_deref()),
                owner: who,
                due,
                days_overdue: due.days_until(as_of),
            });
        }
    }
    out.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| a.risk.cmp(&b.risk))
    });
    out
}

/// High risks without an owner, a strategy or an action.
fn unmanaged(open: &[&Scored<'_>]) -> Vec<Unmanaged> {
    let mut out: Vec<Unmanaged> = open
        .iter()
        .filter(|s| s.high())
        .filter_map(|s| {
            let risk = s.risk;
            let missing: Vec<Missing> = [
                (risk.owner.is_none(), Missing::Owner),
                (risk.strategy.is_none(), Missing::Strategy),
                (risk.actions.is_empty(), Missing::Action),
            ]
            .into_iter()
            .filter_map(|(lacks, what)| lacks.then_some(what))
            .collect();
            (!missing.is_empty()).then(|| Unmanaged {
                risk: s.row.id.clone(),
                score: s.row.score,
                missing,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.risk.cmp(&b.risk)));
    out
}

/// Open risks of closed or cancelled projects, in the order of the
/// repository.
fn on_closed_projects(open: &[&Scored<'_>]) -> Vec<OnClosedProject> {
    open.iter()
        .filter_map(|s| {
            let project = s.project.filter(|p| p.status.value.is_finished())?;
            Some(OnClosedProject {
                risk: s.row.id.clone(),
                project: project.id.value.clone(),
                project_status: project.status.value,
            })
        })
        .collect()
}

/// Risks last assessed more than `after_days` before `as_of`.
fn stale(open: &[&Scored<'_>], as_of: Date, after_days: u32) -> Vec<Stale> {
    let mut out: Vec<Stale> = open
        .iter()
        .filter_map(|s| {
            let days = s.row.last_reviewed.days_until(as_of);
            (days > i64::from(after_days)).then(|| Stale {
                risk: s.row.id.clone(),
                last_reviewed: s.row.last_reviewed,
                days,
            })
        })
        .collect();
    out.sort_by(|a, b| b.days.cmp(&a.days).then_with(|| a.risk.cmp(&b.risk)));
    out
}

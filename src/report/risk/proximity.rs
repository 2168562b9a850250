//! Proximity: how soon the task or milestone an open risk threatens comes,
//! and whether it lies on its project's critical path.

use serde::Serialize;

use super::score::Scored;
use crate::analysis::schedule::Schedule;
use crate::model::{Date, Portfolio, Project, Risk};
use crate::report::plan::Kind;

/// How soon the task or milestone a risk threatens comes.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Proximity {
    pub risk: String,
    pub project: String,
    /// task or milestone.
    pub target_kind: Kind,
    pub target: String,
    pub date: Date,
    /// Days from `as_of` to the date (negative: already past).
    pub days: i64,
    pub score: u32,
    /// Whether the task or milestone is on its project's critical path
    /// (the plan report's schedule); `None` if it does not resolve.
    pub on_critical_path: Option<bool>,
}

/// The unfinished task (by its end) and the unreached milestone (by its
/// due date) a risk names in `affects`, when they resolve.
fn targets(project: &Project, risk: &Risk) -> Vec<(Kind, String, Date)> {
    let Some(affects) = &risk.affects else {
        return Vec::new();
    };
    let task = affects.task.as_ref().and_then(|t| project.task(&t.value));
    let milestone = affects
        .milestone
        .as_ref()
        .and_then(|m| project.milestone(&m.value));
    [
        task.filter(|t| t.progress_percent() < 100.0).and_then(|t| {
            t.end
                .as_ref()
                .map(|e| (Kind::Task, t.id.value.clone(), e.value))
        }),
        milestone
            .filter(|m| !m.is_done())
            .map(|m| (Kind::Milestone, m.id.value.clone(), m.due.value)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The open risks' targets, soonest first, then by risk and target; the
/// critical path comes from `schedule`, or from one built here when a
/// target needs it.
pub fn proximity(
    portfolio: &Portfolio,
    scored: &[Scored<'_>],
    as_of: Date,
    schedule: &Schedule,
) -> Vec<Proximity> {
    let mut out = Vec::new();
    for s in scored.iter().filter(|s| s.row.open) {
        let Some(project) = s.project else { continue };
        for (kind, target, date) in targets(project, s.risk) {
            out.push(Proximity {
                risk: s.row.id.clone(),
                project: project.id.value.clone(),
                target_kind: kind,
                target,
                date,
                days: as_of.days_until(date),
                score: s.row.score,
                on_critical_path: None,
            });
        }
    }
    if !out.is_empty() {
        mark_critical(portfolio, schedule, &mut out);
    }
    out.sort_by(|a, b| {
        a.days
            .cmp(&b.days)
            .then_with(|| a.risk.cmp(&b.risk))
            .then_with(|| a.target.cmp(&b.target))
    });
    out
}

/// Marks the targets on the critical path of the run's schedule network.
fn mark_critical(portfolio: &Portfolio, schedule: &Schedule, targets: &mut [Proximity]) {
    for p in targets {
        p.on_critical_path = schedule.is_critical(
            portfolio,
            &p.project,
            &p.target,
            p.target_kind == Kind::Task,
        );
    }
}

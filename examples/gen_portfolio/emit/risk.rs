//! Risk documents.

use std::fmt::Write as _;

use chrono::Duration;
use chrono::NaiveDate;

use super::super::config::Config;
use super::super::plan::project::ProjectPlan;
use super::super::plan::project::Status;
use super::super::rng::K_RISK;
use super::super::rng::Rng;
use super::super::vocab::OPPORTUNITIES;
use super::super::vocab::RISKS;
use super::super::vocab::STRATEGY_OPP;
use super::super::vocab::STRATEGY_THREAT;
use super::super::vocab::person_id;
use super::super::vocab::program_id;
use super::super::vocab::project_id;

pub(crate) fn render_risk(out: &mut String, cfg: &Config, plans: &[ProjectPlan], r: usize) {
    let mut rng = Rng::stream(cfg.seed, K_RISK, r as u64);
    let as_of = cfg.as_of;
    let p = &plans[(r * plans.len()) / cfg.risks.max(1)];
    let opportunity = rng.chance(0.1);
    let (cat, title, cause, event, effect) =
        *rng.pick(if opportunity { OPPORTUNITIES } else { RISKS });
    let program_level = rng.chance(0.05);
    let _ = writeln!(out, "---");
    let _ = writeln!(out, "kind: Risk");
    let _ = writeln!(out, "id: RSK-{:06}", r + 1);
    let _ = writeln!(out, "title: {title}");
    if program_level {
        let _ = writeln!(out, "program: {}", program_id(p.program));
    } else {
        let _ = writeln!(out, "project: {}", project_id(p.index));
    }
    if opportunity {
        let _ = writeln!(out, "type: opportunity");
    }
    let _ = writeln!(out, "category: {cat}");
    let _ = writeln!(out, "cause: {cause}\nevent: {event}\neffect: {effect}");
    let mut prob = rng.range(1, 5);
    let mut impact = if rng.chance(0.2) {
        rng.range(4, 5)
    } else {
        rng.range(1, 4)
    };
    let identified = identified_on(&mut rng, p, as_of);
    let status = risk_status(&mut rng, p.status);
    let closed_on = (status == "closed").then(|| {
        (identified + Duration::days(rng.range(5, 200)))
            .min(as_of)
            .max(identified)
    });
    // History: earlier assessments, oldest first, while the risk was open.
    let span = (closed_on.unwrap_or(as_of) - identified).num_days().max(1);
    let history = past_assessments(&mut rng, identified, span, &mut prob, &mut impact);
    let _ = writeln!(out, "probability: {prob}\nimpact: {impact}");
    if rng.chance(0.7) {
        let _ = writeln!(out, "cost_impact: {}", rng.range(1, 200) * 5000);
    }
    let owner = |rng: &mut Rng| person_id(p.team[rng.below(p.team.len())].person);
    let _ = writeln!(out, "owner: {}", owner(&mut rng));
    let strategy = if opportunity {
        *rng.pick(STRATEGY_OPP)
    } else {
        *rng.pick(STRATEGY_THREAT)
    };
    let _ = writeln!(out, "strategy: {strategy}");
    write_actions(out, &mut rng, &owner, strategy, identified, as_of);
    let _ = writeln!(out, "status: {status}");
    let _ = writeln!(out, "identified: {identified}");
    if let Some(closed) = closed_on {
        let _ = writeln!(out, "closed_on: {closed}");
    } else {
        // Most reviewed recently, some stale.
        let next = if rng.chance(0.8) {
            as_of + Duration::days(rng.range(1, 30))
        } else {
            as_of - Duration::days(rng.range(1, 90))
        };
        let _ = writeln!(out, "next_review: {}", next.max(identified));
    }
    if !program_level && rng.chance(0.3) {
        write_affects(out, &mut rng, p);
    }
    if !history.is_empty() {
        let _ = writeln!(out, "history:");
        for (d, pr, im) in history {
            let _ = writeln!(out, "  - {{ date: {d}, probability: {pr}, impact: {im} }}");
        }
    }
}

/// Identified during the project, never after the as-of day.
fn identified_on(rng: &mut Rng, p: &ProjectPlan, as_of: NaiveDate) -> NaiveDate {
    let window_end = p.end.min(as_of);
    if p.start >= window_end {
        window_end - Duration::days(rng.range(0, 60))
    } else {
        p.start + Duration::days(rng.range(0, (window_end - p.start).num_days()))
    }
}

/// The statuses of a running project's risks, as often as they are drawn.
const ANY_STATUS: [&str; 6] = [
    "open",
    "open",
    "monitoring",
    "monitoring",
    "occurred",
    "closed",
];

/// A finished project's risks are closed or occurred; others any status.
fn risk_status(rng: &mut Rng, project: Status) -> &'static str {
    if matches!(project, Status::Closed | Status::Cancelled) {
        if rng.chance(0.9) {
            "closed"
        } else {
            "occurred"
        }
    } else {
        ANY_STATUS[rng.below(ANY_STATUS.len())]
    }
}

/// Up to three earlier assessments within `span` days of `identified`,
/// oldest first; `prob` and `impact` drift to the current values.
fn past_assessments(
    rng: &mut Rng,
    identified: NaiveDate,
    span: i64,
    prob: &mut i64,
    impact: &mut i64,
) -> Vec<(NaiveDate, i64, i64)> {
    let hist = rng.below(4);
    let mut history = Vec::new();
    let mut days: Vec<i64> = (0..hist).map(|_| rng.range(0, span - 1)).collect();
    days.sort_unstable();
    days.dedup();
    for d in days {
        history.push((identified + Duration::days(d), *prob, *impact));
        *prob = (*prob + rng.range(-1, 1)).clamp(1, 5);
        *impact = (*impact + rng.range(-1, 1)).clamp(1, 5);
    }
    history
}

/// Up to three response actions, owned by team members; the past ones
/// mostly done.
fn write_actions(
    out: &mut String,
    rng: &mut Rng,
    owner: &dyn Fn(&mut Rng) -> String,
    strategy: &str,
    identified: NaiveDate,
    as_of: NaiveDate,
) {
    let actions = rng.below(4);
    if actions == 0 {
        return;
    }
    let _ = writeln!(out, "actions:");
    for k in 0..actions {
        let due = identified + Duration::days(rng.range(7, 90));
        let _ = writeln!(
            out,
            "  - description: {} ({})",
            match k {
                0 => "Agree the response with the owner",
                1 => "Put the fallback plan in the runbook",
                _ => "Report status to the PMO",
            },
            strategy
        );
        let _ = writeln!(out, "    owner: {}", owner(rng));
        let _ = writeln!(out, "    due: {due}");
        if due < as_of && rng.chance(0.7) {
            let done = (due - Duration::days(rng.range(0, 5))).max(identified);
            let _ = writeln!(out, "    done_on: {done}");
        }
    }
}

/// The task or milestone of the project a risk threatens.
fn write_affects(out: &mut String, rng: &mut Rng, p: &ProjectPlan) {
    if rng.chance(0.5) && !p.tasks.is_empty() {
        let _ = writeln!(
            out,
            "affects:\n  task: T-{:03}",
            rng.below(p.tasks.len()) + 1
        );
    } else if !p.milestones.is_empty() {
        let _ = writeln!(
            out,
            "affects:\n  milestone: M-{:02}",
            rng.below(p.milestones.len()) + 1
        );
    }
}

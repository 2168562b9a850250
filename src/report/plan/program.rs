//! One program's plan: its projects, its earned value and service burn
//! rolled up as ratios of sums, one % complete consistent with its earned
//! value, and its status.

use super::project::project_plan;
use super::rating::{Inputs, rate};
use super::{
    Context, EarnedValue, Options, ProgramPlan, ProjectPlan, Rag, ServiceBurn, Weighting, item_ref,
};
use crate::analysis::cost::Costs;
use crate::report::reason::Reason;
use crate::report::round2;

/// % complete and planned % of a program: EV / BAC and PV / BAC over its
/// projects with a budget; with none, the mean of its projects'.
fn percent(
    ev: Option<&EarnedValue>,
    projects: &[ProjectPlan],
) -> (Option<f64>, Option<f64>, Weighting) {
    if let Some(ev) = ev {
        let f = &ev.raw;
        return (f.percent_complete(), f.planned_percent(), Weighting::Budget);
    }
    let mean = |xs: Vec<f64>| (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64);
    let done = mean(projects.iter().filter_map(|p| p.percent_complete).collect());
    let planned = mean(projects.iter().filter_map(|p| p.planned_percent).collect());
    let weighting = if done.is_some() {
        Weighting::Projects
    } else {
        Weighting::None
    };
    (done, planned, weighting)
}

/// The program's own rating on its roll-ups, then its projects' statuses.
fn program_rating(
    ctx: &Context,
    ev: Option<&EarnedValue>,
    service: Option<&ServiceBurn>,
    projects: &[ProjectPlan],
) -> (Option<Rag>, Vec<Reason>) {
    let own = rate(
        &ctx.portfolio.settings.plan,
        &Inputs {
            ev,
            burn_percent: service.and_then(|s| s.burn_percent),
            ..Inputs::default()
        },
    );
    let mut reasons = own.reasons;
    let mut rag = (ev.is_some() || service.is_some()).then_some(own.rag);
    for plan in projects {
        if let Some(r) = plan.rag {
            if r > Rag::Green {
                reasons.push(Reason::ProjectIs {
                    project: plan.id.clone(),
                    rag: r,
                });
            }
            rag = Some(rag.map_or(r, |x| x.max(r)));
        }
    }
    (rag, reasons)
}

pub(super) fn program_plan(
    ctx: &Context,
    costs: &Costs,
    options: &Options,
    program: &str,
    members: &[usize],
) -> ProgramPlan {
    let portfolio = ctx.portfolio;
    let s = &ctx.schedule;
    let projects: Vec<ProjectPlan> = members
        .iter()
        .map(|&p| project_plan(ctx, costs, options, p))
        .collect();
    let method = portfolio.settings.plan.eac;
    let earned_value = EarnedValue::sum(
        projects.iter().filter_map(|p| p.earned_value.as_ref()),
        method,
    );
    let service = ServiceBurn::sum(projects.iter().filter_map(|p| p.service.as_ref()));
    let (percent_complete, planned_percent, weighting) = percent(earned_value.as_ref(), &projects);
    let (rag, reasons) = program_rating(ctx, earned_value.as_ref(), service.as_ref(), &projects);

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
        start: projects.iter().filter_map(|p| p.start).min(),
        finish: projects.iter().filter_map(|p| p.finish).max(),
        projected_finish: projects.iter().filter_map(|p| p.projected_finish).max(),
        baseline_finish: projects.iter().filter_map(|p| p.baseline_finish).max(),
        slip_days: projects.iter().filter_map(|p| p.slip_days).max(),
        earned_value,
        service,
        next_milestone,
        critical_path,
        projects,
    }
}

//! One project's plan: its items with their schedule and state, its
//! progress and money from the cost module, and its status.

use super::rating::{Inputs, rate};
use super::{
    Context, Counts, EarnedValue, Kind, Need, NextMilestone, Options, PlanItem, ProjectPlan,
    ServiceBurn, State, item_ref,
};
use crate::analysis::cost::Costs;
use crate::analysis::schedule::Item;
use crate::model::Key;
use crate::model::{Date, Project};
use crate::report::round2;

fn in_window(options: &Options, start: Date, finish: Date) -> bool {
    options.from.is_none_or(|f| finish >= f) && options.to.is_none_or(|t| start <= t)
}

/// What the items of a project add up to.
struct Items {
    items: Vec<PlanItem>,
    counts: Counts,
    next: Option<NextMilestone>,
    in_cycle: bool,
}

/// The fields of an item that depend on its kind.
struct Facts<'a> {
    kind: Kind,
    id: &'a String,
    name: &'a String,
    owner: Option<String>,
    progress: f64,
    due: Date,
    baseline: Option<Date>,
    done_on: Option<Date>,
    done: bool,
}

fn facts<'a>(project: &'a Project, item: Item, early_finish: Date) -> Facts<'a> {
    match item {
        Item::Task(i) => {
            let task = &project.tasks[i];
            let progress = task.progress_percent();
            Facts {
                kind: Kind::Task,
                id: &task.id.value,
                name: &task.name.value,
                owner: task.owner.as_ref().map(|o| o.value.clone()),
                progress,
                due: task.end.as_ref().map_or(early_finish, |e| e.value),
                baseline: task
                    .baseline
                    .as_ref()
                    .and_then(|b| b.end.as_ref())
                    .map(|e| e.value),
                done_on: None,
                done: progress >= 100.0,
            }
        }
        Item::Milestone(i) => {
            let m = &project.milestones[i];
            let done = m.is_done();
            Facts {
                kind: Kind::Milestone,
                id: &m.id.value,
                name: &m.name.value,
                owner: None,
                progress: if done { 100.0 } else { 0.0 },
                due: m.due.value,
                baseline: m.baseline.as_ref().map(|b| b.value),
                done_on: m.done_on.as_ref().map(|d| d.value),
                done,
            }
        }
    }
}

fn state_of(f: &Facts, as_of: Date, soon: Date) -> State {
    if f.done {
        if f.done_on.is_some_and(|d| d > f.due) {
            State::DoneLate
        } else {
            State::Done
        }
    } else if f.due < as_of {
        State::Overdue
    } else if f.due <= soon {
        State::DueSoon
    } else if f.progress > 0.0 {
        State::InProgress
    } else {
        State::Open
    }
}

fn count(counts: &mut Counts, state: State, kind: Kind) {
    match (state, kind) {
        (State::Overdue, Kind::Task) => counts.overdue_tasks += 1,
        (State::Overdue, Kind::Milestone) => counts.overdue_milestones += 1,
        (State::DueSoon, _) => counts.due_soon += 1,
        (State::DoneLate, _) => counts.done_late += 1,
        _ => {}
    }
}

fn items_of(ctx: &Context, options: &Options, p: usize) -> Items {
    let s = &ctx.schedule;
    let ix = &s.index;
    let project = &ctx.portfolio.projects[p];
    let soon = options
        .as_of
        .add_days(i64::from(ctx.portfolio.settings.plan.due_soon_days));
    let nodes = s.nodes_of(p);
    let mut out = Items {
        items: Vec::with_capacity(nodes.len()),
        counts: Counts::default(),
        next: None,
        in_cycle: false,
    };
    for v in nodes {
        let t = &s.times[v];
        out.in_cycle |= t.in_cycle;
        let (early_start, early_finish) = s.days(t.early_start, t.early_finish, t.at_day_start);
        let (projected_start, projected_finish) =
            s.days(ctx.pstart[v], ctx.pfinish[v], ctx.pday_start[v]);
        let f = facts(project, s.keys[v].item, early_finish);
        let state = state_of(&f, options.as_of, soon);
        count(&mut out.counts, state, f.kind);
        if f.kind == Kind::Milestone && !f.done {
            let better = out
                .next
                .as_ref()
                .is_none_or(|n| (f.due, f.id.as_str()) < (n.due, n.id.as_str()));
            if better {
                out.next = Some(NextMilestone {
                    project: project.id.value.clone(),
                    id: f.id.clone(),
                    name: f.name.clone(),
                    due: f.due,
                    projected: projected_finish,
                });
            }
        }
        let shown_start = early_start.min(projected_start);
        let shown_finish = early_finish.max(projected_finish).max(f.due);
        if !in_window(options, shown_start, shown_finish) {
            continue;
        }
        out.items.push(PlanItem {
            kind: f.kind,
            id: f.id.clone(),
            name: f.name.clone(),
            owner: f.owner,
            duration: t.duration,
            progress: round2(if f.progress.is_finite() {
                f.progress.clamp(0.0, 100.0)
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
            due: f.due,
            projected_start,
            projected_finish,
            baseline_finish: f.baseline,
            slip_days: f.baseline.map(|b| b.days_until(projected_finish)),
            done_on: f.done_on,
            state,
            in_cycle: t.in_cycle,
        });
    }
    out
}

fn needs_of(ctx: &Context, project: &Project) -> Vec<Need> {
    let s = &ctx.schedule;
    project
        .dependencies
        .iter()
        .map(|d| {
            let projected = ctx.project_ix.get(d.project.value.as_str()).and_then(|&q| {
                let other = &ctx.portfolio.projects[q];
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
        .collect()
}

/// SLAs whose latest actual in a period ended by `as_of` missed its target.
pub fn slas_missed(project: &Project, as_of: Date) -> u32 {
    let missed = project
        .kpis
        .iter()
        .filter(|k| k.sla == Some(true))
        .filter_map(|k| {
            let latest = k
                .actuals
                .iter()
                .filter(|a| a.value.value.is_finite() && Date(a.period.value.end()) <= as_of)
                .max_by_key(|a| a.period.value)?;
            Some(!k.is_met(latest.value.value))
        })
        .filter(|missed| *missed)
        .count();
    u32::try_from(missed).unwrap_or(u32::MAX)
}

pub(super) fn project_plan(
    ctx: &Context,
    costs: &Costs,
    options: &Options,
    p: usize,
) -> ProjectPlan {
    let s = &ctx.schedule;
    let ix = &s.index;
    let project: &Project = &ctx.portfolio.projects[p];
    let plan = &ctx.portfolio.settings.plan;
    let cost = &costs.projects[p];
    let nodes = s.nodes_of(p);
    let items = items_of(ctx, options, p);
    let mut critical: Vec<usize> = nodes.clone().filter(|&v| s.times[v].critical).collect();
    critical.sort_by_key(|&v| (s.times[v].early_start, s.times[v].early_finish, v));
    let critical_path = critical.iter().map(|&v| item_ref(ctx, v).id).collect();
    let start = nodes
        .clone()
        .map(|v| {
            let t = &s.times[v];
            s.days(t.early_start, t.early_finish, t.at_day_start).0
        })
        .min();
    let projected_finish = nodes
        .map(|v| ctx.pfinish[v])
        .max()
        .map(|f| ix.finish_date(f));
    let baseline_finish = project
        .baseline
        .as_ref()
        .and_then(|b| b.end.as_ref())
        .map(|e| e.value);
    let nature = cost.nature;
    let slip_days = projected_finish
        .zip(baseline_finish)
        .filter(|_| nature.has_delivery())
        .map(|(f, b)| b.days_until(f));
    let earned_value = cost
        .figures
        .as_ref()
        .map(|f| EarnedValue::of_project(f, plan.eac, cost));
    let service = cost.burn.as_ref().map(ServiceBurn::from_burn);
    let slas_missed = slas_missed(project, options.as_of);
    let inputs = Inputs {
        ev: earned_value.as_ref(),
        burn_percent: service.as_ref().and_then(|b| b.burn_percent),
        slip: slip_days,
        overdue_milestones: items.counts.overdue_milestones,
        slas_missed: if nature.has_service() { slas_missed } else { 0 },
        in_cycle: items.in_cycle,
    };
    let rating = (!project.status.value.is_finished()).then(|| rate(plan, &inputs));
    ProjectPlan {
        id: project.id.value.clone(),
        name: project.name.value.clone(),
        program: project.program.value.clone(),
        status: project.status.value.key(),
        rag: rating.as_ref().map(|r| r.rag),
        schedule_rag: rating.as_ref().map(|r| r.schedule),
        cost_rag: rating.as_ref().map(|r| r.cost),
        reasons: rating.map(|r| r.reasons).unwrap_or_default(),
        nature,
        percent_complete: cost.percent_complete.map(round2),
        planned_percent: cost.planned_percent.map(round2),
        weighting: cost.weighting,
        start,
        finish: s.project_finish[p].map(|f| ix.finish_date(f)),
        projected_finish,
        end: project.end.value,
        baseline_finish,
        slip_days,
        earned_value,
        service,
        slas_missed,
        next_milestone: items.next,
        counts: items.counts,
        critical_path,
        needs: needs_of(ctx, project),
        items: items.items,
    }
}

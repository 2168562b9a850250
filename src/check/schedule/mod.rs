//! Schedule rules (family `S`): dates that contradict each other. Only
//! dates written in the repository are compared; dates a scheduler would
//! compute from durations are the plan report's business.

mod network;

use super::Context;
use crate::diag::{Finding, Rule, Severity};
use crate::model::{At, Baseline, Date, Project};

pub static S001: Rule = Rule {
    code: "S001",
    name: "start-after-end",
    default: Severity::Error,
    summary: "A project, task, baseline or team membership that starts after it ends",
    doc: include_str!("../../../docs/rules/S001.md"),
};

pub static S002: Rule = Rule {
    code: "S002",
    name: "outside-project-dates",
    default: Severity::Error,
    summary: "A milestone or task dated outside its project's start and end",
    doc: include_str!("../../../docs/rules/S002.md"),
};

pub static S003: Rule = Rule {
    code: "S003",
    name: "dependency-cycle",
    default: Severity::Error,
    summary: "Tasks and milestones that depend on each other in a circle",
    doc: include_str!("../../../docs/rules/S003.md"),
};

pub static S004: Rule = Rule {
    code: "S004",
    name: "successor-before-predecessor",
    default: Severity::Error,
    summary: "Work dated to start (or finish) before the work it depends on allows",
    doc: include_str!("../../../docs/rules/S004.md"),
};

pub static S005: Rule = Rule {
    code: "S005",
    name: "needed-milestone-late",
    default: Severity::Error,
    summary: "A project needs another project's milestone by a date the milestone is due after",
    doc: include_str!("../../../docs/rules/S005.md"),
};

pub static S006: Rule = Rule {
    code: "S006",
    name: "done-without-date",
    default: Severity::Error,
    summary: "A milestone marked done with no `done_on` date",
    doc: include_str!("../../../docs/rules/S006.md"),
};

pub static S007: Rule = Rule {
    code: "S007",
    name: "done-in-future",
    default: Severity::Error,
    summary: "A milestone or risk action recorded as done on a day after today (`--as-of`)",
    doc: include_str!("../../../docs/rules/S007.md"),
};

pub static S008: Rule = Rule {
    code: "S008",
    name: "started-before-predecessors",
    default: Severity::Error,
    summary: "Work recorded as started on a date its predecessors, as scheduled, do not allow",
    doc: include_str!("../../../docs/rules/S008.md"),
};

pub static RULES: &[&Rule] = &[&S001, &S002, &S003, &S004, &S005, &S006, &S007, &S008];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for p in &ctx.portfolio.projects {
        spans(p, &mut out);
        inside(p, &mut out);
        done(ctx, p, &mut out);
    }
    for r in &ctx.portfolio.risks {
        for a in &r.actions {
            if let Some(d) = &a.done_on
                && d.value > ctx.as_of
            {
                out.push(
                    Finding::new(
                        &S007,
                        d.loc,
                        format!(
                            "an action of risk `{}` is recorded done on {}, after today ({})",
                            r.id.value, d.value, ctx.as_of
                        ),
                    )
                    .help("correct the date, or remove `done_on` until the action is done"),
                );
            }
        }
    }
    network::cycles(ctx, &mut out);
    network::order(ctx, &mut out);
    network::started(ctx, &mut out);
    needed_by(ctx, &mut out);
    out
}

fn start_after_end(start: &At<Date>, end: &At<Date>, what: String, out: &mut Vec<Finding>) {
    if start.value > end.value {
        out.push(
            Finding::new(
                &S001,
                start.loc,
                format!("{what} starts on {} but ends on {}", start.value, end.value),
            )
            .related(end.loc, "end set here")
            .help("swap or correct the dates"),
        );
    }
}

fn baseline(b: &Option<Baseline>, what: &str, out: &mut Vec<Finding>) {
    if let Some(Baseline {
        start: Some(s),
        end: Some(e),
    }) = b
    {
        start_after_end(s, e, format!("the baseline of {what}"), out);
    }
}

fn spans(p: &Project, out: &mut Vec<Finding>) {
    let name = format!("project `{}`", p.id.value);
    start_after_end(&p.start, &p.end, name.clone(), out);
    baseline(&p.baseline, &name, out);
    for t in &p.tasks {
        let what = format!("task `{}` of {name}", t.id.value);
        if let (Some(s), Some(e)) = (&t.start, &t.end) {
            start_after_end(s, e, what.clone(), out);
        }
        baseline(&t.baseline, &what, out);
    }
    for m in &p.team {
        if let (Some(f), Some(t)) = (&m.from, &m.to) {
            start_after_end(
                f,
                t,
                format!("the membership of `{}` in {name}", m.person.value),
                out,
            );
        }
    }
}

fn inside(p: &Project, out: &mut Vec<Finding>) {
    if p.start.value > p.end.value {
        return; // S001 says it; every date would be "outside".
    }
    let outside = |d: &At<Date>, what: String| -> Option<Finding> {
        let (side, bound) = if d.value < p.start.value {
            ("before", &p.start)
        } else if d.value > p.end.value {
            ("after", &p.end)
        } else {
            return None;
        };
        let bound_name = if side == "before" { "starts" } else { "ends" };
        Some(
            Finding::new(
                &S002,
                d.loc,
                format!(
                    "{what} {}, {side} project `{}` {bound_name} ({})",
                    d.value, p.id.value, bound.value
                ),
            )
            .related(bound.loc, format!("project {bound_name} here"))
            .help("move the date inside the project, or move the project's dates"),
        )
    };
    for m in &p.milestones {
        out.extend(outside(
            &m.due,
            format!("milestone `{}` is due", m.id.value),
        ));
    }
    for t in &p.tasks {
        if let Some(s) = &t.start {
            out.extend(outside(s, format!("task `{}` starts", t.id.value)));
        }
        if let Some(e) = &t.end {
            out.extend(outside(e, format!("task `{}` ends", t.id.value)));
        }
    }
}

fn done(ctx: &Context<'_>, p: &Project, out: &mut Vec<Finding>) {
    for m in &p.milestones {
        if let Some(d) = &m.done
            && d.value
            && m.done_on.is_none()
        {
            out.push(
                Finding::new(
                    &S006,
                    d.loc,
                    format!(
                        "milestone `{}` of project `{}` is done but has no `done_on`",
                        m.id.value, p.id.value
                    ),
                )
                .help("add `done_on: YYYY-MM-DD`, the day it was reached"),
            );
        }
        if let Some(d) = &m.done_on
            && d.value > ctx.as_of
        {
            out.push(
                Finding::new(
                    &S007,
                    d.loc,
                    format!(
                        "milestone `{}` of project `{}` is recorded done on {}, after today ({})",
                        m.id.value, p.id.value, d.value, ctx.as_of
                    ),
                )
                .help("correct the date, or remove `done_on` until the milestone is reached"),
            );
        }
    }
}

fn needed_by(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let index = ctx.index();
    let projects = &ctx.portfolio.projects;
    for p in projects {
        for d in &p.dependencies {
            let Some(&oi) = index.projects.get(d.project.value.as_str()) else {
                continue;
            };
            let other = &projects[oi];
            let Some(&mi) = index.milestones[oi].get(d.milestone.value.as_str()) else {
                continue;
            };
            let m = &other.milestones[mi];
            let (date, how) = match &m.done_on {
                Some(done) => (done, "was reached"),
                None => (&m.due, "is due"),
            };
            if date.value > d.needed_by.value {
                out.push(
                    Finding::new(
                        &S005,
                        d.needed_by.loc,
                        format!(
                            "project `{}` needs milestone `{}` of project `{}` by {}, but it {how} {}",
                            p.id.value, m.id.value, other.id.value, d.needed_by.value, date.value
                        ),
                    )
                    .related(date.loc, format!("`{}` {how} here", m.id.value))
                    .help(format!(
                        "agree a date with `{}`'s manager: pull the milestone in or move `needed_by` to {} or later",
                        other.id.value, date.value
                    )),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests;

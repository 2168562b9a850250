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
    explanation: r#"## What it checks
`start` is on or before `end` for projects, tasks and their `baseline`s, and `from` is on or before `to` for team members.

## Why
A negative span is always a typo; every later computation (durations, Gantt bars, capacity) would be wrong.

## How to fix
Swap or correct the dates.

## Example
Before:
```yaml
start: 2026-09-01
end: 2026-03-31
```
After:
```yaml
start: 2026-03-01
end: 2026-09-30
```
"#,
};

pub static S002: Rule = Rule {
    code: "S002",
    name: "outside-project-dates",
    default: Severity::Error,
    summary: "A milestone or task dated outside its project's start and end",
    explanation: r#"## What it checks
A milestone's `due` and a task's fixed `start` and `end` fall within the project's `start`..`end`.

## Why
The project's dates are what the program plan and the budget were approved on (ITO project operations; key-account IT project management). Work outside them is either not in the plan or a sign the project's end has slipped without being recorded.

## How to fix
Move the work inside the project, or move the project's dates (and say so in the plan review).

## Example
Before:
```yaml
start: 2026-01-05
end: 2026-06-30
milestones:
  - {id: M-GOLIVE, name: Go-live, due: 2026-07-15}
```
After:
```yaml
start: 2026-01-05
end: 2026-07-31
milestones:
  - {id: M-GOLIVE, name: Go-live, due: 2026-07-15}
```
"#,
};

pub static S003: Rule = Rule {
    code: "S003",
    name: "dependency-cycle",
    default: Severity::Error,
    summary: "Tasks and milestones that depend on each other in a circle",
    explanation: r#"## What it checks
Following `depends_on` from task to task (and milestone, and across projects) never comes back to where it started. The message prints the circle as `a -> b -> c -> a`, each depending on the next.

## Why
Work in a cycle can never start: no schedule exists. The PMO supervises inter-project dependencies (PMO duties and role), where such circles are easy to create and hard to see.

## How to fix
Remove the dependency that is not real, usually the one that points backwards in time.

## Example
Before:
```yaml
tasks:
  - {id: T-010, name: Design, depends_on: [{task: T-020}]}
  - {id: T-020, name: Build, depends_on: [{task: T-010}]}
```
After:
```yaml
tasks:
  - {id: T-010, name: Design}
  - {id: T-020, name: Build, depends_on: [{task: T-010}]}
```
"#,
};

pub static S004: Rule = Rule {
    code: "S004",
    name: "successor-before-predecessor",
    default: Severity::Error,
    summary: "Work dated to start (or finish) before the work it depends on allows",
    explanation: r#"## What it checks
For every dependency whose two ends have fixed dates, with `lag` in working days (negative for a lead):
- `fs` (finish-to-start, the default): the successor starts after the predecessor ends plus the lag; a task may start the working day after a predecessor task ends, and a milestone or work after a milestone may fall on the same day;
- `ss` (start-to-start): the successor starts no earlier than the predecessor's start plus the lag;
- `ff` (finish-to-finish): the successor ends no earlier than the predecessor's end plus the lag.
A milestone's date is its `due`. Dates on non-working days are moved to the next working day first (`[calendar]` in pmo.toml); a lag of more than 2,600 working days (ten years) is not checked.

## Why
The written dates contradict the written logic; one of them is wrong, and the Gantt chart (ITO project operations) and the critical path are built on both.

## How to fix
Move the successor later, shorten the lag, or remove the dependency if it is not real.

## Example
Before:
```yaml
- {id: T-010, name: Order switches, start: 2026-03-02, end: 2026-03-13}
- {id: T-020, name: Install switches, start: 2026-03-09, end: 2026-03-20,
   depends_on: [{task: T-010, lag: 2}]}
```
After:
```yaml
- {id: T-010, name: Order switches, start: 2026-03-02, end: 2026-03-13}
- {id: T-020, name: Install switches, start: 2026-03-18, end: 2026-03-27,
   depends_on: [{task: T-010, lag: 2}]}
```
"#,
};

pub static S005: Rule = Rule {
    code: "S005",
    name: "needed-milestone-late",
    default: Severity::Error,
    summary: "A project needs another project's milestone by a date the milestone is due after",
    explanation: r#"## What it checks
For each entry of a project's `dependencies:`, the other project's milestone is due (or was done, if done) on or before `needed_by`.

## Why
Inter-project dependencies are what the PMO watches across a program (PMO duties and role): a milestone planned after the date another project needs it is a schedule conflict between two managers that only the PMO sees.

## How to fix
Agree a new date: pull the milestone in, or move the dependent work (and its `needed_by`) out.

## Example
Before:
```yaml
# PRJ-NET
milestones:
  - {id: M-CORE, name: Core network ready, due: 2026-05-29}
# PRJ-APP
dependencies:
  - {project: PRJ-NET, milestone: M-CORE, needed_by: 2026-05-15}
```
After:
```yaml
# PRJ-APP
dependencies:
  - {project: PRJ-NET, milestone: M-CORE, needed_by: 2026-06-01}
```
"#,
};

pub static S006: Rule = Rule {
    code: "S006",
    name: "done-without-date",
    default: Severity::Error,
    summary: "A milestone marked done with no `done_on` date",
    explanation: r#"## What it checks
A milestone with `done: true` also gives `done_on`.

## Why
Milestone reports (PMO duties and role, "milestones reached") and slip measurements need the day it was reached.

## How to fix
Add `done_on:` (you may then drop `done: true`, which `done_on` implies).

## Example
Before:
```yaml
- {id: M-PILOT, name: Pilot site live, due: 2026-04-30, done: true}
```
After:
```yaml
- {id: M-PILOT, name: Pilot site live, due: 2026-04-30, done_on: 2026-05-06}
```
"#,
};

pub static S007: Rule = Rule {
    code: "S007",
    name: "done-in-future",
    default: Severity::Error,
    summary: "A milestone or risk action recorded as done on a day after today (`--as-of`)",
    explanation: r#"## What it checks
`done_on` of milestones and of risk actions is not after the `--as-of` date (default: today).

## Why
Work cannot be finished in the future: the date is a typo or a plan written in the done field, and progress reports would count it as reached.

## How to fix
Correct the date, or remove `done_on` until the work is done.

## Example
Before (as of 2026-11-16):
```yaml
- {id: M-HANDOVER, name: Handover, due: 2026-12-15, done_on: 2026-12-15}
```
After:
```yaml
- {id: M-HANDOVER, name: Handover, due: 2026-12-15}
```
"#,
};

pub static S008: Rule = Rule {
    code: "S008",
    name: "started-before-predecessors",
    default: Severity::Error,
    summary: "Work recorded as started on a date its predecessors, as scheduled, do not allow",
    explanation: r#"## What it checks
A task with `progress` above 0 (started or done) and a written `start`, whose predecessors, as the plan schedules them, allow it to start only later: its predecessor ends (`fs`), starts (`ss`) or, for `ff`, ends plus the lag after the day the task is recorded to have started. The predecessor's date is the plan's (the critical path method over the whole repository); a dependency whose two ends both have written dates is `S004`'s, not this rule's.

## Why
A task that has started is a fact, not a plan: its `start` says when the work began. If its predecessor is scheduled to end later, either the dependency is not real, the predecessor is late and its dates are stale, or the progress is wrong. Left alone, the plan moves the started task after its predecessor (possibly months ahead) and may put it on the critical path, while the team is already working on it (ITO project operations: the schedule is kept true to the work).

## How to fix
Give the predecessor its real dates (or its progress), remove a dependency that is not real, or correct the task's `start` or `progress`.

## Example
Before:
```yaml
- {id: T-010, name: Order switches, duration: 20}
- {id: T-020, name: Install switches, start: 2026-03-09, end: 2026-03-20,
   progress: 100, depends_on: [{task: T-010}]}
```
After:
```yaml
- {id: T-010, name: Order switches, start: 2026-02-02, end: 2026-03-06, progress: 100}
- {id: T-020, name: Install switches, start: 2026-03-09, end: 2026-03-20,
   progress: 100, depends_on: [{task: T-010}]}
```
"#,
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

//! Schedule rules (family `S`): dates that contradict each other. Only
//! dates written in the repository are compared; dates a scheduler would
//! compute from durations are the plan report's business.

use super::Context;
use crate::analysis::schedule::{Edge, Item, Schedule};
use crate::diag::{Finding, Rule, Severity};
use crate::model::{At, Baseline, Date, LinkType, Loc, Project};

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
    cycles(ctx, &mut out);
    order(ctx, &mut out);
    started(ctx, &mut out);
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

/// A node of the run's dependency network, as the messages name it.
struct Node<'p> {
    project: &'p str,
    id: &'p str,
    milestone: bool,
    /// Fixed dates written in the repository.
    start: Option<&'p At<Date>>,
    end: Option<&'p At<Date>>,
}

fn node<'p>(projects: &'p [Project], network: &Schedule, v: usize) -> Node<'p> {
    let key = network.keys[v];
    let p = &projects[key.project];
    match key.item {
        Item::Task(i) => Node {
            project: &p.id.value,
            id: &p.tasks[i].id.value,
            milestone: false,
            start: p.tasks[i].start.as_ref(),
            end: p.tasks[i].end.as_ref(),
        },
        Item::Milestone(j) => Node {
            project: &p.id.value,
            id: &p.milestones[j].id.value,
            milestone: true,
            start: Some(&p.milestones[j].due),
            end: Some(&p.milestones[j].due),
        },
    }
}

/// S003 over the cycles the schedule network found (one cycle finder for
/// `validate` and every report): one finding per cycle, printed from its
/// smallest node along the shortest way back to it.
fn cycles(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let projects = &ctx.portfolio.projects;
    let network = &ctx.analysis.schedule;
    for members in &network.cycles {
        let Some(&start) = members.first() else {
            continue;
        };
        let path = shortest_cycle(network, members, start);
        let across = path
            .iter()
            .any(|&v| network.keys[v].project != network.keys[start].project);
        let name = |v: usize| {
            let n = node(projects, network, v);
            if across {
                format!("{}/{}", n.project, n.id)
            } else {
                n.id.to_string()
            }
        };
        let mut chain: Vec<String> = path.iter().map(|&v| name(v)).collect();
        chain.push(name(start));
        let scope = if across {
            "across projects".to_string()
        } else {
            format!("in project `{}`", node(projects, network, start).project)
        };
        // The `depends_on` entry of `from` that names `to`.
        let edge_loc = |from: usize, to: usize| {
            network
                .preds(from)
                .find(|e| e.from as usize == to)
                .map_or(Loc::UNKNOWN, |e| e.loc)
        };
        let hops: Vec<(usize, usize)> = path
            .iter()
            .enumerate()
            .map(|(i, &v)| (v, path.get(i + 1).copied().unwrap_or(start)))
            .collect();
        let mut f = Finding::new(
            &S003,
            edge_loc(hops[0].0, hops[0].1),
            format!("dependency cycle {scope}: {}", chain.join(" -> ")),
        )
        .note(format!("`{}` depends on `{}`", chain[0], chain[1]))
        .help("each depends on the next; remove the dependency that is not real");
        for (i, &(from, to)) in hops.iter().enumerate().skip(1).take(8) {
            f = f.related(
                edge_loc(from, to),
                format!("`{}` depends on `{}`", chain[i], chain[i + 1]),
            );
        }
        out.push(f);
    }
}

/// The shortest way from `start` back to itself through what each node
/// depends on, inside the cycle's `members`, by breadth-first search;
/// returns the nodes from `start` on.
fn shortest_cycle(network: &Schedule, members: &[usize], start: usize) -> Vec<usize> {
    use std::collections::{HashMap, VecDeque};
    let inside = |v: usize| {
        members
            .binary_search_by_key(&network.keys[v], |&m| network.keys[m])
            .is_ok()
    };
    let mut parent: HashMap<usize, usize> = HashMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for e in network.preds(v) {
            let w = e.from as usize;
            if !inside(w) {
                continue;
            }
            if w == start {
                let mut path = vec![v];
                let mut at = v;
                while at != start {
                    match parent.get(&at) {
                        Some(&up) => at = up,
                        None => break,
                    }
                    path.push(at);
                }
                path.reverse();
                return path;
            }
            if let std::collections::hash_map::Entry::Vacant(slot) = parent.entry(w) {
                slot.insert(v);
                queue.push_back(w);
            }
        }
    }
    vec![start]
}

/// S004: a fixed date written in the repository earlier than a
/// dependency's fixed dates allow, over every edge of the network.
fn order(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let projects = &ctx.portfolio.projects;
    let network = &ctx.analysis.schedule;
    let days = ctx.analysis.days();
    for edge in &network.edges {
        // A lag of more than ten years of working days is a typo that the
        // dates cannot be checked against.
        if edge.lag.abs() > 2600 {
            continue;
        }
        let succ = node(projects, network, edge.to as usize);
        let pred = node(projects, network, edge.from as usize);
        let lag = edge.lag;
        let (mine, theirs, limit, verb) = match edge.link {
            LinkType::Fs => {
                let gap = i64::from(!succ.milestone && !pred.milestone);
                match (succ.start, pred.end) {
                    (Some(s), Some(p)) => (s, p, days.add_working(p.value, gap + lag), "ends"),
                    _ => continue,
                }
            }
            LinkType::Ss => match (succ.start, pred.start) {
                (Some(s), Some(p)) => (s, p, days.add_working(p.value, lag), "starts"),
                _ => continue,
            },
            LinkType::Ff => match (succ.end, pred.end) {
                (Some(s), Some(p)) => (s, p, days.add_working(p.value, lag), "ends"),
                _ => continue,
            },
        };
        if days.add_working(mine.value, 0) >= limit {
            continue;
        }
        out.push(out_of_order(
            &succ,
            &pred,
            edge,
            (mine, theirs, limit, verb),
        ));
    }
}

fn out_of_order(
    succ: &Node<'_>,
    pred: &Node<'_>,
    edge: &Edge,
    (mine, theirs, limit, verb): (&At<Date>, &At<Date>, Date, &str),
) -> Finding {
    let what = |m: bool| if m { "milestone" } else { "task" };
    let (sp, sid) = (succ.project, succ.id);
    let pid = pred.id;
    let pred_name = if pred.project == sp {
        format!("{} `{pid}`", what(pred.milestone))
    } else {
        format!(
            "{} `{pid}` of project `{}`",
            what(pred.milestone),
            pred.project
        )
    };
    let my_verb = match (edge.link, succ.milestone) {
        (_, true) => "is due",
        (LinkType::Ff, false) => "ends",
        _ => "starts",
    };
    let lag_text = match edge.lag {
        0 => String::new(),
        l if l > 0 => format!(" plus {l} working days of lag"),
        l => format!(" minus {} working days of lead", -l),
    };
    Finding::new(
        &S004,
        mine.loc,
        format!(
            "{} `{sid}` of project `{sp}` {my_verb} {}, before its predecessor {pred_name} {verb} ({}){lag_text} allows: {} at the earliest",
            what(succ.milestone),
            mine.value,
            theirs.value,
            limit
        ),
    )
    .related(theirs.loc, format!("`{pid}` {verb} here"))
    .help(format!("move `{sid}` to {limit} or later, or change the dependency"))
}

/// S008: a started task whose written start its predecessors, as the plan
/// schedules them, do not allow (the edges where both ends are written
/// are S004's).
fn started(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let projects = &ctx.portfolio.projects;
    let network = &ctx.analysis.schedule;
    let days = ctx.analysis.days();
    for (v, key) in network.keys.iter().enumerate() {
        let Item::Task(i) = key.item else { continue };
        let task = &projects[key.project].tasks[i];
        let Some(start) = task
            .start
            .as_ref()
            .filter(|_| task.progress_percent() > 0.0)
        else {
            continue;
        };
        let written = days.ord(start.value);
        let binding = network
            .scheduled_preds(v)
            .filter(|e| !both_written(projects, network, e))
            .map(|e| (need(network, e, network.times[v].duration), e))
            .filter(|(need, _)| *need > written)
            .max_by_key(|(need, e)| (*need, std::cmp::Reverse(e.from)));
        if let Some((need, edge)) = binding {
            out.push(started_early(ctx, v, start, need, edge));
        }
    }
}

/// Whether the dates S004 compares on this edge are both written.
fn both_written(projects: &[Project], network: &Schedule, e: &Edge) -> bool {
    let (succ, pred) = (
        node(projects, network, e.to as usize),
        node(projects, network, e.from as usize),
    );
    match e.link {
        LinkType::Fs => succ.start.is_some() && pred.end.is_some(),
        LinkType::Ss => succ.start.is_some() && pred.start.is_some(),
        LinkType::Ff => succ.end.is_some() && pred.end.is_some(),
    }
}

/// The earliest start point an edge allows its successor of `duration`.
fn need(network: &Schedule, e: &Edge, duration: i64) -> i64 {
    let p = &network.times[e.from as usize];
    match e.link {
        LinkType::Fs => p.early_finish + e.lag,
        LinkType::Ss => p.early_start + e.lag,
        LinkType::Ff => p.early_finish + e.lag - duration,
    }
}

fn started_early(ctx: &Context<'_>, v: usize, start: &At<Date>, need: i64, e: &Edge) -> Finding {
    let projects = &ctx.portfolio.projects;
    let network = &ctx.analysis.schedule;
    let me = node(projects, network, v);
    let pred = node(projects, network, e.from as usize);
    let p = &network.times[e.from as usize];
    let (pred_start, pred_end) = network.days(p.early_start, p.early_finish, p.at_day_start);
    let what = if pred.milestone { "milestone" } else { "task" };
    let pred_name = if pred.project == me.project {
        format!("{what} `{}`", pred.id)
    } else {
        format!("{what} `{}` of project `{}`", pred.id, pred.project)
    };
    let (verb, date) = match e.link {
        LinkType::Ss => ("start", pred_start),
        _ => ("end", pred_end),
    };
    let earliest = ctx.analysis.days().date(need);
    Finding::new(
        &S008,
        start.loc,
        format!(
            "task `{}` of project `{}` is recorded as started on {}, but its predecessor {pred_name} is scheduled to {verb} on {date}: the plan moves it to {earliest}",
            me.id, me.project, start.value
        ),
    )
    .help(format!(
        "give `{}` its real dates or progress, remove the dependency if it is not real, or correct `{}`'s start",
        pred.id, me.id
    ))
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
mod tests {
    use super::*;

    #[test]
    fn start_to_start_and_finish_to_finish_lags() {
        // T1 runs Mon 2026-03-02 .. Fri 03-06. T2 is SS + 3 working days:
        // earliest start Thu 03-05, but starts Wed 03-04. T3 is FF: it may
        // not end before Fri 03-06, but ends Thu 03-05. T4 is FS: it may
        // start the next working day, Mon 03-09, and does.
        let text = "kind: Project\nid: P\nname: P\nprogram: PRG\nmanager: p-a\nstatus: active\nstart: 2026-03-02\nend: 2026-03-31\ntasks:\n  - {id: T1, name: a, start: 2026-03-02, end: 2026-03-06}\n  - {id: T2, name: b, start: 2026-03-04, end: 2026-03-10, depends_on: [{task: T1, type: ss, lag: 3}]}\n  - {id: T3, name: c, start: 2026-03-02, end: 2026-03-05, depends_on: [{task: T1, type: ff}]}\n  - {id: T4, name: d, start: 2026-03-09, end: 2026-03-10, depends_on: [{task: T1}]}\n";
        let found = crate::check::run_on(check, &[("p.yaml", text)]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("S004: task `T2` of project `P` starts 2026-03-04"));
        assert!(
            found[0].ends_with("plus 3 working days of lag allows: 2026-03-05 at the earliest")
        );
        assert!(found[1].starts_with("S004: task `T3` of project `P` ends 2026-03-05"));
        assert!(found[1].ends_with("allows: 2026-03-06 at the earliest"));
    }

    #[test]
    fn a_started_task_before_its_scheduled_predecessor() {
        // T1 has only a duration: 10 days from the project start, Mon
        // 03-02 .. Fri 03-13. T2 is done and says it started Mon 03-09,
        // but FS on T1 allows Mon 03-16 at the earliest. T3 has not
        // started: its `start` is only a wish, the plan may move it. T4's
        // predecessor has written dates: that is S004's case, not S008's.
        let text = "kind: Project\nid: P\nname: P\nprogram: PRG\nmanager: p-a\nstatus: active\nstart: 2026-03-02\nend: 2026-04-30\ntasks:\n  - {id: T1, name: a, duration: 10}\n  - {id: T2, name: b, start: 2026-03-09, end: 2026-03-13, progress: 100, depends_on: [{task: T1}]}\n  - {id: T3, name: c, start: 2026-03-09, depends_on: [{task: T1}]}\n  - {id: T0, name: z, start: 2026-03-02, end: 2026-03-20}\n  - {id: T4, name: d, start: 2026-03-09, progress: 50, depends_on: [{task: T0}]}\n";
        let found = crate::check::run_on(check, &[("p.yaml", text)]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[1].starts_with("S004: task `T4`"), "{found:?}");
        assert_eq!(
            found[0],
            "S008: task `T2` of project `P` is recorded as started on 2026-03-09, but its predecessor task `T1` is scheduled to end on 2026-03-13: the plan moves it to 2026-03-16"
        );
    }
}

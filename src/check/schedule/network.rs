//! The schedule rules over the run's dependency network: cycles (`S003`),
//! written dates against written dates (`S004`) and started work against
//! the plan's dates (`S008`). One network, the analysis's, for `validate`
//! and every report.

use super::{S003, S004, S008};
use crate::analysis::schedule::{Edge, Item, Schedule};
use crate::check::Context;
use crate::diag::Finding;
use crate::model::{At, Date, LinkType, Loc, Project};

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
pub(super) fn cycles(ctx: &Context<'_>, out: &mut Vec<Finding>) {
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
pub(super) fn order(ctx: &Context<'_>, out: &mut Vec<Finding>) {
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
pub(super) fn started(ctx: &Context<'_>, out: &mut Vec<Finding>) {
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

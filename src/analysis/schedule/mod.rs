//! The schedule network of the whole portfolio and its critical path
//! method (CPM) passes, shared by the plan, resource and risk reports.
//!
//! # The network
//! Every task and milestone of every project is a node, keyed by
//! (project, task or milestone). Each `depends_on` entry is an edge from the
//! predecessor to the dependent item: finish-to-start (default),
//! start-to-start or finish-to-finish, with a lag in working days (negative
//! for a lead). A dependency may name another project's task or milestone.
//! Dependencies that do not resolve are skipped (`pmo validate` reports
//! them).
//!
//! # Time
//! All arithmetic is in working-day *points* on the calendar of `pmo.toml`:
//! point `k` is the start of the `k`-th working day (see [`WorkIndex`]), so
//! a task of `d` days starting at `s` occupies days `s .. s+d-1` and
//! finishes at point `s + d`. Adding `n` working days is `k + n`: no
//! calendar walk. A task's dates are the working day at its start point and
//! the working day before its finish point; a zero-length item (a
//! milestone) at point `t` is dated the working day before `t`, i.e. it
//! happens at the end of that day.
//!
//! # Durations (whole working days, rounded up)
//! 1. `duration`;
//! 2. else the working days from `start` to `end`, both included;
//! 3. else `effort` / `hours_per_day`;
//! 4. else 1 day.
//!
//! Milestones last zero days.
//!
//! # Dates written in the repository
//! - A task's `start` is a *start no earlier than* constraint; without it,
//!   a task starts no earlier than its project's `start`.
//! - A task's `end`, when `start` is not given, is a *finish no earlier
//!   than* constraint (the task is placed to end on it unless its
//!   predecessors, or its project's start, push it later).
//! - A milestone with predecessors happens when they allow (its `due` is
//!   the commitment it is measured against, not a date that holds the
//!   plan back, so the work before it shows on the critical path); a
//!   milestone with none happens at the end of its `due` day.
//!
//! # The passes
//! Forward: `ES = max(constraint, over predecessors: FS: EF(p)+lag,
//! SS: ES(p)+lag, FF: EF(p)+lag-D)`, `EF = ES + D`. Backward: `LF = min(
//! finish of the node's project, over successors: FS: LS(s)-lag, SS:
//! LS(s)-lag+D, FF: LF(s)-lag)`, `LS = LF - D`. Total float is `LS - ES`;
//! free float is the smallest slack to a successor's early date (or to the
//! project finish). A node is critical when its total float is zero: a
//! day's delay delays its project (or a project that depends on it). A
//! second backward pass against each program's finish gives the program's
//! critical path.
//!
//! Nodes are ordered by Kahn's algorithm (iterative, so 200,000 nodes never
//! overflow the stack). Dependency cycles are found with an iterative
//! Tarjan pass, reported in [`Schedule::cycles`], and scheduled with the
//! edges inside each cycle left out. Everything is O(nodes + edges).

use std::collections::HashMap;

use super::calendar::WorkCalendar;
pub use super::days::WorkIndex;
use crate::model::{Date, LinkType, Loc, Portfolio, Project};
use network::{adjacency, nodes, order_and_cycles, resolve_edges};

/// A task or a milestone of a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// Index into `Project::tasks`.
    Task(usize),
    /// Index into `Project::milestones`.
    Milestone(usize),
}

/// A node's key: the project's index in `Portfolio::projects` and the item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeKey {
    pub project: usize,
    pub item: Item,
}

/// A dependency edge, predecessor to successor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: u32,
    pub to: u32,
    pub link: LinkType,
    pub lag: i64,
    /// Where the `depends_on` entry names its predecessor (for messages).
    pub loc: Loc,
}

/// One node's computed dates, as working-day points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Times {
    pub duration: i64,
    pub early_start: i64,
    pub early_finish: i64,
    pub late_start: i64,
    pub late_finish: i64,
    pub total_float: i64,
    pub free_float: i64,
    /// Zero total float against the project finish.
    pub critical: bool,
    /// Zero total float against the program finish.
    pub program_critical: bool,
    /// Part of a dependency cycle.
    pub in_cycle: bool,
    /// A milestone placed by a start (its project's start, or a
    /// start-to-start link): it happens at the start of the working day at
    /// its point, not at the end of the day before.
    pub at_day_start: bool,
}

/// The scheduled network.
#[derive(Clone, Debug)]
pub struct Schedule {
    pub index: WorkIndex,
    pub keys: Vec<NodeKey>,
    pub times: Vec<Times>,
    pub edges: Vec<Edge>,
    /// Nodes of project `p` are `first[p] .. first[p + 1]`: its tasks, then
    /// its milestones, in file order.
    pub first: Vec<usize>,
    /// Finish point of each project (its latest early finish); `None` for
    /// a project with no tasks or milestones.
    pub project_finish: Vec<Option<i64>>,
    /// Each dependency cycle, as its nodes sorted by key.
    pub cycles: Vec<Vec<usize>>,
    /// Nodes in a valid order (predecessors first, cycle edges left out).
    pub order: Vec<u32>,
    /// Lower bound of each node's early start from dates in the repository.
    pub constraint: Vec<i64>,
    /// Whether that bound is a start (a milestone placed by its project's
    /// start) rather than a finish (a milestone's `due`).
    constraint_is_start: Vec<bool>,
    pred_start: Vec<usize>,
    pred_edges: Vec<u32>,
    succ_start: Vec<usize>,
    succ_edges: Vec<u32>,
    /// Edges inside a cycle, not scheduled.
    cut: Vec<bool>,
}

/// Whole working days, rounded up; 0 for negative or not-a-number input.
fn whole_days(x: f64) -> i64 {
    if x.is_finite() && x > 0.0 {
        x.ceil().min(1e9) as i64
    } else {
        0
    }
}

/// Every date the network is anchored on, to size the exact index range.
fn date_range(
    portfolio: &Portfolio,
    calendar: &crate::model::Calendar,
    extra: &[Date],
) -> (Date, Date) {
    let mut lo: Option<Date> = None;
    let mut hi: Option<Date> = None;
    let mut see = |d: Date| {
        lo = Some(lo.map_or(d, |l| l.min(d)));
        hi = Some(hi.map_or(d, |h| h.max(d)));
    };
    calendar
        .holidays
        .iter()
        .chain(&calendar.workdays)
        .chain(extra)
        .for_each(|&d| see(d));
    for p in &portfolio.projects {
        see(p.start.value);
        see(p.end.value);
        for t in &p.tasks {
            t.start.iter().chain(&t.end).for_each(|d| see(d.value));
        }
        for m in &p.milestones {
            see(m.due.value);
            if let Some(d) = &m.done_on {
                see(d.value);
            }
        }
    }
    let fallback = Date::ymd(2000, 1, 1).unwrap_or(Date(chrono::NaiveDate::MIN));
    let lo = lo.unwrap_or(fallback);
    // Guard against absurd spans (a typo year 9999): the table covers at
    // most 40 years; beyond, the weekly pattern answers.
    let hi = hi.unwrap_or(lo).min(lo.add_days(366 * 40));
    (lo.add_days(-7), hi.add_days(7))
}

impl Schedule {
    /// Builds and schedules the network of every project in `portfolio`.
    /// `extra` are further dates the caller will convert (e.g. the as-of
    /// date), so the index is exact around them too.
    pub fn build(portfolio: &Portfolio, calendar: &WorkCalendar, extra: &[Date]) -> Schedule {
        let (lo, hi) = date_range(portfolio, &portfolio.settings.calendar, extra);
        let index = WorkIndex::new(calendar, lo, hi);
        let projects = &portfolio.projects;
        let (first, keys) = nodes(projects);
        let n = keys.len();
        let (duration, mut constraint) = durations(projects, &first, &index, calendar, n);
        let edges = resolve_edges(projects, &first, n);
        let (pred_start, pred_edges) = adjacency(n, &edges, |e| e.to);
        let constraint_is_start =
            milestone_floors(projects, &first, &pred_start, &index, &mut constraint);
        let (succ_start, succ_edges) = adjacency(n, &edges, |e| e.from);
        let (order, cut, cycles, in_cycle) =
            order_and_cycles(&keys, &edges, &succ_start, &succ_edges);
        let mut schedule = Schedule {
            index,
            keys,
            times: vec![Times::default(); n],
            edges,
            first,
            project_finish: Vec::new(),
            cycles,
            order,
            constraint,
            constraint_is_start,
            pred_start,
            pred_edges,
            succ_start,
            succ_edges,
            cut,
        };
        schedule.passes(projects, &duration, &in_cycle);
        schedule
    }

    /// The forward pass and both backward passes (project, program) over
    /// the built network: every node's times.
    fn passes(&mut self, projects: &[Project], duration: &[i64], in_cycle: &[bool]) {
        let schedule = &*self;
        let n = schedule.keys.len();
        let (es, ef, at_day_start) = schedule.forward(duration, &schedule.constraint, &[]);
        let project_finish: Vec<Option<i64>> = (0..projects.len())
            .map(|p| {
                (schedule.first[p]..schedule.first[p + 1])
                    .map(|v| ef[v])
                    .max()
            })
            .collect();

        // Pass 1: against each project's finish.
        let bound: Vec<i64> = schedule
            .keys
            .iter()
            .map(|k| project_finish[k.project].unwrap_or(0))
            .collect();
        let (ls, lf, free) = schedule.backward(duration, &es, &ef, &bound);
        // Pass 2: against each program's finish.
        let mut program_finish: HashMap<&str, i64> = HashMap::new();
        for (p, project) in projects.iter().enumerate() {
            if let Some(f) = project_finish[p] {
                let e = program_finish
                    .entry(project.program.value.as_str())
                    .or_insert(f);
                *e = (*e).max(f);
            }
        }
        let bound2: Vec<i64> = schedule
            .keys
            .iter()
            .enumerate()
            .map(|(v, k)| {
                let program = projects[k.project].program.value.as_str();
                program_finish.get(program).copied().unwrap_or(bound[v])
            })
            .collect();
        let (ls2, _, _) = schedule.backward(duration, &es, &ef, &bound2);

        let times: Vec<Times> = (0..n)
            .map(|v| Times {
                duration: duration[v],
                early_start: es[v],
                early_finish: ef[v],
                late_start: ls[v],
                late_finish: lf[v],
                total_float: ls[v] - es[v],
                free_float: free[v],
                critical: ls[v] - es[v] <= 0,
                program_critical: ls2[v] - es[v] <= 0,
                in_cycle: in_cycle[v],
                at_day_start: at_day_start[v],
            })
            .collect();
        self.times = times;
        self.project_finish = project_finish;
    }

    /// The forward pass: early start and finish of every node from the
    /// durations and the lower bounds of their starts, and whether a
    /// zero-length node was placed by a start (see [`Times::at_day_start`]).
    /// `fixed` nodes (given as `(node, start, finish)`) keep the given times
    /// and ignore their predecessors, e.g. work already done.
    pub fn forward(
        &self,
        duration: &[i64],
        lower: &[i64],
        fixed: &[(usize, i64, i64)],
    ) -> (Vec<i64>, Vec<i64>, Vec<bool>) {
        let n = self.keys.len();
        let mut es = vec![0i64; n];
        let mut ef = vec![0i64; n];
        let mut by_start = vec![false; n];
        let mut pinned = vec![None; n];
        for &(v, s, f) in fixed {
            pinned[v] = Some((s, f));
        }
        for &v in &self.order {
            let v = v as usize;
            if let Some((s, f)) = pinned[v] {
                es[v] = s;
                ef[v] = f;
                continue;
            }
            let mut start = lower[v];
            // A finish binding as late as a start wins: the day before.
            let mut starts = self.constraint_is_start[v] && lower[v] == self.constraint[v];
            for &e in &self.pred_edges[self.pred_start[v]..self.pred_start[v + 1]] {
                if self.cut[e as usize] {
                    continue;
                }
                let edge = &self.edges[e as usize];
                let p = edge.from as usize;
                let need = match edge.link {
                    LinkType::Fs => ef[p] + edge.lag,
                    LinkType::Ss => es[p] + edge.lag,
                    LinkType::Ff => ef[p] + edge.lag - duration[v],
                };
                if need > start {
                    start = need;
                    starts = edge.link == LinkType::Ss;
                } else if need == start && edge.link != LinkType::Ss {
                    starts = false;
                }
            }
            es[v] = start;
            ef[v] = start + duration[v];
            by_start[v] = starts && duration[v] == 0;
        }
        (es, ef, by_start)
    }

    /// The first and last day of an item at points `start..finish`; a
    /// zero-length item is dated the day before its point, or the day at
    /// its point when it was placed by a start (`at_day_start`).
    pub fn days(&self, start: i64, finish: i64, at_day_start: bool) -> (Date, Date) {
        if finish <= start && at_day_start {
            let d = self.index.date(start);
            (d, d)
        } else {
            (
                self.index.start_date(start, finish - start),
                self.index.finish_date(finish),
            )
        }
    }

    /// The backward pass against a finish bound per node: late start, late
    /// finish and free float.
    fn backward(
        &self,
        duration: &[i64],
        es: &[i64],
        ef: &[i64],
        bound: &[i64],
    ) -> (Vec<i64>, Vec<i64>, Vec<i64>) {
        let n = self.keys.len();
        let mut lf: Vec<i64> = bound.to_vec();
        let mut free: Vec<i64> = (0..n).map(|v| bound[v] - ef[v]).collect();
        let mut ls = vec![0i64; n];
        for &v in self.order.iter().rev() {
            let v = v as usize;
            for &e in &self.succ_edges[self.succ_start[v]..self.succ_start[v + 1]] {
                if self.cut[e as usize] {
                    continue;
                }
                let edge = &self.edges[e as usize];
                let s = edge.to as usize;
                let (late, slack) = match edge.link {
                    LinkType::Fs => (ls[s] - edge.lag, es[s] - edge.lag - ef[v]),
                    LinkType::Ss => (ls[s] - edge.lag + duration[v], es[s] - edge.lag - es[v]),
                    LinkType::Ff => (lf[s] - edge.lag, ef[s] - edge.lag - ef[v]),
                };
                lf[v] = lf[v].min(late);
                free[v] = free[v].min(slack);
            }
            ls[v] = lf[v] - duration[v];
            free[v] = free[v].max(0);
        }
        (ls, lf, free)
    }

    /// Node number of a key.
    pub fn node(&self, key: NodeKey, project: &Project) -> usize {
        match key.item {
            Item::Task(i) => self.first[key.project] + i,
            Item::Milestone(i) => self.first[key.project] + project.tasks.len() + i,
        }
    }

    /// Whether a project's task (or milestone) with this id is on its
    /// project's critical path; `None` if it does not resolve.
    pub fn is_critical(
        &self,
        portfolio: &Portfolio,
        project: &str,
        item: &str,
        task: bool,
    ) -> Option<bool> {
        let p = portfolio
            .projects
            .binary_search_by(|x| x.id.value.as_str().cmp(project))
            .ok()?;
        let pr = &portfolio.projects[p];
        let item = if task {
            Item::Task(pr.tasks.iter().position(|t| t.id.value == item)?)
        } else {
            Item::Milestone(pr.milestones.iter().position(|m| m.id.value == item)?)
        };
        let v = self.node(NodeKey { project: p, item }, pr);
        self.times.get(v).map(|t| t.critical)
    }

    /// The nodes of project `p`.
    pub fn nodes_of(&self, p: usize) -> std::ops::Range<usize> {
        self.first[p]..self.first[p + 1]
    }

    /// Predecessor edges of a node that the passes use (those inside a
    /// dependency cycle left out).
    pub fn scheduled_preds(&self, v: usize) -> impl Iterator<Item = &Edge> + '_ {
        self.pred_edges[self.pred_start[v]..self.pred_start[v + 1]]
            .iter()
            .filter(|&&e| !self.cut[e as usize])
            .map(|&e| &self.edges[e as usize])
    }

    /// Predecessor edges of a node (cycle edges included).
    pub fn preds(&self, v: usize) -> impl Iterator<Item = &Edge> + '_ {
        self.pred_edges[self.pred_start[v]..self.pred_start[v + 1]]
            .iter()
            .map(|&e| &self.edges[e as usize])
    }
}

/// Each node's duration and the lower bound of its start from the dates
/// written in the repository (module doc).
fn durations(
    projects: &[Project],
    first: &[usize],
    index: &WorkIndex,
    calendar: &WorkCalendar,
    n: usize,
) -> (Vec<i64>, Vec<i64>) {
    let mut duration = vec![0i64; n];
    let mut constraint = vec![0i64; n];
    for (p, project) in projects.iter().enumerate() {
        let base = first[p];
        let project_start = index.ord(project.start.value);
        for (i, t) in project.tasks.iter().enumerate() {
            let d = if let Some(x) = &t.duration {
                whole_days(x.value)
            } else if let (Some(s), Some(e)) = (&t.start, &t.end) {
                (index.ord_end(e.value) - index.ord(s.value)).max(0)
            } else if let Some(e) = &t.effort {
                whole_days(e.value / calendar.hours_per_day)
            } else {
                1
            };
            duration[base + i] = d;
            constraint[base + i] = match (&t.start, &t.end) {
                (Some(s), _) => index.ord(s.value),
                // Never before its project starts: the end is a
                // "finish no earlier than", the project start a floor.
                (None, Some(e)) => (index.ord_end(e.value) - d).max(project_start),
                (None, None) => project_start,
            };
        }
        let mbase = base + project.tasks.len();
        for (i, m) in project.milestones.iter().enumerate() {
            constraint[mbase + i] = index.ord_end(m.due.value);
        }
    }

    (duration, constraint)
}

/// A milestone with predecessors is placed by them, from its project's
/// start (a start bound, see [`Times::at_day_start`]).
fn milestone_floors(
    projects: &[Project],
    first: &[usize],
    pred_start: &[usize],
    index: &WorkIndex,
    constraint: &mut [i64],
) -> Vec<bool> {
    let n = constraint.len();
    let mut constraint_is_start = vec![false; n];
    for (p, project) in projects.iter().enumerate() {
        let mbase = first[p] + project.tasks.len();
        for v in mbase..first[p + 1] {
            if pred_start[v + 1] > pred_start[v] {
                constraint[v] = index.ord(project.start.value);
                constraint_is_start[v] = true;
            }
        }
    }
    constraint_is_start
}

mod network;

#[cfg(test)]
pub(crate) mod tests;

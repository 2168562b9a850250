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
//!   predecessors push it later).
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

use chrono::Datelike;

use super::calendar::WorkCalendar;
use crate::model::{Date, LinkType, Portfolio, Project};

/// Maps dates to working-day ordinals and back in O(1).
///
/// Inside the precomputed range (which covers every holiday and extra
/// working day of the calendar) a table answers; outside it the calendar is
/// the plain weekly pattern, counted by whole weeks.
#[derive(Clone, Debug)]
pub struct WorkIndex {
    lo: Date,
    hi: Date,
    /// Working days in `lo .. lo+i` for each day `i` of the range.
    before: Vec<i64>,
    /// The working days of the range, in order.
    days: Vec<Date>,
    /// Which weekdays (from Monday) are worked outside the range.
    pattern: [bool; 7],
    per_week: i64,
}

impl WorkIndex {
    /// An index exact over `lo ..= hi`; give a range that holds every
    /// holiday and extra working day of `calendar`.
    pub fn new(calendar: &WorkCalendar, lo: Date, hi: Date) -> WorkIndex {
        let hi = hi.max(lo);
        let span = lo.days_until(hi) as usize + 1;
        let mut before = Vec::with_capacity(span);
        let mut days = Vec::new();
        for i in 0..span {
            let d = lo.add_days(i as i64);
            before.push(days.len() as i64);
            if calendar.is_working(d) {
                days.push(d);
            }
        }
        // The week after the range has no holiday: it shows the pattern.
        let mut pattern = [false; 7];
        for i in 1..=7 {
            let d = hi.add_days(i);
            pattern[d.0.weekday().num_days_from_monday() as usize] = calendar.is_working(d);
        }
        if !pattern.iter().any(|&w| w) {
            pattern = [true, true, true, true, true, false, false];
        }
        let per_week = pattern.iter().filter(|&&w| w).count() as i64;
        WorkIndex {
            lo,
            hi,
            before,
            days,
            pattern,
            per_week,
        }
    }

    fn in_pattern(&self, d: Date) -> bool {
        self.pattern[d.0.weekday().num_days_from_monday() as usize]
    }

    /// Pattern working days in `a .. b` (b excluded).
    fn pattern_count(&self, a: Date, b: Date) -> i64 {
        let days = a.days_until(b).max(0);
        let weeks = days / 7;
        let mut count = weeks * self.per_week;
        let mut d = a.add_days(weeks * 7);
        while d < b {
            count += i64::from(self.in_pattern(d));
            d = d.add_days(1);
        }
        count
    }

    /// The point at the start of `d`: the ordinal of the first working day
    /// on or after `d` (working days before `d`, counted from the range).
    pub fn ord(&self, d: Date) -> i64 {
        if d < self.lo {
            -self.pattern_count(d, self.lo)
        } else if d <= self.hi {
            self.before[self.lo.days_until(d) as usize]
        } else {
            self.days.len() as i64 + self.pattern_count(self.hi.add_days(1), d)
        }
    }

    /// The point at the end of `d` (the start of the next day).
    pub fn ord_end(&self, d: Date) -> i64 {
        self.ord(d.add_days(1))
    }

    /// The working day with ordinal `k`.
    pub fn date(&self, k: i64) -> Date {
        let n = self.days.len() as i64;
        if (0..n).contains(&k) {
            return self.days[k as usize];
        }
        if k >= n {
            let r = k - n;
            let mut d = self.hi.add_days(1 + 7 * (r / self.per_week));
            let mut left = r % self.per_week;
            loop {
                if self.in_pattern(d) {
                    if left == 0 {
                        return d;
                    }
                    left -= 1;
                }
                d = d.add_days(1);
            }
        }
        // k < 0: the r-th working day before `lo`.
        let r = -k;
        let mut d = self.lo.add_days(-7 * ((r - 1) / self.per_week));
        let mut left = (r - 1) % self.per_week;
        loop {
            d = d.add_days(-1);
            if self.in_pattern(d) {
                if left == 0 {
                    return d;
                }
                left -= 1;
            }
        }
    }

    /// The first day of an item starting at point `start` and lasting
    /// `duration` days (a zero-length item is dated the day before).
    pub fn start_date(&self, start: i64, duration: i64) -> Date {
        if duration > 0 {
            self.date(start)
        } else {
            self.date(start - 1)
        }
    }

    /// The last day of an item finishing at point `finish`.
    pub fn finish_date(&self, finish: i64) -> Date {
        self.date(finish - 1)
    }
}

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

        let mut first = Vec::with_capacity(projects.len() + 1);
        let mut keys = Vec::new();
        for (p, project) in projects.iter().enumerate() {
            first.push(keys.len());
            keys.extend((0..project.tasks.len()).map(|i| NodeKey {
                project: p,
                item: Item::Task(i),
            }));
            keys.extend((0..project.milestones.len()).map(|i| NodeKey {
                project: p,
                item: Item::Milestone(i),
            }));
        }
        first.push(keys.len());
        let n = keys.len();

        // Durations and date constraints.
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
                    (None, Some(e)) => index.ord_end(e.value) - d,
                    (None, None) => project_start,
                };
            }
            let mbase = base + project.tasks.len();
            for (i, m) in project.milestones.iter().enumerate() {
                constraint[mbase + i] = index.ord_end(m.due.value);
            }
        }

        // Resolve dependencies into edges.
        let project_ix: HashMap<&str, usize> = projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.value.as_str(), i))
            .collect();
        // One map for every project's items (a map per project would cost
        // an allocation each): (project, is milestone, id) -> node.
        let mut item_ix: HashMap<(usize, bool, &str), usize> = HashMap::with_capacity(n);
        for (p, project) in projects.iter().enumerate() {
            for (i, t) in project.tasks.iter().enumerate() {
                item_ix
                    .entry((p, false, t.id.value.as_str()))
                    .or_insert(first[p] + i);
            }
            let mbase = first[p] + project.tasks.len();
            for (i, m) in project.milestones.iter().enumerate() {
                item_ix
                    .entry((p, true, m.id.value.as_str()))
                    .or_insert(mbase + i);
            }
        }
        let mut edges = Vec::new();
        for (p, project) in projects.iter().enumerate() {
            let deps = project
                .tasks
                .iter()
                .enumerate()
                .map(|(i, t)| (first[p] + i, &t.depends_on))
                .chain(
                    project
                        .milestones
                        .iter()
                        .enumerate()
                        .map(|(i, m)| (first[p] + project.tasks.len() + i, &m.depends_on)),
                );
            for (to, list) in deps {
                for dep in list {
                    let q = match &dep.project {
                        Some(id) => match project_ix.get(id.value.as_str()) {
                            Some(&q) => q,
                            None => continue,
                        },
                        None => p,
                    };
                    let from = if let Some(t) = &dep.task {
                        item_ix.get(&(q, false, t.value.as_str())).copied()
                    } else if let Some(m) = &dep.milestone {
                        item_ix.get(&(q, true, m.value.as_str())).copied()
                    } else {
                        None
                    };
                    if let Some(from) = from {
                        edges.push(Edge {
                            from: from as u32,
                            to: to as u32,
                            link: dep.link_type(),
                            lag: i64::from(dep.lag_days()),
                        });
                    }
                }
            }
        }

        let (pred_start, pred_edges) = adjacency(n, &edges, |e| e.to);
        // A milestone with predecessors is placed by them, from the project start.
        for (p, project) in projects.iter().enumerate() {
            let mbase = first[p] + project.tasks.len();
            for v in mbase..first[p + 1] {
                if pred_start[v + 1] > pred_start[v] {
                    constraint[v] = index.ord(project.start.value);
                }
            }
        }
        let (succ_start, succ_edges) = adjacency(n, &edges, |e| e.from);
        let mut cut = vec![false; edges.len()];
        let mut order = kahn(n, &edges, &succ_start, &succ_edges, &cut);
        let mut cycles = Vec::new();
        let mut in_cycle = vec![false; n];
        if order.len() < n {
            let mut placed = vec![false; n];
            for &v in &order {
                placed[v as usize] = true;
            }
            let comp = tarjan(n, &edges, &succ_start, &succ_edges, &placed);
            let mut members: HashMap<u32, Vec<usize>> = HashMap::new();
            for (e, edge) in edges.iter().enumerate() {
                let (a, b) = (edge.from as usize, edge.to as usize);
                if comp[a] != u32::MAX && comp[a] == comp[b] {
                    cut[e] = true;
                    in_cycle[a] = true;
                    in_cycle[b] = true;
                }
            }
            for (v, &c) in comp.iter().enumerate() {
                if c != u32::MAX && in_cycle[v] {
                    members.entry(c).or_default().push(v);
                }
            }
            cycles = members.into_values().collect();
            for c in &mut cycles {
                c.sort_by_key(|&v| keys[v]);
            }
            cycles.sort_by_key(|c| c.first().map(|&v| keys[v]));
            order = kahn(n, &edges, &succ_start, &succ_edges, &cut);
        }

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
            pred_start,
            pred_edges,
            succ_start,
            succ_edges,
            cut,
        };
        let (es, ef) = schedule.forward(&duration, &schedule.constraint, &[]);
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
        let (ls, lf, free) = schedule.backward(&duration, &es, &ef, &bound);
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
        let (ls2, _, _) = schedule.backward(&duration, &es, &ef, &bound2);

        schedule.times = (0..n)
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
            })
            .collect();
        schedule.project_finish = project_finish;
        schedule
    }

    /// The forward pass: early start and finish of every node from the
    /// durations and the lower bounds of their starts. `fixed` nodes (given
    /// as `(node, start, finish)`) keep the given times and ignore their
    /// predecessors, e.g. work already done.
    pub fn forward(
        &self,
        duration: &[i64],
        lower: &[i64],
        fixed: &[(usize, i64, i64)],
    ) -> (Vec<i64>, Vec<i64>) {
        let n = self.keys.len();
        let mut es = vec![0i64; n];
        let mut ef = vec![0i64; n];
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
                start = start.max(need);
            }
            es[v] = start;
            ef[v] = start + duration[v];
        }
        (es, ef)
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

    /// Predecessor edges of a node (cycle edges included).
    pub fn preds(&self, v: usize) -> impl Iterator<Item = &Edge> + '_ {
        self.pred_edges[self.pred_start[v]..self.pred_start[v + 1]]
            .iter()
            .map(|&e| &self.edges[e as usize])
    }
}

/// Edges grouped by `key` (compressed rows): offsets and edge numbers.
fn adjacency(n: usize, edges: &[Edge], key: impl Fn(&Edge) -> u32) -> (Vec<usize>, Vec<u32>) {
    let mut start = vec![0usize; n + 1];
    for e in edges {
        start[key(e) as usize + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut list = vec![0u32; edges.len()];
    for (i, e) in edges.iter().enumerate() {
        let k = key(e) as usize;
        list[fill[k]] = i as u32;
        fill[k] += 1;
    }
    (start, list)
}

/// Kahn's topological order, skipping `cut` edges; nodes on a cycle are
/// left out. Ready nodes are taken last-in first-out, so the order follows
/// each chain (good for the cache) and is the same on every run.
fn kahn(
    n: usize,
    edges: &[Edge],
    succ_start: &[usize],
    succ_edges: &[u32],
    cut: &[bool],
) -> Vec<u32> {
    let mut indegree = vec![0u32; n];
    for (i, e) in edges.iter().enumerate() {
        if !cut[i] {
            indegree[e.to as usize] += 1;
        }
    }
    let mut ready: Vec<u32> = (0..n as u32)
        .rev()
        .filter(|&v| indegree[v as usize] == 0)
        .collect();
    let mut order = Vec::with_capacity(n);
    while let Some(v) = ready.pop() {
        order.push(v);
        for &e in &succ_edges[succ_start[v as usize]..succ_start[v as usize + 1]] {
            if cut[e as usize] {
                continue;
            }
            let s = edges[e as usize].to as usize;
            indegree[s] -= 1;
            if indegree[s] == 0 {
                ready.push(s as u32);
            }
        }
    }
    order
}

/// Strongly connected components of the nodes not `placed` (iterative
/// Tarjan). Returns a component number per node, `u32::MAX` for placed
/// nodes.
fn tarjan(
    n: usize,
    edges: &[Edge],
    succ_start: &[usize],
    succ_edges: &[u32],
    placed: &[bool],
) -> Vec<u32> {
    const NONE: u32 = u32::MAX;
    let mut index = vec![NONE; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![NONE; n];
    let mut stack: Vec<u32> = Vec::new();
    let mut next = 0u32;
    let mut comps = 0u32;
    // Call stack of (node, position in its successor list).
    let mut calls: Vec<(u32, usize)> = Vec::new();
    for root in 0..n {
        if placed[root] || index[root] != NONE {
            continue;
        }
        calls.push((root as u32, succ_start[root]));
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root as u32);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut pos)) = calls.last_mut() {
            let v = v as usize;
            if *pos < succ_start[v + 1] {
                let s = edges[succ_edges[*pos] as usize].to as usize;
                *pos += 1;
                if placed[s] {
                    continue;
                }
                if index[s] == NONE {
                    index[s] = next;
                    low[s] = next;
                    next += 1;
                    stack.push(s as u32);
                    on_stack[s] = true;
                    calls.push((s as u32, succ_start[s]));
                } else if on_stack[s] {
                    low[v] = low[v].min(index[s]);
                }
            } else {
                calls.pop();
                if let Some(&(parent, _)) = calls.last() {
                    let parent = parent as usize;
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    while let Some(w) = stack.pop() {
                        on_stack[w as usize] = false;
                        comp[w as usize] = comps;
                        if w as usize == v {
                            break;
                        }
                    }
                    comps += 1;
                }
            }
        }
    }
    comp
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Calendar, Weekday};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn calendar(holidays: &[&str]) -> WorkCalendar {
        WorkCalendar::new(&Calendar {
            working_days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            hours_per_day: 8.0,
            holidays: holidays.iter().map(|h| d(h)).collect(),
            workdays: vec![],
        })
    }

    #[test]
    fn work_index_agrees_with_the_calendar_inside_and_outside_its_range() {
        // Range 2026-09-28 .. 2026-10-11 holds the holidays 10-01 and 10-02.
        let c = calendar(&["2026-10-01", "2026-10-02"]);
        let ix = WorkIndex::new(&c, d("2026-09-28"), d("2026-10-11"));
        // Ordinal 0 is Mon 09-28; Thu 10-01 and Fri 10-02 are off, so the
        // 4th working day (ordinal 3) is Mon 10-05.
        assert_eq!(ix.ord(d("2026-09-28")), 0);
        assert_eq!(ix.date(3), d("2026-10-05"));
        assert_eq!(ix.ord(d("2026-10-01")), 3);
        assert_eq!(ix.ord_end(d("2026-09-30")), 3);
        // Walk two years either side and compare with the day-by-day calendar.
        let start = d("2025-06-01");
        let mut k = ix.ord(start);
        for i in 0..900 {
            let day = start.add_days(i);
            assert_eq!(ix.ord(day), k, "ord of {day}");
            if c.is_working(day) {
                assert_eq!(ix.date(k), day, "date of ordinal {k}");
                assert_eq!(
                    c.add_working(d("2025-06-02"), k - ix.ord(d("2025-06-02"))),
                    day
                );
                k += 1;
            }
        }
    }

    use crate::model::{At, Budget, Dependency, Milestone, Project, ProjectStatus, Task};

    pub(crate) fn task(id: &str, days: f64, deps: &[(&str, LinkType, i32)]) -> Task {
        Task {
            id: At::unlocated(id.into()),
            name: At::unlocated(format!("Task {id}")),
            owner: None,
            role: None,
            start: None,
            end: None,
            duration: Some(At::unlocated(days)),
            effort: None,
            depends_on: deps
                .iter()
                .map(|(p, link, lag)| Dependency {
                    project: None,
                    task: Some(At::unlocated((*p).into())),
                    milestone: None,
                    link: Some(At::unlocated(*link)),
                    lag: Some(At::unlocated(*lag)),
                })
                .collect(),
            progress: None,
            baseline: None,
            group: vec![],
        }
    }

    pub(crate) fn project(
        id: &str,
        program: &str,
        start: &str,
        tasks: Vec<Task>,
        milestones: Vec<Milestone>,
    ) -> Project {
        Project {
            kind: "Project".into(),
            version: None,
            id: At::unlocated(id.into()),
            name: At::unlocated(format!("Project {id}")),
            program: At::unlocated(program.into()),
            customer: None,
            business: None,
            manager: At::unlocated("pm".into()),
            priority: None,
            status: At::unlocated(ProjectStatus::Active),
            start: At::unlocated(d(start)),
            end: At::unlocated(d(start).add_days(365)),
            baseline: None,
            team: vec![],
            goals: vec![],
            kpis: vec![],
            budget: None::<Budget>,
            nature: None,
            service: None,
            actuals: vec![],
            milestones,
            tasks,
            dependencies: vec![],
            closure: None,
            description: None,
            allow: vec![],
        }
    }

    pub(crate) fn portfolio(projects: Vec<Project>) -> Portfolio {
        let (p, _) = Portfolio::assemble(
            Default::default(),
            vec![],
            projects,
            vec![],
            vec![],
            vec![],
            vec![],
        );
        p
    }

    fn times(s: &Schedule, p: &Portfolio, project: &str, task: &str) -> Times {
        let pi = p
            .projects
            .iter()
            .position(|x| x.id.value == project)
            .unwrap();
        let ti = p.projects[pi]
            .tasks
            .iter()
            .position(|t| t.id.value == task)
            .unwrap();
        s.times[s.first[pi] + ti]
    }

    const FS: LinkType = LinkType::Fs;

    /// The classic seven-activity network (e.g. the textbook "A..G"
    /// example): A 3; B 4; C 2 after A; D 5 after A; E 3 after B and C;
    /// F 4 after D; G 2 after E and F.
    ///
    /// Forward: A 0-3, B 0-4, C 3-5, D 3-8, E max(4,5)=5-8, F 8-12,
    /// G max(8,12)=12-14. Project: 14 days.
    /// Backward: G 12-14, F 8-12, E 14-2-3 = 9-12 (LF = LS(G) = 12),
    /// D 3-8, C LF = LS(E) = 9 -> 7-9, B LF 9 -> 5-9,
    /// A LF = min(LS(C)=7, LS(D)=3) = 3 -> 0-3.
    /// Total float: A 0, B 5, C 4, D 0, E 4, F 0, G 0: critical A-D-F-G.
    /// Free float: A 0, B 5-4=1 (to E at 5), C 0 (E starts at 5),
    /// D 0, E 12-8 = 4, F 0, G 0.
    #[test]
    fn textbook_seven_activity_network() {
        let tasks = vec![
            task("A", 3.0, &[]),
            task("B", 4.0, &[]),
            task("C", 2.0, &[("A", FS, 0)]),
            task("D", 5.0, &[("A", FS, 0)]),
            task("E", 3.0, &[("B", FS, 0), ("C", FS, 0)]),
            task("F", 4.0, &[("D", FS, 0)]),
            task("G", 2.0, &[("E", FS, 0), ("F", FS, 0)]),
        ];
        // 2026-01-05 is a Monday.
        let p = portfolio(vec![project("x", "prog", "2026-01-05", tasks, vec![])]);
        let s = Schedule::build(&p, &calendar(&[]), &[]);
        let start = s.index.ord(d("2026-01-05"));
        let expect = [
            ("A", 0, 3, 0, 3, 0, 0),
            ("B", 0, 4, 5, 9, 5, 1),
            ("C", 3, 5, 7, 9, 4, 0),
            ("D", 3, 8, 3, 8, 0, 0),
            ("E", 5, 8, 9, 12, 4, 4),
            ("F", 8, 12, 8, 12, 0, 0),
            ("G", 12, 14, 12, 14, 0, 0),
        ];
        for (id, es, ef, ls, lf, tf, ff) in expect {
            let t = times(&s, &p, "x", id);
            assert_eq!(
                (
                    t.early_start - start,
                    t.early_finish - start,
                    t.late_start - start,
                    t.late_finish - start
                ),
                (es, ef, ls, lf),
                "{id}"
            );
            assert_eq!(
                (t.total_float, t.free_float, t.critical),
                (tf, ff, tf == 0),
                "{id}"
            );
        }
        assert_eq!(s.project_finish[0], Some(start + 14));
        // 14 working days from Mon 01-05 (5 + 5 + 4): the last is Thu 01-22.
        assert_eq!(s.index.finish_date(start + 14), d("2026-01-22"));
        assert!(s.cycles.is_empty());
    }

    /// SS and FF links with lags, and a lead:
    /// A 4 days; B 3 days SS A +2 -> ES 2, EF 5; C 2 days FF B +1 -> EF >= 6,
    /// ES 4; D 1 day FS C -1 (lead) -> ES 5, EF 6.
    /// Finish 6. Backward: D LF 6, LS 5; C: LF = LS(D)+1 = 6, LS 4;
    /// B: LF = LF(C)-1 = 5, LS 2; A: LS <= LS(B)-2 = 0 -> LF = 0+4 = 4,
    /// LS 0 (also bounded by finish 6). All critical. Free float of A:
    /// ES(B) - 2 - ES(A) = 0.
    #[test]
    fn start_to_start_finish_to_finish_and_lead() {
        let tasks = vec![
            task("A", 4.0, &[]),
            task("B", 3.0, &[("A", LinkType::Ss, 2)]),
            task("C", 2.0, &[("B", LinkType::Ff, 1)]),
            task("D", 1.0, &[("C", FS, -1)]),
        ];
        let p = portfolio(vec![project("x", "prog", "2026-01-05", tasks, vec![])]);
        let s = Schedule::build(&p, &calendar(&[]), &[]);
        let o = s.index.ord(d("2026-01-05"));
        let got: Vec<(i64, i64, i64, i64)> = ["A", "B", "C", "D"]
            .iter()
            .map(|id| {
                let t = times(&s, &p, "x", id);
                (
                    t.early_start - o,
                    t.early_finish - o,
                    t.late_start - o,
                    t.total_float,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![(0, 4, 0, 0), (2, 5, 2, 0), (4, 6, 4, 0), (5, 6, 5, 0)]
        );
    }

    /// Milestones and holidays: T1 3 days from Wed 2026-09-30, with Thu 10-01
    /// and Fri 10-02 off: works 09-30, 10-05, 10-06; finishes Tue 10-06.
    /// M1 due Fri 10-02 after T1: placed by T1, at the end of Tue 10-06 (it
    /// is late against its due date). M2 due Fri 10-30 after T1: placed by
    /// T1 too, at the end of 10-06. M3 due Fri 10-30 with no predecessor:
    /// at its due date; it is the last node, so it sets the project finish
    /// (end of 10-30) and is critical. T1, M1 and M2 have float = the
    /// working days 10-07 .. 10-30 = 3 + 5 + 5 + 5 = 18.
    #[test]
    fn milestones_follow_predecessors_and_holidays() {
        let mut t1 = task("T1", 3.0, &[]);
        t1.start = Some(At::unlocated(d("2026-09-30")));
        let ms = |id: &str, due: &str, after: &[&str]| Milestone {
            id: At::unlocated(id.into()),
            name: At::unlocated(id.into()),
            due: At::unlocated(d(due)),
            baseline: None,
            done: None,
            done_on: None,
            depends_on: after
                .iter()
                .map(|t| Dependency {
                    project: None,
                    task: Some(At::unlocated((*t).into())),
                    milestone: None,
                    link: None,
                    lag: None,
                })
                .collect(),
            group: vec![],
        };
        let p = portfolio(vec![project(
            "x",
            "prog",
            "2026-09-28",
            vec![t1],
            vec![
                ms("M1", "2026-10-02", &["T1"]),
                ms("M2", "2026-10-30", &["T1"]),
                ms("M3", "2026-10-30", &[]),
            ],
        )]);
        let s = Schedule::build(&p, &calendar(&["2026-10-01", "2026-10-02"]), &[]);
        let t1 = s.times[0];
        assert_eq!(
            s.index.start_date(t1.early_start, t1.duration),
            d("2026-09-30")
        );
        assert_eq!(s.index.finish_date(t1.early_finish), d("2026-10-06"));
        for m in [s.times[1], s.times[2]] {
            assert_eq!(s.index.finish_date(m.early_finish), d("2026-10-06"));
            assert_eq!(m.total_float, 18);
        }
        let m3 = s.times[3];
        assert_eq!(s.index.finish_date(m3.early_finish), d("2026-10-30"));
        assert_eq!((m3.total_float, m3.critical), (0, true));
        assert_eq!(t1.total_float, 18);
    }

    /// A -> B -> C -> A is a cycle; D after C still gets dates.
    #[test]
    fn cycles_are_reported_not_looped_on() {
        let tasks = vec![
            task("A", 1.0, &[("C", FS, 0)]),
            task("B", 1.0, &[("A", FS, 0)]),
            task("C", 1.0, &[("B", FS, 0)]),
            task("D", 2.0, &[("C", FS, 0)]),
            task("E", 1.0, &[("E", FS, 0)]),
        ];
        let p = portfolio(vec![project("x", "prog", "2026-01-05", tasks, vec![])]);
        let s = Schedule::build(&p, &calendar(&[]), &[]);
        assert_eq!(s.cycles, vec![vec![0, 1, 2], vec![4]]);
        assert_eq!(s.order.len(), 5);
        assert!(s.times[0].in_cycle && !s.times[3].in_cycle);
        // With the cycle's edges cut, A, B and C all start on day 0; D
        // follows C.
        let o = s.index.ord(d("2026-01-05"));
        assert_eq!(s.times[3].early_start - o, 1);
    }

    /// A cross-project link: y's task waits for x's milestone. x: T 5 days,
    /// M due on day 0 after T -> M at point 5. y: U 2 days after M -> 5-7.
    /// Program finish 7: in pass 2, x's T and M are critical for the
    /// program (they drive y); in pass 1, x's own finish is 5 so T is
    /// critical for x as well.
    #[test]
    fn cross_project_dependencies() {
        let m = Milestone {
            id: At::unlocated("M".into()),
            name: At::unlocated("M".into()),
            due: At::unlocated(d("2026-01-05")),
            baseline: None,
            done: None,
            done_on: None,
            depends_on: vec![Dependency {
                project: None,
                task: Some(At::unlocated("T".into())),
                milestone: None,
                link: None,
                lag: None,
            }],
            group: vec![],
        };
        let x = project(
            "x",
            "prog",
            "2026-01-05",
            vec![task("T", 5.0, &[])],
            vec![m],
        );
        let mut u = task("U", 2.0, &[]);
        u.depends_on = vec![Dependency {
            project: Some(At::unlocated("x".into())),
            task: None,
            milestone: Some(At::unlocated("M".into())),
            link: None,
            lag: None,
        }];
        let y = project(
            "y",
            "prog",
            "2026-01-05",
            vec![u, task("V", 1.0, &[])],
            vec![],
        );
        let p = portfolio(vec![x, y]);
        let s = Schedule::build(&p, &calendar(&[]), &[]);
        let o = s.index.ord(d("2026-01-05"));
        let u = times(&s, &p, "y", "U");
        assert_eq!((u.early_start - o, u.early_finish - o), (5, 7));
        assert!(s.times[0].critical && s.times[0].program_critical);
        // V (1 day, free) has 6 days of float in y.
        let v = times(&s, &p, "y", "V");
        assert_eq!((v.total_float, v.free_float), (6, 6));
    }

    /// A deep chain of 200,000 nodes schedules without recursion.
    #[test]
    fn long_chains_do_not_overflow() {
        let n = 200_000;
        let tasks: Vec<Task> = (0..n)
            .map(|i| {
                let prev = format!("t{}", i.max(1) - 1);
                let deps: &[(&str, LinkType, i32)] = if i == 0 {
                    &[]
                } else {
                    &[(prev.as_str(), FS, 0)]
                };
                task(&format!("t{i}"), 1.0, deps)
            })
            .collect();
        let p = portfolio(vec![project("x", "prog", "2026-01-05", tasks, vec![])]);
        let s = Schedule::build(&p, &calendar(&[]), &[]);
        let o = s.index.ord(d("2026-01-05"));
        assert_eq!(s.project_finish[0], Some(o + n as i64));
        assert!(s.times.iter().all(|t| t.critical));
    }
}

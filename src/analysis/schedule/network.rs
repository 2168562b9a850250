//! The dependency network: the nodes (every task and milestone), the
//! `depends_on` edges that resolve, their adjacency, and the one cycle
//! finder (Kahn's order, Tarjan's components where it stalls) that the
//! schedule and the `S` rules of `validate` share.

// foldhash, not std's SipHash: these maps are keyed by the repository's
// own ids, built and probed once per task and dependency (README, design
// notes, for the figures).
use foldhash::{HashMap, HashMapExt};

use super::{Edge, Item, NodeKey};
use crate::model::{Dependency, Loc, Project};

/// The nodes: every project's tasks, then its milestones, in file order;
/// `first[p]` is project `p`'s first node.
pub(super) fn nodes(projects: &[Project]) -> (Vec<usize>, Vec<NodeKey>) {
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
    first.push(keys.len());
    (first, keys)
}

/// The `depends_on` entries that resolve, as edges; the rest are skipped
/// (`pmo validate` reports them).
pub(super) fn resolve_edges(projects: &[Project], first: &[usize], n: usize) -> Vec<Edge> {
    let project_ix: HashMap<&str, usize> = projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.value.as_str(), i))
        .collect();
    let item_ix = item_index(projects, first, n);
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
                let from = predecessor(dep, p, &project_ix, &item_ix);
                if let Some((from, loc)) = from {
                    edges.push(Edge {
                        from: from as u32,
                        to: to as u32,
                        link: dep.link_type(),
                        lag: i64::from(dep.lag_days()),
                        loc,
                    });
                }
            }
        }
    }

    edges
}

/// (project, is milestone, id) -> node, for every project's items: one map
/// for all (a map per project would cost an allocation each). The first of
/// duplicate ids wins (`pmo validate` reports the others).
fn item_index<'a>(
    projects: &'a [Project],
    first: &[usize],
    n: usize,
) -> HashMap<(usize, bool, &'a str), usize> {
    let mut item_ix = HashMap::with_capacity(n);
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
    item_ix
}

/// The node a `depends_on` entry of project `p` names, with where it names
/// it; `None` when it does not resolve.
fn predecessor(
    dep: &Dependency,
    p: usize,
    project_ix: &HashMap<&str, usize>,
    item_ix: &HashMap<(usize, bool, &str), usize>,
) -> Option<(usize, Loc)> {
    let q = match &dep.project {
        Some(id) => *project_ix.get(id.value.as_str())?,
        None => p,
    };
    if let Some(t) = &dep.task {
        item_ix
            .get(&(q, false, t.value.as_str()))
            .map(|&v| (v, t.loc))
    } else if let Some(m) = &dep.milestone {
        item_ix
            .get(&(q, true, m.value.as_str()))
            .map(|&v| (v, m.loc))
    } else {
        None
    }
}

/// Kahn's order, and when it leaves nodes out, Tarjan's cycles: the cycle
/// edges cut, the nodes on a cycle marked, each cycle's members sorted.
#[allow(clippy::type_complexity)]
pub(super) fn order_and_cycles(
    keys: &[NodeKey],
    edges: &[Edge],
    succ_start: &[usize],
    succ_edges: &[u32],
) -> (Vec<u32>, Vec<bool>, Vec<Vec<usize>>, Vec<bool>) {
    let n = keys.len();
    let mut cut = vec![false; edges.len()];
    let mut order = kahn(n, edges, succ_start, succ_edges, &cut);
    let mut cycles = Vec::new();
    let mut in_cycle = vec![false; n];
    if order.len() < n {
        let mut placed = vec![false; n];
        for &v in &order {
            placed[v as usize] = true;
        }
        let comp = tarjan(n, edges, succ_start, succ_edges, &placed);
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
        order = kahn(n, edges, succ_start, succ_edges, &cut);
    }

    (order, cut, cycles, in_cycle)
}

/// Edges grouped by `key` (compressed rows): offsets and edge numbers.
pub(super) fn adjacency(
    n: usize,
    edges: &[Edge],
    key: impl Fn(&Edge) -> u32,
) -> (Vec<usize>, Vec<u32>) {
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

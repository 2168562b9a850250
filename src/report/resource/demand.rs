//! Demand against supply by role, and the work no one is staffed for.

use super::*;

pub(super) fn unstaffed<'a>(
    portfolio: &'a Portfolio,
    analysis: &Analysis,
    options: &Options,
    work: &Workload,
    in_scope: &[bool],
    roles: &RoleIndex<'a>,
) -> (Vec<UnstaffedTask<'a>>, Vec<UnstaffedRole<'a>>) {
    let (from, to) = (
        work.spans.first().map_or(work.window.from, |s| s.start),
        work.spans.last().map_or(work.window.to, |s| s.end),
    );
    let mut tasks = Vec::new();
    let mut wanted: BTreeMap<&'a str, BTreeSet<String>> = BTreeMap::new();
    for (pi, project) in portfolio.projects.iter().enumerate() {
        if !in_scope[pi] || project.status.value.is_finished() {
            continue;
        }
        for m in &project.team {
            if let Some(r) = &m.role
                && roles.people(&r.value).is_empty()
            {
                wanted
                    .entry(r.value.as_str())
                    .or_default()
                    .insert(project.id.value.clone());
            }
        }
        for (ti, task) in project.tasks.iter().enumerate() {
            let Some(role) = task.role.as_ref().filter(|_| task.owner.is_none()) else {
                continue;
            };
            if options.role.as_ref().is_some_and(|r| *r != role.value) {
                continue;
            }
            let placed = analysis
                .placement
                .span(&analysis.schedule, pi, ti)
                .and_then(Result::ok);
            let hours = placed.map_or(0.0, |span| hours_between(&work.axis, &span, from, to));
            if roles.people(&role.value).is_empty() {
                wanted
                    .entry(role.value.as_str())
                    .or_default()
                    .insert(format!("{}/{}", project.id.value, task.id.value));
            }
            tasks.push(UnstaffedTask {
                project: project.id.value.as_str(),
                program: project.program.value.as_str(),
                task: task.id.value.as_str(),
                name: task.name.value.as_str(),
                role: role.value.as_str(),
                start: placed
                    .map(|p| p.start)
                    .or(task.start.as_ref().map(|s| s.value)),
                end: placed.map(|p| p.end).or(task.end.as_ref().map(|s| s.value)),
                effort: task.effort.as_ref().map(|e| e.value),
                hours_in_window: round2(hours),
                span: placed,
            });
        }
    }
    let roles = wanted
        .into_iter()
        .filter(|(r, _)| options.role.as_ref().is_none_or(|x| x == r))
        .map(|(role, by)| UnstaffedRole {
            role,
            wanted_by: by.into_iter().collect(),
        })
        .collect();
    (tasks, roles)
}

/// Demand (load attributed to a role, plus unstaffed tasks needing it)
/// against supply (capacity of the people with the role or skill), per
/// period. A person with several roles supplies each of them in full, so
/// supplies of different roles overlap.
pub(super) fn demand<'a>(
    portfolio: &'a Portfolio,
    options: &Options,
    work: &Workload,
    roles: &RoleIndex<'a>,
    unstaffed: &[UnstaffedTask<'a>],
) -> Vec<RoleDemand<'a>> {
    let n = work.spans.len();
    let mut demand: BTreeMap<&'a str, Vec<f64>> = BTreeMap::new();
    for load in &work.people {
        for pl in &load.projects {
            let project = &portfolio.projects[pl.project as usize];
            if !options.scope.includes_project(project) {
                continue;
            }
            let role = role_of_load(portfolio, project, load.person);
            let row = demand.entry(role).or_insert_with(|| vec![0.0; n]);
            for (d, x) in row.iter_mut().zip(&pl.load) {
                *d += x;
            }
        }
    }
    for u in unstaffed {
        let Some(task) = &u.span else {
            continue;
        };
        let hours: Vec<f64> = work
            .spans
            .iter()
            .map(|span| hours_between(&work.axis, task, span.start, span.end))
            .collect();
        if hours.iter().all(|&h| h == 0.0) {
            continue;
        }
        let row = demand.entry(u.role).or_insert_with(|| vec![0.0; n]);
        for (d, h) in row.iter_mut().zip(hours) {
            *d += h;
        }
    }
    demand
        .into_iter()
        .filter(|(role, _)| options.role.as_ref().is_none_or(|r| r == role))
        .map(|(role, demand)| {
            let people = roles.people(role);
            let mut supply = vec![0.0; n];
            for &i in people {
                for (s, c) in supply.iter_mut().zip(&work.people[i as usize].capacity) {
                    *s += c;
                }
            }
            let periods: Vec<RolePeriod> = work
                .spans
                .iter()
                .enumerate()
                .map(|(k, span)| RolePeriod {
                    period: span.period,
                    demand: round2(demand[k]),
                    supply: round2(supply[k]),
                    gap: round2(demand[k] - supply[k]),
                })
                .collect();
            RoleDemand {
                role,
                people: people.len(),
                demand: round2(demand.iter().sum()),
                supply: round2(supply.iter().sum()),
                short: periods
                    .iter()
                    .filter(|p| p.gap >= 0.01)
                    .map(|p| p.period)
                    .collect(),
                periods,
            }
        })
        .collect()
}

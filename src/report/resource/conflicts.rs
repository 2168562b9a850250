//! Conflicts: every person and period over capacity, the competing
//! projects, and the suggestion (move the lowest-priority work with the
//! most slack, or hand hours to someone with the same role who has room).

use super::*;

/// Over the threshold: more load than `overload`% of capacity (any load at
/// all when there is no capacity). A hundredth of an hour is noise.
pub(super) fn conflicts_of<'a>(
    portfolio: &'a Portfolio,
    work: &Workload,
    roles: &RoleIndex<'a>,
    floats: &Floats<'_>,
    load: &PersonLoad,
    tasks: &TasksByPeriod<'a>,
    overload: f64,
) -> Vec<Conflict<'a>> {
    let person = &portfolio.people[load.person as usize];
    let mut out = Vec::new();
    for (k, span) in work.spans.iter().enumerate() {
        if !is_over(load.load[k], load.capacity[k], overload) {
            continue;
        }
        let over = hours_over(load.load[k], load.capacity[k], overload);
        let mut projects: Vec<(u32, Competing)> = load
            .projects
            .iter()
            .zip(tasks)
            .filter(|(pl, _)| pl.load[k] > 1e-9)
            .map(|(pl, t)| {
                let project = &portfolio.projects[pl.project as usize];
                (
                    pl.project,
                    Competing {
                        project: project.id.value.as_str(),
                        program: project.program.value.as_str(),
                        priority: project.priority_level(),
                        hours: round2(pl.load[k]),
                        reserved: round2(pl.reserved[k]),
                        tasks: t[k].clone(),
                    },
                )
            })
            .collect();
        projects.sort_by(|a, b| (a.1.priority, &a.1.project).cmp(&(b.1.priority, &b.1.project)));
        let resolution = resolve(portfolio, work, roles, floats, load, k, over, &projects);
        out.push(Conflict {
            person: person.id.value.as_str(),
            name: person.name.value.as_str(),
            period: span.period,
            capacity: round2(load.capacity[k]),
            load: round2(load.load[k]),
            utilisation: round_opt(load.utilisation(k)),
            hours_over: round2(over),
            projects: projects.into_iter().map(|(_, c)| c).collect(),
            resolution,
        });
    }
    out
}

/// Total float of tasks, from the plan's schedule network, built on first
/// use: only a conflict needs it.
pub(super) struct Floats<'a> {
    pub(super) portfolio: &'a Portfolio,
    pub(super) schedule: &'a Schedule,
}

impl Floats<'_> {
    fn of(&self, project: usize, task: &str) -> Option<i64> {
        let schedule = self.schedule;
        let p = self.portfolio.projects.get(project)?;
        let i = p.tasks.iter().position(|t| t.id.value == task)?;
        let v = schedule.node(
            NodeKey {
                project,
                item: Item::Task(i),
            },
            p,
        );
        schedule.times.get(v).map(|t| t.total_float)
    }
}

/// The suggestion for one conflict: move the lowest-priority project's
/// tasks out of the period, or hand work to someone with the same role or
/// skill who has room.
#[allow(clippy::too_many_arguments)]
pub(super) fn resolve<'a>(
    portfolio: &'a Portfolio,
    work: &Workload,
    roles: &RoleIndex<'a>,
    floats: &Floats<'_>,
    load: &PersonLoad,
    k: usize,
    over: f64,
    projects: &[(u32, Competing<'a>)],
) -> Resolution<'a> {
    let span = &work.spans[k];
    // Lowest priority is last; among equals, the later id. Prefer one with
    // tasks in the period, since tasks are what can move.
    let pick = projects
        .iter()
        .rev()
        .find(|(_, c)| !c.tasks.is_empty())
        .or_else(|| projects.last());
    let move_work = pick.map(|(pi, c)| movable_work(portfolio, floats, *pi as usize, c));

    // Who could take it: the role this work needs, matched against roles
    // and skills of everyone else.
    let label =
        pick.map(|(pi, _)| role_of_load(portfolio, &portfolio.projects[*pi as usize], load.person));
    let best: Vec<(f64, u32)> = label
        .filter(|l| *l != NO_ROLE)
        .map(|l| {
            roles
                .roomiest(l, k)
                .iter()
                .filter(|&&(_, i)| i != load.person)
                .take(CANDIDATES)
                .copied()
                .collect()
        })
        .unwrap_or_default();
    let reassign: Vec<Candidate> = best
        .into_iter()
        .map(|(free, i)| Candidate {
            person: portfolio.people[i as usize].id.value.as_str(),
            name: portfolio.people[i as usize].name.value.as_str(),
            matches: label.unwrap_or_default(),
            free_hours: round2(free),
        })
        .collect();

    let relieve = move_work.as_ref().map(|m| relief(m, span.period, over));
    let hand_over = reassign.first().map(|c| HandOver {
        hours: over.min(c.free_hours),
        person: c.person,
        free_hours: c.free_hours,
        matches: c.matches,
    });
    Resolution {
        move_work,
        reassign,
        suggestion: Suggestion { relieve, hand_over },
    }
}

/// The work of project `pi` in the period that could move: its tasks,
/// the one with the most float first, critical ones last.
pub(super) fn movable_work<'a>(
    portfolio: &'a Portfolio,
    floats: &Floats<'_>,
    pi: usize,
    c: &Competing<'a>,
) -> MoveWork<'a> {
    let project = &portfolio.projects[pi];
    let mut tasks: Vec<MovableTask> = c
        .tasks
        .iter()
        .map(|t| MovableTask {
            task: t.task,
            name: project
                .task(t.task)
                .map(|x| x.name.value.as_str())
                .unwrap_or_default(),
            hours: t.hours,
            float_days: floats.of(pi, t.task),
        })
        .collect();
    tasks.sort_by(|a, b| {
        b.float_days
            .unwrap_or(i64::MIN)
            .cmp(&a.float_days.unwrap_or(i64::MIN))
            .then_with(|| a.task.cmp(b.task))
    });
    MoveWork {
        project: c.project,
        priority: c.priority,
        hours: c.hours,
        tasks,
    }
}

/// Lower the allocation when the project has no task in the period, else
/// move its tasks.
pub(super) fn relief<'a>(m: &MoveWork<'a>, period: Period, over: f64) -> Relief<'a> {
    if m.tasks.is_empty() {
        return Relief::LowerAllocation {
            project: m.project,
            priority: m.priority,
            period,
            hours: over.min(m.hours),
        };
    }
    let tasks = m
        .tasks
        .iter()
        .map(|t| {
            let slack = match t.float_days {
                Some(f) if f > 0 => Slack::Float(f),
                Some(_) => Slack::Critical,
                None => Slack::Unknown,
            };
            (t.task, slack)
        })
        .collect();
    Relief::MoveTasks {
        project: m.project,
        priority: m.priority,
        period,
        tasks,
    }
}

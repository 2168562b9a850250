//! One project's plan: team, tasks with their links and dates, milestones,
//! status; dates on the working calendar of the generated `pmo.toml`.

use chrono::Duration;
use chrono::NaiveDate;

use super::super::calendar::add_workdays;
use super::super::calendar::next_workday;
use super::super::config::Config;
use super::super::rng::K_PROJECT;
use super::super::rng::Rng;
use super::super::vocab::MILESTONES;
use super::super::vocab::OBJECTS;
use super::super::vocab::VERBS;
use super::people::People;
use super::programs::ProgramPlan;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Proposed,
    Planned,
    Active,
    OnHold,
    Closed,
    Cancelled,
}

impl Status {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Planned => "planned",
            Status::Active => "active",
            Status::OnHold => "on-hold",
            Status::Closed => "closed",
            Status::Cancelled => "cancelled",
        }
    }
}

pub(crate) struct Dep {
    /// (project index, milestone number) for a link to another project.
    pub(crate) other: Option<(usize, usize)>,
    pub(crate) task: usize,
    pub(crate) link: u8,
    pub(crate) lag: i64,
}

pub(crate) struct TaskPlan {
    pub(crate) name: String,
    pub(crate) owner: Option<usize>,
    pub(crate) role: Option<&'static str>,
    pub(crate) fixed_start: bool,
    pub(crate) start: NaiveDate,
    pub(crate) end: NaiveDate,
    pub(crate) duration: i64,
    pub(crate) effort: f64,
    pub(crate) deps: Vec<Dep>,
    pub(crate) progress: f64,
    pub(crate) baseline: Option<(NaiveDate, NaiveDate)>,
}

pub(crate) struct MilestonePlan {
    pub(crate) name: &'static str,
    pub(crate) due: NaiveDate,
    pub(crate) baseline: Option<NaiveDate>,
    pub(crate) done_on: Option<NaiveDate>,
    pub(crate) deps: Vec<usize>,
}

pub(crate) struct Member {
    pub(crate) person: usize,
    pub(crate) role: &'static str,
    pub(crate) allocation: f64,
    pub(crate) from: NaiveDate,
    pub(crate) to: NaiveDate,
}

pub(crate) struct ProjectPlan {
    pub(crate) index: usize,
    pub(crate) program: usize,
    pub(crate) customer: Option<usize>,
    pub(crate) business: Option<usize>,
    pub(crate) manager: usize,
    pub(crate) status: Status,
    pub(crate) start: NaiveDate,
    pub(crate) end: NaiveDate,
    pub(crate) baseline_end: NaiveDate,
    pub(crate) priority: i64,
    pub(crate) team: Vec<Member>,
    pub(crate) tasks: Vec<TaskPlan>,
    pub(crate) milestones: Vec<MilestonePlan>,
    /// Project-level dependencies: (project, milestone number, needed by).
    pub(crate) needs: Vec<(usize, usize, NaiveDate)>,
}

pub(crate) fn plan_project(
    cfg: &Config,
    people: &People,
    prog: &ProgramPlan,
    slot: usize,
) -> ProjectPlan {
    let index = prog.first + slot;
    // One stream per project, drawn from in this order: team, tasks,
    // milestones, end, status, progress, team dates, owners, priority.
    let mut rng = Rng::stream(cfg.seed, K_PROJECT, index as u64);
    let as_of = cfg.as_of;
    let (customer, business, manager) = prog.slots[slot];
    let start = next_workday(prog.base + Duration::days(rng.range(0, 450)));
    let mut team = plan_team(&mut rng, people, prog, manager, start);
    let streams = (cfg.tasks_per_project / 12).clamp(1, 4);
    let mut tasks = plan_tasks(&mut rng, cfg, &team, start, streams);
    let mut milestones = plan_milestones(&mut rng, &tasks, streams, start);
    let end = add_workdays(milestones.last().map_or(start, |m| m.due), rng.range(0, 10));
    let baseline_end = if rng.chance(0.6) {
        end
    } else {
        add_workdays(end, -rng.range(3, 40))
    };
    let status = project_status(&mut rng, start, end, as_of);
    set_progress(&mut rng, &mut tasks, &mut milestones, status, as_of);
    set_team_dates(&mut rng, &mut team, start, end);
    cover_owners(&mut rng, &mut tasks, &mut team);
    ProjectPlan {
        index,
        program: prog.index,
        customer,
        business,
        manager,
        status,
        start,
        end,
        baseline_end,
        priority: rng.range(1, 5),
        team,
        tasks,
        milestones,
        needs: Vec::new(),
    }
}

/// The team: the manager, then 4 to 14 others from the program's pool.
fn plan_team(
    rng: &mut Rng,
    people: &People,
    prog: &ProgramPlan,
    manager: usize,
    start: NaiveDate,
) -> Vec<Member> {
    let size = rng.range(5, 15) as usize;
    let mut team: Vec<Member> = Vec::with_capacity(size + 1);
    team.push(Member {
        person: manager,
        role: "project-manager",
        allocation: *rng.pick(&[10.0, 15.0, 20.0, 25.0]),
        from: start,
        to: start,
    });
    let mut attempts = 0;
    while team.len() < size && attempts < 10_000 {
        attempts += 1;
        let k = (prog.pool_start + rng.below(prog.pool_len)) % people.staff.len();
        let person = people.staff[k];
        if team.iter().any(|m| m.person == person) {
            continue;
        }
        team.push(Member {
            person,
            role: people.role_of(person),
            allocation: *rng.pick(&[10.0, 20.0, 25.0, 30.0, 40.0, 50.0, 50.0, 60.0, 80.0, 100.0]),
            from: start,
            to: start,
        });
    }
    team
}

/// Tasks: `streams` workstreams, each a chain, with now and then a link to
/// an earlier task of another stream. Owners are team indices.
fn plan_tasks(
    rng: &mut Rng,
    cfg: &Config,
    team: &[Member],
    start: NaiveDate,
    streams: usize,
) -> Vec<TaskPlan> {
    let n = cfg.tasks_per_project;
    let mut tasks: Vec<TaskPlan> = Vec::with_capacity(n);
    for t in 0..n {
        let duration = if rng.chance(0.15) {
            rng.range(10, 25)
        } else {
            rng.range(1, 10)
        };
        let (mut s, fixed, mut deps) = if t < streams {
            let s = add_workdays(start, (t as i64) * rng.range(0, 5));
            (s, true, Vec::new())
        } else {
            let (s, dep) = chain_link(rng, &tasks, t - streams, duration);
            (s, false, vec![dep])
        };
        if t >= 2 * streams && rng.chance(cfg.cross_links) {
            // A link to an earlier task that is not the chain predecessor.
            let u = rng.below(t - streams);
            s = s.max(add_workdays(tasks[u].end, 1));
            deps.push(Dep {
                other: None,
                task: u,
                link: 0,
                lag: 0,
            });
        }
        tasks.push(plan_task(rng, team, s, fixed, duration, deps));
    }
    tasks
}

/// The link to the chain predecessor `p` and the start it allows.
fn chain_link(rng: &mut Rng, tasks: &[TaskPlan], p: usize, duration: i64) -> (NaiveDate, Dep) {
    let pred = &tasks[p];
    let roll = rng.unit();
    let (link, lag) = if roll < 0.12 {
        (1u8, rng.range(0, 3))
    } else if roll < 0.2 {
        (2u8, rng.range(0, 2))
    } else if roll < 0.3 {
        (0u8, rng.range(1, 3))
    } else if roll < 0.33 {
        (0u8, -1)
    } else {
        (0u8, 0)
    };
    let s = match link {
        1 => add_workdays(pred.start, lag),
        2 => {
            let e = add_workdays(pred.end, lag);
            add_workdays(e, -(duration - 1)).max(pred.start)
        }
        _ => add_workdays(pred.end, 1 + lag),
    };
    let dep = Dep {
        other: None,
        task: p,
        link,
        lag,
    };
    (s, dep)
}

/// One task starting on `s`: its end, owner (or only a role), effort,
/// name and baseline.
fn plan_task(
    rng: &mut Rng,
    team: &[Member],
    s: NaiveDate,
    fixed_start: bool,
    duration: i64,
    deps: Vec<Dep>,
) -> TaskPlan {
    let end = add_workdays(s, duration - 1);
    let owner_pick = rng.below(team.len());
    let (owner, role) = if rng.chance(0.04) {
        (None, Some(team[owner_pick].role))
    } else {
        (Some(owner_pick), None)
    };
    let effort = (duration as f64 * 8.0 * (0.3 + 0.7 * rng.unit()) * 2.0).round() / 2.0;
    let verb = rng.pick(VERBS);
    let object = rng.pick(OBJECTS);
    let baseline = rng.chance(0.3).then(|| {
        let slip = if rng.chance(0.5) { 0 } else { rng.range(1, 6) };
        (add_workdays(s, -slip), add_workdays(end, -slip))
    });
    TaskPlan {
        name: format!("{verb} {object}"),
        owner,
        role,
        fixed_start,
        start: s,
        end,
        duration,
        effort,
        deps,
        progress: 0.0,
        baseline,
    }
}

/// Milestones spread over the plan; the last waits for every stream.
fn plan_milestones(
    rng: &mut Rng,
    tasks: &[TaskPlan],
    streams: usize,
    start: NaiveDate,
) -> Vec<MilestonePlan> {
    let n = tasks.len();
    let count = rng.range(3, 6) as usize;
    let mut milestones = Vec::with_capacity(count);
    let names_from = rng.below(MILESTONES.len() - count + 1);
    for m in 0..count {
        let deps: Vec<usize> = if n == 0 {
            Vec::new()
        } else if m + 1 == count {
            (n.saturating_sub(streams)..n).collect()
        } else {
            vec![((m + 1) * n / count).saturating_sub(1)]
        };
        let ready = deps.iter().map(|&d| tasks[d].end).max().unwrap_or(start);
        let due = add_workdays(ready, rng.range(1, 6));
        let baseline = rng.chance(0.4).then(|| {
            if rng.chance(0.5) {
                due
            } else {
                add_workdays(due, -rng.range(1, 15))
            }
        });
        milestones.push(MilestonePlan {
            name: MILESTONES[names_from + m],
            due,
            baseline,
            done_on: None,
            deps,
        });
    }
    milestones
}

fn project_status(rng: &mut Rng, start: NaiveDate, end: NaiveDate, as_of: NaiveDate) -> Status {
    if end < as_of {
        if rng.chance(0.92) {
            Status::Closed
        } else {
            Status::Cancelled
        }
    } else if start > as_of {
        if rng.chance(0.8) {
            Status::Planned
        } else {
            Status::Proposed
        }
    } else if rng.chance(0.92) {
        Status::Active
    } else {
        Status::OnHold
    }
}

/// Progress as of the day, with some tasks behind; milestones reached.
fn set_progress(
    rng: &mut Rng,
    tasks: &mut [TaskPlan],
    milestones: &mut [MilestonePlan],
    status: Status,
    as_of: NaiveDate,
) {
    for t in tasks {
        t.progress = match status {
            Status::Closed => 100.0,
            Status::Proposed | Status::Planned => 0.0,
            _ if t.end < as_of => {
                if rng.chance(0.9) {
                    100.0
                } else {
                    (rng.range(10, 19) * 5) as f64
                }
            }
            _ if t.start <= as_of => {
                let span = (t.end - t.start).num_days().max(1) as f64;
                let done = (as_of - t.start).num_days() as f64 / span;
                ((done * 100.0 + rng.normal() * 15.0).clamp(0.0, 95.0) / 5.0).round() * 5.0
            }
            _ => 0.0,
        };
    }
    for m in milestones {
        let reached = match status {
            Status::Closed => true,
            Status::Proposed | Status::Planned => false,
            _ => m.due <= as_of && rng.chance(0.88),
        };
        if reached {
            let d = add_workdays(m.due, rng.range(-2, 3));
            m.done_on = Some(d.min(as_of));
        }
    }
}

/// When each member joins and leaves: most for the whole project.
fn set_team_dates(rng: &mut Rng, team: &mut [Member], start: NaiveDate, end: NaiveDate) {
    for m in team.iter_mut() {
        m.from = if rng.chance(0.6) {
            start
        } else {
            add_workdays(start, rng.range(1, 20))
        };
        m.to = if rng.chance(0.6) {
            end
        } else {
            add_workdays(end, -rng.range(1, 20))
        };
        if m.to < m.from {
            m.to = end;
        }
    }
}

/// Owners are on the team while they work on the task; a task whose
/// owner is not gets another member who is, or the owner stays longer.
fn cover_owners(rng: &mut Rng, tasks: &mut [TaskPlan], team: &mut [Member]) {
    for t in tasks {
        let Some(o) = t.owner else { continue };
        let covers = |m: &Member| m.from <= t.start && m.to >= t.end;
        if !covers(&team[o]) {
            let fit: Vec<usize> = (0..team.len()).filter(|&k| covers(&team[k])).collect();
            if fit.is_empty() {
                team[o].from = team[o].from.min(t.start);
                team[o].to = team[o].to.max(t.end);
            } else {
                t.owner = Some(*rng.pick(&fit));
            }
        }
    }
}

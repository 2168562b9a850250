//! Task work and team reservations placed in time, once per run, from the
//! schedule's dates: the input of every workload figure (the resource
//! report, the capacity check `C001`, demand by role, the overview).
//!
//! A task is placed on the days the plan schedules it (its early start to
//! its early finish, see [`super::schedule`]): a task dated only by its
//! dependencies is loaded where the plan puts it, a task with a `start`
//! and an `effort` lasts `effort / hours_per_day` working days, and a task
//! the plan cannot start before the 16th is loaded from the 16th. Its
//! `effort` is spread evenly over those working days. A team member
//! reserves `allocation`% of their capacity from `from` to `to` (default:
//! the project's start and end). Closed and cancelled projects carry no
//! more work and are left out.

use super::schedule::Schedule;
use crate::model::{Date, Portfolio, Project};

/// A task's scheduled days and the hours spread over them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TaskSpan {
    pub start: Date,
    pub end: Date,
    pub effort: f64,
    /// Working days from start to end (the scheduled duration).
    pub working_days: u32,
}

/// Why a task adds no load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Unplaced {
    /// No `effort` given.
    NoEffort,
    /// Scheduled for no working day (a `duration` of 0).
    NoWorkingDay,
}

/// A task with an owner, placed.
#[derive(Clone, Debug)]
pub struct PlacedTask {
    pub project: u32,
    pub task: u32,
    /// Index into `Portfolio::people`.
    pub person: u32,
    pub span: TaskSpan,
}

/// A task with an owner that adds no load, and why.
#[derive(Clone, Debug)]
pub struct UnplacedTask {
    pub project: u32,
    pub task: u32,
    pub reason: Unplaced,
}

/// A team membership: a share of the person's capacity held on a project.
#[derive(Clone, Copy, Debug)]
pub struct Reservation {
    pub project: u32,
    /// `allocation` / 100.
    pub fraction: f64,
    pub from: Date,
    pub to: Date,
}

/// Every live project's tasks and reservations, placed.
#[derive(Clone, Debug, Default)]
pub struct Placement {
    /// Per schedule node: the task's span, or why it has none; `None` for
    /// milestones and the tasks of finished projects.
    spans: Vec<Option<Result<TaskSpan, Unplaced>>>,
    /// Owned tasks, sorted by (person, project, task).
    pub tasks: Vec<PlacedTask>,
    /// Owned tasks that add no load, sorted by (project, task).
    pub unplaced: Vec<UnplacedTask>,
    /// Per person (in `Portfolio::people` order), sorted by (project, from).
    pub reservations: Vec<Vec<Reservation>>,
}

/// Whether a project still carries work.
pub fn is_live(project: &Project) -> bool {
    !project.status.value.is_finished()
}

/// Index of a person by id: people are sorted by id, so a binary search.
pub fn person_index(portfolio: &Portfolio, id: &str) -> Option<u32> {
    portfolio
        .people
        .binary_search_by(|p| p.id.value.as_str().cmp(id))
        .ok()
        .map(|i| i as u32)
}

fn positive(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 { x } else { 0.0 }
}

impl Placement {
    /// Places every live project's tasks on `schedule`'s dates.
    pub fn new(portfolio: &Portfolio, schedule: &Schedule) -> Placement {
        let mut out = Placement {
            spans: vec![None; schedule.keys.len()],
            tasks: Vec::new(),
            unplaced: Vec::new(),
            reservations: vec![Vec::new(); portfolio.people.len()],
        };
        for (pi, project) in portfolio.projects.iter().enumerate() {
            if is_live(project) {
                out.reserve(portfolio, pi, project);
                out.place_tasks(portfolio, schedule, pi, project);
            }
        }
        out.tasks.sort_by_key(|t| (t.person, t.project, t.task));
        for r in &mut out.reservations {
            r.sort_by_key(|r| (r.project, r.from));
        }
        out
    }

    fn reserve(&mut self, portfolio: &Portfolio, pi: usize, project: &Project) {
        for m in &project.team {
            let Some(person) = person_index(portfolio, &m.person.value) else {
                continue;
            };
            let fraction = positive(m.allocation_percent()) / 100.0;
            let from = m.from.as_ref().map_or(project.start.value, |d| d.value);
            let to = m.to.as_ref().map_or(project.end.value, |d| d.value);
            if fraction > 0.0 && from <= to {
                self.reservations[person as usize].push(Reservation {
                    project: pi as u32,
                    fraction,
                    from,
                    to,
                });
            }
        }
    }

    fn place_tasks(
        &mut self,
        portfolio: &Portfolio,
        schedule: &Schedule,
        pi: usize,
        project: &Project,
    ) {
        let ix = &schedule.index;
        for (ti, task) in project.tasks.iter().enumerate() {
            let v = schedule.first[pi] + ti;
            let t = &schedule.times[v];
            let effort = task.effort.as_ref().map_or(0.0, |e| positive(e.value));
            let span = if effort == 0.0 {
                Err(Unplaced::NoEffort)
            } else if t.duration <= 0 {
                Err(Unplaced::NoWorkingDay)
            } else {
                Ok(TaskSpan {
                    start: ix.date(t.early_start),
                    end: ix.finish_date(t.early_finish),
                    effort,
                    working_days: u32::try_from(t.duration).unwrap_or(u32::MAX),
                })
            };
            self.spans[v] = Some(span);
            let Some(person) = task
                .owner
                .as_ref()
                .and_then(|o| person_index(portfolio, &o.value))
            else {
                continue;
            };
            match span {
                Ok(span) => self.tasks.push(PlacedTask {
                    project: pi as u32,
                    task: ti as u32,
                    person,
                    span,
                }),
                Err(reason) => self.unplaced.push(UnplacedTask {
                    project: pi as u32,
                    task: ti as u32,
                    reason,
                }),
            }
        }
    }

    /// The span of task `task` of project `project` (indexes), or why it
    /// has none; `None` for a task of a finished project.
    pub fn span(
        &self,
        schedule: &Schedule,
        project: usize,
        task: usize,
    ) -> Option<Result<TaskSpan, Unplaced>> {
        self.spans
            .get(schedule.first.get(project)? + task)
            .copied()
            .flatten()
    }

    /// The first and last day of any placed work, if there is any.
    pub fn extent(&self) -> Option<(Date, Date)> {
        let tasks = self.tasks.iter().map(|t| (t.span.start, t.span.end));
        let reserved = self.reservations.iter().flatten().map(|r| (r.from, r.to));
        tasks
            .chain(reserved)
            .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
    }

    /// The placed tasks of one person.
    pub fn tasks_of(&self, person: u32) -> &[PlacedTask] {
        let lo = self.tasks.partition_point(|t| t.person < person);
        let hi = self.tasks.partition_point(|t| t.person <= person);
        &self.tasks[lo..hi]
    }
}

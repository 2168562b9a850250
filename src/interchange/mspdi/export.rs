//! The plan of the projects in scope as MSPDI rows: tasks and milestones
//! with the dates the schedule engine gives them ([`Schedule`]), groups as
//! summary tasks, links, baselines and progress; people as resources and
//! task owners as assignments. [`super::write`] lays the rows out as XML.

use std::collections::{BTreeMap, HashMap};

use crate::analysis::Analysis;
use crate::analysis::schedule::{Item, NodeKey, Schedule};
use crate::model::{Date, Dependency, LinkType, Portfolio, Project};
use crate::report::scope::Scope;

/// One row of MSPDI's task table.
#[derive(Clone, Debug, Default)]
pub struct Row {
    pub uid: u32,
    pub name: String,
    pub level: usize,
    pub outline: String,
    pub summary: bool,
    pub milestone: bool,
    pub start: Option<Date>,
    pub finish: Option<Date>,
    /// Working days.
    pub duration: i64,
    pub work_hours: Option<f64>,
    pub percent: f64,
    pub actual_start: Option<Date>,
    pub actual_finish: Option<Date>,
    /// MSPDI constraint type and date (4 start no earlier, 6 finish no earlier).
    pub constraint: Option<(u8, Date)>,
    pub links: Vec<Link>,
    pub baseline: Option<(Option<Date>, Option<Date>)>,
}

#[derive(Clone, Debug)]
pub struct Link {
    pub predecessor: u32,
    pub link: LinkType,
    pub lag_days: i64,
}

#[derive(Clone, Debug)]
pub struct Resource {
    pub uid: u32,
    pub name: String,
    pub group: Option<String>,
    pub max_units: f64,
    pub rate: Option<f64>,
    pub days_off: Vec<(Date, Date)>,
}

#[derive(Clone, Debug)]
pub struct Assignment {
    pub task: u32,
    pub resource: u32,
    pub units: f64,
    pub work_hours: f64,
    pub start: Option<Date>,
    pub finish: Option<Date>,
    pub percent: f64,
}

/// Everything an MSPDI file holds.
#[derive(Clone, Debug)]
pub struct Export {
    pub title: String,
    pub manager: Option<String>,
    pub start: Option<Date>,
    pub finish: Option<Date>,
    pub status_date: Date,
    pub hours_per_day: f64,
    pub calendar: crate::model::Calendar,
    pub project_row: Row,
    pub rows: Vec<Row>,
    pub resources: Vec<Resource>,
    pub assignments: Vec<Assignment>,
    /// What could not be exported (e.g. links to projects out of scope).
    pub notes: Vec<String>,
}

/// Builds the export of the projects in `scope`, on the run's schedule.
pub fn export(portfolio: &Portfolio, analysis: &Analysis, scope: &Scope) -> Export {
    let as_of = analysis.as_of;
    let calendar = &analysis.calendar;
    let schedule = &analysis.schedule;
    let projects: Vec<(usize, &Project)> = portfolio
        .projects
        .iter()
        .enumerate()
        .filter(|(_, p)| scope.includes_project(p))
        .collect();
    let single = projects.len() == 1;
    let mut ctx = Ctx {
        schedule,
        rows: Vec::new(),
        uids: HashMap::new(),
        notes: Vec::new(),
        hours: calendar.hours_per_day,
    };
    // UIDs first, so links may point forward and across projects.
    let mut next = 1u32;
    for (p, project) in &projects {
        for (i, t) in project.tasks.iter().enumerate() {
            ctx.uids.insert(
                (project.id.value.clone(), false, t.id.value.clone()),
                (
                    next,
                    NodeKey {
                        project: *p,
                        item: Item::Task(i),
                    },
                ),
            );
            next += 1;
        }
        for (i, m) in project.milestones.iter().enumerate() {
            ctx.uids.insert(
                (project.id.value.clone(), true, m.id.value.clone()),
                (
                    next,
                    NodeKey {
                        project: *p,
                        item: Item::Milestone(i),
                    },
                ),
            );
            next += 1;
        }
    }
    let mut summary_uid = next;
    for (p, project) in &projects {
        let base = if single {
            0
        } else {
            ctx.rows.push(Row {
                uid: summary_uid,
                name: project.name.value.clone(),
                level: 1,
                summary: true,
                baseline: project.baseline.as_ref().map(|b| {
                    (
                        b.start.as_ref().map(|d| d.value),
                        b.end.as_ref().map(|d| d.value),
                    )
                }),
                ..Row::default()
            });
            summary_uid += 1;
            1
        };
        ctx.project_rows(*p, project, base, &mut summary_uid, portfolio);
    }
    number_outline(&mut ctx.rows);
    roll_up(&mut ctx.rows);
    let (resources, assignments) = people(portfolio, &projects, &ctx);
    let title = title(portfolio, scope, &projects);
    let start = ctx.rows.iter().filter_map(|r| r.start).min();
    let finish = ctx.rows.iter().filter_map(|r| r.finish).max();
    let project_row = Row {
        uid: 0,
        name: title.clone(),
        level: 0,
        outline: "0".into(),
        summary: true,
        start,
        finish,
        baseline: if single {
            projects[0].1.baseline.as_ref().map(|b| {
                (
                    b.start.as_ref().map(|d| d.value),
                    b.end.as_ref().map(|d| d.value),
                )
            })
        } else {
            None
        },
        ..Row::default()
    };
    Export {
        title,
        manager: single
            .then(|| manager_name(portfolio, projects[0].1))
            .flatten(),
        start,
        finish,
        status_date: as_of,
        hours_per_day: calendar.hours_per_day,
        calendar: portfolio.settings.calendar.clone(),
        project_row,
        rows: ctx.rows,
        resources,
        assignments,
        notes: ctx.notes,
    }
}

fn title(portfolio: &Portfolio, scope: &Scope, projects: &[(usize, &Project)]) -> String {
    if let [(_, p)] = projects {
        return p.name.value.clone();
    }
    if let Some(program) = scope
        .program
        .as_ref()
        .and_then(|id| portfolio.programs.iter().find(|p| &p.id.value == id))
    {
        return program.name.value.clone();
    }
    portfolio
        .settings
        .name
        .clone()
        .unwrap_or_else(|| "Portfolio".into())
}

fn manager_name(portfolio: &Portfolio, project: &Project) -> Option<String> {
    portfolio
        .people
        .iter()
        .find(|p| p.id.value == project.manager.value)
        .map(|p| p.name.value.clone())
}

type ItemKey = (String, bool, String);

struct Ctx<'a> {
    schedule: &'a Schedule,
    rows: Vec<Row>,
    uids: HashMap<ItemKey, (u32, NodeKey)>,
    notes: Vec<String>,
    hours: f64,
}

/// A task or milestone of a project with its group path.
struct Entry<'a> {
    milestone: bool,
    index: usize,
    group: Vec<&'a str>,
}

impl Ctx<'_> {
    fn project_rows(
        &mut self,
        p: usize,
        project: &Project,
        base: usize,
        summary_uid: &mut u32,
        portfolio: &Portfolio,
    ) {
        let mut entries: Vec<Entry> = Vec::new();
        for (i, t) in project.tasks.iter().enumerate() {
            entries.push(Entry {
                milestone: false,
                index: i,
                group: t.group.iter().map(|g| g.value.as_str()).collect(),
            });
        }
        for (i, m) in project.milestones.iter().enumerate() {
            entries.push(Entry {
                milestone: true,
                index: i,
                group: m.group.iter().map(|g| g.value.as_str()).collect(),
            });
        }
        // Items of one group must be contiguous: order by the first
        // appearance of each level of their group path, then by date.
        let mut first_seen: HashMap<Vec<&str>, usize> = HashMap::new();
        for e in &entries {
            for k in 1..=e.group.len() {
                let n = first_seen.len();
                first_seen.entry(e.group[..k].to_vec()).or_insert(n);
            }
        }
        let key = |e: &Entry| -> (Vec<usize>, i64) {
            let path = (1..=e.group.len())
                .map(|k| first_seen[&e.group[..k].to_vec()])
                .collect();
            let item = if e.milestone {
                Item::Milestone(e.index)
            } else {
                Item::Task(e.index)
            };
            let v = self.schedule.node(NodeKey { project: p, item }, project);
            (
                path,
                self.schedule.times.get(v).map_or(0, |t| t.early_start),
            )
        };
        entries.sort_by_cached_key(|e| key(e));
        let mut open: Vec<&str> = Vec::new();
        for e in &entries {
            let common = open
                .iter()
                .zip(&e.group)
                .take_while(|(a, b)| a == b)
                .count();
            open.truncate(common);
            for name in &e.group[common..] {
                open.push(name);
                self.rows.push(Row {
                    uid: *summary_uid,
                    name: name.to_string(),
                    level: base + open.len(),
                    summary: true,
                    ..Row::default()
                });
                *summary_uid += 1;
            }
            let row = self.item_row(p, project, e, base + open.len() + 1, portfolio);
            self.rows.push(row);
        }
    }

    fn item_row(
        &mut self,
        p: usize,
        project: &Project,
        e: &Entry,
        level: usize,
        _portfolio: &Portfolio,
    ) -> Row {
        let item = if e.milestone {
            Item::Milestone(e.index)
        } else {
            Item::Task(e.index)
        };
        let v = self.schedule.node(NodeKey { project: p, item }, project);
        let times = self.schedule.times[v];
        let (start, finish) =
            self.schedule
                .days(times.early_start, times.early_finish, times.at_day_start);
        let (id, name, deps) = if e.milestone {
            let m = &project.milestones[e.index];
            (&m.id.value, &m.name.value, &m.depends_on)
        } else {
            let t = &project.tasks[e.index];
            (&t.id.value, &t.name.value, &t.depends_on)
        };
        let uid = self.uids[&(project.id.value.clone(), e.milestone, id.clone())].0;
        let mut row = Row {
            uid,
            name: name.clone(),
            level,
            milestone: e.milestone,
            start: Some(start),
            finish: Some(finish),
            duration: times.duration,
            ..Row::default()
        };
        row.links = deps
            .iter()
            .filter_map(|d| self.link(project, d, id))
            .collect();
        if e.milestone {
            let m = &project.milestones[e.index];
            if m.is_done() {
                row.percent = 100.0;
                row.actual_finish = Some(m.done_on.as_ref().map_or(finish, |d| d.value));
                row.actual_start = row.actual_finish;
            }
            if m.depends_on.is_empty() {
                row.constraint = Some((6, m.due.value));
            }
            row.baseline = m.baseline.as_ref().map(|b| (Some(b.value), Some(b.value)));
        } else {
            let t = &project.tasks[e.index];
            row.percent = t.progress_percent().clamp(0.0, 100.0);
            row.work_hours = t.effort.as_ref().map(|x| x.value);
            if row.percent > 0.0 {
                row.actual_start = Some(start);
            }
            if row.percent >= 100.0 {
                row.actual_finish = Some(finish);
            }
            row.constraint = match (&t.start, &t.end) {
                (Some(s), _) => Some((4, s.value)),
                (None, Some(f)) => Some((6, f.value)),
                _ => None,
            };
            row.baseline = t.baseline.as_ref().map(|b| {
                (
                    b.start.as_ref().map(|d| d.value),
                    b.end.as_ref().map(|d| d.value),
                )
            });
        }
        row
    }

    fn link(&mut self, project: &Project, d: &Dependency, of: &str) -> Option<Link> {
        let owner = d
            .project
            .as_ref()
            .map_or(project.id.value.as_str(), |p| p.value.as_str());
        let (milestone, id) = match (&d.task, &d.milestone) {
            (Some(t), _) => (false, &t.value),
            (None, Some(m)) => (true, &m.value),
            _ => return None,
        };
        match self.uids.get(&(owner.to_string(), milestone, id.clone())) {
            Some((uid, _)) => Some(Link {
                predecessor: *uid,
                link: d.link_type(),
                lag_days: i64::from(d.lag_days()),
            }),
            None => {
                self.notes.push(format!(
                    "{}/{of}: predecessor {owner}/{id} is not in the export; link left out",
                    project.id.value
                ));
                None
            }
        }
    }
}

/// Outline numbers (1, 1.1, 1.2, 2, ...) from the levels.
fn number_outline(rows: &mut [Row]) {
    let mut counters: Vec<u32> = Vec::new();
    for r in rows.iter_mut() {
        counters.truncate(r.level);
        while counters.len() < r.level {
            counters.push(0);
        }
        if let Some(last) = counters.last_mut() {
            *last += 1;
        }
        r.outline = counters
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".");
    }
}

/// A summary row spans the rows below it, up to the next row at its level.
fn roll_up(rows: &mut [Row]) {
    for i in (0..rows.len()).rev() {
        if !rows[i].summary {
            continue;
        }
        let level = rows[i].level;
        let inside: Vec<&Row> = rows[i + 1..]
            .iter()
            .take_while(|r| r.level > level)
            .collect();
        let start = inside.iter().filter_map(|r| r.start).min();
        let finish = inside.iter().filter_map(|r| r.finish).max();
        let work: f64 = inside
            .iter()
            .filter(|r| !r.summary)
            .filter_map(|r| r.work_hours)
            .sum();
        let r = &mut rows[i];
        r.start = start;
        r.finish = finish;
        r.work_hours = (work > 0.0).then_some(work);
    }
}

/// Resources: the people on the teams of the projects in scope and the
/// owners of their tasks; an assignment for each owned task.
fn people(
    portfolio: &Portfolio,
    projects: &[(usize, &Project)],
    ctx: &Ctx,
) -> (Vec<Resource>, Vec<Assignment>) {
    let mut ids: BTreeMap<&str, ()> = BTreeMap::new();
    for (_, p) in projects {
        for m in &p.team {
            ids.insert(&m.person.value, ());
        }
        for t in &p.tasks {
            if let Some(o) = &t.owner {
                ids.insert(&o.value, ());
            }
        }
    }
    let mut resources = Vec::new();
    let mut uid_of: HashMap<&str, u32> = HashMap::new();
    for (k, id) in ids.keys().enumerate() {
        let uid = k as u32 + 1;
        uid_of.insert(id, uid);
        let person = portfolio.people.iter().find(|p| p.id.value == *id);
        resources.push(Resource {
            uid,
            name: person.map_or_else(|| id.to_string(), |p| p.name.value.clone()),
            group: person.and_then(|p| p.department.as_ref().map(|d| d.value.clone())),
            max_units: person
                .and_then(|p| p.fte.as_ref().map(|f| f.value))
                .unwrap_or(1.0),
            rate: person.and_then(|p| p.cost_rate.as_ref().map(|r| r.value)),
            days_off: person
                .map(|p| {
                    p.days_off
                        .iter()
                        .map(|d| (d.from.value, d.last()))
                        .collect()
                })
                .unwrap_or_default(),
        });
    }
    let rows: HashMap<u32, &Row> = ctx.rows.iter().map(|r| (r.uid, r)).collect();
    let mut assignments = Vec::new();
    for (_, p) in projects {
        for t in &p.tasks {
            let Some(owner) = &t.owner else { continue };
            let Some((task_uid, _)) =
                ctx.uids
                    .get(&(p.id.value.clone(), false, t.id.value.clone()))
            else {
                continue;
            };
            let Some(row) = rows.get(task_uid) else {
                continue;
            };
            let units = p
                .member(&owner.value)
                .map_or(100.0, |m| m.allocation_percent())
                / 100.0;
            let work = t
                .effort
                .as_ref()
                .map_or(row.duration as f64 * ctx.hours * units, |e| e.value);
            assignments.push(Assignment {
                task: *task_uid,
                resource: uid_of[owner.value.as_str()],
                units,
                work_hours: work,
                start: row.start,
                finish: row.finish,
                percent: row.percent,
            });
        }
    }
    (resources, assignments)
}

//! Who the report shows and what each of them carries: the filters'
//! people, roles and skills, and each person's row of load per period.

use super::*;

/// Indexes of the people the filters admit, in id order.
pub(super) fn shown_people(
    portfolio: &Portfolio,
    options: &Options,
    work: &Workload,
    in_scope: &[bool],
) -> Vec<u32> {
    let scoped = options.scope.program.is_some() || options.scope.project.is_some();
    let mut involved = vec![!scoped; portfolio.people.len()];
    if scoped {
        for (pi, project) in portfolio.projects.iter().enumerate() {
            if !in_scope[pi] {
                continue;
            }
            let ids = project.team.iter().map(|m| &m.person.value).chain(
                project
                    .tasks
                    .iter()
                    .filter_map(|t| t.owner.as_ref().map(|o| &o.value)),
            );
            for id in ids {
                if let Some(i) = crate::analysis::placement::person_index(portfolio, id) {
                    involved[i as usize] = true;
                }
            }
        }
    }
    (0..portfolio.people.len() as u32)
        .filter(|&i| involved[i as usize])
        .filter(|&i| {
            let person = &portfolio.people[i as usize];
            options
                .person
                .as_ref()
                .is_none_or(|id| *id == person.id.value)
                && options.role.as_ref().is_none_or(|role| {
                    has_label(person, role)
                        || work.people[i as usize].projects.iter().any(|pl| {
                            team_role(&portfolio.projects[pl.project as usize], &person.id.value)
                                .is_some_and(|r| r == role)
                        })
                })
        })
        .collect()
}

pub(super) fn has_label(person: &crate::model::Person, label: &str) -> bool {
    person
        .roles
        .iter()
        .chain(&person.skills)
        .any(|r| r.value == label)
}

pub(super) fn team_role<'a>(project: &'a Project, person: &str) -> Option<&'a str> {
    project
        .team
        .iter()
        .filter(|m| m.person.value == person)
        .find_map(|m| m.role.as_ref().map(|r| r.value.as_str()))
}

/// The role a person's load on a project counts towards: their team role,
/// else the role of one of their tasks there, else their first role.
pub(super) fn role_of_load<'a>(
    portfolio: &'a Portfolio,
    project: &'a Project,
    person: u32,
) -> &'a str {
    let who = &portfolio.people[person as usize];
    team_role(project, &who.id.value)
        .or_else(|| {
            project
                .tasks
                .iter()
                .filter(|t| t.owner.as_ref().is_some_and(|o| o.value == who.id.value))
                .find_map(|t| t.role.as_ref().map(|r| r.value.as_str()))
        })
        .or_else(|| who.roles.first().map(|r| r.value.as_str()))
        .unwrap_or(NO_ROLE)
}

/// People by each role and skill they have, and per role and period the
/// people with the most room (for suggestions), computed once.
pub(super) struct RoleIndex<'a> {
    by_label: BTreeMap<&'a str, Vec<u32>>,
    /// Per label, per period: up to `CANDIDATES + 1` (free hours, person),
    /// most room first, then person id.
    roomiest: BTreeMap<&'a str, Vec<Vec<(f64, u32)>>>,
}

impl<'a> RoleIndex<'a> {
    pub(super) fn new(portfolio: &'a Portfolio, work: &Workload) -> RoleIndex<'a> {
        let mut by_label: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
        for (i, p) in portfolio.people.iter().enumerate() {
            let labels: BTreeSet<&str> = p
                .roles
                .iter()
                .chain(&p.skills)
                .map(|r| r.value.as_str())
                .collect();
            for l in labels {
                by_label.entry(l).or_default().push(i as u32);
            }
        }
        let keep = CANDIDATES + 1;
        let roomiest = by_label
            .iter()
            .map(|(&label, people)| {
                let mut per = vec![Vec::with_capacity(keep + 1); work.spans.len()];
                for &i in people {
                    let other = &work.people[i as usize];
                    for (k, best) in per.iter_mut().enumerate() {
                        let free = other.capacity[k] - other.load[k];
                        if free < 0.5 {
                            continue;
                        }
                        // People come in id order, so ties keep the lower id.
                        let at = best.partition_point(|&(f, _): &(f64, u32)| f >= free);
                        if at < keep {
                            best.insert(at, (free, i));
                            best.truncate(keep);
                        }
                    }
                }
                (label, per)
            })
            .collect();
        RoleIndex { by_label, roomiest }
    }

    /// The people with a label who have the most room in period `k`.
    pub(super) fn roomiest(&self, label: &str, k: usize) -> &[(f64, u32)] {
        self.roomiest
            .get(label)
            .and_then(|per| per.get(k))
            .map_or(&[], Vec::as_slice)
    }

    pub(super) fn people(&self, label: &str) -> &[u32] {
        self.by_label.get(label).map_or(&[], Vec::as_slice)
    }
}

/// A person's task hours on each project, per period: for each of
/// `load.projects`, one list of tasks per window period. Each task visits
/// only the periods it overlaps.
pub(super) type TasksByPeriod<'a> = Vec<Vec<Vec<TaskHours<'a>>>>;

pub(super) fn task_hours<'a>(
    portfolio: &'a Portfolio,
    placement: &Placement,
    work: &Workload,
    load: &PersonLoad,
) -> TasksByPeriod<'a> {
    let mine = placement.tasks_of(load.person);
    load.projects
        .iter()
        .map(|pl| {
            let mut per: Vec<Vec<TaskHours>> = vec![Vec::new(); work.spans.len()];
            let lo = mine.partition_point(|t| t.project < pl.project);
            let hi = mine.partition_point(|t| t.project <= pl.project);
            let project = &portfolio.projects[pl.project as usize];
            for t in &mine[lo..hi] {
                let first = work.spans.partition_point(|s| s.end < t.span.start);
                for (k, span) in work.spans.iter().enumerate().skip(first) {
                    if span.start > t.span.end {
                        break;
                    }
                    let h = hours_between(&work.axis, &t.span, span.start, span.end);
                    if h > 0.0 {
                        per[k].push(TaskHours {
                            task: project.tasks[t.task as usize].id.value.as_str(),
                            hours: round2(h),
                        });
                    }
                }
            }
            per
        })
        .collect()
}

pub(super) fn person_row<'a>(
    portfolio: &'a Portfolio,
    work: &Workload,
    load: &PersonLoad,
    tasks: &TasksByPeriod<'a>,
    overload: f64,
) -> PersonRow<'a> {
    let person = &portfolio.people[load.person as usize];
    let capacity: f64 = load.capacity.iter().sum();
    let total: f64 = load.load.iter().sum();
    let periods = work
        .spans
        .iter()
        .enumerate()
        .map(|(k, span)| PersonPeriod {
            period: span.period,
            capacity: round2(load.capacity[k]),
            load: round2(load.load[k]),
            utilisation: round_opt(load.utilisation(k)),
            over: is_over(load.load[k], load.capacity[k], overload),
            projects: load
                .projects
                .iter()
                .zip(tasks)
                .filter(|(pl, _)| pl.load[k] > 1e-9)
                .map(|(pl, t)| {
                    let project = &portfolio.projects[pl.project as usize];
                    ProjectHours {
                        project: project.id.value.as_str(),
                        program: project.program.value.as_str(),
                        reserved: round2(pl.reserved[k]),
                        tasks: t[k].clone(),
                        hours: round2(pl.load[k]),
                    }
                })
                .collect(),
        })
        .collect();
    PersonRow {
        id: person.id.value.as_str(),
        name: person.name.value.as_str(),
        roles: person.roles.iter().map(|r| r.value.as_str()).collect(),
        skills: person.skills.iter().map(|r| r.value.as_str()).collect(),
        hours_per_day: round2(load.hours_per_day),
        capacity: round2(capacity),
        load: round2(total),
        utilisation: round_opt(utilisation(total, capacity)),
        periods,
    }
}

//! Lookups the check families share, built once per run: positions of
//! programs and projects by id, of tasks and milestones inside each
//! project, of customers and businesses inside each program. The first of
//! two equal ids wins, as in the loader.

use std::collections::{HashMap, HashSet};

use crate::model::Portfolio;

pub struct Index<'a> {
    pub programs: HashMap<&'a str, usize>,
    pub projects: HashMap<&'a str, usize>,
    /// Per project (same positions as `Portfolio::projects`): task id -> position.
    pub tasks: Vec<HashMap<&'a str, usize>>,
    /// Per project: milestone id -> position.
    pub milestones: Vec<HashMap<&'a str, usize>>,
    /// Per program (same positions as `Portfolio::programs`): customer id -> position.
    pub customers: Vec<HashMap<&'a str, usize>>,
    /// Per program: business id -> position.
    pub businesses: Vec<HashMap<&'a str, usize>>,
    /// People who manage at least one project.
    pub managers: HashSet<&'a str>,
}

fn first_wins<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i);
    }
    map
}

impl<'a> Index<'a> {
    pub fn build(p: &'a Portfolio) -> Index<'a> {
        Index {
            programs: first_wins(p.programs.iter().map(|x| x.id.value.as_str())),
            projects: first_wins(p.projects.iter().map(|x| x.id.value.as_str())),
            tasks: p
                .projects
                .iter()
                .map(|x| first_wins(x.tasks.iter().map(|t| t.id.value.as_str())))
                .collect(),
            milestones: p
                .projects
                .iter()
                .map(|x| first_wins(x.milestones.iter().map(|m| m.id.value.as_str())))
                .collect(),
            customers: p
                .programs
                .iter()
                .map(|x| first_wins(x.customers.iter().map(|c| c.id.value.as_str())))
                .collect(),
            businesses: p
                .programs
                .iter()
                .map(|x| first_wins(x.businesses.iter().map(|b| b.id.value.as_str())))
                .collect(),
            managers: p
                .projects
                .iter()
                .map(|x| x.manager.value.as_str())
                .collect(),
        }
    }

    /// Position of a project's program, if it resolves.
    pub fn program_of(&self, project: &crate::model::Project) -> Option<usize> {
        self.programs.get(project.program.value.as_str()).copied()
    }
}

//! What the repository's error-level findings mean for a report: how many
//! there are, and which projects' statuses rest on a document pmo knows to
//! be wrong. A PMO must never be shown a green status built on such data:
//! the overview shows those statuses as unknown, and every report says how
//! many errors there are.
//!
//! A finding belongs to the document it points into (the last document of
//! its file that starts at or above it). A project's statuses rest on its
//! own document, its program's, its risks', its assessments' and its team
//! members'. When a document could not be loaded at all (a loader finding
//! other than an out-of-range value), pmo cannot tell which project it
//! would have changed, so every project's statuses are unknown.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::diag::{Finding, Severity};
use crate::model::{FileId, Loc, Portfolio};

/// Error-level findings and the projects they leave uncertain.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Integrity {
    /// Error-level findings in the repository (after the rule levels).
    pub errors: usize,
    /// Projects whose statuses rest on a document with an error.
    pub uncertain: BTreeSet<String>,
    /// A document could not be loaded: every status is uncertain.
    pub all_uncertain: bool,
}

impl Integrity {
    /// Whether the statuses of `project` rest on data known to be wrong.
    pub fn uncertain(&self, project: &str) -> bool {
        self.all_uncertain || self.uncertain.contains(project)
    }
}

/// The projects each document's data feeds, by where the document starts.
fn documents(p: &Portfolio) -> BTreeMap<FileId, Vec<(u32, Vec<String>)>> {
    let mut docs: BTreeMap<FileId, Vec<(u32, Vec<String>)>> = BTreeMap::new();
    let mut add = |loc: Loc, projects: Vec<String>| {
        docs.entry(loc.file).or_default().push((loc.line, projects));
    };
    let of_program = |program: &str| -> Vec<String> {
        p.projects
            .iter()
            .filter(|j| j.program.value == program)
            .map(|j| j.id.value.clone())
            .collect()
    };
    for g in &p.programs {
        add(g.id.loc, of_program(&g.id.value));
    }
    for j in &p.projects {
        add(j.id.loc, vec![j.id.value.clone()]);
    }
    for r in &p.risks {
        add(
            r.id.loc,
            r.project.iter().map(|x| x.value.clone()).collect(),
        );
    }
    for a in &p.assessments {
        add(a.id.loc, vec![a.project.value.clone()]);
    }
    for person in &p.people {
        let on: Vec<String> = p
            .projects
            .iter()
            .filter(|j| j.team.iter().any(|m| m.person.value == person.id.value))
            .map(|j| j.id.value.clone())
            .collect();
        add(person.id.loc, on);
    }
    for list in docs.values_mut() {
        list.sort_by_key(|(line, _)| *line);
    }
    docs
}

/// Reads the findings (already at their rule levels) against the model.
pub fn assess(p: &Portfolio, findings: &[Finding]) -> Integrity {
    let docs = documents(p);
    let mut integrity = Integrity::default();
    for f in findings.iter().filter(|f| f.severity == Severity::Error) {
        integrity.errors += 1;
        let code = f.rule.code;
        if code.starts_with('L') && code != "L014" {
            integrity.all_uncertain = true;
            continue;
        }
        let loc = f.primary.loc;
        let Some(list) = docs.get(&loc.file) else {
            integrity.all_uncertain = true;
            continue;
        };
        let at = list.partition_point(|(line, _)| *line <= loc.line);
        let (_, projects) = &list[at.saturating_sub(1)];
        integrity.uncertain.extend(projects.iter().cloned());
    }
    integrity
}

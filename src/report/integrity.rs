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

use std::collections::BTreeSet;

use serde::Serialize;

use crate::diag::{Finding, Severity};
use crate::model::{Doc, Documents, Portfolio};

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

/// The projects whose statuses a document's data feeds.
fn projects_fed(p: &Portfolio, doc: Doc<'_>) -> Vec<String> {
    let ids = |f: &dyn Fn(&crate::model::Project) -> bool| -> Vec<String> {
        p.projects
            .iter()
            .filter(|j| f(j))
            .map(|j| j.id.value.clone())
            .collect()
    };
    match doc {
        Doc::Program(g) => ids(&|j| j.program.value == g.id.value),
        Doc::Project(j) => vec![j.id.value.clone()],
        Doc::Risk(r) => r.project.iter().map(|x| x.value.clone()).collect(),
        Doc::Assessment(a) => vec![a.project.value.clone()],
        Doc::Evaluation(e) => vec![e.project.value.clone()],
        Doc::Person(person) => ids(&|j| j.team.iter().any(|m| m.person.value == person.id.value)),
        Doc::Review(_) => Vec::new(),
        Doc::Change(c) => vec![c.project.value.clone()],
    }
}

/// Reads the findings (already at their rule levels) against the model.
pub fn assess(p: &Portfolio, findings: &[Finding]) -> Integrity {
    let docs = Documents::new(p);
    let mut integrity = Integrity::default();
    for f in findings.iter().filter(|f| f.severity == Severity::Error) {
        integrity.errors += 1;
        let code = f.rule.code;
        if code.starts_with('L') && code != "L014" {
            integrity.all_uncertain = true;
            continue;
        }
        match docs.at(f.primary.loc) {
            Some(doc) => integrity.uncertain.extend(projects_fed(p, doc)),
            None => integrity.all_uncertain = true,
        }
    }
    integrity
}

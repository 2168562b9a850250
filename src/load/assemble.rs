//! The documents of every file gathered by kind, in file order, and
//! assembled into the one [`Portfolio`], with a finding per duplicate id.

use std::collections::BTreeSet;

use super::document::Document;
use super::rules::L009;
use crate::diag::Finding;
use crate::model::{
    Assessment, Change, Evaluation, Person, Portfolio, Program, Project, Review, Risk, Settings,
};

/// Every document loaded, by kind, in file order.
#[derive(Default)]
pub(super) struct Documents {
    programs: Vec<Program>,
    projects: Vec<Project>,
    people: Vec<Person>,
    risks: Vec<Risk>,
    reviews: Vec<Review>,
    assessments: Vec<Assessment>,
    changes: Vec<Change>,
    evaluations: Vec<Evaluation>,
    /// Kinds and ids of the documents that did not load.
    pub(super) unloaded: BTreeSet<(crate::model::Kind, String)>,
}

impl Documents {
    pub(super) fn add(&mut self, doc: Document) {
        match doc {
            Document::Program(d) => self.programs.push(d),
            Document::Project(d) => self.projects.push(*d),
            Document::Person(d) => self.people.push(d),
            Document::Risk(d) => self.risks.push(d),
            Document::Review(d) => self.reviews.push(d),
            Document::Assessment(d) => self.assessments.push(d),
            Document::Change(d) => self.changes.push(d),
            Document::Evaluation(d) => self.evaluations.push(d),
        }
    }

    /// The portfolio, and an `L009` finding for each id defined twice.
    pub(super) fn into_portfolio(self, settings: Settings) -> (Portfolio, Vec<Finding>) {
        let (mut portfolio, mut duplicates) = Portfolio::assemble(
            settings,
            self.programs,
            self.projects,
            self.people,
            self.risks,
            self.reviews,
            self.assessments,
        );
        duplicates.extend(portfolio.add_changes(self.changes));
        duplicates.extend(portfolio.add_evaluations(self.evaluations));
        portfolio.unloaded = self.unloaded;
        let findings = duplicates
            .into_iter()
            .map(|d| {
                Finding::new(
                    &L009,
                    d.second,
                    format!("duplicate {} id `{}`", d.kind, d.id),
                )
                .note("this one is ignored")
                .related(d.first, "first defined here")
                .help("ids are unique per kind across the repository; rename one of them")
            })
            .collect();
        (portfolio, findings)
    }
}

//! Which document a place in the repository belongs to: one answer for
//! every part that needs it (what a document's `allow:` covers, which
//! project an error leaves uncertain). A document starts at its `id`; a
//! place belongs to the last document of its file that starts at or above
//! it.

use std::collections::BTreeMap;

use super::{
    Assessment, Change, Evaluation, FileId, Loc, Person, Portfolio, Program, Project, Review, Risk,
};

/// A document of the portfolio.
#[derive(Clone, Copy, Debug)]
pub enum Doc<'a> {
    /// A program.
    Program(&'a Program),
    /// A project.
    Project(&'a Project),
    /// A person.
    Person(&'a Person),
    /// A risk or opportunity.
    Risk(&'a Risk),
    /// A 360-degree review.
    Review(&'a Review),
    /// A project assessment.
    Assessment(&'a Assessment),
    /// A change request.
    Change(&'a Change),
    /// A team member's performance evaluation.
    Evaluation(&'a Evaluation),
}

impl<'a> Doc<'a> {
    /// The findings this document accepts.
    pub fn allow(self) -> &'a [super::Allowance] {
        match self {
            Doc::Program(d) => &d.allow,
            Doc::Project(d) => &d.allow,
            Doc::Person(d) => &d.allow,
            Doc::Risk(d) => &d.allow,
            Doc::Review(d) => &d.allow,
            Doc::Assessment(d) => &d.allow,
            Doc::Change(d) => &d.allow,
            Doc::Evaluation(d) => &d.allow,
        }
    }
}

/// The documents of each file, by the line they start on.
pub struct Documents<'a> {
    by_file: BTreeMap<FileId, Vec<(u32, Doc<'a>)>>,
}

impl<'a> Documents<'a> {
    /// Indexes every document of the portfolio by file and starting line.
    pub fn new(p: &'a Portfolio) -> Documents<'a> {
        let mut by_file: BTreeMap<FileId, Vec<(u32, Doc<'a>)>> = BTreeMap::new();
        let mut add = |loc: Loc, doc: Doc<'a>| {
            by_file.entry(loc.file).or_default().push((loc.line, doc));
        };
        p.programs
            .iter()
            .for_each(|d| add(d.id.loc, Doc::Program(d)));
        p.projects
            .iter()
            .for_each(|d| add(d.id.loc, Doc::Project(d)));
        p.people.iter().for_each(|d| add(d.id.loc, Doc::Person(d)));
        p.risks.iter().for_each(|d| add(d.id.loc, Doc::Risk(d)));
        p.reviews.iter().for_each(|d| add(d.id.loc, Doc::Review(d)));
        p.assessments
            .iter()
            .for_each(|d| add(d.id.loc, Doc::Assessment(d)));
        p.changes.iter().for_each(|d| add(d.id.loc, Doc::Change(d)));
        p.evaluations
            .iter()
            .for_each(|d| add(d.id.loc, Doc::Evaluation(d)));
        for list in by_file.values_mut() {
            list.sort_by_key(|(line, _)| *line);
        }
        Documents { by_file }
    }

    /// The document `loc` falls in; `None` when its file holds no loaded
    /// document.
    pub fn at(&self, loc: Loc) -> Option<Doc<'a>> {
        let list = self.by_file.get(&loc.file)?;
        let i = list.partition_point(|(line, _)| *line <= loc.line);
        list.get(i.saturating_sub(1)).map(|(_, doc)| *doc)
    }
}

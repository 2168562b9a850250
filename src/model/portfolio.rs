//! The whole repository as one model, with lookups by id.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use super::{
    Agreed, Assessment, Change, Evaluation, Loc, Person, Program, Project, Review, Risk, Settings,
};

/// The kinds of document a repository holds; `kind:` names them as the
/// variants are spelled.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
pub enum Kind {
    /// A program (项目群).
    Program,
    /// A project of a program.
    Project,
    /// A person who can be staffed or own work.
    Person,
    /// A risk or opportunity.
    Risk,
    /// A 360-degree review of a person.
    Review,
    /// A project assessment on the seven dimensions.
    Assessment,
    /// A change request to a project's scope, dates or budget.
    Change,
    /// A team member's performance evaluation.
    Evaluation,
}

impl Kind {
    /// The name `kind:` gives: `Program`, `Project`...
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The lower-case name used for schema files and `pmo schema KIND`.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Program => "program",
            Kind::Project => "project",
            Kind::Person => "person",
            Kind::Risk => "risk",
            Kind::Review => "review",
            Kind::Assessment => "assessment",
            Kind::Change => "change",
            Kind::Evaluation => "evaluation",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Two documents of one kind with the same id; the first is kept.
#[derive(Clone, Debug)]
pub struct Duplicate {
    /// The kind both documents declare.
    pub kind: Kind,
    /// The id they share.
    pub id: String,
    /// Where the document kept was written.
    pub first: Loc,
    /// Where the document dropped was written.
    pub second: Loc,
}

/// Everything in the repository. Each list is sorted by id, so iteration
/// order never depends on the file system.
#[derive(Debug, Default)]
pub struct Portfolio {
    /// `pmo.toml`: calendar, scales, thresholds and rule levels.
    pub settings: Settings,
    /// The programs, by id.
    pub programs: Vec<Program>,
    /// The projects, by id.
    pub projects: Vec<Project>,
    /// The people, by id.
    pub people: Vec<Person>,
    /// The risks and opportunities, by id.
    pub risks: Vec<Risk>,
    /// The 360-degree reviews, by id.
    pub reviews: Vec<Review>,
    /// The project assessments, by id.
    pub assessments: Vec<Assessment>,
    /// Change requests (kind `Change`), sorted by id.
    pub changes: Vec<Change>,
    /// What the baseline revision agreed, when the run reads one
    /// (`[baseline]` in pmo.toml): rule D001 compares with it.
    pub agreed: Option<Agreed>,
    /// Team-member performance evaluations (added by
    /// [`Portfolio::add_evaluations`]).
    pub evaluations: Vec<Evaluation>,
    /// Ids declared by documents that failed to load: the document's own
    /// finding says what is wrong, and references to it are not errors
    /// too (one typo, one error).
    pub unloaded: std::collections::BTreeSet<(Kind, String)>,
    index: Index,
}

#[derive(Debug, Default)]
struct Index {
    programs: HashMap<String, usize>,
    projects: HashMap<String, usize>,
    people: HashMap<String, usize>,
    risks: HashMap<String, usize>,
    reviews: HashMap<String, usize>,
    assessments: HashMap<String, usize>,
    changes: HashMap<String, usize>,
    evaluations: HashMap<String, usize>,
    projects_of_program: HashMap<String, Vec<usize>>,
}

/// Sorts by id (stable, so the first of two duplicates stays first), drops
/// duplicates into `dups`, and returns the id index.
fn dedup_sorted<T>(
    kind: Kind,
    items: &mut Vec<T>,
    id: impl Fn(&T) -> (&str, Loc),
    dups: &mut Vec<Duplicate>,
) -> HashMap<String, usize> {
    items.sort_by(|a, b| id(a).0.cmp(id(b).0));
    // Sorted, so a repeated id follows the first (kept) occurrence of it
    // directly; every later one is reported against that first.
    let mut keep = Vec::with_capacity(items.len());
    let mut first: Option<(&str, Loc)> = None;
    for item in items.iter() {
        let (this, at) = id(item);
        match first {
            Some((kept, kept_at)) if kept == this => {
                keep.push(false);
                dups.push(Duplicate {
                    kind,
                    id: this.to_string(),
                    first: kept_at,
                    second: at,
                });
            }
            _ => {
                keep.push(true);
                first = Some((this, at));
            }
        }
    }
    let mut k = keep.into_iter();
    items.retain(|_| k.next().unwrap_or(false));
    items
        .iter()
        .enumerate()
        .map(|(i, t)| (id(t).0.to_string(), i))
        .collect()
}

impl Portfolio {
    /// Builds the model from parsed documents, given in file order.
    #[allow(clippy::too_many_arguments)]
    pub fn assemble(
        settings: Settings,
        mut programs: Vec<Program>,
        mut projects: Vec<Project>,
        mut people: Vec<Person>,
        mut risks: Vec<Risk>,
        mut reviews: Vec<Review>,
        mut assessments: Vec<Assessment>,
    ) -> (Portfolio, Vec<Duplicate>) {
        let mut dups = Vec::new();
        let index = Index {
            programs: dedup_sorted(
                Kind::Program,
                &mut programs,
                |p| (&p.id.value, p.id.loc),
                &mut dups,
            ),
            projects: dedup_sorted(
                Kind::Project,
                &mut projects,
                |p| (&p.id.value, p.id.loc),
                &mut dups,
            ),
            people: dedup_sorted(
                Kind::Person,
                &mut people,
                |p| (&p.id.value, p.id.loc),
                &mut dups,
            ),
            risks: dedup_sorted(
                Kind::Risk,
                &mut risks,
                |p| (&p.id.value, p.id.loc),
                &mut dups,
            ),
            reviews: dedup_sorted(
                Kind::Review,
                &mut reviews,
                |p| (&p.id.value, p.id.loc),
                &mut dups,
            ),
            assessments: dedup_sorted(
                Kind::Assessment,
                &mut assessments,
                |p| (&p.id.value, p.id.loc),
                &mut dups,
            ),
            changes: HashMap::new(),
            evaluations: HashMap::new(),
            projects_of_program: {
                let mut map: HashMap<String, Vec<usize>> = HashMap::new();
                for (i, p) in projects.iter().enumerate() {
                    map.entry(p.program.value.clone()).or_default().push(i);
                }
                map
            },
        };
        let portfolio = Portfolio {
            settings,
            programs,
            projects,
            people,
            risks,
            reviews,
            assessments,
            changes: Vec::new(),
            agreed: None,
            evaluations: Vec::new(),
            unloaded: std::collections::BTreeSet::new(),
            index,
        };
        (portfolio, dups)
    }

    /// Adds the change requests (sorted by id, the first of two equal
    /// ids kept) and returns the duplicates. Kept apart from
    /// [`Portfolio::assemble`], whose callers hold no changes.
    pub fn add_changes(&mut self, mut changes: Vec<Change>) -> Vec<Duplicate> {
        let mut dups = Vec::new();
        self.index.changes = dedup_sorted(
            Kind::Change,
            &mut changes,
            |c| (&c.id.value, c.id.loc),
            &mut dups,
        );
        self.changes = changes;
        dups
    }

    /// The change request with this id.
    pub fn change(&self, id: &str) -> Option<&Change> {
        self.index
            .changes
            .get(id)
            .and_then(|&i| self.changes.get(i))
    }

    /// Adds the evaluations (sorted by id, duplicates dropped and
    /// returned). Apart from [`Portfolio::assemble`] so that a kind added
    /// later does not change every caller's arguments.
    pub fn add_evaluations(&mut self, mut evaluations: Vec<Evaluation>) -> Vec<Duplicate> {
        let mut dups = Vec::new();
        self.index.evaluations = dedup_sorted(
            Kind::Evaluation,
            &mut evaluations,
            |p| (&p.id.value, p.id.loc),
            &mut dups,
        );
        self.evaluations = evaluations;
        dups
    }

    /// The evaluation with this id.
    pub fn evaluation(&self, id: &str) -> Option<&Evaluation> {
        self.index
            .evaluations
            .get(id)
            .and_then(|&i| self.evaluations.get(i))
    }

    /// Whether a document that failed to load declared this id.
    pub fn declared_unloaded(&self, kind: Kind, id: &str) -> bool {
        self.unloaded.contains(&(kind, id.to_string()))
    }

    /// The program with this id.
    pub fn program(&self, id: &str) -> Option<&Program> {
        self.index
            .programs
            .get(id)
            .and_then(|&i| self.programs.get(i))
    }
    /// The project with this id.
    pub fn project(&self, id: &str) -> Option<&Project> {
        self.index
            .projects
            .get(id)
            .and_then(|&i| self.projects.get(i))
    }
    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.index.people.get(id).and_then(|&i| self.people.get(i))
    }
    /// The risk with this id.
    pub fn risk(&self, id: &str) -> Option<&Risk> {
        self.index.risks.get(id).and_then(|&i| self.risks.get(i))
    }
    /// The review with this id.
    pub fn review(&self, id: &str) -> Option<&Review> {
        self.index
            .reviews
            .get(id)
            .and_then(|&i| self.reviews.get(i))
    }
    /// The assessment with this id.
    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.index
            .assessments
            .get(id)
            .and_then(|&i| self.assessments.get(i))
    }

    /// The projects of a program, sorted by id.
    pub fn projects_of<'a>(&'a self, program: &str) -> impl Iterator<Item = &'a Project> + 'a {
        self.index
            .projects_of_program
            .get(program)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.projects.get(i))
    }

    /// Ids of every document of a kind, sorted, for "did you mean" hints.
    pub fn ids(&self, kind: Kind) -> Vec<&str> {
        match kind {
            Kind::Program => self.programs.iter().map(|p| p.id.value.as_str()).collect(),
            Kind::Project => self.projects.iter().map(|p| p.id.value.as_str()).collect(),
            Kind::Person => self.people.iter().map(|p| p.id.value.as_str()).collect(),
            Kind::Risk => self.risks.iter().map(|p| p.id.value.as_str()).collect(),
            Kind::Review => self.reviews.iter().map(|p| p.id.value.as_str()).collect(),
            Kind::Assessment => self
                .assessments
                .iter()
                .map(|p| p.id.value.as_str())
                .collect(),
            Kind::Change => self.changes.iter().map(|p| p.id.value.as_str()).collect(),
            Kind::Evaluation => self
                .evaluations
                .iter()
                .map(|p| p.id.value.as_str())
                .collect(),
        }
    }

    /// The program a project belongs to, if it resolves.
    pub fn program_of(&self, project: &Project) -> Option<&Program> {
        self.program(&project.program.value)
    }
}

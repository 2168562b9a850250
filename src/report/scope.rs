//! Which programs and projects a report covers (`--program`, `--project`).

use crate::diag::UnknownId;
use crate::model::{Portfolio, Program, Project};

#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub program: Option<String>,
    pub project: Option<String>,
}

impl Scope {
    pub fn includes_project(&self, project: &Project) -> bool {
        self.program
            .as_ref()
            .is_none_or(|p| *p == project.program.value)
            && self.project.as_ref().is_none_or(|p| *p == project.id.value)
    }

    /// The projects in scope, sorted by id.
    pub fn projects<'a>(
        &'a self,
        portfolio: &'a Portfolio,
    ) -> impl Iterator<Item = &'a Project> + 'a {
        portfolio
            .projects
            .iter()
            .filter(|p| self.includes_project(p))
    }

    /// The programs in scope (those holding an in-scope project when
    /// `--project` is given), sorted by id.
    pub fn programs<'a>(
        &'a self,
        portfolio: &'a Portfolio,
    ) -> impl Iterator<Item = &'a Program> + 'a {
        portfolio.programs.iter().filter(move |p| {
            self.program.as_ref().is_none_or(|id| *id == p.id.value)
                && self.project.as_ref().is_none_or(|id| {
                    portfolio
                        .project(id)
                        .is_some_and(|x| x.program.value == p.id.value)
                })
        })
    }

    /// Checks that the ids given exist, so a typo is an error, not an empty report.
    pub fn verify(&self, portfolio: &Portfolio) -> Result<(), UnknownId> {
        use crate::model::Kind;
        for (id, kind) in [
            (&self.program, Kind::Program),
            (&self.project, Kind::Project),
        ] {
            if let Some(id) = id {
                UnknownId::check(portfolio, kind, id)?;
            }
        }
        Ok(())
    }
}

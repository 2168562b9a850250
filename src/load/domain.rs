//! The domains a single field cannot check on its own: the id pattern on
//! every id (one rule, [`crate::model::domain::ID_PATTERN`]) and a person's
//! days off written backwards (a team membership's are `S001`). Values are
//! reported as `L014`.

use super::rules::L014;
use crate::diag::Finding;
use crate::model::domain::{ID_PATTERN, valid_id};
use crate::model::{At, Date, Id, Portfolio};

/// Every id in the portfolio that breaks the pattern, and days off whose
/// `to` comes before their `from`.
pub(crate) fn check(p: &Portfolio) -> Vec<Finding> {
    let mut findings: Vec<Finding> = ids(p).filter_map(bad_id).collect();
    for person in &p.people {
        for off in &person.days_off {
            findings.extend(backwards(&off.from, off.to.as_ref(), "days off"));
        }
    }
    findings
}

fn ids(p: &Portfolio) -> impl Iterator<Item = &Id> {
    let programs = p.programs.iter().flat_map(|g| {
        std::iter::once(&g.id)
            .chain(g.customers.iter().map(|c| &c.id))
            .chain(g.businesses.iter().map(|b| &b.id))
    });
    let projects = p.projects.iter().flat_map(|j| {
        std::iter::once(&j.id)
            .chain(j.tasks.iter().map(|t| &t.id))
            .chain(j.milestones.iter().map(|m| &m.id))
            .chain(j.kpis.iter().map(|k| &k.id))
    });
    programs
        .chain(projects)
        .chain(p.people.iter().map(|x| &x.id))
        .chain(p.risks.iter().map(|x| &x.id))
        .chain(p.reviews.iter().map(|x| &x.id))
        .chain(p.assessments.iter().map(|x| &x.id))
        .chain(p.evaluations.iter().map(|x| &x.id))
}

fn bad_id(id: &Id) -> Option<Finding> {
    if valid_id(&id.value) {
        return None;
    }
    let shown: String = id.value.chars().take(40).collect();
    Some(
        Finding::new(&L014, id.loc, format!("id `{shown}` is not a valid id"))
            .note("ids name things in references, file names and reports")
            .help(format!(
                "use letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 (pattern {ID_PATTERN})"
            )),
    )
}

fn backwards(from: &At<Date>, to: Option<&At<Date>>, what: &str) -> Option<Finding> {
    let to = to?;
    (to.value < from.value).then(|| {
        Finding::new(
            &L014,
            to.loc,
            format!(
                "{what} end on {} before they start on {}",
                to.value, from.value
            ),
        )
        .related(from.loc, "starts here")
        .help("swap the dates, or correct the one that is wrong")
    })
}

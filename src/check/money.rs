//! Money hygiene (family `M`): the ledger of actual cost and hours kept so
//! that the actual cost on any date is one sum (time tracking in IT
//! outsourcing operations, cost accounting in key-account IT project
//! management), and service contracts that can be measured.

use super::Context;
use crate::diag::{Finding, Rule, Severity};
use crate::model::{Date, Project, Work};

pub static M001: Rule = Rule {
    code: "M001",
    name: "ledger-overlap",
    default: Severity::Error,
    summary: "Two ledger lines of a project for overlapping periods",
    doc: include_str!("../../docs/rules/M001.md"),
};

pub static M002: Rule = Rule {
    code: "M002",
    name: "ledger-out-of-dates",
    default: Severity::Warning,
    summary: "A ledger line for a period after the as-of date or outside the project's dates",
    doc: include_str!("../../docs/rules/M002.md"),
};

pub static M003: Rule = Rule {
    code: "M003",
    name: "ledger-and-undated-actual",
    default: Severity::Warning,
    summary: "A project keeps both a ledger and an undated budget.actual",
    doc: include_str!("../../docs/rules/M003.md"),
};

pub static M004: Rule = Rule {
    code: "M004",
    name: "service-without-run-rate",
    default: Severity::Warning,
    summary: "A service project with no run-rate to measure its spend against",
    doc: include_str!("../../docs/rules/M004.md"),
};

pub static RULES: &[&Rule] = &[&M001, &M002, &M003, &M004];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for project in &ctx.portfolio.projects {
        overlaps(project, &mut out);
        out_of_dates(project, ctx.as_of, &mut out);
        if !project.actuals.is_empty()
            && let Some(actual) = project.budget.as_ref().and_then(|b| b.actual.as_ref())
        {
            out.push(
                Finding::new(
                    &M003,
                    actual.loc,
                    format!(
                        "project `{}` has a ledger (`actuals`) and `budget.actual`: the ledger wins",
                        project.id.value
                    ),
                )
                .help("remove `budget.actual`, or the ledger"),
            );
        }
        let nature = project.nature();
        if nature.has_service() && project.service.is_none() {
            let loc = project.nature.as_ref().map_or(project.id.loc, |n| n.loc);
            out.push(
                Finding::new(
                    &M004,
                    loc,
                    format!(
                        "project `{}` is `{}` but has no `service.run_rate`",
                        project.id.value,
                        nature.key()
                    ),
                )
                .help("add `service: {run_rate: <cost per month>}`"),
            );
        }
    }
    out
}

fn overlaps(project: &Project, out: &mut Vec<Finding>) {
    let nature = project.nature();
    let lines = &project.actuals;
    for (i, a) in lines.iter().enumerate() {
        let (a0, a1) = (a.period.value.start(), a.period.value.end());
        fn key(s: &crate::model::Spend, nature: crate::model::Nature) -> (Option<&str>, Work) {
            (
                s.person.as_ref().map(|p| p.value.as_str()),
                s.work_in(nature),
            )
        }
        let clash = lines[..i].iter().find(|b| {
            key(b, nature) == key(a, nature)
                && b.period.value.start() <= a1
                && a0 <= b.period.value.end()
        });
        if let Some(b) = clash {
            out.push(
                Finding::new(
                    &M001,
                    a.period.loc,
                    format!(
                        "project `{}`: ledger period {} overlaps {} (line {})",
                        project.id.value, a.period.value, b.period.value, b.period.loc.line
                    ),
                )
                .help("book each period once: merge the lines"),
            );
        }
    }
}

fn out_of_dates(project: &Project, as_of: Date, out: &mut Vec<Finding>) {
    let (start, end) = (project.start.value, project.end.value);
    for line in &project.actuals {
        let (p0, p1) = (
            Date(line.period.value.start()),
            Date(line.period.value.end()),
        );
        let why = if p0 > as_of {
            format!("starts after the as-of date {as_of}")
        } else if p1 < start || p0 > end {
            format!("lies outside the project's dates {start} to {end}")
        } else {
            continue;
        };
        out.push(
            Finding::new(
                &M002,
                line.period.loc,
                format!(
                    "project `{}`: ledger period {} {why}",
                    project.id.value, line.period.value
                ),
            )
            .help("correct the period, or the project's dates"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::run_on;
    use super::check;

    fn project(extra: &str) -> String {
        format!(
            "kind: Project\nid: P\nname: P\nprogram: G\nmanager: pm\nstatus: active\nstart: 2026-01-01\nend: 2026-12-31\n{extra}"
        )
    }

    #[test]
    fn a_clean_ledger_passes() {
        let p = project(
            "budget: {planned: 1000}\nactuals:\n  - {period: 2026-09, cost: 10}\n  - {period: 2026-10, cost: 20, person: pm}\n  - {period: 2026-10, cost: 20}\n",
        );
        let found = run_on(check, &[("p.yaml", &p)]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn overlaps_future_periods_and_both_actuals_are_found() {
        let p = project(
            "budget: {planned: 1000, actual: 5}\nactuals:\n  - {period: 2026-09, cost: 10}\n  - {period: 2026-W37, cost: 1}\n  - {period: 2027-01, cost: 3}\n",
        );
        let found = run_on(check, &[("p.yaml", &p)]);
        let codes: Vec<&str> = found.iter().map(|f| &f[..4]).collect();
        assert_eq!(codes, ["M003", "M001", "M002"], "{found:?}");
        assert!(found[1].contains("2026-W37 overlaps 2026-09"), "{found:?}");
        assert!(found[2].contains("after the as-of date"), "{found:?}");
    }

    #[test]
    fn a_service_needs_a_run_rate() {
        let p = project("nature: service\n");
        let found = run_on(check, &[("p.yaml", &p)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("M004"), "{found:?}");
    }
}

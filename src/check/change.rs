//! Change control (family `D`, decisions; 需求变更 in seed 003, 调整计划 in
//! seed 002): approved changes are the only legitimate way to move a
//! project's baseline dates or its budget, and in a multi-type program the
//! PMO or the IT-service director approves them. Unknown projects and
//! people on a change are the reference rules' R007 and R005.

use std::fmt::Display;

use super::Context;
use crate::diag::{Finding, Rule, Severity};
use crate::model::{AgreedProject, At, Change, ChangeStatus, Loc, Program, Project};

pub static D001: Rule = Rule {
    code: "D001",
    name: "baseline-moved-without-change",
    default: Severity::Error,
    summary: "A project's baseline dates or budget differ from the last approved ones with no approved change",
    doc: include_str!("../../docs/rules/D001.md"),
};

pub static D002: Rule = Rule {
    code: "D002",
    name: "change-approved-by-wrong-role",
    default: Severity::Error,
    summary: "An approved change in a multi-type program not decided by its PMO or director",
    doc: include_str!("../../docs/rules/D002.md"),
};

pub static D003: Rule = Rule {
    code: "D003",
    name: "change-decision-unrecorded",
    default: Severity::Warning,
    summary: "An approved or rejected change that does not say who decided it, or when",
    doc: include_str!("../../docs/rules/D003.md"),
};

pub static RULES: &[&Rule] = &[&D001, &D002, &D003];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for change in &ctx.portfolio.changes {
        unrecorded(change, &mut out);
        if let Some(project) = ctx.portfolio.project(&change.project.value)
            && let Some(program) = ctx.portfolio.program_of(project)
        {
            decider(ctx, change, program, &mut out);
        }
    }
    for project in &ctx.portfolio.projects {
        moved(ctx, project, &mut out);
    }
    out
}

fn unrecorded(change: &Change, out: &mut Vec<Finding>) {
    if change.status.value == ChangeStatus::Proposed {
        return;
    }
    let missing: Vec<&str> = [
        (change.decided_by.is_none(), "`decided_by`"),
        (change.decided_on.is_none(), "`decided_on`"),
    ]
    .into_iter()
    .filter_map(|(gone, name)| gone.then_some(name))
    .collect();
    if missing.is_empty() {
        return;
    }
    out.push(
        Finding::new(
            &D003,
            change.status.loc,
            format!(
                "change `{}` is {} but has no {}",
                change.id.value,
                <&str>::from(change.status.value),
                missing.join(" or ")
            ),
        )
        .help("record who decided the change (a person id) and on what day"),
    );
}

/// Whether `person` may approve changes in `program`: its PMO or director,
/// or someone with a role that has the word `pmo` or `director` in it
/// (`pmo-lead`, `it-service-director`).
fn coordinates(ctx: &Context<'_>, program: &Program, person: &str) -> bool {
    let l = &program.leadership;
    let leads = [&l.pmo, &l.director]
        .into_iter()
        .flatten()
        .any(|r| r.value == person);
    leads
        || ctx.portfolio.person(person).is_some_and(|p| {
            p.roles
                .iter()
                .any(|r| r.value.split('-').any(|w| w == "pmo" || w == "director"))
        })
}

fn decider(ctx: &Context<'_>, change: &Change, program: &Program, out: &mut Vec<Finding>) {
    if !change.is_approved() || !program.program_type.value.needs_coordinator() {
        return;
    }
    let Some(by) = &change.decided_by else {
        return;
    };
    if coordinates(ctx, program, &by.value) {
        return;
    }
    out.push(
        Finding::new(
            &D002,
            by.loc,
            format!(
                "change `{}` was approved by `{}`, who is not the PMO or director of {} program `{}`",
                change.id.value,
                by.value,
                <&str>::from(program.program_type.value),
                program.id.value
            ),
        )
        .note("a multi-type program's changes are approved by the PMO or the IT-service director")
        .help("have the PMO or director decide, or record who did"),
    );
}

/// The value the project states now, where it is stated. A baseline with
/// no place in a file was filled in from the baseline revision by the
/// reports (`history::baseline::apply`): the revision's own value is read
/// instead, so `validate` and the reports agree.
fn stated<T: Copy>(
    explicit: Option<&At<T>>,
    agreed: Option<T>,
    own: Option<&At<T>>,
) -> Option<(T, Loc)> {
    explicit
        .filter(|a| a.loc != Loc::UNKNOWN)
        .map(|a| (a.value, a.loc))
        .or_else(|| agreed.map(|v| (v, Loc::UNKNOWN)))
        .or_else(|| own.map(|a| (a.value, a.loc)))
}

/// The last approved change of `project` that sets a field, by decision
/// day then id.
fn last_approved<'a, T>(
    ctx: &'a Context<'_>,
    project: &str,
    field: impl Fn(&'a Change) -> Option<&'a At<T>>,
) -> Option<(&'a Change, &'a At<T>)> {
    ctx.portfolio
        .changes
        .iter()
        .filter(|c| c.is_approved() && c.project.value == project)
        .filter_map(|c| field(c).map(|v| (c, v)))
        .max_by(|(a, _), (b, _)| {
            let key = |c: &Change| (c.decided_on.as_ref().map(|d| d.value), c.id.value.clone());
            key(a).cmp(&key(b))
        })
}

fn moved(ctx: &Context<'_>, project: &Project, out: &mut Vec<Finding>) {
    let agreed: Option<AgreedProject> = ctx
        .portfolio
        .agreed
        .as_ref()
        .and_then(|a| a.projects.get(&project.id.value).copied());
    let base = project.baseline.as_ref();
    let start = stated(
        base.and_then(|b| b.start.as_ref()),
        agreed.and_then(|a| a.start),
        Some(&project.start),
    );
    let end = stated(
        base.and_then(|b| b.end.as_ref()),
        agreed.and_then(|a| a.end),
        Some(&project.end),
    );
    let budget = project
        .budget
        .as_ref()
        .map(|b| (b.planned.value, b.planned.loc));
    let id = &project.id;
    let s = last_approved(ctx, &id.value, |c| c.start.as_ref().map(|s| &s.after));
    compare(
        ctx,
        id,
        "baseline start",
        start,
        s,
        agreed.and_then(|a| a.start),
        out,
    );
    let e = last_approved(ctx, &id.value, |c| c.end.as_ref().map(|s| &s.after));
    compare(
        ctx,
        id,
        "baseline end",
        end,
        e,
        agreed.and_then(|a| a.end),
        out,
    );
    let b = last_approved(ctx, &id.value, |c| c.budget.as_ref().map(|s| &s.after));
    compare(
        ctx,
        id,
        "budget",
        budget,
        b,
        agreed.and_then(|a| a.budget),
        out,
    );
}

/// A finding when the stated value differs from the last approved
/// change's, or, with no approved change, from the baseline revision's.
fn compare<T: PartialEq + Display + Copy>(
    ctx: &Context<'_>,
    project: &At<String>,
    what: &str,
    now: Option<(T, Loc)>,
    change: Option<(&Change, &At<T>)>,
    agreed: Option<T>,
    out: &mut Vec<Finding>,
) {
    let Some((value, loc)) = now else { return };
    let (expected, from, related) = match (change, agreed) {
        (Some((c, after)), _) => (
            after.value,
            format!("approved change `{}`", c.id.value),
            Some(after.loc),
        ),
        (None, Some(v)) => (
            v,
            format!(
                "the baseline revision `{}`",
                ctx.portfolio
                    .agreed
                    .as_ref()
                    .map_or("", |a| a.revision.as_str())
            ),
            None,
        ),
        (None, None) => return,
    };
    if value == expected {
        return;
    }
    let at = if loc == Loc::UNKNOWN {
        project.loc
    } else {
        loc
    };
    let mut f = Finding::new(
        &D001,
        at,
        format!(
            "project `{}`: {what} is {value}, but {from} agreed {expected}",
            project.value
        ),
    )
    .help(format!(
        "record the move as an approved `kind: Change` of project `{}`, or restore {expected}",
        project.value
    ));
    if let Some(r) = related {
        f = f.related(r, "the approved value");
    }
    out.push(f);
}

#[cfg(test)]
#[path = "change_tests.rs"]
mod tests;

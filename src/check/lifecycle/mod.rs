//! Stage gates (family `G`): what must hold for a program to be at the
//! lifecycle stage it claims (ITSS IT-service program management lists
//! the stages; what each one requires is pmo's reading, see
//! docs/lifecycle.md), and what a closed project must have recorded
//! (acceptance, handover, lessons: key-account IT project management, BPO
//! project management).
//!
//! The gates are cumulative: a stage reached keeps the earlier stages'
//! gates, because goals stay SMART and plans stay baselined while the
//! program goes on.

mod rules;
#[cfg(test)]
mod tests;

use super::Context;
use crate::diag::Finding;
use crate::model::{Goal, Key, Program, Project, ProjectStatus, Stage};

pub use rules::*;

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    // A baseline revision in pmo.toml gives every item its baseline dates.
    let git_baseline = matches!(ctx.portfolio.settings.baseline.pick(None), Ok(Some(_)));
    for program in &ctx.portfolio.programs {
        let stage = program.stage.value;
        let projects: Vec<&Project> = ctx.portfolio.projects_of(&program.id.value).collect();
        if stage >= Stage::Define {
            defined(program, &projects, &mut out);
        }
        if stage >= Stage::IntegratedManagement {
            for p in &projects {
                planned(program, p, git_baseline, &mut out);
            }
        }
        if stage >= Stage::BenefitsManagement {
            measured(program, &mut out);
        }
    }
    for p in &ctx.portfolio.projects {
        if p.status.value == ProjectStatus::Closed {
            closed(p, &mut out);
        }
    }
    out
}

/// The parts of SMART a goal leaves out.
fn not_smart(goal: &Goal) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if goal.measure.is_none() {
        missing.push("measure");
    }
    if goal.target.is_none() {
        missing.push("target");
    }
    if goal.due.is_none() {
        missing.push("due date");
    }
    missing
}

/// `a`, `a or b`, `a, b or c`.
fn either(words: &[&str]) -> String {
    match words.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

fn goal_finding(program: &Program, whose: &str, goal: &Goal, missing: &[&str]) -> Finding {
    Finding::new(
        &G001,
        goal.description.loc,
        format!(
            "a goal of {whose} has no {}, yet {} is at the {} stage",
            either(missing),
            if whose.starts_with("program") {
                "the program".to_string()
            } else {
                format!("its program `{}`", program.id.value)
            },
            program.stage.value.key()
        ),
    )
    .related(program.stage.loc, "program stage set here")
    .help("give every goal a `measure`, a `target` and a `due` date (SMART: measurable, specific, time-bound)")
}

/// Define: goals are SMART and every benefit has an owner and a measure.
fn defined(program: &Program, projects: &[&Project], out: &mut Vec<Finding>) {
    let own = program
        .goals
        .iter()
        .map(|g| (format!("program `{}`", program.id.value), g));
    let theirs = projects.iter().flat_map(|p| {
        p.goals
            .iter()
            .map(|g| (format!("project `{}`", p.id.value), g))
    });
    for (whose, goal) in own.chain(theirs) {
        let missing = not_smart(goal);
        if !missing.is_empty() {
            out.push(goal_finding(program, &whose, goal, &missing));
        }
    }
    for b in &program.benefits {
        let mut missing = Vec::new();
        if b.owner.is_none() {
            missing.push("owner");
        }
        if b.measure.is_none() {
            missing.push("measure");
        }
        if missing.is_empty() {
            continue;
        }
        out.push(
            Finding::new(
                &G002,
                b.description.loc,
                format!(
                    "a benefit of program `{}` has no {}",
                    program.id.value,
                    either(&missing)
                ),
            )
            .related(program.stage.loc, "program stage set here")
            .help("name who answers for the benefit (`owner`, a person id) and how it is measured (`measure`)"),
        );
    }
}

/// Whether anything in the project records the plan as approved.
fn has_baseline(p: &Project) -> bool {
    p.baseline.is_some()
        || p.tasks.iter().any(|t| t.baseline.is_some())
        || p.milestones.iter().any(|m| m.baseline.is_some())
}

/// Integrated management: each project that is going ahead has a plan,
/// and each one under way has a baseline to measure it against.
fn planned(program: &Program, p: &Project, git_baseline: bool, out: &mut Vec<Finding>) {
    let status = p.status.value;
    let under_way = matches!(status, ProjectStatus::Active | ProjectStatus::OnHold);
    if (under_way || status == ProjectStatus::Planned)
        && p.tasks.is_empty()
        && p.milestones.is_empty()
    {
        out.push(
            Finding::new(
                &G003,
                p.status.loc,
                format!(
                    "project `{}` is {} but has no tasks or milestones",
                    p.id.value,
                    status.key()
                ),
            )
            .related(program.stage.loc, "program stage set here")
            .help("break the work down into `tasks` (or at least dated `milestones`)"),
        );
    }
    if under_way && !git_baseline && !has_baseline(p) {
        out.push(
            Finding::new(
                &G004,
                p.status.loc,
                format!("project `{}` is {} but has no baseline", p.id.value, status.key()),
            )
            .related(program.stage.loc, "program stage set here")
            .help("record the approved dates as `baseline` (on the project, its tasks or milestones), or name a baseline revision in pmo.toml's [baseline]"),
        );
    }
}

/// Benefits management: benefits are declared and measured.
fn measured(program: &Program, out: &mut Vec<Finding>) {
    if program.benefits.is_empty() {
        out.push(
            Finding::new(
                &G005,
                program.stage.loc,
                format!(
                    "program `{}` is at the {} stage but declares no benefit",
                    program.id.value,
                    program.stage.value.key()
                ),
            )
            .help("list the program's `benefits`, each with a measure, a target and an owner"),
        );
    }
    for b in program
        .benefits
        .iter()
        .filter(|b| b.measurements.is_empty())
    {
        out.push(
            Finding::new(
                &G006,
                b.description.loc,
                format!(
                    "a benefit of program `{}` has no measured value",
                    program.id.value
                ),
            )
            .related(program.stage.loc, "program stage set here")
            .help("add `measurements` (date, value) as the benefit is measured"),
        );
    }
}

/// A closed project records its acceptance, its handover and its lessons.
fn closed(p: &Project, out: &mut Vec<Finding>) {
    let c = p.closure.as_ref();
    let accepted = c.is_some_and(|c| c.accepted_on.is_some() && c.accepted_by.is_some());
    if !accepted {
        out.push(
            Finding::new(
                &G007,
                p.status.loc,
                format!(
                    "project `{}` is closed but its acceptance is not recorded",
                    p.id.value
                ),
            )
            .help("add `closure.accepted_on` (a date) and `closure.accepted_by` (who accepted)"),
        );
    }
    if c.is_none_or(|c| c.handed_over_on.is_none()) {
        out.push(
            Finding::new(
                &G008,
                p.status.loc,
                format!("project `{}` is closed but its handover is not recorded as completed", p.id.value),
            )
            .help("add `closure.handed_over_on` (the day the handover was completed) and `closure.handover` (what, to whom)"),
        );
    }
    if c.is_none_or(|c| c.lessons.is_empty()) {
        out.push(
            Finding::new(
                &G009,
                p.status.loc,
                format!(
                    "project `{}` is closed but records no lessons learned",
                    p.id.value
                ),
            )
            .help("add `closure.lessons`: what went well or badly, for the next project"),
        );
    }
}

//! Taxonomy rules (family `T`): each program has the shape its type demands
//! (ITSS IT-service program management, "IT service program management"). See DOMAIN.md for the five
//! types.

mod rules;
mod shape;
#[cfg(test)]
mod tests;

use super::Context;
use crate::diag::Finding;
use crate::model::{Key, Program, ProgramType, Project, ProjectStatus, Stage};

pub use rules::*;
use shape::{
    Group, composite, managers_by_group, no_group, several, single_business, single_customer,
};

/// Each project with the group it is run by (its customer or business);
/// a project naming none is a finding.
fn grouped<'a>(
    program: &Program,
    projects: &[&'a Project],
    what: &str,
    out: &mut Vec<Finding>,
    group: impl Fn(&'a Project) -> Option<Group<'a>>,
) -> Vec<(Group<'a>, &'a Project)> {
    projects
        .iter()
        .filter_map(|&p| match group(p) {
            Some(g) => Some((g, p)),
            None => {
                out.push(no_group(program, p, what, &format!("it is run by {what}")));
                None
            }
        })
        .collect()
}

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (pi, program) in ctx.portfolio.programs.iter().enumerate() {
        let projects: Vec<&Project> = ctx.portfolio.projects_of(&program.id.value).collect();
        leadership(program, &mut out);
        lifecycle(program, &projects, &mut out);
        match program.program_type.value {
            ProgramType::SingleCustomer => single_customer(program, &projects, &mut out),
            ProgramType::SingleBusiness => single_business(program, &projects, &mut out),
            ProgramType::MultiCustomer => {
                several(program, "customers", program.customers.len(), &mut out);
                let groups = grouped(program, &projects, "customer", &mut out, |p| {
                    p.customer.as_ref().map(|c| Group::Customer(&c.value))
                });
                managers_by_group(program, groups, &mut out);
            }
            ProgramType::MultiBusiness => {
                several(program, "businesses", program.businesses.len(), &mut out);
                let groups = grouped(program, &projects, "business", &mut out, |p| {
                    p.business.as_ref().map(|b| Group::Business(&b.value))
                });
                managers_by_group(program, groups, &mut out);
            }
            ProgramType::Composite => composite(ctx, pi, program, &projects, &mut out),
        }
    }
    out
}

fn open(p: &Project) -> bool {
    !p.status.value.is_finished()
}

fn leadership(program: &Program, out: &mut Vec<Finding>) {
    let t = program.program_type.value;
    let l = &program.leadership;
    if t.needs_coordinator() {
        if l.pmo.is_none() && l.director.is_none() {
            out.push(
                Finding::new(
                    &T006,
                    program.program_type.loc,
                    format!(
                        "{} program `{}` names no PMO or IT-service director",
                        t.key(),
                        program.id.value
                    ),
                )
                .note("a multi-type program needs a coordinator on top")
                .help("add `leadership.pmo` or `leadership.director` (a person id)"),
            );
        }
    } else if l.program_manager.is_none() {
        out.push(
            Finding::new(
                &T007,
                program.program_type.loc,
                format!(
                    "{} program `{}` names no program manager",
                    t.key(),
                    program.id.value
                ),
            )
            .help("add `leadership.program_manager` (a person id)"),
        );
    }
}

fn lifecycle(program: &Program, projects: &[&Project], out: &mut Vec<Finding>) {
    let stage = program.stage.value;
    for p in projects {
        let status = p.status.value;
        if stage == Stage::Closure && !status.is_finished() {
            out.push(
                Finding::new(
                    &T012,
                    p.status.loc,
                    format!(
                        "project `{}` is {} but its program `{}` is in closure",
                        p.id.value,
                        status.key(),
                        program.id.value
                    ),
                )
                .related(program.stage.loc, "program stage set here")
                .help("close or cancel the project, move it to another program, or move the program back to benefits-management"),
            );
        }
        if matches!(stage, Stage::Identify | Stage::Define) && status == ProjectStatus::Active {
            out.push(
                Finding::new(
                    &T013,
                    p.status.loc,
                    format!(
                        "project `{}` is active but its program `{}` is still at the {} stage",
                        p.id.value,
                        program.id.value,
                        stage.key()
                    ),
                )
                .related(program.stage.loc, "program stage set here")
                .help(
                    "move the program to integrated-management, or set the project back to planned",
                ),
            );
        }
    }
}

//! Q001 and Q002: a survey's score is read on its scale, and is about a
//! customer of the project's program.

use super::super::Context;
use super::{Q001, Q002};
use crate::diag::{Finding, did_you_mean};
use crate::model::{Kind, Project, Survey};

pub(super) fn check(ctx: &Context<'_>, project: &Project, out: &mut Vec<Finding>) {
    for survey in &project.satisfaction {
        scale(project, survey, out);
        customer(ctx, project, survey, out);
    }
}

fn scale(project: &Project, s: &Survey, out: &mut Vec<Finding>) {
    let (min, max, score) = (s.scale.min.value, s.scale.max.value, s.score.value);
    if min >= max {
        out.push(
            Finding::new(
                &Q001,
                s.scale.min.loc,
                format!(
                    "project `{}`: survey of {} has an empty scale {min} to {max}",
                    project.id.value, s.date.value
                ),
            )
            .help("give the scale's lowest score as `min` and its highest as `max`"),
        );
    } else if score < min || score > max {
        out.push(
            Finding::new(
                &Q001,
                s.score.loc,
                format!(
                    "project `{}`: survey of {} scores {score}, outside its scale {min} to {max}",
                    project.id.value, s.date.value
                ),
            )
            .help("correct the score, or the scale it was given on"),
        );
    }
}

fn customer(ctx: &Context<'_>, project: &Project, s: &Survey, out: &mut Vec<Finding>) {
    let Some(named) = s.customer.as_ref() else {
        if project.customer.is_none() {
            out.push(
                Finding::new(
                    &Q002,
                    s.date.loc,
                    format!(
                        "project `{}`: survey of {} names no customer, and the project serves none",
                        project.id.value, s.date.value
                    ),
                )
                .help("add `customer: <id>` to the survey"),
            );
        }
        return;
    };
    let index = ctx.index();
    // An unknown program is the references family's finding, not this one.
    let Some(program) = index.program_of(project) else {
        return;
    };
    if ctx
        .portfolio
        .declared_unloaded(Kind::Program, &project.program.value)
        || index.customers[program].contains_key(named.value.as_str())
    {
        return;
    }
    let known = ctx.portfolio.programs[program]
        .customers
        .iter()
        .map(|c| c.id.value.as_str());
    let mut f = Finding::new(
        &Q002,
        named.loc,
        format!(
            "project `{}`: survey of {} is for customer `{}`, not a customer of program `{}`",
            project.id.value, s.date.value, named.value, project.program.value
        ),
    );
    f = match did_you_mean(&named.value, known) {
        Some(m) => f.help(format!("did you mean `{m}`?")),
        None => f.help("add the customer to the program, or correct the id"),
    };
    out.push(f);
}

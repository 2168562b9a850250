//! The shape each program type demands of its projects: one customer or
//! one business, one manager per customer or business, and the composite
//! split between key and SME customers.

use std::collections::BTreeMap;

use super::open;
use super::rules::*;
use crate::check::Context;
use crate::diag::{Finding, Rule};
use crate::model::{CustomerTier, Key, Program, Project};

/// The single types: one customer (business), and each open project a
/// different business (customer) of it.
pub(super) fn single_customer(program: &Program, projects: &[&Project], out: &mut Vec<Finding>) {
    let id = &program.id.value;
    match program.customers.len() {
        0 => out.push(
            Finding::new(
                &T001,
                program.program_type.loc,
                format!("single-customer program `{id}` declares no customer"),
            )
            .help("add its one customer under `customers:`"),
        ),
        1 => {}
        n => out.push(outgrew(
            program,
            n,
            "customers",
            &program.customers[1].id,
            "multi-customer",
        )),
    }
    distinct(
        program,
        projects,
        "business",
        |p| p.business.as_ref(),
        &T002,
        "each project of a single-customer program is one of its customer's IT-service businesses",
        out,
    );
}

pub(super) fn single_business(program: &Program, projects: &[&Project], out: &mut Vec<Finding>) {
    let id = &program.id.value;
    match program.businesses.len() {
        0 => out.push(
            Finding::new(
                &T003,
                program.program_type.loc,
                format!("single-business program `{id}` declares no business"),
            )
            .help("add its one IT-service business under `businesses:`"),
        ),
        1 => {}
        n => out.push(outgrew(
            program,
            n,
            "businesses",
            &program.businesses[1].id,
            "multi-business",
        )),
    }
    distinct(
        program,
        projects,
        "customer",
        |p| p.customer.as_ref(),
        &T004,
        "each project of a single-business program serves one customer of its IT service",
        out,
    );
}

/// The reverse of T005: a multi-customer (multi-business) program is one
/// of several customers (businesses) by definition (T014).
pub(super) fn several(program: &Program, what: &str, n: usize, out: &mut Vec<Finding>) {
    if n >= 2 {
        return;
    }
    let t = program.program_type.value.key();
    let single = if what == "customers" {
        "single-customer"
    } else {
        "single-business"
    };
    out.push(
        Finding::new(
            &T014,
            program.program_type.loc,
            format!(
                "{t} program `{}` declares {}: the type means several",
                program.id.value,
                match (n, what) {
                    (0, _) => format!("no {what}"),
                    (_, "customers") => "only one customer".to_string(),
                    _ => "only one business".to_string(),
                }
            ),
        )
        .help(format!(
            "list its {what}, or change `type:` to {single} (led by a program manager)"
        )),
    );
}

fn outgrew(
    program: &Program,
    n: usize,
    what: &str,
    second: &crate::model::Id,
    became: &str,
) -> Finding {
    let t = program.program_type.value.key();
    Finding::new(
        &T005,
        program.program_type.loc,
        format!(
            "{t} program `{}` has {n} {what}: it has become {became}",
            program.id.value
        ),
    )
    .related(second.loc, format!("second of its {what}"))
    .help(format!(
        "change `type:` to {became} and name a PMO or IT-service director, or move the other {what} to a program of their own"
    ))
}

/// Each open project names its `what` (else T008, which the text
/// demands); two naming the same one is `rule`, a warning, since the text
/// describes one project per business (customer) but does not forbid two.
fn distinct<'a>(
    program: &Program,
    projects: &[&'a Project],
    what: &str,
    key: impl Fn(&'a Project) -> Option<&'a crate::model::Ref>,
    rule: &'static Rule,
    why: &str,
    out: &mut Vec<Finding>,
) {
    let t = program.program_type.value.key();
    let mut seen: BTreeMap<&str, &Project> = BTreeMap::new();
    for p in projects.iter().copied().filter(|p| open(p)) {
        let Some(value) = key(p) else {
            out.push(no_group(program, p, what, why));
            continue;
        };
        match seen.get(value.value.as_str()) {
            Some(first) => {
                let first_loc = key(first).map_or(first.id.loc, |r| r.loc);
                out.push(
                    Finding::new(
                        rule,
                        value.loc,
                        format!(
                            "projects `{}` and `{}` of {t} program `{}` both serve {what} `{}`",
                            first.id.value, p.id.value, program.id.value, value.value
                        ),
                    )
                    .related(first_loc, format!("`{}` serves it too", first.id.value))
                    .help(format!(
                        "the text draws a {t} program with one project per {what}: merge the two projects, give this one its own {what}, or accept it with `allow:` and the reason"
                    )),
                );
            }
            None => {
                seen.insert(&value.value, p);
            }
        }
    }
}

pub(super) fn no_group(program: &Program, p: &Project, what: &str, why: &str) -> Finding {
    Finding::new(
        &T008,
        p.id.loc,
        format!(
            "project `{}` of {} program `{}` names no {what}",
            p.id.value,
            program.program_type.value.key(),
            program.id.value
        ),
    )
    .note(why.to_string())
    .help(format!("add the `{what}:` this project belongs to"))
}

/// What a multi-type program groups its projects by.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Group<'a> {
    Customer(&'a str),
    Business(&'a str),
}

impl Group<'_> {
    fn describe(self) -> String {
        match self {
            Group::Customer(c) => format!("customer `{c}`"),
            Group::Business(b) => format!("business `{b}`"),
        }
    }
}

pub(super) fn composite(
    ctx: &Context<'_>,
    pi: usize,
    program: &Program,
    projects: &[&Project],
    out: &mut Vec<Finding>,
) {
    for c in &program.customers {
        if c.tier.is_none() {
            out.push(
                Finding::new(
                    &T011,
                    c.id.loc,
                    format!(
                        "customer `{}` of composite program `{}` is not marked key or SME",
                        c.id.value, program.id.value
                    ),
                )
                .help("add `tier: key` (run by customer) or `tier: sme` (run by business)"),
            );
        }
    }
    let customers = &ctx.index().customers[pi];
    let mut groups = Vec::new();
    for p in projects {
        let tier = p.customer.as_ref().and_then(|c| {
            customers
                .get(c.value.as_str())
                .and_then(|&i| program.customers[i].tier.as_ref())
                .map(|t| (c, t.value))
        });
        match (tier, &p.business) {
            (Some((c, CustomerTier::Key)), _) => groups.push((Group::Customer(&c.value), *p)),
            (_, Some(b)) => groups.push((Group::Business(&b.value), *p)),
            (Some((_, CustomerTier::Sme)), None) => out.push(no_group(
                program,
                p,
                "business",
                "SME customers are run by business",
            )),
            // An unknown customer (R003) or one without a tier (T011) is
            // reported elsewhere.
            (None, None) if p.customer.is_some() => {}
            (None, None) => out.push(no_group(
                program,
                p,
                "key customer or business",
                "key customers are run by customer, SME customers by business",
            )),
        }
    }
    managers_by_group(program, groups, out);
}

/// One manager per group, and no manager over two groups (T009, T010).
pub(super) fn managers_by_group(
    program: &Program,
    mut groups: Vec<(Group<'_>, &Project)>,
    out: &mut Vec<Finding>,
) {
    groups.retain(|(_, p)| open(p));
    groups.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.value.cmp(&b.1.id.value)));
    let t = program.program_type.value.key();
    // The group's manager is its first project's.
    let mut lead: BTreeMap<Group<'_>, &Project> = BTreeMap::new();
    for (group, p) in &groups {
        match lead.get(group) {
            None => {
                lead.insert(*group, p);
            }
            Some(first) if first.manager.value != p.manager.value => out.push(
                Finding::new(
                    &T009,
                    p.manager.loc,
                    format!(
                        "{} of {t} program `{}` has two managers: `{}` runs `{}`, `{}` runs `{}`",
                        group.describe(),
                        program.id.value,
                        first.manager.value,
                        first.id.value,
                        p.manager.value,
                        p.id.value
                    ),
                )
                .related(
                    first.manager.loc,
                    format!("`{}` manages `{}`", first.manager.value, first.id.value),
                )
                .help(format!(
                    "each {} is under one project manager: give `{}` the manager `{}`",
                    match group {
                        Group::Customer(_) => "customer",
                        Group::Business(_) => "business",
                    },
                    p.id.value,
                    first.manager.value
                )),
            ),
            Some(_) => {}
        }
    }
    let mut by_manager: BTreeMap<&str, (Group<'_>, &Project)> = BTreeMap::new();
    for (group, p) in &lead {
        match by_manager.get(p.manager.value.as_str()) {
            None => {
                by_manager.insert(&p.manager.value, (*group, p));
            }
            Some((other, q)) => out.push(
                Finding::new(
                    &T010,
                    p.manager.loc,
                    format!(
                        "`{}` manages both {} and {} in {t} program `{}`",
                        p.manager.value,
                        other.describe(),
                        group.describe(),
                        program.id.value
                    ),
                )
                .related(q.manager.loc, format!("manages `{}` here", q.id.value))
                .help("good practice gives each customer (business) its own project manager; if sharing one is deliberate, accept it with `allow:` and the reason"),
            ),
        }
    }
}

//! Strategic alignment and benefits (收益管理; rule codes V007 on, after
//! the review rules): projects say which program goals they serve,
//! benefits which goals they realise, ids are unique, and a benefit that
//! is behind its target is seen. Whether a benefit is behind is the
//! analysis's (`analysis::benefit`), which the benefits report shows too.

use std::collections::HashMap;

use super::Context;
use crate::analysis::benefit::Behind;
use crate::diag::{Finding, Rule, Severity, did_you_mean};
use crate::model::{Loc, Program, Ref};

pub static V007: Rule = Rule {
    code: "V007",
    name: "project-serves-no-goal",
    default: Severity::Warning,
    summary: "A project that serves none of its program's goals",
    doc: include_str!("../../docs/rules/V007.md"),
};

pub static V008: Rule = Rule {
    code: "V008",
    name: "unknown-goal",
    default: Severity::Error,
    summary: "A project's `serves` or a benefit's `goals` names a goal its program does not have",
    doc: include_str!("../../docs/rules/V008.md"),
};

pub static V009: Rule = Rule {
    code: "V009",
    name: "duplicate-goal-or-benefit-id",
    default: Severity::Error,
    summary: "Two goals, or two benefits, with the same id in one program",
    doc: include_str!("../../docs/rules/V009.md"),
};

pub static V010: Rule = Rule {
    code: "V010",
    name: "benefit-behind-target",
    default: Severity::Warning,
    summary: "A benefit whose latest measured value is behind its target",
    doc: include_str!("../../docs/rules/V010.md"),
};

pub static RULES: &[&Rule] = &[&V007, &V008, &V009, &V010];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (pi, program) in ctx.portfolio.programs.iter().enumerate() {
        duplicates(program, &mut out);
        for benefit in &program.benefits {
            let whose = match &benefit.id {
                Some(id) => format!("benefit `{}` of program `{}`", id.value, program.id.value),
                None => format!("a benefit of program `{}`", program.id.value),
            };
            for g in &benefit.goals {
                unknown_goal(program, g, &whose, &mut out);
            }
        }
        behind(ctx, pi, program, &mut out);
    }
    for project in &ctx.portfolio.projects {
        let Some(pi) = ctx.index().program_of(project) else {
            continue;
        };
        let program = &ctx.portfolio.programs[pi];
        let whose = format!("project `{}`", project.id.value);
        for g in &project.serves {
            unknown_goal(program, g, &whose, &mut out);
        }
        let mut goals: Vec<&str> = goal_ids(program).collect();
        goals.dedup();
        if project.serves.is_empty() && !goals.is_empty() && !project.status.value.is_finished() {
            out.push(
                Finding::new(
                    &V007,
                    project.id.loc,
                    format!(
                        "{whose} serves none of the goals of program `{}`",
                        program.id.value
                    ),
                )
                .help(format!(
                    "add `serves: [{}]` with the goals the project works towards",
                    goals.join(", ")
                )),
            );
        }
    }
    out
}

fn goal_ids(program: &Program) -> impl Iterator<Item = &str> {
    program
        .goals
        .iter()
        .filter_map(|g| g.id.as_ref().map(|i| i.value.as_str()))
}

fn unknown_goal(program: &Program, r: &Ref, whose: &str, out: &mut Vec<Finding>) {
    if goal_ids(program).any(|g| g == r.value) {
        return;
    }
    let help = match did_you_mean(&r.value, goal_ids(program)) {
        Some(s) => format!("did you mean `{s}`?"),
        None => format!(
            "name one of the goal ids of program `{}`, or give the goal that id",
            program.id.value
        ),
    };
    out.push(
        Finding::new(
            &V008,
            r.loc,
            format!(
                "{whose} names goal `{}`, which program `{}` does not have",
                r.value, program.id.value
            ),
        )
        .help(help),
    );
}

fn duplicates(program: &Program, out: &mut Vec<Finding>) {
    let goals = program.goals.iter().filter_map(|g| g.id.as_ref());
    let benefits = program.benefits.iter().filter_map(|b| b.id.as_ref());
    for (what, ids) in [
        ("goal", goals.collect::<Vec<_>>()),
        ("benefit", benefits.collect()),
    ] {
        let mut seen: HashMap<&str, Loc> = HashMap::new();
        for id in ids {
            if let Some(first) = seen.get(id.value.as_str()) {
                out.push(
                    Finding::new(
                        &V009,
                        id.loc,
                        format!(
                            "duplicate {what} id `{}` in program `{}`",
                            id.value, program.id.value
                        ),
                    )
                    .related(*first, "first defined here")
                    .help(format!(
                        "{what} ids are unique within their program; rename one"
                    )),
                );
            } else {
                seen.insert(&id.value, id.loc);
            }
        }
    }
}

fn behind(ctx: &Context<'_>, pi: usize, program: &Program, out: &mut Vec<Finding>) {
    for (bi, benefit) in program.benefits.iter().enumerate() {
        let Some(why) = ctx
            .analysis
            .benefits
            .get(pi, bi)
            .and_then(|s| s.behind.as_ref())
        else {
            continue;
        };
        let name = benefit
            .id
            .as_ref()
            .map_or_else(|| benefit.description.value.clone(), |i| i.value.clone());
        let text = match why {
            Behind::MissedAtDue { due, value, target } => {
                format!("was due {due} at {target} and stands at {value}")
            }
            Behind::BelowLine {
                value,
                expected,
                target,
            } => format!(
                "stands at {value}, below the {expected} expected by now on the way to {target}"
            ),
        };
        let loc = benefit
            .measurements
            .last()
            .map_or(benefit.description.loc, |m| m.value.loc);
        out.push(
            Finding::new(
                &V010,
                loc,
                format!("benefit `{name}` of program `{}` {text}", program.id.value),
            )
            .help("act on the projects that deliver it, or re-plan the benefit through a change"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::run_on;
    use super::check;

    const PROGRAM: &str = "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: benefits-management\ngoals:\n  - {id: G1, description: faster}\n  - {id: G2, description: cheaper}\n";

    fn project(id: &str, extra: &str) -> String {
        format!(
            "kind: Project\nid: {id}\nname: P\nprogram: G\nmanager: pm\nstatus: active\nstart: 2026-01-01\nend: 2026-12-31\n{extra}"
        )
    }

    #[test]
    fn aligned_projects_and_known_goals_pass() {
        let program = format!(
            "{PROGRAM}benefits:\n  - {{id: B1, description: b, goals: [G1], target: '90', measurements: [{{date: 2026-10-01, value: 95}}]}}\n"
        );
        let p = project("P", "serves: [G1, G2]\n");
        let found = run_on(check, &[("g.yaml", &program), ("p.yaml", &p)]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn unaligned_unknown_duplicate_and_behind_are_found() {
        let program = format!(
            "{PROGRAM}  - {{id: G1, description: again}}\nbenefits:\n  - {{id: B1, description: b, goals: [G3], target: '90', due: 2026-06-30, measurements: [{{date: 2026-06-01, value: 70}}]}}\n"
        );
        let a = project("A", "");
        let b = project("B", "serves: [g1]\n");
        let found = run_on(
            check,
            &[("g.yaml", &program), ("a.yaml", &a), ("b.yaml", &b)],
        );
        let codes: Vec<&str> = found.iter().map(|f| &f[..4]).collect();
        // Sorted by file: a.yaml, b.yaml, g.yaml.
        assert_eq!(codes, ["V007", "V008", "V009", "V008", "V010"], "{found:?}");
        assert!(found[0].contains("project `A` serves none"), "{found:?}");
        assert!(found[1].contains("goal `g1`"), "{found:?}");
        assert!(found[4].contains("was due 2026-06-30 at 90"), "{found:?}");
    }
}

//! Q005, Q006 and Q007: quality control as the source texts describe it
//! (standards set, checked regularly, problems found and fixed): a check
//! names a standard of the project, a failed check has a follow-up, and a
//! standard is checked at least once.

use super::super::Context;
use super::{Q005, Q006, Q007};
use crate::diag::{Finding, did_you_mean};
use crate::model::{CheckResult, Project, Quality, QualityCheck};

pub(super) fn check(ctx: &Context<'_>, project: &Project, out: &mut Vec<Finding>) {
    let Some(quality) = project.quality.as_ref() else {
        return;
    };
    for c in &quality.checks {
        unknown_standard(project, quality, c, out);
        if !followed_up(quality, c) {
            out.push(
                Finding::new(
                    &Q005,
                    c.result.loc,
                    format!(
                        "project `{}`: check of `{}` on {} failed, with no follow-up and no later check",
                        project.id.value, c.standard.value, c.date.value
                    ),
                )
                .help("say what is done about it in `follow_up`, or record the re-check"),
            );
        }
    }
    // A plan for a project that has not started, or has finished, is not
    // chased for its checks.
    let running = !project.status.value.is_finished() && ctx.as_of >= project.start.value;
    if running {
        never_checked(project, quality, out);
    }
}

/// A failed check is followed up when it says what is done about it, or a
/// later check of the same standard exists (pass or fail: a failed
/// re-check is judged on its own).
fn followed_up(quality: &Quality, c: &QualityCheck) -> bool {
    c.result.value == CheckResult::Pass
        || c.follow_up.is_some()
        || quality
            .checks
            .iter()
            .any(|o| o.standard.value == c.standard.value && o.date.value > c.date.value)
}

fn unknown_standard(
    project: &Project,
    quality: &Quality,
    c: &QualityCheck,
    out: &mut Vec<Finding>,
) {
    let ids = || quality.standards.iter().map(|s| s.id.value.as_str());
    if ids().any(|id| id == c.standard.value) {
        return;
    }
    let mut f = Finding::new(
        &Q007,
        c.standard.loc,
        format!(
            "project `{}`: check on {} is against `{}`, not a standard of the project",
            project.id.value, c.date.value, c.standard.value
        ),
    );
    f = match did_you_mean(&c.standard.value, ids()) {
        Some(m) => f.help(format!("did you mean `{m}`?")),
        None => f.help("add the standard to `quality.standards`, or correct the id"),
    };
    out.push(f);
}

fn never_checked(project: &Project, quality: &Quality, out: &mut Vec<Finding>) {
    for s in &quality.standards {
        if quality
            .checks
            .iter()
            .any(|c| c.standard.value == s.id.value)
        {
            continue;
        }
        out.push(
            Finding::new(
                &Q006,
                s.id.loc,
                format!(
                    "project `{}`: quality standard `{}` ({}) has never been checked",
                    project.id.value, s.id.value, s.what.value
                ),
            )
            .help("record a check against it in `quality.checks`"),
        );
    }
}

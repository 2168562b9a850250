//! Q008, Q009 and Q010: a team member's performance evaluation names a
//! project and people that exist, the person evaluated is on the
//! project's team, and the scores are on the score scale.

use super::super::Context;
use super::{Q008, Q009, Q010};
use crate::diag::{Finding, did_you_mean};
use crate::model::{Evaluation, Kind, Ref};

pub(super) fn check(ctx: &Context<'_>, e: &Evaluation, out: &mut Vec<Finding>) {
    let p = ctx.portfolio;
    known(ctx, e, &e.person, Kind::Person, "person evaluated", out);
    if let Some(by) = &e.evaluator {
        known(ctx, e, by, Kind::Person, "evaluator", out);
    }
    known(ctx, e, &e.project, Kind::Project, "project", out);
    if let Some(project) = p.project(&e.project.value)
        && project.member(&e.person.value).is_none()
        && p.person(&e.person.value).is_some()
    {
        out.push(
            Finding::new(
                &Q008,
                e.person.loc,
                format!(
                    "evaluation `{}`: `{}` is not on the team of project `{}`",
                    e.id.value, e.person.value, e.project.value
                ),
            )
            .note("BPO project management evaluates the performance of the project team")
            .help("add them to the project's `team`, or evaluate them on their own project"),
        );
    }
    scale(ctx, e, out);
}

/// Q009 when a reference names nothing (unless a document that failed to
/// load declared it: its own finding says why).
fn known(
    ctx: &Context<'_>,
    e: &Evaluation,
    r: &Ref,
    kind: Kind,
    what: &str,
    out: &mut Vec<Finding>,
) {
    let p = ctx.portfolio;
    let found = match kind {
        Kind::Project => p.project(&r.value).is_some(),
        _ => p.person(&r.value).is_some(),
    };
    if found || p.declared_unloaded(kind, &r.value) {
        return;
    }
    let mut f = Finding::new(
        &Q009,
        r.loc,
        format!(
            "evaluation `{}`: {what} `{}` is not a {} of the repository",
            e.id.value,
            r.value,
            kind.slug()
        ),
    );
    f = match did_you_mean(&r.value, p.ids(kind)) {
        Some(m) => f.help(format!("did you mean `{m}`?")),
        None => f.help("correct the id, or add the document"),
    };
    out.push(f);
}

fn scale(ctx: &Context<'_>, e: &Evaluation, out: &mut Vec<Finding>) {
    let scales = &ctx.portfolio.settings.scales;
    let (lo, hi) = (scales.score_min, scales.score_max);
    for (aspect, score) in e.scores.value.iter() {
        let Some(v) = score else { continue };
        if v.value.is_finite() && v.value >= lo && v.value <= hi {
            continue;
        }
        let aspect: &str = aspect.into();
        out.push(
            Finding::new(
                &Q010,
                v.loc,
                format!(
                    "evaluation `{}`: the {aspect} score is {}, outside the scale {lo}..{hi}",
                    e.id.value, v.value
                ),
            )
            .help(format!(
                "score from {lo} to {hi} (`[scales] score_min`/`score_max` in pmo.toml)"
            )),
        );
    }
}

//! Review and assessment hygiene (family `V`): 360-degree reviews of
//! project managers on the ten competencies and project assessments on the
//! seven dimensions (ITSS IT-service program management). An assessment of an unknown project is
//! R007; an unknown competency or dimension is the loader's L003.

use std::collections::BTreeMap;

use super::Context;
use crate::diag::{Finding, Rule, Severity};
use crate::model::{Assessment, At, Key, Relation, Review};

pub static V001: Rule = Rule {
    code: "V001",
    name: "score-off-scale",
    default: Severity::Error,
    summary: "A review or assessment score outside the score scale of pmo.toml",
    doc: include_str!("../../docs/rules/V001.md"),
};

pub static V002: Rule = Rule {
    code: "V002",
    name: "competency-missing",
    default: Severity::Error,
    summary: "A 360-degree rating that does not score all ten competencies",
    doc: include_str!("../../docs/rules/V002.md"),
};

pub static V003: Rule = Rule {
    code: "V003",
    name: "dimension-missing",
    default: Severity::Error,
    summary: "A project assessment that does not score all seven dimensions",
    doc: include_str!("../../docs/rules/V003.md"),
};

pub static V004: Rule = Rule {
    code: "V004",
    name: "review-without-self",
    default: Severity::Error,
    summary: "A 360-degree review with no self rating",
    doc: include_str!("../../docs/rules/V004.md"),
};

pub static V005: Rule = Rule {
    code: "V005",
    name: "rater-group-too-small",
    default: Severity::Warning,
    summary: "A peer, subordinate or customer rater group smaller than the anonymity threshold",
    doc: include_str!("../../docs/rules/V005.md"),
};

pub static V006: Rule = Rule {
    code: "V006",
    name: "reviewee-manages-nothing",
    default: Severity::Warning,
    summary: "A 360-degree review of someone who manages no project",
    doc: include_str!("../../docs/rules/V006.md"),
};

pub static RULES: &[&Rule] = &[&V001, &V002, &V003, &V004, &V005, &V006];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in &ctx.portfolio.reviews {
        let groups = ratings(ctx, r, &mut out);
        self_rating(r, &groups, &mut out);
        small_groups(ctx, r, &groups, &mut out);
        manages_nothing(ctx, r, &mut out);
    }
    for a in &ctx.portfolio.assessments {
        assessment(ctx, a, &mut out);
    }
    out
}

/// V001 when a score is off the scale of `pmo.toml`.
fn off_scale(ctx: &Context<'_>, v: &At<f64>, what: String, out: &mut Vec<Finding>) {
    let scales = &ctx.portfolio.settings.scales;
    let (lo, hi) = (scales.score_min, scales.score_max);
    if !(v.value.is_finite() && v.value >= lo && v.value <= hi) {
        out.push(
            Finding::new(
                &V001,
                v.loc,
                format!("{what} is {}, outside the scale {lo}..{hi}", v.value),
            )
            .help(format!(
                "score from {lo} to {hi} (`[scales] score_min`/`score_max` in pmo.toml)"
            )),
        );
    }
}

/// Every rating's scores on the scale and complete (V001, V002); the
/// raters by relation.
fn ratings<'r>(
    ctx: &Context<'_>,
    r: &'r Review,
    out: &mut Vec<Finding>,
) -> BTreeMap<Relation, Vec<&'r At<Relation>>> {
    let mut groups: BTreeMap<Relation, Vec<&At<Relation>>> = BTreeMap::new();
    for (i, rating) in r.ratings.iter().enumerate() {
        groups
            .entry(rating.relation.value)
            .or_default()
            .push(&rating.relation);
        let who = format!(
            "rating {} ({}) of review `{}`",
            i + 1,
            rating.relation.value.key(),
            r.id.value
        );
        let mut missing = Vec::new();
        for (c, score) in rating.scores.value.iter() {
            match score {
                Some(s) => off_scale(ctx, s, format!("the {} score of {who}", c.key()), out),
                None => missing.push(c.key()),
            }
        }
        if !missing.is_empty() {
            out.push(
                Finding::new(
                    &V002,
                    rating.scores.loc,
                    format!("{who} does not score {}", missing.join(", ")),
                )
                .help("score all ten competencies of the 360-degree review (`pmo explain V002` lists them)"),
            );
        }
    }
    groups
}

/// V004: a review needs the manager's own rating.
fn self_rating(
    r: &Review,
    groups: &BTreeMap<Relation, Vec<&At<Relation>>>,
    out: &mut Vec<Finding>,
) {
    if !groups.contains_key(&Relation::SelfRating) {
        out.push(
            Finding::new(
                &V004,
                r.reviewee.loc,
                format!(
                    "review `{}` of `{}` has no self rating",
                    r.id.value, r.reviewee.value
                ),
            )
            .help("add a rating with `relation: self`"),
        );
    }
}

/// V005: peer, subordinate and customer groups smaller than the anonymity
/// threshold.
fn small_groups(
    ctx: &Context<'_>,
    r: &Review,
    groups: &BTreeMap<Relation, Vec<&At<Relation>>>,
    out: &mut Vec<Finding>,
) {
    let threshold = ctx.portfolio.settings.review.anonymity_threshold as usize;
    for (relation, raters) in groups {
        let anonymous = matches!(
            relation,
            Relation::Peer | Relation::Subordinate | Relation::Customer
        );
        if anonymous && raters.len() < threshold {
            let mut f = Finding::new(
                &V005,
                raters[0].loc,
                format!(
                    "review `{}` has {} {} rater{}, fewer than the anonymity threshold {threshold}",
                    r.id.value,
                    raters.len(),
                    relation.key(),
                    if raters.len() == 1 { "" } else { "s" }
                ),
            )
            .help(format!(
                "ask at least {threshold} {} raters, or the report folds this group into the others",
                relation.key()
            ));
            for other in raters.iter().skip(1) {
                f = f.related(other.loc, "another rater of the group");
            }
            out.push(f);
        }
    }
}

/// V006: the 360-degree review assesses project managers.
fn manages_nothing(ctx: &Context<'_>, r: &Review, out: &mut Vec<Finding>) {
    // A project that failed to load may be the one the reviewee
    // manages: its own finding is the one to fix.
    let project_lost = ctx
        .portfolio
        .unloaded
        .iter()
        .any(|(kind, _)| *kind == crate::model::Kind::Project);
    if ctx.portfolio.person(&r.reviewee.value).is_some()
        && !project_lost
        && !ctx.index().managers.contains(r.reviewee.value.as_str())
    {
        out.push(
            Finding::new(
                &V006,
                r.reviewee.loc,
                format!(
                    "review `{}` is of `{}`, who manages no project",
                    r.id.value, r.reviewee.value
                ),
            )
            .help("check the reviewee's id; the 360-degree review assesses project managers"),
        );
    }
}

/// An assessment's scores on the scale (V001) and complete (V003).
fn assessment(ctx: &Context<'_>, a: &Assessment, out: &mut Vec<Finding>) {
    let mut missing = Vec::new();
    for (d, score) in a.dimensions.value.iter() {
        match score {
            Some(s) => off_scale(
                ctx,
                &s.score,
                format!("the {} score of assessment `{}`", d.key(), a.id.value),
                out,
            ),
            None => missing.push(d.key()),
        }
    }
    if !missing.is_empty() {
        out.push(
            Finding::new(
                &V003,
                a.dimensions.loc,
                format!("assessment `{}` does not score {}", a.id.value, missing.join(", ")),
            )
            .help("score all seven dimensions of the project assessment (`pmo explain V003` lists them)"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Persons pm (who manages P1) and eng (who manages nothing).
    const TEAM: &str = "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: define\n\
        ---\nkind: Project\nid: P1\nname: P1\nprogram: G\nmanager: pm\nstatus: active\n\
        start: 2026-01-05\nend: 2026-12-18\n\
        ---\nkind: Person\nid: pm\nname: Pm\n\
        ---\nkind: Person\nid: eng\nname: Eng\n";

    const ALL_TEN: &str = "self-discipline: 4, teamwork: 4, responsibility: 4, \
        customer-service-awareness: 4, leadership: 4, analysis-and-decision-making: 4, \
        organization-and-planning: 4, delegation-and-control: 4, communication: 4, innovation: 4";

    fn rating(relation: &str, scores: &str) -> String {
        format!("  - {{rater: x, relation: {relation}, scores: {{{scores}}}}}\n")
    }

    fn review(id: &str, reviewee: &str, ratings: &[String]) -> String {
        format!(
            "---\nkind: Review\nid: {id}\nreviewee: {reviewee}\nperiod: 2026-H1\nratings:\n{}",
            ratings.concat()
        )
    }

    fn run(files: &[(&str, &str)]) -> Vec<String> {
        let mut all = vec![("team.yaml", TEAM)];
        all.extend_from_slice(files);
        crate::check::run_on(check, &all)
    }

    #[test]
    fn a_complete_review_of_a_manager_is_clean() {
        let peers: Vec<String> = ["self", "peer", "peer", "peer"]
            .iter()
            .map(|r| rating(r, ALL_TEN))
            .collect();
        assert!(run(&[("r.yaml", &review("R1", "pm", &peers))]).is_empty());
    }

    #[test]
    fn scores_off_the_scale_missing_competencies_and_no_self_rating() {
        // One superior rating: a 9, a 0.5 and only two competencies scored;
        // two peers (under the threshold of 3); no self rating; eng
        // manages no project.
        let partial = rating("superior", "self-discipline: 9, teamwork: 0.5");
        let peers = [rating("peer", ALL_TEN), rating("peer", ALL_TEN)];
        let text = review("R2", "eng", &[partial, peers[0].clone(), peers[1].clone()]);
        let found = run(&[("r.yaml", &text)]);
        let missing = "responsibility, customer-service-awareness, leadership, \
            analysis-and-decision-making, organization-and-planning, delegation-and-control, \
            communication, innovation";
        assert_eq!(
            found,
            [
                "V004: review `R2` of `eng` has no self rating".to_string(),
                "V006: review `R2` is of `eng`, who manages no project".to_string(),
                // The mapping of scores comes before the scores in it.
                format!("V002: rating 1 (superior) of review `R2` does not score {missing}"),
                "V001: the self-discipline score of rating 1 (superior) of review `R2` is 9, outside the scale 1..5".to_string(),
                "V001: the teamwork score of rating 1 (superior) of review `R2` is 0.5, outside the scale 1..5".to_string(),
                "V005: review `R2` has 2 peer raters, fewer than the anonymity threshold 3".to_string(),
            ]
        );
    }

    #[test]
    fn an_assessment_scores_all_seven_dimensions_on_the_scale() {
        let text = "kind: Assessment\nid: A1\nproject: P1\nperiod: 2026-Q2\ndimensions:\n  \
            service-delivery-outcomes: {score: 6}\n  process-management: {score: 3}\n";
        let found = run(&[("a.yaml", text)]);
        assert_eq!(
            found,
            [
                "V003: assessment `A1` does not score effectiveness, security, knowledge-management, people-management, continuous-improvement",
                "V001: the service-delivery-outcomes score of assessment `A1` is 6, outside the scale 1..5",
            ]
        );
    }

    #[test]
    fn only_groups_that_rated_are_held_to_the_anonymity_threshold() {
        // No peers and no subordinates: no group to protect. Three
        // subordinates: enough. One customer: too few.
        let mut ratings = vec![rating("self", ALL_TEN), rating("superior", ALL_TEN)];
        ratings.extend((0..3).map(|_| rating("subordinate", ALL_TEN)));
        ratings.push(rating("customer", ALL_TEN));
        let found = run(&[("r.yaml", &review("R3", "pm", &ratings))]);
        assert_eq!(
            found,
            ["V005: review `R3` has 1 customer rater, fewer than the anonymity threshold 3"]
        );
    }
}

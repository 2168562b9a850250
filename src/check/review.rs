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
    explanation: r#"## What it checks
Every competency score of a review and every dimension score of an assessment is between `[scales] score_min` and `[scales] score_max` (default 1 to 5).

## Why
Averages, gaps between self and others, and grades are only meaningful on one scale.

## How to fix
Rate on the repository's scale.

## Example
Before:
```yaml
scores:
  leadership: 8
```
After:
```yaml
scores:
  leadership: 4
```
"#,
};

pub static V002: Rule = Rule {
    code: "V002",
    name: "competency-missing",
    default: Severity::Error,
    summary: "A 360-degree rating that does not score all ten competencies",
    explanation: r#"## What it checks
Every rating of a review scores the ten competencies of ITSS IT-service program management: self-discipline, teamwork, responsibility, customer-service-awareness, leadership, analysis-and-decision-making, organization-and-planning, delegation-and-control, communication and innovation. (A competency that is not one of these is rejected by the loader, L003.)

## Why
The project-manager assessment is defined on these ten competencies (ITSS IT-service program management); a rating with gaps skews the averages of the competencies it leaves out.

## How to fix
Score the missing competencies.

## Example
Before:
```yaml
scores: {leadership: 4, communication: 5}
```
After:
```yaml
scores:
  self-discipline: 4
  teamwork: 4
  responsibility: 5
  customer-service-awareness: 4
  leadership: 4
  analysis-and-decision-making: 3
  organization-and-planning: 4
  delegation-and-control: 3
  communication: 5
  innovation: 3
```
"#,
};

pub static V003: Rule = Rule {
    code: "V003",
    name: "dimension-missing",
    default: Severity::Error,
    summary: "A project assessment that does not score all seven dimensions",
    explanation: r#"## What it checks
Every assessment scores the seven dimensions of ITSS IT-service program management: service-delivery-outcomes, process-management, effectiveness, security, knowledge-management, people-management and continuous-improvement.

## Why
Project assessment is defined on these seven dimensions (ITSS IT-service program management); a missing one makes the weighted total incomparable with other projects'.

## How to fix
Score the missing dimensions, with evidence.

## Example
Before:
```yaml
dimensions:
  security: {score: 4}
```
After:
```yaml
dimensions:
  service-delivery-outcomes: {score: 4, evidence: SLA met 11 of 12 months}
  process-management: {score: 3}
  effectiveness: {score: 4}
  security: {score: 4}
  knowledge-management: {score: 3}
  people-management: {score: 4}
  continuous-improvement: {score: 3}
```
"#,
};

pub static V004: Rule = Rule {
    code: "V004",
    name: "review-without-self",
    default: Severity::Error,
    summary: "A 360-degree review with no self rating",
    explanation: r#"## What it checks
Every review has a rating with `relation: self`.

## Why
The gap between how managers rate themselves and how others rate them is the most read part of a 360-degree review (common 360 practice); without the self rating it cannot be shown.

## How to fix
Add the reviewee's own rating.

## Example
Before:
```yaml
ratings:
  - relation: superior
    scores: {...}
```
After:
```yaml
ratings:
  - relation: self
    scores: {...}
  - relation: superior
    scores: {...}
```
"#,
};

pub static V005: Rule = Rule {
    code: "V005",
    name: "rater-group-too-small",
    default: Severity::Warning,
    summary: "A peer, subordinate or customer rater group smaller than the anonymity threshold",
    explanation: r#"## What it checks
A group of peers, subordinates or customers that rated has at least `[review] anonymity_threshold` raters (default 3).

## Why
Raters answer honestly when they cannot be singled out; common 360 practice hides a group with too few raters, so the report will fold it into the others rather than show it (self and superior are not anonymous and are exempt).

## How to fix
Ask more raters of that group, or accept that the group is not shown on its own.

## Example
Before:
```yaml
ratings:
  - {relation: peer, scores: {...}}
```
After:
```yaml
ratings:
  - {relation: peer, scores: {...}}
  - {relation: peer, scores: {...}}
  - {relation: peer, scores: {...}}
```
"#,
};

pub static V006: Rule = Rule {
    code: "V006",
    name: "reviewee-manages-nothing",
    default: Severity::Warning,
    summary: "A 360-degree review of someone who manages no project",
    explanation: r#"## What it checks
The reviewee of a review is the `manager` of at least one project.

## Why
The 360-degree review of ITSS IT-service program management assesses project managers on the competencies of the role; a reviewee who manages no project is usually a wrong id or a review in the wrong repository.

## How to fix
Correct the reviewee, or record the projects the person manages.

## Example
Before:
```yaml
reviewee: p-li-na   # a network engineer
```
After:
```yaml
reviewee: p-zhang-wei   # manager of PRJ-DESK
```
"#,
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
}

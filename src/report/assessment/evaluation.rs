//! Team-member performance evaluation (绩效评估, BPO project
//! management): each evaluation's scores on time, cost and quality and
//! their mean, per person, project and period, next to the 360-degree
//! review of the managers.
//!
//! The mean is the plain mean of the aspects scored (an aspect left out
//! is not counted as 0). Scores off the score scale (`Q010`) take part in
//! no number.

use serde::Serialize;

use super::project::mean;
use crate::model::{Aspect, Evaluation, Period, Portfolio};
use crate::report::round2;

/// One aspect's score.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct AspectScore {
    pub aspect: Aspect,
    /// None when not evaluated, or off the score scale.
    pub score: Option<f64>,
}

/// One evaluation.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct MemberEvaluation {
    /// The Evaluation document's id.
    pub evaluation: String,
    pub person: String,
    /// The person's name ("" when the person is unknown).
    pub name: String,
    pub project: String,
    pub period: Period,
    pub evaluator: Option<String>,
    /// Time, cost and quality, in that order.
    pub scores: Vec<AspectScore>,
    /// Mean of the aspects scored.
    pub mean: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
}

/// Every evaluation, sorted by project, person, period, then id.
pub fn evaluate(portfolio: &Portfolio) -> Vec<MemberEvaluation> {
    let scales = &portfolio.settings.scales;
    let on_scale = |x: f64| x.is_finite() && x >= scales.score_min && x <= scales.score_max;
    let mut rows: Vec<MemberEvaluation> = portfolio
        .evaluations
        .iter()
        .map(|e| row(portfolio, e, &on_scale))
        .collect();
    rows.sort_by(|a, b| {
        (&a.project, &a.person, a.period, &a.evaluation).cmp(&(
            &b.project,
            &b.person,
            b.period,
            &b.evaluation,
        ))
    });
    rows
}

fn row(portfolio: &Portfolio, e: &Evaluation, on_scale: &dyn Fn(f64) -> bool) -> MemberEvaluation {
    let scores: Vec<AspectScore> = e
        .scores
        .value
        .iter()
        .map(|(aspect, s)| AspectScore {
            aspect,
            score: s.map(|s| s.value).filter(|x| on_scale(*x)),
        })
        .collect();
    let given: Vec<f64> = scores.iter().filter_map(|s| s.score).collect();
    MemberEvaluation {
        evaluation: e.id.value.clone(),
        person: e.person.value.clone(),
        name: portfolio
            .person(&e.person.value)
            .map_or_else(String::new, |p| p.name.value.clone()),
        project: e.project.value.clone(),
        period: e.period.value,
        evaluator: e.evaluator.as_ref().map(|x| x.value.clone()),
        scores,
        mean: mean(&given).map(round2),
        comments: e.comments.as_ref().map(|c| c.value.clone()),
    }
}

//! The seven-dimension project assessment (ITSS IT-service program management): per project and
//! period each dimension's score, the weighted total, the grade, the
//! weakest dimensions, the change since the previous period, rankings, and
//! dimension averages per program.
//!
//! Weights come from `[assessment] weights` in `pmo.toml`, keyed by
//! dimension key (`security = 2`); a dimension not named weighs 1, so the
//! default is equal weights. Negative or non-finite weights count as 0.
//! The total is normalised over the dimensions present:
//! `total = sum(w_d * s_d) / sum(w_d)` over the dimensions scored, so a
//! missing dimension neither counts as 0 nor changes the scale.

use std::collections::BTreeMap;

use serde::Serialize;
use strum::IntoEnumIterator;

use crate::model::{Assessment, Dimension, Key, Period, Portfolio, Settings};
use crate::report::round2;

/// One dimension's score in an assessment.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct DimensionResult {
    pub dimension: Dimension,
    /// None when the assessment does not score this dimension.
    pub score: Option<f64>,
    /// The dimension's share of the total, normalised over the dimensions
    /// scored (0 when not scored).
    pub weight: f64,
    /// Service delivery outcomes only: the customer satisfaction surveys
    /// of the period, read on the score scale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surveys: Option<SurveyEvidence>,
}

/// What the period's satisfaction surveys say, on the assessment's score
/// scale: `score = score_min + percent / 100 * (score_max - score_min)`,
/// `percent` the mean share of the surveys' scales.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct SurveyEvidence {
    /// Readable surveys dated within the period.
    pub surveys: usize,
    pub percent: f64,
    pub score: f64,
    /// True when the assessment does not score the dimension and this
    /// score stands in for it; false when it is shown beside the
    /// assessor's score.
    pub used: bool,
}

/// A place in a ranking: 1 is best; ties go to the smaller project id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Rank {
    pub position: usize,
    pub of: usize,
}

/// One project's assessment for one period.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProjectAssessment {
    pub project: String,
    pub name: String,
    pub program: String,
    pub period: Period,
    /// The Assessment document's id.
    pub assessment: String,
    pub dimensions: Vec<DimensionResult>,
    /// Weighted total; None when no dimension is scored or every weight is 0.
    pub total: Option<f64>,
    /// Grade band of the total (`[assessment] grades`).
    pub grade: Option<String>,
    /// The dimensions with the lowest score (all of them when tied).
    pub weakest: Vec<Dimension>,
    /// The project's previous assessed period, if any.
    pub previous_period: Option<Period>,
    /// Total minus the previous period's total.
    pub change: Option<f64>,
    /// Rank among the program's projects assessed in the same period.
    pub rank_in_program: Option<Rank>,
    /// Rank among all projects assessed in the same period.
    pub rank_in_portfolio: Option<Rank>,
}

/// A dimension's average over a program's projects in a period.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct DimensionAverage {
    pub dimension: Dimension,
    pub average: Option<f64>,
    /// Projects that scored the dimension.
    pub projects: usize,
}

/// A program's dimension averages for one period.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProgramAverages {
    pub program: String,
    pub name: String,
    pub period: Period,
    /// Projects assessed in the period.
    pub projects: usize,
    pub dimensions: Vec<DimensionAverage>,
    /// Average of the projects' weighted totals.
    pub total: Option<f64>,
    pub grade: Option<String>,
}

/// The weight of a dimension: `[assessment] weights`, default 1; negative
/// and non-finite weights count as 0.
pub fn weight_of(settings: &Settings, d: Dimension) -> f64 {
    let w = settings
        .assessment
        .weights
        .get(d.key())
        .copied()
        .unwrap_or(1.0);
    if w.is_finite() && w > 0.0 { w } else { 0.0 }
}

/// The scores present (finite) in an assessment, in the order of ITSS IT-service program management.
fn scores(a: &Assessment) -> Vec<(Dimension, Option<f64>)> {
    a.dimensions
        .value
        .iter()
        .map(|(d, s)| (d, s.map(|s| s.score.value).filter(|v| v.is_finite())))
        .collect()
}

/// Weighted total and the normalised weights, over the dimensions scored.
pub fn weighted_total(
    settings: &Settings,
    scores: &[(Dimension, Option<f64>)],
) -> (Option<f64>, Vec<f64>) {
    let raw: Vec<f64> = scores
        .iter()
        .map(|(d, s)| {
            if s.is_some() {
                weight_of(settings, *d)
            } else {
                0.0
            }
        })
        .collect();
    let sum: f64 = raw.iter().sum();
    if sum <= 0.0 {
        return (None, vec![0.0; scores.len()]);
    }
    let total = scores
        .iter()
        .zip(&raw)
        .filter_map(|((_, s), w)| s.map(|s| s * w))
        .sum::<f64>()
        / sum;
    (Some(total), raw.iter().map(|w| w / sum).collect())
}

/// The grade band a total falls in.
pub fn grade_of(settings: &Settings, total: f64) -> Option<String> {
    Settings::band_of(&settings.assessment.grades, total).map(|b| b.name.clone())
}

fn weakest(scores: &[(Dimension, Option<f64>)]) -> Vec<Dimension> {
    let min = scores
        .iter()
        .filter_map(|(_, s)| *s)
        .map(round2)
        .min_by(f64::total_cmp);
    match min {
        Some(m) => scores
            .iter()
            .filter(|(_, s)| s.map(round2) == Some(m))
            .map(|(d, _)| *d)
            .collect(),
        None => Vec::new(),
    }
}

/// Every project's assessments, one per project and period (of two for the
/// same project and period, the later-dated, then the larger id, wins),
/// sorted by project id, then period.
pub fn assess(portfolio: &Portfolio) -> Vec<ProjectAssessment> {
    let settings = &portfolio.settings;
    let mut chosen: BTreeMap<(&str, Period), &Assessment> = BTreeMap::new();
    for a in &portfolio.assessments {
        let key = (a.project.value.as_str(), a.period.value);
        let later = |old: &&Assessment| {
            (a.date.as_ref().map(|d| d.value), &a.id.value)
                >= (old.date.as_ref().map(|d| d.value), &old.id.value)
        };
        if chosen.get(&key).is_none_or(later) {
            chosen.insert(key, a);
        }
    }
    let mut rows: Vec<ProjectAssessment> = Vec::with_capacity(chosen.len());
    for ((project_id, period), a) in chosen {
        let project = portfolio.project(project_id);
        let mut scores = scores(a);
        let evidence = project.and_then(|p| from_surveys(settings, p, period, &mut scores));
        let (total, weights) = weighted_total(settings, &scores);
        let total = total.map(round2);
        let previous = rows.last().filter(|r| r.project == project_id);
        let previous_period = previous.map(|r| r.period);
        let change = match (total, previous.and_then(|r| r.total)) {
            (Some(t), Some(p)) => Some(round2(t - p)),
            _ => None,
        };
        rows.push(ProjectAssessment {
            project: project_id.to_string(),
            name: project.map_or_else(String::new, |p| p.name.value.clone()),
            program: project.map_or_else(String::new, |p| p.program.value.clone()),
            period,
            assessment: a.id.value.clone(),
            dimensions: scores
                .iter()
                .zip(weights)
                .map(|((d, s), w)| DimensionResult {
                    dimension: *d,
                    score: s.map(round2),
                    weight: round2(w * 100.0) / 100.0,
                    surveys: evidence
                        .clone()
                        .filter(|_| *d == Dimension::ServiceDeliveryOutcomes),
                })
                .collect(),
            grade: total.and_then(|t| grade_of(settings, t)),
            total,
            weakest: weakest(&scores),
            previous_period,
            change,
            rank_in_program: None,
            rank_in_portfolio: None,
        });
    }
    rank(&mut rows);
    rows
}

/// The period's surveys on the score scale; they stand in for the
/// service-delivery-outcomes score when the assessment gives none.
fn from_surveys(
    settings: &Settings,
    project: &crate::model::Project,
    period: Period,
    scores: &mut [(Dimension, Option<f64>)],
) -> Option<SurveyEvidence> {
    let (percent, surveys) = super::satisfaction::share_in(project, period)?;
    let (min, max) = (settings.scales.score_min, settings.scales.score_max);
    let score = round2(min + percent / 100.0 * (max - min));
    let slot = scores
        .iter_mut()
        .find(|(d, _)| *d == Dimension::ServiceDeliveryOutcomes)?;
    let used = slot.1.is_none();
    if used {
        slot.1 = Some(score);
    }
    Some(SurveyEvidence {
        surveys,
        percent: round2(percent),
        score,
        used,
    })
}

/// Ranks by total (highest first), ties by project id, within each period:
/// across the portfolio and within each program.
fn rank(rows: &mut [ProjectAssessment]) {
    let mut groups: BTreeMap<(Period, Option<&str>), Vec<usize>> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        if r.total.is_some() {
            groups.entry((r.period, None)).or_default().push(i);
            groups
                .entry((r.period, Some(r.program.as_str())))
                .or_default()
                .push(i);
        }
    }
    let mut ranks: Vec<(usize, bool, Rank)> = Vec::new();
    for ((_, program), mut members) in groups {
        members.sort_by(|&a, &b| {
            let (ta, tb) = (rows[a].total.unwrap_or(0.0), rows[b].total.unwrap_or(0.0));
            tb.total_cmp(&ta)
                .then_with(|| rows[a].project.cmp(&rows[b].project))
        });
        let of = members.len();
        for (pos, i) in members.into_iter().enumerate() {
            ranks.push((
                i,
                program.is_some(),
                Rank {
                    position: pos + 1,
                    of,
                },
            ));
        }
    }
    for (i, in_program, r) in ranks {
        if in_program {
            rows[i].rank_in_program = Some(r);
        } else {
            rows[i].rank_in_portfolio = Some(r);
        }
    }
}

/// Dimension averages per program and period, from the assessments.
pub fn averages(portfolio: &Portfolio, rows: &[ProjectAssessment]) -> Vec<ProgramAverages> {
    let mut by: BTreeMap<(&str, Period), Vec<&ProjectAssessment>> = BTreeMap::new();
    for r in rows {
        by.entry((r.program.as_str(), r.period))
            .or_default()
            .push(r);
    }
    by.into_iter()
        .map(|((program, period), members)| {
            let dimensions = Dimension::iter()
                .enumerate()
                .map(|(i, d)| {
                    let vals: Vec<f64> = members
                        .iter()
                        .filter_map(|m| m.dimensions.get(i).and_then(|x| x.score))
                        .collect();
                    DimensionAverage {
                        dimension: d,
                        average: mean(&vals).map(round2),
                        projects: vals.len(),
                    }
                })
                .collect();
            let totals: Vec<f64> = members.iter().filter_map(|m| m.total).collect();
            let total = mean(&totals).map(round2);
            ProgramAverages {
                program: program.to_string(),
                name: portfolio
                    .program(program)
                    .map_or_else(String::new, |p| p.name.value.clone()),
                period,
                projects: members.len(),
                dimensions,
                grade: total.and_then(|t| grade_of(&portfolio.settings, t)),
                total,
            }
        })
        .collect()
}

/// The arithmetic mean; None for no values.
pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        None
    } else {
        Some(values.iter().sum::<f64>() / values.len() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Band;

    fn s(values: [Option<f64>; 7]) -> Vec<(Dimension, Option<f64>)> {
        Dimension::iter().zip(values).collect()
    }

    #[test]
    fn equal_weights_average_the_scores_present() {
        let settings = Settings::default();
        // (4 + 3 + 5 + 2 + 4 + 3 + 4) / 7 = 25 / 7 = 3.5714...
        let all = s([
            Some(4.0),
            Some(3.0),
            Some(5.0),
            Some(2.0),
            Some(4.0),
            Some(3.0),
            Some(4.0),
        ]);
        let (t, w) = weighted_total(&settings, &all);
        assert!((t.unwrap() - 25.0 / 7.0).abs() < 1e-12);
        assert!(w.iter().all(|w| (w - 1.0 / 7.0).abs() < 1e-12));
        // Security missing: (4 + 3 + 5 + 4 + 3 + 4) / 6 = 23 / 6 = 3.8333..., not 23 / 7.
        let gap = s([
            Some(4.0),
            Some(3.0),
            Some(5.0),
            None,
            Some(4.0),
            Some(3.0),
            Some(4.0),
        ]);
        let (t, w) = weighted_total(&settings, &gap);
        assert!((t.unwrap() - 23.0 / 6.0).abs() < 1e-12);
        assert_eq!(w[3], 0.0);
        assert_eq!(weighted_total(&settings, &s([None; 7])).0, None);
    }

    #[test]
    fn configured_weights_are_normalised_over_present_dimensions() {
        let mut settings = Settings::default();
        settings
            .assessment
            .weights
            .insert("service-delivery-outcomes".into(), 3.0);
        settings.assessment.weights.insert("security".into(), 2.0);
        settings
            .assessment
            .weights
            .insert("continuous-improvement".into(), -1.0);
        // weights 3,1,1,2,1,1,0 (negative counts as 0); sum 9.
        // (3*5 + 1*3 + 1*3 + 2*2 + 1*4 + 1*4 + 0*1) / 9 = (15+3+3+4+4+4) / 9 = 33 / 9 = 3.6667
        let all = s([
            Some(5.0),
            Some(3.0),
            Some(3.0),
            Some(2.0),
            Some(4.0),
            Some(4.0),
            Some(1.0),
        ]);
        let (t, w) = weighted_total(&settings, &all);
        assert!((t.unwrap() - 33.0 / 9.0).abs() < 1e-12);
        assert!((w[0] - 3.0 / 9.0).abs() < 1e-12);
        assert_eq!(w[6], 0.0);
        // Only continuous improvement scored, weight 0: no total.
        let only = s([None, None, None, None, None, None, Some(5.0)]);
        assert_eq!(weighted_total(&settings, &only).0, None);
    }

    #[test]
    fn grades_follow_the_bands() {
        let mut settings = Settings::default();
        // Defaults: D from 0, C from 2.5, B from 3.5, A from 4.5.
        assert_eq!(grade_of(&settings, 3.57).as_deref(), Some("B"));
        assert_eq!(grade_of(&settings, 3.5).as_deref(), Some("B"));
        assert_eq!(grade_of(&settings, 3.49).as_deref(), Some("C"));
        assert_eq!(grade_of(&settings, 4.5).as_deref(), Some("A"));
        assert_eq!(grade_of(&settings, -1.0), None);
        settings.assessment.grades = vec![
            Band {
                name: "pass".into(),
                from: 3.0,
            },
            Band {
                name: "fail".into(),
                from: 0.0,
            },
        ];
        assert_eq!(grade_of(&settings, 3.0).as_deref(), Some("pass"));
        assert_eq!(grade_of(&settings, 2.99).as_deref(), Some("fail"));
    }

    #[test]
    fn weakest_lists_every_tied_minimum() {
        let v = s([
            Some(4.0),
            Some(2.0),
            Some(5.0),
            Some(2.0),
            None,
            Some(3.0),
            Some(4.0),
        ]);
        assert_eq!(
            weakest(&v),
            vec![Dimension::ProcessManagement, Dimension::Security]
        );
        assert!(weakest(&s([None; 7])).is_empty());
    }
}

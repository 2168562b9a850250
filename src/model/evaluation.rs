//! Team-member performance evaluation (绩效评估, BPO project management):
//! a project's member scored on time, cost and quality for a period, next
//! to the 360-degree review of the managers.
//!
//! A document of its own, like a review, rather than a list on the
//! project: an evaluation is personal, and a PMO may keep the folder that
//! holds them apart from the plans everyone reads.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::domain::Score;
use super::{At, Date, Id, Period, Ref};

/// The three aspects the source text evaluates on.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Aspect {
    /// Work done on time.
    Time,
    /// Work done within cost.
    Cost,
    /// Work done to the quality asked.
    Quality,
}

/// Scores on the score scale of `pmo.toml`; an aspect left out is not
/// evaluated.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AspectScores {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    /// The score on time.
    pub time: Option<At<f64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    /// The score on cost.
    pub cost: Option<At<f64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    /// The score on quality.
    pub quality: Option<At<f64>>,
}

impl AspectScores {
    /// The score of one aspect, if given.
    pub fn get(&self, a: Aspect) -> Option<&At<f64>> {
        match a {
            Aspect::Time => self.time.as_ref(),
            Aspect::Cost => self.cost.as_ref(),
            Aspect::Quality => self.quality.as_ref(),
        }
    }

    /// Each aspect in order (time, cost, quality) with its score, if given.
    pub fn iter(&self) -> impl Iterator<Item = (Aspect, Option<&At<f64>>)> {
        use strum::IntoEnumIterator;
        Aspect::iter().map(|a| (a, self.get(a)))
    }
}

/// A team member's performance evaluation: kind `Evaluation`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Evaluation")]
pub struct Evaluation {
    /// Always `Evaluation`.
    #[schemars(extend("const" = "Evaluation"))]
    pub kind: String,
    /// Format version of this document (defaults to `format` in pmo.toml).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    /// The evaluation's id.
    pub id: Id,
    /// The team member evaluated (person id).
    pub person: Ref,
    /// The project they were evaluated on; they must be on its team.
    pub project: Ref,
    /// The period evaluated, e.g. `2026-Q3`.
    pub period: At<Period>,
    /// Who evaluated (person id), usually the project manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<Ref>,
    /// The day of the evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<At<Date>>,
    /// The scores on time, cost and quality.
    pub scores: At<AspectScores>,
    /// The evaluator's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<At<String>>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

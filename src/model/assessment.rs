//! Project assessment (项目考核) on the seven dimensions of ITSS IT-service program management.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::IntoEnumIterator;

use super::domain::Score;
use super::{At, Date, Id, Period, Ref};

/// The seven project-assessment dimensions (ITSS IT-service program management).
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
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Dimension {
    ServiceDeliveryOutcomes,
    ProcessManagement,
    Effectiveness,
    Security,
    KnowledgeManagement,
    PeopleManagement,
    ContinuousImprovement,
}

/// A dimension's score and the evidence behind it.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DimensionScore {
    #[serde(deserialize_with = "Score::one")]
    #[schemars(with = "Score")]
    pub score: At<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<At<String>>,
}

/// Scores for the seven dimensions; a missing one is reported by validate.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DimensionScores {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_delivery_outcomes: Option<DimensionScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_management: Option<DimensionScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<DimensionScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<DimensionScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knowledge_management: Option<DimensionScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_management: Option<DimensionScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continuous_improvement: Option<DimensionScore>,
}

impl DimensionScores {
    pub fn get(&self, d: Dimension) -> Option<&DimensionScore> {
        match d {
            Dimension::ServiceDeliveryOutcomes => self.service_delivery_outcomes.as_ref(),
            Dimension::ProcessManagement => self.process_management.as_ref(),
            Dimension::Effectiveness => self.effectiveness.as_ref(),
            Dimension::Security => self.security.as_ref(),
            Dimension::KnowledgeManagement => self.knowledge_management.as_ref(),
            Dimension::PeopleManagement => self.people_management.as_ref(),
            Dimension::ContinuousImprovement => self.continuous_improvement.as_ref(),
        }
    }

    /// Each dimension in the order of ITSS IT-service program management with its score, if given.
    pub fn iter(&self) -> impl Iterator<Item = (Dimension, Option<&DimensionScore>)> {
        Dimension::iter().map(|d| (d, self.get(d)))
    }
}

/// A project assessment: kind `Assessment`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Assessment")]
pub struct Assessment {
    /// Always `Assessment`.
    #[schemars(extend("const" = "Assessment"))]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    pub id: Id,
    /// The project assessed.
    pub project: Ref,
    pub period: At<Period>,
    /// Who assessed (person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Ref>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<At<Date>>,
    pub dimensions: At<DimensionScores>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

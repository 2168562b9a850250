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
    /// 服务交付成果: delivering the explicit and implicit outcomes the SLA
    /// requires.
    ServiceDeliveryOutcomes,
    /// 流程化管理: running processes that control delivery quality.
    ProcessManagement,
    /// 效能: raising delivery efficiency while keeping the service level.
    Effectiveness,
    /// 安全: identifying and controlling security risks in delivery.
    Security,
    /// 知识管理: accumulating knowledge and using it to improve the service.
    KnowledgeManagement,
    /// 人员管理: organizing staff to fit service demand.
    PeopleManagement,
    /// 持续改进: proactive service and continuous optimization.
    ContinuousImprovement,
}

/// A dimension's score and the evidence behind it.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DimensionScore {
    #[serde(deserialize_with = "Score::one")]
    #[schemars(with = "Score")]
    /// The score on the repository's assessment scale.
    pub score: At<f64>,
    /// What the score rests on (reports, audits, measurements).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<At<String>>,
}

/// Scores for the seven dimensions; a missing one is reported by validate.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DimensionScores {
    /// Service delivery outcomes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_delivery_outcomes: Option<DimensionScore>,
    /// Process management.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_management: Option<DimensionScore>,
    /// Effectiveness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<DimensionScore>,
    /// Security.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<DimensionScore>,
    /// Knowledge management.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knowledge_management: Option<DimensionScore>,
    /// People management.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_management: Option<DimensionScore>,
    /// Continuous improvement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continuous_improvement: Option<DimensionScore>,
}

impl DimensionScores {
    /// The score given for dimension `d`, if any.
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
    /// The version of the document format it was written for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    /// The assessment's id, unique among assessments.
    pub id: Id,
    /// The project assessed.
    pub project: Ref,
    /// The period assessed (a month, quarter or year).
    pub period: At<Period>,
    /// Who assessed (person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Ref>,
    /// The day the assessment was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<At<Date>>,
    /// The score of each of the seven dimensions.
    pub dimensions: At<DimensionScores>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

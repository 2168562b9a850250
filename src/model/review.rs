//! 360-degree review (360度考核) of a project manager on the ten
//! competencies of ITSS IT-service program management.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::IntoEnumIterator;

use super::domain::Score;
use super::{At, Date, Id, Period, Ref};

/// The ten competencies of the 360-degree project-manager review (ITSS IT-service program management).
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
pub enum Competency {
    /// 自律性: self-discipline.
    SelfDiscipline,
    /// 团队/协作精神: teamwork.
    Teamwork,
    /// 责任心: responsibility.
    Responsibility,
    /// 客户服务意识: customer-service awareness.
    CustomerServiceAwareness,
    /// 领导力: leadership.
    Leadership,
    /// 分析/决策能力: analysis and decision-making.
    AnalysisAndDecisionMaking,
    /// 组织/规划能力: organization and planning.
    OrganizationAndPlanning,
    /// 授权/控制能力: delegation and control.
    DelegationAndControl,
    /// 沟通能力: communication.
    Communication,
    /// 创新能力: innovation.
    Innovation,
}

/// Scores for the ten competencies; a missing one is reported by validate.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CompetencyScores {
    /// Self-discipline.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub self_discipline: Option<At<f64>>,
    /// Teamwork.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub teamwork: Option<At<f64>>,
    /// Responsibility.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub responsibility: Option<At<f64>>,
    /// Customer-service awareness.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub customer_service_awareness: Option<At<f64>>,
    /// Leadership.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub leadership: Option<At<f64>>,
    /// Analysis and decision-making.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub analysis_and_decision_making: Option<At<f64>>,
    /// Organization and planning.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub organization_and_planning: Option<At<f64>>,
    /// Delegation and control.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub delegation_and_control: Option<At<f64>>,
    /// Communication.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub communication: Option<At<f64>>,
    /// Innovation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Score::opt"
    )]
    #[schemars(with = "Option<Score>")]
    pub innovation: Option<At<f64>>,
}

impl CompetencyScores {
    /// The score given for competency `c`, if any.
    pub fn get(&self, c: Competency) -> Option<&At<f64>> {
        match c {
            Competency::SelfDiscipline => self.self_discipline.as_ref(),
            Competency::Teamwork => self.teamwork.as_ref(),
            Competency::Responsibility => self.responsibility.as_ref(),
            Competency::CustomerServiceAwareness => self.customer_service_awareness.as_ref(),
            Competency::Leadership => self.leadership.as_ref(),
            Competency::AnalysisAndDecisionMaking => self.analysis_and_decision_making.as_ref(),
            Competency::OrganizationAndPlanning => self.organization_and_planning.as_ref(),
            Competency::DelegationAndControl => self.delegation_and_control.as_ref(),
            Competency::Communication => self.communication.as_ref(),
            Competency::Innovation => self.innovation.as_ref(),
        }
    }

    /// Each competency in the order of ITSS IT-service program management with its score, if given.
    pub fn iter(&self) -> impl Iterator<Item = (Competency, Option<&At<f64>>)> {
        Competency::iter().map(|c| (c, self.get(c)))
    }
}

/// How a rater stands to the reviewed manager.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Relation {
    /// The manager rating themself (`self`).
    #[serde(rename = "self")]
    #[strum(serialize = "self")]
    SelfRating,
    /// The manager's superior.
    Superior,
    /// A peer manager.
    Peer,
    /// Someone the manager leads.
    Subordinate,
    /// A customer the manager serves.
    Customer,
}

/// One rater's scores. The rater's identity is kept for audit only and
/// never appears in a report.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// Who rated (person id or an opaque token); never reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rater: Option<At<String>>,
    /// How the rater stands to the manager.
    pub relation: At<Relation>,
    /// The score of each competency.
    pub scores: At<CompetencyScores>,
    /// What the rater adds in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<At<String>>,
}

/// A 360-degree review: kind `Review`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Review")]
pub struct Review {
    /// Always `Review`.
    #[schemars(extend("const" = "Review"))]
    pub kind: String,
    /// The version of the document format it was written for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    /// The review's id, unique among reviews.
    pub id: Id,
    /// The project manager reviewed (person id).
    pub reviewee: Ref,
    /// The period reviewed.
    pub period: At<Period>,
    /// The day the review was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<At<Date>>,
    /// The raters' scores.
    pub ratings: Vec<Rating>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

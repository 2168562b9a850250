//! Risk: a threat or an opportunity, assessed on probability and impact and
//! managed through a response with an owner (ITO project operations; PMO duties and role; BPO project management; ISO 31000).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{At, Date, Id, Ref};

/// Threats harm the objectives; opportunities help them.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum RiskType {
    #[default]
    Threat,
    Opportunity,
}

/// Where a risk comes from (ITO project operations: technical, resource, schedule,
/// external; BPO project management adds compliance, security, cross-cultural).
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
pub enum Category {
    Technical,
    Resource,
    Schedule,
    External,
    Security,
    Compliance,
    Customer,
    Financial,
    Quality,
    CrossCultural,
}

/// The planned response.
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
pub enum Strategy {
    Avoid,
    Transfer,
    Mitigate,
    Accept,
    Escalate,
    /// Opportunities: make it happen.
    Exploit,
    /// Opportunities: share with a partner better placed to seize it.
    Share,
    /// Opportunities: raise its probability or impact.
    Enhance,
}

impl Strategy {
    pub fn fits(self, risk_type: RiskType) -> bool {
        match self {
            Strategy::Avoid | Strategy::Transfer | Strategy::Mitigate => {
                risk_type == RiskType::Threat
            }
            Strategy::Exploit | Strategy::Share | Strategy::Enhance => {
                risk_type == RiskType::Opportunity
            }
            Strategy::Accept | Strategy::Escalate => true,
        }
    }
}

/// Where a risk is in the process.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum RiskStatus {
    #[default]
    Open,
    /// Response in place, being watched.
    Monitoring,
    /// It happened: now an issue.
    Occurred,
    Closed,
}

impl RiskStatus {
    pub fn is_open(self) -> bool {
        self != RiskStatus::Closed
    }
}

/// A response action.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub description: At<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ref>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<At<Date>>,
    /// The day the action was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<At<Date>>,
}

/// A past assessment of the risk.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessed {
    pub date: At<Date>,
    pub probability: At<u8>,
    pub impact: At<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The task or milestone a risk threatens (of the risk's project).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Affects {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Ref>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<Ref>,
}

/// A risk: kind `Risk`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Risk")]
pub struct Risk {
    /// Always `Risk`.
    #[schemars(extend("const" = "Risk"))]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    pub id: Id,
    pub title: At<String>,
    /// The project the risk belongs to (or give `program`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<Ref>,
    /// The program the risk belongs to, for program-level risks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<Ref>,
    /// threat (default) or opportunity.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub risk_type: Option<At<RiskType>>,
    pub category: At<Category>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<At<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<At<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<At<String>>,
    /// On the probability scale of pmo.toml (1 = rare).
    pub probability: At<u8>,
    /// On the impact scale of pmo.toml (1 = negligible).
    pub impact: At<u8>,
    /// Money lost (threat) or gained (opportunity) if it happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_impact: Option<At<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ref>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<At<Strategy>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<At<RiskStatus>>,
    pub identified: At<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<At<Date>>,
    /// The day the risk was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<At<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affects: Option<Affects>,
    /// Past assessments, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Assessed>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

impl Risk {
    pub fn risk_type(&self) -> RiskType {
        self.risk_type
            .as_ref()
            .map_or(RiskType::Threat, |t| t.value)
    }
    pub fn status(&self) -> RiskStatus {
        self.status.as_ref().map_or(RiskStatus::Open, |s| s.value)
    }
    pub fn score(&self) -> u32 {
        u32::from(self.probability.value) * u32::from(self.impact.value)
    }
}

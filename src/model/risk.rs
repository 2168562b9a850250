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
    /// A threat: harms the objectives if it happens (the default).
    #[default]
    Threat,
    /// An opportunity: helps the objectives if it happens.
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
    /// Technology: failures, defects, complexity.
    Technical,
    /// People, material and money: shortages, turnover.
    Resource,
    /// Dates: delays, dependencies late.
    Schedule,
    /// The environment: suppliers, regulation, events.
    External,
    /// Information security.
    Security,
    /// Laws, contracts and standards.
    Compliance,
    /// The customer: demands, changes, acceptance.
    Customer,
    /// Money: budget, payments, exchange rates.
    Financial,
    /// Quality of the service or the deliverables.
    Quality,
    /// Cross-cultural communication (offshore BPO).
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
    /// Threats: change the plan so it cannot happen.
    Avoid,
    /// Threats: hand it to a party that bears it (insurance, contract).
    Transfer,
    /// Threats: lower its probability or impact.
    Mitigate,
    /// Either kind: take it as it comes, with a reserve.
    Accept,
    /// Either kind: it is beyond the project; hand it up.
    Escalate,
    /// Opportunities: make it happen.
    Exploit,
    /// Opportunities: share with a partner better placed to seize it.
    Share,
    /// Opportunities: raise its probability or impact.
    Enhance,
}

impl Strategy {
    /// Whether the strategy applies to a risk of this type.
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
    /// Identified, no response in place yet (the default).
    #[default]
    Open,
    /// Response in place, being watched.
    Monitoring,
    /// It happened: now an issue.
    Occurred,
    /// No longer a risk.
    Closed,
}

impl RiskStatus {
    /// Whether the risk still needs watching (any status but closed).
    pub fn is_open(self) -> bool {
        self != RiskStatus::Closed
    }
}

/// A response action.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// What is to be done.
    pub description: At<String>,
    /// Who does it (a person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ref>,
    /// When it is due.
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
    /// The day of the assessment.
    pub date: At<Date>,
    /// The probability then, on the probability scale.
    pub probability: At<u8>,
    /// The impact then, on the impact scale.
    pub impact: At<u8>,
    /// Why it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The task or milestone a risk threatens (of the risk's project).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Affects {
    /// The task threatened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Ref>,
    /// The milestone threatened.
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
    /// The version of the document format it was written for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    /// The risk's id, unique among risks.
    pub id: Id,
    /// The risk in a few words.
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
    /// Where the risk comes from.
    pub category: At<Category>,
    /// What gives rise to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<At<String>>,
    /// What may happen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<At<String>>,
    /// What it does to the objectives if it happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<At<String>>,
    /// On the probability scale of pmo.toml (1 = rare).
    pub probability: At<u8>,
    /// On the impact scale of pmo.toml (1 = negligible).
    pub impact: At<u8>,
    /// Money lost (threat) or gained (opportunity) if it happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_impact: Option<At<f64>>,
    /// Who manages the risk (a person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ref>,
    /// The planned response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<At<Strategy>>,
    /// The response actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Where the risk is in the process (open when none is given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<At<RiskStatus>>,
    /// The day the risk was identified.
    pub identified: At<Date>,
    /// The day the risk is next reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<At<Date>>,
    /// The day the risk was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<At<Date>>,
    /// The task or milestone of the project it threatens.
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
    /// Threat or opportunity; threat when none is given.
    pub fn risk_type(&self) -> RiskType {
        self.risk_type
            .as_ref()
            .map_or(RiskType::Threat, |t| t.value)
    }
    /// The status; open when none is given.
    pub fn status(&self) -> RiskStatus {
        self.status.as_ref().map_or(RiskStatus::Open, |s| s.value)
    }
    /// Probability times impact.
    pub fn score(&self) -> u32 {
        // Two u8 levels: at most 255 x 255, far inside u32.
        u32::from(self.probability.value).saturating_mul(u32::from(self.impact.value))
    }
}

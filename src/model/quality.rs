//! What a project keeps about its quality as seen by the customer and by
//! the people it must keep informed: customer satisfaction surveys
//! (客户满意度评估, IT outsourcing operations; key-account IT project
//! management) and the communication plan with the dates each entry was
//! held (沟通计划: 沟通渠道, 沟通频率, 沟通内容).
//!
//! Both are lists on the project rather than documents of their own: a
//! survey and a plan entry belong to one project, are a few lines each,
//! and are read with the project (as its KPI actuals and ledger are).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::domain::Measure;
use super::{At, Date, Id, Ref};

/// The range a survey's score is given on (`{min: 1, max: 5}`, `{min: 0,
/// max: 10}`...).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    #[serde(deserialize_with = "Measure::one")]
    #[schemars(with = "Measure")]
    /// The lowest score.
    pub min: At<f64>,
    #[serde(deserialize_with = "Measure::one")]
    #[schemars(with = "Measure")]
    /// The highest score.
    pub max: At<f64>,
}

/// One customer satisfaction survey of the project.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    /// When the survey closed.
    pub date: At<Date>,
    /// The customer surveyed (an id from the program's customers); the
    /// project's own customer when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Ref>,
    /// The score, on `scale`.
    #[serde(deserialize_with = "Measure::one")]
    #[schemars(with = "Measure")]
    pub score: At<f64>,
    /// The range the score is given on.
    pub scale: Scale,
    /// How many people answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondents: Option<At<u32>>,
    /// What the customer said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<At<String>>,
}

impl Survey {
    /// The score as a percentage of its scale (0 at `min`, 100 at `max`);
    /// None when the scale is empty or reversed.
    pub fn percent(&self) -> Option<f64> {
        let (min, max) = (self.scale.min.value, self.scale.max.value);
        (max > min).then(|| (self.score.value - min) / (max - min) * 100.0)
    }
}

/// How often a communication entry is due.
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
pub enum Cadence {
    /// Every week.
    Weekly,
    /// Every month.
    Monthly,
    /// Every quarter.
    Quarterly,
}

impl Cadence {
    /// The longest gap, in calendar days, between two occurrences that is
    /// still on time: a week, the longest month, the longest quarter.
    pub fn allowed_days(self) -> i64 {
        match self {
            Cadence::Weekly => 7,
            Cadence::Monthly => 31,
            Cadence::Quarterly => 92,
        }
    }
}

/// One entry of the communication plan: who is told what, how, how often,
/// by whom, and the dates it was held (status reports sent, reviews met).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Communication {
    /// The entry's id, e.g. `weekly-status`.
    pub id: Id,
    /// Who is told (the customer, the PMO, the team, top management...).
    pub audience: At<String>,
    /// What they are told (status report, progress review...).
    pub what: At<String>,
    /// How often: weekly, monthly or quarterly.
    pub every: At<Cadence>,
    /// How (e-mail, meeting, portal...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<At<String>>,
    /// Who sends or holds it (person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ref>,
    /// The dates it was held, in any order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<At<Date>>,
}

impl Communication {
    /// The latest date it was held.
    pub fn last_held(&self) -> Option<Date> {
        self.held.iter().map(|d| d.value).max()
    }
}

/// A quality standard the project's work is held to (质量标准).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QualityStandard {
    /// The standard's id, cited by checks.
    pub id: Id,
    /// What is held to the standard.
    pub what: At<String>,
    /// The level to reach, as written (`95 % of endpoints patched in 14 days`).
    pub target: At<String>,
}

/// A check's outcome.
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
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum CheckResult {
    /// The standard was met.
    Pass,
    /// It was not.
    Fail,
}

/// One quality check (质量检查) against a standard.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QualityCheck {
    /// The day of the check.
    pub date: At<Date>,
    /// The standard checked (an id from `standards`).
    pub standard: Ref,
    /// Whether the standard was met.
    pub result: At<CheckResult>,
    /// What was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<At<String>>,
    /// For a failed check: what is done about it (质量改进).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<At<String>>,
}

/// The project's quality control plan: its standards and the checks made.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quality {
    /// The standards the work is held to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standards: Vec<QualityStandard>,
    /// The checks made against them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<QualityCheck>,
}

//! Person: someone who can be put on a project team or own work.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::domain::{Fte, Rate, WeekHours};
use super::{At, Date, Id};

/// A stretch of days a person is away (leave, training, public duty).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DaysOff {
    /// First day off.
    pub from: At<Date>,
    /// Last day off, inclusive; defaults to `from`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<At<Date>>,
    /// Why the person is away (leave, training...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl DaysOff {
    /// The last day off: `to`, or `from` for a single day.
    pub fn last(&self) -> Date {
        self.to.as_ref().map_or(self.from.value, |t| t.value)
    }
}

/// A person: kind `Person`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Person")]
pub struct Person {
    /// Always `Person`.
    #[schemars(extend("const" = "Person"))]
    pub kind: String,
    /// The version of the document format it was written for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    /// The person's id, unique among people; teams, owners and reviews
    /// name the person by it.
    pub id: Id,
    /// The person's name as shown in reports.
    pub name: At<String>,
    /// Roles this person can fill, e.g. project-manager, network-engineer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<At<String>>,
    /// Working hours a week at full availability (defaults to the calendar's
    /// hours_per_day times working days).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "WeekHours::opt"
    )]
    #[schemars(with = "Option<WeekHours>")]
    pub hours_per_week: Option<At<f64>>,
    /// Share of a full-time position, 0 to 1 (scales hours_per_week).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Fte::opt"
    )]
    #[schemars(with = "Option<Fte>")]
    pub fte: Option<At<f64>>,
    /// Leave, training and other days the person is not available.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days_off: Vec<DaysOff>,
    /// Cost per hour, in the repository's currency.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Rate::opt"
    )]
    #[schemars(with = "Option<Rate>")]
    pub cost_rate: Option<At<f64>>,
    /// Skills the person brings, e.g. cisco, itil, sql.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<At<String>>,
    /// Department the person is staffed from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<At<String>>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

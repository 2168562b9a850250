//! Change request (需求变更, seed 003; 调整计划, seed 002): what a change
//! moves in a project (its scope, its baseline dates, its budget), why,
//! its impact, and who decided it and when. Approved changes are the only
//! legitimate way to move a baseline or a budget (rules D001, D002).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::domain::Money;
use super::{At, Date, Id, Ref};

/// Where a change request stands.
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
pub enum ChangeStatus {
    /// Raised, not decided yet.
    Proposed,
    /// Decided: the change holds; its `after` values are the new baseline.
    Approved,
    /// Decided: the change does not happen.
    Rejected,
}

/// A date before and after the change.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateShift {
    /// The date as it stood (optional: the agreed baseline says it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<At<Date>>,
    /// The date once the change is made.
    pub after: At<Date>,
}

/// An amount before and after the change.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MoneyShift {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Money::opt"
    )]
    #[schemars(with = "Option<Money>")]
    /// The amount as it stood (optional: the agreed budget says it).
    pub before: Option<At<f64>>,
    /// The amount once the change is made.
    #[serde(deserialize_with = "Money::one")]
    #[schemars(with = "Money")]
    pub after: At<f64>,
}

/// The scope before and after the change, in words.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScopeShift {
    /// The scope as it stood.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<At<String>>,
    /// The scope once the change is made.
    pub after: At<String>,
}

/// A change request: kind `Change`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Change")]
pub struct Change {
    /// Always `Change`.
    #[schemars(extend("const" = "Change"))]
    pub kind: String,
    /// Format version of this document (defaults to `format` in pmo.toml).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    /// The change request's id, e.g. `CR-2026-014`.
    pub id: Id,
    /// What the change is, in a line.
    pub title: At<String>,
    /// The project it changes (a project id).
    pub project: Ref,
    /// Who asked for it (person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_by: Option<Ref>,
    /// The day it was raised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_on: Option<At<Date>>,
    /// Why the change is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<At<String>>,
    /// Its impact on schedule, cost, quality and the other projects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<At<String>>,
    /// The scope before and after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<ScopeShift>,
    /// The project's baseline start before and after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<DateShift>,
    /// The project's baseline end before and after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<DateShift>,
    /// The project's budget (`budget.planned`) before and after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<MoneyShift>,
    /// proposed, approved or rejected.
    pub status: At<ChangeStatus>,
    /// Who decided (person id); in a multi-type program, the PMO or the
    /// IT-service director.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<Ref>,
    /// The day it was approved or rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<At<Date>>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

impl Change {
    /// Whether the change was approved (the only way to move a baseline).
    pub fn is_approved(&self) -> bool {
        self.status.value == ChangeStatus::Approved
    }
}

/// A project's agreed baseline: start, end and budget, as one revision
/// of the repository states them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AgreedProject {
    /// The agreed baseline start.
    pub start: Option<Date>,
    /// The agreed baseline end.
    pub end: Option<Date>,
    /// The agreed budget.
    pub budget: Option<f64>,
}

/// What the baseline revision (`[baseline]` in pmo.toml) agreed for each
/// project, when a run reads one.
#[derive(Clone, Debug, Default)]
pub struct Agreed {
    /// The revision, as `[baseline]` names it.
    pub revision: String,
    /// Per project id, what that revision agreed.
    pub projects: std::collections::HashMap<String, AgreedProject>,
}

impl Agreed {
    /// Each project's baseline in `portfolio` (the revision's): its
    /// `baseline` dates where stated, else its own dates, and its budget.
    pub fn of(revision: String, portfolio: &super::Portfolio) -> Agreed {
        let projects = portfolio
            .projects
            .iter()
            .map(|p| {
                let b = p.baseline.as_ref();
                let agreed = AgreedProject {
                    start: Some(b.and_then(|b| b.start.as_ref()).unwrap_or(&p.start).value),
                    end: Some(b.and_then(|b| b.end.as_ref()).unwrap_or(&p.end).value),
                    budget: p.budget.as_ref().map(|x| x.planned.value),
                };
                (p.id.value.clone(), agreed)
            })
            .collect();
        Agreed { revision, projects }
    }
}

//! Project: one unit of delivery inside a program, with its team, plan,
//! KPIs and SLAs, budget and closure (ITO project operations; key-account IT project management; BPO project management).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::closure::Closure;
use super::domain::{Duration, Effort, Lag, Measure, Money, Percent, Priority};
use super::ledger::{Nature, Service, Spend};
use super::program::Goal;
use super::{At, Date, Id, Period, Ref};

/// Where a project is in its life.
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
pub enum ProjectStatus {
    /// Proposed, not yet approved.
    Proposed,
    /// Approved and planned, not started.
    Planned,
    /// Running.
    Active,
    /// Paused: no work is placed while on hold.
    OnHold,
    /// Finished and accepted.
    Closed,
    /// Stopped before it finished.
    Cancelled,
}

impl ProjectStatus {
    /// Closed and cancelled projects carry no more work or open risks.
    pub fn is_finished(self) -> bool {
        matches!(self, ProjectStatus::Closed | ProjectStatus::Cancelled)
    }
}

/// Planned dates kept from the approved plan, to measure slip against.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The approved start date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<At<Date>>,
    /// The approved end date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<At<Date>>,
}

/// A person on the project team.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    /// The member (a person id).
    pub person: Ref,
    /// What the member does on this project, e.g. network-engineer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<At<String>>,
    /// Share of the person's capacity booked by this project, in percent
    /// (default 100).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Percent::opt"
    )]
    #[schemars(with = "Option<Percent>")]
    pub allocation: Option<At<f64>>,
    /// First day on the team (default: project start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<At<Date>>,
    /// Last day on the team (default: project end).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<At<Date>>,
}

impl TeamMember {
    /// The allocation in percent, 100 when none is given.
    pub fn allocation_percent(&self) -> f64 {
        self.allocation.as_ref().map_or(100.0, |a| a.value)
    }
}

/// How a dependency links its predecessor to the work that needs it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LinkType {
    /// Finish-to-start: starts after the predecessor finishes (default).
    #[default]
    Fs,
    /// Start-to-start: starts after the predecessor starts.
    Ss,
    /// Finish-to-finish: finishes after the predecessor finishes.
    Ff,
}

/// A predecessor of a task or milestone: a task or milestone of this
/// project, or a milestone (or task) of another project.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dependency {
    /// Another project's id; omit for this project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<Ref>,
    /// The predecessor task (an id in the named project).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Ref>,
    /// The predecessor milestone (an id in the named project).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<Ref>,
    /// fs (default), ss or ff: how the predecessor constrains the work.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub link: Option<At<LinkType>>,
    /// Working days to wait after the predecessor (negative for lead).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Lag::opt"
    )]
    #[schemars(with = "Option<Lag>")]
    pub lag: Option<At<i32>>,
}

impl Dependency {
    /// The link type, finish-to-start when none is given.
    pub fn link_type(&self) -> LinkType {
        self.link.as_ref().map_or(LinkType::Fs, |l| l.value)
    }
    /// The lag in working days, 0 when none is given.
    pub fn lag_days(&self) -> i32 {
        self.lag.as_ref().map_or(0, |l| l.value)
    }
}

/// A unit of work with one owner.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// The task's id, unique within the project.
    pub id: Id,
    /// What the work is, as shown in the plan.
    pub name: At<String>,
    /// The one person who owns the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ref>,
    /// Role the work needs, when nobody is assigned yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<At<String>>,
    /// Fixed start date (otherwise scheduled from dependencies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<At<Date>>,
    /// Fixed end date (otherwise start + duration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<At<Date>>,
    /// Length in working days.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Duration::opt"
    )]
    #[schemars(with = "Option<Duration>")]
    pub duration: Option<At<f64>>,
    /// Work in person-hours.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Effort::opt"
    )]
    #[schemars(with = "Option<Effort>")]
    pub effort: Option<At<f64>>,
    /// The tasks and milestones that must come first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<Dependency>,
    /// Percent complete, 0 to 100.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Percent::opt"
    )]
    #[schemars(with = "Option<Percent>")]
    pub progress: Option<At<f64>>,
    /// The dates of the approved plan, to measure slip against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// Where the task sits in the work breakdown: the names of the groups
    /// (summary tasks) that hold it, outermost first. Groups only arrange
    /// the plan; they are not scheduled themselves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group: Vec<At<String>>,
}

impl Task {
    /// The progress in percent, 0 when none is given.
    pub fn progress_percent(&self) -> f64 {
        self.progress.as_ref().map_or(0.0, |p| p.value)
    }
}

/// A milestone: a dated checkpoint with no duration.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// The milestone's id, unique within the project.
    pub id: Id,
    /// What is reached, as shown in the plan.
    pub name: At<String>,
    /// The day it is due.
    pub due: At<Date>,
    /// The originally planned date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<At<Date>>,
    /// Whether the milestone has been reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<At<bool>>,
    /// The day it was reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<At<Date>>,
    /// The tasks and milestones that must come first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<Dependency>,
    /// The groups (summary tasks) that hold it, outermost first; see
    /// [`Task::group`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group: Vec<At<String>>,
}

impl Milestone {
    /// Whether it is reached: `done: true` or a `done_on` date.
    pub fn is_done(&self) -> bool {
        self.done.as_ref().is_some_and(|d| d.value) || self.done_on.is_some()
    }
}

/// Whether a larger or a smaller measurement is better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Better {
    /// A larger value is better (the default).
    #[default]
    Higher,
    /// A smaller value is better.
    Lower,
}

/// One measured value of a KPI.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actual {
    /// The period measured.
    pub period: At<Period>,
    /// The value measured, in the KPI's unit.
    #[serde(deserialize_with = "Measure::one")]
    #[schemars(with = "Measure")]
    pub value: At<f64>,
    /// What explains the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A KPI or SLA target with its measured actuals.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    /// The KPI's id, unique within the project.
    pub id: Id,
    /// What is measured.
    pub name: At<String>,
    /// The unit of the target and the actuals, e.g. `%` or `h`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The value to reach (or stay under, when lower is better).
    #[serde(deserialize_with = "Measure::one")]
    #[schemars(with = "Measure")]
    pub target: At<f64>,
    /// higher (default) or lower is better.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<At<Better>>,
    /// True when the target is contractual (an SLA), not only internal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sla: Option<bool>,
    /// The values measured, one per period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actuals: Vec<Actual>,
}

impl Kpi {
    /// Whether higher or lower is better; higher when none is given.
    pub fn better(&self) -> Better {
        self.better.as_ref().map_or(Better::Higher, |b| b.value)
    }
    /// Whether `value` meets the target.
    pub fn is_met(&self, value: f64) -> bool {
        match self.better() {
            Better::Higher => value >= self.target.value,
            Better::Lower => value <= self.target.value,
        }
    }
}

/// Money planned and spent.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Budget at completion (BAC).
    #[serde(deserialize_with = "Money::one")]
    #[schemars(with = "Money")]
    pub planned: At<f64>,
    /// Spent to date, undated: the actual cost (AC) when the project keeps
    /// no ledger (`actuals`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Money::opt"
    )]
    #[schemars(with = "Option<Money>")]
    pub actual: Option<At<f64>>,
    /// Contingency reserve for risks.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Money::opt"
    )]
    #[schemars(with = "Option<Money>")]
    pub reserve: Option<At<f64>>,
    /// The budget as approved at baseline: earned value's BAC when given
    /// (else `planned`). Taken from the baseline revision's `baseline`,
    /// else its `planned`, when pmo.toml names one and this is not set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Money::opt"
    )]
    #[schemars(with = "Option<Money>")]
    pub baseline: Option<At<f64>>,
    /// The currency of the amounts, when not the repository's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// Another project's milestone this project needs by a date.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectDependency {
    /// The other project.
    pub project: Ref,
    /// The milestone of the other project.
    pub milestone: Ref,
    /// The day this project needs the milestone reached.
    pub needed_by: At<Date>,
    /// Why it is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A project: kind `Project`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Project")]
pub struct Project {
    /// Always `Project`.
    #[schemars(extend("const" = "Project"))]
    pub kind: String,
    /// The version of the document format it was written for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    /// The project's id, unique among projects.
    pub id: Id,
    /// The project's name as shown in reports.
    pub name: At<String>,
    /// The program this project belongs to.
    pub program: Ref,
    /// The customer served (an id from the program's customers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Ref>,
    /// The IT-service business delivered (an id from the program's businesses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business: Option<Ref>,
    /// The one project manager (person id).
    pub manager: Ref,
    /// 1 (highest) to 5 (lowest); used to settle resource conflicts.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Priority::opt"
    )]
    #[schemars(with = "Option<Priority>")]
    pub priority: Option<At<u8>>,
    /// Where the project is in its life.
    pub status: At<ProjectStatus>,
    /// The planned start date.
    pub start: At<Date>,
    /// The planned end date.
    pub end: At<Date>,
    /// The approved start and end, to measure slip against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// The people on the team, with their allocation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<TeamMember>,
    /// SMART goals with measurable targets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// The ids of the program goals this project serves (strategic
    /// alignment: a project should serve at least one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves: Vec<Ref>,
    /// KPIs and SLAs with their measured values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    /// The budget and what was spent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// service, delivery or both (default: see [`Project::nature`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nature: Option<At<Nature>>,
    /// The service contract: its monthly run-rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
    /// The ledger: cost and hours booked per period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actuals: Vec<Spend>,
    /// Dated checkpoints.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// The work breakdown: tasks with owners, dates and effort.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// Milestones of other projects this project needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dependencies: Vec<ProjectDependency>,
    /// How the project was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closure: Option<Closure>,
    /// Customer satisfaction surveys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub satisfaction: Vec<super::Survey>,
    /// The communication plan: who is told what, how often, and when it
    /// was held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub communication: Vec<super::Communication>,
    /// Quality standards and the checks made against them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<super::Quality>,
    /// What the project is for, in a few sentences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<At<String>>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

impl Project {
    /// The priority, 3 (middle) when none is given.
    pub fn priority_level(&self) -> u8 {
        self.priority.as_ref().map_or(3, |p| p.value)
    }
    /// The task with this id.
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.id.value == id)
    }
    /// The milestone with this id.
    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id.value == id)
    }
    /// The team member who is this person.
    pub fn member(&self, person: &str) -> Option<&TeamMember> {
        self.team.iter().find(|m| m.person.value == person)
    }
    /// What the project is: its `nature` when given; otherwise a project
    /// with a `service` contract is a service, or both when it also has
    /// tasks; any other project is delivery.
    pub fn nature(&self) -> Nature {
        match (&self.nature, &self.service) {
            (Some(n), _) => n.value,
            (None, Some(_)) if self.tasks.is_empty() => Nature::Service,
            (None, Some(_)) => Nature::Both,
            (None, None) => Nature::Delivery,
        }
    }
}

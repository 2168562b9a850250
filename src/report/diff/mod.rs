//! `pmo diff`: what changed between two states of the portfolio, as a PMO
//! reads it. Each side is the existing reports (overview, plan, risk)
//! computed as of that side's own date; this module only compares their
//! figures, never recomputes them. Every change is one [`Change`] row, so
//! JSON, CSV and the PR comment (worst news first) share one list.

mod compare;
pub mod view;

use serde::Serialize;

use crate::model::{Date, Portfolio};
use crate::report::Meta;
use crate::report::overview::OverviewReport;
use crate::report::plan::PlanReport;
use crate::report::risk::RiskReport;

/// One side of the comparison: the reports of one revision.
pub struct Snapshot<'a> {
    pub revision: Revision,
    pub portfolio: &'a Portfolio,
    /// The side's one analysis (its working days count moves).
    pub analysis: &'a crate::analysis::Analysis,
    pub overview: &'a OverviewReport,
    pub plan: &'a PlanReport,
    pub risk: &'a RiskReport,
    pub assessment: &'a crate::report::assessment::AssessmentReport,
}

/// Which state a side is.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Revision {
    /// As given: `HEAD`, a tag, a date, or `working tree`.
    pub name: String,
    /// The commit, 7 hex digits; none for the working tree.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// The date the side's reports were computed as of.
    pub as_of: Date,
}

/// A finding introduced or fixed between the sides.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct FindingNote {
    pub code: String,
    pub path: String,
    pub message: String,
}

/// What kind of news a change is; `--fail-on` names these, JSON and CSV
/// write the same kebab-case name.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    clap::ValueEnum,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ChangeKind {
    ProjectAdded,
    ProjectRemoved,
    ProjectClosed,
    RagWorse,
    RagBetter,
    MilestoneMoved,
    MilestoneReached,
    MilestoneOverdue,
    FinishMoved,
    CriticalPathChanged,
    PercentComplete,
    Spi,
    Cpi,
    Budget,
    Actual,
    Forecast,
    RiskOpened,
    RiskClosed,
    RiskRescored,
    RiskAboveTolerance,
    OverCapacity,
    CapacityRelieved,
    AssessmentNew,
    ReviewNew,
    FindingIntroduced,
    FindingFixed,
}

/// How the news reads for the portfolio; the order is the reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum News {
    Bad,
    Watch,
    Good,
    Info,
}

/// Which part of a project's status a status change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Aspect {
    Schedule,
    Cost,
    Risk,
    Resources,
}

/// Why, as data; the views put it in words in the report's language, the
/// JSON and CSV in English.
#[derive(Clone, Debug, Default, PartialEq, schemars::JsonSchema)]
#[schemars(with = "String")]
pub enum Detail {
    #[default]
    None,
    /// A date moved by this many working days.
    WorkingDays(i64),
    /// Why a status turned worse.
    Reasons(Vec<crate::report::reason::Reason>),
    /// A risk's score reached its tolerance.
    AboveTolerance { score: u32, tolerance: u32 },
    /// Items on the critical path that were not before.
    NewlyCritical(usize),
    /// A 360-degree review's period and manager.
    ReviewOf { period: String, manager: String },
    /// A finding's own message.
    Finding(String),
    /// The projects a person is over capacity on.
    Projects(Vec<String>),
    /// An open risk whose document is gone.
    Removed,
}

impl Detail {
    pub fn is_none(&self) -> bool {
        *self == Detail::None
    }
}

impl Serialize for Detail {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.words(crate::model::Lang::En))
    }
}

/// One change.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Change {
    pub kind: ChangeKind,
    pub news: News,
    /// The project the change is about, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// The thing that changed: a project, milestone, risk, person or rule code.
    pub item: String,
    pub name: String,
    /// The part of the status a `rag-worse` or `rag-better` is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aspect: Option<Aspect>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub then: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub now: Option<String>,
    /// Now minus then, for numbers and dates (working days).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta: Option<f64>,
    /// Why, in English words, e.g. the reasons a status turned red.
    #[serde(skip_serializing_if = "Detail::is_none")]
    pub detail: Detail,
}

/// The `pmo diff` JSON.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct DiffReport {
    pub meta: Meta,
    pub from: Revision,
    pub to: Revision,
    /// Worst news first.
    pub changes: Vec<Change>,
}

impl DiffReport {
    /// Whether any change is of one of `kinds`.
    pub fn has_any(&self, kinds: &[ChangeKind]) -> bool {
        self.changes.iter().any(|c| kinds.contains(&c.kind))
    }
}

/// Compares two snapshots; `introduced` and `fixed` are the findings that
/// appeared and went away.
pub fn compute(
    from: &Snapshot<'_>,
    to: &Snapshot<'_>,
    introduced: Vec<FindingNote>,
    fixed: Vec<FindingNote>,
) -> DiffReport {
    let mut changes = Vec::new();
    compare::projects(from, to, &mut changes);
    compare::milestones(from, to, &mut changes);
    compare::figures(from, to, &mut changes);
    compare::risks(from, to, &mut changes);
    compare::capacity(from, to, &mut changes);
    compare::critical_paths(from, to, &mut changes);
    compare::assessments(from, to, &mut changes);
    compare::reviews(from, to, &mut changes);
    compare::findings(introduced, fixed, &mut changes);
    changes.sort_by(|a, b| {
        (a.news, a.kind, &a.project, &a.item).cmp(&(b.news, b.kind, &b.project, &b.item))
    });
    DiffReport {
        meta: Meta::new(
            "diff",
            to.revision.as_of,
            to.portfolio.settings.name.as_deref(),
        ),
        from: from.revision.clone(),
        to: to.revision.clone(),
        changes,
    }
}

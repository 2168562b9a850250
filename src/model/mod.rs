//! The domain model: the typed, immutable picture of a program repository.
//!
//! One module per kind of document. Every value a finding may point at is
//! wrapped in [`At`], which carries its file, line and column.

// Every public item documented in domain words: the JSON Schemas take
// their descriptions from these docs.
#![warn(missing_docs)]
// Repository numbers pass through here (ids, dates, periods, positions,
// counts): no silent overflow, truncation or out-of-bounds panic. Use
// checked or saturating arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

mod allow;
mod assessment;
mod at;
mod change;
mod closure;
mod documents;
pub mod domain;
mod evaluation;
mod key;
mod ledger;
mod person;
mod portfolio;
mod program;
mod project;
mod quality;
mod review;
mod risk;
mod settings;
mod time;

pub use allow::Allowance;
pub use assessment::{Assessment, Dimension, DimensionScore, DimensionScores};
pub use at::{At, FileId, Loc};
pub(crate) use at::{locate, with_origin};
pub use change::{Agreed, AgreedProject, Change, ChangeStatus, DateShift, MoneyShift, ScopeShift};
pub use closure::{Closure, Lesson};
pub use documents::{Doc, Documents};
pub use evaluation::{Aspect, AspectScores, Evaluation};
pub use key::Key;
pub use ledger::{Nature, Service, Spend, Work};
pub use person::{DaysOff, Person};
pub use portfolio::{Duplicate, Kind, Portfolio};
pub use program::{
    Benefit, Business, Customer, CustomerTier, Goal, Leadership, Measurement, PmoModel, Program,
    ProgramType, Stage,
};
pub use project::{
    Actual, Baseline, Better, Budget, Dependency, Kpi, LinkType, Milestone, Project,
    ProjectDependency, ProjectStatus, Task, TeamMember,
};
pub use quality::{
    Cadence, CheckResult, Communication, Quality, QualityCheck, QualityStandard, Scale, Survey,
};
pub use review::{Competency, CompetencyScores, Rating, Relation, Review};
pub use risk::{Action, Affects, Assessed, Category, Risk, RiskStatus, RiskType, Strategy};
pub use settings::{
    AssessmentSettings, Band, Calendar, EacMethod, FORMAT_VERSION, Lang, LoadSettings,
    PlanSettings, ResourceSettings, ReviewSettings, RiskSettings, RuleLevel, Scales, Settings,
    Weekday,
};
pub use time::{Date, Period, week_of};

/// An id that names a thing (unique per kind across the repository).
pub type Id = At<String>;
/// A reference to another thing by its id.
pub type Ref = At<String>;

//! `pmo report risk`: the PMO's one risk process as a report (seeds 001,
//! 002, 004): every risk scored on the scales of `pmo.toml`, banded,
//! checked against the tolerance and escalated to the program's leadership,
//! its hygiene (overdue reviews and actions, unmanaged high risks, stale
//! risks), its monetary exposure next to the budget reserve, its trend over
//! a window, its proximity to the work it threatens, and breakdowns.
//!
//! Conventions (common practice, ISO 31000 / PMBOK, where the source texts are
//! silent):
//! - score = probability x impact, both on the scales of `pmo.toml`;
//! - threats and opportunities are scored alike but kept apart everywhere;
//! - only risks that are not closed take part in the heat map,
//!   escalations, hygiene, exposure and proximity; the register lists all;
//! - the expected monetary value (EMV) of a risk is `p / P x cost_impact`,
//!   where `P` is the top of the probability scale: level `P` is read as
//!   certain and each level below as an equal step (so on a 5-level scale
//!   1 = 20 %, 3 = 60 %). A level outside the scale is clamped to it.

mod breakdown;
mod escalation;
mod exposure;
mod heatmap;
mod hygiene;
mod proximity;
mod score;
mod summary;
#[cfg(test)]
mod tests;
pub mod tidy;
mod trend;
pub mod view;

use serde::Serialize;

use super::Meta;
use super::scope::Scope;
use crate::analysis::Analysis;
use crate::model::{Category, Date, Portfolio, RiskStatus};

pub use breakdown::{Breakdowns, Bucket, NONE_KEY};
pub use escalation::{Escalation, Recipient, Role, recipients};
pub use exposure::{Exposure, Money, ProgramExposure, ProjectExposure};
pub use heatmap::{HeatMaps, Matrix};
pub use hygiene::{
    Hygiene, Missing, OnClosedProject, OverdueAction, OverdueReview, Stale, Unmanaged,
};
pub use proximity::Proximity;
pub use score::{
    Direction, RiskRow, band_name, direction, emv, last_reviewed, probability_fraction, score,
    score_at,
};
pub use summary::{BandCount, BandInfo, Summary};
pub use trend::{Move, Trend};

/// Days before `--as-of` the trend window starts when `--since` is not given.
pub const DEFAULT_WINDOW_DAYS: i64 = 90;
/// How many risks the "top movers" list keeps.
pub const TOP_MOVERS: usize = 5;

/// What the report covers.
#[derive(Clone, Debug)]
pub struct Options {
    pub scope: Scope,
    pub as_of: Date,
    /// Start of the trend window (default: `as_of` minus 90 days).
    pub since: Option<Date>,
    pub category: Option<Category>,
    /// Only risks owned by this person id.
    pub owner: Option<String>,
    pub status: Option<RiskStatus>,
    /// Only risks scoring at least this.
    pub min_score: Option<u32>,
}

impl Options {
    pub fn new(as_of: Date) -> Options {
        Options {
            scope: Scope::default(),
            as_of,
            since: None,
            category: None,
            owner: None,
            status: None,
            min_score: None,
        }
    }

    pub fn since(&self) -> Date {
        self.since
            .unwrap_or_else(|| self.as_of.add_days(-DEFAULT_WINDOW_DAYS))
    }
}

/// The filters the report was run with, echoed in its JSON.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Filters {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RiskStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_score: Option<u32>,
}

/// The `pmo report risk` JSON.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct RiskReport {
    pub meta: Meta,
    pub filters: Filters,
    /// Start of the trend window.
    pub since: Date,
    pub currency: String,
    /// Levels of the probability scale (1..=N).
    pub probability_levels: u8,
    /// Levels of the impact scale (1..=N).
    pub impact_levels: u8,
    /// The priority bands, lowest first; `rank` 0 is the lowest.
    pub bands: Vec<BandInfo>,
    pub summary: Summary,
    /// Every risk in scope, open ones first, then by score (highest first)
    /// and id.
    pub risks: Vec<RiskRow>,
    pub heatmaps: HeatMaps,
    pub escalations: Vec<Escalation>,
    pub hygiene: Hygiene,
    pub exposure: Exposure,
    pub trend: Trend,
    pub proximity: Vec<Proximity>,
    pub breakdowns: Breakdowns,
}

/// Computes the risk report, taking the critical path from the run's
/// analysis. Each risk is scored once; every section is a function of
/// those rows.
pub fn compute(portfolio: &Portfolio, analysis: &Analysis, opts: &Options) -> RiskReport {
    let settings = &portfolio.settings;
    let (since, as_of) = (opts.since(), opts.as_of);
    let scored = score::score_all(portfolio, opts);
    // The sections that list risks in the order of the repository come
    // before the register is sorted.
    let escalations = escalation::escalations(portfolio, &scored);
    let hygiene = hygiene::hygiene(portfolio, &scored, as_of);
    let exposure = exposure::exposure(portfolio, &opts.scope, &scored);
    let mut trend = trend::trend(&scored, since, as_of);
    let proximity = proximity::proximity(portfolio, &scored, as_of, &analysis.schedule);
    let rows = score::register(scored);
    trend.top_movers = trend::top_movers(&rows);
    let bands = summary::bands(settings);
    let summary = summary::summary(&bands, &rows, &escalations, &hygiene, &exposure);
    RiskReport {
        meta: Meta::new("risk", as_of, settings.name.as_deref()),
        filters: Filters::of(opts),
        since,
        currency: settings.currency.clone(),
        probability_levels: settings.scales.probability,
        impact_levels: settings.scales.impact,
        bands,
        summary,
        heatmaps: heatmap::heatmaps(settings, &rows),
        breakdowns: breakdown::breakdowns(&rows),
        risks: rows,
        escalations,
        hygiene,
        exposure,
        trend,
        proximity,
    }
}

impl Filters {
    fn of(opts: &Options) -> Filters {
        Filters {
            program: opts.scope.program.clone(),
            project: opts.scope.project.clone(),
            category: opts.category,
            owner: opts.owner.clone(),
            status: opts.status,
            min_score: opts.min_score,
        }
    }
}

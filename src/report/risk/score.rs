//! Scoring: every risk in scope scored once (score, band, tolerance, EMV,
//! trend direction), the rows every other section reads.

use serde::Serialize;

use super::Options;
use crate::model::{
    Category, Date, Portfolio, Project, Risk, RiskStatus, RiskType, Settings, Strategy,
};
use crate::report::round2;
use crate::report::scope::Scope;

/// Whether a risk's score went up or down over the trend window.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Direction {
    /// Identified within the window.
    New,
    Rising,
    Falling,
    Steady,
}

/// One risk as the report sees it.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct RiskRow {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
    #[serde(rename = "type")]
    pub risk_type: RiskType,
    pub category: Category,
    pub probability: u8,
    pub impact: u8,
    pub score: u32,
    /// The band of the score; none when it is below every band.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// The tolerance that applies (project, then program, then portfolio).
    pub tolerance: u32,
    /// An open threat at or above the tolerance.
    pub escalate: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strategy: Option<Strategy>,
    pub status: RiskStatus,
    pub open: bool,
    pub identified: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_review: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// The last time the risk was assessed: its newest history entry, or
    /// the day it was identified.
    pub last_reviewed: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_impact: Option<f64>,
    /// Expected monetary value: probability as a fraction x cost impact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emv: Option<f64>,
    /// The score at the start of the trend window (none if identified after it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_then: Option<u32>,
    pub direction: Direction,
    /// Score now minus score then (0 for new risks).
    pub change: i64,
}

/// A risk in scope, scored once; the sections read these, in the order of
/// the repository.
pub struct Scored<'a> {
    pub risk: &'a Risk,
    /// The project the risk belongs to, when it names one that resolves.
    pub project: Option<&'a Project>,
    /// The EMV before rounding, which the exposure sums.
    pub emv: Option<f64>,
    pub row: RiskRow,
}

impl Scored<'_> {
    /// Open and at or above the tolerance, threat or opportunity: it needs
    /// an owner and a response.
    pub fn high(&self) -> bool {
        self.row.open && self.row.score >= self.row.tolerance
    }
}

/// Score of a risk: probability x impact.
pub fn score(probability: u8, impact: u8) -> u32 {
    u32::from(probability) * u32::from(impact)
}

/// The band name of a score.
pub fn band_name(settings: &Settings, score: u32) -> Option<&str> {
    Settings::band_of(&settings.risk.bands, f64::from(score)).map(|b| b.name.as_str())
}

/// Probability level as a fraction: `p / P`, clamped to 0..=1.
pub fn probability_fraction(probability: u8, levels: u8) -> f64 {
    if levels == 0 {
        return 0.0;
    }
    (f64::from(probability) / f64::from(levels)).clamp(0.0, 1.0)
}

/// Expected monetary value; non-finite cost impacts count as unpriced.
pub fn emv(probability: u8, levels: u8, cost_impact: Option<f64>) -> Option<f64> {
    let cost = cost_impact.filter(|c| c.is_finite())?;
    Some(probability_fraction(probability, levels) * cost)
}

/// The score at `date` from a risk's history: the newest assessment on or
/// before it; if the history starts later, its first entry (the earliest
/// known assessment); with no history, the current score. `None` when the
/// risk was identified after `date`.
pub fn score_at(risk: &Risk, date: Date) -> Option<u32> {
    if risk.identified.value > date {
        return None;
    }
    let on_or_before = risk
        .history
        .iter()
        .filter(|h| h.date.value <= date)
        .max_by_key(|h| h.date.value);
    let earliest = risk.history.iter().min_by_key(|h| h.date.value);
    Some(match on_or_before.or(earliest) {
        Some(h) => score(h.probability.value, h.impact.value),
        None => risk.score(),
    })
}

/// The last day the risk was assessed.
pub fn last_reviewed(risk: &Risk) -> Date {
    risk.history
        .iter()
        .map(|h| h.date.value)
        .chain(std::iter::once(risk.identified.value))
        .max()
        .unwrap_or(risk.identified.value)
}

/// The direction of a risk over the window starting `since`.
pub fn direction(risk: &Risk, since: Date) -> (Option<u32>, Direction, i64) {
    if risk.identified.value > since {
        return (None, Direction::New, 0);
    }
    let now = risk.score();
    let then = score_at(risk, since).unwrap_or(now);
    let change = i64::from(now) - i64::from(then);
    let dir = match change {
        c if c > 0 => Direction::Rising,
        c if c < 0 => Direction::Falling,
        _ => Direction::Steady,
    };
    (Some(then), dir, change)
}

/// The project and program a risk belongs to.
fn home<'a>(portfolio: &'a Portfolio, risk: &Risk) -> (Option<&'a Project>, Option<String>) {
    let project = risk
        .project
        .as_ref()
        .and_then(|p| portfolio.project(&p.value));
    let program = project
        .map(|p| p.program.value.clone())
        .or_else(|| risk.program.as_ref().map(|p| p.value.clone()));
    (project, program)
}

fn in_scope(scope: &Scope, risk: &Risk, project: Option<&Project>, program: Option<&str>) -> bool {
    if scope.program.is_none() && scope.project.is_none() {
        return true;
    }
    match project {
        Some(p) => scope.includes_project(p),
        // Program-level risks belong to no project.
        None => {
            scope.project.is_none()
                && risk.project.is_none()
                && scope.program.as_deref().is_some_and(|s| Some(s) == program)
        }
    }
}

fn passes_filters(opts: &Options, risk: &Risk) -> bool {
    opts.category.is_none_or(|c| c == risk.category.value)
        && opts
            .owner
            .as_ref()
            .is_none_or(|o| risk.owner.as_ref().is_some_and(|r| r.value == *o))
        && opts.status.is_none_or(|s| s == risk.status())
        && opts.min_score.is_none_or(|m| risk.score() >= m)
}

/// Every risk in scope that passes the filters, scored, in the order of
/// the repository.
pub fn score_all<'a>(portfolio: &'a Portfolio, opts: &Options) -> Vec<Scored<'a>> {
    let since = opts.since();
    portfolio
        .risks
        .iter()
        .filter_map(|risk| {
            let (project, program) = home(portfolio, risk);
            let wanted = in_scope(&opts.scope, risk, project, program.as_deref())
                && passes_filters(opts, risk);
            wanted.then(|| score_one(portfolio, since, risk, project, program))
        })
        .collect()
}

fn score_one<'a>(
    portfolio: &'a Portfolio,
    since: Date,
    risk: &'a Risk,
    project: Option<&'a Project>,
    program: Option<String>,
) -> Scored<'a> {
    let settings = &portfolio.settings;
    let project_id = risk.project.as_ref().map(|p| p.value.clone());
    let (p, i) = (risk.probability.value, risk.impact.value);
    let s = score(p, i);
    let status = risk.status();
    let open = status.is_open();
    let risk_type = risk.risk_type();
    let tolerance = settings.tolerance_for(project_id.as_deref(), program.as_deref());
    // Only threats are escalated: the tolerance bounds harm; a high
    // opportunity is good news, though it still needs an owner and a
    // response (see `Scored::high`).
    let escalate = open && s >= tolerance && risk_type == RiskType::Threat;
    let cost = risk.cost_impact.as_ref().map(|c| c.value);
    let value = emv(p, settings.scales.probability, cost);
    let (score_then, direction, change) = direction(risk, since);
    let owner = risk.owner.as_ref().map(|o| o.value.clone());
    let owner_name = person_name(portfolio, owner.as_deref());
    let row = RiskRow {
        id: risk.id.value.clone(),
        title: risk.title.value.clone(),
        project: project_id,
        program,
        risk_type,
        category: risk.category.value,
        probability: p,
        impact: i,
        score: s,
        band: band_name(settings, s).map(str::to_string),
        tolerance,
        escalate,
        owner_name,
        owner,
        strategy: risk.strategy.as_ref().map(|s| s.value),
        status,
        open,
        identified: risk.identified.value,
        next_review: risk.next_review.as_ref().map(|d| d.value),
        closed_on: risk.closed_on.as_ref().map(|d| d.value),
        last_reviewed: last_reviewed(risk),
        cost_impact: cost.filter(|c| c.is_finite()).map(round2),
        emv: value.map(round2),
        score_then,
        direction,
        change,
    };
    Scored {
        risk,
        project,
        emv: value,
        row,
    }
}

/// The name of a person id, when it resolves.
pub fn person_name(portfolio: &Portfolio, id: Option<&str>) -> Option<String> {
    id.and_then(|o| portfolio.person(o))
        .map(|p| p.name.value.clone())
}

/// The register: every row, open first, then highest score, then id.
pub fn register(scored: Vec<Scored<'_>>) -> Vec<RiskRow> {
    let mut rows: Vec<RiskRow> = scored.into_iter().map(|s| s.row).collect();
    rows.sort_by(|a, b| {
        b.open
            .cmp(&a.open)
            .then(b.score.cmp(&a.score))
            .then_with(|| a.id.cmp(&b.id))
    });
    rows
}

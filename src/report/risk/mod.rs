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

pub mod tidy;
pub mod view;

use std::collections::BTreeMap;

use serde::Serialize;

use super::scope::Scope;
use super::{Meta, round2};
use crate::model::{
    Category, Date, Portfolio, Program, Project, Risk, RiskStatus, RiskType, Settings, Strategy,
};

/// Days before `--as-of` the trend window starts when `--since` is not given.
pub const DEFAULT_WINDOW_DAYS: i64 = 90;
/// How many risks the "top movers" list keeps.
pub const TOP_MOVERS: usize = 5;

/// Every category, for the `--category` filter and its error message.
pub const CATEGORIES: [Category; 10] = [
    Category::Technical,
    Category::Resource,
    Category::Schedule,
    Category::External,
    Category::Security,
    Category::Compliance,
    Category::Customer,
    Category::Financial,
    Category::Quality,
    Category::CrossCultural,
];

/// Every status, for the `--status` filter and its error message.
pub const STATUSES: [RiskStatus; 4] = [
    RiskStatus::Open,
    RiskStatus::Monitoring,
    RiskStatus::Occurred,
    RiskStatus::Closed,
];

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

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct BandInfo {
    pub name: String,
    pub from: f64,
    pub rank: usize,
}

/// Counts of open risks in one band.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct BandCount {
    pub band: String,
    pub threats: usize,
    pub opportunities: usize,
}

/// The headline.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Summary {
    /// Risks in scope (all statuses).
    pub risks: usize,
    pub open_threats: usize,
    pub open_opportunities: usize,
    pub closed: usize,
    /// Open risks per band, lowest band first; risks scoring below every
    /// band are counted under "unbanded".
    pub by_band: Vec<BandCount>,
    pub escalations: usize,
    pub reviews_overdue: usize,
    pub actions_overdue: usize,
    pub unmanaged: usize,
    pub stale: usize,
    pub on_closed_projects: usize,
    pub threat_emv: f64,
    pub opportunity_emv: f64,
}

/// Whether a risk's score went up or down over the trend window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Identified within the window.
    New,
    Rising,
    Falling,
    Steady,
}

impl Direction {
    pub fn key(self) -> &'static str {
        match self {
            Direction::New => "new",
            Direction::Rising => "rising",
            Direction::Falling => "falling",
            Direction::Steady => "steady",
        }
    }
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

/// Counts per cell: `counts[p - 1][i - 1]` open risks with probability `p`
/// and impact `i`; `bands` likewise holds each cell's band.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Matrix {
    pub total: usize,
    pub counts: Vec<Vec<usize>>,
    pub bands: Vec<Vec<Option<String>>>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct HeatMaps {
    pub threats: Matrix,
    pub opportunities: Matrix,
}

/// Someone who must hear of an escalated risk.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Recipient {
    /// program-manager, pmo or director.
    pub role: &'static str,
    pub person: String,
    /// The person's name, when the id resolves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An open risk at or above its tolerance.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Escalation {
    pub risk: String,
    #[serde(rename = "type")]
    pub risk_type: RiskType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
    pub score: u32,
    pub tolerance: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// Who must hear of it, from the program's leadership: the program
    /// manager, and for multi-type programs the PMO and IT-service director.
    /// Empty when the program names none of them.
    pub notify: Vec<Recipient>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct OverdueReview {
    pub risk: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    pub next_review: Date,
    pub days_overdue: i64,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct OverdueAction {
    pub risk: String,
    pub action: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    pub due: Date,
    pub days_overdue: i64,
}

/// An open risk (threat or opportunity) at or above its tolerance that
/// misses part of its response.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Unmanaged {
    pub risk: String,
    pub score: u32,
    /// Of owner, strategy, action.
    pub missing: Vec<&'static str>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct OnClosedProject {
    pub risk: String,
    pub project: String,
    pub project_status: &'static str,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Stale {
    pub risk: String,
    pub last_reviewed: Date,
    pub days: i64,
}

/// The risk process's housekeeping, open risks only.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Hygiene {
    pub stale_after_days: u32,
    pub reviews_overdue: Vec<OverdueReview>,
    pub actions_overdue: Vec<OverdueAction>,
    pub unmanaged: Vec<Unmanaged>,
    pub on_closed_projects: Vec<OnClosedProject>,
    pub stale: Vec<Stale>,
}

/// Expected monetary value of the open risks of a project or program.
#[derive(Clone, Debug, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Money {
    /// Sum of the threats' EMV: money expected to be lost.
    pub threat_emv: f64,
    /// Sum of the opportunities' EMV: money expected to be gained.
    pub opportunity_emv: f64,
    /// Threats minus opportunities: the contingency the risks imply.
    pub net_emv: f64,
    /// The budget's contingency reserve, where one is declared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reserve: Option<f64>,
    /// Reserve minus net EMV: negative when the reserve falls short.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headroom: Option<f64>,
    /// Open risks with a cost impact (priced) and without one.
    pub priced: usize,
    pub unpriced: usize,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProjectExposure {
    pub project: String,
    pub name: String,
    pub program: String,
    #[serde(flatten)]
    pub money: Money,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProgramExposure {
    pub program: String,
    pub name: String,
    #[serde(flatten)]
    pub money: Money,
}

#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Exposure {
    /// How EMV is computed, for readers of the JSON.
    pub method: &'static str,
    /// Projects in scope with open risks or a declared reserve, biggest
    /// net exposure first.
    pub projects: Vec<ProjectExposure>,
    /// Programs in scope: their projects plus program-level risks.
    pub programs: Vec<ProgramExposure>,
    pub total: Money,
}

/// A risk whose score changed over the window.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Move {
    pub risk: String,
    pub then: u32,
    pub now: u32,
    pub change: i64,
}

/// How the register moved between `since` and `as_of`.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Trend {
    pub since: Option<Date>,
    /// Identified within the window.
    pub new: Vec<String>,
    /// Closed within the window.
    pub closed: Vec<String>,
    pub rising: Vec<String>,
    pub falling: Vec<String>,
    /// Open-risk score total then (risks then known) and now.
    pub total_then: u64,
    pub total_now: u64,
    /// The largest changes, biggest first.
    pub top_movers: Vec<Move>,
}

/// How soon the task or milestone a risk threatens comes.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Proximity {
    pub risk: String,
    pub project: String,
    /// task or milestone.
    pub target_kind: &'static str,
    pub target: String,
    pub date: Date,
    /// Days from `as_of` to the date (negative: already past).
    pub days: i64,
    pub score: u32,
    /// Whether the task or milestone is on its project's critical path
    /// (the plan report's schedule); `None` if it does not resolve.
    pub on_critical_path: Option<bool>,
}

/// One line of a breakdown.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Bucket {
    pub key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub risks: usize,
    pub open: usize,
    pub escalated: usize,
    /// Sum of the open risks' scores.
    pub open_score: u64,
}

#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Breakdowns {
    pub by_category: Vec<Bucket>,
    pub by_owner: Vec<Bucket>,
    pub by_status: Vec<Bucket>,
    pub by_strategy: Vec<Bucket>,
}

/// The key used for "none" in breakdowns.
pub const NONE_KEY: &str = "(none)";

// ---------------------------------------------------------------------------
// The computations, one small function each, so they can be tested alone.

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

/// Who must hear of an escalated risk of `program`: the program manager,
/// and for a multi-type program also its PMO and IT-service director.
pub fn recipients(portfolio: &Portfolio, program: &Program) -> Vec<Recipient> {
    let lead = &program.leadership;
    let mut roles = vec![("program-manager", &lead.program_manager)];
    if program.program_type.value.needs_coordinator() {
        roles.push(("pmo", &lead.pmo));
        roles.push(("director", &lead.director));
    }
    roles
        .into_iter()
        .filter_map(|(role, person)| {
            let id = person.as_ref()?.value.clone();
            let name = portfolio.person(&id).map(|p| p.name.value.clone());
            Some(Recipient {
                role,
                person: id,
                name,
            })
        })
        .collect()
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

fn money_add(m: &mut Money, risk_type: RiskType, emv: Option<f64>) {
    match emv {
        Some(v) => {
            m.priced += 1;
            match risk_type {
                RiskType::Threat => m.threat_emv += v,
                RiskType::Opportunity => m.opportunity_emv += v,
            }
        }
        None => m.unpriced += 1,
    }
}

fn money_finish(mut m: Money) -> Money {
    m.net_emv = round2(m.threat_emv - m.opportunity_emv);
    m.threat_emv = round2(m.threat_emv);
    m.opportunity_emv = round2(m.opportunity_emv);
    m.headroom = m.reserve.map(|r| round2(r - m.net_emv));
    m.reserve = m.reserve.map(round2);
    m
}

fn reserve_of(project: &Project) -> Option<f64> {
    project
        .budget
        .as_ref()
        .and_then(|b| b.reserve.as_ref())
        .map(|r| r.value)
        .filter(|r| r.is_finite())
}

/// Computes the risk report.
pub fn compute(portfolio: &Portfolio, opts: &Options) -> RiskReport {
    compute_with(portfolio, opts, None)
}

/// Computes the report, taking the critical path from a schedule network
/// the caller built already (see [`crate::report::plan::compute_with`]).
pub fn compute_with(
    portfolio: &Portfolio,
    opts: &Options,
    schedule: Option<&crate::analysis::schedule::Schedule>,
) -> RiskReport {
    let settings = &portfolio.settings;
    let p_levels = settings.scales.probability;
    let i_levels = settings.scales.impact;
    let since = opts.since();
    let as_of = opts.as_of;

    let mut sorted_bands: Vec<&crate::model::Band> = settings.risk.bands.iter().collect();
    sorted_bands.sort_by(|a, b| a.from.total_cmp(&b.from).then_with(|| a.name.cmp(&b.name)));
    let bands: Vec<BandInfo> = sorted_bands
        .iter()
        .enumerate()
        .map(|(rank, b)| BandInfo {
            name: b.name.clone(),
            from: b.from,
            rank,
        })
        .collect();

    let mut rows = Vec::new();
    let mut escalations = Vec::new();
    let mut hygiene = Hygiene {
        stale_after_days: settings.risk.stale_after_days,
        ..Hygiene::default()
    };
    let mut proximity = Vec::new();
    let mut trend = Trend {
        since: Some(since),
        ..Trend::default()
    };
    let mut project_money: BTreeMap<String, Money> = BTreeMap::new();
    let mut program_money: BTreeMap<String, Money> = BTreeMap::new();
    let mut total = Money::default();
    let mut recipients_of: BTreeMap<String, Vec<Recipient>> = BTreeMap::new();

    for risk in &portfolio.risks {
        let (project, program) = home(portfolio, risk);
        if !in_scope(&opts.scope, risk, project, program.as_deref()) || !passes_filters(opts, risk)
        {
            continue;
        }
        let project_id = risk.project.as_ref().map(|p| p.value.clone());
        let p = risk.probability.value;
        let i = risk.impact.value;
        let s = score(p, i);
        let status = risk.status();
        let open = status.is_open();
        let risk_type = risk.risk_type();
        let tolerance = settings.tolerance_for(project_id.as_deref(), program.as_deref());
        let band = band_name(settings, s).map(str::to_string);
        // High: open and at or above the tolerance. Only threats are
        // escalated: the tolerance bounds harm; a high opportunity is good
        // news, though it still needs an owner and a response.
        let high = open && s >= tolerance;
        let escalate = high && risk_type == RiskType::Threat;
        let cost = risk.cost_impact.as_ref().map(|c| c.value);
        let value = emv(p, p_levels, cost);
        let (score_then, dir, change) = direction(risk, since);
        let owner = risk.owner.as_ref().map(|o| o.value.clone());
        let owner_name = owner
            .as_deref()
            .and_then(|o| portfolio.person(o))
            .map(|p| p.name.value.clone());
        let reviewed = last_reviewed(risk);

        if risk.identified.value > since && risk.identified.value <= as_of {
            trend.new.push(risk.id.value.clone());
        }
        if status == RiskStatus::Closed
            && risk
                .closed_on
                .as_ref()
                .is_some_and(|d| d.value > since && d.value <= as_of)
        {
            trend.closed.push(risk.id.value.clone());
        }

        if open {
            match dir {
                Direction::Rising => trend.rising.push(risk.id.value.clone()),
                Direction::Falling => trend.falling.push(risk.id.value.clone()),
                Direction::New | Direction::Steady => {}
            }
            trend.total_now += u64::from(s);
            trend.total_then += score_then.map_or(0, u64::from);

            if escalate {
                let notify = match &program {
                    Some(id) => recipients_of
                        .entry(id.clone())
                        .or_insert_with(|| {
                            portfolio
                                .program(id)
                                .map(|pg| recipients(portfolio, pg))
                                .unwrap_or_default()
                        })
                        .clone(),
                    None => Vec::new(),
                };
                escalations.push(Escalation {
                    risk: risk.id.value.clone(),
                    risk_type,
                    project: project_id.clone(),
                    program: program.clone(),
                    score: s,
                    tolerance,
                    band: band.clone(),
                    notify,
                });
            }
            if high {
                let mut missing = Vec::new();
                if risk.owner.is_none() {
                    missing.push("owner");
                }
                if risk.strategy.is_none() {
                    missing.push("strategy");
                }
                if risk.actions.is_empty() {
                    missing.push("action");
                }
                if !missing.is_empty() {
                    hygiene.unmanaged.push(Unmanaged {
                        risk: risk.id.value.clone(),
                        score: s,
                        missing,
                    });
                }
            }
            if let Some(next) = &risk.next_review
                && next.value < as_of
            {
                hygiene.reviews_overdue.push(OverdueReview {
                    risk: risk.id.value.clone(),
                    owner: owner.clone(),
                    owner_name: owner_name.clone(),
                    next_review: next.value,
                    days_overdue: next.value.days_until(as_of),
                });
            }
            for action in &risk.actions {
                if let Some(due) = &action.due
                    && due.value < as_of
                    && action.done_on.is_none()
                {
                    let who = action
                        .owner
                        .as_ref()
                        .map(|o| o.value.clone())
                        .or_else(|| owner.clone());
                    hygiene.actions_overdue.push(OverdueAction {
                        risk: risk.id.value.clone(),
                        action: action.description.value.clone(),
                        owner_name: who
                            .as_deref()
                            .and_then(|o| portfolio.person(o))
                            .map(|p| p.name.value.clone()),
                        owner: who,
                        due: due.value,
                        days_overdue: due.value.days_until(as_of),
                    });
                }
            }
            if let Some(pr) = project
                && pr.status.value.is_finished()
            {
                hygiene.on_closed_projects.push(OnClosedProject {
                    risk: risk.id.value.clone(),
                    project: pr.id.value.clone(),
                    project_status: pr.status.value.key(),
                });
            }
            let days = reviewed.days_until(as_of);
            if days > i64::from(settings.risk.stale_after_days) {
                hygiene.stale.push(Stale {
                    risk: risk.id.value.clone(),
                    last_reviewed: reviewed,
                    days,
                });
            }

            if let Some(pr) = project {
                money_add(
                    project_money.entry(pr.id.value.clone()).or_default(),
                    risk_type,
                    value,
                );
            }
            if let Some(pg) = &program {
                money_add(
                    program_money.entry(pg.clone()).or_default(),
                    risk_type,
                    value,
                );
            }
            money_add(&mut total, risk_type, value);

            if let (Some(pr), Some(affects)) = (project, &risk.affects) {
                let task = affects.task.as_ref().and_then(|t| pr.task(&t.value));
                let milestone = affects
                    .milestone
                    .as_ref()
                    .and_then(|m| pr.milestone(&m.value));
                let targets = [
                    task.filter(|t| t.progress_percent() < 100.0).and_then(|t| {
                        t.end
                            .as_ref()
                            .map(|e| ("task", t.id.value.clone(), e.value))
                    }),
                    milestone
                        .filter(|m| !m.is_done())
                        .map(|m| ("milestone", m.id.value.clone(), m.due.value)),
                ];
                for (kind, target, date) in targets.into_iter().flatten() {
                    proximity.push(Proximity {
                        risk: risk.id.value.clone(),
                        project: pr.id.value.clone(),
                        target_kind: kind,
                        target,
                        date,
                        days: as_of.days_until(date),
                        score: s,
                        on_critical_path: None,
                    });
                }
            }
        }

        rows.push(RiskRow {
            id: risk.id.value.clone(),
            title: risk.title.value.clone(),
            project: project_id,
            program,
            risk_type,
            category: risk.category.value,
            probability: p,
            impact: i,
            score: s,
            band,
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
            last_reviewed: reviewed,
            cost_impact: cost.filter(|c| c.is_finite()).map(round2),
            emv: value.map(round2),
            score_then,
            direction: dir,
            change,
        });
    }

    // The register: open first, then highest score, then id.
    rows.sort_by(|a, b| {
        b.open
            .cmp(&a.open)
            .then(b.score.cmp(&a.score))
            .then_with(|| a.id.cmp(&b.id))
    });
    escalations.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.risk.cmp(&b.risk)));
    hygiene.reviews_overdue.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| a.risk.cmp(&b.risk))
    });
    hygiene.actions_overdue.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| a.risk.cmp(&b.risk))
    });
    hygiene
        .unmanaged
        .sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.risk.cmp(&b.risk)));
    hygiene
        .stale
        .sort_by(|a, b| b.days.cmp(&a.days).then_with(|| a.risk.cmp(&b.risk)));
    // The critical path comes from the plan's schedule network, built only
    // when some risk is tied to a task or milestone.
    if !proximity.is_empty() {
        let built;
        let schedule = match schedule {
            Some(s) => s,
            None => {
                let calendar = crate::analysis::calendar::WorkCalendar::new(&settings.calendar);
                built = crate::analysis::schedule::Schedule::build(portfolio, &calendar, &[as_of]);
                &built
            }
        };
        for p in &mut proximity {
            p.on_critical_path =
                schedule.is_critical(portfolio, &p.project, &p.target, p.target_kind == "task");
        }
    }
    proximity.sort_by(|a, b| {
        a.days
            .cmp(&b.days)
            .then_with(|| a.risk.cmp(&b.risk))
            .then_with(|| a.target.cmp(&b.target))
    });

    let mut movers: Vec<Move> = rows
        .iter()
        .filter(|r| r.open && r.change != 0)
        .filter_map(|r| {
            Some(Move {
                risk: r.id.clone(),
                then: r.score_then?,
                now: r.score,
                change: r.change,
            })
        })
        .collect();
    movers.sort_by(|a, b| {
        b.change
            .abs()
            .cmp(&a.change.abs())
            .then(b.change.cmp(&a.change))
            .then_with(|| a.risk.cmp(&b.risk))
    });
    movers.truncate(TOP_MOVERS);
    trend.top_movers = movers;

    let heatmaps = HeatMaps {
        threats: matrix(settings, &rows, RiskType::Threat),
        opportunities: matrix(settings, &rows, RiskType::Opportunity),
    };

    let exposure = exposure(portfolio, &opts.scope, project_money, program_money, total);
    let breakdowns = breakdowns(&rows);
    let summary = summary(&bands, &rows, &escalations, &hygiene, &exposure);

    RiskReport {
        meta: Meta::new("risk", as_of, settings.name.as_deref()),
        filters: Filters {
            program: opts.scope.program.clone(),
            project: opts.scope.project.clone(),
            category: opts.category,
            owner: opts.owner.clone(),
            status: opts.status,
            min_score: opts.min_score,
        },
        since,
        currency: settings.currency.clone(),
        probability_levels: p_levels,
        impact_levels: i_levels,
        bands,
        summary,
        risks: rows,
        heatmaps,
        escalations,
        hygiene,
        exposure,
        trend,
        proximity,
        breakdowns,
    }
}

/// Open risks of one type per (probability, impact) cell; levels outside
/// the scale are clamped to it.
fn matrix(settings: &Settings, rows: &[RiskRow], risk_type: RiskType) -> Matrix {
    let ps = usize::from(settings.scales.probability.max(1));
    let is = usize::from(settings.scales.impact.max(1));
    let mut counts = vec![vec![0usize; is]; ps];
    let mut total = 0;
    for r in rows.iter().filter(|r| r.open && r.risk_type == risk_type) {
        let p = usize::from(r.probability).clamp(1, ps) - 1;
        let i = usize::from(r.impact).clamp(1, is) - 1;
        counts[p][i] += 1;
        total += 1;
    }
    let bands = (1..=ps)
        .map(|p| {
            (1..=is)
                .map(|i| band_name(settings, (p * i) as u32).map(str::to_string))
                .collect()
        })
        .collect();
    Matrix {
        total,
        counts,
        bands,
    }
}

fn exposure(
    portfolio: &Portfolio,
    scope: &Scope,
    mut project_money: BTreeMap<String, Money>,
    mut program_money: BTreeMap<String, Money>,
    mut total: Money,
) -> Exposure {
    let mut projects = Vec::new();
    let mut reserves: BTreeMap<String, f64> = BTreeMap::new();
    let mut total_reserve = None;
    for pr in scope.projects(portfolio) {
        let reserve = reserve_of(pr);
        let money = project_money.remove(&pr.id.value);
        if money.is_none() && reserve.is_none() {
            continue;
        }
        if let Some(r) = reserve {
            *reserves.entry(pr.program.value.clone()).or_default() += r;
            *total_reserve.get_or_insert(0.0) += r;
            // A program with reserves but no open risks still shows.
            program_money.entry(pr.program.value.clone()).or_default();
        }
        let mut money = money.unwrap_or_default();
        money.reserve = reserve;
        projects.push(ProjectExposure {
            project: pr.id.value.clone(),
            name: pr.name.value.clone(),
            program: pr.program.value.clone(),
            money: money_finish(money),
        });
    }
    // Biggest net exposure first.
    projects.sort_by(|a: &ProjectExposure, b: &ProjectExposure| {
        b.money
            .net_emv
            .total_cmp(&a.money.net_emv)
            .then_with(|| a.project.cmp(&b.project))
    });
    let programs = program_money
        .into_iter()
        .map(|(id, mut money)| {
            money.reserve = reserves.get(&id).copied();
            ProgramExposure {
                name: portfolio
                    .program(&id)
                    .map(|p| p.name.value.clone())
                    .unwrap_or_default(),
                program: id,
                money: money_finish(money),
            }
        })
        .collect();
    total.reserve = total_reserve;
    Exposure {
        method: "emv = probability / top of the probability scale x cost_impact; net = threats - opportunities; headroom = reserve - net",
        projects,
        programs,
        total: money_finish(total),
    }
}

/// Counts a risk into its bucket of one breakdown.
fn count_into(map: &mut BTreeMap<String, Bucket>, key: &str, label: Option<&str>, r: &RiskRow) {
    let b = map.entry(key.to_string()).or_insert_with(|| Bucket {
        key: key.to_string(),
        label: label.map(str::to_string),
        ..Bucket::default()
    });
    b.risks += 1;
    if r.open {
        b.open += 1;
        b.open_score += u64::from(r.score);
    }
    if r.escalate {
        b.escalated += 1;
    }
}

/// Buckets by open score (highest first), then risk count, then key.
fn ranked(map: BTreeMap<String, Bucket>) -> Vec<Bucket> {
    let mut v: Vec<Bucket> = map.into_values().collect();
    v.sort_by(|a, b| {
        b.open_score
            .cmp(&a.open_score)
            .then(b.risks.cmp(&a.risks))
            .then_with(|| a.key.cmp(&b.key))
    });
    v
}

fn breakdowns(rows: &[RiskRow]) -> Breakdowns {
    let (mut category, mut owner, mut status, mut strategy) = (
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
    );
    for r in rows {
        count_into(&mut category, r.category.key(), None, r);
        count_into(
            &mut owner,
            r.owner.as_deref().unwrap_or(NONE_KEY),
            r.owner_name.as_deref(),
            r,
        );
        count_into(&mut status, r.status.key(), None, r);
        count_into(
            &mut strategy,
            r.strategy.map_or(NONE_KEY, Strategy::key),
            None,
            r,
        );
    }
    Breakdowns {
        by_category: ranked(category),
        by_owner: ranked(owner),
        by_status: ranked(status),
        by_strategy: ranked(strategy),
    }
}

fn summary(
    bands: &[BandInfo],
    rows: &[RiskRow],
    escalations: &[Escalation],
    hygiene: &Hygiene,
    exposure: &Exposure,
) -> Summary {
    let mut by_band: Vec<BandCount> = bands
        .iter()
        .map(|b| BandCount {
            band: b.name.clone(),
            threats: 0,
            opportunities: 0,
        })
        .collect();
    let mut unbanded = BandCount {
        band: "unbanded".into(),
        threats: 0,
        opportunities: 0,
    };
    let mut s = Summary {
        risks: rows.len(),
        ..Summary::default()
    };
    for r in rows {
        if !r.open {
            s.closed += 1;
            continue;
        }
        let slot = match &r.band {
            Some(name) => by_band.iter_mut().find(|b| b.band == *name),
            None => None,
        };
        let slot = slot.unwrap_or(&mut unbanded);
        match r.risk_type {
            RiskType::Threat => {
                s.open_threats += 1;
                slot.threats += 1;
            }
            RiskType::Opportunity => {
                s.open_opportunities += 1;
                slot.opportunities += 1;
            }
        }
    }
    if unbanded.threats + unbanded.opportunities > 0 {
        by_band.insert(0, unbanded);
    }
    s.by_band = by_band;
    s.escalations = escalations.len();
    s.reviews_overdue = hygiene.reviews_overdue.len();
    s.actions_overdue = hygiene.actions_overdue.len();
    s.unmanaged = hygiene.unmanaged.len();
    s.stale = hygiene.stale.len();
    s.on_closed_projects = hygiene.on_closed_projects.len();
    s.threat_emv = exposure.total.threat_emv;
    s.opportunity_emv = exposure.total.opportunity_emv;
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Band, Person, Program, Project};

    fn date(s: &str) -> Date {
        s.parse().expect("test date")
    }

    fn parse<T: serde::de::DeserializeOwned>(yaml: &str) -> T {
        serde_saphyr::from_str(yaml).expect("test yaml")
    }

    fn risk(id: &str, extra: &str) -> Risk {
        parse(&format!(
            "kind: Risk\nid: {id}\ntitle: Risk {id}\ncategory: technical\nidentified: 2026-01-01\n{extra}"
        ))
    }

    fn program(id: &str, ty: &str, lead: &str) -> Program {
        parse(&format!(
            "kind: Program\nid: {id}\nname: {id}\ntype: {ty}\nstage: define\nleadership:\n{lead}"
        ))
    }

    fn project(id: &str, program: &str, extra: &str) -> Project {
        parse(&format!(
            "kind: Project\nid: {id}\nname: {id}\nprogram: {program}\nmanager: pm\nstatus: active\n\
             start: 2026-01-01\nend: 2026-12-31\n{extra}"
        ))
    }

    fn person(id: &str, name: &str) -> Person {
        parse(&format!("kind: Person\nid: {id}\nname: {name}\n"))
    }

    /// Program A (multi-customer, PMO and director) with projects A1
    /// (tolerance 10, reserve 500) and A2 (closed); program B
    /// (single-business, tolerance 15) with project B1.
    fn portfolio(risks: Vec<Risk>) -> Portfolio {
        let mut settings = Settings::default();
        settings.risk.tolerances.insert("A1".into(), 10);
        settings.risk.tolerances.insert("B".into(), 15);
        let (p, _) = Portfolio::assemble(
            settings,
            vec![
                program(
                    "A",
                    "multi-customer",
                    "  program_manager: pm-a\n  pmo: pmo-x\n  director: dir-y\n",
                ),
                program(
                    "B",
                    "single-business",
                    "  program_manager: pm-b\n  pmo: pmo-x\n",
                ),
            ],
            vec![
                project("A1", "A", "budget:\n  planned: 10000\n  reserve: 500\n"),
                project("A2", "A", "").clone(),
                project("B1", "B", ""),
            ],
            vec![
                person("pm-a", "Ann"),
                person("pmo-x", "Xu"),
                person("pm-b", "Bo"),
            ],
            risks,
            vec![],
            vec![],
        );
        p
    }

    #[test]
    fn score_is_probability_times_impact() {
        assert_eq!(score(4, 5), 20);
        assert_eq!(score(1, 1), 1);
        assert_eq!(score(0, 5), 0);
        assert_eq!(score(255, 255), 65025);
    }

    #[test]
    fn bands_by_score_default_and_custom() {
        // Default bands: low 1+, medium 5+, high 10+, critical 16+.
        let s = Settings::default();
        assert_eq!(band_name(&s, 0), None);
        assert_eq!(band_name(&s, 4), Some("low"));
        assert_eq!(band_name(&s, 5), Some("medium"));
        assert_eq!(band_name(&s, 9), Some("medium"));
        assert_eq!(band_name(&s, 10), Some("high"));
        assert_eq!(band_name(&s, 16), Some("critical"));
        assert_eq!(band_name(&s, 25), Some("critical"));
        // A 3x3 scale with two bands, given out of order.
        let mut s = Settings::default();
        s.scales.probability = 3;
        s.scales.impact = 3;
        s.risk.bands = vec![
            Band {
                name: "red".into(),
                from: 6.0,
            },
            Band {
                name: "green".into(),
                from: 1.0,
            },
        ];
        assert_eq!(band_name(&s, 4), Some("green"));
        assert_eq!(band_name(&s, 6), Some("red"));
        assert_eq!(band_name(&s, 9), Some("red"));
    }

    #[test]
    fn tolerance_project_then_program_then_portfolio() {
        let p = portfolio(vec![]);
        let s = &p.settings;
        assert_eq!(s.tolerance_for(Some("A1"), Some("A")), 10); // project override
        assert_eq!(s.tolerance_for(Some("B1"), Some("B")), 15); // program override
        assert_eq!(s.tolerance_for(Some("A2"), Some("A")), 12); // portfolio
        assert_eq!(s.tolerance_for(None, Some("B")), 15); // program-level risk
    }

    #[test]
    fn escalations_follow_tolerance_and_name_the_leadership() {
        // X: A1, 3x4 = 12 >= 10 -> escalated to A's manager, PMO, director.
        // Y: B1, 3x4 = 12 < 15 -> not escalated.
        // Z: B1, 4x4 = 16 >= 15 -> escalated to B's manager only
        //    (single-type: its PMO is not asked).
        // W: A2, 4x4 = 16 but an opportunity -> not escalated, but "high"
        //    and unowned, so it is flagged as lacking a response.
        // V: A1, 5x5 but closed -> not escalated.
        let p = portfolio(vec![
            risk(
                "X",
                "project: A1\nprobability: 3\nimpact: 4\nowner: pm-a\nstrategy: mitigate\n",
            ),
            risk("Y", "project: B1\nprobability: 3\nimpact: 4\n"),
            risk("Z", "project: B1\nprobability: 4\nimpact: 4\n"),
            risk(
                "W",
                "project: A2\ntype: opportunity\nprobability: 4\nimpact: 4\n",
            ),
            risk(
                "V",
                "project: A1\nprobability: 5\nimpact: 5\nstatus: closed\n",
            ),
        ]);
        let r = compute(&p, &Options::new(date("2026-06-01")));
        let ids: Vec<&str> = r.escalations.iter().map(|e| e.risk.as_str()).collect();
        assert_eq!(ids, ["Z", "X"]); // highest score first
        let x = &r.escalations[1];
        assert_eq!((x.score, x.tolerance), (12, 10));
        let who: Vec<(&str, &str, Option<&str>)> = x
            .notify
            .iter()
            .map(|n| (n.role, n.person.as_str(), n.name.as_deref()))
            .collect();
        assert_eq!(
            who,
            [
                ("program-manager", "pm-a", Some("Ann")),
                ("pmo", "pmo-x", Some("Xu")),
                ("director", "dir-y", None)
            ]
        );
        let z = &r.escalations[0];
        assert_eq!(z.notify.len(), 1);
        assert_eq!(z.notify[0].name.as_deref(), Some("Bo"));
        let unmanaged: Vec<(&str, Vec<&str>)> = r
            .hygiene
            .unmanaged
            .iter()
            .map(|u| (u.risk.as_str(), u.missing.clone()))
            .collect();
        // X has owner and strategy but no action; W and Z have nothing.
        assert_eq!(
            unmanaged,
            [
                ("W", vec!["owner", "strategy", "action"]),
                ("Z", vec!["owner", "strategy", "action"]),
                ("X", vec!["action"]),
            ]
        );
        // W is on A2, which is active: not flagged as on a closed project.
        assert!(r.hygiene.on_closed_projects.is_empty());
    }

    #[test]
    fn emv_is_probability_fraction_times_cost() {
        // 3 of 5 = 0.6; 0.6 x 1000 = 600.
        assert_eq!(emv(3, 5, Some(1000.0)), Some(600.0));
        // 2 of 4 = 0.5; 0.5 x 1000 = 500.
        assert_eq!(emv(2, 4, Some(1000.0)), Some(500.0));
        // Off the scale: clamped to certain.
        assert_eq!(emv(7, 5, Some(1000.0)), Some(1000.0));
        assert_eq!(emv(3, 5, None), None);
        assert_eq!(emv(3, 5, Some(f64::NAN)), None);
        assert_eq!(emv(3, 0, Some(1000.0)), Some(0.0));
    }

    #[test]
    fn emv_rolls_up_to_projects_programs_and_total() {
        // A1: threat 3/5 x 1000 = 600, threat 2/5 x 1000 = 400,
        //     opportunity 1/5 x 1000 = 200, one unpriced threat.
        //     net 600 + 400 - 200 = 800; reserve 500; headroom 500 - 800 = -300.
        // A (program-level): threat 5/5 x 100 = 100.
        // Program A: threats 1100, opportunities 200, net 900, reserve 500,
        //     headroom -400. B1: closed threat, not counted.
        let p = portfolio(vec![
            risk(
                "a",
                "project: A1\nprobability: 3\nimpact: 1\ncost_impact: 1000\n",
            ),
            risk(
                "b",
                "project: A1\nprobability: 2\nimpact: 1\ncost_impact: 1000\n",
            ),
            risk(
                "c",
                "project: A1\ntype: opportunity\nprobability: 1\nimpact: 1\ncost_impact: 1000\n",
            ),
            risk("d", "project: A1\nprobability: 1\nimpact: 1\n"),
            risk(
                "e",
                "program: A\nprobability: 5\nimpact: 1\ncost_impact: 100\n",
            ),
            risk(
                "f",
                "project: B1\nprobability: 5\nimpact: 1\ncost_impact: 9999\nstatus: closed\n",
            ),
        ]);
        let r = compute(&p, &Options::new(date("2026-06-01")));
        let a1 = &r.exposure.projects[0];
        assert_eq!(a1.project, "A1");
        assert_eq!(
            a1.money,
            Money {
                threat_emv: 1000.0,
                opportunity_emv: 200.0,
                net_emv: 800.0,
                reserve: Some(500.0),
                headroom: Some(-300.0),
                priced: 3,
                unpriced: 1,
            }
        );
        assert_eq!(r.exposure.projects.len(), 1); // A2 and B1: no open risk, no reserve
        let a = &r.exposure.programs[0];
        assert_eq!(a.program, "A");
        assert_eq!(
            (a.money.threat_emv, a.money.net_emv, a.money.headroom),
            (1100.0, 900.0, Some(-400.0))
        );
        assert_eq!(r.exposure.programs.len(), 1);
        assert_eq!(r.exposure.total.net_emv, 900.0);
        assert_eq!(r.summary.threat_emv, 1100.0);
    }

    #[test]
    fn trend_over_the_window() {
        // Window 2026-04-01 .. 2026-06-01.
        // up:   12 (03-01) then 20 (05-01): at 04-01 it was 12; now 20 -> +8.
        // down: history starts 05-01 at 16, after the window opens: the
        //       first entry is the best known then -> 16; now 9 -> -7.
        // flat: no history: then = now = 6.
        // new:  identified 05-15, inside the window.
        // gone: closed 05-20, inside the window; old: closed 03-01, before.
        let p = portfolio(vec![
            risk(
                "up",
                "project: A1\nprobability: 4\nimpact: 5\nhistory:\n  - {date: 2026-03-01, probability: 3, impact: 4}\n  - {date: 2026-05-01, probability: 4, impact: 5}\n",
            ),
            risk(
                "down",
                "project: A1\nprobability: 3\nimpact: 3\nhistory:\n  - {date: 2026-05-01, probability: 4, impact: 4}\n",
            ),
            risk("flat", "project: A1\nprobability: 2\nimpact: 3\n"),
            parse(
                "kind: Risk\nid: new\ntitle: n\ncategory: technical\nidentified: 2026-05-15\nproject: A1\nprobability: 1\nimpact: 1\n",
            ),
            risk(
                "gone",
                "project: A1\nprobability: 1\nimpact: 1\nstatus: closed\nclosed_on: 2026-05-20\n",
            ),
            risk(
                "old",
                "project: A1\nprobability: 1\nimpact: 1\nstatus: closed\nclosed_on: 2026-03-01\n",
            ),
        ]);
        let mut opts = Options::new(date("2026-06-01"));
        opts.since = Some(date("2026-04-01"));
        let r = compute(&p, &opts);
        let t = &r.trend;
        assert_eq!(t.new, ["new"]);
        assert_eq!(t.closed, ["gone"]);
        assert_eq!(t.rising, ["up"]);
        assert_eq!(t.falling, ["down"]);
        let movers: Vec<(&str, u32, u32, i64)> = t
            .top_movers
            .iter()
            .map(|m| (m.risk.as_str(), m.then, m.now, m.change))
            .collect();
        assert_eq!(movers, [("up", 12, 20, 8), ("down", 16, 9, -7)]);
        // Open totals: then 12 + 16 + 6 (new unknown) = 34; now 20 + 9 + 6 + 1 = 36.
        assert_eq!((t.total_then, t.total_now), (34, 36));
        // The default window is 90 days before as-of.
        assert_eq!(Options::new(date("2026-06-01")).since(), date("2026-03-03"));
    }

    #[test]
    fn hygiene_overdue_stale_and_closed_projects() {
        // as-of 2026-06-01, stale after 30 days.
        // r1: review due 05-20 (12 days over); action due 05-01 not done
        //     (31 days over); action due 04-01 done (not counted);
        //     last assessed 01-01 (151 days) -> stale; on A2 (active).
        // r2: assessed 05-10 (22 days) -> not stale; review in future.
        let p = portfolio(vec![
            risk(
                "r1",
                "project: A2\nprobability: 1\nimpact: 1\nnext_review: 2026-05-20\nactions:\n  - {description: late, due: 2026-05-01}\n  - {description: done, due: 2026-04-01, done_on: 2026-04-02}\n",
            ),
            risk(
                "r2",
                "project: A1\nprobability: 1\nimpact: 1\nnext_review: 2026-07-01\nhistory:\n  - {date: 2026-05-10, probability: 1, impact: 1}\n",
            ),
        ]);
        let r = compute(&p, &Options::new(date("2026-06-01")));
        let h = &r.hygiene;
        assert_eq!(h.reviews_overdue.len(), 1);
        assert_eq!(
            (
                h.reviews_overdue[0].risk.as_str(),
                h.reviews_overdue[0].days_overdue
            ),
            ("r1", 12)
        );
        assert_eq!(h.actions_overdue.len(), 1);
        assert_eq!(
            (
                h.actions_overdue[0].action.as_str(),
                h.actions_overdue[0].days_overdue
            ),
            ("late", 31)
        );
        let stale: Vec<(&str, i64)> = h.stale.iter().map(|s| (s.risk.as_str(), s.days)).collect();
        assert_eq!(stale, [("r1", 151)]);
    }

    #[test]
    fn heat_map_counts_open_risks_and_clamps_off_scale_levels() {
        // On a 3 x 4 scale: two open threats at p2 i3, one at p9 i9
        // (clamped to p3 i4), one closed (not counted), one opportunity.
        let mut p = portfolio(vec![
            risk("a", "project: A1\nprobability: 2\nimpact: 3\n"),
            risk("b", "project: A1\nprobability: 2\nimpact: 3\n"),
            risk("c", "project: A1\nprobability: 9\nimpact: 9\n"),
            risk(
                "d",
                "project: A1\nprobability: 1\nimpact: 1\nstatus: closed\n",
            ),
            risk(
                "e",
                "project: A1\ntype: opportunity\nprobability: 1\nimpact: 4\n",
            ),
        ]);
        p.settings.scales.probability = 3;
        p.settings.scales.impact = 4;
        let r = compute(&p, &Options::new(date("2026-06-01")));
        let t = &r.heatmaps.threats;
        assert_eq!(t.total, 3);
        assert_eq!(
            t.counts,
            vec![vec![0, 0, 0, 0], vec![0, 0, 2, 0], vec![0, 0, 0, 1]]
        );
        // Cell (p3, i4) scores 12: high under the default bands.
        assert_eq!(t.bands[2][3].as_deref(), Some("high"));
        assert_eq!(r.heatmaps.opportunities.counts[0][3], 1);
        // EMV on a 3-level scale: clamped 9 -> 3 of 3 = certain.
        assert_eq!(probability_fraction(9, 3), 1.0);
    }

    #[test]
    fn filters_and_scope() {
        let p = portfolio(vec![
            risk("a", "project: A1\nprobability: 2\nimpact: 3\nowner: pm-a\n"),
            risk("b", "project: B1\nprobability: 4\nimpact: 4\n"),
            risk("c", "program: A\nprobability: 1\nimpact: 1\n"),
        ]);
        let mut o = Options::new(date("2026-06-01"));
        o.scope.program = Some("A".into());
        let ids = |r: RiskReport| r.risks.into_iter().map(|x| x.id).collect::<Vec<_>>();
        assert_eq!(ids(compute(&p, &o)), ["a", "c"]);
        o.scope.project = Some("A1".into());
        assert_eq!(ids(compute(&p, &o)), ["a"]); // program-level risks have no project
        let mut o = Options::new(date("2026-06-01"));
        o.min_score = Some(6);
        assert_eq!(ids(compute(&p, &o)), ["b", "a"]);
        o.owner = Some("pm-a".into());
        assert_eq!(ids(compute(&p, &o)), ["a"]);
    }
}

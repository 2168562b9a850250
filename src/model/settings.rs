//! Repository settings, read from `pmo.toml` at the repository root: format
//! version, scales, thresholds, weights, calendar and rule levels. Every
//! field has a documented default so an empty `pmo.toml` is valid.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Date;

/// The newest format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// The settings of a repository: `pmo.toml` at its root.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(title = "pmo.toml")]
pub struct Settings {
    /// Format version of the repository's documents (currently 1).
    pub format: u32,
    /// Name of the portfolio, shown in report headings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Currency of budgets and cost rates, e.g. CNY.
    pub currency: String,
    /// Report language: en or zh.
    pub lang: Lang,
    /// Rating scales of risks, reviews and assessments.
    pub scales: Scales,
    /// The working calendar: working days, hours, holidays.
    pub calendar: Calendar,
    /// Plan report thresholds (RAG) and the EAC method.
    pub plan: PlanSettings,
    /// The risk process: tolerance, bands, staleness.
    pub risk: RiskSettings,
    /// Capacity thresholds: overload and idle.
    pub resource: ResourceSettings,
    /// Project assessment weights and grades.
    pub assessment: AssessmentSettings,
    /// 360-degree review anonymity and gaps.
    pub review: ReviewSettings,
    /// Loader limits: file size and node count.
    pub load: LoadSettings,
    /// The plan baseline kept in git.
    pub baseline: BaselineSettings,
    /// Level per rule code: allow, warn or deny, e.g. `S004 = "allow"`.
    pub rules: BTreeMap<String, RuleLevel>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            format: FORMAT_VERSION,
            name: None,
            currency: "CNY".into(),
            lang: Lang::En,
            scales: Scales::default(),
            calendar: Calendar::default(),
            plan: PlanSettings::default(),
            risk: RiskSettings::default(),
            resource: ResourceSettings::default(),
            assessment: AssessmentSettings::default(),
            review: ReviewSettings::default(),
            load: LoadSettings::default(),
            baseline: BaselineSettings::default(),
            rules: BTreeMap::new(),
        }
    }
}

/// The language of reports and labels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Chinese (中文).
    Zh,
}

/// What a rule's findings count as.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    /// Not reported.
    Allow,
    /// Reported as a warning.
    Warn,
    /// Reported as an error.
    Deny,
}

/// Rating scales.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Scales {
    /// Levels of risk probability, 1..=N (default 5).
    pub probability: u8,
    /// Levels of risk impact, 1..=N (default 5).
    pub impact: u8,
    /// Lowest score in reviews and assessments (default 1).
    pub score_min: f64,
    /// Highest score in reviews and assessments (default 5).
    pub score_max: f64,
}

impl Default for Scales {
    fn default() -> Self {
        Scales {
            probability: 5,
            impact: 5,
            score_min: 1.0,
            score_max: 5.0,
        }
    }
}

/// Weekday names accepted in `working_days`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// The same day as chrono names it.
    pub fn chrono(self) -> chrono::Weekday {
        match self {
            Weekday::Mon => chrono::Weekday::Mon,
            Weekday::Tue => chrono::Weekday::Tue,
            Weekday::Wed => chrono::Weekday::Wed,
            Weekday::Thu => chrono::Weekday::Thu,
            Weekday::Fri => chrono::Weekday::Fri,
            Weekday::Sat => chrono::Weekday::Sat,
            Weekday::Sun => chrono::Weekday::Sun,
        }
    }
}

/// The working calendar: durations count working days only.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Calendar {
    /// Default Monday to Friday.
    pub working_days: Vec<Weekday>,
    /// Working hours in a day (default 8).
    pub hours_per_day: f64,
    /// Public holidays, YYYY-MM-DD.
    pub holidays: Vec<Date>,
    /// Extra working days on weekends (调休), YYYY-MM-DD.
    pub workdays: Vec<Date>,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar {
            working_days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            hours_per_day: 8.0,
            holidays: Vec::new(),
            workdays: Vec::new(),
        }
    }
}

/// A named band starting at a threshold; bands are matched highest first.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The band's name, e.g. `high` or `A`.
    pub name: String,
    /// Lowest value in the band.
    pub from: f64,
}

fn band(name: &str, from: f64) -> Band {
    Band {
        name: name.into(),
        from,
    }
}

/// Plan report settings and RAG thresholds.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PlanSettings {
    /// Items due within this many days are "upcoming" (default 14).
    pub due_soon_days: u32,
    /// SPI below this is amber (default 0.95).
    pub amber_spi: f64,
    /// SPI below this is red (default 0.85).
    pub red_spi: f64,
    /// CPI below this is amber (default 0.95).
    pub amber_cpi: f64,
    /// CPI below this is red (default 0.85).
    pub red_cpi: f64,
    /// Projected slip past the baseline end, in days, that makes amber (default 5).
    pub amber_slip_days: i64,
    /// ... and red (default 15).
    pub red_slip_days: i64,
    /// Overdue milestones that make a project red (default 2; 1 is amber).
    pub red_overdue_milestones: u32,
    /// The estimate at completion the cost status is rated on: `cpi`
    /// (BAC / CPI, the default), `budget-rate` (AC + BAC - EV) or `cpi-spi`
    /// (AC + (BAC - EV) / (CPI x SPI)). All three are in the JSON.
    pub eac: EacMethod,
    /// A service's spend above this percent of its run-rate to date is
    /// amber (default 105).
    pub amber_burn_percent: f64,
    /// ... and red (default 115).
    pub red_burn_percent: f64,
}

/// How the estimate at completion is forecast (PMBOK's usual variants).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EacMethod {
    /// BAC / CPI: the rest of the work costs what the work so far did.
    #[default]
    Cpi,
    /// AC + (BAC - EV): the rest of the work costs what was budgeted.
    BudgetRate,
    /// AC + (BAC - EV) / (CPI x SPI): cost and schedule performance both
    /// weigh on the rest of the work.
    CpiSpi,
}

impl EacMethod {
    /// The name as written in `pmo.toml`.
    pub fn key(self) -> &'static str {
        match self {
            EacMethod::Cpi => "cpi",
            EacMethod::BudgetRate => "budget-rate",
            EacMethod::CpiSpi => "cpi-spi",
        }
    }
}

impl Default for PlanSettings {
    fn default() -> Self {
        PlanSettings {
            due_soon_days: 14,
            amber_spi: 0.95,
            red_spi: 0.85,
            amber_cpi: 0.95,
            red_cpi: 0.85,
            amber_slip_days: 5,
            red_slip_days: 15,
            red_overdue_milestones: 2,
            eac: EacMethod::Cpi,
            amber_burn_percent: 105.0,
            red_burn_percent: 115.0,
        }
    }
}

/// The PMO's one risk process (PMO duties and role).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RiskSettings {
    /// Score (probability x impact) at or above which a risk exceeds the
    /// tolerance and is escalated (default 12).
    pub tolerance: u32,
    /// Tolerance overrides per program or project id.
    pub tolerances: BTreeMap<String, u32>,
    /// Priority bands by score, e.g. low/medium/high/critical.
    pub bands: Vec<Band>,
    /// A risk not reviewed for this many days is stale (default 30).
    pub stale_after_days: u32,
}

impl Default for RiskSettings {
    fn default() -> Self {
        RiskSettings {
            tolerance: 12,
            tolerances: BTreeMap::new(),
            bands: vec![
                band("low", 1.0),
                band("medium", 5.0),
                band("high", 10.0),
                band("critical", 16.0),
            ],
            stale_after_days: 30,
        }
    }
}

/// Capacity thresholds.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ResourceSettings {
    /// Utilisation above this percent is a conflict (default 100).
    pub overload_percent: f64,
    /// Utilisation below this percent is idle (default 50).
    pub idle_percent: f64,
}

impl Default for ResourceSettings {
    fn default() -> Self {
        ResourceSettings {
            overload_percent: 100.0,
            idle_percent: 50.0,
        }
    }
}

/// Project assessment weights and grades.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AssessmentSettings {
    /// Weight per dimension key (default 1 each, i.e. equal).
    pub weights: BTreeMap<String, f64>,
    /// Grade bands on the weighted total.
    pub grades: Vec<Band>,
    /// A KPI missed this many periods in a row is flagged (default 2).
    pub miss_streak: u32,
    /// A customer's latest satisfaction below this share of its survey's
    /// scale, in percent, is a status reason (default 60).
    pub satisfaction_low: f64,
}

impl Default for AssessmentSettings {
    fn default() -> Self {
        AssessmentSettings {
            weights: BTreeMap::new(),
            grades: vec![
                band("D", 0.0),
                band("C", 2.5),
                band("B", 3.5),
                band("A", 4.5),
            ],
            miss_streak: 2,
            satisfaction_low: 60.0,
        }
    }
}

/// 360-degree review settings.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ReviewSettings {
    /// Fewest raters a group (other than self and superior) needs to be
    /// shown on its own (default 3).
    pub anonymity_threshold: u32,
    /// Self minus others at or above this is a blind spot; at or below its
    /// negative a hidden strength (default 0.5).
    pub gap_threshold: f64,
    /// Weight per rater group in the overall score (default: 1 each for
    /// superior, peer, subordinate and customer; self 0).
    pub group_weights: BTreeMap<String, f64>,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings {
            anonymity_threshold: 3,
            gap_threshold: 0.5,
            group_weights: BTreeMap::new(),
        }
    }
}

/// The plan baseline kept in git.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct BaselineSettings {
    /// A git revision (typically a tag such as `baseline-2026`) whose plan
    /// is the baseline: tasks, milestones and projects without their own
    /// `baseline` take their dates from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// Named baselines, name to git revision, e.g. `original =
    /// "baseline-2026"` and `replan = "replan-2026-06"` (the plan as re-
    /// approved after a change); `use` or `--baseline` picks one.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub named: BTreeMap<String, String>,
    /// The named baseline reports measure against (default: `revision`).
    #[serde(rename = "use", skip_serializing_if = "Option::is_none")]
    pub in_use: Option<String>,
}

impl BaselineSettings {
    /// The baseline to measure against: `choice` (from `--baseline`: a
    /// name of `named`, else a revision), else `use`, else `revision`;
    /// as (what the reports call it, the revision to read).
    pub fn pick(&self, choice: Option<&str>) -> Result<Option<(String, String)>, String> {
        let named = |name: &str| {
            self.named
                .get(name)
                .map(|rev| (format!("{name} = {rev}"), rev.clone()))
        };
        if let Some(c) = choice {
            return Ok(Some(
                named(c).unwrap_or_else(|| (c.to_string(), c.to_string())),
            ));
        }
        if let Some(u) = &self.in_use {
            return named(u).map(Some).ok_or_else(|| {
                let known: Vec<&str> = self.named.keys().map(String::as_str).collect();
                format!(
                    "[baseline] use = \"{u}\" names no baseline of [baseline.named] (it has: {})",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                )
            });
        }
        Ok(self.revision.as_ref().map(|r| (r.clone(), r.clone())))
    }
}

/// Loader limits.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct LoadSettings {
    /// Largest YAML file read, in MiB (default 32).
    pub max_file_mb: u64,
    /// Most values, lists and mappings in one YAML document (default
    /// 2,000,000): bounds the parser's work and memory on hostile input.
    pub max_nodes: u64,
}

impl Default for LoadSettings {
    fn default() -> Self {
        LoadSettings {
            max_file_mb: 32,
            max_nodes: 2_000_000,
        }
    }
}

impl Settings {
    /// The risk tolerance for a project, falling back to its program, then
    /// to the portfolio tolerance.
    pub fn tolerance_for(&self, project: Option<&str>, program: Option<&str>) -> u32 {
        project
            .and_then(|p| self.risk.tolerances.get(p))
            .or_else(|| program.and_then(|p| self.risk.tolerances.get(p)))
            .copied()
            .unwrap_or(self.risk.tolerance)
    }

    /// The band a value falls in: the highest band whose `from` it reaches.
    pub fn band_of(bands: &[Band], value: f64) -> Option<&Band> {
        bands
            .iter()
            .filter(|b| value >= b.from)
            .max_by(|a, b| a.from.total_cmp(&b.from))
    }
}

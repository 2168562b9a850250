//! `pmo report risk`: the risk register, heat map, escalations, hygiene,
//! exposure and trend.

use anyhow::{Result, bail};

use super::CommonArgs;
use crate::cli::common::{self, Exit, Global};
use crate::diag::UnknownId;
use strum::IntoEnumIterator;

use crate::model::{Category, Date, Key, Kind, RiskStatus};
use crate::report::risk::{self, Options, view::Detail};

const EXAMPLES: &str = "\
Examples:
  pmo report risk                               the whole portfolio, as of today
  pmo report risk --program P-OPS --as-of 2026-11-16
  pmo report risk --min-score 12 --status open  what exceeds a tolerance of 12
  pmo report risk --owner wang-li --category schedule
  pmo report risk --since 2026-07-01 --format markdown -o risks.md
  pmo report risk --format csv | mlr --icsv --opprint sort -nr emv";

/// Options of `pmo report risk`.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only risks of this category (technical, resource, schedule, ...).
    #[arg(long, value_name = "CATEGORY", value_parser = parse_category)]
    pub category: Option<Category>,
    /// Only risks owned by this person (id).
    #[arg(long, value_name = "PERSON")]
    pub owner: Option<String>,
    /// Only risks in this status: open, monitoring, occurred or closed.
    #[arg(long, value_name = "STATUS", value_parser = parse_status)]
    pub status: Option<RiskStatus>,
    /// Only risks scoring at least this (probability x impact).
    #[arg(long, value_name = "SCORE")]
    pub min_score: Option<u32>,
    /// Start of the trend window (default: 90 days before --as-of), YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = common::parse_date)]
    pub since: Option<Date>,
}

fn parse_category(s: &str) -> Result<Category, String> {
    s.parse().map_err(|_| {
        let all: Vec<&str> = Category::iter().map(Key::key).collect();
        format!("unknown category `{s}`; categories are {}", all.join(", "))
    })
}

fn parse_status(s: &str) -> Result<RiskStatus, String> {
    s.parse().map_err(|_| {
        let all: Vec<&str> = RiskStatus::iter().map(Key::key).collect();
        format!("unknown status `{s}`; statuses are {}", all.join(", "))
    })
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    let loaded = args.common.load(global)?;
    let portfolio = &loaded.portfolio;
    if let Some(owner) = &args.owner {
        UnknownId::check(portfolio, Kind::Person, owner)?;
    }
    let as_of = args.common.as_of();
    let opts = Options {
        scope: args.common.scope(),
        as_of,
        since: args.since,
        category: args.category,
        owner: args.owner.clone(),
        status: args.status,
        min_score: args.min_score,
    };
    if opts.since() > as_of {
        bail!("--since {} is after --as-of {as_of}", opts.since());
    }
    let mut report = risk::compute(portfolio, &loaded.analysis, &opts);
    loaded.stamp(&mut report.meta)?;
    let detail = match args.common.format() {
        f if f.is_tidy() => Detail::Register,
        _ => Detail::Summary,
    };
    let lang = args.common.lang(&portfolio.settings);
    args.common.emit(
        global,
        &loaded,
        &report,
        || risk::view::view(&report, detail, lang),
        |_, _| None,
    )
}

//! `pmo report assessment`: the project assessment, KPI and SLA
//! attainment, and the 360-degree review of project managers.

use anyhow::{Result, bail};

use super::CommonArgs;
use crate::cli::common::{Exit, Global};
use crate::model::Period;
use crate::report::assessment::{self, Options, tidy, view};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo report assessment                          every project, KPI and 360 review
  pmo report assessment --program desk-ops       one program
  pmo report assessment --period 2026-H1         one period (KPI actuals up to its end)
  pmo report assessment --manager li-wei -o li-wei.md
                                                 one manager's full 360 report, to hand over
  pmo report assessment --format json | jq '.reviews[] | {manager, overall}'
  pmo report assessment --format csv             one row per project, period and dimension

Rater groups below `[review] anonymity_threshold` (default 3) raters are never
shown on their own in any format; rater identities never appear.")]
pub struct Args {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only this manager: their 360 reviews (with comments) and the
    /// projects they manage.
    #[arg(long, value_name = "ID")]
    pub manager: Option<String>,
    /// Only this period, e.g. 2026-H1 or 2026-Q3.
    #[arg(long, value_name = "P", value_parser = parse_period)]
    pub period: Option<Period>,
}

fn parse_period(s: &str) -> Result<Period, String> {
    s.parse()
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    let loaded = args.common.load(global)?;
    let portfolio = &loaded.portfolio;
    let lang = args.common.lang(&portfolio.settings);
    if let Some(m) = &args.manager
        && let Err(e) = assessment::verify_manager(portfolio, m)
    {
        bail!(e);
    }
    let mut report = assessment::compute(
        portfolio,
        &loaded.analysis,
        &Options {
            scope: args.common.scope(),
            as_of: args.common.as_of(),
            manager: args.manager.clone(),
            period: args.period,
        },
    );
    loaded.stamp(&mut report.meta)?;
    let csv = args.common.format().is_tidy();
    args.common.emit(
        global,
        &loaded,
        &report,
        || {
            if csv {
                tidy::tidy(&report)
            } else {
                view::view(&report, lang)
            }
        },
        |_, _| None,
    )
}

//! `pmo report resource`: capacity, load and conflicts per person and period.

use anyhow::{Result, bail};

use super::CommonArgs;
use crate::analysis::workload::PeriodKind;
use crate::cli::common::{self, Exit, Global};
use crate::model::Date;
use crate::report::resource::{self, Options};

const EXAMPLES: &str = "\
Examples:
  pmo report resource                          12 weeks from this week
  pmo report resource --every month --from 2026-01-01 --to 2026-12-31
  pmo report resource --program PG-OPS --role network-engineer
  pmo report resource --person li.wei --format json
  pmo report resource --format csv -o load.csv  one row per person, period, project

Load is, per day, the larger of a person's team allocation on a project and
their task effort on it (spread evenly over the task's working days), summed
over every project in the portfolio, whatever the filters.";

/// Period lengths for `--every`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PeriodArg {
    /// ISO weeks, Monday to Sunday.
    Week,
    /// Calendar months.
    Month,
}

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only this person.
    #[arg(long, value_name = "ID")]
    pub person: Option<String>,
    /// Only people with this role or skill, and the demand for it.
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// First day of the window (default: the as-of date), widened to the
    /// start of its period.
    #[arg(long, value_name = "DATE", value_parser = common::parse_date)]
    pub from: Option<Date>,
    /// Last day of the window (default: 12 weeks, or 3 months, from the
    /// first period), widened to the end of its period.
    #[arg(long, value_name = "DATE", value_parser = common::parse_date)]
    pub to: Option<Date>,
    /// Group days into weeks or months (formerly `--period`, still
    /// accepted).
    #[arg(long, alias = "period", value_enum, default_value_t = PeriodArg::Week, value_name = "LENGTH")]
    pub every: PeriodArg,
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    let loaded = args.common.load(global)?;
    let options = Options {
        scope: args.common.scope(),
        from: args.from,
        to: args.to,
        period: match args.every {
            PeriodArg::Week => PeriodKind::Week,
            PeriodArg::Month => PeriodKind::Month,
        },
        person: args.person.clone(),
        role: args.role.clone(),
    };
    if let Err(e) = options.verify(&loaded.portfolio) {
        bail!(e);
    }
    let mut report = resource::compute(&loaded.portfolio, &loaded.analysis, &options);
    loaded.stamp(&mut report.meta)?;
    let detail = args.common.format().is_tidy();
    let lang = args.common.lang(&loaded.portfolio.settings);
    args.common.emit(
        global,
        &loaded,
        &report,
        || resource::view::view(&report, detail, lang),
        |_, _| None,
    )
}

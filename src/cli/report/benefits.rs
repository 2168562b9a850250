//! `pmo report benefits`: per program, each benefit's target, measured
//! values over time, owner, goals, the projects that deliver it and its
//! status with the reason (收益管理).

use anyhow::Result;

use super::CommonArgs;
use crate::cli::common::{Exit, Global};
use crate::report::benefits::{self, Options, view};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo report benefits                            every program's goals and benefits
  pmo report benefits --program PRG-BANK --lang zh
  pmo report benefits --format csv               one row per benefit
  pmo report benefits --format xlsx -o benefits.xlsx
                                                 a sheet of benefits, one of measured values
  pmo report benefits --format json | jq '.programs[].benefits[] | select(.status == \"behind\")'")]
pub struct Args {
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    let loaded = args.common.load(global)?;
    let portfolio = &loaded.portfolio;
    let lang = args.common.lang(&portfolio.settings);
    let mut report = benefits::compute(
        portfolio,
        &loaded.analysis,
        &Options {
            scope: args.common.scope(),
            as_of: args.common.as_of(),
        },
    );
    loaded.stamp(&mut report.meta)?;
    let tidy = args.common.format().is_tidy();
    args.common.emit(
        global,
        &loaded,
        &report,
        || view::view(&report, tidy, lang),
        |_, _| None,
    )
}

//! `pmo report` (or `pmo report overview`): where every program stands.

use anyhow::Result;

use super::{CommonArgs, ReportFormat};
use crate::cli::common::{Exit, Global};
use crate::report::overview::{self, Options, view};

pub const EXAMPLES: &str = "\
Examples:
  pmo report                               every program and project, one screen
  pmo report -C examples/composite         the overview of another repository
  pmo report --program PRG-EAST-ITS        one program
  pmo report --format json | jq '.programs[].projects[] | select(.risk == \"red\") | .id'
  pmo report --format csv -o status.csv    one row per project, for a spreadsheet
  pmo report plan --help                   the other reports: plan, risk, resource, assessment";

/// Every program and project with its schedule, cost, risk and resource
/// status, % complete, next milestone, top risks, people over capacity and
/// latest assessment grade; then the portfolio line.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct OverviewArgs {
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &OverviewArgs, global: &Global) -> Result<Exit> {
    let loaded = args.common.load(global)?;
    let report = overview::compute(
        &loaded.portfolio,
        &Options {
            scope: args.common.scope(),
            as_of: args.common.as_of(),
        },
    );
    let tidy_only = args.common.format() == ReportFormat::Csv;
    let lang = args.common.lang(&loaded.portfolio.settings);
    args.common.emit(
        global,
        &report,
        || view::view(&report, tidy_only, lang),
        |_, _| None,
    )
}

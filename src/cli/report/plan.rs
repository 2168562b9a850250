//! `pmo report plan`: schedule, critical path, progress, earned value and
//! status per program and project.

use anyhow::Result;

use super::{CommonArgs, ReportFormat};
use crate::cli::common::{self, Exit, Global};
use crate::model::Date;
use crate::render::gantt::{self, Scale};
use crate::report::plan::{self, Options, view};

const EXAMPLES: &str = "\
Examples:
  pmo report plan                           summary per program, then per project
  pmo report plan --program ops --gantt     with a Gantt chart of the program
  pmo report plan --from 2026-11-01 --to 2026-12-31 --gantt --scale week
  pmo report plan --format json | jq '.programs[].projects[] | {id, rag, slip_days}'
  pmo report plan --format csv -o plan.csv  one row per task and milestone
  pmo report plan --format mermaid >> STATUS.md
  pmo report plan -o milestones.ics         milestones and due dates as a calendar
  pmo report plan --project PRJ-NET -o plan.xml   the plan for MS Project or ProjectLibre (MSPDI)";

/// Where programs and projects stand against their plan: critical path,
/// late and upcoming items, projected finish, earned value and status.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub common: CommonArgs,
    /// List only items that reach into the window from this date.
    #[arg(long, value_name = "DATE", value_parser = common::parse_date)]
    pub from: Option<Date>,
    /// List only items that start by this date.
    #[arg(long, value_name = "DATE", value_parser = common::parse_date)]
    pub to: Option<Date>,
    /// Draw a Gantt chart (table and markdown formats; html always has one).
    #[arg(long)]
    pub gantt: bool,
    /// The Gantt chart's scale (default: weeks up to four months, else months).
    #[arg(long, value_enum, value_name = "SCALE")]
    pub scale: Option<Scale>,
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    if let (Some(f), Some(t)) = (args.from, args.to) {
        anyhow::ensure!(f <= t, "--from {f} is after --to {t}");
    }
    let loaded = args.common.load(global)?;
    let options = Options {
        scope: args.common.scope(),
        as_of: args.common.as_of(),
        from: args.from,
        to: args.to,
    };
    let mut report = plan::compute(&loaded.portfolio, &loaded.analysis, &options);
    loaded.stamp(&mut report.meta)?;
    let format = args.common.format();
    let view_options = view::ViewOptions {
        gantt: args.gantt || format == ReportFormat::Html,
        scale: args.scale,
        tidy_only: format.is_tidy(),
        lang: args.common.lang(&loaded.portfolio.settings),
    };
    args.common.emit(
        global,
        &loaded,
        &report,
        || view::view(&report, &view_options),
        |format, out| match format {
            ReportFormat::Mermaid => {
                let chart = view::gantt(&report, args.scale, view_options.lang);
                out.extend_from_slice(gantt::mermaid(&chart).as_bytes());
                Some(Ok(()))
            }
            ReportFormat::Ics => Some(crate::render::ics::render(&view::calendar(&report), out)),
            ReportFormat::Mspdi => {
                let (xml, notes) = crate::interchange::mspdi::export(
                    &loaded.portfolio,
                    &loaded.analysis,
                    &options.scope,
                );
                for n in notes {
                    eprintln!("note: {n}");
                }
                out.extend_from_slice(xml.as_bytes());
                Some(Ok(()))
            }
            _ => None,
        },
    )
}

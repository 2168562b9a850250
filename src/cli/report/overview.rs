//! `pmo report` (or `pmo report overview`): where every program stands.

use anyhow::Result;

use super::{CommonArgs, ReportFormat};
use crate::cli::common::{self, Exit, Global};
use crate::render;
use crate::report::overview::{self, Options, page, view};

pub const EXAMPLES: &str = "\
Examples:
  pmo report                               every program and project, one screen
  pmo report -C examples/composite         the overview of another repository
  pmo report --program PRG-EAST-ITS        one program
  pmo report --format json | jq '.programs[].projects[] | select(.risk == \"red\") | .id'
  pmo report --format csv -o status.csv    one row per project, for a spreadsheet
  pmo report -o status.xlsx                an Excel workbook: projects, programs,
                                           top risks, people over capacity
  pmo report -o status.html                the management page: executive summary,
                                           projects, Gantt chart, risk heat maps, load grid
  pmo report -o status.html --sections overview,risk --gantt-tasks
                                           chosen sections; add `assessment` for the
                                           (personal) 360-degree charts
  pmo report plan --help                   the other reports: plan, risk, resource, assessment";

/// Every program and project with its schedule, cost, risk and resource
/// status, % complete, next milestone, top risks, people over capacity and
/// latest assessment grade; then the portfolio line.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct OverviewArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The HTML page's sections, in any order [default:
    /// overview,plan,risk,resource]. `assessment` adds the 360-degree
    /// reviews of named managers, which are personal and left out unless
    /// asked for.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "SECTIONS")]
    pub sections: Vec<page::Section>,
    /// Every task in the HTML page's Gantt chart, not one bar per project
    /// with its milestones.
    #[arg(long)]
    pub gantt_tasks: bool,
}

/// The error count in the header, and unknown for the statuses that rest
/// on documents with errors.
fn settle(report: &mut overview::OverviewReport, repo: &super::Repo) -> Result<()> {
    repo.stamp(&mut report.meta)?;
    overview::mark_uncertain(report, repo.integrity());
    Ok(())
}

pub fn run(args: &OverviewArgs, global: &Global) -> Result<Exit> {
    let loaded = args.common.load(global)?;
    let portfolio = &loaded.portfolio;
    let options = Options {
        scope: args.common.scope(),
        as_of: args.common.as_of(),
    };
    let format = args.common.format();
    let lang = args.common.lang(&loaded.portfolio.settings);
    if format == ReportFormat::Html {
        // The management page: the overview, then the four reports'
        // pictures, from the very reports the overview was gathered from.
        let parts = overview::parts(portfolio, &loaded.analysis, &options);
        let mut report = overview::gather(portfolio, &options, &parts);
        settle(&mut report, &loaded)?;
        let options = page::PageOptions {
            sections: if args.sections.is_empty() {
                page::DEFAULT_SECTIONS.to_vec()
            } else {
                args.sections.clone()
            },
            gantt_tasks: args.gantt_tasks,
        };
        let mut sections = page::sections(portfolio, &report, &parts, &options, lang);
        if let Some(first) = sections.first_mut() {
            *first = super::with_banner(std::mem::take(first), loaded.integrity().errors, lang);
        }
        let mut buf = Vec::new();
        let mut html = super::page(&report.meta, sections);
        html.title = page::title(&report, lang);
        render::html::render(&html, &mut buf)?;
        common::emit(&buf, args.common.output.as_deref())?;
        return Ok(Exit::Clean);
    }
    if !args.sections.is_empty() || args.gantt_tasks {
        anyhow::bail!(
            "--sections and --gantt-tasks shape the HTML page; add `--format html` or `-o FILE.html`"
        );
    }
    let mut report = overview::compute(portfolio, &loaded.analysis, &options);
    settle(&mut report, &loaded)?;
    let tidy_only = format.is_tidy();
    args.common.emit(
        global,
        &loaded,
        &report,
        || view::view(&report, tidy_only, lang),
        |_, _| None,
    )
}

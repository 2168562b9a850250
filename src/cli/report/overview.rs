//! `pmo report` (or `pmo report overview`): where every program stands.

use anyhow::Result;

use super::{CommonArgs, ReportFormat};
use crate::cli::common::{self, Exit, Global};
use crate::history::{Every, History};
use crate::i18n::{Label as L, Lang, tf};
use crate::render::{self, Block, View};
use crate::report::diff::view as diff_view;
use crate::report::overview::{self, Options, page, view};
use crate::report::trend::view as trend_view;

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
    /// overview,plan,risk,resource]. `benefits` adds the goals and
    /// benefits; `assessment` adds the 360-degree
    /// reviews of named managers, which are personal and left out unless
    /// asked for.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "SECTIONS")]
    pub sections: Vec<page::Section>,
    /// Every task in the HTML page's Gantt chart, not one bar per project
    /// with its milestones.
    #[arg(long)]
    pub gantt_tasks: bool,
    /// Open with what changed since this revision or date (the last
    /// report's): the worst news of `pmo diff`, then the trends of
    /// `pmo report trend` (weekly, monthly beyond six months), then
    /// today's state. Table, Markdown and HTML.
    #[arg(long, value_name = "REV|DATE")]
    pub since: Option<String>,
}

/// News a "since" section lists before it counts the rest.
const SINCE_NEWS: usize = 10;

/// The "since the last report" section: the diff from `spec` to the
/// report's revision, worst first, and the trend charts since then.
fn since_view(spec: &str, args: &OverviewArgs, global: &Global, lang: Lang) -> Result<View> {
    let common_args = &args.common;
    let root = common::repo_root(common_args.repo_path())?;
    let history = History::open(&root)?;
    let (news, _) = crate::cli::diff::news(
        &history,
        spec,
        common_args.at.as_deref(),
        common_args.as_of,
        global,
    )?;
    let weeks = news.from.as_of.days_until(news.to.as_of) / 7;
    let every = if weeks > 26 {
        Every::Month
    } else {
        Every::Week
    };
    let scope = common_args.scope();
    let (trend, ()) =
        super::trend::collect(&history, Some(spec), every, &scope, global, |_, _| ())?;
    let mut view = diff_view::short(&news, SINCE_NEWS, lang);
    let commit = news.from.commit.as_deref().unwrap_or("-");
    view.title = tf(
        lang,
        L::SinceTitle,
        &[&news.from.name, &commit, &news.from.as_of],
    );
    view.blocks.extend(trend_view::charts(&trend, lang));
    Ok(view)
}

/// `view` with `since` before it, under its own heading.
fn after(since: Option<&View>, mut view: View) -> View {
    if let Some(s) = since {
        let mut blocks = vec![Block::Heading(s.title.clone())];
        blocks.extend(s.blocks.iter().cloned());
        blocks.push(Block::Heading(view.title.clone()));
        blocks.append(&mut view.blocks);
        view.blocks = blocks;
    }
    view
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
    if args.since.is_some() && (format.is_tidy() || format == ReportFormat::Json) {
        anyhow::bail!(
            "--since shapes the table, Markdown and HTML reports; for data, \
             `pmo diff REV --format json` and `pmo report trend --since REV --format csv`"
        );
    }
    let since = match &args.since {
        Some(spec) => Some(since_view(spec, args, global, lang)?),
        None => None,
    };
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
        if let Some(s) = since {
            sections.insert(0, s);
        }
        if let Some(first) = sections.first_mut() {
            *first = super::with_banner(std::mem::take(first), loaded.integrity().errors, lang);
        }
        let mut buf = Vec::new();
        let mut html = super::page(&report.meta, sections, lang);
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
        || after(since.as_ref(), view::view(&report, tidy_only, lang)),
        |_, _| None,
    )
}

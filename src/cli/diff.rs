//! `pmo diff [FROM] [TO]`: what changed in the portfolio between two
//! revisions (default: the last commit and the working tree).

use crate::analysis::Analysis;
use std::path::PathBuf;

use anyhow::Result;

use super::common::{self, Exit, Global};
use super::report::{LangArg, ReportFormat, page};
use crate::check::levels::Levels;
use crate::check::new_since::{Side, new_since};
use crate::history::History;
use crate::load::{self, Loaded};
use crate::model::{Date, Lang};
use crate::render;
use crate::report::diff::{self, ChangeKind, FindingNote, Revision, Snapshot, view};
use crate::report::overview::{self, Options};
use crate::report::scope::Scope;

const EXAMPLES: &str = "\
Examples:
  pmo diff                               the last commit against the working tree
  pmo diff v1.0 HEAD                     between a tag and the last commit
  pmo diff 2026-09-01 HEAD               since the last commit of 1 September
  pmo diff origin/main HEAD --format markdown > comment.md   a pull-request comment
  pmo diff origin/main HEAD --fail-on rag-worse,finding-introduced   gate CI on news
  pmo diff HEAD~4 HEAD --format csv -o changes.csv

Exit codes: 0, or 1 when a change of a `--fail-on` kind is found; 2 usage or I/O failure.";

/// Changes a Markdown comment lists; JSON and CSV list them all.
const COMMENT_ROWS: usize = 25;

/// What changed between two states of the portfolio: projects added or
/// closed, statuses, milestones, finish dates, % complete, SPI and CPI,
/// budgets, risks, capacity and findings.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The earlier revision (default: HEAD).
    #[arg(value_name = "FROM")]
    pub from: Option<String>,
    /// The later revision (default: the working tree).
    #[arg(value_name = "TO")]
    pub to: Option<String>,
    /// The repository, or any folder inside it (default: the current folder).
    #[arg(long, value_name = "PATH")]
    pub repo: Option<PathBuf>,
    /// Output format (default: table, or what `-o FILE`'s extension implies).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// The date the later side is reported as of (default: its commit's
    /// date, or today for the working tree); the earlier side is always
    /// as of its commit's date.
    #[arg(long, value_name = "DATE", value_parser = common::parse_date)]
    pub as_of: Option<Date>,
    /// Exit 1 when a change of one of these kinds is found, e.g.
    /// `rag-worse,finding-introduced`.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KIND,...")]
    pub fail_on: Vec<ChangeKind>,
    /// Write to FILE instead of stdout; the format follows its extension.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language of the labels: en or zh (default: `lang` in the later
    /// side's pmo.toml, then en). Ids and data are never translated; JSON
    /// and CSV stay English.
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

/// One side loaded, with its revision.
struct SideLoaded {
    loaded: Loaded,
    revision: Revision,
}

fn load_side(
    history: &History,
    spec: Option<&str>,
    as_of: Option<Date>,
    global: &Global,
) -> Result<SideLoaded> {
    match spec {
        Some(spec) => {
            let rev = history.resolve(spec)?;
            let loaded = history.load(&rev, &load::Quiet, global.jobs)?;
            Ok(SideLoaded {
                loaded,
                revision: Revision {
                    name: spec.to_string(),
                    commit: Some(rev.short.clone()),
                    as_of: as_of.unwrap_or(rev.date),
                },
            })
        }
        None => {
            let loaded = load::load_with(history.root(), &load::Quiet, global.jobs)?;
            Ok(SideLoaded {
                loaded,
                revision: Revision {
                    name: "working tree".to_string(),
                    commit: None,
                    as_of: common::as_of(as_of),
                },
            })
        }
    }
}

fn snapshot<'a>(
    side: &'a SideLoaded,
    analysis: &'a Analysis,
    overview: &'a overview::OverviewReport,
    parts: &'a overview::Parts<'_>,
) -> Snapshot<'a> {
    Snapshot {
        revision: side.revision.clone(),
        portfolio: &side.loaded.portfolio,
        analysis,
        overview,
        plan: &parts.plan,
        risk: &parts.risk,
        assessment: &parts.assessment,
    }
}

fn notes(findings: &[crate::diag::Finding], sources: &load::SourceMap) -> Vec<FindingNote> {
    findings
        .iter()
        .map(|f| FindingNote {
            code: f.code().to_string(),
            path: sources.path(f.primary.loc).to_string(),
            message: f.message.clone(),
        })
        .collect()
}

/// The portfolio's news from revision `from` to revision `to` (the working
/// tree when `None`), each side with its own analysis and checks, as of
/// its own date (`as_of` for the later side, if given). Also the first
/// section of the management page under `pmo report --since`. Also the
/// later side's `lang` from pmo.toml.
pub fn news(
    history: &History,
    from: &str,
    to: Option<&str>,
    as_of: Option<Date>,
    global: &Global,
) -> Result<(diff::DiffReport, Lang)> {
    let from = load_side(history, Some(from), None, global)?;
    let to = load_side(history, to, as_of, global)?;

    let options = |side: &SideLoaded| Options {
        scope: Scope::default(),
        as_of: side.revision.as_of,
    };
    let (from_opts, to_opts) = (options(&from), options(&to));
    // One analysis per side, read by its report and its checks.
    let from_analysis = Analysis::build(&from.loaded.portfolio, from.revision.as_of);
    let to_analysis = Analysis::build(&to.loaded.portfolio, to.revision.as_of);
    let from_parts = overview::parts(&from.loaded.portfolio, &from_analysis, &from_opts);
    let to_parts = overview::parts(&to.loaded.portfolio, &to_analysis, &to_opts);
    let from_overview = overview::gather(&from.loaded.portfolio, &from_opts, &from_parts);
    let to_overview = overview::gather(&to.loaded.portfolio, &to_opts, &to_parts);

    // Findings with the later side's rule levels, each side as of its date.
    let mut levels = Levels::default();
    levels.extend(&to.loaded.portfolio.settings.rules);
    let (old, _) = common::checked(&from.loaded, &from_analysis, &levels);
    let (new, _) = common::checked(&to.loaded, &to_analysis, &levels);
    let then = Side {
        findings: &old,
        portfolio: &from.loaded.portfolio,
        sources: &from.loaded.sources,
    };
    let now = Side {
        findings: &new,
        portfolio: &to.loaded.portfolio,
        sources: &to.loaded.sources,
    };
    let introduced = notes(&new_since(&now, &then), &to.loaded.sources);
    let fixed = notes(&new_since(&then, &now), &from.loaded.sources);

    let report = diff::compute(
        &snapshot(&from, &from_analysis, &from_overview, &from_parts),
        &snapshot(&to, &to_analysis, &to_overview, &to_parts),
        introduced,
        fixed,
    );
    Ok((report, to.loaded.portfolio.settings.lang))
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    let root = common::repo_root(args.repo.as_deref())?;
    let history = History::open(&root)?;
    let from = args.from.as_deref().unwrap_or("HEAD");
    let (report, lang) = news(&history, from, args.to.as_deref(), args.as_of, global)?;
    let lang = match args.lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => lang,
    };
    emit(args, global, &report, lang)?;
    let fail = !args.fail_on.is_empty() && report.has_any(&args.fail_on);
    Ok(if fail { Exit::Findings } else { Exit::Clean })
}

fn emit(args: &Args, global: &Global, report: &diff::DiffReport, lang: Lang) -> Result<()> {
    let format = args
        .format
        .or_else(|| {
            args.output
                .as_deref()
                .and_then(ReportFormat::from_extension)
        })
        .unwrap_or(ReportFormat::Table);
    let mut buf = Vec::new();
    match format {
        ReportFormat::Json => render::json::render(report, &mut buf)?,
        ReportFormat::Table => render::table::render(
            &view::view(report, lang),
            global.stdout_style(args.output.is_some()),
            lang,
            &mut buf,
        )?,
        // CSV is for scripts: English, like every report's.
        ReportFormat::Csv => render::csv::render(&view::view(report, Lang::En), &mut buf)?,
        // Markdown is for a pull-request comment: short, worst news first.
        ReportFormat::Markdown => {
            render::markdown::render(&view::short(report, COMMENT_ROWS, lang), &mut buf)?
        }
        ReportFormat::Html => render::html::render(
            &page(&report.meta, vec![view::view(report, lang)], lang),
            &mut buf,
        )?,
        _ => anyhow::bail!("`pmo diff` has formats table, json, csv, markdown and html"),
    }
    common::emit(&buf, args.output.as_deref())
}

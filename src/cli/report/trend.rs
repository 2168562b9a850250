//! `pmo report trend`: figures over the history, one sample per period.

use crate::analysis::Analysis;
use anyhow::{Result, bail};

use super::{CommonArgs, Repo, ReportFormat};
use crate::cli::common::{self, Exit, Global};
use crate::history::{Every, History, last_of_each_period};
use crate::load::Loaded;
use crate::model::Date;
use crate::report::Meta;
use crate::report::overview::{self, Options};
use crate::report::trend::{self, Sample, view};

const EXAMPLES: &str = "\
Examples:
  pmo report trend                          every week of the history, with sparklines
  pmo report trend --since 2026-01-01 --every month
  pmo report trend --since baseline-2026    from a tag on
  pmo report trend --format csv -o trend.csv   one row per (date, item, metric, value)";

/// % complete, PV/EV/AC, SPI, CPI, slip, open risks and exposure, risks
/// above tolerance, people over capacity and assessment totals per
/// program and project, sampled at the last commit of each week or month.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Start at this date, or at the date of this revision (default: the
    /// first commit).
    #[arg(long, value_name = "DATE|REV")]
    pub since: Option<String>,
    /// One sample per week or per month: the last commit of each.
    #[arg(long, value_enum, default_value_t = Every::Week)]
    pub every: Every,
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    if args.common.at.is_some() {
        bail!("`report trend` reads the whole history; use --since to choose where it starts");
    }
    let root = common::repo_root(args.common.repo_path())?;
    let history = History::open(&root)?;
    let (mut report, last) = collect(
        &history,
        args.since.as_deref(),
        args.every,
        &args.common.scope(),
        global,
    )?;
    let as_of = report.meta.as_of;
    let lang = args.common.lang(&last.portfolio.settings);
    // The header's error count is the last sample's, as for any report.
    let repo = Repo::start(last, as_of, &args.common, global, None);
    repo.stamp(&mut report.meta)?;
    let tidy_only = args.common.format() == ReportFormat::Csv;
    let charts = args.common.format() == ReportFormat::Html;
    args.common.emit(
        global,
        &repo,
        &report,
        || view::view(&report, tidy_only, charts, lang),
        |_, _| None,
    )
}

/// The trend from `since` (a date, or a revision's date; default: the
/// first commit) to the last commit, one sample per period, and the last
/// sample's repository. Also the trend of the management page under
/// `pmo report --since`.
pub fn collect(
    history: &History,
    since: Option<&str>,
    every: Every,
    scope: &crate::report::scope::Scope,
    global: &Global,
) -> Result<(trend::TrendReport, Loaded)> {
    let since = match since {
        None => None,
        Some(s) => Some(match s.parse::<Date>() {
            Ok(day) => day,
            Err(_) => history.resolve(s)?.date,
        }),
    };
    let line = history.git().first_parent_line(None)?;
    if history.git().is_shallow() {
        eprintln!(
            "pmo: this is a shallow clone, so the trend starts at its first commit; \
             fetch the whole history with `git fetch --unshallow`"
        );
    }
    let picks = last_of_each_period(&line, since, every);
    let Some(newest) = picks.len().checked_sub(1) else {
        bail!("no commit to sample since the given date");
    };
    // Each sample is reduced to its figures as soon as it is loaded; only
    // the last sample's repository is kept, for the report's header.
    let mut samples = history.load_each(&picks, global.jobs, |k, rev, loaded| {
        if k == newest {
            scope
                .verify(&loaded.portfolio)
                .map_err(|e| anyhow::anyhow!(e))?;
        }
        let options = Options {
            scope: scope.clone(),
            as_of: rev.date,
        };
        let analysis = Analysis::build(&loaded.portfolio, rev.date);
        let parts = overview::parts(&loaded.portfolio, &analysis, &options);
        let gathered = overview::gather(&loaded.portfolio, &options, &parts);
        let sample = Sample {
            date: rev.date,
            commit: rev.short.clone(),
        };
        let figures = trend::figures(&parts, &gathered);
        drop(parts);
        Ok((sample, figures, (k == newest).then_some(loaded)))
    })?;
    let last = samples
        .last_mut()
        .and_then(|(_, _, loaded)| loaded.take())
        .expect("the newest sample keeps its repository");
    let name = last.portfolio.settings.name.clone();
    let as_of = picks.last().map_or_else(|| common::as_of(None), |r| r.date);
    let meta = Meta::new("trend", as_of, name.as_deref());
    let samples = samples.into_iter().map(|(s, f, _)| (s, f)).collect();
    let report = trend::compute(meta, every, samples);
    Ok((report, last))
}

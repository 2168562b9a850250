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
    // The header's error count is the last sample's, as for any report:
    // its checks start as soon as it is loaded.
    let (mut report, repo) = collect(
        &history,
        args.since.as_deref(),
        args.every,
        &args.common.scope(),
        global,
        |last, as_of| Repo::start(last, as_of, &args.common, global, None),
    )?;
    let lang = args.common.lang(&repo.portfolio.settings);
    repo.stamp(&mut report.meta)?;
    let tidy_only = args.common.format() == ReportFormat::Csv;
    let charts = args.common.format() == ReportFormat::Html;
    let exit = args.common.emit(
        global,
        &repo,
        &report,
        || view::view(&report, tidy_only, charts, lang),
        |_, _| None,
    );
    // Its parses of every sampled blob, to the end of the process.
    common::leave(history);
    exit
}

/// The trend from `since` (a date, or a revision's date; default: the
/// first commit) to the last commit, one sample per period, and what
/// `keep` makes of the last sample's repository (as of its date). Also
/// the trend of the management page under `pmo report --since`.
pub fn collect<T: Send>(
    history: &History,
    since: Option<&str>,
    every: Every,
    scope: &crate::report::scope::Scope,
    global: &Global,
    keep: impl Fn(Loaded, Date) -> T + Sync,
) -> Result<(trend::TrendReport, T)> {
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
    // Newest first, so that what `keep` starts on the last sample runs
    // beside the other samples rather than after them.
    let picks: Vec<_> = last_of_each_period(&line, since, every)
        .into_iter()
        .rev()
        .collect();
    let Some(newest) = picks.first() else {
        bail!("no commit to sample since the given date");
    };
    let as_of = newest.date;
    // Each sample is reduced to its figures as soon as it is loaded; only
    // the last sample's repository is kept.
    let mut samples = history.load_each(&picks, global.jobs, |k, rev, loaded| {
        if k == 0 {
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
        let last = (k == 0).then(|| {
            let name = loaded.portfolio.settings.name.clone();
            (keep(loaded, rev.date), name)
        });
        Ok((sample, figures, last))
    })?;
    let (kept, name) = samples
        .first_mut()
        .and_then(|(_, _, kept)| kept.take())
        .expect("the newest sample is kept");
    let meta = Meta::new("trend", as_of, name.as_deref());
    samples.reverse();
    let samples = samples.into_iter().map(|(s, f, _)| (s, f)).collect();
    Ok((trend::compute(meta, every, samples), kept))
}

//! `pmo report <REPORT>`: the options every report shares, and the one path
//! from a computed report to bytes on stdout or in a file.

mod resource;

use crate::analysis::Analysis;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

use anyhow::{Result, bail};
use clap::ValueEnum;
use serde::Serialize;

use super::common::{self, Exit, Global};
use crate::check::levels::Levels;
use crate::i18n::{Label as L, t, tf};
use crate::load::Loaded;
use crate::model::{Date, Lang, Settings};
use crate::render::{self, Block, View};
use crate::report::Meta;
use crate::report::integrity::{self, Integrity};
use crate::report::scope::Scope;

/// Output formats of the reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Aligned tables for a terminal.
    #[value(alias = "human", alias = "text")]
    Table,
    /// The report's full data (documented, versioned).
    Json,
    /// The report's one tidy table (RFC 4180).
    Csv,
    /// GitHub-flavoured Markdown.
    #[value(alias = "md")]
    Markdown,
    /// A Mermaid gantt block (plan report).
    Mermaid,
    /// iCalendar events (plan report).
    Ics,
    /// One self-contained HTML page with SVG charts, printable to PDF.
    Html,
    /// An Excel workbook: one sheet per table, typed cells.
    Xlsx,
    /// Microsoft Project XML (plan report): opens in MS Project and ProjectLibre.
    Mspdi,
}

/// The extensions `-o FILE` understands, in the order `--help` lists them.
pub const KNOWN_EXTENSIONS: &str =
    "txt, json, csv, md, markdown, mmd, mermaid, ics, html, htm, xlsx, xml";

impl ReportFormat {
    /// Formats built from the report's tidy tables (plain, typed values,
    /// English snake_case headers) rather than its screen layout.
    pub fn is_tidy(self) -> bool {
        matches!(self, ReportFormat::Csv | ReportFormat::Xlsx)
    }

    /// The format `-o FILE` implies by its extension.
    pub fn from_extension(path: &Path) -> Option<ReportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "json" => ReportFormat::Json,
            "csv" => ReportFormat::Csv,
            "md" | "markdown" => ReportFormat::Markdown,
            "mmd" | "mermaid" => ReportFormat::Mermaid,
            "ics" => ReportFormat::Ics,
            "html" | "htm" => ReportFormat::Html,
            "xml" => ReportFormat::Mspdi,
            "txt" => ReportFormat::Table,
            "xlsx" => ReportFormat::Xlsx,
            _ => return None,
        })
    }
}

/// Options every report takes.
#[derive(Debug, clap::Args)]
pub struct CommonArgs {
    /// The repository, or any folder inside it (default: the current folder).
    #[arg(value_name = "PATH", conflicts_with = "repo")]
    pub path: Option<PathBuf>,
    /// The same as PATH, as an option.
    #[arg(long, value_name = "PATH")]
    pub repo: Option<PathBuf>,
    /// Output format (default: table, or what `-o FILE`'s extension implies).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Only this program.
    #[arg(long, value_name = "ID")]
    pub program: Option<String>,
    /// Only this project.
    #[arg(long, value_name = "ID")]
    pub project: Option<String>,
    /// The reporting date (default: today, or the date of `--at`'s
    /// commit), YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = common::parse_date)]
    pub as_of: Option<Date>,
    /// Report on the repository as committed at REV (a commit, tag, branch,
    /// `HEAD~4`, or a date: the last commit on or before it), read from git
    /// without touching the working tree.
    #[arg(long, value_name = "REV")]
    pub at: Option<String>,
    /// The date of `--at`'s commit, once loaded.
    #[arg(skip)]
    pub at_date: OnceLock<Date>,
    /// Measure against this baseline: a name of `[baseline.named]` in
    /// pmo.toml, or any git revision (default: `[baseline] use`, else
    /// `revision`).
    #[arg(long, value_name = "NAME|REV")]
    pub baseline: Option<String>,
    /// Write to FILE instead of stdout; the format follows its extension
    /// (txt, json, csv, md, mmd, ics, html, xlsx, or xml for MS Project).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Refuse to report on a repository with error-level findings (exit 1)
    /// instead of showing figures that may be wrong.
    #[arg(long)]
    pub strict: bool,
    /// Language of the labels: en or zh (default: `lang` in pmo.toml, then
    /// en). Ids and data are never translated; JSON and CSV stay English.
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

/// The languages of `--lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Chinese (简体中文).
    Zh,
}

impl CommonArgs {
    pub fn format(&self) -> ReportFormat {
        self.format
            .or_else(|| {
                self.output
                    .as_deref()
                    .and_then(ReportFormat::from_extension)
            })
            .unwrap_or(ReportFormat::Table)
    }

    /// Refuses `-o FILE` whose extension names no format, unless
    /// `--format` says which: a typo must not write a text table under a
    /// name that promises something else.
    pub fn check_output(&self) -> Result<()> {
        let Some(path) = self.output.as_deref() else {
            // A workbook is a zip file: not for a terminal to print.
            if self.format() == ReportFormat::Xlsx && std::io::stdout().is_terminal() {
                bail!(
                    "an xlsx workbook is binary; write it to a file with -o FILE.xlsx, or pipe it"
                );
            }
            return Ok(());
        };
        if self.format.is_some() || ReportFormat::from_extension(path).is_some() {
            return Ok(());
        }
        match path.extension() {
            None => Ok(()),
            Some(ext) => bail!(
                "`-o {}`: unknown extension `.{}`; known extensions are {KNOWN_EXTENSIONS} (or name the format with --format)",
                path.display(),
                ext.to_string_lossy()
            ),
        }
    }

    /// The repository path: the positional PATH or `--repo`.
    pub fn repo_path(&self) -> Option<&Path> {
        self.path.as_deref().or(self.repo.as_deref())
    }

    pub fn scope(&self) -> Scope {
        Scope {
            program: self.program.clone(),
            project: self.project.clone(),
        }
    }

    /// The language of the labels: `--lang`, else `lang` in pmo.toml. CSV
    /// and the workbook are always English (their headers and values are
    /// for scripts and formulas).
    pub fn lang(&self, settings: &Settings) -> Lang {
        if self.format().is_tidy() {
            return Lang::En;
        }
        match self.lang {
            Some(LangArg::En) => Lang::En,
            Some(LangArg::Zh) => Lang::Zh,
            None => settings.lang,
        }
    }

    /// `--as-of`, else the date of `--at`'s commit, else today.
    pub fn as_of(&self) -> Date {
        common::as_of(self.as_of.or_else(|| self.at_date.get().copied()))
    }

    /// Loads the repository (as committed at `--at`, if given), checks the
    /// filters name real things, and starts `validate`'s checks, to know
    /// which figures rest on errors. The checks run beside the report's own
    /// computation (they are independent until the report is stamped), so
    /// a report costs little more than before on a machine with two cores.
    pub fn load(&self, global: &Global) -> Result<Repo> {
        self.check_output()?;
        let (mut loaded, rev) = common::load_at(self.repo_path(), global, self.at.as_deref())?;
        if let Some(rev) = rev {
            let _ = self.at_date.set(rev.date);
        }
        let baseline = common::apply_baseline(&mut loaded, self.baseline.as_deref(), global)?;
        if crate::load::incomplete(&loaded.findings) {
            bail!(
                "part of the repository could not be read (`pmo validate` names it); \
                 no report is made from part of it"
            );
        }
        if let Err(e) = self.scope().verify(&loaded.portfolio) {
            bail!(e);
        }
        let as_of = self.as_of();
        Ok(Repo::start(loaded, as_of, self, global, baseline))
    }

    /// Renders a report in the chosen format and writes it out.
    /// `extra` renders the formats only some reports have (mermaid, ics).
    pub fn emit<T: Reported>(
        &self,
        global: &Global,
        repo: &Repo,
        data: &T,
        view: impl FnOnce() -> View,
        extra: impl FnOnce(ReportFormat, &mut Vec<u8>) -> Option<Result<()>>,
    ) -> Result<Exit> {
        let format = self.format();
        let lang = self.lang(&repo.portfolio.settings);
        let view = || with_banner(view(), repo.integrity().errors, lang);
        let mut buf = Vec::new();
        match format {
            ReportFormat::Json => render::json::render(data, &mut buf)?,
            ReportFormat::Table => render::table::render(
                &view(),
                global.stdout_style(self.output.is_some()),
                lang,
                &mut buf,
            )?,
            ReportFormat::Csv => render::csv::render(&view(), &mut buf)?,
            ReportFormat::Markdown => render::markdown::render(&view(), &mut buf)?,
            ReportFormat::Html => {
                render::html::render(&page(data.meta(), vec![view()], lang), &mut buf)?
            }
            ReportFormat::Xlsx => render::xlsx::render(&view(), data.meta().as_of, &mut buf)?,
            other => match extra(other, &mut buf) {
                Some(result) => result?,
                None => bail!(
                    "this report has no `{}` format; use table, json, csv, markdown, html or xlsx",
                    other
                        .to_possible_value()
                        .map(|v| v.get_name().to_string())
                        .unwrap_or_default()
                ),
            },
        }
        if format == ReportFormat::Xlsx {
            // A zip file has no lines: the line guard would corrupt it,
            // and no CI runner reads commands from a binary.
            common::emit_raw(&buf, self.output.as_deref())?;
        } else {
            common::emit(&buf, self.output.as_deref())?;
        }
        Ok(Exit::Clean)
    }
}

/// `view` with a warning first when the repository has error-level
/// findings: a reader of the table, Markdown or HTML must not miss it.
pub fn with_banner(mut view: View, errors: usize, lang: Lang) -> View {
    if errors > 0 {
        let text = format!(
            "{}: {}",
            t(lang, L::WarningWord),
            tf(lang, L::DataErrors, &[&errors])
        );
        view.blocks.insert(0, Block::Text(text));
    }
    view
}

/// A loaded repository and what its error-level findings mean for reports
/// (computed beside the report, joined on first use).
pub struct Repo {
    pub loaded: Arc<Loaded>,
    /// The run's one analysis, shared by the checks and the report.
    pub analysis: Arc<Analysis>,
    checks: Mutex<Option<JoinHandle<Integrity>>>,
    integrity: OnceLock<Integrity>,
    strict: bool,
    lang: Lang,
    /// Colour for the warning on stderr.
    color: bool,
    /// The baseline revision used (`[baseline] revision` in pmo.toml).
    pub baseline: Option<String>,
}

impl Drop for Repo {
    /// A report's repository and analysis live until `pmo` exits: they
    /// are left to the operating system rather than freed value by value
    /// (see [`common::leave`]).
    fn drop(&mut self) {
        common::leave((Arc::clone(&self.loaded), Arc::clone(&self.analysis)));
    }
}

impl std::ops::Deref for Repo {
    type Target = Loaded;
    fn deref(&self) -> &Loaded {
        &self.loaded
    }
}

impl Repo {
    /// Starts `validate`'s checks on `loaded` as of `as_of` on a thread of
    /// their own; [`Repo::integrity`] joins them.
    pub fn start(
        loaded: Loaded,
        as_of: Date,
        args: &CommonArgs,
        global: &Global,
        baseline: Option<String>,
    ) -> Repo {
        let loaded = Arc::new(loaded);
        let analysis = Arc::new(Analysis::build(&loaded.portfolio, as_of));
        let checks = {
            let loaded = Arc::clone(&loaded);
            let analysis = Arc::clone(&analysis);
            std::thread::spawn(move || {
                let mut levels = Levels::default();
                levels.extend(&loaded.portfolio.settings.rules);
                let (findings, _) = common::checked(&loaded, &analysis, &levels);
                integrity::assess(&loaded.portfolio, &findings)
            })
        };
        Repo {
            lang: args.lang(&loaded.portfolio.settings),
            loaded,
            analysis,
            checks: Mutex::new(Some(checks)),
            integrity: OnceLock::new(),
            strict: args.strict,
            color: global.color_for(std::io::stderr().is_terminal()),
            baseline,
        }
    }

    /// What the repository's error-level findings mean for the report.
    pub fn integrity(&self) -> &Integrity {
        self.integrity.get_or_init(|| {
            let handle = self.checks.lock().ok().and_then(|mut c| c.take());
            match handle.map(JoinHandle::join) {
                Some(Ok(integrity)) => integrity,
                // A panic in the checks is a bug: raise it here as if the
                // checks had run in line.
                Some(Err(panic)) => std::panic::resume_unwind(panic),
                None => Integrity::default(),
            }
        })
    }

    /// Writes the error count into a report's header, warns on stderr when
    /// it is not zero, and refuses the report under `--strict`.
    pub fn stamp(&self, meta: &mut Meta) -> Result<()> {
        let errors = self.integrity().errors;
        meta.errors = errors;
        meta.baseline = self.baseline.clone();
        if errors > 0 {
            if self.strict {
                return Err(common::Refused(errors).into());
            }
            let head = render::text::paint("warning", render::text::YELLOW, self.color);
            eprintln!("{head}: {}", tf(self.lang, L::DataErrors, &[&errors]));
        }
        Ok(())
    }
}

/// A report with the header its HTML page shows.
pub trait Reported: Serialize {
    fn meta(&self) -> &Meta;
}

macro_rules! reported {
    ($($t:ty),*) => {$(
        impl Reported for $t {
            fn meta(&self) -> &Meta {
                &self.meta
            }
        }
    )*};
}

reported!(
    crate::report::plan::PlanReport,
    crate::report::risk::RiskReport,
    crate::report::resource::ResourceReport<'_>,
    crate::report::assessment::AssessmentReport,
    crate::report::lessons::LessonsReport,
    crate::report::overview::OverviewReport,
    crate::report::trend::TrendReport,
    crate::report::benefits::BenefitsReport
);

/// An HTML page of `sections` under a report's header in `lang`: the
/// first section's title is the page's title.
pub fn page(meta: &Meta, sections: Vec<View>, lang: Lang) -> render::html::Page {
    render::html::Page {
        lang,
        title: sections
            .first()
            .map(|v| v.title.clone())
            .unwrap_or_default(),
        report: meta.report.to_string(),
        portfolio: meta.portfolio.clone(),
        as_of: meta.as_of.to_string(),
        sections,
    }
}

mod assessment;
mod benefits;
mod lessons;
mod overview;
mod plan;
mod risk;
mod trend;

/// The reports.
#[derive(Debug, clap::Subcommand)]
pub enum Report {
    /// The portfolio overview (the default): every program and project
    /// with its schedule, cost, risk and resource status.
    Overview(overview::OverviewArgs),
    /// Schedule and critical path, late and upcoming work, projected
    /// finish, earned value and status per program and project.
    Plan(plan::Args),
    /// Risks: heat map, escalations, hygiene, exposure (EMV) and trend.
    Risk(risk::Args),
    /// Capacity and load per person and week, conflicts, demand vs supply, cost.
    Resource(resource::Args),
    /// Project assessment on seven dimensions, KPI and SLA attainment, and
    /// the 360-degree review of project managers.
    Assessment(assessment::Args),
    /// Lessons learned across projects (closure), by tag and searchable.
    Lessons(lessons::Args),
    /// Figures over the git history: per program and project, the last
    /// commit of each week or month, with sparklines.
    Trend(trend::Args),
    /// Goals and benefits per program: each benefit's target, measured
    /// values, owner, the projects that deliver it and its status.
    Benefits(benefits::Args),
}

/// `pmo report` alone is the overview; name a report for the others.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, after_help = overview::EXAMPLES)]
pub struct Args {
    #[command(subcommand)]
    pub report: Option<Report>,
    #[command(flatten)]
    pub overview: overview::OverviewArgs,
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    match &args.report {
        None => overview::run(&args.overview, global),
        Some(Report::Overview(a)) => overview::run(a, global),
        Some(Report::Plan(a)) => plan::run(a, global),
        Some(Report::Risk(a)) => risk::run(a, global),
        Some(Report::Resource(a)) => resource::run(a, global),
        Some(Report::Assessment(a)) => assessment::run(a, global),
        Some(Report::Lessons(a)) => lessons::run(a, global),
        Some(Report::Trend(a)) => trend::run(a, global),
        Some(Report::Benefits(a)) => benefits::run(a, global),
    }
}

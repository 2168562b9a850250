//! What every subcommand shares: global options, colour, output, exit codes.

use crate::analysis::Analysis;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use crate::check::{self, allow::Allowed, levels::Levels};
use crate::diag::{Finding, sort_findings};
use crate::history::{History, Revision};
use crate::load::{self, Loaded};
use crate::model::Date;
use crate::render::Style;

/// Exit codes; documented in `--help` and the README, and stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Success; for validate, no error-level finding.
    Clean = 0,
    /// Error-level findings.
    Findings = 1,
    /// Usage error or I/O failure.
    Failure = 2,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is unset.
    #[default]
    Auto,
    Always,
    Never,
}

/// Options every subcommand takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Run as if pmo was started in DIR.
    #[arg(short = 'C', global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// When to use colour.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Threads for loading (default, and at most: one per core).
    #[arg(short = 'j', long, global = true, value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar.
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
}

impl Global {
    /// Applies `-C` and `-j` before anything else runs.
    pub fn setup(&self) -> Result<()> {
        if let Some(dir) = &self.dir {
            std::env::set_current_dir(dir)
                .with_context(|| format!("cannot change to `{}`", dir.display()))?;
        }
        if let Some(n) = self.jobs() {
            anyhow::ensure!(n > 0, "--jobs must be at least 1");
            // Reports that use rayon follow -j too. Only fails if a pool
            // exists already, which cannot happen this early.
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build_global();
        }
        Ok(())
    }

    /// `-j`, capped at the number of cores: more threads than cores only
    /// cost memory (each parser thread has a large stack) and time.
    pub fn jobs(&self) -> Option<usize> {
        self.jobs.map(|n| n.min(load::cores()))
    }

    /// Colour for a stream that is or is not a terminal.
    pub fn color_for(&self, is_tty: bool) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }

    /// The terminal style for stdout (or a file, which gets no colour
    /// unless `--color always`).
    pub fn stdout_style(&self, to_file: bool) -> Style {
        let tty = !to_file && std::io::stdout().is_terminal();
        let width = if tty {
            terminal_width().unwrap_or(100)
        } else {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.parse().ok())
                .unwrap_or(100)
        };
        Style {
            color: self.color_for(tty),
            width,
        }
    }
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
}

/// The repository at or above `path` (or the current folder).
pub fn repo_root(path: Option<&Path>) -> Result<PathBuf> {
    let start = match path {
        Some(p) => p.to_path_buf(),
        None => std::env::current_dir().context("cannot read the current folder")?,
    };
    load::find_root(&start)
}

/// Loads the repository, with a progress bar on an interactive stderr
/// (whatever the output format: the bar never touches stdout), then a
/// spinner while the result is computed, cleared by [`emit`]: as committed
/// at `at` (read from git, the working tree and the index untouched), or
/// the working tree when `at` is `None`; with the revision read.
pub fn load_at(
    path: Option<&Path>,
    global: &Global,
    at: Option<&str>,
) -> Result<(Loaded, Option<Revision>)> {
    let root = repo_root(path)?;
    let quiet = global.quiet || !std::io::stderr().is_terminal();
    let bar;
    let progress: &dyn load::Progress = if quiet {
        &load::Quiet
    } else {
        bar = super::progress::Bar::new();
        &bar
    };
    let result = match at {
        None => (load::load_with(&root, progress, global.jobs())?, None),
        Some(spec) => {
            let history = History::open(&root)?;
            let rev = history.resolve(spec)?;
            let loaded = history.load(&rev, progress, global.jobs())?;
            (loaded, Some(rev))
        }
    };
    if !quiet {
        super::progress::working();
    }
    Ok(result)
}

/// Takes missing baselines from the baseline revision in use: `choice`
/// (`--baseline`), else `[baseline] use` or `revision` in pmo.toml, if
/// any; returns that baseline as reports show it.
pub fn apply_baseline(
    loaded: &mut Loaded,
    choice: Option<&str>,
    global: &Global,
) -> Result<Option<String>> {
    let picked = loaded
        .portfolio
        .settings
        .baseline
        .pick(choice)
        .map_err(anyhow::Error::msg)?;
    let Some((name, spec)) = picked else {
        return Ok(None);
    };
    let (rev, base) = baseline_revision(loaded, &name, &spec, global)?;
    let options = crate::report::plan::Options {
        scope: crate::report::scope::Scope::default(),
        as_of: rev.date,
        from: None,
        to: None,
    };
    let analysis = crate::analysis::Analysis::build(&base.portfolio, rev.date);
    let plan = crate::report::plan::compute(&base.portfolio, &analysis, &options);
    crate::history::baseline::apply(&mut loaded.portfolio, &base.portfolio, &plan);
    Ok(Some(format!("{name} ({} of {})", rev.short, rev.date)))
}

/// Loads the baseline revision `spec` (named `name`) and keeps what it
/// agreed per project for rule D001.
fn baseline_revision(
    loaded: &mut Loaded,
    name: &str,
    spec: &str,
    global: &Global,
) -> Result<(Revision, Loaded)> {
    let history = History::open(&loaded.root)
        .with_context(|| format!("cannot read the baseline `{name}`"))?;
    let rev = history
        .resolve(spec)
        .with_context(|| format!("cannot read the baseline `{name}`"))?;
    let base = history.load(&rev, &load::Quiet, global.jobs)?;
    loaded.portfolio.agreed = Some(crate::model::Agreed::of(name.to_string(), &base.portfolio));
    Ok((rev, base))
}

/// For `validate`: reads what the baseline revision in use (`[baseline]`
/// in pmo.toml) agreed, so D001 compares with it as the reports do.
pub fn read_agreed_baseline(loaded: &mut Loaded, global: &Global) -> Result<()> {
    let picked = loaded
        .portfolio
        .settings
        .baseline
        .pick(None)
        .map_err(anyhow::Error::msg)?;
    if let Some((name, spec)) = picked {
        baseline_revision(loaded, &name, &spec, global)?;
    }
    Ok(())
}

/// `--as-of`, or today.
pub fn as_of(given: Option<Date>) -> Date {
    given.unwrap_or_else(|| Date(chrono::Local::now().date_naive()))
}

pub fn parse_date(s: &str) -> Result<Date, String> {
    s.parse()
}

/// Writes finished output to stdout or, with `-o`, to a file (see
/// [`super::output`]: never through a link, never half a file). No line
/// of it can start a CI workflow command ([`crate::render::guard_lines`]).
pub fn emit(bytes: &[u8], output: Option<&Path>) -> Result<()> {
    emit_raw(&crate::render::guard_lines(bytes), output)
}

/// [`emit`] without the line guard, for the one format whose lines are
/// workflow commands by design (`validate --format github`, which escapes
/// repository text itself), and for the workbook, a zip file that has no
/// lines and that the guard would corrupt.
pub fn emit_raw(bytes: &[u8], output: Option<&Path>) -> Result<()> {
    super::progress::done();
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
        }
        Some(path) => super::output::write_file(bytes, path)?,
    }
    Ok(())
}

/// Every finding of `validate` on a loaded repository at `levels`, sorted,
/// and those the documents' `allow:` set aside: the one path that
/// `validate` and the reports share.
pub fn checked(
    loaded: &Loaded,
    analysis: &Analysis,
    levels: &Levels,
) -> (Vec<Finding>, Vec<Allowed>) {
    let ctx = check::Context::new(&loaded.portfolio, analysis);
    let mut all = loaded.findings.clone();
    all.extend(check::run(&ctx));
    let (kept, mut allowed) = check::allow::split(&loaded.portfolio, all);
    let mut found = levels.apply(kept);
    sort_findings(&mut found);
    allowed.sort_by_key(|a| a.finding.primary.loc);
    (found, allowed)
}

/// `--strict` refused a repository with error-level findings (exit 1).
#[derive(Debug)]
pub struct Refused(pub usize);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the repository has {} error-level finding{}; --strict makes no report from it (run `pmo validate`)",
            self.0,
            if self.0 == 1 { "" } else { "s" }
        )
    }
}

impl std::error::Error for Refused {}

/// A write to a closed pipe (`pmo report | head`) ends quietly.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

pub fn print_error(e: &anyhow::Error, global: &Global) {
    super::progress::done();
    let color = global.color_for(std::io::stderr().is_terminal());
    let head = crate::render::text::paint("error", crate::render::text::RED, color);
    let mut msg = format!("{head}: {e}");
    for cause in e.chain().skip(1) {
        // An I/O cause in words, not "No such file or directory (os error 2)".
        let text = match cause.downcast_ref::<std::io::Error>() {
            Some(io) => load::io_reason(io),
            None => cause.to_string(),
        };
        msg.push_str(&format!("\n  caused by: {text}"));
    }
    let _ = writeln!(std::io::stderr(), "{msg}");
}

/// Leaves `values` to the end of the process instead of freeing them: a
/// command calls it on its repository and analysis once its output is
/// written, just before `pmo` exits. Freeing a large repository's model
/// value by value takes a noticeable part of a run (README, Performance);
/// the operating system takes the whole memory back at once.
pub fn leave<T>(values: T) {
    std::mem::forget(values);
}

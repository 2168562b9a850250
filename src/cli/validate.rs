//! `pmo validate`: load, check, apply rule levels, render the findings.

use crate::analysis::Analysis;
use std::path::PathBuf;

use anyhow::Result;
use clap::ValueEnum;

use super::common::{self, Exit, Global};
use crate::check::new_since::Side;
use crate::check::{self, levels::Levels};
use crate::diag::{Finding, Severity};
use crate::history::History;
use crate::load::Loaded;
use crate::model::{Date, RuleLevel};
use crate::render::findings::{self, Outcome};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people, like rustc: location, source line, caret, help.
    #[default]
    #[value(alias = "text", alias = "table")]
    Human,
    /// One object per finding plus a summary (`pmo schema findings`).
    Json,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// SARIF 2.1.0, for code-scanning uploads.
    Sarif,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo validate                       check the repository around the current folder
  pmo validate examples/composite    check another repository
  pmo validate --format json | jq '.findings[] | .code'
  pmo validate --format github       annotations on a GitHub pull request
  pmo validate --format sarif -o pmo.sarif   for code-scanning upload
  pmo validate --deny warnings       fail on warnings too (strict CI)
  pmo validate --allow S004          silence one rule for this run
  pmo validate --new-since origin/main   fail only on what this branch introduced
  pmo validate --at v1.0             check the repository as committed at tag v1.0

Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage or I/O failure.")]
pub struct Args {
    /// The repository, or any folder or file inside it (default: the current folder).
    pub path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The date date rules compare with (default: today, or the date of
    /// `--at`'s commit), YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = common::parse_date)]
    pub as_of: Option<Date>,
    /// Check the repository as committed at REV (a commit, tag, branch,
    /// `HEAD~4`, or a date), read from git without touching the working tree.
    #[arg(long, value_name = "REV")]
    pub at: Option<String>,
    /// Report, and fail on, only findings that REV did not have (matched by
    /// code and the document they are about, not by line), e.g. `origin/main`.
    #[arg(long, value_name = "REV")]
    pub new_since: Option<String>,
    /// Report CODE as an error; `--deny warnings` makes every warning an error.
    #[arg(long, value_name = "CODE|warnings")]
    pub deny: Vec<String>,
    /// Report CODE as a warning.
    #[arg(long, value_name = "CODE")]
    pub warn: Vec<String>,
    /// Do not report CODE.
    #[arg(long, value_name = "CODE")]
    pub allow: Vec<String>,
    /// Also list the findings that documents accept with `allow:`, with
    /// their reasons (they never count).
    #[arg(long)]
    pub show_allowed: bool,
    /// Write the output to FILE instead of stdout.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn levels(
    args: &Args,
    settings_levels: &std::collections::BTreeMap<String, RuleLevel>,
) -> Result<Levels> {
    let mut levels = Levels::default();
    levels.extend(settings_levels);
    let known = |code: &str| -> Result<()> {
        anyhow::ensure!(
            check::registry::find(code).is_some(),
            "unknown rule code `{code}`; `pmo explain` lists them"
        );
        Ok(())
    };
    for (codes, level) in [
        (&args.allow, RuleLevel::Allow),
        (&args.warn, RuleLevel::Warn),
        (&args.deny, RuleLevel::Deny),
    ] {
        for code in codes {
            if level == RuleLevel::Deny && code == "warnings" {
                levels.deny_warnings = true;
                continue;
            }
            known(code)?;
            levels.set(code, level);
        }
    }
    Ok(levels)
}

/// The repository root as CI tools see paths: relative to the current
/// folder (the checkout) with a trailing `/`, or empty when it is the
/// current folder; absolute when it lies outside it.
fn path_prefix(root: &std::path::Path) -> String {
    let here = std::env::current_dir().and_then(|d| d.canonicalize()).ok();
    let rel = here.as_deref().and_then(|h| root.strip_prefix(h).ok());
    let path = rel.unwrap_or(root);
    let mut s = path
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(x) => Some(x.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/");
    if rel.is_none() {
        s = format!("/{s}");
    }
    if !s.is_empty() && !s.ends_with('/') {
        s.push('/');
    }
    s
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    let (mut loaded, rev) = common::load_at(args.path.as_deref(), global, args.at.as_deref())?;
    common::read_agreed_baseline(&mut loaded, global)?;
    let as_of = common::as_of(args.as_of.or(rev.map(|r| r.date)));
    let levels = levels(args, &loaded.portfolio.settings.rules)?;
    let analysis = Analysis::build(&loaded.portfolio, as_of);
    let (mut found, allowed) = common::checked(&loaded, &analysis, &levels);
    let allowed = if args.show_allowed {
        allowed
    } else {
        Vec::new()
    };
    if let Some(spec) = &args.new_since {
        found = new_since(&loaded, found, spec, as_of, &levels, global)?;
    }

    let outcome = Outcome {
        findings: &found,
        allowed: &allowed,
        sources: &loaded.sources,
        files: loaded.stats.files,
    };
    let mut buf = Vec::new();
    match args.format {
        Format::Human => findings::human::render(
            &outcome,
            global.stdout_style(args.output.is_some()),
            &mut buf,
        )?,
        Format::Json => findings::json::render(&outcome, &mut buf)?,
        Format::Github => findings::github::render(&outcome, &path_prefix(&loaded.root), &mut buf)?,
        Format::Sarif => findings::sarif::render(&outcome, &path_prefix(&loaded.root), &mut buf)?,
    }
    // The exit code is the gate's verdict: a reader that closed the pipe
    // early (`pmo validate | head`) must not turn a failure into a pass.
    let written = if args.format == Format::Github {
        common::emit_raw(&buf, args.output.as_deref())
    } else {
        common::emit(&buf, args.output.as_deref())
    };
    if let Err(e) = written
        && !common::is_broken_pipe(&e)
    {
        return Err(e);
    }
    let verdict = verdict(&loaded.findings, &found);
    common::leave((loaded, analysis, found));
    Ok(verdict)
}

/// Only the findings `spec` did not have. Both revisions are checked as of
/// the same date with the same levels, so the gate fails on what the
/// change introduced, not on time passing or a rule turned on.
fn new_since(
    loaded: &Loaded,
    found: Vec<Finding>,
    spec: &str,
    as_of: Date,
    levels: &Levels,
    global: &Global,
) -> Result<Vec<Finding>> {
    let history = History::open(&loaded.root)?;
    let rev = history.resolve(spec)?;
    let mut before = history.load(&rev, &crate::load::Quiet, global.jobs)?;
    // Both sides compare with the same agreed baseline (D001), so a move
    // made before `spec` is not new.
    before.portfolio.agreed = loaded.portfolio.agreed.clone();
    let analysis = Analysis::build(&before.portfolio, as_of);
    let (old, _) = common::checked(&before, &analysis, levels);
    let now = Side {
        findings: &found,
        portfolio: &loaded.portfolio,
        sources: &loaded.sources,
    };
    let then = Side {
        findings: &old,
        portfolio: &before.portfolio,
        sources: &before.sources,
    };
    let new = crate::check::new_since::new_since(&now, &then);
    eprintln!(
        "pmo: {} of {} findings are new since `{spec}` ({} of {})",
        new.len(),
        found.len(),
        rev.short,
        rev.date
    );
    Ok(new)
}

/// 2 when the repository was not read whole (the gate cannot pass what it
/// did not read, whatever the rule levels say), else 1 on an error-level
/// finding, else 0.
fn verdict(loaded: &[crate::diag::Finding], found: &[crate::diag::Finding]) -> Exit {
    if crate::load::incomplete(loaded) {
        Exit::Failure
    } else if found.iter().any(|f| f.severity == Severity::Error) {
        Exit::Findings
    } else {
        Exit::Clean
    }
}

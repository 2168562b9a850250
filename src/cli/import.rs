//! `pmo import mspdi|csv FILE`: a plan from Microsoft Project's XML or a
//! spreadsheet into the repository's YAML. Every file is checked first and
//! nothing is written if any exists; what has no place in the format is
//! reported on stderr, one line each, then summed up.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::common::{Exit, Global};
use crate::diag::plural;
use crate::interchange::map::{self, Target};
use crate::interchange::plan::ImportPlan;
use crate::interchange::yaml::slug;
use crate::interchange::{csv_import, mspdi};
use crate::load;

const EXAMPLES: &str = "\
Examples:
  pmo import mspdi plan.xml -o my-program            a new repository from an MS Project plan
  pmo import mspdi plan.xml --project PRJ-NET        into the repository around the current folder
  pmo import csv tasks.csv --project PRJ-NET --map \"Task Name=name\" --map \"Days=duration\"

The field mapping both ways, and what cannot be imported, is in docs/interchange.md.
Exit codes: 0 written, 2 a file exists already (nothing written), the input cannot be read, or usage.";

/// Bring a plan in from Microsoft Project (MSPDI XML) or a spreadsheet (CSV).
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    #[command(subcommand)]
    pub source: Source,
}

#[derive(Debug, clap::Subcommand)]
pub enum Source {
    /// Microsoft Project XML (MSPDI), as MS Project, ProjectLibre and most tools save it.
    Mspdi(Common),
    /// Tasks from a spreadsheet saved as CSV (columns in docs/interchange.md).
    Csv(CsvArgs),
}

/// Options of both importers.
#[derive(Debug, clap::Args)]
pub struct Common {
    /// The file to import.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Id of the project to create (default: PRJ- and the plan's title).
    #[arg(long, value_name = "ID")]
    pub project: Option<String>,
    /// The program it belongs to (default: the repository's only program,
    /// or a new one in a new repository).
    #[arg(long, value_name = "ID")]
    pub program: Option<String>,
    /// The project manager's person id (default: the file's manager, else
    /// its first resource).
    #[arg(long, value_name = "ID")]
    pub manager: Option<String>,
    /// Folder to write into: a repository (files are added to it) or a new
    /// folder (a new repository is started). Default: the current folder.
    #[arg(short = 'o', long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CsvArgs {
    #[command(flatten)]
    pub common: Common,
    /// Read a column under another header: `--map "Task Name=name"`
    /// (repeatable; fields in docs/interchange.md).
    #[arg(long = "map", value_name = "HEADER=FIELD")]
    pub map: Vec<String>,
}

pub fn run(args: &Args, _global: &Global) -> Result<Exit> {
    let (common, plan) = match &args.source {
        Source::Mspdi(c) => {
            let text = read_text(&c.file)?;
            let plan = mspdi::read(&text).with_context(|| format!("`{}`", c.file.display()))?;
            (c, plan)
        }
        Source::Csv(a) => {
            let text = read_text(&a.common.file)?;
            let plan = csv_import::read(&text, &a.map)
                .with_context(|| format!("`{}`", a.common.file.display()))?;
            (&a.common, plan)
        }
    };
    import(common, titled(plan, &common.file))
}

/// A plan without a title is named after its file.
fn titled(mut plan: ImportPlan, file: &Path) -> ImportPlan {
    if plan.title.is_none() {
        plan.title = file.file_stem().map(|s| s.to_string_lossy().into_owned());
    }
    plan
}

/// Imports are plans of people, not data dumps: 64 MiB is far beyond any.
const MAX_INPUT: u64 = 64 << 20;

fn read_text(path: &Path) -> Result<String> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    if meta.len() > MAX_INPUT {
        bail!("`{}` is over 64 MiB; refused", path.display());
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    let text = String::from_utf8(bytes)
        .with_context(|| format!("`{}` is not UTF-8 (save it as UTF-8)", path.display()))?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

fn import(common: &Common, plan: ImportPlan) -> Result<Exit> {
    let dir = match &common.output {
        Some(d) => d.clone(),
        None => std::env::current_dir().context("cannot read the current folder")?,
    };
    let target = target(common, &plan, &dir)?;
    let mapped = map::map(&plan, &target)?;
    let paths: Vec<PathBuf> = mapped.files.iter().map(|f| dir.join(&f.path)).collect();
    let existing: Vec<String> = paths
        .iter()
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        bail!(
            "nothing written: {} exists already (pmo import never overwrites)",
            existing.join(", ")
        );
    }
    for file in &mapped.files {
        refuse_links(&dir, &file.path)?;
    }
    let source = common.file.display().to_string();
    let mut notes = plan.notes.clone();
    notes.extend(mapped.notes);
    notes.sort();
    let mut err = std::io::stderr().lock();
    for n in &notes {
        let at = if n.line > 0 {
            format!("{source}:{}", n.line)
        } else {
            source.clone()
        };
        let _ = writeln!(err, "note: {at}: {}: {}", n.subject, n.message);
    }
    for (file, path) in mapped.files.iter().zip(&paths) {
        write_new(path, &file.text)?;
        println!("{}", path.display());
    }
    let _ = err.write_all(summary(&plan, &notes).as_bytes());
    Ok(Exit::Clean)
}

/// Where the plan goes: the repository at or above `dir`, or a new one.
fn target(common: &Common, plan: &ImportPlan, dir: &Path) -> Result<Target> {
    let title = plan.title.clone().unwrap_or_else(|| "imported".into());
    let project = common
        .project
        .clone()
        .unwrap_or_else(|| match slug(&title) {
            s if s.is_empty() => "PRJ-IMPORTED".into(),
            s => format!("PRJ-{}", s.to_ascii_uppercase()),
        });
    let root = dir.exists().then(|| load::find_root(dir).ok()).flatten();
    let Some(root) = root else {
        return Ok(Target {
            program: common
                .program
                .clone()
                .unwrap_or_else(|| project.replacen("PRJ-", "PRG-", 1)),
            project,
            manager: common.manager.clone(),
            people: Vec::new(),
            new_repo: true,
            calendar_differs: false,
        });
    };
    let loaded = load::load(&root, &load::Quiet)?;
    let portfolio = &loaded.portfolio;
    let program = match &common.program {
        Some(p) => p.clone(),
        None => match portfolio.programs.as_slice() {
            [only] => only.id.value.clone(),
            _ => bail!(
                "the repository at `{}` has {} programs: say which with --program",
                root.display(),
                portfolio.programs.len()
            ),
        },
    };
    let calendar_differs = plan.calendar.as_ref().is_some_and(|c| {
        let have = &portfolio.settings.calendar;
        let days: Vec<_> = have.working_days.clone();
        days != c.working_days
            || have.hours_per_day != c.hours_per_day
            || c.holidays.iter().any(|h| !have.holidays.contains(h))
    });
    Ok(Target {
        project,
        program,
        manager: common.manager.clone(),
        people: portfolio
            .people
            .iter()
            .map(|p| (p.id.value.clone(), p.name.value.clone()))
            .collect(),
        new_repo: false,
        calendar_differs,
    })
}

/// A checkout may commit `projects` as a link to anywhere: the folders a
/// file goes into must be real folders (or not exist yet).
fn refuse_links(dir: &Path, relative: &str) -> Result<()> {
    let mut at = dir.to_path_buf();
    for part in Path::new(relative)
        .parent()
        .into_iter()
        .flat_map(Path::components)
    {
        at.push(part);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            bail!(
                "nothing written: `{}` is a symbolic link; pmo import writes only into real folders",
                at.display()
            );
        }
    }
    Ok(())
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create `{}`", parent.display()))?;
    }
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    f.write_all(text.as_bytes())
        .with_context(|| format!("cannot write `{}`", path.display()))
}

/// The closing lines: what came in, what did not, what pmo recomputes.
fn summary(plan: &ImportPlan, notes: &[crate::interchange::plan::Note]) -> String {
    let tasks = plan.tasks.iter().filter(|t| !t.milestone).count();
    let milestones = plan.tasks.len() - tasks;
    let people = match plan.resources.len() {
        1 => "1 person".to_string(),
        n => format!("{n} people"),
    };
    let mut out = format!(
        "imported {}, {}, {people}\n",
        plural(tasks, "task"),
        plural(milestones, "milestone")
    );
    let mut by_what: BTreeMap<&str, usize> = BTreeMap::new();
    for n in notes {
        *by_what.entry(n.what.as_str()).or_default() += 1;
    }
    if !by_what.is_empty() {
        let list: Vec<String> = by_what.iter().map(|(w, n)| format!("{w} x{n}")).collect();
        let _ = writeln!(
            out,
            "not imported or approximated ({} above): {}",
            plural(notes.len(), "note"),
            list.join(", ")
        );
    }
    if !plan.recomputed.is_empty() {
        let list: Vec<String> = plan
            .recomputed
            .iter()
            .map(|(w, n)| format!("{w} x{n}"))
            .collect();
        let _ = writeln!(
            out,
            "not imported, recomputed by pmo or settings of the source tool: {}",
            list.join(", ")
        );
    }
    out
}

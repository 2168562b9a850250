//! `pmo init [DIR] --type TYPE`: start a program repository of one of the
//! five program types. It writes a commented `pmo.toml`, one commented
//! example of each kind of document that together satisfy the type's
//! taxonomy rules, and the JSON Schemas editors use to check them
//! (`.pmo/schemas/`). It never overwrites: if any file it would write
//! exists, it writes nothing.

mod dates;

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::ValueEnum;

use super::common::{Exit, Global};
use crate::model::Key;
use crate::schema::{self, SchemaName};

/// The program type to start; see `pmo explain` and docs/FORMAT.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum InitType {
    /// One customer; one project per IT-service business for it.
    SingleCustomer,
    /// One IT service; one project per customer.
    SingleBusiness,
    /// Several customers, one project manager each.
    MultiCustomer,
    /// Several businesses, one project manager each.
    MultiBusiness,
    /// Key customers by customer, SME customers by business.
    Composite,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo init --type composite                  start a composite program in the current folder
  pmo init bank-programme --type single-customer
  pmo validate bank-programme                check what was written

Exit codes: 0 written, 2 a file exists already (nothing written) or I/O failure.")]
pub struct Args {
    /// Folder to create the repository in (default: the current folder).
    #[arg(value_name = "DIR")]
    pub path: Option<PathBuf>,
    /// The program type.
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub program_type: InitType,
    /// The day the example plan is current on (default: today): its dates
    /// are moved by whole weeks so a new repository validates clean.
    #[arg(long, value_name = "DATE", value_parser = super::common::parse_date)]
    pub as_of: Option<crate::model::Date>,
}

/// Where the schemas go, relative to the repository root. Hidden folders are
/// skipped by the loader, so the schemas are never read as documents.
const SCHEMA_DIR: &str = ".pmo/schemas";

const PMO_TOML: &str = include_str!("init/templates/pmo.toml");
const PROJECT: &str = include_str!("init/templates/common/project.yaml");
const PEOPLE: &str = include_str!("init/templates/common/people.yaml");
const RISK: &str = include_str!("init/templates/common/risk.yaml");
const REVIEW: &str = include_str!("init/templates/common/review.yaml");
const ASSESSMENT: &str = include_str!("init/templates/common/assessment.yaml");
const CHANGE: &str = include_str!("init/templates/common/change.yaml");
const EVALUATION: &str = include_str!("init/templates/common/evaluation.yaml");

/// One project of the scaffold: id, name, customer, business, manager,
/// engineer. The first is managed by p-li-na, whom the review is about.
struct ProjectSpec {
    id: &'static str,
    name: &'static str,
    customer: &'static str,
    business: &'static str,
    manager: &'static str,
    engineer: &'static str,
}

const fn spec(
    id: &'static str,
    name: &'static str,
    customer: &'static str,
    business: &'static str,
    manager: &'static str,
    engineer: &'static str,
) -> ProjectSpec {
    ProjectSpec {
        id,
        name,
        customer,
        business,
        manager,
        engineer,
    }
}

impl InitType {
    fn program(self) -> &'static str {
        match self {
            InitType::SingleCustomer => include_str!("init/templates/program/single-customer.yaml"),
            InitType::SingleBusiness => include_str!("init/templates/program/single-business.yaml"),
            InitType::MultiCustomer => include_str!("init/templates/program/multi-customer.yaml"),
            InitType::MultiBusiness => include_str!("init/templates/program/multi-business.yaml"),
            InitType::Composite => include_str!("init/templates/program/composite.yaml"),
        }
    }

    /// Two projects that satisfy the type's taxonomy rules.
    fn projects(self) -> [ProjectSpec; 2] {
        const L: &str = "p-li-na";
        const W: &str = "p-wang-fang";
        const E1: &str = "p-liu-yang";
        const E2: &str = "p-chen-jing";
        match self {
            // One customer, a different business per project.
            InitType::SingleCustomer => [
                spec(
                    "PRJ-DESK",
                    "Acme desktop operations",
                    "CUS-ACME",
                    "BIZ-DESK",
                    L,
                    E1,
                ),
                spec(
                    "PRJ-NET",
                    "Acme network operations",
                    "CUS-ACME",
                    "BIZ-NET",
                    W,
                    E2,
                ),
            ],
            // One business, a different customer per project.
            InitType::SingleBusiness => [
                spec(
                    "PRJ-ALPHA-DESK",
                    "Desktop operations for Alpha",
                    "CUS-ALPHA",
                    "BIZ-DESK",
                    L,
                    E1,
                ),
                spec(
                    "PRJ-BETA-DESK",
                    "Desktop operations for Beta",
                    "CUS-BETA",
                    "BIZ-DESK",
                    W,
                    E2,
                ),
            ],
            // One manager per customer.
            InitType::MultiCustomer => [
                spec(
                    "PRJ-ALPHA-DESK",
                    "Alpha Bank desktop operations",
                    "CUS-ALPHA",
                    "BIZ-DESK",
                    L,
                    E1,
                ),
                spec(
                    "PRJ-BETA-NET",
                    "Beta Insurance network operations",
                    "CUS-BETA",
                    "BIZ-NET",
                    W,
                    E2,
                ),
            ],
            // One manager per business.
            InitType::MultiBusiness => [
                spec(
                    "PRJ-DESK-ALPHA",
                    "Desktop operations for Alpha",
                    "CUS-ALPHA",
                    "BIZ-DESK",
                    L,
                    E1,
                ),
                spec(
                    "PRJ-NET-BETA",
                    "Network operations for Beta",
                    "CUS-BETA",
                    "BIZ-NET",
                    W,
                    E2,
                ),
            ],
            // A key customer's project and an SME business line's project.
            InitType::Composite => [
                spec(
                    "PRJ-BANK-DESK",
                    "Bank desktop operations",
                    "CUS-BANK",
                    "BIZ-DESK",
                    L,
                    E1,
                ),
                spec(
                    "PRJ-SME-NET",
                    "Network operations for SME customers",
                    "CUS-SME",
                    "BIZ-NET",
                    W,
                    E2,
                ),
            ],
        }
    }
}

/// The schema comment that lets editors (yaml-language-server) check a
/// file offline, pointing at `.pmo/schemas/` relative to the file.
fn schema_line(relative: &str, name: SchemaName) -> String {
    let depth = relative.matches('/').count();
    format!(
        "# yaml-language-server: $schema={}{SCHEMA_DIR}/{}\n",
        "../".repeat(depth),
        name.file_name()
    )
}

/// A file with the schema comment at its top and again at the start of
/// every later document: yaml-language-server reads the comment of each
/// document on its own, so without it typos after a `---` go unseen.
fn document(relative: &str, name: SchemaName, body: &str) -> (String, String) {
    let line = schema_line(relative, name);
    (
        relative.to_string(),
        line.clone() + &crate::schema::modeline_every_document(body, &line),
    )
}

/// Every file to write, relative to the target folder, with its contents.
fn files(t: InitType, weeks: i64) -> Result<Vec<(String, String)>> {
    let projects = t.projects();
    let first = &projects[0];
    let fill = |text: &str| {
        dates::shift(text, weeks)
            .replace("{{PROJECT}}", first.id)
            .replace("{{MANAGER}}", first.manager)
    };
    let mut out = vec![(
        "pmo.toml".to_string(),
        PMO_TOML.replace("{{NAME}}", &format!("Example {} program", t.key())),
    )];
    out.push(document(
        "program.yaml",
        SchemaName::Program,
        &dates::shift(t.program(), weeks),
    ));
    for p in &projects {
        let body = dates::shift(PROJECT, weeks)
            .replace("{{ID}}", p.id)
            .replace("{{NAME}}", p.name)
            .replace("{{CUSTOMER}}", p.customer)
            .replace("{{BUSINESS}}", p.business)
            .replace("{{MANAGER}}", p.manager)
            .replace("{{ENGINEER}}", p.engineer);
        let path = format!("projects/{}.yaml", p.id.to_lowercase());
        out.push(document(&path, SchemaName::Project, &body));
    }
    out.push(document(
        "people/team.yaml",
        SchemaName::Person,
        &dates::shift(PEOPLE, weeks),
    ));
    out.push(document(
        "risks/RSK-001.yaml",
        SchemaName::Risk,
        &fill(RISK),
    ));
    out.push(document(
        "reviews/REV-2026H2-LI-NA.yaml",
        SchemaName::Review,
        &fill(REVIEW),
    ));
    out.push(document(
        "assessments/ASM-2026Q3-EXAMPLE.yaml",
        SchemaName::Assessment,
        &fill(ASSESSMENT),
    ));
    out.push(document(
        "changes/CR-001.yaml",
        SchemaName::Change,
        &fill(CHANGE),
    ));
    out.push(document(
        "evaluations/EVAL-2026Q3-EXAMPLE.yaml",
        SchemaName::Evaluation,
        &fill(EVALUATION).replace("{{ENGINEER}}", first.engineer),
    ));
    for name in SchemaName::DOCUMENTS {
        out.push((
            format!("{SCHEMA_DIR}/{}", name.file_name()),
            schema::pretty(name),
        ));
    }
    Ok(out)
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create `{}`", parent.display()))?;
    }
    // create_new: even a file that appeared since the check is not overwritten.
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("cannot create `{}`", path.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write `{}`", path.display()))
}

pub fn run(args: &Args, _global: &Global) -> Result<Exit> {
    let dir = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
    let weeks = dates::weeks_to(super::common::as_of(args.as_of));
    let files = files(args.program_type, weeks)?;

    // Check everything first: write nothing if anything is in the way.
    let existing: Vec<&str> = files
        .iter()
        .filter(|(rel, _)| dir.join(rel).symlink_metadata().is_ok())
        .map(|(rel, _)| rel.as_str())
        .collect();
    let mut err = std::io::stderr().lock();
    if !existing.is_empty() {
        writeln!(
            err,
            "error: `{}` already holds files pmo init would write; nothing was written:",
            dir.display()
        )?;
        for rel in existing {
            writeln!(err, "  {rel}")?;
        }
        writeln!(
            err,
            "help: choose an empty folder, e.g. `pmo init new-program --type {}`",
            args.program_type.key()
        )?;
        return Ok(Exit::Failure);
    }

    for (rel, text) in &files {
        write_new(&dir.join(rel), text)?;
    }
    writeln!(
        err,
        "Created a {} program repository in `{}`:",
        args.program_type.key(),
        dir.display()
    )?;
    for (rel, _) in &files {
        writeln!(err, "  {rel}")?;
    }
    writeln!(err, "\nNext: pmo validate {}", shell_word(&dir))?;
    Ok(Exit::Clean)
}

/// The folder as the user would type it (quoted when it has spaces).
fn shell_word(dir: &Path) -> String {
    let s = dir.display().to_string();
    if s.contains(char::is_whitespace) {
        format!("'{s}'")
    } else {
        s
    }
}

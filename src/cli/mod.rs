//! The command line: clap definitions and one module per subcommand. This
//! layer only wires: it finds the repository, calls the loader, checks and
//! reports, and hands their results to a renderer.

mod common;
mod completions;
mod diff;
mod explain;
mod import;
mod init;
mod output;
mod progress;
mod report;
mod schema;
mod validate;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use common::{ColorChoice, Exit, Global};

const EXIT_CODES: &str = "\
Examples:
  pmo report -C examples/composite      the portfolio overview of a repository
  pmo validate                          check the repository around the current folder
  pmo report plan --gantt               the plan with a Gantt chart
  pmo init my-program --type composite  start a new program repository

Exit codes:
  0  success; for `validate`, no error-level finding
  1  `validate` found error-level findings (or a report's --strict refused them)
  2  usage error, the repository could not be read whole (I/O), or -o names a
     link, folder, device, FIFO or socket";

/// Check a PMO's program repository and report on it.
#[derive(Debug, Parser)]
#[command(
    name = "pmo",
    version,
    about = "Check a PMO's program repository (YAML in git) and print its plan, risk, resource and assessment reports",
    after_help = EXIT_CODES,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the repository against the format and the program taxonomy.
    Validate(validate::Args),
    /// Explain a rule code, or list all codes.
    Explain(explain::Args),
    /// Print the JSON Schema of a kind of document, of pmo.toml or of a JSON output.
    Schema(schema::Args),
    /// Print a report: the portfolio overview (default), plan, risk, resource or assessment.
    Report(Box<report::Args>),
    /// What changed between two revisions (default: HEAD and the working tree).
    Diff(diff::Args),
    /// Start a program repository of a given type.
    Init(init::Args),
    /// Bring a plan in from Microsoft Project (MSPDI XML) or a spreadsheet (CSV).
    Import(import::Args),
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff).
    Man(completions::ManArgs),
}

/// Parses the process arguments, runs, and maps the outcome to an exit code.
pub fn main() -> ExitCode {
    run(std::env::args_os())
}

/// Runs `pmo` with the given arguments (the first is the program name).
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                Exit::Failure
            } else {
                Exit::Clean
            };
            // Help and version go to stdout; a broken pipe there is fine.
            let _ = e.print();
            return code.into();
        }
    };
    let result = cli.global.setup().and_then(|()| match &cli.command {
        Command::Validate(a) => validate::run(a, &cli.global),
        Command::Explain(a) => explain::run(a, &cli.global),
        Command::Schema(a) => schema::run(a, &cli.global),
        Command::Report(a) => report::run(a, &cli.global),
        Command::Diff(a) => diff::run(a, &cli.global),
        Command::Init(a) => init::run(a, &cli.global),
        Command::Import(a) => import::run(a, &cli.global),
        Command::Completions(a) => completions::completions(a, &cli.global),
        Command::Man(a) => completions::man(a, &cli.global),
    });
    // Whatever happened, no spinner outlives the command.
    progress::done();
    // For the test that proves a run builds its analysis once.
    if std::env::var_os("PMO_TRACE_ANALYSIS").is_some() {
        eprintln!(
            "pmo: analyses built: {}",
            crate::analysis::Analysis::builds()
        );
    }
    match result {
        Ok(exit) => exit.into(),
        Err(e) => {
            if common::is_broken_pipe(&e) {
                return Exit::Clean.into();
            }
            common::print_error(&e, &cli.global);
            if e.downcast_ref::<common::Refused>().is_some() {
                Exit::Findings.into()
            } else {
                Exit::Failure.into()
            }
        }
    }
}

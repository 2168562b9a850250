//! `pmo completions SHELL` and `pmo man`: generated from the clap
//! definitions, so they never drift from the real options.

use anyhow::Result;
use clap::CommandFactory;

use super::Cli;
use super::common::{self, Exit, Global};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo completions bash > ~/.local/share/bash-completion/completions/pmo
  pmo completions zsh > ~/.zfunc/_pmo
  pmo completions fish > ~/.config/fish/completions/pmo.fish")]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn completions(args: &CompletionsArgs, _global: &Global) -> Result<Exit> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "pmo", &mut out);
    common::emit(&out, None)?;
    Ok(Exit::Clean)
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo man > pmo.1 && man ./pmo.1")]
pub struct ManArgs {}

pub fn man(_args: &ManArgs, _global: &Global) -> Result<Exit> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    common::emit(&out, None)?;
    Ok(Exit::Clean)
}

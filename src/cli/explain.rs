//! `pmo explain [CODE]`: what a rule checks, why, how to fix it.

use std::io::Write;

use anyhow::{Result, bail};

use super::common::{self, Exit, Global};
use crate::check::registry;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo explain          list every rule code
  pmo explain T001     explain one rule
  pmo explain yaml-syntax")]
pub struct Args {
    /// A rule code (e.g. T001) or name; omit to list all.
    pub code: Option<String>,
}

pub fn run(args: &Args, _global: &Global) -> Result<Exit> {
    let mut out = Vec::new();
    match &args.code {
        None => {
            let rules = registry::all_rules();
            let width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in rules {
                let level = r.default.to_string();
                writeln!(
                    out,
                    "{}  {level:<7}  {:<width$}  {}",
                    r.code, r.name, r.summary
                )?;
            }
        }
        Some(code) => {
            let Some(r) = registry::find(code) else {
                let codes: Vec<&str> = registry::all_rules().iter().map(|r| r.code).collect();
                let hint = crate::diag::did_you_mean(code, codes)
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                bail!("unknown rule code `{code}`{hint}; `pmo explain` lists them");
            };
            writeln!(out, "{} ({}): {}", r.code, r.name, r.summary)?;
            writeln!(out, "Default level: {}", r.default)?;
            writeln!(out)?;
            write!(out, "{}", r.explanation())?;
        }
    }
    common::emit(&out, None)?;
    Ok(Exit::Clean)
}

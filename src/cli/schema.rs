//! `pmo schema [KIND]`: the JSON Schema of a kind, or of pmo.toml.

use anyhow::Result;

use super::common::{self, Exit, Global};
use crate::schema::{self, SchemaName};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo schema project                  the schema of Project documents
  pmo schema settings                 the schema of pmo.toml
  pmo schema > all.json               every schema, keyed by name")]
pub struct Args {
    /// Which schema; omit for all of them in one JSON object.
    #[arg(value_enum)]
    pub name: Option<SchemaName>,
}

pub fn run(args: &Args, _global: &Global) -> Result<Exit> {
    let value = match args.name {
        Some(name) => schema::generate(name),
        None => schema::all(),
    };
    let mut out = serde_json::to_vec_pretty(&value)?;
    out.push(b'\n');
    common::emit(&out, None)?;
    Ok(Exit::Clean)
}

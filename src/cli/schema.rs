//! `pmo schema [NAME]`: the JSON Schema of a kind of document, of pmo.toml,
//! or of a JSON output; `--write DIR` refreshes an editor's copies.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::common::{self, Exit, Global};
use crate::schema::{self, SchemaName};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo schema project                  the schema of Project documents
  pmo schema settings                 the schema of pmo.toml
  pmo schema findings                 the schema of `pmo validate --format json`
  pmo schema report-plan              the schema of `pmo report plan --format json`
  pmo schema > all.json               every schema, keyed by name
  pmo schema --write .pmo/schemas     refresh the schemas `pmo init` wrote, after an upgrade")]
pub struct Args {
    /// Which schema; omit for all of them in one JSON object.
    #[arg(value_enum, conflicts_with = "write")]
    pub name: Option<SchemaName>,
    /// Write the document and pmo.toml schemas (what `pmo init` puts in
    /// `.pmo/schemas`) as files into DIR, replacing those files only.
    #[arg(long, value_name = "DIR")]
    pub write: Option<PathBuf>,
}

pub fn run(args: &Args, _global: &Global) -> Result<Exit> {
    if let Some(dir) = &args.write {
        return write(dir);
    }
    let value = match args.name {
        Some(name) => schema::generate(name),
        None => schema::all(),
    };
    let mut out = serde_json::to_vec_pretty(&value)?;
    out.push(b'\n');
    common::emit(&out, None)?;
    Ok(Exit::Clean)
}

/// Writes each document schema to `DIR/<name>.schema.json`; other files in
/// DIR are left alone. Says on stderr what changed.
fn write(dir: &Path) -> Result<Exit> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    let mut changed = 0;
    for name in SchemaName::DOCUMENTS {
        let path = dir.join(name.file_name());
        let text = schema::pretty(name);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        common::emit(text.as_bytes(), Some(&path))?;
        changed += 1;
    }
    eprintln!(
        "{changed} of {} schema files in `{}` updated",
        SchemaName::DOCUMENTS.len(),
        dir.display()
    );
    Ok(Exit::Clean)
}

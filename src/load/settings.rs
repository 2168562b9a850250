//! `pmo.toml`: the file that marks a repository's root and holds its settings.

use std::path::Path;

use anyhow::{Result, anyhow, bail};

use super::rules::{L010, L011};
use super::source::{SourceFile, line_after};
use super::walk::{io_reason, special_kind};
use crate::diag::{Finding, did_you_mean};
use crate::model::{FORMAT_VERSION, FileId, Loc, Settings};

pub const SETTINGS_FILE: &str = "pmo.toml";

/// `pmo.toml` is read under the same rules as the YAML files: a link must
/// stay inside the repository and name a regular file, and the file must
/// be under the default size limit (its own limit cannot apply before it
/// is read). The target of a refused link is never opened.
pub(crate) fn read(root: &Path) -> Result<String> {
    let path = root.join(SETTINGS_FILE);
    let shown = path.display();
    let meta = std::fs::symlink_metadata(&path)
        .map_err(|e| anyhow!("cannot read `{shown}`: {}", io_reason(&e)))?;
    if meta.file_type().is_symlink() {
        let target = std::fs::read_link(&path)
            .map(|t| t.display().to_string())
            .unwrap_or_default();
        let resolved = path.canonicalize().map_err(|_| {
            anyhow!("`{shown}` is a symbolic link to `{target}`, which does not exist")
        })?;
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        if !resolved.starts_with(&root) {
            bail!("`{shown}` is a symbolic link to `{target}`, outside the repository; not read");
        }
    }
    let meta = std::fs::metadata(&path)
        .map_err(|e| anyhow!("cannot read `{shown}`: {}", io_reason(&e)))?;
    if !meta.is_file() {
        bail!("`{shown}` is {}; not read", special_kind(&meta.file_type()));
    }
    let max = Settings::default()
        .load
        .max_file_mb
        .saturating_mul(1024 * 1024);
    let bytes = super::read_bounded(&path, max)
        .map_err(|e| anyhow!("cannot read `{shown}`: {}", io_reason(&e)))?
        .ok_or_else(|| {
            anyhow!(
                "`{shown}` is over the {} MiB limit; not read",
                max / 1048576
            )
        })?;
    String::from_utf8(bytes).map_err(|_| anyhow!("`{shown}` is not UTF-8 text; save it as UTF-8"))
}

/// Parses the settings; on error, the defaults and a located finding.
pub(crate) fn parse_settings(file: FileId, source: &SourceFile) -> (Settings, Vec<Finding>) {
    let mut findings = Vec::new();
    let settings = match toml::from_str::<Settings>(&source.text) {
        Ok(s) => s,
        Err(e) => {
            let loc = e.span().map_or(
                Loc {
                    file,
                    line: 1,
                    col: 1,
                },
                |span| {
                    let (line, col) = source.position(span.start);
                    Loc { file, line, col }
                },
            );
            let message = e.message().trim().to_string();
            let mut f = Finding::new(&L011, loc, format!("invalid setting: {message}"));
            if let Some(hint) = unknown_setting_hint(&message) {
                f = f.help(hint);
            } else {
                f = f.help("`pmo schema settings` describes every setting");
            }
            findings.push(f);
            Settings::default()
        }
    };
    let mut settings = settings;
    findings.extend(bounded(&mut settings, file, source));
    if settings.format == 0 || settings.format > FORMAT_VERSION {
        let line = key_line(source, "format");
        findings.push(
            Finding::new(
                &L010,
                Loc { file, line, col: 1 },
                format!("format version {} is not supported", settings.format),
            )
            .help(format!("this build of pmo reads format {FORMAT_VERSION}")),
        );
    }
    (settings, findings)
}

/// The 1-based line where `key` is set, or 1.
fn key_line(source: &SourceFile, key: &str) -> u32 {
    source
        .text
        .lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| line_after(0, i))
}

/// The settings' domains: a value outside is reported (L011) and replaced
/// by its default, so no report divides by an empty week or a zero day.
fn bounded(settings: &mut Settings, file: FileId, source: &SourceFile) -> Vec<Finding> {
    let defaults = Settings::default();
    let mut findings = Vec::new();
    let mut refuse = |key: &str, message: String, help: &str| {
        let loc = Loc {
            file,
            line: key_line(source, key),
            col: 1,
        };
        findings.push(Finding::new(&L011, loc, message).help(help.to_string()));
    };
    let cal = &mut settings.calendar;
    if cal.working_days.is_empty() {
        refuse(
            "working_days",
            "`working_days` is empty: no day would be a working day".into(),
            "list at least one weekday, e.g. [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]",
        );
        cal.working_days = defaults.calendar.working_days.clone();
    }
    let hours = cal.hours_per_day;
    if !(hours > 0.0 && hours <= 24.0) {
        refuse(
            "hours_per_day",
            format!("`hours_per_day` is {hours}"),
            "expected a number above 0 and at most 24",
        );
        cal.hours_per_day = defaults.calendar.hours_per_day;
    }
    let plan = &mut settings.plan;
    for (key, value, default) in [
        (
            "amber_burn_percent",
            &mut plan.amber_burn_percent,
            defaults.plan.amber_burn_percent,
        ),
        (
            "red_burn_percent",
            &mut plan.red_burn_percent,
            defaults.plan.red_burn_percent,
        ),
    ] {
        if !(value.is_finite() && *value > 0.0) {
            refuse(
                key,
                format!("`{key}` is {value}"),
                "expected a percent above 0, e.g. 105",
            );
            *value = default;
        }
    }
    let load = &mut settings.load;
    if !(1..=4096).contains(&load.max_file_mb) {
        refuse(
            "max_file_mb",
            format!("`max_file_mb` is {}", load.max_file_mb),
            "expected a whole number of MiB from 1 to 4096",
        );
        load.max_file_mb = defaults.load.max_file_mb;
    }
    if !(1_000..=100_000_000).contains(&load.max_nodes) {
        refuse(
            "max_nodes",
            format!("`max_nodes` is {}", load.max_nodes),
            "expected a whole number from 1000 to 100000000",
        );
        load.max_nodes = defaults.load.max_nodes;
    }
    findings
}

// toml says "unknown field `x`, expected one of `a`, `b`"; turn that into a
// suggestion.
fn unknown_setting_hint(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    did_you_mean(field, expected.iter().copied()).map(|s| format!("did you mean `{s}`?"))
}

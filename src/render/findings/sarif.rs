//! Findings as SARIF 2.1.0, for code-scanning uploads (e.g. GitHub's
//! `github/codeql-action/upload-sarif`). Every rule `pmo` knows is listed in
//! `tool.driver.rules`, so `ruleIndex` is stable across runs; file paths are
//! relative to `%SRCROOT%`, the checkout being scanned.

use std::io::Write;

use serde::Serialize;

use super::{Outcome, place};
use crate::diag::{Rule, Severity};
use crate::model::Loc;

#[derive(Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub version: &'static str,
    pub runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub tool: Tool,
    pub column_kind: &'static str,
    pub results: Vec<SarifResult>,
}

#[derive(Serialize)]
pub struct Tool {
    pub driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    pub name: &'static str,
    pub version: &'static str,
    pub semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub information_uri: Option<&'static str>,
    pub rules: Vec<RuleDescriptor>,
}

#[derive(Serialize)]
pub struct Text {
    pub text: String,
}

#[derive(Serialize)]
pub struct Markdown {
    pub text: String,
    pub markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleDescriptor {
    pub id: &'static str,
    pub name: &'static str,
    pub short_description: Text,
    pub full_description: Text,
    pub help: Markdown,
    pub default_configuration: Configuration,
}

#[derive(Serialize)]
pub struct Configuration {
    pub level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    pub rule_id: &'static str,
    pub rule_index: usize,
    pub level: &'static str,
    pub message: Text,
    pub locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<usize>,
    pub physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    pub artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    pub uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub start_line: u32,
    pub start_column: u32,
    pub end_column: u32,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The first paragraph under "## What it checks", as plain text.
fn what_it_checks(r: &Rule) -> String {
    r.explanation()
        .split("## What it checks")
        .nth(1)
        .and_then(|rest| rest.trim_start().split("\n\n").next())
        .map(|p| p.trim().replace('\n', " "))
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| r.summary.to_string())
}

/// Percent-encodes what a relative URI reference cannot hold as is.
fn uri_path(path: &str) -> String {
    let mut s = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                s.push(b as char)
            }
            _ => s.push_str(&format!("%{b:02X}")),
        }
    }
    s
}

fn location(o: &Outcome<'_>, prefix: &str, loc: Loc, id: Option<usize>, note: &str) -> Location {
    let p = place(o.sources, loc);
    let absolute = prefix.starts_with('/');
    let uri = if absolute {
        format!("file://{}", uri_path(&format!("{prefix}{}", p.path)))
    } else {
        uri_path(&format!("{prefix}{}", p.path))
    };
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri,
                uri_base_id: (!absolute).then_some("%SRCROOT%"),
            },
            region: match (p.line, p.column) {
                (Some(start_line), Some(start_column)) => Some(Region {
                    start_line,
                    start_column,
                    end_column: p.end_column.unwrap_or(start_column + 1),
                }),
                _ => None,
            },
        },
        message: (!note.is_empty()).then(|| Text {
            text: note.to_string(),
        }),
    }
}

pub fn build(o: &Outcome<'_>, rules: &[&'static Rule], prefix: &str) -> Log {
    let descriptors = rules
        .iter()
        .map(|r| RuleDescriptor {
            id: r.code,
            name: r.name,
            short_description: Text {
                text: r.summary.to_string(),
            },
            full_description: Text {
                text: what_it_checks(r),
            },
            help: Markdown {
                text: r.explanation().to_string(),
                markdown: r.explanation().to_string(),
            },
            default_configuration: Configuration {
                level: level(r.default),
            },
        })
        .collect();
    let results = o
        .findings
        .iter()
        .map(|f| {
            let mut text = f.message.clone();
            if let Some(help) = &f.help {
                text.push_str(&format!("\nhelp: {help}"));
            }
            SarifResult {
                rule_id: f.rule.code,
                rule_index: rules
                    .iter()
                    .position(|r| r.code == f.rule.code)
                    .unwrap_or(0),
                level: level(f.severity),
                message: Text { text },
                locations: vec![location(o, prefix, f.primary.loc, None, &f.primary.note)],
                related_locations: f
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, r)| location(o, prefix, r.loc, Some(i + 1), &r.note))
                    .collect(),
            }
        })
        .collect();
    let repository = env!("CARGO_PKG_REPOSITORY");
    Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "pmo",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: (!repository.is_empty()).then_some(repository),
                    rules: descriptors,
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

pub fn render(o: &Outcome<'_>, prefix: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    let rules = crate::check::registry::all_rules();
    crate::render::json::render(&build(o, &rules, prefix), out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_keep_slashes_and_encode_the_rest() {
        assert_eq!(
            uri_path("programs/bank plan.yaml"),
            "programs/bank%20plan.yaml"
        );
        assert_eq!(uri_path("a/b#c.yml"), "a/b%23c.yml");
    }

    #[test]
    fn full_description_is_the_first_paragraph() {
        let r = crate::check::registry::find("T006").unwrap();
        assert!(what_it_checks(r).starts_with("Programs of type `multi-customer`"));
    }
}

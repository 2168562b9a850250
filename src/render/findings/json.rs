//! Findings as JSON: one object per finding and a summary. The shape is
//! stable and described by `pmo schema findings`; `version` changes
//! only when it breaks.

use std::io::Write;

use serde::Serialize;

use super::{Outcome, Place, Summary, place};
use crate::diag::Severity;

/// Version of this JSON shape.
pub const JSON_VERSION: u32 = 1;

/// Another place a finding points at, with why.
#[derive(Serialize, schemars::JsonSchema)]
pub struct JsonRelated {
    #[serde(flatten)]
    pub place: Place,
    pub note: String,
}

/// One finding: a rule broken at a place (`pmo explain CODE` tells more).
#[derive(Serialize, schemars::JsonSchema)]
pub struct JsonFinding {
    /// The rule's code, e.g. `R007`.
    pub code: &'static str,
    /// The rule's name, e.g. `unknown-reference`.
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    #[serde(flatten)]
    pub place: Place,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<JsonRelated>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

/// Every finding, sorted by file, line, column and code, and a summary.
#[derive(Serialize, schemars::JsonSchema)]
pub struct JsonOutput {
    /// Version of this JSON shape (currently 1).
    pub version: u32,
    pub findings: Vec<JsonFinding>,
    /// With `--show-allowed`: the findings documents accept, each with the
    /// reason written in its `allow:`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub allowed: Vec<JsonAllowed>,
    pub summary: Summary,
}

/// A finding a document accepts.
#[derive(Serialize, schemars::JsonSchema)]
pub struct JsonAllowed {
    pub code: &'static str,
    pub message: String,
    #[serde(flatten)]
    pub place: Place,
    pub reason: String,
}

pub fn build(o: &Outcome<'_>) -> JsonOutput {
    let findings = o
        .findings
        .iter()
        .map(|f| JsonFinding {
            code: f.rule.code,
            name: f.rule.name,
            severity: f.severity,
            message: f.message.clone(),
            place: place(o.sources, f.primary.loc),
            note: f.primary.note.clone(),
            related: f
                .related
                .iter()
                .map(|r| JsonRelated {
                    place: place(o.sources, r.loc),
                    note: r.note.clone(),
                })
                .collect(),
            help: f.help.clone(),
        })
        .collect();
    let allowed = o
        .allowed
        .iter()
        .map(|a| JsonAllowed {
            code: a.finding.rule.code,
            message: a.finding.message.clone(),
            place: place(o.sources, a.finding.primary.loc),
            reason: a.reason.clone(),
        })
        .collect();
    JsonOutput {
        version: JSON_VERSION,
        findings,
        allowed,
        summary: o.summary(),
    }
}

pub fn render(o: &Outcome<'_>, out: &mut dyn Write) -> anyhow::Result<()> {
    crate::render::json::render(&build(o), out)
}

//! Findings: what the loader and the checks say about a repository.
//!
//! Findings are data, never errors: everything is collected, then rendered
//! by `render::findings` in the format asked for. A [`Rule`] is the static
//! description of one code; each check family declares its own rules.

mod unknown;

use std::fmt;

use serde::Serialize;

use crate::model::Loc;

pub use unknown::UnknownId;

/// How serious a finding is, after rule levels are applied.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One rule: a stable code and what it means.
#[derive(Debug)]
pub struct Rule {
    /// Stable code, e.g. `T003`; the letter names the family.
    pub code: &'static str,
    /// Short kebab-case name, e.g. `single-customer-many-customers`.
    pub name: &'static str,
    pub default: Severity,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// The rule's page, `docs/rules/CODE.md` compiled in: a title
    /// `# CODE name`, the summary, then what it checks, why, how to fix and
    /// a before/after example (Markdown).
    pub doc: &'static str,
}

impl Rule {
    /// The page from "## What it checks" on, without its title and
    /// summary: what `pmo explain CODE` prints under its own header.
    pub fn explanation(&self) -> &'static str {
        self.doc
            .find("\n## ")
            .and_then(|i| self.doc.get(i + 1..))
            .unwrap_or(self.doc)
    }
}

/// A place a finding points at, with a note on what is there.
#[derive(Clone, Debug)]
pub struct Label {
    pub loc: Loc,
    pub note: String,
}

/// One finding.
#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub message: String,
    pub primary: Label,
    /// Other places involved (the first of two duplicates, the other end
    /// of a conflict).
    pub related: Vec<Label>,
    pub help: Option<String>,
}

impl Finding {
    pub fn new(rule: &'static Rule, loc: Loc, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            severity: rule.default,
            message: message.into(),
            primary: Label {
                loc,
                note: String::new(),
            },
            related: Vec::new(),
            help: None,
        }
    }

    /// A note under the caret at the primary location.
    pub fn note(mut self, note: impl Into<String>) -> Finding {
        self.primary.note = note.into();
        self
    }

    pub fn related(mut self, loc: Loc, note: impl Into<String>) -> Finding {
        self.related.push(Label {
            loc,
            note: note.into(),
        });
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    /// Sort key that makes output independent of thread scheduling and
    /// file order: by file, line, column, then code and message.
    pub fn sort_key(&self) -> (Loc, &'static str, &str) {
        (self.primary.loc, self.rule.code, &self.message)
    }
}

/// Sorts findings into their stable output order and drops exact repeats.
pub fn sort_findings(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup_by(|a, b| a.sort_key() == b.sort_key());
}

/// "did you mean `x`?" for the closest candidate, if one is close enough.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(wrong, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// `n word` or `n words`: English counts in messages read right.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_pick_the_closest_and_skip_far_ones() {
        let ids = ["p-zhang-wei", "p-li-na", "p-wang-fang"];
        assert_eq!(did_you_mean("p-zhang-wie", ids), Some("p-zhang-wei"));
        assert_eq!(did_you_mean("budget", ids), None);
    }
}

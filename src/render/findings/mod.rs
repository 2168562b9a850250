//! Rendering findings: one module per format. All of them read the same
//! [`Outcome`] and the source map; none decides anything.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use serde::Serialize;

use crate::diag::{Finding, Severity};
use crate::load::SourceMap;
use crate::model::Loc;

/// The findings of one run and what they cover.
pub struct Outcome<'a> {
    pub findings: &'a [Finding],
    /// Findings documents accept (`--show-allowed`; empty otherwise).
    pub allowed: &'a [crate::check::allow::Allowed],
    pub sources: &'a SourceMap,
    /// YAML files read (pmo.toml not counted).
    pub files: usize,
}

/// Counts for the summary line.
#[derive(Clone, Copy, Debug, Serialize, schemars::JsonSchema)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub files: usize,
}

impl Outcome<'_> {
    pub fn summary(&self) -> Summary {
        let errors = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        Summary {
            errors,
            warnings: self.findings.len() - errors,
            files: self.files,
        }
    }
}

/// A location resolved against the source map.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Place {
    pub path: String,
    /// 1-based; absent when the finding is about a whole file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// Column just past the underlined token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_column: Option<u32>,
}

/// Length in characters of the token starting at 1-based `col` of `line`,
/// for the caret underline.
pub fn token_width(line: &str, col: u32) -> usize {
    let rest: String = line.chars().skip(col.saturating_sub(1) as usize).collect();
    let rest = rest.as_str();
    let width = if rest.starts_with('"') || rest.starts_with('\'') {
        let q = rest.chars().next().unwrap_or('"');
        rest[1..]
            .find(q)
            .map_or(rest.chars().count(), |i| rest[..i + 2].chars().count())
    } else {
        rest.chars()
            .take_while(|&c| !matches!(c, ':' | ',' | ']' | '}' | '#'))
            .collect::<String>()
            .trim_end()
            .chars()
            .count()
    };
    width.max(1)
}

pub fn place(sources: &SourceMap, loc: Loc) -> Place {
    let path = sources.path(loc).to_string();
    if !loc.is_known() {
        return Place {
            path,
            line: None,
            column: None,
            end_column: None,
        };
    }
    let width = sources
        .line_text(loc)
        .map_or(1, |l| token_width(l, loc.col));
    Place {
        path,
        line: Some(loc.line),
        column: Some(loc.col),
        end_column: Some(loc.col + width as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::token_width;

    #[test]
    fn underline_covers_one_token() {
        assert_eq!(token_width("manger: p-zhang", 1), 6);
        assert_eq!(token_width("manager: p-zhang # pm", 10), 7);
        assert_eq!(token_width("title: \"a: b\" # x", 8), 6);
        assert_eq!(token_width("", 1), 1);
    }
}

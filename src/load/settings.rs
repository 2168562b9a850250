//! `pmo.toml`: the file that marks a repository's root and holds its settings.

use super::rules::{L010, L011};
use super::source::SourceFile;
use crate::diag::{Finding, did_you_mean};
use crate::model::{FORMAT_VERSION, FileId, Loc, Settings};

pub const SETTINGS_FILE: &str = "pmo.toml";

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
    if settings.format == 0 || settings.format > FORMAT_VERSION {
        let line = source
            .text
            .lines()
            .position(|l| l.trim_start().starts_with("format"))
            .map_or(1, |i| i as u32 + 1);
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

// toml says "unknown field `x`, expected one of `a`, `b`"; turn that into a
// suggestion.
fn unknown_setting_hint(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    did_you_mean(field, expected.iter().copied()).map(|s| format!("did you mean `{s}`?"))
}

//! Findings as GitHub Actions workflow commands: one `::error` or
//! `::warning` line per finding, which GitHub shows as an annotation on the
//! pull request's diff, then the summary as a plain log line.
//!
//! Escaping follows GitHub's runner (`toolkit/packages/core/src/command.ts`):
//! in the message `%`, `\r` and `\n` become `%25`, `%0D` and `%0A`; in
//! property values `:` and `,` also become `%3A` and `%2C`.

use std::io::Write;

use super::{Outcome, place};
use crate::diag::Severity;

/// Escapes the message part of a workflow command.
pub fn escape_data(s: &str) -> String {
    let escaped = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    crate::render::sanitize(&escaped).into_owned()
}

/// Escapes a property value (`file=`, `title=`...) of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Renders the findings; `prefix` is the repository's path as the
/// workflow sees it (e.g. `programs/`), prepended to every file path.
pub fn render(o: &Outcome<'_>, prefix: &str, out: &mut dyn Write) -> std::io::Result<()> {
    for f in o.findings {
        let word = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let p = place(o.sources, f.primary.loc);
        let mut props = vec![format!(
            "file={}",
            escape_property(&format!("{prefix}{}", p.path))
        )];
        if let (Some(line), Some(col)) = (p.line, p.column) {
            props.push(format!("line={line}"));
            props.push(format!("col={col}"));
            if let Some(end) = p.end_column {
                props.push(format!("endColumn={end}"));
            }
        }
        props.push(format!(
            "title={}",
            escape_property(&format!("{} {}", f.rule.code, f.rule.name))
        ));
        let mut message = f.message.clone();
        for r in &f.related {
            let rp = place(o.sources, r.loc);
            let at = match rp.line {
                Some(line) => format!("{prefix}{}:{line}", rp.path),
                None => format!("{prefix}{}", rp.path),
            };
            message.push_str(&format!("\n{at}: {}", r.note));
        }
        if let Some(help) = &f.help {
            message.push_str(&format!("\nhelp: {help}"));
        }
        writeln!(
            out,
            "::{word} {}::{}",
            props.join(","),
            escape_data(&message)
        )?;
    }
    let s = o.summary();
    writeln!(
        out,
        "{}, {} in {}",
        crate::diag::plural(s.errors, "error"),
        crate::diag::plural(s.warnings, "warning"),
        crate::diag::plural(s.files, "file")
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_runner() {
        assert_eq!(escape_data("100% done\r\nnext"), "100%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}

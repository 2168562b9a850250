//! Findings for people, laid out like rustc: the code and message, the
//! `--> path:line:col` arrow, the source line with a caret, then `help:`.

use std::io::Write;

use super::{Outcome, place, token_width};
use crate::diag::{Finding, Label, Severity};
use crate::render::Style;
use crate::render::sanitize;
use crate::render::text::{BLUE, BOLD, CYAN, RED, YELLOW, paint};

fn gutter_width(f: &Finding) -> usize {
    std::iter::once(&f.primary)
        .chain(&f.related)
        .map(|l| l.loc.line.to_string().len())
        .max()
        .unwrap_or(1)
}

fn excerpt(
    o: &Outcome<'_>,
    label: &Label,
    arrow: &str,
    caret: char,
    gutter: usize,
    style: Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let c = style.color;
    let pad = " ".repeat(gutter);
    let p = place(o.sources, label.loc);
    let at = match (p.line, p.column) {
        (Some(l), Some(col)) => format!("{}:{l}:{col}", p.path),
        _ => p.path.clone(),
    };
    writeln!(out, "{pad}{} {}", paint(arrow, BLUE, c), sanitize(&at))?;
    let Some(text) = o.sources.line_text(label.loc) else {
        if !label.note.is_empty() {
            writeln!(out, "{pad} {} {}", paint("=", BLUE, c), sanitize(&label.note))?;
        }
        return Ok(());
    };
    let bar = paint("|", BLUE, c);
    writeln!(out, "{pad} {bar}")?;
    let number = format!("{:>gutter$}", label.loc.line);
    writeln!(out, "{} {bar} {}", paint(&number, BLUE, c), sanitize(text))?;
    let lead: String = text
        .chars()
        .take(label.loc.col.saturating_sub(1) as usize)
        .map(|ch| if ch == '\t' { '\t' } else { ' ' })
        .collect();
    let marks: String = std::iter::repeat_n(caret, token_width(text, label.loc.col)).collect();
    let colour = if caret == '^' { RED } else { BLUE };
    let note = if label.note.is_empty() {
        String::new()
    } else {
        format!(" {}", sanitize(&label.note))
    };
    writeln!(out, "{pad} {bar} {lead}{}", paint(&format!("{marks}{note}"), colour, c))?;
    Ok(())
}

pub fn render_finding(o: &Outcome<'_>, f: &Finding, style: Style, out: &mut dyn Write) -> std::io::Result<()> {
    let c = style.color;
    let (word, colour) = match f.severity {
        Severity::Error => ("error", RED),
        Severity::Warning => ("warning", YELLOW),
    };
    let head = paint(&format!("{word}[{}]", f.code()), colour, c);
    writeln!(out, "{head}{}", paint(&format!(": {}", sanitize(&f.message)), BOLD, c))?;
    let gutter = gutter_width(f);
    excerpt(o, &f.primary, "-->", '^', gutter, style, out)?;
    for r in &f.related {
        excerpt(o, r, ":::", '-', gutter, style, out)?;
    }
    let pad = " ".repeat(gutter);
    if let Some(help) = &f.help {
        writeln!(out, "{pad} {} {}", paint("=", BLUE, c), paint(&format!("help: {}", sanitize(help)), CYAN, c))?;
    }
    writeln!(out)?;
    Ok(())
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

pub fn render(o: &Outcome<'_>, style: Style, out: &mut dyn Write) -> std::io::Result<()> {
    for f in o.findings {
        render_finding(o, f, style, out)?;
    }
    let s = o.summary();
    let line = format!(
        "{}, {} in {}",
        plural(s.errors, "error"),
        plural(s.warnings, "warning"),
        plural(s.files, "file")
    );
    let colour = if s.errors > 0 {
        RED
    } else if s.warnings > 0 {
        YELLOW
    } else {
        "\x1b[32m"
    };
    writeln!(out, "{}", paint(&line, colour, style.color))?;
    Ok(())
}

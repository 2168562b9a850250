//! Findings for people, laid out like rustc: the code and message, the
//! `--> path:line:col` arrow, the source line with a caret, then `help:`.

use std::io::Write;

use super::{Outcome, place, token_width};
use crate::diag::{Finding, Label, Severity};
use crate::render::Style;
use crate::render::sanitize_line as sanitize;
use crate::render::text::{BLUE, BOLD, CYAN, RED, YELLOW, paint};

fn gutter_width(f: &Finding) -> usize {
    std::iter::once(&f.primary)
        .chain(&f.related)
        .map(|l| l.loc.line.to_string().len())
        .max()
        .unwrap_or(1)
}

/// Widest excerpt shown; longer lines are cut around the column.
const WINDOW: usize = 120;

/// The part of a long line around `col`, and `col` within it.
fn window(text: &str, col: u32) -> (String, u32) {
    let len = text.chars().count();
    if len <= WINDOW {
        return (text.to_string(), col);
    }
    let at = col.saturating_sub(1) as usize;
    let start = at
        .saturating_sub(WINDOW / 2)
        .min(len.saturating_sub(WINDOW));
    let mut shown: String = text.chars().skip(start).take(WINDOW).collect();
    let mut col = (at - start + 1) as u32;
    if start > 0 {
        shown.insert(0, '…');
        col += 1;
    }
    if start + WINDOW < len {
        shown.push('…');
    }
    (shown, col)
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
            writeln!(
                out,
                "{pad} {} {}",
                paint("=", BLUE, c),
                sanitize(&label.note)
            )?;
        }
        return Ok(());
    };
    let bar = paint("|", BLUE, c);
    writeln!(out, "{pad} {bar}")?;
    let (shown, col) = window(text, label.loc.col);
    let number = format!("{:>gutter$}", label.loc.line);
    writeln!(
        out,
        "{} {bar} {}",
        paint(&number, BLUE, c),
        sanitize(&shown)
    )?;
    let lead: String = shown
        .chars()
        .take(col.saturating_sub(1) as usize)
        .map(|ch| if ch == '\t' { '\t' } else { ' ' })
        .collect();
    let marks: String = std::iter::repeat_n(caret, token_width(&shown, col).min(WINDOW)).collect();
    let colour = if caret == '^' { RED } else { BLUE };
    let note = if label.note.is_empty() {
        String::new()
    } else {
        format!(" {}", sanitize(&label.note))
    };
    writeln!(
        out,
        "{pad} {bar} {lead}{}",
        paint(&format!("{marks}{note}"), colour, c)
    )?;
    Ok(())
}

pub fn render_finding(
    o: &Outcome<'_>,
    f: &Finding,
    style: Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let c = style.color;
    let (word, colour) = match f.severity {
        Severity::Error => ("error", RED),
        Severity::Warning => ("warning", YELLOW),
    };
    let head = paint(&format!("{word}[{}]", f.code()), colour, c);
    writeln!(
        out,
        "{head}{}",
        paint(&format!(": {}", sanitize(&f.message)), BOLD, c)
    )?;
    let gutter = gutter_width(f);
    excerpt(o, &f.primary, "-->", '^', gutter, style, out)?;
    for r in &f.related {
        excerpt(o, r, ":::", '-', gutter, style, out)?;
    }
    let pad = " ".repeat(gutter);
    if let Some(help) = &f.help {
        writeln!(
            out,
            "{pad} {} {}",
            paint("=", BLUE, c),
            paint(&format!("help: {}", sanitize(help)), CYAN, c)
        )?;
    }
    writeln!(out)?;
    Ok(())
}

pub fn render(o: &Outcome<'_>, style: Style, out: &mut dyn Write) -> std::io::Result<()> {
    for f in o.findings {
        render_finding(o, f, style, out)?;
    }
    if !o.allowed.is_empty() {
        writeln!(
            out,
            "{}",
            paint("allowed here (not counted):", BOLD, style.color)
        )?;
        for a in o.allowed {
            let p = super::place(o.sources, a.finding.primary.loc);
            let at = match p.line {
                Some(line) => format!("{}:{line}", p.path),
                None => p.path.clone(),
            };
            writeln!(
                out,
                "  {} {}: {}\n    reason: {}",
                a.finding.rule.code,
                sanitize(&at),
                sanitize(&a.finding.message),
                sanitize(&a.reason)
            )?;
        }
        writeln!(out)?;
    }
    let s = o.summary();
    let line = format!(
        "{}, {} in {}",
        crate::diag::plural(s.errors, "error"),
        crate::diag::plural(s.warnings, "warning"),
        crate::diag::plural(s.files, "file")
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

//! The terminal format: headings, aligned tables (comfy-table) fitted to
//! the terminal width, colour only when the style allows it.

use std::io::Write;

use comfy_table::{Cell as TCell, CellAlignment, Color, ContentArrangement, Table as TTable, presets};

use super::text::{BOLD, paint};
use super::{Block, Cell, Style, Table, Tone, View, sanitize};

fn color_of(tone: Tone) -> Option<Color> {
    match tone {
        Tone::Good => Some(Color::Green),
        Tone::Warn => Some(Color::Yellow),
        Tone::Bad => Some(Color::Red),
        Tone::Muted => Some(Color::DarkGrey),
        Tone::Plain | Tone::Strong => None,
    }
}

fn cell(c: &Cell, style: Style) -> TCell {
    let mut t = TCell::new(sanitize(&c.text));
    if c.numeric {
        t = t.set_alignment(CellAlignment::Right);
    }
    if style.color {
        if let Some(col) = color_of(c.tone) {
            t = t.fg(col);
        }
        if c.tone == Tone::Strong {
            t = t.add_attribute(comfy_table::Attribute::Bold);
        }
    }
    t
}

/// One table as text lines, fitted to the style's width.
pub fn table_lines(t: &Table, style: Style) -> String {
    let mut table = TTable::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if !style.color {
        table.force_no_tty();
    } else {
        table.enforce_styling();
    }
    table.set_header(t.columns.iter().map(|c| {
        let h = TCell::new(c);
        if style.color {
            h.add_attribute(comfy_table::Attribute::Bold)
        } else {
            h
        }
    }));
    for row in &t.rows {
        table.add_row(row.iter().map(|c| cell(c, style)));
    }
    table.to_string()
}

pub fn render(view: &View, style: Style, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "{}", paint(&sanitize(&view.title), BOLD, style.color))?;
    for block in &view.blocks {
        match block {
            Block::Heading(h) => {
                writeln!(out)?;
                writeln!(out, "{}", paint(&sanitize(h), BOLD, style.color))?;
            }
            Block::Text(t) => writeln!(out, "{}", sanitize(t))?,
            Block::KeyValues(kv) => {
                let wide = kv.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
                for (k, v) in kv {
                    let pad = wide - k.chars().count();
                    let value = paint(&sanitize(&v.text), super::text::tone_style(v.tone), style.color);
                    writeln!(out, "  {}{}  {}", sanitize(k), " ".repeat(pad), value)?;
                }
            }
            Block::Table(t) => {
                writeln!(out)?;
                if !t.title.is_empty() {
                    writeln!(out, "{}", paint(&sanitize(&t.title), BOLD, style.color))?;
                }
                if t.rows.is_empty() {
                    writeln!(out, "  {}", sanitize(&t.empty))?;
                } else {
                    writeln!(out, "{}", table_lines(t, style))?;
                }
            }
        }
    }
    Ok(())
}

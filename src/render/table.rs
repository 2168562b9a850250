//! The terminal format: headings, aligned tables (comfy-table) fitted to
//! the terminal width, colour only when the style allows it.
//!
//! # Narrow terminals
//! A cell wraps at spaces only: a word, an id or a date is never split
//! (`PRJ-HARBOR-DESK`, `2026-12-29`). Each column is at least as wide as
//! its longest such word; when the columns do not fit at that, they give
//! way in the order the report's view states for the table (see
//! [`Table::give_way`] and `fit`): left out, or names cut to a line. The
//! first column never goes, and a line under the table names the columns
//! left out; a word wider than a third of the terminal may be cut. Text
//! and key-value lines outside tables wrap at spaces too, continuing under
//! their first word.

use std::io::Write;

use comfy_table::{
    Cell as TCell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table as TTable,
    Width, presets,
};

mod fit;

use super::heatmap::HeatMap;
use super::text::{BOLD, paint, tone_style};
use super::{Block, Cell, Style, Table, Tone, View, sanitize};
use crate::i18n::{Label as L, Lang, t, tf};

fn color_of(tone: Tone) -> Option<Color> {
    match tone {
        Tone::Good => Some(Color::Green),
        Tone::Warn => Some(Color::Yellow),
        Tone::Bad => Some(Color::Red),
        Tone::Muted => Some(Color::DarkGrey),
        Tone::Plain | Tone::Strong => None,
    }
}

/// The most columns a line of a cell keeps, and the most lines a cell
/// keeps. comfy-table wraps a long word in time quadratic in its length, so
/// a megabyte of name would take minutes; no terminal shows more anyway.
const CELL_COLUMNS: usize = 240;
const CELL_LINES: usize = 40;

/// A cell's text cut to what a terminal can show, in linear time.
fn fitted(text: &str) -> String {
    let clean = sanitize(text);
    let mut lines: Vec<String> = clean
        .lines()
        .take(CELL_LINES + 1)
        .map(|l| super::text::cut(l, CELL_COLUMNS))
        .collect();
    if lines.len() > CELL_LINES {
        lines.truncate(CELL_LINES);
        lines.push("…".to_string());
    }
    lines.join("\n")
}

/// A cell showing `text` (its text as fitted) in its alignment and tone.
fn cell(c: &Cell, text: String, style: Style) -> TCell {
    let mut t = TCell::new(text);
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

/// One table as text lines, fitted to the style's width: columns give
/// way in the order the view states (see [`fit`]).
pub fn table_lines(tab: &Table, style: Style, lang: Lang) -> String {
    let cells: Vec<Vec<String>> = tab
        .rows
        .iter()
        .map(|r| r.iter().map(|c| fitted(&c.text)).collect())
        .collect();
    let f = fit::fit(
        &tab.columns,
        &cells,
        &tab.give_way,
        usize::from(style.width),
    );
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
    table.set_header(f.kept.iter().map(|&i| {
        let h = TCell::new(&tab.columns[i]);
        if style.color {
            h.add_attribute(comfy_table::Attribute::Bold)
        } else {
            h
        }
    }));
    for (row, texts) in tab.rows.iter().zip(&cells) {
        table.add_row(f.kept.iter().zip(&f.widths).map(|(&i, w)| {
            let text = texts.get(i).map_or("", String::as_str);
            let text = match w {
                fit::Width::Cut(w) => text
                    .lines()
                    .map(|l| fit::cut_line(l, *w))
                    .collect::<Vec<_>>()
                    .join("\n"),
                fit::Width::AtLeast(_) => text.to_string(),
            };
            row.get(i)
                .map_or_else(|| TCell::new(""), |c| cell(c, text, style))
        }));
    }
    // comfy-table's bounds include the cell's padding, one space a side.
    let padded = |w: usize| Width::Fixed(u16::try_from(w + 2).unwrap_or(u16::MAX));
    table.set_constraints(f.widths.iter().map(|w| match w {
        fit::Width::AtLeast(w) => ColumnConstraint::LowerBoundary(padded(*w)),
        fit::Width::Cut(w) => ColumnConstraint::Absolute(padded(*w)),
    }));
    let mut text = table.to_string();
    if !f.left_out.is_empty() {
        let left_out: Vec<&str> = f
            .left_out
            .iter()
            .map(|&i| tab.columns[i].as_str())
            .collect();
        text.push('\n');
        text.push_str(&wrap(
            &format!(
                "  {}",
                tf(
                    lang,
                    L::LeftOutAt,
                    &[&style.width, &left_out.join(t(lang, L::ListSep))]
                )
            ),
            usize::from(style.width),
            4,
        ));
    }
    text
}

/// `text`'s words in lines of at most `first` columns, then `rest`; a
/// word longer than a line stays whole on a line of its own.
fn wrap_words(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = super::text::width(word);
        let room = if lines.len() == 1 { first } else { rest };
        if used > 0 && used + 1 + w > room {
            lines.push(String::new());
            used = 0;
        }
        let line = lines.last_mut().expect("never empty");
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += w;
    }
    lines
}

/// `line` wrapped at spaces to `width` columns, keeping its leading
/// spaces; continuation lines indented by `indent`.
pub fn wrap(line: &str, width: usize, indent: usize) -> String {
    let lead = line.len() - line.trim_start().len();
    let lines = wrap_words(
        &line[lead..],
        width.saturating_sub(lead),
        width.saturating_sub(indent),
    );
    let pad = " ".repeat(indent);
    format!("{}{}", &line[..lead], lines.join(&format!("\n{pad}")))
}

/// A line of text wrapped to the style's width, continuing two columns
/// in from where it starts.
fn text_lines(text: &str, width: usize) -> String {
    text.lines()
        .map(|l| {
            let lead = l.len() - l.trim_start().len();
            wrap(l, width, lead + 2)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` centred in `width` columns.
fn centre(text: &str, width: usize) -> String {
    let len = super::text::width(text);
    let left = width.saturating_sub(len) / 2;
    let right = width.saturating_sub(len + left);
    format!("{}{text}{}", " ".repeat(left), " ".repeat(right))
}

/// A heat map as a Unicode grid, highest row on top. Every cell shows its
/// count (`·` for none) and its marker, so it reads without colour; with
/// colour the cell is painted in its tone.
pub fn heat_map_lines(map: &HeatMap, style: Style) -> String {
    let clean =
        |v: &[String]| -> Vec<String> { v.iter().map(|l| sanitize(l).into_owned()).collect() };
    let (y_labels, x_labels) = (clean(&map.y_labels), clean(&map.x_labels));
    let y_head = format!("{} \u{2191}", sanitize(&map.y_title));
    let label_w = y_labels
        .iter()
        .map(|l| super::text::width(l))
        .chain(std::iter::once(super::text::width(&y_head)))
        .max()
        .unwrap_or(0);
    let texts = heat_cell_texts(map);
    let cell_w = texts
        .iter()
        .flatten()
        .map(|(t, _)| super::text::width(t))
        .chain(x_labels.iter().map(|l| super::text::width(l)))
        .max()
        .unwrap_or(1)
        + 2;
    let cols = x_labels.len();
    let pad = " ".repeat(label_w);
    let rule = |l: &str, m: &str, r: &str| {
        format!(
            "{pad} {l}{}{r}",
            vec!["\u{2500}".repeat(cell_w); cols].join(m)
        )
    };
    let mut lines = Vec::new();
    lines.push(format!(
        "{pad}  {}",
        centre(
            &format!("{} \u{2192}", sanitize(&map.x_title)),
            cols * (cell_w + 1)
        )
    ));
    let heads: Vec<String> = x_labels.iter().map(|l| centre(l, cell_w)).collect();
    lines.push(format!(
        "{}  {}",
        super::text::pad(&y_head, label_w),
        heads.join(" ")
    ));
    lines.push(rule("\u{250c}", "\u{252c}", "\u{2510}"));
    for y in (0..y_labels.len()).rev() {
        let cells: Vec<String> = texts[y]
            .iter()
            .map(|(t, s)| heat_cell(t, *s, cell_w, style))
            .collect();
        lines.push(format!(
            "{} \u{2502}{}\u{2502}",
            super::text::pad(&y_labels[y], label_w),
            cells.join("\u{2502}")
        ));
    }
    lines.push(rule("\u{2514}", "\u{2534}", "\u{2518}"));
    lines.extend(heat_map_legend(map, style));
    lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each cell's words (its count, a dot for none, and the band's marker)
/// and style, row by row.
fn heat_cell_texts(map: &HeatMap) -> Vec<Vec<(String, HeatCellStyle)>> {
    (0..map.y_labels.len())
        .map(|y| {
            (0..map.x_labels.len())
                .map(|x| {
                    let c = map.cell(x, y);
                    let count = if c.count == 0 {
                        "\u{b7}".to_string()
                    } else {
                        c.count.to_string()
                    };
                    let marker = sanitize(&c.marker).into_owned();
                    let text = if marker.is_empty() {
                        count
                    } else {
                        format!("{count} {marker}")
                    };
                    let style = HeatCellStyle {
                        tone: c.tone,
                        filled: c.count > 0,
                    };
                    (text, style)
                })
                .collect()
        })
        .collect()
}

/// A cell centred in `width`, in its band's colour (bold when it holds
/// risks) when colour is on.
fn heat_cell(text: &str, s: HeatCellStyle, width: usize, style: Style) -> String {
    let body = centre(text, width);
    let tone = tone_style(s.tone);
    match (style.color, s.filled) {
        (true, true) => paint(&body, &format!("{tone}{BOLD}"), true),
        (true, false) if !tone.is_empty() => paint(&body, tone, true),
        _ => body,
    }
}

/// The legend line (each band in its colour) and the notes under the map.
fn heat_map_legend(map: &HeatMap, style: Style) -> Vec<String> {
    let mut lines = Vec::new();
    if !map.legend.is_empty() {
        let items: Vec<String> = map
            .legend
            .iter()
            .map(|(m, meaning, tone)| {
                let text = format!("{} {}", sanitize(m), sanitize(meaning));
                let tone = tone_style(*tone);
                paint(&text, tone, style.color && !tone.is_empty())
            })
            .collect();
        lines.push(format!("  {}", items.join("  ")));
    }
    lines.extend(map.notes.iter().map(|note| format!("  {}", sanitize(note))));
    lines
}

#[derive(Clone, Copy)]
struct HeatCellStyle {
    tone: Tone,
    filled: bool,
}

/// The view on a terminal; `lang` words the renderer's own notes.
pub fn render(view: &View, style: Style, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "{}", paint(&sanitize(&view.title), BOLD, style.color))?;
    for block in &view.blocks {
        match block {
            Block::Heading(h) => {
                writeln!(out)?;
                writeln!(out, "{}", paint(&sanitize(h), BOLD, style.color))?;
            }
            Block::Text(t) => writeln!(
                out,
                "{}",
                text_lines(&sanitize(t), usize::from(style.width))
            )?,
            Block::KeyValues(kv) => {
                let wide = kv
                    .iter()
                    .map(|(k, _)| super::text::width(k))
                    .max()
                    .unwrap_or(0);
                // Values wrap under themselves; under a wide key, just
                // indented.
                let width = usize::from(style.width);
                let indent = if 2 + wide + 2 + 20 <= width {
                    2 + wide + 2
                } else {
                    6
                };
                for (k, v) in kv {
                    let pad = wide.saturating_sub(super::text::width(k));
                    let first = width.saturating_sub(2 + wide + 2);
                    let lines = wrap_words(&sanitize(&v.text), first, width.saturating_sub(indent));
                    let tone = super::text::tone_style(v.tone);
                    let mut text = String::new();
                    for (i, l) in lines.iter().enumerate() {
                        if i > 0 {
                            text.push('\n');
                            text.push_str(&" ".repeat(indent));
                        }
                        text.push_str(&paint(l, tone, style.color));
                    }
                    writeln!(out, "  {}{}  {}", sanitize(k), " ".repeat(pad), text)?;
                }
            }
            Block::Bars(b) => bars(b, style, out)?,
            Block::Lines(l) => lines(l, style, out)?,
            Block::Table(t) => {
                writeln!(out)?;
                if !t.title.is_empty() {
                    let title = text_lines(&sanitize(&t.title), usize::from(style.width));
                    writeln!(out, "{}", paint(&title, BOLD, style.color))?;
                }
                if t.rows.is_empty() {
                    writeln!(out, "  {}", sanitize(&t.empty))?;
                } else {
                    writeln!(out, "{}", table_lines(t, style, lang))?;
                }
            }
            Block::HeatMap(map) => {
                writeln!(out)?;
                if !map.title.is_empty() {
                    writeln!(out, "{}", paint(&sanitize(&map.title), BOLD, style.color))?;
                }
                writeln!(out, "{}", heat_map_lines(map, style))?;
            }
            Block::Gantt(g) => {
                writeln!(out)?;
                for line in super::gantt::draw(g, style.width, style.color) {
                    writeln!(out, "{line}")?;
                }
            }
            Block::LoadGrid(g) => {
                writeln!(out)?;
                super::loadgrid::draw(g, style, out)?;
            }
        }
    }
    Ok(())
}

/// Horizontal bars: one line per series value, the label on the row's
/// first line, the series name on every line (so no colour is needed to
/// tell them apart), the value after the bar and the mark after that.
/// A line chart as one sparkline per line, with its first and last value.
fn lines(l: &super::lines::Lines, style: Style, out: &mut dyn Write) -> anyhow::Result<()> {
    use super::lines::{ends, figure, sparkline};
    writeln!(out)?;
    if !l.title.is_empty() {
        writeln!(out, "{}", paint(&sanitize(&l.title), BOLD, style.color))?;
    }
    let chars = |s: &str| super::text::width(&sanitize(s));
    let name_w = l.lines.iter().map(|x| chars(&x.name)).max().unwrap_or(0);
    for line in &l.lines {
        let (first, last) = ends(&line.values);
        let name = sanitize(&line.name);
        let pad = " ".repeat(name_w.saturating_sub(chars(&line.name)));
        writeln!(
            out,
            "  {name}{pad}  {}  {} -> {}",
            sparkline(&line.values),
            figure(first),
            figure(last)
        )?;
    }
    if !l.note.is_empty() {
        writeln!(out, "  {}", sanitize(&l.note))?;
    }
    Ok(())
}

fn bars(b: &super::bars::Bars, style: Style, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out)?;
    if !b.title.is_empty() {
        writeln!(out, "{}", paint(&sanitize(&b.title), BOLD, style.color))?;
    }
    let chars = |s: &str| super::text::width(&sanitize(s));
    let label_w = b.rows.iter().map(|r| chars(&r.label)).max().unwrap_or(0);
    let series_w = b.series.iter().map(|s| chars(s)).max().unwrap_or(0);
    let value_w = b
        .rows
        .iter()
        .flat_map(|r| r.values.iter().map(|v| chars(&v.text)))
        .max()
        .unwrap_or(0);
    let mark_w = b.rows.iter().map(|r| chars(&r.mark)).max().unwrap_or(0);
    let fixed = 2 + label_w + 2 + series_w + 1 + 1 + value_w + 2 + mark_w;
    let width = usize::from(style.width).saturating_sub(fixed).clamp(10, 40);
    let indent = 2 + label_w + 2 + series_w + 1;
    let lo = format!("{}", b.min);
    let hi = format!("{}", b.max);
    let gap = (width + 1).saturating_sub(super::text::width(&lo) + super::text::width(&hi));
    writeln!(out, "{}{lo}{}{hi}", " ".repeat(indent), " ".repeat(gap))?;
    for row in &b.rows {
        for (i, name) in b.series.iter().enumerate() {
            let label = if i == 0 {
                sanitize(&row.label).into_owned()
            } else {
                String::new()
            };
            let v = row.values.get(i).cloned().unwrap_or_default();
            let drawn = match v.value {
                Some(x) => super::bars::bar(x, b.min, b.max, width),
                None => " ".repeat(width),
            };
            let mut line = format!(
                "  {label}{}  {}{} {drawn} {}",
                " ".repeat(label_w.saturating_sub(chars(&label))),
                sanitize(name),
                " ".repeat(series_w.saturating_sub(chars(name))),
                {
                    let text = sanitize(&v.text);
                    format!(
                        "{}{text}",
                        " ".repeat(value_w.saturating_sub(super::text::width(&text)))
                    )
                },
            );
            if i == 0 && !row.mark.is_empty() {
                let mark = paint(
                    &sanitize(&row.mark),
                    super::text::tone_style(row.tone),
                    style.color,
                );
                line.push_str("  ");
                line.push_str(&mark);
            }
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    if !b.note.is_empty() {
        writeln!(out, "{}", sanitize(&b.note))?;
    }
    Ok(())
}

//! The load grid: people down, periods across, each cell a utilisation
//! already formatted by the report's view (e.g. `85`, `120!`, `off`).
//! Renderers only lay it out: on a terminal as many periods as fit the
//! width, from the first; in Markdown as a table of every period.

use std::io::Write;

use super::text::{BOLD, paint, tone_style};
use super::{Style, Tone, sanitize};

/// A people x periods grid of utilisation.
#[derive(Clone, Debug, Default)]
pub struct LoadGrid {
    /// Heading of the row labels, e.g. `Person`.
    pub corner: String,
    pub columns: Vec<GridColumn>,
    pub rows: Vec<GridRow>,
    /// What the cells and markers mean; printed under the grid.
    pub legend: String,
    /// Shown instead of an empty grid.
    pub empty: String,
    /// The language of the renderer's own words (periods not shown).
    pub lang: crate::model::Lang,
}

#[derive(Clone, Debug, Default)]
pub struct GridColumn {
    /// Full name, e.g. `2026-W47` (Markdown).
    pub label: String,
    /// Short name for a narrow terminal column, e.g. `W47`.
    pub short: String,
}

#[derive(Clone, Debug, Default)]
pub struct GridRow {
    pub label: String,
    pub cells: Vec<GridCell>,
}

#[derive(Clone, Debug, Default)]
pub struct GridCell {
    pub text: String,
    pub tone: Tone,
}

/// Widest row label drawn on a terminal; longer ones are cut with `…`.
const MAX_LABEL: usize = 28;

use super::text::{cut, width};

/// Draws the grid for a terminal, as many periods as fit `style.width`.
pub fn draw(grid: &LoadGrid, style: Style, out: &mut dyn Write) -> std::io::Result<()> {
    if grid.rows.is_empty() {
        return writeln!(out, "  {}", sanitize(&grid.empty));
    }
    let labels: Vec<String> = grid
        .rows
        .iter()
        .map(|r| cut(&sanitize(&r.label), MAX_LABEL))
        .collect();
    let label_w = labels
        .iter()
        .map(|l| width(l))
        .chain([width(&grid.corner)])
        .max()
        .unwrap_or(0);
    // One width for every period column: the widest header or cell, plus a gap.
    let cell_w = grid
        .columns
        .iter()
        .map(|c| width(&c.short))
        .chain(
            grid.rows
                .iter()
                .flat_map(|r| r.cells.iter().map(|c| width(&c.text))),
        )
        .max()
        .unwrap_or(1)
        + 2;
    let room = usize::from(style.width).saturating_sub(label_w + 2);
    let fit = (room / cell_w)
        .clamp(1, grid.columns.len().max(1))
        .min(grid.columns.len());

    let mut head = format!("  {}", super::text::pad(&grid.corner, label_w));
    for c in grid.columns.iter().take(fit) {
        let short = sanitize(&c.short);
        head.push_str(&" ".repeat(cell_w.saturating_sub(width(&short))));
        head.push_str(&short);
    }
    writeln!(out, "{}", paint(head.trim_end(), BOLD, style.color))?;
    for (row, label) in grid.rows.iter().zip(&labels) {
        let mut line = format!("  {}", super::text::pad(label, label_w));
        for cell in row.cells.iter().take(fit) {
            let text = sanitize(&cell.text);
            let pad = cell_w.saturating_sub(width(&text));
            line.push_str(&" ".repeat(pad));
            line.push_str(&paint(&text, tone_style(cell.tone), style.color));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    if fit < grid.columns.len() {
        let hidden = &grid.columns[fit..];
        let label = if hidden.len() == 1 {
            crate::i18n::Label::MorePeriod
        } else {
            crate::i18n::Label::MorePeriods
        };
        writeln!(
            out,
            "  {}",
            crate::i18n::tf(
                grid.lang,
                label,
                &[
                    &hidden.len(),
                    &hidden.last().map_or("", |c| c.label.as_str())
                ]
            )
        )?;
    }
    if !grid.legend.is_empty() {
        let legend = format!("  {}", sanitize(&grid.legend));
        writeln!(
            out,
            "{}",
            super::table::wrap(&legend, usize::from(style.width), 4)
        )?;
    }
    Ok(())
}

/// The grid as a Markdown table with every period.
pub fn markdown(
    grid: &LoadGrid,
    escape: impl Fn(&str) -> String,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if grid.rows.is_empty() {
        return writeln!(out, "_{}_", escape(&grid.empty));
    }
    let mut head = vec![escape(&grid.corner)];
    head.extend(grid.columns.iter().map(|c| escape(&c.label)));
    writeln!(out, "| {} |", head.join(" | "))?;
    let mut align = vec!["---"];
    align.extend(grid.columns.iter().map(|_| "---:"));
    writeln!(out, "| {} |", align.join(" | "))?;
    for row in &grid.rows {
        let mut cells = vec![escape(&row.label)];
        cells.extend(row.cells.iter().map(|c| escape(&c.text)));
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    if !grid.legend.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", escape(&grid.legend))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> LoadGrid {
        let cell = |t: &str| GridCell {
            text: t.into(),
            tone: Tone::Plain,
        };
        LoadGrid {
            corner: "Person".into(),
            columns: (47..=52)
                .map(|w| GridColumn {
                    label: format!("2026-W{w}"),
                    short: format!("W{w}"),
                })
                .collect(),
            rows: vec![GridRow {
                label: "ann".into(),
                cells: ["50", "150!", "off", "0", "100", "80"]
                    .iter()
                    .map(|t| cell(t))
                    .collect(),
            }],
            legend: "! over capacity".into(),
            empty: "nobody".into(),
            lang: crate::model::Lang::En,
        }
    }

    #[test]
    fn wide_names_line_up() {
        // 王芳 takes 4 columns: "p-w 王芳" is 8 wide, like "Person" + 2.
        let mut g = grid();
        g.rows[0].label = "p-w 王芳".into();
        g.lang = crate::model::Lang::Zh;
        let mut out = Vec::new();
        draw(
            &g,
            Style {
                color: false,
                width: 32,
            },
            &mut out,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let w = crate::render::text::width;
        // Both lines end their first cell at the same column.
        assert_eq!(
            w(&lines[0][..lines[0].find("W47").unwrap() + 3]),
            w(&lines[1][..lines[1].find("50").unwrap() + 2])
        );
        assert!(lines[2].contains("另有 3 个周期至 2026-W52 未显示"));
    }

    #[test]
    fn the_grid_shows_the_periods_that_fit() {
        let mut out = Vec::new();
        // Label 6 + 2 margin; cells 4 + 2 = 6 wide: (30 - 8) / 6 = 3 fit.
        draw(
            &grid(),
            Style {
                color: false,
                width: 30,
            },
            &mut out,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "  Person   W47   W48   W49\n  ann       50  150!   off\n  \
             (3 more periods to 2026-W52 not shown: use --from/--to or a wider terminal)\n  \
             ! over capacity\n"
        );
    }
}

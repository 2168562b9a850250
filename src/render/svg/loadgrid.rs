//! The load grid as SVG: people down, periods across, each cell filled by
//! its tone (over capacity, nearly full, normal, idle or off) and showing
//! the view's text, so `120!` reads as over capacity without colour.

use std::fmt::Write as _;

use super::{esc, fit, open, px, text, text_width, tone_colors};
use crate::i18n::{Label as L, tf};
use crate::render::loadgrid::{GridCell, LoadGrid};

const ROW: f64 = 20.0;
const HEAD: f64 = 28.0;
const FONT: f64 = 11.0;

/// Draws the grid; an empty grid is the page's business (it prints the
/// view's `empty` text instead).
pub fn draw(grid: &LoadGrid, title: &str) -> String {
    let label_w = grid
        .rows
        .iter()
        .map(|r| text_width(&r.label, FONT) + 12.0)
        .fold(text_width(&grid.corner, FONT) + 12.0, f64::max)
        .clamp(80.0, 240.0);
    let cols = grid.columns.len().max(1) as f64;
    let cell_w = cell_width(grid, label_w, cols);
    let width = label_w + cols * cell_w + 4.0;
    let height = HEAD + grid.rows.len() as f64 * ROW + 4.0;
    let mut out = String::new();
    open(
        &mut out,
        "loadgrid",
        width,
        height,
        title,
        &tf(
            grid.lang,
            L::SvgGridDesc,
            &[&grid.rows.len(), &grid.columns.len()],
        ),
    );
    text(
        &mut out,
        4.0,
        HEAD - 9.0,
        "font-weight=\"600\" font-size=\"11\" fill=\"#0f172a\"",
        &grid.corner,
    );
    for (i, c) in grid.columns.iter().enumerate() {
        let _ = write!(out, "<g><title>{}</title>", esc(&c.label));
        text(
            &mut out,
            label_w + i as f64 * cell_w + cell_w / 2.0,
            HEAD - 9.0,
            "text-anchor=\"middle\" font-weight=\"600\" font-size=\"11\" fill=\"#334155\"",
            &c.short,
        );
        out.push_str("</g>");
    }
    for (r, row) in grid.rows.iter().enumerate() {
        let y = HEAD + r as f64 * ROW;
        if r % 2 == 1 {
            let _ = write!(
                out,
                "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{ROW}\" fill=\"#f8fafc\"/>",
                px(y),
                px(label_w)
            );
        }
        text(
            &mut out,
            4.0,
            y + 14.0,
            "font-size=\"11\" fill=\"#1e293b\"",
            &fit(&row.label, label_w - 8.0, FONT),
        );
        for (i, cell) in row.cells.iter().enumerate() {
            let column = grid.columns.get(i).map_or("", |c| c.label.as_str());
            let x = label_w + i as f64 * cell_w;
            draw_cell(&mut out, &row.label, column, cell, (x, y), cell_w);
        }
    }
    out.push_str("</svg>");
    out
}

/// Cells as wide as their widest text, stretched to fill an A4 landscape
/// width when there are few periods. (Not `clamp`: the text may be wider
/// than the 72 px cap, and then the text wins.)
fn cell_width(grid: &LoadGrid, label_w: f64, cols: f64) -> f64 {
    let widest = grid
        .columns
        .iter()
        .map(|c| text_width(&c.short, FONT))
        .chain(
            grid.rows
                .iter()
                .flat_map(|r| r.cells.iter().map(|c| text_width(&c.text, FONT))),
        )
        .fold(24.0, f64::max);
    ((1000.0 - label_w) / cols)
        .min(72.0)
        .max(widest + 10.0)
        .round()
}

/// One cell at `at`: filled by its tone, its text right-aligned (bold when
/// over capacity), with a tooltip naming the person and the period.
fn draw_cell(
    out: &mut String,
    person: &str,
    column: &str,
    cell: &GridCell,
    at: (f64, f64),
    cell_w: f64,
) {
    let (x, y) = at;
    let (fill, ink) = tone_colors(cell.tone);
    let _ = write!(
        out,
        "<g><title>{}, {}: {}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{ROW}\" fill=\"{fill}\" stroke=\"#e2e8f0\" stroke-width=\"1\"/>",
        esc(person),
        esc(column),
        esc(&cell.text),
        px(x),
        px(y),
        px(cell_w),
    );
    let weight = if cell.tone == crate::render::Tone::Bad {
        " font-weight=\"700\""
    } else {
        ""
    };
    text(
        out,
        x + cell_w - 5.0,
        y + 14.0,
        &format!("text-anchor=\"end\" font-size=\"11\" fill=\"{ink}\"{weight}"),
        &cell.text,
    );
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Tone;
    use crate::render::loadgrid::{GridCell, GridColumn, GridRow};

    #[test]
    fn over_capacity_cells_carry_their_text_and_colour() {
        let grid = LoadGrid {
            lang: crate::model::Lang::En,
            corner: "Person".into(),
            columns: vec![
                GridColumn {
                    label: "2026-W47".into(),
                    short: "W47".into(),
                },
                GridColumn {
                    label: "2026-W48".into(),
                    short: "W48".into(),
                },
            ],
            rows: vec![GridRow {
                label: "ann <Ann>".into(),
                cells: vec![
                    GridCell {
                        text: "150!".into(),
                        tone: Tone::Bad,
                    },
                    GridCell {
                        text: "off".into(),
                        tone: Tone::Muted,
                    },
                ],
            }],
            legend: String::new(),
            empty: String::new(),
        };
        let svg = draw(&grid, "Load");
        assert!(svg.contains("<title>ann &lt;Ann&gt;, 2026-W47: 150!</title><rect"));
        assert!(svg.contains("fill=\"#fca5a5\""));
        assert!(svg.contains("font-weight=\"700\">150!</text>"));
        assert!(svg.contains(">off</text>"));
    }
}

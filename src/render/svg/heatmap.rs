//! The heat map as SVG: probability up, impact across, highest row on
//! top; each cell filled in its band's colour and showing its count and
//! the band's marker, so it reads in grey too. Axis labels on both sides
//! and the legend under the grid.

use std::fmt::Write as _;

use super::{open, px, text, text_width, tone_colors};
use crate::i18n::{Label as L, tf};
use crate::render::Tone;
use crate::render::heatmap::HeatMap;

const CELL_W: f64 = 72.0;
const CELL_H: f64 = 44.0;

/// Fills for threat bands, lowest to highest: each band its own colour,
/// darker as it rises (high and critical no longer share one red).
const THREAT_RAMP: [(&str, &str); 5] = [
    ("#dcfce7", "#14532d"),
    ("#fef08a", "#713f12"),
    ("#fdba74", "#7c2d12"),
    ("#f87171", "#450a0a"),
    ("#991b1b", "#ffffff"),
];
/// Fills for opportunity bands, lowest to highest.
const OPPORTUNITY_RAMP: [(&str, &str); 5] = [
    ("#f0fdf4", "#14532d"),
    ("#bbf7d0", "#14532d"),
    ("#86efac", "#14532d"),
    ("#22c55e", "#052e16"),
    ("#15803d", "#ffffff"),
];

/// The fill and ink of a band marker: its place in the legend (lowest
/// band first) picks a step of the ramp, so every band has its own fill.
/// Cells outside every band keep their tone's colours.
fn band_colors(map: &HeatMap, marker: &str, tone: Tone) -> (&'static str, &'static str) {
    let bands = map.legend.len();
    let Some(i) = map.legend.iter().position(|(m, _, _)| m == marker) else {
        return tone_colors(tone);
    };
    let opportunity = map.legend.iter().all(|(_, _, t)| *t != Tone::Bad)
        && map.legend.iter().any(|(_, _, t)| *t == Tone::Good);
    let ramp = if opportunity {
        &OPPORTUNITY_RAMP
    } else {
        &THREAT_RAMP
    };
    // Spread the bands over the whole ramp: the lowest band takes its
    // first step, the highest its last.
    let step = if bands <= 1 {
        ramp.len() - 1
    } else {
        i * (ramp.len() - 1) / (bands - 1)
    };
    ramp[step.min(ramp.len() - 1)]
}

/// Draws the map (the notes under it are the page's business).
pub fn draw(map: &HeatMap) -> String {
    let rows = map.y_labels.len();
    let y_label_w = map
        .y_labels
        .iter()
        .map(|l| text_width(l, 12.0))
        .fold(24.0, f64::max)
        .min(200.0)
        + 12.0;
    // Room on the left for the rotated axis title, then the row labels.
    let left = 26.0 + y_label_w;
    let grid_w = map.x_labels.len() as f64 * CELL_W;
    let grid_h = rows as f64 * CELL_H;
    let legend = legend_items(map);
    let legend_w: f64 = legend.iter().map(|(_, w)| w).sum();
    let width = (left + grid_w + 12.0).max(legend_w + 12.0).max(260.0);
    let height = TOP + grid_h + 44.0 + if map.legend.is_empty() { 0.0 } else { 26.0 };

    let mut out = String::new();
    let total: usize = map.cells.iter().flatten().map(|c| c.count).sum();
    open(
        &mut out,
        "heatmap",
        width,
        height,
        &map.title,
        &tf(
            map.lang,
            L::SvgHeatDesc,
            &[&map.title, &map.y_title, &map.x_title, &total],
        ),
    );
    // Highest row on top, and first in the markup (reading order).
    for y in (0..rows).rev() {
        let gy = TOP + (rows - 1 - y) as f64 * CELL_H;
        text(
            &mut out,
            left - 8.0,
            gy + CELL_H / 2.0 + 4.0,
            "text-anchor=\"end\" fill=\"#334155\"",
            &map.y_labels[y],
        );
        for x in 0..map.x_labels.len() {
            cell(&mut out, map, x, y, left + x as f64 * CELL_W, gy);
        }
    }
    axis_titles(&mut out, map, left, grid_w, grid_h);
    if !map.legend.is_empty() {
        draw_legend(&mut out, map, &legend, TOP + grid_h + 56.0);
    }
    out.push_str("</svg>");
    out
}

/// The grid's top margin.
const TOP: f64 = 10.0;

/// Each legend entry's words and width.
fn legend_items(map: &HeatMap) -> Vec<(String, f64)> {
    map.legend
        .iter()
        .map(|(m, meaning, _)| {
            let t = format!("{m} {meaning}");
            let w = text_width(&t, 11.0) + 30.0;
            (t, w)
        })
        .collect()
}

/// Cell (`x`, `y`) at (`gx`, `gy`): its band's fill, its count (a dot for
/// none, faded) and the band's marker, with a tooltip saying all of it.
fn cell(out: &mut String, map: &HeatMap, x: usize, y: usize, gx: f64, gy: f64) {
    let c = map.cell(x, y);
    let (fill, ink) = band_colors(map, &c.marker, c.tone);
    let opacity = if c.count == 0 { "0.35" } else { "1" };
    let _ = write!(
        out,
        "<g><title>{}: {}, {}: {}: {} ({})</title><rect x=\"{}\" y=\"{}\" width=\"{CELL_W}\" height=\"{CELL_H}\" fill=\"{fill}\" fill-opacity=\"{opacity}\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
        super::esc(&map.y_title),
        super::esc(&map.y_labels[y]),
        super::esc(&map.x_title),
        super::esc(map.x_labels.get(x).map_or("", String::as_str)),
        c.count,
        super::esc(&c.marker),
        px(gx),
        px(gy),
    );
    let count = if c.count == 0 {
        "·".to_string()
    } else {
        c.count.to_string()
    };
    let weight = if c.count == 0 { "400" } else { "700" };
    text(
        out,
        gx + CELL_W / 2.0,
        gy + CELL_H / 2.0 + 2.0,
        &format!("text-anchor=\"middle\" font-size=\"16\" font-weight=\"{weight}\" fill=\"{ink}\""),
        &count,
    );
    if !c.marker.is_empty() {
        text(
            out,
            gx + CELL_W / 2.0,
            gy + CELL_H - 7.0,
            &format!("text-anchor=\"middle\" font-size=\"10\" fill=\"{ink}\""),
            &c.marker,
        );
    }
    out.push_str("</g>");
}

/// The column labels under the grid, and both axis titles (the vertical
/// one rotated on the left).
fn axis_titles(out: &mut String, map: &HeatMap, left: f64, grid_w: f64, grid_h: f64) {
    for (x, label) in map.x_labels.iter().enumerate() {
        text(
            out,
            left + x as f64 * CELL_W + CELL_W / 2.0,
            TOP + grid_h + 16.0,
            "text-anchor=\"middle\" fill=\"#334155\"",
            label,
        );
    }
    text(
        out,
        left + grid_w / 2.0,
        TOP + grid_h + 34.0,
        "text-anchor=\"middle\" font-weight=\"600\" fill=\"#0f172a\"",
        &format!("{} →", map.x_title),
    );
    let cy = TOP + grid_h / 2.0;
    text(
        out,
        14.0,
        cy,
        &format!(
            "text-anchor=\"middle\" font-weight=\"600\" fill=\"#0f172a\" transform=\"rotate(-90 14 {})\"",
            px(cy)
        ),
        &format!("{} →", map.y_title),
    );
}

/// The legend on one line at `ly`: each band's swatch and words.
fn draw_legend(out: &mut String, map: &HeatMap, items: &[(String, f64)], ly: f64) {
    let mut lx = 6.0;
    for ((marker, _, tone), (t, w)) in map.legend.iter().zip(items) {
        let (fill, _) = band_colors(map, marker, *tone);
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{fill}\" stroke=\"#94a3b8\" stroke-width=\"0.5\"/>",
            px(lx),
            px(ly - 11.0)
        );
        text(out, lx + 20.0, ly, "font-size=\"11\" fill=\"#334155\"", t);
        lx += w;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::heatmap::HeatCell;

    #[test]
    fn highest_row_on_top_with_counts_and_markers() {
        let cell = |count, marker: &str, tone| HeatCell {
            count,
            marker: marker.into(),
            tone,
        };
        let map = HeatMap {
            lang: crate::model::Lang::En,
            title: "Threats".into(),
            x_title: "impact".into(),
            y_title: "probability".into(),
            x_labels: vec!["1".into(), "2".into()],
            y_labels: vec!["1".into(), "2 <x>".into()],
            cells: vec![
                vec![cell(0, "L", Tone::Good), cell(1, "M", Tone::Warn)],
                vec![cell(2, "M", Tone::Warn), cell(3, "H", Tone::Bad)],
            ],
            legend: vec![("H".into(), "high".into(), Tone::Bad)],
            notes: vec![],
        };
        let svg = draw(&map);
        assert!(svg.contains("<title>Threats</title>"));
        assert!(svg.contains("2 &lt;x&gt;"));
        // The top row (y = 1) is drawn first: its first cell is at y = 10.
        let top = svg
            .find("probability: 2 &lt;x&gt;, impact: 1: 2 (M)")
            .unwrap();
        let bottom = svg.find("probability: 1, impact: 1: 0 (L)").unwrap();
        assert!(top < bottom);
        assert!(svg.contains(">3</text>") && svg.contains(">H</text>"));
        assert!(svg.contains(">H high</text>"));
    }

    #[test]
    fn every_band_has_its_own_fill() {
        let legend: Vec<(String, String, Tone)> = [
            ("L", Tone::Plain),
            ("M", Tone::Warn),
            ("H", Tone::Bad),
            ("C", Tone::Bad),
        ]
        .iter()
        .map(|(m, t)| (m.to_string(), m.to_string(), *t))
        .collect();
        let map = HeatMap {
            legend,
            ..HeatMap::default()
        };
        let fills: Vec<&str> = ["L", "M", "H", "C"]
            .iter()
            .map(|m| band_colors(&map, m, Tone::Bad).0)
            .collect();
        let mut unique = fills.clone();
        unique.dedup();
        assert_eq!(unique.len(), 4, "{fills:?}");
        // The highest band takes the ramp's top.
        assert_eq!(fills[3], THREAT_RAMP[4].0);
    }
}

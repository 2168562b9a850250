//! A line chart as SVG (trends): one polyline per series over the samples,
//! each with its own dash pattern and point marker as well as its colour
//! (so lines read in print and without colour), the series' name and last
//! value at its end, the first and last sample dates under the axis and
//! the scale's least and greatest value beside it.

use std::fmt::Write as _;

use super::{fit, open, px, text, text_width};
use crate::render::lines::{Lines, ends, figure};

const PLOT_W: f64 = 440.0;
const PLOT_H: f64 = 120.0;
const TOP: f64 = 10.0;
const LEFT: f64 = 48.0;
const FONT: f64 = 11.0;
/// Colour, dash pattern and marker per line, in turn.
const STYLES: [(&str, &str, Marker); 5] = [
    ("#2563eb", "", Marker::Circle),
    ("#dc2626", "6 3", Marker::Square),
    ("#0d9488", "2 3", Marker::Diamond),
    ("#7c3aed", "8 3 2 3", Marker::Circle),
    ("#b45309", "4 4", Marker::Square),
];

#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Diamond,
}

fn marker(out: &mut String, m: Marker, x: f64, y: f64, color: &str) {
    let _ = match m {
        Marker::Circle => writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"2.5\" fill=\"{color}\"/>",
            px(x),
            px(y)
        ),
        Marker::Square => writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"5\" height=\"5\" fill=\"{color}\"/>",
            px(x - 2.5),
            px(y - 2.5)
        ),
        Marker::Diamond => writeln!(
            out,
            "<path d=\"M{} {}l3 3l-3 3l-3 -3z\" fill=\"{color}\"/>",
            px(x),
            px(y - 3.0)
        ),
    };
}

/// Draws the chart.
pub fn draw(l: &Lines) -> String {
    let label_w = l
        .lines
        .iter()
        .map(|s| text_width(&s.name, FONT) + 48.0)
        .fold(60.0, f64::max)
        .min(260.0);
    let width = LEFT + PLOT_W + 8.0 + label_w;
    let height = TOP + PLOT_H + 30.0;
    let (lo, hi) = l.range().unwrap_or((0.0, 1.0));
    let (lo, hi) = if hi > lo {
        (lo, hi)
    } else {
        (lo - 1.0, hi + 1.0)
    };
    let n = l.x.len().max(1);
    let x_of = |i: usize| {
        if n == 1 {
            LEFT + PLOT_W / 2.0
        } else {
            LEFT + PLOT_W * i as f64 / (n - 1) as f64
        }
    };
    let y_of = |v: f64| TOP + PLOT_H * (1.0 - (v - lo) / (hi - lo));

    let mut out = String::new();
    let desc = format!(
        "{} from {} to {}",
        l.title,
        l.x.first().map_or("", String::as_str),
        l.x.last().map_or("", String::as_str)
    );
    open(&mut out, "lines", width, height, &l.title, &desc);
    axes(&mut out, l, lo, hi, height);
    for (k, line) in l.lines.iter().enumerate() {
        let (color, dash, mark) = STYLES[k % STYLES.len()];
        let points: Vec<(f64, f64)> = line
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.filter(|v| v.is_finite()).map(|v| (x_of(i), y_of(v))))
            .collect();
        let path: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", px(*x), px(*y)))
            .collect();
        let dash = if dash.is_empty() {
            String::new()
        } else {
            format!(" stroke-dasharray=\"{dash}\"")
        };
        let _ = writeln!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"{dash}/>",
            path.join(" ")
        );
        for &(x, y) in &points {
            marker(&mut out, mark, x, y, color);
        }
        if let Some(&(x, y)) = points.last() {
            let label = format!("{} {}", line.name, figure(ends(&line.values).1));
            text(
                &mut out,
                x + 8.0,
                y + 4.0,
                &format!("fill=\"{color}\" font-size=\"{FONT}\""),
                &fit(&label, label_w, FONT),
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// The frame, the scale's ends and the first and last sample dates.
fn axes(out: &mut String, l: &Lines, lo: f64, hi: f64, height: f64) {
    let _ = writeln!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#cbd5e1\"/>",
        px(LEFT),
        px(TOP),
        px(PLOT_W),
        px(PLOT_H)
    );
    let gray = format!("fill=\"#475569\" font-size=\"{FONT}\" text-anchor=\"end\"");
    text(out, LEFT - 4.0, TOP + 8.0, &gray, &figure(Some(hi)));
    text(out, LEFT - 4.0, TOP + PLOT_H, &gray, &figure(Some(lo)));
    let base = height - 8.0;
    let start = format!("fill=\"#475569\" font-size=\"{FONT}\"");
    if let Some(first) = l.x.first() {
        text(out, LEFT, base, &start, first);
    }
    if l.x.len() > 1
        && let Some(last) = l.x.last()
    {
        text(out, LEFT + PLOT_W, base, &gray, last);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::lines::Line;

    #[test]
    fn each_line_is_drawn_with_its_marker_name_and_last_value() {
        let l = Lines {
            title: "SPI".into(),
            x: vec![
                "2026-10-05".into(),
                "2026-10-12".into(),
                "2026-10-19".into(),
            ],
            lines: vec![
                Line {
                    name: "PRG-A".into(),
                    values: vec![Some(0.8), None, Some(0.95)],
                },
                Line {
                    name: "PRG-<B>".into(),
                    values: vec![Some(1.1), Some(1.0), Some(0.9)],
                },
            ],
            note: String::new(),
        };
        let svg = draw(&l);
        assert_eq!(svg.matches("<polyline").count(), 2);
        // A gap in a series joins the known points; three + two markers.
        assert_eq!(svg.matches("<circle").count(), 2);
        assert_eq!(svg.matches("<rect x").count(), 1 + 3);
        assert!(svg.contains("PRG-A 0.95"));
        assert!(svg.contains("PRG-&lt;B&gt; 0.9"));
        assert!(svg.contains("stroke-dasharray=\"6 3\""));
        assert!(svg.contains(">2026-10-05<") && svg.contains(">2026-10-19<"));
        assert!(svg.contains(">1.1<") && svg.contains(">0.8<"));
    }
}

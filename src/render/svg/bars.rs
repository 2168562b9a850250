//! Horizontal bars as SVG (the 360-degree competency chart): one group
//! per row, one bar per series with the series name beside it (so the
//! bars read without colour), the value after the bar and the row's mark
//! (e.g. a blind spot) after that, on an axis from `min` to `max`.

use std::fmt::Write as _;

use super::{esc, fit, open, px, text, text_width, tone_colors};
use crate::i18n::{Label as L, t, tf};
use crate::render::Tone;
use crate::render::bars::{BarRow, Bars};

const BAR: f64 = 12.0;
const GAP: f64 = 4.0;
const ROW_GAP: f64 = 10.0;
const AXIS: f64 = 24.0;
const FONT: f64 = 12.0;
const BAR_W: f64 = 420.0;
const SERIES: [&str; 4] = ["#94a3b8", "#2563eb", "#0d9488", "#7c3aed"];

/// Where things go: the label and series-name columns, the bars, the
/// values and marks after them.
struct Frame {
    label_w: f64,
    value_w: f64,
    /// Left edge of the bars.
    x0: f64,
    /// Height of one row's group of bars.
    group_h: f64,
    width: f64,
    height: f64,
    min: f64,
    span: f64,
}

impl Frame {
    fn new(b: &Bars) -> Frame {
        let widest = |texts: &mut dyn Iterator<Item = f64>| texts.fold(0.0, f64::max);
        let label_w = b
            .rows
            .iter()
            .map(|r| text_width(&r.label, FONT) + 12.0)
            .fold(100.0, f64::max)
            .min(280.0);
        let series_w = widest(&mut b.series.iter().map(|s| text_width(s, 11.0) + 10.0));
        let value_w = widest(
            &mut b
                .rows
                .iter()
                .flat_map(|r| r.values.iter().map(|v| text_width(&v.text, 11.0))),
        ) + 12.0;
        let mark_w = widest(&mut b.rows.iter().map(|r| text_width(&r.mark, 11.0))) + 8.0;
        let x0 = label_w + series_w;
        let n = b.series.len().max(1) as f64;
        let group_h = n * BAR + (n - 1.0) * GAP;
        Frame {
            label_w,
            value_w,
            x0,
            group_h,
            width: x0 + BAR_W + value_w + mark_w + 8.0,
            height: AXIS + b.rows.len() as f64 * (group_h + ROW_GAP) + 6.0,
            min: b.min,
            span: b.max - b.min,
        }
    }

    /// Where value `v` falls on the axis (clamped to it).
    fn x_of(&self, v: f64) -> f64 {
        let share = if self.span > 0.0 && v.is_finite() {
            ((v - self.min) / self.span).clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.x0 + share * BAR_W
    }
}

/// Draws the bars.
pub fn draw(b: &Bars) -> String {
    let f = Frame::new(b);
    let mut out = String::new();
    open(
        &mut out,
        "bars",
        f.width,
        f.height,
        &b.title,
        &tf(
            b.lang,
            L::SvgBarsDesc,
            &[
                &b.rows.len(),
                &b.series.join(t(b.lang, L::ListSep)),
                &b.min,
                &b.max,
            ],
        ),
    );
    gridlines(&mut out, &f);
    let mut y = AXIS;
    for row in &b.rows {
        group(&mut out, b, &f, row, y);
        y += f.group_h + ROW_GAP;
    }
    out.push_str("</svg>");
    out
}

/// Gridlines at whole numbers when the scale is short, else quarters.
fn gridlines(out: &mut String, f: &Frame) {
    let steps = if f.span > 0.0 && f.span <= 10.0 && f.span.fract() == 0.0 {
        f.span as usize
    } else {
        4
    };
    for k in 0..=steps {
        let v = f.min + f.span * k as f64 / steps as f64;
        let x = f.x_of(v);
        let _ = write!(
            out,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#e2e8f0\" stroke-width=\"1\"/>",
            px(AXIS - 6.0),
            px(f.height - 4.0),
            x = px(x),
        );
        let label = if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v:.2}")
        };
        text(
            out,
            x,
            AXIS - 10.0,
            "text-anchor=\"middle\" font-size=\"11\" fill=\"#64748b\"",
            &label,
        );
    }
}

/// One row: its label, one bar per series with the series' name before it
/// and the value after it, then the row's mark.
fn group(out: &mut String, b: &Bars, f: &Frame, row: &BarRow, y: f64) {
    text(
        out,
        4.0,
        y + f.group_h / 2.0 + 4.0,
        "fill=\"#0f172a\"",
        &fit(&row.label, f.label_w - 10.0, FONT),
    );
    for (i, name) in b.series.iter().enumerate() {
        let by = y + i as f64 * (BAR + GAP);
        let color = SERIES[i % SERIES.len()];
        text(
            out,
            f.x0 - 6.0,
            by + BAR - 2.0,
            "text-anchor=\"end\" font-size=\"11\" fill=\"#64748b\"",
            name,
        );
        let v = row.values.get(i).cloned().unwrap_or_default();
        let _ = write!(
            out,
            "<g><title>{}, {}: {}</title>",
            esc(&row.label),
            esc(name),
            esc(&v.text)
        );
        let end = match v.value {
            Some(x) => {
                let end = f.x_of(x);
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR}\" rx=\"2\" fill=\"{color}\"/>",
                    px(f.x0),
                    px(by),
                    px((end - f.x0).max(1.0)),
                );
                end
            }
            None => f.x0,
        };
        text(
            out,
            end + 5.0,
            by + BAR - 2.0,
            "font-size=\"11\" fill=\"#1e293b\"",
            &v.text,
        );
        out.push_str("</g>");
    }
    if !row.mark.is_empty() {
        let ink = match row.tone {
            Tone::Plain => "#1e293b",
            t => tone_colors(t).1,
        };
        text(
            out,
            f.x0 + BAR_W + f.value_w,
            y + f.group_h / 2.0 + 4.0,
            &format!("font-size=\"11\" font-weight=\"600\" fill=\"{ink}\""),
            &row.mark,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::bars::{BarRow, BarValue};

    #[test]
    fn bars_scale_and_name_their_series() {
        let b = Bars {
            title: "Self against others".into(),
            label: "Competency".into(),
            mark_label: "Gap".into(),
            series: vec!["self".into(), "others".into()],
            min: 1.0,
            max: 5.0,
            rows: vec![BarRow {
                label: "Planning".into(),
                values: vec![
                    BarValue::new(Some(5.0), "5.00"),
                    BarValue::new(Some(3.0), "3.00"),
                ],
                mark: "◀ blind spot +2.00".into(),
                tone: Tone::Bad,
            }],
            note: String::new(),
            lang: crate::model::Lang::Zh,
        };
        let svg = draw(&b);
        // The description is in the page's language.
        assert!(svg.contains("<desc>1 行，系列：self、others，刻度 1 至 5</desc>"));
        // 5 on 1..5 fills the 420 px; 3 fills half of it.
        assert!(svg.contains("width=\"420\" height=\"12\" rx=\"2\" fill=\"#94a3b8\""));
        assert!(svg.contains("width=\"210\" height=\"12\" rx=\"2\" fill=\"#2563eb\""));
        assert!(svg.contains(">self</text>") && svg.contains(">others</text>"));
        assert!(svg.contains(">◀ blind spot +2.00</text>"));
    }
}

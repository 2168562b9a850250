//! Horizontal bars: labelled rows, each with one or more series values on
//! a common scale, and a mark (e.g. a gap flag) per row. Plain data; the
//! terminal draws it with Unicode blocks, Markdown as a table.

use super::Tone;

/// One value of one series in a row. `text` is the value as shown (the
/// report's view formats it); `value` sets the bar's length.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BarValue {
    pub value: Option<f64>,
    pub text: String,
}

impl BarValue {
    pub fn new(value: Option<f64>, text: impl Into<String>) -> BarValue {
        BarValue {
            value,
            text: text.into(),
        }
    }
}

/// A labelled row: one value per series, in the order of [`Bars::series`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub values: Vec<BarValue>,
    /// Shown after the row's bars, e.g. `◀ blind spot +0.83`; empty for none.
    pub mark: String,
    /// How the mark stands out on a colour terminal.
    pub tone: Tone,
}

/// A bar picture: every bar on the scale `min..max`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bars {
    pub title: String,
    /// Heading of the row labels (Markdown column header).
    pub label: String,
    /// Heading of the marks (Markdown column header).
    pub mark_label: String,
    /// Series names, e.g. `self`, `others`; printed on every bar so the
    /// picture reads without colour.
    pub series: Vec<String>,
    pub min: f64,
    pub max: f64,
    pub rows: Vec<BarRow>,
    /// A line under the picture explaining the marks.
    pub note: String,
    /// The language of the renderer's own words (the picture's description).
    pub lang: crate::model::Lang,
}

/// Eighths of a block, for the partial cell at the end of a bar.
const PARTIAL: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// A bar of `value` on `min..max` drawn in `width` cells: full blocks,
/// then one partial block to the nearest eighth, padded with spaces.
pub fn bar(value: f64, min: f64, max: f64, width: usize) -> String {
    let span = max - min;
    let share = if span > 0.0 && value.is_finite() {
        ((value - min) / span).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let eighths = (share * width as f64 * 8.0).round() as usize;
    let full = eighths / 8;
    let part = eighths % 8;
    let mut s = "█".repeat(full);
    s.push_str(PARTIAL[part]);
    let drawn = full + usize::from(part > 0);
    s.push_str(&" ".repeat(width.saturating_sub(drawn)));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_eighths() {
        // 3 on 1..5 in 8 cells: (3-1)/4 = 0.5 of 8 cells = 4 full blocks.
        assert_eq!(bar(3.0, 1.0, 5.0, 8), "████    ");
        // 2.5 on 1..5 in 8 cells: 0.375 * 64 eighths = 24 = 3 full blocks.
        assert_eq!(bar(2.5, 1.0, 5.0, 8), "███     ");
        // 2.25 on 1..5 in 8 cells: 0.3125 * 64 = 20 eighths = 2 full + a half.
        assert_eq!(bar(2.25, 1.0, 5.0, 8), "██▌     ");
        assert_eq!(bar(9.0, 1.0, 5.0, 4), "████");
        assert_eq!(bar(0.0, 1.0, 5.0, 4), "    ");
        assert_eq!(bar(f64::NAN, 1.0, 5.0, 2), "  ");
        assert_eq!(bar(3.0, 5.0, 5.0, 2), "  ");
    }
}

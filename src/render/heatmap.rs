//! A heat map: a grid of counts with one axis across (x) and one up (y),
//! each cell marked with a short label (e.g. a band's initial) and a tone.
//! Plain data: the report's view fills it in, `table.rs` draws it as a
//! Unicode grid and `markdown.rs` as a pipe table.

use super::Tone;

/// One cell of a heat map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeatCell {
    pub count: usize,
    /// A short marker that carries the cell's class without colour, e.g.
    /// `H` for a high band.
    pub marker: String,
    pub tone: Tone,
}

/// A heat map with `x_labels.len()` columns and `y_labels.len()` rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeatMap {
    pub title: String,
    /// Name of the x axis, e.g. "impact".
    pub x_title: String,
    /// Name of the y axis, e.g. "probability".
    pub y_title: String,
    /// Column labels, left to right (lowest first).
    pub x_labels: Vec<String>,
    /// Row labels, lowest first; drawn with the highest row on top.
    pub y_labels: Vec<String>,
    /// `cells[y][x]`, `y` 0 being the lowest row.
    pub cells: Vec<Vec<HeatCell>>,
    /// What each marker means: (marker, meaning, tone).
    pub legend: Vec<(String, String, Tone)>,
    /// Lines shown under the grid, e.g. what the axis levels mean.
    pub notes: Vec<String>,
    /// The language of the renderer's own words ("Legend").
    pub lang: crate::model::Lang,
}

impl HeatMap {
    /// The cell at (x, y), or an empty one when out of range.
    pub fn cell(&self, x: usize, y: usize) -> HeatCell {
        self.cells
            .get(y)
            .and_then(|row| row.get(x))
            .cloned()
            .unwrap_or_default()
    }
}

//! Renderers: each output format in its own module, writing already
//! computed data to a `&mut dyn Write`. Renderers never compute.
//!
//! Reports hand renderers a [`View`]: titled sections of tables, key-value
//! lists and text, laid out by the report's own `view` function. JSON is
//! rendered from the report's `Serialize` struct instead, so machine output
//! keeps full precision and structure.

pub mod bars;
pub mod csv;
pub mod findings;
pub mod gantt;
pub mod heatmap;
pub mod html;
pub mod ics;
pub mod json;
pub mod loadgrid;
pub mod markdown;
pub mod svg;
pub mod table;
pub mod text;

use serde::Serialize;

/// How to draw on a terminal.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    /// Columns available; tables wrap to fit.
    pub width: u16,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
        }
    }
}

/// How a cell should stand out; drawn as colour on a TTY and as a marker
/// character everywhere, so nothing depends on colour alone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    #[default]
    Plain,
    Good,
    Warn,
    Bad,
    Muted,
    Strong,
}

/// One table cell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    /// Numbers align right.
    pub numeric: bool,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
    pub fn num(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            numeric: true,
            ..Cell::default()
        }
    }
    pub fn tone(mut self, tone: Tone) -> Cell {
        self.tone = tone;
        self
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::new(s)
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::new(s)
    }
}

/// A table with a machine name (used for CSV and anchors) and a title.
#[derive(Clone, Debug, Default)]
pub struct Table {
    pub name: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Shown instead of an empty table.
    pub empty: String,
}

/// A block of a report.
#[derive(Clone, Debug)]
pub enum Block {
    Heading(String),
    Text(String),
    KeyValues(Vec<(String, Cell)>),
    Table(Table),
    /// Horizontal bars (see [`bars::Bars`]).
    Bars(bars::Bars),
    /// A grid of counts, e.g. risks by probability and impact.
    HeatMap(heatmap::HeatMap),
    /// A Gantt chart (plan report).
    Gantt(gantt::Gantt),
    /// People x periods utilisation (resource report).
    LoadGrid(loadgrid::LoadGrid),
}

/// A report laid out for people: blocks in reading order. `tidy` names the
/// one table that is the report's CSV export.
#[derive(Clone, Debug, Default)]
pub struct View {
    pub title: String,
    pub blocks: Vec<Block>,
    pub tidy: String,
}

impl View {
    /// The table CSV exports.
    pub fn tidy_table(&self) -> Option<&Table> {
        self.blocks.iter().find_map(|b| match b {
            Block::Table(t) if t.name == self.tidy => Some(t),
            _ => None,
        })
    }
}

/// Text from the repository made safe for a terminal: control characters
/// (escape sequences among them) are shown as `\u{..}` instead of being
/// sent, so a title cannot move the cursor or recolour the screen.
pub fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_neutralised() {
        assert_eq!(sanitize("ok"), "ok");
        assert_eq!(sanitize("a\u{1b}[2Jb\u{7}"), "a\\u{1b}[2Jb\\u{7}");
        assert_eq!(sanitize("tab\there"), "tab\\u{9}here");
    }
}

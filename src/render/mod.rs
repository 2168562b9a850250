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
pub mod lines;
pub mod loadgrid;
pub mod markdown;
pub mod svg;
pub mod table;
pub mod text;
pub mod xlsx;

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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
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

/// What a cell holds, for formats that keep types (the workbook). Text
/// formats print the cell's text; CSV prints it too, so a tidy table's
/// text is already the plain value (`78`, `2026-11-16`, `true`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Value {
    /// The text is the value.
    #[default]
    Text,
    /// Nothing: a missing date, an unknown figure.
    Empty,
    Number(f64),
    /// In percentage points: 78.0 is 78 %.
    Percent(f64),
    /// An amount in the currency named by the table's `currency` column.
    Money(f64),
    Date(crate::model::Date),
    Bool(bool),
}

/// One table cell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    /// Numbers align right.
    pub numeric: bool,
    /// The typed value behind the text.
    pub value: Value,
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

    /// A typed cell for tidy tables, its text the plain form CSV writes:
    /// numbers as Rust prints them, dates ISO, booleans `true`/`false`,
    /// nothing as an empty cell.
    pub fn typed(value: Value) -> Cell {
        let text = match value {
            Value::Text | Value::Empty => String::new(),
            Value::Number(x) | Value::Percent(x) | Value::Money(x) => plain_number(x),
            Value::Date(d) => d.to_string(),
            Value::Bool(b) => b.to_string(),
        };
        Cell {
            text,
            numeric: !matches!(value, Value::Text | Value::Empty | Value::Bool(_)),
            value,
            ..Cell::default()
        }
    }

    /// The same text, with a typed value behind it (for tidy tables whose
    /// text rounds what the workbook keeps whole).
    pub fn with(mut self, value: Value) -> Cell {
        self.value = value;
        self
    }

    /// A number, or an empty cell.
    pub fn number(x: Option<f64>) -> Cell {
        Cell::typed(x.map_or(Value::Empty, Value::Number))
    }

    /// Percentage points, or an empty cell.
    pub fn percent(x: Option<f64>) -> Cell {
        Cell::typed(x.map_or(Value::Empty, Value::Percent))
    }

    /// An amount, or an empty cell.
    pub fn money(x: Option<f64>) -> Cell {
        Cell::typed(x.map_or(Value::Empty, Value::Money))
    }

    /// A date, or an empty cell.
    pub fn date(d: Option<crate::model::Date>) -> Cell {
        Cell::typed(d.map_or(Value::Empty, Value::Date))
    }

    pub fn bool(b: bool) -> Cell {
        Cell::typed(Value::Bool(b))
    }

    /// Text, or an empty cell.
    pub fn opt(text: Option<impl Into<String>>) -> Cell {
        text.map_or_else(|| Cell::typed(Value::Empty), |t| Cell::new(t))
    }
}

/// A number without float noise (`0.1 + 0.2` prints `0.3`): at most six
/// decimals, no trailing zeros, no `-0`.
pub fn plain_number(x: f64) -> String {
    let rounded = (x * 1e6).round() / 1e6;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    rounded.to_string()
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
    /// What gives way on a terminal too narrow for the whole table, least
    /// important first, as the report's view states it (the renderer
    /// never guesses). A column not named here is never left out; the
    /// first column is never left out even when named. Tables only CSV
    /// and the workbook get leave it empty.
    pub give_way: Vec<Give>,
}

/// One step of a table giving way on a narrow terminal, naming its column
/// by position (or, before [`give_way`], by the key it was made from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Give<C = usize> {
    /// The column is left out; a line under the table names it.
    Drop(C),
    /// The column's text (a name, a title) is cut to one line with an
    /// ellipsis, at a word: the first word of a line (an id) stays whole.
    Cut(C),
}

impl<C> Give<C> {
    pub fn column(&self) -> &C {
        match self {
            Give::Drop(c) | Give::Cut(c) => c,
        }
    }
}

/// Steps naming columns by the keys the columns were made from (labels,
/// or the header texts themselves), as positions: `keys[i]` is column
/// `i`. A step whose key is not a column (one shown only sometimes) is
/// skipped.
pub fn give_way<K: PartialEq>(keys: &[K], steps: &[Give<K>]) -> Vec<Give> {
    steps
        .iter()
        .filter_map(|s| {
            let i = keys.iter().position(|k| k == s.column())?;
            Some(match s {
                Give::Drop(_) => Give::Drop(i),
                Give::Cut(_) => Give::Cut(i),
            })
        })
        .collect()
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
    /// Figures over time, a line per series (trends).
    Lines(lines::Lines),
}

/// A report laid out for people: blocks in reading order. `tidy` names the
/// one table that is the report's CSV export. A report's tidy view (the
/// one CSV and the workbook get) holds only tables of typed cells; the
/// workbook writes each as a sheet.
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
/// sent, so a title cannot move the cursor or recolour the screen; the
/// bidirectional overrides and isolates (U+202A-202E, U+2066-2069) are shown
/// the same way, as rustc does, so text cannot read differently from how it
/// is stored. Line breaks are kept: views use them to lay out a cell.
pub fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    escape_unless(text, |c| c == '\n')
}

/// [`sanitize`] for text that must stay on one line (a path, a message, a
/// CSV cell): a line break is shown as `\u{a}` too, so repository text can
/// never start a line of its own (where CI runners read commands).
pub fn sanitize_line(text: &str) -> std::borrow::Cow<'_, str> {
    escape_unless(text, |_| false)
}

fn hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_unless(text: &str, keep: impl Fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| hidden(c) && !keep(c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) && !keep(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Makes sure no line of a finished output starts (after white space) with
/// `::`, which GitHub Actions runs as a workflow command, by putting a `\`
/// before it. Our own outputs never start a line so, except the `github`
/// findings format, which is not passed here; so this changes only a line
/// that repository text managed to start.
pub fn guard_lines(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let starts_command = |line: &[u8]| {
        // A command is `::name ...` with a letter first (`::error`,
        // `::add-mask`, `::stop-commands`); our own `  ::: path` markers of
        // related places are not.
        let trimmed = line.trim_ascii_start();
        trimmed.starts_with(b"::") && trimmed.get(2).is_some_and(u8::is_ascii_alphabetic)
    };
    if !bytes.split(|&b| b == b'\n').any(starts_command) {
        return std::borrow::Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len() + 16);
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        if starts_command(line) {
            let indent = line.len() - line.trim_ascii_start().len();
            out.extend_from_slice(&line[..indent]);
            out.push(b'\\');
            out.extend_from_slice(&line[indent..]);
        } else {
            out.extend_from_slice(line);
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
        assert_eq!(sanitize("a\nb"), "a\nb");
        assert_eq!(sanitize_line("a\n::error::x"), "a\\u{a}::error::x");
        assert_eq!(sanitize("\u{202e}abc\u{2066}"), "\\u{202e}abc\\u{2066}");
    }

    #[test]
    fn no_line_can_start_a_workflow_command() {
        assert_eq!(guard_lines(b"a\nb").as_ref(), b"a\nb");
        assert_eq!(
            guard_lines(b"ok\n  ::error::x\n::warning::y").as_ref(),
            b"ok\n  \\::error::x\n\\::warning::y"
        );
    }
}

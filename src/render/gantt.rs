//! A Gantt chart as plain data, drawn in Unicode for a terminal (readable
//! without colour: bars, fills and marks differ by character) and written
//! as a Mermaid `gantt` block.

use std::fmt::Write as _;

use chrono::Datelike;

use super::text::{CYAN, DIM, GREEN, RED, YELLOW, paint};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::Date;

/// The time unit of the axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Scale {
    Week,
    Month,
}

impl Scale {
    /// Weeks up to four months, months beyond.
    pub fn for_span(from: Date, to: Date) -> Scale {
        if from.days_until(to) <= 120 {
            Scale::Week
        } else {
            Scale::Month
        }
    }
}

#[derive(Clone, Debug)]
pub struct GanttRow {
    /// The task's or milestone's id; the SVG shows it on hover only.
    pub id: String,
    /// Its name.
    pub label: String,
    pub start: Date,
    /// Last day, included.
    pub finish: Date,
    /// Share done, 0 to 1.
    pub progress: f64,
    pub critical: bool,
    pub milestone: bool,
    /// Past its due date and not done: drawn unlike work still to come.
    pub overdue: bool,
    /// Milestones drawn on this row's bar (a project's summary bar).
    pub marks: Vec<GanttMark>,
}

impl GanttRow {
    /// Id and name, as the terminal and Mermaid show a row.
    pub fn id_and_label(&self) -> String {
        if self.id.is_empty() {
            self.label.clone()
        } else {
            format!("{} {}", self.id, self.label)
        }
    }
}

/// A milestone drawn on a summary bar.
#[derive(Clone, Debug)]
pub struct GanttMark {
    pub label: String,
    pub date: Date,
    pub reached: bool,
    pub overdue: bool,
}

#[derive(Clone, Debug)]
pub struct GanttSection {
    pub name: String,
    pub rows: Vec<GanttRow>,
}

#[derive(Clone, Debug)]
pub struct Gantt {
    pub title: String,
    pub from: Date,
    pub to: Date,
    pub today: Option<Date>,
    pub scale: Scale,
    pub sections: Vec<GanttSection>,
    /// The language of the legend.
    pub lang: Lang,
}

/// `text` in exactly `width` terminal columns: cut with `…` or padded.
fn fit(text: &str, width: usize) -> String {
    let clean = super::sanitize(text).replace('\n', " ");
    super::text::pad(&super::text::cut(&clean, width), width)
}

/// A milestone's character and colour: hollow once reached, a cross when
/// overdue (so lateness does not rest on colour), else a filled diamond.
fn mark_cell(reached: bool, overdue: bool, critical: bool) -> (char, &'static str) {
    if reached {
        ('◇', CYAN)
    } else if overdue {
        ('✖', RED)
    } else {
        ('◆', if critical { RED } else { CYAN })
    }
}

/// Draws the chart in `width` columns.
pub fn draw(g: &Gantt, width: u16, color: bool) -> Vec<String> {
    let width = usize::from(width).max(40);
    let longest = g
        .sections
        .iter()
        .flat_map(|s| {
            s.rows
                .iter()
                .map(|r| super::text::width(&r.id_and_label()) + 2)
        })
        .max()
        .unwrap_or(10);
    let label_w = longest.clamp(10, 32).min(width / 3);
    let cols = Columns::new(g, width - label_w - 1);
    let today = g.today.and_then(|d| cols.of(d));

    let mut lines = Vec::new();
    let pad = " ".repeat(label_w + 1);
    let (labels, axis) = axis(g, &cols, today);
    lines.push(format!("{pad}{}", labels.trim_end()));
    lines.push(format!(
        "{pad}{}",
        axis.replace('▼', &paint("▼", YELLOW, color))
    ));
    for section in &g.sections {
        lines.push(paint(
            fit(&section.name, width).trim_end(),
            super::text::BOLD,
            color,
        ));
        for row in &section.rows {
            let label = format!(
                "{} {}",
                if row.critical { "!" } else { " " },
                row.id_and_label()
            );
            let bar = bar(g, &cols, today, row, color);
            lines.push(format!("{} {}", fit(&label, label_w), bar.trim_end()));
        }
    }
    lines.push(legend(g, cols.per_col, color));
    lines.iter().map(|l| l.trim_end().to_string()).collect()
}

/// The chart's columns: each holds `per_col` days from `from`.
struct Columns {
    from: Date,
    days: i64,
    per_col: i64,
    count: usize,
}

impl Columns {
    fn new(g: &Gantt, bar_w: usize) -> Columns {
        let days = g.from.days_until(g.to).max(0) + 1;
        let per_col = ((days + bar_w as i64 - 1) / bar_w as i64).max(1);
        Columns {
            from: g.from,
            days,
            per_col,
            count: ((days + per_col - 1) / per_col) as usize,
        }
    }

    /// The column of day `d`, if on the chart.
    fn of(&self, d: Date) -> Option<usize> {
        let i = self.from.days_until(d);
        (i >= 0 && i < self.days).then(|| (i / self.per_col) as usize)
    }
}

/// The axis's labels and its line: a tick at each Monday (week scale) or
/// first of the month, labels skipped where they would overlap, `▼` at the
/// as-of date.
fn axis(g: &Gantt, cols: &Columns, today: Option<usize>) -> (String, String) {
    let mut labels = vec![' '; cols.count];
    let mut axis = vec!['─'; cols.count];
    let mut free_from = 0usize;
    let mut d = g.from;
    while d <= g.to {
        let tick = match g.scale {
            Scale::Week => d.0.weekday() == chrono::Weekday::Mon,
            Scale::Month => d.0.day() == 1,
        };
        if tick && let Some(c) = cols.of(d) {
            axis[c] = '┬';
            let text = match g.scale {
                Scale::Week => d.0.format("%m-%d").to_string(),
                Scale::Month => d.0.format("%Y-%m").to_string(),
            };
            if c >= free_from && c + text.len() <= cols.count {
                for (k, ch) in text.chars().enumerate() {
                    labels[c + k] = ch;
                }
                free_from = c + text.len() + 1;
            }
        }
        d = d.add_days(1);
    }
    if let Some(t) = today {
        axis[t] = '▼';
    }
    (labels.iter().collect(), axis.iter().collect())
}

/// A row's bar: done part `█`, the rest `▓` when critical else `░`, its
/// milestones marked, the as-of column `│` where nothing else is.
fn bar(g: &Gantt, cols: &Columns, today: Option<usize>, row: &GanttRow, color: bool) -> String {
    let mut cells: Vec<(char, &str)> = vec![(' ', ""); cols.count];
    if row.milestone {
        if let Some(c) = cols.of(row.finish) {
            cells[c] = mark_cell(row.progress >= 1.0, row.overdue, row.critical);
        }
    } else {
        let (s, f) = (row.start.max(g.from), row.finish.min(g.to));
        if s <= f
            && let (Some(a), Some(b)) = (cols.of(s), cols.of(f))
        {
            let span = b - a + 1;
            let done = ((row.progress.clamp(0.0, 1.0) * span as f64).round() as usize).min(span);
            for (k, cell) in cells[a..=b].iter_mut().enumerate() {
                *cell = if k < done {
                    ('█', GREEN)
                } else if row.critical {
                    ('▓', RED)
                } else {
                    ('░', "")
                };
            }
        }
    }
    for m in &row.marks {
        if let Some(c) = cols.of(m.date) {
            cells[c] = mark_cell(m.reached, m.overdue, row.critical);
        }
    }
    if let Some(t) = today
        && cells[t].0 == ' '
    {
        cells[t] = ('│', YELLOW);
    }
    let mut bar = String::new();
    for (ch, style) in cells {
        let _ = write!(
            bar,
            "{}",
            paint(&ch.to_string(), style, color && !style.is_empty())
        );
    }
    bar
}

/// The legend line: what the marks mean, the as-of date, a column's days.
fn legend(g: &Gantt, per_col: i64, color: bool) -> String {
    let lang = g.lang;
    let unit = if per_col == 1 {
        t(lang, L::OneDay).to_string()
    } else {
        tf(lang, L::NDays, &[&per_col])
    };
    let today_note = g
        .today
        .map(|d| tf(lang, L::GanttToday, &[&d]))
        .unwrap_or_default();
    paint(
        &format!(
            "{}{today_note}{}",
            t(lang, L::GanttLegend),
            tf(lang, L::GanttColumn, &[&unit])
        ),
        DIM,
        color,
    )
}

/// Text safe inside a Mermaid gantt line: the characters Mermaid reads as
/// syntax (`:` `;` `#` `%` and line breaks) become look-alikes.
pub fn mermaid_text(text: &str) -> String {
    super::sanitize(text)
        .chars()
        .map(|c| match c {
            ':' => '∶',
            ';' => '；',
            '#' => '＃',
            '%' => '％',
            '\n' | '\r' | '\t' => ' ',
            c => c,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// A fenced Mermaid `gantt` block; end dates are exclusive in Mermaid, so
/// each task ends the day after its last day.
pub fn mermaid(g: &Gantt) -> String {
    let mut out = String::new();
    out.push_str("```mermaid\ngantt\n");
    let _ = writeln!(out, "    title {}", mermaid_text(&g.title));
    out.push_str("    dateFormat YYYY-MM-DD\n");
    let axis = match g.scale {
        Scale::Week => "%m-%d",
        Scale::Month => "%Y-%m",
    };
    let _ = writeln!(out, "    axisFormat {axis}");
    let mut n = 0usize;
    for section in &g.sections {
        let _ = writeln!(out, "    section {}", mermaid_text(&section.name));
        for row in &section.rows {
            n += 1;
            let mut tags = Vec::new();
            if row.critical {
                tags.push("crit");
            }
            if row.progress >= 1.0 {
                tags.push("done");
            } else if row.progress > 0.0 {
                tags.push("active");
            }
            if row.milestone {
                tags.push("milestone");
            }
            let tags = tags.iter().map(|t| format!("{t}, ")).collect::<String>();
            let label = mermaid_text(&row.id_and_label());
            let label = if label.is_empty() {
                "(unnamed)".to_string()
            } else {
                label
            };
            if row.milestone {
                let _ = writeln!(out, "    {label} :{tags}i{n}, {}, 0d", row.finish);
            } else {
                let _ = writeln!(
                    out,
                    "    {label} :{tags}i{n}, {}, {}",
                    row.start,
                    row.finish.add_days(1)
                );
            }
        }
    }
    out.push_str("```\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn chart() -> Gantt {
        Gantt {
            title: "Plan: a#b".into(),
            from: d("2026-11-02"),
            to: d("2026-11-29"),
            today: Some(d("2026-11-16")),
            scale: Scale::Week,
            sections: vec![GanttSection {
                name: "p1 Alpha".into(),
                rows: vec![
                    GanttRow {
                        id: String::new(),
                        label: "t1 Build: core".into(),
                        start: d("2026-11-02"),
                        finish: d("2026-11-13"),
                        progress: 0.5,
                        critical: true,
                        milestone: false,
                        overdue: false,
                        marks: Vec::new(),
                    },
                    GanttRow {
                        id: String::new(),
                        label: "m1 Go-live".into(),
                        start: d("2026-11-20"),
                        finish: d("2026-11-20"),
                        progress: 0.0,
                        critical: false,
                        milestone: true,
                        overdue: false,
                        marks: Vec::new(),
                    },
                ],
            }],
            lang: Lang::En,
        }
    }

    #[test]
    fn draws_one_day_per_column_when_it_fits() {
        let lines = draw(&chart(), 60, false);
        // 28 days fit in 60 - 17 columns: one day each. Mondays 11-02,
        // 11-09, 11-16, 11-23 are ticks; today (11-16, column 14) is ▼.
        assert_eq!(
            lines[0],
            format!("{}11-02  11-09  11-16  11-23", " ".repeat(17))
        );
        assert!(lines[1].contains("┬──────┬──────▼──────┬"));
        // 12 days, half done: 6 filled, 6 critical to do.
        // Labels take the longest label plus the marker (16 columns).
        assert_eq!(lines[3], "! t1 Build: core ██████▓▓▓▓▓▓  │");
        assert_eq!(lines[4], "  m1 Go-live                   │   ◆");
        assert!(lines[5].starts_with("█ done"));
    }

    #[test]
    fn wide_labels_keep_the_bars_aligned() {
        // "m1 上线" is 5 characters but 7 columns; its milestone must sit
        // under the same axis column as with an ASCII label of 7 columns.
        let mut g = chart();
        g.sections[0].rows[1].label = "m1 上线".into();
        g.lang = Lang::Zh;
        let wide = draw(&g, 60, false);
        g.sections[0].rows[1].label = "m1 abcd".into();
        let narrow = draw(&g, 60, false);
        let col = |s: &str| super::super::text::width(&s[..s.find('◆').unwrap()]);
        assert_eq!(col(&wide[4]), col(&narrow[4]));
        assert!(wide[5].starts_with("█ 已完成"));
        assert!(wide[5].contains("今天 2026-11-16"));
    }

    #[test]
    fn mermaid_escapes_and_ends_exclusive() {
        let m = mermaid(&chart());
        assert!(m.contains("title Plan∶ a＃b"));
        assert!(m.contains("    t1 Build∶ core :crit, active, i1, 2026-11-02, 2026-11-14\n"));
        assert!(m.contains("    m1 Go-live :milestone, i2, 2026-11-20, 0d\n"));
        assert!(m.starts_with("```mermaid\ngantt\n") && m.ends_with("```\n"));
    }
}

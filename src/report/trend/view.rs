//! The trend laid out: per program and project, each metric's first and
//! last value and a sparkline over the samples; or, for CSV, one tidy row
//! per (date, item, metric, value).

use super::Metric;
use super::{Level, TrendReport};
use crate::model::Key;
use crate::render::lines::{Line, Lines, sparkline};
use crate::render::{Block, Cell, Give, Table, View};

/// The figures a chart is drawn for on the HTML page, with their titles:
/// where the portfolio is going, at a glance.
pub const CHARTS: [(Metric, &str); 6] = [
    (Metric::PercentComplete, "% complete"),
    (Metric::Spi, "SPI (schedule performance)"),
    (Metric::Cpi, "CPI (cost performance)"),
    (Metric::OpenRisks, "Open risks"),
    (Metric::AboveTolerance, "Risks above tolerance"),
    (Metric::OverCapacity, "People over capacity"),
];

/// One line chart per figure of [`CHARTS`], a line per program: for the
/// HTML page and `--format html`.
pub fn charts(report: &TrendReport) -> Vec<Block> {
    let x: Vec<String> = report.samples.iter().map(|s| s.date.to_string()).collect();
    CHARTS
        .iter()
        .filter_map(|&(metric, title)| {
            let lines: Vec<Line> = report
                .series
                .iter()
                .filter(|s| s.level == Level::Program && s.metric == metric)
                .map(|s| Line {
                    name: s.item.clone(),
                    values: s.values.clone(),
                })
                .collect();
            (!lines.is_empty()).then(|| {
                Block::Lines(Lines {
                    title: title.to_string(),
                    x: x.clone(),
                    lines,
                    note: String::new(),
                })
            })
        })
        .collect()
}

fn show(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), |v| format!("{v}"))
}

fn level(l: Level) -> &'static str {
    match l {
        Level::Program => "program",
        Level::Project => "project",
    }
}

/// The trend laid out; `charts` adds a line chart per headline figure
/// (for HTML, where a picture reads faster than sparklines).
pub fn view(report: &TrendReport, tidy_only: bool, charts: bool) -> View {
    let title = match &report.meta.portfolio {
        Some(name) => format!("Trend: {name}"),
        None => "Trend".to_string(),
    };
    let tidy = Table {
        name: "trend".into(),
        title: "Trend, one row per sample, item and metric".into(),
        columns: ["date", "commit", "level", "item", "metric", "value"]
            .map(String::from)
            .to_vec(),
        rows: tidy_rows(report),
        empty: "No samples.".into(),
        give_way: Vec::new(),
    };
    if tidy_only {
        return View {
            title,
            blocks: vec![Block::Table(tidy)],
            tidy: "trend".into(),
        };
    }
    let span = match (report.samples.first(), report.samples.last()) {
        (Some(a), Some(b)) => format!(
            "{} samples, {} ({}) to {} ({})",
            report.samples.len(),
            a.date,
            a.commit,
            b.date,
            b.commit
        ),
        _ => "no samples".to_string(),
    };
    let rows = report
        .series
        .iter()
        .map(|s| {
            let first = s.values.iter().flatten().next().copied();
            let last = s.values.iter().rev().flatten().next().copied();
            vec![
                Cell::new(level(s.level)),
                Cell::new(s.item.clone()),
                Cell::new(s.metric.key()),
                Cell::num(show(first)),
                Cell::num(show(last)),
                Cell::new(sparkline(&s.values)),
            ]
        })
        .collect();
    let table = Table {
        name: "series".into(),
        title: "Per program and project".into(),
        columns: ["level", "item", "metric", "first", "last", "trend"]
            .map(String::from)
            .to_vec(),
        rows,
        empty: "No figures.".into(),
        // At 80 columns: the first value, the sparkline, the last value;
        // a series is its item and metric, which stay.
        give_way: vec![Give::Drop(3), Give::Drop(5), Give::Drop(4)],
    };
    let mut blocks = vec![Block::Text(span)];
    if charts {
        blocks.extend(self::charts(report));
    }
    blocks.push(Block::Table(table));
    View {
        title,
        blocks,
        tidy: "trend".into(),
    }
}

fn tidy_rows(report: &TrendReport) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for (i, sample) in report.samples.iter().enumerate() {
        for s in &report.series {
            if let Some(Some(v)) = s.values.get(i) {
                rows.push(vec![
                    Cell::new(sample.date.to_string()),
                    Cell::new(sample.commit.clone()),
                    Cell::new(level(s.level)),
                    Cell::new(s.item.clone()),
                    Cell::new(s.metric.key()),
                    Cell::num(format!("{v}")),
                ]);
            }
        }
    }
    rows
}

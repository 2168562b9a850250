//! The trend laid out: per program and project, each metric's first and
//! last value and a sparkline over the samples; or, for CSV, one tidy row
//! per (date, item, metric, value).

use super::{Level, TrendReport};
use crate::model::Key;
use crate::render::{Block, Cell, Table, View};

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A sparkline: one bar per sample scaled between the series' least and
/// greatest value; a space where there is no value.
pub fn sparkline(values: &[Option<f64>]) -> String {
    let known = values.iter().flatten();
    let lo = known.clone().copied().fold(f64::INFINITY, f64::min);
    let hi = known.copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| match v {
            None => ' ',
            Some(_) if hi <= lo => BARS[3],
            Some(x) => {
                let i = ((x - lo) / (hi - lo) * 7.0).round() as usize;
                BARS[i.min(7)]
            }
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

pub fn view(report: &TrendReport, tidy_only: bool) -> View {
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
    };
    View {
        title,
        blocks: vec![Block::Text(span), Block::Table(table)],
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_scale_between_least_and_greatest() {
        assert_eq!(sparkline(&[Some(0.0), Some(50.0), Some(100.0)]), "▁▅█");
        assert_eq!(sparkline(&[Some(2.0), None, Some(2.0)]), "▄ ▄");
        assert_eq!(sparkline(&[]), "");
    }
}

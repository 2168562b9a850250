//! The trend laid out: per program and project, each metric's first and
//! last value and a sparkline over the samples; or, for CSV, one tidy row
//! per (date, item, metric, value), always in English (for scripts).

use super::Metric;
use super::{Level, TrendReport};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::Key;
use crate::render::lines::{Line, Lines, sparkline};
use crate::render::{Block, Cell, Give, Table, View};

/// The figures a chart is drawn for on the HTML page, with their titles:
/// where the portfolio is going, at a glance.
pub const CHARTS: [(Metric, L); 6] = [
    (Metric::PercentComplete, L::ChartPercentComplete),
    (Metric::Spi, L::ChartSpi),
    (Metric::Cpi, L::ChartCpi),
    (Metric::OpenRisks, L::ChartOpenRisks),
    (Metric::AboveTolerance, L::ChartAboveTolerance),
    (Metric::OverCapacity, L::ChartOverCapacity),
];

/// A metric's name in the language; in English its JSON and CSV key.
fn metric_label(m: Metric) -> L {
    match m {
        Metric::PercentComplete => L::MetricPercentComplete,
        Metric::Pv => L::MetricPv,
        Metric::Ev => L::MetricEv,
        Metric::Ac => L::MetricAc,
        Metric::Spi => L::MetricSpi,
        Metric::Cpi => L::MetricCpi,
        Metric::Eac => L::MetricEac,
        Metric::SlipDays => L::MetricSlipDays,
        Metric::ServiceBurn => L::MetricServiceBurn,
        Metric::OpenRisks => L::MetricOpenRisks,
        Metric::Exposure => L::MetricExposure,
        Metric::AboveTolerance => L::MetricAboveTolerance,
        Metric::OverCapacity => L::MetricOverCapacity,
        Metric::AssessmentTotal => L::MetricAssessmentTotal,
    }
}

/// One line chart per figure of [`CHARTS`], a line per program: for the
/// HTML page and `--format html`.
pub fn charts(report: &TrendReport, lang: Lang) -> Vec<Block> {
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
                    title: t(lang, title).to_string(),
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

fn level(l: Level, lang: Lang) -> &'static str {
    match l {
        Level::Program => t(lang, L::ColProgram),
        Level::Project => t(lang, L::ColProject),
    }
}

/// The trend laid out; `charts` adds a line chart per headline figure
/// (for HTML, where a picture reads faster than sparklines).
pub fn view(report: &TrendReport, tidy_only: bool, charts: bool, lang: Lang) -> View {
    let title = match &report.meta.portfolio {
        Some(name) => tf(lang, L::TrendTitleNamed, &[name]),
        None => t(lang, L::TrendTitle).to_string(),
    };
    if tidy_only {
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
        return View {
            title,
            blocks: vec![Block::Table(tidy)],
            tidy: "trend".into(),
        };
    }
    let span = match (report.samples.first(), report.samples.last()) {
        (Some(a), Some(b)) => tf(
            lang,
            L::TrendSpan,
            &[
                &report.samples.len(),
                &a.date,
                &a.commit,
                &b.date,
                &b.commit,
            ],
        ),
        _ => t(lang, L::TrendNoSamples).to_string(),
    };
    let table = series_table(report, lang);
    let mut blocks = vec![Block::Text(span)];
    if charts {
        blocks.extend(self::charts(report, lang));
    }
    blocks.push(Block::Table(table));
    View {
        title,
        blocks,
        tidy: "trend".into(),
    }
}

/// One row per series: its item, metric, first and last value and a
/// sparkline over the samples.
fn series_table(report: &TrendReport, lang: Lang) -> Table {
    let rows = report
        .series
        .iter()
        .map(|s| {
            let first = s.values.iter().flatten().next().copied();
            let last = s.values.iter().rev().flatten().next().copied();
            vec![
                Cell::new(level(s.level, lang)),
                Cell::new(s.item.clone()),
                Cell::new(t(lang, metric_label(s.metric))),
                Cell::num(show(first)),
                Cell::num(show(last)),
                Cell::new(sparkline(&s.values)),
            ]
        })
        .collect();
    Table {
        name: "series".into(),
        title: t(lang, L::TrendSeries).into(),
        columns: [
            L::TrendColLevel,
            L::TrendColItem,
            L::TrendColMetric,
            L::TrendColFirst,
            L::TrendColLast,
            L::TrendColTrend,
        ]
        .map(|c| t(lang, c).to_string())
        .to_vec(),
        rows,
        empty: t(lang, L::TrendEmpty).into(),
        // At 80 columns: the first value, the sparkline, the last value;
        // a series is its item and metric, which stay.
        give_way: vec![Give::Drop(3), Give::Drop(5), Give::Drop(4)],
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
                    Cell::new(level(s.level, Lang::En)),
                    Cell::new(s.item.clone()),
                    Cell::new(s.metric.key()),
                    Cell::num(format!("{v}")),
                ]);
            }
        }
    }
    rows
}

//! The assessment report's tidy tables: one row per project, period and
//! dimension (the CSV export), and one per KPI (the workbook's second
//! sheet). Plain, typed values. The 360-degree reviews are personal and
//! stay out of the tables meant for spreadsheets.

use super::AssessmentReport;
use super::kpi::Trend;
use super::project::Rank;
use crate::model::{Better, Key};
use crate::render::{Block, Cell, Table, Value, View};

/// The report's CSV: one tidy table, one row per project, period and
/// dimension, with the assessment's total, grade, change and ranks
/// repeated on each of its rows. KPI and 360 data are in the JSON.
pub fn tidy(report: &AssessmentReport) -> View {
    let columns = [
        "program",
        "project",
        "period",
        "dimension",
        "score",
        "weight",
        "total",
        "grade",
        "change",
        "rank_in_program",
        "rank_in_portfolio",
    ]
    .map(String::from)
    .to_vec();
    let pos = |r: Option<Rank>| Cell::number(r.map(|r| r.position as f64));
    let mut rows = Vec::new();
    for p in &report.projects {
        for d in &p.dimensions {
            rows.push(vec![
                Cell::new(p.program.clone()),
                Cell::new(p.project.clone()),
                Cell::new(p.period.to_string()),
                Cell::new(d.dimension.key()),
                Cell::number(d.score),
                Cell::number(Some(d.weight)),
                Cell::number(p.total),
                Cell::opt(p.grade.clone()),
                Cell::number(p.change),
                pos(p.rank_in_program),
                pos(p.rank_in_portfolio),
            ]);
        }
    }
    View {
        title: "Assessment".into(),
        blocks: vec![
            Block::Table(Table {
                name: "assessment".into(),
                title: String::new(),
                columns,
                rows,
                empty: String::new(),
                give_way: Vec::new(),
            }),
            Block::Table(kpis(report)),
        ],
        tidy: "assessment".into(),
    }
}

/// One row per project KPI: target, latest actual and attainment.
fn kpis(report: &AssessmentReport) -> Table {
    let mut rows = Vec::new();
    for p in &report.kpis.projects {
        for k in &p.kpis {
            let latest = k.actuals.last();
            rows.push(vec![
                Cell::new(&*p.program),
                Cell::new(&*p.project),
                Cell::new(&*k.kpi),
                Cell::new(&*k.name),
                Cell::bool(k.sla),
                Cell::new(match k.better {
                    Better::Higher => "higher",
                    Better::Lower => "lower",
                }),
                Cell::number(Some(k.target)),
                Cell::opt(k.unit.clone()),
                Cell::opt(latest.map(|a| a.period.to_string())),
                Cell::number(latest.map(|a| a.value)),
                latest.map_or_else(|| Cell::typed(Value::Empty), |a| Cell::bool(a.met)),
                Cell::number(Some(k.met as f64)),
                Cell::number(Some(k.measured as f64)),
                Cell::percent(k.rate.map(|r| crate::report::round2(r * 100.0))),
                Cell::number(Some(k.miss_streak as f64)),
                Cell::bool(k.flagged),
                Cell::new(match k.trend {
                    Trend::Improving => "improving",
                    Trend::Worsening => "worsening",
                    Trend::Flat => "flat",
                    Trend::Unknown => "",
                }),
            ]);
        }
    }
    Table {
        name: "kpis".into(),
        title: "KPI and SLA attainment".into(),
        columns: [
            "program",
            "project",
            "kpi",
            "name",
            "sla",
            "better",
            "target",
            "unit",
            "latest_period",
            "latest_value",
            "latest_met",
            "met",
            "measured",
            "attainment_pct",
            "miss_streak",
            "flagged",
            "trend",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        empty: String::new(),
        give_way: Vec::new(),
    }
}

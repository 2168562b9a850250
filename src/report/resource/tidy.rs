//! The resource report's tidy tables: hours per person, period and
//! project (the CSV export), conflicts, and cost per project and program
//! (the workbook's other sheets). Plain, typed values.

use super::{CostLine, ResourceReport};
use crate::render::{Cell, Table, Value};

/// Hours as the report prints them: at most two decimals.
fn num(x: f64) -> String {
    crate::render::plain_number(crate::report::round2(x))
}

/// One row per (person, period, project); a person with no load in a
/// period gets one row with an empty project, so capacity is never lost.
pub fn load(r: &ResourceReport) -> Table {
    let mut rows = Vec::new();
    for p in &r.people {
        for pp in &p.periods {
            let row = |project: &str, program: &str, hours: f64| {
                vec![
                    Cell::new(p.id),
                    Cell::new(pp.period.to_string()),
                    Cell::new(project),
                    Cell::new(program),
                    Cell::num(num(hours)).with(Value::Number(hours)),
                    Cell::num(num(pp.capacity)).with(Value::Number(pp.capacity)),
                    pp.utilisation.map_or_else(
                        || Cell::typed(Value::Empty),
                        |u| Cell::num(num(u)).with(Value::Percent(u)),
                    ),
                ]
            };
            if pp.projects.is_empty() {
                rows.push(row("", "", 0.0));
            }
            for x in &pp.projects {
                rows.push(row(x.project, x.program, x.hours));
            }
        }
    }
    Table {
        name: "load".into(),
        title: "Hours by person, period and project".into(),
        columns: [
            "person",
            "period",
            "project",
            "program",
            "hours",
            "capacity_hours",
            "utilisation_pct",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        empty: String::new(),
        give_way: Vec::new(),
    }
}

/// One row per conflict: who, when, load against capacity.
pub fn conflicts(r: &ResourceReport) -> Table {
    let hours = |x: f64| Cell::num(num(x)).with(Value::Number(x));
    Table {
        name: "conflicts".into(),
        title: "Over capacity".into(),
        columns: [
            "person",
            "period",
            "load_hours",
            "capacity_hours",
            "hours_over",
            "projects",
        ]
        .map(String::from)
        .to_vec(),
        rows: r
            .conflicts
            .iter()
            .map(|c| {
                vec![
                    Cell::new(c.person),
                    Cell::new(c.period.to_string()),
                    hours(c.load),
                    hours(c.capacity),
                    hours(c.hours_over),
                    Cell::number(Some(c.projects.len() as f64)),
                ]
            })
            .collect(),
        empty: String::new(),
        give_way: Vec::new(),
    }
}

/// One row per project (or program): budget and cost, in the currency
/// of its own column.
pub fn cost(r: &ResourceReport, name: &str, lines: &[CostLine]) -> Table {
    let money = |x: f64| Cell::money(Some(crate::report::round2(x)));
    Table {
        name: name.into(),
        title: name.replace('_', " "),
        columns: [
            "id",
            "program",
            "budget",
            "cost_before",
            "cost_in_window",
            "cost_at_completion",
            "percent_of_budget",
            "currency",
            "runs_out",
            "actual_cost",
            "forecast_at_completion",
        ]
        .map(String::from)
        .to_vec(),
        rows: lines
            .iter()
            .map(|l| {
                let window: f64 = l.periods.iter().map(|p| p.cost).sum();
                vec![
                    Cell::new(l.id),
                    Cell::opt(l.program),
                    Cell::money(l.budget.map(crate::report::round2)),
                    money(l.before),
                    money(window),
                    money(l.at_completion),
                    Cell::percent(l.percent_of_budget.map(crate::report::round2)),
                    Cell::new(&*r.currency),
                    Cell::opt(l.runs_out.map(|m| m.to_string())),
                    Cell::money(l.actual),
                    Cell::money(l.forecast),
                ]
            })
            .collect(),
        empty: String::new(),
        give_way: Vec::new(),
    }
}

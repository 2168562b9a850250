//! The plan's tidy tables: one row per task or milestone (the CSV
//! export) and one per project (the workbook's second sheet). Plain, typed
//! values.

use super::{PlanReport, Rag};
use crate::model::Key;
use crate::render::{Cell, Table};

/// The CSV table: one row per task or milestone.
pub fn items(r: &PlanReport) -> Table {
    let columns = [
        "program",
        "project",
        "kind",
        "id",
        "name",
        "owner",
        "state",
        "progress_pct",
        "duration_days",
        "early_start",
        "early_finish",
        "late_start",
        "late_finish",
        "total_float_days",
        "free_float_days",
        "critical",
        "due",
        "projected_finish",
        "baseline_finish",
        "slip_days",
    ];
    let mut rows = Vec::new();
    for program in &r.programs {
        for p in &program.projects {
            for i in &p.items {
                let days = |d: i64| Cell::number(Some(d as f64));
                rows.push(vec![
                    Cell::new(program.id.clone()),
                    Cell::new(p.id.clone()),
                    Cell::new(i.kind.key()),
                    Cell::new(i.id.clone()),
                    Cell::new(i.name.clone()),
                    Cell::opt(i.owner.clone()),
                    Cell::new(i.state.key()),
                    Cell::percent(Some(i.progress)),
                    Cell::number(Some(i.duration as f64)),
                    Cell::date(Some(i.early_start)),
                    Cell::date(Some(i.early_finish)),
                    Cell::date(Some(i.late_start)),
                    Cell::date(Some(i.late_finish)),
                    days(i.total_float),
                    days(i.free_float),
                    Cell::bool(i.critical),
                    Cell::date(Some(i.due)),
                    Cell::date(Some(i.projected_finish)),
                    Cell::date(i.baseline_finish),
                    Cell::number(i.slip_days.map(|d| d as f64)),
                ]);
            }
        }
    }
    Table {
        name: "items".into(),
        title: "Tasks and milestones".into(),
        columns: columns.map(String::from).to_vec(),
        rows,
        empty: "no tasks or milestones".into(),
        give_way: Vec::new(),
    }
}

/// One row per project: where it stands against its plan, with earned
/// value in the currency of its own column (the workbook's second sheet).
pub fn projects(r: &PlanReport) -> Table {
    let columns = [
        "program",
        "project",
        "name",
        "status",
        "rag",
        "schedule",
        "cost",
        "percent_complete",
        "planned_percent",
        "start",
        "finish",
        "projected_finish",
        "baseline_finish",
        "slip_days",
        "spi",
        "cpi",
        "budget",
        "budget_change",
        "earned_value",
        "actual_cost",
        "estimate_at_completion",
        "currency",
        "next_milestone",
        "next_milestone_due",
    ];
    let rag = |x: Option<Rag>| Cell::opt(x.map(Rag::key));
    let rows = r
        .programs
        .iter()
        .flat_map(|g| &g.projects)
        .map(|p| {
            let ev = p.earned_value.as_ref();
            let next = p.next_milestone.as_ref();
            vec![
                Cell::new(p.program.clone()),
                Cell::new(p.id.clone()),
                Cell::new(p.name.clone()),
                Cell::new(p.status),
                rag(p.rag),
                rag(p.schedule_rag),
                rag(p.cost_rag),
                Cell::percent(p.percent_complete),
                Cell::percent(p.planned_percent),
                Cell::date(p.start),
                Cell::date(p.finish),
                Cell::date(p.projected_finish),
                Cell::date(p.baseline_finish),
                Cell::number(p.slip_days.map(|d| d as f64)),
                Cell::number(ev.and_then(|e| e.spi)),
                Cell::number(ev.and_then(|e| e.cpi)),
                Cell::money(ev.map(|e| e.bac)),
                Cell::money(ev.and_then(|e| e.budget_change)),
                Cell::money(ev.map(|e| e.ev)),
                Cell::money(ev.and_then(|e| e.ac)),
                Cell::money(ev.and_then(|e| e.eac)),
                Cell::new(r.currency.clone()),
                Cell::opt(next.map(|m| m.id.clone())),
                Cell::date(next.map(|m| m.due)),
            ]
        })
        .collect();
    Table {
        name: "projects".into(),
        title: "Projects".into(),
        columns: columns.map(String::from).to_vec(),
        rows,
        empty: "no projects".into(),
        give_way: Vec::new(),
    }
}

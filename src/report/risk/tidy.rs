//! The risk report's tidy tables: the whole register, one row per risk
//! (the CSV export), and the exposure per project (the workbook's second
//! sheet). Plain, typed values; money with its currency in a column.

use super::{RiskReport, RiskRow};
use crate::model::Key;
use crate::render::{Cell, Table, sanitize};
use crate::report::round2;

/// The tidy table: one row per risk, every column a plain value.
/// The register's columns, one per field of a risk.
const REGISTER_COLUMNS: [&str; 26] = [
    "id",
    "title",
    "project",
    "program",
    "type",
    "category",
    "probability",
    "impact",
    "score",
    "band",
    "tolerance",
    "escalate",
    "owner",
    "owner_name",
    "strategy",
    "status",
    "identified",
    "next_review",
    "last_reviewed",
    "closed_on",
    "cost_impact",
    "emv",
    "currency",
    "score_then",
    "trend",
    "change",
];

pub fn register(report: &RiskReport) -> Table {
    let rows = report
        .risks
        .iter()
        .map(|r| register_row(r, &report.currency))
        .collect();
    Table {
        name: "risks".into(),
        title: "Register".into(),
        columns: REGISTER_COLUMNS.map(String::from).to_vec(),
        rows,
        empty: "No risks in scope.".into(),
        give_way: Vec::new(),
    }
}

/// One risk as a register row, in [`REGISTER_COLUMNS`]' order.
fn register_row(r: &RiskRow, currency: &str) -> Vec<Cell> {
    let opt = |s: Option<String>| Cell::opt(s);
    let int = |x: u32| Cell::number(Some(f64::from(x)));
    vec![
        Cell::new(&*r.id),
        Cell::new(&*r.title),
        opt(r.project.clone()),
        opt(r.program.clone()),
        Cell::new(r.risk_type.key()),
        Cell::new(r.category.key()),
        int(r.probability.into()),
        int(r.impact.into()),
        int(r.score),
        opt(r.band.clone()),
        int(r.tolerance),
        Cell::bool(r.escalate),
        opt(r.owner.clone()),
        opt(r.owner_name.clone()),
        opt(r.strategy.map(|s| s.key().to_string())),
        Cell::new(r.status.key()),
        Cell::date(Some(r.identified)),
        Cell::date(r.next_review),
        Cell::date(Some(r.last_reviewed)),
        Cell::date(r.closed_on),
        Cell::money(r.cost_impact.map(round2)),
        Cell::money(r.emv.map(round2)),
        Cell::new(currency),
        Cell::number(r.score_then.map(f64::from)),
        Cell::new(r.direction.key()),
        Cell::number(Some(r.change as f64)),
    ]
    .into_iter()
    // Control characters in repository text would reach a terminal
    // that `cat`s the CSV; the table and markdown renderers
    // sanitise on their own, so this is a no-op there.
    .map(|mut c| {
        if let std::borrow::Cow::Owned(clean) = sanitize(&c.text) {
            c.text = clean;
        }
        c
    })
    .collect()
}

/// One row per project with open risks or a reserve: expected monetary
/// value of threats and opportunities against the contingency reserve.
pub fn exposure(report: &RiskReport) -> Table {
    let money = |x: f64| Cell::money(Some(round2(x)));
    let rows = report
        .exposure
        .projects
        .iter()
        .map(|p| {
            let m = &p.money;
            vec![
                Cell::new(&*p.program),
                Cell::new(&*p.project),
                Cell::new(sanitize(&p.name).into_owned()),
                money(m.threat_emv),
                money(m.opportunity_emv),
                money(m.net_emv),
                Cell::money(m.reserve.map(round2)),
                Cell::money(m.headroom.map(round2)),
                Cell::new(&*report.currency),
                Cell::number(Some(m.priced as f64)),
                Cell::number(Some(m.unpriced as f64)),
            ]
        })
        .collect();
    Table {
        name: "exposure".into(),
        title: "Exposure by project".into(),
        columns: [
            "program",
            "project",
            "name",
            "threat_emv",
            "opportunity_emv",
            "net_emv",
            "reserve",
            "headroom",
            "currency",
            "priced",
            "unpriced",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        empty: String::new(),
        give_way: Vec::new(),
    }
}

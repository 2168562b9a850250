//! Money: amounts as people read them, and the exposure tables.

use super::super::{Money, RiskReport};
use super::LIMIT;
use crate::i18n::{Label as L, Lang, t, tf};
use crate::render::{Cell, Give, Table, Tone};

/// A whole amount with thousands separators: 1234567.8 -> "1,234,568".
pub fn money(x: f64) -> String {
    if !x.is_finite() {
        return "-".into();
    }
    let rounded = x.round();
    let digits = format!("{}", rounded.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

fn opt_money(x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), money)
}

fn money_cells(m: &Money) -> Vec<Cell> {
    vec![
        Cell::num(money(m.threat_emv)),
        Cell::num(money(m.opportunity_emv)),
        Cell::num(money(m.net_emv)),
        Cell::num(opt_money(m.reserve)),
        Cell::num(opt_money(m.headroom)).tone(match m.headroom {
            Some(h) if h < 0.0 => Tone::Bad,
            Some(_) => Tone::Good,
            None => Tone::Plain,
        }),
        Cell::num(m.unpriced.to_string()).tone(if m.unpriced > 0 {
            Tone::Muted
        } else {
            Tone::Plain
        }),
    ]
}

/// The money columns (threats, opportunities, net, reserve, headroom,
/// unpriced) after `first` columns, in the order they give way: the
/// unpriced count, the opportunities, the reserve, the net, the threats;
/// the headroom (is the reserve enough?) stays longest.
fn money_give_way(first: usize) -> impl Iterator<Item = Give> {
    [5, 1, 3, 2, 0, 4]
        .into_iter()
        .map(move |k| Give::Drop(first + k))
}

pub(super) fn exposure(report: &RiskReport, lang: Lang) -> [Table; 2] {
    let cur = &report.currency;
    let money_cols = |first: &[L]| {
        first
            .iter()
            .map(|l| t(lang, *l).to_string())
            .chain([
                tf(lang, L::ColThreatsEmv, &[cur]),
                t(lang, L::ColOpportunitiesEmv).into(),
                t(lang, L::ColNet).into(),
                t(lang, L::ColReserve).into(),
                t(lang, L::ColHeadroom).into(),
                t(lang, L::ColUnpriced).into(),
            ])
            .collect::<Vec<_>>()
    };
    let projects = Table {
        name: "exposure_projects".into(),
        title: t(lang, L::ExposureByProject).into(),
        columns: money_cols(&[L::ColProject, L::ColProgram]),
        // The program right after the unpriced count: the next table sums
        // by program.
        give_way: money_give_way(2)
            .take(1)
            .chain([Give::Drop(1)])
            .chain(money_give_way(2).skip(1))
            .collect(),
        rows: report
            .exposure
            .projects
            .iter()
            .take(LIMIT)
            .map(|p| {
                let mut row = vec![Cell::new(&*p.project), Cell::new(&*p.program)];
                row.extend(money_cells(&p.money));
                row
            })
            .collect(),
        empty: t(lang, L::NoExposure).into(),
    };
    let mut rows: Vec<Vec<Cell>> = report
        .exposure
        .programs
        .iter()
        .take(LIMIT)
        .map(|p| {
            let mut row = vec![Cell::new(&*p.program)];
            row.extend(money_cells(&p.money));
            row
        })
        .collect();
    if !rows.is_empty() {
        let mut row = vec![Cell::new(t(lang, L::TotalRow)).tone(Tone::Strong)];
        row.extend(money_cells(&report.exposure.total));
        rows.push(row);
    }
    let programs = Table {
        name: "exposure_programs".into(),
        title: t(lang, L::ExposureByProgram).into(),
        columns: money_cols(&[L::ColProgram]),
        give_way: money_give_way(1).collect(),
        rows,
        empty: t(lang, L::NoProgramInScope).into(),
    };
    [projects, programs]
}

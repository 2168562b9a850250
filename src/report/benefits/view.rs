//! The benefits report laid out: per program its goals and its benefits
//! (target, latest value, trend, status and reason); for CSV and the
//! workbook, one tidy row per benefit and one per measured value.

use super::{BenefitLine, BenefitsReport, ProgramBenefits, Who};
use crate::analysis::benefit::{Behind, Status};
use crate::i18n::{Label as L, t, tf};
use crate::model::{Better, Key, Lang};
use crate::render::lines::sparkline;
use crate::render::{Block, Cell, Give, Table, Tone, View, give_way, plain_number};

/// The status in words.
pub fn status(lang: Lang, s: Status) -> &'static str {
    t(
        lang,
        match s {
            Status::Met => L::BenefitMet,
            Status::OnTrack => L::BenefitOnTrack,
            Status::Behind => L::BenefitBehind,
            Status::NotMeasured => L::BenefitNotMeasured,
            Status::NoTarget => L::BenefitNoTarget,
        },
    )
}

/// Why a benefit is behind, in words.
pub fn reason(lang: Lang, why: &Behind) -> String {
    match why {
        Behind::MissedAtDue { due, value, target } => tf(
            lang,
            L::ReasonMissedAtDue,
            &[due, &plain_number(*target), &plain_number(*value)],
        ),
        Behind::BelowLine {
            value,
            expected,
            target,
        } => tf(
            lang,
            L::ReasonBelowLine,
            &[
                &plain_number(*value),
                &plain_number(*expected),
                &plain_number(*target),
            ],
        ),
    }
}

fn tone(s: Status) -> Tone {
    match s {
        Status::Met => Tone::Good,
        Status::OnTrack => Tone::Plain,
        Status::Behind => Tone::Bad,
        Status::NotMeasured | Status::NoTarget => Tone::Muted,
    }
}

fn who(w: &Option<Who>) -> Option<String> {
    w.as_ref()
        .map(|w| w.name.clone().unwrap_or_else(|| w.id.clone()))
}

/// Ids in a cell, separated by a comma and a space in every language: a
/// terminal table wraps at spaces, and `、` (the Chinese list mark) has
/// none, so a list of ids joined by it would be split inside an id.
fn ids(items: &[String]) -> String {
    items.join(", ")
}

/// The report laid out; `tidy_only` gives the tables CSV and the
/// workbook get.
pub fn view(report: &BenefitsReport, tidy_only: bool, lang: Lang) -> View {
    let title = match &report.meta.portfolio {
        Some(name) => tf(lang, L::BenefitsTitleNamed, &[name]),
        None => t(lang, L::BenefitsTitle).to_string(),
    };
    let tidy = vec![
        Block::Table(tidy_benefits(report)),
        Block::Table(tidy_measurements(report)),
    ];
    if tidy_only {
        return View {
            title,
            blocks: tidy,
            tidy: "benefits".into(),
        };
    }
    let tot = &report.totals;
    let mut blocks = vec![Block::Text(tf(
        lang,
        L::BenefitsSummary,
        &[
            &tot.benefits,
            &tot.met,
            &tot.on_track,
            &tot.behind,
            &tot.not_measured,
        ],
    ))];
    if report.programs.iter().all(|p| p.benefits.is_empty()) {
        blocks.push(Block::Text(t(lang, L::NoBenefits).into()));
    }
    for p in &report.programs {
        if p.goals.is_empty() && p.benefits.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(format!(
            "{} {} ({})",
            p.id,
            p.name,
            crate::i18n::stage(lang, p.stage)
        )));
        blocks.push(Block::Table(goals(p, lang)));
        blocks.push(Block::Table(benefits(p, lang)));
    }
    View {
        title,
        blocks,
        tidy: "benefits".into(),
    }
}

fn goals(p: &ProgramBenefits, lang: Lang) -> Table {
    let keys = [
        L::ColGoal,
        L::ColDescription,
        L::ColTargetValue,
        L::ColDueOn,
        L::ColOwner,
        L::ColDelivering,
    ];
    let rows = p
        .goals
        .iter()
        .map(|g| {
            vec![
                Cell::opt(g.id.clone()),
                Cell::new(&*g.description),
                Cell::opt(g.target.clone()),
                Cell::date(g.due),
                Cell::opt(who(&g.owner)),
                Cell::new(ids(&g.projects)),
            ]
        })
        .collect();
    Table {
        name: format!("goals-{}", p.id),
        title: t(lang, L::GoalsTitle).into(),
        columns: keys.iter().map(|k| t(lang, *k).to_string()).collect(),
        rows,
        empty: t(lang, L::NoGoals).into(),
        give_way: give_way(
            &keys,
            &[
                Give::Drop(L::ColOwner),
                Give::Drop(L::ColDueOn),
                Give::Drop(L::ColDelivering),
                Give::Cut(L::ColDescription),
                Give::Drop(L::ColTargetValue),
            ],
        ),
    }
}

fn benefit_row(b: &BenefitLine, lang: Lang) -> Vec<Cell> {
    let values: Vec<Option<f64>> = b.measurements.iter().map(|m| Some(m.value)).collect();
    let name = match &b.id {
        Some(id) => format!("{id} {}", b.description),
        None => b.description.clone(),
    };
    vec![
        Cell::new(name),
        Cell::opt(b.target.clone()),
        Cell::number(b.latest.as_ref().map(|l| l.value)),
        Cell::date(b.latest.as_ref().map(|l| l.date)),
        Cell::new(sparkline(&values)),
        Cell::opt(who(&b.owner)),
        Cell::new(ids(&b.goals)),
        Cell::new(ids(&b.projects)),
        Cell::new(status(lang, b.status)).tone(tone(b.status)),
        Cell::opt(b.reason.as_ref().map(|r| reason(lang, r))),
    ]
}

fn benefits(p: &ProgramBenefits, lang: Lang) -> Table {
    let keys = [
        L::ColBenefit,
        L::ColTargetValue,
        L::ColLatestValue,
        L::ColMeasuredOn,
        L::ColTrend,
        L::ColOwner,
        L::ColGoals,
        L::ColDelivering,
        L::KeyStatus,
        L::ColReason,
    ];
    Table {
        name: format!("benefits-{}", p.id),
        title: t(lang, L::BenefitsTable).into(),
        columns: keys.iter().map(|k| t(lang, *k).to_string()).collect(),
        rows: p.benefits.iter().map(|b| benefit_row(b, lang)).collect(),
        empty: t(lang, L::NoBenefits).into(),
        // At 80 columns the status and the latest value stay; where they
        // come from and who answers for them give way first.
        give_way: give_way(
            &keys,
            &[
                Give::Drop(L::ColMeasuredOn),
                Give::Drop(L::ColGoals),
                Give::Drop(L::ColTrend),
                Give::Drop(L::ColOwner),
                Give::Drop(L::ColDelivering),
                Give::Cut(L::ColBenefit),
                Give::Cut(L::ColReason),
                Give::Drop(L::ColReason),
                Give::Drop(L::ColTargetValue),
            ],
        ),
    }
}

fn opt_text(s: &Option<String>) -> Cell {
    Cell::opt(s.clone())
}

/// One row per benefit, every column a plain value (the CSV export):
/// the target as the number read from it (the text as written is in the
/// JSON), so no cell holds `15%`.
fn tidy_benefits(report: &BenefitsReport) -> Table {
    let columns = [
        "program",
        "benefit",
        "description",
        "measure",
        "target",
        "better",
        "due",
        "owner",
        "goals",
        "projects",
        "latest_date",
        "latest",
        "change",
        "status",
        "reason",
    ];
    let mut rows = Vec::new();
    for p in &report.programs {
        for b in &p.benefits {
            rows.push(vec![
                Cell::new(&*p.id),
                opt_text(&b.id),
                Cell::new(&*b.description),
                opt_text(&b.measure),
                Cell::number(b.target_value),
                Cell::new(match b.better {
                    Better::Higher => "higher",
                    Better::Lower => "lower",
                }),
                Cell::date(b.due),
                Cell::opt(b.owner.as_ref().map(|w| w.id.clone())),
                Cell::new(b.goals.join(" ")),
                Cell::new(b.projects.join(" ")),
                Cell::date(b.latest.as_ref().map(|l| l.date)),
                Cell::number(b.latest.as_ref().map(|l| l.value)),
                Cell::number(b.change),
                Cell::new(b.status.key()),
                Cell::opt(b.reason.as_ref().map(|r| reason(Lang::En, r))),
            ]);
        }
    }
    Table {
        name: "benefits".into(),
        title: "Benefits, one row per benefit".into(),
        columns: columns.map(String::from).to_vec(),
        rows,
        empty: "No benefits.".into(),
        give_way: Vec::new(),
    }
}

/// One row per measured value (the workbook's second sheet).
fn tidy_measurements(report: &BenefitsReport) -> Table {
    let mut rows = Vec::new();
    for p in &report.programs {
        for b in &p.benefits {
            for m in &b.measurements {
                rows.push(vec![
                    Cell::new(&*p.id),
                    opt_text(&b.id),
                    Cell::date(Some(m.date)),
                    Cell::number(Some(m.value)),
                    opt_text(&m.note),
                ]);
            }
        }
    }
    Table {
        name: "measurements".into(),
        title: "Measured values, one row per benefit and date".into(),
        columns: ["program", "benefit", "date", "value", "note"]
            .map(String::from)
            .to_vec(),
        rows,
        empty: "No measured values.".into(),
        give_way: Vec::new(),
    }
}

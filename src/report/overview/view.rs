//! The overview laid out for people: per program a heading, its
//! leadership and status, and a table of its projects; then the portfolio
//! line. Formatting only.

use super::{OverviewReport, PersonRef, ProgramOverview, RagCount};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::{Key, PmoModel};
use crate::render::{Block, Cell, Give, Table, Tone, View, give_way};
use crate::report::plan::Rag;
use crate::report::plan::view::rag_cell;

fn percent(p: Option<f64>) -> Cell {
    p.map_or_else(|| Cell::num("-"), |p| Cell::num(format!("{p:.0}%")))
}

fn who(p: &Option<PersonRef>) -> Option<String> {
    p.as_ref().map(|p| {
        p.name
            .clone()
            .map_or_else(|| p.id.clone(), |n| format!("{n} ({})", p.id))
    })
}

fn leadership_line(program: &ProgramOverview, lang: Lang) -> String {
    let l = &program.leadership;
    let mut parts = Vec::new();
    if let Some(m) = who(&l.program_manager) {
        parts.push(tf(lang, L::LeadProgramManager, &[&m]));
    }
    if let Some(m) = who(&l.pmo) {
        parts.push(tf(lang, L::LeadPmo, &[&m]));
    }
    if let Some(m) = who(&l.director) {
        parts.push(tf(lang, L::LeadDirector, &[&m]));
    }
    if let Some(m) = l.pmo_model {
        parts.push(
            t(
                lang,
                match m {
                    PmoModel::Matrix => L::PmoMatrix,
                    PmoModel::Functional => L::PmoFunctional,
                    PmoModel::Hybrid => L::PmoHybrid,
                },
            )
            .to_string(),
        );
    }
    if parts.is_empty() {
        t(lang, L::NoLeadership).into()
    } else {
        parts.join("; ")
    }
}

fn counts(c: &RagCount, lang: Lang) -> String {
    tf(lang, L::RagCounts, &[&c.green, &c.amber, &c.red])
}

/// The columns of the tidy project table, the CSV export: one fact per
/// cell, plain values, missing as empty.
const COLUMNS: [&str; 21] = [
    "program",
    "project",
    "project_name",
    "status",
    "schedule",
    "cost",
    "risk",
    "resources",
    "percent_complete",
    "next_milestone",
    "next_milestone_due",
    "next_milestone_projected",
    "risks_above_tolerance",
    "top_risk",
    "top_risk_score",
    "people_over_capacity",
    "assessment_period",
    "assessment_total",
    "grade",
    "manager",
    "manager_name",
];

fn rag_key(rag: Option<Rag>) -> Cell {
    Cell::opt(rag.map(Rag::key))
}

fn count(n: usize) -> Cell {
    Cell::number(Some(n as f64))
}

fn project_rows(program: &ProgramOverview) -> Vec<Vec<Cell>> {
    program
        .projects
        .iter()
        .map(|p| {
            let next = p.next_milestone.as_ref();
            let top = p.top_risks.first();
            let grade = p.assessment.as_ref();
            vec![
                Cell::new(program.id.clone()),
                Cell::new(p.id.clone()),
                Cell::new(p.name.clone()),
                Cell::new(p.status),
                rag_key(p.schedule),
                rag_key(p.cost),
                rag_key(p.risk),
                rag_key(p.resources),
                Cell::percent(p.percent_complete.map(|x| x.round())),
                Cell::opt(next.map(|m| m.id.clone())),
                Cell::date(next.map(|m| m.due)),
                Cell::date(next.map(|m| m.projected)),
                count(p.top_risks.len()),
                Cell::opt(top.map(|r| r.id.clone())),
                Cell::number(top.map(|r| f64::from(r.score))),
                count(p.over_capacity.len()),
                Cell::opt(grade.map(|a| a.period.to_string())),
                Cell::number(grade.and_then(|a| a.total)),
                Cell::opt(grade.and_then(|a| a.grade.clone())),
                Cell::new(p.manager.id.clone()),
                Cell::opt(p.manager.name.clone()),
            ]
        })
        .collect()
}

/// A program's row of the tidy programs table.
fn program_row(g: &ProgramOverview, currency: &str) -> Vec<Cell> {
    let ev = g.earned_value.as_ref();
    vec![
        Cell::new(g.id.clone()),
        Cell::new(g.name.clone()),
        rag_key(g.rag),
        Cell::percent(g.percent_complete.map(|x| x.round())),
        Cell::number(ev.and_then(|e| e.spi)),
        Cell::number(ev.and_then(|e| e.cpi)),
        Cell::money(ev.map(|e| e.bac)),
        Cell::new(currency.to_string()),
        Cell::percent(g.service.as_ref().and_then(|b| b.burn_percent)),
        count(g.projects.len()),
    ]
}

/// The tidy tables: projects (the CSV export), then the lists a project
/// cell cannot hold, one row per fact, for the workbook.
fn tidy_tables(r: &OverviewReport) -> Vec<Block> {
    let projects = || r.programs.iter().flat_map(|g| &g.projects);
    let top_risks = projects()
        .flat_map(|p| {
            p.top_risks.iter().map(|t| {
                vec![
                    Cell::new(p.id.clone()),
                    Cell::new(t.id.clone()),
                    Cell::new(t.title.clone()),
                    Cell::number(Some(f64::from(t.score))),
                ]
            })
        })
        .collect();
    let over = projects()
        .flat_map(|p| {
            p.over_capacity.iter().map(|o| {
                vec![
                    Cell::new(p.id.clone()),
                    Cell::new(o.person.clone()),
                    Cell::new(o.name.clone()),
                    count(o.periods),
                    Cell::number(Some(o.hours_over)),
                ]
            })
        })
        .collect();
    let programs = r
        .programs
        .iter()
        .map(|g| program_row(g, &r.currency))
        .collect();
    let table = |name: &str, columns: &[&str], rows| {
        Block::Table(Table {
            name: name.into(),
            title: name.replace('_', " "),
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows,
            empty: String::new(),
            give_way: Vec::new(),
        })
    };
    vec![
        table(
            "projects",
            &COLUMNS,
            r.programs.iter().flat_map(project_rows).collect(),
        ),
        table(
            "programs",
            &[
                "program",
                "name",
                "status",
                "percent_complete",
                "spi",
                "cpi",
                "budget",
                "currency",
                "service_burn_percent",
                "projects",
            ],
            programs,
        ),
        table(
            "top_risks",
            &["project", "risk", "title", "score"],
            top_risks,
        ),
        table(
            "over_capacity",
            &["project", "person", "name", "periods", "hours_over"],
            over,
        ),
    ]
}

fn rag_letter(rag: Option<Rag>, lang: Lang) -> Cell {
    match rag {
        Some(Rag::Green) => Cell::new(t(lang, L::GreenLetter)).tone(Tone::Good),
        Some(Rag::Amber) => Cell::new(t(lang, L::AmberLetter)).tone(Tone::Warn),
        Some(Rag::Red) => Cell::new(t(lang, L::RedLetter)).tone(Tone::Bad),
        Some(Rag::Unknown) => Cell::new(t(lang, L::UnknownLetter)).tone(Tone::Strong),
        None => Cell::new("-").tone(Tone::Muted),
    }
}

/// The on-screen table: compact enough for one terminal screen.
const SCREEN_COLUMNS: [L; 10] = [
    L::Project,
    L::ColSch,
    L::ColCost,
    L::ColRisk,
    L::ColRes,
    L::Done,
    L::NextMilestone,
    L::ColAboveTolerance,
    L::ColOverCapacity,
    L::Grade,
];

/// At 80 columns: each detail gives way before the status letter it
/// explains (the grade, the people over capacity, the risks above
/// tolerance, the next milestone), then done, then the letters from
/// resources back to schedule; the project stays.
const SCREEN_GIVE_WAY: [Give<L>; 9] = [
    Give::Drop(L::Grade),
    Give::Drop(L::ColOverCapacity),
    Give::Drop(L::ColAboveTolerance),
    Give::Drop(L::NextMilestone),
    Give::Drop(L::Done),
    Give::Drop(L::ColRes),
    Give::Drop(L::ColRisk),
    Give::Drop(L::ColCost),
    Give::Drop(L::ColSch),
];

fn screen_rows(program: &ProgramOverview, lang: Lang) -> Vec<Vec<Cell>> {
    program
        .projects
        .iter()
        .map(|p| {
            let next = p.next_milestone.as_ref().map_or_else(
                || Cell::new("-"),
                |m| {
                    let cell = Cell::new(format!("{} {}", m.id, m.due));
                    if m.projected > m.due {
                        cell.tone(Tone::Warn)
                    } else {
                        cell
                    }
                },
            );
            let risks = match p.top_risks.first() {
                None => Cell::new("-"),
                Some(top) if p.top_risks.len() == 1 => {
                    Cell::new(format!("{} ({})", top.id, top.score)).tone(Tone::Bad)
                }
                Some(top) => Cell::new(format!(
                    "{} ({}) +{}",
                    top.id,
                    top.score,
                    p.top_risks.len() - 1
                ))
                .tone(Tone::Bad),
            };
            let over = match p.over_capacity.first() {
                None => Cell::new("-"),
                Some(o) if p.over_capacity.len() == 1 => {
                    Cell::new(o.person.clone()).tone(Tone::Warn)
                }
                Some(o) => Cell::new(format!("{} +{}", o.person, p.over_capacity.len() - 1))
                    .tone(Tone::Warn),
            };
            let grade = p.assessment.as_ref().map_or_else(
                || Cell::new("-"),
                |a| match (&a.grade, a.total) {
                    (Some(g), Some(t)) => Cell::new(format!("{g} {t:.2}")),
                    _ => Cell::new("-"),
                },
            );
            let id = if p.status == "active" {
                Cell::new(p.id.clone())
            } else {
                Cell::new(format!(
                    "{} ({})",
                    p.id,
                    i18n::project_status(lang, p.status)
                ))
                .tone(Tone::Muted)
            };
            vec![
                id,
                rag_letter(p.schedule, lang),
                rag_letter(p.cost, lang),
                rag_letter(p.risk, lang),
                rag_letter(p.resources, lang),
                percent(p.percent_complete),
                next,
                risks,
                over,
                grade,
            ]
        })
        .collect()
}

/// The overview as blocks. With `tidy_only`, just the one table CSV needs
/// (always in English: its headers and values are for scripts).
pub fn view(r: &OverviewReport, tidy_only: bool, lang: Lang) -> View {
    if tidy_only {
        return View {
            title: "Portfolio overview".into(),
            blocks: tidy_tables(r),
            tidy: "projects".into(),
        };
    }
    let mut blocks = Vec::new();
    for p in &r.programs {
        program_blocks(p, &r.currency, lang, &mut blocks);
    }
    blocks.push(Block::Text(t(lang, L::OverviewLegend).into()));
    blocks.push(Block::Heading(t(lang, L::Portfolio).into()));
    blocks.push(Block::KeyValues(portfolio_facts(r, lang)));
    let title = match &r.meta.portfolio {
        Some(name) => tf(lang, L::OverviewTitleNamed, &[name, &r.meta.as_of]),
        None => tf(lang, L::OverviewTitle, &[&r.meta.as_of]),
    };
    View {
        title,
        blocks,
        tidy: "projects".into(),
    }
}

/// A program's heading, facts, projects table and why each project is not
/// green.
fn program_blocks(p: &ProgramOverview, currency: &str, lang: Lang, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(format!("{}: {}", p.id, p.name)));
    blocks.push(Block::KeyValues(program_facts(p, currency, lang)));
    blocks.push(Block::Table(Table {
        name: format!("projects-{}", p.id),
        title: String::new(),
        columns: SCREEN_COLUMNS
            .iter()
            .map(|c| t(lang, *c).to_string())
            .collect(),
        rows: screen_rows(p, lang),
        empty: t(lang, L::NoProjectsInScope).into(),
        give_way: give_way(&SCREEN_COLUMNS, &SCREEN_GIVE_WAY),
    }));
    let reasons: Vec<(String, Cell)> = p
        .projects
        .iter()
        .filter(|x| !x.reasons.is_empty())
        .map(|x| {
            let words = crate::report::reason::joined(&x.reasons, lang);
            (x.id.clone(), Cell::new(words))
        })
        .collect();
    if !reasons.is_empty() {
        blocks.push(Block::Text(t(lang, L::WhyNotGreen).into()));
        blocks.push(Block::KeyValues(reasons));
    }
    satisfaction_block(p, lang, blocks);
}

/// Each project's latest customer satisfaction, one line per project.
fn satisfaction_block(p: &ProgramOverview, lang: Lang, blocks: &mut Vec<Block>) {
    let lines: Vec<(String, Cell)> = p
        .projects
        .iter()
        .filter(|x| !x.satisfaction.is_empty())
        .map(|x| {
            let words = x
                .satisfaction
                .iter()
                .map(|s| format!("{} {:.0} % ({})", s.customer, s.percent, s.date))
                .collect::<Vec<_>>()
                .join(t(lang, L::ListSep));
            let bad = x.satisfaction.iter().any(|s| s.low || s.falling);
            let cell = Cell::new(words);
            (x.id.clone(), if bad { cell.tone(Tone::Warn) } else { cell })
        })
        .collect();
    if !lines.is_empty() {
        blocks.push(Block::Text(t(lang, L::SatisfactionLatest).into()));
        blocks.push(Block::KeyValues(lines));
    }
}

fn two_places(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |x| format!("{x:.2}"))
}

/// Type and stage, leadership, status, % complete, SPI/CPI, service burn
/// and the next milestone of a program.
fn program_facts(p: &ProgramOverview, currency: &str, lang: Lang) -> Vec<(String, Cell)> {
    let mut kv = vec![
        (
            t(lang, L::KeyTypeStage).to_string(),
            Cell::new(format!(
                "{}, {}",
                i18n::program_type(lang, p.program_type),
                i18n::stage(lang, p.stage)
            )),
        ),
        (
            t(lang, L::KeyLeadership).to_string(),
            Cell::new(leadership_line(p, lang)),
        ),
        (t(lang, L::KeyStatus).to_string(), rag_cell(p.rag, lang)),
        (t(lang, L::KeyDone).to_string(), percent(p.percent_complete)),
    ];
    if !p.reasons.is_empty() {
        let words = crate::report::reason::joined(&p.reasons, lang);
        kv.push((
            t(lang, L::BenefitsTitle).to_string(),
            Cell::new(words).tone(Tone::Warn),
        ));
    }
    if let Some(ev) = &p.earned_value {
        kv.push((
            t(lang, L::SpiCpi).to_string(),
            Cell::new(format!("{} / {}", two_places(ev.spi), two_places(ev.cpi))),
        ));
    }
    if let Some(b) = &p.service {
        kv.push((
            t(lang, L::KeyService).to_string(),
            Cell::new(crate::report::plan::view::burn_line(b, currency, lang)),
        ));
    }
    if let Some(m) = &p.next_milestone {
        kv.push((
            t(lang, L::KeyNextMilestone).to_string(),
            Cell::new(tf(
                lang,
                L::MilestoneDue,
                &[&m.project, &m.id, &m.name, &m.due],
            )),
        ));
    }
    kv
}

/// The portfolio line: counts by status, escalations, people over
/// capacity, earned value and service burn.
fn portfolio_facts(r: &OverviewReport, lang: Lang) -> Vec<(String, Cell)> {
    let tot = &r.totals;
    let tone = |bad: bool, when: Tone| if bad { when } else { Tone::Good };
    let mut kv = vec![
        (
            t(lang, L::KeyProgramsProjects).to_string(),
            Cell::new(tf(
                lang,
                L::ProgramsProjects,
                &[&tot.programs, &tot.projects, &tot.open_projects],
            )),
        ),
        (
            t(lang, L::KeySchedule).to_string(),
            Cell::new(counts(&tot.schedule, lang)),
        ),
        (
            t(lang, L::KeyCost).to_string(),
            Cell::new(counts(&tot.cost, lang)),
        ),
        (
            t(lang, L::KeyRisk).to_string(),
            Cell::new(counts(&tot.risk, lang)),
        ),
        (
            t(lang, L::KeyResources).to_string(),
            Cell::new(counts(&tot.resources, lang)),
        ),
        (
            t(lang, L::KeyRisksAboveTolerance).to_string(),
            Cell::new(tot.escalations.to_string()).tone(tone(tot.escalations > 0, Tone::Bad)),
        ),
        (
            t(lang, L::KeyPeopleOverCapacity).to_string(),
            Cell::new(tf(
                lang,
                L::CountWindow,
                &[
                    &tot.people_over_capacity,
                    &tot.resource_window.0,
                    &tot.resource_window.1,
                ],
            ))
            .tone(tone(tot.people_over_capacity > 0, Tone::Warn)),
        ),
    ];
    if let Some(ev) = &tot.earned_value {
        kv.push((
            t(lang, L::KeyEarnedValue).to_string(),
            Cell::new(tf(
                lang,
                L::OverviewEv,
                &[
                    &format!("{:.0}", ev.bac),
                    &r.currency,
                    &format!("{:.0}", ev.ev),
                    &ev.ac.map_or_else(|| "-".to_string(), |a| format!("{a:.0}")),
                    &two_places(ev.spi),
                    &two_places(ev.cpi),
                ],
            )),
        ));
    }
    if let Some(b) = &tot.service {
        kv.push((
            t(lang, L::KeyService).to_string(),
            Cell::new(crate::report::plan::view::burn_line(b, &r.currency, lang)),
        ));
    }
    kv
}

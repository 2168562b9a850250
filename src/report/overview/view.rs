//! The overview laid out for people: per program a heading, its
//! leadership and status, and a table of its projects; then the portfolio
//! line. Formatting only.

use super::{OverviewReport, PersonRef, ProgramOverview, RagCount};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::PmoModel;
use crate::render::{Block, Cell, Table, Tone, View};
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

/// The columns of the project table, which is also the CSV export.
const COLUMNS: [&str; 14] = [
    "Program",
    "Project",
    "Status",
    "Schedule",
    "Cost",
    "Risk",
    "Resources",
    "Done",
    "Next milestone",
    "Due",
    "Top risks",
    "Over capacity",
    "Grade",
    "Manager",
];

fn project_rows(program: &ProgramOverview) -> Vec<Vec<Cell>> {
    program
        .projects
        .iter()
        .map(|p| {
            let next = p.next_milestone.as_ref();
            let due = next.map_or_else(
                || Cell::new("-"),
                |m| {
                    let cell = Cell::new(m.due.to_string());
                    if m.projected > m.due {
                        cell.tone(Tone::Warn)
                    } else {
                        cell
                    }
                },
            );
            let top = p
                .top_risks
                .iter()
                .map(|r| format!("{} ({})", r.id, r.score))
                .collect::<Vec<_>>()
                .join(", ");
            let over = p
                .over_capacity
                .iter()
                .map(|o| o.person.clone())
                .collect::<Vec<_>>()
                .join(", ");
            let grade = p.assessment.as_ref().map_or_else(
                || "-".to_string(),
                |a| match (&a.grade, a.total) {
                    (Some(g), Some(t)) => format!("{g} {t:.2} ({})", a.period),
                    _ => format!("- ({})", a.period),
                },
            );
            vec![
                Cell::new(program.id.clone()),
                Cell::new(p.id.clone()),
                Cell::new(p.status),
                rag_cell(p.schedule, Lang::En),
                rag_cell(p.cost, Lang::En),
                rag_cell(p.risk, Lang::En),
                rag_cell(p.resources, Lang::En),
                percent(p.percent_complete),
                Cell::new(next.map_or_else(|| "-".to_string(), |m| m.id.clone())),
                due,
                Cell::new(if top.is_empty() { "-".into() } else { top }).tone(
                    if p.top_risks.is_empty() {
                        Tone::Plain
                    } else {
                        Tone::Bad
                    },
                ),
                Cell::new(if over.is_empty() { "-".into() } else { over }).tone(
                    if p.over_capacity.is_empty() {
                        Tone::Plain
                    } else {
                        Tone::Warn
                    },
                ),
                Cell::new(grade),
                Cell::new(
                    p.manager
                        .name
                        .clone()
                        .unwrap_or_else(|| p.manager.id.clone()),
                ),
            ]
        })
        .collect()
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
    let mut blocks = Vec::new();
    let all_rows: Vec<Vec<Cell>> = r.programs.iter().flat_map(project_rows).collect();
    if tidy_only {
        blocks.push(Block::Table(Table {
            name: "projects".into(),
            title: String::new(),
            columns: COLUMNS.iter().map(|c| c.to_string()).collect(),
            rows: all_rows,
            empty: "No projects.".into(),
        }));
        return View {
            title: "Portfolio overview".into(),
            blocks,
            tidy: "projects".into(),
        };
    }
    for p in &r.programs {
        blocks.push(Block::Heading(format!("{}: {}", p.id, p.name)));
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
        if let Some(ev) = &p.earned_value {
            let f = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.2}"));
            kv.push((
                t(lang, L::SpiCpi).to_string(),
                Cell::new(format!("{} / {}", f(ev.spi), f(ev.cpi))),
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
        blocks.push(Block::KeyValues(kv));
        blocks.push(Block::Table(Table {
            name: format!("projects-{}", p.id),
            title: String::new(),
            columns: SCREEN_COLUMNS
                .iter()
                .map(|c| t(lang, *c).to_string())
                .collect(),
            rows: screen_rows(p, lang),
            empty: t(lang, L::NoProjectsInScope).into(),
        }));
        let reasons: Vec<(String, Cell)> = p
            .projects
            .iter()
            .filter(|x| !x.reasons.is_empty())
            .map(|x| {
                let reasons: Vec<String> =
                    x.reasons.iter().map(|r| i18n::reason(lang, r)).collect();
                (x.id.clone(), Cell::new(reasons.join("; ")))
            })
            .collect();
        if !reasons.is_empty() {
            blocks.push(Block::Text(t(lang, L::WhyNotGreen).into()));
            blocks.push(Block::KeyValues(reasons));
        }
    }
    blocks.push(Block::Text(t(lang, L::OverviewLegend).into()));
    let tot = &r.totals;
    blocks.push(Block::Heading(t(lang, L::Portfolio).into()));
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
            Cell::new(tot.escalations.to_string()).tone(if tot.escalations > 0 {
                Tone::Bad
            } else {
                Tone::Good
            }),
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
            .tone(if tot.people_over_capacity > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
    ];
    if let Some(ev) = &tot.earned_value {
        let f = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.2}"));
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
                    &f(ev.spi),
                    &f(ev.cpi),
                ],
            )),
        ));
    }
    blocks.push(Block::KeyValues(kv));
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

//! The overview laid out for people: per program a heading, its
//! leadership and status, and a table of its projects; then the portfolio
//! line. Formatting only.

use super::{OverviewReport, PersonRef, ProgramOverview, RagCount};
use crate::render::{Block, Cell, Table, Tone, View};
use crate::report::plan::Rag;

fn rag_cell(rag: Option<Rag>) -> Cell {
    match rag {
        Some(Rag::Green) => Cell::new("green").tone(Tone::Good),
        Some(Rag::Amber) => Cell::new("amber").tone(Tone::Warn),
        Some(Rag::Red) => Cell::new("red").tone(Tone::Bad),
        None => Cell::new("-").tone(Tone::Muted),
    }
}

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

fn leadership_line(program: &ProgramOverview) -> String {
    let l = &program.leadership;
    let mut parts = Vec::new();
    if let Some(m) = who(&l.program_manager) {
        parts.push(format!("program manager {m}"));
    }
    if let Some(m) = who(&l.pmo) {
        parts.push(format!("PMO {m}"));
    }
    if let Some(m) = who(&l.director) {
        parts.push(format!("IT-service director {m}"));
    }
    if let Some(m) = l.pmo_model {
        parts.push(format!("{} PMO", format!("{m:?}").to_lowercase()));
    }
    if parts.is_empty() {
        "no leadership named".into()
    } else {
        parts.join("; ")
    }
}

fn counts(c: &RagCount) -> String {
    format!("{} green, {} amber, {} red", c.green, c.amber, c.red)
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
                rag_cell(p.schedule),
                rag_cell(p.cost),
                rag_cell(p.risk),
                rag_cell(p.resources),
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

fn rag_letter(rag: Option<Rag>) -> Cell {
    match rag {
        Some(Rag::Green) => Cell::new("G").tone(Tone::Good),
        Some(Rag::Amber) => Cell::new("A").tone(Tone::Warn),
        Some(Rag::Red) => Cell::new("R").tone(Tone::Bad),
        None => Cell::new("-").tone(Tone::Muted),
    }
}

/// The on-screen table: compact enough for one terminal screen.
const SCREEN_COLUMNS: [&str; 10] = [
    "Project",
    "Sch",
    "Cost",
    "Risk",
    "Res",
    "Done",
    "Next milestone",
    "Above tolerance",
    "Over capacity",
    "Grade",
];

fn screen_rows(program: &ProgramOverview) -> Vec<Vec<Cell>> {
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
                Cell::new(format!("{} ({})", p.id, p.status)).tone(Tone::Muted)
            };
            vec![
                id,
                rag_letter(p.schedule),
                rag_letter(p.cost),
                rag_letter(p.risk),
                rag_letter(p.resources),
                percent(p.percent_complete),
                next,
                risks,
                over,
                grade,
            ]
        })
        .collect()
}

/// The overview as blocks. With `tidy_only`, just the one table CSV needs.
pub fn view(r: &OverviewReport, tidy_only: bool) -> View {
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
                "type, stage".to_string(),
                Cell::new(format!("{}, {}", p.program_type.key(), p.stage.key())),
            ),
            ("leadership".to_string(), Cell::new(leadership_line(p))),
            ("status".to_string(), rag_cell(p.rag)),
            ("done".to_string(), percent(p.percent_complete)),
        ];
        if let Some(ev) = &p.earned_value {
            let f = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.2}"));
            kv.push((
                "SPI / CPI".to_string(),
                Cell::new(format!("{} / {}", f(ev.spi), f(ev.cpi))),
            ));
        }
        if let Some(m) = &p.next_milestone {
            kv.push((
                "next milestone".to_string(),
                Cell::new(format!("{}/{} {} due {}", m.project, m.id, m.name, m.due)),
            ));
        }
        blocks.push(Block::KeyValues(kv));
        blocks.push(Block::Table(Table {
            name: format!("projects-{}", p.id),
            title: String::new(),
            columns: SCREEN_COLUMNS.iter().map(|c| c.to_string()).collect(),
            rows: screen_rows(p),
            empty: "No projects in scope.".into(),
        }));
        let reasons: Vec<(String, Cell)> = p
            .projects
            .iter()
            .filter(|x| !x.reasons.is_empty())
            .map(|x| (x.id.clone(), Cell::new(x.reasons.join("; "))))
            .collect();
        if !reasons.is_empty() {
            blocks.push(Block::Text("Why not green:".into()));
            blocks.push(Block::KeyValues(reasons));
        }
    }
    blocks.push(Block::Text(
        "Sch schedule, Cost, Risk, Res resources: G green, A amber, R red (docs/reports.md)."
            .into(),
    ));
    let t = &r.totals;
    blocks.push(Block::Heading("Portfolio".into()));
    let mut kv = vec![
        (
            "programs, projects".to_string(),
            Cell::new(format!(
                "{} programs, {} projects ({} open)",
                t.programs, t.projects, t.open_projects
            )),
        ),
        ("schedule".to_string(), Cell::new(counts(&t.schedule))),
        ("cost".to_string(), Cell::new(counts(&t.cost))),
        ("risk".to_string(), Cell::new(counts(&t.risk))),
        ("resources".to_string(), Cell::new(counts(&t.resources))),
        (
            "risks above tolerance".to_string(),
            Cell::new(t.escalations.to_string()).tone(if t.escalations > 0 {
                Tone::Bad
            } else {
                Tone::Good
            }),
        ),
        (
            "people over capacity".to_string(),
            Cell::new(format!(
                "{} ({} to {})",
                t.people_over_capacity, t.resource_window.0, t.resource_window.1
            ))
            .tone(if t.people_over_capacity > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
    ];
    if let Some(ev) = &t.earned_value {
        let f = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.2}"));
        kv.push((
            "earned value".to_string(),
            Cell::new(format!(
                "BAC {:.0} {c}, EV {:.0}, AC {}; SPI {}, CPI {}",
                ev.bac,
                ev.ev,
                ev.ac.map_or_else(|| "-".to_string(), |a| format!("{a:.0}")),
                f(ev.spi),
                f(ev.cpi),
                c = r.currency
            )),
        ));
    }
    blocks.push(Block::KeyValues(kv));
    let title = match &r.meta.portfolio {
        Some(name) => format!("Portfolio overview: {name}, as of {}", r.meta.as_of),
        None => format!("Portfolio overview, as of {}", r.meta.as_of),
    };
    View {
        title,
        blocks,
        tidy: "projects".into(),
    }
}

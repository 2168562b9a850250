//! The management page's table of programs and projects: names a reader
//! outside the PMO knows (project, customer, manager, milestone), the four
//! statuses in words with a marker, and the id last and muted, for finding
//! the project in the repository. Formatting only.

use super::{OverviewReport, ProgramOverview, ProjectOverview};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::{Date, Portfolio};
use crate::render::{Block, Cell, Give, Table, Tone, View, give_way};
use crate::report::plan::view::rag_cell;

fn customer(portfolio: &Portfolio, project: &str) -> String {
    let Some(p) = portfolio.project(project) else {
        return "-".into();
    };
    let Some(c) = &p.customer else {
        return "-".into();
    };
    portfolio
        .program_of(p)
        .and_then(|g| g.customer(&c.value))
        .map_or_else(|| c.value.clone(), |c| c.name.value.clone())
}

/// The next milestone's name, and its due date marked overdue (past due,
/// not reached) or forecast late: two meanings, two markers.
fn milestone(p: &ProjectOverview, as_of: Date, lang: Lang) -> (Cell, Cell) {
    let Some(m) = &p.next_milestone else {
        return (Cell::new("-"), Cell::new("-"));
    };
    let due = if m.due < as_of {
        Cell::new(tf(lang, L::PageDueOverdue, &[&m.due])).tone(Tone::Bad)
    } else if m.projected > m.due {
        Cell::new(tf(lang, L::PageDueLate, &[&m.due, &m.projected])).tone(Tone::Warn)
    } else {
        Cell::new(m.due.to_string())
    };
    (Cell::new(m.name.clone()), due)
}

fn rows(
    portfolio: &Portfolio,
    program: &ProgramOverview,
    as_of: Date,
    lang: Lang,
) -> Vec<Vec<Cell>> {
    program
        .projects
        .iter()
        .map(|p| {
            let (next, due) = milestone(p, as_of, lang);
            let name = if p.status == "active" {
                Cell::new(p.name.clone()).tone(Tone::Strong)
            } else {
                Cell::new(format!(
                    "{} ({})",
                    p.name,
                    i18n::project_status(lang, p.status)
                ))
                .tone(Tone::Muted)
            };
            vec![
                name,
                Cell::new(customer(portfolio, &p.id)),
                Cell::new(
                    p.manager
                        .name
                        .clone()
                        .unwrap_or_else(|| p.manager.id.clone()),
                ),
                rag_cell(p.schedule, lang),
                rag_cell(p.cost, lang),
                rag_cell(p.risk, lang),
                rag_cell(p.resources, lang),
                p.percent_complete
                    .map_or_else(|| Cell::num("-"), |x| Cell::num(format!("{x:.0}%"))),
                next,
                due,
                Cell::new(p.id.clone()).tone(Tone::Muted),
            ]
        })
        .collect()
}

const COLUMNS: [L; 11] = [
    L::Project,
    L::PageColCustomer,
    L::Manager,
    L::KeySchedule,
    L::KeyCost,
    L::KeyRisk,
    L::KeyResources,
    L::Done,
    L::NextMilestone,
    L::PageColDue,
    L::PageColId,
];

/// On a terminal too narrow (the page is for a browser, but a table is a
/// table): the id, the customer and the manager first, then the milestone
/// (its name cut before it goes) and its due date, then done and the
/// statuses from resources back to schedule; the project's name is cut,
/// never left out.
const GIVE_WAY: [Give<L>; 12] = [
    Give::Drop(L::PageColId),
    Give::Drop(L::PageColCustomer),
    Give::Drop(L::Manager),
    Give::Cut(L::NextMilestone),
    Give::Drop(L::NextMilestone),
    Give::Drop(L::PageColDue),
    Give::Drop(L::Done),
    Give::Drop(L::KeyResources),
    Give::Drop(L::KeyRisk),
    Give::Drop(L::KeyCost),
    Give::Cut(L::Project),
    Give::Drop(L::KeySchedule),
];

/// One heading, status line and table per program, then the legend.
pub fn view(portfolio: &Portfolio, r: &OverviewReport, lang: Lang) -> View {
    let mut blocks = Vec::new();
    for g in &r.programs {
        blocks.push(Block::Heading(g.name.clone()));
        let mut line = vec![
            (t(lang, L::KeyStatus).to_string(), rag_cell(g.rag, lang)),
            (
                t(lang, L::KeyDone).to_string(),
                g.percent_complete
                    .map_or_else(|| Cell::new("-"), |x| Cell::new(format!("{x:.0}%"))),
            ),
        ];
        if let Some(m) = g.leadership.program_manager.as_ref() {
            line.push((
                t(lang, L::KeyLeadership).to_string(),
                Cell::new(tf(
                    lang,
                    L::LeadProgramManager,
                    &[&m.name.clone().unwrap_or_else(|| m.id.clone())],
                )),
            ));
        }
        blocks.push(Block::KeyValues(line));
        blocks.push(Block::Table(Table {
            name: format!("projects-{}", g.id),
            title: String::new(),
            columns: COLUMNS.iter().map(|c| t(lang, *c).to_string()).collect(),
            rows: rows(portfolio, g, r.meta.as_of, lang),
            empty: t(lang, L::NoProjectsInScope).into(),
            give_way: give_way(&COLUMNS, &GIVE_WAY),
        }));
    }
    blocks.push(Block::Text(t(lang, L::PageLegend).into()));
    View {
        title: t(lang, L::PageProjectsTitle).into(),
        blocks,
        tidy: String::new(),
    }
}

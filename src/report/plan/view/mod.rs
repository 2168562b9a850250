//! Lays the plan report out: the summary per program, then per project the
//! critical path and the late and upcoming items; the Gantt chart; the
//! tidy table for CSV (one row per task or milestone); the calendar
//! events for iCalendar. Formatting only: every number comes from the
//! report.

use super::{Kind, PlanItem, PlanReport, ProgramPlan, ProjectPlan, Rag, State, Weighting};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::Date;
use crate::render::gantt::Scale;
use crate::render::{Block, Cell, Give, Table, Tone, View, give_way};
use crate::report::reason::Reason;

mod earned;
mod export;

pub(crate) use earned::burn_line;
use earned::ev_rows;
pub use export::{calendar, gantt};

/// How to lay the report out.
#[derive(Clone, Copy, Debug, Default)]
pub struct ViewOptions {
    /// Add the Gantt chart.
    pub gantt: bool,
    /// The Gantt scale (default: by span).
    pub scale: Option<Scale>,
    /// Only the tidy table (for CSV).
    pub tidy_only: bool,
    /// The language of the labels (the tidy table stays English).
    pub lang: Lang,
}

/// Longest critical path printed in the terminal before "… (+N more)".
const PATH_SHOWN: usize = 12;

/// A status as a word with its tone; shared with the overview.
pub(crate) fn rag_cell(rag: Option<Rag>, lang: Lang) -> Cell {
    match rag {
        Some(Rag::Green) => Cell::new(t(lang, L::Green)).tone(Tone::Good),
        Some(Rag::Amber) => Cell::new(t(lang, L::Amber)).tone(Tone::Warn),
        Some(Rag::Red) => Cell::new(t(lang, L::Red)).tone(Tone::Bad),
        Some(Rag::Unknown) => Cell::new(t(lang, L::Unknown)).tone(Tone::Strong),
        None => Cell::new("-").tone(Tone::Muted),
    }
}

fn pct(x: Option<f64>) -> Cell {
    Cell::num(x.map_or_else(|| "-".to_string(), |v| format!("{v:.0}%")))
}

fn ratio(x: Option<f64>, amber: f64, red: f64) -> Cell {
    match x {
        Some(v) => {
            let tone = if v < red {
                Tone::Bad
            } else if v < amber {
                Tone::Warn
            } else {
                Tone::Plain
            };
            Cell::num(format!("{v:.2}")).tone(tone)
        }
        None => Cell::num("-").tone(Tone::Muted),
    }
}

fn date(d: Option<Date>) -> Cell {
    Cell::new(d.map_or_else(|| "-".to_string(), |d| d.to_string()))
}

fn slip(days: Option<i64>, amber: i64, red: i64) -> Cell {
    match days {
        Some(s) => {
            let tone = if s >= red {
                Tone::Bad
            } else if s >= amber {
                Tone::Warn
            } else {
                Tone::Plain
            };
            Cell::num(format!("{s:+}")).tone(tone)
        }
        None => Cell::num("-").tone(Tone::Muted),
    }
}

fn reasons(list: &[Reason], lang: Lang) -> String {
    crate::report::reason::joined(list, lang)
}

fn path_text(ids: &[String], lang: Lang) -> String {
    if ids.is_empty() {
        return "-".into();
    }
    let mut s = ids
        .iter()
        .take(PATH_SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(" → ");
    if ids.len() > PATH_SHOWN {
        s.push_str(&tf(lang, L::PathMore, &[&(ids.len() - PATH_SHOWN)]));
    }
    s
}

fn state_cell(state: State, lang: Lang) -> Cell {
    let tone = match state {
        State::Overdue => Tone::Bad,
        State::DueSoon | State::DoneLate => Tone::Warn,
        State::Done => Tone::Good,
        _ => Tone::Plain,
    };
    let label = match state {
        State::Done => L::StateDone,
        State::DoneLate => L::StateDoneLate,
        State::Overdue => L::StateOverdue,
        State::DueSoon => L::StateDueSoon,
        State::InProgress => L::StateInProgress,
        State::Open => L::StateOpen,
    };
    Cell::new(t(lang, label)).tone(tone)
}

fn kind_label(kind: Kind, lang: Lang) -> &'static str {
    match kind {
        Kind::Task => t(lang, L::KindTask),
        Kind::Milestone => t(lang, L::KindMilestone),
    }
}

fn weighting(w: Weighting, lang: Lang) -> &'static str {
    t(
        lang,
        match w {
            Weighting::Cost => L::WeightCost,
            Weighting::Budget => L::WeightBudget,
            Weighting::Projects => L::WeightProjects,
            Weighting::Effort => L::WeightEffort,
            Weighting::Duration => L::WeightDuration,
            Weighting::Milestones => L::WeightMilestones,
            Weighting::None => L::WeightNone,
        },
    )
}

/// A program's status, progress, finish, earned value, service burn, next
/// milestone and critical path.
fn program_summary(r: &PlanReport, program: &ProgramPlan, lang: Lang) -> Vec<(String, Cell)> {
    let mut kv = vec![(t(lang, L::KeyStatus).to_string(), {
        let mut c = rag_cell(program.rag, lang);
        if !program.reasons.is_empty() {
            c.text = format!("{} ({})", c.text, reasons(&program.reasons, lang));
        }
        c
    })];
    kv.push((
        t(lang, L::KeyDone).into(),
        Cell::new(tf(
            lang,
            L::DonePlanned,
            &[
                &pct(program.percent_complete).text,
                &pct(program.planned_percent).text,
                &weighting(program.weighting, lang),
            ],
        )),
    ));
    kv.push((
        t(lang, L::KeyFinish).into(),
        Cell::new(tf(
            lang,
            L::FinishLine,
            &[
                &date(program.finish).text,
                &date(program.projected_finish).text,
                &date(program.baseline_finish).text,
                &program.slip_days.map_or_else(
                    || "-".to_string(),
                    |d| tf(lang, L::SignedDays, &[&format!("{d:+}")]),
                ),
            ],
        )),
    ));
    if let Some(ev) = &program.earned_value {
        kv.extend(ev_rows(ev, &r.currency, lang));
    }
    if let Some(b) = &program.service {
        kv.push((
            t(lang, L::KeyService).into(),
            Cell::new(burn_line(b, &r.currency, lang)),
        ));
    }
    if let Some(m) = &program.next_milestone {
        kv.push((
            t(lang, L::KeyNextMilestone).into(),
            Cell::new(tf(
                lang,
                L::MilestoneDueProjected,
                &[&m.project, &m.id, &m.name, &m.due, &m.projected],
            )),
        ));
    }
    let path: Vec<String> = program
        .critical_path
        .iter()
        .map(|i| format!("{}/{}", i.project, i.id))
        .collect();
    kv.push((
        t(lang, L::KeyCriticalPath).into(),
        Cell::new(path_text(&path, lang)),
    ));
    kv
}

/// One row per project of a program, with the thresholds' tones.
fn projects_table(r: &PlanReport, program: &ProgramPlan, lang: Lang) -> Table {
    let th = &r.thresholds;
    let rows = program
        .projects
        .iter()
        .map(|p| {
            vec![
                Cell::new(p.id.clone()),
                match p.rag {
                    Some(_) => rag_cell(p.rag, lang),
                    None => {
                        Cell::new(crate::i18n::project_status(lang, p.status)).tone(Tone::Muted)
                    }
                },
                pct(p.percent_complete),
                pct(p.planned_percent),
                date(p.projected_finish),
                slip(p.slip_days, th.amber_slip_days, th.red_slip_days),
                ratio(
                    p.earned_value.as_ref().and_then(|e| e.spi),
                    th.amber_spi,
                    th.red_spi,
                ),
                ratio(
                    p.earned_value.as_ref().and_then(|e| e.cpi),
                    th.amber_cpi,
                    th.red_cpi,
                ),
                Cell::new(
                    p.next_milestone
                        .as_ref()
                        .map_or_else(|| "-".to_string(), |m| format!("{} {}", m.id, m.due)),
                ),
            ]
        })
        .collect();
    Table {
        name: format!("projects-{}", program.id),
        title: String::new(),
        columns: PROJECT_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        rows,
        empty: t(lang, L::NoProjects).into(),
        give_way: give_way(&PROJECT_COLUMNS, &PROJECT_GIVE_WAY),
    }
}

const PROJECT_COLUMNS: [L; 9] = [
    L::Project,
    L::Status,
    L::Done,
    L::ColPlan,
    L::ColFinish,
    L::ColSlip,
    L::Spi,
    L::Cpi,
    L::NextMilestone,
];

/// At 80 columns: the next milestone (the project section lists it),
/// then the planned %, the CPI (this is the schedule's report), done,
/// the SPI, the slip and the finish; the status stays longest.
const PROJECT_GIVE_WAY: [Give<L>; 8] = [
    Give::Drop(L::NextMilestone),
    Give::Drop(L::ColPlan),
    Give::Drop(L::Cpi),
    Give::Drop(L::Done),
    Give::Drop(L::Spi),
    Give::Drop(L::ColSlip),
    Give::Drop(L::ColFinish),
    Give::Drop(L::Status),
];

const ITEM_COLUMNS: [L; 8] = [
    L::ColItem,
    L::ColKind,
    L::ColState,
    L::ColDue,
    L::ColProjected,
    L::ColFloat,
    L::Done,
    L::Owner,
];

/// At 80 columns: the owner, done and the kind (the state says it) go
/// first, then the float; the item's name is cut (its id stays whole)
/// before the projected date, the due date and the state go.
const ITEM_GIVE_WAY: [Give<L>; 8] = [
    Give::Drop(L::Owner),
    Give::Drop(L::Done),
    Give::Drop(L::ColKind),
    Give::Drop(L::ColFloat),
    Give::Cut(L::ColItem),
    Give::Drop(L::ColProjected),
    Give::Drop(L::ColDue),
    Give::Drop(L::ColState),
];

/// A project's heading, status and needs, and its late and upcoming work.
fn project_section(r: &PlanReport, p: &ProjectPlan, lang: Lang) -> Vec<Block> {
    let mut blocks = Vec::new();
    blocks.push(Block::Heading(tf(
        lang,
        L::ProjectHeading,
        &[&p.id, &p.name],
    )));
    let mut kv = vec![];
    let mut c = rag_cell(p.rag, lang);
    if !p.reasons.is_empty() {
        c.text = format!("{} ({})", c.text, reasons(&p.reasons, lang));
    }
    kv.push((t(lang, L::KeyStatus).to_string(), c));
    if let Some(ev) = &p.earned_value {
        kv.extend(ev_rows(ev, &r.currency, lang));
    }
    if let Some(b) = &p.service {
        kv.push((
            t(lang, L::KeyService).into(),
            Cell::new(burn_line(b, &r.currency, lang)),
        ));
    }
    kv.push((
        t(lang, L::KeyCriticalPath).into(),
        Cell::new(path_text(&p.critical_path, lang)),
    ));
    for need in &p.needs {
        let c = Cell::new(tf(
            lang,
            L::NeedLine,
            &[
                &need.project,
                &need.milestone,
                &need.needed_by,
                &need
                    .projected
                    .map_or_else(|| t(lang, L::Unknown).to_string(), |d| d.to_string()),
            ],
        ));
        kv.push((
            t(lang, L::KeyNeeds).into(),
            if need.late { c.tone(Tone::Bad) } else { c },
        ));
    }
    blocks.push(Block::KeyValues(kv));
    let late: Vec<&PlanItem> = p
        .items
        .iter()
        .filter(|i| matches!(i.state, State::Overdue | State::DueSoon | State::DoneLate))
        .collect();
    blocks.push(Block::Table(Table {
        name: format!("late-{}", p.id),
        title: String::new(),
        columns: ITEM_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        rows: late
            .iter()
            .map(|i| {
                vec![
                    Cell::new(format!("{} {}", i.id, i.name)),
                    Cell::new(kind_label(i.kind, lang)),
                    state_cell(i.state, lang),
                    Cell::new(i.due.to_string()),
                    Cell::new(i.done_on.unwrap_or(i.projected_finish).to_string()),
                    Cell::num(i.total_float.to_string()),
                    Cell::num(format!("{:.0}%", i.progress)),
                    Cell::new(i.owner.clone().unwrap_or_else(|| "-".into())),
                ]
            })
            .collect(),
        empty: t(lang, L::NothingLate).into(),
        give_way: give_way(&ITEM_COLUMNS, &ITEM_GIVE_WAY),
    }));
    blocks
}

/// The report for people.
pub fn view(r: &PlanReport, o: &ViewOptions) -> View {
    let lang = o.lang;
    let title = match &r.meta.portfolio {
        Some(name) => tf(lang, L::PlanTitleNamed, &[name, &r.meta.as_of]),
        None => tf(lang, L::PlanTitle, &[&r.meta.as_of]),
    };
    let mut blocks = Vec::new();
    if o.tidy_only {
        blocks.push(Block::Table(super::tidy::items(r)));
        blocks.push(Block::Table(super::tidy::projects(r)));
        blocks.push(Block::Table(super::changes::tidy(&r.changes)));
        return View {
            title,
            blocks,
            tidy: "items".into(),
        };
    }
    let s = &r;
    if r.programs.is_empty() {
        blocks.push(Block::Text(t(lang, L::NoProjectsInScope).into()));
    }
    for program in &s.programs {
        blocks.push(Block::Heading(tf(
            lang,
            L::ProgramHeading,
            &[&program.id, &program.name],
        )));
        blocks.push(Block::KeyValues(program_summary(r, program, lang)));
        blocks.push(Block::Table(projects_table(r, program, lang)));
        for p in &program.projects {
            blocks.extend(project_section(r, p, lang));
        }
    }
    if !r.cycles.is_empty() {
        blocks.push(Block::Heading(t(lang, L::Cycles).into()));
        for c in &r.cycles {
            let ids: Vec<String> = c
                .iter()
                .map(|i| format!("{}/{}", i.project, i.id))
                .collect();
            blocks.push(Block::Text(format!("  {}", ids.join(" ⇄ "))));
        }
    }
    blocks.extend(super::changes::section(&r.changes, lang));
    if o.gantt {
        blocks.push(Block::Heading(t(lang, L::Gantt).into()));
        blocks.push(Block::Gantt(gantt(r, o.scale, lang)));
    }
    View {
        title,
        blocks,
        tidy: "items".into(),
    }
}

//! The resource report laid out for people: a load grid, the conflicts,
//! demand against supply, unstaffed work, idle people and cost. Formatting
//! only: every number comes from the report.

use std::fmt::Write as _;

use super::{Conflict, CostLine, PersonPeriod, PersonRow, ResourceReport, fmt_hours, tidy};
use crate::analysis::workload::{PeriodKind, Unplaced};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::Period;
use crate::render::loadgrid::{GridCell, GridColumn, GridRow, LoadGrid};
use crate::render::{Block, Cell, Give, Table, Tone, View, give_way};

/// With `detail`, only the tidy tables (CSV exports the first, the
/// workbook all): hours per person, period and project; conflicts; cost.
/// The CLI passes English with `detail` (CSV stays English).
pub fn view(r: &ResourceReport, detail: bool, lang: Lang) -> View {
    if detail {
        return View {
            title: "Resources".into(),
            blocks: vec![
                Block::Table(tidy::load(r)),
                Block::Table(tidy::conflicts(r)),
                Block::Table(tidy::cost(r, "cost_projects", &r.cost.projects)),
                Block::Table(tidy::cost(r, "cost_programs", &r.cost.programs)),
            ],
            tidy: "load".into(),
        };
    }
    let mut blocks = vec![Block::KeyValues(summary(r, lang))];
    blocks.push(Block::Heading(t(lang, L::LoadHeading).into()));
    blocks.push(Block::LoadGrid(grid(r, lang)));
    blocks.push(Block::Table(conflicts(r, lang)));
    if !r.conflicts.is_empty() {
        blocks.push(Block::Text(t(lang, L::SuggestionNote).into()));
    }
    blocks.push(Block::Table(demand(r, lang)));
    blocks.push(Block::Table(unstaffed_tasks(r, lang)));
    if !r.unstaffed_roles.is_empty() {
        blocks.push(Block::Table(unstaffed_roles(r, lang)));
    }
    blocks.push(Block::Table(idle(r, lang)));
    blocks.push(Block::Table(cost(
        r,
        "cost-projects",
        t(lang, L::CostByProject),
        &r.cost.projects,
        lang,
    )));
    blocks.push(Block::Table(cost(
        r,
        "cost-programs",
        t(lang, L::CostByProgram),
        &r.cost.programs,
        lang,
    )));
    blocks.push(Block::Text(t(lang, L::CostTwoFigures).into()));
    if !r.cost.unrated.is_empty() {
        blocks.push(Block::Text(tf(
            lang,
            L::NoCostRate,
            &[&r.cost.unrated.join(", ")],
        )));
    }
    if !r.unscheduled.is_empty() {
        blocks.push(Block::Table(unscheduled(r, lang)));
    }
    View {
        title: title(r, lang),
        blocks,
        tidy: "load".into(),
    }
}

/// The report's title, with the portfolio's name when it has one.
pub fn title(r: &ResourceReport, lang: Lang) -> String {
    match &r.meta.portfolio {
        Some(name) => tf(lang, L::ResourcesTitleNamed, &[name]),
        None => t(lang, L::ResourcesTitle).into(),
    }
}

fn num(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    let s = format!("{r:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn money(x: f64) -> String {
    format!("{x:.0}")
}

fn percent(u: Option<f64>) -> String {
    u.map_or_else(|| "-".into(), |u| format!("{u:.0}%"))
}

fn period_word(kind: PeriodKind, n: usize, lang: Lang) -> String {
    let label = match (kind, n == 1) {
        (PeriodKind::Week, true) => L::OneWeek,
        (PeriodKind::Week, false) => L::NWeeks,
        (PeriodKind::Month, true) => L::OneMonth,
        (PeriodKind::Month, false) => L::NMonths,
    };
    tf(lang, label, &[&n])
}

/// The key figures: date, window, people, conflicts and cost.
pub fn summary(r: &ResourceReport, lang: Lang) -> Vec<(String, Cell)> {
    let first = r
        .periods
        .first()
        .map(|p| p.period.to_string())
        .unwrap_or_default();
    let last = r
        .periods
        .last()
        .map(|p| p.period.to_string())
        .unwrap_or_default();
    let over = r.conflicts.len();
    vec![
        (t(lang, L::AsOf).into(), Cell::new(r.meta.as_of.to_string())),
        (
            t(lang, L::Window).into(),
            Cell::new(tf(
                lang,
                L::WindowLine,
                &[
                    &first,
                    &last,
                    &period_word(r.period, r.periods.len(), lang),
                    &r.from,
                    &r.to,
                ],
            )),
        ),
        (
            t(lang, L::People).into(),
            Cell::num(r.people.len().to_string()),
        ),
        (
            t(lang, L::Conflicts).into(),
            Cell::num(tf(
                lang,
                L::ConflictsLine,
                &[&over, &num(r.overload_percent)],
            ))
            .tone(if over > 0 { Tone::Bad } else { Tone::Good }),
        ),
        (
            t(lang, L::Idle).into(),
            Cell::num(tf(
                lang,
                L::IdleLine,
                &[&r.idle.len(), &num(r.idle_percent)],
            )),
        ),
        (t(lang, L::Load).into(), Cell::new(t(lang, L::LoadMeaning))),
    ]
}

fn short(period: Period) -> String {
    match period {
        Period::Week(_, w) => format!("W{w:02}"),
        Period::Month(y, m) => format!("{:02}-{m:02}", y % 100),
        other => other.to_string(),
    }
}

fn grid_cell(p: &PersonPeriod, lang: Lang) -> GridCell {
    let (text, tone) = match p.utilisation {
        None if p.load > 0.0 => (t(lang, L::OffOver).to_string(), Tone::Bad),
        None => (t(lang, L::Off).to_string(), Tone::Muted),
        Some(u) if p.over => (format!("{}!", whole(u)), Tone::Bad),
        Some(u) if p.load == 0.0 => (whole(u), Tone::Muted),
        Some(u) if u > 90.0 => (whole(u), Tone::Warn),
        Some(u) => (whole(u), Tone::Plain),
    };
    GridCell { text, tone }
}

/// `u` to the nearest whole number, as `{u:.0}` writes it (ties to even),
/// without float formatting: a grid has a cell per person and period.
fn whole(u: f64) -> String {
    let r = u.round_ties_even();
    if r.is_finite() && r.abs() < 1e15 {
        (r as i64).to_string()
    } else {
        format!("{u:.0}")
    }
}

fn grid(r: &ResourceReport, lang: Lang) -> LoadGrid {
    let everyone: Vec<usize> = (0..r.people.len()).collect();
    grid_of(r, &everyone, |p| format!("{} {}", p.id, p.name), lang)
}

/// The load grid of the people at `rows` (places in `r.people`), each
/// row labelled by `label`: the management page lays out only the people
/// it shows.
pub fn grid_of(
    r: &ResourceReport,
    rows: &[usize],
    label: impl Fn(&PersonRow) -> String,
    lang: Lang,
) -> LoadGrid {
    LoadGrid {
        corner: t(lang, L::Person).into(),
        columns: r
            .periods
            .iter()
            .map(|p| GridColumn {
                label: p.period.to_string(),
                short: short(p.period),
            })
            .collect(),
        rows: rows
            .iter()
            .filter_map(|&i| r.people.get(i))
            .map(|p| GridRow {
                label: label(p),
                cells: p.periods.iter().map(|x| grid_cell(x, lang)).collect(),
            })
            .collect(),
        legend: tf(lang, L::GridLegend, &[&num(r.overload_percent)]),
        empty: t(lang, L::NobodyMatches).into(),
        lang,
    }
}

const CONFLICT_COLUMNS: [L; 7] = [
    L::Person,
    L::Period,
    L::ColLoadCap,
    L::ColOverH,
    L::ColProjectsPriority,
    L::ColTasks,
    L::ColSuggestion,
];

/// At 80 columns: the tasks (the projects sum them), the suggestion,
/// the load against capacity (the hours over say it), the projects; who
/// is over, when and by how much stay.
const CONFLICT_GIVE_WAY: [Give<L>; 6] = [
    Give::Drop(L::ColTasks),
    Give::Drop(L::ColSuggestion),
    Give::Drop(L::ColLoadCap),
    Give::Drop(L::ColProjectsPriority),
    Give::Drop(L::ColOverH),
    Give::Drop(L::Period),
];

fn conflicts(r: &ResourceReport, lang: Lang) -> Table {
    Table {
        name: "conflicts".into(),
        title: t(lang, L::ConflictsTitle).into(),
        columns: CONFLICT_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        give_way: give_way(&CONFLICT_COLUMNS, &CONFLICT_GIVE_WAY),
        rows: r
            .conflicts
            .iter()
            .map(|c| {
                // Written line by line into one string each: a large
                // portfolio has a row per person and period over.
                let mut projects = String::new();
                let mut tasks = String::new();
                for p in &c.projects {
                    let hours = fmt_hours(p.hours);
                    let line =
                        format_args!("{} ({}, p{}): {hours}", p.project, p.program, p.priority);
                    let _ = writeln!(projects, "{line}");
                    for t in &p.tasks {
                        let _ = writeln!(tasks, "{}/{} {}", p.project, t.task, fmt_hours(t.hours));
                    }
                }
                projects.pop();
                tasks.pop();
                vec![
                    Cell::new(c.person),
                    Cell::new(c.period.to_string()),
                    Cell::num(format!("{}/{}", fmt_hours(c.load), fmt_hours(c.capacity))),
                    Cell::num(fmt_hours(c.hours_over)).tone(Tone::Bad),
                    Cell::new(projects),
                    Cell::new(if tasks.is_empty() { "-".into() } else { tasks }),
                    Cell::new(suggestion(c, lang)),
                ]
            })
            .collect(),
        empty: t(lang, L::NoConflicts).into(),
    }
}

const DEMAND_COLUMNS: [L; 6] = [
    L::ColRoleSkill,
    L::ColPeople,
    L::ColDemand,
    L::ColSupply,
    L::ColGap,
    L::ColShortIn,
];

fn demand(r: &ResourceReport, lang: Lang) -> Table {
    Table {
        name: "demand".into(),
        title: t(lang, L::DemandTitle).into(),
        columns: DEMAND_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        // At 80 columns: the head count, the demand and the supply (the
        // gap is their difference), the periods short; the gap stays.
        give_way: give_way(
            &DEMAND_COLUMNS,
            &[
                Give::Drop(L::ColPeople),
                Give::Drop(L::ColDemand),
                Give::Drop(L::ColSupply),
                Give::Drop(L::ColShortIn),
                Give::Drop(L::ColGap),
            ],
        ),
        rows: r
            .demand
            .iter()
            .map(|d| {
                let gap = d.demand - d.supply;
                let short: Vec<String> = d.short.iter().map(|p| p.to_string()).collect();
                vec![
                    Cell::new(d.role),
                    Cell::num(d.people.to_string()),
                    Cell::num(fmt_hours(d.demand)),
                    Cell::num(fmt_hours(d.supply)),
                    Cell::num(fmt_hours(gap)).tone(if gap > 0.0 { Tone::Bad } else { Tone::Plain }),
                    Cell::new(if short.is_empty() {
                        "-".into()
                    } else {
                        short.join(", ")
                    })
                    .tone(if short.is_empty() {
                        Tone::Plain
                    } else {
                        Tone::Warn
                    }),
                ]
            })
            .collect(),
        empty: t(lang, L::NoDemand).into(),
    }
}

const UNSTAFFED_COLUMNS: [L; 8] = [
    L::Project,
    L::Task,
    L::ColName,
    L::ColRole,
    L::ColStart,
    L::ColEnd,
    L::ColEffortH,
    L::ColInWindowH,
];

/// At 80 columns: the effort and the hours in the window, the start and
/// the end, the name (cut first); the task and the role it wants stay
/// longest.
const UNSTAFFED_GIVE_WAY: [Give<L>; 8] = [
    Give::Drop(L::ColEffortH),
    Give::Drop(L::ColInWindowH),
    Give::Drop(L::ColStart),
    Give::Drop(L::ColEnd),
    Give::Cut(L::ColName),
    Give::Drop(L::ColName),
    Give::Drop(L::ColRole),
    Give::Drop(L::Task),
];

fn unstaffed_tasks(r: &ResourceReport, lang: Lang) -> Table {
    Table {
        name: "unstaffed".into(),
        title: t(lang, L::UnstaffedTitle).into(),
        columns: UNSTAFFED_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        give_way: give_way(&UNSTAFFED_COLUMNS, &UNSTAFFED_GIVE_WAY),
        rows: r
            .unstaffed_tasks
            .iter()
            .map(|t| {
                let date =
                    |d: Option<crate::model::Date>| d.map_or_else(|| "-".into(), |d| d.to_string());
                vec![
                    Cell::new(t.project),
                    Cell::new(t.task),
                    Cell::new(t.name),
                    Cell::new(t.role),
                    Cell::new(date(t.start)),
                    Cell::new(date(t.end)),
                    Cell::num(t.effort.map_or_else(|| "-".into(), fmt_hours)),
                    Cell::num(fmt_hours(t.hours_in_window)),
                ]
            })
            .collect(),
        empty: t(lang, L::EveryTaskOwned).into(),
    }
}

fn unstaffed_roles(r: &ResourceReport, lang: Lang) -> Table {
    Table {
        name: "unstaffed-roles".into(),
        title: t(lang, L::RolesNobodyHas).into(),
        columns: [L::ColRole, L::ColWantedBy]
            .map(|l| t(lang, l).to_string())
            .to_vec(),
        give_way: vec![Give::Drop(1)],
        rows: r
            .unstaffed_roles
            .iter()
            .map(|u| {
                vec![
                    Cell::new(u.role).tone(Tone::Bad),
                    Cell::new(u.wanted_by.join(", ")),
                ]
            })
            .collect(),
        empty: String::new(),
    }
}

const IDLE_COLUMNS: [L; 5] = [
    L::Person,
    L::ColName,
    L::ColCapacityH,
    L::ColLoadH,
    L::ColUtilisation,
];

fn idle(r: &ResourceReport, lang: Lang) -> Table {
    Table {
        name: "idle".into(),
        title: tf(lang, L::IdleTitle, &[&num(r.idle_percent)]),
        columns: IDLE_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        // At 80 columns: the capacity and the load (the utilisation is
        // their ratio), then the name, cut first; the utilisation stays.
        give_way: give_way(
            &IDLE_COLUMNS,
            &[
                Give::Drop(L::ColCapacityH),
                Give::Drop(L::ColLoadH),
                Give::Cut(L::ColName),
                Give::Drop(L::ColName),
                Give::Drop(L::ColUtilisation),
            ],
        ),
        rows: r
            .idle
            .iter()
            .map(|i| {
                vec![
                    Cell::new(i.person),
                    Cell::new(i.name),
                    Cell::num(fmt_hours(i.capacity)),
                    Cell::num(fmt_hours(i.load)),
                    Cell::num(percent(Some(i.utilisation))).tone(Tone::Warn),
                ]
            })
            .collect(),
        empty: t(lang, L::NobodyIdle).into(),
    }
}

fn cost(r: &ResourceReport, name: &str, title: &str, lines: &[CostLine], lang: Lang) -> Table {
    let mut columns = vec![t(lang, L::ColIdUpper).to_string()];
    if name == "cost-projects" {
        columns.push(t(lang, L::Program).into());
    }
    columns.extend([
        tf(lang, L::ColBudget, &[&r.currency]),
        t(lang, L::ColBefore).into(),
        t(lang, L::ColInWindow).into(),
        tf(
            lang,
            L::ColTo,
            &[&r.periods
                .last()
                .map(|p| p.period.to_string())
                .unwrap_or_default()],
        ),
        t(lang, L::ColAtCompletion).into(),
        t(lang, L::ColPercentBudget).into(),
        t(lang, L::ColRunsOut).into(),
        t(lang, L::ColActualCost).into(),
        tf(lang, L::ColForecast, &[&r.cost.eac_method.key()]),
    ]);
    // At 80 columns: the cost before, in and to the end of the window,
    // the program, the actual cost and its forecast, when the budget runs
    // out, the budget, the cost at completion; the % of budget stays.
    let o = usize::from(name == "cost-projects");
    let mut give_way: Vec<Give> = [2, 3, 4].map(|i| Give::Drop(i + o)).to_vec();
    if o == 1 {
        give_way.push(Give::Drop(1));
    }
    give_way.extend([8, 9, 7, 1, 5, 6].map(|i| Give::Drop(i + o)));
    Table {
        name: name.into(),
        title: title.into(),
        columns,
        give_way,
        rows: lines
            .iter()
            .map(|l| {
                let window: f64 = l.periods.iter().map(|p| p.cost).sum();
                let cumulative = l.periods.last().map_or(l.before, |p| p.cumulative);
                let over = l.percent_of_budget.is_some_and(|p| p > 100.0);
                let mut row = vec![Cell::new(l.id)];
                if let Some(p) = &l.program {
                    row.push(Cell::new(*p));
                }
                row.extend([
                    Cell::num(l.budget.map_or_else(|| "-".into(), money)),
                    Cell::num(money(l.before)),
                    Cell::num(money(window)),
                    Cell::num(money(cumulative)),
                    Cell::num(money(l.at_completion)).tone(if over {
                        Tone::Bad
                    } else {
                        Tone::Plain
                    }),
                    Cell::num(percent(l.percent_of_budget)).tone(if over {
                        Tone::Bad
                    } else {
                        Tone::Plain
                    }),
                    Cell::new(l.runs_out.map_or_else(|| "-".into(), |m| m.to_string())).tone(
                        if l.runs_out.is_some() {
                            Tone::Bad
                        } else {
                            Tone::Plain
                        },
                    ),
                    Cell::num(l.actual.map_or_else(|| "-".into(), money)),
                    Cell::num(l.forecast.map_or_else(|| "-".into(), money)),
                ]);
                row
            })
            .collect(),
        empty: t(lang, L::NoProjectsInScope).into(),
    }
}

fn unscheduled(r: &ResourceReport, lang: Lang) -> Table {
    Table {
        name: "unscheduled".into(),
        title: t(lang, L::UnscheduledTitle).into(),
        columns: [L::Project, L::Task, L::Owner, L::ColWhy]
            .map(|l| t(lang, l).to_string())
            .to_vec(),
        // At 80 columns: the owner, then why it adds no load, the task last.
        give_way: vec![Give::Drop(2), Give::Drop(3), Give::Drop(1)],
        rows: r
            .unscheduled
            .iter()
            .map(|u| {
                vec![
                    Cell::new(u.project),
                    Cell::new(u.task),
                    Cell::new(u.owner),
                    Cell::new(t(
                        lang,
                        match u.reason {
                            Unplaced::NoEffort => L::NoEffort,
                            Unplaced::NoWorkingDay => L::NoWorkingDay,
                        },
                    ))
                    .tone(Tone::Muted),
                ]
            })
            .collect(),
        empty: String::new(),
    }
}

/// A conflict's suggestion in the language, one sentence.
fn suggestion(c: &Conflict, lang: Lang) -> String {
    super::suggestion::text(&c.resolution.suggestion, lang)
}

#[cfg(test)]
mod tests {
    use super::whole;

    #[test]
    fn whole_numbers_read_as_float_formatting_writes_them() {
        for u in [
            0.0, 0.4, 0.5, 1.5, 2.5, 12.5, 99.49, 99.5, 100.0, 153.7, 1e20,
        ] {
            assert_eq!(whole(u), format!("{u:.0}"), "{u}");
        }
    }
}

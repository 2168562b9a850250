//! The resource report laid out for people: a load grid, the conflicts,
//! demand against supply, unstaffed work, idle people and cost. Formatting
//! only: every number comes from the report.

use super::{CostLine, PersonPeriod, ResourceReport, fmt_hours};
use crate::analysis::workload::PeriodKind;
use crate::model::Period;
use crate::render::loadgrid::{GridCell, GridColumn, GridRow, LoadGrid};
use crate::render::{Block, Cell, Table, Tone, View};

/// `detail` adds the tidy table of hours per person, period and project
/// (the CSV export); the terminal and Markdown leave it out.
pub fn view(r: &ResourceReport, detail: bool) -> View {
    let mut blocks = vec![Block::KeyValues(summary(r))];
    blocks.push(Block::Heading("Load (% of capacity)".into()));
    blocks.push(Block::LoadGrid(grid(r)));
    blocks.push(Block::Table(conflicts(r)));
    if !r.conflicts.is_empty() {
        blocks.push(Block::Text(
            "Suggestions move the lowest-priority project's tasks in the period, \
             those with the most schedule float first, or hand the work to someone \
             with the same role or skill who has room."
                .into(),
        ));
    }
    blocks.push(Block::Table(demand(r)));
    blocks.push(Block::Table(unstaffed_tasks(r)));
    if !r.unstaffed_roles.is_empty() {
        blocks.push(Block::Table(unstaffed_roles(r)));
    }
    blocks.push(Block::Table(idle(r)));
    blocks.push(Block::Table(cost(
        r,
        "cost-projects",
        "Cost vs budget by project",
        &r.cost.projects,
    )));
    blocks.push(Block::Table(cost(
        r,
        "cost-programs",
        "Cost vs budget by program",
        &r.cost.programs,
    )));
    if !r.cost.unrated.is_empty() {
        blocks.push(Block::Text(format!(
            "No cost rate (counted as 0): {}.",
            r.cost.unrated.join(", ")
        )));
    }
    if !r.unscheduled.is_empty() {
        blocks.push(Block::Table(unscheduled(r)));
    }
    if detail {
        blocks.push(Block::Table(tidy(r)));
    }
    View {
        title: match &r.meta.portfolio {
            Some(name) => format!("Resources: {name}"),
            None => "Resources".into(),
        },
        blocks,
        tidy: "load".into(),
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

fn period_word(kind: PeriodKind, n: usize) -> String {
    let word = match kind {
        PeriodKind::Week => "week",
        PeriodKind::Month => "month",
    };
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn summary(r: &ResourceReport) -> Vec<(String, Cell)> {
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
        ("As of".into(), Cell::new(r.meta.as_of.to_string())),
        (
            "Window".into(),
            Cell::new(format!(
                "{first} to {last} ({}, {} to {})",
                period_word(r.period, r.periods.len()),
                r.from,
                r.to
            )),
        ),
        ("People".into(), Cell::num(r.people.len().to_string())),
        (
            "Conflicts".into(),
            Cell::num(format!(
                "{over} (load over {}% of capacity)",
                num(r.overload_percent)
            ))
            .tone(if over > 0 { Tone::Bad } else { Tone::Good }),
        ),
        (
            "Idle".into(),
            Cell::num(format!(
                "{} (under {}% over the window)",
                r.idle.len(),
                num(r.idle_percent)
            )),
        ),
        (
            "Load".into(),
            Cell::new(
                "per day the larger of the team allocation and task effort, summed over projects",
            ),
        ),
    ]
}

fn short(period: Period) -> String {
    match period {
        Period::Week(_, w) => format!("W{w:02}"),
        Period::Month(y, m) => format!("{:02}-{m:02}", y % 100),
        other => other.to_string(),
    }
}

fn grid_cell(p: &PersonPeriod) -> GridCell {
    let (text, tone) = match p.utilisation {
        None if p.load > 0.0 => ("off!".to_string(), Tone::Bad),
        None => ("off".to_string(), Tone::Muted),
        Some(u) if p.over => (format!("{u:.0}!"), Tone::Bad),
        Some(u) if p.load == 0.0 => (format!("{u:.0}"), Tone::Muted),
        Some(u) if u > 90.0 => (format!("{u:.0}"), Tone::Warn),
        Some(u) => (format!("{u:.0}"), Tone::Plain),
    };
    GridCell { text, tone }
}

fn grid(r: &ResourceReport) -> LoadGrid {
    LoadGrid {
        corner: "Person".into(),
        columns: r
            .periods
            .iter()
            .map(|p| GridColumn {
                label: p.period.to_string(),
                short: short(p.period),
            })
            .collect(),
        rows: r
            .people
            .iter()
            .map(|p| GridRow {
                label: format!("{} {}", p.id, p.name),
                cells: p.periods.iter().map(grid_cell).collect(),
            })
            .collect(),
        legend: format!(
            "Cells: load as % of capacity; `!` over {}%; `off` no working hours (leave, holidays).",
            num(r.overload_percent)
        ),
        empty: "Nobody matches the filters.".into(),
    }
}

fn conflicts(r: &ResourceReport) -> Table {
    Table {
        name: "conflicts".into(),
        title: "Conflicts (most hours over first)".into(),
        columns: [
            "Person",
            "Period",
            "Load/cap h",
            "Over h",
            "Projects (program, priority: h)",
            "Tasks",
            "Suggestion",
        ]
        .map(String::from)
        .to_vec(),
        rows: r
            .conflicts
            .iter()
            .map(|c| {
                let projects: Vec<String> = c
                    .projects
                    .iter()
                    .map(|p| {
                        format!(
                            "{} ({}, p{}): {}",
                            p.project,
                            p.program,
                            p.priority,
                            fmt_hours(p.hours)
                        )
                    })
                    .collect();
                let tasks: Vec<String> = c
                    .projects
                    .iter()
                    .flat_map(|p| {
                        p.tasks.iter().map(move |t| {
                            format!("{}/{} {}", p.project, t.task, fmt_hours(t.hours))
                        })
                    })
                    .collect();
                vec![
                    Cell::new(c.person),
                    Cell::new(c.period.to_string()),
                    Cell::num(format!("{}/{}", fmt_hours(c.load), fmt_hours(c.capacity))),
                    Cell::num(fmt_hours(c.hours_over)).tone(Tone::Bad),
                    Cell::new(projects.join("\n")),
                    Cell::new(if tasks.is_empty() {
                        "-".into()
                    } else {
                        tasks.join("\n")
                    }),
                    Cell::new(c.resolution.summary.clone()),
                ]
            })
            .collect(),
        empty: "No conflicts: nobody is over capacity in the window.".into(),
    }
}

fn demand(r: &ResourceReport) -> Table {
    Table {
        name: "demand".into(),
        title: "Demand vs supply by role or skill (hours in the window)".into(),
        columns: [
            "Role/skill",
            "People",
            "Demand",
            "Supply",
            "Gap",
            "Short in",
        ]
        .map(String::from)
        .to_vec(),
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
        empty: "No demand in the window.".into(),
    }
}

fn unstaffed_tasks(r: &ResourceReport) -> Table {
    Table {
        name: "unstaffed".into(),
        title: "Unstaffed tasks (a role, no owner)".into(),
        columns: [
            "Project",
            "Task",
            "Name",
            "Role",
            "Start",
            "End",
            "Effort h",
            "In window h",
        ]
        .map(String::from)
        .to_vec(),
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
        empty: "Every task that names a role has an owner.".into(),
    }
}

fn unstaffed_roles(r: &ResourceReport) -> Table {
    Table {
        name: "unstaffed-roles".into(),
        title: "Roles nobody has (as a role or skill)".into(),
        columns: ["Role", "Wanted by"].map(String::from).to_vec(),
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

fn idle(r: &ResourceReport) -> Table {
    Table {
        name: "idle".into(),
        title: format!(
            "Idle people (under {}% over the window)",
            num(r.idle_percent)
        ),
        columns: ["Person", "Name", "Capacity h", "Load h", "Utilisation"]
            .map(String::from)
            .to_vec(),
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
        empty: "Nobody is idle.".into(),
    }
}

fn cost(r: &ResourceReport, name: &str, title: &str, lines: &[CostLine]) -> Table {
    let mut columns = vec!["Id".to_string()];
    if name == "cost-projects" {
        columns.push("Program".into());
    }
    columns.extend([
        format!("Budget {}", r.currency),
        "Before".into(),
        "In window".into(),
        format!(
            "To {}",
            r.periods
                .last()
                .map(|p| p.period.to_string())
                .unwrap_or_default()
        ),
        "At completion".into(),
        "% budget".into(),
        "Runs out".into(),
    ]);
    Table {
        name: name.into(),
        title: title.into(),
        columns,
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
                ]);
                row
            })
            .collect(),
        empty: "No projects in scope.".into(),
    }
}

fn unscheduled(r: &ResourceReport) -> Table {
    Table {
        name: "unscheduled".into(),
        title: "Owned tasks that add no load".into(),
        columns: ["Project", "Task", "Owner", "Why"]
            .map(String::from)
            .to_vec(),
        rows: r
            .unscheduled
            .iter()
            .map(|u| {
                vec![
                    Cell::new(u.project),
                    Cell::new(u.task),
                    Cell::new(u.owner),
                    Cell::new(u.reason.describe()).tone(Tone::Muted),
                ]
            })
            .collect(),
        empty: String::new(),
    }
}

/// One row per (person, period, project); a person with no load in a
/// period gets one row with an empty project, so capacity is never lost.
fn tidy(r: &ResourceReport) -> Table {
    let mut rows = Vec::new();
    for p in &r.people {
        for pp in &p.periods {
            let util = pp.utilisation.map_or_else(String::new, num);
            let row = |project: &str, program: &str, hours: f64| {
                vec![
                    Cell::new(p.id),
                    Cell::new(pp.period.to_string()),
                    Cell::new(project),
                    Cell::new(program),
                    Cell::num(num(hours)),
                    Cell::num(num(pp.capacity)),
                    Cell::num(util.clone()),
                ]
            };
            if pp.projects.is_empty() {
                rows.push(row("", "", 0.0));
            }
            for x in &pp.projects {
                rows.push(row(x.project, x.program, x.hours));
            }
        }
    }
    Table {
        name: "load".into(),
        title: "Hours by person, period and project".into(),
        columns: [
            "person",
            "period",
            "project",
            "program",
            "hours",
            "capacity",
            "utilisation",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        empty: String::new(),
    }
}

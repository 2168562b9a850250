//! Lays the plan report out: the summary per program, then per project the
//! critical path and the late and upcoming items; the Gantt chart; the
//! tidy table for CSV (one row per task or milestone); the calendar
//! events for iCalendar. Formatting only: every number comes from the
//! report.

use super::{EarnedValue, Kind, PlanItem, PlanReport, Rag, State};
use crate::model::Date;
use crate::render::gantt::{Gantt, GanttRow, GanttSection, Scale};
use crate::render::{Block, Cell, Table, Tone, View, ics};

/// How to lay the report out.
#[derive(Clone, Copy, Debug, Default)]
pub struct ViewOptions {
    /// Add the Gantt chart.
    pub gantt: bool,
    /// The Gantt scale (default: by span).
    pub scale: Option<Scale>,
    /// Only the tidy table (for CSV).
    pub tidy_only: bool,
}

/// Longest critical path printed in the terminal before "… (+N more)".
const PATH_SHOWN: usize = 12;

fn rag_cell(rag: Option<Rag>) -> Cell {
    match rag {
        Some(Rag::Green) => Cell::new("green").tone(Tone::Good),
        Some(Rag::Amber) => Cell::new("amber").tone(Tone::Warn),
        Some(Rag::Red) => Cell::new("red").tone(Tone::Bad),
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

fn money(x: f64) -> String {
    format!("{x:.0}")
}

fn ev_line(ev: &EarnedValue, currency: &str) -> String {
    let opt = |x: Option<f64>, f: &dyn Fn(f64) -> String| x.map_or_else(|| "-".to_string(), f);
    format!(
        "BAC {} {currency}, PV {}, EV {}, AC {}; SPI {}, CPI {}; EAC {}, VAC {}",
        money(ev.bac),
        money(ev.pv),
        money(ev.ev),
        opt(ev.ac, &money),
        opt(ev.spi, &|v| format!("{v:.2}")),
        opt(ev.cpi, &|v| format!("{v:.2}")),
        opt(ev.eac, &money),
        opt(ev.vac, &money),
    )
}

fn path_text(ids: &[String]) -> String {
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
        s.push_str(&format!(" … (+{} more)", ids.len() - PATH_SHOWN));
    }
    s
}

fn state_cell(state: State) -> Cell {
    let tone = match state {
        State::Overdue => Tone::Bad,
        State::DueSoon | State::DoneLate => Tone::Warn,
        State::Done => Tone::Good,
        _ => Tone::Plain,
    };
    Cell::new(state.key()).tone(tone)
}

fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Task => "task",
        Kind::Milestone => "milestone",
    }
}

/// The report for people.
pub fn view(r: &PlanReport, o: &ViewOptions) -> View {
    let title = match &r.meta.portfolio {
        Some(name) => format!("Plan: {name}, as of {}", r.meta.as_of),
        None => format!("Plan as of {}", r.meta.as_of),
    };
    let mut blocks = Vec::new();
    if o.tidy_only {
        blocks.push(Block::Table(tidy(r)));
        return View {
            title,
            blocks,
            tidy: "items".into(),
        };
    }
    let s = &r;
    let t = &r.thresholds;
    if r.programs.is_empty() {
        blocks.push(Block::Text("No projects in scope.".into()));
    }
    for program in &s.programs {
        blocks.push(Block::Heading(format!(
            "Program {}: {}",
            program.id, program.name
        )));
        let mut kv = vec![("status".to_string(), {
            let mut c = rag_cell(program.rag);
            if !program.reasons.is_empty() {
                c.text = format!("{} ({})", c.text, program.reasons.join("; "));
            }
            c
        })];
        kv.push((
            "done".into(),
            Cell::new(format!(
                "{} (planned {}, by {})",
                pct(program.percent_complete).text,
                pct(program.planned_percent).text,
                serde_plain(&program.weighting)
            )),
        ));
        kv.push((
            "finish".into(),
            Cell::new(format!(
                "planned {}, projected {}, baseline {}, slip {}",
                date(program.finish).text,
                date(program.projected_finish).text,
                date(program.baseline_finish).text,
                program
                    .slip_days
                    .map_or_else(|| "-".to_string(), |d| format!("{d:+} d")),
            )),
        ));
        if let Some(ev) = &program.earned_value {
            kv.push(("earned value".into(), Cell::new(ev_line(ev, &r.currency))));
        }
        if let Some(m) = &program.next_milestone {
            kv.push((
                "next milestone".into(),
                Cell::new(format!(
                    "{}/{} {} due {} (projected {})",
                    m.project, m.id, m.name, m.due, m.projected
                )),
            ));
        }
        let path: Vec<String> = program
            .critical_path
            .iter()
            .map(|i| format!("{}/{}", i.project, i.id))
            .collect();
        kv.push(("critical path".into(), Cell::new(path_text(&path))));
        blocks.push(Block::KeyValues(kv));

        let rows = program
            .projects
            .iter()
            .map(|p| {
                vec![
                    Cell::new(p.id.clone()),
                    match p.rag {
                        Some(_) => rag_cell(p.rag),
                        None => Cell::new(p.status).tone(Tone::Muted),
                    },
                    pct(p.percent_complete),
                    pct(p.planned_percent),
                    date(p.projected_finish),
                    slip(p.slip_days, t.amber_slip_days, t.red_slip_days),
                    ratio(
                        p.earned_value.as_ref().and_then(|e| e.spi),
                        t.amber_spi,
                        t.red_spi,
                    ),
                    ratio(
                        p.earned_value.as_ref().and_then(|e| e.cpi),
                        t.amber_cpi,
                        t.red_cpi,
                    ),
                    Cell::new(
                        p.next_milestone
                            .as_ref()
                            .map_or_else(|| "-".to_string(), |m| format!("{} {}", m.id, m.due)),
                    ),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table {
            name: format!("projects-{}", program.id),
            title: String::new(),
            columns: [
                "Project",
                "Status",
                "Done",
                "Plan",
                "Finish",
                "Slip",
                "SPI",
                "CPI",
                "Next milestone",
            ]
            .map(String::from)
            .to_vec(),
            rows,
            empty: "no projects".into(),
        }));

        for p in &program.projects {
            blocks.push(Block::Heading(format!("Project {}: {}", p.id, p.name)));
            let mut kv = vec![];
            let mut c = rag_cell(p.rag);
            if !p.reasons.is_empty() {
                c.text = format!("{} ({})", c.text, p.reasons.join("; "));
            }
            kv.push(("status".to_string(), c));
            if let Some(ev) = &p.earned_value {
                kv.push(("earned value".into(), Cell::new(ev_line(ev, &r.currency))));
            }
            kv.push((
                "critical path".into(),
                Cell::new(path_text(&p.critical_path)),
            ));
            for need in &p.needs {
                let c = Cell::new(format!(
                    "{}/{} by {} (projected {})",
                    need.project,
                    need.milestone,
                    need.needed_by,
                    need.projected
                        .map_or_else(|| "unknown".to_string(), |d| d.to_string())
                ));
                kv.push((
                    "needs".into(),
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
                columns: [
                    "Item",
                    "Kind",
                    "State",
                    "Due",
                    "Projected",
                    "Float",
                    "Done",
                    "Owner",
                ]
                .map(String::from)
                .to_vec(),
                rows: late
                    .iter()
                    .map(|i| {
                        vec![
                            Cell::new(format!("{} {}", i.id, i.name)),
                            Cell::new(kind_key(i.kind)),
                            state_cell(i.state),
                            Cell::new(i.due.to_string()),
                            Cell::new(i.done_on.unwrap_or(i.projected_finish).to_string()),
                            Cell::num(i.total_float.to_string()),
                            Cell::num(format!("{:.0}%", i.progress)),
                            Cell::new(i.owner.clone().unwrap_or_else(|| "-".into())),
                        ]
                    })
                    .collect(),
                empty: "nothing late or due soon".into(),
            }));
        }
    }
    if !r.cycles.is_empty() {
        blocks.push(Block::Heading(
            "Dependency cycles (scheduled with the cycle's links left out)".into(),
        ));
        for c in &r.cycles {
            let ids: Vec<String> = c
                .iter()
                .map(|i| format!("{}/{}", i.project, i.id))
                .collect();
            blocks.push(Block::Text(format!("  {}", ids.join(" ⇄ "))));
        }
    }
    if o.gantt {
        blocks.push(Block::Heading("Gantt".into()));
        blocks.push(Block::Gantt(gantt(r, o.scale)));
    }
    View {
        title,
        blocks,
        tidy: "items".into(),
    }
}

fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The CSV table: one row per task or milestone.
pub fn tidy(r: &PlanReport) -> Table {
    let columns = [
        "program",
        "project",
        "kind",
        "id",
        "name",
        "owner",
        "state",
        "progress",
        "duration",
        "early_start",
        "early_finish",
        "late_start",
        "late_finish",
        "total_float",
        "free_float",
        "critical",
        "due",
        "projected_finish",
        "baseline_finish",
        "slip_days",
    ];
    let mut rows = Vec::new();
    for program in &r.programs {
        for p in &program.projects {
            for i in &p.items {
                let opt = |d: Option<String>| Cell::new(d.unwrap_or_default());
                rows.push(vec![
                    Cell::new(program.id.clone()),
                    Cell::new(p.id.clone()),
                    Cell::new(kind_key(i.kind)),
                    Cell::new(i.id.clone()),
                    Cell::new(i.name.clone()),
                    Cell::new(i.owner.clone().unwrap_or_default()),
                    Cell::new(i.state.key()),
                    Cell::num(format!("{}", i.progress)),
                    Cell::num(i.duration.to_string()),
                    Cell::new(i.early_start.to_string()),
                    Cell::new(i.early_finish.to_string()),
                    Cell::new(i.late_start.to_string()),
                    Cell::new(i.late_finish.to_string()),
                    Cell::num(i.total_float.to_string()),
                    Cell::num(i.free_float.to_string()),
                    Cell::new(i.critical.to_string()),
                    Cell::new(i.due.to_string()),
                    Cell::new(i.projected_finish.to_string()),
                    opt(i.baseline_finish.map(|d| d.to_string())),
                    opt(i.slip_days.map(|d| d.to_string())),
                ]);
            }
        }
    }
    Table {
        name: "items".into(),
        title: "Tasks and milestones".into(),
        columns: columns.map(String::from).to_vec(),
        rows,
        empty: "no tasks or milestones".into(),
    }
}

/// The Gantt chart of the listed items: the planned (early) dates, progress
/// filled, over the report window or the items' span.
pub fn gantt(r: &PlanReport, scale: Option<Scale>) -> Gantt {
    let mut sections = Vec::new();
    let mut lo: Option<Date> = None;
    let mut hi: Option<Date> = None;
    for program in &r.programs {
        for p in &program.projects {
            let mut rows: Vec<(Date, Date, usize, GanttRow)> = Vec::new();
            for (n, i) in p.items.iter().enumerate() {
                let milestone = i.kind == Kind::Milestone;
                let (start, finish) = if milestone {
                    (i.early_finish, i.early_finish)
                } else {
                    (i.early_start, i.early_finish)
                };
                lo = Some(lo.map_or(start, |l| l.min(start)));
                hi = Some(hi.map_or(finish, |h| h.max(finish)));
                rows.push((
                    start,
                    finish,
                    n,
                    GanttRow {
                        label: format!("{} {}", i.id, i.name),
                        start,
                        finish,
                        progress: i.progress / 100.0,
                        critical: i.critical,
                        milestone,
                    },
                ));
            }
            if rows.is_empty() {
                continue;
            }
            rows.sort_by_key(|(s, f, n, _)| (*s, *f, *n));
            sections.push(GanttSection {
                name: format!("{} / {}: {}", program.id, p.id, p.name),
                rows: rows.into_iter().map(|(_, _, _, row)| row).collect(),
            });
        }
    }
    let from = r.window.from.or(lo).unwrap_or(r.meta.as_of);
    let to = r.window.to.or(hi).unwrap_or(r.meta.as_of).max(from);
    Gantt {
        title: format!("Plan as of {}", r.meta.as_of),
        from,
        to,
        today: Some(r.meta.as_of),
        scale: scale.unwrap_or_else(|| Scale::for_span(from, to)),
        sections,
    }
}

/// Calendar events: one per milestone and one per task due date.
pub fn calendar(r: &PlanReport) -> ics::Calendar {
    let mut events = Vec::new();
    for program in &r.programs {
        for p in &program.projects {
            for i in &p.items {
                let (uid, summary, category) = match i.kind {
                    Kind::Milestone => (
                        format!("{}-{}@pmo", p.id, i.id),
                        format!("◆ {}: {}", p.id, i.name),
                        "MILESTONE",
                    ),
                    Kind::Task => (
                        format!("{}-{}-due@pmo", p.id, i.id),
                        format!("Due: {}: {}", p.id, i.name),
                        "TASK",
                    ),
                };
                let description = format!(
                    "{} {} of project {} ({}). State: {}. Projected: {}. Critical: {}.",
                    kind_key(i.kind),
                    i.id,
                    p.id,
                    p.name,
                    i.state.key(),
                    i.projected_finish,
                    if i.critical { "yes" } else { "no" },
                );
                events.push(ics::Event {
                    uid,
                    date: i.due,
                    summary,
                    description,
                    categories: vec![category.into(), program.id.clone(), p.id.clone()],
                });
            }
        }
    }
    ics::Calendar {
        name: r
            .meta
            .portfolio
            .clone()
            .unwrap_or_else(|| "pmo plan".into()),
        stamp: r.meta.as_of,
        events,
    }
}

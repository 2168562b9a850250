//! The plan as a Gantt chart and as calendar events.

use super::super::{Kind, PlanReport, State};
use crate::i18n::{Label as L, Lang, tf};
use crate::model::{Date, Key};
use crate::render::gantt::{Gantt, GanttRow, GanttSection, Scale};
use crate::render::ics;

/// The Gantt chart of the listed items: the planned (early) dates, progress
/// filled, over the report window or the items' span.
pub fn gantt(r: &PlanReport, scale: Option<Scale>, lang: Lang) -> Gantt {
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
                        id: i.id.clone(),
                        label: i.name.clone(),
                        start,
                        finish,
                        progress: i.progress / 100.0,
                        critical: i.critical,
                        milestone,
                        overdue: i.state == State::Overdue,
                        marks: Vec::new(),
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
        title: tf(lang, L::PlanTitle, &[&r.meta.as_of]),
        from,
        to,
        today: Some(r.meta.as_of),
        scale: scale.unwrap_or_else(|| Scale::for_span(from, to)),
        sections,
        lang,
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
                    i.kind.key(),
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

//! Change control in the plan (需求变更): the change requests of the
//! projects in scope, pending ones first, each with what it moves (scope,
//! baseline dates, budget, before and after), why, its impact and its
//! decision. Data here; the section and the tidy table below.

use serde::Serialize;

use crate::i18n::{Label as L, t};
use crate::model::{Change, ChangeStatus, Date, Key, Lang, Portfolio};
use crate::render::{Block, Cell, Give, Table, Tone, give_way};
use crate::report::scope::Scope;

/// One thing a change moves, before and after, as text.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Move {
    /// scope, start, end or budget.
    pub what: &'static str,
    pub before: Option<String>,
    pub after: String,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ChangeLine {
    pub id: String,
    pub title: String,
    pub project: String,
    pub status: ChangeStatus,
    pub moves: Vec<Move>,
    pub why: Option<String>,
    pub impact: Option<String>,
    pub raised_by: Option<String>,
    pub raised_on: Option<Date>,
    pub decided_by: Option<String>,
    pub decided_on: Option<Date>,
}

fn moves(c: &Change) -> Vec<Move> {
    let mut out = Vec::new();
    if let Some(s) = &c.scope {
        out.push(Move {
            what: "scope",
            before: s.before.as_ref().map(|b| b.value.clone()),
            after: s.after.value.clone(),
        });
    }
    for (what, shift) in [("start", &c.start), ("end", &c.end)] {
        if let Some(s) = shift {
            out.push(Move {
                what,
                before: s.before.as_ref().map(|b| b.value.to_string()),
                after: s.after.value.to_string(),
            });
        }
    }
    if let Some(s) = &c.budget {
        out.push(Move {
            what: "budget",
            before: s.before.as_ref().map(|b| b.value.to_string()),
            after: s.after.value.to_string(),
        });
    }
    out
}

fn rank(s: ChangeStatus) -> u8 {
    match s {
        ChangeStatus::Proposed => 0,
        ChangeStatus::Approved => 1,
        ChangeStatus::Rejected => 2,
    }
}

/// The changes of the projects in scope: proposed first, then approved,
/// then rejected; by id within each.
pub fn changes(portfolio: &Portfolio, scope: &Scope) -> Vec<ChangeLine> {
    let text = |s: &Option<crate::model::At<String>>| s.as_ref().map(|x| x.value.clone());
    let mut lines: Vec<ChangeLine> = portfolio
        .changes
        .iter()
        .filter(|c| {
            portfolio
                .project(&c.project.value)
                .is_some_and(|p| scope.includes_project(p))
        })
        .map(|c| ChangeLine {
            id: c.id.value.clone(),
            title: c.title.value.clone(),
            project: c.project.value.clone(),
            status: c.status.value,
            moves: moves(c),
            why: text(&c.why),
            impact: text(&c.impact),
            raised_by: text(&c.raised_by),
            raised_on: c.raised_on.as_ref().map(|d| d.value),
            decided_by: text(&c.decided_by),
            decided_on: c.decided_on.as_ref().map(|d| d.value),
        })
        .collect();
    lines.sort_by(|a, b| (rank(a.status), &a.id).cmp(&(rank(b.status), &b.id)));
    lines
}

fn status_label(s: ChangeStatus) -> L {
    match s {
        ChangeStatus::Proposed => L::ChangeProposed,
        ChangeStatus::Approved => L::ChangeApproved,
        ChangeStatus::Rejected => L::ChangeRejected,
    }
}

fn moved(m: &Move, lang: Lang) -> String {
    let what = t(
        lang,
        match m.what {
            "scope" => L::MoveScope,
            "start" => L::MoveStart,
            "budget" => L::MoveBudget,
            _ => L::MoveEnd,
        },
    );
    let before = m.before.as_deref().unwrap_or("");
    crate::i18n::tf(lang, L::MoveLine, &[&what, &before, &m.after])
        .replace(":  →", ": →")
        .replace("： →", "：→")
}

/// The section for people: a heading and one row per change.
pub fn section(lines: &[ChangeLine], lang: Lang) -> Vec<Block> {
    if lines.is_empty() {
        return Vec::new();
    }
    let keys = [
        L::ColChangeRequest,
        L::ColProject,
        L::KeyStatus,
        L::ColMoves,
        L::ColChangeWhy,
        L::ColDecided,
    ];
    let rows = lines
        .iter()
        .map(|c| {
            let decided = match (&c.decided_by, c.decided_on) {
                (Some(by), Some(on)) => format!("{by} {on}"),
                (Some(by), None) => by.clone(),
                (None, Some(on)) => on.to_string(),
                (None, None) => String::new(),
            };
            let tone = match c.status {
                ChangeStatus::Proposed => Tone::Warn,
                ChangeStatus::Approved => Tone::Plain,
                ChangeStatus::Rejected => Tone::Muted,
            };
            vec![
                Cell::new(format!("{} {}", c.id, c.title)),
                Cell::new(&*c.project),
                Cell::new(t(lang, status_label(c.status))).tone(tone),
                Cell::new(
                    c.moves
                        .iter()
                        .map(|m| moved(m, lang))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                Cell::opt(c.why.clone()),
                Cell::new(decided),
            ]
        })
        .collect();
    vec![
        Block::Heading(t(lang, L::ChangesTitle).into()),
        Block::Table(Table {
            name: "changes".into(),
            title: String::new(),
            columns: keys.iter().map(|k| t(lang, *k).to_string()).collect(),
            rows,
            empty: String::new(),
            give_way: give_way(
                &keys,
                &[
                    Give::Drop(L::ColDecided),
                    Give::Drop(L::ColChangeWhy),
                    Give::Drop(L::ColProject),
                    Give::Cut(L::ColChangeRequest),
                    Give::Drop(L::ColMoves),
                ],
            ),
        }),
    ]
}

/// One row per change and thing moved (a change moving nothing has one
/// row with an empty `moves`): the workbook's changes sheet.
pub fn tidy(lines: &[ChangeLine]) -> Table {
    let mut rows = Vec::new();
    for c in lines {
        let one = [None];
        let each: Vec<Option<&Move>> = if c.moves.is_empty() {
            one.to_vec()
        } else {
            c.moves.iter().map(Some).collect()
        };
        for m in each {
            rows.push(vec![
                Cell::new(&*c.id),
                Cell::new(&*c.project),
                Cell::new(c.status.key()),
                Cell::opt(m.map(|m| m.what)),
                Cell::opt(m.and_then(|m| m.before.clone())),
                Cell::opt(m.map(|m| m.after.clone())),
                Cell::opt(c.decided_by.clone()),
                Cell::date(c.decided_on),
                Cell::new(&*c.title),
            ]);
        }
    }
    Table {
        name: "changes".into(),
        title: "Change requests, one row per change and thing moved".into(),
        columns: [
            "change",
            "project",
            "status",
            "moves",
            "before",
            "after",
            "decided_by",
            "decided_on",
            "title",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        empty: "No change requests.".into(),
        give_way: Vec::new(),
    }
}

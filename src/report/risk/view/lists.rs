//! The lists of risks: top threats and opportunities, escalations,
//! overdue reviews and actions, hygiene.

use super::super::{Direction, Missing, Recipient, RiskReport, RiskRow, Role};
use super::heat::band_tone;
use super::{LIMIT, TOP, Titles, title};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::{Key, RiskType};
use crate::render::{Cell, Give, Table, Tone, give_way};

/// The trend arrow of a risk: ↑ +4, ↓ -3, → or new.
pub fn arrow(r: &RiskRow, lang: Lang) -> String {
    match r.direction {
        Direction::New => t(lang, L::TrendNew).into(),
        Direction::Rising => format!("\u{2191} +{}", r.change),
        Direction::Falling => format!("\u{2193} {}", r.change),
        Direction::Steady => "\u{2192}".into(),
    }
}

fn owner(r: &RiskRow) -> String {
    r.owner_name
        .clone()
        .or_else(|| r.owner.clone())
        .unwrap_or_else(|| "-".into())
}

fn person(id: Option<&str>, name: Option<&str>) -> String {
    name.or(id).unwrap_or("-").to_string()
}

fn recipients(list: &[Recipient], lang: Lang) -> String {
    if list.is_empty() {
        return t(lang, L::NoRecipient).into();
    }
    list.iter()
        .map(|r| {
            let role = t(
                lang,
                match r.role {
                    Role::ProgramManager => L::RoleProgramManager,
                    Role::Pmo => L::RolePmo,
                    Role::Director => L::RoleDirector,
                },
            );
            format!("{} ({role})", r.name.as_deref().unwrap_or(&r.person))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

const TOP_COLUMNS: [L; 8] = [
    L::ColId,
    L::ColTitle,
    L::ColProject,
    L::ColScore,
    L::ColTrend,
    L::ColOwner,
    L::ColStrategy,
    L::ColNextReview,
];

/// At 80 columns: the next review (the overdue list has the late ones),
/// the strategy and the trend go first; the title is cut before the
/// project and the owner go; the score stays longest.
const TOP_GIVE_WAY: [Give<L>; 8] = [
    Give::Drop(L::ColNextReview),
    Give::Drop(L::ColStrategy),
    Give::Drop(L::ColTrend),
    Give::Cut(L::ColTitle),
    Give::Drop(L::ColProject),
    Give::Drop(L::ColOwner),
    Give::Drop(L::ColTitle),
    Give::Drop(L::ColScore),
];

pub(super) fn top_table(
    report: &RiskReport,
    risk_type: RiskType,
    name: &str,
    title: L,
    lang: Lang,
) -> Table {
    let title = t(lang, title);
    let rows: Vec<&RiskRow> = report
        .risks
        .iter()
        .filter(|r| r.open && r.risk_type == risk_type)
        .collect();
    let shown = rows.len().min(TOP);
    let mut t = Table {
        name: name.into(),
        title: if rows.len() > shown {
            tf(lang, L::TopOf, &[&title, &shown, &rows.len()])
        } else {
            title.to_string()
        },
        columns: TOP_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        rows: Vec::new(),
        empty: t(lang, L::NoOpenRisksOfKind).into(),
        give_way: give_way(&TOP_COLUMNS, &TOP_GIVE_WAY),
    };
    for r in rows.into_iter().take(TOP) {
        let band = r.band.as_deref();
        let overdue = r.next_review.is_some_and(|d| d < report.meta.as_of);
        t.rows.push(vec![
            Cell::new(&*r.id).tone(if r.escalate {
                Tone::Strong
            } else {
                Tone::Plain
            }),
            Cell::new(&*r.title),
            Cell::new(
                r.project
                    .clone()
                    .or_else(|| r.program.clone())
                    .unwrap_or_default(),
            ),
            Cell::num(format!("{} {}", r.score, band.unwrap_or("")))
                .tone(band_tone(report, band, risk_type)),
            Cell::new(arrow(r, lang)).tone(match (r.direction, risk_type) {
                (Direction::Rising, RiskType::Threat)
                | (Direction::Falling, RiskType::Opportunity) => Tone::Bad,
                (Direction::Falling, RiskType::Threat)
                | (Direction::Rising, RiskType::Opportunity) => Tone::Good,
                _ => Tone::Plain,
            }),
            Cell::new(owner(r)),
            Cell::new(r.strategy.map_or("-", |s| i18n::strategy(lang, s))),
            Cell::new(r.next_review.map_or_else(|| "-".into(), |d| d.to_string()))
                .tone(if overdue { Tone::Bad } else { Tone::Plain }),
        ]);
    }
    t
}

const ESCALATION_COLUMNS: [L; 5] = [
    L::ColRisk2,
    L::ColTitle,
    L::ColProject,
    L::ColScoreTolerance,
    L::ColNotify,
];

/// At 80 columns: the project goes first, then the title is cut; whom
/// to notify and the score against tolerance are what an escalation is.
const ESCALATION_GIVE_WAY: [Give<L>; 5] = [
    Give::Drop(L::ColProject),
    Give::Cut(L::ColTitle),
    Give::Drop(L::ColTitle),
    Give::Drop(L::ColScoreTolerance),
    Give::Drop(L::ColNotify),
];

pub(super) fn escalations(report: &RiskReport, titles: &Titles<'_>, lang: Lang) -> Table {
    Table {
        name: "escalations".into(),
        title: t(lang, L::EscalationsTitle).into(),
        columns: ESCALATION_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        give_way: give_way(&ESCALATION_COLUMNS, &ESCALATION_GIVE_WAY),
        rows: report
            .escalations
            .iter()
            .take(LIMIT)
            .map(|e| {
                let tone = band_tone(report, e.band.as_deref(), e.risk_type);
                vec![
                    Cell::new(&*e.risk),
                    Cell::new(title(titles, &e.risk)),
                    Cell::new(
                        e.project
                            .clone()
                            .or_else(|| e.program.clone())
                            .unwrap_or_default(),
                    ),
                    Cell::num(format!("{} / {}", e.score, e.tolerance)).tone(tone),
                    Cell::new(recipients(&e.notify, lang)).tone(if e.notify.is_empty() {
                        Tone::Bad
                    } else {
                        Tone::Plain
                    }),
                ]
            })
            .collect(),
        empty: t(lang, L::NoEscalation).into(),
    }
}

const REVIEW_COLUMNS: [L; 5] = [
    L::ColRisk2,
    L::ColTitle,
    L::ColOwner,
    L::ColNextReview,
    L::ColDaysOver,
];

/// At 80 columns: the review date (the days over say it), then the title
/// cut and left out; who is late and by how much stay.
const REVIEW_GIVE_WAY: [Give<L>; 5] = [
    Give::Drop(L::ColNextReview),
    Give::Cut(L::ColTitle),
    Give::Drop(L::ColTitle),
    Give::Drop(L::ColDaysOver),
    Give::Drop(L::ColOwner),
];

const ACTION_COLUMNS: [L; 5] = [
    L::ColRisk2,
    L::ColAction,
    L::ColOwner,
    L::ColDue2,
    L::ColDaysOver,
];

/// At 80 columns: the due date (the days over say it), then the action
/// cut and left out; who is late and by how much stay.
const ACTION_GIVE_WAY: [Give<L>; 5] = [
    Give::Drop(L::ColDue2),
    Give::Cut(L::ColAction),
    Give::Drop(L::ColAction),
    Give::Drop(L::ColDaysOver),
    Give::Drop(L::ColOwner),
];

pub(super) fn overdue(report: &RiskReport, titles: &Titles<'_>, lang: Lang) -> [Table; 2] {
    let h = &report.hygiene;
    [
        Table {
            name: "reviews_overdue".into(),
            title: t(lang, L::ReviewsOverdue).into(),
            columns: REVIEW_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
            give_way: give_way(&REVIEW_COLUMNS, &REVIEW_GIVE_WAY),
            rows: h
                .reviews_overdue
                .iter()
                .take(LIMIT)
                .map(|o| {
                    vec![
                        Cell::new(&*o.risk),
                        Cell::new(title(titles, &o.risk)),
                        Cell::new(person(o.owner.as_deref(), o.owner_name.as_deref())),
                        Cell::new(o.next_review.to_string()),
                        Cell::num(o.days_overdue.to_string()).tone(Tone::Warn),
                    ]
                })
                .collect(),
            empty: t(lang, L::NoReviewOverdue).into(),
        },
        Table {
            name: "actions_overdue".into(),
            title: t(lang, L::ActionsOverdue).into(),
            columns: ACTION_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
            give_way: give_way(&ACTION_COLUMNS, &ACTION_GIVE_WAY),
            rows: h
                .actions_overdue
                .iter()
                .take(LIMIT)
                .map(|o| {
                    vec![
                        Cell::new(&*o.risk),
                        Cell::new(&*o.action),
                        Cell::new(person(o.owner.as_deref(), o.owner_name.as_deref())),
                        Cell::new(o.due.to_string()),
                        Cell::num(o.days_overdue.to_string()).tone(Tone::Warn),
                    ]
                })
                .collect(),
            empty: t(lang, L::NoActionOverdue).into(),
        },
    ]
}

const HYGIENE_COLUMNS: [L; 3] = [L::ColRisk2, L::ColProblem, L::ColDetail];

pub(super) fn hygiene(report: &RiskReport, lang: Lang) -> Table {
    let h = &report.hygiene;
    let mut rows = Vec::new();
    for u in h.unmanaged.iter().take(LIMIT) {
        rows.push(vec![
            Cell::new(&*u.risk),
            Cell::new(t(lang, L::LacksResponse)).tone(Tone::Bad),
            Cell::new(tf(
                lang,
                L::ScoreMissing,
                &[
                    &u.score,
                    &u.missing
                        .iter()
                        .map(|m| {
                            t(
                                lang,
                                match m {
                                    Missing::Owner => L::MissOwner,
                                    Missing::Strategy => L::MissStrategy,
                                    Missing::Action => L::MissAction,
                                },
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(t(lang, L::MissingSep)),
                ],
            )),
        ]);
    }
    for c in h.on_closed_projects.iter().take(LIMIT) {
        rows.push(vec![
            Cell::new(&*c.risk),
            Cell::new(t(lang, L::OnFinished)).tone(Tone::Warn),
            Cell::new(tf(
                lang,
                L::ProjectIs,
                &[
                    &c.project,
                    &i18n::project_status(lang, c.project_status.key()),
                ],
            )),
        ]);
    }
    for s in h.stale.iter().take(LIMIT) {
        rows.push(vec![
            Cell::new(&*s.risk),
            Cell::new(t(lang, L::Stale)).tone(Tone::Warn),
            Cell::new(tf(lang, L::LastAssessed, &[&s.last_reviewed, &s.days])),
        ]);
    }
    Table {
        name: "hygiene".into(),
        title: t(lang, L::Hygiene).into(),
        columns: HYGIENE_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        rows,
        empty: t(lang, L::HygieneOk).into(),
        // The detail goes before the problem it details.
        give_way: give_way(
            &HYGIENE_COLUMNS,
            &[Give::Drop(L::ColDetail), Give::Drop(L::ColProblem)],
        ),
    }
}

//! The trend over the window, the proximity of threatened work, and the
//! breakdowns.

use super::super::{Bucket, NONE_KEY, RiskReport};
use super::{LIMIT, Titles, title};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::render::{Block, Cell, Give, Table, Tone, give_way};
use crate::report::plan::Kind;

fn count(n: usize, tone: Tone) -> Cell {
    Cell::num(n.to_string()).tone(if n > 0 { tone } else { Tone::Plain })
}

const MOVER_COLUMNS: [L; 5] = [
    L::ColRisk2,
    L::ColTitle,
    L::ColThen,
    L::ColNow,
    L::ColChange,
];

const PROXIMITY_COLUMNS: [L; 7] = [
    L::ColRisk2,
    L::ColProject,
    L::ColThreatens,
    L::ColDate,
    L::ColDays,
    L::ColScore,
    L::ColCriticalPath,
];

/// At 80 columns: whether the work is critical, the date (the days
/// say it), the project (the work's id is in it), the score; what is
/// threatened and how soon stay longest.
const PROXIMITY_GIVE_WAY: [Give<L>; 6] = [
    Give::Drop(L::ColCriticalPath),
    Give::Drop(L::ColDate),
    Give::Drop(L::ColProject),
    Give::Drop(L::ColScore),
    Give::Drop(L::ColThreatens),
    Give::Drop(L::ColDays),
];

pub(super) fn trend(report: &RiskReport, titles: &Titles<'_>, lang: Lang) -> Vec<Block> {
    let tr = &report.trend;
    let list = |ids: &[String]| {
        if ids.is_empty() {
            t(lang, L::NoneWord).to_string()
        } else {
            ids.join(", ")
        }
    };
    vec![
        Block::KeyValues(vec![
            (t(lang, L::New).into(), Cell::new(list(&tr.new))),
            (t(lang, L::Closed).into(), Cell::new(list(&tr.closed))),
            (t(lang, L::Rising).into(), Cell::new(list(&tr.rising))),
            (t(lang, L::Falling).into(), Cell::new(list(&tr.falling))),
            (
                t(lang, L::OpenScoreTotal).into(),
                Cell::new(tf(lang, L::ThenNow, &[&tr.total_then, &tr.total_now])),
            ),
        ]),
        Block::Table(Table {
            name: "movers".into(),
            title: t(lang, L::TopMovers).into(),
            columns: MOVER_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
            // At 80 columns: the score then (now and the change say it),
            // the title cut and left out, the score now; the change stays.
            give_way: give_way(
                &MOVER_COLUMNS,
                &[
                    Give::Drop(L::ColThen),
                    Give::Cut(L::ColTitle),
                    Give::Drop(L::ColTitle),
                    Give::Drop(L::ColNow),
                    Give::Drop(L::ColChange),
                ],
            ),
            rows: tr
                .top_movers
                .iter()
                .map(|m| {
                    vec![
                        Cell::new(&*m.risk),
                        Cell::new(title(titles, &m.risk)),
                        Cell::num(m.then.to_string()),
                        Cell::num(m.now.to_string()),
                        Cell::num(format!("{:+}", m.change)),
                    ]
                })
                .collect(),
            empty: t(lang, L::NoMovers).into(),
        }),
    ]
}

pub(super) fn proximity(report: &RiskReport, lang: Lang) -> Table {
    Table {
        name: "proximity".into(),
        title: t(lang, L::ProximityTitle).into(),
        columns: PROXIMITY_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        give_way: give_way(&PROXIMITY_COLUMNS, &PROXIMITY_GIVE_WAY),
        rows: report
            .proximity
            .iter()
            .take(LIMIT)
            .map(|p| {
                vec![
                    Cell::new(&*p.risk),
                    Cell::new(&*p.project),
                    Cell::new(format!(
                        "{} {}",
                        t(
                            lang,
                            match p.target_kind {
                                Kind::Task => L::KindTask,
                                Kind::Milestone => L::KindMilestone,
                            }
                        ),
                        p.target
                    )),
                    Cell::new(p.date.to_string()),
                    Cell::num(p.days.to_string()).tone(if p.days < 0 {
                        Tone::Muted
                    } else if p.days <= 14 {
                        Tone::Warn
                    } else {
                        Tone::Plain
                    }),
                    Cell::num(p.score.to_string()),
                    Cell::new(match p.on_critical_path {
                        Some(true) => t(lang, L::Yes),
                        Some(false) => t(lang, L::No),
                        None => "-",
                    }),
                ]
            })
            .collect(),
        empty: t(lang, L::NoProximity).into(),
    }
}

pub(super) fn breakdown(name: &str, title: L, key: L, buckets: &[Bucket], lang: Lang) -> Table {
    Table {
        name: name.into(),
        title: t(lang, title).into(),
        columns: [
            key,
            L::ColRisks,
            L::ColOpen,
            L::ColEscalated,
            L::ColOpenScore,
        ]
        .map(|l| t(lang, l).to_string())
        .to_vec(),
        // At 80 columns: all risks (open ones matter), the open score,
        // the open count; the escalated count stays.
        give_way: vec![Give::Drop(1), Give::Drop(4), Give::Drop(2), Give::Drop(3)],
        rows: buckets
            .iter()
            .take(LIMIT)
            .map(|b| {
                let label = match &b.label {
                    Some(l) => format!("{l} ({})", b.key),
                    None => i18n::risk_key(lang, &b.key),
                };
                vec![
                    Cell::new(label).tone(if b.key == NONE_KEY {
                        Tone::Muted
                    } else {
                        Tone::Plain
                    }),
                    Cell::num(b.risks.to_string()),
                    Cell::num(b.open.to_string()),
                    count(b.escalated, Tone::Bad),
                    Cell::num(b.open_score.to_string()),
                ]
            })
            .collect(),
        empty: t(lang, L::NoRisks).into(),
    }
}

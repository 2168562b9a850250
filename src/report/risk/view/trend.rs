//! The trend over the window, the proximity of threatened work, and the
//! breakdowns.

use super::super::{Bucket, NONE_KEY, RiskReport};
use super::{LIMIT, Titles, title};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::render::{Block, Cell, Table, Tone};
use crate::report::plan::Kind;

fn count(n: usize, tone: Tone) -> Cell {
    Cell::num(n.to_string()).tone(if n > 0 { tone } else { Tone::Plain })
}

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
            columns: [
                L::ColRisk2,
                L::ColTitle,
                L::ColThen,
                L::ColNow,
                L::ColChange,
            ]
            .map(|l| t(lang, l).to_string())
            .to_vec(),
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
        columns: [
            L::ColRisk2,
            L::ColProject,
            L::ColThreatens,
            L::ColDate,
            L::ColDays,
            L::ColScore,
            L::ColCriticalPath,
        ]
        .map(|l| t(lang, l).to_string())
        .to_vec(),
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

//! The risk report laid out for people: headline, heat maps, top risks,
//! escalations, overdue lists, hygiene, exposure, trend, proximity and
//! breakdowns; and the whole register as the tidy table CSV exports.
//! Formatting only: every number comes from [`RiskReport`].

use std::collections::HashMap;

use super::{Bucket, Direction, Matrix, Money, NONE_KEY, Recipient, RiskReport, RiskRow};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::RiskType;
use crate::render::heatmap::{HeatCell, HeatMap};
use crate::render::{Block, Cell, Table, Tone, View};

/// Rows of the "top threats" and "top opportunities" tables.
pub const TOP: usize = 10;

/// Rows of every other list (escalations, overdue, hygiene, proximity,
/// breakdowns) in the terminal and Markdown; the JSON and CSV carry all.
pub const LIMIT: usize = 20;

/// What to lay out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// For people (terminal, Markdown): headline, heat maps and the top of
    /// every list.
    Summary,
    /// For CSV: the whole register, one row per risk, and nothing else.
    Register,
}

/// Risk titles by id, for the lists that name risks by id only.
type Titles<'a> = HashMap<&'a str, &'a str>;

fn title<'a>(titles: &Titles<'a>, id: &str) -> &'a str {
    titles.get(id).copied().unwrap_or("")
}

/// "Showing 20 of 1,234." when a list was cut, to follow its table.
fn more(total: usize, what: L, lang: Lang) -> Option<Block> {
    (total > LIMIT).then(|| Block::Text(tf(lang, L::ShowingOf, &[&LIMIT, &total, &t(lang, what)])))
}

/// Names of the levels of a 5-level scale (common practice).
const PROBABILITY_NAMES: [L; 5] = [
    L::ProbRare,
    L::ProbUnlikely,
    L::ProbPossible,
    L::ProbLikely,
    L::ProbAlmostCertain,
];
const IMPACT_NAMES: [L; 5] = [
    L::ImpNegligible,
    L::ImpMinor,
    L::ImpModerate,
    L::ImpMajor,
    L::ImpSevere,
];

/// A whole amount with thousands separators: 1234567.8 -> "1,234,568".
pub fn money(x: f64) -> String {
    if !x.is_finite() {
        return "-".into();
    }
    let rounded = x.round();
    let digits = format!("{}", rounded.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

fn opt_money(x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), money)
}

/// The tone of a band: for threats the top third of the bands is bad, the
/// lowest band good, the rest a warning; for opportunities the top third is
/// good and the rest plain.
fn band_tone(report: &RiskReport, band: Option<&str>, risk_type: RiskType) -> Tone {
    let Some(band) = band else {
        return Tone::Muted;
    };
    let Some(info) = report.bands.iter().find(|b| b.name == band) else {
        return Tone::Plain;
    };
    let top = report.bands.len().saturating_sub(1).max(1) as f64;
    let level = info.rank as f64 / top;
    match risk_type {
        RiskType::Threat if level >= 0.6 => Tone::Bad,
        RiskType::Threat if info.rank == 0 => Tone::Good,
        RiskType::Threat => Tone::Warn,
        RiskType::Opportunity if level >= 0.6 => Tone::Good,
        RiskType::Opportunity => Tone::Plain,
    }
}

/// One-letter markers for the bands (their initials), or the whole names
/// when two bands share an initial.
fn markers(report: &RiskReport) -> Vec<(String, String)> {
    let initials: Vec<String> = report
        .bands
        .iter()
        .map(|b| {
            b.name
                .chars()
                .next()
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default()
        })
        .collect();
    let unique = initials
        .iter()
        .enumerate()
        .all(|(i, a)| !a.is_empty() && !initials[..i].contains(a));
    report
        .bands
        .iter()
        .zip(initials)
        .map(|(b, i)| (b.name.clone(), if unique { i } else { b.name.clone() }))
        .collect()
}

fn marker_of<'a>(markers: &'a [(String, String)], band: Option<&str>) -> &'a str {
    band.and_then(|b| markers.iter().find(|(n, _)| n == b))
        .map_or("", |(_, m)| m.as_str())
}

fn level_labels(levels: u8, names: &[L; 5], lang: Lang) -> Vec<String> {
    (1..=levels.max(1))
        .map(|l| {
            if levels == 5 {
                format!("{l} {}", t(lang, names[usize::from(l) - 1]))
            } else {
                l.to_string()
            }
        })
        .collect()
}

fn heat_map(report: &RiskReport, m: &Matrix, risk_type: RiskType, title: L, lang: Lang) -> HeatMap {
    let marks = markers(report);
    let cells = m
        .counts
        .iter()
        .zip(&m.bands)
        .map(|(counts, bands)| {
            counts
                .iter()
                .zip(bands)
                .map(|(&count, band)| HeatCell {
                    count,
                    marker: marker_of(&marks, band.as_deref()).to_string(),
                    tone: band_tone(report, band.as_deref(), risk_type),
                })
                .collect()
        })
        .collect();
    let legend = report
        .bands
        .iter()
        .map(|b| {
            (
                marker_of(&marks, Some(&b.name)).to_string(),
                format!("{} ({}+)", b.name, b.from),
                band_tone(report, Some(&b.name), risk_type),
            )
        })
        .collect();
    let mut notes = Vec::new();
    if report.impact_levels == 5 {
        let names: Vec<String> = IMPACT_NAMES
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{} {}", i + 1, t(lang, *n)))
            .collect();
        notes.push(tf(lang, L::ImpactNote, &[&names.join(", ")]));
    }
    HeatMap {
        title: tf(lang, L::HeatTitle, &[&t(lang, title), &m.total]),
        x_title: t(lang, L::Impact).into(),
        y_title: t(lang, L::Probability).into(),
        x_labels: (1..=report.impact_levels.max(1))
            .map(|l| l.to_string())
            .collect(),
        y_labels: level_labels(report.probability_levels, &PROBABILITY_NAMES, lang),
        cells,
        legend,
        notes,
        lang,
    }
}

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
            let role = match r.role {
                "program-manager" => t(lang, L::RoleProgramManager),
                "pmo" => t(lang, L::RolePmo),
                "director" => t(lang, L::RoleDirector),
                other => other,
            };
            format!("{} ({role})", r.name.as_deref().unwrap_or(&r.person))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn count(n: usize, tone: Tone) -> Cell {
    Cell::num(n.to_string()).tone(if n > 0 { tone } else { Tone::Plain })
}

fn band_counts(report: &RiskReport, risk_type: RiskType) -> String {
    let parts: Vec<String> = report
        .summary
        .by_band
        .iter()
        .rev()
        .map(|b| {
            let n = match risk_type {
                RiskType::Threat => b.threats,
                RiskType::Opportunity => b.opportunities,
            };
            format!("{} {n}", b.band)
        })
        .collect();
    parts.join(" \u{b7} ")
}

fn headline(report: &RiskReport, lang: Lang) -> Block {
    let s = &report.summary;
    let tr = &report.trend;
    let cur = &report.currency;
    let total = &report.exposure.total;
    let mut kv = vec![
        (
            t(lang, L::OpenThreats).to_string(),
            Cell::new(format!(
                "{} ({})",
                s.open_threats,
                band_counts(report, RiskType::Threat)
            )),
        ),
        (
            t(lang, L::OpenOpportunities).to_string(),
            Cell::new(format!(
                "{} ({})",
                s.open_opportunities,
                band_counts(report, RiskType::Opportunity)
            )),
        ),
        (
            t(lang, L::Closed).to_string(),
            Cell::new(s.closed.to_string()),
        ),
        (
            t(lang, L::Escalations).to_string(),
            Cell::new(tf(lang, L::EscalationsLine, &[&s.escalations])).tone(if s.escalations > 0 {
                Tone::Bad
            } else {
                Tone::Good
            }),
        ),
        (
            t(lang, L::Overdue).to_string(),
            Cell::new(tf(
                lang,
                L::OverdueLine,
                &[&s.reviews_overdue, &s.actions_overdue],
            ))
            .tone(if s.reviews_overdue + s.actions_overdue > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
        (
            t(lang, L::Hygiene).to_string(),
            Cell::new(tf(
                lang,
                L::HygieneLine,
                &[
                    &s.unmanaged,
                    &report.hygiene.stale_after_days,
                    &s.stale,
                    &s.on_closed_projects,
                ],
            ))
            .tone(if s.unmanaged + s.stale + s.on_closed_projects > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
        (
            t(lang, L::ExposureEmv).to_string(),
            Cell::new(tf(
                lang,
                L::ExposureLine,
                &[
                    cur,
                    &money(total.threat_emv),
                    &money(total.opportunity_emv),
                    &money(total.net_emv),
                    &total.unpriced,
                ],
            )),
        ),
    ];
    if let (Some(reserve), Some(headroom)) = (total.reserve, total.headroom) {
        kv.push((
            t(lang, L::Reserve).to_string(),
            Cell::new(tf(
                lang,
                L::ReserveLine,
                &[cur, &money(reserve), &money(headroom)],
            ))
            .tone(if headroom < 0.0 {
                Tone::Bad
            } else {
                Tone::Good
            }),
        ));
    }
    kv.push((
        tf(lang, L::TrendSince, &[&report.since]),
        Cell::new(tf(
            lang,
            L::TrendLine,
            &[
                &tr.new.len(),
                &tr.closed.len(),
                &tr.rising.len(),
                &tr.falling.len(),
            ],
        )),
    ));
    Block::KeyValues(kv)
}

fn top_table(report: &RiskReport, risk_type: RiskType, name: &str, title: L, lang: Lang) -> Table {
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
        columns: [
            L::ColId,
            L::ColTitle,
            L::ColProject,
            L::ColScore,
            L::ColTrend,
            L::ColOwner,
            L::ColStrategy,
            L::ColNextReview,
        ]
        .map(|l| t(lang, l).to_string())
        .to_vec(),
        rows: Vec::new(),
        empty: t(lang, L::NoOpenRisksOfKind).into(),
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

fn escalations(report: &RiskReport, titles: &Titles<'_>, lang: Lang) -> Table {
    Table {
        name: "escalations".into(),
        title: t(lang, L::EscalationsTitle).into(),
        columns: [
            L::ColRisk2,
            L::ColTitle,
            L::ColProject,
            L::ColScoreTolerance,
            L::ColNotify,
        ]
        .map(|l| t(lang, l).to_string())
        .to_vec(),
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

fn overdue(report: &RiskReport, titles: &Titles<'_>, lang: Lang) -> [Table; 2] {
    let h = &report.hygiene;
    [
        Table {
            name: "reviews_overdue".into(),
            title: t(lang, L::ReviewsOverdue).into(),
            columns: [
                L::ColRisk2,
                L::ColTitle,
                L::ColOwner,
                L::ColNextReview,
                L::ColDaysOver,
            ]
            .map(|l| t(lang, l).to_string())
            .to_vec(),
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
            columns: [
                L::ColRisk2,
                L::ColAction,
                L::ColOwner,
                L::ColDue2,
                L::ColDaysOver,
            ]
            .map(|l| t(lang, l).to_string())
            .to_vec(),
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

fn hygiene(report: &RiskReport, lang: Lang) -> Table {
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
                        .map(|m| match *m {
                            "owner" => t(lang, L::MissOwner),
                            "strategy" => t(lang, L::MissStrategy),
                            "action" => t(lang, L::MissAction),
                            other => other,
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
                &[&c.project, &i18n::project_status(lang, c.project_status)],
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
        columns: [L::ColRisk2, L::ColProblem, L::ColDetail]
            .map(|l| t(lang, l).to_string())
            .to_vec(),
        rows,
        empty: t(lang, L::HygieneOk).into(),
    }
}

fn money_cells(m: &Money) -> Vec<Cell> {
    vec![
        Cell::num(money(m.threat_emv)),
        Cell::num(money(m.opportunity_emv)),
        Cell::num(money(m.net_emv)),
        Cell::num(opt_money(m.reserve)),
        Cell::num(opt_money(m.headroom)).tone(match m.headroom {
            Some(h) if h < 0.0 => Tone::Bad,
            Some(_) => Tone::Good,
            None => Tone::Plain,
        }),
        Cell::num(m.unpriced.to_string()).tone(if m.unpriced > 0 {
            Tone::Muted
        } else {
            Tone::Plain
        }),
    ]
}

fn exposure(report: &RiskReport, lang: Lang) -> [Table; 2] {
    let cur = &report.currency;
    let money_cols = |first: &[L]| {
        first
            .iter()
            .map(|l| t(lang, *l).to_string())
            .chain([
                tf(lang, L::ColThreatsEmv, &[cur]),
                t(lang, L::ColOpportunitiesEmv).into(),
                t(lang, L::ColNet).into(),
                t(lang, L::ColReserve).into(),
                t(lang, L::ColHeadroom).into(),
                t(lang, L::ColUnpriced).into(),
            ])
            .collect::<Vec<_>>()
    };
    let projects = Table {
        name: "exposure_projects".into(),
        title: t(lang, L::ExposureByProject).into(),
        columns: money_cols(&[L::ColProject, L::ColProgram]),
        rows: report
            .exposure
            .projects
            .iter()
            .take(LIMIT)
            .map(|p| {
                let mut row = vec![Cell::new(&*p.project), Cell::new(&*p.program)];
                row.extend(money_cells(&p.money));
                row
            })
            .collect(),
        empty: t(lang, L::NoExposure).into(),
    };
    let mut rows: Vec<Vec<Cell>> = report
        .exposure
        .programs
        .iter()
        .take(LIMIT)
        .map(|p| {
            let mut row = vec![Cell::new(&*p.program)];
            row.extend(money_cells(&p.money));
            row
        })
        .collect();
    if !rows.is_empty() {
        let mut row = vec![Cell::new(t(lang, L::TotalRow)).tone(Tone::Strong)];
        row.extend(money_cells(&report.exposure.total));
        rows.push(row);
    }
    let programs = Table {
        name: "exposure_programs".into(),
        title: t(lang, L::ExposureByProgram).into(),
        columns: money_cols(&[L::ColProgram]),
        rows,
        empty: t(lang, L::NoProgramInScope).into(),
    };
    [projects, programs]
}

fn trend(report: &RiskReport, titles: &Titles<'_>, lang: Lang) -> Vec<Block> {
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

fn proximity(report: &RiskReport, lang: Lang) -> Table {
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
                        match p.target_kind {
                            "task" => t(lang, L::KindTask),
                            "milestone" => t(lang, L::KindMilestone),
                            other => other,
                        },
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

fn breakdown(name: &str, title: L, key: L, buckets: &[Bucket], lang: Lang) -> Table {
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

fn scope_text(report: &RiskReport, lang: Lang) -> String {
    let f = &report.filters;
    let mut parts = Vec::new();
    if let Some(p) = &f.program {
        parts.push(tf(lang, L::ScopeProgram, &[p]));
    }
    if let Some(p) = &f.project {
        parts.push(tf(lang, L::ScopeProject, &[p]));
    }
    if let Some(c) = f.category {
        parts.push(tf(lang, L::ScopeCategory, &[&i18n::category(lang, c)]));
    }
    if let Some(o) = &f.owner {
        parts.push(tf(lang, L::ScopeOwner, &[o]));
    }
    if let Some(s) = f.status {
        parts.push(tf(lang, L::ScopeStatus, &[&i18n::risk_status(lang, s)]));
    }
    if let Some(m) = f.min_score {
        parts.push(tf(lang, L::ScopeMinScore, &[&m]));
    }
    if parts.is_empty() {
        t(lang, L::AllRisks).into()
    } else {
        parts.join(", ")
    }
}

/// Lays the report out.
pub fn view(report: &RiskReport, detail: Detail, lang: Lang) -> View {
    let name = report
        .meta
        .portfolio
        .as_deref()
        .unwrap_or(t(lang, L::Portfolio));
    let title = tf(lang, L::RiskTitle, &[&name, &report.meta.as_of]);
    if detail == Detail::Register {
        return View {
            title,
            blocks: vec![
                Block::Table(super::tidy::register(report)),
                Block::Table(super::tidy::exposure(report)),
            ],
            tidy: "risks".into(),
        };
    }
    let titles: Titles<'_> = report
        .risks
        .iter()
        .map(|r| (r.id.as_str(), r.title.as_str()))
        .collect();
    let h = &report.hygiene;
    let mut blocks = vec![
        Block::Text(tf(
            lang,
            L::RiskScopeLine,
            &[
                &scope_text(report, lang),
                &report.probability_levels,
                &report.impact_levels,
                &report.since,
            ],
        )),
        headline(report, lang),
        Block::HeatMap(heat_map(
            report,
            &report.heatmaps.threats,
            RiskType::Threat,
            L::Threats,
            lang,
        )),
        Block::HeatMap(heat_map(
            report,
            &report.heatmaps.opportunities,
            RiskType::Opportunity,
            L::Opportunities,
            lang,
        )),
        Block::Table(top_table(
            report,
            RiskType::Threat,
            "top_threats",
            L::TopThreats,
            lang,
        )),
        Block::Table(top_table(
            report,
            RiskType::Opportunity,
            "top_opportunities",
            L::TopOpportunities,
            lang,
        )),
        Block::Table(escalations(report, &titles, lang)),
    ];
    blocks.extend(more(report.escalations.len(), L::WhatEscalations, lang));
    let [reviews, actions] = overdue(report, &titles, lang);
    blocks.push(Block::Table(reviews));
    blocks.extend(more(h.reviews_overdue.len(), L::WhatOverdueReviews, lang));
    blocks.push(Block::Table(actions));
    blocks.extend(more(h.actions_overdue.len(), L::WhatOverdueActions, lang));
    blocks.push(Block::Table(hygiene(report, lang)));
    blocks.extend(more(h.unmanaged.len(), L::WhatUnmanaged, lang));
    blocks.extend(more(h.on_closed_projects.len(), L::WhatOnFinished, lang));
    blocks.extend(more(h.stale.len(), L::WhatStale, lang));
    blocks.push(Block::Heading(t(lang, L::Exposure).into()));
    blocks.push(Block::Text(tf(
        lang,
        L::EmvNote,
        &[&report.probability_levels],
    )));
    let [projects, programs] = exposure(report, lang);
    blocks.push(Block::Table(projects));
    blocks.extend(more(report.exposure.projects.len(), L::WhatProjects, lang));
    blocks.push(Block::Table(programs));
    blocks.extend(more(report.exposure.programs.len(), L::WhatPrograms, lang));
    blocks.push(Block::Heading(tf(lang, L::TrendSince, &[&report.since])));
    blocks.extend(trend(report, &titles, lang));
    blocks.push(Block::Table(proximity(report, lang)));
    blocks.extend(more(report.proximity.len(), L::WhatTied, lang));
    blocks.push(Block::Heading(t(lang, L::Breakdowns).into()));
    let b = &report.breakdowns;
    for (name, heading, key, what, buckets) in [
        (
            "by_category",
            L::ByCategory,
            L::ColCategory,
            L::WhatCategories,
            &b.by_category,
        ),
        (
            "by_owner",
            L::ByOwner,
            L::ColOwner,
            L::WhatOwners,
            &b.by_owner,
        ),
        (
            "by_status",
            L::ByStatus,
            L::ColStatus,
            L::WhatStatuses,
            &b.by_status,
        ),
        (
            "by_strategy",
            L::ByStrategy,
            L::ColStrategy,
            L::WhatStrategies,
            &b.by_strategy,
        ),
    ] {
        blocks.push(Block::Table(breakdown(name, heading, key, buckets, lang)));
        blocks.extend(more(buckets.len(), what, lang));
    }
    View {
        title,
        blocks,
        tidy: "risks".into(),
    }
}

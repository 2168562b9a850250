//! The risk report laid out for people: headline, heat maps, top risks,
//! escalations, overdue lists, hygiene, exposure, trend, proximity and
//! breakdowns; and the whole register as the tidy table CSV exports.
//! Formatting only: every number comes from [`RiskReport`].

use std::collections::HashMap;

use super::{Bucket, Direction, Matrix, Money, NONE_KEY, Recipient, RiskReport, RiskRow, round2};
use crate::model::RiskType;
use crate::render::heatmap::{HeatCell, HeatMap};
use crate::render::{Block, Cell, Table, Tone, View, sanitize};

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
fn more(total: usize, what: &str) -> Option<Block> {
    (total > LIMIT).then(|| {
        Block::Text(format!(
            "Showing {LIMIT} of {total} {what}; `--format json` or `--format csv` has them all."
        ))
    })
}

/// Names of the levels of a 5-level scale (common practice).
const PROBABILITY_NAMES: [&str; 5] = ["rare", "unlikely", "possible", "likely", "almost certain"];
const IMPACT_NAMES: [&str; 5] = ["negligible", "minor", "moderate", "major", "severe"];

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

fn level_labels(levels: u8, names: &[&str; 5]) -> Vec<String> {
    (1..=levels.max(1))
        .map(|l| {
            if levels == 5 {
                format!("{l} {}", names[usize::from(l) - 1])
            } else {
                l.to_string()
            }
        })
        .collect()
}

fn heat_map(report: &RiskReport, m: &Matrix, risk_type: RiskType, title: &str) -> HeatMap {
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
            .map(|(i, n)| format!("{} {n}", i + 1))
            .collect();
        notes.push(format!("impact: {}", names.join(", ")));
    }
    HeatMap {
        title: format!("{title} ({} open)", m.total),
        x_title: "impact".into(),
        y_title: "probability".into(),
        x_labels: (1..=report.impact_levels.max(1))
            .map(|l| l.to_string())
            .collect(),
        y_labels: level_labels(report.probability_levels, &PROBABILITY_NAMES),
        cells,
        legend,
        notes,
    }
}

/// The trend arrow of a risk: ↑ +4, ↓ -3, → or new.
pub fn arrow(r: &RiskRow) -> String {
    match r.direction {
        Direction::New => "new".into(),
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

fn recipients(list: &[Recipient]) -> String {
    if list.is_empty() {
        return "no one named in the program's leadership".into();
    }
    list.iter()
        .map(|r| {
            let role = match r.role {
                "program-manager" => "program manager",
                "pmo" => "PMO",
                "director" => "IT-service director",
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

fn headline(report: &RiskReport) -> Block {
    let s = &report.summary;
    let t = &report.trend;
    let cur = &report.currency;
    let total = &report.exposure.total;
    let mut kv = vec![
        (
            "Open threats".to_string(),
            Cell::new(format!(
                "{} ({})",
                s.open_threats,
                band_counts(report, RiskType::Threat)
            )),
        ),
        (
            "Open opportunities".to_string(),
            Cell::new(format!(
                "{} ({})",
                s.open_opportunities,
                band_counts(report, RiskType::Opportunity)
            )),
        ),
        ("Closed".to_string(), Cell::new(s.closed.to_string())),
        (
            "Escalations".to_string(),
            Cell::new(format!("threats at or above tolerance: {}", s.escalations)).tone(
                if s.escalations > 0 {
                    Tone::Bad
                } else {
                    Tone::Good
                },
            ),
        ),
        (
            "Overdue".to_string(),
            Cell::new(format!(
                "reviews {}, actions {}",
                s.reviews_overdue, s.actions_overdue
            ))
            .tone(if s.reviews_overdue + s.actions_overdue > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
        (
            "Hygiene".to_string(),
            Cell::new(format!(
                "lacking a response {}, stale (> {} days) {}, on finished projects {}",
                s.unmanaged, report.hygiene.stale_after_days, s.stale, s.on_closed_projects
            ))
            .tone(if s.unmanaged + s.stale + s.on_closed_projects > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
        (
            "Exposure (EMV)".to_string(),
            Cell::new(format!(
                "threats {cur} {}, opportunities {cur} {}, net {cur} {} ({} open risks unpriced)",
                money(total.threat_emv),
                money(total.opportunity_emv),
                money(total.net_emv),
                total.unpriced
            )),
        ),
    ];
    if let (Some(reserve), Some(headroom)) = (total.reserve, total.headroom) {
        kv.push((
            "Reserve".to_string(),
            Cell::new(format!(
                "{cur} {}, headroom {cur} {}",
                money(reserve),
                money(headroom)
            ))
            .tone(if headroom < 0.0 {
                Tone::Bad
            } else {
                Tone::Good
            }),
        ));
    }
    kv.push((
        format!("Trend since {}", report.since),
        Cell::new(format!(
            "{} new, {} closed, {} rising, {} falling",
            t.new.len(),
            t.closed.len(),
            t.rising.len(),
            t.falling.len()
        )),
    ));
    Block::KeyValues(kv)
}

fn top_table(report: &RiskReport, risk_type: RiskType, name: &str, title: &str) -> Table {
    let rows: Vec<&RiskRow> = report
        .risks
        .iter()
        .filter(|r| r.open && r.risk_type == risk_type)
        .collect();
    let shown = rows.len().min(TOP);
    let mut t = Table {
        name: name.into(),
        title: if rows.len() > shown {
            format!("{title} (top {shown} of {})", rows.len())
        } else {
            title.to_string()
        },
        columns: [
            "id",
            "title",
            "project",
            "score",
            "trend",
            "owner",
            "strategy",
            "next review",
        ]
        .map(String::from)
        .to_vec(),
        rows: Vec::new(),
        empty: "No open risks of this kind.".into(),
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
            Cell::new(arrow(r)).tone(match (r.direction, risk_type) {
                (Direction::Rising, RiskType::Threat)
                | (Direction::Falling, RiskType::Opportunity) => Tone::Bad,
                (Direction::Falling, RiskType::Threat)
                | (Direction::Rising, RiskType::Opportunity) => Tone::Good,
                _ => Tone::Plain,
            }),
            Cell::new(owner(r)),
            Cell::new(r.strategy.map_or("-", |s| s.key())),
            Cell::new(r.next_review.map_or_else(|| "-".into(), |d| d.to_string()))
                .tone(if overdue { Tone::Bad } else { Tone::Plain }),
        ]);
    }
    t
}

fn escalations(report: &RiskReport, titles: &Titles<'_>) -> Table {
    Table {
        name: "escalations".into(),
        title: "Escalations (open threats at or above tolerance)".into(),
        columns: ["risk", "title", "project", "score / tolerance", "notify"]
            .map(String::from)
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
                    Cell::new(recipients(&e.notify)).tone(if e.notify.is_empty() {
                        Tone::Bad
                    } else {
                        Tone::Plain
                    }),
                ]
            })
            .collect(),
        empty: "No open risk is at or above its tolerance.".into(),
    }
}

fn overdue(report: &RiskReport, titles: &Titles<'_>) -> [Table; 2] {
    let h = &report.hygiene;
    [
        Table {
            name: "reviews_overdue".into(),
            title: "Reviews overdue".into(),
            columns: ["risk", "title", "owner", "next review", "days over"]
                .map(String::from)
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
            empty: "No review is overdue.".into(),
        },
        Table {
            name: "actions_overdue".into(),
            title: "Actions overdue".into(),
            columns: ["risk", "action", "owner", "due", "days over"]
                .map(String::from)
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
            empty: "No action is overdue.".into(),
        },
    ]
}

fn hygiene(report: &RiskReport) -> Table {
    let h = &report.hygiene;
    let mut rows = Vec::new();
    for u in h.unmanaged.iter().take(LIMIT) {
        rows.push(vec![
            Cell::new(&*u.risk),
            Cell::new("high risk lacking a response").tone(Tone::Bad),
            Cell::new(format!("score {}; no {}", u.score, u.missing.join(", no "))),
        ]);
    }
    for c in h.on_closed_projects.iter().take(LIMIT) {
        rows.push(vec![
            Cell::new(&*c.risk),
            Cell::new("open on a finished project").tone(Tone::Warn),
            Cell::new(format!("{} is {}", c.project, c.project_status)),
        ]);
    }
    for s in h.stale.iter().take(LIMIT) {
        rows.push(vec![
            Cell::new(&*s.risk),
            Cell::new("stale").tone(Tone::Warn),
            Cell::new(format!(
                "last assessed {} ({} days ago)",
                s.last_reviewed, s.days
            )),
        ]);
    }
    Table {
        name: "hygiene".into(),
        title: "Hygiene".into(),
        columns: ["risk", "problem", "detail"].map(String::from).to_vec(),
        rows,
        empty: "Every open risk is owned, answered and recently assessed.".into(),
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

fn exposure(report: &RiskReport) -> [Table; 2] {
    let cur = &report.currency;
    let money_cols = |first: &[&str]| {
        first
            .iter()
            .map(|s| s.to_string())
            .chain([
                format!("threats EMV ({cur})"),
                "opportunities EMV".into(),
                "net".into(),
                "reserve".into(),
                "headroom".into(),
                "unpriced".into(),
            ])
            .collect::<Vec<_>>()
    };
    let projects = Table {
        name: "exposure_projects".into(),
        title: "Exposure by project".into(),
        columns: money_cols(&["project", "program"]),
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
        empty: "No open risk with a cost impact and no declared reserve.".into(),
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
        let mut row = vec![Cell::new("total").tone(Tone::Strong)];
        row.extend(money_cells(&report.exposure.total));
        rows.push(row);
    }
    let programs = Table {
        name: "exposure_programs".into(),
        title: "Exposure by program".into(),
        columns: money_cols(&["program"]),
        rows,
        empty: "No program in scope.".into(),
    };
    [projects, programs]
}

fn trend(report: &RiskReport, titles: &Titles<'_>) -> Vec<Block> {
    let t = &report.trend;
    let list = |ids: &[String]| {
        if ids.is_empty() {
            "none".to_string()
        } else {
            ids.join(", ")
        }
    };
    vec![
        Block::KeyValues(vec![
            ("New".into(), Cell::new(list(&t.new))),
            ("Closed".into(), Cell::new(list(&t.closed))),
            ("Rising".into(), Cell::new(list(&t.rising))),
            ("Falling".into(), Cell::new(list(&t.falling))),
            (
                "Open score total".into(),
                Cell::new(format!("{} then, {} now", t.total_then, t.total_now)),
            ),
        ]),
        Block::Table(Table {
            name: "movers".into(),
            title: "Top movers".into(),
            columns: ["risk", "title", "then", "now", "change"]
                .map(String::from)
                .to_vec(),
            rows: t
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
            empty: "No open risk changed score in the window.".into(),
        }),
    ]
}

fn proximity(report: &RiskReport) -> Table {
    Table {
        name: "proximity".into(),
        title: "Proximity (open risks tied to a task or milestone)".into(),
        columns: [
            "risk",
            "project",
            "threatens",
            "date",
            "days",
            "score",
            "critical path",
        ]
        .map(String::from)
        .to_vec(),
        rows: report
            .proximity
            .iter()
            .take(LIMIT)
            .map(|p| {
                vec![
                    Cell::new(&*p.risk),
                    Cell::new(&*p.project),
                    Cell::new(format!("{} {}", p.target_kind, p.target)),
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
                        Some(true) => "yes",
                        Some(false) => "no",
                        None => "-",
                    }),
                ]
            })
            .collect(),
        empty: "No open risk is tied to a pending task or milestone.".into(),
    }
}

fn breakdown(name: &str, title: &str, key: &str, buckets: &[Bucket]) -> Table {
    Table {
        name: name.into(),
        title: title.into(),
        columns: [key, "risks", "open", "escalated", "open score"]
            .map(String::from)
            .to_vec(),
        rows: buckets
            .iter()
            .take(LIMIT)
            .map(|b| {
                let label = match &b.label {
                    Some(l) => format!("{l} ({})", b.key),
                    None => b.key.clone(),
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
        empty: "No risks.".into(),
    }
}

/// The tidy table: one row per risk, every column a plain value.
pub fn register(report: &RiskReport) -> Table {
    let columns = [
        "id",
        "title",
        "project",
        "program",
        "type",
        "category",
        "probability",
        "impact",
        "score",
        "band",
        "tolerance",
        "escalate",
        "owner",
        "owner_name",
        "strategy",
        "status",
        "identified",
        "next_review",
        "last_reviewed",
        "closed_on",
        "cost_impact",
        "emv",
        "score_then",
        "trend",
        "change",
    ];
    let opt = |s: Option<String>| Cell::new(s.unwrap_or_default());
    let rows = report
        .risks
        .iter()
        .map(|r| {
            vec![
                Cell::new(&*r.id),
                Cell::new(&*r.title),
                opt(r.project.clone()),
                opt(r.program.clone()),
                Cell::new(match r.risk_type {
                    RiskType::Threat => "threat",
                    RiskType::Opportunity => "opportunity",
                }),
                Cell::new(r.category.key()),
                Cell::num(r.probability.to_string()),
                Cell::num(r.impact.to_string()),
                Cell::num(r.score.to_string()),
                opt(r.band.clone()),
                Cell::num(r.tolerance.to_string()),
                Cell::new(if r.escalate { "yes" } else { "no" }),
                opt(r.owner.clone()),
                opt(r.owner_name.clone()),
                opt(r.strategy.map(|s| s.key().to_string())),
                Cell::new(r.status.key()),
                Cell::new(r.identified.to_string()),
                opt(r.next_review.map(|d| d.to_string())),
                Cell::new(r.last_reviewed.to_string()),
                opt(r.closed_on.map(|d| d.to_string())),
                Cell::num(
                    r.cost_impact
                        .map(|c| format!("{:.2}", round2(c)))
                        .unwrap_or_default(),
                ),
                Cell::num(r.emv.map(|c| format!("{c:.2}")).unwrap_or_default()),
                Cell::num(r.score_then.map(|s| s.to_string()).unwrap_or_default()),
                Cell::new(r.direction.key()),
                Cell::num(r.change.to_string()),
            ]
            .into_iter()
            // Control characters in repository text would reach a terminal
            // that `cat`s the CSV; the table and markdown renderers
            // sanitise on their own, so this is a no-op there.
            .map(|mut c| {
                if let std::borrow::Cow::Owned(clean) = sanitize(&c.text) {
                    c.text = clean;
                }
                c
            })
            .collect()
        })
        .collect();
    Table {
        name: "risks".into(),
        title: "Register".into(),
        columns: columns.map(String::from).to_vec(),
        rows,
        empty: "No risks in scope.".into(),
    }
}

fn scope_text(report: &RiskReport) -> String {
    let f = &report.filters;
    let mut parts = Vec::new();
    if let Some(p) = &f.program {
        parts.push(format!("program {p}"));
    }
    if let Some(p) = &f.project {
        parts.push(format!("project {p}"));
    }
    if let Some(c) = f.category {
        parts.push(format!("category {}", c.key()));
    }
    if let Some(o) = &f.owner {
        parts.push(format!("owner {o}"));
    }
    if let Some(s) = f.status {
        parts.push(format!("status {}", s.key()));
    }
    if let Some(m) = f.min_score {
        parts.push(format!("score >= {m}"));
    }
    if parts.is_empty() {
        "all risks".into()
    } else {
        parts.join(", ")
    }
}

/// Lays the report out.
pub fn view(report: &RiskReport, detail: Detail) -> View {
    let name = report.meta.portfolio.as_deref().unwrap_or("Portfolio");
    let title = format!("{name}: risks as of {}", report.meta.as_of);
    if detail == Detail::Register {
        return View {
            title,
            blocks: vec![Block::Table(register(report))],
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
        Block::Text(format!(
            "{}; scales {}x{} (probability x impact); trend since {}",
            scope_text(report),
            report.probability_levels,
            report.impact_levels,
            report.since
        )),
        headline(report),
        Block::HeatMap(heat_map(
            report,
            &report.heatmaps.threats,
            RiskType::Threat,
            "Threats",
        )),
        Block::HeatMap(heat_map(
            report,
            &report.heatmaps.opportunities,
            RiskType::Opportunity,
            "Opportunities",
        )),
        Block::Table(top_table(
            report,
            RiskType::Threat,
            "top_threats",
            "Top threats",
        )),
        Block::Table(top_table(
            report,
            RiskType::Opportunity,
            "top_opportunities",
            "Top opportunities",
        )),
        Block::Table(escalations(report, &titles)),
    ];
    blocks.extend(more(report.escalations.len(), "escalations"));
    let [reviews, actions] = overdue(report, &titles);
    blocks.push(Block::Table(reviews));
    blocks.extend(more(h.reviews_overdue.len(), "overdue reviews"));
    blocks.push(Block::Table(actions));
    blocks.extend(more(h.actions_overdue.len(), "overdue actions"));
    blocks.push(Block::Table(hygiene(report)));
    blocks.extend(more(h.unmanaged.len(), "high risks lacking a response"));
    blocks.extend(more(
        h.on_closed_projects.len(),
        "risks on finished projects",
    ));
    blocks.extend(more(h.stale.len(), "stale risks"));
    blocks.push(Block::Heading("Exposure".into()));
    blocks.push(Block::Text(format!(
        "EMV = probability / {} x cost impact; net = threats - opportunities; headroom = reserve - net.",
        report.probability_levels
    )));
    let [projects, programs] = exposure(report);
    blocks.push(Block::Table(projects));
    blocks.extend(more(report.exposure.projects.len(), "projects"));
    blocks.push(Block::Table(programs));
    blocks.extend(more(report.exposure.programs.len(), "programs"));
    blocks.push(Block::Heading(format!("Trend since {}", report.since)));
    blocks.extend(trend(report, &titles));
    blocks.push(Block::Table(proximity(report)));
    blocks.extend(more(
        report.proximity.len(),
        "risks tied to a task or milestone",
    ));
    blocks.push(Block::Heading("Breakdowns".into()));
    let b = &report.breakdowns;
    for (name, heading, key, buckets) in [
        ("by_category", "By category", "category", &b.by_category),
        ("by_owner", "By owner", "owner", &b.by_owner),
        ("by_status", "By status", "status", &b.by_status),
        ("by_strategy", "By strategy", "strategy", &b.by_strategy),
    ] {
        blocks.push(Block::Table(breakdown(name, heading, key, buckets)));
        blocks.extend(more(buckets.len(), key));
    }
    View {
        title,
        blocks,
        tidy: "risks".into(),
    }
}

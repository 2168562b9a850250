//! The assessment report laid out for people: the project assessment, the
//! program averages, KPI attainment, then each 360-degree review with its
//! competency table, bars and the manager's projects. Formatting only.

mod evaluation;
mod review;
mod satisfaction;

use strum::IntoEnumIterator;

use super::AssessmentReport;
use super::kpi::Trend;
use super::project::Rank;
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::{Better, Competency, Dimension};
use crate::render::{Block, Cell, Give, Table, Tone, View, give_way};

/// Column label of a dimension: D1 to D7 in the order of ITSS IT-service program management.
fn short(d: Dimension) -> String {
    let i = Dimension::iter().position(|x| x == d).unwrap_or(0);
    format!("D{}", i + 1)
}

/// A score as written: one decimal, or two when it has them.
fn score(x: Option<f64>) -> String {
    match x {
        Some(x) if ((x * 10.0).round() - x * 10.0).abs() < 1e-9 => format!("{x:.1}"),
        Some(x) => format!("{x:.2}"),
        None => "–".to_string(),
    }
}

/// A competency as people read it.
pub fn competency_label(c: Competency, lang: Lang) -> &'static str {
    i18n::competency(lang, c)
}

pub(super) fn num(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| format!("{x:.2}"))
}

pub(super) fn signed(x: f64) -> String {
    if x.abs() < 0.005 {
        "±0.00".to_string()
    } else {
        format!("{x:+.2}")
    }
}

pub(super) fn change_cell(x: Option<f64>) -> Cell {
    match x {
        Some(x) if x >= 0.005 => Cell::num(format!("▲ {}", signed(x))).tone(Tone::Good),
        Some(x) if x <= -0.005 => Cell::num(format!("▼ {}", signed(x))).tone(Tone::Bad),
        Some(x) => Cell::num(format!("= {}", signed(x))),
        None => Cell::num("–").tone(Tone::Muted),
    }
}

pub(super) fn grade_cell(grade: Option<&str>, report: &AssessmentReport) -> Cell {
    let Some(g) = grade else {
        return Cell::new("–").tone(Tone::Muted);
    };
    // The top band is good, the bottom band bad.
    let mut bands: Vec<_> = report.settings.grades.iter().collect();
    bands.sort_by(|a, b| a.from.total_cmp(&b.from));
    let tone = if bands.last().is_some_and(|b| b.name == g) {
        Tone::Good
    } else if bands.len() > 1 && bands.first().is_some_and(|b| b.name == g) {
        Tone::Bad
    } else {
        Tone::Plain
    };
    Cell::new(g).tone(tone)
}

fn rank(r: Option<Rank>) -> Cell {
    r.map_or_else(
        || Cell::num("–"),
        |r| Cell::num(format!("{}/{}", r.position, r.of)),
    )
}

fn percent(rate: Option<f64>, met: usize, measured: usize) -> Cell {
    match rate {
        Some(r) => {
            let tone = if met == measured {
                Tone::Good
            } else if r < 0.5 {
                Tone::Bad
            } else {
                Tone::Warn
            };
            Cell::num(format!("{:.0}% ({met}/{measured})", r * 100.0)).tone(tone)
        }
        None => Cell::num("–").tone(Tone::Muted),
    }
}

/// At 80 columns: the program and the rank in it, the dimensions from D7
/// back to D1, then the trend and the grade; the rank, the project and the
/// total stay longest (the project is never left out).
fn projects_give_way(lang: Lang) -> Vec<Give<String>> {
    let label = |l: L| Give::Drop(t(lang, l).to_string());
    let mut order = vec![label(L::Program), label(L::ColInProgram)];
    order.extend(Dimension::iter().rev().map(|d| Give::Drop(short(d))));
    order.extend([L::Trend, L::Grade, L::Total].map(label));
    order
}

/// At 80 columns: the number of projects, the dimensions from D7 back to
/// D1, the period, the grade; the total stays longest.
fn programs_give_way(lang: Lang) -> Vec<Give<String>> {
    let label = |l: L| Give::Drop(t(lang, l).to_string());
    let mut order = vec![label(L::ColProjects)];
    order.extend(Dimension::iter().rev().map(|d| Give::Drop(short(d))));
    order.extend([L::Period, L::Grade, L::Total].map(label));
    order
}

/// One table per period, rows in portfolio rank order.
fn projects_tables(report: &AssessmentReport, lang: Lang) -> Vec<Table> {
    let several_programs = report
        .projects
        .iter()
        .any(|p| p.program != report.projects[0].program);
    let mut periods: Vec<_> = report.projects.iter().map(|p| p.period).collect();
    periods.sort();
    periods.dedup();
    let mut tables = Vec::new();
    for period in periods {
        let mut rows: Vec<&super::ProjectAssessment> = report
            .projects
            .iter()
            .filter(|p| p.period == period)
            .collect();
        rows.sort_by_key(|p| {
            (
                p.rank_in_portfolio.map_or(usize::MAX, |r| r.position),
                p.project.clone(),
            )
        });
        let mut columns: Vec<String> = vec![t(lang, L::ColRank).into(), t(lang, L::Project).into()];
        if several_programs {
            columns.extend([L::Program, L::ColInProgram].map(|l| t(lang, l).to_string()));
        }
        columns.extend(Dimension::iter().map(short));
        columns.extend([L::Total, L::Grade, L::Trend].map(|l| t(lang, l).to_string()));
        let rows = rows
            .into_iter()
            .map(|p| {
                let mut row = vec![rank(p.rank_in_portfolio), Cell::new(&p.project)];
                if several_programs {
                    row.push(Cell::new(&p.program));
                    row.push(rank(p.rank_in_program));
                }
                row.extend(p.dimensions.iter().map(|d| {
                    // † marks a score taken from the satisfaction surveys.
                    let from = if d.surveys.as_ref().is_some_and(|s| s.used) {
                        "†"
                    } else {
                        ""
                    };
                    if p.weakest.contains(&d.dimension) {
                        Cell::num(format!("{}{from}*", score(d.score))).tone(Tone::Warn)
                    } else {
                        Cell::num(format!("{}{from}", score(d.score)))
                    }
                }));
                row.push(Cell::num(num(p.total)).tone(Tone::Strong));
                row.push(grade_cell(p.grade.as_deref(), report));
                row.push(change_cell(p.change));
                row
            })
            .collect();
        tables.push(Table {
            name: format!("projects-{period}"),
            title: tf(lang, L::ProjectAssessmentPeriod, &[&period]),
            give_way: give_way(&columns, &projects_give_way(lang)),
            columns,
            rows,
            empty: String::new(),
        });
    }
    tables
}

fn programs_table(report: &AssessmentReport, lang: Lang) -> Table {
    let mut columns: Vec<String> = [L::Program, L::Period, L::ColProjects]
        .map(|l| t(lang, l).to_string())
        .to_vec();
    columns.extend(Dimension::iter().map(short));
    columns.extend([L::Total, L::Grade].map(|l| t(lang, l).to_string()));
    let rows = report
        .programs
        .iter()
        .map(|p| {
            let mut row = vec![
                Cell::new(&p.program),
                Cell::new(p.period.to_string()),
                Cell::num(p.projects.to_string()),
            ];
            row.extend(p.dimensions.iter().map(|d| Cell::num(num(d.average))));
            row.push(Cell::num(num(p.total)).tone(Tone::Strong));
            row.push(grade_cell(p.grade.as_deref(), report));
            row
        })
        .collect();
    Table {
        name: "programs".into(),
        title: t(lang, L::ProgramAverages).into(),
        give_way: give_way(&columns, &programs_give_way(lang)),
        columns,
        rows,
        empty: t(lang, L::NoProgramAverages).into(),
    }
}

const KPI_COLUMNS: [L; 7] = [
    L::Project,
    L::Kpi,
    L::ColTarget,
    L::ColLatest,
    L::ColMet,
    L::ColMisses,
    L::Trend,
];

/// At 80 columns: the trend, the misses in a row, the target (the latest
/// value says met or missed), the rate met; the KPI's name is cut before
/// the latest value goes, and goes last.
const KPI_GIVE_WAY: [Give<L>; 7] = [
    Give::Drop(L::Trend),
    Give::Drop(L::ColMisses),
    Give::Drop(L::ColTarget),
    Give::Drop(L::ColMet),
    Give::Cut(L::Kpi),
    Give::Drop(L::ColLatest),
    Give::Drop(L::Kpi),
];

fn kpi_table(report: &AssessmentReport, lang: Lang) -> Table {
    let mut rows = Vec::new();
    for p in &report.kpis.projects {
        for k in &p.kpis {
            let unit = k
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            let op = match k.better {
                Better::Higher => "≥",
                Better::Lower => "≤",
            };
            let name = if k.sla {
                format!("{} (SLA)", k.name)
            } else {
                k.name.clone()
            };
            let latest = match k.actuals.last() {
                Some(a) if a.met => {
                    Cell::num(format!("✓ {}{unit} ({})", a.value, a.period)).tone(Tone::Good)
                }
                Some(a) => Cell::num(format!("✗ {}{unit} ({})", a.value, a.period)).tone(Tone::Bad),
                None => Cell::num(t(lang, L::NoActual)).tone(Tone::Muted),
            };
            let streak = if k.flagged {
                Cell::num(format!("⚑ {}", k.miss_streak)).tone(Tone::Bad)
            } else {
                Cell::num(k.miss_streak.to_string())
            };
            let trend = match k.trend {
                Trend::Improving => Cell::new(t(lang, L::TrendBetter)).tone(Tone::Good),
                Trend::Worsening => Cell::new(t(lang, L::TrendWorse)).tone(Tone::Bad),
                Trend::Flat => Cell::new(t(lang, L::TrendFlat)),
                Trend::Unknown => Cell::new("–").tone(Tone::Muted),
            };
            rows.push(vec![
                Cell::new(&p.project),
                Cell::new(name),
                Cell::num(format!("{op} {}{unit}", k.target)),
                latest,
                percent(k.rate, k.met, k.measured),
                streak,
                trend,
            ]);
        }
    }
    Table {
        name: "kpis".into(),
        title: t(lang, L::KpiTitle).into(),
        columns: KPI_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        give_way: give_way(&KPI_COLUMNS, &KPI_GIVE_WAY),
        rows,
        empty: t(lang, L::NoKpis).into(),
    }
}

fn kpi_projects_table(report: &AssessmentReport, lang: Lang) -> Table {
    let rows = report
        .kpis
        .projects
        .iter()
        .map(|p| {
            let by_period = p
                .periods
                .iter()
                .map(|r| format!("{} {}/{}", r.period, r.met, r.measured))
                .collect::<Vec<_>>()
                .join(" · ");
            vec![
                Cell::new(&p.project),
                Cell::new(&p.program),
                percent(p.rate, p.met, p.measured),
                Cell::new(by_period),
            ]
        })
        .collect();
    Table {
        name: "kpi-projects".into(),
        title: t(lang, L::KpiByProject).into(),
        columns: [L::Project, L::Program, L::ColMet, L::ColByPeriod]
            .map(|l| t(lang, l).to_string())
            .to_vec(),
        // At 80 columns: the program, then the periods; the rate met stays.
        give_way: vec![Give::Drop(1), Give::Drop(3), Give::Drop(2)],
        rows,
        empty: String::new(),
    }
}

/// A rater group as shown: the pool of small groups reads "pooled".
/// The report for the terminal and Markdown.
pub fn view(report: &AssessmentReport, lang: Lang) -> View {
    let mut blocks = vec![Block::KeyValues(filters(report, lang))];
    blocks.push(Block::Heading(t(lang, L::ProjectAssessment).into()));
    let tables = projects_tables(report, lang);
    if tables.is_empty() {
        blocks.push(Block::Text(t(lang, L::NoProjectAssessments).into()));
    }
    blocks.extend(tables.into_iter().map(Block::Table));
    blocks.push(Block::Text(t(lang, L::DimensionLegend).into()));
    if !report.programs.is_empty() {
        blocks.push(Block::Table(programs_table(report, lang)));
    }
    blocks.extend(kpi_blocks(report, lang));
    blocks.extend(satisfaction::blocks(report, lang));
    blocks.push(Block::Heading(t(lang, L::Reviews360).into()));
    if report.reviews.is_empty() {
        blocks.push(Block::Text(t(lang, L::NoReviews).into()));
    } else {
        blocks.push(Block::Table(review::reviews_table(report, lang)));
    }
    // Per manager, the latest review in scope in full (reviews are sorted
    // by manager, then period); earlier ones are in the table above, in
    // JSON, and with --period.
    let full = report.filters.manager.is_some();
    let latest = report
        .reviews
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            report
                .reviews
                .get(i + 1)
                .is_none_or(|next| next.manager != r.manager)
        })
        .map(|(_, r)| r);
    for r in latest {
        review::review_blocks(report, r, full, &mut blocks, lang);
    }
    blocks.extend(evaluation::blocks(report, lang));
    let title = match &report.meta.portfolio {
        Some(name) => tf(lang, L::AssessmentTitleNamed, &[name]),
        None => t(lang, L::AssessmentTitle).to_string(),
    };
    View {
        title,
        blocks,
        tidy: "projects".into(),
    }
}

/// The as-of date and the filters the report was run with.
fn filters(report: &AssessmentReport, lang: Lang) -> Vec<(String, Cell)> {
    let f = &report.filters;
    let mut kv = vec![(
        t(lang, L::AsOf).to_string(),
        Cell::new(report.meta.as_of.to_string()),
    )];
    for (k, v) in [
        (L::Program, &f.program),
        (L::Project, &f.project),
        (L::Manager, &f.manager),
    ] {
        if let Some(v) = v {
            kv.push((t(lang, k).to_string(), Cell::new(v)));
        }
    }
    if let Some(p) = f.period {
        kv.push((t(lang, L::Period).to_string(), Cell::new(p.to_string())));
    }
    kv
}

/// KPI attainment: per KPI, and per project and program when any.
fn kpi_blocks(report: &AssessmentReport, lang: Lang) -> Vec<Block> {
    let mut blocks = vec![Block::Table(kpi_table(report, lang))];
    if !report.kpis.projects.is_empty() {
        blocks.push(Block::Table(kpi_projects_table(report, lang)));
        blocks.push(Block::Table(Table {
            name: "kpi-programs".into(),
            title: t(lang, L::KpiByProgram).into(),
            columns: [L::Program, L::ColMet]
                .map(|l| t(lang, l).to_string())
                .to_vec(),
            give_way: vec![Give::Drop(1)],
            rows: report
                .kpis
                .programs
                .iter()
                .map(|k| vec![Cell::new(&k.program), percent(k.rate, k.met, k.measured)])
                .collect(),
            empty: String::new(),
        }));
    }
    blocks
}

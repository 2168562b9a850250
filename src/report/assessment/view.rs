//! The assessment report laid out for people: the project assessment, the
//! program averages, KPI attainment, then each 360-degree review with its
//! competency table, bars and the manager's projects. Formatting only.

use super::AssessmentReport;
use super::kpi::Trend;
use super::project::Rank;
use super::review::{GapFlag, Group, ManagerReview};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::{Better, Competency, Dimension};
use crate::render::bars::{BarRow, BarValue, Bars};
use crate::render::{Block, Cell, Table, Tone, View};

/// Column label of a dimension: D1 to D7 in the order of ITSS IT-service program management.
fn short(d: Dimension) -> String {
    let i = Dimension::ALL.iter().position(|x| *x == d).unwrap_or(0);
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

fn num(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| format!("{x:.2}"))
}

fn signed(x: f64) -> String {
    if x.abs() < 0.005 {
        "±0.00".to_string()
    } else {
        format!("{x:+.2}")
    }
}

fn change_cell(x: Option<f64>) -> Cell {
    match x {
        Some(x) if x >= 0.005 => Cell::num(format!("▲ {}", signed(x))).tone(Tone::Good),
        Some(x) if x <= -0.005 => Cell::num(format!("▼ {}", signed(x))).tone(Tone::Bad),
        Some(x) => Cell::num(format!("= {}", signed(x))),
        None => Cell::num("–").tone(Tone::Muted),
    }
}

fn grade_cell(grade: Option<&str>, report: &AssessmentReport) -> Cell {
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
        columns.extend(Dimension::ALL.iter().map(|d| short(*d)));
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
                    if p.weakest.contains(&d.dimension) {
                        Cell::num(format!("{}*", score(d.score))).tone(Tone::Warn)
                    } else {
                        Cell::num(score(d.score))
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
    columns.extend(Dimension::ALL.iter().map(|d| short(*d)));
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
        columns,
        rows,
        empty: t(lang, L::NoProgramAverages).into(),
    }
}

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
        columns: [
            L::Project,
            L::Kpi,
            L::ColTarget,
            L::ColLatest,
            L::ColMet,
            L::ColMisses,
            L::Trend,
        ]
        .map(|l| t(lang, l).to_string())
        .to_vec(),
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
        rows,
        empty: String::new(),
    }
}

/// A rater group as shown: the pool of small groups reads "pooled".
fn group_label(g: Group, lang: Lang) -> &'static str {
    t(
        lang,
        match g {
            Group::SelfRating => L::GroupSelf,
            Group::Superior => L::GroupSuperior,
            Group::Peer => L::GroupPeer,
            Group::Subordinate => L::GroupSubordinate,
            Group::Customer => L::GroupCustomer,
            Group::Others => L::GroupPooled,
        },
    )
}

fn flag_text(flag: Option<GapFlag>, gap: Option<f64>, lang: Lang) -> (String, Tone) {
    match (flag, gap) {
        (Some(GapFlag::BlindSpot), Some(g)) => {
            (tf(lang, L::BlindSpotMark, &[&signed(g)]), Tone::Bad)
        }
        (Some(GapFlag::HiddenStrength), Some(g)) => {
            (tf(lang, L::HiddenStrengthMark, &[&signed(g)]), Tone::Good)
        }
        _ => (String::new(), Tone::Plain),
    }
}

fn list(cs: &[Competency], lang: Lang) -> String {
    if cs.is_empty() {
        t(lang, L::NoneWord).into()
    } else {
        cs.iter()
            .map(|c| competency_label(*c, lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Every review in scope, one row each.
fn reviews_table(report: &AssessmentReport, lang: Lang) -> Table {
    let rows = report
        .reviews
        .iter()
        .map(|r| {
            let raters: usize = r.groups.iter().map(|g| g.raters).sum();
            vec![
                Cell::new(&r.manager),
                Cell::new(&r.name),
                Cell::new(r.period.to_string()),
                Cell::num(raters.to_string()),
                Cell::num(num(r.overall)).tone(Tone::Strong),
                change_cell(r.change),
                Cell::num(r.blind_spots.len().to_string()),
                Cell::num(r.hidden_strengths.len().to_string()),
            ]
        })
        .collect();
    Table {
        name: "reviews".into(),
        title: t(lang, L::ReviewsTitle).into(),
        columns: [
            L::Manager,
            L::ColName,
            L::Period,
            L::ColRaters,
            L::ColOverall,
            L::Change,
            L::ColBlindSpots,
            L::ColHiddenStr,
        ]
        .map(|l| t(lang, l).to_string())
        .to_vec(),
        rows,
        empty: String::new(),
    }
}

fn review_blocks(
    report: &AssessmentReport,
    r: &ManagerReview,
    full: bool,
    blocks: &mut Vec<Block>,
    lang: Lang,
) {
    let who = if r.name.is_empty() {
        r.manager.clone()
    } else {
        format!("{} ({})", r.name, r.manager)
    };
    blocks.push(Block::Heading(tf(
        lang,
        L::ReviewHeading,
        &[&who, &r.period],
    )));
    let raters = r
        .groups
        .iter()
        .map(|g| format!("{} {}", group_label(g.group, lang), g.raters))
        .collect::<Vec<_>>()
        .join(" · ");
    let threshold = report.settings.anonymity_threshold;
    let mut kv = vec![
        (t(lang, L::KeyReview).to_string(), Cell::new(&r.review)),
        (t(lang, L::ColRaters).to_string(), Cell::new(raters)),
    ];
    if r.groups.iter().any(|g| g.group == Group::Others) {
        kv.push((
            t(lang, L::KeyPooled).to_string(),
            Cell::new(tf(lang, L::PooledLine, &[&threshold])),
        ));
    }
    if r.withheld_raters > 0 {
        kv.push((
            t(lang, L::KeyWithheld).to_string(),
            Cell::new(tf(lang, L::WithheldLine, &[&r.withheld_raters, &threshold]))
                .tone(Tone::Muted),
        ));
    }
    let overall = match (&r.previous, r.change) {
        (Some(p), Some(c)) => tf(
            lang,
            L::OverallSince,
            &[&num(r.overall), &signed(c), &p.period],
        ),
        _ => num(r.overall),
    };
    kv.push((
        t(lang, L::ColOverall).to_string(),
        Cell::new(overall).tone(Tone::Strong),
    ));
    kv.push((
        t(lang, L::TopThree).to_string(),
        Cell::new(list(&r.top, lang)),
    ));
    kv.push((
        t(lang, L::BottomThree).to_string(),
        Cell::new(list(&r.bottom, lang)),
    ));
    kv.push((
        t(lang, L::ColBlindSpots).to_string(),
        Cell::new(list(&r.blind_spots, lang)).tone(if r.blind_spots.is_empty() {
            Tone::Plain
        } else {
            Tone::Bad
        }),
    ));
    kv.push((
        t(lang, L::HiddenStrengths).to_string(),
        Cell::new(list(&r.hidden_strengths, lang)),
    ));
    blocks.push(Block::KeyValues(kv));

    // Overall equals Others unless self has a weight; Change needs a
    // previous review.
    let self_weighted = report
        .settings
        .group_weights
        .get("self")
        .is_some_and(|w| *w > 0.0);
    let has_previous = r.previous.is_some();
    let mut columns = vec![t(lang, L::ColCompetency).to_string()];
    columns.extend(
        r.groups
            .iter()
            .map(|g| group_label(g.group, lang).to_string()),
    );
    columns.push(t(lang, L::ColOthers).into());
    if self_weighted {
        columns.push(t(lang, L::ColOverall).into());
    }
    columns.push(t(lang, L::GapCol).into());
    if has_previous {
        columns.push(t(lang, L::Change).into());
    }
    let rows = r
        .competencies
        .iter()
        .map(|c| {
            let mut row = vec![Cell::new(competency_label(c.competency, lang))];
            row.extend(c.groups.iter().map(|m| match m.mean {
                Some(x) => Cell::num(format!("{x:.2}")),
                None => Cell::num("–").tone(Tone::Muted),
            }));
            row.push(Cell::num(num(c.others)).tone(Tone::Strong));
            if self_weighted {
                row.push(Cell::num(num(c.overall)));
            }
            let (_, tone) = flag_text(c.flag, c.gap, lang);
            let gap = c.gap.map_or_else(|| "–".to_string(), signed);
            let mark = match c.flag {
                Some(GapFlag::BlindSpot) => " !",
                Some(GapFlag::HiddenStrength) => " +",
                None => "",
            };
            row.push(Cell::num(format!("{gap}{mark}")).tone(tone));
            if has_previous {
                row.push(change_cell(c.change));
            }
            row
        })
        .collect();
    blocks.push(Block::Table(Table {
        name: format!("competencies-{}", r.review),
        title: t(lang, L::CompetenciesTitle).into(),
        columns,
        rows,
        empty: t(lang, L::NoCompetencyRated).into(),
    }));

    let has_self = r.groups.iter().any(|g| g.group == Group::SelfRating);
    let mut series = Vec::new();
    if has_self {
        series.push(t(lang, L::GroupSelf).to_string());
    }
    series.push(t(lang, L::GroupOthers).to_string());
    blocks.push(Block::Bars(Bars {
        title: t(lang, L::SelfAgainstOthers).into(),
        label: t(lang, L::ColCompetency).into(),
        mark_label: t(lang, L::GapCol).into(),
        series,
        min: report.settings.score_min,
        max: report.settings.score_max,
        rows: r
            .competencies
            .iter()
            .map(|c| {
                let (mark, tone) = flag_text(c.flag, c.gap, lang);
                let mut values = Vec::new();
                if has_self {
                    values.push(BarValue::new(c.self_score, num(c.self_score)));
                }
                values.push(BarValue::new(c.others, num(c.others)));
                BarRow {
                    label: competency_label(c.competency, lang).into(),
                    values,
                    mark,
                    tone,
                }
            })
            .collect(),
        note: tf(lang, L::GapNote, &[&report.settings.gap_threshold]),
    }));

    let rows = r
        .projects
        .iter()
        .map(|p| {
            vec![
                Cell::new(&p.project),
                Cell::new(&p.name),
                Cell::new(p.period.map_or_else(|| "–".to_string(), |x| x.to_string())),
                Cell::num(num(p.total)),
                grade_cell(p.grade.as_deref(), report),
                Cell::new(p.plan_status.as_deref().map_or_else(
                    || t(lang, L::NotApplicable).to_string(),
                    |s| i18n::rag(lang, s),
                ))
                .tone(Tone::Muted),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        name: format!("managed-{}", r.review),
        title: t(lang, L::ManagedTitle).into(),
        columns: [
            L::Project,
            L::ColName,
            L::ColAssessed,
            L::Total,
            L::Grade,
            L::ColPlanStatus,
        ]
        .map(|l| t(lang, l).to_string())
        .to_vec(),
        rows,
        empty: t(lang, L::ManagesNone).into(),
    }));

    if full && !r.comments.is_empty() {
        blocks.push(Block::Table(Table {
            name: format!("comments-{}", r.review),
            title: t(lang, L::CommentsTitle).into(),
            columns: [L::ColGroup, L::ColComment]
                .map(|l| t(lang, l).to_string())
                .to_vec(),
            rows: r
                .comments
                .iter()
                .map(|c| vec![Cell::new(group_label(c.group, lang)), Cell::new(&c.text)])
                .collect(),
            empty: String::new(),
        }));
    }
}

/// The report for the terminal and Markdown.
pub fn view(report: &AssessmentReport, lang: Lang) -> View {
    let mut blocks = Vec::new();
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
    blocks.push(Block::KeyValues(kv));

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
    blocks.push(Block::Table(kpi_table(report, lang)));
    if !report.kpis.projects.is_empty() {
        blocks.push(Block::Table(kpi_projects_table(report, lang)));
        blocks.push(Block::Table(Table {
            name: "kpi-programs".into(),
            title: t(lang, L::KpiByProgram).into(),
            columns: [L::Program, L::ColMet]
                .map(|l| t(lang, l).to_string())
                .to_vec(),
            rows: report
                .kpis
                .programs
                .iter()
                .map(|k| vec![Cell::new(&k.program), percent(k.rate, k.met, k.measured)])
                .collect(),
            empty: String::new(),
        }));
    }
    let full = f.manager.is_some();
    blocks.push(Block::Heading(t(lang, L::Reviews360).into()));
    if report.reviews.is_empty() {
        blocks.push(Block::Text(t(lang, L::NoReviews).into()));
    } else {
        blocks.push(Block::Table(reviews_table(report, lang)));
    }
    // Per manager, the latest review in scope in full (reviews are sorted
    // by manager, then period); earlier ones are in the table above, in
    // JSON, and with --period.
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
        review_blocks(report, r, full, &mut blocks, lang);
    }
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

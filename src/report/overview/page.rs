//! The management page (`pmo report --format html`): the overview, then
//! the pictures of the four reports over the same scope and date, each
//! taken from that report's own view. Nothing here computes a figure: it
//! picks blocks out of the views and, for a large portfolio, keeps each
//! picture to a size a reader (and a browser) can take, saying so on the
//! page.

use crate::model::Lang;
use std::collections::BTreeSet;

use super::{OverviewReport, Parts};
use crate::model::Portfolio;
use crate::render::gantt::{Gantt, Scale};
use crate::render::{Block, View};
use crate::report::{assessment, plan, resource, risk};

/// At most this many projects in the Gantt chart, the highest priority first.
pub const GANTT_PROJECTS: usize = 25;
/// At most this many people in the load grid, the most overbooked first.
pub const GRID_PEOPLE: usize = 40;
/// At most this many managers' 360-degree charts.
pub const REVIEWS: usize = 20;

/// The page's sections, in reading order: overview, Gantt chart, risk
/// heat maps, load grid, 360-degree charts.
pub fn sections(
    portfolio: &Portfolio,
    overview: &OverviewReport,
    parts: &Parts<'_>,
    lang: Lang,
) -> Vec<View> {
    vec![
        super::view::view(overview, false, lang),
        schedule(portfolio, &parts.plan, lang),
        risks(&parts.risk, lang),
        load(&parts.resource, lang),
        reviews(&parts.assessment, lang),
    ]
}

/// The plan report's Gantt chart, of the `GANTT_PROJECTS` projects with
/// the highest priority (1 first; ties by program and project id).
fn schedule(portfolio: &Portfolio, r: &plan::PlanReport, lang: Lang) -> View {
    // The chart has one section per project with items.
    let charted: Vec<(&str, &str)> = r
        .programs
        .iter()
        .flat_map(|g| {
            g.projects
                .iter()
                .filter(|p| !p.items.is_empty())
                .map(move |p| (g.id.as_str(), p.id.as_str()))
        })
        .collect();
    let total = charted.len();
    let mut blocks = Vec::new();
    let chart = if total > GANTT_PROJECTS {
        // Choose the projects first and chart only those: drawing the
        // whole portfolio to throw most of it away costs seconds.
        let mut ranked: Vec<(u8, &str, &str)> = charted
            .iter()
            .map(|(g, p)| {
                let priority = portfolio.project(p).map_or(3, |x| x.priority_level());
                (priority, *g, *p)
            })
            .collect();
        ranked.sort();
        let keep: BTreeSet<(&str, &str)> = ranked
            .iter()
            .take(GANTT_PROJECTS)
            .map(|x| (x.1, x.2))
            .collect();
        let selected = r.select(|g, p| keep.contains(&(g.id.as_str(), p.id.as_str())));
        let mut chart = plan::view::gantt(&selected, None, lang);
        narrow(&mut chart);
        blocks.push(Block::Text(format!(
            "Showing {} of {total} projects: the highest priority first. \
             `pmo report plan --program ID --format html` charts one program in full.",
            chart.sections.len()
        )));
        chart
    } else {
        plan::view::gantt(r, None, lang)
    };
    let title = chart.title.clone();
    blocks.push(Block::Gantt(chart));
    View {
        title,
        blocks,
        tidy: String::new(),
    }
}

/// The axis over the rows kept (the as-of date included), not the whole
/// portfolio's span.
fn narrow(g: &mut Gantt) {
    let rows = g.sections.iter().flat_map(|s| &s.rows);
    let lo = rows.clone().map(|r| r.start).min();
    let hi = rows.map(|r| r.finish).max();
    if let (Some(lo), Some(hi)) = (lo, hi) {
        let (lo, hi) = match g.today {
            Some(t) => (lo.min(t), hi.max(t)),
            None => (lo, hi),
        };
        g.from = lo.max(g.from);
        g.to = hi.min(g.to).max(g.from);
        g.scale = Scale::for_span(g.from, g.to);
    }
}

/// The risk report's headline (the key values before the first map) and
/// heat maps.
fn risks(r: &risk::RiskReport, lang: Lang) -> View {
    let view = risk::view::view(r, risk::view::Detail::Summary, lang);
    let mut blocks = Vec::new();
    let mut maps = false;
    for b in view.blocks {
        match b {
            Block::KeyValues(_) if !maps => blocks.push(b),
            Block::HeatMap(_) => {
                maps = true;
                blocks.push(b);
            }
            _ => {}
        }
    }
    View {
        title: view.title,
        blocks,
        tidy: String::new(),
    }
}

/// The resource report's summary and load grid, of the `GRID_PEOPLE`
/// people over capacity in the most periods (then the most used).
fn load(r: &resource::ResourceReport<'_>, lang: Lang) -> View {
    let view = resource::view::view(r, false, lang);
    let mut blocks = Vec::new();
    for b in view.blocks {
        match b {
            Block::KeyValues(_) | Block::Heading(_) => blocks.push(b),
            Block::LoadGrid(mut grid) => {
                let total = grid.rows.len();
                if total > GRID_PEOPLE && total == r.people.len() {
                    let mut ranked: Vec<(usize, f64, &str, usize)> = r
                        .people
                        .iter()
                        .enumerate()
                        .map(|(i, p)| {
                            let over = p.periods.iter().filter(|x| x.over).count();
                            (over, p.utilisation.unwrap_or(0.0), p.id, i)
                        })
                        .collect();
                    ranked
                        .sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(b.2)));
                    let keep: BTreeSet<usize> =
                        ranked.iter().take(GRID_PEOPLE).map(|x| x.3).collect();
                    let rows = std::mem::take(&mut grid.rows);
                    grid.rows = rows
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| keep.contains(i))
                        .map(|(_, row)| row)
                        .collect();
                    blocks.push(Block::Text(format!(
                        "Showing {} of {total} people: those over capacity in the most \
                         periods first. `pmo report resource --format html` lists everyone.",
                        grid.rows.len()
                    )));
                }
                blocks.push(Block::LoadGrid(grid));
            }
            _ => {}
        }
    }
    View {
        title: view.title,
        blocks,
        tidy: String::new(),
    }
}

/// The assessment report's 360-degree charts: per manager the review's
/// heading and its competency bars, for the first `REVIEWS` managers.
/// Managers with a review (reviews are sorted by manager, then period).
fn count_managers(r: &assessment::AssessmentReport) -> usize {
    r.reviews
        .windows(2)
        .filter(|w| w[0].manager != w[1].manager)
        .count()
        + usize::from(!r.reviews.is_empty())
}

/// The latest review of each of the first `n` managers, which is what the
/// page charts; laying out every review of a large portfolio to keep a few
/// would cost more than the rest of the page.
fn latest_of_first_managers(
    r: &assessment::AssessmentReport,
    n: usize,
) -> Vec<assessment::ManagerReview> {
    r.reviews
        .iter()
        .enumerate()
        .filter(|(i, x)| {
            r.reviews
                .get(i + 1)
                .is_none_or(|next| next.manager != x.manager)
        })
        .map(|(_, x)| x.clone())
        .take(n)
        .collect()
}

fn reviews(r: &assessment::AssessmentReport, lang: Lang) -> View {
    // Only the reviews are used: lay out a report without the project and
    // KPI tables, which on a large portfolio cost more than the charts.
    let only_reviews = assessment::AssessmentReport {
        meta: r.meta.clone(),
        filters: r.filters.clone(),
        settings: r.settings.clone(),
        projects: Vec::new(),
        programs: Vec::new(),
        kpis: assessment::Attainment {
            projects: Vec::new(),
            programs: Vec::new(),
        },
        reviews: latest_of_first_managers(r, REVIEWS),
    };
    let managers = count_managers(r);
    let view = assessment::view::view(&only_reviews, lang);
    let mut blocks = Vec::new();
    // Bars appear only in a manager's review, under its heading.
    let mut heading: Option<String> = None;
    let mut shown = 0usize;
    let mut charts = 0usize;
    for b in view.blocks {
        match b {
            Block::Heading(h) => heading = Some(h),
            Block::Bars(bars) => {
                charts += 1;
                if shown < REVIEWS {
                    shown += 1;
                    if let Some(h) = heading.take() {
                        blocks.push(Block::Heading(h));
                    }
                    blocks.push(Block::Bars(bars));
                }
            }
            _ => {}
        }
    }
    let charts = charts.max(managers);
    if charts > shown {
        blocks.push(Block::Text(format!(
            "Showing {shown} of {charts} managers. \
             `pmo report assessment --manager ID --format html` gives one manager's full 360 report."
        )));
    }
    if charts == 0 {
        blocks.push(Block::Text("No 360-degree reviews in scope.".into()));
    }
    View {
        title: view.title,
        blocks,
        tidy: String::new(),
    }
}

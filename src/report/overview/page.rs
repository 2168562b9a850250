//! The management page (`pmo report --format html`): the overview, then
//! the pictures of the four reports over the same scope and date, each
//! taken from that report's own view. Nothing here computes a figure: it
//! picks blocks out of the views and, for a large portfolio, keeps each
//! picture to a size a reader (and a browser) can take, saying so on the
//! page.

use crate::i18n::{Label as L, t, tf};
use crate::model::Lang;
use std::collections::BTreeSet;

use super::{OverviewReport, Parts};
use crate::model::Date;
use crate::model::Portfolio;
use crate::render::gantt::{Gantt, GanttMark, GanttRow, GanttSection, Scale};
use crate::render::loadgrid::LoadGrid;
use crate::render::{Block, View};
use crate::report::{assessment, plan, resource, risk};

/// At most this many projects in the Gantt chart, the highest priority first.
pub const GANTT_PROJECTS: usize = 25;
/// At most this many people in the load grid, the most overbooked first.
pub const GRID_PEOPLE: usize = 40;
/// At most this many managers' 360-degree charts.
pub const REVIEWS: usize = 20;
/// Rows of a Gantt chart per printed page (a program's heading counts as
/// one): the chart is cut into pieces this tall, each with its own date
/// axis and legend, so every printed page of it can be read alone.
pub const GANTT_ROWS_PER_PAGE: usize = 24;

/// Rows of the load grid per printed piece, for the same reason.
pub const GRID_ROWS_PER_PAGE: usize = 22;

/// A section of the management page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Section {
    /// The executive summary and the table of programs and projects.
    Overview,
    /// The Gantt chart.
    Plan,
    /// The risk heat maps.
    Risk,
    /// The load grid.
    Resource,
    /// Goals and benefits against their targets.
    Benefits,
    /// The 360-degree reviews of named managers: personal, so only on
    /// request.
    Assessment,
}

/// The sections of the page unless `--sections` says otherwise: all but
/// the personal 360-degree reviews and the benefits (which would take the
/// printed page past its six sheets; the overview carries benefits behind
/// target as a reason).
pub const DEFAULT_SECTIONS: [Section; 4] = [
    Section::Overview,
    Section::Plan,
    Section::Risk,
    Section::Resource,
];

/// How the page is cut.
#[derive(Clone, Debug)]
pub struct PageOptions {
    /// In the page's own order, whatever order they were asked in.
    pub sections: Vec<Section>,
    /// Every task in the Gantt chart, not one bar per project.
    pub gantt_tasks: bool,
}

impl Default for PageOptions {
    fn default() -> Self {
        PageOptions {
            sections: DEFAULT_SECTIONS.to_vec(),
            gantt_tasks: false,
        }
    }
}

/// The page's title: the overview's.
pub fn title(overview: &OverviewReport, lang: Lang) -> String {
    match &overview.meta.portfolio {
        Some(name) => tf(lang, L::OverviewTitleNamed, &[name, &overview.meta.as_of]),
        None => tf(lang, L::OverviewTitle, &[&overview.meta.as_of]),
    }
}

/// The page's sections, in reading order: the executive summary and the
/// projects, the Gantt chart, risk heat maps, load grid, benefits,
/// 360-degree charts.
pub fn sections(
    portfolio: &Portfolio,
    overview: &OverviewReport,
    parts: &Parts<'_>,
    options: &PageOptions,
    lang: Lang,
) -> Vec<View> {
    let mut chosen = options.sections.clone();
    chosen.sort();
    chosen.dedup();
    let mut views = Vec::new();
    for s in chosen {
        match s {
            Section::Overview => {
                let summary = super::summary::compute(portfolio, overview, parts);
                views.push(super::summary::view::view(&summary, lang));
                views.push(super::board::view(portfolio, overview, lang));
            }
            Section::Plan => {
                views.push(schedule(portfolio, &parts.plan, options.gantt_tasks, lang))
            }
            Section::Risk => views.push(risks(&parts.risk, lang)),
            Section::Resource => views.push(load(&parts.resource, lang)),
            Section::Benefits => views.push(crate::report::benefits::view::view(
                &parts.benefits,
                false,
                lang,
            )),
            Section::Assessment => views.push(reviews(&parts.assessment, lang)),
        }
    }
    views
}

/// The plan report's Gantt chart, of the `GANTT_PROJECTS` projects with
/// the highest priority (1 first; ties by program and project id): one
/// bar per project with its milestones, or with `tasks` every task; cut
/// into printed pages.
fn schedule(portfolio: &Portfolio, r: &plan::PlanReport, tasks: bool, lang: Lang) -> View {
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
    let selected;
    let shown = if total > GANTT_PROJECTS {
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
        selected = r.select(|g, p| keep.contains(&(g.id.as_str(), p.id.as_str())));
        blocks.push(Block::Text(tf(
            lang,
            L::PageShowingProjects,
            &[&keep.len(), &total],
        )));
        &selected
    } else {
        r
    };
    let mut chart = if tasks {
        named_sections(plan::view::gantt(shown, None, lang), shown)
    } else {
        project_bars(shown, lang)
    };
    narrow(&mut chart);
    let title = chart.title.clone();
    blocks.extend(
        printed_pages(chart, GANTT_ROWS_PER_PAGE)
            .into_iter()
            .map(Block::Gantt),
    );
    View {
        title,
        blocks,
        tidy: String::new(),
    }
}

/// The task chart's sections named by program and project name, not id
/// (the plan view's sections follow its projects with items, in order).
fn named_sections(mut g: Gantt, r: &plan::PlanReport) -> Gantt {
    let names = r.programs.iter().flat_map(|g| {
        g.projects
            .iter()
            .filter(|p| !p.items.is_empty())
            .map(move |p| format!("{} / {}", g.name, p.name))
    });
    for (section, name) in g.sections.iter_mut().zip(names) {
        section.name = name;
    }
    g
}

/// One bar per project, from its first task's start to its last item's
/// finish, filled to its % complete, its milestones on it; one section
/// per program.
fn project_bars(r: &plan::PlanReport, lang: Lang) -> Gantt {
    let mut sections = Vec::new();
    let (mut lo, mut hi): (Option<Date>, Option<Date>) = (None, None);
    for g in &r.programs {
        let mut rows = Vec::new();
        for p in g.projects.iter().filter(|p| !p.items.is_empty()) {
            let start = p.items.iter().map(|i| i.early_start).min();
            let finish = p.items.iter().map(|i| i.early_finish).max();
            let (Some(start), Some(finish)) = (start, finish) else {
                continue;
            };
            lo = Some(lo.map_or(start, |l| l.min(start)));
            hi = Some(hi.map_or(finish, |h| h.max(finish)));
            let marks = p
                .items
                .iter()
                .filter(|i| i.kind == plan::Kind::Milestone)
                .map(|i| GanttMark {
                    label: i.name.clone(),
                    date: i.early_finish,
                    reached: matches!(i.state, plan::State::Done | plan::State::DoneLate),
                    overdue: i.state == plan::State::Overdue,
                })
                .collect();
            rows.push(GanttRow {
                id: p.id.clone(),
                label: p.name.clone(),
                start,
                finish,
                progress: p.percent_complete.unwrap_or(0.0) / 100.0,
                critical: false,
                milestone: false,
                overdue: p.counts.overdue_tasks > 0,
                marks,
            });
        }
        if !rows.is_empty() {
            sections.push(GanttSection {
                name: g.name.clone(),
                rows,
            });
        }
    }
    let as_of = r.meta.as_of;
    let from = r.window.from.or(lo).unwrap_or(as_of);
    let to = r.window.to.or(hi).unwrap_or(as_of).max(from);
    Gantt {
        title: tf(lang, L::PlanTitle, &[&as_of]),
        from,
        to,
        today: Some(as_of),
        scale: Scale::for_span(from, to),
        sections,
        lang,
    }
}

/// The chart cut into pieces of at most `rows` rows (a section heading
/// counts as one), each a whole chart with the same axis: a section that
/// does not fit goes on in the next piece under its own heading.
fn printed_pages(g: Gantt, rows: usize) -> Vec<Gantt> {
    let rows = rows.max(2);
    let mut pages: Vec<Vec<GanttSection>> = vec![Vec::new()];
    let mut used = 0;
    for section in &g.sections {
        let mut rest = section.rows.as_slice();
        while !rest.is_empty() {
            if used + 2 > rows {
                pages.push(Vec::new());
                used = 0;
            }
            let take = rest.len().min(rows - used - 1);
            if let Some(page) = pages.last_mut() {
                page.push(GanttSection {
                    name: section.name.clone(),
                    rows: rest[..take].to_vec(),
                });
            }
            used += take + 1;
            rest = &rest[take..];
        }
    }
    pages
        .into_iter()
        .filter(|p| !p.is_empty() || g.sections.is_empty())
        .map(|sections| Gantt {
            sections,
            ..g.clone()
        })
        .collect()
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
/// people over capacity in the most periods (then the most used), by name.
fn load(r: &resource::ResourceReport<'_>, lang: Lang) -> View {
    let mut blocks = vec![
        Block::KeyValues(resource::view::summary(r, lang)),
        Block::Heading(t(lang, L::LoadHeading).into()),
    ];
    let shown = most_loaded(r, GRID_PEOPLE);
    let mut grid = resource::view::grid_of(r, &shown, |p| p.name.to_string(), lang);
    let total = r.people.len();
    if shown.len() < total {
        blocks.push(Block::Text(tf(
            lang,
            L::PageShowingPeople,
            &[&shown.len(), &total],
        )));
    }
    // Pieces a printed page holds, each with its own header.
    let rows = std::mem::take(&mut grid.rows);
    for piece in rows.chunks(GRID_ROWS_PER_PAGE) {
        blocks.push(Block::LoadGrid(LoadGrid {
            rows: piece.to_vec(),
            ..grid.clone()
        }));
    }
    if rows.is_empty() {
        blocks.push(Block::LoadGrid(grid));
    }
    View {
        title: resource::view::title(r, lang),
        blocks,
        tidy: String::new(),
    }
}

/// The places in `r.people`, in order, of the `n` people over capacity in
/// the most periods, then the most used, then by id.
fn most_loaded(r: &resource::ResourceReport<'_>, n: usize) -> Vec<usize> {
    let mut ranked: Vec<(usize, f64, &str, usize)> = r
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let over = p.periods.iter().filter(|x| x.over).count();
            (over, p.utilisation.unwrap_or(0.0), p.id, i)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(b.2)));
    let mut keep: Vec<usize> = ranked.iter().take(n).map(|x| x.3).collect();
    keep.sort_unstable();
    keep
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
        satisfaction: Vec::new(),
        evaluations: Vec::new(),
    };
    let managers = count_managers(r);
    // The view heads each review "name (id), period": the page, for
    // readers outside the PMO, drops the id.
    let ids: Vec<String> = only_reviews
        .reviews
        .iter()
        .map(|x| format!(" ({})", x.manager))
        .collect();
    let view = assessment::view::view(&only_reviews, lang);
    let mut blocks = Vec::new();
    // Bars appear only in a manager's review, under its heading.
    let mut heading: Option<String> = None;
    let mut shown = 0usize;
    let mut charts = 0usize;
    for b in view.blocks {
        match b {
            Block::Heading(h) => {
                heading = Some(ids.iter().fold(h, |h, id| h.replacen(id.as_str(), "", 1)));
            }
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
        blocks.push(Block::Text(tf(
            lang,
            L::PageShowingManagers,
            &[&shown, &charts],
        )));
    }
    if charts == 0 {
        blocks.push(Block::Text(t(lang, L::NoReviews).into()));
    }
    View {
        title: view.title,
        blocks,
        tidy: String::new(),
    }
}

//! The risk report laid out for people: headline, heat maps, top risks,
//! escalations, overdue lists, hygiene, exposure, trend, proximity and
//! breakdowns; and the whole register as the tidy table CSV exports.
//! Formatting only: every number comes from [`RiskReport`]. One file per
//! group of sections.

mod headline;
mod heat;
mod lists;
mod money;
mod trend;

use std::collections::HashMap;

use super::RiskReport;
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::RiskType;
use crate::render::{Block, View};

pub use lists::arrow;
pub use money::money;

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
pub(super) type Titles<'a> = HashMap<&'a str, &'a str>;

pub(super) fn title<'a>(titles: &Titles<'a>, id: &str) -> &'a str {
    titles.get(id).copied().unwrap_or("")
}

/// "Showing 20 of 1,234." when a list was cut, to follow its table.
fn more(total: usize, what: L, lang: Lang) -> Option<Block> {
    (total > LIMIT).then(|| Block::Text(tf(lang, L::ShowingOf, &[&LIMIT, &total, &t(lang, what)])))
}

fn scope_text(report: &RiskReport, lang: Lang) -> String {
    let f = &report.filters;
    let mut parts = crate::i18n::scope_words(lang, f.program.as_deref(), f.project.as_deref());
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
    let mut blocks = overview_blocks(report, lang);
    blocks.extend(list_blocks(report, &titles, lang));
    blocks.extend(exposure_blocks(report, lang));
    blocks.push(Block::Heading(tf(lang, L::TrendSince, &[&report.since])));
    blocks.extend(trend::trend(report, &titles, lang));
    blocks.push(Block::Table(trend::proximity(report, lang)));
    blocks.extend(more(report.proximity.len(), L::WhatTied, lang));
    blocks.extend(breakdown_blocks(report, lang));
    View {
        title,
        blocks,
        tidy: "risks".into(),
    }
}

/// The scope line, the headline, both heat maps and the top risks.
fn overview_blocks(report: &RiskReport, lang: Lang) -> Vec<Block> {
    let scope = Block::Text(tf(
        lang,
        L::RiskScopeLine,
        &[
            &scope_text(report, lang),
            &report.probability_levels,
            &report.impact_levels,
            &report.since,
        ],
    ));
    let maps = &report.heatmaps;
    vec![
        scope,
        headline::headline(report, lang),
        Block::HeatMap(heat::heat_map(
            report,
            &maps.threats,
            RiskType::Threat,
            L::Threats,
            lang,
        )),
        Block::HeatMap(heat::heat_map(
            report,
            &maps.opportunities,
            RiskType::Opportunity,
            L::Opportunities,
            lang,
        )),
        Block::Table(lists::top_table(
            report,
            RiskType::Threat,
            "top_threats",
            L::TopThreats,
            lang,
        )),
        Block::Table(lists::top_table(
            report,
            RiskType::Opportunity,
            "top_opportunities",
            L::TopOpportunities,
            lang,
        )),
    ]
}

/// Escalations, overdue reviews and actions, hygiene; each followed by
/// "showing n of m" when cut.
fn list_blocks(report: &RiskReport, titles: &Titles<'_>, lang: Lang) -> Vec<Block> {
    let h = &report.hygiene;
    let mut blocks = vec![Block::Table(lists::escalations(report, titles, lang))];
    blocks.extend(more(report.escalations.len(), L::WhatEscalations, lang));
    let [reviews, actions] = lists::overdue(report, titles, lang);
    blocks.push(Block::Table(reviews));
    blocks.extend(more(h.reviews_overdue.len(), L::WhatOverdueReviews, lang));
    blocks.push(Block::Table(actions));
    blocks.extend(more(h.actions_overdue.len(), L::WhatOverdueActions, lang));
    blocks.push(Block::Table(lists::hygiene(report, lang)));
    blocks.extend(more(h.unmanaged.len(), L::WhatUnmanaged, lang));
    blocks.extend(more(h.on_closed_projects.len(), L::WhatOnFinished, lang));
    blocks.extend(more(h.stale.len(), L::WhatStale, lang));
    blocks
}

/// The exposure heading, its method note and both tables.
fn exposure_blocks(report: &RiskReport, lang: Lang) -> Vec<Block> {
    let mut blocks = vec![
        Block::Heading(t(lang, L::Exposure).into()),
        Block::Text(tf(lang, L::EmvNote, &[&report.probability_levels])),
    ];
    let [projects, programs] = money::exposure(report, lang);
    blocks.push(Block::Table(projects));
    blocks.extend(more(report.exposure.projects.len(), L::WhatProjects, lang));
    blocks.push(Block::Table(programs));
    blocks.extend(more(report.exposure.programs.len(), L::WhatPrograms, lang));
    blocks
}

/// The four breakdowns under their heading.
fn breakdown_blocks(report: &RiskReport, lang: Lang) -> Vec<Block> {
    let b = &report.breakdowns;
    let mut blocks = vec![Block::Heading(t(lang, L::Breakdowns).into())];
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
        blocks.push(Block::Table(trend::breakdown(
            name, heading, key, buckets, lang,
        )));
        blocks.extend(more(buckets.len(), what, lang));
    }
    blocks
}

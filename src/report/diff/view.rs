//! The diff laid out: which two states, how many changes of each news,
//! then one table of changes, worst news first (also the CSV), in the
//! report's language (ids, names and figures as the repository has them).

use super::{Aspect, Change, ChangeKind, Detail, DiffReport, News, Revision};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::render::{Block, Cell, Give, Table, Tone, View, give_way};

fn side(r: &Revision, lang: Lang) -> String {
    match &r.commit {
        Some(c) => tf(lang, L::DiffSide, &[&r.name, c, &r.as_of]),
        None => tf(lang, L::DiffSideTree, &[&t(lang, L::WorkingTree), &r.as_of]),
    }
}

fn news_cell(news: News, lang: Lang) -> Cell {
    let (label, tone) = match news {
        News::Bad => (L::NewsBad, Tone::Bad),
        News::Watch => (L::NewsWatch, Tone::Warn),
        News::Good => (L::NewsGood, Tone::Good),
        News::Info => (L::NewsInfo, Tone::Plain),
    };
    Cell::new(t(lang, label)).tone(tone)
}

/// A kind of change in words; in English its `--fail-on` name.
pub fn kind_label(kind: ChangeKind) -> L {
    use ChangeKind as K;
    match kind {
        K::ProjectAdded => L::ChProjectAdded,
        K::ProjectRemoved => L::ChProjectRemoved,
        K::ProjectClosed => L::ChProjectClosed,
        K::RagWorse => L::ChRagWorse,
        K::RagBetter => L::ChRagBetter,
        K::MilestoneMoved => L::ChMilestoneMoved,
        K::MilestoneReached => L::ChMilestoneReached,
        K::MilestoneOverdue => L::ChMilestoneOverdue,
        K::FinishMoved => L::ChFinishMoved,
        K::CriticalPathChanged => L::ChCriticalPathChanged,
        K::PercentComplete => L::ChPercentComplete,
        K::Spi => L::ChSpi,
        K::Cpi => L::ChCpi,
        K::Budget => L::ChBudget,
        K::Actual => L::ChActual,
        K::Forecast => L::ChForecast,
        K::RiskOpened => L::ChRiskOpened,
        K::RiskClosed => L::ChRiskClosed,
        K::RiskRescored => L::ChRiskRescored,
        K::RiskAboveTolerance => L::ChRiskAboveTolerance,
        K::OverCapacity => L::ChOverCapacity,
        K::CapacityRelieved => L::ChCapacityRelieved,
        K::AssessmentNew => L::ChAssessmentNew,
        K::ReviewNew => L::ChReviewNew,
        K::FindingIntroduced => L::ChFindingIntroduced,
        K::FindingFixed => L::ChFindingFixed,
    }
}

fn aspect_label(a: Aspect) -> L {
    match a {
        Aspect::Schedule => L::KeySchedule,
        Aspect::Cost => L::KeyCost,
        Aspect::Risk => L::KeyRisk,
        Aspect::Resources => L::KeyResources,
    }
}

impl Detail {
    /// The detail in words; a finding's message as the check wrote it.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Detail::None => String::new(),
            Detail::WorkingDays(d) => tf(lang, L::DetailWorkingDays, &[&format!("{d:+}")]),
            Detail::Reasons(r) => crate::report::reason::joined(r, lang),
            Detail::AboveTolerance { score, tolerance } => {
                tf(lang, L::DetailAboveTolerance, &[score, tolerance])
            }
            Detail::NewlyCritical(n) => tf(lang, L::DetailNewlyCritical, &[n]),
            Detail::ReviewOf { period, manager } => tf(lang, L::DetailReviewOf, &[period, manager]),
            Detail::Finding(message) => message.clone(),
            Detail::Projects(ids) => ids.join(", "),
            Detail::Removed => t(lang, L::DetailRemoved).to_string(),
        }
    }
}

/// A side's value in words: statuses by their key in the language,
/// figures and dates as they are.
fn value(kind: ChangeKind, v: &Option<String>, lang: Lang) -> Cell {
    use ChangeKind as K;
    let Some(v) = v else {
        return Cell::new("-");
    };
    Cell::new(match kind {
        K::ProjectAdded | K::ProjectClosed => crate::i18n::project_status(lang, v),
        K::RagWorse | K::RagBetter => crate::i18n::rag(lang, v),
        K::RiskClosed => crate::i18n::risk_key(lang, v),
        _ => v.clone(),
    })
}

fn row(c: &Change, lang: Lang) -> Vec<Cell> {
    let name = match c.aspect {
        Some(a) => tf(lang, L::NameAspect, &[&c.name, &t(lang, aspect_label(a))]),
        None => c.name.clone(),
    };
    vec![
        news_cell(c.news, lang),
        Cell::new(t(lang, kind_label(c.kind))),
        Cell::new(c.project.clone().unwrap_or_else(|| "-".into())),
        Cell::new(c.item.clone()),
        Cell::new(name),
        value(c.kind, &c.then, lang),
        value(c.kind, &c.now, lang),
        match c.delta {
            Some(d) => Cell::num(format!("{d:+}")),
            None => Cell::num("-"),
        },
        Cell::new(c.detail.words(lang)),
    ]
}

pub fn view(report: &DiffReport, lang: Lang) -> View {
    let count = |n: News| report.changes.iter().filter(|c| c.news == n).count();
    let summary = vec![
        (
            t(lang, L::DiffFrom).to_string(),
            Cell::new(side(&report.from, lang)),
        ),
        (
            t(lang, L::DiffTo).to_string(),
            Cell::new(side(&report.to, lang)),
        ),
        (
            t(lang, L::DiffChanges).to_string(),
            Cell::new(tf(
                lang,
                L::DiffCounts,
                &[
                    &count(News::Bad),
                    &count(News::Watch),
                    &count(News::Good),
                    &count(News::Info),
                ],
            )),
        ),
    ];
    let columns = [
        "news", "change", "project", "item", "name", "then", "now", "delta", "detail",
    ];
    let titles = [
        L::DiffColNews,
        L::DiffColChange,
        L::ColProject,
        L::DiffColItem,
        L::DiffColName,
        L::DiffColThen,
        L::DiffColNow,
        L::DiffColDelta,
        L::DiffColDetail,
    ];
    let table = Table {
        name: "changes".into(),
        title: t(lang, L::DiffTable).into(),
        columns: titles.iter().map(|c| t(lang, *c).to_string()).collect(),
        rows: report.changes.iter().map(|c| row(c, lang)).collect(),
        empty: t(lang, L::DiffEmpty).into(),
        // At 80 columns: the detail, the old value and the delta (the new
        // value says where things are), the project, the name (cut
        // first), the new value; the news, the change and the item stay.
        give_way: give_way(
            &columns,
            &[
                Give::Drop("detail"),
                Give::Drop("then"),
                Give::Drop("delta"),
                Give::Drop("project"),
                Give::Cut("name"),
                Give::Drop("name"),
                Give::Drop("now"),
            ],
        ),
    };
    View {
        title: match &report.meta.portfolio {
            Some(name) => tf(lang, L::DiffTitleNamed, &[name]),
            None => t(lang, L::DiffTitle).to_string(),
        },
        blocks: vec![Block::KeyValues(summary), Block::Table(table)],
        tidy: "changes".into(),
    }
}

/// The view for a pull-request comment: the first `limit` changes (the
/// worst), then how many more there are.
pub fn short(report: &DiffReport, limit: usize, lang: Lang) -> View {
    let mut v = view(report, lang);
    let mut more = 0;
    for block in &mut v.blocks {
        if let Block::Table(t) = block
            && t.rows.len() > limit
        {
            more = t.rows.len() - limit;
            t.rows.truncate(limit);
        }
    }
    if more > 0 {
        v.blocks.push(Block::Text(tf(lang, L::DiffMore, &[&more])));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Meta;
    use crate::report::diff::{ChangeKind, Revision};

    #[test]
    fn a_comment_keeps_the_worst_news_and_counts_the_rest() {
        let side = |name: &str| Revision {
            name: name.into(),
            commit: None,
            as_of: crate::model::Date::ymd(2026, 10, 1).expect("date"),
        };
        let change = |item: &str, news| Change {
            kind: ChangeKind::RiskOpened,
            news,
            project: None,
            item: item.into(),
            name: item.into(),
            then: None,
            now: None,
            aspect: None,
            delta: None,
            detail: Detail::None,
        };
        let report = DiffReport {
            meta: Meta::new("diff", side("a").as_of, None),
            from: side("a"),
            to: side("b"),
            changes: vec![
                change("r1", News::Bad),
                change("r2", News::Watch),
                change("r3", News::Info),
            ],
        };
        let v = short(&report, 2, Lang::En);
        let rows = v.blocks.iter().find_map(|b| match b {
            Block::Table(t) => Some(t.rows.len()),
            _ => None,
        });
        assert_eq!(rows, Some(2));
        assert!(matches!(v.blocks.last(), Some(Block::Text(t)) if t.contains("and 1 more")));
        assert!(!matches!(
            short(&report, 3, Lang::En).blocks.last(),
            Some(Block::Text(_))
        ));
    }
}

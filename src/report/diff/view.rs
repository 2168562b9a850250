//! The diff laid out: which two states, how many changes of each news,
//! then one table of changes, worst news first (also the CSV).

use super::{Change, DiffReport, News, Revision};
use crate::model::Key;
use crate::render::{Block, Cell, Give, Table, Tone, View, give_way};

fn side(r: &Revision) -> String {
    match &r.commit {
        Some(c) => format!("{} ({c}, as of {})", r.name, r.as_of),
        None => format!("{} (as of {})", r.name, r.as_of),
    }
}

fn news_cell(news: News) -> Cell {
    let (text, tone) = match news {
        News::Bad => ("bad", Tone::Bad),
        News::Watch => ("watch", Tone::Warn),
        News::Good => ("good", Tone::Good),
        News::Info => ("info", Tone::Plain),
    };
    Cell::new(text).tone(tone)
}

fn row(c: &Change) -> Vec<Cell> {
    let opt = |s: &Option<String>| Cell::new(s.clone().unwrap_or_else(|| "-".into()));
    vec![
        news_cell(c.news),
        Cell::new(c.kind.key()),
        Cell::new(c.project.clone().unwrap_or_else(|| "-".into())),
        Cell::new(c.item.clone()),
        Cell::new(c.name.clone()),
        opt(&c.then),
        opt(&c.now),
        match c.delta {
            Some(d) => Cell::num(format!("{d:+}")),
            None => Cell::num("-"),
        },
        Cell::new(c.detail.clone()),
    ]
}

pub fn view(report: &DiffReport) -> View {
    let count = |n: News| report.changes.iter().filter(|c| c.news == n).count();
    let summary = vec![
        ("From".to_string(), Cell::new(side(&report.from))),
        ("To".to_string(), Cell::new(side(&report.to))),
        (
            "Changes".to_string(),
            Cell::new(format!(
                "{} bad, {} to watch, {} good, {} other",
                count(News::Bad),
                count(News::Watch),
                count(News::Good),
                count(News::Info)
            )),
        ),
    ];
    let columns = [
        "news", "change", "project", "item", "name", "then", "now", "delta", "detail",
    ];
    let table = Table {
        name: "changes".into(),
        title: "Changes, worst news first".into(),
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows: report.changes.iter().map(row).collect(),
        empty: "No change to the portfolio.".into(),
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
            Some(name) => format!("What changed: {name}"),
            None => "What changed".to_string(),
        },
        blocks: vec![Block::KeyValues(summary), Block::Table(table)],
        tidy: "changes".into(),
    }
}

/// The view for a pull-request comment: the first `limit` changes (the
/// worst), then how many more there are.
pub fn short(report: &DiffReport, limit: usize) -> View {
    let mut v = view(report);
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
        v.blocks.push(Block::Text(format!(
            "... and {more} more changes (`pmo diff --format json` lists them all)."
        )));
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
            delta: None,
            detail: String::new(),
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
        let v = short(&report, 2);
        let rows = v.blocks.iter().find_map(|b| match b {
            Block::Table(t) => Some(t.rows.len()),
            _ => None,
        });
        assert_eq!(rows, Some(2));
        assert!(matches!(v.blocks.last(), Some(Block::Text(t)) if t.contains("and 1 more")));
        assert!(!matches!(
            short(&report, 3).blocks.last(),
            Some(Block::Text(_))
        ));
    }
}

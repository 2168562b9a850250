//! Trend: how the register moved between the start of the window and the
//! as-of date.

use serde::Serialize;

use super::TOP_MOVERS;
use super::score::{Direction, RiskRow, Scored};
use crate::model::{Date, RiskStatus};

/// A risk whose score changed over the window.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Move {
    pub risk: String,
    pub then: u32,
    pub now: u32,
    pub change: i64,
}

/// How the register moved between `since` and `as_of`.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Trend {
    pub since: Option<Date>,
    /// Identified within the window.
    pub new: Vec<String>,
    /// Closed within the window.
    pub closed: Vec<String>,
    pub rising: Vec<String>,
    pub falling: Vec<String>,
    /// Open-risk score total then (risks then known) and now.
    pub total_then: u64,
    pub total_now: u64,
    /// The largest changes, biggest first.
    pub top_movers: Vec<Move>,
}

/// The window's lists (in the order of the repository) and totals; the
/// top movers come from the register (see [`top_movers`]).
pub fn trend(scored: &[Scored<'_>], since: Date, as_of: Date) -> Trend {
    let within = |d: Date| d > since && d <= as_of;
    let ids = |keep: &dyn Fn(&Scored) -> bool| -> Vec<String> {
        scored
            .iter()
            .filter(|s| keep(s))
            .map(|s| s.row.id.clone())
            .collect()
    };
    let open = scored.iter().map(|s| &s.row).filter(|r| r.open);
    Trend {
        since: Some(since),
        new: ids(&|s| within(s.row.identified)),
        closed: ids(&|s| s.row.status == RiskStatus::Closed && s.row.closed_on.is_some_and(within)),
        rising: ids(&|s| s.row.open && s.row.direction == Direction::Rising),
        falling: ids(&|s| s.row.open && s.row.direction == Direction::Falling),
        total_then: open
            .clone()
            .map(|r| r.score_then.map_or(0, u64::from))
            .sum(),
        total_now: open.map(|r| u64::from(r.score)).sum(),
        top_movers: Vec::new(),
    }
}

/// The open risks whose score changed most over the window, biggest change
/// first (a rise before a fall of the same size), at most [`TOP_MOVERS`].
pub fn top_movers(rows: &[RiskRow]) -> Vec<Move> {
    let mut movers: Vec<Move> = rows
        .iter()
        .filter(|r| r.open && r.change != 0)
        .filter_map(|r| {
            Some(Move {
                risk: r.id.clone(),
                then: r.score_then?,
                now: r.score,
                change: r.change,
            })
        })
        .collect();
    movers.sort_by(|a, b| {
        b.change
            .abs()
            .cmp(&a.change.abs())
            .then(b.change.cmp(&a.change))
            .then_with(|| a.risk.cmp(&b.risk))
    });
    movers.truncate(TOP_MOVERS);
    movers
}

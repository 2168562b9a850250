//! Breakdowns: the register counted by category, owner, status and
//! strategy.

use std::collections::BTreeMap;

use serde::Serialize;

use super::score::RiskRow;
use crate::model::Key;

/// The key used for "none" in breakdowns.
pub const NONE_KEY: &str = "(none)";

/// One line of a breakdown.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Bucket {
    pub key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub risks: usize,
    pub open: usize,
    pub escalated: usize,
    /// Sum of the open risks' scores.
    pub open_score: u64,
}

#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Breakdowns {
    pub by_category: Vec<Bucket>,
    pub by_owner: Vec<Bucket>,
    pub by_status: Vec<Bucket>,
    pub by_strategy: Vec<Bucket>,
}

/// Counts a risk into its bucket of one breakdown.
fn count_into(map: &mut BTreeMap<String, Bucket>, key: &str, label: Option<&str>, r: &RiskRow) {
    let b = map.entry(key.to_string()).or_insert_with(|| Bucket {
        key: key.to_string(),
        label: label.map(str::to_string),
        ..Bucket::default()
    });
    b.risks += 1;
    if r.open {
        b.open += 1;
        b.open_score += u64::from(r.score);
    }
    if r.escalate {
        b.escalated += 1;
    }
}

/// Buckets by open score (highest first), then risk count, then key.
fn ranked(map: BTreeMap<String, Bucket>) -> Vec<Bucket> {
    let mut v: Vec<Bucket> = map.into_values().collect();
    v.sort_by(|a, b| {
        b.open_score
            .cmp(&a.open_score)
            .then(b.risks.cmp(&a.risks))
            .then_with(|| a.key.cmp(&b.key))
    });
    v
}

/// The four breakdowns of the register.
pub fn breakdowns(rows: &[RiskRow]) -> Breakdowns {
    let (mut category, mut owner, mut status, mut strategy) = (
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
    );
    for r in rows {
        count_into(&mut category, r.category.key(), None, r);
        count_into(
            &mut owner,
            r.owner.as_deref().unwrap_or(NONE_KEY),
            r.owner_name.as_deref(),
            r,
        );
        count_into(&mut status, r.status.key(), None, r);
        count_into(
            &mut strategy,
            r.strategy.map_or(NONE_KEY, Key::key),
            None,
            r,
        );
    }
    Breakdowns {
        by_category: ranked(category),
        by_owner: ranked(owner),
        by_status: ranked(status),
        by_strategy: ranked(strategy),
    }
}

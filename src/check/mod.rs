//! The checks behind `pmo validate`: one module per rule family, each with
//! its own codes. Checks read the model and return findings; they never
//! print and never stop at the first problem.
//!
//! Families: [`taxonomy`] (T), [`lifecycle`] (G, stage gates), [`references`] (R),
//! [`schedule`] (S), [`capacity`] (C), [`risk`] (K), [`review`] (V001-V006),
//! [`money`] (M), [`value`] (goals and benefits, V007 on), [`change`]
//! (D, change control) and [`quality`] (Q). The loader's own codes
//! (L) live in `load::rules`.

pub mod allow;
pub mod capacity;
pub mod change;
pub mod index;
pub mod levels;
pub mod lifecycle;
pub mod money;
pub mod new_since;
pub mod quality;
pub mod references;
pub mod registry;
pub mod review;
pub mod risk;
pub mod schedule;
pub mod taxonomy;
pub mod value;

use std::sync::OnceLock;

use rayon::prelude::*;

use crate::analysis::Analysis;
use crate::diag::Finding;
use crate::model::{Date, Portfolio};
use index::Index;

/// What every check may look at: the portfolio and the run's one analysis
/// (the schedule network, the placed work), which the reports read too.
pub struct Context<'a> {
    pub portfolio: &'a Portfolio,
    pub analysis: &'a Analysis,
    /// "Today" for date rules (`--as-of`), the analysis's.
    pub as_of: Date,
    index: OnceLock<Index<'a>>,
}

impl<'a> Context<'a> {
    pub fn new(portfolio: &'a Portfolio, analysis: &'a Analysis) -> Context<'a> {
        Context {
            portfolio,
            analysis,
            as_of: analysis.as_of,
            index: OnceLock::new(),
        }
    }

    /// Lookups shared by the families, built once per run on first use.
    pub fn index(&self) -> &Index<'a> {
        self.index.get_or_init(|| Index::build(self.portfolio))
    }
}

/// One rule family's entry point.
pub type Family = fn(&Context<'_>) -> Vec<Finding>;

/// Every family, in code order.
pub const FAMILIES: &[Family] = &[
    capacity::check,
    risk::check,
    references::check,
    schedule::check,
    taxonomy::check,
    lifecycle::check,
    review::check,
    money::check,
    value::check,
    change::check,
    quality::check,
];

/// Runs every check family (in parallel) and returns their findings,
/// unsorted; callers sort with `diag::sort_findings`.
pub fn run(ctx: &Context<'_>) -> Vec<Finding> {
    ctx.index();
    FAMILIES
        .par_iter()
        .flat_map_iter(|family| family(ctx))
        .collect()
}

/// Runs one family over a small repository written to a temporary folder,
/// for the families' unit tests.
#[cfg(test)]
pub(crate) fn run_on(family: Family, files: &[(&str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("pmo.toml"), "format = 1\n").expect("write");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let loaded = crate::load::load(dir.path(), &crate::load::Quiet).expect("load");
    assert!(
        loaded.findings.is_empty(),
        "loader findings: {:?}",
        loaded.findings
    );
    let as_of = Date::ymd(2026, 11, 16).expect("date");
    let analysis = Analysis::build(&loaded.portfolio, as_of);
    let ctx = Context::new(&loaded.portfolio, &analysis);
    let mut found = family(&ctx);
    crate::diag::sort_findings(&mut found);
    found
        .iter()
        .map(|f| format!("{}: {}", f.code(), f.message))
        .collect()
}

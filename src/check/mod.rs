//! The checks behind `pmo validate`: one module per rule family, each with
//! its own codes. Checks read the model and return findings; they never
//! print and never stop at the first problem.

pub mod levels;
pub mod registry;

use crate::diag::Finding;
use crate::model::{Date, Portfolio};

/// What every check may look at.
pub struct Context<'a> {
    pub portfolio: &'a Portfolio,
    /// "Today" for date rules (`--as-of`).
    pub as_of: Date,
}

/// Runs every check family and returns their findings, unsorted.
pub fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let families: &[fn(&Context<'_>) -> Vec<Finding>] = &[];
    families.iter().flat_map(|family| family(ctx)).collect()
}

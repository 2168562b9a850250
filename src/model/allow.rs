//! Findings a document accepts: `allow:` on a document silences one rule on
//! that document only, with the reason written next to it, as cargo-deny,
//! typos and ruff allow one finding where it is accepted.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::At;

/// One accepted finding: the rule's code and why it is accepted here.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Allowance {
    /// The rule code, e.g. `K005` (`pmo explain` lists them).
    pub code: At<String>,
    /// Why the finding is accepted on this document.
    pub reason: At<String>,
}

//! Rule levels: `[rules]` in pmo.toml, then `--allow/--warn/--deny` on the
//! command line, then `--deny warnings`, decide each finding's severity.

use std::collections::BTreeMap;

use crate::diag::{Finding, Severity};
use crate::model::RuleLevel;

/// Levels chosen for codes; later sources override earlier ones.
#[derive(Clone, Debug, Default)]
pub struct Levels {
    by_code: BTreeMap<String, RuleLevel>,
    /// `--deny warnings`: every remaining warning becomes an error.
    pub deny_warnings: bool,
}

impl Levels {
    pub fn set(&mut self, code: &str, level: RuleLevel) {
        self.by_code.insert(code.to_ascii_uppercase(), level);
    }

    pub fn extend(&mut self, levels: &BTreeMap<String, RuleLevel>) {
        for (code, level) in levels {
            self.set(code, *level);
        }
    }

    /// Applies the levels: allowed findings are dropped.
    pub fn apply(&self, findings: Vec<Finding>) -> Vec<Finding> {
        findings
            .into_iter()
            .filter_map(|mut f| {
                match self.by_code.get(f.rule.code) {
                    Some(RuleLevel::Allow) => return None,
                    Some(RuleLevel::Warn) => f.severity = Severity::Warning,
                    Some(RuleLevel::Deny) => f.severity = Severity::Error,
                    None => {}
                }
                if self.deny_warnings {
                    f.severity = Severity::Error;
                }
                Some(f)
            })
            .collect()
    }
}

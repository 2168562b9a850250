//! Every rule code `pmo` knows, from the loader and each check family.

use crate::diag::Rule;

/// All rules, sorted by code.
pub fn all_rules() -> Vec<&'static Rule> {
    let families: [&[&'static Rule]; 9] = [
        crate::load::RULES,
        super::allow::RULES,
        super::taxonomy::RULES,
        super::references::RULES,
        super::schedule::RULES,
        super::capacity::RULES,
        super::risk::RULES,
        super::review::RULES,
        super::money::RULES,
    ];
    let mut rules: Vec<&'static Rule> = families.concat();
    rules.sort_by_key(|r| r.code);
    rules
}

pub fn find(code: &str) -> Option<&'static Rule> {
    all_rules()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(code) || r.name == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_and_documented() {
        let rules = all_rules();
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for r in &rules {
            assert!(codes.insert(r.code), "duplicate code {}", r.code);
            assert!(names.insert(r.name), "duplicate name {}", r.name);
            assert_eq!(
                r.code.len(),
                4,
                "{} is not a letter and three digits",
                r.code
            );
            assert!(!r.summary.is_empty(), "{} has no summary", r.code);
            for part in ["## What it checks", "## Why", "## How to fix", "## Example"] {
                assert!(
                    r.explanation.contains(part),
                    "{} explanation lacks {part}",
                    r.code
                );
            }
        }
    }
}

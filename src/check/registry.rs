//! Every rule code `pmo` knows, from the loader and each check family.

use crate::diag::Rule;

/// All rules, sorted by code.
pub fn all_rules() -> Vec<&'static Rule> {
    let families: [&[&'static Rule]; 13] = [
        crate::load::RULES,
        super::allow::RULES,
        super::taxonomy::RULES,
        super::lifecycle::RULES,
        super::references::RULES,
        super::schedule::RULES,
        super::capacity::RULES,
        super::risk::RULES,
        super::review::RULES,
        super::money::RULES,
        super::value::RULES,
        super::change::RULES,
        super::quality::RULES,
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
    use std::collections::{BTreeSet, HashSet};
    use std::path::{Path, PathBuf};

    fn docs() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules")
    }

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
                    r.explanation().contains(part),
                    "{} explanation lacks {part}",
                    r.code
                );
            }
        }
    }

    /// A page opens with its own code, name and summary, so a page
    /// included under the wrong rule, or a summary changed in one place
    /// only, fails here.
    #[test]
    fn each_page_opens_with_its_rules_code_name_and_summary() {
        for r in all_rules() {
            let head = format!(
                "# {} {}\n\n{}\n\n## What it checks\n",
                r.code, r.name, r.summary
            );
            assert!(
                r.doc.starts_with(&head),
                "docs/rules/{}.md must open with\n{head}",
                r.code
            );
            assert!(
                r.doc.ends_with('\n'),
                "docs/rules/{}.md lacks a final newline",
                r.code
            );
            assert!(r.explanation().starts_with("## What it checks\n"));
        }
    }

    #[test]
    fn every_page_belongs_to_a_registered_code_and_every_code_has_a_page() {
        let pages: BTreeSet<String> = std::fs::read_dir(docs())
            .expect("docs/rules")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n != "README.md")
            .collect();
        let codes: BTreeSet<String> = all_rules()
            .iter()
            .map(|r| format!("{}.md", r.code))
            .collect();
        let stray: Vec<_> = pages.difference(&codes).collect();
        let missing: Vec<_> = codes.difference(&pages).collect();
        assert!(
            stray.is_empty(),
            "docs/rules/ pages of no registered code: {stray:?}"
        );
        assert!(
            missing.is_empty(),
            "registered codes without a page: {missing:?}"
        );
    }

    /// docs/rules/README.md as the registry gives it.
    fn index() -> String {
        let mut s = String::from(
            "# Rules\n\n\
             Every finding `pmo validate` reports has a stable code; the letter names \
             the family: C capacity, K risk, L loading, M money, Q quality and satisfaction, R references, \
             S schedule, T program taxonomy, V reviews and assessments. \
             Each page says what the rule checks, why, how to fix it, with an example; \
             `pmo explain CODE` prints the same page. Each rule has a minimal repository \
             that fires it, under `tests/fixtures/rules/CODE/`, with the output of \
             `pmo validate` in `expected.txt`. Set a rule's level in `pmo.toml` \
             (`[rules]`) or silence one finding with `allow:` (docs/FORMAT.md).\n\n\
             This file is generated from the registry (`src/check/registry.rs`): \
             run `PMO_BLESS=1 cargo test --lib check::registry` after adding a rule.\n\n\
             | Code | Name | Default | Summary | Reproducer |\n\
             |---|---|---|---|---|\n",
        );
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
        for r in all_rules() {
            let reproducer = if fixtures.join(r.code).is_dir() {
                format!("[fixture](../../tests/fixtures/rules/{}/)", r.code)
            } else {
                "none: git cannot carry it (`FIRED_ELSEWHERE` in tests/it/rules.rs)".to_string()
            };
            s.push_str(&format!(
                "| [{code}]({code}.md) | `{}` | {} | {} | {reproducer} |\n",
                r.name,
                r.default,
                r.summary.replace('|', "\\|"),
                code = r.code,
            ));
        }
        s
    }

    #[test]
    fn the_rules_index_matches_the_registry() {
        let path = docs().join("README.md");
        let want = index();
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if std::env::var_os("PMO_BLESS").is_some() {
                std::fs::write(&path, &want).expect("write docs/rules/README.md");
            } else {
                panic!(
                    "docs/rules/README.md differs from the registry; \
                     run `PMO_BLESS=1 cargo test --lib check::registry` and read the diff"
                );
            }
        }
    }
}

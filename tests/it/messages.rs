//! Messages a daily user reads: one typo gives one error, every error of a
//! document comes in one run, a wrong value says what the field takes, and
//! counts read as English.

use crate::support::fs;
use crate::support::pmo;
use fs::copy_dir;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of `examples/single-customer` with the first line of `file` that
/// starts with `from` replaced by `to`.
fn edited(edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples/single-customer"), dir.path());
    for (file, from, to) in edits {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut done = false;
        let lines: Vec<String> = text
            .lines()
            .map(|l| {
                if !done && l.trim_start().starts_with(from) {
                    done = true;
                    l.replacen(from, to, 1)
                } else {
                    l.to_string()
                }
            })
            .collect();
        assert!(done, "{file} has a line starting {from}");
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    }
    dir
}

/// (code, message, line) of every finding, and the exit code.
fn findings(dir: &Path, as_of: &str) -> (Option<i32>, Vec<(String, String, u64)>) {
    let out = pmo()
        .args(["validate", "--format", "json", "--as-of", as_of])
        .arg(dir)
        .run();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let list = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    (Some(out.code), list)
}

fn errors(list: &[(String, String, u64)]) -> Vec<&(String, String, u64)> {
    list.iter()
        .filter(|(code, ..)| !code.starts_with('K') && !code.starts_with('V') && code != "C001")
        .collect()
}

#[test]
fn one_typo_gives_one_error() {
    let repo = edited(&[("projects/desktop.yaml", "manager:", "manger:")]);
    let (code, list) = findings(repo.path(), "2026-11-16");
    assert_eq!(code, Some(1));
    let found = errors(&list);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "L003");
    assert!(found[0].1.contains("manger"));
    // The review of the project's manager is not blamed on the typo either.
    assert!(!list.iter().any(|(code, ..)| code == "V006"), "{list:#?}");
}

#[test]
fn every_error_of_a_document_comes_in_one_run() {
    let repo = edited(&[
        ("projects/desktop.yaml", "priority:", "prio:"),
        ("projects/desktop.yaml", "start: ", "start: 2026/01/05 #"),
        ("projects/desktop.yaml", "allocation: ", "allocation: 80% #"),
    ]);
    let (code, list) = findings(repo.path(), "2026-11-16");
    assert_eq!(code, Some(1));
    let codes: Vec<&str> = errors(&list).iter().map(|(c, ..)| c.as_str()).collect();
    assert_eq!(codes, ["L003", "L005", "L002"], "{list:#?}");
    let allocation = &errors(&list)[2].1;
    assert_eq!(
        allocation,
        "`allocation` expects a number from 0 to 100, found `80%`"
    );
}

#[test]
fn a_percent_sign_is_named_in_the_help() {
    let repo = edited(&[("projects/network.yaml", "allocation: ", "allocation: 80% #")]);
    let out = pmo()
        .args(["validate", "--color", "never", "--as-of", "2026-11-16"])
        .arg(repo.path())
        .run();
    let text = &out.stdout;
    assert!(
        text.contains("help: `allocation` takes a number from 0 to 100, without `%`"),
        "{text}"
    );
}

#[test]
fn counts_read_as_english() {
    // RSK-001 is due for review on 2026-11-13: one day overdue on the 14th.
    let (_, list) = findings(&root().join("examples/single-customer"), "2026-11-14");
    let k005: Vec<&String> = list
        .iter()
        .filter(|(c, ..)| c == "K005")
        .map(|(_, m, _)| m)
        .collect();
    assert!(
        k005.iter().any(|m| m.contains(", 1 day before today")),
        "{k005:#?}"
    );
    assert!(!k005.iter().any(|m| m.contains(" 1 days")));
    let out = pmo()
        .args([
            "report",
            "--format",
            "markdown",
            "--as-of",
            "2026-11-16",
            "--repo",
        ])
        .arg(root().join("examples/composite"))
        .run();
    // Reasons are data in the JSON; the views word them.
    let text = &out.stdout;
    assert!(!text.contains("(s)"), "no `risk(s)` or `person(s)`");
    assert!(text.contains("1 risk above tolerance") || text.contains("risks above tolerance"));
}

#[test]
fn a_finding_is_allowed_on_its_document_with_a_reason() {
    // RSK-001 is overdue for review (K005, a warning) as of 2026-11-16.
    let (_, before) = findings(&root().join("examples/single-customer"), "2026-11-16");
    let overdue = |list: &[(String, String, u64)]| {
        list.iter()
            .filter(|(c, m, _)| c == "K005" && m.contains("RSK-001"))
            .count()
    };
    assert_eq!(overdue(&before), 1);
    let repo = edited(&[(
        "risks/RSK-001.yaml",
        "identified:",
        "allow:\n  - code: K005\n    reason: reviewed at the steering committee\nidentified:",
    )]);
    let (_, after) = findings(repo.path(), "2026-11-16");
    assert_eq!(overdue(&after), 0, "{after:#?}");
    // Only that document: the other overdue reviews are still reported.
    let others = |list: &[(String, String, u64)]| list.iter().filter(|(c, ..)| c == "K005").count();
    assert_eq!(others(&after), others(&before) - 1);
    let out = pmo()
        .args([
            "validate",
            "--show-allowed",
            "--color",
            "never",
            "--as-of",
            "2026-11-16",
        ])
        .arg(repo.path())
        .run();
    let text = &out.stdout;
    assert!(text.contains("allowed here (not counted):"), "{text}");
    assert!(text.contains("K005 risks/RSK-001.yaml:"), "{text}");
    assert!(
        text.contains("reason: reviewed at the steering committee"),
        "{text}"
    );
    let json = pmo()
        .args([
            "validate",
            "--show-allowed",
            "--format",
            "json",
            "--as-of",
            "2026-11-16",
        ])
        .arg(repo.path())
        .run();
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["allowed"][0]["code"], "K005");
    assert_eq!(
        json["allowed"][0]["reason"],
        "reviewed at the steering committee"
    );
}

#[test]
fn an_allowance_for_an_unknown_code_is_an_error() {
    let repo = edited(&[(
        "risks/RSK-001.yaml",
        "identified:",
        "allow:\n  - code: K05\n    reason: typo\nidentified:",
    )]);
    let (code, list) = findings(repo.path(), "2026-11-16");
    assert_eq!(code, Some(1));
    let r009: Vec<_> = list.iter().filter(|(c, ..)| c == "R009").collect();
    assert_eq!(r009.len(), 1, "{list:#?}");
    assert!(r009[0].1.contains("`K05`"));
}

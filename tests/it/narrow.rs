//! The terminal at 80 columns: every report on the composite example fits
//! (snapshots), and no id, date or hyphenated word is split across lines,
//! which at 80 columns tables used to do (`PRJ-HAR|BOR-DESK`, `2026-12-2|9`).
//! Accept snapshot changes with `INSTA_UPDATE=always cargo test --test it narrow::`.

use crate::support::{AS_OF, pmo};
use std::collections::BTreeSet;

use unicode_width::UnicodeWidthStr;

fn report(args: &[&str], columns: u16) -> String {
    pmo()
        .example("composite")
        .args(args)
        .args(["--as-of", AS_OF])
        .columns(columns)
        .run()
        .ok()
        .stdout
}

/// The words of a text with a hyphen in them (ids, dates, periods,
/// hyphenated words), without table borders and punctuation around them;
/// command-line options (`--from/--to`), which a narrow report may add to
/// say what it left out, are not data.
fn hyphenated(text: &str) -> BTreeSet<String> {
    text.split(|c: char| c.is_whitespace() || "│┆┌┐└┘├┤┬┴┼─═╞╡╪╪".contains(c))
        .map(|w| w.trim_matches(|c: char| ",;:()[]{}'\"`.".contains(c)))
        .filter(|w| w.contains('-') && w.chars().any(char::is_alphanumeric))
        .filter(|w| !w.starts_with("--"))
        .map(str::to_string)
        .collect()
}

fn check(name: &str, args: &[&str]) {
    let narrow = report(args, 80);
    for line in narrow.lines() {
        assert!(
            line.width() <= 80,
            "{name}: {} columns: {line}",
            line.width()
        );
    }
    // Every hyphenated word at 80 columns is one the wide report has
    // whole: a split id or date would leave a fragment that is not.
    let wide = hyphenated(&report(args, 1000));
    let split: Vec<String> = hyphenated(&narrow)
        .into_iter()
        .filter(|w| !wide.contains(w))
        .collect();
    assert!(split.is_empty(), "{name}: split at 80 columns: {split:?}");
    insta::assert_snapshot!(name, narrow);
}

#[test]
fn the_overview_at_80_columns() {
    check("overview_80", &["report"]);
}

#[test]
fn the_plan_at_80_columns() {
    check("plan_80", &["report", "plan"]);
}

#[test]
fn the_risk_report_at_80_columns() {
    check("risk_80", &["report", "risk"]);
}

#[test]
fn the_resource_report_at_80_columns() {
    check("resource_80", &["report", "resource"]);
}

#[test]
fn the_assessment_at_80_columns() {
    check("assessment_80", &["report", "assessment"]);
}

#[test]
fn columns_give_way_from_the_right_and_are_named() {
    let narrow = report(&["report"], 80);
    // The overview keeps the project and its statuses, and says which
    // columns it left out.
    assert!(narrow.contains("│ Project "), "{narrow}");
    assert!(narrow.contains("(left out at 80 columns: Above tolerance, Over capacity, Grade;"));
    let wide = report(&["report"], 160);
    assert!(!wide.contains("left out"), "{wide}");
}

#[test]
fn the_check_catches_a_split_id() {
    // The fragments the issue saw are not whole words of the report.
    let wide = hyphenated("│ PRJ-HARBOR-DESK ┆ 2026-12-29 │");
    let split = hyphenated("│ PRJ-HAR ┆ 2026-12-2 │\n│ BOR-DESK ┆ 9 │");
    assert!(split.iter().all(|w| !wide.contains(w)), "{split:?}");
    assert_eq!(split.len(), 3);
}

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
    text.split(|c: char| c.is_whitespace() || "│┆┌┐└┘├┤┬┴┼─═╞╡╪╪、，。；：（）".contains(c))
        // A name cut with an ellipsis is whole up to it.
        .map(|w| w.trim_matches(|c: char| ",;:()[]{}'\"`.…".contains(c)))
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

/// A table as shown: its headers (a wrapped header joined with spaces)
/// and the columns its note says were left out.
#[derive(Debug)]
struct Shown {
    headers: Vec<String>,
    left_out: Vec<String>,
}

/// The tables of a terminal report, in order.
fn tables(text: &str) -> Vec<Shown> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with('┌') {
            i += 1;
            continue;
        }
        let mut headers: Vec<String> = Vec::new();
        i += 1;
        while i < lines.len() && !lines[i].starts_with('╞') {
            let inner = lines[i].trim_start_matches('│').trim_end_matches('│');
            for (n, part) in inner.split('┆').enumerate() {
                let part = part.trim();
                if n == headers.len() {
                    headers.push(part.to_string());
                } else if !part.is_empty() {
                    headers[n] = format!("{} {part}", headers[n]).trim().to_string();
                }
            }
            i += 1;
        }
        while i < lines.len() && !lines[i].starts_with('└') {
            i += 1;
        }
        i += 1;
        let mut note = String::new();
        if lines
            .get(i)
            .is_some_and(|l| l.starts_with("  (left out at"))
        {
            note.push_str(lines[i].trim());
            while !note.ends_with(')') && i + 1 < lines.len() {
                i += 1;
                note.push(' ');
                note.push_str(lines[i].trim());
            }
        }
        let left_out = note
            .split_once(" columns: ")
            .and_then(|(_, rest)| rest.split_once("; a wider"))
            .map(|(names, _)| names.split(", ").map(str::to_string).collect())
            .unwrap_or_default();
        found.push(Shown { headers, left_out });
    }
    found
}

/// The first table after the first line that starts with `title`.
fn table_after(text: &str, title: &str) -> Shown {
    let at = text
        .lines()
        .position(|l| l.starts_with(title))
        .unwrap_or_else(|| panic!("no {title:?} in\n{text}"));
    let rest: Vec<&str> = text.lines().skip(at).collect();
    tables(&rest.join("\n"))
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no table after {title:?}"))
}

/// `shown` has exactly `kept` as headers and left out `left_out`.
fn assert_shown(shown: &Shown, kept: &[&str], left_out: &[&str]) {
    assert_eq!(shown.headers, kept, "{shown:?}");
    assert_eq!(shown.left_out, left_out, "{shown:?}");
}

#[test]
fn the_overview_keeps_the_four_statuses_and_leaves_out_the_details_behind_them() {
    let narrow = report(&["report"], 80);
    assert_shown(
        &table_after(&narrow, "PRG-EAST-ITS:"),
        &[
            "Project",
            "Sch",
            "Cost",
            "Risk",
            "Res",
            "Done",
            "Next milestone",
        ],
        &["Above tolerance", "Over capacity", "Grade"],
    );
}

#[test]
fn the_plan_leaves_out_the_next_milestone_then_the_owner_and_done() {
    let narrow = report(&["report", "plan"], 80);
    assert_shown(
        &table_after(&narrow, "Program PRG-EAST-ITS"),
        &[
            "Project", "Status", "Done", "Plan", "Finish", "Slip", "SPI", "CPI",
        ],
        &["Next milestone"],
    );
    // The owner goes first; where one more must go, done goes next.
    let late = ["Item", "Kind", "State", "Due", "Projected", "Float", "Done"];
    assert_shown(
        &table_after(&narrow, "Project PRJ-BANK-APP"),
        &late,
        &["Owner"],
    );
    assert_shown(
        &table_after(&narrow, "Project PRJ-BANK-DESK"),
        &late[..6],
        &["Done", "Owner"],
    );
}

#[test]
fn the_risk_report_keeps_score_owner_and_headroom() {
    let narrow = report(&["report", "risk"], 80);
    assert_shown(
        &table_after(&narrow, "Top threats"),
        &["id", "title", "project", "score", "trend", "owner"],
        &["strategy", "next review"],
    );
    assert_shown(
        &table_after(&narrow, "Exposure by project"),
        &["project", "threats EMV (CNY)", "net", "reserve", "headroom"],
        &["program", "opportunities EMV", "unpriced"],
    );
}

#[test]
fn the_resource_report_keeps_who_when_and_how_far_over_budget() {
    let narrow = report(&["report", "resource"], 80);
    assert_shown(
        &table_after(&narrow, "Conflicts"),
        &[
            "Person",
            "Period",
            "Load/cap h",
            "Over h",
            "Projects (program, priority: h)",
        ],
        &["Tasks", "Suggestion"],
    );
    let cost = table_after(&narrow, "Cost vs budget by project");
    assert_eq!(
        cost.left_out,
        ["Program", "Before", "In window", "To 2027-W05"],
        "{cost:?}"
    );
    assert!(cost.headers.contains(&"% budget".to_string()), "{cost:?}");
}

#[test]
fn the_assessment_keeps_total_and_grade_and_leaves_out_the_last_dimensions() {
    let narrow = report(&["report", "assessment"], 80);
    assert_shown(
        &table_after(&narrow, "Project assessment, 2026-Q2"),
        &[
            "Rank", "Project", "D1", "D2", "D3", "D4", "Total", "Grade", "Trend",
        ],
        &["D5", "D6", "D7"],
    );
    assert_shown(
        &table_after(&narrow, "Program averages"),
        &[
            "Program", "Period", "D1", "D2", "D3", "D4", "D5", "Total", "Grade",
        ],
        &["Projects", "D6", "D7"],
    );
}

/// Every report's command.
const REPORTS: [&[&str]; 6] = [
    &["report"],
    &["report", "plan"],
    &["report", "risk"],
    &["report", "resource"],
    &["report", "assessment"],
    &["report", "benefits"],
];

#[test]
fn every_table_states_enough_to_fit_a_very_narrow_terminal() {
    // A column no view names never gives way: a table that kept one it
    // cannot fit would stick out of 40 columns.
    for args in REPORTS {
        let narrow = report(args, 40);
        for line in narrow.lines().filter(|l| l.starts_with(['┌', '│', '└'])) {
            assert!(line.width() <= 40, "{args:?}: {line}");
        }
        for t in tables(&narrow) {
            assert!(!t.headers.is_empty(), "{args:?}: {t:?}");
        }
    }
}

#[test]
fn at_160_columns_nothing_is_left_out() {
    for args in REPORTS {
        let wide = report(args, 160);
        assert!(!wide.contains("(left out at"), "{args:?}:\n{wide}");
        assert!(tables(&wide).iter().all(|t| t.left_out.is_empty()));
    }
}

#[test]
fn the_check_catches_a_split_id() {
    // The fragments the issue saw are not whole words of the report.
    let wide = hyphenated("│ PRJ-HARBOR-DESK ┆ 2026-12-29 │");
    let split = hyphenated("│ PRJ-HAR ┆ 2026-12-2 │\n│ BOR-DESK ┆ 9 │");
    assert!(split.iter().all(|w| !wide.contains(w)), "{split:?}");
    assert_eq!(split.len(), 3);
}

/// In Chinese too no id is split: a list of ids joined by `、` (no space
/// to wrap at) was cut inside an id (`PRJ-|BANK-NET`) in the benefits table.
#[test]
fn in_chinese_no_id_is_split_either() {
    for args in REPORTS {
        let zh: Vec<&str> = args.iter().copied().chain(["--lang", "zh"]).collect();
        let wide = hyphenated(&report(&zh, 1000));
        for columns in [80, 100] {
            let split: Vec<String> = hyphenated(&report(&zh, columns))
                .into_iter()
                .filter(|w| !wide.contains(w))
                .collect();
            assert!(split.is_empty(), "{zh:?} at {columns}: split {split:?}");
        }
    }
}

//! End-to-end tests of `pmo report risk`: the real binary over the fixture
//! repos, whole outputs compared with insta snapshots (exit code included),
//! plus the safety properties of CSV and terminal output.
//!
//! One test function per (repo, format) case, driven by the `case!` table
//! at the bottom: adding an example repo is one line per format.

use crate::support::pmo;
use std::path::PathBuf;

const AS_OF: &str = "2026-11-16";

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs `pmo report risk` on `repo` with a stable date, width and no colour
/// (unless `args` asks for some), returning (exit code, stdout, stderr).
fn risk(repo: &str, args: &[&str]) -> (i32, String, String) {
    pmo()
        .args(["report", "risk", "--as-of", AS_OF])
        .arg("--repo")
        .arg(fixture(repo))
        .args(args)
        .run()
        .parts()
}

/// The whole outcome as one snapshot.
fn outcome(repo: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = risk(repo, args);
    format!("exit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}")
}

macro_rules! case {
    ($name:ident, $repo:expr, [$($arg:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), outcome($repo, &[$($arg),*]));
        }
    };
}

// The fixture repo in every format.
case!(
    risk_table,
    "risk",
    ["--format", "table", "--color", "never"]
);
case!(risk_json, "risk", ["--format", "json"]);
case!(risk_csv, "risk", ["--format", "csv"]);
case!(risk_markdown, "risk", ["--format", "markdown"]);
// Filters.
case!(
    risk_program_table,
    "risk",
    ["--program", "prg-net", "--color", "never"]
);
case!(
    risk_filtered_csv,
    "risk",
    ["--format", "csv", "--min-score", "12", "--status", "open"]
);
case!(
    risk_owner_category_csv,
    "risk",
    [
        "--format",
        "csv",
        "--owner",
        "wang-li",
        "--category",
        "technical"
    ]
);
case!(
    risk_project_since_markdown,
    "risk",
    [
        "--format",
        "markdown",
        "--project",
        "proj-desk",
        "--since",
        "2026-10-01"
    ]
);
// Hostile titles.
case!(hostile_csv, "risk-hostile", ["--format", "csv"]);
case!(hostile_markdown, "risk-hostile", ["--format", "markdown"]);
case!(hostile_table, "risk-hostile", ["--color", "never"]);
// Usage errors exit 2 with a message on stderr and nothing on stdout.
case!(unknown_owner, "risk", ["--owner", "wang-lee"]);
case!(unknown_category, "risk", ["--category", "weather"]);
case!(since_after_as_of, "risk", ["--since", "2027-01-01"]);

#[test]
fn csv_cells_cannot_run_formulas() {
    let (code, stdout, _) = risk("risk-hostile", &["--format", "csv"]);
    assert_eq!(code, 0);
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let titles: Vec<String> = reader
        .records()
        .map(|r| r.expect("csv record")[1].to_string())
        .collect();
    // Every text cell a spreadsheet would run as a formula is prefixed.
    assert!(titles.contains(&"'=HYPERLINK(\"http://evil.example\",\"click\")".to_string()));
    assert!(titles.contains(&"'@SUM(A1:A9)".to_string()));
    assert!(titles.contains(&"'-cmd|' /C calc'!A0".to_string()));
    // `+1` is a plain number to a spreadsheet, not a formula: render::csv
    // leaves numbers alone so negative amounts stay numbers.
    assert!(titles.contains(&"+1".to_string()));
    for cell in stdout.split([',', '\n']) {
        let cell = cell.trim_start_matches('"');
        if cell.starts_with(['=', '@']) {
            panic!("formula cell in CSV: {cell}");
        }
    }
    assert!(!stdout.contains('\u{1b}'), "ESC in CSV");
    assert!(!stdout.contains('\u{7}'), "BEL in CSV");
}

/// The output holds no control character but newline, and no ESC at all.
fn assert_inert(text: &str) {
    assert!(!text.contains('\u{1b}'), "ESC in output:\n{text}");
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "control character in output"
    );
}

#[test]
fn escape_sequences_are_neutralised_without_colour() {
    for format in ["table", "markdown", "csv", "json"] {
        let (code, stdout, _) = risk("risk-hostile", &["--format", format, "--color", "never"]);
        assert_eq!(code, 0, "{format}");
        assert_inert(&stdout);
        // The title is shown, its escapes spelled out (JSON escapes them itself).
        if format != "json" {
            assert!(stdout.contains("\\u{1b}[2J"), "{format}: title not shown");
        }
    }
}

#[test]
fn with_colour_only_our_own_sgr_sequences_reach_the_terminal() {
    let (code, stdout, _) = risk("risk-hostile", &["--color", "always"]);
    assert_eq!(code, 0);
    assert!(stdout.contains('\u{1b}'), "colour was asked for");
    // Every ESC starts a Select Graphic Rendition sequence: ESC [ digits ; m.
    // Nothing moves the cursor, clears the screen or sets the title.
    let bytes = stdout.as_bytes();
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|&b| b == 0x1b) {
        let start = i + at;
        let rest = &bytes[start + 1..];
        assert_eq!(rest.first(), Some(&b'['), "non-CSI escape at byte {start}");
        let end = rest[1..]
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b';'))
            .map(|p| p + 1)
            .expect("unterminated escape");
        assert_eq!(rest[end], b'm', "non-SGR escape at byte {start}");
        i = start + 1 + end + 1;
    }
    // The title's own sequences were spelled out, not sent.
    assert!(stdout.contains("\\u{1b}[2J"));
    assert!(stdout.contains("\\u{1b}]0;owned\\u{7}"));
    assert!(!stdout.contains('\u{7}'));
    let plain = risk(
        "risk-hostile",
        &["--color", "always", "--format", "markdown"],
    )
    .1;
    assert_inert(&plain);
}

#[test]
fn json_is_the_documented_shape() {
    let (code, stdout, _) = risk("risk", &["--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(v["meta"]["report"], "risk");
    assert_eq!(v["meta"]["version"], 1);
    assert_eq!(v["summary"]["escalations"], 5);
    // Proximity carries the critical-path flag from the plan's schedule.
    assert!(v["proximity"][0]["on_critical_path"].is_boolean());
}

#[test]
fn output_file_format_follows_its_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("risks.csv");
    let (code, stdout, _) = risk("risk", &["-o", path.to_str().expect("utf-8 path")]);
    assert_eq!(code, 0);
    assert!(stdout.is_empty());
    let written = std::fs::read_to_string(&path).expect("written");
    assert!(written.starts_with("id,title,project,program,type,category,"));
}

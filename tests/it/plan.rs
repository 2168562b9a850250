//! End-to-end tests of `pmo report plan`: the real binary on fixture
//! repositories, every format, the exit code included.

use crate::support::pmo;
use std::path::Path;

const AS_OF: &str = "2026-11-16";

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// Runs `pmo report plan` on a repo; returns the exit code, stdout, stderr.
fn run(repo: &str, args: &[&str]) -> (i32, String, String) {
    pmo()
        .args([
            "--color", "never", "report", "plan", "--repo", repo, "--as-of", AS_OF,
        ])
        .args(args)
        .run()
        .parts()
}

fn transcript(code: i32, stdout: &str, stderr: &str) -> String {
    format!("exit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}")
}

/// One snapshot per (repo, case): the lead adds example repos to `REPOS`.
const REPOS: &[&str] = &["plan"];

const CASES: &[(&str, &[&str])] = &[
    ("table", &[]),
    ("table_gantt", &["--gantt", "--program", "ops"]),
    (
        "table_window",
        &[
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-31",
            "--gantt",
            "--scale",
            "week",
        ],
    ),
    ("json", &["--format", "json"]),
    ("csv", &["--format", "csv"]),
    ("markdown", &["--format", "markdown", "--gantt"]),
    ("mermaid", &["--format", "mermaid"]),
    ("ics", &["--format", "ics"]),
    ("project", &["--project", "cust-app"]),
];

fn snapshot_case(repo: &str, case: &str, args: &[&str]) {
    let (code, stdout, stderr) = run(&fixture(repo), args);
    let stdout = if case == "ics" {
        // RFC 5545: every line ends in CRLF, none is longer than 75 octets.
        assert!(stdout.ends_with("\r\n"));
        for line in stdout.split("\r\n") {
            assert!(!line.contains('\n'), "bare LF in {line:?}");
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        stdout.replace("\r\n", "\n")
    } else {
        stdout
    };
    insta::assert_snapshot!(
        format!("{repo}__{case}"),
        transcript(code, &stdout, &stderr)
    );
}

macro_rules! cases {
    ($($name:ident: $repo:expr, $case:expr;)*) => {$(
        #[test]
        fn $name() {
            let args = CASES.iter().find(|(c, _)| *c == $case).map(|(_, a)| *a).unwrap();
            assert!(REPOS.contains(&$repo));
            snapshot_case($repo, $case, args);
        }
    )*};
}

cases! {
    plan_table: "plan", "table";
    plan_table_gantt: "plan", "table_gantt";
    plan_table_window: "plan", "table_window";
    plan_json: "plan", "json";
    plan_csv: "plan", "csv";
    plan_markdown: "plan", "markdown";
    plan_mermaid: "plan", "mermaid";
    plan_ics: "plan", "ics";
    plan_project: "plan", "project";
}

#[test]
fn output_is_deterministic() {
    let a = run(&fixture("plan"), &["--format", "json"]);
    let b = run(&fixture("plan"), &["--format", "json"]);
    assert_eq!(a, b);
}

#[test]
fn a_window_backwards_is_a_usage_error() {
    let (code, stdout, stderr) = run(
        &fixture("plan"),
        &["--from", "2026-12-01", "--to", "2026-11-01"],
    );
    insta::assert_snapshot!(transcript(code, &stdout, &stderr));
}

#[test]
fn an_unknown_program_is_a_usage_error() {
    let (code, stdout, stderr) = run(&fixture("plan"), &["--program", "opz"]);
    insta::assert_snapshot!(transcript(code, &stdout, &stderr));
}

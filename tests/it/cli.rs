//! The command line as a whole: its definition is consistent, every
//! `--help` is snapshotted, every report takes the common options the same
//! way, errors are usage errors (exit 2) with a message, and a closed pipe
//! ends quietly.

use std::io::Read;
use std::process::Stdio;

use clap::CommandFactory;

use crate::support::{self, pmo};

fn example(name: &str) -> String {
    support::example(name).display().to_string()
}

#[test]
fn the_clap_definition_is_consistent() {
    pmo::cli::Cli::command().debug_assert();
}

/// Every command's `--help`, so a change to the interface shows in review.
#[test]
fn help_texts() {
    let commands: &[&[&str]] = &[
        &[],
        &["validate"],
        &["explain"],
        &["schema"],
        &["init"],
        &["import"],
        &["import", "mspdi"],
        &["import", "csv"],
        &["report"],
        &["report", "overview"],
        &["report", "plan"],
        &["report", "risk"],
        &["report", "resource"],
        &["report", "assessment"],
        &["report", "trend"],
        &["diff"],
        &["completions"],
        &["man"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let (code, stdout, stderr) = pmo().args(&args).run().parts();
        assert_eq!(code, 0, "{args:?}: {stderr}");
        let name = if command.is_empty() {
            "pmo".to_string()
        } else {
            format!("pmo_{}", command.join("_"))
        };
        insta::assert_snapshot!(name, stdout);
    }
}

const REPORTS: [&[&str]; 5] = [
    &["report"],
    &["report", "plan"],
    &["report", "risk"],
    &["report", "resource"],
    &["report", "assessment"],
];

/// Every report accepts `--repo`, `--format` (table, json, csv, markdown),
/// `--program`, `--project`, `--as-of` and `-o FILE` (format from the
/// extension), the same way.
#[test]
fn every_report_takes_the_common_options() {
    let repo = example("composite");
    let dir = tempfile::tempdir().unwrap();
    for report in REPORTS {
        let name = report.join("-");
        for format in ["table", "json", "csv", "markdown"] {
            let mut args = report.to_vec();
            args.extend([
                "--repo",
                &repo,
                "--format",
                format,
                "--as-of",
                "2026-11-16",
                "--program",
                "PRG-EAST-ITS",
                "--project",
                "PRJ-BANK-NET",
            ]);
            let (code, stdout, stderr) = pmo().args(&args).run().parts();
            assert_eq!(code, 0, "{name} {format}: {stderr}");
            assert!(!stdout.is_empty(), "{name} {format}: empty");
            if format == "json" {
                let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
                assert_eq!(v["meta"]["version"], 1, "{name}");
                assert_eq!(v["meta"]["as_of"], "2026-11-16", "{name}");
            }
        }
        // -o FILE: the format follows the extension, stdout stays empty.
        let file = dir.path().join(format!("{name}.json"));
        let mut args = report.to_vec();
        args.extend(["--repo", &repo, "--as-of", "2026-11-16", "-o"]);
        let file_arg = file.display().to_string();
        args.push(&file_arg);
        let (code, stdout, stderr) = pmo().args(&args).run().parts();
        assert_eq!(code, 0, "{name} -o: {stderr}");
        assert!(stdout.is_empty(), "{name} -o wrote to stdout");
        let written: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).expect("json file");
        assert!(written["meta"]["report"].is_string(), "{name}");
        // A filter naming nothing is a usage error, not an empty report.
        let mut args = report.to_vec();
        args.extend(["--repo", &repo, "--program", "PRG-EAST-IST"]);
        let (code, stdout, stderr) = pmo().args(&args).run().parts();
        assert_eq!(code, 2, "{name}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains("did you mean `PRG-EAST-ITS`"),
            "{name}: {stderr}"
        );
    }
}

/// An id that names nothing is one error, worded once, in every command
/// that takes one: exit 2, nothing on stdout, the kind, the id and the
/// closest id of that kind when one is close.
#[test]
fn an_unknown_id_is_the_same_error_everywhere() {
    let repo = example("composite");
    let person = |id: &str, close: &str| {
        format!("no person `{id}` in this repository (did you mean `{close}`?)")
    };
    let cases: [(&[&str], String); 7] = [
        (
            &["report", "plan", "--program", "PRG-EAST-IST"],
            "no program `PRG-EAST-IST` in this repository (did you mean `PRG-EAST-ITS`?)".into(),
        ),
        (
            &["report", "risk", "--project", "PRJ-INS-DSK"],
            "no project `PRJ-INS-DSK` in this repository (did you mean `PRJ-INS-DESK`?)".into(),
        ),
        (
            &["report", "overview", "--program", "NOTHING-LIKE-IT"],
            "no program `NOTHING-LIKE-IT` in this repository".into(),
        ),
        (
            &["report", "risk", "--owner", "p-tang-xni"],
            person("p-tang-xni", "p-tang-xin"),
        ),
        (
            &["report", "resource", "--person", "p-tang-xni"],
            person("p-tang-xni", "p-tang-xin"),
        ),
        (
            &["report", "assessment", "--manager", "p-li-nna"],
            person("p-li-nna", "p-li-na"),
        ),
        (
            &["report", "assessment", "--project", "PRJ-INS-DSK"],
            "no project `PRJ-INS-DSK` in this repository (did you mean `PRJ-INS-DESK`?)".into(),
        ),
    ];
    for (args, message) in cases {
        let mut all = args.to_vec();
        all.extend(["--repo", &repo, "--as-of", "2026-11-16"]);
        let (code, stdout, stderr) = pmo().args(&all).run().parts();
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{args:?}");
        assert_eq!(stderr.trim_end(), format!("error: {message}"), "{args:?}");
    }
}

#[test]
fn no_repository_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = pmo()
        .args(["-C", &dir.path().display().to_string(), "validate"])
        .run()
        .parts();
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("no `pmo.toml` found"), "{stderr}");
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let repo = example("composite");
    let args = [
        "--color",
        "always",
        "report",
        "--repo",
        &repo,
        "--as-of",
        "2026-11-16",
    ];
    let (_, coloured, _) = pmo().args(args).run().parts();
    assert!(coloured.contains('\x1b'));
    let (_, plain, _) = pmo()
        .color("auto")
        .args(["report", "--repo", &repo, "--as-of", "2026-11-16"])
        .run()
        .parts();
    assert!(!plain.contains('\x1b'), "not a TTY: no colour");
    let out = pmo()
        .color("auto")
        .args(["report", "--repo", &repo, "--as-of", "2026-11-16"])
        .env("NO_COLOR", "1")
        .run();
    assert!(!out.stdout.contains('\x1b'));
}

/// `pmo report ... | head` ends quietly: exit 0, nothing on stderr.
#[test]
fn a_closed_pipe_ends_quietly() {
    let repo = example("composite");
    let mut child = pmo()
        .args([
            "report",
            "resource",
            "--repo",
            &repo,
            "--format",
            "json",
            "--as-of",
            "2026-11-16",
        ])
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn completions_and_man_page_are_generated() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let (code, stdout, _) = pmo().args(["completions", shell]).run().parts();
        assert_eq!(code, 0);
        assert!(stdout.contains("pmo"), "{shell}");
    }
    let (code, stdout, _) = pmo().args(["man"]).run().parts();
    assert_eq!(code, 0);
    assert!(stdout.starts_with(".ie") || stdout.contains(".TH pmo"));
}

/// Every run builds the one analysis (schedule, placed work) once, and its
/// checks and reports all read it: the overview runs four reports and
/// `validate`'s checks, the page draws them all, and `PMO_TRACE_ANALYSIS`
/// prints how many analyses the process built.
#[test]
fn a_run_builds_its_analysis_once() {
    let repo = example("composite");
    let runs: &[&[&str]] = &[
        &["report"],
        &["report", "--format", "html"],
        &["report", "plan"],
        &["report", "plan", "--format", "mspdi"],
        &["report", "resource"],
        &["report", "risk"],
        &["report", "assessment"],
        &["validate"],
    ];
    for args in runs {
        let stderr = pmo()
            .args(*args)
            .args(["-C", &repo, "--as-of", "2026-11-16"])
            .env("PMO_TRACE_ANALYSIS", "1")
            .run()
            .stderr;
        assert!(
            stderr.contains("pmo: analyses built: 1\n"),
            "{args:?}: {stderr}"
        );
    }
}

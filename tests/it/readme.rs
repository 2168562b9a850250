//! The README is tested, so the front page cannot rot: its two quick-start
//! commands are the ones CI runs, and its shell recipes run as written
//! (with `pmo` the binary under test), their shown output included.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{fs::copy_dir, pmo, root};

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md")
}

/// The fenced blocks of `text` whose info string is `lang`, in order.
fn blocks(text: &str, lang: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match (&mut current, line.strip_prefix("```")) {
            (None, Some(info)) if info.trim() == lang => current = Some(String::new()),
            (Some(_), Some("")) => found.extend(current.take()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    found
}

/// The part of the README under the heading `## title`.
fn section(text: &str, title: &str) -> String {
    let start = text
        .find(&format!("\n## {title}\n"))
        .unwrap_or_else(|| panic!("README has no section `{title}`"));
    let rest = &text[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    rest[..end].to_string()
}

/// The command lines of a `sh` block: no comments, no blank lines.
fn commands(block: &str) -> Vec<&str> {
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A shell in `dir` where `pmo` is the binary under test, at 100 columns.
fn shell(dir: &Path, line: &str) -> std::process::Output {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_pmo"));
    let path = format!(
        "{}:{}",
        bin.parent().expect("the binary's folder").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("bash")
        .args(["-c", &format!("set -o pipefail; {line}")])
        .current_dir(dir)
        .env("PATH", path)
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .output()
        .expect("bash runs")
}

#[track_caller]
fn assert_ran(line: &str, out: &std::process::Output) {
    assert!(
        out.status.success(),
        "README command failed: {line}\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn jq_available() {
    assert!(
        Command::new("jq").arg("--version").output().is_ok(),
        "the README's recipes use jq: install it (`apt-get install jq`; .ci/run does)"
    );
}

/// The two commands a newcomer needs: the first builds and runs the
/// overview of the composite example, the second is the test command
/// `.ci/run` runs.
#[test]
fn the_quick_start_commands_are_the_ones_ci_runs() {
    let quick = section(&readme(), "Quick start");
    let sh = blocks(&quick, "sh");
    assert_eq!(
        sh,
        [
            "cargo run --release -- report -C examples/composite\n",
            "cargo test --locked\n"
        ]
    );
    let ci = std::fs::read_to_string(root().join(".ci/run")).expect(".ci/run");
    assert!(
        ci.lines().any(|l| l.trim() == "cargo test --locked"),
        ".ci/run must call the README's test command as written"
    );
    // The first command's run, without the release build.
    let out = pmo()
        .args(["report", "-C", "examples/composite"])
        .run()
        .ok();
    assert!(out.stdout.contains("PRG-EAST-ITS"), "{}", out.stdout);
}

/// Every line of "Use in scripts" runs in a copy of the composite example
/// and prints something (or writes the file its `-o` names).
#[test]
fn the_script_recipes_run() {
    jq_available();
    let recipes = blocks(&section(&readme(), "Use in scripts"), "sh");
    assert_eq!(recipes.len(), 1, "one block of recipes");
    let repo = tempfile::tempdir().expect("tempdir");
    copy_dir(&root().join("examples/composite"), repo.path());
    let lines = commands(&recipes[0]);
    assert!(lines.len() >= 6, "{lines:?}");
    for line in lines {
        let out = shell(repo.path(), line);
        assert_ran(line, &out);
        match line.split_once(" -o ") {
            Some((_, file)) => {
                let file = file.split_whitespace().next().expect("a file name");
                let size = std::fs::metadata(repo.path().join(file)).map_or(0, |m| m.len());
                assert!(size > 0, "{line}: {file} not written");
            }
            None => assert!(!out.stdout.is_empty(), "{line}: printed nothing"),
        }
    }
}

/// The MS Project block runs from the project's root in a scratch copy:
/// both imports make valid repositories and the export is written.
#[test]
fn the_interchange_recipes_run() {
    let block = blocks(
        &section(&readme(), "Plans from and to Microsoft Project"),
        "sh",
    );
    assert_eq!(block.len(), 1);
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(
        &root().join("examples/interchange"),
        &dir.path().join("examples/interchange"),
    );
    for line in commands(&block[0]) {
        assert_ran(line, &shell(dir.path(), line));
    }
    for repo in ["hengtong", "network-move"] {
        assert!(dir.path().join(repo).join("pmo.toml").is_file(), "{repo}");
    }
    let plan = std::fs::read_to_string(dir.path().join("plan.xml")).expect("plan.xml");
    assert!(plan.contains("<Project"), "an MSPDI file");
}

/// The console session of "Time": the history script, then each `$`
/// command; where the README shows output, the command prints exactly
/// that, but for commit ids: the history is built with fixed dates and
/// authors, so they are the same on every machine, yet they change with
/// every edit of the examples the script commits.
#[test]
fn the_history_session_prints_what_the_readme_shows() {
    let text = section(&readme(), "Time: diff, trends and past revisions");
    let session = blocks(&text, "console");
    assert_eq!(session.len(), 1);
    let scratch = tempfile::tempdir().expect("tempdir");
    let mut steps = parse_session(&session[0]).into_iter();
    let (first, shown) = steps.next().expect("the history script first");
    assert!(shown.is_empty());
    // `examples/make_history.sh /tmp/x && cd /tmp/x`, in a scratch folder.
    let (script, _) = first.split_once(" && cd ").expect("script && cd DIR");
    let history = scratch.path().join("history");
    let script = script.replace(
        script.split_whitespace().last().expect("DIR"),
        &history.display().to_string(),
    );
    assert_ran(&script, &shell(root(), &script));
    // `--new-since origin/main` as in a CI checkout: the remote's branch.
    git(
        &history,
        &["update-ref", "refs/remotes/origin/main", "HEAD~1"],
    );
    for (line, shown) in steps {
        let line = line.split("   #").next().expect("a command").trim();
        let out = shell(&history, line);
        // `validate` fails (exit 1) on what a branch introduces; that is
        // its job, not a broken recipe.
        let code = out.status.code();
        assert!(code == Some(0) || line.contains("validate"), "{line}");
        if !shown.is_empty() {
            assert_eq!(
                without_commit_ids(&String::from_utf8_lossy(&out.stdout)),
                without_commit_ids(&shown),
                "README output of `{line}`"
            );
        }
    }
}

/// `text` with every short commit id (`(4a01155, as of` or `(4a01155)`)
/// as `(…`.
fn without_commit_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('(') {
        let (before, after) = rest.split_at(at + 1);
        out.push_str(before);
        let id = after.get(..7).filter(|id| {
            id.bytes().all(|b| b.is_ascii_hexdigit()) && after[7..].starts_with([',', ')'])
        });
        rest = match id {
            Some(_) => {
                out.push('…');
                &after[7..]
            }
            None => after,
        };
    }
    out.push_str(rest);
    out
}

/// The `$ command` lines of a console block and the output shown after each.
fn parse_session(block: &str) -> Vec<(String, String)> {
    let mut steps: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        match (line.strip_prefix("$ "), steps.last_mut()) {
            (Some(command), _) => steps.push((command.to_string(), String::new())),
            (None, Some((_, shown))) => {
                shown.push_str(line);
                shown.push('\n');
            }
            (None, None) => panic!("output before any command: {line}"),
        }
    }
    steps
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}");
}

//! `pmo` on a repository written by a hostile contributor, as a CI job runs
//! it on a pull request: committed symbolic links, special files as `-o`
//! targets, unreadable folders, text made to act as a workflow command or a
//! terminal sequence, and a secret in the environment that must never reach
//! any output.

use crate::support::fs;
use crate::support::{Run, pmo};
use fs::copy_dir;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SECRET: &str = "s3cr3t-token-5f1c9a";
const AS_OF: &str = "2026-11-16";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn pmo_in(dir: &Path, args: &[&str]) -> Run {
    pmo()
        .args(args)
        .current_dir(dir)
        .env("PMO_TEST_SECRET", SECRET)
        .run()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A copy of a bundled example in a fresh temporary folder.
fn example(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples").join(name), dir.path());
    dir
}

fn symlink(target: impl AsRef<Path>, link: impl AsRef<Path>) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ---- 1. Writing output (`-o FILE`).

#[test]
fn a_committed_link_as_the_output_is_refused_and_its_target_kept() {
    let repo = example("single-customer");
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    symlink(&victim, repo.path().join("pmo.sarif"));
    let out = pmo_in(
        repo.path(),
        &["validate", "--format", "sarif", "-o", "pmo.sarif"],
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("symbolic link"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
}

#[test]
fn a_link_at_the_old_temporary_name_is_never_written_through() {
    let repo = example("single-customer");
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    symlink(&victim, repo.path().join(".pmo.sarif.pmo-tmp"));
    let before = listing(repo.path());
    let out = pmo_in(
        repo.path(),
        &["validate", "--format", "sarif", "-o", "pmo.sarif"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    let written = std::fs::symlink_metadata(repo.path().join("pmo.sarif")).unwrap();
    assert!(written.file_type().is_file());
    let sarif = std::fs::read_to_string(repo.path().join("pmo.sarif")).unwrap();
    assert!(sarif.contains("\"version\": \"2.1.0\""), "{sarif}");
    // Exactly one new entry: the output; no temporary file left behind.
    let mut expected = before;
    expected.push("pmo.sarif".into());
    expected.sort();
    assert_eq!(listing(repo.path()), expected);
}

fn assert_refused_special(target: &Path, what: &str) {
    let repo = example("single-customer");
    let before = listing(repo.path());
    let out = pmo_in(
        repo.path(),
        &["report", "--as-of", AS_OF, "-o", target.to_str().unwrap()],
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains(what), "{}", out.stderr);
    assert_eq!(
        listing(repo.path()),
        before,
        "nothing written in the repository"
    );
}

#[test]
fn a_fifo_as_the_output_is_refused_and_stays_a_fifo() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.md");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    assert_refused_special(&fifo, "FIFO");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert_eq!(listing(dir.path()), vec!["out.md".to_string()]);
}

#[test]
fn a_device_as_the_output_is_refused_and_stays_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let dev = dir.path().join("full.md");
    // The same node as /dev/full; creating one needs root.
    let made = Command::new("mknod")
        .arg(&dev)
        .args(["c", "1", "7"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let target = if made {
        dev.clone()
    } else {
        PathBuf::from("/dev/null")
    };
    assert_refused_special(&target, "a device");
    let kind = std::fs::symlink_metadata(&target).unwrap().file_type();
    assert!(kind.is_char_device(), "still a device");
}

#[test]
fn a_folder_as_the_output_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("out.json");
    std::fs::create_dir(&folder).unwrap();
    assert_refused_special(&folder, "a folder");
    assert!(listing(&folder).is_empty());
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let repo = example("single-customer");
    let before = listing(repo.path());
    let out = pmo_in(
        repo.path(),
        &["report", "--as-of", AS_OF, "-o", "missing/dir/x.md"],
    );
    assert_eq!(out.code, 2);
    assert!(!out.stderr.contains("os error"), "{}", out.stderr);
    assert_eq!(listing(repo.path()), before);
}

#[test]
fn an_existing_regular_file_is_replaced_keeping_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let repo = example("single-customer");
    let target = repo.path().join("status.md");
    std::fs::write(&target, "old").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = pmo_in(
        repo.path(),
        &["report", "--as-of", AS_OF, "-o", "status.md"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::read_to_string(&target).unwrap().starts_with('#'));
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

// ---- 2. The repository boundary.

const FORMATS: &[(&str, &[&str])] = &[
    ("validate", &["human", "json", "github", "sarif"]),
    ("report", &["table", "json", "csv", "markdown", "html"]),
    (
        "report plan",
        &["table", "json", "csv", "markdown", "html", "mermaid", "ics"],
    ),
    ("report risk", &["table", "json", "csv", "markdown", "html"]),
    (
        "report resource",
        &["table", "json", "csv", "markdown", "html"],
    ),
    (
        "report assessment",
        &["table", "json", "csv", "markdown", "html"],
    ),
];

/// Every command in every format: (what ran, output).
fn every_output(repo: &Path) -> Vec<(String, Run)> {
    let mut runs = Vec::new();
    for (command, formats) in FORMATS {
        for format in *formats {
            let mut args: Vec<&str> = command.split(' ').collect();
            args.extend(["--format", format, "--as-of", AS_OF, "--color", "never"]);
            runs.push((format!("{command} --format {format}"), pmo_in(repo, &args)));
        }
    }
    runs
}

fn assert_never_printed(repo: &Path, needle: &str) {
    for (what, out) in every_output(repo) {
        for stream in [&out.stdout, &out.stderr] {
            assert!(!stream.contains(needle), "{what} printed {needle}");
        }
        assert_ne!(out.code, 101, "{what} panicked");
    }
}

fn validate_json(repo: &Path) -> (Option<i32>, serde_json::Value) {
    let out = pmo_in(repo, &["validate", "--format", "json", "--as-of", AS_OF]);
    let json = serde_json::from_str(&out.stdout).unwrap_or(serde_json::Value::Null);
    (Some(out.code), json)
}

/// The message of the one finding `code` in `json`, checked to be one.
fn only_message(json: &serde_json::Value, code: &str, path: &str) -> String {
    let found = findings_of(json, code);
    assert_eq!(found.len(), 1, "{json:#}");
    assert_eq!(found[0]["path"], path);
    found[0]["message"].as_str().unwrap_or_default().to_string()
}

fn findings_of(json: &serde_json::Value, code: &str) -> Vec<serde_json::Value> {
    json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["code"] == code)
        .cloned()
        .collect()
}

#[test]
fn a_link_to_the_environment_is_refused_and_no_secret_is_printed() {
    let repo = example("single-customer");
    symlink("/proc/self/environ", repo.path().join("risks/env.yaml"));
    let (code, json) = validate_json(repo.path());
    assert_eq!(code, Some(1));
    let message = only_message(&json, "L012", "risks/env.yaml");
    assert!(message.contains("/proc/self/environ"), "{message}");
    assert_never_printed(repo.path(), SECRET);
}

#[test]
fn a_link_to_the_machine_root_is_refused_at_once() {
    let repo = example("single-customer");
    symlink("/", repo.path().join("everything"));
    let start = Instant::now();
    let (code, json) = validate_json(repo.path());
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(code, Some(1));
    assert_eq!(findings_of(&json, "L012").len(), 1, "{json:#}");
}

#[test]
fn a_linked_folder_of_another_repository_is_not_merged() {
    let repo = example("single-customer");
    let other = example("composite");
    symlink(other.path().join("risks"), repo.path().join("borrowed"));
    let (code, json) = validate_json(repo.path());
    assert_eq!(code, Some(1));
    assert_eq!(findings_of(&json, "L012").len(), 1);
    let risks = pmo_in(
        repo.path(),
        &["report", "risk", "--format", "json", "--as-of", AS_OF],
    );
    let composite_risk = std::fs::read_dir(other.path().join("risks"))
        .unwrap()
        .count();
    assert!(composite_risk > 0);
    assert!(!risks.stdout.contains("borrowed/"));
}

#[test]
fn links_inside_the_repository_are_followed_once_and_loops_refused() {
    let repo = example("single-customer");
    // A folder linked under a second name: read once, no duplicate ids.
    symlink("risks", repo.path().join("risks-again"));
    // A link to a folder above it: a loop.
    symlink("..", repo.path().join("people/up"));
    let (code, json) = validate_json(repo.path());
    assert_eq!(code, Some(1), "{json:#}");
    assert!(findings_of(&json, "L009").is_empty(), "{json:#}");
    let loops = findings_of(&json, "L012");
    assert_eq!(loops.len(), 1, "{json:#}");
    assert_eq!(loops[0]["path"], "people/up");
}

#[test]
fn a_dangling_link_is_an_error() {
    let repo = example("single-customer");
    symlink("nowhere.yaml", repo.path().join("risks/gone.yaml"));
    let (code, json) = validate_json(repo.path());
    assert_eq!(code, Some(1));
    let found = findings_of(&json, "L012");
    assert_eq!(found.len(), 1);
    assert!(
        found[0]["message"]
            .as_str()
            .unwrap()
            .contains("does not exist")
    );
}

#[test]
fn a_fifo_named_like_yaml_is_reported_not_read() {
    let repo = example("single-customer");
    let fifo = repo.path().join("risks/pipe.yaml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let start = Instant::now();
    let (code, json) = validate_json(repo.path());
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "a FIFO must not block"
    );
    assert_eq!(code, Some(1));
    assert_eq!(findings_of(&json, "L012").len(), 1, "{json:#}");
}

#[test]
fn pmo_toml_as_a_link_outside_is_refused_without_printing_its_target() {
    let repo = example("single-customer");
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.toml");
    std::fs::write(&secret, format!("token = \"{SECRET}\"\n")).unwrap();
    std::fs::remove_file(repo.path().join("pmo.toml")).unwrap();
    symlink(&secret, repo.path().join("pmo.toml"));
    let out = pmo_in(repo.path(), &["validate"]);
    assert_eq!(out.code, 2);
    let err = out.stderr;
    assert!(err.contains("outside the repository"), "{err}");
    assert!(!err.contains(SECRET) && !out.stdout.contains(SECRET));
}

#[test]
fn a_huge_sparse_pmo_toml_is_refused_quickly() {
    let repo = example("single-customer");
    let f = std::fs::OpenOptions::new()
        .append(true)
        .open(repo.path().join("pmo.toml"))
        .unwrap();
    f.set_len(2 << 30).unwrap();
    let start = Instant::now();
    let out = pmo_in(repo.path(), &["validate"]);
    assert!(start.elapsed() < Duration::from_secs(10));
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("limit"), "{}", out.stderr);
}

// ---- 3. The gate must not pass what it did not read.

/// Runs pmo as the unprivileged user `nobody` when this test runs as root
/// (root reads any folder); `None` when that cannot be arranged.
fn as_nobody(dir: &Path, args: &[&str]) -> Option<Run> {
    let root_user = Command::new("id").arg("-u").output().ok()?;
    let mut cmd = if text(&root_user.stdout).trim() == "0" {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        c.arg(env!("CARGO_BIN_EXE_pmo"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_pmo"))
    };
    cmd.args(args).current_dir(dir).output().ok().map(Run::from)
}

#[test]
fn an_unreadable_folder_fails_the_gate_with_exit_2() {
    use std::os::unix::fs::PermissionsExt;
    let repo = example("single-customer");
    let mode = |p: &Path, m| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    // Everything readable by others, then one folder by nobody.
    for dir in [repo.path().to_path_buf(), repo.path().join("risks")] {
        mode(&dir, 0o755).unwrap();
    }
    let _ = Command::new("chmod")
        .args(["-R", "a+rX"])
        .arg(repo.path())
        .status();
    mode(&repo.path().join("risks"), 0o000).unwrap();
    let Some(out) = as_nobody(repo.path(), &["validate", "--format", "json"]) else {
        eprintln!("skipped: cannot run as an unprivileged user here");
        return;
    };
    mode(&repo.path().join("risks"), 0o755).unwrap();
    assert_eq!(out.code, 2, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let message = only_message(&json, "L013", "risks");
    assert!(message.contains("permission denied"), "{message}");
}

#[test]
fn a_closed_stdout_does_not_turn_a_failure_into_a_pass() {
    let mut child = pmo()
        .args(["validate", "examples/broken", "--as-of", AS_OF])
        .current_dir(root())
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Close the reading end at once, as `| true` does.
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
}

/// A repository whose text tries every trick: a file name with a line
/// break and a workflow command, titles with escape sequences and
/// bidirectional overrides.
fn hostile_repo() -> tempfile::TempDir {
    let repo = example("single-customer");
    let nasty = "x\n::error file=a.yaml::pwned\u{1b}]8;;http:evil\u{7}.yaml";
    std::fs::write(
        repo.path().join("people").join(nasty),
        "kind: Person\nid: p-nasty\nname: \"pwn\\n::warning::pwned \\e[2J \\u202Egnp.exe\"\n",
    )
    .unwrap();
    let hostile = [
        (
            "projects/desktop.yaml",
            "name:",
            "\"\\n::error::injected \\e[31m\\u2066\"",
        ),
        (
            "risks/RSK-001.yaml",
            "title:",
            "\"a\\r\\n::error::risk \\x1b]0;title\\x07 \\u202D\"",
        ),
    ];
    for (file, key, value) in hostile {
        let path = repo.path().join(file);
        let yaml = std::fs::read_to_string(&path).unwrap();
        let mut done = false;
        let lines: Vec<String> = yaml
            .lines()
            .map(|l| {
                if !done && l.starts_with(key) {
                    done = true;
                    format!("{key} {value}")
                } else {
                    l.to_string()
                }
            })
            .collect();
        assert!(done, "{file} has {key}");
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    }
    repo
}

#[test]
fn no_output_can_start_a_workflow_command_or_a_terminal_sequence() {
    let repo = hostile_repo();
    for (what, out) in every_output(repo.path()) {
        let stdout = out.stdout;
        for line in stdout.lines().chain(out.stderr.lines()) {
            let t = line.trim_start();
            let starts =
                t.starts_with("::") && t[2..].starts_with(|c: char| c.is_ascii_alphabetic());
            let ours = what.contains("github") && line.starts_with("::");
            assert!(!starts || ours, "{what}: {line:?}");
        }
        // JSON and SARIF are data: serde escapes the control characters,
        // and the bidirectional marks stay as the repository wrote them.
        let data = what.contains("json") || what.contains("sarif");
        for bad in ['\u{1b}', '\u{7}', '\u{202e}', '\u{2066}'] {
            let bidi = bad > '\u{ff}';
            if !(data && bidi) {
                assert!(!stdout.contains(bad), "{what}: raw {bad:?} in {stdout}");
            }
        }
    }
}

#[test]
fn the_github_format_escapes_a_hostile_file_name() {
    let repo = hostile_repo();
    let out = pmo_in(repo.path(), &["validate", "--format", "github"]);
    let stdout = out.stdout;
    let commands: Vec<&str> = stdout.lines().filter(|l| l.starts_with("::")).collect();
    assert!(!commands.is_empty());
    for line in &commands {
        assert!(
            line.starts_with("::error ") || line.starts_with("::warning "),
            "{line}"
        );
        assert!(!line.contains("pwned\n"));
    }
    let mut buf = String::new();
    let _ = std::io::Cursor::new(out.bytes).read_to_string(&mut buf);
    assert!(
        !buf.lines()
            .any(|l| l.starts_with("::error::") || l.starts_with("::warning::"))
    );
}

// ---- Reports on a repository with error-level findings.

fn overview_json(repo: &Path, extra: &[&str]) -> (Run, serde_json::Value) {
    let mut args = vec!["report", "--format", "json", "--as-of", AS_OF];
    args.extend(extra);
    let out = pmo_in(repo, &args);
    let json = serde_json::from_str(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out, json)
}

fn project<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["programs"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["projects"].as_array().unwrap())
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("no project {id}"))
}

#[test]
fn a_broken_repository_shows_no_green_and_says_why() {
    let (out, json) = overview_json(&root().join("examples/broken"), &[]);
    assert_eq!(out.code, 0);
    let errors = json["meta"]["errors"].as_u64().unwrap();
    assert!(errors >= 40, "{errors}");
    let err = out.stderr;
    assert!(
        err.contains(&format!("error-level findings ({errors})")),
        "{err}"
    );
    for program in json["programs"].as_array().unwrap() {
        for p in program["projects"].as_array().unwrap() {
            for status in ["schedule", "cost", "risk", "resources"] {
                assert_ne!(p[status], "green", "{} {status}", p["id"]);
            }
        }
    }
    // A document failed to load, so every open project is uncertain.
    assert!(json["totals"]["schedule"]["unknown"].as_u64().unwrap() > 0);
    for format in ["table", "markdown", "html"] {
        let out = pmo_in(
            &root().join("examples/broken"),
            &["report", "--format", format, "--as-of", AS_OF],
        );
        assert!(out.stdout.contains("error-level findings"), "{format}");
    }
}

#[test]
fn strict_refuses_a_repository_with_errors() {
    let out = pmo_in(
        &root().join("examples/broken"),
        &["report", "plan", "--strict", "--as-of", AS_OF],
    );
    assert_eq!(out.code, 1);
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("--strict"));
    let clean = pmo_in(
        &root().join("examples/composite"),
        &["report", "--strict", "--as-of", AS_OF],
    );
    assert_eq!(clean.code, 0, "{}", clean.stderr);
}

#[test]
fn only_the_projects_resting_on_a_bad_document_become_unknown() {
    let repo = example("composite");
    let (_, before) = overview_json(repo.path(), &[]);
    assert_eq!(before["meta"]["errors"], 0);
    // One out-of-range value in one project's document.
    let file = repo.path().join("projects/bank/desktop.yaml");
    let yaml = std::fs::read_to_string(&file).unwrap();
    let bad = yaml.replacen("\npriority: ", "\npriority: 9 #", 1);
    assert_ne!(bad, yaml, "the fixture has a priority line");
    std::fs::write(&file, bad).unwrap();
    let id = yaml
        .lines()
        .find_map(|l| l.strip_prefix("id: "))
        .unwrap()
        .trim()
        .to_string();
    let (_, after) = overview_json(repo.path(), &[]);
    assert_eq!(after["meta"]["errors"], 1);
    let broken = project(&after, &id);
    for status in ["schedule", "cost", "risk", "resources"] {
        assert_eq!(broken[status], "unknown", "{id} {status}");
    }
    assert_eq!(broken["reasons"][0]["kind"], "uncertain");
    let mut unchanged = 0;
    for program in before["programs"].as_array().unwrap() {
        for p in program["projects"].as_array().unwrap() {
            let other = p["id"].as_str().unwrap();
            if other != id && project(&after, other)["schedule"] == p["schedule"] {
                unchanged += 1;
            }
        }
    }
    assert!(unchanged >= 5, "{unchanged} projects kept their status");
}

#[test]
fn a_document_over_the_node_limit_names_the_limit_and_its_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("pmo.toml"),
        "format = 1\n[load]\nmax_nodes = 1000\n",
    )
    .unwrap();
    let mut doc = String::from("kind: Person\nid: p-many\nname: Many\nskills:\n");
    for i in 0..2000 {
        doc.push_str(&format!("  - skill-{i}\n"));
    }
    std::fs::write(dir.path().join("people.yaml"), doc).unwrap();
    let out = pmo_in(dir.path(), &["validate", "--color", "never"]);
    let text = out.stdout;
    assert_eq!(out.code, 1);
    assert!(text.contains("error[L008]"), "{text}");
    assert!(text.contains("more than 1000 values"), "{text}");
    assert!(text.contains("`[load] max_nodes`"), "{text}");
    assert!(
        !text.contains("Nodes {"),
        "no parser-internal names: {text}"
    );
}

//! `pmo init` end to end: every program type scaffolds a repository that
//! validates cleanly, and init never overwrites anything.

use crate::support::pmo;
use std::path::Path;

const TYPES: [&str; 5] = [
    "single-customer",
    "single-business",
    "multi-customer",
    "multi-business",
    "composite",
];

fn files_under(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walk(dir)
        .into_iter()
        .map(|p| p.strip_prefix(dir).unwrap().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn every_type_scaffolds_a_valid_repository() {
    for t in TYPES {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("repo");
        let dir_s = dir.to_str().unwrap();
        let init = pmo().args(["init", dir_s, "--type", t]).run();
        let stderr = &init.stderr;
        assert_eq!(init.code, 0, "init --type {t}: {stderr}");
        assert!(
            stderr.contains("pmo validate"),
            "init names the next command: {stderr}"
        );
        assert!(dir.join("pmo.toml").is_file());
        assert!(dir.join(".pmo/schemas/project.schema.json").is_file());
        let program = std::fs::read_to_string(dir.join("program.yaml")).unwrap();
        assert!(
            program
                .starts_with("# yaml-language-server: $schema=.pmo/schemas/program.schema.json\n")
        );
        assert!(program.contains(&format!("type: {t}")));
        let risk = std::fs::read_to_string(dir.join("risks/RSK-001.yaml")).unwrap();
        assert!(
            risk.starts_with("# yaml-language-server: $schema=../.pmo/schemas/risk.schema.json\n")
        );

        let validate = pmo().args(["validate", dir_s]).run();
        let stdout = &validate.stdout;
        assert_eq!(
            Some(validate.code),
            Some(0),
            "validate after init --type {t}:\n{stdout}{}",
            &validate.stderr
        );
        assert!(stdout.contains("0 errors"), "{t}: {stdout}");
    }
}

#[test]
fn init_refuses_to_overwrite_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mine = "name = \"mine\"\n";
    std::fs::write(dir.join("pmo.toml"), mine).unwrap();
    let before = files_under(dir);

    let out = pmo()
        .args(["init", dir.to_str().unwrap(), "--type", "composite"])
        .run();
    assert_eq!(out.code, 2);
    let stderr = &out.stderr;
    assert!(
        stderr.contains("pmo.toml"),
        "names the existing file: {stderr}"
    );
    assert_eq!(std::fs::read_to_string(dir.join("pmo.toml")).unwrap(), mine);
    assert_eq!(files_under(dir), before, "no other file written");
}

#[test]
fn init_requires_a_type() {
    let tmp = tempfile::tempdir().unwrap();
    let out = pmo().args(["init", tmp.path().to_str().unwrap()]).run();
    assert_eq!(out.code, 2);
    assert!(files_under(tmp.path()).is_empty());
}

#[test]
fn a_new_repository_is_current_on_the_day_it_is_made() {
    for day in ["2026-12-02", "2031-06-02", "2029-02-28"] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("p");
        let dir_s = dir.to_str().unwrap();
        let init = pmo()
            .args(["init", dir_s, "--type", "composite", "--as-of", day])
            .run();
        assert_eq!(init.code, 0);
        let out = pmo()
            .args(["validate", dir_s, "--as-of", day, "--color", "never"])
            .run();
        let stdout = &out.stdout;
        assert!(
            stdout.contains("0 errors, 0 warnings"),
            "init as of {day}:\n{stdout}"
        );
        // The template's plan starts 37 weeks before its anchor day: the
        // same distance before the day of init.
        let year: i32 = day[..4].parse().unwrap();
        let projects: String = files_under(&dir.join("projects"))
            .iter()
            .map(|f| std::fs::read_to_string(dir.join("projects").join(f)).unwrap())
            .collect();
        let started = [year, year - 1]
            .iter()
            .any(|y| projects.contains(&format!("\nstart: {y}-")));
        assert!(started, "dates moved to {day}:\n{projects}");
    }
}

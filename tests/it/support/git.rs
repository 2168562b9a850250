//! Real git repositories for the history tests, built with the `git` CLI
//! (test setup only: `pmo` itself reads them with gix). Commits get fixed
//! names and dates so ids and output are the same on every run.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct GitDir {
    _tmp: tempfile::TempDir,
    pub path: PathBuf,
}

/// Runs git in `dir` with a fixed identity and no user or system config.
pub fn git_in(dir: &Path, args: &[&str], date: &str) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "PMO")
        .env("GIT_AUTHOR_EMAIL", "pmo@example.com")
        .env("GIT_COMMITTER_NAME", "PMO")
        .env("GIT_COMMITTER_EMAIL", "pmo@example.com")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

impl GitDir {
    /// An empty repository on branch `main`.
    pub fn new() -> GitDir {
        let tmp = tempfile::tempdir().expect("temp dir");
        let path = tmp.path().canonicalize().expect("canonical temp dir");
        git_in(
            &path,
            &["init", "-q", "-b", "main"],
            "2026-01-01T12:00:00+08:00",
        );
        GitDir { _tmp: tmp, path }
    }

    /// A repository seeded with a copy of a fixture folder (not committed).
    pub fn from_fixture(fixture: &Path) -> GitDir {
        let repo = GitDir::new();
        copy_dir(fixture, &repo.path);
        repo
    }

    pub fn git(&self, args: &[&str]) -> String {
        git_in(&self.path, args, "2026-01-01T12:00:00+08:00")
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path.join(relative);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path.join(relative)).expect("read")
    }

    /// Replaces `from` by `to` in a file, which must contain it.
    pub fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(text.contains(from), "`{relative}` has no `{from}`");
        self.write(relative, &text.replacen(from, to, 1));
    }

    /// Commits everything on `day` (YYYY-MM-DD, noon in UTC+8); returns the id.
    pub fn commit(&self, message: &str, day: &str) -> String {
        let date = format!("{day}T12:00:00+08:00");
        git_in(&self.path, &["add", "-A"], &date);
        git_in(
            &self.path,
            &["commit", "-q", "--allow-empty", "-m", message],
            &date,
        );
        git_in(&self.path, &["rev-parse", "HEAD"], &date)
    }

    /// Moves a file, making the folders it needs (git sees a rename).
    pub fn mv(&self, from: &str, to: &str) {
        let target = self.path.join(to);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("mkdir");
        std::fs::rename(self.path.join(from), target).expect("rename");
    }

    pub fn tag(&self, name: &str) {
        self.git(&["tag", name]);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

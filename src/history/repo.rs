//! Opening the git repository around a `pmo` root and resolving revisions.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use gix::ObjectId;
use gix::bstr::ByteSlice;

use crate::model::Date;

/// What to do when the history is cut short by a shallow clone.
const UNSHALLOW: &str = "fetch the whole history with `git fetch --unshallow` \
     (GitHub Actions: `actions/checkout` with `fetch-depth: 0`)";

/// The git repository that holds a `pmo` root.
pub struct GitRepo {
    repo: gix::ThreadSafeRepository,
    /// The `pmo` root relative to the work tree, `/`-separated; empty when
    /// the root is the top of the work tree.
    prefix: String,
    workdir: PathBuf,
    shallow: bool,
    /// Blob sizes read so far, by blob id.
    pub(super) sizes: std::sync::Mutex<std::collections::HashMap<ObjectId, u64>>,
}

/// A resolved revision: one commit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    /// As the user wrote it, e.g. `HEAD~4`, `baseline-2026`, `2026-03-31`.
    pub spec: String,
    pub id: ObjectId,
    /// The first 7 hex digits of the id.
    pub short: String,
    /// The committer's date, in the committer's time zone.
    pub date: Date,
    /// Seconds since the epoch of the commit, for ordering.
    pub seconds: i64,
    /// The first line of the commit message.
    pub summary: String,
}

impl GitRepo {
    /// The git repository whose work tree holds `root`.
    pub fn open(root: &Path) -> Result<GitRepo> {
        let repo = gix::discover(root).map_err(|_| {
            anyhow!(
                "`{}` is not inside a git repository, so it has no history to read; \
                 make it one (`git init && git add -A && git commit -m start`), \
                 or leave out `--at`, `--new-since`, `--since` and `pmo diff`",
                root.display()
            )
        })?;
        let workdir = repo
            .workdir()
            .map(Path::to_path_buf)
            .context("the git repository has no work tree (a bare repository)")?;
        let prefix = prefix_of(root, &workdir)?;
        let shallow = repo.is_shallow().unwrap_or(false);
        Ok(GitRepo {
            repo: repo.into_sync(),
            prefix,
            workdir,
            shallow,
            sizes: Default::default(),
        })
    }

    /// The `pmo` root relative to the top of the work tree (`""` at the top).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Whether this is a shallow clone (part of the history is missing).
    pub fn is_shallow(&self) -> bool {
        self.shallow
    }

    pub(crate) fn local(&self) -> gix::Repository {
        self.repo.to_thread_local()
    }

    /// A commit, tag, branch, `HEAD~N`, any other revision git accepts, or a
    /// date `YYYY-MM-DD`: the last commit on the current branch (following
    /// first parents) made on or before that day.
    pub fn resolve(&self, spec: &str) -> Result<Revision> {
        let repo = self.local();
        self.ensure_commits(&repo, spec)?;
        match repo.rev_parse_single(spec) {
            Ok(id) => {
                let commit = id
                    .object()
                    .and_then(|o| o.peel_to_commit())
                    .map_err(|_| anyhow!("revision `{spec}` does not name a commit"))?;
                revision(spec, &commit)
            }
            Err(_) => match spec.parse::<Date>() {
                Ok(day) => self.on_or_before(&repo, spec, day),
                Err(_) => Err(self.unknown(spec)),
            },
        }
    }

    /// `HEAD`, the last commit.
    pub fn head(&self) -> Result<Revision> {
        self.resolve("HEAD")
    }

    fn ensure_commits(&self, repo: &gix::Repository, spec: &str) -> Result<()> {
        let unborn = repo.head().map(|h| h.is_unborn()).unwrap_or(true);
        if unborn {
            bail!(
                "the git repository at `{}` has no commits yet, so there is no \
                 revision `{spec}` to read; commit the repository first \
                 (`git add -A && git commit -m start`)",
                self.workdir.display()
            );
        }
        Ok(())
    }

    fn unknown(&self, spec: &str) -> anyhow::Error {
        if self.shallow {
            anyhow!(
                "revision `{spec}` is not in this shallow clone, which holds only \
                 the last commits; {UNSHALLOW}"
            )
        } else {
            anyhow!(
                "unknown revision `{spec}`: not a commit, tag, branch or date \
                 (YYYY-MM-DD) of this repository"
            )
        }
    }

    fn on_or_before(&self, repo: &gix::Repository, spec: &str, day: Date) -> Result<Revision> {
        let mut commit = repo.head_commit().map_err(|_| self.unknown(spec))?;
        loop {
            let here = revision(spec, &commit)?;
            if here.date <= day {
                return Ok(here);
            }
            let Some(parent) = commit.parent_ids().next() else {
                bail!(
                    "no commit on the current branch was made on or before {day}; \
                     the first is {} of {}",
                    here.short,
                    here.date
                );
            };
            commit = match parent.object() {
                Ok(o) => o.into_commit(),
                Err(_) if self.shallow => bail!(
                    "no commit on or before {day} in this shallow clone, which \
                     starts at {} of {}; {UNSHALLOW}",
                    here.short,
                    here.date
                ),
                Err(e) => return Err(anyhow!("cannot read commit {parent}: {e}")),
            };
        }
    }

    /// The commits of the current branch from `HEAD` back along first
    /// parents, newest first, stopping after the first older than `since`.
    pub fn first_parent_line(&self, since: Option<i64>) -> Result<Vec<Revision>> {
        let repo = self.local();
        self.ensure_commits(&repo, "HEAD")?;
        let mut commit = repo.head_commit().context("cannot read HEAD")?;
        let mut line = Vec::new();
        loop {
            let here = revision("", &commit)?;
            let older = since.is_some_and(|s| here.seconds < s);
            line.push(here);
            if older {
                break;
            }
            let Some(parent) = commit.parent_ids().next() else {
                break;
            };
            match parent.object() {
                Ok(o) => commit = o.into_commit(),
                // A shallow clone ends early; the caller says so.
                Err(_) if self.shallow => break,
                Err(e) => return Err(anyhow!("cannot read commit {parent}: {e}")),
            }
        }
        Ok(line)
    }
}

fn revision(spec: &str, commit: &gix::Commit<'_>) -> Result<Revision> {
    let id = commit.id;
    let time = commit
        .time()
        .map_err(|e| anyhow!("cannot read the time of commit {id}: {e}"))?;
    let local = chrono::DateTime::from_timestamp(time.seconds + i64::from(time.offset), 0)
        .with_context(|| format!("commit {id} has a time out of range"))?;
    let summary = commit
        .message_raw()
        .map(|m| {
            m.lines()
                .next()
                .unwrap_or_default()
                .to_str_lossy()
                .into_owned()
        })
        .unwrap_or_default();
    Ok(Revision {
        spec: spec.to_string(),
        id,
        short: id.to_hex_with_len(7).to_string(),
        date: Date(local.date_naive()),
        seconds: time.seconds,
        summary,
    })
}

/// `root` relative to `workdir`, `/`-separated.
fn prefix_of(root: &Path, workdir: &Path) -> Result<String> {
    let root = root
        .canonicalize()
        .with_context(|| format!("cannot open `{}`", root.display()))?;
    let top = workdir
        .canonicalize()
        .with_context(|| format!("cannot open `{}`", workdir.display()))?;
    let rel = root.strip_prefix(&top).with_context(|| {
        format!(
            "`{}` lies outside the work tree of its git repository `{}`",
            root.display(),
            top.display()
        )
    })?;
    Ok(rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/"))
}

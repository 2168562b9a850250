//! Where the loader's files come from: the working tree ([`WorkTree`]), or
//! a git revision (`crate::history`). The loader sees only relative paths,
//! sizes and bytes, so a revision loads exactly as the same files on disk
//! would, with the same limits and findings.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::Result;

use super::FileOutcome;
use super::walk::{self, Problem, WalkProblem};
use crate::model::FileId;

/// One YAML file to read, with its size as listed.
#[derive(Clone, Debug)]
pub(crate) struct Listed {
    /// Path relative to the repository root, with `/` separators.
    pub(crate) relative: String,
    pub(crate) size: u64,
}

/// A path that was not read, and why; becomes a finding on that path.
#[derive(Clone, Debug)]
pub(crate) struct Unread {
    pub(crate) relative: String,
    pub(crate) problem: Problem,
}

/// A source of a repository's files.
pub(crate) trait Files: Sync {
    /// `pmo.toml`'s text; an error when it is missing or unreadable.
    fn settings(&self) -> Result<String>;
    /// The YAML files, sorted by relative path, and what was not read.
    fn list(&self) -> (Vec<Listed>, Vec<Unread>);
    /// The bytes of the `index`th listed file, or `None` when it holds
    /// more than `max` bytes.
    fn read(&self, index: usize, max: u64) -> std::io::Result<Option<Vec<u8>>>;
    /// The parse of the `index`th file made by an earlier load under the
    /// same id (a history parses each git blob once).
    fn recall(&self, _index: usize, _id: FileId) -> Option<FileOutcome> {
        None
    }
    /// Offers a parse to keep for [`Files::recall`].
    fn keep(&self, _index: usize, _id: FileId, _parsed: &FileOutcome) {}
    /// Parses of single documents to reuse and keep (a history's: a file
    /// of many documents reparses only those that changed).
    fn documents(&self) -> Option<&super::DocCache> {
        None
    }
}

/// The working tree: the files on disk under the root.
pub(crate) struct WorkTree {
    root: PathBuf,
    found: OnceLock<Vec<PathBuf>>,
}

impl WorkTree {
    pub(crate) fn new(root: &Path) -> WorkTree {
        WorkTree {
            root: root.to_path_buf(),
            found: OnceLock::new(),
        }
    }
}

impl Files for WorkTree {
    fn settings(&self) -> Result<String> {
        super::settings::read(&self.root)
    }

    fn list(&self) -> (Vec<Listed>, Vec<Unread>) {
        let (found, problems) = walk::yaml_files(&self.root);
        let listed = found
            .iter()
            .map(|f| Listed {
                relative: f.relative.clone(),
                size: f.size,
            })
            .collect();
        let _ = self.found.set(found.into_iter().map(|f| f.path).collect());
        let unread = problems
            .into_iter()
            .map(|WalkProblem { relative, problem }| Unread { relative, problem })
            .collect();
        (listed, unread)
    }

    fn read(&self, index: usize, max: u64) -> std::io::Result<Option<Vec<u8>>> {
        let path = self
            .found
            .get()
            .and_then(|found| found.get(index))
            .ok_or_else(|| std::io::Error::other("file not listed"))?;
        super::read_bounded(path, max)
    }
}

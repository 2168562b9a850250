//! A revision's files: the `pmo` root's subtree of a commit, filtered the
//! way the loader walks the working tree (YAML files, no hidden folders, no
//! `target/`), with each file's blob id so a history parses a blob once.

use anyhow::{Result, anyhow, bail};
use gix::ObjectId;
use gix::bstr::ByteSlice;

use super::repo::{GitRepo, Revision};
use crate::load::SETTINGS_FILE;

/// One YAML file of a revision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeFile {
    /// Path relative to the `pmo` root, `/`-separated.
    pub relative: String,
    pub blob: ObjectId,
    pub size: u64,
}

/// The files of a revision under the `pmo` root.
#[derive(Debug, Default)]
pub struct TreeListing {
    /// `pmo.toml`, when the revision has one.
    pub settings: Option<ObjectId>,
    /// Sorted by relative path, as the working-tree walk sorts them.
    pub files: Vec<TreeFile>,
    /// Entries not read and why (symbolic links, which a revision cannot
    /// follow safely), sorted by path.
    pub skipped: Vec<(String, String)>,
}

fn hidden_or_build(dir: &str) -> bool {
    dir.starts_with('.') || dir == "target"
}

fn is_yaml(name: &str) -> bool {
    !name.starts_with('.') && (name.ends_with(".yaml") || name.ends_with(".yml"))
}

impl GitRepo {
    /// The `pmo` root's files as committed in `rev`.
    pub fn files(&self, rev: &Revision) -> Result<TreeListing> {
        let repo = self.local();
        let commit = repo
            .find_commit(rev.id)
            .map_err(|e| anyhow!("cannot read commit {}: {e}", rev.short))?;
        let top = commit
            .tree()
            .map_err(|e| anyhow!("cannot read the tree of {}: {e}", rev.short))?;
        let tree = if self.prefix().is_empty() {
            top
        } else {
            let entry = top
                .lookup_entry_by_path(self.prefix())
                .map_err(|e| anyhow!("cannot read the tree of {}: {e}", rev.short))?;
            match entry {
                Some(e) if e.mode().is_tree() => e
                    .object()
                    .map_err(|e| anyhow!("cannot read `{}`: {e}", self.prefix()))?
                    .into_tree(),
                _ => bail!(
                    "`{}` did not exist in revision `{}` ({} of {})",
                    self.prefix(),
                    rev.spec,
                    rev.short,
                    rev.date
                ),
            }
        };
        let records = tree
            .traverse()
            .breadthfirst
            .files()
            .map_err(|e| anyhow!("cannot read the tree of {}: {e}", rev.short))?;
        let mut listing = TreeListing::default();
        for r in records {
            let path = r.filepath.to_str_lossy().into_owned();
            let (dirs, name) = path.rsplit_once('/').unwrap_or(("", path.as_str()));
            if dirs.split('/').any(hidden_or_build) && !dirs.is_empty() {
                continue;
            }
            if dirs.is_empty() && name == SETTINGS_FILE && r.mode.is_blob() {
                listing.settings = Some(r.oid);
                continue;
            }
            if !is_yaml(name) || r.mode.is_tree() || r.mode.is_commit() {
                continue;
            }
            if r.mode.is_link() {
                let why = "symbolic link; a revision's links are not followed".to_string();
                listing.skipped.push((path, why));
                continue;
            }
            let size = self.blob_size(&repo, r.oid);
            listing.files.push(TreeFile {
                relative: path,
                blob: r.oid,
                size,
            });
        }
        listing.files.sort_by(|a, b| a.relative.cmp(&b.relative));
        listing.skipped.sort();
        Ok(listing)
    }

    /// A blob's size, read from its header once per run: the revisions of a
    /// history share most of their blobs.
    fn blob_size(&self, repo: &gix::Repository, blob: ObjectId) -> u64 {
        if let Some(size) = self.sizes.lock().ok().and_then(|s| s.get(&blob).copied()) {
            return size;
        }
        let size = repo.find_header(blob).map(|h| h.size()).unwrap_or(0);
        if let Ok(mut sizes) = self.sizes.lock() {
            sizes.insert(blob, size);
        }
        size
    }

    /// A blob's bytes.
    pub fn read(&self, blob: ObjectId) -> Result<Vec<u8>> {
        let repo = self.local();
        let object = repo
            .find_object(blob)
            .map_err(|e| anyhow!("cannot read blob {blob}: {e}"))?;
        Ok(object.detach().data)
    }
}

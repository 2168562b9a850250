//! Loading a revision: its tree as the loader's [`Files`], with parses
//! kept by blob id, so a run over many revisions parses each blob once.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Result, anyhow, bail};
use gix::ObjectId;
use rayon::prelude::*;

use super::repo::{GitRepo, Revision};
use super::tree::TreeListing;
use crate::load::{
    self, DocCache, FileOutcome, Files, Listed, Loaded, Problem, Progress, Quiet, Unread,
};
use crate::model::FileId;

/// The history of one `pmo` repository: its git repository and the parses
/// made so far. A parse is reused when the same blob comes back under the
/// same file id (the file's place in the sorted listing): that is every
/// unchanged file of a revision unless files were added or removed before
/// it, and locations in the reused documents stay right.
pub struct History {
    git: GitRepo,
    root: PathBuf,
    parsed: Mutex<HashMap<(ObjectId, FileId), FileOutcome>>,
    /// Parses of single documents, for the files that did change.
    documents: DocCache,
}

impl History {
    /// The history of the `pmo` repository at `root`.
    pub fn open(root: &Path) -> Result<History> {
        Ok(History {
            git: GitRepo::open(root)?,
            root: root.to_path_buf(),
            parsed: Mutex::new(HashMap::new()),
            documents: DocCache::default(),
        })
    }

    /// The `pmo` root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn git(&self) -> &GitRepo {
        &self.git
    }

    /// Resolves a revision (see [`GitRepo::resolve`]).
    pub fn resolve(&self, spec: &str) -> Result<Revision> {
        self.git.resolve(spec)
    }

    /// The repository exactly as committed at `rev`.
    pub fn load(
        &self,
        rev: &Revision,
        progress: &dyn Progress,
        jobs: Option<usize>,
    ) -> Result<Loaded> {
        let files = self.revision_files(rev)?;
        load::load_from(&files, &self.root, progress, jobs)
    }

    /// Loads every revision of `revs` and hands each to `each` (with its
    /// place in `revs`), on `jobs` threads, returning what `each` returns
    /// in the order of `revs`. The revisions' files are listed, then
    /// parsed, each blob once and all side by side; then the revisions
    /// are loaded and handed over side by side. So no two threads parse
    /// the same blob, every core has work throughout, and each loaded
    /// revision is dropped as soon as `each` is done with it.
    pub fn load_each<T: Send>(
        &self,
        revs: &[Revision],
        jobs: Option<usize>,
        each: impl Fn(usize, &Revision, Loaded) -> Result<T> + Sync,
    ) -> Result<Vec<T>> {
        load::parse_pool(jobs)?.install(|| {
            let all: Vec<RevisionFiles<'_>> = revs
                .par_iter()
                .map(|rev| self.revision_files(rev))
                .collect::<Result<_>>()?;
            self.parse_ahead(&all);
            all.par_iter()
                .zip(revs)
                .enumerate()
                .map(|(k, (files, rev))| {
                    each(k, rev, load::load_in_pool(files, &self.root, &Quiet)?)
                })
                .collect()
        })
    }

    /// Parses, side by side, each file of `all` that no earlier parse
    /// supplies, once per blob and place in the listing.
    fn parse_ahead(&self, all: &[RevisionFiles<'_>]) {
        let limits: Vec<_> = all.iter().map(|files| load::limits(files)).collect();
        let mut wanted = Vec::new();
        let mut claimed = HashSet::new();
        for (files, limits) in all.iter().zip(&limits) {
            for (index, file) in files.listing.files.iter().enumerate() {
                let key = (file.blob, load::file_id(index));
                if !claimed.insert(key) || self.has_parse(key) {
                    continue;
                }
                let found = Listed {
                    relative: file.relative.clone(),
                    size: file.size,
                };
                wanted.push((files, index, found, limits));
            }
        }
        wanted.par_iter().for_each(|(files, index, found, limits)| {
            load::parse_ahead(*files, *index, found, limits);
        });
    }

    fn has_parse(&self, key: (ObjectId, FileId)) -> bool {
        self.parsed.lock().is_ok_and(|p| p.contains_key(&key))
    }

    /// The files of `rev`, to load.
    fn revision_files(&self, rev: &Revision) -> Result<RevisionFiles<'_>> {
        let listing = self.git.files(rev)?;
        let Some(settings) = listing.settings else {
            bail!(
                "revision `{}` ({} of {}) has no `{}`{}",
                rev.spec,
                rev.short,
                rev.date,
                load::SETTINGS_FILE,
                if self.git.prefix().is_empty() {
                    String::new()
                } else {
                    format!(" in `{}`", self.git.prefix())
                }
            );
        };
        Ok(RevisionFiles {
            history: self,
            repo: Mutex::new(self.git.local()),
            settings,
            listing,
        })
    }
}

struct RevisionFiles<'a> {
    history: &'a History,
    /// gix's handle is not `Sync`; reads take turns, parses run in parallel.
    repo: Mutex<gix::Repository>,
    settings: ObjectId,
    listing: TreeListing,
}

impl RevisionFiles<'_> {
    fn blob(&self, id: ObjectId) -> std::io::Result<Vec<u8>> {
        let repo = self
            .repo
            .lock()
            .map_err(|_| std::io::Error::other("the git reader failed"))?;
        let object = repo
            .find_object(id)
            .map_err(|e| std::io::Error::other(format!("cannot read blob {id}: {e}")))?;
        Ok(object.detach().data)
    }
}

impl Files for RevisionFiles<'_> {
    fn settings(&self) -> Result<String> {
        let bytes = self
            .blob(self.settings)
            .map_err(|e| anyhow!("cannot read `{}`: {e}", load::SETTINGS_FILE))?;
        String::from_utf8(bytes).map_err(|_| {
            anyhow!(
                "`{}` of this revision is not UTF-8 text",
                load::SETTINGS_FILE
            )
        })
    }

    fn list(&self) -> (Vec<Listed>, Vec<Unread>) {
        let listed = self
            .listing
            .files
            .iter()
            .map(|f| Listed {
                relative: f.relative.clone(),
                size: f.size,
            })
            .collect();
        let unread = self
            .listing
            .skipped
            .iter()
            .map(|(relative, _)| Unread {
                relative: relative.clone(),
                problem: Problem::NotRegular {
                    what: "a symbolic link (links in a git revision are not followed)",
                },
            })
            .collect();
        (listed, unread)
    }

    fn read(&self, index: usize, max: u64) -> std::io::Result<Option<Vec<u8>>> {
        let file = self
            .listing
            .files
            .get(index)
            .ok_or_else(|| std::io::Error::other("file not listed"))?;
        if file.size > max {
            return Ok(None);
        }
        let bytes = self.blob(file.blob)?;
        Ok((bytes.len() as u64 <= max).then_some(bytes))
    }

    fn recall(&self, index: usize, id: FileId) -> Option<FileOutcome> {
        let file = self.listing.files.get(index)?;
        let parsed = self.history.parsed.lock().ok()?;
        parsed
            .get(&(file.blob, id))
            .filter(|p| p.path() == file.relative)
            .cloned()
    }

    fn documents(&self) -> Option<&DocCache> {
        Some(&self.history.documents)
    }

    fn keep(&self, index: usize, id: FileId, parsed: &FileOutcome) {
        let Some(file) = self.listing.files.get(index) else {
            return;
        };
        if let Ok(mut kept) = self.history.parsed.lock() {
            kept.insert((file.blob, id), parsed.clone());
        }
    }
}

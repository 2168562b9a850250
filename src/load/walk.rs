//! Finding the repository's YAML files.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// A YAML file found under the root, with its size.
#[derive(Debug)]
pub(crate) struct Found {
    pub path: PathBuf,
    pub relative: String,
    pub size: u64,
}

/// A problem met while walking (a symlink loop, an unreadable folder).
#[derive(Debug)]
pub(crate) struct WalkProblem {
    pub relative: String,
    pub message: String,
}

fn skipped_dir(name: &str) -> bool {
    (name.starts_with('.') && name != "." && name != "..") || name == "target"
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every `.yaml`/`.yml` file below `root`, skipping hidden folders and
/// `target/`, sorted by relative path so the order never depends on the
/// file system. Symlinks are followed; walkdir detects loops.
pub(crate) fn yaml_files(root: &Path) -> (Vec<Found>, Vec<WalkProblem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0
                || !(e.file_type().is_dir() && skipped_dir(&e.file_name().to_string_lossy()))
        });
    for entry in walker {
        match entry {
            Ok(e) => {
                if !e.file_type().is_file() {
                    continue;
                }
                let name = e.file_name().to_string_lossy();
                if name.starts_with('.') || !(name.ends_with(".yaml") || name.ends_with(".yml")) {
                    continue;
                }
                let size = e.metadata().map(|m| m.len()).unwrap_or(0);
                found.push(Found {
                    relative: relative(root, e.path()),
                    path: e.into_path(),
                    size,
                });
            }
            Err(err) => {
                let path = err.path().map(|p| relative(root, p)).unwrap_or_default();
                let message = if err.loop_ancestor().is_some() {
                    "symbolic link loop; not followed".to_string()
                } else {
                    err.io_error()
                        .map_or_else(|| err.to_string(), |io| io.to_string())
                };
                problems.push(WalkProblem {
                    relative: path,
                    message,
                });
            }
        }
    }
    found.sort_by(|a, b| a.relative.cmp(&b.relative));
    found.dedup_by(|a, b| a.relative == b.relative);
    problems.sort_by(|a, b| a.relative.cmp(&b.relative));
    (found, problems)
}

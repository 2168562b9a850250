//! Finding the repository's YAML files, without ever leaving it.
//!
//! A repository on a pull request is written by strangers, so its symbolic
//! links are not trusted: a link is followed only when its target resolves
//! inside the root, once (a loop is refused); a link that leaves the root,
//! dangles or names something that is not a file or folder is a problem to
//! report, and its target is never opened. A folder or file that cannot be
//! read is a problem too, never silently skipped.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// A YAML file found under the root, with its size.
#[derive(Debug)]
pub(crate) struct Found {
    /// Where to read it (a link's resolved target).
    pub path: PathBuf,
    /// The path shown in findings: the name inside the repository.
    pub relative: String,
    pub size: u64,
}

/// Why something in the repository was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A link whose target is outside the repository root.
    LeavesRoot { target: String },
    /// A link whose target does not exist.
    Dangling { target: String },
    /// A link to a folder that contains the link.
    Loop { target: String },
    /// A FIFO, socket or device where a file or folder was expected.
    NotRegular { what: &'static str },
    /// The operating system refused to read it.
    Unreadable { error: String },
}

/// A problem met while walking, at a path inside the repository.
#[derive(Debug)]
pub(crate) struct WalkProblem {
    pub relative: String,
    pub problem: Problem,
}

fn skipped_dir(name: &str) -> bool {
    name.starts_with('.') || name == "target"
}

fn is_yaml(name: &str) -> bool {
    !name.starts_with('.') && (name.ends_with(".yaml") || name.ends_with(".yml"))
}

fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}/{name}")
    }
}

struct Walk {
    root: PathBuf,
    found: Vec<Found>,
    problems: Vec<WalkProblem>,
    /// Canonical folders and files already taken, so a link is read once.
    seen: HashSet<PathBuf>,
}

/// Every `.yaml`/`.yml` file below `root`, skipping hidden folders and
/// `target/`, sorted by relative path so the order never depends on the
/// file system.
pub(crate) fn yaml_files(root: &Path) -> (Vec<Found>, Vec<WalkProblem>) {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut walk = Walk {
        seen: HashSet::from([root.clone()]),
        root: root.clone(),
        found: Vec::new(),
        problems: Vec::new(),
    };
    walk.folder(&root, "", &mut vec![root.clone()]);
    walk.found.sort_by(|a, b| a.relative.cmp(&b.relative));
    walk.problems.sort_by(|a, b| a.relative.cmp(&b.relative));
    (walk.found, walk.problems)
}

impl Walk {
    fn problem(&mut self, relative: String, problem: Problem) {
        self.problems.push(WalkProblem { relative, problem });
    }

    /// Walks the folder `real` (canonical), shown as `shown`; `ancestors`
    /// are the canonical folders above it, for loop detection.
    fn folder(&mut self, real: &Path, shown: &str, ancestors: &mut Vec<PathBuf>) {
        let entries = match fs::read_dir(real) {
            Ok(entries) => entries,
            Err(e) => return self.problem(shown.to_string(), unreadable(&e)),
        };
        let mut listed = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => listed.push(e),
                Err(e) => self.problem(shown.to_string(), unreadable(&e)),
            }
        }
        listed.sort_by_key(fs::DirEntry::file_name);
        for entry in listed {
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = join(shown, &name);
            match entry.file_type() {
                Ok(t) if t.is_symlink() => self.link(&entry.path(), &name, relative, ancestors),
                Ok(t) if t.is_dir() => {
                    if !skipped_dir(&name) {
                        self.enter(&entry.path(), &relative, ancestors);
                    }
                }
                Ok(t) if t.is_file() => {
                    if is_yaml(&name) {
                        self.file(entry.path(), relative);
                    }
                }
                Ok(t) => {
                    if is_yaml(&name) {
                        let what = special_kind(&t);
                        self.problem(relative, Problem::NotRegular { what });
                    }
                }
                Err(e) => self.problem(relative, unreadable(&e)),
            }
        }
    }

    fn enter(&mut self, real: &Path, relative: &str, ancestors: &mut Vec<PathBuf>) {
        let canonical = match real.canonicalize() {
            Ok(c) => c,
            Err(e) => return self.problem(relative.to_string(), unreadable(&e)),
        };
        if !self.seen.insert(canonical.clone()) {
            return;
        }
        ancestors.push(canonical.clone());
        self.folder(&canonical, relative, ancestors);
        ancestors.pop();
    }

    fn file(&mut self, real: PathBuf, relative: String) {
        let canonical = real.canonicalize().unwrap_or_else(|_| real.clone());
        if !self.seen.insert(canonical.clone()) {
            return;
        }
        let size = fs::metadata(&canonical).map(|m| m.len()).unwrap_or(0);
        self.found.push(Found {
            path: canonical,
            relative,
            size,
        });
    }

    /// A symbolic link: followed only inside the root, and only to a
    /// regular file or a folder that does not contain it.
    fn link(&mut self, path: &Path, name: &str, relative: String, ancestors: &mut Vec<PathBuf>) {
        if name.starts_with('.') {
            return;
        }
        let target = fs::read_link(path)
            .map(|t| t.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(resolved) = path.canonicalize() else {
            return self.problem(relative, Problem::Dangling { target });
        };
        if !resolved.starts_with(&self.root) {
            return self.problem(relative, Problem::LeavesRoot { target });
        }
        let meta = match fs::metadata(&resolved) {
            Ok(m) => m,
            Err(e) => return self.problem(relative, unreadable(&e)),
        };
        if meta.is_dir() {
            if ancestors.contains(&resolved) {
                return self.problem(relative, Problem::Loop { target });
            }
            if name != "target" {
                self.enter(&resolved, &relative, ancestors);
            }
        } else if !is_yaml(name) {
            // Not a YAML file: never read, whatever it is.
        } else if meta.is_file() {
            self.file(resolved, relative);
        } else {
            let what = special_kind(&meta.file_type());
            self.problem(relative, Problem::NotRegular { what });
        }
    }
}

fn unreadable(e: &std::io::Error) -> Problem {
    Problem::Unreadable {
        error: io_reason(e),
    }
}

/// An I/O error in words, without the "(os error N)" tail.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied => "permission denied".to_string(),
        K::NotFound => "it does not exist".to_string(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

#[cfg(unix)]
pub fn special_kind(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
pub fn special_kind(_: &fs::FileType) -> &'static str {
    "not a regular file"
}

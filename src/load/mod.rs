//! The loader: a repository directory into one typed, immutable
//! [`Portfolio`], a [`SourceMap`] and the findings met on the way.
//!
//! Files are found and sorted first, then read and parsed in parallel
//! (rayon); results are gathered back in path order, so the model and the
//! findings are identical whatever the thread count or file-system order.
//! Loading never writes.

// Repository numbers pass through here (ids, dates, periods, positions,
// counts): no silent overflow, truncation or out-of-bounds panic. Use
// checked or saturating arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

mod assemble;
mod document;
mod domain;
mod files;
mod recover;
pub mod rules;
mod settings;
mod source;
mod walk;
mod yaml;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;

pub use rules::RULES;
pub use settings::SETTINGS_FILE;
pub use source::{SourceFile, SourceMap};
pub use walk::{io_reason, special_kind};

use crate::diag::{Finding, sort_findings};
use crate::model::{FileId, LoadSettings, Loc, Portfolio};
pub(crate) use document::DocCache;
pub(crate) use files::{Files, Listed, Unread, WorkTree};
use rules::{L008, L012, L013};
pub(crate) use walk::Problem;

/// Told how loading advances, e.g. to draw a progress bar. Loading itself
/// never prints.
pub trait Progress: Sync {
    fn begin(&self, _files: u64, _bytes: u64) {}
    fn advance(&self, _bytes: u64) {}
    fn end(&self) {}
}

/// Progress that goes nowhere.
pub struct Quiet;
impl Progress for Quiet {}

/// What was read, for the summary line and benchmarks.
#[derive(Clone, Copy, Debug, Default)]
pub struct LoadStats {
    pub files: usize,
    pub documents: usize,
    pub bytes: u64,
}

/// A loaded repository.
#[derive(Debug)]
pub struct Loaded {
    pub root: PathBuf,
    pub portfolio: Portfolio,
    pub sources: SourceMap,
    /// Sorted by file, line and column.
    pub findings: Vec<Finding>,
    pub stats: LoadStats,
}

/// The repository root: the nearest folder at or above `start` that holds
/// `pmo.toml`, as cargo finds `Cargo.toml`.
pub fn find_root(start: &Path) -> Result<PathBuf> {
    let start = start
        .canonicalize()
        .with_context(|| format!("cannot open `{}`", start.display()))?;
    let dir = if start.is_file() {
        start.parent().map(Path::to_path_buf).unwrap_or(start)
    } else {
        start
    };
    for candidate in dir.ancestors() {
        // A link counts as present (even dangling): its checks come on reading.
        if std::fs::symlink_metadata(candidate.join(SETTINGS_FILE)).is_ok() {
            return Ok(candidate.to_path_buf());
        }
    }
    bail!(
        "no `{SETTINGS_FILE}` found in `{}` or any folder above it; \
         run `pmo init` to start a program repository",
        dir.display()
    )
}

/// One file read and parsed; kept by a history to reuse (see [`Files::recall`]).
#[derive(Clone)]
pub(crate) struct FileOutcome {
    source: SourceFile,
    parsed: document::Parsed,
}

impl FileOutcome {
    /// The file's path relative to the root.
    pub(crate) fn path(&self) -> &str {
        &self.source.path
    }
}

fn read_one(
    id: FileId,
    (index, found): (usize, &Listed),
    files: &dyn Files,
    limits: &LoadSettings,
    progress: &dyn Progress,
) -> FileOutcome {
    let max_bytes = limits.max_file_mb.saturating_mul(1024 * 1024);
    let whole_file = Loc {
        file: id,
        line: 1,
        col: 1,
    };
    let outcome = |text: String, findings: Vec<Finding>| FileOutcome {
        source: SourceFile::new(found.relative.clone(), text),
        parsed: document::Parsed::failed(findings),
    };
    if found.size > max_bytes {
        progress.advance(found.size);
        let f = Finding::new(
            &L008,
            whole_file,
            format!(
                "file is {:.1} MiB, over the {} MiB limit; not read",
                found.size as f64 / 1048576.0,
                max_bytes / 1048576
            ),
        )
        .help("split it into several files (any folder layout works), or raise `[load] max_file_mb` in pmo.toml");
        return outcome(String::new(), vec![f]);
    }
    let bytes = match files.read(index, max_bytes) {
        Ok(Some(b)) => b,
        Ok(None) => {
            let f = Finding::new(
                &L008,
                whole_file,
                format!(
                    "file grew over the {} MiB limit while it was read; not read",
                    max_bytes / 1048576
                ),
            )
            .help("raise `[load] max_file_mb` in pmo.toml");
            return outcome(String::new(), vec![f]);
        }
        Err(e) => {
            let f = Finding::new(
                &L013,
                whole_file,
                format!("cannot read file: {}", io_reason(&e)),
            )
            .help("give the user running pmo permission to read it");
            return outcome(String::new(), vec![f]);
        }
    };
    progress.advance(bytes.len() as u64);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let source = SourceFile::new(found.relative.clone(), text);
            let (line, col) = source.position(valid);
            let f = Finding::new(
                &L008,
                Loc {
                    file: id,
                    line,
                    col,
                },
                "file is not UTF-8 text; not read",
            )
            .note("first invalid byte")
            .help("save the file as UTF-8");
            return FileOutcome {
                source,
                parsed: document::Parsed::failed(vec![f]),
            };
        }
    };
    let parsed = document::parse_file(id, &text, limits, files.documents());
    FileOutcome {
        source: SourceFile::new(found.relative.clone(), text),
        parsed,
    }
}

/// The file's bytes, or `None` when it holds more than `max` bytes. The
/// limit is applied while reading, so a file whose size the file system
/// misstates (a special file, one that grows) cannot exhaust memory.
fn read_bounded(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Stack for the parsing threads: the YAML parser recurses per nesting
/// level, and the default 2 MiB of a worker thread is too little for the
/// deepest input the limits still admit.
const PARSE_STACK: usize = 256 * 1024 * 1024;

/// Loads the repository rooted at `root` (the folder holding `pmo.toml`)
/// on one thread per core.
pub fn load(root: &Path, progress: &dyn Progress) -> Result<Loaded> {
    load_with(root, progress, None)
}

/// The cores this process may use (1 when unknown).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Loads with `jobs` parsing threads (default, and at most: one per core).
pub fn load_with(root: &Path, progress: &dyn Progress, jobs: Option<usize>) -> Result<Loaded> {
    load_from(&WorkTree::new(root), root, progress, jobs)
}

/// Loads the repository at `root` from `files` (the working tree or a
/// git revision) with `jobs` parsing threads.
pub(crate) fn load_from(
    files: &dyn Files,
    root: &Path,
    progress: &dyn Progress,
    jobs: Option<usize>,
) -> Result<Loaded> {
    parse_pool(jobs)?.install(|| load_in_pool(files, root, progress))
}

/// The loader's threads: `jobs` of them (default, and at most: one per
/// core), each with a stack deep enough for the parser.
pub(crate) fn parse_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new().stack_size(PARSE_STACK);
    if let Some(n) = jobs {
        builder = builder.num_threads(n.clamp(1, cores()));
    }
    builder.build().context("cannot start the loader's threads")
}

/// The id the loader gives the `index`th listed file: `pmo.toml` is the
/// first file of the source map, the listed files follow in order.
pub(crate) fn file_id(index: usize) -> FileId {
    FileId(source::as_u32(index.saturating_add(1)))
}

/// The limits `files`' `pmo.toml` sets on reading (the defaults when it
/// cannot be read or parsed: loading it reports why).
pub(crate) fn limits(files: &dyn Files) -> LoadSettings {
    let Ok(text) = files.settings() else {
        return LoadSettings::default();
    };
    let source = SourceFile::new(SETTINGS_FILE.to_string(), text);
    settings::parse_settings(FileId(0), &source).0.load
}

/// Reads and parses the `index`th listed file of `files` as the loader
/// would, and offers the parse to [`Files::keep`]: a history parses ahead
/// the files its revisions share, once each, then loads them all.
pub(crate) fn parse_ahead(files: &dyn Files, index: usize, found: &Listed, limits: &LoadSettings) {
    let id = file_id(index);
    let parsed = read_one(id, (index, found), files, limits, &Quiet);
    files.keep(index, id, &parsed);
}

/// Loads on the current rayon pool, which must be a [`parse_pool`].
pub(crate) fn load_in_pool(
    files: &dyn Files,
    root: &Path,
    progress: &dyn Progress,
) -> Result<Loaded> {
    let settings_text = files.settings()?;
    let mut sources = SourceMap::default();
    let settings_id = sources.add(SourceFile::new(SETTINGS_FILE.to_string(), settings_text));
    let settings_source = sources.file(settings_id).expect("just added");
    let (settings, mut findings) = settings::parse_settings(settings_id, settings_source);
    debug_assert_eq!(
        settings_id,
        FileId(0),
        "the listed files' ids follow pmo.toml's"
    );

    let (found, problems) = files.list();
    let total: u64 = found.iter().map(|f| f.size).sum();
    progress.begin(found.len() as u64, total);
    let outcomes: Vec<FileOutcome> = found
        .par_iter()
        .enumerate()
        .map(|(i, f)| {
            let id = file_id(i);
            if let Some(parsed) = files.recall(i, id) {
                progress.advance(f.size);
                return parsed;
            }
            let parsed = read_one(id, (i, f), files, &settings.load, progress);
            files.keep(i, id, &parsed);
            parsed
        })
        .collect();
    progress.end();

    let mut stats = LoadStats {
        files: found.len(),
        documents: 0,
        bytes: total,
    };
    let mut documents = assemble::Documents::default();
    for FileOutcome { source, parsed } in outcomes {
        sources.add(source);
        findings.extend(parsed.findings);
        stats.documents = stats.documents.saturating_add(parsed.documents);
        documents.unloaded.extend(parsed.unloaded);
        parsed.docs.into_iter().for_each(|doc| documents.add(doc));
    }
    for problem in problems {
        let id = sources.add(SourceFile::new(problem.relative.clone(), String::new()));
        findings.push(walk_finding(id, &problem.problem));
    }
    let (portfolio, duplicates) = documents.into_portfolio(settings);
    findings.extend(domain::check(&portfolio));
    findings.extend(duplicates);
    sort_findings(&mut findings);
    Ok(Loaded {
        root: root.to_path_buf(),
        portfolio,
        sources,
        findings,
        stats,
    })
}

/// A problem of the walk as a finding on the path it concerns.
fn walk_finding(file: FileId, problem: &walk::Problem) -> Finding {
    use walk::Problem as P;
    let at = Loc {
        file,
        line: 0,
        col: 0,
    };
    let outside = "point it at a file inside the repository, or replace the link by the file";
    match problem {
        P::LeavesRoot { target } => Finding::new(
            &L012,
            at,
            format!("symbolic link to `{target}` leaves the repository; not followed"),
        )
        .help(outside),
        P::Dangling { target } => Finding::new(
            &L012,
            at,
            format!("symbolic link to `{target}`, which does not exist"),
        )
        .help(outside),
        P::Loop { target } => Finding::new(
            &L012,
            at,
            format!("symbolic link to `{target}` loops back to a folder above it; not followed"),
        )
        .help("remove the link; the folder it names is read already"),
        P::NotRegular { what } => {
            Finding::new(&L012, at, format!("{what}, not a regular file; not read"))
                .help("keep only regular files and folders in the repository")
        }
        P::Unreadable { error } => Finding::new(&L013, at, format!("cannot read: {error}")).help(
            "give the user running pmo permission to read it (folders need read and execute)",
        ),
    }
}

/// True when something in the repository could not be read: the gate must
/// then fail as an I/O failure, not pass on what it did read.
pub fn incomplete(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.rule.code == L013.code)
}

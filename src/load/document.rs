//! One file into typed documents: split a multi-document file, find each
//! document's `kind`, and parse it into that kind's type.

use std::collections::HashMap;

use serde::Deserialize;
use strum::IntoEnumIterator;

use super::rules::{L006, L010};
use super::source::{as_u32, line_after};
use super::{recover, yaml};
use crate::diag::{Finding, did_you_mean};
use crate::model::{
    Assessment, At, Change, Evaluation, FORMAT_VERSION, FileId, Kind, LoadSettings, Loc, Person,
    Program, Project, Review, Risk,
};

/// A parsed document of any kind.
#[derive(Clone, Debug)]
pub(crate) enum Document {
    Program(Program),
    /// Boxed: a project is several times the size of the other kinds.
    Project(Box<Project>),
    Person(Person),
    Risk(Risk),
    Review(Review),
    Assessment(Assessment),
    Change(Change),
    Evaluation(Evaluation),
}

/// A document's text and the 0-based line of the file it starts on.
#[derive(Debug, PartialEq)]
pub(crate) struct Chunk<'a> {
    pub text: &'a str,
    pub first_line: u32,
}

fn is_marker(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r']))
}

fn has_content(text: &str) -> bool {
    text.lines().any(|l| {
        let t = l.trim();
        !(t.is_empty() || t.starts_with('#') || is_marker(l, "---") || is_marker(l, "..."))
    })
}

/// Splits a YAML stream at its `---` and `...` markers. A marker at column 0
/// always separates documents (block scalars are indented under their key),
/// so a line scan is exact for the documents this format allows, and lets
/// each document be parsed, and located, on its own.
pub(crate) fn split_documents<'a>(text: &'a str) -> Vec<Chunk<'a>> {
    let mut chunks = Vec::new();
    let mut start = 0usize;
    let mut start_line = 0u32;
    let mut pos = 0usize;
    let mut line_no = 0u32;
    let push = |from: usize, to: usize, line: u32, chunks: &mut Vec<Chunk<'a>>| {
        let t = &text[from..to];
        if has_content(t) {
            chunks.push(Chunk {
                text: t,
                first_line: line,
            });
        }
    };
    while pos < text.len() {
        // The newline is inside the text: `end` is at most its length.
        let end = text[pos..]
            .find('\n')
            .map_or(text.len(), |i| pos.saturating_add(i).saturating_add(1));
        let line = &text[pos..end];
        if is_marker(line.trim_end_matches('\n'), "---") && pos > start {
            push(start, pos, start_line, &mut chunks);
            start = pos;
            start_line = line_no;
        } else if is_marker(line.trim_end_matches('\n'), "...") {
            push(start, end, start_line, &mut chunks);
            start = end;
            start_line = line_no.saturating_add(1);
        }
        pos = end;
        // Fewer lines than bytes, and a file's bytes are capped.
        line_no = line_no.saturating_add(1);
    }
    if start < text.len() {
        push(start, text.len(), start_line, &mut chunks);
    }
    chunks
}

/// The `kind:` of a document from a top-level line, without parsing it.
/// The value of a top-level `key:` line of a document, read as text (for
/// a document that failed to parse as a whole).
fn scan_top(chunk: &Chunk<'_>, key: &str) -> Option<String> {
    chunk.text.lines().find_map(|line| {
        let rest = line.strip_prefix(key)?.strip_prefix(':')?;
        let value = rest.split(" #").next().unwrap_or("").trim();
        let value = value.trim_matches(|c| c == '"' || c == '\'');
        (!value.is_empty()).then(|| value.to_string())
    })
}

fn scan_kind(chunk: &Chunk<'_>, file: FileId) -> Option<At<String>> {
    for (i, line) in chunk.text.lines().enumerate() {
        let line = line.strip_prefix("--- ").unwrap_or(line);
        if let Some(rest) = line.strip_prefix("kind:") {
            let value = rest.split(" #").next().unwrap_or("").trim();
            let value = value.trim_matches(|c| c == '"' || c == '\'');
            // `rest` is the end of `line`: the difference is its offset.
            let col = line.len().saturating_sub(rest.trim_start().len());
            let loc = Loc {
                file,
                line: line_after(chunk.first_line, i),
                col: as_u32(col).saturating_add(1),
            };
            return Some(At::new(value.to_string(), loc));
        }
    }
    None
}

/// Only the `kind` of a document, for documents written in flow style.
#[derive(Deserialize)]
struct KindProbe {
    #[serde(default)]
    kind: Option<At<String>>,
}

/// The location of the first line with content, for findings about a
/// whole document.
fn document_loc(chunk: &Chunk<'_>, file: FileId) -> Loc {
    let offset = chunk
        .text
        .lines()
        .position(|l| {
            let t = l.trim();
            !(t.is_empty() || t.starts_with('#') || is_marker(l, "---"))
        })
        .unwrap_or(0);
    Loc {
        file,
        line: line_after(chunk.first_line, offset),
        col: 1,
    }
}

/// Indentation deeper than any real document needs. Checked before parsing
/// because the parser recurses once per level of block nesting.
const MAX_INDENT: usize = 400;

fn too_deep(chunk: &Chunk<'_>, file: FileId) -> Option<Finding> {
    let (i, line) = chunk.text.lines().enumerate().find(|(_, l)| {
        l.len() > MAX_INDENT
            && l.bytes()
                .take(MAX_INDENT + 1)
                .all(|b| b == b' ' || b == b'-')
    })?;
    let _ = line;
    let loc = Loc {
        file,
        line: line_after(chunk.first_line, i),
        col: as_u32(MAX_INDENT).saturating_add(1),
    };
    Some(
        Finding::new(
            &super::rules::L008,
            loc,
            format!("document nests deeper than {MAX_INDENT} columns of indentation; not read"),
        )
        .help("real documents nest a few levels; flatten this structure"),
    )
}

fn check_version(version: Option<&At<u32>>, findings: &mut Vec<Finding>) {
    if let Some(v) = version
        && (v.value == 0 || v.value > FORMAT_VERSION)
    {
        findings.push(
            Finding::new(
                &L010,
                v.loc,
                format!("format version {} is not supported", v.value),
            )
            .note(format!("this build reads version {FORMAT_VERSION}"))
            .help("upgrade pmo, or write the document in a version it reads"),
        );
    }
}

/// What one document gave: the document when it loaded, its findings,
/// and its kind and id when it did not.
#[derive(Clone)]
pub(crate) struct DocOutcome {
    doc: Option<Document>,
    findings: Vec<Finding>,
    unloaded: Option<(Kind, String)>,
}

/// Parses of single documents kept across loads, by file id, first line
/// and text: a history reparses only the documents a commit changed, not
/// every document of a file that holds many (a file of risks where one
/// was re-scored). A document is a pure function of these three and the
/// limits, which stay the same across a run.
pub(crate) type DocCache = std::sync::Mutex<HashMap<(FileId, u32, String), DocOutcome>>;

/// Parses every document of one file, reusing and keeping the parses in
/// `cache` when given. Bad documents become findings; the good ones are
/// still returned.
pub(crate) fn parse_file(
    file: FileId,
    text: &str,
    limits: &LoadSettings,
    cache: Option<&DocCache>,
) -> Parsed {
    let mut docs = Vec::new();
    let mut findings = Vec::new();
    let mut unloaded = Vec::new();
    let chunks = split_documents(text);
    let count = chunks.len();
    // A file of one document is kept whole by the history's own cache.
    let cache = cache.filter(|_| count > 1);
    for chunk in &chunks {
        let key = |c: &Chunk<'_>| (file, c.first_line, c.text.to_string());
        let kept = cache.and_then(|c| c.lock().ok()?.get(&key(chunk)).cloned());
        let outcome = kept.unwrap_or_else(|| {
            let fresh = parse_chunk(file, chunk, limits);
            if let Some(mut c) = cache.and_then(|c| c.lock().ok()) {
                c.insert(key(chunk), fresh.clone());
            }
            fresh
        });
        docs.extend(outcome.doc);
        findings.extend(outcome.findings);
        unloaded.extend(outcome.unloaded);
    }
    Parsed {
        docs,
        findings,
        documents: count,
        unloaded,
    }
}

/// One document of a file: its kind, then its type.
fn parse_chunk(file: FileId, chunk: &Chunk<'_>, limits: &LoadSettings) -> DocOutcome {
    let mut findings = Vec::new();
    let out = |findings: Vec<Finding>| DocOutcome {
        doc: None,
        findings,
        unloaded: None,
    };
    if let Some(f) = too_deep(chunk, file) {
        return out(vec![f]);
    }
    let kind = match scan_kind(chunk, file) {
        Some(k) => k,
        None => match yaml::parse::<KindProbe>(file, chunk.first_line, chunk.text, limits) {
            Ok(KindProbe { kind: Some(k) }) => k,
            Ok(KindProbe { kind: None }) => {
                return out(vec![
                    Finding::new(&L006, document_loc(chunk, file), "document has no `kind`")
                        .note("every document starts with its kind")
                        .help("add `kind: Program` (or Project, Person, Risk, Review, Assessment, Change, Evaluation)"),
                ]);
            }
            Err(f) => return out(vec![*f]),
        },
    };
    let Ok(k) = kind.value.parse::<Kind>() else {
        let names: Vec<&str> = Kind::iter().map(Kind::name).collect();
        let mut f = Finding::new(&L006, kind.loc, format!("unknown kind `{}`", kind.value))
            .note("not a kind pmo knows");
        f = match did_you_mean(&kind.value, names.iter().copied()) {
            Some(s) => f.help(format!("did you mean `{s}`?")),
            None => f.help(format!("kinds are {}", names.join(", "))),
        };
        return out(vec![f]);
    };
    let parsed = parse_kind(k, file, chunk, limits, &mut findings);
    let mut outcome = out(Vec::new());
    match parsed {
        Ok(d) => outcome.doc = Some(d),
        Err(all) => {
            findings.extend(all);
            outcome.unloaded = scan_top(chunk, "id").map(|id| (k, id));
        }
    }
    findings.extend(yaml::domain_findings());
    outcome.findings = findings;
    outcome
}

/// A document of kind `k` into its type; a version this build does not
/// read is a finding in `findings`.
fn parse_kind(
    k: Kind,
    file: FileId,
    chunk: &Chunk<'_>,
    limits: &LoadSettings,
    findings: &mut Vec<Finding>,
) -> Result<Document, Vec<Finding>> {
    let (line, text) = (chunk.first_line, chunk.text);
    match k {
        Kind::Program => recover::parse_all(file, line, text, limits).map(|d: Program| {
            check_version(d.version.as_ref(), findings);
            Document::Program(d)
        }),
        Kind::Project => recover::parse_all(file, line, text, limits).map(|d: Project| {
            check_version(d.version.as_ref(), findings);
            Document::Project(Box::new(d))
        }),
        Kind::Person => recover::parse_all(file, line, text, limits).map(|d: Person| {
            check_version(d.version.as_ref(), findings);
            Document::Person(d)
        }),
        Kind::Risk => recover::parse_all(file, line, text, limits).map(|d: Risk| {
            check_version(d.version.as_ref(), findings);
            Document::Risk(d)
        }),
        Kind::Review => recover::parse_all(file, line, text, limits).map(|d: Review| {
            check_version(d.version.as_ref(), findings);
            Document::Review(d)
        }),
        Kind::Assessment => recover::parse_all(file, line, text, limits).map(|d: Assessment| {
            check_version(d.version.as_ref(), findings);
            Document::Assessment(d)
        }),
        Kind::Change => recover::parse_all(file, line, text, limits).map(|d: Change| {
            check_version(d.version.as_ref(), findings);
            Document::Change(d)
        }),
        Kind::Evaluation => recover::parse_all(file, line, text, limits).map(|d: Evaluation| {
            check_version(d.version.as_ref(), findings);
            Document::Evaluation(d)
        }),
    }
}

impl Parsed {
    /// A file that could not be read or parsed at all.
    pub(crate) fn failed(findings: Vec<Finding>) -> Parsed {
        Parsed {
            docs: Vec::new(),
            findings,
            documents: 0,
            unloaded: Vec::new(),
        }
    }
}

/// What one file gave: its documents, its findings, how many documents it
/// holds, and the ids declared by those that failed to load.
#[derive(Clone)]
pub(crate) struct Parsed {
    pub docs: Vec<Document>,
    pub findings: Vec<Finding>,
    pub documents: usize,
    pub unloaded: Vec<(Kind, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(u32, &str)> {
        split_documents(text)
            .into_iter()
            .map(|c| (c.first_line, c.text))
            .collect()
    }

    #[test]
    fn splits_at_markers_and_keeps_line_numbers() {
        let text = "# header\nkind: A\n---\nkind: B\n--- # c\nkind: C\n...\n\n---\n";
        assert_eq!(
            lines(text),
            vec![
                (0, "# header\nkind: A\n"),
                (2, "---\nkind: B\n"),
                (4, "--- # c\nkind: C\n...\n"),
            ]
        );
    }

    #[test]
    fn markers_need_column_zero_and_a_break() {
        let text = "kind: A\nnote: |\n  ---\n---x: 1\n";
        assert_eq!(lines(text).len(), 1);
    }

    fn risk(id: &str, probability: u8) -> String {
        format!(
            "kind: Risk\nid: {id}\ntitle: {id}\nproject: p\nowner: o\ncategory: technical\n\
             status: open\nidentified: 2026-01-05\nprobability: {probability}\nimpact: 3\n"
        )
    }

    fn ids_and_scores(p: &Parsed) -> Vec<(String, u8)> {
        p.docs
            .iter()
            .filter_map(|d| match d {
                Document::Risk(r) => Some((r.id.value.clone(), r.probability.value)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_cached_parse_reparses_only_the_documents_that_changed() {
        let limits = LoadSettings::default();
        let file = FileId(1);
        let cache = DocCache::default();
        let before = format!("{}---\n{}---\n{}", risk("a", 1), risk("b", 2), risk("c", 3));
        let after = before.replace("probability: 2", "probability: 5");
        let first = parse_file(file, &before, &limits, Some(&cache));
        assert_eq!(cache.lock().expect("cache").len(), 3);
        let second = parse_file(file, &after, &limits, Some(&cache));
        // One new document parsed; the same result as without a cache.
        assert_eq!(cache.lock().expect("cache").len(), 4);
        let plain = parse_file(file, &after, &limits, None);
        assert_eq!(ids_and_scores(&second), ids_and_scores(&plain));
        assert_eq!(
            ids_and_scores(&second),
            [("a".into(), 1), ("b".into(), 5), ("c".into(), 3)]
        );
        assert_eq!(ids_and_scores(&first).get(1), Some(&("b".to_string(), 2)));
        assert_eq!(second.documents, 3);
    }

    #[test]
    fn empty_and_comment_only_files_have_no_documents() {
        assert!(split_documents("").is_empty());
        assert!(split_documents("# nothing\n---\n\n").is_empty());
    }
}

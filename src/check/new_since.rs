//! `validate --new-since REV`: the findings a change introduced.
//!
//! A finding is "the same" in two revisions when its code and the item it
//! is about (the document's kind and id) agree, never by line number: a
//! line added above an old finding must not make it new, and a document
//! moved to another file keeps its findings. Among findings of one code on
//! one item, identical messages pair first, then the rest pair by count, so
//! a second broken reference in a project is new even if the first is old.

use std::collections::HashMap;

use crate::diag::Finding;
use crate::load::SourceMap;
use crate::model::{FileId, Loc, Portfolio};

/// Where each document sits: per file, its id lines in order.
struct Items {
    by_file: HashMap<FileId, Vec<(u32, String)>>,
}

impl Items {
    fn of(portfolio: &Portfolio) -> Items {
        let mut by_file: HashMap<FileId, Vec<(u32, String)>> = HashMap::new();
        let mut add = |kind: &str, loc: Loc, id: &str| {
            if loc.is_known() {
                by_file
                    .entry(loc.file)
                    .or_default()
                    .push((loc.line, format!("{kind} {id}")));
            }
        };
        for p in &portfolio.programs {
            add("Program", p.id.loc, &p.id.value);
        }
        for p in &portfolio.projects {
            add("Project", p.id.loc, &p.id.value);
        }
        for p in &portfolio.people {
            add("Person", p.id.loc, &p.id.value);
        }
        for r in &portfolio.risks {
            add("Risk", r.id.loc, &r.id.value);
        }
        for r in &portfolio.reviews {
            add("Review", r.id.loc, &r.id.value);
        }
        for a in &portfolio.assessments {
            add("Assessment", a.id.loc, &a.id.value);
        }
        for e in &portfolio.evaluations {
            add("Evaluation", e.id.loc, &e.id.value);
        }
        for lines in by_file.values_mut() {
            lines.sort();
        }
        Items { by_file }
    }

    /// The document a location falls in (the last whose id comes at or
    /// before it, else the file's first), or the file's path when no
    /// document of the file was read (a parse error).
    fn item(&self, loc: Loc, sources: &SourceMap) -> String {
        if let Some(lines) = self.by_file.get(&loc.file) {
            let at = lines.partition_point(|(line, _)| *line <= loc.line);
            let (_, item) = &lines[at.saturating_sub(1)];
            return item.clone();
        }
        if loc.file != Loc::UNKNOWN.file {
            return format!("file {}", sources.path(loc));
        }
        String::new()
    }
}

/// A revision's findings with the portfolio and sources they point into.
pub struct Side<'a> {
    pub findings: &'a [Finding],
    pub portfolio: &'a Portfolio,
    pub sources: &'a SourceMap,
}

/// The code and item of each finding, in order.
fn keys(side: &Side<'_>) -> Vec<(&'static str, String)> {
    let items = Items::of(side.portfolio);
    side.findings
        .iter()
        .map(|f| (f.code(), items.item(f.primary.loc, side.sources)))
        .collect()
}

/// The findings of `now` that `before` did not have, in `now`'s order.
pub fn new_since(now: &Side<'_>, before: &Side<'_>) -> Vec<Finding> {
    let now_keys = keys(now);
    let before_keys = keys(before);
    // Exact pairs first: same code, item and message.
    let mut exact: HashMap<(&str, &str, &str), usize> = HashMap::new();
    for (f, (code, item)) in before.findings.iter().zip(&before_keys) {
        *exact.entry((code, item, &f.message)).or_default() += 1;
    }
    let mut unpaired = Vec::new();
    for (i, (f, (code, item))) in now.findings.iter().zip(&now_keys).enumerate() {
        match exact.get_mut(&(*code, item.as_str(), f.message.as_str())) {
            Some(n) if *n > 0 => *n -= 1,
            _ => unpaired.push(i),
        }
    }
    // Then by count: what is left of `before` per code and item.
    let mut left: HashMap<(&str, &str), usize> = HashMap::new();
    for ((code, item, _), n) in &exact {
        *left.entry((code, item)).or_default() += n;
    }
    unpaired
        .into_iter()
        .filter(|&i| {
            let (code, item) = &now_keys[i];
            match left.get_mut(&(*code, item.as_str())) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            }
        })
        .map(|i| now.findings[i].clone())
        .collect()
}

//! `pmo report lessons`: the lessons learned (经验教训) of every project in
//! one digest, by tag and searchable, "as a reference for later projects"
//! (key-account IT project management). [`compute`] gathers them; `view`
//! lays them out.

pub mod view;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Date, Key, Portfolio, Project};
use crate::report::Meta;
use crate::report::scope::Scope;

/// What the digest covers.
#[derive(Clone, Debug)]
pub struct Options {
    pub scope: Scope,
    pub as_of: Date,
    /// Only lessons carrying one of these tags (compared without case).
    pub tags: Vec<String>,
    /// Only lessons whose text, tags, project or program contain this
    /// (without case).
    pub search: Option<String>,
}

/// The filters applied, echoed for the reader.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Filters {
    pub program: Option<String>,
    pub project: Option<String>,
    pub tags: Vec<String>,
    pub search: Option<String>,
}

/// One lesson, with the project it was learned on.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct LessonRow {
    pub program: String,
    pub project: String,
    pub project_name: String,
    /// The project's status key (`closed`, `active`...).
    pub status: &'static str,
    /// The day the project was accepted, when it was.
    pub accepted_on: Option<Date>,
    pub text: String,
    pub tags: Vec<String>,
}

/// How many of the lessons shown carry a tag.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct TagCount {
    pub tag: String,
    pub lessons: usize,
}

/// The lessons report (JSON shape version [`crate::report::JSON_VERSION`]).
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct LessonsReport {
    pub meta: Meta,
    pub filters: Filters,
    /// The lessons that pass the filters, by program, project, then the
    /// order they are written in.
    pub lessons: Vec<LessonRow>,
    /// The tags of those lessons, most used first, then by name.
    pub tags: Vec<TagCount>,
    /// Projects in scope that are closed but record no lesson (G009).
    pub closed_without_lessons: Vec<String>,
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn passes(row: &LessonRow, options: &Options) -> bool {
    let tagged = options.tags.is_empty()
        || row
            .tags
            .iter()
            .any(|t| options.tags.iter().any(|w| lower(w) == lower(t)));
    let found = options.search.as_deref().is_none_or(|s| {
        let s = lower(s);
        [&row.text, &row.project, &row.project_name, &row.program]
            .into_iter()
            .chain(&row.tags)
            .any(|field| lower(field).contains(&s))
    });
    tagged && found
}

fn rows(p: &Project) -> impl Iterator<Item = LessonRow> + '_ {
    let closure = p.closure.as_ref();
    closure
        .into_iter()
        .flat_map(|c| &c.lessons)
        .map(move |lesson| LessonRow {
            program: p.program.value.clone(),
            project: p.id.value.clone(),
            project_name: p.name.value.clone(),
            status: p.status.value.key(),
            accepted_on: closure.and_then(|c| c.accepted_on.as_ref().map(|d| d.value)),
            text: lesson.value.text.clone(),
            tags: lesson.value.tags.clone(),
        })
}

fn tag_counts(lessons: &[LessonRow]) -> Vec<TagCount> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for row in lessons {
        for tag in &row.tags {
            *counts.entry(tag.as_str()).or_default() += 1;
        }
    }
    let mut tags: Vec<TagCount> = counts
        .into_iter()
        .map(|(tag, lessons)| TagCount {
            tag: tag.to_string(),
            lessons,
        })
        .collect();
    tags.sort_by(|a, b| b.lessons.cmp(&a.lessons).then_with(|| a.tag.cmp(&b.tag)));
    tags
}

/// Computes the digest.
pub fn compute(portfolio: &Portfolio, options: &Options) -> LessonsReport {
    let mut projects: Vec<&Project> = options.scope.projects(portfolio).collect();
    projects.sort_by(|a, b| (&a.program.value, &a.id.value).cmp(&(&b.program.value, &b.id.value)));
    let lessons: Vec<LessonRow> = projects
        .iter()
        .flat_map(|p| rows(p))
        .filter(|r| passes(r, options))
        .collect();
    let closed_without_lessons = projects
        .iter()
        .filter(|p| p.status.value == crate::model::ProjectStatus::Closed)
        .filter(|p| p.closure.as_ref().is_none_or(|c| c.lessons.is_empty()))
        .map(|p| p.id.value.clone())
        .collect();
    LessonsReport {
        meta: Meta::new("lessons", options.as_of, portfolio.settings.name.as_deref()),
        filters: Filters {
            program: options.scope.program.clone(),
            project: options.scope.project.clone(),
            tags: options.tags.clone(),
            search: options.search.clone(),
        },
        tags: tag_counts(&lessons),
        lessons,
        closed_without_lessons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str, tags: &[&str]) -> LessonRow {
        LessonRow {
            program: "G".into(),
            project: "P".into(),
            project_name: "Desk".into(),
            status: "closed",
            accepted_on: None,
            text: text.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn tags_match_without_case_and_search_reads_text_and_tags() {
        let r = row("Freeze windows ran long", &["Schedule"]);
        let with = |tags: &[&str], search: Option<&str>| Options {
            tags: tags.iter().map(|t| t.to_string()).collect(),
            search: search.map(str::to_string),
            scope: Scope::default(),
            as_of: Date::ymd(2026, 11, 16).expect("date"),
        };
        assert!(passes(&r, &with(&["schedule"], None)));
        assert!(!passes(&r, &with(&["vendor"], None)));
        assert!(passes(&r, &with(&[], Some("FREEZE"))));
        assert!(passes(&r, &with(&[], Some("sched"))));
        assert!(passes(&r, &with(&[], Some("desk"))));
        assert!(!passes(&r, &with(&["schedule"], Some("vendor"))));
    }

    #[test]
    fn tags_are_counted_most_used_first() {
        let counts = tag_counts(&[row("a", &["x", "y"]), row("b", &["y"])]);
        let got: Vec<(&str, usize)> = counts.iter().map(|c| (c.tag.as_str(), c.lessons)).collect();
        assert_eq!(got, [("y", 2), ("x", 1)]);
    }
}

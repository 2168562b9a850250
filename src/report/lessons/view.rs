//! The lessons digest laid out for people (the tags, then every lesson by
//! project) and as the one tidy table CSV and the workbook get. Formatting
//! only: every row comes from [`LessonsReport`].

use super::LessonsReport;
use crate::i18n::{Label as L, Lang, t, tf};
use crate::render::{Block, Cell, Give, Table, View, give_way};

fn scope_text(report: &LessonsReport, lang: Lang) -> String {
    let f = &report.filters;
    let mut parts = crate::i18n::scope_words(lang, f.program.as_deref(), f.project.as_deref());
    if !f.tags.is_empty() {
        parts.push(tf(lang, L::ScopeTags, &[&f.tags.join(" | ")]));
    }
    if let Some(s) = &f.search {
        parts.push(tf(lang, L::ScopeSearch, &[s]));
    }
    if parts.is_empty() {
        t(lang, L::AllLessons).into()
    } else {
        parts.join(t(lang, L::ListSep))
    }
}

fn title(report: &LessonsReport, lang: Lang) -> String {
    let name = report
        .meta
        .portfolio
        .as_deref()
        .unwrap_or(t(lang, L::Portfolio));
    tf(lang, L::LessonsTitle, &[&name, &report.meta.as_of])
}

fn tags(report: &LessonsReport, lang: Lang) -> Table {
    Table {
        name: "tags".into(),
        title: t(lang, L::LessonsTags).into(),
        columns: vec![t(lang, L::ColTag).into(), t(lang, L::ColLessons).into()],
        rows: report
            .tags
            .iter()
            .map(|c| vec![Cell::new(&*c.tag), Cell::num(c.lessons.to_string())])
            .collect(),
        empty: t(lang, L::NoTags).into(),
        give_way: Vec::new(),
    }
}

fn lessons(report: &LessonsReport, lang: Lang) -> Table {
    let keys = [L::ColProject, L::ColAccepted, L::ColTags, L::ColLesson];
    Table {
        name: "lessons".into(),
        title: t(lang, L::LessonsList).into(),
        columns: keys.iter().map(|k| t(lang, *k).to_string()).collect(),
        rows: report
            .lessons
            .iter()
            .map(|r| {
                vec![
                    Cell::new(format!("{} {}", r.project, r.project_name)),
                    Cell::new(r.accepted_on.map(|d| d.to_string()).unwrap_or_default()),
                    Cell::new(r.tags.join(", ")),
                    Cell::new(&*r.text),
                ]
            })
            .collect(),
        empty: t(lang, L::NoLessons).into(),
        give_way: give_way(
            &keys,
            &[
                Give::Drop(L::ColAccepted),
                Give::Cut(L::ColProject),
                Give::Drop(L::ColTags),
            ],
        ),
    }
}

/// Lays the digest out for people.
pub fn view(report: &LessonsReport, lang: Lang) -> View {
    let projects = {
        let mut ids: Vec<&str> = report.lessons.iter().map(|r| r.project.as_str()).collect();
        ids.dedup();
        ids.len()
    };
    let mut blocks = vec![
        Block::Text(scope_text(report, lang)),
        Block::Text(tf(
            lang,
            L::LessonsCount,
            &[&report.lessons.len(), &projects],
        )),
        Block::Table(tags(report, lang)),
        Block::Table(lessons(report, lang)),
    ];
    if !report.closed_without_lessons.is_empty() {
        blocks.push(Block::Text(tf(
            lang,
            L::ClosedWithoutLessons,
            &[&report.closed_without_lessons.join(t(lang, L::ListSep))],
        )));
    }
    View {
        title: title(report, lang),
        blocks,
        tidy: "lessons".into(),
    }
}

/// The CSV and workbook: one row per lesson, tags joined by `;`.
pub fn tidy(report: &LessonsReport) -> View {
    let columns = [
        "program",
        "project",
        "project_name",
        "status",
        "accepted_on",
        "tags",
        "lesson",
    ]
    .map(String::from)
    .to_vec();
    let rows = report
        .lessons
        .iter()
        .map(|r| {
            vec![
                Cell::new(&*r.program),
                Cell::new(&*r.project),
                Cell::new(&*r.project_name),
                Cell::new(r.status),
                Cell::date(r.accepted_on),
                Cell::new(r.tags.join(";")),
                Cell::new(&*r.text),
            ]
        })
        .collect();
    View {
        title: "Lessons".into(),
        blocks: vec![Block::Table(Table {
            name: "lessons".into(),
            title: String::new(),
            columns,
            rows,
            empty: String::new(),
            give_way: Vec::new(),
        })],
        tidy: "lessons".into(),
    }
}

//! Planning: every fact of the portfolio decided before a line is written,
//! so the documents that mention one thing (a project, its team, a
//! cross-project link) agree.

pub(crate) mod links;
pub(crate) mod people;
pub(crate) mod programs;
pub(crate) mod project;

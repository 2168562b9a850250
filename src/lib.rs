//! `pmo`: a PMO's programs, projects, people, risks and reviews kept as YAML
//! in a git repository, checked against the IT-service program taxonomy and
//! turned into plan, risk, resource and assessment reports.
//!
//! Data flows one way: [`cli`] -> [`load`] -> [`model`] -> [`check`] /
//! reports -> [`render`].

pub mod analysis;
pub mod check;
pub mod cli;
pub mod diag;
pub mod history;
pub mod i18n;
pub mod interchange;
pub mod load;
pub mod model;
pub mod render;
pub mod report;
pub mod schema;

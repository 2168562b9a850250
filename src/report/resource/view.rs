//! The resource report laid out for people.

use crate::render::View;

use super::ResourceReport;

pub fn view(report: &ResourceReport, _detail: bool) -> View {
    View {
        title: format!("Resource report, as of {}", report.meta.as_of),
        blocks: Vec::new(),
        tidy: "load".into(),
    }
}

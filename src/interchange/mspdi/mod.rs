//! Microsoft Project's XML interchange format (MSPDI), which MS Project,
//! ProjectLibre and most planning tools read and write.

mod calendar;
mod elements;
pub mod export;
pub mod read;
mod resources;
mod values;
pub mod write;
mod xml;

pub use read::read;

/// The plan of the projects in scope as MSPDI text, with what could not
/// be exported.
pub fn export(
    portfolio: &crate::model::Portfolio,
    analysis: &crate::analysis::Analysis,
    scope: &crate::report::scope::Scope,
) -> (String, Vec<String>) {
    let x = export::export(portfolio, analysis, scope);
    (write::write(&x), x.notes)
}

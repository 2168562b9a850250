//! Interchange with other planning tools: plans in from Microsoft
//! Project's XML (MSPDI) and from spreadsheets (CSV), plans out as MSPDI.
//! Readers produce an [`plan::ImportPlan`]; [`map`] turns it into pmo
//! documents. Nothing here prints: what could not be imported comes back
//! as [`plan::Note`]s for the command line to report.

pub mod csv_import;
pub mod map;
pub mod mspdi;
pub mod plan;
pub mod yaml;

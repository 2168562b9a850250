//! Microsoft Project's XML interchange format (MSPDI), which MS Project,
//! ProjectLibre and most planning tools read and write.

mod calendar;
pub mod read;
mod resources;
mod values;
pub mod write;
mod xml;

pub use read::read;

//! Computations shared by the checks and the reports: the working
//! calendar, and what is built on it. Nothing here prints.

pub mod calendar;
pub mod cost;
pub mod schedule;
pub mod workload;

//! Statuses that rest on documents with errors become unknown: a PMO is
//! never shown green on data pmo knows to be wrong.

use super::{OverviewReport, recount};
use crate::report::integrity::Integrity;
use crate::report::plan::Rag;
use crate::report::reason::Reason;

/// Marks every status of an uncertain project, and the status of its
/// program, as unknown, and counts them again.
pub fn mark_uncertain(report: &mut OverviewReport, integrity: &Integrity) {
    for program in &mut report.programs {
        let mut any = false;
        for p in &mut program.projects {
            if !integrity.uncertain(&p.id) {
                continue;
            }
            let mut marked = false;
            for rag in [&mut p.schedule, &mut p.cost, &mut p.risk, &mut p.resources] {
                if rag.is_some() {
                    *rag = Some(Rag::Unknown);
                    marked = true;
                }
            }
            if marked {
                p.reasons.insert(0, Reason::Uncertain);
                any = true;
            }
        }
        if any && program.rag.is_some() {
            program.rag = Some(Rag::Unknown);
        }
    }
    recount(&mut report.totals, &report.programs);
}

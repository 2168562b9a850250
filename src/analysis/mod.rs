//! The one analysis of a run: the working calendar, the working-day index,
//! the dependency network and its CPM schedule, the tasks and team
//! reservations placed on the schedule's dates, and the cost picture
//! (PV, EV, AC, forecasts, service burn) on them. [`Analysis::build`] makes
//! it once per run from the portfolio and `--as-of`; every check and every
//! report takes it as an argument and none builds its own, so `validate`
//! and the reports cannot disagree on a date, a load or a figure. Nothing
//! here prints.

pub mod benefit;
pub mod calendar;
pub mod cost;
pub mod days;
pub mod placement;
pub mod schedule;
pub mod workload;

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::{Date, Portfolio};
use calendar::WorkCalendar;
use schedule::Schedule;
use workload::Placement;

/// What a run knows about time, computed once.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// "Today" for every rule and report (`--as-of`).
    pub as_of: Date,
    pub calendar: WorkCalendar,
    /// The dependency network, scheduled (CPM); its `index` is the run's
    /// one working-day index.
    pub schedule: Schedule,
    /// Task work and team reservations placed on the schedule's dates.
    pub placement: Placement,
    /// Time and money per project: PV, EV, AC, the EACs, service burn.
    pub costs: cost::Costs,
    /// Where each program benefit stands against its target.
    pub benefits: benefit::Benefits,
}

/// How many analyses this process has built (for the test that proves a
/// run builds one; `PMO_TRACE_ANALYSIS` prints it).
static BUILDS: AtomicUsize = AtomicUsize::new(0);

/// From how many tasks the analysis runs its independent steps on two
/// threads (`cargo bench --bench plan`: below it, waking a thread costs
/// more than it saves).
const SIDE_BY_SIDE_TASKS: usize = 10_000;

/// `a` and `b` side by side when `apart`, else one after the other here.
fn join<RA: Send, RB: Send>(
    apart: bool,
    a: impl FnOnce() -> RA + Send,
    b: impl FnOnce() -> RB + Send,
) -> (RA, RB) {
    if apart { rayon::join(a, b) } else { (a(), b()) }
}

impl Analysis {
    /// The analysis of `portfolio` as of `as_of`.
    pub fn build(portfolio: &Portfolio, as_of: Date) -> Analysis {
        BUILDS.fetch_add(1, Ordering::Relaxed);
        let calendar = WorkCalendar::new(&portfolio.settings.calendar);
        // The steps that do not read each other run side by side: every
        // report waits for the whole analysis, so its time is their span.
        // On a small portfolio waking a second thread costs more than the
        // step it would take.
        let tasks: usize = portfolio.projects.iter().map(|p| p.tasks.len()).sum();
        let apart = tasks >= SIDE_BY_SIDE_TASKS;
        let (schedule, benefits) = join(
            apart,
            || Schedule::build(portfolio, &calendar, &[as_of]),
            || benefit::Benefits::build(portfolio, as_of),
        );
        let (placement, costs) = join(
            apart,
            || Placement::new(portfolio, &schedule),
            || cost::build(portfolio, &schedule, &schedule.index, as_of),
        );
        Analysis {
            as_of,
            calendar,
            schedule,
            placement,
            costs,
            benefits,
        }
    }

    /// The run's working-day index.
    pub fn days(&self) -> &days::WorkIndex {
        &self.schedule.index
    }

    /// Analyses built so far by this process.
    pub fn builds() -> usize {
        BUILDS.load(Ordering::Relaxed)
    }
}

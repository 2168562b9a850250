//! Capacity and load of every person, day by day, folded into reporting
//! periods (ISO weeks or months). Shared by `pmo report resource` and the
//! checks that warn about over-booked people.
//!
//! # The rules
//! - **Capacity** of a person on a day: their hours per day if the calendar
//!   works that day (weekends and holidays off, swapped weekend workdays on)
//!   and they have no day off, else 0. Hours per day are the calendar's
//!   `hours_per_day`, or `Person.hours_per_week` spread over the calendar's
//!   working days per week, times `fte` (default 1).
//! - **Reservation** (team allocation): a team member books
//!   `allocation`% of their capacity on every day from `from` to `to`
//!   (default: the project's start and end).
//! - **Task work**: a task's `effort` (hours) is spread evenly over the
//!   working days the plan schedules it on (see [`super::placement`]), and
//!   lands on its owner. A task without effort adds nothing and is listed.
//!   Task work lands on calendar working days even if the owner is off
//!   that day, so work planned during leave shows up as overload instead
//!   of vanishing.
//! - **Combining them**: a reservation is hours a project holds whether or
//!   not tasks fill them, and the owner's task work on that project is drawn
//!   from it. So on each day, a person's load on one project is the larger
//!   of the reservation and the task work; only task hours beyond the
//!   reservation add load, and nothing is counted twice. Applying the rule
//!   per day keeps the result the same whatever period is reported.
//! - Closed and cancelled projects carry no more work and are skipped.
//!
//! Tasks and reservations are placed once per run ([`super::Analysis`]);
//! this module folds them into the periods a report or a check asks for.
//!
//! # Speed
//! Dates map to indexes on one day axis with a working-day prefix count, so
//! "working days between a and b" is O(1). Per person, reservations and task
//! rates go into difference arrays (O(1) per task) that one pass over the
//! person's active days turns into per-period sums in dense `Vec<f64>`s.
//! People are independent and computed in parallel (rayon); results are
//! collected in person order, so the output never depends on threads.

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;

use super::Analysis;
use super::calendar::WorkCalendar;
use super::days::WorkIndex;
use super::placement::Reservation;
pub use super::placement::{PlacedTask, Placement, TaskSpan, Unplaced, UnplacedTask};
use crate::model::{Date, Period, Person, Portfolio, week_of};

/// How days are grouped for reporting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PeriodKind {
    /// ISO weeks, Monday to Sunday.
    #[default]
    Week,
    /// Calendar months.
    Month,
}

impl PeriodKind {
    /// The period holding `day`.
    pub fn period_of(self, day: NaiveDate) -> Period {
        match self {
            PeriodKind::Week => week_of(day),
            PeriodKind::Month => Period::Month(day.year(), day.month() as u8),
        }
    }
}

/// The window a workload is reported over: whole periods from the one
/// holding `from` to the one holding `to`.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub from: Date,
    pub to: Date,
    pub period: PeriodKind,
}

/// A reporting period of the window.
#[derive(Clone, Debug)]
pub struct Span {
    pub period: Period,
    pub start: Date,
    pub end: Date,
    /// Calendar working days in the period.
    pub working_days: u32,
}

/// Calendar days a workload can see: ten years either side of the window.
/// Dates beyond are clipped, so a typo such as `2206-01-01` costs nothing.
pub const REACH_DAYS: i64 = 3660;

/// One dense day axis with the calendar laid on it.
#[derive(Clone, Debug)]
pub struct DayAxis {
    pub first: Date,
    /// Whether each day is a calendar working day.
    working: Vec<bool>,
    /// `prefix[i]`: working days in `first .. first+i` (exclusive).
    prefix: Vec<u32>,
}

impl DayAxis {
    /// The days `first ..= last`, worked or not as the run's index says.
    pub fn new(index: &WorkIndex, first: Date, last: Date) -> DayAxis {
        let len = (first.days_until(last) + 1).max(0) as usize;
        let mut working = Vec::with_capacity(len);
        let mut prefix = Vec::with_capacity(len + 1);
        prefix.push(0u32);
        let mut count = 0u32;
        let mut day = first;
        for _ in 0..len {
            let w = index.is_working(day);
            working.push(w);
            count += u32::from(w);
            prefix.push(count);
            day = day.add_days(1);
        }
        DayAxis {
            first,
            working,
            prefix,
        }
    }

    pub fn len(&self) -> usize {
        self.working.len()
    }

    pub fn is_empty(&self) -> bool {
        self.working.is_empty()
    }

    pub fn last(&self) -> Date {
        self.first.add_days(self.len() as i64 - 1)
    }

    /// Index of a day, clamped onto the axis.
    pub fn index(&self, day: Date) -> usize {
        let last = self.len().saturating_sub(1) as i64;
        self.first.days_until(day).clamp(0, last) as usize
    }

    /// Index of a day, or `None` off the axis.
    pub fn index_exact(&self, day: Date) -> Option<usize> {
        let i = self.first.days_until(day);
        (i >= 0 && (i as usize) < self.len()).then_some(i as usize)
    }

    pub fn day(&self, index: usize) -> Date {
        self.first.add_days(index as i64)
    }

    pub fn is_working(&self, index: usize) -> bool {
        self.working.get(index).copied().unwrap_or(false)
    }

    /// Working days in the index range `a..=b`, O(1); 0 if `b < a`.
    pub fn working_between(&self, a: usize, b: usize) -> u32 {
        if b < a || a >= self.len() {
            return 0;
        }
        let b = b.min(self.len() - 1);
        self.prefix[b + 1] - self.prefix[a]
    }
}

/// One person's hours on one project, per window period.
#[derive(Clone, Debug)]
pub struct ProjectLoad {
    /// Index into `Portfolio::projects`.
    pub project: u32,
    /// Hours the team allocation reserves.
    pub reserved: Vec<f64>,
    /// Hours of the person's tasks.
    pub tasks: Vec<f64>,
    /// Load: per day the larger of reservation and task work, summed.
    pub load: Vec<f64>,
    /// Load on the days before the window (for cumulative cost).
    pub before: f64,
    /// Load per month of the whole axis, from `first_month` on (for cost).
    pub first_month: u32,
    pub months: Vec<f64>,
}

/// One person's capacity and load per window period.
#[derive(Clone, Debug)]
pub struct PersonLoad {
    /// Index into `Portfolio::people`.
    pub person: u32,
    pub hours_per_day: f64,
    pub capacity: Vec<f64>,
    pub load: Vec<f64>,
    /// Sorted by project index (so by project id).
    pub projects: Vec<ProjectLoad>,
}

impl PersonLoad {
    /// Load over capacity, in percent; `None` when there is no capacity.
    pub fn utilisation(&self, period: usize) -> Option<f64> {
        utilisation(self.load[period], self.capacity[period])
    }
}

/// Hours of load beyond what `overload_percent` of the capacity allows.
pub fn hours_over(load: f64, capacity: f64, overload_percent: f64) -> f64 {
    load - capacity * overload_percent / 100.0
}

/// Whether a load is over capacity: the one rule of the resource report's
/// conflicts and of `C001`. "By at least 0.01 h" allows for the rounding of
/// summed hours, so 37.51 h against 37.5 h (0.00999999999999801) is over.
pub fn is_over(load: f64, capacity: f64, overload_percent: f64) -> bool {
    hours_over(load, capacity, overload_percent) >= 0.01 - 1e-9
}

/// Load over capacity in percent; `None` for no capacity.
pub fn utilisation(load: f64, capacity: f64) -> Option<f64> {
    (capacity > 1e-9).then(|| load / capacity * 100.0)
}

/// Capacity and load of every person over a window.
#[derive(Clone, Debug)]
pub struct Workload {
    pub window: Window,
    pub spans: Vec<Span>,
    pub axis: DayAxis,
    /// First month of the axis; `ProjectLoad::months` count from it.
    pub axis_month: Period,
    /// One per person, in `Portfolio::people` order.
    pub people: Vec<PersonLoad>,
}

impl Workload {
    /// The month a month index (as in `ProjectLoad::months`) stands for.
    pub fn month(&self, index: u32) -> Period {
        add_months(self.axis_month, index)
    }
}

/// `Period::Month` `n` months after `month`.
pub fn add_months(month: Period, n: u32) -> Period {
    let (y, m) = match month {
        Period::Month(y, m) => (y, u32::from(m)),
        other => (other.start().year(), other.start().month()),
    };
    let total = y as i64 * 12 + (m as i64 - 1) + n as i64;
    Period::Month((total / 12) as i32, (total % 12 + 1) as u8)
}

fn month_number(day: NaiveDate) -> i64 {
    day.year() as i64 * 12 + day.month0() as i64
}

/// The window's periods, in order.
pub fn spans(window: &Window, index: &WorkIndex) -> Vec<Span> {
    let mut out = Vec::new();
    let mut period = window.period.period_of(window.from.0);
    let last = window.period.period_of(window.to.0);
    // Bounded by the reach of a workload, whatever the dates.
    for _ in 0..(2 * REACH_DAYS) {
        let (start, end) = (Date(period.start()), Date(period.end()));
        out.push(Span {
            period,
            start,
            end,
            working_days: index.working_days(start, end) as u32,
        });
        if period >= last {
            break;
        }
        period = window
            .period
            .period_of(period.end() + chrono::Duration::days(1));
    }
    out
}

/// Hours of a task spread evenly over its working days that fall in
/// `from..=to`.
pub fn hours_between(axis: &DayAxis, task: &TaskSpan, from: Date, to: Date) -> f64 {
    let (a, b) = (task.start.max(from), task.end.min(to));
    if b < a || task.working_days == 0 || b < axis.first || a > axis.last() {
        return 0.0;
    }
    let inside = axis.working_between(axis.index(a), axis.index(b));
    task.effort * f64::from(inside) / f64::from(task.working_days)
}

fn positive(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 { x } else { 0.0 }
}

/// Hours a person works on a full working day.
pub fn hours_per_day(person: &crate::model::Person, calendar: &WorkCalendar) -> f64 {
    let base = match &person.hours_per_week {
        Some(h) => positive(h.value) / calendar.days_per_week().max(1) as f64,
        None => calendar.hours_per_day,
    };
    let fte = person.fte.as_ref().map_or(1.0, |f| positive(f.value));
    base * fte
}

/// The days a workload must cover: the window, and every placed task and
/// reservation within reach of it, from the first of a month (so months
/// fold cleanly).
fn axis_bounds(placement: &Placement, win_first: Date, win_last: Date) -> (Date, Date) {
    let (mut first, mut last) = (win_first, win_last);
    for t in &placement.tasks {
        first = first.min(t.span.start);
        last = last.max(t.span.end);
    }
    for r in placement.reservations.iter().flatten() {
        first = first.min(r.from);
        last = last.max(r.to);
    }
    let first = first.max(win_first.add_days(-REACH_DAYS));
    let last = last.min(win_last.add_days(REACH_DAYS));
    let first =
        Date(NaiveDate::from_ymd_opt(first.0.year(), first.0.month(), 1).unwrap_or(first.0));
    (first, last)
}

/// Every person's capacity and load over `window`, from the tasks and
/// reservations the run placed once ([`Analysis::placement`]).
pub fn compute(portfolio: &Portfolio, analysis: &Analysis, window: Window) -> Workload {
    let placement = &analysis.placement;
    let spans = spans(&window, analysis.days());
    let (win_first, win_last) = match (spans.first(), spans.last()) {
        (Some(f), Some(l)) => (f.start, l.end),
        _ => (window.from, window.to),
    };
    let (first, last) = axis_bounds(placement, win_first, win_last);
    let axis = DayAxis::new(analysis.days(), first, last);
    let axis_month = Period::Month(first.0.year(), first.0.month() as u8);

    // Per day: the window period (u32::MAX outside) and the month index.
    let base_month = month_number(first.0);
    let mut period_of_day = vec![u32::MAX; axis.len()];
    for (k, s) in spans.iter().enumerate() {
        if let (Some(a), Some(b)) = (axis.index_exact(s.start), axis.index_exact(s.end)) {
            period_of_day[a..=b].fill(k as u32);
        }
    }
    let month_of_day: Vec<u32> = (0..axis.len())
        .map(|i| (month_number(axis.day(i).0) - base_month) as u32)
        .collect();

    let ctx = Context {
        calendar: &analysis.calendar,
        axis: &axis,
        n_periods: spans.len(),
        window_start: axis.index(win_first),
        period_of_day: &period_of_day,
        month_of_day: &month_of_day,
    };
    let people: Vec<PersonLoad> = (0..portfolio.people.len())
        .into_par_iter()
        .map_init(Scratch::default, |scratch, i| {
            let reservations = placement.reservations.get(i).map_or(&[][..], Vec::as_slice);
            let tasks = placement.tasks_of(i as u32);
            ctx.person(portfolio, i as u32, reservations, tasks, scratch)
        })
        .collect();

    Workload {
        window,
        spans,
        axis,
        axis_month,
        people,
    }
}

/// What every person's computation reads.
struct Context<'a> {
    calendar: &'a WorkCalendar,
    axis: &'a DayAxis,
    n_periods: usize,
    /// Axis index of the window's first day.
    window_start: usize,
    period_of_day: &'a [u32],
    month_of_day: &'a [u32],
}

/// Day-sized buffers reused across people on one thread.
#[derive(Default)]
struct Scratch {
    capacity: Vec<f64>,
    reserve: Vec<f64>,
    rate: Vec<f64>,
}

impl Context<'_> {
    /// One person's load: capacity per period, then one sweep per project
    /// the person works on (reservations and task work merged by project,
    /// both lists being sorted by project).
    fn person(
        &self,
        portfolio: &Portfolio,
        index: u32,
        reservations: &[Reservation],
        tasks: &[PlacedTask],
        s: &mut Scratch,
    ) -> PersonLoad {
        let person = &portfolio.people[index as usize];
        let hpd = hours_per_day(person, self.calendar);
        let capacity = self.capacity(person, hpd, s);

        let n = self.axis.len();
        s.reserve.clear();
        s.reserve.resize(n + 1, 0.0);
        s.rate.clear();
        s.rate.resize(n + 1, 0.0);
        let mut projects = Vec::new();
        let mut load = vec![0.0; self.n_periods];
        let (mut r, mut t) = (0, 0);
        while let Some(project) = next_project(reservations.get(r), tasks.get(t)) {
            let (lo, hi) = self.mark(project, reservations, &mut r, tasks, &mut t, s);
            if lo > hi {
                continue;
            }
            let entry = self.sweep(project, lo, hi, s);
            for (total, x) in load.iter_mut().zip(&entry.load) {
                *total += x;
            }
            projects.push(entry);
        }

        PersonLoad {
            person: index,
            hours_per_day: hpd,
            capacity,
            load,
            projects,
        }
    }

    /// Fills `s.capacity` with the person's hours per axis day (calendar
    /// working days, none on days off) and returns them summed per period.
    fn capacity(&self, person: &Person, hpd: f64, s: &mut Scratch) -> Vec<f64> {
        let axis = self.axis;
        s.capacity.clear();
        s.capacity
            .extend((0..axis.len()).map(|i| if axis.is_working(i) { hpd } else { 0.0 }));
        for off in &person.days_off {
            let (a, b) = (off.from.value, off.last());
            if b < axis.first || a > axis.last() || b < a {
                continue;
            }
            s.capacity[axis.index(a)..=axis.index(b)].fill(0.0);
        }
        let mut capacity = vec![0.0; self.n_periods];
        for (i, &k) in self.period_of_day.iter().enumerate() {
            if k != u32::MAX {
                capacity[k as usize] += s.capacity[i];
            }
        }
        capacity
    }

    /// Consumes `project`'s reservations and tasks from the cursors `r` and
    /// `t`, marking them in the difference arrays `s.reserve` (share of
    /// capacity) and `s.rate` (task hours per working day); returns the
    /// axis days they touch (`lo > hi`: none on the axis).
    fn mark(
        &self,
        project: u32,
        reservations: &[Reservation],
        r: &mut usize,
        tasks: &[PlacedTask],
        t: &mut usize,
        s: &mut Scratch,
    ) -> (usize, usize) {
        let axis = self.axis;
        let (mut lo, mut hi) = (usize::MAX, 0usize);
        while let Some(res) = reservations.get(*r).filter(|x| x.project == project) {
            *r += 1;
            if res.to < axis.first || res.from > axis.last() {
                continue;
            }
            let (a, b) = (axis.index(res.from), axis.index(res.to));
            s.reserve[a] += res.fraction;
            s.reserve[b + 1] -= res.fraction;
            lo = lo.min(a);
            hi = hi.max(b);
        }
        while let Some(task) = tasks.get(*t).filter(|x| x.project == project) {
            *t += 1;
            let span = &task.span;
            if span.end < axis.first || span.start > axis.last() {
                continue;
            }
            let (a, b) = (axis.index(span.start), axis.index(span.end));
            let per_day = span.effort / f64::from(span.working_days);
            s.rate[a] += per_day;
            s.rate[b + 1] -= per_day;
            lo = lo.min(a);
            hi = hi.max(b);
        }
        (lo, hi)
    }

    /// Integrates the difference arrays over `lo..=hi` into the project's
    /// load per period and per month, and clears them for the next project.
    /// A day's load is the larger of the reservation and the task work: a
    /// reservation is the time set aside for the project's work, not extra.
    fn sweep(&self, project: u32, lo: usize, hi: usize, s: &mut Scratch) -> ProjectLoad {
        let first_month = self.month_of_day[lo];
        let mut entry = ProjectLoad {
            project,
            reserved: vec![0.0; self.n_periods],
            tasks: vec![0.0; self.n_periods],
            load: vec![0.0; self.n_periods],
            before: 0.0,
            first_month,
            months: vec![0.0; (self.month_of_day[hi] - first_month + 1) as usize],
        };
        let (mut fraction, mut rate) = (0.0, 0.0);
        for i in lo..=hi {
            fraction += s.reserve[i];
            rate += s.rate[i];
            s.reserve[i] = 0.0;
            s.rate[i] = 0.0;
            let reserved = fraction * s.capacity[i];
            let work = if self.axis.is_working(i) && rate > 1e-12 {
                rate
            } else {
                0.0
            };
            let day_load = reserved.max(work);
            entry.months[(self.month_of_day[i] - first_month) as usize] += day_load;
            if i < self.window_start {
                entry.before += day_load;
            }
            let k = self.period_of_day[i];
            if k != u32::MAX {
                let k = k as usize;
                entry.reserved[k] += reserved;
                entry.tasks[k] += work;
                entry.load[k] += day_load;
            }
        }
        s.reserve[hi + 1] = 0.0;
        s.rate[hi + 1] = 0.0;
        entry
    }
}

/// The smaller project index of the next reservation and the next task
/// (`None` when both lists are used up).
fn next_project(reservation: Option<&Reservation>, task: Option<&PlacedTask>) -> Option<u32> {
    match (reservation, task) {
        (Some(a), Some(b)) => Some(a.project.min(b.project)),
        (Some(a), None) => Some(a.project),
        (None, Some(b)) => Some(b.project),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests;

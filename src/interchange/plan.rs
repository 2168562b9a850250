//! The plan as read from another tool, before it becomes pmo documents:
//! what the MSPDI reader and the CSV reader both produce, and what
//! [`super::map`] turns into YAML. Keys are the source's own (an MSPDI
//! UID, a CSV id) so links resolve before pmo ids are chosen.

use crate::model::{Date, LinkType, Weekday};

/// One imported plan: a project's tasks, the people on it and its calendar.
#[derive(Clone, Debug, Default)]
pub struct ImportPlan {
    /// The project's name (MSPDI `Title`, else `Name`).
    pub title: Option<String>,
    /// The project manager's name, as the file gives it.
    pub manager: Option<String>,
    /// The company the plan is for (MSPDI `Company`): the customer's name
    /// in a new repository.
    pub company: Option<String>,
    pub start: Option<Date>,
    pub finish: Option<Date>,
    pub baseline_start: Option<Date>,
    pub baseline_finish: Option<Date>,
    pub calendar: Option<ImportCalendar>,
    pub tasks: Vec<ImportTask>,
    pub resources: Vec<ImportResource>,
    /// Everything read that has no place in the pmo format.
    pub notes: Vec<Note>,
    /// Elements not imported because pmo computes them from the plan
    /// (slack, early and late dates, variances, earned value, ...) or
    /// because they only set up the source tool; counted by name for the
    /// summary.
    pub recomputed: std::collections::BTreeMap<String, usize>,
}

/// The working calendar of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportCalendar {
    pub working_days: Vec<Weekday>,
    pub hours_per_day: f64,
    /// Non-working days that the weekly pattern would make working.
    pub holidays: Vec<Date>,
    /// Working days that the weekly pattern would make free.
    pub workdays: Vec<Date>,
}

/// A task or a milestone (summary tasks become [`ImportTask::group`]).
#[derive(Clone, Debug, Default)]
pub struct ImportTask {
    /// The source's key for links and assignments.
    pub key: String,
    /// The pmo id the source asks for (CSV), else one is made from the name.
    pub id: Option<String>,
    pub name: String,
    /// Names of the summary tasks holding it, outermost first.
    pub group: Vec<String>,
    pub milestone: bool,
    /// Scheduled dates in the source (a milestone's date is `finish`).
    pub start: Option<Date>,
    pub finish: Option<Date>,
    /// Write `start`: a start-no-earlier-than date of the source, or a
    /// start that nothing else in the plan explains.
    pub keep_start: bool,
    /// Write `end` without `start`: a finish-no-earlier-than date.
    pub keep_finish: bool,
    pub duration_days: Option<f64>,
    pub work_hours: Option<f64>,
    pub progress: Option<f64>,
    /// When a milestone was reached (its actual finish, when 100 % done).
    pub done_on: Option<Date>,
    pub baseline_start: Option<Date>,
    pub baseline_finish: Option<Date>,
    pub links: Vec<ImportLink>,
    pub assignments: Vec<ImportAssignment>,
    /// The role the work needs (CSV), when nobody is assigned.
    pub role: Option<String>,
    /// Where it is in the source (line of the file).
    pub line: usize,
}

/// A predecessor link, already in pmo's terms.
#[derive(Clone, Debug)]
pub struct ImportLink {
    pub predecessor: String,
    pub link: LinkType,
    /// Working days.
    pub lag: i32,
}

/// A resource assigned to a task.
#[derive(Clone, Debug)]
pub struct ImportAssignment {
    pub resource: String,
    /// Share of the resource's time, 1.0 = full time.
    pub units: f64,
    pub work_hours: Option<f64>,
}

/// A person (a work resource).
#[derive(Clone, Debug, Default)]
pub struct ImportResource {
    pub key: String,
    pub id: Option<String>,
    pub name: String,
    pub department: Option<String>,
    pub cost_rate: Option<f64>,
    pub fte: Option<f64>,
    /// Days off from the resource's own calendar, inclusive ranges.
    pub days_off: Vec<(Date, Date)>,
    pub line: usize,
}

/// Something in the source the pmo format cannot hold, or holds only
/// approximately: reported on stderr and summed up, never dropped silently.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Note {
    pub line: usize,
    /// What it belongs to, e.g. `task 12 "Design review"`.
    pub subject: String,
    /// The element or field, e.g. `Notes`, `SF link`: the summary counts by it.
    pub what: String,
    pub message: String,
}

impl Note {
    pub fn new(line: usize, subject: &str, what: &str, message: impl Into<String>) -> Note {
        Note {
            line,
            subject: subject.to_string(),
            what: what.to_string(),
            message: message.into(),
        }
    }
}

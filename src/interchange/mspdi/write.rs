//! An [`Export`] as MSPDI text, elements in the order of Microsoft's
//! schema (MS Project rejects files whose elements are out of order).

use std::fmt::Write as _;

use quick_xml::escape::escape;

use super::export::{Export, Row};
use crate::model::{Date, LinkType, Weekday};

/// The XML of an export. Dates carry the working hours of the calendar:
/// a task starts at 08:00 and finishes at the end of its last day.
pub fn write(x: &Export) -> String {
    let day = WorkDay::new(x.hours_per_day);
    let mut w = Xml::default();
    w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    w.raw("<Project xmlns=\"http://schemas.microsoft.com/project\">\n");
    w.depth = 1;
    w.el("SaveVersion", "14");
    w.el("Name", &format!("{}.xml", x.title));
    w.el("Title", &x.title);
    if let Some(m) = &x.manager {
        w.el("Manager", m);
    }
    w.el("ScheduleFromStart", "1");
    if let Some(s) = x.start {
        w.el("StartDate", &day.start(s));
    }
    if let Some(f) = x.finish {
        w.el("FinishDate", &day.finish(f));
    }
    w.el("CalendarUID", "1");
    w.el("DefaultStartTime", &day.time(day.begin));
    w.el("DefaultFinishTime", &day.time(day.end));
    let minutes = (x.hours_per_day * 60.0).round() as i64;
    w.el("MinutesPerDay", &minutes.to_string());
    w.el(
        "MinutesPerWeek",
        &(minutes * x.calendar.working_days.len() as i64).to_string(),
    );
    w.el("DaysPerMonth", "20");
    w.el("DurationFormat", "7");
    w.el("WorkFormat", "2");
    w.el("StatusDate", &day.start(x.status_date));
    calendars(&mut w, x, &day);
    w.open("Tasks");
    task(&mut w, &x.project_row, &day, x.hours_per_day);
    for r in &x.rows {
        task(&mut w, r, &day, x.hours_per_day);
    }
    w.close("Tasks");
    resources(&mut w, x);
    assignments(&mut w, x, &day);
    w.depth = 0;
    w.raw("</Project>\n");
    w.out
}

fn calendars(w: &mut Xml, x: &Export, day: &WorkDay) {
    w.open("Calendars");
    w.open("Calendar");
    w.el("UID", "1");
    w.el("Name", "Standard");
    w.el("IsBaseCalendar", "1");
    w.el("BaseCalendarUID", "-1");
    w.open("WeekDays");
    let days = [
        (1, Weekday::Sun),
        (2, Weekday::Mon),
        (3, Weekday::Tue),
        (4, Weekday::Wed),
        (5, Weekday::Thu),
        (6, Weekday::Fri),
        (7, Weekday::Sat),
    ];
    for (n, wd) in days {
        w.open("WeekDay");
        w.el("DayType", &n.to_string());
        let working = x.calendar.working_days.contains(&wd);
        w.el("DayWorking", if working { "1" } else { "0" });
        if working {
            working_times(w, day);
        }
        w.close("WeekDay");
    }
    w.close("WeekDays");
    let mut exceptions: Vec<(Date, Date, bool, &str)> = Vec::new();
    exceptions.extend(
        x.calendar
            .holidays
            .iter()
            .map(|d| (*d, *d, false, "Holiday")),
    );
    exceptions.extend(
        x.calendar
            .workdays
            .iter()
            .map(|d| (*d, *d, true, "Working day")),
    );
    exceptions.sort();
    exceptions_el(w, &exceptions, day);
    w.close("Calendar");
    for r in x.resources.iter().filter(|r| !r.days_off.is_empty()) {
        w.open("Calendar");
        w.el("UID", &(1000 + r.uid).to_string());
        w.el("Name", &r.name);
        w.el("IsBaseCalendar", "0");
        w.el("BaseCalendarUID", "1");
        let list: Vec<(Date, Date, bool, &str)> = r
            .days_off
            .iter()
            .map(|(a, b)| (*a, *b, false, "Days off"))
            .collect();
        exceptions_el(w, &list, day);
        w.close("Calendar");
    }
    w.close("Calendars");
}

fn exceptions_el(w: &mut Xml, list: &[(Date, Date, bool, &str)], day: &WorkDay) {
    if list.is_empty() {
        return;
    }
    w.open("Exceptions");
    for (from, to, working, name) in list {
        w.open("Exception");
        w.el("EnteredByOccurrences", "0");
        w.open("TimePeriod");
        w.el("FromDate", &format!("{from}T00:00:00"));
        w.el("ToDate", &format!("{to}T23:59:00"));
        w.close("TimePeriod");
        w.el("Occurrences", "1");
        w.el("Name", name);
        w.el("Type", "1");
        w.el("DayWorking", if *working { "1" } else { "0" });
        if *working {
            working_times(w, day);
        }
        w.close("Exception");
    }
    w.close("Exceptions");
}

fn working_times(w: &mut Xml, day: &WorkDay) {
    w.open("WorkingTimes");
    for (from, to) in &day.spans {
        w.open("WorkingTime");
        w.el("FromTime", &day.time(*from));
        w.el("ToTime", &day.time(*to));
        w.close("WorkingTime");
    }
    w.close("WorkingTimes");
}

fn duration(days: f64, hours_per_day: f64) -> String {
    let minutes = (days * hours_per_day * 60.0).round() as i64;
    format!("PT{}H{}M0S", minutes / 60, minutes % 60)
}

fn hours(h: f64) -> String {
    let minutes = (h * 60.0).round() as i64;
    format!("PT{}H{}M0S", minutes / 60, minutes % 60)
}

fn task(w: &mut Xml, r: &Row, day: &WorkDay, hours_per_day: f64) {
    w.open("Task");
    w.el("UID", &r.uid.to_string());
    w.el("ID", &r.uid.to_string());
    w.el("Name", &r.name);
    w.el("Active", "1");
    w.el("Manual", "0");
    w.el("Type", "1");
    w.el("WBS", &r.outline);
    w.el("OutlineNumber", &r.outline);
    w.el("OutlineLevel", &r.level.to_string());
    if let Some(s) = r.start {
        w.el(
            "Start",
            &if r.milestone {
                day.finish(s)
            } else {
                day.start(s)
            },
        );
    }
    if let Some(f) = r.finish {
        w.el("Finish", &day.finish(f));
    }
    let days = if r.summary {
        match (r.start, r.finish) {
            (Some(s), Some(f)) => day_span(s, f),
            _ => 0.0,
        }
    } else {
        r.duration as f64
    };
    w.el("Duration", &duration(days, hours_per_day));
    w.el("DurationFormat", "7");
    if let Some(h) = r.work_hours {
        w.el("Work", &hours(h));
    }
    w.el("Milestone", if r.milestone { "1" } else { "0" });
    w.el("Summary", if r.summary { "1" } else { "0" });
    w.el("PercentComplete", &format!("{}", r.percent.round() as i64));
    if let Some(s) = r.actual_start {
        w.el(
            "ActualStart",
            &if r.milestone {
                day.finish(s)
            } else {
                day.start(s)
            },
        );
    }
    if let Some(f) = r.actual_finish {
        w.el("ActualFinish", &day.finish(f));
    }
    match r.constraint {
        Some((kind, on)) => {
            w.el("ConstraintType", &kind.to_string());
            w.el("CalendarUID", "-1");
            let at = if kind == 4 {
                day.start(on)
            } else {
                day.finish(on)
            };
            w.el("ConstraintDate", &at);
        }
        None => {
            w.el("ConstraintType", "0");
            w.el("CalendarUID", "-1");
        }
    }
    for l in &r.links {
        w.open("PredecessorLink");
        w.el("PredecessorUID", &l.predecessor.to_string());
        let kind = match l.link {
            LinkType::Ff => "0",
            LinkType::Fs => "1",
            LinkType::Ss => "3",
        };
        w.el("Type", kind);
        w.el("CrossProject", "0");
        // Tenths of a minute.
        let lag = (l.lag_days as f64 * hours_per_day * 600.0).round() as i64;
        w.el("LinkLag", &lag.to_string());
        w.el("LagFormat", "7");
        w.close("PredecessorLink");
    }
    if let Some((bs, bf)) = r.baseline {
        w.open("Baseline");
        w.el("Number", "0");
        if let Some(s) = bs {
            w.el(
                "Start",
                &if r.milestone {
                    day.finish(s)
                } else {
                    day.start(s)
                },
            );
        }
        if let Some(f) = bf {
            w.el("Finish", &day.finish(f));
        }
        w.close("Baseline");
    }
    w.close("Task");
}

/// Calendar days from `s` to `f` as a rough summary duration; MS Project
/// recomputes summaries on opening.
fn day_span(s: Date, f: Date) -> f64 {
    (s.days_until(f) + 1).max(0) as f64 * 5.0 / 7.0
}

fn resources(w: &mut Xml, x: &Export) {
    w.open("Resources");
    for r in &x.resources {
        w.open("Resource");
        w.el("UID", &r.uid.to_string());
        w.el("ID", &r.uid.to_string());
        w.el("Name", &r.name);
        w.el("Type", "1");
        if let Some(g) = &r.group {
            w.el("Group", g);
        }
        w.el("MaxUnits", &num(r.max_units));
        if let Some(rate) = r.rate {
            w.el("StandardRate", &num(rate));
            w.el("StandardRateFormat", "2");
        }
        if !r.days_off.is_empty() {
            w.el("CalendarUID", &(1000 + r.uid).to_string());
        }
        w.close("Resource");
    }
    w.close("Resources");
}

fn assignments(w: &mut Xml, x: &Export, day: &WorkDay) {
    w.open("Assignments");
    for (k, a) in x.assignments.iter().enumerate() {
        w.open("Assignment");
        w.el("UID", &(k + 1).to_string());
        w.el("TaskUID", &a.task.to_string());
        w.el("ResourceUID", &a.resource.to_string());
        w.el(
            "PercentWorkComplete",
            &format!("{}", a.percent.round() as i64),
        );
        if let Some(f) = a.finish {
            w.el("Finish", &day.finish(f));
        }
        if let Some(s) = a.start {
            w.el("Start", &day.start(s));
        }
        w.el("Units", &num(a.units));
        w.el("Work", &hours(a.work_hours));
        w.close("Assignment");
    }
    w.close("Assignments");
}

fn num(x: f64) -> String {
    super::super::yaml::number(x)
}

/// The working hours of a day: from 08:00, with an hour's lunch at noon
/// when the day is longer than four hours (8 hours: 08-12 and 13-17).
struct WorkDay {
    begin: i64,
    end: i64,
    spans: Vec<(i64, i64)>,
}

impl WorkDay {
    fn new(hours_per_day: f64) -> WorkDay {
        let minutes = (hours_per_day * 60.0).round().clamp(1.0, 24.0 * 60.0) as i64;
        let spans = if minutes <= 240 {
            vec![(480, 480 + minutes)]
        } else if 780 + minutes - 240 <= 1440 {
            vec![(480, 720), (780, 780 + minutes - 240)]
        } else {
            vec![(0, minutes)]
        };
        WorkDay {
            begin: spans[0].0,
            end: spans[spans.len() - 1].1,
            spans,
        }
    }

    fn time(&self, minutes: i64) -> String {
        if minutes >= 1440 {
            return "23:59:00".into();
        }
        format!("{:02}:{:02}:00", minutes / 60, minutes % 60)
    }

    fn start(&self, d: Date) -> String {
        format!("{d}T{}", self.time(self.begin))
    }

    fn finish(&self, d: Date) -> String {
        format!("{d}T{}", self.time(self.end))
    }
}

/// Indented XML with escaped text.
#[derive(Default)]
struct Xml {
    out: String,
    depth: usize,
}

impl Xml {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn el(&mut self, name: &str, text: &str) {
        self.indent();
        let _ = writeln!(
            self.out,
            "<{name}>{}</{name}>",
            escape(clean(text).as_str())
        );
    }

    fn open(&mut self, name: &str) {
        self.indent();
        let _ = writeln!(self.out, "<{name}>");
        self.depth += 1;
    }

    fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        let _ = writeln!(self.out, "</{name}>");
    }
}

/// XML 1.0 cannot carry most control characters, even escaped.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

//! MSPDI (Microsoft Project's XML) into an [`ImportPlan`]: the tasks with
//! their outline, links, constraints, baselines and progress; resources and
//! assignments; the project calendar. Every element that has no place in
//! the pmo format becomes a [`Note`]; elements pmo computes itself (slack,
//! early and late dates, variances, earned value) are counted.

// The XML is untrusted input: its numbers, levels, lags and counts pass
// through here. No silent overflow, truncation or out-of-bounds panic: use
// checked or saturating arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

use std::collections::HashMap;

use anyhow::{Result, bail};

use super::calendar::{self, RawCalendar};
use super::elements::{PROJECT_INFO, PROJECT_USED, TASK_RECOMPUTED, TASK_USED};
use super::resources;
use super::values::{date, flag, hours, is_default, number};
use super::xml::{self, Element};
use crate::interchange::plan::{ImportLink, ImportPlan, ImportTask, Note};
use crate::model::LinkType;

/// Parses MSPDI text into a plan.
pub fn read(text: &str) -> Result<ImportPlan> {
    let root = xml::parse(text)?;
    if root.name != "Project" {
        bail!(
            "line {}: the root element is <{}>, not <Project>: not an MSPDI file",
            root.line,
            root.name
        );
    }
    let mut plan = ImportPlan {
        title: root
            .text_of("Title")
            .or(root.text_of("Name"))
            .map(str::to_string),
        manager: root.text_of("Manager").map(str::to_string),
        company: root.text_of("Company").map(str::to_string),
        start: root.text_of("StartDate").and_then(date),
        finish: root.text_of("FinishDate").and_then(date),
        ..ImportPlan::default()
    };
    let minutes_per_day = number(root.text_of("MinutesPerDay"))
        .filter(|m| *m > 0.0)
        .unwrap_or(480.0);
    project_elements(&root, &mut plan);
    let calendars = calendar::read_all(root.child("Calendars"), &mut plan.notes);
    plan.calendar = calendar::project_calendar(
        root.text_of("CalendarUID"),
        &calendars,
        minutes_per_day / 60.0,
    );
    let tasks = root
        .child("Tasks")
        .map(|t| t.children.as_slice())
        .unwrap_or(&[]);
    read_tasks(tasks, minutes_per_day, &mut plan);
    resources::read(&root, &calendars, &mut plan);
    other_calendars(&calendars, &root, &mut plan);
    plan.notes.sort();
    Ok(plan)
}

fn project_elements(root: &Element, plan: &mut ImportPlan) {
    for e in &root.children {
        let name = e.name.as_str();
        if PROJECT_USED.contains(&name) || is_default(&e.text) && e.children.is_empty() {
            continue;
        }
        if PROJECT_INFO.contains(&name) {
            plan.notes.push(Note::new(
                e.line,
                "project",
                name,
                format!("<{name}> has no place in the pmo format; not imported"),
            ));
        } else {
            count_recomputed(plan, format!("project {name}"));
        }
    }
}

/// A summary task on the outline stack: its level and name.
struct Open {
    level: i32,
    name: String,
    uid: String,
}

fn read_tasks(tasks: &[Element], minutes_per_day: f64, plan: &mut ImportPlan) {
    let mut stack: Vec<Open> = Vec::new();
    // Leaf tasks under each summary task, for links to and from summaries.
    let mut leaves: HashMap<String, Vec<String>> = HashMap::new();
    let mut summaries: HashMap<String, String> = HashMap::new();
    let mut raw_links: Vec<(usize, &Element)> = Vec::new();
    for t in tasks.iter().filter(|t| t.name == "Task") {
        let uid = t.text_of("UID").unwrap_or("").to_string();
        if flag(t.text_of("IsNull")) || uid.is_empty() {
            continue;
        }
        // Levels past i32::MAX (no plan nests so deep) count as that level.
        let level = whole_in(
            number(t.text_of("OutlineLevel")).unwrap_or(1.0),
            0,
            i32::MAX,
        );
        if uid == "0" || level == 0 {
            // The project summary task: only its baseline is the project's.
            let (bs, bf) = baseline(t, "project", &mut plan.notes);
            plan.baseline_start = bs;
            plan.baseline_finish = bf;
            continue;
        }
        stack.retain(|o| o.level < level);
        let name = t.text_of("Name").unwrap_or("").to_string();
        if flag(t.text_of("Summary")) {
            summaries.insert(uid.clone(), name.clone());
            stack.push(Open { level, name, uid });
            continue;
        }
        for o in &stack {
            leaves.entry(o.uid.clone()).or_default().push(uid.clone());
        }
        let task = read_task(t, uid, name, &stack, minutes_per_day, plan);
        raw_links.push((plan.tasks.len(), t));
        plan.tasks.push(task);
    }
    let durations: HashMap<String, f64> = plan
        .tasks
        .iter()
        .map(|t| (t.key.clone(), t.duration_days.unwrap_or(0.0)))
        .collect();
    for (i, t) in raw_links {
        // `i` is where the task was pushed just above: always there.
        let Some(task) = plan.tasks.get_mut(i) else {
            continue;
        };
        let subject = subject(task);
        task.links = links(
            t,
            &subject,
            &leaves,
            &summaries,
            minutes_per_day,
            &durations,
            &mut plan.notes,
        );
    }
    // Links whose successor is a summary task apply to each task inside it.
    for t in tasks.iter().filter(|t| flag(t.text_of("Summary"))) {
        summary_successor(t, &leaves, minutes_per_day, plan);
    }
    for task in &mut plan.tasks {
        task.keep_start |= task.links.is_empty() && !task.keep_finish && task.start.is_some();
    }
}

fn subject(t: &ImportTask) -> String {
    format!("task {} \"{}\"", t.key, t.name)
}

fn read_task(
    t: &Element,
    uid: String,
    name: String,
    stack: &[Open],
    minutes_per_day: f64,
    plan: &mut ImportPlan,
) -> ImportTask {
    let milestone = flag(t.text_of("Milestone"));
    let mut task = ImportTask {
        key: uid,
        name,
        group: stack.iter().map(|o| o.name.clone()).collect(),
        milestone,
        start: t.text_of("Start").and_then(date),
        finish: t.text_of("Finish").and_then(date),
        duration_days: (!milestone)
            .then(|| t.text_of("Duration").and_then(hours))
            .flatten()
            .map(|h| h * 60.0 / minutes_per_day),
        work_hours: t.text_of("Work").and_then(hours).filter(|h| *h > 0.0),
        progress: number(t.text_of("PercentComplete")),
        line: t.line,
        ..ImportTask::default()
    };
    let subject = subject(&task);
    if milestone && task.progress.is_some_and(|p| p >= 100.0) {
        task.done_on = t.text_of("ActualFinish").and_then(date).or(task.finish);
    }
    if let Some(actual) = t.text_of("ActualStart").and_then(date) {
        // Work that has started is fixed in fact, whatever its links say.
        task.start = Some(actual);
        task.keep_start = !milestone;
    }
    if flag(t.text_of("Manual")) {
        task.keep_start = true;
    }
    constraint(t, &mut task, &subject, &mut plan.notes);
    if let (Some(wbs), Some(outline)) = (t.text_of("WBS"), t.text_of("OutlineNumber"))
        && wbs != outline
    {
        plan.notes.push(Note::new(
            t.child("WBS").map_or(t.line, |w| w.line),
            &subject,
            "WBS code",
            format!("WBS code {wbs}: pmo keeps the outline as groups, not its codes"),
        ));
    }
    let (bs, bf) = baseline(t, &subject, &mut plan.notes);
    task.baseline_start = bs;
    task.baseline_finish = bf;
    leftovers(t, TASK_USED, TASK_RECOMPUTED, "task", &subject, plan);
    task
}

/// Reports the children of `parent` that were not read: a note for each
/// that carries information, a count for those pmo recomputes.
pub fn leftovers(
    parent: &Element,
    used: &[&str],
    recomputed: &[&str],
    kind: &str,
    subject: &str,
    plan: &mut ImportPlan,
) {
    for e in &parent.children {
        let n = e.name.as_str();
        // 500 is MS Project's default priority.
        let default = is_default(&e.text) || n == "Priority" && e.text.trim() == "500";
        if used.contains(&n) || default && e.children.is_empty() {
            continue;
        }
        if recomputed.contains(&n) {
            count_recomputed(plan, format!("{kind} {n}"));
            continue;
        }
        plan.notes.push(Note::new(
            e.line,
            subject,
            &format!("{kind} {n}"),
            format!("<{n}> has no place in the pmo format; not imported"),
        ));
    }
}

/// Counts one more element pmo recomputes. The elements of a file held in
/// memory are far fewer than usize::MAX: the count never saturates.
fn count_recomputed(plan: &mut ImportPlan, what: String) {
    let n = plan.recomputed.entry(what).or_default();
    *n = n.saturating_add(1);
}

/// `x` held to `lo..=hi` and cut to a whole number: the fraction dropped
/// and a NaN made 0, as the `as` casts this replaced did. Callers pass
/// constant bounds with `lo <= hi` (`clamp` panics otherwise).
#[allow(
    clippy::cast_possible_truncation,
    reason = "clamped into lo..=hi, inside i32's range, just before the cast"
)]
fn whole_in(x: f64, lo: i32, hi: i32) -> i32 {
    x.clamp(f64::from(lo), f64::from(hi)) as i32
}

/// MSPDI constraint types: 0 as soon as possible, 1 as late as possible,
/// 2 must start on, 3 must finish on, 4 start no earlier than, 5 start no
/// later than, 6 finish no earlier than, 7 finish no later than.
fn constraint(t: &Element, task: &mut ImportTask, subject: &str, notes: &mut Vec<Note>) {
    let kind = t.text_of("ConstraintType").unwrap_or("0");
    let on = t.text_of("ConstraintDate").and_then(date);
    let line = t.child("ConstraintType").map_or(t.line, |c| c.line);
    let mut note = |msg: &str| notes.push(Note::new(line, subject, "constraint", msg));
    match (kind, on) {
        ("0", _) => {}
        // A milestone's date is its `due`, which pmo holds it to when
        // nothing comes before it.
        ("2" | "3" | "4" | "6", Some(_)) if task.milestone => {
            if t.child("PredecessorLink").is_some() {
                note(
                    "a date constraint on a milestone with predecessors: pmo places it after them; not kept",
                );
            }
        }
        ("2" | "4", Some(d)) => {
            if kind == "2" {
                note("must-start-on kept as start-no-earlier-than (pmo `start`)");
            }
            // pmo holds a fixed start to its predecessors (`pmo validate`
            // S004), so a constraint the links overrule gives way to the
            // start they allow, as scheduled in the file.
            match task.start {
                Some(s) if s > d => note(&format!(
                    "start-no-earlier-than {d} is overruled by its links: pmo's `start` is the scheduled {s}"
                )),
                _ => task.start = Some(d),
            }
            task.keep_start = true;
        }
        ("3" | "6", Some(d)) if !task.milestone => {
            if kind == "3" {
                note("must-finish-on kept as finish-no-earlier-than (pmo `end`)");
            }
            if !task.keep_start {
                task.finish = Some(d);
                task.keep_finish = true;
            }
        }
        ("1", _) => note("as-late-as-possible: pmo schedules as soon as possible; not kept"),
        ("5", _) => note("start-no-later-than: pmo has no deadline constraint; not kept"),
        ("7", _) => note("finish-no-later-than: pmo has no deadline constraint; not kept"),
        _ => note(&format!(
            "constraint type {kind} without a usable date; not kept"
        )),
    }
}

/// Baseline 0 is pmo's baseline; baselines 1 to 10 have no place.
fn baseline(
    t: &Element,
    subject: &str,
    notes: &mut Vec<Note>,
) -> (Option<crate::model::Date>, Option<crate::model::Date>) {
    let mut out = (None, None);
    for b in t.all("Baseline") {
        match b.text_of("Number").unwrap_or("0") {
            "0" => {
                out = (
                    b.text_of("Start").and_then(date),
                    b.text_of("Finish").and_then(date),
                );
            }
            n => notes.push(Note::new(
                b.line,
                subject,
                "Baseline 1-10",
                format!("baseline {n}: pmo keeps one baseline; not imported"),
            )),
        }
    }
    out
}

/// A link's lag in working days. MSPDI stores tenths of a minute; the
/// format says whether they are working or elapsed time, or a percentage of
/// the predecessor's duration.
fn lag_days(
    link: &Element,
    pred_days: f64,
    minutes_per_day: f64,
    subject: &str,
    notes: &mut Vec<Note>,
) -> i32 {
    let raw = number(link.text_of("LinkLag")).unwrap_or(0.0);
    // The formats are small codes: a value outside -1..=100 is none of
    // them, before the clamp and after.
    let format = whole_in(number(link.text_of("LagFormat")).unwrap_or(7.0), -1, 100);
    let (days, how) = match format {
        19 | 20 | 51 | 52 => (pred_days * raw / 1000.0, Some("a percentage lag")),
        4 | 6 | 8 | 10 | 12 | 36 | 38 | 40 | 42 | 44 => {
            (raw / 10.0 / 1440.0 * 5.0 / 7.0, Some("an elapsed-time lag"))
        }
        _ => (raw / 10.0 / minutes_per_day, None),
    };
    let whole = days.round();
    if let Some(how) = how {
        notes.push(Note::new(
            link.line,
            subject,
            "lag",
            format!("{how} became {whole} working days"),
        ));
    } else if (days - whole).abs() > 1e-6 {
        notes.push(Note::new(
            link.line,
            subject,
            "lag",
            format!("a lag of {days:.2} working days rounded to {whole}: pmo counts whole days"),
        ));
    }
    whole_in(whole, -100_000, 100_000)
}

/// MSPDI link types: 0 finish-to-finish, 1 finish-to-start, 2
/// start-to-finish, 3 start-to-start.
fn link_type(code: Option<&str>) -> Option<LinkType> {
    match code.unwrap_or("1") {
        "0" => Some(LinkType::Ff),
        "1" => Some(LinkType::Fs),
        "3" => Some(LinkType::Ss),
        _ => None,
    }
}

fn links(
    t: &Element,
    subject: &str,
    leaves: &HashMap<String, Vec<String>>,
    summaries: &HashMap<String, String>,
    minutes_per_day: f64,
    duration: &HashMap<String, f64>,
    notes: &mut Vec<Note>,
) -> Vec<ImportLink> {
    let mut out = Vec::new();
    for l in t.all("PredecessorLink") {
        let Some(pred) = l.text_of("PredecessorUID") else {
            continue;
        };
        let Some(kind) = link_type(l.text_of("Type")) else {
            notes.push(Note::new(
                l.line,
                subject,
                "SF link",
                format!(
                    "start-to-finish link from task {pred}: pmo has no such link; not imported"
                ),
            ));
            continue;
        };
        if flag(l.text_of("CrossProject")) {
            notes.push(Note::new(
                l.line,
                subject,
                "cross-project link",
                "link to another project file: not imported (name it with `project:` by hand)",
            ));
            continue;
        }
        let lag = lag_days(
            l,
            *duration.get(pred).unwrap_or(&0.0),
            minutes_per_day,
            subject,
            notes,
        );
        if let Some(name) = summaries.get(pred) {
            // A summary finishes when its last task does: a finish link
            // from it is a finish link from each of its tasks.
            if kind == LinkType::Ss {
                notes.push(Note::new(
                    l.line,
                    subject,
                    "link from a summary",
                    format!("start-to-start link from summary \"{name}\": pmo groups are not scheduled; not imported"),
                ));
                continue;
            }
            for leaf in leaves.get(pred).into_iter().flatten() {
                out.push(ImportLink {
                    predecessor: leaf.clone(),
                    link: kind,
                    lag,
                });
            }
            continue;
        }
        out.push(ImportLink {
            predecessor: pred.to_string(),
            link: kind,
            lag,
        });
    }
    out
}

/// Links on a summary task: each task inside it gets them (exact for
/// finish-to-start and start-to-start; other types are reported).
fn summary_successor(
    t: &Element,
    leaves: &HashMap<String, Vec<String>>,
    minutes_per_day: f64,
    plan: &mut ImportPlan,
) {
    let uid = t.text_of("UID").unwrap_or("");
    let subject = format!("summary {uid} \"{}\"", t.text_of("Name").unwrap_or(""));
    let inside: std::collections::HashSet<&String> =
        leaves.get(uid).into_iter().flatten().collect();
    for l in t.all("PredecessorLink") {
        let Some(pred) = l.text_of("PredecessorUID") else {
            continue;
        };
        let kind = link_type(l.text_of("Type"));
        if !matches!(kind, Some(LinkType::Fs | LinkType::Ss))
            || !plan.tasks.iter().any(|x| x.key == pred)
        {
            plan.notes.push(Note::new(
                l.line,
                &subject,
                "link to a summary",
                "link into a summary task of this type or from another summary: not imported",
            ));
            continue;
        }
        let lag = lag_days(l, 0.0, minutes_per_day, &subject, &mut plan.notes);
        for task in plan.tasks.iter_mut().filter(|x| inside.contains(&x.key)) {
            task.links.push(ImportLink {
                predecessor: pred.to_string(),
                link: kind.unwrap_or_default(),
                lag,
            });
        }
    }
    leftovers(t, TASK_USED, TASK_RECOMPUTED, "summary", &subject, plan);
}

/// Base calendars other than the project's and the resources' are not
/// used by pmo's schedule.
fn other_calendars(calendars: &[RawCalendar], root: &Element, plan: &mut ImportPlan) {
    let project = root.text_of("CalendarUID");
    let used: Vec<&str> = root
        .child("Resources")
        .into_iter()
        .flat_map(|r| r.all("Resource"))
        .filter_map(|r| r.text_of("CalendarUID"))
        .chain(project)
        .collect();
    let bases: Vec<&str> = calendars.iter().filter_map(|c| c.base.as_deref()).collect();
    for c in calendars {
        if used.contains(&c.uid.as_str()) || bases.contains(&c.uid.as_str()) {
            continue;
        }
        plan.notes.push(Note::new(
            c.line,
            &format!("calendar \"{}\"", c.name),
            "calendar",
            "a calendar other than the project's: pmo schedules on one calendar; not imported",
        ));
    }
}

#[cfg(test)]
// In a test an out-of-bounds index is a failed test, which is the point.
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_held_in_range_as_the_casts_did() {
        assert_eq!(whole_in(19.7, -1, 100), 19);
        assert_eq!(whole_in(-0.5, 0, i32::MAX), 0);
        assert_eq!(whole_in(1e300, -1, 100), 100);
        assert_eq!(whole_in(-1e300, -100_000, 100_000), -100_000);
        assert_eq!(whole_in(f64::NAN, -1, 100), 0);
    }

    const DOC: &str = r#"<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Title>T</Title><MinutesPerDay>480</MinutesPerDay><CalendarUID>1</CalendarUID>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><BaseCalendarUID>-1</BaseCalendarUID>
<WeekDays><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays>
<Exceptions>
<Exception><TimePeriod><FromDate>2026-10-01T00:00:00</FromDate><ToDate>2026-10-02T23:59:00</ToDate></TimePeriod><Type>1</Type><Occurrences>1</Occurrences><DayWorking>0</DayWorking></Exception>
<Exception><TimePeriod><FromDate>2026-10-10T00:00:00</FromDate><ToDate>2026-10-10T23:59:00</ToDate></TimePeriod><Type>1</Type><Occurrences>1</Occurrences><DayWorking>1</DayWorking></Exception>
<Exception><Name>Every Monday</Name><Type>6</Type><Occurrences>10</Occurrences><DayWorking>0</DayWorking></Exception>
</Exceptions></Calendar></Calendars>
<Tasks>
<Task><UID>0</UID><OutlineLevel>0</OutlineLevel><Summary>1</Summary><Baseline><Number>0</Number><Start>2026-09-01T08:00:00</Start><Finish>2026-12-31T17:00:00</Finish></Baseline></Task>
<Task><UID>1</UID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
<Task><UID>2</UID><Name>A</Name><OutlineLevel>2</OutlineLevel><Start>2026-09-01T08:00:00</Start><Duration>PT40H0M0S</Duration>
  <ConstraintType>2</ConstraintType><ConstraintDate>2026-09-01T08:00:00</ConstraintDate>
  <Baseline><Number>1</Number><Start>2026-08-01T08:00:00</Start></Baseline><Notes>why</Notes></Task>
<Task><UID>3</UID><Name>B</Name><OutlineLevel>2</OutlineLevel><Duration>PT20H0M0S</Duration>
  <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>3</Type><LinkLag>500</LinkLag><LagFormat>20</LagFormat></PredecessorLink>
  <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>2</Type></PredecessorLink></Task>
<Task><UID>4</UID><Name>After build</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><ConstraintType>1</ConstraintType>
  <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>24000</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
</Tasks>
<Resources><Resource><UID>1</UID><Name>Cable</Name><Type>0</Type></Resource><Resource><UID>2</UID><Name>Li Na</Name><Type>1</Type><MaxUnits>0.5</MaxUnits></Resource></Resources>
<Assignments><Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID></Assignment>
<Assignment><UID>2</UID><TaskUID>2</TaskUID><ResourceUID>2</ResourceUID><Units>0.5</Units></Assignment></Assignments>
</Project>"#;

    fn whats(plan: &ImportPlan) -> Vec<&str> {
        plan.notes.iter().map(|n| n.what.as_str()).collect()
    }

    #[test]
    fn outline_links_constraints_calendar_and_notes() {
        let plan = read(DOC).unwrap();
        let d = |s: &str| s.parse::<crate::model::Date>().unwrap();
        assert_eq!(plan.baseline_start, Some(d("2026-09-01")));
        let cal = plan.calendar.as_ref().unwrap();
        assert_eq!(cal.working_days.len(), 5);
        assert_eq!(cal.holidays, [d("2026-10-01"), d("2026-10-02")]);
        assert_eq!(cal.workdays, [d("2026-10-10")]);
        let [a, b, after] = plan.tasks.as_slice() else {
            panic!("three tasks: {:?}", plan.tasks)
        };
        assert_eq!(a.group, ["Build"]);
        assert!(a.keep_start && a.start == Some(d("2026-09-01")));
        assert_eq!(a.duration_days, Some(5.0));
        // SS with a 50 % lag of a 5-day predecessor; the SF link is dropped.
        assert_eq!(b.links.len(), 1);
        assert_eq!((b.links[0].link, b.links[0].lag), (LinkType::Ss, 3));
        // A link from the summary is a link from each task inside it.
        let preds: Vec<&str> = after.links.iter().map(|l| l.predecessor.as_str()).collect();
        assert_eq!(preds, ["2", "3"]);
        assert!(
            after
                .links
                .iter()
                .all(|l| l.lag == 5 && l.link == LinkType::Fs)
        );
        // Material resources are not people; their assignments are not owners.
        assert_eq!(plan.resources.len(), 1);
        assert_eq!(plan.resources[0].fte, Some(0.5));
        assert_eq!(a.assignments.len(), 1);
        let whats = whats(&plan);
        for what in [
            "recurring exception",
            "constraint",
            "Baseline 1-10",
            "task Notes",
            "SF link",
            "lag",
            "material or cost resource",
        ] {
            assert!(whats.contains(&what), "{what} in {whats:?}");
        }
        // The ALAP constraint and the must-start-on are both reported.
        assert_eq!(whats.iter().filter(|w| **w == "constraint").count(), 2);
    }
}

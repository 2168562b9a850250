//! Tasks from a spreadsheet saved as CSV (RFC 4180, UTF-8, a header row).
//! Columns are found by their header, case and spacing aside; MS Project's
//! own column names ("Task Name", "Predecessors", "% Complete", ...) are
//! understood, and `--map "Header=field"` names any other. The fields and
//! their formats are in docs/interchange.md.

// The CSV is untrusted input: its numbers, lines and column counts pass
// through here. No silent overflow, truncation or out-of-bounds panic: use
// checked or saturating arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

use std::collections::HashMap;

use anyhow::{Result, bail};

use super::plan::{ImportAssignment, ImportLink, ImportPlan, ImportResource, ImportTask, Note};
use crate::model::{Date, LinkType};

/// The fields a column can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Id,
    Name,
    Group,
    OutlineLevel,
    Milestone,
    Start,
    End,
    Duration,
    Effort,
    DependsOn,
    Progress,
    Owner,
    Role,
    BaselineStart,
    BaselineEnd,
}

/// Field names (for `--map`) and the headers read as each, normalized:
/// lowercase, with spaces, `_` and `-` removed.
const FIELDS: &[(Field, &str, &[&str])] = &[
    (Field::Id, "id", &["id", "taskid", "uniqueid"]),
    (Field::Name, "name", &["name", "taskname", "task", "title"]),
    (Field::Group, "group", &["group", "phase", "wbsgroup"]),
    (
        Field::OutlineLevel,
        "outline_level",
        &["outlinelevel", "level"],
    ),
    (Field::Milestone, "milestone", &["milestone"]),
    (Field::Start, "start", &["start", "startdate"]),
    (
        Field::End,
        "end",
        &["end", "enddate", "finish", "finishdate"],
    ),
    (Field::Duration, "duration", &["duration", "days"]),
    (Field::Effort, "effort", &["effort", "work", "hours"]),
    (
        Field::DependsOn,
        "depends_on",
        &["dependson", "predecessors", "dependencies"],
    ),
    (
        Field::Progress,
        "progress",
        &["progress", "%complete", "percentcomplete", "complete"],
    ),
    (
        Field::Owner,
        "owner",
        &["owner", "resourcenames", "resource", "assignedto"],
    ),
    (Field::Role, "role", &["role"]),
    (Field::BaselineStart, "baseline_start", &["baselinestart"]),
    (
        Field::BaselineEnd,
        "baseline_end",
        &["baselineend", "baselinefinish"],
    ),
];

fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '\t'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which field each column holds, from the headers and the `--map` options.
fn columns(
    headers: &[String],
    map: &[String],
    notes: &mut Vec<Note>,
) -> Result<Vec<Option<Field>>> {
    let mut explicit: HashMap<String, Field> = HashMap::new();
    for m in map {
        let Some((header, field)) = m.rsplit_once('=') else {
            bail!("--map `{m}`: write it as HEADER=FIELD, e.g. \"Task Name=name\"");
        };
        let Some((f, _, _)) = FIELDS.iter().find(|(_, name, _)| *name == field.trim()) else {
            let names: Vec<&str> = FIELDS.iter().map(|(_, n, _)| *n).collect();
            bail!(
                "--map `{m}`: no field `{}`; the fields are {}",
                field.trim(),
                names.join(", ")
            );
        };
        explicit.insert(normalize(header), *f);
    }
    let mut out = Vec::new();
    for (k, h) in headers.iter().enumerate() {
        let n = normalize(h);
        // `k` indexes a Vec, so `k + 1` never reaches usize::MAX.
        let number = k.saturating_add(1);
        let field = explicit.get(&n).copied().or_else(|| {
            FIELDS
                .iter()
                .find(|(_, _, names)| names.contains(&n.as_str()))
                .map(|(f, _, _)| *f)
        });
        if field.is_none() && !n.is_empty() {
            notes.push(Note::new(
                1,
                &format!("column {number} \"{h}\""),
                "column",
                "no pmo field for this column (name one with --map); not imported",
            ));
        }
        if let Some(f) = field
            && out.contains(&Some(f))
        {
            bail!("line 1: two columns hold the field of `{h}`; keep one or rename it with --map");
        }
        out.push(field);
    }
    if !out.contains(&Some(Field::Name)) {
        bail!("line 1: no task name column (a `name` header, or --map \"YOUR HEADER=name\")");
    }
    Ok(out)
}

/// Reads the CSV text into a plan.
pub fn read(text: &str, map: &[String]) -> Result<ImportPlan> {
    let mut plan = ImportPlan::default();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers()?.iter().map(str::to_string).collect();
    let cols = columns(&headers, map, &mut plan.notes)?;
    let mut rows: Vec<(usize, HashMap<Field, String>)> = Vec::new();
    for record in reader.records() {
        let record = record?;
        // The text is in memory: it has fewer lines than usize::MAX.
        let line = record
            .position()
            .map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
        let mut row = HashMap::new();
        for (value, field) in record.iter().zip(&cols) {
            if let Some(f) = field
                && !value.trim().is_empty()
            {
                row.insert(*f, value.trim().to_string());
            }
        }
        if !row.is_empty() {
            rows.push((line, row));
        }
    }
    let summaries = summary_rows(&rows)?;
    let mut outline: Vec<(usize, String)> = Vec::new();
    for (k, (line, row)) in rows.iter().enumerate() {
        let level = level(row, *line)?;
        outline.retain(|(l, _)| *l < level);
        let name = row.get(&Field::Name).cloned().unwrap_or_default();
        if summaries.contains(&k) {
            outline.push((level, name));
            continue;
        }
        let mut group: Vec<String> = outline.iter().map(|(_, n)| n.clone()).collect();
        if let Some(g) = row.get(&Field::Group) {
            group.extend(
                g.split(" / ")
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty()),
            );
        }
        let task = task(k, *line, row, name, group, &mut plan)?;
        plan.tasks.push(task);
    }
    links(&rows, &summaries, &mut plan)?;
    Ok(plan)
}

fn level(row: &HashMap<Field, String>, line: usize) -> Result<usize> {
    match row.get(&Field::OutlineLevel) {
        None => Ok(1),
        Some(v) => v.parse::<usize>().map_err(|_| {
            anyhow::anyhow!("line {line}, outline_level: `{v}` is not a whole number")
        }),
    }
}

/// Rows followed by a deeper row are summaries: they become groups.
fn summary_rows(rows: &[(usize, HashMap<Field, String>)]) -> Result<Vec<usize>> {
    let mut out = Vec::new();
    for (k, pair) in rows.windows(2).enumerate() {
        if let [(line, row), (next_line, next)] = pair
            && level(next, *next_line)? > level(row, *line)?
        {
            out.push(k);
        }
    }
    Ok(out)
}

fn key(k: usize, row: &HashMap<Field, String>) -> String {
    row.get(&Field::Id)
        .cloned()
        // `k` indexes a Vec, so `k + 1` never reaches usize::MAX.
        .unwrap_or_else(|| k.saturating_add(1).to_string())
}

fn task(
    k: usize,
    line: usize,
    row: &HashMap<Field, String>,
    name: String,
    group: Vec<String>,
    plan: &mut ImportPlan,
) -> Result<ImportTask> {
    let cells = Cells { row, line };
    let duration = cells.read(
        Field::Duration,
        "duration",
        "a duration (5, 5d, 40h)",
        parse_days,
    )?;
    let milestone = row.get(&Field::Milestone).is_some_and(|v| is_yes(v)) || duration == Some(0.0);
    let key = key(k, row);
    let id = row.get(&Field::Id).map(|id| {
        if id.chars().all(|c| c.is_ascii_digit()) {
            format!("{}-{id}", if milestone { "m" } else { "t" })
        } else {
            id.clone()
        }
    });
    let start = cells.date(Field::Start, "start")?;
    let end = cells.date(Field::End, "end")?;
    let progress = cells.read(
        Field::Progress,
        "progress",
        "a percentage (0 to 100)",
        |v| {
            v.trim_end_matches('%')
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|p| (0.0..=100.0).contains(p))
        },
    )?;
    let effort = cells.read(Field::Effort, "effort", "a number of hours", parse_hours)?;
    let mut task = ImportTask {
        key,
        id,
        name,
        group,
        milestone,
        start,
        finish: if milestone { end.or(start) } else { end },
        keep_start: start.is_some() && !milestone,
        keep_finish: end.is_some() && start.is_none() && duration.is_some(),
        duration_days: if milestone { None } else { duration },
        work_hours: effort,
        progress,
        role: row.get(&Field::Role).cloned(),
        baseline_start: cells.date(Field::BaselineStart, "baseline_start")?,
        baseline_finish: cells.date(Field::BaselineEnd, "baseline_end")?,
        line,
        ..ImportTask::default()
    };
    if milestone && progress.is_some_and(|p| p >= 100.0) {
        task.done_on = task.finish;
    }
    if let Some(owners) = row.get(&Field::Owner) {
        assign(&mut task, owners, line, plan);
    }
    Ok(task)
}

/// A row's cells, read with errors that name the line and the column.
struct Cells<'a> {
    row: &'a HashMap<Field, String>,
    line: usize,
}

impl Cells<'_> {
    /// The cell of `field` parsed by `parse`; an error saying it is not
    /// `expected` when it does not parse; `None` when empty.
    fn read<T>(
        &self,
        field: Field,
        label: &str,
        expected: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>> {
        self.row
            .get(&field)
            .map(|v| {
                parse(v).ok_or_else(|| {
                    anyhow::anyhow!("line {}, {label}: `{v}` is not {expected}", self.line)
                })
            })
            .transpose()
    }

    fn date(&self, field: Field, label: &str) -> Result<Option<Date>> {
        self.read(field, label, "a date (YYYY-MM-DD)", parse_date)
    }
}

/// The task's owners (`Li Na[50%]; Wang Fang`) as assignments, each a
/// resource of the plan.
fn assign(task: &mut ImportTask, owners: &str, line: usize, plan: &mut ImportPlan) {
    for owner in owners
        .split([',', ';'])
        .map(str::trim)
        .filter(|o| !o.is_empty())
    {
        // MS Project writes units after the name: "Li Na[50%]".
        let (name, units) = match owner.split_once('[') {
            Some((n, u)) => (
                n.trim(),
                u.trim_end_matches(']')
                    .trim_end_matches('%')
                    .parse::<f64>()
                    .ok()
                    .map(|x| x / 100.0),
            ),
            None => (owner, None),
        };
        if !plan.resources.iter().any(|r| r.key == name) {
            plan.resources.push(ImportResource {
                key: name.to_string(),
                name: name.to_string(),
                line,
                ..ImportResource::default()
            });
        }
        // The one with most work owns the task; the rest go on the team.
        task.assignments.push(ImportAssignment {
            resource: name.to_string(),
            units: units.unwrap_or(1.0),
            work_hours: None,
        });
    }
}

fn links(
    rows: &[(usize, HashMap<Field, String>)],
    summaries: &[usize],
    plan: &mut ImportPlan,
) -> Result<()> {
    let mut keys: Vec<String> = rows
        .iter()
        .enumerate()
        .filter(|(k, _)| !summaries.contains(k))
        .map(|(k, (_, r))| key(k, r))
        .collect();
    // Longest first, so `t-10` is not read as `t-1` and a lag of `0`.
    keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
    // `read` made one task of each row that is not a summary, in order.
    let task_rows = rows
        .iter()
        .enumerate()
        .filter(|(k, _)| !summaries.contains(k))
        .map(|(_, row)| row);
    for (task, (line, row)) in plan.tasks.iter_mut().zip(task_rows) {
        let Some(list) = row.get(&Field::DependsOn) else {
            continue;
        };
        for item in list
            .split([',', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let Some(pred) = keys.iter().find(|key| item.starts_with(key.as_str())) else {
                let subject = format!("line {line}");
                plan.notes.push(Note::new(
                    *line,
                    &subject,
                    "link",
                    format!("`{item}` names no task of the file; not imported"),
                ));
                continue;
            };
            let (link, lag) = parse_link(&item[pred.len()..]).ok_or_else(|| {
                anyhow::anyhow!("line {line}, depends_on: `{item}` is not ID, ID+2, IDSS or IDFF-1")
            })?;
            match link {
                Some(link) => task.links.push(ImportLink {
                    predecessor: pred.clone(),
                    link,
                    lag,
                }),
                None => plan.notes.push(Note::new(
                    *line,
                    &format!("line {line}"),
                    "SF link",
                    format!("`{item}`: pmo has no start-to-finish link; not imported"),
                )),
            }
        }
    }
    Ok(())
}

/// `SS+2`, `FF-1d`, `+3`, `` (finish-to-start, no lag); `None` link for SF.
fn parse_link(rest: &str) -> Option<(Option<LinkType>, i32)> {
    let rest = rest.trim();
    let (kind, lag) = match rest.get(..2).map(str::to_ascii_uppercase).as_deref() {
        Some("FS") => (Some(LinkType::Fs), &rest[2..]),
        Some("SS") => (Some(LinkType::Ss), &rest[2..]),
        Some("FF") => (Some(LinkType::Ff), &rest[2..]),
        Some("SF") => (None, &rest[2..]),
        _ => (Some(LinkType::Fs), rest),
    };
    let lag = lag.trim();
    if lag.is_empty() {
        return Some((kind, 0));
    }
    let days = parse_days(lag)?;
    Some((kind, whole_days(days)))
}

/// A finite number of days rounded to whole days, held to i32's range as
/// `as` would saturate it.
#[allow(
    clippy::cast_possible_truncation,
    reason = "rounded and clamped into i32's range just before the cast"
)]
fn whole_days(days: f64) -> i32 {
    days.round().clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32
}

fn parse_date(v: &str) -> Option<Date> {
    v.get(..10)?.parse().ok()
}

/// Working days: `5`, `5d`, `5 days`, `1w` (5 days), `40h` (at 8 hours).
fn parse_days(v: &str) -> Option<f64> {
    let v = v.trim().to_ascii_lowercase();
    let split = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(v.len());
    let n: f64 = v[..split].parse().ok()?;
    let unit = v[split..].trim().trim_end_matches('?');
    let days = match unit {
        "" | "d" | "day" | "days" | "edays" => n,
        "w" | "wk" | "wks" | "week" | "weeks" => n * 5.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => n / 8.0,
        _ => return None,
    };
    days.is_finite().then_some(days)
}

/// Hours: `40`, `40h`, `40 hrs`, `5d` (at 8 hours).
fn parse_hours(v: &str) -> Option<f64> {
    let lower = v.trim().to_ascii_lowercase();
    if lower.ends_with('d') || lower.ends_with("days") {
        return parse_days(&lower).map(|d| d * 8.0);
    }
    let digits = lower.trim_end_matches(|c: char| c.is_alphabetic() || c == ' ');
    digits
        .parse::<f64>()
        .ok()
        .filter(|h| h.is_finite() && *h >= 0.0)
}

fn is_yes(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "yes" | "y" | "true" | "1" | "x" | "milestone"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_durations_and_hours() {
        assert_eq!(parse_link(""), Some((Some(LinkType::Fs), 0)));
        assert_eq!(parse_link("SS+2"), Some((Some(LinkType::Ss), 2)));
        assert_eq!(parse_link("ff-1d"), Some((Some(LinkType::Ff), -1)));
        assert_eq!(parse_link("SF"), Some((None, 0)));
        assert_eq!(parse_link("+3 days"), Some((Some(LinkType::Fs), 3)));
        assert_eq!(parse_link("XX"), None);
        // A lag past i32's range saturates, as the `as` cast it replaced did.
        assert_eq!(
            parse_link("+99999999999"),
            Some((Some(LinkType::Fs), i32::MAX))
        );
        assert_eq!(
            parse_link("-99999999999"),
            Some((Some(LinkType::Fs), i32::MIN))
        );
        assert_eq!(parse_days("2w"), Some(10.0));
        assert_eq!(parse_days("12h"), Some(1.5));
        assert_eq!(parse_hours("40 hrs"), Some(40.0));
        assert_eq!(parse_hours("2d"), Some(16.0));
    }
}

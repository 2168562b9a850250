//! An [`ImportPlan`] as pmo documents: the project (tasks, milestones,
//! team), its people and, in a new repository, `pmo.toml` and the program,
//! laid out as `pmo init` and the examples do. Nothing here touches the
//! disk; the caller writes the files only if none exists.

// The plan comes from an untrusted file: its names, keys and counts pass
// through here. No silent overflow, truncation or out-of-bounds panic: use
// checked or saturating arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use super::plan::{ImportPlan, ImportResource, ImportTask, Note};
use super::yaml::{number, quoted, scalar, slug};
use crate::model::{Date, LinkType};

/// Where the import goes.
#[derive(Clone, Debug)]
pub struct Target {
    pub project: String,
    pub program: String,
    /// The manager's person id, when given on the command line.
    pub manager: Option<String>,
    /// People already in the repository: (id, name); matched by name.
    pub people: Vec<(String, String)>,
    /// A new repository: write pmo.toml and the program too.
    pub new_repo: bool,
    /// The repository's calendar differs from the plan's (reported).
    pub calendar_differs: bool,
}

/// A file to write, relative to the repository root.
#[derive(Clone, Debug)]
pub struct OutFile {
    pub path: String,
    pub text: String,
}

/// Files and the notes of mapping (added to the reader's).
pub struct Mapped {
    pub files: Vec<OutFile>,
    pub notes: Vec<Note>,
}

/// pmo ids of the plan's items and people, by source key.
struct Ids {
    items: HashMap<String, (bool, String)>,
    people: HashMap<String, String>,
}

impl Ids {
    /// The id of a task or milestone of the plan. `assign_ids` gave every
    /// one an id; should a key ever lack one, the key itself stands in
    /// rather than a panic.
    fn item<'a>(&'a self, key: &'a str) -> &'a str {
        self.items.get(key).map_or(key, |(_, id)| id)
    }

    /// The person id of a resource of the plan; as for [`Ids::item`], every
    /// resource has one and the key stands in otherwise.
    fn person<'a>(&'a self, key: &'a str) -> &'a str {
        self.people.get(key).map_or(key, String::as_str)
    }
}

pub fn map(plan: &ImportPlan, target: &Target) -> anyhow::Result<Mapped> {
    let mut notes = Vec::new();
    let ids = assign_ids(plan, target);
    let (start, end) = span(plan)?;
    let manager = manager(plan, target, &ids, &mut notes);
    let mut files = Vec::new();
    let file_stem = slug(&target.project);
    let mut project = String::new();
    project_header(&mut project, plan, target, &manager, start, end);
    team(&mut project, plan, &ids, &manager.0);
    items(&mut project, plan, &ids, &mut notes);
    files.push(OutFile {
        path: format!("projects/{file_stem}.yaml"),
        text: project,
    });
    let people = people(plan, target, &ids, &manager);
    if !people.is_empty() {
        files.push(OutFile {
            path: format!("people/{file_stem}.yaml"),
            text: people,
        });
    }
    if target.new_repo {
        files.push(OutFile {
            path: "pmo.toml".into(),
            text: settings(plan),
        });
        files.push(OutFile {
            path: "program.yaml".into(),
            text: program(plan, target, &manager.0),
        });
    } else if let Some(company) = &plan.company {
        notes.push(Note::new(
            0,
            "project",
            "Company",
            format!("company \"{company}\": set the project's `customer:` by hand"),
        ));
    }
    if !target.new_repo && target.calendar_differs {
        notes.push(Note::new(
            0,
            "calendar",
            "calendar",
            "the plan's calendar differs from [calendar] in pmo.toml, which is kept: dates may shift",
        ));
    }
    Ok(Mapped { files, notes })
}

fn unique(base: String, taken: &mut HashSet<String>) -> String {
    let mut id = base.clone();
    let mut n: usize = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}-{n}");
        // Each turn meets one more id already taken, and `taken` is far
        // smaller than usize::MAX: `n` never saturates.
        n = n.saturating_add(1);
    }
    id
}

fn assign_ids(plan: &ImportPlan, target: &Target) -> Ids {
    let mut taken = HashSet::new();
    let mut items = HashMap::new();
    for t in &plan.tasks {
        let prefix = if t.milestone { "m" } else { "t" };
        let base = t.id.clone().unwrap_or_else(|| match slug(&t.name) {
            s if s.is_empty() => format!("{prefix}-{}", slug(&t.key)),
            s => format!("{prefix}-{s}"),
        });
        items.insert(t.key.clone(), (t.milestone, unique(base, &mut taken)));
    }
    let mut people = HashMap::new();
    let mut taken: HashSet<String> = target.people.iter().map(|(id, _)| id.clone()).collect();
    for r in &plan.resources {
        let existing = target
            .people
            .iter()
            .find(|(id, name)| *name == r.name || *id == r.name);
        let id = match (existing, &r.id) {
            (Some((id, _)), _) => id.clone(),
            (None, Some(id)) => unique(id.clone(), &mut taken),
            (None, None) => match slug(&r.name) {
                s if s.is_empty() => unique(format!("p-{}", slug(&r.key)), &mut taken),
                s => unique(format!("p-{s}"), &mut taken),
            },
        };
        people.insert(r.key.clone(), id);
    }
    Ids { items, people }
}

/// The project's dates: the file's, else the span of its tasks.
fn span(plan: &ImportPlan) -> anyhow::Result<(Date, Date)> {
    let dates = plan
        .tasks
        .iter()
        .flat_map(|t| t.start.iter().chain(&t.finish));
    let lo = plan.start.or_else(|| dates.clone().min().copied());
    let hi = plan.finish.or_else(|| dates.max().copied());
    match (lo, hi) {
        (Some(lo), Some(hi)) => Ok((lo, hi.max(lo))),
        _ => anyhow::bail!("the plan has no dates: neither a project start nor dated tasks"),
    }
}

/// The manager: `--manager`, else the person named as the file's manager,
/// else the first resource; (id, name, whether a new person is needed).
fn manager(
    plan: &ImportPlan,
    target: &Target,
    ids: &Ids,
    notes: &mut Vec<Note>,
) -> (String, String, bool) {
    if let Some(id) = &target.manager {
        return (id.clone(), id.clone(), false);
    }
    if let Some(name) = &plan.manager {
        if let Some(r) = plan.resources.iter().find(|r| &r.name == name) {
            return (ids.person(&r.key).to_string(), name.clone(), false);
        }
        if let Some((id, _)) = target.people.iter().find(|(_, n)| n == name) {
            return (id.clone(), name.clone(), false);
        }
        let id = match slug(name) {
            s if s.is_empty() => "p-manager".to_string(),
            s => format!("p-{s}"),
        };
        return (id, name.clone(), true);
    }
    let (id, name, new) = match plan.resources.first() {
        Some(r) => (ids.person(&r.key).to_string(), r.name.clone(), false),
        None => ("p-manager".to_string(), "Project manager".to_string(), true),
    };
    notes.push(Note::new(
        0,
        "project",
        "Manager",
        format!("the file names no manager: `{id}` made manager; set `manager:` (or --manager)"),
    ));
    (id, name, new)
}

fn project_header(
    out: &mut String,
    plan: &ImportPlan,
    target: &Target,
    manager: &(String, String, bool),
    start: Date,
    end: Date,
) {
    let name = plan.title.clone().unwrap_or_else(|| target.project.clone());
    let started = plan.tasks.iter().any(|t| t.progress.unwrap_or(0.0) > 0.0);
    let _ = writeln!(
        out,
        "# Imported by `pmo import`; see docs/interchange.md for what maps where."
    );
    let _ = writeln!(out, "kind: Project");
    let _ = writeln!(out, "id: {}", scalar(&target.project));
    let _ = writeln!(out, "name: {}", scalar(&name));
    let _ = writeln!(out, "program: {}", scalar(&target.program));
    if target.new_repo {
        let _ = writeln!(out, "customer: {}", scalar(&customer_id(target)));
        let _ = writeln!(out, "business: {}", scalar(&business_id(target)));
    }
    let _ = writeln!(out, "manager: {}", scalar(&manager.0));
    let _ = writeln!(
        out,
        "status: {}",
        if started { "active" } else { "planned" }
    );
    let _ = writeln!(out, "start: {start}");
    let _ = writeln!(out, "end: {end}");
    if let (Some(s), Some(f)) = (plan.baseline_start, plan.baseline_finish) {
        let _ = writeln!(out, "baseline: {{start: {s}, end: {f}}}");
    }
}

/// The project id without its `PRJ-` prefix, for the ids made from it.
fn stem(target: &Target) -> String {
    let s = slug(&target.project);
    s.strip_prefix("prj-").unwrap_or(&s).to_ascii_uppercase()
}

fn customer_id(target: &Target) -> String {
    format!("CUS-{}", stem(target))
}

fn business_id(target: &Target) -> String {
    format!("BIZ-{}", stem(target))
}

/// Everyone assigned, at their peak units over the span of their tasks.
fn team(out: &mut String, plan: &ImportPlan, ids: &Ids, manager: &str) {
    // Peak units, first day, last day, and whether every task is dated.
    let mut members: BTreeMap<String, (f64, Option<Date>, Option<Date>, bool)> = BTreeMap::new();
    for t in &plan.tasks {
        for a in &t.assignments {
            let Some(id) = ids.people.get(&a.resource) else {
                continue;
            };
            let m = members.entry(id.clone()).or_insert((0.0, None, None, true));
            m.0 = m.0.max(a.units);
            m.1 = min_opt(m.1, t.start);
            m.2 = max_opt(m.2, t.finish);
            m.3 &= t.start.is_some() && t.finish.is_some();
        }
    }
    let _ = writeln!(out, "team:");
    if !members.contains_key(manager) {
        let _ = writeln!(out, "  - person: {}", scalar(manager));
        let _ = writeln!(out, "    role: project-manager");
    }
    for (id, (units, from, to, dated)) in &members {
        let _ = writeln!(out, "  - person: {}", scalar(id));
        let pct = (units * 100.0).round();
        if pct != 100.0 {
            let _ = writeln!(out, "    allocation: {}", number(pct));
        }
        // Only a span every task of theirs falls in; else the project's.
        if let (Some(from), Some(to), true) = (from, to, dated) {
            let _ = writeln!(out, "    from: {from}");
            let _ = writeln!(out, "    to: {to}");
        }
    }
}

fn min_opt(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_opt(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn items(out: &mut String, plan: &ImportPlan, ids: &Ids, notes: &mut Vec<Note>) {
    let milestones: Vec<&ImportTask> = plan.tasks.iter().filter(|t| t.milestone).collect();
    if !milestones.is_empty() {
        let _ = writeln!(out, "milestones:");
    }
    for m in milestones {
        milestone(out, m, ids, notes);
    }
    let tasks: Vec<&ImportTask> = plan.tasks.iter().filter(|t| !t.milestone).collect();
    if !tasks.is_empty() {
        let _ = writeln!(out, "tasks:");
    }
    for t in tasks {
        task(out, t, ids, notes);
    }
}

fn milestone(out: &mut String, m: &ImportTask, ids: &Ids, notes: &mut Vec<Note>) {
    let Some(due) = m.finish.or(m.start) else {
        notes.push(Note::new(
            m.line,
            &format!("milestone \"{}\"", m.name),
            "milestone",
            "a milestone without a date: not imported",
        ));
        return;
    };
    let _ = writeln!(out, "  - id: {}", scalar(ids.item(&m.key)));
    let _ = writeln!(out, "    name: {}", scalar(&m.name));
    let _ = writeln!(out, "    due: {due}");
    group(out, m);
    if let Some(b) = m.baseline_finish {
        let _ = writeln!(out, "    baseline: {b}");
    }
    if let Some(d) = m.done_on {
        let _ = writeln!(out, "    done_on: {d}");
    }
    depends_on(out, m, ids, notes);
}

fn task(out: &mut String, t: &ImportTask, ids: &Ids, notes: &mut Vec<Note>) {
    let subject = format!("task {} \"{}\"", t.key, t.name);
    let _ = writeln!(out, "  - id: {}", scalar(ids.item(&t.key)));
    let _ = writeln!(out, "    name: {}", scalar(&t.name));
    group(out, t);
    // The owner is whoever carries most of the work: (person id, work).
    let mut assigned: Vec<(&str, f64)> = t
        .assignments
        .iter()
        .filter_map(|a| {
            let id = ids.people.get(&a.resource)?;
            Some((id.as_str(), a.work_hours.unwrap_or(a.units)))
        })
        .collect();
    assigned.sort_by(|a, b| b.1.total_cmp(&a.1));
    if let [(owner, _), others @ ..] = assigned.as_slice() {
        let _ = writeln!(out, "    owner: {}", scalar(owner));
        if !others.is_empty() {
            let others: Vec<&str> = others.iter().map(|(id, _)| *id).collect();
            notes.push(Note::new(
                t.line,
                &subject,
                "second assignment",
                format!(
                    "also assigned to {}: a pmo task has one owner (they are on the team)",
                    others.join(", ")
                ),
            ));
        }
    }
    if let Some(role) = &t.role {
        let _ = writeln!(out, "    role: {}", scalar(role));
    }
    if t.keep_start
        && let Some(s) = t.start
    {
        let _ = writeln!(out, "    start: {s}");
    } else if t.keep_finish
        && let Some(f) = t.finish
    {
        let _ = writeln!(out, "    end: {f}");
    }
    match (t.duration_days, t.finish) {
        (Some(d), _) => {
            let _ = writeln!(out, "    duration: {}", number((d * 100.0).round() / 100.0));
        }
        // Without a duration the dates say how long it is.
        (None, Some(f)) if !t.keep_finish => {
            let _ = writeln!(out, "    end: {f}");
        }
        _ => {}
    }
    let effort = t.work_hours.or_else(|| {
        let sum: f64 = t.assignments.iter().filter_map(|a| a.work_hours).sum();
        (sum > 0.0).then_some(sum)
    });
    if let Some(e) = effort {
        let _ = writeln!(out, "    effort: {}", number((e * 100.0).round() / 100.0));
    }
    depends_on(out, t, ids, notes);
    if let Some(p) = t.progress.filter(|p| *p > 0.0) {
        let _ = writeln!(out, "    progress: {}", number(p.clamp(0.0, 100.0)));
    }
    if t.baseline_start.is_some() || t.baseline_finish.is_some() {
        let mut parts = Vec::new();
        if let Some(s) = t.baseline_start {
            parts.push(format!("start: {s}"));
        }
        if let Some(f) = t.baseline_finish {
            parts.push(format!("end: {f}"));
        }
        let _ = writeln!(out, "    baseline: {{{}}}", parts.join(", "));
    }
}

fn group(out: &mut String, t: &ImportTask) {
    if !t.group.is_empty() {
        let groups: Vec<String> = t.group.iter().map(|g| scalar(g)).collect();
        let _ = writeln!(out, "    group: [{}]", groups.join(", "));
    }
}

fn depends_on(out: &mut String, t: &ImportTask, ids: &Ids, notes: &mut Vec<Note>) {
    let mut lines = Vec::new();
    for l in &t.links {
        let Some((milestone, id)) = ids.items.get(&l.predecessor) else {
            notes.push(Note::new(
                t.line,
                &format!("task {} \"{}\"", t.key, t.name),
                "link",
                format!(
                    "predecessor {} is not a task or milestone of the plan; not imported",
                    l.predecessor
                ),
            ));
            continue;
        };
        let mut s = format!(
            "{{{}: {}",
            if *milestone { "milestone" } else { "task" },
            scalar(id)
        );
        match l.link {
            LinkType::Fs => {}
            LinkType::Ss => s.push_str(", type: ss"),
            LinkType::Ff => s.push_str(", type: ff"),
        }
        if l.lag != 0 {
            let _ = write!(s, ", lag: {}", l.lag);
        }
        s.push('}');
        lines.push(s);
    }
    if !lines.is_empty() {
        let _ = writeln!(out, "    depends_on:");
        for s in lines {
            let _ = writeln!(out, "      - {s}");
        }
    }
}

fn people(
    plan: &ImportPlan,
    target: &Target,
    ids: &Ids,
    manager: &(String, String, bool),
) -> String {
    let mut out = String::new();
    let existing: HashSet<&str> = target.people.iter().map(|(id, _)| id.as_str()).collect();
    let mut docs = Vec::new();
    if manager.2 {
        docs.push(format!(
            "kind: Person\nid: {}\nname: {}\nroles: [project-manager]\n",
            scalar(&manager.0),
            scalar(&manager.1)
        ));
    }
    for r in &plan.resources {
        let id = ids.person(&r.key);
        if existing.contains(id) {
            continue;
        }
        docs.push(person(r, id));
    }
    for (i, d) in docs.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        out.push_str(d);
    }
    out
}

fn person(r: &ImportResource, id: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "kind: Person");
    let _ = writeln!(out, "id: {}", scalar(id));
    let _ = writeln!(out, "name: {}", scalar(&r.name));
    if let Some(d) = &r.department {
        let _ = writeln!(out, "department: {}", scalar(d));
    }
    if let Some(f) = r.fte {
        let _ = writeln!(out, "fte: {}", number(f));
    }
    if let Some(c) = r.cost_rate {
        let _ = writeln!(out, "cost_rate: {}", number(c));
    }
    if !r.days_off.is_empty() {
        let _ = writeln!(out, "days_off:");
        for (from, to) in &r.days_off {
            if from == to {
                let _ = writeln!(out, "  - {{from: {from}}}");
            } else {
                let _ = writeln!(out, "  - {{from: {from}, to: {to}}}");
            }
        }
    }
    out
}

fn settings(plan: &ImportPlan) -> String {
    let mut out = String::new();
    let name = plan.title.clone().unwrap_or_else(|| "Imported plan".into());
    let _ = writeln!(
        out,
        "# Written by `pmo import`; `pmo schema settings` lists every setting."
    );
    let _ = writeln!(out, "format = 1");
    let _ = writeln!(out, "name = {}", quoted(&name));
    if let Some(c) = &plan.calendar {
        let days: Vec<String> = c
            .working_days
            .iter()
            .map(|d| format!("\"{}\"", weekday_key(*d)))
            .collect();
        let _ = writeln!(out, "\n[calendar]");
        let _ = writeln!(out, "working_days = [{}]", days.join(", "));
        let _ = writeln!(out, "hours_per_day = {}", number(c.hours_per_day));
        let list = |ds: &[Date]| {
            ds.iter()
                .map(|d| format!("\"{d}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(out, "holidays = [{}]", list(&c.holidays));
        let _ = writeln!(out, "workdays = [{}]", list(&c.workdays));
    }
    out
}

fn weekday_key(d: crate::model::Weekday) -> &'static str {
    use crate::model::Weekday::*;
    match d {
        Mon => "mon",
        Tue => "tue",
        Wed => "wed",
        Thu => "thu",
        Fri => "fri",
        Sat => "sat",
        Sun => "sun",
    }
}

fn program(plan: &ImportPlan, target: &Target, manager: &str) -> String {
    let name = plan.title.clone().unwrap_or_else(|| target.project.clone());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Written by `pmo import`: one program holding the imported project."
    );
    let _ = writeln!(out, "kind: Program");
    let _ = writeln!(out, "id: {}", scalar(&target.program));
    let _ = writeln!(out, "name: {}", scalar(&name));
    let _ = writeln!(out, "type: single-customer");
    let _ = writeln!(out, "stage: integrated-management");
    let _ = writeln!(out, "leadership:\n  program_manager: {}", scalar(manager));
    let _ = writeln!(
        out,
        "customers:\n  - id: {}\n    name: {}",
        scalar(&customer_id(target)),
        scalar(
            &plan
                .company
                .clone()
                .unwrap_or_else(|| format!("Customer of {name}"))
        )
    );
    let _ = writeln!(
        out,
        "businesses:\n  - id: {}\n    name: {}",
        scalar(&business_id(target)),
        scalar(&name)
    );
    out
}

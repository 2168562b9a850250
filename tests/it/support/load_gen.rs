//! Generates small random repositories for the independent workload check
//! (tests/independent/load_check.py): a few projects and 4-10 people with
//! `fte`, `hours_per_week` and days off; team memberships with
//! `allocation`, `from` and `to`; tasks with owners, `effort` and dates of
//! every kind (start and end, start and duration, start and effort only,
//! end only, dependencies only, none); a calendar with holidays and a
//! swapped working Saturday; now and then a closed or cancelled project.
//! Deterministic for a seed. Writes the YAML repository and returns the
//! same facts as JSON, raw (as written, nothing derived), for the oracle.
//!
//! Uses `plan_gen::Rng`: include `support/plan_gen.rs` as `mod plan_gen`
//! next to this module.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::plan_gen::Rng;

/// Weekday holidays (National Day week, Christmas, New Year's Day).
const HOLIDAYS: &[&str] = &[
    "2026-10-01",
    "2026-10-02",
    "2026-10-05",
    "2026-10-06",
    "2026-10-07",
    "2026-12-25",
    "2027-01-01",
];
/// A Saturday worked in exchange (调休).
const WORKDAYS: &[&str] = &["2026-10-10"];

/// The first day any generated date can fall on.
fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()
}

fn day(offset: u64) -> NaiveDate {
    base() + chrono::Duration::days(offset as i64)
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The last day a generated repository holds any work on (project ends and
/// dependency-pushed tasks included, with margin): reports over
/// `2026-08-31 ..= last_day()` see all of it.
pub fn last_day() -> &'static str {
    "2027-12-31"
}

/// A day between `a` and `b` (inclusive).
fn between(rng: &mut Rng, a: NaiveDate, b: NaiveDate) -> NaiveDate {
    let span = (b - a).num_days().max(0) as u64;
    a + chrono::Duration::days(rng.below(span + 1) as i64)
}

fn pick<'a>(rng: &mut Rng, options: &[&'a str]) -> &'a str {
    options[rng.below(options.len() as u64) as usize]
}

fn quote(v: &[&str]) -> String {
    v.iter()
        .map(|h| format!("\"{h}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes repository number `seed` under `dir`; returns its JSON description.
pub fn generate(dir: &Path, seed: u64) -> String {
    let mut rng = Rng::new(seed.wrapping_mul(7919).wrapping_add(17));
    for sub in ["projects", "people"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    let hours_per_day = pick(&mut rng, &["8", "8", "7.5"]);
    let overload = pick(&mut rng, &["100", "100", "90", "120"]);
    std::fs::write(
        dir.join("pmo.toml"),
        format!(
            "format = 1\nname = \"Load {seed}\"\n[calendar]\nhours_per_day = {hours_per_day}\nholidays = [{}]\nworkdays = [{}]\n[resource]\noverload_percent = {overload}\n",
            quote(HOLIDAYS),
            quote(WORKDAYS)
        ),
    )
    .unwrap();
    let people_count = 4 + rng.below(7) as usize;
    let mut people = people(dir, &mut rng, people_count);
    let project_count = 2 + rng.below(3) as usize;
    // One customer per project, as a single-business program wants (T004).
    let mut program = "kind: Program\nid: PRG-L\nname: Generated load\ntype: single-business\nstage: integrated-management\nleadership:\n  program_manager: p0\nbusinesses:\n- id: BIZ-OPS\n  name: Operations\ncustomers:\n- id: CUS-E\n  name: Edge\n- id: CUS-F\n  name: Sliver\n".to_string();
    for p in 0..project_count {
        let _ = write!(program, "- id: CUS-{p}\n  name: Customer {p}\n");
    }
    std::fs::write(dir.join("program.yaml"), program).unwrap();
    let mut projects: Vec<Value> = Vec::new();
    for p in 0..project_count {
        let earlier: Vec<usize> = projects
            .iter()
            .map(|q| q["tasks"].as_array().map_or(0, Vec::len))
            .collect();
        projects.push(project(dir, &mut rng, p, people_count, &earlier));
    }
    let overload_percent = overload.parse::<f64>().unwrap();
    let (person, edge_projects) = at_the_threshold(dir, overload_percent);
    people.push(person);
    projects.extend(edge_projects);
    json!({
        "calendar": {"hours_per_day": hours_per_day.parse::<f64>().unwrap(),
                     "holidays": HOLIDAYS, "workdays": WORKDAYS,
                     "working_days": ["mon", "tue", "wed", "thu", "fri"]},
        "overload_percent": overload_percent,
        "people": people,
        "projects": projects,
    })
    .to_string()
}

/// Person `pe`, booked by PRJ-E exactly up to `overload_percent` (when an
/// allocation can say it) and given slivers of work on PRJ-F, one a week:
/// 0.004, 0.009, 0.01 and 0.02 h over the threshold, around C001's "by
/// at least 0.01 h". Returns the person and the two projects.
fn at_the_threshold(dir: &Path, overload_percent: f64) -> (Value, Vec<Value>) {
    std::fs::write(
        dir.join("people/edge.yaml"),
        "kind: Person\nid: pe\nname: Edge\n",
    )
    .unwrap();
    let allocation = overload_percent.min(100.0) as u64;
    let head = |id: &str| {
        format!(
            "kind: Project\nid: PRJ-{id}\nname: {id}\nprogram: PRG-L\ncustomer: CUS-{id}\nbusiness: BIZ-OPS\nmanager: pe\nstatus: active\nstart: 2026-11-02\nend: 2026-12-31\n"
        )
    };
    let booked = format!(
        "{}team:\n  - {{person: pe, allocation: {allocation}, to: 2026-11-27}}\n",
        head("E")
    );
    let mut slivers = format!("{}tasks:\n", head("F"));
    let mut tasks = Vec::new();
    for (i, (effort, monday)) in [
        (0.004, "2026-11-02"),
        (0.009, "2026-11-09"),
        (0.01, "2026-11-16"),
        (0.02, "2026-11-23"),
    ]
    .into_iter()
    .enumerate()
    {
        let _ = writeln!(
            slivers,
            "  - {{id: t{i}, name: Sliver {i}, owner: pe, effort: {effort}, start: {monday}, duration: 1}}"
        );
        tasks.push(
            json!({"id": format!("t{i}"), "owner": "pe", "effort": effort,
                          "start": monday, "end": null, "duration": 1, "deps": []}),
        );
    }
    std::fs::write(dir.join("projects/edge.yaml"), booked).unwrap();
    std::fs::write(dir.join("projects/sliver.yaml"), slivers).unwrap();
    let project = |id: &str, team: Value, tasks: Vec<Value>| {
        json!({"id": format!("PRJ-{id}"), "status": "active", "start": "2026-11-02",
               "end": "2026-12-31", "manager": "pe", "team": team, "tasks": tasks})
    };
    let team =
        json!([{"person": "pe", "allocation": allocation, "from": null, "to": "2026-11-27"}]);
    let person = json!({"id": "pe", "fte": null, "hours_per_week": null, "days_off": []});
    (
        person,
        vec![project("E", team, vec![]), project("F", json!([]), tasks)],
    )
}

/// People `p0 .. pN` in one file; returns their description.
fn people(dir: &Path, rng: &mut Rng, count: usize) -> Vec<Value> {
    let mut yaml = String::new();
    let mut out = Vec::new();
    for i in 0..count {
        let _ = write!(yaml, "---\nkind: Person\nid: p{i}\nname: Person {i}\n");
        // Now and then nobody's time at all (fte 0): load with no capacity.
        let fte = match rng.below(13) {
            0..=2 => Some("0.8"),
            3..=5 => Some("0.5"),
            6..=8 => Some("1"),
            9 => Some("0"),
            _ => None,
        };
        let hours_per_week = match rng.below(4) {
            0 => Some("30"),
            1 => Some("37.5"),
            2 => Some("40"),
            _ => None,
        };
        if let Some(f) = fte {
            let _ = writeln!(yaml, "fte: {f}");
        }
        if let Some(h) = hours_per_week {
            let _ = writeln!(yaml, "hours_per_week: {h}");
        }
        let mut off = Vec::new();
        for _ in 0..rng.below(3) {
            let from = between(rng, day(0), day(200));
            let to = (rng.chance(30)).then(|| from + chrono::Duration::days(rng.below(9) as i64));
            off.push(json!([iso(from), iso(to.unwrap_or(from))]));
            if off.len() == 1 {
                yaml.push_str("days_off:\n");
            }
            match to {
                Some(to) => {
                    let _ = writeln!(yaml, "  - {{from: {}, to: {}}}", iso(from), iso(to));
                }
                None => {
                    let _ = writeln!(yaml, "  - {{from: {}}}", iso(from));
                }
            }
        }
        out.push(json!({
            "id": format!("p{i}"),
            "fte": fte.map(|f| f.parse::<f64>().unwrap()),
            "hours_per_week": hours_per_week.map(|h| h.parse::<f64>().unwrap()),
            "days_off": off,
        }));
    }
    std::fs::write(dir.join("people/all.yaml"), yaml).unwrap();
    out
}

/// Project `PRJ-<p>` with its team and tasks (`earlier`: the task counts
/// of projects `PRJ-0 .. PRJ-<p-1>`, which its tasks may depend on);
/// returns its description.
fn project(dir: &Path, rng: &mut Rng, p: usize, people: usize, earlier: &[usize]) -> Value {
    let status = match rng.below(12) {
        0 => "closed",
        1 => "cancelled",
        2 => "on-hold",
        3 => "planned",
        4 => "proposed",
        _ => "active",
    };
    let start = between(rng, day(0), day(90));
    let end = start + chrono::Duration::days(40 + rng.below(180) as i64);
    let manager = rng.below(people as u64) as usize;
    let mut yaml = format!(
        "kind: Project\nid: PRJ-{p}\nname: Project {p}\nprogram: PRG-L\ncustomer: CUS-{p}\nbusiness: BIZ-OPS\nmanager: p{manager}\nstatus: {status}\nstart: {}\nend: {}\n",
        iso(start),
        iso(end)
    );
    if status == "closed" {
        let _ = write!(
            yaml,
            "closure:\n  accepted_on: {}\n  accepted_by: p{manager}\n",
            iso(end)
        );
    }
    let (team, members) = team(&mut yaml, rng, people, start, end);
    let mut owners = members.clone();
    owners.push(manager);
    let tasks = tasks(&mut yaml, rng, &owners, (start, end), earlier);
    std::fs::write(dir.join(format!("projects/p{p}.yaml")), yaml).unwrap();
    json!({"id": format!("PRJ-{p}"), "status": status, "start": iso(start), "end": iso(end),
           "manager": format!("p{manager}"), "team": team, "tasks": tasks})
}

/// 1-4 team members; one now and then in two memberships one after the
/// other (a new allocation from a date on); returns their description and
/// indexes.
fn team(
    yaml: &mut String,
    rng: &mut Rng,
    people: usize,
    start: NaiveDate,
    end: NaiveDate,
) -> (Vec<Value>, Vec<usize>) {
    let mut members = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let who = rng.below(people as u64) as usize;
        if !members.contains(&who) {
            members.push(who);
        }
    }
    yaml.push_str("team:\n");
    let mut out = Vec::new();
    let mut memberships = Vec::new();
    for &who in &members {
        let allocation = rng.chance(75).then(|| 10 + 5 * rng.below(19));
        if rng.chance(20) {
            let week = chrono::Duration::days(7);
            let switch = between(rng, start + week, end - week);
            let again = 10 + 5 * rng.below(19);
            memberships.push((who, allocation, None, Some(switch)));
            let next = switch + chrono::Duration::days(1);
            memberships.push((who, Some(again), Some(next), None));
            continue;
        }
        let from = rng.chance(40).then(|| between(rng, start, end));
        let to = rng
            .chance(40)
            .then(|| between(rng, from.unwrap_or(start), end));
        memberships.push((who, allocation, from, to));
    }
    for (who, allocation, from, to) in memberships {
        let _ = writeln!(yaml, "  - person: p{who}");
        if let Some(a) = allocation {
            let _ = writeln!(yaml, "    allocation: {a}");
        }
        if let Some(f) = from {
            let _ = writeln!(yaml, "    from: {}", iso(f));
        }
        if let Some(t) = to {
            let _ = writeln!(yaml, "    to: {}", iso(t));
        }
        out.push(
            json!({"person": format!("p{who}"), "allocation": allocation,
                        "from": from.map(iso), "to": to.map(iso)}),
        );
    }
    (out, members)
}

/// 3-8 tasks with dates of every kind; returns their description.
fn tasks(
    yaml: &mut String,
    rng: &mut Rng,
    owners: &[usize],
    (start, end): (NaiveDate, NaiveDate),
    earlier: &[usize],
) -> Vec<Value> {
    yaml.push_str("tasks:\n");
    let mut out = Vec::new();
    let count = 3 + rng.below(6) as usize;
    let latest_start = end - chrono::Duration::days(30);
    for t in 0..count {
        let _ = write!(yaml, "  - id: t{t}\n    name: Task {t}\n");
        let owner = rng
            .chance(90)
            .then(|| owners[rng.below(owners.len() as u64) as usize]);
        // Now and then a sliver of work, to put a week right at C001's
        // threshold (over by at least 0.01 h).
        let effort = rng.chance(85).then(|| match rng.below(20) {
            0 => [0.004, 0.01, 0.02][rng.below(3) as usize],
            1 => 1.0,
            _ => (4 + rng.below(160)) as f64 + if rng.chance(20) { 0.5 } else { 0.0 },
        });
        let (mut t_start, mut t_end, mut duration) = (None, None, None);
        let mut deps = Vec::new();
        // Kinds: start+end, start+duration, start+effort, end only,
        // dependencies only, nothing (the project's start).
        let kind = if t == 0 { rng.below(4) } else { rng.below(6) };
        match kind {
            0 => {
                let s = between(rng, start, latest_start);
                t_start = Some(s);
                // Now and then a single day, which may be no working day.
                t_end = Some(if rng.chance(10) {
                    s
                } else {
                    between(
                        rng,
                        s + chrono::Duration::days(7),
                        s + chrono::Duration::days(30),
                    )
                });
            }
            1 => {
                t_start = Some(between(rng, start, latest_start));
                duration = Some(rng.below(16)); // 0: on no working day
            }
            2 => t_start = Some(between(rng, start, latest_start)),
            3 => {
                // An end soon after the project start may place the work
                // before it (the end holds, the project start does not).
                let latest = if rng.chance(50) {
                    start + chrono::Duration::days(30)
                } else {
                    end
                };
                t_end = Some(between(rng, start + chrono::Duration::days(8), latest));
            }
            4 => {
                for _ in 0..1 + rng.below(2) {
                    let (typ, lag) = match rng.below(6) {
                        0 => ("ss", rng.below(4) as i64),
                        1 => ("ff", rng.below(4) as i64),
                        _ => ("fs", rng.below(5) as i64 - 1),
                    };
                    let q = rng.below(earlier.len() as u64 + 3) as usize;
                    let (project, task) = match earlier.get(q) {
                        Some(&n) => (Some(format!("PRJ-{q}")), rng.below(n as u64)),
                        None => (None, rng.below(t as u64)),
                    };
                    deps.push(json!({"project": project, "ref": format!("t{task}"),
                                     "type": typ, "lag": lag}));
                }
                if rng.chance(50) {
                    duration = Some(1 + rng.below(10));
                }
            }
            _ => {
                if rng.chance(50) {
                    duration = Some(1 + rng.below(10));
                }
            }
        }
        if let Some(o) = owner {
            let _ = writeln!(yaml, "    owner: p{o}");
        }
        if let Some(e) = effort {
            let _ = writeln!(yaml, "    effort: {e}");
        }
        if let Some(s) = t_start {
            let _ = writeln!(yaml, "    start: {}", iso(s));
        }
        if let Some(e) = t_end {
            let _ = writeln!(yaml, "    end: {}", iso(e));
        }
        if let Some(d) = duration {
            let _ = writeln!(yaml, "    duration: {d}");
        }
        if !deps.is_empty() {
            yaml.push_str("    depends_on:\n");
        }
        for d in &deps {
            let project = d["project"]
                .as_str()
                .map(|q| format!("project: {q}, "))
                .unwrap_or_default();
            let _ = writeln!(
                yaml,
                "      - {{{project}task: {}, type: {}, lag: {}}}",
                d["ref"].as_str().unwrap(),
                d["type"].as_str().unwrap(),
                d["lag"]
            );
        }
        out.push(
            json!({"id": format!("t{t}"), "owner": owner.map(|o| format!("p{o}")),
                        "effort": effort, "start": t_start.map(iso), "end": t_end.map(iso),
                        "duration": duration, "deps": deps}),
        );
    }
    out
}

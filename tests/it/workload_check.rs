//! The time-phased workload, both ways round.
//!
//! 1. Against an independent computation (tests/independent/load_check.py)
//!    on generated repositories (tests/it/support/load_gen.rs) at several
//!    `--as-of` dates: every person's capacity and load per ISO week in
//!    `pmo report resource`, and the weeks `C001` flags in `pmo validate`.
//!    Skipped, with a note, when python3 is missing.
//! 2. Across pmo's own paths on every example repository: the people and
//!    weeks over capacity in the resource report are those of `C001`, and a
//!    task's hours land only in weeks that overlap its dates in the plan.

use crate::support::pmo;

use crate::support::load_gen;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use serde_json::Value;

const REPOSITORIES: u64 = 15;
const AS_OF: &[&str] = &["2026-09-15", "2026-11-16", "2027-02-01"];

/// `pmo -C DIR ARGS --format json --as-of AS_OF`, parsed; any exit code
/// (validate exits non-zero on findings), but stdout must be JSON.
fn pmo_json(dir: &Path, args: &[&str], as_of: &str) -> Value {
    let out = pmo()
        .repo(dir)
        .args(args)
        .args(["--format", "json", "--as-of", as_of])
        .run();
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("pmo {args:?} on {}: {e}\n{}", dir.display(), &out.stderr))
}

/// Runs load_check.py on `pmo report resource` (with `resource`'s
/// arguments) and `pmo validate` (already in validate.json) of `dir`; the
/// people-periods it compared and how many were over capacity, or its
/// complaint.
fn check(
    script: &Path,
    dir: &Path,
    resource: &[&str],
    as_of: &str,
    part: Option<&str>,
) -> Result<(usize, usize), String> {
    let resource_json = dir.join("resource.json");
    let validate_json = dir.join("validate.json");
    std::fs::write(&resource_json, pmo_json(dir, resource, as_of).to_string()).unwrap();
    let out = Command::new("python3")
        .arg(script)
        .args([&dir.join("repo.json"), &resource_json, &validate_json])
        .args(part)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    // "checked N people-periods (M over capacity): K disagreements"
    let counts = text
        .strip_prefix("checked ")
        .and_then(|t| t.split_once(" people-periods ("))
        .and_then(|(n, t)| Some((n.parse().ok()?, t.split_once(' ')?.0.parse().ok()?)));
    match counts {
        Some(counts) if out.status.success() => Ok(counts),
        _ => Err(format!("{text}{}", String::from_utf8_lossy(&out.stderr))),
    }
}

#[test]
fn workload_and_c001_agree_with_an_independent_computation() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not found; independent workload check skipped");
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/independent/load_check.py");
    // Per window: people-periods compared, and of them over capacity.
    let (mut compared, mut over, mut failures) = ([0usize; 3], [0usize; 3], Vec::new());
    for seed in 1..=REPOSITORIES {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("repo.json"),
            load_gen::generate(dir.path(), seed),
        )
        .unwrap();
        for as_of in AS_OF {
            let validate = pmo_json(dir.path(), &["validate"], as_of).to_string();
            std::fs::write(dir.path().join("validate.json"), validate).unwrap();
            // All the work by weeks, the report's default window (12 weeks),
            // and all the work by months.
            let all = ["--from", "2026-08-31", "--to", load_gen::last_day()];
            let months = [&all[..], &["--every", "month"]].concat();
            let windows = [
                (&all[..], None),
                (&[][..], Some("--part")),
                (&months[..], None),
            ];
            for (i, (window, part)) in windows.into_iter().enumerate() {
                let resource = [&["report", "resource"][..], window].concat();
                let checked = check(&script, dir.path(), &resource, as_of, part);
                match checked {
                    Ok((n, o)) => {
                        compared[i] += n;
                        over[i] += o;
                    }
                    Err(text) => failures.push(format!(
                        "repository {seed} at {as_of}, window {window:?} ({}):\n{text}",
                        dir.path().display()
                    )),
                }
            }
        }
        if !failures.is_empty() || std::env::var_os("PMO_KEEP_GENERATED").is_some() {
            // Keep the repository (a failing one, or all when asked) for a look.
            eprintln!("kept {}", dir.keep().display());
        }
        if !failures.is_empty() {
            break;
        }
    }
    eprintln!(
        "{REPOSITORIES} repositories x {} as-of dates: people-weeks compared (over capacity): \
         {} ({}) over all the work, {} ({}) in the default 12 weeks; people-months {} ({})",
        AS_OF.len(),
        compared[0],
        over[0],
        compared[1],
        over[1],
        compared[2],
        over[2]
    );
    assert!(
        failures.is_empty(),
        "pmo and the independent workload disagree:\n{}",
        failures.join("\n")
    );
    // Not vacuous: every window compared figures, some of them over.
    assert!(
        compared.iter().all(|&n| n > 500) && over.iter().all(|&n| n > 0),
        "{compared:?} {over:?}"
    );
}

/// The ISO week label of a day, as the reports write it.
fn week_of(day: NaiveDate) -> String {
    day.format("%G-W%V").to_string()
}

/// (person, week) pairs of C001's findings: `in week 2026-W47`,
/// `in weeks 2026-W45..W50` or `in weeks 2026-W42..2027-W12`, expanded.
fn c001_pairs(validate: &Value) -> BTreeSet<(String, String)> {
    let mut pairs = BTreeSet::new();
    for f in validate["findings"].as_array().unwrap() {
        if f["code"] != "C001" {
            continue;
        }
        let message = f["message"].as_str().unwrap();
        // A person with no capacity (fte 0) is "booked with no capacity".
        assert!(!message.contains("up to with"), "{message}");
        let person = message.split('`').nth(1).unwrap().to_string();
        let weeks = message.split(" in week").nth(1).unwrap();
        let range = weeks
            .trim_start_matches('s')
            .trim_start()
            .split(' ')
            .next()
            .unwrap();
        let (first, last) = range.split_once("..").unwrap_or((range, range));
        let year = &first[..4];
        let last = if last.starts_with('W') {
            format!("{year}-{last}")
        } else {
            last.to_string()
        };
        let monday = |label: &str| {
            let (y, w) = label.split_once("-W").unwrap();
            NaiveDate::from_isoywd_opt(y.parse().unwrap(), w.parse().unwrap(), chrono::Weekday::Mon)
                .unwrap()
        };
        let (mut day, end) = (monday(first), monday(&last));
        while day <= end {
            pairs.insert((person.clone(), week_of(day)));
            day += chrono::Duration::days(7);
        }
    }
    pairs
}

fn date(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(v.as_str().unwrap(), "%Y-%m-%d").unwrap()
}

fn text(v: &Value) -> String {
    v.as_str().unwrap().to_string()
}

/// The report's periods: label -> (first day, last day, working days).
fn periods(resource: &Value) -> BTreeMap<String, (NaiveDate, NaiveDate, u64)> {
    let periods = resource["periods"].as_array().unwrap().iter();
    periods
        .map(|p| {
            let days = p["working_days"].as_u64().unwrap();
            (
                text(&p["period"]),
                (date(&p["start"]), date(&p["end"]), days),
            )
        })
        .collect()
}

/// The resource report's people-weeks over capacity are C001's in its
/// window; returns how many.
fn conflicts_are_c001(dir: &Path, resource: &Value, validate: &Value) -> usize {
    let periods = periods(resource);
    let mut over = BTreeSet::new();
    for person in resource["people"].as_array().unwrap() {
        for period in person["periods"].as_array().unwrap() {
            if period["over"] == true {
                over.insert((text(&person["id"]), text(&period["period"])));
            }
        }
    }
    let c001: BTreeSet<_> = c001_pairs(validate)
        .into_iter()
        .filter(|(_, w)| periods.contains_key(w))
        .collect();
    assert_eq!(over, c001, "{}: resource report vs C001", dir.display());
    over.len()
}

/// (project, task) -> (owner, early start, early finish) of the plan's
/// tasks on open projects.
type Dates = BTreeMap<(String, String), (Value, NaiveDate, NaiveDate)>;

fn plan_dates(plan: &Value) -> Dates {
    let mut dates = Dates::new();
    for program in plan["programs"].as_array().unwrap() {
        for project in program["projects"].as_array().unwrap() {
            if ["closed", "cancelled"].contains(&project["status"].as_str().unwrap()) {
                continue;
            }
            for item in project["items"].as_array().unwrap() {
                if item["kind"] == "task" {
                    let span = (date(&item["early_start"]), date(&item["early_finish"]));
                    let key = (text(&project["id"]), text(&item["id"]));
                    dates.insert(key, (item["owner"].clone(), span.0, span.1));
                }
            }
        }
    }
    dates
}

/// Every task's hours in the resource report land on its owner, in the
/// weeks overlapping its plan dates, and in every such week with working
/// days (unless the report lists it as adding no load); returns the
/// task-weeks seen.
fn tasks_load_on_plan_dates(dir: &Path, resource: &Value, plan: &Value) -> usize {
    let periods = periods(resource);
    let dates = plan_dates(plan);
    let mut loaded = BTreeSet::new();
    for person in resource["people"].as_array().unwrap() {
        for period in person["periods"].as_array().unwrap() {
            let label = text(&period["period"]);
            let (start, end, _) = periods[&label];
            for project in period["projects"].as_array().unwrap() {
                for task in project["tasks"].as_array().unwrap() {
                    let key = (text(&project["project"]), text(&task["task"]));
                    let (owner, early_start, early_finish) = &dates[&key];
                    assert!(
                        start <= *early_finish && end >= *early_start && *owner == person["id"],
                        "{}: {key:?} of {owner} ({early_start}..{early_finish}) loads {} in {label}",
                        dir.display(),
                        person["id"],
                    );
                    loaded.insert((key, label.clone()));
                }
            }
        }
    }
    let no_load: BTreeSet<_> = resource["unscheduled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (text(&t["project"]), text(&t["task"])))
        .collect();
    for (key, (owner, early_start, early_finish)) in &dates {
        if owner.is_null() || no_load.contains(key) {
            continue;
        }
        for (label, (start, end, days)) in &periods {
            if *days > 0 && start <= early_finish && end >= early_start {
                assert!(
                    loaded.contains(&(key.clone(), label.clone())),
                    "{}: {key:?} ({early_start}..{early_finish}) is not loaded in {label}",
                    dir.display()
                );
            }
        }
    }
    loaded.len()
}

/// Both cross-path checks at `as_of`: (people-weeks over, task-weeks).
fn cross_check(dir: &Path, as_of: &str) -> (usize, usize) {
    let resource = pmo_json(dir, &["report", "resource"], as_of);
    let validate = pmo_json(dir, &["validate"], as_of);
    let plan = pmo_json(dir, &["report", "plan"], as_of);
    (
        conflicts_are_c001(dir, &resource, &validate),
        tasks_load_on_plan_dates(dir, &resource, &plan),
    )
}

#[test]
fn resource_report_c001_and_plan_agree_on_every_example() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let (mut repositories, mut over, mut landed) = (0, 0, 0);
    let mut dirs: Vec<_> = std::fs::read_dir(&examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("pmo.toml").is_file() && !p.ends_with("broken"))
        .collect();
    dirs.sort();
    for dir in dirs {
        let (o, l) = cross_check(&dir, "2026-11-16");
        repositories += 1;
        over += o;
        landed += l;
    }
    eprintln!(
        "{repositories} examples: {over} people-weeks over capacity, {landed} task-weeks placed"
    );
    assert!(
        repositories >= 5 && over > 0 && landed > 0,
        "{repositories} {over} {landed}"
    );
}

#[test]
fn resource_report_c001_and_plan_agree_on_generated_repositories() {
    let (mut over, mut landed) = (0, 0);
    for seed in 1..=REPOSITORIES {
        let dir = tempfile::tempdir().unwrap();
        load_gen::generate(dir.path(), seed);
        for as_of in AS_OF {
            let (o, l) = cross_check(dir.path(), as_of);
            over += o;
            landed += l;
        }
    }
    eprintln!(
        "{REPOSITORIES} generated x {} as-of dates: {over} people-weeks over capacity, {landed} task-weeks placed",
        AS_OF.len()
    );
    assert!(over > 0 && landed > 0, "{over} {landed}");
}

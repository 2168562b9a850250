//! The class, not the cases: arbitrary repositories (extreme numbers at the
//! edges of their domains, dates at the ends of the window, hostile and
//! huge names, any dependency shape, over-booked people) are loaded,
//! validated and put through every report in every format. None may panic,
//! take long, or write malformed output.
//!
//! A second test mutates the composite example line by line (a value
//! replaced by an extreme, a line dropped or doubled) and runs the same.
//!
//! `PMO_PROPTEST_CASES` sets the number of repositories (default 12 and 6;
//! CI runs the defaults, a soak run sets hundreds).

use crate::support::fs;
use fs::copy_dir;

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use pmo::model::Key;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use strum::IntoEnumIterator;

const AS_OF: &str = "2026-11-16";

fn names() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z ]{1,20}",
        Just("项目群经理 双宽字符".to_string()),
        Just("\"quoted\" | pipe, comma; =SUM(A1) <script>".to_string()),
        Just("\\n::error::x \\e[2J \\u202Egnp".to_string()),
        Just("W".repeat(5000)),
        Just(String::new()),
    ]
}

fn dates() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("1970-01-01".to_string()),
        Just("2200-12-31".to_string()),
        (2025i32..2028, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
    ]
}

fn number(min: f64, max: f64) -> impl Strategy<Value = f64> {
    prop_oneof![Just(min), Just(max), min..=max]
}

#[derive(Debug, Clone)]
struct Task {
    name: String,
    start: Option<String>,
    duration: Option<f64>,
    effort: Option<f64>,
    progress: Option<f64>,
    owner: usize,
    /// (predecessor index, link type, lag)
    deps: Vec<(usize, &'static str, i32)>,
}

#[derive(Debug, Clone)]
struct Project {
    name: String,
    priority: u8,
    start: String,
    end: String,
    budget: f64,
    actual: Option<f64>,
    allocation: f64,
    tasks: Vec<Task>,
    milestone_due: String,
    score: f64,
}

#[derive(Debug, Clone)]
struct Repo {
    people: Vec<(String, f64, f64, f64)>,
    projects: Vec<Project>,
    risks: Vec<(u8, u8, String)>,
    review_score: f64,
}

fn task(people: usize) -> impl Strategy<Value = Task> {
    (
        names(),
        prop::option::of(dates()),
        prop::option::of(number(0.0, 25000.0)),
        prop::option::of(number(0.0, 1e7)),
        prop::option::of(number(0.0, 100.0)),
        0..people,
        prop::collection::vec(
            (
                0usize..8,
                prop::sample::select(vec!["fs", "ss", "ff"]),
                -3650i32..=3650,
            ),
            0..3,
        ),
    )
        .prop_map(
            |(name, start, duration, effort, progress, owner, deps)| Task {
                name,
                start,
                duration,
                effort,
                progress,
                owner,
                deps,
            },
        )
}

fn project(people: usize) -> impl Strategy<Value = Project> {
    (
        (names(), 1u8..=5, dates(), dates(), number(0.0, 1e15)),
        (prop::option::of(number(0.0, 1e15)), number(0.0, 100.0)),
        prop::collection::vec(task(people), 0..7),
        (dates(), number(0.0, 5.0)),
    )
        .prop_map(
            |((name, priority, a, b, budget), (actual, allocation), tasks, (due, score))| {
                let (start, end) = if a <= b { (a, b) } else { (b, a) };
                Project {
                    name,
                    priority,
                    start,
                    end,
                    budget,
                    actual,
                    allocation,
                    tasks,
                    milestone_due: due,
                    score,
                }
            },
        )
}

fn repo() -> impl Strategy<Value = Repo> {
    (1usize..4).prop_flat_map(|people| {
        (
            prop::collection::vec(
                (
                    names(),
                    number(0.0, 168.0),
                    number(0.0, 1.0),
                    number(0.0, 1e6),
                ),
                people,
            ),
            prop::collection::vec(project(people), 1..4),
            prop::collection::vec((1u8..=5, 1u8..=5, names()), 0..4),
            number(0.0, 5.0),
        )
            .prop_map(|(people, projects, risks, review_score)| Repo {
                people,
                projects,
                risks,
                review_score,
            })
    })
}

/// YAML text of a string, double-quoted with escapes.
fn q(s: &str) -> String {
    serde_json::to_string(s).expect("string")
}

fn write_task(out: &mut String, i: usize, t: &Task, count: usize) {
    out.push_str(&format!(
        "- id: T{i}\n  name: {}\n  owner: p{}\n",
        q(&t.name),
        t.owner
    ));
    if let Some(s) = &t.start {
        out.push_str(&format!("  start: {s}\n"));
    }
    if let Some(d) = t.duration {
        out.push_str(&format!("  duration: {d}\n"));
    }
    if let Some(e) = t.effort {
        out.push_str(&format!("  effort: {e}\n"));
    }
    if let Some(p) = t.progress {
        out.push_str(&format!("  progress: {p}\n"));
    }
    let deps: Vec<_> = t.deps.iter().filter(|d| d.0 < count).collect();
    if !deps.is_empty() {
        out.push_str("  depends_on:\n");
        for (to, link, lag) in deps {
            out.push_str(&format!(
                "  - task: T{to}\n    type: {link}\n    lag: {lag}\n"
            ));
        }
    }
}

fn write_repo(r: &Repo, dir: &Path) {
    let file = |name: &str, text: String| std::fs::write(dir.join(name), text).expect("write");
    file(
        "pmo.toml",
        "format = 1\nname = \"Generated\"\ncurrency = \"CNY\"\n".into(),
    );
    file(
        "program.yaml",
        "kind: Program\nid: PRG\nname: Generated\ntype: single-customer\nstage: integrated-management\nleadership:\n  program_manager: p0\ncustomers:\n- id: CUS\n  name: Customer\nbusinesses:\n- id: BIZ\n  name: Business\n".into(),
    );
    let mut people = String::new();
    for (i, (name, hours, fte, rate)) in r.people.iter().enumerate() {
        people.push_str(&format!(
            "---\nkind: Person\nid: p{i}\nname: {}\nroles: [engineer]\nhours_per_week: {hours}\nfte: {fte}\ncost_rate: {rate}\n",
            q(name)
        ));
    }
    file("people.yaml", people);
    for (j, p) in r.projects.iter().enumerate() {
        let mut y = format!(
            "kind: Project\nid: PRJ{j}\nname: {}\nprogram: PRG\ncustomer: CUS\nbusiness: BIZ\nmanager: p0\npriority: {}\nstatus: active\nstart: {}\nend: {}\nbudget:\n  planned: {}\n",
            q(&p.name),
            p.priority,
            p.start,
            p.end,
            p.budget
        );
        if let Some(a) = p.actual {
            y.push_str(&format!("  actual: {a}\n"));
        }
        y.push_str("team:\n");
        for i in 0..r.people.len() {
            y.push_str(&format!("- person: p{i}\n  allocation: {}\n", p.allocation));
        }
        y.push_str(&format!(
            "milestones:\n- id: M0\n  name: {}\n  due: {}\n",
            q(&p.name),
            p.milestone_due
        ));
        if !p.tasks.is_empty() {
            y.push_str("tasks:\n");
            for (i, t) in p.tasks.iter().enumerate() {
                write_task(&mut y, i, t, p.tasks.len());
            }
        }
        file(&format!("project{j}.yaml"), y);
        let mut a = format!(
            "kind: Assessment\nid: ASM{j}\nproject: PRJ{j}\nperiod: 2026-Q3\ndimensions:\n"
        );
        // The model's own lists, so the generator cannot drift from them.
        for d in pmo::model::Dimension::iter().map(pmo::model::Dimension::key) {
            a.push_str(&format!("  {d}:\n    score: {}\n", p.score));
        }
        file(&format!("assessment{j}.yaml"), a);
    }
    let mut risks = String::new();
    for (i, (p, imp, title)) in r.risks.iter().enumerate() {
        risks.push_str(&format!(
            "---\nkind: Risk\nid: RSK{i}\ntitle: {}\nproject: PRJ0\ncategory: technical\nprobability: {p}\nimpact: {imp}\nowner: p0\nidentified: 2026-01-05\n",
            q(title)
        ));
    }
    file("risks.yaml", risks);
    let scores: Vec<String> = pmo::model::Competency::iter()
        .map(pmo::model::Competency::key)
        .map(|c| format!("{c}: {}", r.review_score))
        .collect();
    file(
        "review.yaml",
        format!(
            "kind: Review\nid: REV\nreviewee: p0\nperiod: 2026-H1\nratings:\n- rater: p0\n  relation: self\n  scores: {{{}}}\n",
            scores.join(", ")
        ),
    );
}

const RUNS: &[(&str, &[&str])] = &[
    ("validate", &["human", "json", "github", "sarif"]),
    (
        "report overview",
        &["table", "json", "csv", "markdown", "html"],
    ),
    (
        "report plan",
        &["table", "json", "csv", "markdown", "html", "mermaid", "ics"],
    ),
    ("report risk", &["table", "json", "csv", "markdown", "html"]),
    (
        "report resource",
        &["table", "json", "csv", "markdown", "html"],
    ),
    (
        "report assessment",
        &["table", "json", "csv", "markdown", "html"],
    ),
];

/// Checks that an output is well formed for its format.
fn well_formed(format: &str, bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8: {e}"))?;
    if format != "html" && text.contains('\u{1b}') {
        return Err("raw escape character".into());
    }
    match format {
        "json" | "sarif" => serde_json::from_str::<serde_json::Value>(text)
            .map(drop)
            .map_err(|e| format!("invalid JSON: {e}")),
        "csv" => {
            let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
            let width = reader.headers().map_err(|e| e.to_string())?.len();
            for record in reader.records() {
                let record = record.map_err(|e| format!("invalid CSV: {e}"))?;
                if record.len() != width {
                    return Err("ragged CSV".into());
                }
            }
            Ok(())
        }
        "html" => (text.starts_with("<!DOCTYPE html>") && text.trim_end().ends_with("</html>"))
            .then_some(())
            .ok_or_else(|| "HTML page not whole".into()),
        "ics" => (text.starts_with("BEGIN:VCALENDAR")
            && text.trim_end().ends_with("END:VCALENDAR"))
        .then_some(())
        .ok_or_else(|| "calendar not whole".into()),
        _ => Ok(()),
    }
}

/// Every command in every format, in process, on one repository.
fn run_all(dir: &Path) -> Result<(), TestCaseError> {
    let out = dir.join("out");
    for (command, formats) in RUNS {
        for format in *formats {
            let mut args: Vec<String> = vec!["pmo".into()];
            args.extend(command.split(' ').map(String::from));
            if command.starts_with("report") {
                args.extend(["--repo".into(), dir.display().to_string()]);
            } else {
                args.push(dir.display().to_string());
            }
            args.extend(
                [
                    "--format", format, "--as-of", AS_OF, "--color", "never", "-o",
                ]
                .map(String::from),
            );
            args.push(out.display().to_string());
            let _ = std::fs::remove_file(&out);
            let start = Instant::now();
            let code = pmo::cli::run(args.iter().map(std::ffi::OsString::from));
            let took = start.elapsed();
            let what = format!("{command} --format {format}");
            prop_assert!(took < Duration::from_secs(20), "{what} took {took:?}");
            prop_assert!(
                code == ExitCode::from(0) || code == ExitCode::from(1),
                "{what} failed: {code:?}"
            );
            let bytes = std::fs::read(&out).unwrap_or_default();
            prop_assert!(!bytes.is_empty(), "{what} wrote nothing");
            if let Err(e) = well_formed(format, &bytes) {
                prop_assert!(false, "{what}: {e}");
            }
        }
    }
    Ok(())
}

#[test]
fn every_report_survives_any_repository() {
    let cases = std::env::var("PMO_PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(12);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&repo(), |r| {
        let dir = tempfile::tempdir().expect("tempdir");
        write_repo(&r, dir.path());
        run_all(dir.path())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

fn yaml_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
    out.sort();
}

/// A value a mutation puts in place of a scalar: each is at or past an
/// edge of some domain.
const EXTREMES: &[&str] = &[
    "4294967295",
    "-1",
    "1e308",
    ".nan",
    ".inf",
    "-.inf",
    "0",
    "1000000000",
    "0001-01-01",
    "9999-12-31",
    "2200-12-31",
    "../x",
    "\"\"",
    "\"a b\"",
    "[]",
    "{}",
    "~",
    "\"\\e[2J\"",
];

/// One mutation of one line of one file: a scalar replaced by an extreme,
/// the line dropped, or the line doubled.
fn mutate(files: &[std::path::PathBuf], (f, l, op, v): (usize, usize, u8, usize)) {
    let file = &files[f % files.len()];
    let text = std::fs::read_to_string(file).expect("read");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return;
    }
    let i = l % lines.len();
    match op % 3 {
        0 => {
            if let Some((key, _)) = lines[i].split_once(": ") {
                lines[i] = format!("{key}: {}", EXTREMES[v % EXTREMES.len()]);
            }
        }
        1 => {
            lines.remove(i);
        }
        _ => {
            let line = lines[i].clone();
            lines.insert(i, line);
        }
    }
    std::fs::write(file, lines.join("\n") + "\n").expect("write");
}

#[test]
fn mutated_examples_never_crash_any_report() {
    // Each case runs 31 commands on the largest example: fewer by default.
    let cases = std::env::var("PMO_PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(6);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/composite");
    let mutations = prop::collection::vec((0usize..200, 0usize..400, 0u8..3, 0usize..64), 1..6);
    let result = runner.run(&mutations, |list| {
        let dir = tempfile::tempdir().expect("tempdir");
        copy_dir(&example, dir.path());
        let mut files = Vec::new();
        yaml_files(dir.path(), &mut files);
        for m in list {
            mutate(&files, m);
        }
        run_all(dir.path())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

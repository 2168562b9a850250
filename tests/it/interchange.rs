//! Interchange with MS Project and spreadsheets, end to end over the real
//! binary. The MSPDI tests use an independent writer and reader of the
//! format, MPXJ (tests/independent/mspdi_mpxj.py, the PyPI package `mpxj`
//! on Java 17): MPXJ writes generated projects for the import, and reads
//! our exports back. They are skipped, saying so, only when python3 or
//! java is missing; with both present a missing `mpxj` is a failure.

use crate::support::{Run, pmo};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(o: &Run) -> String {
    o.stdout.clone()
}

fn stderr(o: &Run) -> String {
    o.stderr.clone()
}

/// Whether the independent tools can run; prints why not.
fn mpxj_available() -> bool {
    for (tool, arg) in [("python3", "--version"), ("java", "-version")] {
        if Command::new(tool).arg(arg).output().is_err() {
            eprintln!("note: {tool} not found; MPXJ interchange test skipped");
            return false;
        }
    }
    true
}

/// Runs the MPXJ script; a failure (e.g. `mpxj` not installed) fails the test.
fn mpxj(args: &[&str]) -> String {
    let out = Run::from(
        Command::new("python3")
            .arg(root().join("tests/independent/mspdi_mpxj.py"))
            .args(args)
            .output()
            .expect("run python3"),
    );
    assert!(
        out.code == 0,
        "mspdi_mpxj.py {args:?} failed:\n{}\n(if mpxj is missing: pip install mpxj JPype1)",
        stderr(&out)
    );
    stdout(&out)
}

/// Every task and milestone of `pmo report plan --format json`, by name.
fn plan_items(repo: &Path) -> HashMap<String, Value> {
    let out = pmo()
        .args([
            "report",
            "plan",
            "--format",
            "json",
            "--as-of",
            "2026-03-01",
            "--repo",
            repo.to_str().unwrap(),
        ])
        .run();
    assert!(out.code == 0, "{}", stderr(&out));
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let mut items = HashMap::new();
    collect(&json, &mut items);
    items
}

fn collect(v: &Value, out: &mut HashMap<String, Value>) {
    match v {
        Value::Object(m) => {
            if m.contains_key("early_start") && m.contains_key("name") {
                out.insert(m["name"].as_str().unwrap().to_string(), v.clone());
            }
            m.values().for_each(|x| collect(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        _ => {}
    }
}

fn import_generated(dir: &Path, seed: &str, tasks: &str) -> (Value, PathBuf, Run) {
    let xml = dir.join("generated.xml");
    let truth = dir.join("truth.json");
    mpxj(&[
        "generate",
        "--seed",
        seed,
        "--tasks",
        tasks,
        xml.to_str().unwrap(),
        truth.to_str().unwrap(),
    ]);
    let truth: Value = serde_json::from_str(&std::fs::read_to_string(&truth).unwrap()).unwrap();
    let repo = dir.join("repo");
    let out = pmo()
        .args([
            "import",
            "mspdi",
            xml.to_str().unwrap(),
            "-o",
            repo.to_str().unwrap(),
        ])
        .run();
    assert!(out.code == 0, "{}", stderr(&out));
    (truth, repo, out)
}

#[test]
fn an_mpxj_project_imports_with_its_dates_links_and_progress() {
    if !mpxj_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (truth, repo, out) = import_generated(dir.path(), "7", "400");
    // Done work is dated up to the plan's end: validate as of after it.
    let validate = pmo()
        .args(["validate", repo.to_str().unwrap(), "--as-of", "2026-12-31"])
        .run();
    assert_eq!(validate.code, 0, "{}", stdout(&validate));

    let items = plan_items(&repo);
    let tasks = truth["tasks"].as_array().unwrap();
    assert_eq!(items.len(), tasks.len());
    let mut sf = 0;
    for t in tasks {
        let name = t["name"].as_str().unwrap();
        let got = &items[name];
        // pmo's own schedule of the imported plan gives MS Project's dates.
        assert_eq!(got["early_start"], t["start"], "{name} start");
        assert_eq!(got["early_finish"], t["finish"], "{name} finish");
        assert_eq!(got["duration"], t["duration"], "{name} duration");
        assert_eq!(
            got["progress"].as_f64(),
            t["progress"].as_f64(),
            "{name} progress"
        );
        if !t["resource"].is_null() {
            let owner = format!(
                "p-{}",
                t["resource"]
                    .as_str()
                    .unwrap()
                    .to_lowercase()
                    .replace(' ', "-")
            );
            assert_eq!(got["owner"].as_str(), Some(owner.as_str()), "{name} owner");
        }
        sf += t["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["type"] == "SF")
            .count();
    }
    assert!(sf > 0, "the generated plan has start-to-finish links");
    // Each SF link is reported with its line, and summed up.
    let err = stderr(&out);
    assert_eq!(
        err.matches("start-to-finish link from task").count(),
        sf,
        "{err}"
    );
    assert!(err.contains(&format!("SF link x{sf}")), "{err}");
    assert!(err.contains("generated.xml:"), "notes are located: {err}");

    // Links keep their type and lag; groups keep the outline.
    let yaml = std::fs::read_to_string(repo.join("projects/prj-generated-project-7.yaml")).unwrap();
    let links_in_truth = tasks
        .iter()
        .flat_map(|t| t["links"].as_array().unwrap())
        .filter(|l| l["type"] != "SF")
        .count();
    assert_eq!(
        yaml.matches("{task: ").count() + yaml.matches("{milestone: ").count(),
        links_in_truth
    );
    assert!(yaml.contains("type: ss") && yaml.contains("type: ff") && yaml.contains("lag: -1"));
    assert!(yaml.contains("group: [Phase 1]"));
    let toml = std::fs::read_to_string(repo.join("pmo.toml")).unwrap();
    for h in truth["holidays"].as_array().unwrap() {
        assert!(
            toml.contains(h.as_str().unwrap()),
            "holiday {h} in pmo.toml"
        );
    }
}

#[test]
fn round_trip_through_mpxj_keeps_tasks_links_durations_dates_and_progress() {
    if !mpxj_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (truth, repo, _) = import_generated(dir.path(), "11", "200");
    let xml = dir.path().join("export.xml");
    let out = pmo()
        .args([
            "report",
            "plan",
            "--repo",
            repo.to_str().unwrap(),
            "--as-of",
            "2026-03-01",
            "-o",
            xml.to_str().unwrap(),
        ])
        .run();
    assert!(out.code == 0, "{}", stderr(&out));
    // Every element where MSPDI's schema has it, in its order.
    assert_eq!(mpxj(&["check-order", xml.to_str().unwrap()]), "");
    let back: Value = serde_json::from_str(&mpxj(&["read", xml.to_str().unwrap()])).unwrap();
    let by_name: HashMap<&str, &Value> = back["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["name"].as_str().unwrap(), t))
        .collect();
    for t in truth["tasks"].as_array().unwrap() {
        let name = t["name"].as_str().unwrap();
        let got = by_name[name];
        assert_eq!(got["start"], t["start"], "{name} start");
        assert_eq!(got["finish"], t["finish"], "{name} finish");
        assert_eq!(got["parent"], t["group"], "{name} outline");
        assert_eq!(got["milestone"], t["milestone"], "{name} milestone");
        if t["milestone"] == false {
            assert_eq!(
                got["duration_days"].as_f64(),
                t["duration"].as_f64(),
                "{name} duration"
            );
            assert_eq!(
                got["percent_complete"].as_f64(),
                t["progress"].as_f64(),
                "{name} progress"
            );
            assert_eq!(
                got["baseline_finish"], t["baseline_finish"],
                "{name} baseline"
            );
        }
        let mut want: Vec<(String, String, f64)> = t["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["type"] != "SF")
            .map(|l| {
                (
                    l["pred"].as_str().unwrap().into(),
                    l["type"].as_str().unwrap().into(),
                    l["lag"].as_f64().unwrap(),
                )
            })
            .collect();
        let mut have: Vec<(String, String, f64)> = got["preds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["pred"].as_str().unwrap().into(),
                    l["type"].as_str().unwrap().into(),
                    l["lag_days"].as_f64().unwrap(),
                )
            })
            .collect();
        want.sort_by(|a, b| a.partial_cmp(b).unwrap());
        have.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(have, want, "{name} links");
    }
    let holidays: Vec<&Value> = back["holidays"].as_array().unwrap().iter().collect();
    for h in truth["holidays"].as_array().unwrap() {
        assert!(holidays.contains(&h), "holiday {h} exported");
    }
    let names: Vec<&str> = back["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Chen Jing", "Li Na", "Wang Fang", "Zhang Wei"]);
    let assigned = back["assignments"].as_array().unwrap().len();
    let owned = truth["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| !t["resource"].is_null())
        .count();
    assert_eq!(assigned, owned);
}

#[test]
fn a_program_export_opens_in_mpxj_with_the_plan_reports_dates() {
    if !mpxj_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let repo = root().join("examples/composite");
    let xml = dir.path().join("program.xml");
    let out = pmo()
        .args([
            "report",
            "plan",
            "--repo",
            repo.to_str().unwrap(),
            "--as-of",
            "2026-11-16",
            "--format",
            "mspdi",
            "-o",
            xml.to_str().unwrap(),
        ])
        .run();
    assert!(out.code == 0, "{}", stderr(&out));
    // Every element where MSPDI's schema has it, in its order.
    assert_eq!(mpxj(&["check-order", xml.to_str().unwrap()]), "");
    let back: Value = serde_json::from_str(&mpxj(&["read", xml.to_str().unwrap()])).unwrap();
    let plan = pmo()
        .args([
            "report",
            "plan",
            "--format",
            "json",
            "--as-of",
            "2026-11-16",
            "--repo",
            repo.to_str().unwrap(),
        ])
        .run();
    let json: Value = serde_json::from_str(&plan.stdout).unwrap();
    let mut checked = 0;
    for project in json["programs"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["projects"].as_array().unwrap())
    {
        let pname = project["name"].as_str().unwrap();
        let mut items = HashMap::new();
        collect(&project["items"], &mut items);
        for (name, item) in items {
            let got = back["tasks"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["name"] == name.as_str() && t["summary"] == false)
                .unwrap_or_else(|| panic!("{name} exported"));
            assert_eq!(got["start"], item["early_start"], "{pname}/{name} start");
            assert_eq!(got["finish"], item["early_finish"], "{pname}/{name} finish");
            checked += 1;
        }
        // Each project is a summary task holding its plan.
        assert!(
            back["tasks"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["name"] == pname && t["summary"] == true)
        );
    }
    assert!(checked > 20, "checked {checked} items");
    // Cross-project links come through as links.
    assert!(
        back["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| !t["preds"].as_array().unwrap().is_empty())
    );
}

#[test]
fn the_example_imports_into_a_repository_that_validates() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("hengtong");
    let sample = root().join("examples/interchange/service-transition.xml");
    let out = pmo()
        .args([
            "import",
            "mspdi",
            sample.to_str().unwrap(),
            "-o",
            repo.to_str().unwrap(),
        ])
        .run();
    assert!(out.code == 0, "{}", stderr(&out));
    let written = stdout(&out);
    assert_eq!(written.lines().count(), 4, "{written}");
    let validate = pmo()
        .args(["validate", repo.to_str().unwrap(), "--as-of", "2026-04-15"])
        .run();
    assert_eq!(validate.code, 0, "{}", stdout(&validate));
    let err = stderr(&out);
    // The task note has no place in the format: reported with its line.
    assert!(
        err.contains("service-transition.xml:") && err.contains("<Notes> has no place"),
        "{err}"
    );
    assert!(
        err.contains("imported 12 tasks, 3 milestones, 5 people"),
        "{err}"
    );
    let program = std::fs::read_to_string(repo.join("program.yaml")).unwrap();
    assert!(program.contains("name: Hengtong Logistics"), "{program}");
    let people =
        std::fs::read_to_string(repo.join("people/prj-hengtong-logistics-service.yaml")).unwrap();
    assert!(
        people.contains("days_off:\n  - {from: 2026-05-25, to: 2026-05-29}"),
        "{people}"
    );
    assert!(people.contains("cost_rate: 260"), "{people}");
}

#[test]
fn import_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("r");
    let sample = root().join("examples/interchange/service-transition.xml");
    let first = pmo()
        .args([
            "import",
            "mspdi",
            sample.to_str().unwrap(),
            "-o",
            repo.to_str().unwrap(),
        ])
        .run();
    assert!(first.code == 0);
    let before = std::fs::read_to_string(repo.join("pmo.toml")).unwrap();
    std::fs::write(repo.join("pmo.toml"), "# edited\n").unwrap();
    let again = pmo()
        .args([
            "import",
            "mspdi",
            sample.to_str().unwrap(),
            "-o",
            repo.to_str().unwrap(),
            "--program",
            "PRG-X",
        ])
        .run();
    assert_eq!(again.code, 2);
    assert!(
        stderr(&again).contains("nothing written"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read_to_string(repo.join("pmo.toml")).unwrap(),
        "# edited\n"
    );
    assert!(!before.is_empty());

    // One existing target file stops the whole import.
    let fresh = dir.path().join("fresh");
    std::fs::create_dir_all(fresh.join("program.yaml").parent().unwrap()).unwrap();
    std::fs::write(fresh.join("program.yaml"), "keep me").unwrap();
    let out = pmo()
        .args([
            "import",
            "mspdi",
            sample.to_str().unwrap(),
            "-o",
            fresh.to_str().unwrap(),
        ])
        .run();
    assert_eq!(out.code, 2);
    assert!(!fresh.join("pmo.toml").exists() && !fresh.join("projects").exists());
}

#[test]
fn import_into_an_existing_repository_reuses_its_people_and_program() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("r");
    let init = pmo()
        .args(["init", repo.to_str().unwrap(), "--type", "single-business"])
        .run();
    assert!(init.code == 0, "{}", stderr(&init));
    let sample = root().join("examples/interchange/service-transition.xml");
    let out = pmo()
        .args([
            "import",
            "mspdi",
            sample.to_str().unwrap(),
            "-o",
            repo.to_str().unwrap(),
            "--project",
            "PRJ-HT",
            "--manager",
            "p-li-na",
        ])
        .run();
    assert!(out.code == 0, "{}", stderr(&out));
    let project = std::fs::read_to_string(repo.join("projects/prj-ht.yaml")).unwrap();
    assert!(project.contains("manager: p-li-na") && project.contains("id: PRJ-HT"));
    assert!(
        !repo.join("program.yaml").exists()
            || std::fs::read_to_string(repo.join("pmo.toml"))
                .unwrap()
                .contains("format")
    );
    // The program's taxonomy asks for a customer the file cannot give:
    // validate reports it at its place, in the imported file.
    let v = pmo()
        .args([
            "validate",
            repo.to_str().unwrap(),
            "--format",
            "json",
            "--as-of",
            "2026-12-31",
        ])
        .run();
    let json: Value = serde_json::from_str(&v.stdout).unwrap();
    for f in json["findings"].as_array().unwrap() {
        assert!(
            f["path"].is_string() && f["line"].as_u64().is_some(),
            "located: {f}"
        );
    }
    assert!(
        stderr(&out).contains("set the project's `customer:` by hand"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn hostile_names_stay_text_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let xml = dir.path().join("h.xml");
    let name = "Cut: over # \"now\"\n- and &amp; <later>";
    std::fs::write(
        &xml,
        format!(
            "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\"><Title>yes</Title><StartDate>2026-03-02T08:00:00</StartDate>\
             <Tasks><Task><UID>1</UID><Name>{}</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Duration>PT16H0M0S</Duration></Task></Tasks></Project>\n",
            name.replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
        ),
    )
    .unwrap();
    let repo = dir.path().join("r");
    let out = pmo()
        .args([
            "import",
            "mspdi",
            xml.to_str().unwrap(),
            "-o",
            repo.to_str().unwrap(),
        ])
        .run();
    assert!(out.code == 0, "{}", stderr(&out));
    let v = pmo()
        .args(["validate", repo.to_str().unwrap(), "--as-of", "2026-03-01"])
        .run();
    assert_eq!(v.code, 0, "{}", stdout(&v));
    let items = plan_items(&repo);
    let decoded = "Cut: over # \"now\"\n- and & <later>";
    assert!(items.contains_key(decoded), "{:?}", items.keys());
    let export = pmo()
        .args([
            "report",
            "plan",
            "--repo",
            repo.to_str().unwrap(),
            "--as-of",
            "2026-03-01",
            "--format",
            "mspdi",
        ])
        .run();
    let text = stdout(&export);
    assert!(
        text.contains("<Name>Cut: over # &quot;now&quot;\n- and &amp; &lt;later&gt;</Name>"),
        "{text}"
    );
    assert!(text.contains("<Title>yes</Title>"));
}

#[test]
fn not_mspdi_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xml");
    std::fs::write(&bad, "<Project>\n<Tasks>\n</Project>\n").unwrap();
    let out = pmo()
        .args([
            "import",
            "mspdi",
            bad.to_str().unwrap(),
            "-o",
            dir.path().join("r").to_str().unwrap(),
        ])
        .run();
    assert_eq!(out.code, 2);
    assert!(stderr(&out).contains("line 3"), "{}", stderr(&out));
    std::fs::write(&bad, "<html><body/></html>").unwrap();
    let out = pmo()
        .args([
            "import",
            "mspdi",
            bad.to_str().unwrap(),
            "-o",
            dir.path().join("r").to_str().unwrap(),
        ])
        .run();
    assert_eq!(out.code, 2);
    assert!(
        stderr(&out).contains("not an MSPDI file"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("r").exists());
}

const CSV: &str = "\
ID,Task Name,Outline Level,Duration,Start,Finish,Predecessors,% Complete,Resource Names,Remarks
1,Design,1,,,,,,,
2,Requirements,2,5d,2026-03-02,,,100%,Li Na,
3,Architecture,2,8 days,,,2,50,\"Li Na, Wang Fang[50%]\",check
4,Build,1,,,,,,,
5,Network,2,10,,,3SS+2,0,Wang Fang,
6,Servers,2,2w,,,\"3,5FF-1\",,Zhang Wei,
7,Go-live,1,0,,2026-04-10,6,,,
";

#[test]
fn csv_with_ms_project_columns_imports_and_schedules() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("plan.csv");
    std::fs::write(&csv, CSV).unwrap();
    let repo = dir.path().join("r");
    let out = pmo()
        .args([
            "import",
            "csv",
            csv.to_str().unwrap(),
            "--project",
            "PRJ-CSV",
            "-o",
            repo.to_str().unwrap(),
            "--map",
            "Remarks=role",
        ])
        .run();
    assert!(out.code == 0, "{}", stderr(&out));
    let v = pmo()
        .args(["validate", repo.to_str().unwrap(), "--as-of", "2026-03-01"])
        .run();
    assert_eq!(v.code, 0, "{}", stdout(&v));
    let items = plan_items(&repo);
    // Requirements 5 days from Mon 2 March; Architecture 8 days after it;
    // Network starts 2 days after Architecture starts; Servers (10 days)
    // after Architecture and finishing no earlier than Network - 1.
    let dates = |n: &str| {
        (
            items[n]["early_start"].as_str().unwrap().to_string(),
            items[n]["early_finish"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(
        dates("Requirements"),
        ("2026-03-02".into(), "2026-03-06".into())
    );
    assert_eq!(
        dates("Architecture"),
        ("2026-03-09".into(), "2026-03-18".into())
    );
    assert_eq!(dates("Network"), ("2026-03-11".into(), "2026-03-24".into()));
    assert_eq!(dates("Servers"), ("2026-03-19".into(), "2026-04-01".into()));
    let yaml = std::fs::read_to_string(repo.join("projects/prj-csv.yaml")).unwrap();
    assert!(
        yaml.contains("group: [Design]") && yaml.contains("role: check"),
        "{yaml}"
    );
    assert!(
        yaml.contains("- id: m-7\n    name: Go-live\n    due: 2026-04-10"),
        "{yaml}"
    );
    assert!(
        stderr(&out).contains("also assigned to p-wang-fang"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn csv_errors_name_the_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("plan.csv");
    std::fs::write(&csv, "name,start\nA,2026-03-02\nB,next monday\n").unwrap();
    let out = pmo()
        .args([
            "import",
            "csv",
            csv.to_str().unwrap(),
            "-o",
            dir.path().join("r").to_str().unwrap(),
        ])
        .run();
    assert_eq!(out.code, 2);
    assert!(
        stderr(&out).contains("line 3, start: `next monday` is not a date"),
        "{}",
        stderr(&out)
    );
    std::fs::write(&csv, "Task,Days\nA,2\n").unwrap();
    let out = pmo()
        .args(["import", "csv", csv.to_str().unwrap(), "--map", "Task=nom"])
        .run();
    assert_eq!(out.code, 2);
    assert!(stderr(&out).contains("no field `nom`"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn import_does_not_write_through_a_linked_folder() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("r");
    let init = pmo()
        .args(["init", repo.to_str().unwrap(), "--type", "single-business"])
        .run();
    assert!(init.code == 0);
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::rename(repo.join("projects"), dir.path().join("moved")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, repo.join("projects")).unwrap();
    let sample = root().join("examples/interchange/service-transition.xml");
    let out = pmo()
        .args([
            "import",
            "mspdi",
            sample.to_str().unwrap(),
            "-o",
            repo.to_str().unwrap(),
            "--program",
            "PRG-X",
        ])
        .run();
    assert_eq!(out.code, 2);
    assert!(
        stderr(&out).contains("is a symbolic link"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
}

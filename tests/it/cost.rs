//! Earned value, actual cost from the ledger and service burn of `pmo
//! report plan` against an independent computation
//! (tests/independent/ev_check.py, written from docs/reports.md) on 20
//! generated repositories at 3 as-of dates each. Skipped, with a note,
//! when python3 is missing.

use crate::support::cost_gen;
use crate::support::pmo;

use std::path::Path;
use std::process::Command;

const AS_OF: [&str; 3] = ["2026-03-31", "2026-09-30", "2026-11-16"];
const REPOS: u64 = 20;

fn plan_json(repo: &Path, as_of: &str) -> Vec<u8> {
    pmo()
        .repo(repo)
        .args(["report", "plan", "--format", "json", "--as-of", as_of])
        .run()
        .ok()
        .bytes
}

#[test]
fn earned_value_and_service_burn_agree_with_an_independent_computation() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not found; independent earned-value check skipped");
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let mut args = Vec::new();
    for seed in 1..=REPOS {
        let repo = root.path().join(format!("repo{seed}"));
        cost_gen::generate(&repo, seed);
        for as_of in AS_OF {
            let report = root.path().join(format!("repo{seed}-{as_of}.json"));
            std::fs::write(&report, plan_json(&repo, as_of)).unwrap();
            args.push(repo.clone());
            args.push(report);
        }
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/independent/ev_check.py");
    let check = Command::new("python3")
        .arg(script)
        .args(&args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&check.stdout);
    eprintln!("{text}{}", String::from_utf8_lossy(&check.stderr));
    assert!(
        check.status.success(),
        "pmo and the independent earned value disagree:\n{text}"
    );
    assert!(text.contains("checked 60 reports"), "{text}");
}

#[test]
fn the_oracle_fails_on_a_wrong_figure() {
    // The check is not vacuous: a report with one figure changed fails it.
    if Command::new("python3").arg("--version").output().is_err() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let repo = root.path().join("repo");
    cost_gen::generate(&repo, 3);
    let mut report: serde_json::Value =
        serde_json::from_slice(&plan_json(&repo, "2026-11-16")).unwrap();
    let project = report["programs"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|g| g["projects"].as_array_mut().unwrap().iter_mut())
        .find(|p| p["earned_value"].is_object())
        .expect("a project with earned value");
    let ev = project["earned_value"]["ev"].as_f64().unwrap();
    project["earned_value"]["ev"] = serde_json::json!(ev + 1.0);
    let path = root.path().join("report.json");
    std::fs::write(&path, serde_json::to_vec(&report).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/independent/ev_check.py");
    let check = Command::new("python3")
        .arg(script)
        .arg(&repo)
        .arg(&path)
        .output()
        .unwrap();
    assert!(!check.status.success(), "the oracle missed a wrong EV");
}

fn report_json(repo: &Path, report: &str, as_of: &str) -> serde_json::Value {
    pmo()
        .repo(repo)
        .args(["report", report, "--format", "json", "--as-of", as_of])
        .run()
        .ok()
        .json()
}

#[test]
fn plan_resource_and_overview_tell_one_cost_story() {
    // The same AC and EAC per project in the plan and resource reports, the
    // same % complete per project and program in the plan and the overview,
    // the same portfolio earned value in the overview as summed from the plan.
    let root = tempfile::tempdir().unwrap();
    let mut compared = 0;
    for seed in [4u64, 9, 17] {
        let repo = root.path().join(format!("repo{seed}"));
        cost_gen::generate(&repo, seed);
        let plan = report_json(&repo, "plan", "2026-11-16");
        let resource = report_json(&repo, "resource", "2026-11-16");
        let overview = report_json(&repo, "overview", "2026-11-16");
        let lines = resource["cost"]["projects"].as_array().unwrap();
        for p in plan["programs"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["projects"].as_array().unwrap())
        {
            let line = lines.iter().find(|l| l["id"] == p["id"]).unwrap();
            let ev = &p["earned_value"];
            let service = p["service"]["actual"].as_f64();
            let delivery = ev["ac"].as_f64();
            let actual = match (delivery, service) {
                (Some(d), Some(s)) => Some(((d + s) * 100.0).round() / 100.0),
                (d, s) => d.or(s),
            };
            assert_eq!(line["actual"].as_f64(), actual, "{}", p["id"]);
            assert_eq!(
                line["forecast"],
                ev["eac"]
                    .clone()
                    .as_f64()
                    .map_or(serde_json::Value::Null, |x| x.into()),
                "{}",
                p["id"]
            );
            compared += 1;
        }
        // The same % complete per project and per program in the overview.
        for (g, og) in plan["programs"]
            .as_array()
            .unwrap()
            .iter()
            .zip(overview["programs"].as_array().unwrap())
        {
            assert_eq!(g["id"], og["id"]);
            assert_eq!(g["percent_complete"], og["percent_complete"], "{}", g["id"]);
            for (p, op) in g["projects"]
                .as_array()
                .unwrap()
                .iter()
                .zip(og["projects"].as_array().unwrap())
            {
                assert_eq!(p["id"], op["id"]);
                assert_eq!(p["percent_complete"], op["percent_complete"], "{}", p["id"]);
                compared += 1;
            }
        }
        let sum: f64 = plan["programs"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|g| g["earned_value"]["ev"].as_f64())
            .sum();
        let total = overview["totals"]["earned_value"]["ev"]
            .as_f64()
            .unwrap_or(0.0);
        assert!((sum - total).abs() < 0.02 * 3.0, "{sum} vs {total}");
    }
    assert!(compared >= 18, "{compared}");
}

#[test]
fn a_project_without_actual_cost_is_unknown_and_left_out_of_cpi() {
    let root = tempfile::tempdir().unwrap();
    let repo = root.path();
    std::fs::write(repo.join("pmo.toml"), "format = 1\n").unwrap();
    std::fs::write(
        repo.join("g.yaml"),
        "kind: Program\nid: G\nname: G\ntype: single-business\nstage: define\n",
    )
    .unwrap();
    let project = |id: &str, money: &str| {
        format!(
            "kind: Project\nid: {id}\nname: {id}\nprogram: G\nmanager: pm\nstatus: active\nstart: 2026-09-01\nend: 2026-12-31\nbaseline: {{end: 2026-12-31}}\n{money}tasks:\n- {{id: t, name: t, start: 2026-09-01, duration: 20, progress: 50}}\n"
        )
    };
    std::fs::write(
        repo.join("a.yaml"),
        project(
            "A",
            "budget: {planned: 1000}\nactuals:\n- {period: 2026-09, cost: 250}\n",
        ),
    )
    .unwrap();
    std::fs::write(
        repo.join("b.yaml"),
        project("B", "budget: {planned: 3000}\n"),
    )
    .unwrap();
    let plan = report_json(repo, "plan", "2026-11-16");
    let g = &plan["programs"][0];
    let b = g["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "B")
        .unwrap();
    assert_eq!(b["earned_value"]["ac"], serde_json::Value::Null);
    assert_eq!(b["earned_value"]["ac_basis"], "unknown");
    assert_eq!(b["earned_value"]["cpi"], serde_json::Value::Null);
    // The program's CPI is A's alone: 500 / 250, not (500 + 1500) / 250.
    assert_eq!(g["earned_value"]["cpi"], 2.0);
    assert_eq!(g["earned_value"]["without_ac"], 1);
    // % complete is EV / BAC: 2000 / 4000.
    assert_eq!(g["percent_complete"], 50.0);
    // The table says so, with the count.
    let out = pmo()
        .args(["report", "plan", "--as-of", "2026-11-16", "--repo"])
        .arg(repo)
        .run();
    let text = &out.stdout;
    assert!(
        text.contains("1 of 2 projects have no actual cost: left out of CPI"),
        "{text}"
    );
    assert!(text.contains("actual cost unknown"), "{text}");
}

//! End-to-end tests of quality, communication and satisfaction (issue 16):
//! satisfaction surveys in the assessment report and the overview, the
//! surveys feeding service delivery outcomes, team-member evaluations in
//! every format, and the `Q` rules on small repositories.

use std::path::Path;

use serde_json::Value;

use crate::support::{AS_OF, pmo};

fn assessment_json(repo: &str) -> Value {
    pmo()
        .example(repo)
        .args(["report", "assessment", "--as-of", AS_OF, "--format", "json"])
        .run()
        .ok()
        .json()
}

fn customer<'a>(report: &'a Value, project: &str) -> &'a Value {
    let p = report["satisfaction"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["project"] == project)
        .unwrap_or_else(|| panic!("{project} has no satisfaction"));
    &p["customers"][0]
}

#[test]
fn surveys_on_different_scales_read_as_shares_with_their_trend() {
    let report = assessment_json("composite");
    let bank = customer(&report, "PRJ-BANK-DESK");
    assert_eq!(bank["customer"], "CUS-BANK");
    assert_eq!(bank["surveys"].as_array().unwrap().len(), 3);
    // 4.0 on 1..5 is 75 %, 4.3 is 82.5 %: falling, not low (limit 60).
    assert_eq!(bank["latest"], 75.0);
    assert_eq!(bank["previous"], 82.5);
    assert_eq!(bank["trend"], "worsening");
    assert_eq!(bank["falling"], true);
    assert_eq!(bank["low"], false);
    // 8.2 on 0..10 is 82 %, up from 75 %.
    let ins = customer(&report, "PRJ-INS-APP");
    assert_eq!(ins["latest"], 82.0);
    assert_eq!(ins["trend"], "improving");
    assert_eq!(report["settings"]["satisfaction_low"], 60.0);
}

#[test]
fn the_periods_surveys_are_shown_beside_the_assessors_delivery_score() {
    let report = assessment_json("composite");
    let row = report["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["project"] == "PRJ-BANK-DESK" && r["period"] == "2026-Q3")
        .expect("the bank desk's Q3 assessment");
    let d1 = &row["dimensions"][0];
    assert_eq!(d1["dimension"], "service-delivery-outcomes");
    // One survey in Q3 (75 %): 1 + 0.75 x (5 - 1) = 4 on the score scale.
    assert_eq!(
        d1["surveys"],
        serde_json::json!({"surveys": 1, "percent": 75.0, "score": 4.0, "used": false})
    );
    // Other dimensions carry no survey figure.
    assert!(row["dimensions"][1].get("surveys").is_none());
}

/// A repository with one project and the given extra project lines and
/// extra documents.
fn repo(project_extra: &str, documents: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("pmo.toml"), "format = 1\n").unwrap();
    let text = format!(
        "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: integrated-management\nleadership: {{program_manager: pm}}\ncustomers:\n  - {{id: C1, name: One}}\n---\nkind: Person\nid: pm\nname: PM\n---\nkind: Person\nid: eng\nname: Eng\n---\nkind: Project\nid: P\nname: P\nprogram: G\ncustomer: C1\nmanager: pm\nstatus: active\nstart: 2026-01-05\nend: 2026-12-31\nteam:\n  - {{person: pm}}\n  - {{person: eng}}\n{project_extra}{documents}"
    );
    std::fs::write(dir.path().join("repo.yaml"), text).unwrap();
    dir
}

const SURVEYS: &str = "satisfaction:\n  - {date: 2026-04-20, score: 9, scale: {min: 0, max: 10}}\n  - {date: 2026-06-30, score: 2.6, scale: {min: 1, max: 5}, comments: slow answers}\n";

fn run(dir: &Path, args: &[&str]) -> crate::support::Run {
    pmo().repo(dir).args(args).args(["--as-of", AS_OF]).run()
}

#[test]
fn surveys_stand_in_for_an_unscored_delivery_dimension() {
    let asm = "---\nkind: Assessment\nid: A1\nproject: P\nperiod: 2026-Q2\ndimensions:\n  security: {score: 3}\n";
    let dir = repo(SURVEYS, asm);
    let report = run(dir.path(), &["report", "assessment", "--format", "json"])
        .ok()
        .json();
    let row = &report["projects"][0];
    // (90 % + 40 %) / 2 = 65 % -> 1 + 0.65 x 4 = 3.6, standing in for D1.
    assert_eq!(row["dimensions"][0]["score"], 3.6);
    assert_eq!(row["dimensions"][0]["surveys"]["used"], true);
    assert_eq!(row["total"], 3.3);
    let table = run(dir.path(), &["report", "assessment"]).ok().stdout;
    assert!(table.contains("3.6†"), "{table}");
}

#[test]
fn a_low_and_falling_satisfaction_is_a_reason_in_the_overview() {
    let dir = repo(SURVEYS, "");
    let report = run(dir.path(), &["report", "--format", "json"]).ok().json();
    let project = &report["programs"][0]["projects"][0];
    let reasons = project["reasons"].as_array().unwrap();
    assert!(
        reasons.contains(&serde_json::json!({"kind": "satisfaction-low", "customer": "C1", "percent": 40.0, "limit": 60.0})),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&serde_json::json!({"kind": "satisfaction-falling", "customer": "C1", "from": 90.0, "to": 40.0})),
        "{reasons:?}"
    );
    assert_eq!(project["satisfaction"][0]["percent"], 40.0);
    let zh = run(dir.path(), &["report", "--lang", "zh"]).ok().stdout;
    assert!(zh.contains("C1 满意度 40% < 60%"), "{zh}");
    assert!(zh.contains("C1 满意度下降 90% → 40%"), "{zh}");
}

#[test]
fn evaluations_show_in_every_format() {
    let eval = "---\nkind: Evaluation\nid: E1\nperson: eng\nproject: P\nperiod: 2026-Q3\nevaluator: pm\nscores: {time: 4, cost: 3, quality: 5}\ncomments: on time\n";
    let dir = repo("", eval);
    let json = run(dir.path(), &["report", "assessment", "--format", "json"])
        .ok()
        .json();
    let e = &json["evaluations"][0];
    assert_eq!(e["person"], "eng");
    assert_eq!(e["name"], "Eng");
    assert_eq!(e["mean"], 4.0);
    assert_eq!(
        e["scores"][2],
        serde_json::json!({"aspect": "quality", "score": 5.0})
    );
    // CSV holds the report's one tidy table (the project assessment); the
    // evaluations are in the other formats.
    for (format, needle) in [
        ("table", "Team-member performance evaluation"),
        ("markdown", "Team-member performance evaluation"),
        ("html", "Team-member performance evaluation"),
    ] {
        let out = run(dir.path(), &["report", "assessment", "--format", format])
            .ok()
            .stdout;
        assert!(out.contains(needle), "{format}: {out}");
    }
    let zh = run(dir.path(), &["report", "assessment", "--lang", "zh"])
        .ok()
        .stdout;
    assert!(zh.contains("团队成员绩效评估"), "{zh}");
}

#[test]
fn validate_finds_overdue_reports_failed_checks_and_evaluations_off_the_team() {
    let extra = "communication:\n  - {id: w, audience: customer, what: status report, every: weekly, held: [2026-10-30]}\nquality:\n  standards:\n    - {id: s1, what: patches, target: 95 %}\n  checks:\n    - {date: 2026-10-01, standard: s1, result: fail}\n";
    let eval = "---\nkind: Person\nid: ext\nname: Ext\n---\nkind: Evaluation\nid: E1\nperson: ext\nproject: P\nperiod: 2026-Q3\nscores: {time: 4}\n";
    let dir = repo(extra, eval);
    let out = run(dir.path(), &["validate", "--color", "never"])
        .code(1)
        .stdout;
    assert!(
        out.contains(
            "weekly `w` (status report) last held 2026-10-30, due by 2026-11-06, 10 days overdue"
        ),
        "{out}"
    );
    assert!(out.contains("warning[Q005]"), "{out}");
    assert!(out.contains("error[Q008]"), "{out}");
}

//! Goals, benefits and change control end to end (issue 16): the benefits
//! report on the composite example and on a repository with a benefit
//! behind target (which the overview then gives as a reason), the change
//! rules against approved changes and against the `[baseline]` revision,
//! and the plan's change section.

use crate::support::git::GitDir;
use crate::support::{AS_OF, pmo};

const PROGRAM: &str = "kind: Program
id: PRG-BANK
name: Bank services
type: single-customer
stage: benefits-management
leadership: {program_manager: p-li-na}
customers:
  - {id: CUS-BANK, name: City Bank}
businesses:
  - {id: BIZ-DESK, name: Desktop operations}
goals:
  - {id: G1, description: Resolve incidents faster}
benefits:
  - id: B1
    description: Incidents resolved within the SLA
    target: '95'
    due: 2027-06-30
    goals: [G1]
    measurements:
      - {date: 2026-01-31, value: 60}
      - {date: 2026-10-31, value: 65}
";

const PEOPLE: &str = "kind: Person
id: p-li-na
name: Li Na
";

const PROJECT: &str = "kind: Project
id: PRJ-DESK
name: Bank desktops
program: PRG-BANK
customer: CUS-BANK
business: BIZ-DESK
manager: p-li-na
status: active
start: 2026-01-05
end: 2026-12-18
serves: [G1]
budget: {planned: 300000}
";

/// A git repository holding the bank program; not committed yet.
fn bank(pmo_toml: &str) -> GitDir {
    let repo = GitDir::new();
    repo.write("pmo.toml", pmo_toml);
    repo.write("program.yaml", PROGRAM);
    repo.write("people.yaml", PEOPLE);
    repo.write("project.yaml", PROJECT);
    repo
}

#[test]
fn the_composite_benefits_show_targets_values_and_the_projects_that_deliver_them() {
    let json = pmo()
        .example("composite")
        .args(["report", "benefits", "--format", "json", "--as-of", AS_OF])
        .run()
        .ok()
        .json();
    assert_eq!(json["meta"]["report"], "benefits");
    let b1 = &json["programs"][0]["benefits"][0];
    assert_eq!(b1["id"], "B1");
    assert_eq!(b1["target_value"], -15.0);
    assert_eq!(b1["better"], "lower");
    assert_eq!(b1["latest"]["value"], -8.0);
    assert_eq!(b1["change"], -4.0);
    assert_eq!(b1["status"], "on-track");
    assert_eq!(b1["owner"]["id"], "p-zhao-min");
    let projects: Vec<&str> = b1["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .map(|p| p.as_str().expect("id"))
        .collect();
    assert!(projects.contains(&"PRJ-SME-DESK-LOGI"), "{projects:?}");
    assert!(!projects.contains(&"PRJ-BANK-NET"), "{projects:?}");
    let zh = pmo()
        .example("composite")
        .args(["report", "benefits", "--lang", "zh", "--as-of", AS_OF])
        .run()
        .ok();
    assert!(zh.stdout.contains("收益与目标值对比"), "{}", zh.stdout);
    assert!(zh.stdout.contains("按计划"), "{}", zh.stdout);
}

#[test]
fn a_benefit_behind_target_is_a_finding_a_status_and_an_overview_reason() {
    let repo = bank("format = 1\n");
    let validate = pmo()
        .repo(&repo.path)
        .args(["validate", "--as-of", AS_OF])
        .run()
        .ok();
    assert!(
        validate.stdout.contains("warning[V010]"),
        "{}",
        validate.stdout
    );
    let report = pmo()
        .repo(&repo.path)
        .args(["report", "benefits", "--format", "json", "--as-of", AS_OF])
        .run()
        .ok()
        .json();
    let b1 = &report["programs"][0]["benefits"][0];
    assert_eq!(b1["status"], "behind");
    assert_eq!(b1["reason"]["kind"], "below-line");
    assert_eq!(b1["projects"][0], "PRJ-DESK");
    let overview = pmo()
        .repo(&repo.path)
        .args(["report", "--format", "json", "--as-of", AS_OF])
        .run()
        .ok()
        .json();
    assert_eq!(
        overview["programs"][0]["reasons"][0],
        serde_json::json!({"kind": "benefits-behind", "benefits": ["B1"]})
    );
    let table = pmo()
        .repo(&repo.path)
        .args(["report", "--as-of", AS_OF])
        .run()
        .ok();
    assert!(
        table.stdout.contains("benefits behind target: B1"),
        "{}",
        table.stdout
    );
    let csv = pmo()
        .repo(&repo.path)
        .args(["report", "benefits", "--format", "csv", "--as-of", AS_OF])
        .run()
        .ok();
    let header = csv.stdout.lines().next().expect("header");
    assert!(
        header.starts_with("program,benefit,description"),
        "{header}"
    );
    assert!(csv.stdout.contains(",behind,"), "{}", csv.stdout);
}

const APPROVED: &str = "kind: Change
id: CR-001
title: More desktops
project: PRJ-DESK
budget: {before: 300000, after: 340000}
status: approved
decided_by: p-li-na
decided_on: 2026-06-01
";

const PENDING: &str = "kind: Change
id: CR-002
title: A month later
project: PRJ-DESK
end: {before: 2026-12-18, after: 2027-01-29}
why: The customer moves offices
status: proposed
";

#[test]
fn a_budget_moves_only_through_an_approved_change() {
    let repo = bank("format = 1\n");
    repo.write("changes.yaml", &format!("{APPROVED}---\n{PENDING}"));
    let moved = pmo()
        .repo(&repo.path)
        .args(["validate", "--as-of", AS_OF])
        .run()
        .code(1);
    assert!(
        moved
            .stdout
            .contains("budget is 300000, but approved change `CR-001` agreed 340000"),
        "{}",
        moved.stdout
    );
    repo.edit("project.yaml", "planned: 300000", "planned: 340000");
    let clean = pmo()
        .repo(&repo.path)
        .args(["validate", "--as-of", AS_OF])
        .run()
        .ok();
    assert!(!clean.stdout.contains("D00"), "{}", clean.stdout);
    // The plan lists the pending change first, then what the approved one moved.
    let plan = pmo()
        .repo(&repo.path)
        .args(["report", "plan", "--format", "json", "--as-of", AS_OF])
        .run()
        .ok()
        .json();
    let changes = plan["changes"].as_array().expect("changes");
    assert_eq!(changes[0]["id"], "CR-002");
    assert_eq!(changes[0]["status"], "proposed");
    assert_eq!(changes[1]["moves"][0]["what"], "budget");
    assert_eq!(changes[1]["moves"][0]["after"], "340000");
    let table = pmo()
        .repo(&repo.path)
        .args(["report", "plan", "--as-of", AS_OF])
        .run()
        .ok();
    assert!(table.stdout.contains("Change requests"), "{}", table.stdout);
    assert!(table.stdout.contains("pending"), "{}", table.stdout);
}

#[test]
fn without_a_change_the_baseline_revision_is_the_agreed_budget() {
    let repo = bank("format = 1\n[baseline]\nrevision = \"baseline-2026\"\n");
    repo.commit("the agreed plan", "2026-01-10");
    repo.git(&["tag", "baseline-2026"]);
    repo.edit("project.yaml", "planned: 300000", "planned: 330000");
    repo.commit("a bigger budget, no change request", "2026-06-10");
    let out = pmo()
        .repo(&repo.path)
        .args(["validate", "--as-of", AS_OF])
        .run()
        .code(1);
    assert!(
        out.stdout
            .contains("budget is 330000, but the baseline revision `baseline-2026` agreed 300000"),
        "{}",
        out.stdout
    );
    // An approved change makes the new budget the agreed one.
    repo.write("changes.yaml", &APPROVED.replace("340000", "330000"));
    let ok = pmo()
        .repo(&repo.path)
        .args(["validate", "--as-of", AS_OF])
        .run()
        .ok();
    assert!(!ok.stdout.contains("D001"), "{}", ok.stdout);
}

// ---- Against an independent computation (tests/independent/benefit_check.py).

/// A small deterministic generator (an LCG): the same seed, the same repo.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }

    fn day(&mut self) -> String {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("day")
            + chrono::Days::new(self.below(540));
        d.to_string()
    }
}

/// A program of twelve benefits with random targets (some with no number),
/// directions, due dates and measurements, written as JSON.
fn generated_program(seed: u64) -> String {
    let mut r = Lcg(seed);
    let benefits: Vec<serde_json::Value> = (0..12)
        .map(|i| {
            let t = r.below(100) as i64 - 20;
            let target = match r.below(4) {
                0 => format!("{t}"),
                1 => format!(">= {t} %"),
                2 => format!("{t}.5 hours"),
                _ => "fewer complaints".to_string(),
            };
            let mut b = serde_json::json!({
                "id": format!("B{i}"),
                "description": "a benefit",
                "target": target,
                "better": if r.below(2) == 0 { "higher" } else { "lower" },
            });
            if r.below(4) > 0 {
                b["due"] = r.day().into();
            }
            let measurements: Vec<serde_json::Value> = (0..r.below(5))
                .map(|_| serde_json::json!({"date": r.day(), "value": r.below(120) as i64 - 20}))
                .collect();
            let mut seen = std::collections::BTreeSet::new();
            let measurements: Vec<_> = measurements
                .into_iter()
                .filter(|m| seen.insert(m["date"].to_string()))
                .collect();
            b["measurements"] = measurements.into();
            b
        })
        .collect();
    serde_json::json!({
        "kind": "Program",
        "id": "PRG-GEN",
        "name": "Generated",
        "type": "single-customer",
        "stage": "benefits-management",
        "benefits": benefits,
    })
    .to_string()
}

#[test]
fn benefit_standings_agree_with_an_independent_computation() {
    if std::process::Command::new("python3")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("note: python3 not found; independent benefit check skipped");
        return;
    }
    let root = tempfile::tempdir().expect("temp dir");
    let mut args = Vec::new();
    for seed in 1..=15u64 {
        let repo = root.path().join(format!("repo{seed}"));
        std::fs::create_dir_all(&repo).expect("mkdir");
        std::fs::write(repo.join("pmo.toml"), "format = 1\n").expect("write");
        let program = repo.join("program.yaml");
        std::fs::write(&program, generated_program(seed)).expect("write");
        for as_of in ["2026-03-31", "2026-11-16", "2027-08-01"] {
            let json = pmo()
                .repo(&repo)
                .args(["report", "benefits", "--format", "json", "--as-of", as_of])
                .run()
                .ok()
                .bytes;
            let report = root.path().join(format!("repo{seed}-{as_of}.json"));
            std::fs::write(&report, json).expect("write");
            args.push(program.to_string_lossy().into_owned());
            args.push(report.to_string_lossy().into_owned());
            args.push(as_of.to_string());
        }
    }
    let script = crate::support::root().join("tests/independent/benefit_check.py");
    let check = std::process::Command::new("python3")
        .arg(script)
        .args(&args)
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "pmo and the independent benefit standings disagree:\n{text}{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(text.contains("checked 45 reports, 540 benefits"), "{text}");
    eprintln!("{text}");
}

//! The critical path and floats of `pmo report plan` against an
//! independent computation (tests/independent/cpm_check.py) on a generated
//! network of 10,000 tasks with cross-project links, SS/FF links, lags and
//! fixed starts. Skipped, with a note, when python3 is missing.

use crate::support::plan_gen;
use crate::support::pmo;

use std::path::Path;
use std::process::Command;

#[test]
fn critical_path_and_floats_agree_with_an_independent_computation() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not found; independent CPM check skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let shape = plan_gen::Shape {
        programs: 3,
        projects: 100,
        tasks_per_project: 100,
        cross_percent: 5,
        seed: 42,
    };
    let network = plan_gen::generate(dir.path(), &shape);
    let net_path = dir.path().join("network.json");
    std::fs::write(&net_path, network).unwrap();
    let out = pmo()
        .args([
            "report",
            "plan",
            "--format",
            "json",
            "--as-of",
            "2026-11-16",
            "--repo",
        ])
        .arg(dir.path())
        .run()
        .ok();
    let report_path = dir.path().join("report.json");
    std::fs::write(&report_path, &out.stdout).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/independent/cpm_check.py");
    let check = Command::new("python3")
        .arg(script)
        .arg(&net_path)
        .arg(&report_path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&check.stdout);
    eprintln!("{text}{}", String::from_utf8_lossy(&check.stderr));
    assert!(
        check.status.success(),
        "pmo and the independent CPM disagree:\n{text}"
    );
    assert!(text.contains("checked 10200 items"), "{text}");
}

//! Budgets from the baseline revision: earned value measures against the
//! budget approved at baseline (BAC), and the plan report shows how far
//! the current budget has moved from it.

use crate::history::{PLAN_JSON, fixture, pmo_in};
use crate::support::git::GitDir;

/// The plan report's earned value of `ops-net` (JSON) and the table.
fn ops_net(repo: &GitDir) -> (serde_json::Value, String) {
    let (code, out, err) = pmo_in(&repo.path, &PLAN_JSON);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let ev = v["programs"]
        .as_array()
        .expect("programs")
        .iter()
        .flat_map(|g| g["projects"].as_array().cloned().unwrap_or_default())
        .find(|p| p["id"] == "ops-net")
        .expect("ops-net")["earned_value"]
        .clone();
    let table = &PLAN_JSON[..3];
    let (code, out, err) = pmo_in(
        &repo.path,
        &[table, &["table", "--as-of", "2026-10-20"]].concat(),
    );
    assert_eq!(code, 0, "{err}");
    (ev, out)
}

#[test]
fn budgets_take_their_baseline_from_the_baseline_revision() {
    let repo = GitDir::from_fixture(&fixture());
    repo.edit(
        "projects/ops-net.yaml",
        "planned: 250000",
        "planned: 100000",
    );
    repo.commit("the approved plan", "2026-09-01");
    repo.tag("baseline-2026");
    repo.edit(
        "projects/ops-net.yaml",
        "planned: 100000",
        "planned: 120000",
    );
    repo.commit("an approved change raises the budget", "2026-10-01");

    // No baseline revision: BAC is the current budget, no change to show.
    let (ev, table) = ops_net(&repo);
    let earned_on_current = ev["ev"].as_f64().expect("ev");
    assert_eq!(ev["bac"], 120000.0);
    assert_eq!(ev["bac_basis"], "current");
    assert!(ev.get("budget_change").is_none(), "{ev:#}");
    assert!(!table.contains("approved at baseline"), "{table}");

    // The baseline tag: BAC is its budget, the change +20k; EV follows.
    let settings = repo.read("pmo.toml");
    repo.write(
        "pmo.toml",
        &format!("{settings}\n[baseline]\nrevision = \"baseline-2026\"\n"),
    );
    let (ev, table) = ops_net(&repo);
    assert_eq!(ev["bac"], 100000.0);
    assert_eq!(ev["bac_basis"], "baseline");
    assert_eq!(ev["budget_change"], 20000.0);
    // The same % complete earns on the baseline budget.
    let earned = ev["ev"].as_f64().expect("ev");
    assert!(
        (earned - earned_on_current * 100.0 / 120.0).abs() < 0.02,
        "{earned} vs {earned_on_current}"
    );
    assert!(
        table.contains("BAC is the budget approved at baseline; the budget is now 120000 (+20000)"),
        "{table}"
    );

    // A budget's own `baseline` wins over the revision's.
    repo.edit(
        "projects/ops-net.yaml",
        "planned: 120000",
        "planned: 120000\n  baseline: 90000",
    );
    let (ev, _) = ops_net(&repo);
    assert_eq!(ev["bac"], 90000.0);
    assert_eq!(ev["budget_change"], 30000.0);

    // A baseline revision whose budget states its own baseline lends that.
    repo.commit("the baseline budget written down", "2026-10-02");
    repo.tag("replan-1");
    repo.edit("projects/ops-net.yaml", "\n  baseline: 90000", "");
    repo.write(
        "pmo.toml",
        &format!("{settings}\n[baseline]\nrevision = \"replan-1\"\n"),
    );
    let (ev, _) = ops_net(&repo);
    assert_eq!(
        (ev["bac"].as_f64(), ev["budget_change"].as_f64()),
        (Some(90000.0), Some(30000.0))
    );
}

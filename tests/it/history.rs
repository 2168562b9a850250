//! Reports and checks at past revisions, over real git repositories built
//! in the test: `--at REV` must give exactly what the same command gives
//! on a checkout of REV (renamed files, a document moved between files and
//! merge commits included) without touching the working tree or the index;
//! `validate --new-since` must fail only on findings the change introduced.

use crate::support::git;
use crate::support::pmo;

use std::path::Path;

use git::{GitDir, git_in};

/// The plan report as JSON on the date the fixtures are written for.
pub(crate) const PLAN_JSON: [&str; 6] = [
    "report",
    "plan",
    "--format",
    "json",
    "--as-of",
    "2026-10-20",
];

pub(crate) fn pmo_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    pmo()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .run()
        .parts()
}

/// `json` validates against the schema `pmo schema NAME` serves.
fn assert_matches_schema(name: &str, json: &str) {
    let out = pmo().args(["schema", name]).run();
    let schema: serde_json::Value = serde_json::from_str(&out.stdout).expect("schema json");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let value: serde_json::Value = serde_json::from_str(json).expect("json");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}");
}

pub(crate) fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan")
}

/// A checkout of `rev` in a fresh clone, to compare `--at` against.
fn checkout(repo: &GitDir, rev: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    let url = format!("file://{}", repo.path.display());
    let date = "2026-12-01T12:00:00+08:00";
    git_in(tmp.path(), &["clone", "-q", &url, "c"], date);
    git_in(&tmp.path().join("c"), &["checkout", "-q", rev], date);
    tmp
}

const REPORTS: &[&[&str]] = &[
    &["report", "overview"],
    &["report", "plan"],
    &["report", "risk"],
    &["report", "resource"],
    &["report", "assessment"],
];

/// Every report (JSON) and `validate` (JSON and exit code) at `rev` equal
/// the same on a checkout of `commit` (git's name for the same revision).
fn assert_at_equals(repo: &GitDir, rev: &str, commit: &str) {
    let tmp = checkout(repo, commit);
    let copy = tmp.path().join("c");
    for report in REPORTS {
        let mut args = report.to_vec();
        args.extend(["--format", "json", "--as-of", "2026-10-20"]);
        let there = pmo_in(&copy, &args);
        args.extend(["--at", rev]);
        let here = pmo_in(&repo.path, &args);
        assert_eq!(there.0, 0, "{report:?} at {rev}: {}", there.2);
        assert_eq!(here, there, "{report:?} --at {rev}");
    }
    let args = ["validate", "--format", "json", "--as-of", "2026-10-20"];
    let there = pmo_in(&copy, &args);
    let here = pmo_in(&repo.path, &[&args[..], &["--at", rev]].concat());
    assert_eq!(
        (here.0, &here.1),
        (there.0, &there.1),
        "validate --at {rev}"
    );
}

/// The plan fixture, then a commit that changes progress and a date,
/// renames a file into a new folder and moves a document between files.
fn two_revisions() -> GitDir {
    let repo = GitDir::from_fixture(&fixture());
    repo.commit("fixture", "2026-09-01");
    repo.edit("projects/ops-net.yaml", "progress: 50", "progress: 80");
    repo.edit(
        "projects/ops-net.yaml",
        "due: 2027-01-22",
        "due: 2027-02-05",
    );
    repo.mv("projects/ops-desk.yaml", "desk/ops-desk.yaml");
    let people = repo.read("people/people.yaml");
    let (kept, moved) = people
        .split_once("---\nkind: Person\nid: chen-jie")
        .expect("chen-jie");
    repo.write("people/people.yaml", kept);
    repo.write(
        "people/chen-jie.yaml",
        &format!("kind: Person\nid: chen-jie{moved}"),
    );
    repo.commit("progress, a moved file and a moved person", "2026-09-15");
    repo
}

#[test]
fn at_reads_each_revision_exactly_as_committed() {
    let repo = two_revisions();
    // Uncommitted work, staged and not: --at must neither see nor touch it.
    repo.edit("projects/ops-net.yaml", "progress: 80", "progress: 95");
    repo.edit(
        "projects/cust-app.yaml",
        "kind: Project",
        "kind: Project\n# staged",
    );
    repo.git(&["add", "projects/cust-app.yaml"]);
    let status = repo.git(&["status", "--porcelain"]);
    let index = repo.git(&["diff", "--cached"]);

    for (rev, commit) in [
        ("HEAD", "HEAD"),
        ("HEAD~1", "HEAD~1"),
        ("main", "main"),
        ("2026-09-10", "HEAD~1"),
    ] {
        assert_at_equals(&repo, rev, commit);
    }
    assert_eq!(repo.git(&["status", "--porcelain"]), status);
    assert_eq!(repo.git(&["diff", "--cached"]), index);
    assert!(repo.read("projects/ops-net.yaml").contains("progress: 95"));

    // The working tree differs from HEAD, so --at HEAD really read git.
    let args = PLAN_JSON;
    let work = pmo_in(&repo.path, &args);
    let head = pmo_in(&repo.path, &[&args[..], &["--at", "HEAD"]].concat());
    assert_ne!(work.1, head.1);
}

#[test]
fn at_defaults_the_reporting_date_to_the_commit_date() {
    let repo = two_revisions();
    let meta_as_of = |args: &[&str]| {
        let (code, out, err) = pmo_in(&repo.path, args);
        assert_eq!(code, 0, "{err}");
        let json: serde_json::Value = serde_json::from_str(&out).expect("json");
        json["meta"]["as_of"].as_str().expect("as_of").to_string()
    };
    let plan = ["report", "plan", "--format", "json"];
    assert_eq!(
        meta_as_of(&[&plan[..], &["--at", "HEAD~1"]].concat()),
        "2026-09-01"
    );
    assert_eq!(
        meta_as_of(&[&plan[..], &["--at", "2026-09-20"]].concat()),
        "2026-09-15"
    );
    let given = [&plan[..], &["--at", "HEAD~1", "--as-of", "2026-11-02"]].concat();
    assert_eq!(meta_as_of(&given), "2026-11-02");
    // validate at a revision checks dates as of that day: nm1 is recorded
    // done on 2026-10-09, after both commit dates (S007).
    let (code, out, _) = pmo_in(
        &repo.path,
        &["validate", "--at", "HEAD", "--format", "json"],
    );
    assert_eq!(code, 1);
    assert!(out.contains("\"S007\""), "{out}");
}

#[test]
fn at_follows_merge_commits_and_their_parents() {
    let repo = GitDir::from_fixture(&fixture());
    repo.commit("fixture", "2026-09-01");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.edit(
        "projects/cust-app.yaml",
        "kind: Project",
        "kind: Project\n# feature",
    );
    repo.write(
        "risks/r1.yaml",
        "kind: Risk\nid: r1\ntitle: Supplier late\nproject: ops-net\nowner: li-wei\n\
         category: external\nstatus: open\nidentified: 2026-09-02\nprobability: 4\nimpact: 4\n",
    );
    repo.commit("a risk on a branch", "2026-09-03");
    repo.git(&["checkout", "-q", "main"]);
    repo.edit("projects/ops-net.yaml", "progress: 50", "progress: 70");
    repo.commit("progress on main", "2026-09-04");
    git_in(
        &repo.path,
        &["merge", "-q", "--no-ff", "-m", "merge feature", "feature"],
        "2026-09-05T12:00:00+08:00",
    );
    for rev in ["HEAD", "HEAD^1", "HEAD^2", "feature"] {
        assert_at_equals(&repo, rev, rev);
    }
    // A date follows the first parents: on 2026-09-03 main had only the
    // fixture; the branch's commit of that day is not on it.
    let fixture_commit = repo.git(&["rev-parse", "HEAD~2"]);
    let args = PLAN_JSON;
    let by_date = pmo_in(&repo.path, &[&args[..], &["--at", "2026-09-03"]].concat());
    let by_id = pmo_in(
        &repo.path,
        &[&args[..], &["--at", &fixture_commit]].concat(),
    );
    assert_eq!(by_date, by_id);
}

fn findings(out: &str) -> Vec<(String, String)> {
    let json: serde_json::Value = serde_json::from_str(out).expect("json");
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or_default().to_string(),
                f["path"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn new_since_fails_only_on_findings_the_change_introduced() {
    let repo = GitDir::from_fixture(&fixture());
    repo.commit("fixture with old findings", "2026-09-01");
    let gate = ["validate", "--format", "json", "--as-of", "2026-09-01"];
    let since = [&gate[..], &["--new-since", "HEAD"]].concat();

    // Lines added above old findings, a file renamed and a document moved
    // into another file: nothing is new.
    for f in [
        "programs/cust.yaml",
        "projects/cust-lab.yaml",
        "projects/ops-desk.yaml",
    ] {
        repo.edit(f, "kind:", "# reviewed in September\n\n# by the PMO\nkind:");
    }
    repo.mv("projects/cust-sd.yaml", "closed/service-desk.yaml");
    let net = repo.read("projects/ops-net.yaml");
    std::fs::remove_file(repo.path.join("projects/ops-net.yaml")).expect("rm");
    let people = repo.read("people/people.yaml");
    repo.write("people/people.yaml", &format!("{people}---\n{net}"));
    let (all_code, all, _) = pmo_in(&repo.path, &gate);
    assert_eq!(all_code, 1);
    assert_eq!(findings(&all).len(), 15, "{all}");
    let (code, out, err) = pmo_in(&repo.path, &since);
    assert_eq!((code, findings(&out)), (0, vec![]), "{out}");
    assert!(
        err.contains("0 of 15 findings are new since `HEAD`"),
        "{err}"
    );

    // A third task owned by someone off the team: one new C003 on a
    // project that already had two.
    repo.edit(
        "projects/ops-desk.yaml",
        "tasks:\n",
        "tasks:\n  - id: d9\n    name: Extra\n    duration: 3\n    owner: chen-jie\n",
    );
    let (code, out, _) = pmo_in(&repo.path, &since);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&out),
        [("C003".to_string(), "projects/ops-desk.yaml".to_string())]
    );
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert!(
        json["findings"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("task `d9`")),
        "{out}"
    );
}

#[test]
fn history_options_explain_a_shallow_clone_a_repository_without_commits_and_no_git() {
    let repo = GitDir::from_fixture(&fixture());
    repo.commit("one", "2026-09-01");
    repo.edit("projects/ops-net.yaml", "progress: 50", "progress: 70");
    repo.commit("two", "2026-09-08");
    let tmp = tempfile::tempdir().expect("temp dir");
    let url = format!("file://{}", repo.path.display());
    git_in(
        tmp.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
        "2026-09-09T12:00:00+08:00",
    );
    let shallow = tmp.path().join("shallow");
    for args in [
        &["report", "--at", "HEAD~1"][..],
        &["validate", "--new-since", "HEAD~1"],
        &["report", "plan", "--at", "2026-09-02"],
    ] {
        let (code, out, err) = pmo_in(&shallow, args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert!(err.contains("shallow clone"), "{args:?}: {err}");
        assert!(err.contains("fetch-depth: 0"), "{args:?}: {err}");
    }
    // HEAD itself is there.
    assert_eq!(pmo_in(&shallow, &["report", "--at", "HEAD"]).0, 0);

    let unborn = GitDir::from_fixture(&fixture());
    let (code, _, err) = pmo_in(&unborn.path, &["report", "plan", "--at", "HEAD"]);
    assert_eq!(code, 2);
    assert!(err.contains("has no commits yet"), "{err}");

    let plain = tempfile::tempdir().expect("temp dir");
    git::copy_dir(&fixture(), plain.path());
    let (code, _, err) = pmo_in(plain.path(), &["validate", "--new-since", "HEAD"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not inside a git repository"), "{err}");
}

/// Two commits a week apart: a milestone moved, progress and actuals
/// reported, a risk raised above tolerance, a project added, a finding
/// introduced and one fixed.
pub(crate) fn a_week_of_news() -> GitDir {
    let repo = GitDir::from_fixture(&fixture());
    repo.commit("week 1", "2026-10-12");
    repo.edit(
        "projects/ops-net.yaml",
        "due: 2027-01-22",
        "due: 2027-02-05",
    );
    repo.edit("projects/ops-net.yaml", "progress: 50", "progress: 60");
    repo.edit("projects/ops-net.yaml", "actual: 180000", "actual: 240000");
    repo.write(
        "risks/r1.yaml",
        "kind: Risk\nid: r1\ntitle: Supplier late\nproject: ops-net\nowner: li-wei\n\
         category: external\nstatus: open\nidentified: 2026-10-13\nprobability: 4\nimpact: 4\n",
    );
    repo.write(
        "projects/ops-lab.yaml",
        "kind: Project\nid: ops-lab\nname: Lab\nprogram: ops\nmanager: li-wei\n\
         status: planned\nstart: 2026-11-02\nend: 2026-12-18\n",
    );
    // Fixed: sm1 gets its done_on (S006); introduced: a task owned off the team (C003).
    repo.edit(
        "projects/cust-sd.yaml",
        "done: true",
        "done: true\n    done_on: 2026-06-30",
    );
    repo.edit(
        "projects/ops-net.yaml",
        "tasks:\n",
        "tasks:\n  - id: n9\n    name: Audit\n    duration: 2\n    owner: zhang-min\n",
    );
    repo.commit("week 2", "2026-10-19");
    repo
}

pub(crate) fn changes(json: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(json).expect("json");
    v["changes"].as_array().expect("changes").clone()
}

pub(crate) fn find<'a>(
    all: &'a [serde_json::Value],
    kind: &str,
    item: &str,
) -> &'a serde_json::Value {
    all.iter()
        .find(|c| c["kind"] == kind && c["item"] == item)
        .unwrap_or_else(|| panic!("no {kind} of {item} in {all:#?}"))
}

#[test]
fn diff_reads_the_news_between_two_commits() {
    let repo = a_week_of_news();
    let (code, out, err) = pmo_in(&repo.path, &["diff", "HEAD~1", "HEAD", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_matches_schema("diff", &out);
    let all = changes(&out);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["from"]["as_of"], "2026-10-12");
    assert_eq!(v["to"]["as_of"], "2026-10-19");
    // 2027-01-22 to 2027-02-05: two weeks, ten working days.
    let moved = find(&all, "milestone-moved", "nm2");
    assert_eq!(moved["delta"], 10.0);
    assert_eq!(moved["news"], "bad");
    let risk = find(&all, "risk-above-tolerance", "r1");
    assert_eq!(risk["now"], "16");
    find(&all, "risk-opened", "r1");
    find(&all, "project-added", "ops-lab");
    let actual = find(&all, "actual", "ops-net");
    assert_eq!(
        (actual["then"].clone(), actual["now"].clone()),
        ("180000.00".into(), "240000.00".into())
    );
    let introduced = find(&all, "finding-introduced", "C003");
    assert!(
        introduced["detail"]
            .as_str()
            .is_some_and(|d| d.contains("`n9`"))
    );
    find(&all, "finding-fixed", "S006");
    // Worst news first.
    let news: Vec<&str> = all
        .iter()
        .map(|c| c["news"].as_str().unwrap_or(""))
        .collect();
    let mut sorted = news.clone();
    sorted.sort_by_key(|n| ["bad", "watch", "good", "info"].iter().position(|x| x == n));
    assert_eq!(news, sorted);

    // The same news in the other formats.
    let (_, md, _) = pmo_in(
        &repo.path,
        &["diff", "HEAD~1", "HEAD", "--format", "markdown"],
    );
    assert!(md.starts_with("# What changed: Plan fixture"), "{md}");
    assert!(
        md.contains("| bad | milestone-moved | ops-net | nm2 |"),
        "{md}"
    );
    let (_, csv, _) = pmo_in(&repo.path, &["diff", "HEAD~1", "HEAD", "--format", "csv"]);
    assert_eq!(csv.lines().count(), all.len() + 1);
    assert!(csv.starts_with("news,change,project,item,name,then,now,delta,detail\n"));
    let (_, html, _) = pmo_in(&repo.path, &["diff", "HEAD~1", "HEAD", "--format", "html"]);
    assert!(html.contains("milestone-moved") && html.starts_with("<!DOCTYPE html>"));
}

#[test]
fn diff_defaults_to_head_against_the_working_tree_and_fails_on_chosen_news() {
    let repo = a_week_of_news();
    let (code, out, _) = pmo_in(
        &repo.path,
        &["diff", "--as-of", "2026-10-19", "--format", "json"],
    );
    assert_eq!(code, 0);
    assert!(changes(&out).is_empty(), "{out}");
    repo.edit("projects/ops-net.yaml", "progress: 60", "progress: 70");
    let (code, out, _) = pmo_in(
        &repo.path,
        &["diff", "--as-of", "2026-10-19", "--format", "json"],
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["to"]["name"], "working tree");
    find(&changes(&out), "percent-complete", "ops-net");

    let gate = ["diff", "HEAD~1", "HEAD", "--format", "json", "--fail-on"];
    assert_eq!(
        pmo_in(&repo.path, &[&gate[..], &["risk-above-tolerance"]].concat()).0,
        1
    );
    assert_eq!(
        pmo_in(
            &repo.path,
            &[&gate[..], &["project-removed,project-closed"]].concat()
        )
        .0,
        0
    );
    let (code, _, err) = pmo_in(&repo.path, &[&gate[..], &["red-things"]].concat());
    assert_eq!(code, 2);
    assert!(err.contains("red-things"), "{err}");
}

fn plan_figure(repo: &GitDir, rev: &str, project: &str, path: &[&str]) -> serde_json::Value {
    let (code, out, err) = pmo_in(
        &repo.path,
        &["report", "plan", "--at", rev, "--format", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let mut p = v["programs"]
        .as_array()
        .expect("programs")
        .iter()
        .flat_map(|g| g["projects"].as_array().cloned().unwrap_or_default())
        .find(|p| p["id"] == project)
        .expect("project");
    for key in path {
        p = p[*key].clone();
    }
    p
}

#[test]
fn trend_samples_the_last_commit_of_each_period_with_the_reports_figures() {
    let repo = a_week_of_news();
    repo.edit("projects/ops-net.yaml", "progress: 60", "progress: 75");
    // The desktop rollout becomes a service contract.
    repo.edit(
        "projects/ops-desk.yaml",
        "budget:\n",
        "nature: service\nservice: {run_rate: 40000}\nbudget:\n",
    );
    repo.commit("week 2, later", "2026-10-21");
    let (code, out, err) = pmo_in(&repo.path, &["report", "trend", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_matches_schema("report-trend", &out);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let dates: Vec<&str> = v["samples"]
        .as_array()
        .expect("samples")
        .iter()
        .map(|s| s["date"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(dates, ["2026-10-12", "2026-10-21"]);
    let series = |item: &str, metric: &str| {
        v["series"]
            .as_array()
            .expect("series")
            .iter()
            .find(|s| s["item"] == item && s["metric"] == metric)
            .unwrap_or_else(|| panic!("no {metric} of {item}"))["values"]
            .clone()
    };
    // The plan report's own figures at each sampled commit.
    let percent = series("ops-net", "percent_complete");
    for (i, rev) in ["HEAD~2", "HEAD"].iter().enumerate() {
        let expected = plan_figure(&repo, rev, "ops-net", &["percent_complete"]);
        let round = |x: f64| (x * 100.0).round() / 100.0;
        assert_eq!(
            percent[i].as_f64().map(round),
            expected.as_f64().map(round),
            "{rev}"
        );
        let ac = plan_figure(&repo, rev, "ops-net", &["earned_value", "ac"]);
        assert_eq!(series("ops-net", "ac")[i], ac, "{rev}");
        let eac = plan_figure(&repo, rev, "ops-net", &["earned_value", "eac"]);
        assert_eq!(
            series("ops-net", "eac")[i].as_f64().map(round),
            eac.as_f64().map(round),
            "{rev}"
        );
    }
    // Service burn: only once the project is a service contract, and the
    // plan report's figure.
    let burn = plan_figure(&repo, "HEAD", "ops-desk", &["service", "burn_percent"]);
    assert!(burn.as_f64().is_some(), "{burn}");
    assert_eq!(
        series("ops-desk", "service_burn"),
        serde_json::json!([null, burn])
    );
    assert_eq!(
        series("ops-net", "open_risks"),
        serde_json::json!([0.0, 1.0])
    );
    assert_eq!(
        series("ops-net", "above_tolerance"),
        serde_json::json!([0.0, 1.0])
    );
    assert_eq!(series("ops", "open_risks"), serde_json::json!([0.0, 1.0]));
    assert_eq!(
        series("ops-lab", "open_risks"),
        serde_json::json!([null, 0.0])
    );

    let (_, monthly, _) = pmo_in(
        &repo.path,
        &["report", "trend", "--every", "month", "--format", "json"],
    );
    let m: serde_json::Value = serde_json::from_str(&monthly).expect("json");
    assert_eq!(m["samples"].as_array().map(Vec::len), Some(1));
    let (_, since, _) = pmo_in(
        &repo.path,
        &["report", "trend", "--since", "HEAD~1", "--format", "json"],
    );
    let s: serde_json::Value = serde_json::from_str(&since).expect("json");
    assert_eq!(s["samples"][0]["date"], "2026-10-21");

    let (code, csv, _) = pmo_in(&repo.path, &["report", "trend", "--format", "csv"]);
    assert_eq!(code, 0);
    assert!(
        csv.starts_with("date,commit,level,item,metric,value\n"),
        "{csv}"
    );
    assert!(csv.contains(",project,ops-net,open_risks,1\n"), "{csv}");
    let (_, table, _) = pmo_in(&repo.path, &["report", "trend"]);
    assert!(table.contains("▁█"), "{table}");
}

#[test]
fn baselines_come_from_the_revision_pmo_toml_names() {
    let repo = GitDir::from_fixture(&fixture());
    repo.commit("the approved plan", "2026-09-01");
    repo.tag("baseline-2026");
    // A re-plan: a milestone and the project's end move two weeks later.
    repo.edit(
        "projects/ops-net.yaml",
        "due: 2027-01-22",
        "due: 2027-02-05",
    );
    repo.edit(
        "projects/ops-net.yaml",
        "end: 2027-01-29",
        "end: 2027-02-12",
    );
    let plan = |repo: &GitDir| {
        let args = PLAN_JSON;
        let (code, out, err) = pmo_in(&repo.path, &args);
        assert_eq!(code, 0, "{err}");
        serde_json::from_str::<serde_json::Value>(&out).expect("json")
    };
    let project = |v: &serde_json::Value| {
        v["programs"]
            .as_array()
            .expect("programs")
            .iter()
            .flat_map(|g| g["projects"].as_array().cloned().unwrap_or_default())
            .find(|p| p["id"] == "ops-net")
            .expect("ops-net")
    };
    let item = |p: &serde_json::Value, id: &str| {
        p["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["id"] == id)
            .cloned()
            .expect("item")
    };
    // Without a baseline revision the project has no baseline: no slip,
    // never one measured against its contract end.
    let before = plan(&repo);
    let p = project(&before);
    assert_eq!(p["baseline_finish"], serde_json::Value::Null);
    assert_eq!(p["slip_days"], serde_json::Value::Null);
    assert_eq!(p["end"], "2027-02-12");
    assert!(item(&p, "nm2").get("baseline_finish").is_none());
    assert!(before["meta"].get("baseline").is_none());

    let settings = repo.read("pmo.toml");
    repo.write(
        "pmo.toml",
        &format!("{settings}\n[baseline]\nrevision = \"baseline-2026\"\n"),
    );
    let after = plan(&repo);
    let p = project(&after);
    assert_eq!(p["baseline_finish"], "2027-01-29");
    let nm2 = item(&p, "nm2");
    assert_eq!(nm2["baseline_finish"], "2027-01-22");
    assert_eq!(nm2["due"], "2027-02-05");
    let meta = after["meta"]["baseline"].as_str().expect("baseline named");
    assert!(meta.starts_with("baseline-2026 ("), "{meta}");
    assert!(meta.ends_with(" of 2026-09-01)"), "{meta}");
    // The slip is measured against the baseline's finish now: the projected
    // finish against 2027-01-29.
    let p = project(&after);
    let projected: chrono::NaiveDate = p["projected_finish"]
        .as_str()
        .expect("date")
        .parse()
        .expect("date");
    let base = chrono::NaiveDate::from_ymd_opt(2027, 1, 29).expect("date");
    assert_eq!(p["slip_days"].as_i64(), Some((projected - base).num_days()));

    // A baseline that does not resolve is an error naming it.
    repo.write(
        "pmo.toml",
        &format!("{settings}\n[baseline]\nrevision = \"nope\"\n"),
    );
    let (code, _, err) = pmo_in(&repo.path, &["report", "plan"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read the baseline `nope`"), "{err}");

    // Named baselines: the original plan and the approved re-plan; `use`
    // picks one, `--baseline` another, and the report says which.
    repo.commit("the approved re-plan", "2026-10-01");
    repo.tag("replan-1");
    let named = "[baseline.named]\noriginal = \"baseline-2026\"\nreplan = \"replan-1\"\n";
    repo.write(
        "pmo.toml",
        &format!("{settings}\n[baseline]\nuse = \"original\"\n{named}"),
    );
    let original = plan(&repo);
    assert_eq!(project(&original)["baseline_finish"], "2027-01-29");
    let meta = original["meta"]["baseline"]
        .as_str()
        .expect("baseline named");
    assert!(meta.starts_with("original = baseline-2026 ("), "{meta}");
    let args = PLAN_JSON;
    let (code, out, err) = pmo_in(&repo.path, &[&args[..], &["--baseline", "replan"]].concat());
    assert_eq!(code, 0, "{err}");
    let replan: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(project(&replan)["baseline_finish"], "2027-02-12");
    let meta = replan["meta"]["baseline"].as_str().expect("baseline named");
    assert!(meta.starts_with("replan = replan-1 ("), "{meta}");
    // A `use` that names no baseline says which there are.
    repo.write(
        "pmo.toml",
        &format!("{settings}\n[baseline]\nuse = \"latest\"\n{named}"),
    );
    let (code, _, err) = pmo_in(&repo.path, &["report", "plan"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("names no baseline of [baseline.named] (it has: original, replan)"),
        "{err}"
    );
}

#[test]
fn the_management_page_opens_with_what_changed_since_the_last_report() {
    let repo = a_week_of_news();
    let base = ["report", "--since", "HEAD~1", "--as-of", "2026-10-19"];
    // The terminal: the since section (the diff's worst news, then the
    // trends as sparklines) comes before today's overview.
    let (code, out, err) = pmo_in(&repo.path, &base);
    assert_eq!(code, 0, "{err}");
    let since = out.find("Since HEAD~1").expect("since section");
    let today = out.rfind("Portfolio overview").expect("overview");
    assert!(since < today, "{out}");
    let news = &out[since..today];
    assert!(news.contains("milestone-moved"), "{news}");
    assert!(news.contains("% complete"), "{news}");
    // The page: the same section first, its trends drawn as SVG lines.
    let (code, html, err) = pmo_in(&repo.path, &[&base[..], &["--format", "html"]].concat());
    assert_eq!(code, 0, "{err}");
    let since = html.find("Since HEAD~1").expect("since on the page");
    let chart = html.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lines\"");
    assert!(
        chart.is_some_and(|c| c > since),
        "a trend chart after the news"
    );
    assert!(html.find("milestone-moved").is_some_and(|m| m > since));
    // Data formats have their own commands: refused, saying which.
    let (code, _, err) = pmo_in(&repo.path, &[&base[..], &["--format", "json"]].concat());
    assert_eq!(code, 2);
    assert!(err.contains("pmo diff REV --format json"), "{err}");
}

/// The second half of a multi-document file, from the document with `id`.
fn split_at_document(text: &str, id: &str) -> (String, String) {
    let at = text.find(&format!("id: {id}\n")).expect("document");
    let start = text[..at].rfind("---\n").expect("document start");
    (text[..start].to_string(), text[start..].to_string())
}

#[test]
fn diff_tells_new_assessments_and_reviews() {
    let composite = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/composite");
    let repo = GitDir::from_fixture(&composite);
    // The week before: PRJ-BANK-DESK assessed for Q2 only, Li Na reviewed
    // for H1 only.
    let read = |f: &str| std::fs::read_to_string(repo.path.join(f)).expect("read");
    let (desk_q2, desk_q3) =
        split_at_document(&read("assessments/bank-desk.yaml"), "ASM-2026Q3-BANK-DESK");
    let (li_h1, li_h2) = split_at_document(&read("reviews/p-li-na.yaml"), "REV-2026H2-LI");
    repo.write("assessments/bank-desk.yaml", &desk_q2);
    repo.write("reviews/p-li-na.yaml", &li_h1);
    repo.commit("before", "2026-11-09");
    repo.write("assessments/bank-desk.yaml", &(desk_q2 + &desk_q3));
    repo.write("reviews/p-li-na.yaml", &(li_h1 + &li_h2));
    repo.commit("after", "2026-11-16");
    let (code, out, err) = pmo_in(&repo.path, &["diff", "HEAD~1", "HEAD", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_matches_schema("diff", &out);
    let all = changes(&out);
    let a = find(&all, "assessment-new", "PRJ-BANK-DESK");
    assert!(
        a["then"]
            .as_str()
            .is_some_and(|t| t.starts_with("2026-Q2 ")),
        "{a}"
    );
    assert!(
        a["now"].as_str().is_some_and(|t| t.starts_with("2026-Q3 ")),
        "{a}"
    );
    assert!(a["delta"].is_number(), "{a}");
    let r = find(&all, "review-new", "REV-2026H2-LI");
    assert!(
        r["detail"]
            .as_str()
            .is_some_and(|d| d.contains("2026-H2 of `p-li-na`")),
        "{r}"
    );
    assert!(r["now"].is_string(), "{r}");
}

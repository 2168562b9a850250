//! What scripts and spreadsheets rely on, over the real binary and the
//! example repositories: the Excel workbook (read back by openpyxl, an
//! independent reader), tidy CSV, JSON outputs against `pmo schema`, the
//! refusal of an unknown `-o` extension, and one meaning per option.

use crate::support::{Run, pmo};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const AS_OF: &str = "2026-11-16";
const REPORTS: [&str; 7] = [
    "overview",
    "plan",
    "risk",
    "resource",
    "assessment",
    "lessons",
    "benefits",
];
const EXAMPLES: [&str; 6] = [
    "composite",
    "lifecycle",
    "multi-business",
    "multi-customer",
    "single-business",
    "single-customer",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

/// `pmo report REPORT` on an example, with `extra` options.
fn report(report: &str, repo: &str, extra: &[&str]) -> Run {
    let dir = example(repo);
    let mut args = vec!["report"];
    if report != "overview" {
        args.push(report);
    }
    args.extend(["--as-of", AS_OF, "--repo", dir.to_str().unwrap()]);
    args.extend(extra);
    pmo().args(&args).run()
}

fn ok(out: &Run) -> String {
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout.clone()
}

// ---- The workbook, read back by openpyxl.

/// The workbook as openpyxl sees it (tests/independent/read_xlsx.py).
fn read_back(file: &Path) -> Value {
    let out = Command::new("python3")
        .arg(root().join("tests/independent/read_xlsx.py"))
        .arg(file)
        .output()
        .expect("python3 runs (CI installs it with openpyxl, see .ci/run)");
    assert!(
        out.status.success(),
        "read_xlsx.py failed (is openpyxl installed? `pip install openpyxl`): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn workbook(report_name: &str, repo: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("status.xlsx");
    ok(&report(report_name, repo, &["-o", file.to_str().unwrap()]));
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(&bytes[..2], b"PK", "an xlsx is a zip file");
    read_back(&file)
}

fn sheet<'a>(book: &'a Value, name: &str) -> &'a Value {
    book["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no sheet {name} in {:?}", sheet_names(book)))
}

fn sheet_names(book: &Value) -> Vec<String> {
    book["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

/// Column `name` of a sheet: (type, value, number format) per row.
fn column<'a>(sheet: &'a Value, name: &str) -> Vec<(&'a str, &'a Value, &'a str)> {
    let i = sheet["headers"]
        .as_array()
        .unwrap()
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    sheet["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let c = &r[i];
            (c[0].as_str().unwrap(), &c[1], c[2].as_str().unwrap())
        })
        .collect()
}

/// The CSV of a report as rows of strings, the header first.
fn csv_rows(report_name: &str, repo: &str) -> Vec<Vec<String>> {
    let text = ok(&report(report_name, repo, &["--format", "csv"]));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn every_report_writes_a_workbook_with_frozen_filtered_headers() {
    let expected: BTreeMap<&str, &[&str]> = BTreeMap::from([
        (
            "overview",
            &["projects", "programs", "top_risks", "over_capacity"][..],
        ),
        ("plan", &["items", "projects", "changes"][..]),
        ("risk", &["risks", "exposure"][..]),
        (
            "resource",
            &["load", "conflicts", "cost_projects", "cost_programs"][..],
        ),
        ("assessment", &["assessment", "kpis"][..]),
        ("lessons", &["lessons"][..]),
        ("benefits", &["benefits", "measurements"][..]),
    ]);
    for r in REPORTS {
        let book = workbook(r, "composite");
        assert_eq!(sheet_names(&book), expected[r], "{r}");
        for s in book["sheets"].as_array().unwrap() {
            assert_eq!(s["freeze"], "A2", "{r}/{}: header row frozen", s["name"]);
            let filter = s["filter"].as_str().unwrap_or_default();
            assert!(
                filter.starts_with("A1:"),
                "{r}/{}: filter {filter}",
                s["name"]
            );
        }
        // The first sheet is the CSV: same headers, same cells.
        let csv = csv_rows(r, "composite");
        let first = &book["sheets"][0];
        let headers: Vec<String> = first["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h.as_str().unwrap().to_string())
            .collect();
        assert_eq!(headers, csv[0], "{r}");
        assert_eq!(
            first["rows"].as_array().unwrap().len(),
            csv.len() - 1,
            "{r}"
        );
        let filter = first["filter"].as_str().unwrap();
        assert!(filter.ends_with(&(csv.len()).to_string()), "{r}: {filter}");
    }
}

#[test]
fn workbook_cells_are_typed() {
    let plan = workbook("plan", "composite");
    let items = sheet(&plan, "items");
    for (kind, value, format) in column(items, "early_start") {
        assert_eq!((kind, format), ("date", "yyyy-mm-dd"), "{value}");
    }
    for (kind, _, _) in column(items, "critical") {
        assert_eq!(kind, "bool");
    }
    for (kind, value, format) in column(items, "progress_pct") {
        assert_eq!((kind, format), ("number", "0%"));
        let v = value.as_f64().unwrap();
        assert!((0.0..=1.0).contains(&v), "a fraction for Excel's %: {v}");
    }
    // A task done: progress 100 % is 1.0 in the cell.
    let ids = column(items, "id");
    let done = ids.iter().position(|(_, v, _)| *v == "t-runbooks").unwrap();
    assert_eq!(column(items, "progress_pct")[done].1, 1.0);
    assert_eq!(column(items, "early_start")[done].1, "2026-03-02");
    // Missing values are empty cells, not "-".
    assert!(
        column(items, "baseline_finish")
            .iter()
            .any(|(k, _, _)| *k == "empty")
    );

    let projects = sheet(&plan, "projects");
    assert!(
        column(projects, "budget")
            .iter()
            .any(|(k, _, f)| *k == "number" && *f == "#,##0.00")
    );
    assert!(
        column(projects, "baseline_finish")
            .iter()
            .all(|(k, _, _)| *k == "date" || *k == "empty")
    );

    let assessment = workbook("assessment", "composite");
    let kpis = sheet(&assessment, "kpis");
    assert!(column(kpis, "sla").iter().all(|(k, _, _)| *k == "bool"));
    assert!(
        column(kpis, "target")
            .iter()
            .all(|(k, _, _)| *k == "number")
    );
    // No 360-degree review leaves the report for a spreadsheet.
    assert!(
        !sheet_names(&assessment)
            .iter()
            .any(|n| n.contains("review"))
    );

    let risk = workbook("risk", "composite");
    let risks = sheet(&risk, "risks");
    assert!(
        column(risks, "escalate")
            .iter()
            .all(|(k, _, _)| *k == "bool")
    );
    assert!(
        column(risks, "escalate")
            .iter()
            .any(|(_, v, _)| **v == Value::Bool(true))
    );
    let ids = column(risks, "id");
    let row = ids.iter().position(|(_, v, _)| *v == "RSK-010").unwrap();
    assert_eq!(column(risks, "score")[row].1, 20);
    assert_eq!(column(risks, "identified")[row].0, "date");
    for (kind, _, format) in column(risks, "emv") {
        assert!(kind == "empty" || (kind == "number" && format == "#,##0.00"));
    }
    assert!(
        column(risks, "currency")
            .iter()
            .all(|(k, _, _)| *k == "text")
    );

    let resource = workbook("resource", "composite");
    let cost = sheet(&resource, "cost_projects");
    assert!(
        column(cost, "budget")
            .iter()
            .any(|(k, _, f)| *k == "number" && *f == "#,##0.00")
    );
    let load = sheet(&resource, "load");
    assert!(
        column(load, "utilisation_pct")
            .iter()
            .all(|(k, _, f)| *k == "empty" || (*k == "number" && *f == "0%"))
    );
    assert!(column(load, "hours").iter().all(|(k, _, _)| *k == "number"));

    // The overview's projects agree with its JSON.
    let book = workbook("overview", "composite");
    let projects = sheet(&book, "projects");
    let json: Value =
        serde_json::from_str(&ok(&report("overview", "composite", &["--format", "json"]))).unwrap();
    let first = &json["programs"][0]["projects"][0];
    assert_eq!(column(projects, "project")[0].1, &first["id"]);
    let pct = column(projects, "percent_complete")[0].1.as_f64().unwrap();
    let want = first["percent_complete"].as_f64().unwrap().round() / 100.0;
    assert!((pct - want).abs() < 1e-9, "{pct} vs {want}");
    assert_eq!(
        column(projects, "next_milestone_due")[0].1,
        &first["next_milestone"]["due"]
    );
}

#[test]
fn repository_text_never_becomes_a_formula_in_the_workbook() {
    let repo = root().join("tests/fixtures/risk-hostile");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("risks.xlsx");
    let out = pmo()
        .args([
            "report",
            "risk",
            "--as-of",
            AS_OF,
            "--repo",
            repo.to_str().unwrap(),
            "-o",
            file.to_str().unwrap(),
        ])
        .run();
    ok(&out);
    let book = read_back(&file);
    let titles = column(sheet(&book, "risks"), "title");
    assert_eq!(titles.len(), 5);
    for (kind, text, _) in &titles {
        assert_eq!(*kind, "text", "{text}: a string cell, never a formula");
        let text = text.as_str().unwrap();
        assert!(
            !text.contains('\u{1b}'),
            "{text}: escape sequences shown, not sent"
        );
    }
    assert!(
        titles
            .iter()
            .any(|(_, t, _)| t.as_str().unwrap().starts_with("=HYPERLINK(")),
        "the text is kept whole: {titles:?}"
    );
}

#[test]
fn format_xlsx_on_a_pipe_writes_the_workbook_to_stdout() {
    let out = report("plan", "composite", &["--format", "xlsx"]);
    assert!(out.code == 0);
    assert_eq!(&out.bytes[..4], b"PK\x03\x04", "a zip file");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("piped.xlsx");
    std::fs::write(&file, &out.bytes).unwrap();
    let names = sheet_names(&read_back(&file));
    assert_eq!(names, ["items", "projects", "changes"]);
}

// ---- `-o` and its extension.

#[test]
fn an_unknown_output_extension_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("status.xslx");
    let out = report("plan", "composite", &["-o", file.to_str().unwrap()]);
    assert_eq!(out.code, 2);
    let err = &out.stderr;
    assert!(err.contains("unknown extension `.xslx`"), "{err}");
    assert!(
        err.contains("csv") && err.contains("xlsx") && err.contains("html"),
        "{err}"
    );
    assert!(!file.exists(), "nothing written");
    // Naming the format overrides the extension.
    let out = report(
        "plan",
        "composite",
        &["-o", file.to_str().unwrap(), "--format", "csv"],
    );
    ok(&out);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("program,")
    );
}

// ---- Tidy CSV.

fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.starts_with('_')
}

#[test]
fn every_csv_is_tidy() {
    for repo in EXAMPLES {
        for r in REPORTS {
            let rows = csv_rows(r, repo);
            let header = &rows[0];
            for h in header {
                assert!(is_snake_case(h), "{repo}/{r}: header `{h}`");
            }
            for row in &rows[1..] {
                for (h, cell) in header.iter().zip(row) {
                    let what = format!("{repo}/{r}: {h} = `{cell}`");
                    assert!(!cell.ends_with('%'), "{what}: a plain number");
                    assert!(cell != "-", "{what}: missing is empty");
                    assert!(cell != "yes" && cell != "no", "{what}: true/false");
                    // Free text may hold parentheses; no other cell may
                    // pack a second fact into them (`RSK-003 (12)`).
                    let free_text = h == "name" || h.ends_with("_name") || h == "title";
                    assert!(
                        free_text || !cell.contains(" ("),
                        "{what}: one fact per cell"
                    );
                    let numeric = h.ends_with("_pct")
                        || h.ends_with("_days")
                        || h.ends_with("_hours")
                        || ["score", "budget", "emv", "cost_impact", "hours"].contains(&h.as_str());
                    if numeric && !cell.is_empty() {
                        assert!(cell.parse::<f64>().is_ok(), "{what}: a number");
                    }
                    if ["critical", "escalate"].contains(&h.as_str()) {
                        assert!(cell == "true" || cell == "false", "{what}");
                    }
                }
            }
            if ["budget", "emv", "cost_impact"]
                .iter()
                .any(|m| header.iter().any(|h| h == m))
            {
                assert!(header.iter().any(|h| h == "currency"), "{repo}/{r}");
            }
        }
    }
}

#[test]
fn the_overview_csv_has_one_fact_per_cell() {
    let rows = csv_rows("overview", "composite");
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let bank_desk = rows
        .iter()
        .find(|r| r[col("project")] == "PRJ-BANK-DESK")
        .unwrap();
    assert_eq!(bank_desk[col("program")], "PRG-EAST-ITS");
    assert_eq!(bank_desk[col("schedule")], "amber");
    assert_eq!(bank_desk[col("percent_complete")], "64");
    assert_eq!(bank_desk[col("top_risk")], "RSK-001");
    assert_eq!(bank_desk[col("top_risk_score")], "16");
    assert_eq!(bank_desk[col("risks_above_tolerance")], "2");
    // Its engineers' task hours fit their capacity; PRJ-BANK-NET shares
    // two network engineers with PRJ-SME-NET-MFG (what C001 warns of).
    assert_eq!(bank_desk[col("people_over_capacity")], "0");
    let bank_net = rows
        .iter()
        .find(|r| r[col("project")] == "PRJ-BANK-NET")
        .unwrap();
    assert_eq!(bank_net[col("people_over_capacity")], "2");
    assert_eq!(bank_desk[col("grade")], "B");
    assert_eq!(bank_desk[col("assessment_total")], "3.75");
    assert_eq!(bank_desk[col("assessment_period")], "2026-Q3");
    assert_eq!(bank_desk[col("next_milestone_due")], "2026-11-06");
    assert_eq!(bank_desk[col("manager")], "p-zhang-wei");
}

// ---- JSON outputs and their schemas.

fn served_schema(name: &str) -> jsonschema::Validator {
    let text = ok(&pmo().args(["schema", name]).run());
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema {name} compiles: {e}"))
}

fn assert_valid(validator: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .take(5)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[test]
fn every_json_output_of_every_example_matches_its_served_schema() {
    for r in REPORTS {
        let validator = served_schema(&format!("report-{r}"));
        for repo in EXAMPLES {
            let json: Value =
                serde_json::from_str(&ok(&report(r, repo, &["--format", "json"]))).unwrap();
            assert_valid(&validator, &json, &format!("{repo}/{r}"));
        }
        // The schema bites: an unknown field is refused.
        let mut json: Value =
            serde_json::from_str(&ok(&report(r, "composite", &["--format", "json"]))).unwrap();
        json["meta"]["surprise"] = Value::Bool(true);
        assert!(!validator.is_valid(&json), "{r}: schema is closed");
    }
    let findings = served_schema("findings");
    for repo in EXAMPLES.iter().chain(&["broken"]) {
        let dir = example(repo);
        let out = pmo()
            .args([
                "validate",
                dir.to_str().unwrap(),
                "--format",
                "json",
                "--as-of",
                AS_OF,
            ])
            .run();
        let json: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_valid(&findings, &json, &format!("{repo}/validate"));
    }
}

#[test]
fn validate_help_points_at_a_schema_pmo_serves() {
    let help = ok(&pmo().args(["validate", "--help"]).run());
    assert!(help.contains("pmo schema findings"), "{help}");
    assert!(!help.contains("schemas/findings.schema.json"), "{help}");
}

#[test]
fn schema_write_refreshes_only_the_schema_files() {
    let dir = tempfile::tempdir().unwrap();
    let schemas = dir.path().join(".pmo/schemas");
    std::fs::create_dir_all(&schemas).unwrap();
    std::fs::write(schemas.join("risk.schema.json"), "{\"old\": true}\n").unwrap();
    std::fs::write(schemas.join("notes.txt"), "mine\n").unwrap();
    let out = pmo()
        .args(["schema", "--write", schemas.to_str().unwrap()])
        .run();
    ok(&out);
    let err = &out.stderr;
    assert!(err.contains("9 of 9 schema files"), "{err}");
    for name in [
        "program",
        "project",
        "person",
        "risk",
        "review",
        "assessment",
        "change",
        "evaluation",
        "settings",
    ] {
        let written = std::fs::read_to_string(schemas.join(format!("{name}.schema.json"))).unwrap();
        assert_eq!(written, ok(&pmo().args(["schema", name]).run()), "{name}");
    }
    assert_eq!(
        std::fs::read_to_string(schemas.join("notes.txt")).unwrap(),
        "mine\n"
    );
    assert_eq!(std::fs::read_dir(&schemas).unwrap().count(), 10);
    // Run again: nothing to do.
    let again = pmo()
        .args(["schema", "--write", schemas.to_str().unwrap()])
        .run();
    assert!(&again.stderr.contains("0 of 9"));
}

// ---- One way to name the repository; one meaning per option.

#[test]
fn every_report_takes_the_repository_as_a_positional_path() {
    for r in REPORTS {
        let dir = example("single-customer");
        let by_option = ok(&report(r, "single-customer", &["--format", "json"]));
        let mut args = vec!["report"];
        if r != "overview" {
            args.push(r);
        }
        args.extend([dir.to_str().unwrap(), "--as-of", AS_OF, "--format", "json"]);
        assert_eq!(ok(&pmo().args(&args).run()), by_option, "{r}");
    }
}

#[test]
fn resource_groups_by_every_and_still_takes_the_old_period() {
    let every = ok(&report(
        "resource",
        "composite",
        &["--every", "month", "--format", "json"],
    ));
    let old = ok(&report(
        "resource",
        "composite",
        &["--period", "month", "--format", "json"],
    ));
    assert_eq!(every, old);
    assert!(every.contains("\"2026-12\""), "months, not weeks");
    let help = ok(&pmo().args(["report", "resource", "--help"]).run());
    assert!(help.contains("--every"), "{help}");
    assert!(
        !help.contains("--period <"),
        "the old name is hidden: {help}"
    );
}

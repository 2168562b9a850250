//! The JSON Schemas in `schemas/` are generated from the model; these tests
//! fail when the committed files drift from the types, and check with an
//! independent validator (the `jsonschema` crate) that the schemas and
//! `pmo` agree: documents `pmo` accepts pass their schema, and documents it
//! rejects for their shape fail it.
//!
//! The output schemas (`pmo schema findings`, `pmo schema report-plan`...)
//! are checked against every example's output in tests/it/scripting.rs.
//!
//! To refresh the files after changing the model:
//! `PMO_BLESS=1 cargo test --test it schemas::`.

use crate::support::pmo;
use std::path::{Path, PathBuf};

use pmo::schema::{SchemaName, generate};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn schema_file(name: SchemaName) -> PathBuf {
    root().join("schemas").join(name.file_name())
}

#[test]
fn committed_schemas_match_the_model() {
    let bless = std::env::var_os("PMO_BLESS").is_some();
    let mut drifted = Vec::new();
    for name in SchemaName::ALL {
        let want = serde_json::to_string_pretty(&generate(name)).unwrap() + "\n";
        let path = schema_file(name);
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if bless {
                std::fs::write(&path, &want).unwrap();
            } else {
                drifted.push(path.display().to_string());
            }
        }
    }
    assert!(
        drifted.is_empty(),
        "schemas drifted from the model: {drifted:?}; run `PMO_BLESS=1 cargo test --test it schemas::`"
    );
}

#[test]
fn pmo_schema_prints_the_committed_schema() {
    let out = pmo().args(["schema", "risk"]).run();
    assert!(out.code == 0);
    let printed: Value = serde_json::from_str(&out.stdout).unwrap();
    let committed: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_file(SchemaName::Risk)).unwrap())
            .unwrap();
    assert_eq!(printed, committed);
}

fn validator(name: SchemaName) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(schema_file(name)).unwrap())
        .expect("schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

fn kind_schema(kind: &str) -> Option<SchemaName> {
    Some(match kind {
        "Program" => SchemaName::Program,
        "Project" => SchemaName::Project,
        "Person" => SchemaName::Person,
        "Risk" => SchemaName::Risk,
        "Review" => SchemaName::Review,
        "Assessment" => SchemaName::Assessment,
        "Change" => SchemaName::Change,
        "Evaluation" => SchemaName::Evaluation,
        _ => return None,
    })
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() && !name.starts_with('.') && name != "target" {
            yaml_files(&p, out);
        } else if name.ends_with(".yaml") || name.ends_with(".yml") {
            out.push(p);
        }
    }
}

/// Runs `pmo validate --format json` and returns the loader's codes.
fn loader_codes(repo: &Path) -> Vec<String> {
    let out = pmo()
        .args(["validate", "--format", "json", "--color", "never"])
        .arg(repo)
        .run();
    let json: Value = serde_json::from_str(&out.stdout).unwrap_or(Value::Null);
    json["findings"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f["code"].as_str())
                .filter(|c| c.starts_with('L'))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Every document of every example repo passes its kind's schema, and
/// every pmo.toml passes the settings schema.
#[test]
fn example_documents_pass_their_schemas() {
    let mut checked = 0;
    let Ok(repos) = std::fs::read_dir(root().join("examples")) else {
        return;
    };
    for repo in repos
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("pmo.toml").is_file())
    {
        if repo.ends_with("broken") {
            continue;
        }
        let toml_text = std::fs::read_to_string(repo.join("pmo.toml")).unwrap();
        let settings: Value = toml::from_str(&toml_text).unwrap();
        let errors: Vec<String> = validator(SchemaName::Settings)
            .iter_errors(&settings)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}/pmo.toml: {errors:?}", repo.display());
        let mut files = Vec::new();
        yaml_files(&repo, &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let docs: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
            for doc in docs {
                let kind = doc["kind"].as_str().unwrap_or_default().to_string();
                let schema = kind_schema(&kind).expect("known kind");
                let errors: Vec<String> = validator(schema)
                    .iter_errors(&doc)
                    .map(|e| format!("{e} at {}", e.instance_path()))
                    .collect();
                assert!(errors.is_empty(), "{} ({kind}): {errors:?}", file.display());
                checked += 1;
            }
        }
    }
    assert!(checked > 0 || !root().join("examples").exists());
}

const GOOD_RISK: &str = "kind: Risk
id: RSK-001
title: Core switch firmware end of support
project: PRJ-NET
category: technical
cause: Vendor ends support for firmware 9.x
event: A security flaw cannot be patched
effect: Outage of the branch network
probability: 3
impact: 4
cost_impact: 120000
owner: p-li
strategy: mitigate
actions:
  - description: Upgrade the core switches
    owner: p-li
    due: 2026-12-15
status: open
identified: 2026-09-01
next_review: 2026-12-01
history:
  - date: 2026-09-01
    probability: 4
    impact: 4
";

/// Each case: a Risk document, and whether pmo accepts it.
fn risk_cases() -> Vec<(&'static str, String, bool)> {
    vec![
        ("valid", GOOD_RISK.to_string(), true),
        (
            "unknown field",
            GOOD_RISK.replace("owner: p-li\nstrategy", "ownr: p-li\nstrategy"),
            false,
        ),
        (
            "missing field",
            GOOD_RISK.replace("category: technical\n", ""),
            false,
        ),
        (
            "wrong type",
            GOOD_RISK.replace("probability: 3", "probability: likely"),
            false,
        ),
        (
            "unknown value",
            GOOD_RISK.replace("category: technical", "category: techincal"),
            false,
        ),
        (
            "bad date",
            GOOD_RISK.replace("identified: 2026-09-01", "identified: 2026-02-30"),
            false,
        ),
        (
            "date shape",
            GOOD_RISK.replace("identified: 2026-09-01", "identified: 01/09/2026"),
            false,
        ),
        (
            "nested unknown",
            GOOD_RISK.replace("    due: 2026-12-15", "    due: 2026-12-15\n    cost: 3"),
            false,
        ),
        (
            "optional null",
            GOOD_RISK.replace("cost_impact: 120000", "cost_impact: ~"),
            true,
        ),
    ]
}

/// pmo and the schema agree on what a Risk may look like: an independent
/// validator accepts what pmo accepts and rejects what pmo rejects.
#[test]
fn pmo_and_the_schema_agree() {
    let validator = validator(SchemaName::Risk);
    for (case, doc, accepted) in risk_cases() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("pmo.toml"), "format = 1\n").unwrap();
        std::fs::write(dir.path().join("risk.yaml"), &doc).unwrap();
        let codes = loader_codes(dir.path());
        assert_eq!(codes.is_empty(), accepted, "{case}: pmo said {codes:?}");
        let value: Value = serde_saphyr::from_str(&doc).unwrap();
        assert_eq!(
            validator.is_valid(&value),
            accepted,
            "{case}: schema disagrees with pmo"
        );
    }
}

// ---- Editor modelines.

const MODELINE: &str = "# yaml-language-server: $schema=";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

/// Every document of every YAML file under `repo` carries a modeline
/// (yaml-language-server reads each document's own), naming its kind's
/// schema by a relative path that resolves inside `repo` to the schema
/// `pmo` generates. Returns how many documents were checked.
fn assert_modelines_work(repo: &Path) -> usize {
    let root = repo.canonicalize().unwrap();
    let mut files = Vec::new();
    yaml_files(repo, &mut files);
    let mut checked = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut documents = vec![Vec::new()];
        for line in text.lines() {
            if line.trim_end() == "---" || line.starts_with("--- ") {
                documents.push(Vec::new());
            } else {
                documents.last_mut().unwrap().push(line);
            }
        }
        for (i, lines) in documents.iter().enumerate() {
            let Some(kind) = lines.iter().find_map(|l| l.strip_prefix("kind: ")) else {
                continue; // only comments before the first `---`
            };
            let what = format!("{} document {}", file.display(), i + 1);
            let target = lines
                .iter()
                .find_map(|l| l.strip_prefix(MODELINE))
                .unwrap_or_else(|| panic!("{what}: no modeline"));
            let schema = file.parent().unwrap().join(target);
            let schema = schema
                .canonicalize()
                .unwrap_or_else(|_| panic!("{what}: `{target}` does not exist"));
            assert!(
                schema.starts_with(&root),
                "{what}: `{target}` is outside the repository"
            );
            let name = kind_schema(kind.trim()).unwrap_or_else(|| panic!("{what}: kind {kind}"));
            assert!(
                target.ends_with(&name.file_name()),
                "{what}: `{target}` for {kind}"
            );
            assert_eq!(
                std::fs::read_to_string(&schema).unwrap(),
                pmo::schema::pretty(name),
                "{what}: `{target}` is stale; run `pmo schema --write` on it"
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn example_modelines_work_when_the_example_is_copied_elsewhere() {
    for name in [
        "composite",
        "multi-business",
        "multi-customer",
        "single-business",
        "single-customer",
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let copy = tmp.path().join(name);
        copy_dir(&root().join("examples").join(name), &copy);
        let docs = assert_modelines_work(&copy);
        assert!(docs > 10, "{name}: {docs} documents");
    }
}

#[test]
fn init_puts_a_modeline_before_every_document() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("repo");
    let out = pmo()
        .args(["init", dir.to_str().unwrap(), "--type", "composite"])
        .run();
    assert!(out.code == 0);
    let people = std::fs::read_to_string(dir.join("people/team.yaml")).unwrap();
    let documents = people.matches("\nkind: Person").count() + people.starts_with("kind:") as usize;
    assert!(documents > 1, "a multi-document file");
    assert!(people.matches(MODELINE).count() >= documents);
    assert!(assert_modelines_work(&dir) > documents);
}

//! Generates small program repositories with budgets, ledgers, baselines
//! and service contracts, for the independent earned-value check
//! (tests/independent/ev_check.py). Every document is written as JSON,
//! which is YAML too, so that the oracle reads the same files as pmo with
//! the Python standard library alone. Deterministic for a seed.

#![allow(dead_code)]

use std::path::Path;

use serde_json::{Value, json};

use super::plan_gen::Rng;

const HOLIDAYS: &[&str] = &[
    "2026-04-06",
    "2026-05-01",
    "2026-05-04",
    "2026-06-19",
    "2026-09-25",
    "2026-10-01",
    "2026-10-02",
    "2026-10-05",
    "2026-10-06",
    "2026-10-07",
];
const WORKDAYS: &[&str] = &["2026-09-20", "2026-10-10"];

fn day(offset: u64) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    (base + chrono::Duration::days(offset as i64))
        .format("%Y-%m-%d")
        .to_string()
}

fn write(path: &Path, doc: &Value) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
}

fn settings(rng: &mut Rng) -> String {
    let pick = |rng: &mut Rng, list: &[&str]| {
        list.iter()
            .filter(|_| rng.chance(60))
            .map(|d| format!("\"{d}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let holidays = pick(rng, HOLIDAYS);
    let workdays = pick(rng, WORKDAYS);
    let eac = ["cpi", "budget-rate", "cpi-spi"][rng.below(3) as usize];
    format!(
        "format = 1\nname = \"Generated\"\n[calendar]\nholidays = [{holidays}]\nworkdays = [{workdays}]\n[plan]\neac = \"{eac}\"\n"
    )
}

fn ledger(rng: &mut Rng, start: u64, nature: &str) -> Vec<Value> {
    let mut lines = Vec::new();
    let first = chrono::NaiveDate::parse_from_str(&day(start), "%Y-%m-%d").unwrap();
    let (mut y, mut m) = (
        chrono::Datelike::year(&first),
        chrono::Datelike::month(&first),
    );
    while (y, m) <= (2026, 12) {
        let mut line = json!({"period": format!("{y}-{m:02}"), "cost": 1000 + rng.below(90_000)});
        if rng.chance(40) {
            line["hours"] = json!(rng.below(900));
        }
        if nature == "both" && rng.chance(70) {
            line["work"] = json!(if rng.chance(50) {
                "service"
            } else {
                "delivery"
            });
        }
        lines.push(line);
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    lines
}

fn task(rng: &mut Rng, t: usize, start: u64, people: usize) -> Value {
    let s = start + rng.below(150);
    let mut task = json!({
        "id": format!("t{t}"),
        "name": format!("Task {t}"),
        "start": day(s),
        "duration": 1 + rng.below(40),
    });
    if rng.chance(85) {
        task["effort"] = json!(8 * (1 + rng.below(60)));
    }
    if rng.chance(85) {
        task["owner"] = json!(format!("p{}", rng.below(people as u64)));
    }
    if rng.chance(85) {
        task["progress"] = json!(rng.below(101));
    }
    if rng.chance(65) {
        let bs = s + rng.below(20);
        task["baseline"] = json!({"start": day(bs), "end": day(bs + rng.below(60))});
    }
    task
}

fn project(rng: &mut Rng, p: usize, people: usize) -> Value {
    let start = rng.below(200);
    let nature = ["delivery", "service", "both", ""][rng.below(4) as usize];
    let mut doc = json!({
        "kind": "Project",
        "id": format!("P{p}"),
        "name": format!("Project {p}"),
        "program": format!("G{}", p % 2),
        "manager": "p0",
        "status": "active",
        "start": day(start),
        "end": day(start + 200 + rng.below(400)),
    });
    if !nature.is_empty() {
        doc["nature"] = json!(nature);
    }
    if nature != "delivery" && (!nature.is_empty() || rng.chance(50)) {
        doc["service"] = json!({"run_rate": 5000 + rng.below(80_000)});
    }
    let ledgered = rng.chance(70);
    if ledgered {
        doc["actuals"] = json!(ledger(rng, start, nature));
    }
    if rng.chance(85) {
        doc["budget"] = json!({"planned": 100_000 + rng.below(2_000_000)});
        if !ledgered && rng.chance(50) {
            doc["budget"]["actual"] = json!(rng.below(900_000));
        }
    }
    if rng.chance(50) {
        let mut b = json!({"end": day(start + 100 + rng.below(300))});
        if rng.chance(50) {
            b["start"] = json!(day(start + rng.below(30)));
        }
        doc["baseline"] = b;
    }
    let tasks = if rng.chance(15) { 0 } else { 1 + rng.below(8) } as usize;
    doc["tasks"] = Value::Array((0..tasks).map(|t| task(rng, t, start, people)).collect());
    if tasks == 0 {
        let milestones = (0..rng.below(4))
            .map(|m| {
                let mut ms = json!({"id": format!("m{m}"), "name": format!("M{m}"), "due": day(start + 30 * (m + 1))});
                if rng.chance(50) {
                    ms["done"] = json!(true);
                }
                ms
            })
            .collect();
        doc["milestones"] = Value::Array(milestones);
    }
    doc
}

/// Writes one repository under `dir`.
pub fn generate(dir: &Path, seed: u64) {
    let mut rng = Rng::new(seed);
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("pmo.toml"), settings(&mut rng)).unwrap();
    let people = 2 + rng.below(4) as usize;
    for i in 0..people {
        let mut person =
            json!({"kind": "Person", "id": format!("p{i}"), "name": format!("Person {i}")});
        if rng.chance(80) {
            person["cost_rate"] = json!(50 + rng.below(300));
        }
        write(&dir.join(format!("people/p{i}.yaml")), &person);
    }
    for g in 0..2 {
        write(
            &dir.join(format!("programs/g{g}.yaml")),
            &json!({"kind": "Program", "id": format!("G{g}"), "name": format!("Program {g}"), "type": "single-business", "stage": "define"}),
        );
    }
    for p in 0..(3 + rng.below(6) as usize) {
        let doc = project(&mut rng, p, people);
        write(&dir.join(format!("projects/p{p}.yaml")), &doc);
    }
}

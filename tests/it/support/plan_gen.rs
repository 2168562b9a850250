//! Generates a program repository with a large random schedule network,
//! for the independent CPM check and the plan benchmark. Deterministic for
//! a seed. Also returns the network as JSON for tests/independent/cpm_check.py.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

/// xorshift64*: small, deterministic, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

pub struct Shape {
    pub programs: usize,
    pub projects: usize,
    pub tasks_per_project: usize,
    /// Percent of tasks with a link to another (earlier) project.
    pub cross_percent: u64,
    pub seed: u64,
}

const HOLIDAYS: &[&str] = &[
    "2026-10-01",
    "2026-10-02",
    "2026-10-05",
    "2026-10-06",
    "2026-10-07",
    "2027-01-01",
];
const WORKDAYS: &[&str] = &["2026-10-10"];

fn date(base: chrono::NaiveDate, days: u64) -> String {
    (base + chrono::Duration::days(days as i64))
        .format("%Y-%m-%d")
        .to_string()
}

/// Writes the repository under `dir`; returns the network as JSON text.
pub fn generate(dir: &Path, shape: &Shape) -> String {
    let mut rng = Rng::new(shape.seed);
    let base = chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    std::fs::create_dir_all(dir.join("projects")).unwrap();
    std::fs::create_dir_all(dir.join("programs")).unwrap();
    let quote = |v: &[&str]| {
        v.iter()
            .map(|h| format!("\"{h}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    std::fs::write(
        dir.join("pmo.toml"),
        format!(
            "format = 1\nname = \"Generated\"\n[calendar]\nholidays = [{}]\nworkdays = [{}]\n",
            quote(HOLIDAYS),
            quote(WORKDAYS)
        ),
    )
    .unwrap();
    for g in 0..shape.programs {
        std::fs::write(
            dir.join(format!("programs/g{g}.yaml")),
            format!(
                "kind: Program\nid: g{g}\nname: Program {g}\ntype: single-business\nstage: define\n"
            ),
        )
        .unwrap();
    }
    let mut net_projects = Vec::new();
    for p in 0..shape.projects {
        let program = p % shape.programs.max(1);
        let start = date(base, rng.below(60));
        let mut yaml = format!(
            "kind: Project\nid: p{p}\nname: Project {p}\nprogram: g{program}\nmanager: pm\nstatus: active\nstart: {start}\nend: {}\ntasks:\n",
            date(base, 400)
        );
        let mut net_tasks = Vec::new();
        for t in 0..shape.tasks_per_project {
            let duration = 1 + rng.below(10);
            let _ = write!(
                yaml,
                "  - id: t{t}\n    name: Task {t}\n    duration: {duration}\n"
            );
            let mut fixed = None;
            if rng.chance(5) {
                let s = date(base, rng.below(120));
                let _ = writeln!(yaml, "    start: {s}");
                fixed = Some(s);
            }
            let mut deps = Vec::new();
            if t > 0 && rng.chance(80) {
                deps.push((None, format!("t{}", t - 1)));
            }
            if t > 1 && rng.chance(30) {
                deps.push((None, format!("t{}", rng.below(t as u64 - 1))));
            }
            if p > 0 && rng.chance(shape.cross_percent) {
                let q = rng.below(p as u64);
                deps.push((
                    Some(format!("p{q}")),
                    format!("t{}", rng.below(shape.tasks_per_project as u64)),
                ));
            }
            let mut net_deps = Vec::new();
            if !deps.is_empty() {
                yaml.push_str("    depends_on:\n");
            }
            for (project, task) in deps {
                let (typ, lag) = match rng.below(10) {
                    0 => ("ss", rng.below(4) as i64),
                    1 => ("ff", rng.below(4) as i64),
                    _ => ("fs", rng.below(5) as i64 - 1),
                };
                let proj = project
                    .as_ref()
                    .map(|q| format!("project: {q}, "))
                    .unwrap_or_default();
                let _ = writeln!(
                    yaml,
                    "      - {{{proj}task: {task}, type: {typ}, lag: {lag}}}"
                );
                net_deps.push(
                    serde_json::json!({"project": project, "ref": task, "type": typ, "lag": lag}),
                );
            }
            net_tasks.push(serde_json::json!({"id": format!("t{t}"), "duration": duration, "start": fixed, "deps": net_deps}));
        }
        // A milestone after the last task, and one on its own date.
        let last = shape.tasks_per_project.saturating_sub(1);
        let due = date(base, 100 + rng.below(100));
        let _ = write!(
            yaml,
            "milestones:\n  - id: m1\n    name: Done\n    due: {due}\n    depends_on: [{{task: t{last}}}]\n  - id: m2\n    name: Review\n    due: {}\n",
            date(base, 30 + rng.below(200))
        );
        let m2_due = yaml.rsplit("due: ").next().unwrap_or("").trim().to_string();
        let net_ms = vec![
            serde_json::json!({"id": "m1", "due": due, "deps": [{"project": null, "ref": format!("t{last}"), "type": "fs", "lag": 0}]}),
            serde_json::json!({"id": "m2", "due": m2_due, "deps": []}),
        ];
        std::fs::write(dir.join(format!("projects/p{p}.yaml")), yaml).unwrap();
        net_projects.push(serde_json::json!({
            "id": format!("p{p}"), "program": format!("g{program}"), "start": start,
            "tasks": net_tasks, "milestones": net_ms,
        }));
    }
    serde_json::json!({"holidays": HOLIDAYS, "workdays": WORKDAYS, "projects": net_projects})
        .to_string()
}

//! Benchmark of `pmo validate`: load time against load + check time on
//! generated portfolios. Not a timed test.
//!
//!     cargo bench --bench validate                 # 1,000 and 10,000 projects
//!     cargo bench --bench validate -- 1000 10000 50000
//!
//! Each portfolio is written once as YAML under `target/bench-validate/<N>/`
//! (reused by later runs): N projects of 40 tasks and 4 milestones each in
//! programs of 50, N/2 people (at least 50), 5 risks per project, N/2
//! reviews and N/2 assessments. The data is valid by construction, with
//! some realistic overbooking, so the checks walk every path.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{Duration as Days, NaiveDate};
use pmo::check::{self, Context};
use pmo::diag::sort_findings;
use pmo::load::{self, Quiet};
use pmo::model::Date;

const TASKS: usize = 40;
const PER_PROGRAM: usize = 50;
const TEAM: usize = 6;
const COMPETENCIES: &str = "{self-discipline: 4, teamwork: 4, responsibility: 4, customer-service-awareness: 4, leadership: 3, analysis-and-decision-making: 4, organization-and-planning: 3, delegation-and-control: 3, communication: 4, innovation: 3}";

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

struct Sizes {
    projects: usize,
    people: usize,
}

fn project_start(i: usize) -> NaiveDate {
    // Mondays spread over a year.
    NaiveDate::from_ymd_opt(2025, 1, 6).expect("date") + Days::weeks((i % 52) as i64)
}

fn task_dates(i: usize, k: usize) -> (NaiveDate, NaiveDate) {
    let s = project_start(i) + Days::weeks(k as i64);
    (s, s + Days::days(4))
}

fn write_project(s: &Sizes, i: usize, out: &mut String) {
    let (start, _) = task_dates(i, 0);
    let (_, end) = task_dates(i, TASKS - 1);
    let program = i / PER_PROGRAM;
    let manager = i % s.people;
    let _ = writeln!(
        out,
        "kind: Project\nid: PRJ-{i:06}\nname: Project {i}\nprogram: PRG-{program:04}\nbusiness: BIZ-{:02}\nmanager: p-{manager:05}\nstatus: active\nstart: {}\nend: {}",
        i % PER_PROGRAM,
        day(start),
        day(end)
    );
    out.push_str("team:\n");
    let member = |k: usize| (i * TEAM + k) % s.people;
    for k in 0..TEAM {
        let _ = writeln!(
            out,
            "  - {{person: p-{:05}, role: engineer, allocation: 10}}",
            member(k)
        );
    }
    out.push_str("milestones:\n");
    for m in 1..=4 {
        let (_, due) = task_dates(i, m * 10 - 1);
        let _ = writeln!(
            out,
            "  - {{id: M{m}, name: Milestone {m}, due: {}, depends_on: [{{task: T{:02}}}]}}",
            day(due),
            m * 10 - 1
        );
    }
    out.push_str("tasks:\n");
    for k in 0..TASKS {
        let (a, b) = task_dates(i, k);
        let deps = if k == 0 {
            String::new()
        } else {
            format!(", depends_on: [{{task: T{:02}}}]", k - 1)
        };
        let _ = writeln!(
            out,
            "  - {{id: T{k:02}, name: Task {k} of project {i}, owner: p-{:05}, start: {}, end: {}, effort: 40{deps}}}",
            member(k % TEAM),
            day(a),
            day(b)
        );
    }
    if !i.is_multiple_of(PER_PROGRAM) {
        let (_, due) = task_dates(i - 1, 9);
        let _ = writeln!(
            out,
            "dependencies:\n  - {{project: PRJ-{:06}, milestone: M1, needed_by: {}}}",
            i - 1,
            day(due + Days::days(30))
        );
    }
}

fn write_risks(s: &Sizes, i: usize, out: &mut String) {
    for r in 0..5 {
        let owner = (i * TEAM + r) % s.people;
        let _ = writeln!(
            out,
            "---\nkind: Risk\nid: RSK-{i:06}-{r}\ntitle: Risk {r} of project {i}\nproject: PRJ-{i:06}\ncategory: technical\nprobability: {}\nimpact: {}\nowner: p-{owner:05}\nstrategy: mitigate\nactions:\n  - {{description: Act on it, owner: p-{owner:05}, due: 2026-12-01}}\nidentified: 2025-01-10\nnext_review: 2027-01-04",
            1 + (i + r) % 5,
            1 + (i * 3 + r) % 5
        );
    }
}

fn generate(dir: &Path, s: &Sizes) -> std::io::Result<()> {
    let marker = dir.join(".complete");
    if marker.exists() {
        return Ok(());
    }
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    for sub in ["projects", "risks", "reviews"] {
        std::fs::create_dir_all(dir.join(sub))?;
    }
    std::fs::write(dir.join("pmo.toml"), "format = 1\nname = \"Generated\"\n")?;
    let mut people = String::new();
    for p in 0..s.people {
        let _ = writeln!(
            people,
            "---\nkind: Person\nid: p-{p:05}\nname: Person {p}\nroles: [engineer]"
        );
    }
    std::fs::write(dir.join("people.yaml"), people)?;
    let mut programs = String::new();
    for g in 0..s.projects.div_ceil(PER_PROGRAM) {
        let _ = writeln!(
            programs,
            "---\nkind: Program\nid: PRG-{g:04}\nname: Program {g}\ntype: multi-business\nstage: integrated-management\nleadership: {{director: p-00000}}\nbusinesses:"
        );
        for b in 0..PER_PROGRAM {
            let _ = writeln!(programs, "  - {{id: BIZ-{b:02}, name: Business {b}}}");
        }
    }
    std::fs::write(dir.join("programs.yaml"), programs)?;
    for i in 0..s.projects {
        let mut text = String::new();
        write_project(s, i, &mut text);
        std::fs::write(dir.join(format!("projects/prj-{i:06}.yaml")), text)?;
        let mut risks = String::new();
        write_risks(s, i, &mut risks);
        std::fs::write(dir.join(format!("risks/rsk-{i:06}.yaml")), risks)?;
    }
    let half = s.projects / 2;
    for chunk in 0..half.div_ceil(100) {
        let mut text = String::new();
        for r in chunk * 100..((chunk + 1) * 100).min(half) {
            let _ = writeln!(
                text,
                "---\nkind: Review\nid: REV-{r:06}\nreviewee: p-{:05}\nperiod: 2026-H1\nratings:",
                r % s.people
            );
            for rel in ["self", "superior", "peer", "peer", "peer"] {
                let _ = writeln!(text, "  - {{relation: {rel}, scores: {COMPETENCIES}}}");
            }
            let _ = writeln!(
                text,
                "---\nkind: Assessment\nid: ASM-{r:06}\nproject: PRJ-{r:06}\nperiod: 2026-Q3\nassessor: p-00000\ndimensions:\n  service-delivery-outcomes: {{score: 4}}\n  process-management: {{score: 3}}\n  effectiveness: {{score: 4}}\n  security: {{score: 4}}\n  knowledge-management: {{score: 3}}\n  people-management: {{score: 4}}\n  continuous-improvement: {{score: 3}}"
            );
        }
        std::fs::write(dir.join(format!("reviews/rev-{chunk:04}.yaml")), text)?;
    }
    std::fs::write(marker, "")?;
    Ok(())
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

fn main() {
    let mut sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.replace([',', '_'], "").parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = vec![1_000, 10_000];
    }
    let runs = 3;
    let as_of = Date::ymd(2026, 11, 16).expect("date");
    println!(
        "{:>8} {:>9} {:>9} {:>10} {:>10} {:>10} {:>7} {:>9}",
        "projects", "tasks", "MB", "load s", "check s", "total s", "ratio", "findings"
    );
    for n in sizes {
        let s = Sizes {
            projects: n,
            people: (n / 2).max(50),
        };
        let dir = target_dir().join("bench-validate").join(n.to_string());
        let started = Instant::now();
        generate(&dir, &s).expect("generate the portfolio");
        eprintln!(
            "{n}: portfolio ready in {:.1} s at {}",
            secs(started.elapsed()),
            dir.display()
        );
        let (mut best_load, mut best_check) = (Duration::MAX, Duration::MAX);
        let mut found = 0;
        let mut bytes = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let loaded = load::load(&dir, &Quiet).expect("load");
            let load_time = t.elapsed();
            let t = Instant::now();
            let analysis = pmo::analysis::Analysis::build(&loaded.portfolio, as_of);
            let ctx = Context::new(&loaded.portfolio, &analysis);
            let mut findings = loaded.findings.clone();
            findings.extend(check::run(&ctx));
            sort_findings(&mut findings);
            let check_time = t.elapsed();
            best_load = best_load.min(load_time);
            best_check = best_check.min(check_time);
            found = findings.len();
            bytes = loaded.stats.bytes;
            drop(ctx);
            drop(loaded);
        }
        // Where the check time goes, family by family (one run).
        let loaded = load::load(&dir, &Quiet).expect("load");
        let t = Instant::now();
        let analysis = pmo::analysis::Analysis::build(&loaded.portfolio, as_of);
        let mut parts = vec![format!("analysis {:.3}", secs(t.elapsed()))];
        let ctx = Context::new(&loaded.portfolio, &analysis);
        let t = Instant::now();
        ctx.index();
        parts.push(format!("index {:.3}", secs(t.elapsed())));
        let mut codes = std::collections::BTreeMap::new();
        for (name, family) in ["C", "K", "R", "S", "T", "V"].iter().zip(check::FAMILIES) {
            let t = Instant::now();
            let found = family(&ctx);
            parts.push(format!("{name} {:.3}", secs(t.elapsed())));
            for f in found {
                *codes.entry(f.rule.code).or_insert(0usize) += 1;
            }
        }
        eprintln!(
            "{n}: seconds per family: {}; findings: {codes:?}",
            parts.join(", ")
        );
        drop(ctx);
        drop(loaded);
        let total = best_load + best_check;
        println!(
            "{:>8} {:>9} {:>9.1} {:>10.3} {:>10.3} {:>10.3} {:>7.3} {:>9}",
            n,
            n * TASKS,
            bytes as f64 / 1e6,
            secs(best_load),
            secs(best_check),
            secs(total),
            secs(total) / secs(best_load),
            found
        );
    }
}

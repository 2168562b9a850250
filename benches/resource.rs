//! Benchmark of `pmo report resource` beyond loading: 5,000 people,
//! 400,000 tasks, two years of weeks. The repository is generated once into
//! `target/bench-resource/` (delete it to regenerate), loaded, then the
//! computation is timed.
//!
//! Run: `cargo bench --bench resource`

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use pmo::analysis::workload::{self, PeriodKind};
use pmo::model::Date;
use pmo::report::resource::{self, Options};

const PEOPLE: usize = 5_000;
const PROJECTS: usize = 4_000;
const TASKS_PER_PROJECT: usize = 100;
const TEAM: usize = 5;
const PROGRAMS: usize = 40;
const ROLES: [&str; 6] = [
    "network-engineer",
    "dba",
    "developer",
    "tester",
    "service-desk",
    "project-manager",
];

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn day(offset: usize) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    (base + chrono::Duration::days(offset as i64))
        .format("%Y-%m-%d")
        .to_string()
}

fn generate(root: &Path) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    std::fs::create_dir_all(root.join("people")).unwrap();
    std::fs::create_dir_all(root.join("projects")).unwrap();
    std::fs::create_dir_all(root.join("programs")).unwrap();
    std::fs::write(
        root.join("pmo.toml"),
        "name = \"Resource benchmark\"\n[calendar]\nholidays = [\"2026-10-01\", \"2026-10-02\", \"2027-01-01\"]\n",
    )
    .unwrap();
    for g in 0..PROGRAMS {
        std::fs::write(
            root.join(format!("programs/pg{g:03}.yaml")),
            format!("kind: Program\nid: PG{g:03}\nname: Program {g}\ntype: single-business\nstage: integrated-management\n"),
        )
        .unwrap();
    }
    for chunk in 0..PEOPLE / 100 {
        let mut text = String::new();
        for k in 0..100 {
            let i = chunk * 100 + k;
            let role = ROLES[i % ROLES.len()];
            let skill = ROLES[(i / 7) % ROLES.len()];
            let _ = write!(
                text,
                "---\nkind: Person\nid: p{i:05}\nname: Person {i}\nroles: [{role}]\nskills: [{skill}]\ncost_rate: {}\n",
                100 + i % 300
            );
            if i % 3 == 0 {
                let off = rng.below(700);
                let _ = write!(
                    text,
                    "days_off:\n  - from: {}\n    to: {}\n",
                    day(off),
                    day(off + 4)
                );
            }
        }
        std::fs::write(root.join(format!("people/people{chunk:03}.yaml")), text).unwrap();
    }
    for p in 0..PROJECTS {
        let start = rng.below(360);
        let end = start + 180 + rng.below(360);
        let team: Vec<usize> = (0..TEAM).map(|_| rng.below(PEOPLE)).collect();
        let mut text = format!(
            "kind: Project\nid: PR{p:05}\nname: Project {p}\nprogram: PG{:03}\nmanager: p{:05}\npriority: {}\nstatus: active\nstart: {}\nend: {}\nbudget:\n  planned: {}\nteam:\n",
            p % PROGRAMS,
            team[0],
            1 + p % 5,
            day(start),
            day(end),
            200_000 + rng.below(400_000)
        );
        for (k, who) in team.iter().enumerate() {
            let _ = write!(
                text,
                "  - person: p{who:05}\n    role: {}\n    allocation: {}\n",
                ROLES[(who + k) % ROLES.len()],
                5 + rng.below(4) * 5
            );
        }
        text.push_str("tasks:\n");
        for t in 0..TASKS_PER_PROJECT {
            let s = start + rng.below(end - start);
            let _ = write!(text, "  - id: T{t:03}\n    name: Task {t}\n");
            if t % 25 == 24 {
                let _ = writeln!(text, "    role: {}", ROLES[t % ROLES.len()]);
            } else {
                let _ = writeln!(text, "    owner: p{:05}", team[rng.below(TEAM)]);
            }
            if t % 2 == 0 {
                let _ = write!(
                    text,
                    "    start: {}\n    end: {}\n",
                    day(s),
                    day(s + 1 + rng.below(13))
                );
            } else {
                let _ = write!(
                    text,
                    "    start: {}\n    duration: {}\n",
                    day(s),
                    1 + rng.below(10)
                );
            }
            let _ = writeln!(text, "    effort: {}", 4 + rng.below(60));
        }
        std::fs::write(root.join(format!("projects/pr{p:05}.yaml")), text).unwrap();
    }
}

fn main() {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    let root = target.join("bench-resource");
    if !root.join("pmo.toml").is_file() {
        let t = Instant::now();
        generate(&root);
        eprintln!("generated {} in {:.1?}", root.display(), t.elapsed());
    }
    let t = Instant::now();
    let loaded = pmo::load::load(&root, &pmo::load::Quiet).expect("loads");
    let load_time = t.elapsed();
    let p = &loaded.portfolio;
    let tasks: usize = p.projects.iter().map(|x| x.tasks.len()).sum();
    println!(
        "loaded {} people, {} projects, {} tasks ({} files, {} MB) in {:.2?}",
        p.people.len(),
        p.projects.len(),
        tasks,
        loaded.stats.files,
        loaded.stats.bytes / 1_000_000,
        load_time
    );

    let options = Options {
        from: Some(Date::ymd(2026, 1, 5).unwrap()),
        to: Some(Date::ymd(2027, 12, 31).unwrap()),
        period: PeriodKind::Week,
        ..Options::default()
    };
    let as_of = Date::ymd(2026, 11, 16).unwrap();
    for run in 1..=3 {
        let t0 = Instant::now();
        let analysis = pmo::analysis::Analysis::build(p, as_of);
        let work = workload::compute(p, &analysis, options.window(as_of));
        let t1 = Instant::now();
        let report = resource::build(p, &analysis, &options, &work);
        let t2 = Instant::now();
        let view = resource::view::view(&report, false, pmo::model::Lang::En);
        let t3 = Instant::now();
        println!(
            "run {run}: workload {:.2?} + report {:.2?} = {:.2?} ({} weeks, {} conflicts); terminal view {:.2?}",
            t1 - t0,
            t2 - t1,
            t2 - t0,
            work.spans.len(),
            report.conflicts.len(),
            t3 - t2,
        );
        std::hint::black_box(view);
    }
}

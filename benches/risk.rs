//! Benchmark of `pmo report risk` over 100,000 risks: generates a repo once
//! into the target folder, loads it (timed apart), then times the risk
//! computation and each format's layout and rendering beyond loading.
//!
//! Run: `cargo bench --bench risk` (release profile).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pmo::model::{Date, Key};
use pmo::render::{self, Style};
use pmo::report::risk::{self, Options, view::Detail};
use strum::IntoEnumIterator;

const RISKS: usize = 100_000;
const PROGRAMS: usize = 20;
const PROJECTS: usize = 500;
const PEOPLE: usize = 300;
const FILES: usize = 100;
const RUNS: usize = 5;

const CATEGORIES: [&str; 6] = [
    "technical",
    "resource",
    "schedule",
    "external",
    "security",
    "quality",
];

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// A small deterministic generator (xorshift), so the repo is the same
/// on every machine.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn date(day: u64) -> String {
    // Days after 2026-01-01.
    let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date")
        + chrono::Duration::days(day as i64);
    d.format("%Y-%m-%d").to_string()
}

fn generate(root: &Path) -> std::io::Result<()> {
    let mut rng = Rng(0x5eed_2026);
    std::fs::create_dir_all(root.join("risks"))?;
    std::fs::write(
        root.join("pmo.toml"),
        "name = \"Benchmark\"\n[risk]\ntolerance = 12\n[risk.tolerances]\nprg-003 = 15\nprj-0007 = 10\n",
    )?;
    let mut s = String::new();
    for p in 0..PEOPLE {
        writeln!(s, "---\nkind: Person\nid: p-{p:04}\nname: Person {p}").ok();
    }
    std::fs::write(root.join("people.yaml"), &s)?;
    s.clear();
    for g in 0..PROGRAMS {
        writeln!(
            s,
            "---\nkind: Program\nid: prg-{g:03}\nname: Program {g}\ntype: {}\nstage: define\nleadership:\n  program_manager: p-{:04}\n  pmo: p-{:04}\n  director: p-{:04}",
            pmo::model::ProgramType::iter().nth(g % 5).map_or("", |t| t.key()),
            g,
            g + 100,
            g + 200
        )
        .ok();
    }
    std::fs::write(root.join("programs.yaml"), &s)?;
    s.clear();
    for j in 0..PROJECTS {
        let status = if j.is_multiple_of(25) {
            "closed"
        } else {
            "active"
        };
        writeln!(
            s,
            "---\nkind: Project\nid: prj-{j:04}\nname: Project {j}\nprogram: prg-{:03}\nmanager: p-{:04}\nstatus: {status}\nstart: 2026-01-01\nend: 2027-06-30\nbudget:\n  planned: 1000000\n  reserve: {}\ntasks:\n  - id: T1\n    name: Build\n    start: 2026-02-01\n    end: 2026-12-15\nmilestones:\n  - id: M1\n    name: Go live\n    due: 2027-01-15",
            j % PROGRAMS,
            j % PEOPLE,
            50_000 + (j % 7) * 10_000
        )
        .ok();
    }
    std::fs::write(root.join("projects.yaml"), &s)?;
    let per_file = RISKS / FILES;
    for f in 0..FILES {
        s.clear();
        for k in 0..per_file {
            let n = f * per_file + k;
            let p = 1 + rng.below(5);
            let i = 1 + rng.below(5);
            let identified = rng.below(300);
            let h1 = identified + rng.below(20);
            let h2 = h1 + rng.below(40);
            let kind = if n.is_multiple_of(5) {
                "opportunity"
            } else {
                "threat"
            };
            let status =
                ["open", "open", "open", "monitoring", "occurred", "closed"][rng.below(6) as usize];
            writeln!(
                s,
                "---\nkind: Risk\nid: R-{n:06}\ntitle: Risk number {n} on the delivery\nproject: prj-{:04}\ntype: {kind}\ncategory: {}\nprobability: {p}\nimpact: {i}\ncost_impact: {}\nowner: p-{:04}\nstrategy: {}\nstatus: {status}\nidentified: {}\nnext_review: {}\naffects:\n  task: T1\n  milestone: M1\nactions:\n  - description: Act on risk {n}\n    due: {}\nhistory:\n  - date: {}\n    probability: {}\n    impact: {i}\n  - date: {}\n    probability: {p}\n    impact: {i}",
                n % PROJECTS,
                CATEGORIES[n % CATEGORIES.len()],
                1_000 * (1 + rng.below(100)),
                rng.below(PEOPLE as u64),
                if kind == "threat" { "mitigate" } else { "exploit" },
                date(identified),
                date(h2 + 30),
                date(h1 + 60),
                date(h1),
                1 + rng.below(5),
                date(h2),
            )
            .ok();
            if status == "closed" {
                writeln!(s, "closed_on: {}", date(h2 + 1)).ok();
            }
        }
        std::fs::write(root.join("risks").join(format!("r{f:03}.yaml")), &s)?;
    }
    std::fs::write(root.join(".complete"), "")?;
    Ok(())
}

/// CPU time of this process so far (user + system), from /proc on Linux
/// (ticks of 1/100 s); `None` elsewhere. The machine may be shared, so
/// CPU time is the fairer figure when wall time is inflated by others.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    // After the command name: state is field 3; utime 14 and stime 15.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Runs `f` and returns its wall time and CPU time.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration, Duration) {
    let c = cpu_time();
    let t = Instant::now();
    let out = f();
    let wall = t.elapsed();
    let cpu = match (c, cpu_time()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => Duration::ZERO,
    };
    (out, wall, cpu)
}

/// One format's layout and rendering, returning the bytes.
type Stage<'a> = Box<dyn Fn() -> Vec<u8> + 'a>;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let root = target_dir().join("bench-risk-100k");
    if !root.join(".complete").exists() {
        let t = Instant::now();
        generate(&root).expect("generate the benchmark repo");
        eprintln!("generated {} in {}", root.display(), ms(t.elapsed()));
    }

    let t = Instant::now();
    let loaded = pmo::load::load(&root, &pmo::load::Quiet).expect("load");
    let load_time = t.elapsed();
    let portfolio = &loaded.portfolio;
    assert_eq!(portfolio.risks.len(), RISKS, "every risk loaded");
    let errors = loaded
        .findings
        .iter()
        .filter(|f| f.severity == pmo::diag::Severity::Error)
        .count();
    assert_eq!(errors, 0, "the generated repo loads cleanly");

    let as_of = Date::ymd(2026, 11, 16).expect("date");
    let opts = Options::new(as_of);
    let style = Style {
        color: false,
        width: 100,
    };

    // Per stage: wall times and CPU times of each run.
    let mut w: [Vec<Duration>; 5] = Default::default();
    let mut c: [Vec<Duration>; 5] = Default::default();
    let mut sizes = [0usize; 5];
    for _ in 0..RUNS {
        // As a run makes it: the analysis (critical path), then the report.
        let (report, wall, cpu) = timed(|| {
            let analysis = pmo::analysis::Analysis::build(portfolio, opts.as_of);
            risk::compute(portfolio, &analysis, &opts)
        });
        w[0].push(wall);
        c[0].push(cpu);
        let stages: [(usize, Stage<'_>); 4] = [
            (
                1,
                Box::new(|| {
                    let mut out = Vec::new();
                    render::table::render(
                        &risk::view::view(&report, Detail::Summary, pmo::model::Lang::En),
                        style,
                        pmo::model::Lang::En,
                        &mut out,
                    )
                    .expect("table");
                    out
                }),
            ),
            (
                2,
                Box::new(|| {
                    let mut out = Vec::new();
                    render::csv::render(
                        &risk::view::view(&report, Detail::Register, pmo::model::Lang::En),
                        &mut out,
                    )
                    .expect("csv");
                    out
                }),
            ),
            (
                3,
                Box::new(|| {
                    let mut out = Vec::new();
                    render::markdown::render(
                        &risk::view::view(&report, Detail::Summary, pmo::model::Lang::En),
                        &mut out,
                    )
                    .expect("markdown");
                    out
                }),
            ),
            (
                4,
                Box::new(|| {
                    let mut out = Vec::new();
                    render::json::render(&report, &mut out).expect("json");
                    out
                }),
            ),
        ];
        for (k, stage) in stages {
            let (out, wall, cpu) = timed(stage);
            w[k].push(wall);
            c[k].push(cpu);
            sizes[k] = out.len();
        }
    }
    let w = w.map(median);
    let c = c.map(median);
    println!(
        "pmo report risk over {RISKS} risks ({} files, {} MiB), median of {RUNS} runs; wall time (CPU time)",
        loaded.stats.files,
        loaded.stats.bytes / 1_048_576
    );
    println!("  load (not counted)   {}", ms(load_time));
    println!("  compute              {} ({})", ms(w[0]), ms(c[0]));
    let names = ["", "table", "csv", "markdown", "json"];
    let mut worst = (Duration::ZERO, Duration::ZERO);
    for k in 1..5 {
        let (wall, cpu) = (w[0] + w[k], c[0] + c[k]);
        worst = (worst.0.max(wall), worst.1.max(cpu));
        println!(
            "  + {:<9} layout and render {} ({})  => beyond loading {} ({}), output {} KiB",
            names[k],
            ms(w[k]),
            ms(c[k]),
            ms(wall),
            ms(cpu),
            sizes[k] / 1024
        );
    }
    let ok = |d: Duration| {
        if d < Duration::from_secs(1) {
            "under 1 s"
        } else {
            "OVER 1 s"
        }
    };
    println!(
        "  slowest format beyond loading: {} wall ({}), {} CPU ({})",
        ms(worst.0),
        ok(worst.0),
        ms(worst.1),
        ok(worst.1)
    );
}

//! Benchmark of `pmo report assessment`: 10,000 360-degree reviews with 12
//! raters each (plus 1,000 projects with two assessed quarters and KPIs),
//! generated once into `target/bench-assessment/`, loaded, then the report
//! computed and rendered in every format. Loading is timed apart: the
//! figure that matters is compute + render, expected under 1 s.
//!
//! Run: `cargo bench --bench assessment`

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pmo::model::{Date, Key};
use pmo::render::{self, Style};
use pmo::report::assessment::{self, Options, view};
use pmo::report::scope::Scope;
use strum::IntoEnumIterator;

const MANAGERS: usize = 1_000;
const REVIEWS_PER_MANAGER: usize = 10;
const PROJECTS: usize = 1_000;
const FILES: usize = 100;
/// Bump when the generated repository changes.
const GENERATION: &str = "1";

/// 12 raters: self, superior, 4 peers, 4 subordinates, 2 customers (a
/// small group, withheld).
const RELATIONS: [&str; 12] = [
    "self",
    "superior",
    "peer",
    "peer",
    "peer",
    "peer",
    "subordinate",
    "subordinate",
    "subordinate",
    "subordinate",
    "customer",
    "customer",
];

/// A small deterministic generator (xorshift).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn score(&mut self) -> u64 {
        1 + self.next() % 5
    }
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}

fn generate(root: &Path) -> std::io::Result<()> {
    let stamp = root.join(".generation");
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == GENERATION) {
        return Ok(());
    }
    let _ = std::fs::remove_dir_all(root);
    for d in ["programs", "people", "projects", "reviews", "assessments"] {
        std::fs::create_dir_all(root.join(d))?;
    }
    std::fs::write(root.join("pmo.toml"), "name = \"Assessment benchmark\"\n")?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);

    let mut programs = String::new();
    for g in 0..10 {
        write!(
            programs,
            "---\nkind: Program\nid: prog-{g:02}\nname: Program {g}\ntype: single-business\nstage: integrated-management\n"
        )
        .ok();
    }
    std::fs::write(root.join("programs/all.yaml"), programs)?;

    let mut people = String::new();
    for m in 0..MANAGERS {
        write!(
            people,
            "---\nkind: Person\nid: pm-{m:04}\nname: Manager {m}\n"
        )
        .ok();
    }
    std::fs::write(root.join("people/all.yaml"), people)?;

    let mut projects = String::new();
    let mut assessments = String::new();
    for p in 0..PROJECTS {
        write!(
            projects,
            "---\nkind: Project\nid: prj-{p:04}\nname: Project {p}\nprogram: prog-{:02}\nmanager: pm-{:04}\n\
             status: active\nstart: 2026-01-01\nend: 2026-12-31\nkpis:\n  - id: availability\n    name: Availability\n\
             \x20   target: 99.5\n    actuals:\n",
            p % 10,
            p % MANAGERS
        )
        .ok();
        for q in 1..=4 {
            writeln!(
                projects,
                "      - {{period: 2026-Q{q}, value: {}}}",
                99.0 + (rng.next() % 10) as f64 / 10.0
            )
            .ok();
        }
        for q in 1..=2 {
            write!(
                assessments,
                "---\nkind: Assessment\nid: as-{p:04}-q{q}\nproject: prj-{p:04}\nperiod: 2026-Q{q}\ndimensions:\n"
            )
            .ok();
            for d in pmo::model::Dimension::iter().map(|d| d.key()) {
                writeln!(assessments, "  {d}: {{score: {}}}", rng.score()).ok();
            }
        }
    }
    std::fs::write(root.join("projects/all.yaml"), projects)?;
    std::fs::write(root.join("assessments/all.yaml"), assessments)?;

    let total = MANAGERS * REVIEWS_PER_MANAGER;
    let per_file = total / FILES;
    let mut rater = 0usize;
    for f in 0..FILES {
        let mut text = String::new();
        for i in f * per_file..(f + 1) * per_file {
            let m = i % MANAGERS;
            let k = i / MANAGERS; // 0..10: periods 2021-H1 .. 2025-H2
            let period = format!("{}-H{}", 2021 + k / 2, 1 + k % 2);
            write!(text, "---\nkind: Review\nid: rv-{i:05}\nreviewee: pm-{m:04}\nperiod: {period}\nratings:\n").ok();
            for relation in RELATIONS {
                rater += 1;
                write!(
                    text,
                    "  - rater: r-{rater:06}\n    relation: {relation}\n    scores:\n"
                )
                .ok();
                for c in pmo::model::Competency::iter().map(|c| c.key()) {
                    writeln!(text, "      {c}: {}", rng.score()).ok();
                }
            }
        }
        std::fs::write(root.join(format!("reviews/part-{f:03}.yaml")), text)?;
    }
    std::fs::write(stamp, GENERATION)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let root = target_dir().join("bench-assessment");
    let t = Instant::now();
    generate(&root).expect("generate the benchmark repository");
    eprintln!("generate (or reuse): {:?}", t.elapsed());

    let t = Instant::now();
    let loaded = pmo::load::load(&root, &pmo::load::Quiet).expect("load");
    let load = t.elapsed();
    let p = &loaded.portfolio;
    println!(
        "loaded {} reviews ({} ratings), {} projects, {} assessments from {} files ({:.1} MB) in {:.3} s",
        p.reviews.len(),
        p.reviews.iter().map(|r| r.ratings.len()).sum::<usize>(),
        p.projects.len(),
        p.assessments.len(),
        loaded.stats.files,
        loaded.stats.bytes as f64 / 1e6,
        load.as_secs_f64()
    );

    let options = Options {
        scope: Scope::default(),
        as_of: Date::ymd(2026, 11, 16).expect("date"),
        manager: None,
        period: None,
    };
    let runs = 5;
    let mut views = vec![];
    let (mut compute, mut table, mut json, mut csv, mut markdown, mut total) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let mut bytes = 0;
    for _ in 0..runs {
        let t0 = Instant::now();
        let analysis = pmo::analysis::Analysis::build(p, options.as_of);
        let report = assessment::compute(p, &analysis, &options);
        let t1 = Instant::now();
        let v = view::view(&report, pmo::model::Lang::En);
        let tv = Instant::now();
        let mut out = Vec::new();
        render::table::render(&v, Style::default(), pmo::model::Lang::En, &mut out).expect("table");
        let t2 = Instant::now();
        let mut j = Vec::new();
        render::json::render(&report, &mut j).expect("json");
        let t3 = Instant::now();
        let mut c = Vec::new();
        render::csv::render(&assessment::tidy::tidy(&report), &mut c).expect("csv");
        let t4 = Instant::now();
        let mut m = Vec::new();
        render::markdown::render(&view::view(&report, pmo::model::Lang::En), &mut m)
            .expect("markdown");
        let t5 = Instant::now();
        bytes = out.len() + j.len() + c.len() + m.len();
        compute.push(t1 - t0);
        views.push(tv - t1);
        table.push(t2 - t1);
        json.push(t3 - t2);
        csv.push(t4 - t3);
        markdown.push(t5 - t4);
        total.push(t5 - t0);
        assert_eq!(report.reviews.len(), MANAGERS * REVIEWS_PER_MANAGER);
    }
    let s = |d: Duration| format!("{:.3} s", d.as_secs_f64());
    let c = median(compute);
    println!(
        "median of {runs} runs, beyond loading (what `pmo report assessment --format F` adds to the load):"
    );
    println!("  compute                       {}", s(c));
    println!("  view (layout, in table/md)    {}", s(median(views)));
    for (name, times) in [
        ("table", table),
        ("json", json),
        ("csv", csv),
        ("markdown", markdown),
    ] {
        let m = median(times);
        println!("  compute + {name:<9} {:>8}  (render {})", s(c + m), s(m));
    }
    println!("  all four formats: {:.1} MB of output", bytes as f64 / 1e6);
    let worst = total.iter().max().copied().unwrap_or_default();
    println!("  slowest run, compute + all four formats: {}", s(worst));
}

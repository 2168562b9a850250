//! Benchmark of the plan report's computation: a generated repository of
//! chains with cross-links (20 tasks a chain, 5% of tasks linked to another
//! project) at 2,000, 20,000 and 200,000 tasks. The repository is loaded
//! once per size; only `report::plan::compute` is timed (best and median
//! of several runs), plus the schedule network alone.
//!
//! Run: `cargo bench --bench plan` (add `-- 20000` for one size).

#[path = "../tests/it/support/plan_gen.rs"]
mod plan_gen;

use std::time::{Duration, Instant};

use pmo::analysis::Analysis;
use pmo::analysis::calendar::WorkCalendar;
use pmo::analysis::schedule::Schedule;
use pmo::report::plan::{Options, compute};

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2])
}

fn main() {
    let only: Option<usize> = std::env::args().skip(1).find_map(|a| a.parse().ok());
    let sizes = [2_000usize, 20_000, 200_000];
    println!(
        "{:>8} {:>8} {:>10} {:>12} {:>12} {:>12}",
        "tasks", "chains", "load", "schedule", "plan best", "plan median"
    );
    for tasks in sizes.into_iter().filter(|s| only.is_none_or(|o| o == *s)) {
        let chains = tasks / 20;
        let dir = tempfile::tempdir().expect("temp dir");
        plan_gen::generate(
            dir.path(),
            &plan_gen::Shape {
                programs: 10,
                projects: chains,
                tasks_per_project: 20,
                cross_percent: 5,
                seed: 7,
            },
        );
        let t = Instant::now();
        let loaded = pmo::load::load(dir.path(), &pmo::load::Quiet).expect("load");
        let load = t.elapsed();
        let portfolio = &loaded.portfolio;
        let options = Options {
            scope: Default::default(),
            as_of: "2026-11-16".parse().expect("date"),
            from: None,
            to: None,
        };
        let runs = if tasks >= 200_000 { 5 } else { 11 };
        let calendar = WorkCalendar::new(&portfolio.settings.calendar);
        let (sched, _) = time(runs, || {
            Schedule::build(portfolio, &calendar, &[options.as_of])
        });
        // The plan as a run makes it: the analysis (schedule, placed work),
        // then the report.
        let (best, median) = time(runs, || {
            let analysis = Analysis::build(portfolio, options.as_of);
            compute(portfolio, &analysis, &options)
        });
        println!(
            "{:>8} {:>8} {:>9.2}s {:>10.1}ms {:>10.1}ms {:>10.1}ms",
            tasks,
            chains,
            load.as_secs_f64(),
            sched.as_secs_f64() * 1e3,
            best.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3
        );
    }
}

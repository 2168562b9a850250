//! The management page (`pmo report --format html`) on a large
//! portfolio: how long each step takes beyond loading, and how big the
//! page is.
//!
//! ```text
//! cargo bench --bench html -- [--dir DIR] [--reps 3] [--out FILE] [gen_portfolio flags]
//! ```
//!
//! Without `--dir` the portfolio (10,000 projects by default) is generated
//! once by the `gen_portfolio` example's code under
//! `target/bench-portfolios/` and reused. Loading is timed once and
//! reported apart; then, `--reps` times, the four reports and the
//! overview are computed, the page's sections laid out and the page
//! rendered; the median of each step is printed. `--out FILE` keeps the
//! page (to open it in a browser).

#[path = "../examples/gen_portfolio/mod.rs"]
mod generator;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use pmo::report::overview;

fn bench_root() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join("bench-portfolios")
}

fn portfolio(cfg: &generator::Config) -> Result<PathBuf, String> {
    let dir = bench_root().join(cfg.key());
    let marker = dir.join(".complete");
    if marker.exists() {
        return Ok(dir);
    }
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut cfg = cfg.clone();
    cfg.out = dir.clone();
    eprintln!("generating {} ...", dir.display());
    generator::generate(&cfg).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::write(&marker, b"").map_err(|e| e.to_string())?;
    Ok(dir)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

fn run() -> Result<(), String> {
    let mut cfg = generator::Config::default();
    let mut dir: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut reps = 3usize;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--bench" {
            continue;
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--dir" => dir = Some(value.into()),
            "--out" => out = Some(value.into()),
            "--reps" => reps = value.parse().map_err(|_| "--reps: a number")?,
            _ => {
                if !cfg.apply(&flag, &value)? {
                    return Err(format!("unknown flag {flag}"));
                }
            }
        }
    }
    let dir = match dir {
        Some(d) => d,
        None => portfolio(&cfg)?,
    };
    let started = Instant::now();
    let loaded = pmo::load::load(&dir, &pmo::load::Quiet).map_err(|e| format!("{e:#}"))?;
    let load = started.elapsed().as_secs_f64();
    let portfolio = &loaded.portfolio;
    let options = overview::Options {
        scope: pmo::report::scope::Scope::default(),
        as_of: "2026-11-16".parse().map_err(|_| "date")?,
    };
    if std::env::var_os("PMO_BENCH_PARTS").is_some() {
        // Where report time goes: each report computed alone, one thread.
        let scope = pmo::report::scope::Scope::default();
        let as_of = options.as_of;
        let t = Instant::now();
        let analysis = pmo::analysis::Analysis::build(portfolio, as_of);
        eprintln!("  analysis: {:.3}s", t.elapsed().as_secs_f64());
        let t = Instant::now();
        let plan = pmo::report::plan::compute(
            portfolio,
            &analysis,
            &pmo::report::plan::Options {
                scope: scope.clone(),
                as_of,
                from: None,
                to: None,
            },
        );
        eprintln!("  plan: {:.3}s", t.elapsed().as_secs_f64());
        std::mem::forget(plan);
        let t = Instant::now();
        let risk = pmo::report::risk::compute(
            portfolio,
            &analysis,
            &pmo::report::risk::Options {
                scope: scope.clone(),
                ..pmo::report::risk::Options::new(as_of)
            },
        );
        eprintln!("  risk: {:.3}s", t.elapsed().as_secs_f64());
        std::mem::forget(risk);
        let t = Instant::now();
        let resource = pmo::report::resource::compute(
            portfolio,
            &analysis,
            &pmo::report::resource::Options {
                scope: scope.clone(),
                from: None,
                to: None,
                period: pmo::analysis::workload::PeriodKind::Week,
                person: None,
                role: None,
            },
        );
        eprintln!("  resource: {:.3}s", t.elapsed().as_secs_f64());
        std::mem::forget(resource);
        let t = Instant::now();
        let assessment = pmo::report::assessment::compute(
            portfolio,
            &analysis,
            &pmo::report::assessment::Options {
                scope,
                as_of,
                manager: None,
                period: None,
            },
        );
        eprintln!("  assessment: {:.3}s", t.elapsed().as_secs_f64());
        std::mem::forget(assessment);
    }
    let (mut reports, mut layout, mut render, mut total) = (vec![], vec![], vec![], vec![]);
    let mut size = 0usize;
    for _ in 0..reps.max(1) {
        let t0 = Instant::now();
        let analysis = pmo::analysis::Analysis::build(portfolio, options.as_of);
        let parts = overview::parts(portfolio, &analysis, &options);
        let report = overview::gather(portfolio, &options, &parts);
        let t1 = Instant::now();
        let sections = overview::page::sections(
            portfolio,
            &report,
            &parts,
            &overview::page::PageOptions::default(),
            pmo::model::Lang::En,
        );
        let t2 = Instant::now();
        if std::env::var_os("PMO_BENCH_VIEWS").is_some() {
            // Where layout time goes: each report's own full view.
            let time = |name: &str, f: &dyn Fn() -> pmo::render::View| {
                let t = Instant::now();
                let v = f();
                eprintln!("  view {name}: {:.3}s", t.elapsed().as_secs_f64());
                std::mem::forget(v);
            };
            time("overview", &|| {
                overview::view::view(&report, false, pmo::model::Lang::En)
            });
            time("risk", &|| {
                pmo::report::risk::view::view(
                    &parts.risk,
                    pmo::report::risk::view::Detail::Summary,
                    pmo::model::Lang::En,
                )
            });
            time("resource", &|| {
                pmo::report::resource::view::view(&parts.resource, false, pmo::model::Lang::En)
            });
            time("assessment", &|| {
                pmo::report::assessment::view::view(&parts.assessment, pmo::model::Lang::En)
            });
        }
        let page = pmo::render::html::Page {
            title: sections
                .first()
                .map(|v| v.title.clone())
                .unwrap_or_default(),
            report: "overview".into(),
            portfolio: report.meta.portfolio.clone(),
            as_of: report.meta.as_of.to_string(),
            sections,
            lang: pmo::model::Lang::En,
        };
        let mut bytes = Vec::new();
        pmo::render::html::render(&page, &mut bytes).map_err(|e| e.to_string())?;
        let t3 = Instant::now();
        if let Some(path) = &out {
            std::fs::write(path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        let t4 = Instant::now();
        size = bytes.len();
        reports.push((t1 - t0).as_secs_f64());
        layout.push((t2 - t1).as_secs_f64());
        render.push((t3 - t2).as_secs_f64());
        total.push((t4 - t0).as_secs_f64());
        // Freeing is not part of writing the page.
        std::mem::forget((parts, report, page, bytes));
    }
    println!(
        "projects={} load={load:.2}s reports+overview={:.3}s layout={:.3}s html={:.3}s \
         beyond-load={:.3}s page={:.1}MB",
        portfolio.projects.len(),
        median(reports),
        median(layout),
        median(render),
        median(total),
        size as f64 / 1e6
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

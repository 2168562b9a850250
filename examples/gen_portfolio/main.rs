//! Writes a large synthetic portfolio for load tests and benchmarks.
//!
//! ```text
//! cargo run --release --example gen_portfolio -- --out DIR [--projects 10000]
//!     [--tasks-per-project 40] [--people 5000] [--risks 50000] [--reviews 10000]
//!     [--raters 12] [--assessments N] [--seed 1] [--cross-links 0.05] [--as-of 2026-11-20]
//! ```
//!
//! The output is deterministic for a given seed and sizes, and loads with
//! no loader findings. Totals (files, documents, MB) go to stderr.

#[path = "mod.rs"]
mod generator;

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut cfg = generator::Config::default();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let flag = args[i].as_str();
        if flag == "-h" || flag == "--help" {
            println!("usage: gen_portfolio {}", generator::USAGE);
            return ExitCode::SUCCESS;
        }
        let Some(value) = args.get(i + 1) else {
            eprintln!(
                "error: {flag} needs a value\nusage: gen_portfolio {}",
                generator::USAGE
            );
            return ExitCode::from(2);
        };
        match cfg.apply(flag, value) {
            Ok(true) => {}
            Ok(false) => {
                eprintln!(
                    "error: unknown option `{flag}`\nusage: gen_portfolio {}",
                    generator::USAGE
                );
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
        i += 2;
    }
    if cfg.out.as_os_str().is_empty() {
        eprintln!(
            "error: --out DIR is required\nusage: gen_portfolio {}",
            generator::USAGE
        );
        return ExitCode::from(2);
    }
    if cfg.out.join("pmo.toml").exists() {
        eprintln!(
            "error: `{}` already holds a portfolio; remove it or choose another --out",
            cfg.out.display()
        );
        return ExitCode::from(2);
    }
    let started = Instant::now();
    match generator::generate(&cfg) {
        Ok(t) => {
            eprintln!(
                "wrote {} files, {} documents, {:.1} MB to {} in {:.1} s",
                t.files,
                t.documents,
                t.bytes as f64 / 1e6,
                cfg.out.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write `{}`: {e}", cfg.out.display());
            ExitCode::from(2)
        }
    }
}

//! Load benchmark: how long `pmo::load::load` takes on a large synthetic
//! portfolio, against a bare YAML parse of the same files.
//!
//! ```text
//! cargo bench --bench load -- [--projects 10000] [--threads N] [--reps 3]
//!     [--scale 1000,10000,50000] [any other gen_portfolio flag]
//! ```
//!
//! The portfolio is generated once per sizes and seed (by the code of the
//! `gen_portfolio` example) under `target/bench-portfolios/` and reused.
//! Each measurement runs in a child process (this binary again, with
//! `--child MODE --dir DIR`), so that its peak RSS (VmHWM) is its own and
//! every repetition starts from the same state. The page cache is warmed
//! first; times are the median of the repetitions and exclude process
//! start-up and freeing the result.
//!
//! The bare parse reads the same files (walked and sorted the same way) on
//! the same number of rayon threads and parses every document with
//! `serde_saphyr::from_multiple`, in two variants:
//! - into `serde::de::IgnoredAny`: the parser's own cost, with nothing
//!   built. This is the floor any loader built on serde-saphyr pays, so it
//!   is the baseline for the load/bare ratio.
//! - into `serde_json::Value`: a generic tree, which allocates every key and
//!   value (more than the typed model does), as a second reference.

#[path = "../examples/gen_portfolio/mod.rs"]
mod generator;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use rayon::prelude::*;

const MODES: [&str; 4] = ["bare", "bare-json", "load", "report"];

struct Options {
    cfg: generator::Config,
    threads: usize,
    reps: usize,
    scale: Vec<usize>,
    child: Option<String>,
    dir: Option<PathBuf>,
}

fn usage() -> String {
    format!(
        "usage: cargo bench --bench load -- [--threads N] [--reps 3] [--scale 1000,10000,50000]\n    {}",
        generator::USAGE.replace("--out DIR ", "")
    )
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        cfg: generator::Config::default(),
        threads: 0,
        reps: 3,
        scale: Vec::new(),
        child: None,
        dir: None,
    };
    // `cargo bench` passes `--bench`; flags are `--name value` pairs.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let mut i = 0;
    while i < args.len() {
        let flag = args[i].as_str();
        if flag == "-h" || flag == "--help" {
            return Err(usage());
        }
        let value = args
            .get(i + 1)
            .ok_or_else(|| format!("{flag} needs a value\n{}", usage()))?;
        let num = |v: &str| {
            v.trim()
                .parse::<usize>()
                .map_err(|_| format!("{flag}: `{v}` is not a whole number"))
        };
        match flag {
            "--threads" => o.threads = num(value)?,
            "--reps" => o.reps = num(value)?.max(1),
            "--scale" => {
                o.scale = value.split(',').map(num).collect::<Result<_, _>>()?;
            }
            "--child" => o.child = Some(value.clone()),
            "--dir" => o.dir = Some(PathBuf::from(value)),
            _ => {
                if !o.cfg.apply(flag, value)? {
                    return Err(format!("unknown option `{flag}`\n{}", usage()));
                }
            }
        }
        i += 2;
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let result = match (&o.child, &o.dir) {
        (Some(mode), Some(dir)) => child(mode, dir, o.threads),
        _ => parent(&o),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------- child

/// Peak resident set size of this process, in KiB.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// CPU time (user + system, all threads) this process has used, in
/// seconds. The machine may be shared, so CPU time is reported beside wall
/// time: it is what the work costs, whatever else runs.
fn cpu_secs() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return f64::NAN;
    };
    // Fields after the command name (which is in parentheses): state is
    // field 3, utime 14, stime 15, in clock ticks (100 a second on Linux).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        f.get(i - 3)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    (ticks(14) + ticks(15)) / 100.0
}

/// The YAML files the loader reads, in its order.
fn yaml_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            e.file_type().is_file() && (name.ends_with(".yaml") || name.ends_with(".yml"))
        })
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

fn bare<T>(files: &[PathBuf]) -> Result<(usize, u64), String>
where
    T: for<'de> serde::Deserialize<'de> + Send,
{
    files
        .par_iter()
        .map(|path| {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let docs: Vec<T> = serde_saphyr::from_multiple(&text)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            Ok((docs.len(), text.len() as u64))
        })
        .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))
}

/// Runs one measurement and prints `key=value` pairs on stdout.
fn child(mode: &str, dir: &Path, threads: usize) -> Result<(), String> {
    if threads > 0 {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global()
            .map_err(|e| e.to_string())?;
    }
    let cpu0 = cpu_secs();
    let started = Instant::now();
    let (files, documents, bytes, findings) = match mode {
        "bare" | "bare-json" => {
            let files = yaml_files(dir);
            let (docs, bytes) = if mode == "bare" {
                bare::<serde::de::IgnoredAny>(&files)?
            } else {
                bare::<serde_json::Value>(&files)?
            };
            (files.len(), docs, bytes, 0)
        }
        "load" | "report" => {
            let loaded = pmo::load::load(dir, &pmo::load::Quiet).map_err(|e| format!("{e:#}"))?;
            if mode == "report" {
                // `pmo report`: the overview, computed and drawn as a table.
                let analysis =
                    pmo::analysis::Analysis::build(&loaded.portfolio, pmo::model::Date(o_as_of()));
                let report = pmo::report::overview::compute(
                    &loaded.portfolio,
                    &analysis,
                    &pmo::report::overview::Options {
                        scope: pmo::report::scope::Scope::default(),
                        as_of: pmo::model::Date(o_as_of()),
                    },
                );
                let view = pmo::report::overview::view::view(&report, false, pmo::model::Lang::En);
                let mut out = Vec::new();
                pmo::render::table::render(
                    &view,
                    pmo::render::Style::default(),
                    pmo::model::Lang::En,
                    &mut out,
                )
                .map_err(|e| e.to_string())?;
                std::hint::black_box(out);
            }
            let secs = started.elapsed().as_secs_f64();
            let cpu = cpu_secs() - cpu0;
            let s = loaded.stats;
            let findings = loaded.findings.len();
            if let Some(f) = loaded.findings.first() {
                eprintln!("first finding: {f:?}");
            }
            println!(
                "secs={secs} cpu={cpu} files={} documents={} bytes={} findings={findings} rss_kib={}",
                s.files,
                s.documents,
                s.bytes,
                peak_rss_kib()
            );
            // Freeing the model is not part of loading.
            std::mem::forget(loaded);
            return Ok(());
        }
        other => return Err(format!("unknown mode `{other}`")),
    };
    let secs = started.elapsed().as_secs_f64();
    let cpu = cpu_secs() - cpu0;
    println!(
        "secs={secs} cpu={cpu} files={files} documents={documents} bytes={bytes} findings={findings} rss_kib={}",
        peak_rss_kib()
    );
    Ok(())
}

/// The generator's as-of date, which the report is computed at.
fn o_as_of() -> chrono::NaiveDate {
    generator::Config::default().as_of
}

// ---------------------------------------------------------------- parent

#[derive(Clone, Copy, Debug, Default)]
struct Sample {
    secs: f64,
    cpu: f64,
    files: u64,
    documents: u64,
    bytes: u64,
    findings: u64,
    rss_kib: u64,
}

fn run_child(mode: &str, dir: &Path, threads: usize) -> Result<Sample, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe)
        .args(["--child", mode, "--dir"])
        .arg(dir)
        .args(["--threads", &threads.to_string()])
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "{mode} run failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut s = Sample::default();
    for pair in text.split_whitespace() {
        let Some((k, v)) = pair.split_once('=') else {
            continue;
        };
        let n = v.parse::<u64>().unwrap_or(0);
        match k {
            "secs" => s.secs = v.parse().unwrap_or(f64::NAN),
            "cpu" => s.cpu = v.parse().unwrap_or(f64::NAN),
            "files" => s.files = n,
            "documents" => s.documents = n,
            "bytes" => s.bytes = n,
            "findings" => s.findings = n,
            "rss_kib" => s.rss_kib = n,
            _ => {}
        }
    }
    Ok(s)
}

/// The median wall time and the median CPU time (each the upper middle
/// one for an even count), with the rest from the median-time run.
fn median(mut samples: Vec<Sample>) -> Sample {
    samples.sort_by(|a, b| a.cpu.total_cmp(&b.cpu));
    let cpu = samples[samples.len() / 2].cpu;
    samples.sort_by(|a, b| a.secs.total_cmp(&b.secs));
    Sample {
        cpu,
        ..samples[samples.len() / 2]
    }
}

fn bench_root() -> PathBuf {
    // CARGO_TARGET_TMPDIR is <target>/tmp.
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join("bench-portfolios")
}

/// Generates the portfolio for `cfg`, or reuses an earlier one.
fn portfolio(cfg: &generator::Config) -> Result<PathBuf, String> {
    let dir = bench_root().join(cfg.key());
    let marker = dir.join(".complete");
    if marker.exists() {
        eprintln!("reusing {}", dir.display());
        return Ok(dir);
    }
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut cfg = cfg.clone();
    cfg.out = dir.clone();
    eprintln!("generating {} ...", dir.display());
    let started = Instant::now();
    let t = generator::generate(&cfg).map_err(|e| format!("{}: {e}", dir.display()))?;
    eprintln!(
        "generated {} files, {} documents, {:.1} MB in {:.1} s",
        t.files,
        t.documents,
        t.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    std::fs::write(&marker, b"").map_err(|e| e.to_string())?;
    Ok(dir)
}

struct Measured {
    bare: Sample,
    json: Sample,
    load: Sample,
    report: Sample,
}

fn measure(dir: &Path, threads: usize, reps: usize, modes: &[&str]) -> Result<Measured, String> {
    // Warm the page cache so that every run reads from memory.
    run_child("bare", dir, threads)?;
    let mut runs: Vec<Vec<Sample>> = vec![Vec::new(); MODES.len()];
    for _ in 0..reps {
        for (m, mode) in MODES.iter().enumerate() {
            if modes.contains(mode) {
                runs[m].push(run_child(mode, dir, threads)?);
            }
        }
    }
    let mut medians = runs.into_iter().map(|r| {
        if r.is_empty() {
            Sample::default()
        } else {
            median(r)
        }
    });
    Ok(Measured {
        bare: medians.next().unwrap_or_default(),
        json: medians.next().unwrap_or_default(),
        load: medians.next().unwrap_or_default(),
        report: medians.next().unwrap_or_default(),
    })
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn parent(o: &Options) -> Result<(), String> {
    let threads = if o.threads > 0 {
        o.threads
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    if o.scale.is_empty() {
        let dir = portfolio(&o.cfg)?;
        let m = measure(&dir, threads, o.reps, &MODES)?;
        let l = m.load;
        println!("portfolio   {}", dir.display());
        println!(
            "size        {} files, {:.1} MB, {} documents ({} projects, {} tasks)",
            l.files,
            mb(l.bytes),
            l.documents,
            o.cfg.projects,
            o.cfg.projects * o.cfg.tasks_per_project
        );
        println!("threads     {threads}; median of {} runs each", o.reps);
        if l.findings > 0 {
            println!("WARNING     the load reported {} findings", l.findings);
        }
        println!();
        println!(
            "{:<34} {:>9} {:>9} {:>9} {:>9} {:>12}",
            "", "wall s", "MB/s", "CPU s", "MB/CPU s", "peak RSS MB"
        );
        for (name, s) in [
            ("bare parse (serde IgnoredAny)", m.bare),
            ("bare parse (serde_json::Value)", m.json),
            ("pmo::load::load", m.load),
            ("load + pmo report (overview)", m.report),
        ] {
            println!(
                "{name:<34} {:>9.3} {:>9.1} {:>9.2} {:>9.1} {:>12.1}",
                s.secs,
                mb(s.bytes) / s.secs,
                s.cpu,
                mb(s.bytes) / s.cpu,
                s.rss_kib as f64 / 1024.0
            );
        }
        println!();
        println!(
            "load / bare (IgnoredAny)   {:.2}x wall, {:.2}x CPU",
            l.secs / m.bare.secs,
            l.cpu / m.bare.cpu
        );
        println!(
            "load / bare (json Value)   {:.2}x wall, {:.2}x CPU",
            l.secs / m.json.secs,
            l.cpu / m.json.cpu
        );
        println!(
            "pmo report / load          {:.2}x wall, {:.2}x CPU",
            m.report.secs / l.secs,
            m.report.cpu / l.cpu
        );
        return Ok(());
    }

    // Load time over project counts; other sizes scale with the projects.
    println!("threads {threads}; median of {} runs each", o.reps);
    println!(
        "{:>9} {:>7} {:>8} {:>10} {:>8} {:>8} {:>9} {:>10} {:>10} {:>9} {:>12}",
        "projects",
        "files",
        "MB",
        "documents",
        "bare s",
        "load s",
        "load/bare",
        "bare CPU s",
        "load CPU s",
        "CPU/1000p",
        "load RSS MB"
    );
    for &n in &o.scale {
        let f = n as f64 / o.cfg.projects.max(1) as f64;
        let scaled = |v: usize| ((v as f64 * f).round() as usize).max(1);
        let mut cfg = o.cfg.clone();
        cfg.projects = n;
        cfg.people = scaled(o.cfg.people);
        cfg.risks = scaled(o.cfg.risks);
        cfg.reviews = scaled(o.cfg.reviews);
        cfg.assessments = o.cfg.assessments.map(scaled);
        let dir = portfolio(&cfg)?;
        let m = measure(&dir, threads, o.reps, &["bare", "load"])?;
        let l = m.load;
        println!(
            "{n:>9} {:>7} {:>8.1} {:>10} {:>8.3} {:>8.3} {:>9.2} {:>10.2} {:>10.2} {:>9.3} {:>12.1}",
            l.files,
            mb(l.bytes),
            l.documents,
            m.bare.secs,
            l.secs,
            l.secs / m.bare.secs,
            m.bare.cpu,
            l.cpu,
            l.cpu / n as f64 * 1000.0,
            l.rss_kib as f64 / 1024.0
        );
        if l.findings > 0 {
            println!(
                "WARNING: the load of {n} projects reported {} findings",
                l.findings
            );
        }
    }
    Ok(())
}

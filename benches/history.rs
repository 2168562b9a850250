//! History benchmark: a generated portfolio with a generated git history,
//! `pmo report trend` over all of it and `pmo diff` between its ends,
//! against one plain load of the working tree.
//!
//! ```text
//! cargo bench --bench history -- [--projects 500] [--commits 200] [--reps 3]
//! ```
//!
//! The portfolio (the `gen_portfolio` example's code) gets one commit per
//! day; each commit changes the progress of a few tasks and the actuals of
//! a few projects and re-scores a few risks, in under 5 % of the files.
//! The repository is built once under `target/bench-portfolios/` (with the
//! `git` CLI: only the setup uses it) and reused. Times are medians; the
//! commands run as child processes of the release binary, so they include
//! its start-up, as a user sees it.

#[path = "../examples/gen_portfolio/mod.rs"]
mod generator;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

struct Options {
    projects: usize,
    commits: usize,
    reps: usize,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        projects: 500,
        commits: 200,
        reps: 3,
    };
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    for pair in args.chunks(2) {
        let [flag, value] = pair else {
            return Err(format!("{} needs a value", pair[0]));
        };
        let n: usize = value
            .parse()
            .map_err(|_| format!("{flag}: `{value}` is not a number"))?;
        match flag.as_str() {
            "--projects" => o.projects = n,
            "--commits" => o.commits = n,
            "--reps" => o.reps = n.max(1),
            _ => return Err(format!("unknown option `{flag}`")),
        }
    }
    Ok(o)
}

fn git(dir: &Path, args: &[&str], date: &str) -> Result<(), String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.com")
        .env("GIT_COMMITTER_NAME", "bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.com")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .map_err(|e| format!("git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.file_name().is_some_and(|n| n == ".git") {
            continue;
        }
        if p.is_dir() {
            yaml_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "yaml") {
            out.push(p);
        }
    }
}

/// Replaces the number after the first `key` in a file by `f(number)`.
fn bump(path: &Path, key: &str, f: impl Fn(u64) -> u64) -> Result<bool, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let Some(at) = text.find(key) else {
        return Ok(false);
    };
    let start = at + key.len();
    let end = start
        + text[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(0);
    let Ok(n) = text[start..end].parse::<u64>() else {
        return Ok(false);
    };
    let new = format!("{}{}{}", &text[..start], f(n), &text[end..]);
    std::fs::write(path, new).map_err(|e| e.to_string())?;
    Ok(true)
}

fn build(o: &Options, dir: &Path) -> Result<(), String> {
    let mut cfg = generator::Config {
        out: dir.to_path_buf(),
        projects: o.projects,
        people: (o.projects / 2).max(50),
        risks: o.projects * 5,
        reviews: o.projects / 2,
        ..generator::Config::default()
    };
    cfg.assessments = Some(o.projects / 2);
    generator::generate(&cfg).map_err(|e| e.to_string())?;
    let day0 = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).ok_or("date")?;
    let date = |i: usize| format!("{}T18:00:00+08:00", day0 + chrono::Duration::days(i as i64));
    git(dir, &["init", "-q", "-b", "main"], &date(0))?;
    git(dir, &["add", "-A"], &date(0))?;
    git(dir, &["commit", "-q", "-m", "start"], &date(0))?;
    let mut files = Vec::new();
    yaml_files(dir, &mut files);
    let (projects, risks): (Vec<_>, Vec<_>) = files
        .iter()
        .filter(|f| {
            f.to_string_lossy().contains("/projects/") || f.to_string_lossy().contains("/risks/")
        })
        .partition(|f| f.to_string_lossy().contains("/projects/"));
    // Each commit touches 3 % of the project files and a few risk files.
    let per_commit = (files.len() * 3 / 100).max(2);
    let mut rng = generator::Rng::new(7);
    for c in 1..o.commits {
        for k in 0..per_commit {
            if k % 4 == 3 && !risks.is_empty() {
                let f = risks[rng.below(risks.len())];
                bump(f, "probability: ", |p| p % 5 + 1)?;
            } else if !projects.is_empty() {
                let f = projects[rng.below(projects.len())];
                bump(f, "progress: ", |p| (p + 5).min(100))?;
                bump(f, "actual: ", |a| a + 1000)?;
            }
        }
        git(dir, &["add", "-A"], &date(c))?;
        git(
            dir,
            &["commit", "-q", "--allow-empty", "-m", &format!("day {c}")],
            &date(c),
        )?;
    }
    Ok(())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time_cmd(dir: &Path, args: &[&str], reps: usize) -> Result<f64, String> {
    let mut times = Vec::new();
    for _ in 0..reps {
        let t = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_pmo"))
            .args(args)
            .current_dir(dir)
            .output()
            .map_err(|e| e.to_string())?;
        times.push(t.elapsed().as_secs_f64());
        if !out.status.success() && out.status.code() != Some(1) {
            return Err(format!(
                "pmo {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    Ok(median(times))
}

fn run(o: &Options) -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-portfolios")
        .join(format!("history-p{}-c{}", o.projects, o.commits));
    if !dir.join(".git").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let t = Instant::now();
        build(o, &dir)?;
        eprintln!(
            "built {} in {:.1} s",
            dir.display(),
            t.elapsed().as_secs_f64()
        );
    }
    let mut files = Vec::new();
    yaml_files(&dir, &mut files);
    let load = {
        let mut times = Vec::new();
        for _ in 0..o.reps {
            let t = Instant::now();
            let loaded = pmo::load::load(&dir, &pmo::load::Quiet).map_err(|e| e.to_string())?;
            times.push(t.elapsed().as_secs_f64());
            drop(loaded);
        }
        median(times)
    };
    let q = ["-q", "--format", "json"];
    let cmds: [(&str, Vec<&str>); 4] = [
        (
            "pmo report (overview), working tree",
            [&["report"][..], &q].concat(),
        ),
        (
            "pmo report --at HEAD",
            [&["report", "--at", "HEAD"][..], &q].concat(),
        ),
        (
            "pmo report trend --every week",
            [&["report", "trend", "--every", "week"][..], &q].concat(),
        ),
        (
            "pmo diff <first> HEAD",
            [&["diff", "HEAD~", "HEAD"][..], &q].concat(),
        ),
    ];
    println!(
        "history: {} projects, {} files, {} commits; median of {}",
        o.projects,
        files.len(),
        o.commits,
        o.reps
    );
    println!("{:<40} {:>9} {:>10}", "what", "seconds", "x load");
    println!(
        "{:<40} {:>9.3} {:>10.2}",
        "one plain load (in process)", load, 1.0
    );
    let first = format!("HEAD~{}", o.commits - 1);
    for (name, mut args) in cmds {
        if args[0] == "diff" {
            args[1] = &first;
        }
        let s = time_cmd(&dir, &args, o.reps)?;
        println!("{name:<40} {s:>9.3} {:>10.2}", s / load);
    }
    Ok(())
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!(
                "error: {e}\nusage: cargo bench --bench history -- [--projects 500] [--commits 200] [--reps 3]"
            );
            return ExitCode::from(2);
        }
    };
    match run(&o) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

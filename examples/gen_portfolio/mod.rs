//! Generator of large synthetic PMO portfolios, shared by the
//! `gen_portfolio` example (`main.rs`) and the `load`, `html` and `history`
//! benchmarks (each includes this file as `mod generator`).
//!
//! Everything is a pure function of the [`Config`]: each program, project,
//! person, risk, review and assessment draws from its own random stream
//! (splitmix64 keyed by seed, entity kind and index), so the output is the
//! same whatever the thread count. The YAML is written by hand (no
//! serializer) in the shapes a PMO would write: block mappings, a few flow
//! mappings, block scalars and comments.
//!
//! The parts: [`config`] (the flags), [`rng`] (the random streams),
//! [`calendar`] (pmo's working calendar, read from the generated
//! `pmo.toml`), [`vocab`] (the words), [`plan`] (every fact decided first:
//! people, programs, projects, cross-project links) and [`emit`] (the YAML
//! of each document kind); [`generate`] writes the files.

#![allow(dead_code)]

mod calendar;
mod config;
mod emit;
mod plan;
mod rng;
mod vocab;

// The benchmarks use all of these; the example's `main` only some.
#[allow(unused_imports)]
pub use config::{Config, Totals, USAGE, VERSION};
#[allow(unused_imports)]
pub use rng::Rng;

use std::path::Path;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering;

use rayon::prelude::*;

use calendar::SETTINGS;
use emit::header;
use emit::person::render_person;
use emit::program::render_program;
use emit::project::render_project;
use emit::review::render_assessment;
use emit::review::render_review;
use emit::risk::render_risk;
use plan::links::add_cross_links;
use plan::people::People;
use plan::programs::ProgramPlan;
use plan::programs::plan_programs;
use plan::project::ProjectPlan;
use plan::project::plan_project;
use vocab::program_id;
use vocab::project_id;

pub(crate) struct Writer {
    pub(crate) files: AtomicU64,
    pub(crate) documents: AtomicU64,
    pub(crate) bytes: AtomicU64,
}

impl Writer {
    pub(crate) fn write(&self, path: &Path, text: &str, documents: u64) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, text)?;
        self.files.fetch_add(1, Ordering::Relaxed);
        self.documents.fetch_add(documents, Ordering::Relaxed);
        self.bytes.fetch_add(text.len() as u64, Ordering::Relaxed);
        Ok(())
    }
}

#[allow(clippy::too_many_arguments)]
/// Renders groups of `per_file` documents into numbered files of `dir`.
pub(crate) fn write_chunks(
    w: &Writer,
    dir: &Path,
    stem: &str,
    count: usize,
    per_file: usize,
    cfg: &Config,
    what: &str,
    render: &(dyn Fn(&mut String, usize) + Sync),
) -> std::io::Result<()> {
    let files = count.div_ceil(per_file);
    (0..files).into_par_iter().try_for_each(|f| {
        let mut out = String::with_capacity(per_file * 1024);
        header(&mut out, what, cfg);
        let range = f * per_file..((f + 1) * per_file).min(count);
        let n = range.len() as u64;
        for i in range {
            render(&mut out, i);
        }
        w.write(&dir.join(format!("{stem}-{:04}.yaml", f + 1)), &out, n)
    })
}

/// Writes the whole portfolio under `cfg.out` (which should be empty or
/// absent) and returns what was written.
pub fn generate(cfg: &Config) -> std::io::Result<Totals> {
    let out = &cfg.out;
    std::fs::create_dir_all(out)?;
    let people = People::new(cfg.people);
    let programs = plan_programs(cfg, &people);
    let mut plans: Vec<ProjectPlan> = programs
        .par_iter()
        .flat_map_iter(|prog| {
            (0..prog.size)
                .map(|slot| plan_project(cfg, &people, prog, slot))
                .collect::<Vec<_>>()
        })
        .collect();
    add_cross_links(cfg, &programs, &mut plans);

    let w = Writer {
        files: AtomicU64::new(0),
        documents: AtomicU64::new(0),
        bytes: AtomicU64::new(0),
    };
    let name = format!(
        "name = \"Synthetic portfolio: {} projects, seed {}\"\n",
        cfg.projects, cfg.seed
    );
    // pmo.toml is not a YAML file: left out of the totals.
    std::fs::write(out.join("pmo.toml"), format!("{name}{SETTINGS}"))?;

    write_programs_and_projects(&w, cfg, &programs, &plans)?;
    write_chunks(
        &w,
        &out.join("people"),
        "people",
        people.n,
        100,
        cfg,
        "People",
        &|s, i| render_person(s, cfg, &people, i),
    )?;
    if !plans.is_empty() {
        write_risks_and_assessments(&w, cfg, &people, &plans)?;
    }
    if !people.managers.is_empty() {
        write_chunks(
            &w,
            &out.join("reviews"),
            "reviews",
            cfg.reviews,
            100,
            cfg,
            "360-degree reviews",
            &|s, r| render_review(s, cfg, &people, r),
        )?;
    }
    Ok(Totals {
        files: w.files.load(Ordering::Relaxed),
        documents: w.documents.load(Ordering::Relaxed),
        bytes: w.bytes.load(Ordering::Relaxed),
    })
}

/// One file per program, one per project (in folders of a hundred).
fn write_programs_and_projects(
    w: &Writer,
    cfg: &Config,
    programs: &[ProgramPlan],
    plans: &[ProjectPlan],
) -> std::io::Result<()> {
    let out = &cfg.out;
    programs.par_iter().try_for_each(|prog| {
        let mut s = String::with_capacity(4096);
        header(&mut s, "Program", cfg);
        render_program(&mut s, cfg, prog, plans);
        w.write(
            &out.join("programs")
                .join(format!("{}.yaml", program_id(prog.index))),
            &s,
            1,
        )
    })?;
    plans.par_iter().try_for_each(|p| {
        let mut s = String::with_capacity(16 * 1024);
        render_project(&mut s, cfg, programs, p);
        let path = out
            .join("projects")
            .join(format!("{:04}", p.index / 100))
            .join(format!("{}.yaml", project_id(p.index)));
        w.write(&path, &s, 1)
    })
}

/// Risks spread over the projects; assessments of projects started by the
/// as-of day (of any project when none has).
fn write_risks_and_assessments(
    w: &Writer,
    cfg: &Config,
    people: &People,
    plans: &[ProjectPlan],
) -> std::io::Result<()> {
    let out = &cfg.out;
    write_chunks(
        w,
        &out.join("risks"),
        "risks",
        cfg.risks,
        500,
        cfg,
        "Risks",
        &|s, r| render_risk(s, cfg, plans, r),
    )?;
    let mut eligible: Vec<usize> = plans
        .iter()
        .filter(|p| p.start <= cfg.as_of)
        .map(|p| p.index)
        .collect();
    if eligible.is_empty() {
        eligible = (0..plans.len()).collect();
    }
    write_chunks(
        w,
        &out.join("assessments"),
        "assessments",
        cfg.assessment_count(),
        200,
        cfg,
        "Project assessments",
        &|s, a| render_assessment(s, cfg, people, plans, &eligible, a),
    )
}

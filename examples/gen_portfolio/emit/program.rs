//! A program document.

use std::fmt::Write as _;

use super::super::config::Config;
use super::super::plan::programs::ProgramPlan;
use super::super::plan::programs::TYPES;
use super::super::plan::programs::business_label;
use super::super::plan::project::ProjectPlan;
use super::super::rng::K_PROGRAM;
use super::super::rng::Rng;
use super::super::vocab::customer_id;
use super::super::vocab::customer_name;
use super::super::vocab::person_id;
use super::super::vocab::program_id;

pub(crate) fn render_program(
    out: &mut String,
    cfg: &Config,
    prog: &ProgramPlan,
    plans: &[ProjectPlan],
) {
    let mut rng = Rng::stream(cfg.seed, K_PROGRAM, 1_000_000 + prog.index as u64);
    let projects = &plans[prog.first..prog.first + prog.size];
    let all_closed = projects.iter().all(|p| p.end < cfg.as_of);
    let none_started = projects.iter().all(|p| p.start > cfg.as_of);
    let stage = if all_closed {
        "closure"
    } else if none_started {
        *rng.pick(&["identify", "define"])
    } else {
        *rng.pick(&[
            "integrated-management",
            "integrated-management",
            "portfolio-management",
            "benefits-management",
        ])
    };
    let type_key = TYPES[prog.kind];
    let focus = match prog.kind {
        0 => customer_name(prog.customers[0].0),
        1 => business_label(prog.businesses[0]).1,
        2 => "Key accounts".to_string(),
        3 => "Managed services".to_string(),
        _ => "Regional accounts".to_string(),
    };
    let _ = writeln!(out, "kind: Program");
    let _ = writeln!(out, "id: {}", program_id(prog.index));
    let _ = writeln!(out, "name: {focus} program {}", prog.index);
    let _ = writeln!(out, "type: {type_key}");
    let _ = writeln!(out, "stage: {stage}");
    write_leadership_and_parties(out, prog);
    let last_end = projects.iter().map(|p| p.end).max().unwrap_or(cfg.as_of);
    let _ = writeln!(out, "goals:");
    let _ = writeln!(
        out,
        "  - description: Consolidate IT-service delivery for {focus}\n    measure: Share of services under one SLA\n    target: 90%\n    by: {last_end}"
    );
    let _ = writeln!(
        out,
        "  - description: Cut operating cost\n    measure: Annual run cost\n    target: \"-{}%\"\n    by: {last_end}",
        rng.range(5, 20)
    );
    let _ = writeln!(out, "benefits:");
    let _ = writeln!(
        out,
        "  - description: Fewer major incidents\n    measure: P1 incidents a quarter\n    target: \"<= {}\"",
        rng.range(1, 5)
    );
    // The stage gates want an owner from define on, a measured value
    // from benefits management on (G002, G006); no draw from `rng`, so
    // the rest of the portfolio stays as it was.
    if let Some(p) = prog.program_manager.or(prog.pmo).or(prog.director) {
        let _ = writeln!(out, "    owner: {}", person_id(p));
    }
    let _ = writeln!(
        out,
        "    measurements:\n      - {{ date: {}, value: 3 }}",
        cfg.as_of
    );
    let _ = writeln!(out, "description: |");
    let _ = writeln!(
        out,
        "  A {type_key} program of {} projects.\n  Coordinated by the PMO; progress reported monthly.",
        prog.size
    );
}

/// Who leads, and the customers and businesses the program serves.
fn write_leadership_and_parties(out: &mut String, prog: &ProgramPlan) {
    let _ = writeln!(out, "leadership:");
    if let Some(p) = prog.program_manager {
        let _ = writeln!(out, "  program_manager: {}", person_id(p));
    }
    if let Some(p) = prog.pmo {
        let _ = writeln!(out, "  pmo: {}", person_id(p));
    }
    if let Some(p) = prog.director {
        let _ = writeln!(out, "  director: {}", person_id(p));
    }
    if let Some(m) = prog.pmo_model {
        let _ = writeln!(out, "  pmo_model: {m}");
    }
    let _ = writeln!(out, "customers:");
    for &(c, tier) in &prog.customers {
        let _ = writeln!(out, "  - id: {}", customer_id(c));
        let _ = writeln!(out, "    name: {}", customer_name(c));
        match tier {
            1 => {
                let _ = writeln!(out, "    tier: key");
            }
            2 => {
                let _ = writeln!(out, "    tier: sme");
            }
            _ => {}
        }
    }
    let _ = writeln!(out, "businesses:");
    for &b in &prog.businesses {
        let (id, name) = business_label(b);
        let _ = writeln!(out, "  - {{ id: {id}, name: {name} }}");
    }
}

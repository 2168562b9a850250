//! A project document.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::super::calendar::add_workdays;
use super::super::config::Config;
use super::super::plan::programs::ProgramPlan;
use super::super::plan::programs::business_label;
use super::super::plan::project::Dep;
use super::super::plan::project::ProjectPlan;
use super::super::plan::project::Status;
use super::super::rng::K_PROJECT;
use super::super::rng::Rng;
use super::super::vocab::KPIS;
use super::super::vocab::LESSONS;
use super::super::vocab::customer_id;
use super::super::vocab::customer_name;
use super::super::vocab::person_id;
use super::super::vocab::program_id;
use super::super::vocab::project_id;
use super::header;
use super::month_periods;
use super::yaml_f;

pub(crate) fn render_project(
    out: &mut String,
    cfg: &Config,
    programs: &[ProgramPlan],
    p: &ProjectPlan,
) {
    let mut rng = Rng::stream(cfg.seed, K_PROJECT, 1_000_000_000 + p.index as u64);
    let prog = &programs[p.program - 1];
    let as_of = cfg.as_of;
    let business = p.business.map(|b| business_label(prog.businesses[b]));
    let customer = p.customer.map(|c| prog.customers[c].0);
    let label = match (&business, customer) {
        (Some((_, b)), Some(c)) => format!("{b} for {}", customer_name(c)),
        (Some((_, b)), None) => b.clone(),
        (None, Some(c)) => format!("Services for {}", customer_name(c)),
        (None, None) => "IT services".to_string(),
    };
    header(out, "Project", cfg);
    let _ = writeln!(out, "kind: Project");
    let _ = writeln!(out, "id: {}", project_id(p.index));
    let _ = writeln!(out, "name: {label}");
    let _ = writeln!(out, "program: {}", program_id(p.program));
    if let Some(c) = customer {
        let _ = writeln!(out, "customer: {}", customer_id(c));
    }
    if let Some((id, _)) = &business {
        let _ = writeln!(out, "business: {id}");
    }
    let _ = writeln!(out, "manager: {}", person_id(p.manager));
    let _ = writeln!(out, "priority: {}", p.priority);
    let _ = writeln!(out, "status: {}", p.status.key());
    let _ = writeln!(out, "start: {}", p.start);
    let _ = writeln!(out, "end: {}", p.end);
    let _ = writeln!(
        out,
        "baseline: {{ start: {}, end: {} }}",
        p.start, p.baseline_end
    );

    write_team(out, p);
    write_goals_and_kpis(out, &mut rng, p, as_of);
    write_budget(out, &mut rng, p);
    write_milestones(out, p);
    write_tasks(out, p);
    write_needs(out, p);
    write_closure(out, &mut rng, p, customer, as_of);
    if rng.chance(0.5) {
        let _ = writeln!(out, "description: >");
        let _ = writeln!(
            out,
            "  Transition and run {label}.\n  Scope: {} tasks, {} milestones, {} team members.",
            p.tasks.len(),
            p.milestones.len(),
            p.team.len()
        );
    }
}

fn write_team(out: &mut String, p: &ProjectPlan) {
    let _ = writeln!(out, "team:");
    for m in &p.team {
        let _ = writeln!(out, "  - person: {}", person_id(m.person));
        let _ = writeln!(out, "    role: {}", m.role);
        let _ = writeln!(out, "    allocation: {}", yaml_f(m.allocation));
        let _ = writeln!(out, "    from: {}", m.from);
        let _ = writeln!(out, "    to: {}", m.to);
    }
}

/// A goal from the first KPI, then the KPIs with monthly actuals up to
/// the as-of day.
fn write_goals_and_kpis(out: &mut String, rng: &mut Rng, p: &ProjectPlan, as_of: NaiveDate) {
    let kpi_count = rng.range(2, 4) as usize;
    let first_kpi = rng.below(KPIS.len());
    let _ = writeln!(out, "goals:");
    let (gname, gunit, gtarget, glower, _, _) = KPIS[first_kpi];
    let gtarget = if gunit == "%" {
        format!("{}%", yaml_f(gtarget))
    } else {
        format!("{} {gunit}", yaml_f(gtarget))
    };
    let _ = writeln!(
        out,
        "  - description: {} {gname} to {gtarget}\n    measure: {gname}\n    target: \"{gtarget}\"\n    by: {}",
        if glower { "Bring" } else { "Raise" },
        p.end
    );
    let _ = writeln!(out, "kpis:");
    let months = if p.start <= as_of {
        month_periods(p.start, p.end.min(as_of))
    } else {
        Vec::new()
    };
    for k in 0..kpi_count {
        let (name, unit, target, lower, sla, spread) = KPIS[(first_kpi + k) % KPIS.len()];
        let _ = writeln!(out, "  - id: K-{:02}", k + 1);
        let _ = writeln!(out, "    name: {name}");
        let _ = writeln!(out, "    unit: \"{unit}\"");
        let _ = writeln!(out, "    target: {}", yaml_f(target));
        if lower {
            let _ = writeln!(out, "    better: lower");
        }
        if sla {
            let _ = writeln!(out, "    sla: true");
        }
        if months.is_empty() {
            continue;
        }
        let _ = writeln!(out, "    actuals:");
        // A project-specific drift, so some KPIs miss for months in a row.
        let drift = rng.normal() * spread * 0.6;
        for &(y, m) in &months {
            let mut v = target + drift + rng.normal() * spread;
            if unit == "%" {
                v = v.min(100.0);
            }
            if unit == "score" {
                v = v.clamp(1.0, 5.0);
            }
            v = v.max(0.0);
            let v = (v * 100.0).round() / 100.0;
            if rng.chance(0.03) {
                let _ = writeln!(
                    out,
                    "      - period: {y}-{m:02}\n        value: {}\n        note: Major incident during the month",
                    yaml_f(v)
                );
            } else {
                let _ = writeln!(
                    out,
                    "      - {{ period: {y}-{m:02}, value: {} }}",
                    yaml_f(v)
                );
            }
        }
    }
}

/// The budget from effort and rates; spent in step with progress.
fn write_budget(out: &mut String, rng: &mut Rng, p: &ProjectPlan) {
    let effort: f64 = p.tasks.iter().map(|t| t.effort).sum();
    let planned = ((effort * rng.range(350, 900) as f64 + 50_000.0) / 1000.0).round() * 1000.0;
    let done: f64 = if effort > 0.0 {
        p.tasks
            .iter()
            .map(|t| t.effort * t.progress / 100.0)
            .sum::<f64>()
            / effort
    } else {
        0.0
    };
    let _ = writeln!(out, "budget:");
    let _ = writeln!(out, "  planned: {}", yaml_f(planned));
    if done > 0.0 {
        let actual = (planned * done * (0.85 + 0.4 * rng.unit()) / 100.0).round() * 100.0;
        let _ = writeln!(out, "  actual: {}", yaml_f(actual));
    }
    let _ = writeln!(
        out,
        "  reserve: {}",
        yaml_f((planned * 0.08 / 1000.0).round() * 1000.0)
    );
    let _ = writeln!(out, "  currency: CNY");
}

fn write_milestones(out: &mut String, p: &ProjectPlan) {
    let _ = writeln!(out, "milestones:");
    for (m, ms) in p.milestones.iter().enumerate() {
        let _ = writeln!(out, "  - id: M-{:02}", m + 1);
        let _ = writeln!(out, "    name: {}", ms.name);
        let _ = writeln!(out, "    due: {}", ms.due);
        if let Some(b) = ms.baseline {
            let _ = writeln!(out, "    baseline: {b}");
        }
        if let Some(d) = ms.done_on {
            let _ = writeln!(out, "    done: true\n    done_on: {d}");
        }
        if !ms.deps.is_empty() {
            let _ = writeln!(out, "    depends_on:");
            for &d in &ms.deps {
                let _ = writeln!(out, "      - task: T-{:03}", d + 1);
            }
        }
    }
}

fn write_tasks(out: &mut String, p: &ProjectPlan) {
    let _ = writeln!(out, "tasks:");
    for (t, task) in p.tasks.iter().enumerate() {
        let _ = writeln!(out, "  - id: T-{:03}", t + 1);
        let _ = writeln!(out, "    name: {}", task.name);
        if let Some(o) = task.owner {
            let _ = writeln!(out, "    owner: {}", person_id(p.team[o].person));
        }
        if let Some(r) = task.role {
            let _ = writeln!(out, "    role: {r}");
        }
        if task.fixed_start {
            let _ = writeln!(out, "    start: {}", task.start);
        }
        let _ = writeln!(out, "    duration: {}", task.duration);
        let _ = writeln!(out, "    effort: {}", yaml_f(task.effort));
        if task.progress > 0.0 {
            let _ = writeln!(out, "    progress: {}", yaml_f(task.progress));
        }
        write_task_deps(out, &task.deps);
        if let Some((s, e)) = task.baseline {
            let _ = writeln!(out, "    baseline:\n      start: {s}\n      end: {e}");
        }
    }
}

fn write_task_deps(out: &mut String, deps: &[Dep]) {
    if !deps.is_empty() {
        let _ = writeln!(out, "    depends_on:");
        for d in deps {
            match d.other {
                Some((j, m)) => {
                    let _ = writeln!(
                        out,
                        "      - {{ project: {}, milestone: M-{:02} }}",
                        project_id(j),
                        m + 1
                    );
                }
                None => {
                    let _ = writeln!(out, "      - task: T-{:03}", d.task + 1);
                    match d.link {
                        1 => {
                            let _ = writeln!(out, "        type: ss");
                        }
                        2 => {
                            let _ = writeln!(out, "        type: ff");
                        }
                        _ => {}
                    }
                    if d.lag != 0 {
                        let _ = writeln!(out, "        lag: {}", d.lag);
                    }
                }
            }
        }
    }
}

/// Other projects' milestones this project needs.
fn write_needs(out: &mut String, p: &ProjectPlan) {
    if !p.needs.is_empty() {
        let _ = writeln!(out, "dependencies:");
        for &(j, m, by) in &p.needs {
            let _ = writeln!(
                out,
                "  - project: {}\n    milestone: M-{:02}\n    needed_by: {by}\n    note: Shared platform from {}",
                project_id(j),
                m + 1,
                project_id(j)
            );
        }
    }
}

fn write_closure(
    out: &mut String,
    rng: &mut Rng,
    p: &ProjectPlan,
    customer: Option<usize>,
    as_of: NaiveDate,
) {
    if p.status == Status::Closed {
        let accepted = add_workdays(p.end, rng.range(0, 10)).min(as_of);
        let _ = writeln!(out, "closure:");
        let _ = writeln!(out, "  accepted_on: {accepted}");
        if let Some(c) = customer {
            let _ = writeln!(out, "  accepted_by: IT director of {}", customer_name(c));
        }
        let _ = writeln!(
            out,
            "  handover: Runbooks and CMDB handed to the operations team"
        );
        let handed = add_workdays(accepted, 5).min(as_of);
        let _ = writeln!(out, "  handed_over_on: {handed}");
        let _ = writeln!(out, "  lessons:");
        for _ in 0..rng.range(1, 3) {
            let _ = writeln!(out, "    - {}", rng.pick(LESSONS));
        }
    }
}

//! Links between projects, added once every project is planned.

use chrono::Duration;
use chrono::NaiveDate;
use rayon::prelude::*;

use super::super::config::Config;
use super::super::rng::K_LINK;
use super::super::rng::Rng;
use super::programs::ProgramPlan;
use super::project::Dep;
use super::project::ProjectPlan;

/// A project's new task links (task, dependency) and project-level needs.
pub(crate) type ProjectLinks = (usize, Vec<(usize, Dep)>, Vec<(usize, usize, NaiveDate)>);

/// Adds links to other projects' milestones: always to a project with a
/// lower index (so the cross-project graph has no cycles) and to a
/// milestone due before the task starts (so the plan stays feasible).
pub(crate) fn add_cross_links(cfg: &Config, programs: &[ProgramPlan], plans: &mut [ProjectPlan]) {
    let links: Vec<ProjectLinks> = plans
        .par_iter()
        .enumerate()
        .filter(|(i, _)| *i > 0)
        .map(|(i, plan)| {
            let mut rng = Rng::stream(cfg.seed, K_LINK, i as u64);
            let prog = &programs[plan.program - 1];
            let other = |rng: &mut Rng| {
                if prog.first < i && rng.chance(0.7) {
                    prog.first + rng.below(i - prog.first)
                } else {
                    rng.below(i)
                }
            };
            let mut task_links = Vec::new();
            for (t, task) in plan.tasks.iter().enumerate() {
                if !rng.chance(cfg.cross_links) {
                    continue;
                }
                let j = other(&mut rng);
                let ms = &plans[j].milestones;
                if let Some(m) = (0..ms.len()).rev().find(|&m| ms[m].due < task.start) {
                    task_links.push((
                        t,
                        Dep {
                            other: Some((j, m)),
                            task: 0,
                            link: 0,
                            lag: 0,
                        },
                    ));
                }
            }
            let mut needs = Vec::new();
            if rng.chance((cfg.cross_links * 4.0).min(1.0)) {
                for _ in 0..rng.range(1, 2) {
                    let j = other(&mut rng);
                    let ms = &plans[j].milestones;
                    if ms.is_empty() {
                        continue;
                    }
                    let m = rng.below(ms.len());
                    let needed_by = if rng.chance(0.85) {
                        ms[m].due + Duration::days(rng.range(0, 30))
                    } else {
                        ms[m].due - Duration::days(rng.range(5, 30))
                    };
                    if !needs.iter().any(|&(pj, pm, _)| pj == j && pm == m) {
                        needs.push((j, m, needed_by));
                    }
                }
            }
            (i, task_links, needs)
        })
        .collect();
    for (i, task_links, needs) in links {
        for (t, dep) in task_links {
            plans[i].tasks[t].deps.push(dep);
        }
        plans[i].needs = needs;
    }
}

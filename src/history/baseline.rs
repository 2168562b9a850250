//! Baselines from git: the plan as it stood at a baseline revision fills in
//! every `baseline` the current repository does not state itself, and the
//! budget it approved every `budget.baseline`.

use std::collections::HashMap;

use crate::model::{At, Baseline, Date, Loc, Portfolio};
use crate::report::plan::{Kind, PlanReport};

/// What a baseline revision's plan promised, per project and item.
struct Promised {
    /// Project id -> (planned start, baseline finish).
    projects: HashMap<String, (Option<Date>, Date)>,
    /// (project, task id) -> (planned start, due).
    tasks: HashMap<(String, String), (Date, Date)>,
    /// (project, milestone id) -> due.
    milestones: HashMap<(String, String), Date>,
    /// Project id -> its budget then: its `baseline` if stated, else its
    /// `planned` (what was approved at that revision).
    budgets: HashMap<String, f64>,
}

fn promised(base: &Portfolio, plan: &PlanReport) -> Promised {
    let mut p = Promised {
        projects: HashMap::new(),
        tasks: HashMap::new(),
        milestones: HashMap::new(),
        budgets: base
            .projects
            .iter()
            .filter_map(|x| {
                let b = x.budget.as_ref()?;
                let then = b.baseline.as_ref().unwrap_or(&b.planned).value;
                Some((x.id.value.clone(), then))
            })
            .collect(),
    };
    for project in plan.programs.iter().flat_map(|g| &g.projects) {
        let id = project.id.clone();
        p.projects.insert(
            id.clone(),
            (
                project.start,
                project.baseline_finish.unwrap_or(project.end),
            ),
        );
        for item in &project.items {
            let key = (id.clone(), item.id.clone());
            match item.kind {
                Kind::Task => {
                    p.tasks.insert(key, (item.early_start, item.due));
                }
                Kind::Milestone => {
                    p.milestones.insert(key, item.due);
                }
            }
        }
    }
    p
}

fn at(date: Date) -> At<Date> {
    At::new(date, Loc::UNKNOWN)
}

/// Gives every project, task and milestone of `portfolio` without its own
/// baseline the dates `plan` (the plan report of `base`, the portfolio at
/// the baseline revision) had for it, and every budget without its own
/// `baseline` the budget `base` approved; returns how many were filled.
/// Items new since the baseline have none, as before.
pub fn apply(portfolio: &mut Portfolio, base: &Portfolio, plan: &PlanReport) -> usize {
    let promised = promised(base, plan);
    let mut filled = 0;
    for project in &mut portfolio.projects {
        let pid = project.id.value.clone();
        if let Some(budget) = project.budget.as_mut()
            && budget.baseline.is_none()
            && let Some(then) = promised.budgets.get(&pid).copied()
        {
            budget.baseline = Some(At::new(then, Loc::UNKNOWN));
            filled += 1;
        }
        let has_end = project.baseline.as_ref().is_some_and(|b| b.end.is_some());
        if let Some((start, end)) = promised.projects.get(&pid).copied()
            && !has_end
        {
            project.baseline = Some(Baseline {
                start: start.map(at),
                end: Some(at(end)),
            });
            filled += 1;
        }
        for task in &mut project.tasks {
            let both = task
                .baseline
                .as_ref()
                .is_some_and(|b| b.start.is_some() && b.end.is_some());
            let key = (pid.clone(), task.id.value.clone());
            if let Some((start, end)) = promised.tasks.get(&key).copied()
                && !both
            {
                task.baseline = Some(Baseline {
                    start: Some(at(start)),
                    end: Some(at(end)),
                });
                filled += 1;
            }
        }
        for m in &mut project.milestones {
            let key = (pid.clone(), m.id.value.clone());
            if let Some(due) = promised.milestones.get(&key).copied()
                && m.baseline.is_none()
            {
                m.baseline = Some(at(due));
                filled += 1;
            }
        }
    }
    filled
}

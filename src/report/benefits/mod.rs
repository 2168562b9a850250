//! `pmo report benefits` (收益管理): per program, its goals with the
//! projects that serve them, and each benefit's target, measured values
//! over time, latest value and change, owner, the goals it realises, the
//! projects that deliver it (those serving one of those goals) and its
//! status with the reason. The standing is the analysis's
//! (`analysis::benefit`), which rule V010 reads too.

pub mod view;

use serde::Serialize;

use crate::analysis::Analysis;
use crate::analysis::benefit::{Behind, Status};
use crate::model::{Benefit, Better, Date, Goal, Portfolio, Ref, Stage};
use crate::report::Meta;
use crate::report::scope::Scope;

#[derive(Clone, Debug)]
pub struct Options {
    pub scope: Scope,
    pub as_of: Date,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct BenefitsReport {
    pub meta: Meta,
    pub programs: Vec<ProgramBenefits>,
    pub totals: Totals,
}

/// Benefits per status, over the programs in scope.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Totals {
    pub benefits: usize,
    pub met: usize,
    pub on_track: usize,
    pub behind: usize,
    pub not_measured: usize,
    pub no_target: usize,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProgramBenefits {
    pub id: String,
    pub name: String,
    pub stage: Stage,
    pub goals: Vec<GoalLine>,
    pub benefits: Vec<BenefitLine>,
}

/// Someone named by id, with the name when the id resolves.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Who {
    pub id: String,
    pub name: Option<String>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct GoalLine {
    pub id: Option<String>,
    pub description: String,
    pub measure: Option<String>,
    pub target: Option<String>,
    pub due: Option<Date>,
    pub owner: Option<Who>,
    /// Projects in scope whose `serves` names this goal, by id.
    pub projects: Vec<String>,
}

/// One measured value.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Point {
    pub date: Date,
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct BenefitLine {
    pub id: Option<String>,
    pub description: String,
    pub measure: Option<String>,
    /// The target as written.
    pub target: Option<String>,
    /// The number read from the target (its first number), if any.
    pub target_value: Option<f64>,
    pub better: Better,
    pub due: Option<Date>,
    pub owner: Option<Who>,
    /// The goals the benefit realises, by id.
    pub goals: Vec<String>,
    /// Projects in scope serving one of those goals: those that deliver it.
    pub projects: Vec<String>,
    /// Every measured value on or before the as-of date, oldest first.
    pub measurements: Vec<Point>,
    /// The latest of them.
    pub latest: Option<Point>,
    /// Latest minus the value before it.
    pub change: Option<f64>,
    pub status: Status,
    /// Why the benefit is behind, with the figures.
    pub reason: Option<Behind>,
}

pub fn compute(portfolio: &Portfolio, analysis: &Analysis, options: &Options) -> BenefitsReport {
    let programs: Vec<ProgramBenefits> = options
        .scope
        .programs(portfolio)
        .filter_map(|program| {
            let pi = portfolio
                .programs
                .iter()
                .position(|p| std::ptr::eq(p, program))?;
            Some(program_benefits(portfolio, analysis, options, pi))
        })
        .collect();
    let mut totals = Totals::default();
    for b in programs.iter().flat_map(|p| &p.benefits) {
        totals.benefits += 1;
        *match b.status {
            Status::Met => &mut totals.met,
            Status::OnTrack => &mut totals.on_track,
            Status::Behind => &mut totals.behind,
            Status::NotMeasured => &mut totals.not_measured,
            Status::NoTarget => &mut totals.no_target,
        } += 1;
    }
    BenefitsReport {
        meta: Meta::new(
            "benefits",
            options.as_of,
            portfolio.settings.name.as_deref(),
        ),
        programs,
        totals,
    }
}

fn program_benefits(
    portfolio: &Portfolio,
    analysis: &Analysis,
    options: &Options,
    pi: usize,
) -> ProgramBenefits {
    let program = &portfolio.programs[pi];
    let serving = |goals: &[&str]| -> Vec<String> {
        options
            .scope
            .projects(portfolio)
            .filter(|p| p.program.value == program.id.value)
            .filter(|p| p.serves.iter().any(|s| goals.contains(&s.value.as_str())))
            .map(|p| p.id.value.clone())
            .collect()
    };
    let goals = program
        .goals
        .iter()
        .map(|g| goal_line(portfolio, g, &serving))
        .collect();
    let benefits = program
        .benefits
        .iter()
        .enumerate()
        .map(|(bi, b)| {
            let ids: Vec<&str> = b.goals.iter().map(|g| g.value.as_str()).collect();
            benefit_line(portfolio, analysis, (pi, bi), b, serving(&ids))
        })
        .collect();
    ProgramBenefits {
        id: program.id.value.clone(),
        name: program.name.value.clone(),
        stage: program.stage.value,
        goals,
        benefits,
    }
}

fn who(portfolio: &Portfolio, r: &Option<Ref>) -> Option<Who> {
    r.as_ref().map(|r| Who {
        id: r.value.clone(),
        name: portfolio.person(&r.value).map(|p| p.name.value.clone()),
    })
}

fn text(s: &Option<crate::model::At<String>>) -> Option<String> {
    s.as_ref().map(|x| x.value.clone())
}

fn goal_line(
    portfolio: &Portfolio,
    g: &Goal,
    serving: &dyn Fn(&[&str]) -> Vec<String>,
) -> GoalLine {
    let id = g.id.as_ref().map(|i| i.value.clone());
    GoalLine {
        projects: id.as_deref().map_or_else(Vec::new, |i| serving(&[i])),
        id,
        description: g.description.value.clone(),
        measure: text(&g.measure),
        target: text(&g.target),
        due: g.due.as_ref().map(|d| d.value),
        owner: who(portfolio, &g.owner),
    }
}

fn benefit_line(
    portfolio: &Portfolio,
    analysis: &Analysis,
    (pi, bi): (usize, usize),
    b: &Benefit,
    projects: Vec<String>,
) -> BenefitLine {
    let standing = analysis.benefits.get(pi, bi);
    let mut measurements: Vec<Point> = b
        .measurements
        .iter()
        .filter(|m| m.date.value <= analysis.as_of)
        .map(|m| Point {
            date: m.date.value,
            value: m.value.value,
            note: text(&m.note),
        })
        .collect();
    measurements.sort_by_key(|p| p.date);
    BenefitLine {
        id: b.id.as_ref().map(|i| i.value.clone()),
        description: b.description.value.clone(),
        measure: text(&b.measure),
        target: text(&b.target),
        target_value: standing.and_then(|s| s.target),
        better: b.better.as_ref().map_or(Better::Higher, |x| x.value),
        due: b.due.as_ref().map(|d| d.value),
        owner: who(portfolio, &b.owner),
        goals: b.goals.iter().map(|g| g.value.clone()).collect(),
        projects,
        latest: measurements.last().cloned(),
        measurements,
        change: standing.and_then(|s| s.change).map(crate::report::round2),
        status: standing.map_or(Status::NotMeasured, |s| s.status),
        reason: standing.and_then(|s| s.behind.clone()),
    }
}

#[cfg(test)]
mod tests;

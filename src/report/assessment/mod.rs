//! `pmo report assessment`: the seven-dimension project assessment, KPI and
//! SLA attainment, and the 360-degree review of project managers (seeds
//! 000, 001, 003, 004).
//!
//! [`compute`] turns the portfolio into an [`AssessmentReport`]; `view`
//! lays it out. Everything is computed over the whole portfolio (so a
//! ranking or a "previous period" does not depend on the filters) and then
//! filtered. See [`project`], [`kpi`] and [`review`] for the rules; the
//! anonymity of 360-degree raters is enforced in [`review`], before any
//! number reaches this struct.

pub mod evaluation;
pub mod kpi;
pub mod project;
pub mod review;
pub mod satisfaction;
pub mod tidy;
pub mod view;

use std::collections::BTreeMap;

use serde::Serialize;
use strum::IntoEnumIterator;

use crate::analysis::Analysis;
use crate::diag::UnknownId;
use crate::model::{Band, Date, Dimension, Key, Kind, Period, Portfolio};
use crate::report::Meta;
use crate::report::scope::Scope;

pub use evaluation::{AspectScore, MemberEvaluation};
pub use kpi::{KpiAttainment, ProgramKpis, ProjectKpis, Trend};
pub use project::{ProgramAverages, ProjectAssessment, Rank};
pub use review::{Group, ManagerReview};
pub use satisfaction::{CustomerSatisfaction, ProjectSatisfaction, SurveyResult};

/// What the report covers.
#[derive(Clone, Debug)]
pub struct Options {
    pub scope: Scope,
    /// The reporting date (shown in the header; the numbers come from the
    /// periods written in the repository).
    pub as_of: Date,
    /// Only this manager: their 360 reviews and the projects they manage.
    pub manager: Option<String>,
    /// Only this period: assessments and reviews whose period lies within
    /// it (`2026-H1` takes `2026-Q1` and `2026-Q2`), KPI actuals up to its
    /// end.
    pub period: Option<Period>,
}

/// The filters applied, echoed for the reader.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Filters {
    pub program: Option<String>,
    pub project: Option<String>,
    pub manager: Option<String>,
    pub period: Option<Period>,
}

/// The settings the numbers were computed with.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Used {
    /// Weight per dimension key (before normalisation over the dimensions
    /// an assessment scores).
    pub weights: BTreeMap<&'static str, f64>,
    pub grades: Vec<Band>,
    pub miss_streak: u32,
    pub anonymity_threshold: u32,
    pub gap_threshold: f64,
    /// Weight per rater group in the overall 360 score.
    pub group_weights: BTreeMap<&'static str, f64>,
    pub score_min: f64,
    pub score_max: f64,
    /// `[assessment] satisfaction_low`, in percent of a survey's scale.
    pub satisfaction_low: f64,
}

/// KPI and SLA attainment.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Attainment {
    pub projects: Vec<ProjectKpis>,
    pub programs: Vec<ProgramKpis>,
}

/// The assessment report (JSON shape version [`crate::report::JSON_VERSION`]).
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct AssessmentReport {
    pub meta: Meta,
    pub filters: Filters,
    pub settings: Used,
    /// One per project and period, sorted by project id then period.
    pub projects: Vec<ProjectAssessment>,
    /// Dimension averages per program and period.
    pub programs: Vec<ProgramAverages>,
    pub kpis: Attainment,
    /// One per 360-degree review, sorted by manager, period, review id.
    pub reviews: Vec<ManagerReview>,
    /// Customer satisfaction per project and customer, from the surveys
    /// dated up to the as-of date (and `--period`'s end).
    pub satisfaction: Vec<ProjectSatisfaction>,
    /// Team members' performance evaluations on time, cost and quality,
    /// sorted by project, person, period.
    pub evaluations: Vec<MemberEvaluation>,
}

/// Whether period `p` lies within `outer` (a period lies within itself).
pub fn within(p: Period, outer: Period) -> bool {
    p.start() >= outer.start() && p.end() <= outer.end()
}

/// Checks `--manager` names a person or a reviewee.
pub fn verify_manager(portfolio: &Portfolio, id: &str) -> Result<(), UnknownId> {
    let known = portfolio.person(id).is_some()
        || portfolio.reviews.iter().any(|r| r.reviewee.value == id)
        || portfolio.projects.iter().any(|p| p.manager.value == id);
    if known {
        return Ok(());
    }
    Err(UnknownId::new(portfolio, Kind::Person, id))
}

/// Computes the report.
pub fn compute(portfolio: &Portfolio, analysis: &Analysis, options: &Options) -> AssessmentReport {
    let statuses = plan_status(portfolio, analysis, options);
    compute_given(portfolio, options, &statuses)
}

/// The report with no plan status on the managed projects yet, for a
/// caller that computes the whole portfolio's plan at the same time (the
/// overview): it then adds them with [`add_plan_status`].
pub fn compute_before_plan(portfolio: &Portfolio, options: &Options) -> AssessmentReport {
    compute_given(portfolio, options, &std::collections::HashMap::new())
}

/// Gives each managed project of each review its status in `plan` (the
/// whole portfolio's plan report at the same date).
pub fn add_plan_status(report: &mut AssessmentReport, plan: &crate::report::plan::PlanReport) {
    let statuses = statuses(plan);
    for p in report.reviews.iter_mut().flat_map(|r| &mut r.projects) {
        p.plan_status = statuses.get(p.project.as_str()).map(|s| s.to_string());
    }
}

fn compute_given(
    portfolio: &Portfolio,
    options: &Options,
    plan_status: &std::collections::HashMap<String, &'static str>,
) -> AssessmentReport {
    let settings = &portfolio.settings;
    let admit = Admit::new(portfolio, options);
    let all = project::assess(portfolio);

    let programs = project::averages(portfolio, &all)
        .into_iter()
        .filter(|a| admit.program(&a.program) && admit.period(a.period))
        .collect();

    let (kpi_projects, kpi_programs) = kpi::attain(portfolio, options.period);
    let kpis = Attainment {
        projects: kpi_projects
            .into_iter()
            .filter(|p| admit.project(&p.project))
            .collect(),
        programs: kpi_programs
            .into_iter()
            .filter(|p| admit.program(&p.program))
            .collect(),
    };

    let reviews = review::review_all(portfolio, &all, plan_status)
        .into_iter()
        .filter(|r| admit.period(r.period) && admit.review(r))
        .collect();

    let until = options
        .period
        .map_or(options.as_of, |p| options.as_of.min(Date(p.end())));
    let satisfaction = satisfaction::satisfaction(portfolio, until)
        .into_iter()
        .filter(|s| admit.project(&s.project))
        .collect();

    let evaluations = evaluation::evaluate(portfolio)
        .into_iter()
        .filter(|e| admit.project(&e.project) && admit.period(e.period))
        .collect();

    let projects = all
        .into_iter()
        .filter(|r| admit.project(&r.project) && admit.period(r.period))
        .collect();

    AssessmentReport {
        meta: Meta::new("assessment", options.as_of, settings.name.as_deref()),
        filters: Filters {
            program: options.scope.program.clone(),
            project: options.scope.project.clone(),
            manager: options.manager.clone(),
            period: options.period,
        },
        settings: used(settings),
        projects,
        programs,
        kpis,
        reviews,
        satisfaction,
        evaluations,
    }
}

/// What the filters (program, project, manager, period) let into the report.
struct Admit<'a> {
    portfolio: &'a Portfolio,
    options: &'a Options,
    /// The programs of the admitted projects, sorted.
    programs: Vec<String>,
}

impl<'a> Admit<'a> {
    fn new(portfolio: &'a Portfolio, options: &'a Options) -> Self {
        let mut admit = Admit {
            portfolio,
            options,
            programs: Vec::new(),
        };
        let mut programs: Vec<String> = portfolio
            .projects
            .iter()
            .filter(|p| admit.project(&p.id.value))
            .map(|p| p.program.value.clone())
            .collect();
        programs.sort();
        programs.dedup();
        admit.programs = programs;
        admit
    }

    /// A project the filters admit; an unknown project only when no project
    /// filter is given.
    fn project(&self, id: &str) -> bool {
        let (scope, manager) = (&self.options.scope, self.options.manager.as_deref());
        match self.portfolio.project(id) {
            Some(p) => scope.includes_project(p) && manager.is_none_or(|m| p.manager.value == m),
            None => scope.program.is_none() && scope.project.is_none() && manager.is_none(),
        }
    }

    fn program(&self, id: &str) -> bool {
        self.programs
            .binary_search_by(|p| p.as_str().cmp(id))
            .is_ok()
    }

    fn period(&self, p: Period) -> bool {
        self.options.period.is_none_or(|want| within(p, want))
    }

    /// A review of the chosen manager, or, under a program or project
    /// filter, one that covers an admitted project.
    fn review(&self, r: &review::ManagerReview) -> bool {
        let scope = &self.options.scope;
        match self.options.manager.as_deref() {
            Some(m) => r.manager == m,
            None => {
                let filtered = scope.program.is_some() || scope.project.is_some();
                !filtered || r.projects.iter().any(|p| self.project(&p.project))
            }
        }
    }
}

/// The manager in context: the plan status (RAG) of each managed project,
/// from the plan report, computed only when there is a review to show.
fn plan_status(
    portfolio: &Portfolio,
    analysis: &Analysis,
    options: &Options,
) -> std::collections::HashMap<String, &'static str> {
    if portfolio.reviews.is_empty() {
        return Default::default();
    }
    statuses(&crate::report::plan::compute(
        portfolio,
        analysis,
        &crate::report::plan::Options {
            scope: Scope::default(),
            as_of: options.as_of,
            from: None,
            to: None,
        },
    ))
}

/// Each project's plan status (RAG) in `plan`.
fn statuses(
    plan: &crate::report::plan::PlanReport,
) -> std::collections::HashMap<String, &'static str> {
    plan.programs
        .iter()
        .flat_map(|g| &g.projects)
        .filter_map(|p| p.rag.map(|r| (p.id.clone(), r.key())))
        .collect()
}

/// The settings the figures were computed with, shown with the report.
fn used(settings: &crate::model::Settings) -> Used {
    Used {
        weights: Dimension::iter()
            .map(|d| (d.key(), project::weight_of(settings, d)))
            .collect(),
        grades: settings.assessment.grades.clone(),
        miss_streak: settings.assessment.miss_streak,
        anonymity_threshold: settings.review.anonymity_threshold,
        gap_threshold: settings.review.gap_threshold,
        group_weights: Group::iter()
            .map(|g| (g.key(), review::group_weight(settings, g)))
            .collect(),
        score_min: settings.scales.score_min,
        score_max: settings.scales.score_max,
        satisfaction_low: settings.assessment.satisfaction_low,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{self, Quiet};

    /// The overview's way (the report first, the plan status added from
    /// its own plan) gives the managers the same plan status as the
    /// assessment report's own.
    #[test]
    fn plan_status_added_later_is_the_report_s_own() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/composite");
        let loaded = load::load(&root, &Quiet).expect("the composite example loads");
        let portfolio = &loaded.portfolio;
        let as_of = Date::ymd(2026, 11, 16).expect("date");
        let analysis = Analysis::build(portfolio, as_of);
        let options = Options {
            scope: Scope::default(),
            as_of,
            manager: None,
            period: None,
        };
        let statuses = |r: &AssessmentReport| -> Vec<(String, Option<String>)> {
            r.reviews
                .iter()
                .flat_map(|r| &r.projects)
                .map(|p| (p.project.clone(), p.plan_status.clone()))
                .collect()
        };
        let own = compute(portfolio, &analysis, &options);
        let mut later = compute_before_plan(portfolio, &options);
        assert!(statuses(&later).iter().all(|(_, s)| s.is_none()));
        let plan = crate::report::plan::compute(
            portfolio,
            &analysis,
            &crate::report::plan::Options {
                scope: Scope::default(),
                as_of,
                from: None,
                to: None,
            },
        );
        add_plan_status(&mut later, &plan);
        assert!(statuses(&own).iter().any(|(_, s)| s.is_some()));
        assert_eq!(statuses(&later), statuses(&own));
    }
}

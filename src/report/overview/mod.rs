//! The portfolio overview (`pmo report`): one screen that tells a PMO where
//! every program stands. It computes nothing the four reports already
//! compute: it runs the plan, risk, resource and assessment reports over the
//! same scope and date and picks, per project, what a PMO reads first.
//!
//! # The four statuses of a project
//! - **schedule** and **cost**: the plan report's two halves of its status
//!   (SPI, slip and overdue milestones; CPI).
//! - **risk**: red when an open threat on the project is at or above its
//!   risk tolerance (the risk report's escalations); amber when one of its
//!   open risks is overdue for review, has an overdue action, or is at
//!   tolerance without owner, strategy or action; else green.
//! - **resources**: red when someone working on the project is booked over
//!   capacity in the resource report's window (default the 12 weeks from
//!   `--as-of`); amber when the project has unstaffed tasks; else green.
//!
//! Closed and cancelled projects get no status.

pub mod board;
pub mod page;
mod signals;
pub mod summary;
mod uncertain;
pub mod view;

pub use uncertain::mark_uncertain;

use signals::Signals;

use serde::Serialize;

use crate::analysis::Analysis;
use crate::analysis::workload::PeriodKind;
use crate::model::{Date, Portfolio, Program};
use crate::report::benefits;
use crate::report::plan::{self, EarnedValue, NextMilestone, Rag};
use crate::report::reason::Reason;
use crate::report::resource;
use crate::report::risk;
use crate::report::scope::Scope;
use crate::report::{Meta, assessment};

/// What the overview covers.
#[derive(Clone, Debug)]
pub struct Options {
    pub scope: Scope,
    pub as_of: Date,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct OverviewReport {
    pub meta: Meta,
    pub currency: String,
    pub programs: Vec<ProgramOverview>,
    pub totals: Totals,
}

/// A person named in the report.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PersonRef {
    pub id: String,
    /// The person's name, or null if the id does not resolve.
    pub name: Option<String>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Leadership {
    pub program_manager: Option<PersonRef>,
    pub pmo: Option<PersonRef>,
    pub director: Option<PersonRef>,
    pub pmo_model: Option<crate::model::PmoModel>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProgramOverview {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub program_type: crate::model::ProgramType,
    pub stage: crate::model::Stage,
    pub leadership: Leadership,
    /// The plan report's program status.
    pub rag: Option<Rag>,
    pub percent_complete: Option<f64>,
    pub earned_value: Option<EarnedValue>,
    /// The program's services' burn against their run-rates (the plan
    /// report's figure).
    pub service: Option<plan::ServiceBurn>,
    pub next_milestone: Option<NextMilestone>,
    /// What the program's own lines say beyond its projects: benefits
    /// behind their targets.
    pub reasons: Vec<Reason>,
    pub projects: Vec<ProjectOverview>,
}

/// A risk above tolerance.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct TopRisk {
    pub id: String,
    pub title: String,
    pub score: u32,
}

/// Someone over capacity, and in how many periods of the window.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Overbooked {
    pub person: String,
    pub name: String,
    pub periods: usize,
    pub hours_over: f64,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProjectOverview {
    pub id: String,
    pub name: String,
    /// proposed, planned, active, on-hold, closed or cancelled.
    pub status: &'static str,
    pub manager: PersonRef,
    pub schedule: Option<Rag>,
    pub cost: Option<Rag>,
    pub risk: Option<Rag>,
    pub resources: Option<Rag>,
    /// Why a status is not green, from the four reports.
    pub reasons: Vec<Reason>,
    pub percent_complete: Option<f64>,
    pub next_milestone: Option<NextMilestone>,
    /// Open threats at or above tolerance, highest score first.
    pub top_risks: Vec<TopRisk>,
    /// People on this project over capacity in the resource window.
    pub over_capacity: Vec<Overbooked>,
    /// The latest project assessment: period, weighted total and grade.
    pub assessment: Option<LatestAssessment>,
    /// The latest customer satisfaction, per customer surveyed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub satisfaction: Vec<LatestSatisfaction>,
}

/// A customer's latest satisfaction survey of a project, as a share of its
/// scale (the assessment report's figure).
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct LatestSatisfaction {
    pub customer: String,
    pub date: Date,
    pub percent: f64,
    /// The share of the survey before it, if any.
    pub previous: Option<f64>,
    /// Below `[assessment] satisfaction_low`.
    pub low: bool,
    /// Below the survey before it.
    pub falling: bool,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct LatestAssessment {
    pub period: crate::model::Period,
    pub total: Option<f64>,
    pub grade: Option<String>,
}

/// Counts of green, amber and red.
#[derive(Clone, Copy, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct RagCount {
    pub green: usize,
    pub amber: usize,
    pub red: usize,
    /// Statuses resting on documents with errors.
    pub unknown: usize,
}

impl RagCount {
    fn add(&mut self, rag: Option<Rag>) {
        match rag {
            Some(Rag::Green) => self.green += 1,
            Some(Rag::Amber) => self.amber += 1,
            Some(Rag::Red) => self.red += 1,
            Some(Rag::Unknown) => self.unknown += 1,
            None => {}
        }
    }
}

/// The portfolio line.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Totals {
    pub programs: usize,
    pub projects: usize,
    /// Projects not closed or cancelled.
    pub open_projects: usize,
    pub schedule: RagCount,
    pub cost: RagCount,
    pub risk: RagCount,
    pub resources: RagCount,
    /// Open threats at or above tolerance.
    pub escalations: usize,
    /// People over capacity in the resource window.
    pub people_over_capacity: usize,
    /// The resource window.
    pub resource_window: (Date, Date),
    pub earned_value: Option<EarnedValue>,
    /// The services' burn against their run-rates.
    pub service: Option<plan::ServiceBurn>,
}

/// A count for a reason.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The portfolio line's status counts, from the projects as they stand.
fn recount(totals: &mut Totals, programs: &[ProgramOverview]) {
    let (mut schedule, mut cost) = (RagCount::default(), RagCount::default());
    let (mut risk, mut resources) = (RagCount::default(), RagCount::default());
    for p in programs.iter().flat_map(|g| &g.projects) {
        schedule.add(p.schedule);
        cost.add(p.cost);
        risk.add(p.risk);
        resources.add(p.resources);
    }
    (totals.schedule, totals.cost) = (schedule, cost);
    (totals.risk, totals.resources) = (risk, resources);
}

fn person(portfolio: &Portfolio, id: &str) -> PersonRef {
    PersonRef {
        id: id.to_string(),
        name: portfolio.person(id).map(|p| p.name.value.clone()),
    }
}

fn leadership(portfolio: &Portfolio, program: &Program) -> Leadership {
    let l = &program.leadership;
    let who = |r: &Option<crate::model::Ref>| r.as_ref().map(|r| person(portfolio, &r.value));
    Leadership {
        program_manager: who(&l.program_manager),
        pmo: who(&l.pmo),
        director: who(&l.director),
        pmo_model: l.pmo_model.as_ref().map(|m| m.value),
    }
}

/// The four reports the overview reads, over its scope and date. The
/// HTML page reuses them for its pictures, so nothing is computed twice.
pub struct Parts<'a> {
    pub plan: plan::PlanReport,
    pub risk: risk::RiskReport,
    pub resource: resource::ResourceReport<'a>,
    pub assessment: assessment::AssessmentReport,
    pub benefits: benefits::BenefitsReport,
}

/// Runs the four reports and gathers the overview.
pub fn compute(portfolio: &Portfolio, analysis: &Analysis, options: &Options) -> OverviewReport {
    gather(portfolio, options, &parts(portfolio, analysis, options))
}

/// Runs the four reports over the overview's scope and date.
pub fn parts<'a>(portfolio: &'a Portfolio, analysis: &Analysis, options: &Options) -> Parts<'a> {
    let scope = &options.scope;
    let as_of = options.as_of;
    let assessment_options = assessment::Options {
        scope: scope.clone(),
        as_of,
        manager: None,
        period: None,
    };
    // The reports are independent given the run's one analysis: they run
    // side by side. The assessment's managers take their projects' plan
    // status from this plan when it covers the whole portfolio (added once
    // both are done), rather than from a plan computed again.
    let whole = scope.program.is_none() && scope.project.is_none();
    let plan = || {
        let o = plan::Options {
            scope: scope.clone(),
            as_of,
            from: None,
            to: None,
        };
        plan::compute(portfolio, analysis, &o)
    };
    let benefits = || {
        let o = benefits::Options {
            scope: scope.clone(),
            as_of,
        };
        benefits::compute(portfolio, analysis, &o)
    };
    let risks = || {
        let o = risk::Options {
            scope: scope.clone(),
            ..risk::Options::new(as_of)
        };
        risk::compute(portfolio, analysis, &o)
    };
    let resources = || {
        let o = resource::Options {
            scope: scope.clone(),
            from: None,
            to: None,
            period: PeriodKind::Week,
            person: None,
            role: None,
        };
        resource::compute(portfolio, analysis, &o)
    };
    let assessments =
        || whole.then(|| assessment::compute_before_plan(portfolio, &assessment_options));
    let ((plan, benefits), (risks, (resources, assessments))) = rayon::join(
        || rayon::join(plan, benefits),
        || rayon::join(risks, || rayon::join(resources, assessments)),
    );
    let assessments = match assessments {
        Some(mut report) => {
            assessment::add_plan_status(&mut report, &plan);
            report
        }
        None => assessment::compute(portfolio, analysis, &assessment_options),
    };
    Parts {
        plan,
        risk: risks,
        resource: resources,
        assessment: assessments,
        benefits,
    }
}

/// The overview from the four reports.
pub fn gather(portfolio: &Portfolio, options: &Options, parts: &Parts<'_>) -> OverviewReport {
    let Parts {
        plan,
        risk: risks,
        resource: resources,
        assessment: assessments,
        benefits,
    } = parts;
    let mut signals = Signals::new(risks, resources, assessments);
    let programs: Vec<ProgramOverview> = plan
        .programs
        .iter()
        .filter_map(|pp| program_overview(portfolio, pp, benefits, &mut signals))
        .collect();
    let mut totals = Totals {
        programs: programs.len(),
        projects: programs.iter().map(|g| g.projects.len()).sum(),
        open_projects: programs
            .iter()
            .flat_map(|g| &g.projects)
            .filter(|p| {
                portfolio
                    .project(&p.id)
                    .is_some_and(|x| !x.status.value.is_finished())
            })
            .count(),
        schedule: RagCount::default(),
        cost: RagCount::default(),
        risk: RagCount::default(),
        resources: RagCount::default(),
        escalations: risks.escalations.len(),
        people_over_capacity: signals.people_over,
        resource_window: (resources.from, resources.to),
        earned_value: plan::total_earned_value(plan),
        service: plan::total_service(plan),
    };
    recount(&mut totals, &programs);
    OverviewReport {
        meta: Meta::new(
            "overview",
            options.as_of,
            portfolio.settings.name.as_deref(),
        ),
        currency: portfolio.settings.currency.clone(),
        programs,
        totals,
    }
}

/// The program's benefits behind target, as one reason (none when all
/// are met, on track or not yet measured).
fn benefits_behind(report: &benefits::BenefitsReport, program: &str) -> Vec<Reason> {
    let behind: Vec<String> = report
        .programs
        .iter()
        .filter(|p| p.id == program)
        .flat_map(|p| &p.benefits)
        .filter(|b| b.status == crate::analysis::benefit::Status::Behind)
        .map(|b| b.id.clone().unwrap_or_else(|| b.description.clone()))
        .collect();
    if behind.is_empty() {
        Vec::new()
    } else {
        vec![Reason::BenefitsBehind { benefits: behind }]
    }
}

fn program_overview(
    portfolio: &Portfolio,
    pp: &plan::ProgramPlan,
    parts_benefits: &benefits::BenefitsReport,
    signals: &mut Signals<'_>,
) -> Option<ProgramOverview> {
    let program = portfolio.program(&pp.id)?;
    let projects = pp
        .projects
        .iter()
        .filter_map(|p| project_overview(portfolio, p, signals))
        .collect();
    Some(ProgramOverview {
        id: pp.id.clone(),
        name: pp.name.clone(),
        program_type: program.program_type.value,
        stage: program.stage.value,
        leadership: leadership(portfolio, program),
        rag: pp.rag,
        percent_complete: pp.percent_complete,
        earned_value: pp.earned_value.clone(),
        service: pp.service.clone(),
        next_milestone: pp.next_milestone.clone(),
        reasons: benefits_behind(parts_benefits, &pp.id),
        projects,
    })
}

/// A project's line: the plan's schedule and cost status, the risk and
/// resource status from the other reports' signals, with their reasons.
fn project_overview(
    portfolio: &Portfolio,
    p: &plan::ProjectPlan,
    signals: &mut Signals<'_>,
) -> Option<ProjectOverview> {
    let project = portfolio.project(&p.id)?;
    let open = !project.status.value.is_finished();
    let top = signals.take_escalated(&p.id);
    let over = signals.take_overbooked(&p.id);
    let mut reasons = p.reasons.clone();
    let risk = open.then(|| {
        if !top.is_empty() {
            reasons.push(Reason::RisksAboveTolerance {
                count: count(top.len()),
            });
            Rag::Red
        } else if signals.has_hygiene_issue(&p.id) {
            reasons.push(Reason::RiskHygiene);
            Rag::Amber
        } else {
            Rag::Green
        }
    });
    let resources = open.then(|| {
        if !over.is_empty() {
            reasons.push(Reason::PeopleOverCapacity {
                count: count(over.len()),
            });
            Rag::Red
        } else if signals.has_unstaffed_work(&p.id) {
            reasons.push(Reason::Unstaffed);
            Rag::Amber
        } else {
            Rag::Green
        }
    });
    let satisfaction = signals.take_satisfaction(&p.id);
    if open {
        satisfaction_reasons(&satisfaction, portfolio, &mut reasons);
    }
    Some(ProjectOverview {
        id: p.id.clone(),
        name: p.name.clone(),
        status: p.status,
        manager: person(portfolio, &project.manager.value),
        schedule: p.schedule_rag,
        cost: p.cost_rag,
        risk,
        resources,
        reasons,
        percent_complete: p.percent_complete,
        next_milestone: p.next_milestone.clone(),
        top_risks: top,
        over_capacity: over,
        assessment: signals.take_latest(&p.id),
        satisfaction,
    })
}

/// A customer whose latest satisfaction is low, or lower than the survey
/// before: reasons shown with the project's statuses (they change none of
/// them: satisfaction is not one of the four).
fn satisfaction_reasons(
    latest: &[LatestSatisfaction],
    portfolio: &Portfolio,
    reasons: &mut Vec<Reason>,
) {
    let limit = portfolio.settings.assessment.satisfaction_low;
    for s in latest {
        if s.low {
            reasons.push(Reason::SatisfactionLow {
                customer: s.customer.clone(),
                percent: s.percent,
                limit,
            });
        }
        if let (true, Some(from)) = (s.falling, s.previous) {
            reasons.push(Reason::SatisfactionFalling {
                customer: s.customer.clone(),
                from,
                to: s.percent,
            });
        }
    }
}

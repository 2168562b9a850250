//! The resource report's cost section: planned labour cost at rates
//! (workload hours x each person's `cost_rate`) per project and program,
//! shown beside the forecast of the cost module (BAC, AC, EAC: the same
//! figures as the plan report's earned value). The two are different
//! quantities, named apart (docs/reports.md, "Two cost figures").

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::analysis::cost;
use crate::analysis::cost::Costs;
use crate::analysis::days::WorkIndex;
use crate::analysis::workload::Workload;
use crate::model::{EacMethod, Period, Portfolio};
use crate::report::plan::{EarnedValue, ServiceBurn};
use crate::report::round2;

/// Labour cost at rates against budget, beside the forecast.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Cost<'a> {
    pub projects: Vec<CostLine<'a>>,
    pub programs: Vec<CostLine<'a>>,
    /// People with load on an in-scope project but no cost rate (counted 0).
    pub unrated: Vec<&'a str>,
    /// The forecast method of `[plan] eac`.
    pub eac_method: EacMethod,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct CostLine<'a> {
    pub id: &'a str,
    /// The program, for a project line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<&'a str>,
    /// `budget.planned` plus a service's run-rate over its whole contract
    /// (summed over the program's projects that have one).
    pub budget: Option<f64>,
    /// Labour cost at rates before the window.
    pub before: f64,
    pub periods: Vec<CostPeriod>,
    /// Labour cost at rates over the project's (program's) whole plan.
    pub at_completion: f64,
    /// at_completion over budget, percent.
    pub percent_of_budget: Option<f64>,
    /// The month cumulative labour cost at rates first exceeds the budget.
    pub runs_out: Option<Period>,
    /// Actual cost to date (the plan report's AC; a service's spend).
    pub actual: Option<f64>,
    /// Estimate at completion of the delivery work (the plan report's EAC).
    pub forecast: Option<f64>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct CostPeriod {
    pub period: Period,
    pub cost: f64,
    /// From the start of the plan to the end of the period.
    pub cumulative: f64,
}

/// Labour cost at rates accumulated for one project or program.
#[derive(Clone)]
struct Acc {
    before: f64,
    periods: Vec<f64>,
    months: Vec<f64>,
}

impl Acc {
    fn new(n: usize) -> Acc {
        Acc {
            before: 0.0,
            periods: vec![0.0; n],
            months: Vec::new(),
        }
    }
    fn add(&mut self, o: &Acc) {
        self.before += o.before;
        for (x, y) in self.periods.iter_mut().zip(&o.periods) {
            *x += y;
        }
        if self.months.len() < o.months.len() {
            self.months.resize(o.months.len(), 0.0);
        }
        for (x, y) in self.months.iter_mut().zip(&o.months) {
            *x += y;
        }
    }
}

/// Labour cost at rates per project, and the people without a rate.
fn labour<'a>(
    portfolio: &'a Portfolio,
    work: &Workload,
    in_scope: &[bool],
) -> (Vec<Option<Acc>>, BTreeSet<&'a str>) {
    let n = work.spans.len();
    let mut acc: Vec<Option<Acc>> = vec![None; portfolio.projects.len()];
    let mut unrated = BTreeSet::new();
    for load in &work.people {
        let person = &portfolio.people[load.person as usize];
        let rate = person
            .cost_rate
            .as_ref()
            .map(|r| r.value)
            .filter(|r| r.is_finite() && *r >= 0.0);
        for pl in &load.projects {
            if !in_scope[pl.project as usize] {
                continue;
            }
            let Some(rate) = rate else {
                unrated.insert(person.id.value.as_str());
                continue;
            };
            let a = acc[pl.project as usize].get_or_insert_with(|| Acc::new(n));
            a.before += pl.before * rate;
            for (c, h) in a.periods.iter_mut().zip(&pl.load) {
                *c += h * rate;
            }
            let end = (pl.first_month as usize) + pl.months.len();
            if a.months.len() < end {
                a.months.resize(end, 0.0);
            }
            for (j, h) in pl.months.iter().enumerate() {
                a.months[pl.first_month as usize + j] += h * rate;
            }
        }
    }
    (acc, unrated)
}

/// The money the cost module gives a line: actual cost and forecast.
#[derive(Clone, Copy, Default)]
struct Money {
    actual: Option<f64>,
    forecast: Option<f64>,
}

fn line<'a>(
    work: &Workload,
    id: &'a str,
    program: Option<&'a str>,
    budget: Option<f64>,
    a: &Acc,
    money: Money,
) -> CostLine<'a> {
    let mut cumulative = a.before;
    let periods = work
        .spans
        .iter()
        .zip(&a.periods)
        .map(|(span, &c)| {
            cumulative += c;
            CostPeriod {
                period: span.period,
                cost: round2(c),
                cumulative: round2(cumulative),
            }
        })
        .collect();
    let at_completion: f64 = a.months.iter().sum();
    let mut running = 0.0;
    let runs_out = budget.and_then(|b| {
        a.months.iter().position(|c| {
            running += c;
            running > b + 0.005
        })
    });
    CostLine {
        id,
        program,
        budget,
        before: round2(a.before),
        periods,
        at_completion: round2(at_completion),
        percent_of_budget: budget
            .filter(|b| *b > 0.0)
            .map(|b| round2(at_completion / b * 100.0)),
        runs_out: runs_out.map(|m| work.month(m as u32)),
        actual: money.actual,
        forecast: money.forecast,
    }
}

/// One project's figures from the cost module, as the plan report has them.
type Forecasts = (Option<EarnedValue>, Option<ServiceBurn>);

fn money_of(f: &Forecasts) -> Money {
    let (ev, burn) = f;
    let delivery = ev.as_ref().and_then(|e| e.ac);
    let service = burn.as_ref().and_then(|b| b.actual);
    Money {
        // A `both` project spends on its delivery and its service.
        actual: match (delivery, service) {
            (Some(d), Some(s)) => Some(round2(d + s)),
            (d, s) => d.or(s),
        },
        forecast: ev.as_ref().and_then(|e| e.eac),
    }
}

/// What the project may cost in all: its delivery budget (`budget.planned`)
/// plus, for a service, its run-rate over the whole contract (the months
/// from its start to its end, counted as for the burn).
fn contract_budget(
    project: &crate::model::Project,
    c: &cost::ProjectCost,
    calendar: &WorkIndex,
) -> Option<f64> {
    let delivery = project
        .budget
        .as_ref()
        .map(|b| b.planned.value)
        .filter(|b| b.is_finite());
    let service = c.burn.as_ref().map(|b| {
        let months = cost::months_elapsed(project, calendar, project.end.value);
        b.run_rate * months
    });
    match (delivery, service) {
        (Some(d), Some(s)) => Some(round2(d + s)),
        (d, s) => d.or(s.map(round2)),
    }
}

/// Labour cost at rates per in-scope project and per program, against
/// budget, with the cost module's AC and EAC beside it.
pub fn section<'a>(
    portfolio: &'a Portfolio,
    work: &Workload,
    in_scope: &[bool],
    costs: &Costs,
    calendar: &WorkIndex,
) -> Cost<'a> {
    let n = work.spans.len();
    let method = portfolio.settings.plan.eac;
    let (acc, unrated) = labour(portfolio, work, in_scope);
    let empty = Acc::new(n);
    let mut projects = Vec::new();
    let mut by_program: BTreeMap<&'a str, (Option<f64>, Acc, Vec<Forecasts>)> = BTreeMap::new();
    for (pi, project) in portfolio.projects.iter().enumerate() {
        if !in_scope[pi] {
            continue;
        }
        let c = &costs.projects[pi];
        let forecasts: Forecasts = (
            c.figures
                .as_ref()
                .map(|f| EarnedValue::of_project(f, method, c)),
            c.burn.as_ref().map(ServiceBurn::from_burn),
        );
        let budget = contract_budget(project, c, calendar);
        let a = acc[pi].as_ref().unwrap_or(&empty);
        let (id, program) = (project.id.value.as_str(), project.program.value.as_str());
        projects.push(line(
            work,
            id,
            Some(program),
            budget,
            a,
            money_of(&forecasts),
        ));
        let entry = by_program
            .entry(program)
            .or_insert_with(|| (None, Acc::new(n), Vec::new()));
        if let Some(b) = budget {
            entry.0 = Some(entry.0.unwrap_or(0.0) + b);
        }
        entry.1.add(a);
        entry.2.push(forecasts);
    }
    let programs = by_program
        .into_iter()
        .map(|(id, (budget, a, parts))| {
            let ev = EarnedValue::sum(parts.iter().filter_map(|p| p.0.as_ref()), method);
            let burn = ServiceBurn::sum(parts.iter().filter_map(|p| p.1.as_ref()));
            line(work, id, None, budget, &a, money_of(&(ev, burn)))
        })
        .collect();
    Cost {
        projects,
        programs,
        unrated: unrated.into_iter().collect(),
        eac_method: method,
    }
}

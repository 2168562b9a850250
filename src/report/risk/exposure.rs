//! Exposure: the expected monetary value (EMV) of the open risks per
//! project, per program and in total, next to the budgets' contingency
//! reserves.

use std::collections::BTreeMap;

use serde::Serialize;

use super::score::Scored;
use crate::model::{Portfolio, Project, RiskType};
use crate::report::round2;
use crate::report::scope::Scope;

/// How EMV is computed, for readers of the JSON.
pub const METHOD: &str = "emv = probability / top of the probability scale x cost_impact; net = threats - opportunities; headroom = reserve - net";

/// Expected monetary value of the open risks of a project or program.
#[derive(Clone, Debug, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Money {
    /// Sum of the threats' EMV: money expected to be lost.
    pub threat_emv: f64,
    /// Sum of the opportunities' EMV: money expected to be gained.
    pub opportunity_emv: f64,
    /// Threats minus opportunities: the contingency the risks imply.
    pub net_emv: f64,
    /// The budget's contingency reserve, where one is declared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reserve: Option<f64>,
    /// Reserve minus net EMV: negative when the reserve falls short.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headroom: Option<f64>,
    /// Open risks with a cost impact (priced) and without one.
    pub priced: usize,
    pub unpriced: usize,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProjectExposure {
    pub project: String,
    pub name: String,
    pub program: String,
    #[serde(flatten)]
    pub money: Money,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProgramExposure {
    pub program: String,
    pub name: String,
    #[serde(flatten)]
    pub money: Money,
}

#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Exposure {
    /// How EMV is computed, for readers of the JSON.
    pub method: &'static str,
    /// Projects in scope with open risks or a declared reserve, biggest
    /// net exposure first.
    pub projects: Vec<ProjectExposure>,
    /// Programs in scope: their projects plus program-level risks.
    pub programs: Vec<ProgramExposure>,
    pub total: Money,
}

impl Money {
    /// Counts one open risk in.
    fn add(&mut self, risk_type: RiskType, emv: Option<f64>) {
        match emv {
            Some(v) => {
                self.priced += 1;
                match risk_type {
                    RiskType::Threat => self.threat_emv += v,
                    RiskType::Opportunity => self.opportunity_emv += v,
                }
            }
            None => self.unpriced += 1,
        }
    }

    /// Net and headroom from the sums, everything rounded to cents.
    fn finish(mut self) -> Money {
        self.net_emv = round2(self.threat_emv - self.opportunity_emv);
        self.threat_emv = round2(self.threat_emv);
        self.opportunity_emv = round2(self.opportunity_emv);
        self.headroom = self.reserve.map(|r| round2(r - self.net_emv));
        self.reserve = self.reserve.map(round2);
        self
    }
}

fn reserve_of(project: &Project) -> Option<f64> {
    project
        .budget
        .as_ref()
        .and_then(|b| b.reserve.as_ref())
        .map(|r| r.value)
        .filter(|r| r.is_finite())
}

/// The open risks' EMV summed per project, per program and in total, in
/// the order of the repository (so the sums are the same on every run).
struct Sums {
    projects: BTreeMap<String, Money>,
    programs: BTreeMap<String, Money>,
    total: Money,
}

fn sums(scored: &[Scored<'_>]) -> Sums {
    let mut sums = Sums {
        projects: BTreeMap::new(),
        programs: BTreeMap::new(),
        total: Money::default(),
    };
    for s in scored.iter().filter(|s| s.row.open) {
        let risk_type = s.row.risk_type;
        if let Some(pr) = s.project {
            let money = sums.projects.entry(pr.id.value.clone()).or_default();
            money.add(risk_type, s.emv);
        }
        if let Some(pg) = &s.row.program {
            sums.programs
                .entry(pg.clone())
                .or_default()
                .add(risk_type, s.emv);
        }
        sums.total.add(risk_type, s.emv);
    }
    sums
}

/// The exposure of the projects and programs in scope.
pub fn exposure(portfolio: &Portfolio, scope: &Scope, scored: &[Scored<'_>]) -> Exposure {
    let Sums {
        projects: mut project_money,
        programs: mut program_money,
        mut total,
    } = sums(scored);
    let mut projects = Vec::new();
    let mut reserves: BTreeMap<String, f64> = BTreeMap::new();
    let mut total_reserve = None;
    for pr in scope.projects(portfolio) {
        let reserve = reserve_of(pr);
        let money = project_money.remove(&pr.id.value);
        if money.is_none() && reserve.is_none() {
            continue;
        }
        if let Some(r) = reserve {
            *reserves.entry(pr.program.value.clone()).or_default() += r;
            *total_reserve.get_or_insert(0.0) += r;
            // A program with reserves but no open risks still shows.
            program_money.entry(pr.program.value.clone()).or_default();
        }
        let mut money = money.unwrap_or_default();
        money.reserve = reserve;
        projects.push(ProjectExposure {
            project: pr.id.value.clone(),
            name: pr.name.value.clone(),
            program: pr.program.value.clone(),
            money: money.finish(),
        });
    }
    // Biggest net exposure first.
    projects.sort_by(|a, b| {
        b.money
            .net_emv
            .total_cmp(&a.money.net_emv)
            .then_with(|| a.project.cmp(&b.project))
    });
    let programs = program_money
        .into_iter()
        .map(|(id, mut money)| {
            money.reserve = reserves.get(&id).copied();
            ProgramExposure {
                name: portfolio
                    .program(&id)
                    .map(|p| p.name.value.clone())
                    .unwrap_or_default(),
                program: id,
                money: money.finish(),
            }
        })
        .collect();
    total.reserve = total_reserve;
    Exposure {
        method: METHOD,
        projects,
        programs,
        total: total.finish(),
    }
}

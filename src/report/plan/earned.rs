//! The plan report's money: earned value and service burn as the cost
//! module ([`crate::analysis::cost`]) computed them, rounded for the
//! report. Nothing here computes a figure of its own beyond the
//! differences and ratios PMBOK names (SV, CV, SPI, CPI, ETC, VAC).

use serde::Serialize;

use super::super::round2;
use crate::analysis::cost::{AcBasis, BacBasis, Burn, Eac, Figures, ProjectCost, PvBasis};
use crate::model::EacMethod;

/// Earned value in the budget's currency (docs/reports.md, "Cost").
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct EarnedValue {
    pub bac: f64,
    /// null without a baseline.
    pub pv: Option<f64>,
    pub ev: f64,
    /// null when unknown (no ledger, no `budget.actual`).
    pub ac: Option<f64>,
    pub sv: Option<f64>,
    pub cv: Option<f64>,
    pub spi: Option<f64>,
    pub cpi: Option<f64>,
    /// The forecast `[plan] eac` names, rated for the cost status.
    pub eac: Option<f64>,
    pub eac_method: EacMethod,
    /// All three forecasts.
    pub eac_variants: Eac,
    pub etc: Option<f64>,
    pub vac: Option<f64>,
    /// A project's PV source: tasks, project or none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pv_basis: Option<PvBasis>,
    /// A project's AC source: ledger, undated or unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ac_basis: Option<AcBasis>,
    /// A project's BAC source: `baseline` (the budget approved at
    /// baseline) or `current` (`budget.planned`, no baseline budget known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bac_basis: Option<BacBasis>,
    /// A project's current budget minus its baseline budget (BAC), when
    /// they differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget_change: Option<f64>,
    /// Projects summed, and those with no PV (no baseline) or no AC among
    /// them: left out of SPI and of CPI respectively.
    pub projects: u32,
    pub without_pv: u32,
    pub without_ac: u32,
    /// The unrounded sums, for roll-ups.
    #[serde(skip)]
    pub(crate) raw: Figures,
}

fn round_eac(e: &Eac) -> Eac {
    Eac {
        cpi: e.cpi.map(round2),
        budget_rate: e.budget_rate.map(round2),
        cpi_spi: e.cpi_spi.map(round2),
    }
}

impl EarnedValue {
    /// The report's view of `f`, forecasting with `method`.
    pub fn from_figures(f: &Figures, method: EacMethod) -> EarnedValue {
        let eac = f.eac(method);
        let ac_complete = f.no_ac == 0;
        EarnedValue {
            bac: round2(f.bac),
            pv: f.pv.map(round2),
            ev: round2(f.ev),
            ac: f.ac.map(round2),
            sv: f.pv.map(|pv| round2(f.ev_pv - pv)),
            cv: f.ac.map(|ac| round2(f.ev_ac - ac)),
            spi: f.spi().map(round2),
            cpi: f.cpi().map(round2),
            eac: eac.map(round2),
            eac_method: method,
            eac_variants: round_eac(&f.eac),
            etc: eac
                .zip(f.ac)
                .filter(|_| ac_complete)
                .map(|(e, a)| round2(e - a)),
            vac: eac.map(|e| round2(f.bac - e)),
            pv_basis: None,
            ac_basis: None,
            bac_basis: None,
            budget_change: None,
            projects: f.projects,
            without_pv: f.no_pv,
            without_ac: f.no_ac,
            raw: f.clone(),
        }
    }

    /// A project's, with where its PV, AC and BAC come from.
    pub fn of_project(f: &Figures, method: EacMethod, cost: &ProjectCost) -> EarnedValue {
        EarnedValue {
            pv_basis: Some(cost.pv_basis),
            ac_basis: Some(cost.ac_basis),
            bac_basis: cost.bac.map(|b| b.basis),
            budget_change: cost.bac.and_then(|b| b.change).map(round2),
            ..EarnedValue::from_figures(f, method)
        }
    }

    /// The roll-up of several: ratios of sums.
    pub fn sum<'a>(
        parts: impl IntoIterator<Item = &'a EarnedValue>,
        method: EacMethod,
    ) -> Option<EarnedValue> {
        let mut total: Option<Figures> = None;
        for p in parts {
            total.get_or_insert_with(Figures::default).add(&p.raw);
        }
        total.map(|f| EarnedValue::from_figures(&f, method))
    }
}

/// A service contract's spend against its run-rate.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct ServiceBurn {
    /// Budgeted cost per month (summed over a program's services).
    pub run_rate: f64,
    /// Months of service elapsed on the as-of date.
    pub months: f64,
    /// run-rate x months elapsed.
    pub planned: f64,
    /// Spent on the service to date; null when unknown.
    pub actual: Option<f64>,
    /// actual / planned, percent (a program: over services with an actual).
    pub burn_percent: Option<f64>,
    /// A project's AC source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ac_basis: Option<AcBasis>,
    #[serde(skip)]
    pub(crate) raw: Burn,
}

impl ServiceBurn {
    pub fn from_burn(b: &Burn) -> ServiceBurn {
        ServiceBurn {
            run_rate: round2(b.run_rate),
            months: round2(b.months),
            planned: round2(b.planned),
            actual: b.actual.map(round2),
            burn_percent: b.percent().map(round2),
            ac_basis: b.basis,
            raw: b.clone(),
        }
    }

    pub fn sum<'a>(parts: impl IntoIterator<Item = &'a ServiceBurn>) -> Option<ServiceBurn> {
        let mut total: Option<Burn> = None;
        for p in parts {
            total.get_or_insert_with(Burn::default).add(&p.raw);
        }
        total.map(|b| ServiceBurn::from_burn(&b))
    }
}

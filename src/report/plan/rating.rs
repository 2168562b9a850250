//! The status rule (RAG) of a project or program, from `[plan]` in
//! pmo.toml. A status has two halves, each judged the way its work is
//! measured (docs/reports.md, "Status"):
//!
//! - delivery work: schedule on SPI, slip against the baseline finish,
//!   overdue milestones and cycles; cost on the forecast (`[plan] eac`:
//!   CPI itself by default, else BAC / EAC against the same thresholds);
//! - service work: schedule (service level) on overdue milestones and SLAs
//!   missed; cost on the burn against the run-rate to date.
//!
//! The status is the worse half. Reasons are typed ([`Reason`]), red first.

use super::{EarnedValue, Rag};
use crate::model::{EacMethod, PlanSettings};
use crate::report::reason::Reason;

/// What a status is rated on.
#[derive(Clone, Debug, Default)]
pub struct Inputs<'a> {
    /// Earned value of the delivery work.
    pub ev: Option<&'a EarnedValue>,
    /// Burn of the service against its run-rate, percent.
    pub burn_percent: Option<f64>,
    /// Projected finish minus baseline finish, calendar days.
    pub slip: Option<i64>,
    pub overdue_milestones: u32,
    pub slas_missed: u32,
    pub in_cycle: bool,
}

/// A status and its two halves.
#[derive(Clone, Debug)]
pub struct Rating {
    pub rag: Rag,
    pub schedule: Rag,
    pub cost: Rag,
    /// Why it is not green, red reasons first.
    pub reasons: Vec<Reason>,
}

/// Reasons sorted into red and amber.
#[derive(Default)]
struct Half {
    red: Vec<Reason>,
    amber: Vec<Reason>,
}

impl Half {
    fn level(&self) -> Rag {
        if !self.red.is_empty() {
            Rag::Red
        } else if !self.amber.is_empty() {
            Rag::Amber
        } else {
            Rag::Green
        }
    }
    fn below(&mut self, x: f64, red: f64, amber: f64, reason: impl Fn(f64) -> Reason) {
        if x < red {
            self.red.push(reason(red));
        } else if x < amber {
            self.amber.push(reason(amber));
        }
    }
}

/// The cost index rated: CPI, or BAC / EAC with another method.
fn cost_reason(s: &PlanSettings, ev: &EarnedValue, cost: &mut Half) {
    if s.eac == EacMethod::Cpi {
        if let Some(cpi) = ev.cpi {
            cost.below(cpi, s.red_cpi, s.amber_cpi, |limit| Reason::CpiBelow {
                cpi,
                limit,
            });
        }
        return;
    }
    let Some(eac) = ev.eac.filter(|e| *e > 0.0) else {
        return;
    };
    let index = super::super::round2(ev.bac / eac);
    cost.below(index, s.red_cpi, s.amber_cpi, |limit| Reason::EacOver {
        method: s.eac,
        eac,
        bac: ev.bac,
        index,
        limit,
    });
}

/// The status rule (module doc).
pub fn rate(s: &PlanSettings, x: &Inputs) -> Rating {
    let (mut schedule, mut cost) = (Half::default(), Half::default());
    if let Some(spi) = x.ev.and_then(|e| e.spi) {
        schedule.below(spi, s.red_spi, s.amber_spi, |limit| Reason::SpiBelow {
            spi,
            limit,
        });
    }
    if let Some(ev) = x.ev {
        cost_reason(s, ev, &mut cost);
    }
    if let Some(days) = x.slip {
        if days >= s.red_slip_days {
            schedule.red.push(Reason::Slip {
                days,
                limit: s.red_slip_days,
            });
        } else if days >= s.amber_slip_days {
            schedule.amber.push(Reason::Slip {
                days,
                limit: s.amber_slip_days,
            });
        }
    }
    let count = x.overdue_milestones;
    if s.red_overdue_milestones > 0 && count >= s.red_overdue_milestones {
        schedule.red.push(Reason::OverdueMilestones { count });
    } else if count > 0 {
        schedule.amber.push(Reason::OverdueMilestones { count });
    }
    if x.slas_missed > 0 {
        schedule.amber.push(Reason::SlaMissed {
            count: x.slas_missed,
        });
    }
    if x.in_cycle {
        schedule.amber.push(Reason::Cycle);
    }
    if let Some(burn) = x.burn_percent {
        let reason = |limit| Reason::RunRateOverspend {
            burn_percent: burn,
            limit,
        };
        if burn >= s.red_burn_percent {
            cost.red.push(reason(s.red_burn_percent));
        } else if burn >= s.amber_burn_percent {
            cost.amber.push(reason(s.amber_burn_percent));
        }
    }
    combine(schedule, cost)
}

/// Red reasons first, then amber; within each, SPI first, then the cost
/// reasons, then the rest of the schedule's in rule order.
fn combine(schedule: Half, cost: Half) -> Rating {
    let (schedule_rag, cost_rag) = (schedule.level(), cost.level());
    let spi_first = |mut v: Vec<Reason>, c: Vec<Reason>| {
        let at = v
            .iter()
            .take_while(|r| matches!(r, Reason::SpiBelow { .. }))
            .count();
        v.splice(at..at, c);
        v
    };
    let red = spi_first(schedule.red, cost.red);
    let amber = spi_first(schedule.amber, cost.amber);
    let rag = schedule_rag.max(cost_rag);
    let reasons = match rag {
        Rag::Green => Vec::new(),
        Rag::Red => red.into_iter().chain(amber).collect(),
        _ => amber,
    };
    Rating {
        rag,
        schedule: schedule_rag,
        cost: cost_rag,
        reasons,
    }
}

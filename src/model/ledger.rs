//! Money over time: the ledger of what a project spent and booked per
//! period (seed 001 time tracking, seed 003 cost accounting), and what kind
//! of work a project is (an IT-service operations contract, delivery work,
//! or both), with the service contract's monthly run-rate.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::domain::{Effort, Money};
use super::{At, Period, Ref};

/// Which half of a project an amount belongs to.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Work {
    /// Running the contracted service: desktop, network, application
    /// operations, BPO.
    Service,
    /// Delivering a change: transition, upgrade, rollout.
    Delivery,
}

/// What a project is: a service contract, delivery work, or both (an
/// operations contract with a transition plan).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Nature {
    /// An IT-service operations contract, judged on its run-rate.
    Service,
    /// Delivery work, judged on schedule and earned value.
    Delivery,
    /// An operations contract with delivery work inside it (a transition
    /// plan): judged on both.
    Both,
}

impl Nature {
    /// The name as written in the documents.
    pub fn key(self) -> &'static str {
        match self {
            Nature::Service => "service",
            Nature::Delivery => "delivery",
            Nature::Both => "both",
        }
    }
    /// Whether the project runs a service judged on its run-rate.
    pub fn has_service(self) -> bool {
        matches!(self, Nature::Service | Nature::Both)
    }
    /// Whether the project delivers work judged on schedule and earned value.
    pub fn has_delivery(self) -> bool {
        matches!(self, Nature::Delivery | Nature::Both)
    }
}

/// One line of the ledger: what was spent and booked in one period.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Spend {
    /// A month (`2026-09`, the usual) or an ISO week (`2026-W40`); any
    /// period the format knows is read.
    pub period: At<Period>,
    /// Cost booked in the period, in the repository's currency.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Money::opt"
    )]
    #[schemars(with = "Option<Money>")]
    pub cost: Option<At<f64>>,
    /// Hours booked in the period.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Effort::opt"
    )]
    #[schemars(with = "Option<Effort>")]
    pub hours: Option<At<f64>>,
    /// The person who booked it, when the ledger is kept per person; the
    /// line is then that person's share of the period, not a total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Ref>,
    /// service or delivery: which half of a `nature: both` project the
    /// amount belongs to (default: the project's nature; service for both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work: Option<At<Work>>,
    /// Free text: what the amount was for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Spend {
    /// The cost booked, 0 when none is given.
    pub fn cost_value(&self) -> f64 {
        self.cost.as_ref().map_or(0.0, |c| c.value)
    }
    /// The hours booked, 0 when none are given.
    pub fn hours_value(&self) -> f64 {
        self.hours.as_ref().map_or(0.0, |h| h.value)
    }
    /// The half it belongs to in a project of `nature`.
    pub fn work_in(&self, nature: Nature) -> Work {
        match (self.work.as_ref().map(|w| w.value), nature) {
            (Some(w), Nature::Both) => w,
            (_, Nature::Delivery) => Work::Delivery,
            _ => Work::Service,
        }
    }
}

/// The service contract of a project running an IT service.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Budgeted cost of running the service per month.
    #[serde(deserialize_with = "Money::one")]
    #[schemars(with = "Money")]
    pub run_rate: At<f64>,
}

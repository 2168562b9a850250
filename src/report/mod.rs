//! Report computations: one module per report, each a function from the
//! loaded portfolio to a plain `Serialize` struct, plus a `view` that lays
//! that struct out for the renderers. Reports never print.

pub mod assessment;
pub mod benefits;
pub mod diff;
pub mod integrity;
pub mod lessons;
pub mod overview;
pub mod plan;
pub mod reason;
pub mod resource;
pub mod risk;
pub mod scope;
pub mod trend;

use serde::Serialize;

use crate::model::Date;

/// Version of the reports' JSON shapes; bumped only on a breaking change.
pub const JSON_VERSION: u32 = 1;

/// The header every report's JSON starts with.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Meta {
    /// Which report: plan, risk, resource, assessment or overview.
    pub report: &'static str,
    pub version: u32,
    pub as_of: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<String>,
    /// Error-level findings in the repository (`pmo validate`): when not
    /// zero, the figures may be wrong.
    pub errors: usize,
    /// The git revision baselines were taken from (`[baseline] revision`
    /// in pmo.toml), as `REV (commit of DATE)`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
}

impl Meta {
    pub fn new(report: &'static str, as_of: Date, portfolio: Option<&str>) -> Meta {
        Meta {
            report,
            version: JSON_VERSION,
            as_of,
            portfolio: portfolio.map(str::to_string),
            errors: 0,
            baseline: None,
        }
    }
}

/// Rounds for output, so JSON carries 2 decimals, not float noise.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use crate::model::Key;

    /// The key of each value is the string the report's JSON writes.
    fn keys_are_serde_names<T: Key + Serialize + std::fmt::Debug>(values: &[T]) {
        for v in values {
            let serde = serde_json::to_value(v).expect("serialises");
            assert_eq!(serde, serde_json::Value::from(v.key()), "{v:?}");
        }
    }

    #[test]
    fn report_enums_name_themselves_as_their_json() {
        use super::assessment::review::Group;
        use super::plan::{Kind, Rag, State};
        use super::risk::Direction;
        use strum::IntoEnumIterator;
        keys_are_serde_names(&[Rag::Green, Rag::Amber, Rag::Red, Rag::Unknown]);
        keys_are_serde_names(&[
            State::Done,
            State::DoneLate,
            State::Overdue,
            State::DueSoon,
            State::InProgress,
            State::Open,
        ]);
        keys_are_serde_names(&[Kind::Task, Kind::Milestone]);
        keys_are_serde_names(&Group::iter().collect::<Vec<_>>());
        keys_are_serde_names(&[
            Direction::New,
            Direction::Rising,
            Direction::Falling,
            Direction::Steady,
        ]);
        keys_are_serde_names(&super::trend::Metric::iter().collect::<Vec<_>>());
        assert_eq!(super::trend::Metric::SlipDays.key(), "slip_days");
        let kinds: Vec<_> = super::diff::ChangeKind::iter().collect();
        keys_are_serde_names(&kinds);
        // `--fail-on` takes the same names (clap's kebab-case).
        for k in kinds {
            let clap = clap::ValueEnum::to_possible_value(&k).expect("named");
            assert_eq!(clap.get_name(), k.key());
        }
    }
}

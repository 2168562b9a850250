//! The domain of every numeric field: the one place that says which values
//! a field allows. The loader reads a field through its domain (a value
//! outside is reported as `L014` and brought to the nearest bound, so one
//! typo neither hides the rest of the document nor reaches the arithmetic
//! of a report), and the JSON Schemas take `minimum`/`maximum` from it.
//! Dates have their window in [`super::time`], ids their pattern in
//! [`ID_PATTERN`].
//!
//! A field names its domain twice, side by side, because serde and
//! schemars each need an attribute:
//! `#[serde(default, deserialize_with = "Priority::opt")]` and
//! `#[schemars(with = "Option<Priority>")]`.

use std::borrow::Cow;
use std::cell::RefCell;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer};

use super::{At, Loc};

/// Ids: a letter or digit, then letters, digits, `.`, `_` or `-`, at most
/// 64 in all; so an id is never empty, never a path, never holds a space.
pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

/// Whether `id` matches [`ID_PATTERN`].
pub fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id.len() <= 64
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// A value found outside its domain, for the loader to report.
#[derive(Clone, Debug)]
pub struct Violation {
    /// Where the value was written.
    pub loc: Loc,
    /// What is wrong: the field and the value.
    pub message: String,
    /// What the field takes instead.
    pub help: String,
}

thread_local! {
    static VIOLATIONS: RefCell<Vec<Violation>> = const { RefCell::new(Vec::new()) };
}

/// The violations met on this thread since the last call.
pub(crate) fn take_violations() -> Vec<Violation> {
    VIOLATIONS.with(|v| std::mem::take(&mut *v.borrow_mut()))
}

fn violation(loc: Loc, message: String, help: String) {
    VIOLATIONS.with(|v| v.borrow_mut().push(Violation { loc, message, help }));
}

/// A number as a document writes it. `Display` already leaves out a whole
/// number's `.0` (and never uses an exponent); only -0 needs a hand.
fn shown(x: f64) -> String {
    if x == 0.0 {
        "0".to_string()
    } else {
        format!("{x}")
    }
}

/// Reads a number and brings it into `[min, max]` (whole when `whole`),
/// reporting a value outside.
fn bounded<'de, D: Deserializer<'de>>(
    d: D,
    min: f64,
    max: f64,
    whole: bool,
    what: &str,
) -> Result<At<f64>, D::Error> {
    let at = At::<f64>::deserialize(d)?;
    let x = at.value;
    let fixed = if x.is_nan() {
        min
    } else if whole {
        x.round().clamp(min, max)
    } else {
        x.clamp(min, max)
    };
    if x.is_nan() || fixed != x {
        let kind = if whole { "a whole number" } else { "a number" };
        violation(
            at.loc,
            format!("{what} {} is outside its domain", shown(x)),
            format!("expected {kind} from {} to {}", shown(min), shown(max)),
        );
    }
    Ok(At::new(fixed, at.loc))
}

macro_rules! domains {
    ($($(#[$doc:meta])* $name:ident: $ty:ty = $min:literal ..= $max:literal, $whole:literal, $what:literal;)*) => {$(
        $(#[$doc])*
        pub struct $name;

        impl $name {
            /// The smallest value allowed.
            pub const MIN: $ty = $min;
            /// The largest value allowed.
            pub const MAX: $ty = $max;

            /// What the field takes, in words.
            pub fn expected() -> String {
                let kind = if $whole { "a whole number" } else { "a number" };
                format!("{kind} from {} to {}", shown($min as f64), shown($max as f64))
            }

            /// Reads a required field of this domain.
            #[allow(
                clippy::cast_possible_truncation,
                reason = "`bounded` brought the value into [MIN, MAX] and rounded it when the type is whole"
            )]
            pub fn one<'de, D: Deserializer<'de>>(d: D) -> Result<At<$ty>, D::Error> {
                let at = bounded(d, $min as f64, $max as f64, $whole, $what)?;
                // In range and whole when the type is whole: exact.
                Ok(At::new(at.value as $ty, at.loc))
            }

            /// Reads an optional field of this domain.
            pub fn opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<At<$ty>>, D::Error> {
                Self::one(d).map(Some)
            }
        }

        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let kind = if $whole { "integer" } else { "number" };
                json_schema!({ "type": kind, "minimum": $min, "maximum": $max })
            }
        }
    )*};
}

domains! {
    /// A project's priority: 1 (highest) to 5 (lowest).
    Priority: u8 = 1 ..= 5, true, "priority";
    /// A share in percent: progress, allocation.
    Percent: f64 = 0.0 ..= 100.0, false, "percentage";
    /// Money: budgets, actual costs, reserves (finite, not negative).
    Money: f64 = 0.0 ..= 1.0e15, false, "amount";
    /// Cost per hour of a person.
    Rate: f64 = 0.0 ..= 1.0e6, false, "cost rate";
    /// Working hours in a week.
    WeekHours: f64 = 0.0 ..= 168.0, false, "hours a week";
    /// Share of a full-time position.
    Fte: f64 = 0.0 ..= 1.0, false, "fte";
    /// A task's length in working days (about a century at most).
    Duration: f64 = 0.0 ..= 25000.0, false, "duration (working days)";
    /// Work in person-hours.
    Effort: f64 = 0.0 ..= 10000000.0, false, "effort (hours)";
    /// Working days between a predecessor and its successor; negative for
    /// a lead.
    Lag: i32 = -3650 ..= 3650, true, "lag (working days)";
    /// A KPI's target or measured value (finite).
    Measure: f64 = -1.0e15 ..= 1.0e15, false, "value";
    /// A score on an assessment or review scale (the scale's own bounds are
    /// checked by the V rules).
    Score: f64 = 0.0 ..= 100.0, false, "score";
}

/// What a field of this name takes, in words, for the message of a value
/// of the wrong type (`allocation: 80%`). Field names are the ones the
/// model reads through the domains above.
pub fn expected_for(field: &str) -> Option<String> {
    Some(match field {
        "allocation" | "progress" => Percent::expected(),
        "priority" => Priority::expected(),
        "planned" | "actual" | "reserve" | "cost" | "run_rate" => Money::expected(),
        "hours" => Effort::expected(),
        "cost_rate" => Rate::expected(),
        "hours_per_week" => WeekHours::expected(),
        "fte" => Fte::expected(),
        "duration" => Duration::expected(),
        "effort" => Effort::expected(),
        "lag" => Lag::expected(),
        "value" | "target" => Measure::expected(),
        "score" => Score::expected(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_pattern() {
        for ok in ["PRJ-1", "p-li.na", "2026_Q3", "a"] {
            assert!(valid_id(ok), "{ok}");
        }
        for bad in [
            "",
            "../x",
            "a b",
            "-x",
            ".x",
            "x/y",
            "id\n",
            &"x".repeat(65),
        ] {
            assert!(!valid_id(bad), "{bad:?}");
        }
    }
}

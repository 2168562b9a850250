//! Why a status is not green, as data: each reason is a typed value with
//! its figures. Reports build them; views turn them into words in the
//! reader's language ([`Reason::text`]); the JSON carries them as objects
//! tagged by `kind` (docs/reports.md, "Reasons").

use serde::Serialize;

use crate::i18n::{Label as L, t, tf};
use crate::model::{EacMethod, Key, Lang};
use crate::report::plan::Rag;

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reason {
    /// SPI below the threshold.
    SpiBelow { spi: f64, limit: f64 },
    /// CPI below the threshold (the cost rule with `eac = "cpi"`).
    CpiBelow { cpi: f64, limit: f64 },
    /// BAC / EAC below the CPI threshold, with another EAC method.
    EacOver {
        method: EacMethod,
        eac: f64,
        bac: f64,
        index: f64,
        limit: f64,
    },
    /// Projected finish past the baseline finish, in calendar days.
    Slip { days: i64, limit: i64 },
    /// Milestones not reached by their due date.
    OverdueMilestones { count: u32 },
    /// An item on a dependency cycle.
    Cycle,
    /// A service spending above its run-rate to date.
    RunRateOverspend { burn_percent: f64, limit: f64 },
    /// SLAs not met in their latest measured period.
    SlaMissed { count: u32 },
    /// A project of the program is amber or red.
    ProjectIs { project: String, rag: Rag },
    /// Open threats at or above the tolerance.
    RisksAboveTolerance { count: u32 },
    /// Risk reviews or actions overdue.
    RiskHygiene,
    /// People on the project over capacity.
    PeopleOverCapacity { count: u32 },
    /// Tasks with nobody assigned.
    Unstaffed,
    /// The status rests on documents with errors.
    Uncertain,
    /// Program benefits behind their targets (`analysis::benefit`), by id
    /// (or description when a benefit has no id).
    BenefitsBehind { benefits: Vec<String> },
    /// A customer's latest satisfaction below `[assessment]
    /// satisfaction_low` (percent of the survey's scale).
    SatisfactionLow {
        customer: String,
        percent: f64,
        limit: f64,
    },
    /// A customer's latest satisfaction below the survey before it.
    SatisfactionFalling {
        customer: String,
        from: f64,
        to: f64,
    },
}

fn counted(lang: Lang, n: u32, one: L, many: L) -> String {
    tf(lang, if n == 1 { one } else { many }, &[&n])
}

impl Reason {
    /// The reason in words.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Reason::SpiBelow { spi, limit } => format!("SPI {spi:.2} < {limit:.2}"),
            Reason::CpiBelow { cpi, limit } => format!("CPI {cpi:.2} < {limit:.2}"),
            Reason::EacOver {
                method,
                index,
                limit,
                ..
            } => tf(
                lang,
                L::ReasonEacOver,
                &[
                    &method.key(),
                    &format!("{index:.2}"),
                    &format!("{limit:.2}"),
                ],
            ),
            Reason::Slip { days, limit } => tf(lang, L::ReasonSlip, &[days, limit]),
            Reason::OverdueMilestones { count } => counted(
                lang,
                *count,
                L::ReasonOverdueMilestone,
                L::ReasonOverdueMilestones,
            ),
            Reason::Cycle => t(lang, L::ReasonCycle).to_string(),
            Reason::RunRateOverspend {
                burn_percent,
                limit,
            } => tf(
                lang,
                L::ReasonBurn,
                &[&format!("{burn_percent:.0}"), &format!("{limit:.0}")],
            ),
            Reason::SlaMissed { count } => tf(lang, L::ReasonSlaMissed, &[count]),
            Reason::ProjectIs { project, rag } => tf(
                lang,
                L::ReasonIs,
                &[project, &crate::i18n::rag(lang, rag.key())],
            ),
            Reason::RisksAboveTolerance { count } => {
                counted(lang, *count, L::ReasonRisk, L::ReasonRisks)
            }
            Reason::RiskHygiene => t(lang, L::ReasonRiskHygiene).to_string(),
            Reason::PeopleOverCapacity { count } => {
                counted(lang, *count, L::ReasonPerson, L::ReasonPeople)
            }
            Reason::Unstaffed => t(lang, L::ReasonUnstaffed).to_string(),
            Reason::Uncertain => t(lang, L::ReasonUncertain).to_string(),
            Reason::BenefitsBehind { benefits } => tf(
                lang,
                L::ReasonBenefitsBehind,
                &[&benefits.join(t(lang, L::ListSep))],
            ),
            Reason::SatisfactionLow {
                customer,
                percent,
                limit,
            } => tf(
                lang,
                L::ReasonSatisfactionLow,
                &[customer, &format!("{percent:.0}"), &format!("{limit:.0}")],
            ),
            Reason::SatisfactionFalling { customer, from, to } => tf(
                lang,
                L::ReasonSatisfactionFalling,
                &[customer, &format!("{from:.0}"), &format!("{to:.0}")],
            ),
        }
    }
}

/// Reasons in words, joined with "; ".
pub fn joined(reasons: &[Reason], lang: Lang) -> String {
    reasons
        .iter()
        .map(|r| r.text(lang))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_in_both_languages() {
        let zh = Lang::Zh;
        let spi = Reason::SpiBelow {
            spi: 0.74,
            limit: 0.85,
        };
        assert_eq!(spi.text(zh), "SPI 0.74 < 0.85");
        let risks = Reason::RisksAboveTolerance { count: 4 };
        assert_eq!(risks.text(zh), "4 个风险超出容忍度");
        assert_eq!(risks.text(Lang::En), "4 risks above tolerance");
        let one = Reason::OverdueMilestones { count: 1 };
        assert_eq!(one.text(Lang::En), "1 overdue milestone");
        assert_eq!(one.text(zh), "1 个里程碑逾期");
        let slip = Reason::Slip {
            days: 12,
            limit: 10,
        };
        assert_eq!(slip.text(zh), "延误 12 天 >= 10 天");
        let is = Reason::ProjectIs {
            project: "PRJ-A".into(),
            rag: Rag::Amber,
        };
        assert_eq!(is.text(zh), "PRJ-A 为黄");
        assert_eq!(is.text(Lang::En), "PRJ-A is amber");
        let burn = Reason::RunRateOverspend {
            burn_percent: 121.4,
            limit: 115.0,
        };
        assert_eq!(burn.text(Lang::En), "run-rate burn 121 % >= 115 %");
        assert_eq!(Reason::Unstaffed.text(zh), "有未配备人员的任务");
        let behind = Reason::BenefitsBehind {
            benefits: vec!["B1".into(), "B3".into()],
        };
        assert_eq!(behind.text(Lang::En), "benefits behind target: B1, B3");
        assert_eq!(behind.text(zh), "收益落后于目标：B1、B3");
        let low = Reason::SatisfactionLow {
            customer: "CUS-BANK".into(),
            percent: 40.0,
            limit: 60.0,
        };
        assert_eq!(low.text(Lang::En), "CUS-BANK satisfaction 40 % < 60 %");
        assert_eq!(low.text(zh), "CUS-BANK 满意度 40% < 60%");
        let fell = Reason::SatisfactionFalling {
            customer: "CUS-BANK".into(),
            from: 82.5,
            to: 75.0,
        };
        assert_eq!(
            fell.text(Lang::En),
            "CUS-BANK satisfaction fell 82 % → 75 %"
        );
    }

    #[test]
    fn reasons_serialise_tagged_by_kind() {
        let json = serde_json::to_value(Reason::Slip {
            days: 12,
            limit: 10,
        })
        .unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "slip", "days": 12, "limit": 10})
        );
        let json = serde_json::to_value(Reason::Cycle).unwrap();
        assert_eq!(json, serde_json::json!({"kind": "cycle"}));
    }
}

//! The stage-gate rules (family `G`): codes, summaries and explanations.

use crate::diag::{Rule, Severity};

pub static G001: Rule = Rule {
    code: "G001",
    name: "goal-not-smart",
    default: Severity::Warning,
    summary: "A goal of a defined program (or of its projects) without a measure, a target or a due date",
    doc: include_str!("../../../docs/rules/G001.md"),
};

pub static G002: Rule = Rule {
    code: "G002",
    name: "benefit-without-owner-or-measure",
    default: Severity::Warning,
    summary: "A benefit of a defined program with no owner or no measure",
    doc: include_str!("../../../docs/rules/G002.md"),
};

pub static G003: Rule = Rule {
    code: "G003",
    name: "open-project-without-plan",
    default: Severity::Warning,
    summary: "A planned, active or on-hold project under integrated management with no tasks or milestones",
    doc: include_str!("../../../docs/rules/G003.md"),
};

pub static G004: Rule = Rule {
    code: "G004",
    name: "open-project-without-baseline",
    default: Severity::Warning,
    summary: "An active or on-hold project under integrated management with no baseline",
    doc: include_str!("../../../docs/rules/G004.md"),
};

pub static G005: Rule = Rule {
    code: "G005",
    name: "benefits-stage-without-benefits",
    default: Severity::Warning,
    summary: "A program in benefits management or closure that declares no benefit",
    doc: include_str!("../../../docs/rules/G005.md"),
};

pub static G006: Rule = Rule {
    code: "G006",
    name: "benefit-not-measured",
    default: Severity::Warning,
    summary: "A benefit of a program in benefits management or closure with no measured value",
    doc: include_str!("../../../docs/rules/G006.md"),
};

pub static G007: Rule = Rule {
    code: "G007",
    name: "closed-without-acceptance",
    default: Severity::Error,
    summary: "A closed project with no acceptance date or no one who accepted it",
    doc: include_str!("../../../docs/rules/G007.md"),
};

pub static G008: Rule = Rule {
    code: "G008",
    name: "closed-without-handover",
    default: Severity::Error,
    summary: "A closed project whose handover is not recorded as completed",
    doc: include_str!("../../../docs/rules/G008.md"),
};

pub static G009: Rule = Rule {
    code: "G009",
    name: "closed-without-lessons",
    default: Severity::Warning,
    summary: "A closed project with no lessons learned",
    doc: include_str!("../../../docs/rules/G009.md"),
};

pub static RULES: &[&Rule] = &[
    &G001, &G002, &G003, &G004, &G005, &G006, &G007, &G008, &G009,
];

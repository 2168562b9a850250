//! The taxonomy rules (family `T`): codes, summaries and explanations.

use crate::diag::{Rule, Severity};

pub static T001: Rule = Rule {
    code: "T001",
    name: "single-customer-without-customer",
    default: Severity::Error,
    summary: "A single-customer program that declares no customer",
    doc: include_str!("../../../docs/rules/T001.md"),
};

pub static T002: Rule = Rule {
    code: "T002",
    name: "single-customer-business-per-project",
    default: Severity::Warning,
    summary: "Two open projects of a single-customer program serve the same business",
    doc: include_str!("../../../docs/rules/T002.md"),
};

pub static T003: Rule = Rule {
    code: "T003",
    name: "single-business-without-business",
    default: Severity::Error,
    summary: "A single-business program that declares no business",
    doc: include_str!("../../../docs/rules/T003.md"),
};

pub static T004: Rule = Rule {
    code: "T004",
    name: "single-business-customer-per-project",
    default: Severity::Warning,
    summary: "Two open projects of a single-business program serve the same customer",
    doc: include_str!("../../../docs/rules/T004.md"),
};

pub static T005: Rule = Rule {
    code: "T005",
    name: "program-outgrew-type",
    default: Severity::Error,
    summary: "A single-type program that has grown into a multi-type program",
    doc: include_str!("../../../docs/rules/T005.md"),
};

pub static T006: Rule = Rule {
    code: "T006",
    name: "multi-program-without-coordinator",
    default: Severity::Error,
    summary: "A multi-customer, multi-business or composite program with no PMO or IT-service director",
    doc: include_str!("../../../docs/rules/T006.md"),
};

pub static T007: Rule = Rule {
    code: "T007",
    name: "single-program-without-manager",
    default: Severity::Warning,
    summary: "A single-customer or single-business program with no program manager",
    doc: include_str!("../../../docs/rules/T007.md"),
};

pub static T008: Rule = Rule {
    code: "T008",
    name: "project-outside-structure",
    default: Severity::Error,
    summary: "A project that names no customer or business to place it in its program's structure",
    doc: include_str!("../../../docs/rules/T008.md"),
};

pub static T009: Rule = Rule {
    code: "T009",
    name: "group-with-several-managers",
    default: Severity::Error,
    summary: "The open projects of one customer (or business) are run by different managers",
    doc: include_str!("../../../docs/rules/T009.md"),
};

pub static T010: Rule = Rule {
    code: "T010",
    name: "manager-across-groups",
    default: Severity::Warning,
    summary: "One manager runs the projects of two customers (or two businesses) of a multi-type program",
    doc: include_str!("../../../docs/rules/T010.md"),
};

pub static T011: Rule = Rule {
    code: "T011",
    name: "composite-customer-without-tier",
    default: Severity::Error,
    summary: "A customer of a composite program not marked key or SME",
    doc: include_str!("../../../docs/rules/T011.md"),
};

pub static T012: Rule = Rule {
    code: "T012",
    name: "closure-with-open-projects",
    default: Severity::Error,
    summary: "A program in closure with projects still proposed, planned, active or on hold",
    doc: include_str!("../../../docs/rules/T012.md"),
};

pub static T013: Rule = Rule {
    code: "T013",
    name: "early-stage-with-active-projects",
    default: Severity::Warning,
    summary: "A program still at identify or define with active projects",
    doc: include_str!("../../../docs/rules/T013.md"),
};

pub static T014: Rule = Rule {
    code: "T014",
    name: "multi-program-with-one-group",
    default: Severity::Error,
    summary: "A multi-customer program with fewer than two customers, or a multi-business program with fewer than two businesses",
    doc: include_str!("../../../docs/rules/T014.md"),
};

pub static RULES: &[&Rule] = &[
    &T001, &T002, &T003, &T004, &T005, &T006, &T007, &T008, &T009, &T010, &T011, &T012, &T013,
    &T014,
];

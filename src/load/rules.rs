//! Codes of the loader's findings (family `L`): the repository could not
//! be read as the format says.

use crate::diag::{Rule, Severity};

pub static L001: Rule = Rule {
    code: "L001",
    name: "yaml-syntax",
    default: Severity::Error,
    summary: "A file is not well-formed YAML",
    doc: include_str!("../../docs/rules/L001.md"),
};

pub static L002: Rule = Rule {
    code: "L002",
    name: "wrong-type",
    default: Severity::Error,
    summary: "A value has the wrong type or is not one of the allowed values",
    doc: include_str!("../../docs/rules/L002.md"),
};

pub static L003: Rule = Rule {
    code: "L003",
    name: "unknown-field",
    default: Severity::Error,
    summary: "A field the format does not know",
    doc: include_str!("../../docs/rules/L003.md"),
};

pub static L004: Rule = Rule {
    code: "L004",
    name: "missing-field",
    default: Severity::Error,
    summary: "A required field is missing",
    doc: include_str!("../../docs/rules/L004.md"),
};

pub static L005: Rule = Rule {
    code: "L005",
    name: "bad-date",
    default: Severity::Error,
    summary: "A date or period that is not on the calendar",
    doc: include_str!("../../docs/rules/L005.md"),
};

pub static L006: Rule = Rule {
    code: "L006",
    name: "unknown-kind",
    default: Severity::Error,
    summary: "A document without a known `kind`",
    doc: include_str!("../../docs/rules/L006.md"),
};

pub static L007: Rule = Rule {
    code: "L007",
    name: "duplicate-key",
    default: Severity::Error,
    summary: "A mapping with the same key twice",
    doc: include_str!("../../docs/rules/L007.md"),
};

pub static L008: Rule = Rule {
    code: "L008",
    name: "unreadable-file",
    default: Severity::Error,
    summary: "A file that cannot be read: too large, not UTF-8, too deep or unreadable",
    doc: include_str!("../../docs/rules/L008.md"),
};

pub static L009: Rule = Rule {
    code: "L009",
    name: "duplicate-id",
    default: Severity::Error,
    summary: "Two documents of one kind with the same id",
    doc: include_str!("../../docs/rules/L009.md"),
};

pub static L010: Rule = Rule {
    code: "L010",
    name: "unsupported-version",
    default: Severity::Error,
    summary: "A document or pmo.toml written for a newer format version",
    doc: include_str!("../../docs/rules/L010.md"),
};

pub static L011: Rule = Rule {
    code: "L011",
    name: "bad-settings",
    default: Severity::Error,
    summary: "pmo.toml is not valid",
    doc: include_str!("../../docs/rules/L011.md"),
};

pub static L012: Rule = Rule {
    code: "L012",
    name: "outside-repository",
    default: Severity::Error,
    summary: "A symbolic link that leaves the repository, dangles, loops or names a non-file",
    doc: include_str!("../../docs/rules/L012.md"),
};

pub static L013: Rule = Rule {
    code: "L013",
    name: "unreadable-path",
    default: Severity::Error,
    summary: "A folder or file the operating system refused to read",
    doc: include_str!("../../docs/rules/L013.md"),
};

pub static L014: Rule = Rule {
    code: "L014",
    name: "out-of-range",
    default: Severity::Error,
    summary: "A number, date or id outside the domain the format allows",
    doc: include_str!("../../docs/rules/L014.md"),
};

/// Every loader rule.
pub static RULES: &[&Rule] = &[
    &L001, &L002, &L003, &L004, &L005, &L006, &L007, &L008, &L009, &L010, &L011, &L012, &L013,
    &L014,
];

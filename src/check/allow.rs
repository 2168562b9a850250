//! `allow:` on a document: a finding the document accepts is set aside
//! (listed by `validate --show-allowed`, counted nowhere), and an allowance
//! that names no rule is itself a finding, `R009`.

use crate::diag::{Finding, Rule, Severity, did_you_mean};
use crate::model::{Documents, Portfolio};

pub static R009: Rule = Rule {
    code: "R009",
    name: "unknown-rule-in-allow",
    default: Severity::Error,
    summary: "An `allow:` entry names a rule code pmo does not know",
    doc: include_str!("../../docs/rules/R009.md"),
};

pub static RULES: &[&Rule] = &[&R009];

/// A finding a document accepts, with the reason written there.
#[derive(Clone, Debug)]
pub struct Allowed {
    pub finding: Finding,
    pub reason: String,
}

/// Splits `findings` into those still reported and those their document
/// allows; adds an `R009` for each allowance naming no rule.
pub fn split(p: &Portfolio, findings: Vec<Finding>) -> (Vec<Finding>, Vec<Allowed>) {
    let docs = Documents::new(p);
    let mut kept = Vec::new();
    let mut allowed = Vec::new();
    for f in findings {
        let reason = docs.at(f.primary.loc).and_then(|d| {
            d.allow()
                .iter()
                .find(|a| a.code.value.eq_ignore_ascii_case(f.rule.code))
                .map(|a| a.reason.value.clone())
        });
        match reason {
            Some(reason) => allowed.push(Allowed { finding: f, reason }),
            None => kept.push(f),
        }
    }
    kept.extend(unknown_codes(p));
    (kept, allowed)
}

fn unknown_codes(p: &Portfolio) -> Vec<Finding> {
    let all = super::registry::all_rules();
    let codes = || all.iter().map(|r| r.code);
    let allowances = p
        .programs
        .iter()
        .flat_map(|d| &d.allow)
        .chain(p.projects.iter().flat_map(|d| &d.allow))
        .chain(p.people.iter().flat_map(|d| &d.allow))
        .chain(p.risks.iter().flat_map(|d| &d.allow))
        .chain(p.reviews.iter().flat_map(|d| &d.allow))
        .chain(p.assessments.iter().flat_map(|d| &d.allow))
        .chain(p.evaluations.iter().flat_map(|d| &d.allow));
    allowances
        .filter(|a| !codes().any(|c| c.eq_ignore_ascii_case(&a.code.value)))
        .map(|a| {
            let f = Finding::new(
                &R009,
                a.code.loc,
                format!(
                    "`allow:` names `{}`, which is not a rule code",
                    a.code.value
                ),
            );
            match did_you_mean(&a.code.value, codes()) {
                Some(s) => f.help(format!("did you mean `{s}`?")),
                None => f.help("`pmo explain` lists the rule codes"),
            }
        })
        .collect()
}

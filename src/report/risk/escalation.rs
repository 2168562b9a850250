//! Escalation: open threats at or above their tolerance, and who in the
//! program's leadership must hear of them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::score::Scored;
use crate::model::{Portfolio, Program, RiskType};

/// A role in a program's leadership that hears of escalated risks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    ProgramManager,
    Pmo,
    Director,
}

/// Someone who must hear of an escalated risk.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Recipient {
    /// program-manager, pmo or director.
    pub role: Role,
    pub person: String,
    /// The person's name, when the id resolves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An open risk at or above its tolerance.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Escalation {
    pub risk: String,
    #[serde(rename = "type")]
    pub risk_type: RiskType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
    pub score: u32,
    pub tolerance: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// Who must hear of it, from the program's leadership: the program
    /// manager, and for multi-type programs the PMO and IT-service director.
    /// Empty when the program names none of them.
    pub notify: Vec<Recipient>,
}

/// Who must hear of an escalated risk of `program`: the program manager,
/// and for a multi-type program also its PMO and IT-service director.
pub fn recipients(portfolio: &Portfolio, program: &Program) -> Vec<Recipient> {
    let lead = &program.leadership;
    let mut roles = vec![(Role::ProgramManager, &lead.program_manager)];
    if program.program_type.value.needs_coordinator() {
        roles.push((Role::Pmo, &lead.pmo));
        roles.push((Role::Director, &lead.director));
    }
    roles
        .into_iter()
        .filter_map(|(role, person)| {
            let id = person.as_ref()?.value.clone();
            let name = portfolio.person(&id).map(|p| p.name.value.clone());
            Some(Recipient {
                role,
                person: id,
                name,
            })
        })
        .collect()
}

/// The escalated risks, highest score first, then by id.
pub fn escalations(portfolio: &Portfolio, scored: &[Scored<'_>]) -> Vec<Escalation> {
    // Recipients are looked up once per program.
    let mut recipients_of: BTreeMap<&str, Vec<Recipient>> = BTreeMap::new();
    let mut out: Vec<Escalation> = scored
        .iter()
        .map(|s| &s.row)
        .filter(|r| r.escalate)
        .map(|r| {
            let notify = match r.program.as_deref() {
                Some(id) => recipients_of
                    .entry(id)
                    .or_insert_with(|| {
                        portfolio
                            .program(id)
                            .map(|pg| recipients(portfolio, pg))
                            .unwrap_or_default()
                    })
                    .clone(),
                None => Vec::new(),
            };
            Escalation {
                risk: r.id.clone(),
                risk_type: r.risk_type,
                project: r.project.clone(),
                program: r.program.clone(),
                score: r.score,
                tolerance: r.tolerance,
                band: r.band.clone(),
                notify,
            }
        })
        .collect();
    out.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.risk.cmp(&b.risk)));
    out
}

//! The headline: the bands of `pmo.toml` and the counts every section
//! adds up to.

use serde::Serialize;

use super::escalation::Escalation;
use super::exposure::Exposure;
use super::hygiene::Hygiene;
use super::score::RiskRow;
use crate::model::{RiskType, Settings};

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct BandInfo {
    pub name: String,
    pub from: f64,
    pub rank: usize,
}

/// Counts of open risks in one band.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct BandCount {
    pub band: String,
    pub threats: usize,
    pub opportunities: usize,
}

/// The headline.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Summary {
    /// Risks in scope (all statuses).
    pub risks: usize,
    pub open_threats: usize,
    pub open_opportunities: usize,
    pub closed: usize,
    /// Open risks per band, lowest band first; risks scoring below every
    /// band are counted under "unbanded".
    pub by_band: Vec<BandCount>,
    pub escalations: usize,
    pub reviews_overdue: usize,
    pub actions_overdue: usize,
    pub unmanaged: usize,
    pub stale: usize,
    pub on_closed_projects: usize,
    pub threat_emv: f64,
    pub opportunity_emv: f64,
}

/// The priority bands of `pmo.toml`, lowest first (ties by name).
pub fn bands(settings: &Settings) -> Vec<BandInfo> {
    let mut sorted: Vec<&crate::model::Band> = settings.risk.bands.iter().collect();
    sorted.sort_by(|a, b| a.from.total_cmp(&b.from).then_with(|| a.name.cmp(&b.name)));
    sorted
        .iter()
        .enumerate()
        .map(|(rank, b)| BandInfo {
            name: b.name.clone(),
            from: b.from,
            rank,
        })
        .collect()
}

fn band_count(band: &str) -> BandCount {
    BandCount {
        band: band.to_string(),
        threats: 0,
        opportunities: 0,
    }
}

/// Open risks per band, lowest band first, "unbanded" before them when
/// some risk scores below every band.
fn by_band(bands: &[BandInfo], rows: &[RiskRow]) -> Vec<BandCount> {
    let mut by_band: Vec<BandCount> = bands.iter().map(|b| band_count(&b.name)).collect();
    let mut unbanded = band_count("unbanded");
    for r in rows.iter().filter(|r| r.open) {
        let slot = match &r.band {
            Some(name) => by_band.iter_mut().find(|b| b.band == *name),
            None => None,
        };
        let slot = slot.unwrap_or(&mut unbanded);
        match r.risk_type {
            RiskType::Threat => slot.threats += 1,
            RiskType::Opportunity => slot.opportunities += 1,
        }
    }
    if unbanded.threats + unbanded.opportunities > 0 {
        by_band.insert(0, unbanded);
    }
    by_band
}

/// The headline counts of the sections.
pub fn summary(
    bands: &[BandInfo],
    rows: &[RiskRow],
    escalations: &[Escalation],
    hygiene: &Hygiene,
    exposure: &Exposure,
) -> Summary {
    let open_of = |t: RiskType| rows.iter().filter(|r| r.open && r.risk_type == t).count();
    Summary {
        risks: rows.len(),
        open_threats: open_of(RiskType::Threat),
        open_opportunities: open_of(RiskType::Opportunity),
        closed: rows.iter().filter(|r| !r.open).count(),
        by_band: by_band(bands, rows),
        escalations: escalations.len(),
        reviews_overdue: hygiene.reviews_overdue.len(),
        actions_overdue: hygiene.actions_overdue.len(),
        unmanaged: hygiene.unmanaged.len(),
        stale: hygiene.stale.len(),
        on_closed_projects: hygiene.on_closed_projects.len(),
        threat_emv: exposure.total.threat_emv,
        opportunity_emv: exposure.total.opportunity_emv,
    }
}

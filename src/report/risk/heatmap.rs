//! Heat maps: open threats and open opportunities counted per
//! (probability, impact) cell, each cell with its band.

use serde::Serialize;

use super::score::{RiskRow, band_name};
use crate::model::{RiskType, Settings};

/// Counts per cell: `counts[p - 1][i - 1]` open risks with probability `p`
/// and impact `i`; `bands` likewise holds each cell's band.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Matrix {
    pub total: usize,
    pub counts: Vec<Vec<usize>>,
    pub bands: Vec<Vec<Option<String>>>,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct HeatMaps {
    pub threats: Matrix,
    pub opportunities: Matrix,
}

/// Both heat maps of the register.
pub fn heatmaps(settings: &Settings, rows: &[RiskRow]) -> HeatMaps {
    HeatMaps {
        threats: matrix(settings, rows, RiskType::Threat),
        opportunities: matrix(settings, rows, RiskType::Opportunity),
    }
}

/// Open risks of one type per (probability, impact) cell; levels outside
/// the scale are clamped to it.
fn matrix(settings: &Settings, rows: &[RiskRow], risk_type: RiskType) -> Matrix {
    let ps = usize::from(settings.scales.probability.max(1));
    let is = usize::from(settings.scales.impact.max(1));
    let mut counts = vec![vec![0usize; is]; ps];
    let mut total = 0;
    for r in rows.iter().filter(|r| r.open && r.risk_type == risk_type) {
        let p = usize::from(r.probability).clamp(1, ps) - 1;
        let i = usize::from(r.impact).clamp(1, is) - 1;
        counts[p][i] += 1;
        total += 1;
    }
    let bands = (1..=ps)
        .map(|p| {
            (1..=is)
                .map(|i| band_name(settings, (p * i) as u32).map(str::to_string))
                .collect()
        })
        .collect();
    Matrix {
        total,
        counts,
        bands,
    }
}

//! The heat maps: one per risk type, cells marked and toned by band.

use super::super::RiskReport;
use super::super::heatmap::Matrix;
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::RiskType;
use crate::render::Tone;
use crate::render::heatmap::{HeatCell, HeatMap};

/// Names of the levels of a 5-level scale (common practice).
const PROBABILITY_NAMES: [L; 5] = [
    L::ProbRare,
    L::ProbUnlikely,
    L::ProbPossible,
    L::ProbLikely,
    L::ProbAlmostCertain,
];
const IMPACT_NAMES: [L; 5] = [
    L::ImpNegligible,
    L::ImpMinor,
    L::ImpModerate,
    L::ImpMajor,
    L::ImpSevere,
];

/// The tone of a band: for threats the top third of the bands is bad, the
/// lowest band good, the rest a warning; for opportunities the top third is
/// good and the rest plain.
pub(super) fn band_tone(report: &RiskReport, band: Option<&str>, risk_type: RiskType) -> Tone {
    let Some(band) = band else {
        return Tone::Muted;
    };
    let Some(info) = report.bands.iter().find(|b| b.name == band) else {
        return Tone::Plain;
    };
    let top = report.bands.len().saturating_sub(1).max(1) as f64;
    let level = info.rank as f64 / top;
    match risk_type {
        RiskType::Threat if level >= 0.6 => Tone::Bad,
        RiskType::Threat if info.rank == 0 => Tone::Good,
        RiskType::Threat => Tone::Warn,
        RiskType::Opportunity if level >= 0.6 => Tone::Good,
        RiskType::Opportunity => Tone::Plain,
    }
}

/// One-letter markers for the bands (their initials), or the whole names
/// when two bands share an initial.
fn markers(report: &RiskReport) -> Vec<(String, String)> {
    let initials: Vec<String> = report
        .bands
        .iter()
        .map(|b| {
            b.name
                .chars()
                .next()
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default()
        })
        .collect();
    let unique = initials
        .iter()
        .enumerate()
        .all(|(i, a)| !a.is_empty() && !initials[..i].contains(a));
    report
        .bands
        .iter()
        .zip(initials)
        .map(|(b, i)| (b.name.clone(), if unique { i } else { b.name.clone() }))
        .collect()
}

fn marker_of<'a>(markers: &'a [(String, String)], band: Option<&str>) -> &'a str {
    band.and_then(|b| markers.iter().find(|(n, _)| n == b))
        .map_or("", |(_, m)| m.as_str())
}

fn level_labels(levels: u8, names: &[L; 5], lang: Lang) -> Vec<String> {
    (1..=levels.max(1))
        .map(|l| {
            if levels == 5 {
                format!("{l} {}", t(lang, names[usize::from(l) - 1]))
            } else {
                l.to_string()
            }
        })
        .collect()
}

pub(super) fn heat_map(
    report: &RiskReport,
    m: &Matrix,
    risk_type: RiskType,
    title: L,
    lang: Lang,
) -> HeatMap {
    let marks = markers(report);
    let cells = m
        .counts
        .iter()
        .zip(&m.bands)
        .map(|(counts, bands)| {
            counts
                .iter()
                .zip(bands)
                .map(|(&count, band)| HeatCell {
                    count,
                    marker: marker_of(&marks, band.as_deref()).to_string(),
                    tone: band_tone(report, band.as_deref(), risk_type),
                })
                .collect()
        })
        .collect();
    let legend = report
        .bands
        .iter()
        .map(|b| {
            (
                marker_of(&marks, Some(&b.name)).to_string(),
                format!("{} ({}+)", b.name, b.from),
                band_tone(report, Some(&b.name), risk_type),
            )
        })
        .collect();
    let mut notes = Vec::new();
    if report.impact_levels == 5 {
        let names: Vec<String> = IMPACT_NAMES
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{} {}", i + 1, t(lang, *n)))
            .collect();
        notes.push(tf(lang, L::ImpactNote, &[&names.join(", ")]));
    }
    HeatMap {
        title: tf(lang, L::HeatTitle, &[&t(lang, title), &m.total]),
        x_title: t(lang, L::Impact).into(),
        y_title: t(lang, L::Probability).into(),
        x_labels: (1..=report.impact_levels.max(1))
            .map(|l| l.to_string())
            .collect(),
        y_labels: level_labels(report.probability_levels, &PROBABILITY_NAMES, lang),
        cells,
        legend,
        notes,
        lang,
    }
}

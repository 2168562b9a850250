//! The headline: open risks per band, escalations, overdue work,
//! hygiene, exposure against the reserve, and the trend in a few lines.

use super::super::RiskReport;
use super::money::money;
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::RiskType;
use crate::render::{Block, Cell, Tone};

fn band_counts(report: &RiskReport, risk_type: RiskType) -> String {
    let parts: Vec<String> = report
        .summary
        .by_band
        .iter()
        .rev()
        .map(|b| {
            let n = match risk_type {
                RiskType::Threat => b.threats,
                RiskType::Opportunity => b.opportunities,
            };
            format!("{} {n}", b.band)
        })
        .collect();
    parts.join(" \u{b7} ")
}

pub(super) fn headline(report: &RiskReport, lang: Lang) -> Block {
    let mut kv = register_lines(report, lang);
    kv.extend(process_lines(report, lang));
    kv.extend(money_lines(report, lang));
    let tr = &report.trend;
    kv.push((
        tf(lang, L::TrendSince, &[&report.since]),
        Cell::new(tf(
            lang,
            L::TrendLine,
            &[
                &tr.new.len(),
                &tr.closed.len(),
                &tr.rising.len(),
                &tr.falling.len(),
            ],
        )),
    ));
    Block::KeyValues(kv)
}

/// Good when nothing is counted, else `tone`.
fn good_unless(n: usize, tone: Tone) -> Tone {
    if n > 0 { tone } else { Tone::Good }
}

/// Open threats and opportunities per band, and the closed risks.
fn register_lines(report: &RiskReport, lang: Lang) -> Vec<(String, Cell)> {
    let s = &report.summary;
    vec![
        (
            t(lang, L::OpenThreats).to_string(),
            Cell::new(format!(
                "{} ({})",
                s.open_threats,
                band_counts(report, RiskType::Threat)
            )),
        ),
        (
            t(lang, L::OpenOpportunities).to_string(),
            Cell::new(format!(
                "{} ({})",
                s.open_opportunities,
                band_counts(report, RiskType::Opportunity)
            )),
        ),
        (
            t(lang, L::Closed).to_string(),
            Cell::new(s.closed.to_string()),
        ),
    ]
}

/// Escalations, overdue reviews and actions, hygiene.
fn process_lines(report: &RiskReport, lang: Lang) -> Vec<(String, Cell)> {
    let s = &report.summary;
    vec![
        (
            t(lang, L::Escalations).to_string(),
            Cell::new(tf(lang, L::EscalationsLine, &[&s.escalations]))
                .tone(good_unless(s.escalations, Tone::Bad)),
        ),
        (
            t(lang, L::Overdue).to_string(),
            Cell::new(tf(
                lang,
                L::OverdueLine,
                &[&s.reviews_overdue, &s.actions_overdue],
            ))
            .tone(good_unless(
                s.reviews_overdue + s.actions_overdue,
                Tone::Warn,
            )),
        ),
        (
            t(lang, L::Hygiene).to_string(),
            Cell::new(tf(
                lang,
                L::HygieneLine,
                &[
                    &s.unmanaged,
                    &report.hygiene.stale_after_days,
                    &s.stale,
                    &s.on_closed_projects,
                ],
            ))
            .tone(good_unless(
                s.unmanaged + s.stale + s.on_closed_projects,
                Tone::Warn,
            )),
        ),
    ]
}

/// The exposure, and the reserve against it where one is declared.
fn money_lines(report: &RiskReport, lang: Lang) -> Vec<(String, Cell)> {
    let cur = &report.currency;
    let total = &report.exposure.total;
    let mut kv = vec![(
        t(lang, L::ExposureEmv).to_string(),
        Cell::new(tf(
            lang,
            L::ExposureLine,
            &[
                cur,
                &money(total.threat_emv),
                &money(total.opportunity_emv),
                &money(total.net_emv),
                &total.unpriced,
            ],
        )),
    )];
    if let (Some(reserve), Some(headroom)) = (total.reserve, total.headroom) {
        kv.push((
            t(lang, L::Reserve).to_string(),
            Cell::new(tf(
                lang,
                L::ReserveLine,
                &[cur, &money(reserve), &money(headroom)],
            ))
            .tone(if headroom < 0.0 {
                Tone::Bad
            } else {
                Tone::Good
            }),
        ));
    }
    kv
}

//! The customer satisfaction section of the assessment report: each
//! customer's latest survey against the one before, and the surveys each
//! assessment's service-delivery-outcomes dimension rests on.

use super::super::AssessmentReport;
use super::super::kpi::Trend;
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::Dimension;
use crate::render::{Block, Cell, Give, Table, Tone};

/// The section, when any project has surveys in scope.
pub(super) fn blocks(report: &AssessmentReport, lang: Lang) -> Vec<Block> {
    if report.satisfaction.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![
        Block::Heading(t(lang, L::SatisfactionTitle).into()),
        Block::Table(latest_table(report, lang)),
    ];
    let evidence = evidence_table(report, lang);
    if !evidence.rows.is_empty() {
        blocks.push(Block::Table(evidence));
    }
    let (min, max) = (report.settings.score_min, report.settings.score_max);
    blocks.push(Block::Text(tf(lang, L::SurveyFormula, &[&min, &max])));
    blocks
}

fn share(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| format!("{x:.0} %"))
}

fn trend_cell(trend: Trend, lang: Lang) -> Cell {
    match trend {
        Trend::Improving => Cell::new(t(lang, L::TrendBetter)).tone(Tone::Good),
        Trend::Worsening => Cell::new(t(lang, L::TrendWorse)).tone(Tone::Bad),
        Trend::Flat => Cell::new(t(lang, L::TrendFlat)),
        Trend::Unknown => Cell::new("–").tone(Tone::Muted),
    }
}

const LATEST_COLUMNS: [L; 9] = [
    L::Project,
    L::ColCustomer,
    L::ColSurveyDate,
    L::ColSurveyScore,
    L::ColLatest,
    L::ColPrevious,
    L::Trend,
    L::ColSurveys,
    L::ColSurveyComment,
];

/// At 80 columns: the comments are cut, then go; then the count, the
/// score as given, the previous share and the date; the latest share
/// stays longest, after the trend and the customer.
const LATEST_GIVE_WAY: [Give<L>; 8] = [
    Give::Cut(L::ColSurveyComment),
    Give::Drop(L::ColSurveyComment),
    Give::Drop(L::ColSurveys),
    Give::Drop(L::ColSurveyScore),
    Give::Drop(L::ColPrevious),
    Give::Drop(L::ColSurveyDate),
    Give::Drop(L::Trend),
    Give::Drop(L::ColCustomer),
];

fn latest_table(report: &AssessmentReport, lang: Lang) -> Table {
    let limit = report.settings.satisfaction_low;
    let mut rows = Vec::new();
    for p in &report.satisfaction {
        for c in &p.customers {
            let last = c.surveys.last();
            let latest = match (c.latest, c.low) {
                (Some(l), true) => Cell::num(format!("{l:.0} % < {limit:.0} %")).tone(Tone::Bad),
                (l, _) => Cell::num(share(l)),
            };
            rows.push(vec![
                Cell::new(&p.project),
                Cell::new(&c.customer),
                Cell::new(last.map(|s| s.date.to_string()).unwrap_or_default()),
                Cell::num(last.map_or_else(String::new, |s| format!("{} / {}", s.score, s.max))),
                latest,
                Cell::num(share(c.previous)),
                trend_cell(c.trend, lang),
                Cell::num(c.surveys.len().to_string()),
                Cell::new(last.and_then(|s| s.comments.clone()).unwrap_or_default()),
            ]);
        }
    }
    Table {
        name: "satisfaction".into(),
        title: String::new(),
        give_way: crate::render::give_way(&LATEST_COLUMNS, &LATEST_GIVE_WAY),
        columns: LATEST_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        rows,
        empty: String::new(),
    }
}

/// Each assessment whose period holds surveys: what they say on the score
/// scale, and the score the assessor gave (or † when they stand in for it).
fn evidence_table(report: &AssessmentReport, lang: Lang) -> Table {
    let rows = report
        .projects
        .iter()
        .filter_map(|p| {
            let d = p
                .dimensions
                .iter()
                .find(|d| d.dimension == Dimension::ServiceDeliveryOutcomes)?;
            let e = d.surveys.as_ref()?;
            let given = if e.used {
                Cell::num("†").tone(Tone::Muted)
            } else {
                Cell::num(super::score(d.score))
            };
            Some(vec![
                Cell::new(&p.project),
                Cell::new(p.period.to_string()),
                Cell::num(e.surveys.to_string()),
                Cell::num(share(Some(e.percent))),
                Cell::num(format!("{:.2}", e.score)),
                given,
            ])
        })
        .collect();
    let columns = [
        L::Project,
        L::Period,
        L::ColSurveys,
        L::ColShare,
        L::ColOnScoreScale,
        L::ColD1Given,
    ];
    Table {
        name: "satisfaction-evidence".into(),
        title: t(lang, L::SatisfactionEvidenceTitle).into(),
        // The count, the share, the score given, then the period; the
        // figure on the score scale stays.
        give_way: vec![Give::Drop(2), Give::Drop(3), Give::Drop(5), Give::Drop(1)],
        columns: columns.map(|l| t(lang, l).to_string()).to_vec(),
        rows,
        empty: String::new(),
    }
}

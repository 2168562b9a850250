//! The team-member evaluation section of the assessment report: one row
//! per evaluation with its time, cost and quality scores and their mean.

use super::super::AssessmentReport;
use crate::i18n::{Label as L, Lang, t};
use crate::render::{Block, Cell, Give, Table, Tone};

const COLUMNS: [L; 9] = [
    L::Project,
    L::ColPerson,
    L::Period,
    L::AspectTime,
    L::AspectCost,
    L::AspectQuality,
    L::ColMean,
    L::ColEvaluator,
    L::ColComment,
];

/// At 80 columns: the comment is cut, then goes; then the evaluator and
/// the period, then the three scores; the mean stays.
const GIVE_WAY: [Give<L>; 7] = [
    Give::Cut(L::ColComment),
    Give::Drop(L::ColComment),
    Give::Drop(L::ColEvaluator),
    Give::Drop(L::Period),
    Give::Drop(L::AspectCost),
    Give::Drop(L::AspectTime),
    Give::Drop(L::AspectQuality),
];

/// The section, when any evaluation is in scope.
pub(super) fn blocks(report: &AssessmentReport, lang: Lang) -> Vec<Block> {
    if report.evaluations.is_empty() {
        return Vec::new();
    }
    let low =
        report.settings.score_min + (report.settings.score_max - report.settings.score_min) / 2.0;
    let rows = report
        .evaluations
        .iter()
        .map(|e| {
            let mut row = vec![
                Cell::new(&e.project),
                Cell::new(&e.person),
                Cell::new(e.period.to_string()),
            ];
            row.extend(e.scores.iter().map(|s| Cell::num(super::score(s.score))));
            let mean = Cell::num(super::num(e.mean)).tone(Tone::Strong);
            row.push(match e.mean {
                Some(m) if m < low => mean.tone(Tone::Bad),
                _ => mean,
            });
            row.push(Cell::new(e.evaluator.clone().unwrap_or_default()));
            row.push(Cell::new(e.comments.clone().unwrap_or_default()));
            row
        })
        .collect();
    vec![
        Block::Heading(t(lang, L::EvaluationTitle).into()),
        Block::Table(Table {
            name: "evaluations".into(),
            title: String::new(),
            columns: COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
            give_way: crate::render::give_way(&COLUMNS, &GIVE_WAY),
            rows,
            empty: String::new(),
        }),
        Block::Text(t(lang, L::EvaluationNote).into()),
    ]
}

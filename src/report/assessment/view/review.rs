//! The 360-degree reviews laid out: one row per review, then each
//! manager's latest review in full (summary, competencies, self against
//! others, the projects managed, comments).

use super::super::AssessmentReport;
use super::super::review::{GapFlag, Group, ManagerReview};
use super::{change_cell, competency_label, grade_cell, num, signed};
use crate::i18n::{self, Label as L, Lang, t, tf};
use crate::model::Competency;
use crate::render::bars::{BarRow, BarValue, Bars};
use crate::render::{Block, Cell, Give, Table, Tone, give_way};

fn group_label(g: Group, lang: Lang) -> &'static str {
    t(
        lang,
        match g {
            Group::SelfRating => L::GroupSelf,
            Group::Superior => L::GroupSuperior,
            Group::Peer => L::GroupPeer,
            Group::Subordinate => L::GroupSubordinate,
            Group::Customer => L::GroupCustomer,
            Group::Others => L::GroupPooled,
        },
    )
}

fn flag_text(flag: Option<GapFlag>, gap: Option<f64>, lang: Lang) -> (String, Tone) {
    match (flag, gap) {
        (Some(GapFlag::BlindSpot), Some(g)) => {
            (tf(lang, L::BlindSpotMark, &[&signed(g)]), Tone::Bad)
        }
        (Some(GapFlag::HiddenStrength), Some(g)) => {
            (tf(lang, L::HiddenStrengthMark, &[&signed(g)]), Tone::Good)
        }
        _ => (String::new(), Tone::Plain),
    }
}

fn list(cs: &[Competency], lang: Lang) -> String {
    if cs.is_empty() {
        t(lang, L::NoneWord).into()
    } else {
        cs.iter()
            .map(|c| competency_label(*c, lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

const REVIEW_COLUMNS: [L; 8] = [
    L::Manager,
    L::ColName,
    L::Period,
    L::ColRaters,
    L::ColOverall,
    L::Change,
    L::ColBlindSpots,
    L::ColHiddenStr,
];

/// At 80 columns: the counts of hidden strengths and blind spots (each
/// review below lists them), the raters, the period, the name (cut
/// first), the change; the overall score stays longest.
const REVIEW_GIVE_WAY: [Give<L>; 8] = [
    Give::Drop(L::ColHiddenStr),
    Give::Drop(L::ColBlindSpots),
    Give::Drop(L::ColRaters),
    Give::Drop(L::Period),
    Give::Cut(L::ColName),
    Give::Drop(L::ColName),
    Give::Drop(L::Change),
    Give::Drop(L::ColOverall),
];

/// Every review in scope, one row each.
pub(super) fn reviews_table(report: &AssessmentReport, lang: Lang) -> Table {
    let rows = report
        .reviews
        .iter()
        .map(|r| {
            let raters: usize = r.groups.iter().map(|g| g.raters).sum();
            vec![
                Cell::new(&r.manager),
                Cell::new(&r.name),
                Cell::new(r.period.to_string()),
                Cell::num(raters.to_string()),
                Cell::num(num(r.overall)).tone(Tone::Strong),
                change_cell(r.change),
                Cell::num(r.blind_spots.len().to_string()),
                Cell::num(r.hidden_strengths.len().to_string()),
            ]
        })
        .collect();
    Table {
        name: "reviews".into(),
        title: t(lang, L::ReviewsTitle).into(),
        columns: REVIEW_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        give_way: give_way(&REVIEW_COLUMNS, &REVIEW_GIVE_WAY),
        rows,
        empty: String::new(),
    }
}

/// One review in full; comments only with `full` (`--manager`).
pub(super) fn review_blocks(
    report: &AssessmentReport,
    r: &ManagerReview,
    full: bool,
    blocks: &mut Vec<Block>,
    lang: Lang,
) {
    let who = if r.name.is_empty() {
        r.manager.clone()
    } else {
        format!("{} ({})", r.name, r.manager)
    };
    blocks.push(Block::Heading(tf(
        lang,
        L::ReviewHeading,
        &[&who, &r.period],
    )));
    blocks.push(Block::KeyValues(summary(report, r, lang)));
    blocks.push(Block::Table(competencies_table(report, r, lang)));
    blocks.push(Block::Bars(self_against_others(report, r, lang)));
    blocks.push(Block::Table(managed_table(report, r, lang)));
    if full && !r.comments.is_empty() {
        blocks.push(Block::Table(Table {
            name: format!("comments-{}", r.review),
            title: t(lang, L::CommentsTitle).into(),
            columns: [L::ColGroup, L::ColComment]
                .map(|l| t(lang, l).to_string())
                .to_vec(),
            // The comment wraps; it goes only when nothing else fits.
            give_way: vec![Give::Drop(1)],
            rows: r
                .comments
                .iter()
                .map(|c| vec![Cell::new(group_label(c.group, lang)), Cell::new(&c.text)])
                .collect(),
            empty: String::new(),
        }));
    }
}

/// Raters per group, what was pooled or withheld, the overall score and
/// the competencies that stand out.
fn summary(report: &AssessmentReport, r: &ManagerReview, lang: Lang) -> Vec<(String, Cell)> {
    let raters = r
        .groups
        .iter()
        .map(|g| format!("{} {}", group_label(g.group, lang), g.raters))
        .collect::<Vec<_>>()
        .join(" · ");
    let threshold = report.settings.anonymity_threshold;
    let mut kv = vec![
        (t(lang, L::KeyReview).to_string(), Cell::new(&r.review)),
        (t(lang, L::ColRaters).to_string(), Cell::new(raters)),
    ];
    if r.groups.iter().any(|g| g.group == Group::Others) {
        kv.push((
            t(lang, L::KeyPooled).to_string(),
            Cell::new(tf(lang, L::PooledLine, &[&threshold])),
        ));
    }
    if r.withheld_raters > 0 {
        kv.push((
            t(lang, L::KeyWithheld).to_string(),
            Cell::new(tf(lang, L::WithheldLine, &[&r.withheld_raters, &threshold]))
                .tone(Tone::Muted),
        ));
    }
    let overall = match (&r.previous, r.change) {
        (Some(p), Some(c)) => tf(
            lang,
            L::OverallSince,
            &[&num(r.overall), &signed(c), &p.period],
        ),
        _ => num(r.overall),
    };
    kv.push((
        t(lang, L::ColOverall).to_string(),
        Cell::new(overall).tone(Tone::Strong),
    ));
    kv.push((
        t(lang, L::TopThree).to_string(),
        Cell::new(list(&r.top, lang)),
    ));
    kv.push((
        t(lang, L::BottomThree).to_string(),
        Cell::new(list(&r.bottom, lang)),
    ));
    kv.push((
        t(lang, L::ColBlindSpots).to_string(),
        Cell::new(list(&r.blind_spots, lang)).tone(if r.blind_spots.is_empty() {
            Tone::Plain
        } else {
            Tone::Bad
        }),
    ));
    kv.push((
        t(lang, L::HiddenStrengths).to_string(),
        Cell::new(list(&r.hidden_strengths, lang)),
    ));
    kv
}

/// One row per competency: each group's mean, others, overall when self
/// has a weight, the gap and the change since the previous review.
fn competencies_table(report: &AssessmentReport, r: &ManagerReview, lang: Lang) -> Table {
    // Overall equals Others unless self has a weight; Change needs a
    // previous review.
    let self_weighted = report
        .settings
        .group_weights
        .get("self")
        .is_some_and(|w| *w > 0.0);
    let has_previous = r.previous.is_some();
    let mut columns = vec![t(lang, L::ColCompetency).to_string()];
    columns.extend(
        r.groups
            .iter()
            .map(|g| group_label(g.group, lang).to_string()),
    );
    columns.push(t(lang, L::ColOthers).into());
    if self_weighted {
        columns.push(t(lang, L::ColOverall).into());
    }
    columns.push(t(lang, L::GapCol).into());
    if has_previous {
        columns.push(t(lang, L::Change).into());
    }
    let rows = r
        .competencies
        .iter()
        .map(|c| {
            let mut row = vec![Cell::new(competency_label(c.competency, lang))];
            row.extend(c.groups.iter().map(|m| match m.mean {
                Some(x) => Cell::num(format!("{x:.2}")),
                None => Cell::num("–").tone(Tone::Muted),
            }));
            row.push(Cell::num(num(c.others)).tone(Tone::Strong));
            if self_weighted {
                row.push(Cell::num(num(c.overall)));
            }
            let (_, tone) = flag_text(c.flag, c.gap, lang);
            let gap = c.gap.map_or_else(|| "–".to_string(), signed);
            let mark = match c.flag {
                Some(GapFlag::BlindSpot) => " !",
                Some(GapFlag::HiddenStrength) => " +",
                None => "",
            };
            row.push(Cell::num(format!("{gap}{mark}")).tone(tone));
            if has_previous {
                row.push(change_cell(c.change));
            }
            row
        })
        .collect();
    // At 80 columns: the rater groups from the last back to the first (the
    // others' mean sums them), the change, the overall, the gap; the
    // others' mean stays longest.
    let mut order: Vec<Give> = (1..=r.groups.len()).rev().map(Give::Drop).collect();
    order.extend(give_way(
        &columns,
        &[L::Change, L::ColOverall, L::GapCol, L::ColOthers]
            .map(|l| Give::Drop(t(lang, l).to_string())),
    ));
    Table {
        name: format!("competencies-{}", r.review),
        title: t(lang, L::CompetenciesTitle).into(),
        give_way: order,
        columns,
        rows,
        empty: t(lang, L::NoCompetencyRated).into(),
    }
}

/// Self against others per competency, as bars.
fn self_against_others(report: &AssessmentReport, r: &ManagerReview, lang: Lang) -> Bars {
    let has_self = r.groups.iter().any(|g| g.group == Group::SelfRating);
    let mut series = Vec::new();
    if has_self {
        series.push(t(lang, L::GroupSelf).to_string());
    }
    series.push(t(lang, L::GroupOthers).to_string());
    Bars {
        title: t(lang, L::SelfAgainstOthers).into(),
        label: t(lang, L::ColCompetency).into(),
        mark_label: t(lang, L::GapCol).into(),
        series,
        min: report.settings.score_min,
        max: report.settings.score_max,
        rows: r
            .competencies
            .iter()
            .map(|c| {
                let (mark, tone) = flag_text(c.flag, c.gap, lang);
                let mut values = Vec::new();
                if has_self {
                    values.push(BarValue::new(c.self_score, num(c.self_score)));
                }
                values.push(BarValue::new(c.others, num(c.others)));
                BarRow {
                    label: competency_label(c.competency, lang).into(),
                    values,
                    mark,
                    tone,
                }
            })
            .collect(),
        note: tf(lang, L::GapNote, &[&report.settings.gap_threshold]),
        lang,
    }
}

const MANAGED_COLUMNS: [L; 6] = [
    L::Project,
    L::ColName,
    L::ColAssessed,
    L::Total,
    L::Grade,
    L::ColPlanStatus,
];

/// The projects the manager runs, with their assessment and plan status.
fn managed_table(report: &AssessmentReport, r: &ManagerReview, lang: Lang) -> Table {
    let rows = r
        .projects
        .iter()
        .map(|p| {
            vec![
                Cell::new(&p.project),
                Cell::new(&p.name),
                Cell::new(p.period.map_or_else(|| "–".to_string(), |x| x.to_string())),
                Cell::num(num(p.total)),
                grade_cell(p.grade.as_deref(), report),
                Cell::new(p.plan_status.as_deref().map_or_else(
                    || t(lang, L::NotApplicable).to_string(),
                    |s| i18n::rag(lang, s),
                ))
                .tone(Tone::Muted),
            ]
        })
        .collect();
    Table {
        name: format!("managed-{}", r.review),
        title: t(lang, L::ManagedTitle).into(),
        columns: MANAGED_COLUMNS.map(|l| t(lang, l).to_string()).to_vec(),
        // At 80 columns: the period assessed, the plan's status, the name
        // (cut first), the total; the grade stays longest.
        give_way: give_way(
            &MANAGED_COLUMNS,
            &[
                Give::Drop(L::ColAssessed),
                Give::Drop(L::ColPlanStatus),
                Give::Cut(L::ColName),
                Give::Drop(L::ColName),
                Give::Drop(L::Total),
                Give::Drop(L::Grade),
            ],
        ),
        rows,
        empty: t(lang, L::ManagesNone).into(),
    }
}

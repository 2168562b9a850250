//! The comparisons, one per section of the news. Each reads figures from
//! the two sides' reports and pushes a [`Change`] per difference.

use std::collections::{BTreeMap, BTreeSet};

use super::{Aspect, Change, ChangeKind as K, Detail, FindingNote, News, Snapshot};
use crate::analysis::days::WorkIndex;
use crate::model::{Date, Key};
use crate::report::overview::ProjectOverview;
use crate::report::plan::{Kind, PlanItem, ProjectPlan, Rag, State};
use crate::report::risk::RiskRow;

fn change(kind: K, news: News, project: Option<&str>, item: &str, name: &str) -> Change {
    Change {
        kind,
        news,
        project: project.map(str::to_string),
        item: item.to_string(),
        name: name.to_string(),
        aspect: None,
        then: None,
        now: None,
        delta: None,
        detail: Detail::None,
    }
}

fn with(mut c: Change, then: Option<String>, now: Option<String>, delta: Option<f64>) -> Change {
    c.then = then;
    c.now = now;
    c.delta = delta;
    c
}

fn overview_projects<'a>(s: &'a Snapshot<'_>) -> BTreeMap<&'a str, &'a ProjectOverview> {
    s.overview
        .programs
        .iter()
        .flat_map(|p| &p.projects)
        .map(|p| (p.id.as_str(), p))
        .collect()
}

fn plan_projects<'a>(s: &'a Snapshot<'_>) -> BTreeMap<&'a str, &'a ProjectPlan> {
    s.plan
        .programs
        .iter()
        .flat_map(|p| &p.projects)
        .map(|p| (p.id.as_str(), p))
        .collect()
}

fn rag_name(rag: Option<Rag>) -> String {
    rag.map_or("-".to_string(), |r| r.key().to_string())
}

/// Projects added, removed, closed, and each status dimension that turned
/// worse (with the reasons now) or better.
pub(super) fn projects(from: &Snapshot<'_>, to: &Snapshot<'_>, out: &mut Vec<Change>) {
    let (then, now) = (overview_projects(from), overview_projects(to));
    for (id, p) in &now {
        let Some(old) = then.get(id) else {
            let c = change(K::ProjectAdded, News::Info, Some(id), id, &p.name);
            out.push(with(c, None, Some(p.status.to_string()), None));
            continue;
        };
        let closing = |s: &str| s == "closed" || s == "cancelled";
        if closing(p.status) && !closing(old.status) {
            let c = change(K::ProjectClosed, News::Info, Some(id), id, &p.name);
            out.push(with(
                c,
                Some(old.status.into()),
                Some(p.status.into()),
                None,
            ));
        }
        let dims = [
            (Aspect::Schedule, old.schedule, p.schedule),
            (Aspect::Cost, old.cost, p.cost),
            (Aspect::Risk, old.risk, p.risk),
            (Aspect::Resources, old.resources, p.resources),
        ];
        for (dim, a, b) in dims {
            if a == b || b.is_none() {
                continue;
            }
            let worse = a.is_none_or(|a| b.is_some_and(|b| b > a));
            let (kind, news) = if worse {
                (K::RagWorse, News::Bad)
            } else {
                (K::RagBetter, News::Good)
            };
            let mut c = change(kind, news, Some(id), id, &p.name);
            c = with(c, Some(rag_name(a)), Some(rag_name(b)), None);
            c.aspect = Some(dim);
            if worse {
                c.detail = Detail::Reasons(p.reasons.clone());
            }
            out.push(c);
        }
    }
    for (id, p) in &then {
        if !now.contains_key(id) {
            out.push(change(K::ProjectRemoved, News::Info, Some(id), id, &p.name));
        }
    }
}

fn milestones_of(p: &ProjectPlan) -> impl Iterator<Item = &PlanItem> {
    p.items.iter().filter(|i| i.kind == Kind::Milestone)
}

/// Signed working days from `a` to `b` (positive when `b` is later).
fn working_delta(calendar: &WorkIndex, a: Date, b: Date) -> i64 {
    if b >= a {
        calendar.working_days(a.add_days(1), b)
    } else {
        -calendar.working_days(b.add_days(1), a)
    }
}

fn dated(kind: K, c: Change, a: Date, b: Date, calendar: &WorkIndex) -> Change {
    let days = working_delta(calendar, a, b);
    let news = if days > 0 { News::Bad } else { News::Good };
    let mut c = with(
        c,
        Some(a.to_string()),
        Some(b.to_string()),
        Some(days as f64),
    );
    c.kind = kind;
    c.news = news;
    c.detail = Detail::WorkingDays(days);
    c
}

/// Milestones whose due date moved, reached, or newly overdue; projects
/// whose projected finish moved.
pub(super) fn milestones(from: &Snapshot<'_>, to: &Snapshot<'_>, out: &mut Vec<Change>) {
    let calendar = to.analysis.days();
    let then = plan_projects(from);
    for (id, p) in plan_projects(to) {
        let Some(old) = then.get(id) else { continue };
        let before: BTreeMap<&str, &PlanItem> =
            milestones_of(old).map(|m| (m.id.as_str(), m)).collect();
        for m in milestones_of(p) {
            let Some(o) = before.get(m.id.as_str()) else {
                continue;
            };
            let base = change(K::MilestoneMoved, News::Bad, Some(id), &m.id, &m.name);
            if o.due != m.due {
                out.push(dated(
                    K::MilestoneMoved,
                    base.clone(),
                    o.due,
                    m.due,
                    calendar,
                ));
            }
            let done = |s: State| matches!(s, State::Done | State::DoneLate);
            if done(m.state) && !done(o.state) {
                let mut c = with(base.clone(), None, m.done_on.map(|d| d.to_string()), None);
                (c.kind, c.news) = (K::MilestoneReached, News::Good);
                out.push(c);
            } else if m.state == State::Overdue && o.state != State::Overdue {
                let mut c = with(base, None, Some(m.due.to_string()), None);
                (c.kind, c.news) = (K::MilestoneOverdue, News::Bad);
                out.push(c);
            }
        }
        if let (Some(a), Some(b)) = (old.projected_finish, p.projected_finish)
            && a != b
        {
            let base = change(K::FinishMoved, News::Bad, Some(id), id, &p.name);
            out.push(dated(K::FinishMoved, base, a, b, calendar));
        }
    }
}

fn figure(
    kind: K,
    p: &ProjectPlan,
    a: Option<f64>,
    b: Option<f64>,
    higher_is_good: bool,
) -> Option<Change> {
    let (a2, b2) = (a.map(crate::report::round2), b.map(crate::report::round2));
    if a2 == b2 {
        return None;
    }
    let delta = a2.zip(b2).map(|(a, b)| crate::report::round2(b - a));
    let news = match delta {
        Some(d) if (d < 0.0) == higher_is_good => News::Watch,
        _ => News::Info,
    };
    let show = |x: Option<f64>| x.map(|x| format!("{x:.2}"));
    let c = change(kind, news, Some(&p.id), &p.id, &p.name);
    Some(with(c, show(a2), show(b2), delta))
}

/// % complete, SPI and CPI, budget, actuals and forecast per project,
/// then and now.
pub(super) fn figures(from: &Snapshot<'_>, to: &Snapshot<'_>, out: &mut Vec<Change>) {
    let then = plan_projects(from);
    for (id, p) in plan_projects(to) {
        let Some(old) = then.get(id) else { continue };
        let ev = |x: &ProjectPlan| x.earned_value.clone().unwrap_or_default();
        let (a, b) = (ev(old), ev(p));
        let has = |x: &ProjectPlan| x.earned_value.is_some();
        let pairs = [
            (
                K::PercentComplete,
                old.percent_complete,
                p.percent_complete,
                true,
            ),
            (K::Spi, a.spi, b.spi, true),
            (K::Cpi, a.cpi, b.cpi, true),
            (
                K::Budget,
                has(old).then_some(a.bac),
                has(p).then_some(b.bac),
                true,
            ),
            (K::Actual, a.ac, b.ac, true),
            (K::Forecast, a.eac, b.eac, false),
        ];
        for (kind, x, y, good) in pairs {
            // Actuals only grow; their news is the forecast's.
            let good = good || kind == K::Actual;
            out.extend(figure(kind, p, x, y, good));
        }
    }
}

fn status_name(r: &RiskRow) -> String {
    serde_json::to_value(r.status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn risk_rows<'a>(s: &'a Snapshot<'_>) -> BTreeMap<&'a str, &'a RiskRow> {
    s.risk.risks.iter().map(|r| (r.id.as_str(), r)).collect()
}

/// Risks opened, closed, re-scored, newly above tolerance.
pub(super) fn risks(from: &Snapshot<'_>, to: &Snapshot<'_>, out: &mut Vec<Change>) {
    let (then, now) = (risk_rows(from), risk_rows(to));
    for (id, r) in &now {
        let old = then.get(id);
        let base = change(
            K::RiskOpened,
            News::Watch,
            r.project.as_deref(),
            id,
            &r.title,
        );
        let was_open = old.is_some_and(|o| o.open);
        if r.open && !was_open {
            out.push(with(base.clone(), None, Some(r.score.to_string()), None));
        }
        if !r.open && was_open {
            let mut c = with(base.clone(), None, Some(status_name(r)), None);
            (c.kind, c.news) = (K::RiskClosed, News::Good);
            out.push(c);
        }
        if r.escalate && !old.is_some_and(|o| o.escalate) {
            let mut c = with(base.clone(), None, Some(r.score.to_string()), None);
            (c.kind, c.news) = (K::RiskAboveTolerance, News::Bad);
            c.detail = Detail::AboveTolerance {
                score: r.score,
                tolerance: r.tolerance,
            };
            out.push(c);
        }
        let Some(old) = old else { continue };
        if r.open && was_open && r.score != old.score {
            let delta = f64::from(r.score) - f64::from(old.score);
            let mut c = with(
                base,
                Some(old.score.to_string()),
                Some(r.score.to_string()),
                Some(delta),
            );
            c.kind = K::RiskRescored;
            c.news = if delta > 0.0 { News::Watch } else { News::Good };
            out.push(c);
        }
    }
    for (id, r) in &then {
        if r.open && !now.contains_key(id) {
            let mut c = change(
                K::RiskClosed,
                News::Info,
                r.project.as_deref(),
                id,
                &r.title,
            );
            c.detail = Detail::Removed;
            out.push(c);
        }
    }
}

fn overbooked(s: &Snapshot<'_>) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut people: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    for p in overview_projects(s).values() {
        for o in &p.over_capacity {
            let entry = people
                .entry(o.person.clone())
                .or_insert_with(|| (o.name.clone(), BTreeSet::new()));
            entry.1.insert(p.id.clone());
        }
    }
    people
}

/// People newly over capacity, and no longer.
pub(super) fn capacity(from: &Snapshot<'_>, to: &Snapshot<'_>, out: &mut Vec<Change>) {
    let (then, now) = (overbooked(from), overbooked(to));
    for (id, (name, projects)) in &now {
        if !then.contains_key(id) {
            let mut c = change(K::OverCapacity, News::Bad, None, id, name);
            c.detail = Detail::Projects(projects.iter().cloned().collect());
            out.push(c);
        }
    }
    for (id, (name, _)) in &then {
        if !now.contains_key(id) {
            out.push(change(K::CapacityRelieved, News::Good, None, id, name));
        }
    }
}

/// Findings introduced and fixed.
pub(super) fn findings(
    introduced: Vec<FindingNote>,
    fixed: Vec<FindingNote>,
    out: &mut Vec<Change>,
) {
    for (list, kind, news) in [
        (introduced, K::FindingIntroduced, News::Bad),
        (fixed, K::FindingFixed, News::Good),
    ] {
        for f in list {
            let mut c = change(kind, news, None, &f.code, &f.path);
            c.detail = Detail::Finding(f.message);
            out.push(c);
        }
    }
}

/// The ids of a critical path, shortened for a cell.
fn path_text(path: &[String]) -> String {
    const SHOWN: usize = 6;
    let mut text = path
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(" > ");
    if path.len() > SHOWN {
        text.push_str(&format!(" (+{})", path.len() - SHOWN));
    }
    text
}

/// Projects whose critical path runs through other work than before.
pub(super) fn critical_paths(from: &Snapshot<'_>, to: &Snapshot<'_>, out: &mut Vec<Change>) {
    let then = plan_projects(from);
    for (id, p) in plan_projects(to) {
        let Some(old) = then.get(id) else { continue };
        if old.critical_path == p.critical_path || p.critical_path.is_empty() {
            continue;
        }
        let c = change(K::CriticalPathChanged, News::Watch, Some(id), id, &p.name);
        let mut c = with(
            c,
            Some(path_text(&old.critical_path)),
            Some(path_text(&p.critical_path)),
            None,
        );
        let added = p
            .critical_path
            .iter()
            .filter(|x| !old.critical_path.contains(x))
            .count();
        c.detail = Detail::NewlyCritical(added);
        out.push(c);
    }
}

fn grade_text(a: &crate::report::overview::LatestAssessment) -> String {
    let total = a
        .total
        .map_or_else(|| "-".to_string(), |t| format!("{t:.2}"));
    format!("{} {} {total}", a.period, a.grade.as_deref().unwrap_or("-"))
}

/// A project assessed for a new period, with the change of its total.
pub(super) fn assessments(from: &Snapshot<'_>, to: &Snapshot<'_>, out: &mut Vec<Change>) {
    let then = overview_projects(from);
    for (id, p) in overview_projects(to) {
        let Some(now) = &p.assessment else { continue };
        let old = then.get(id).and_then(|o| o.assessment.as_ref());
        if old.is_some_and(|o| o.period == now.period) {
            continue;
        }
        let delta = now.total.zip(old.and_then(|o| o.total)).map(|(a, b)| a - b);
        let news = match delta {
            Some(d) if d > 1e-9 => News::Good,
            Some(d) if d < -1e-9 => News::Bad,
            _ => News::Info,
        };
        let c = change(K::AssessmentNew, news, Some(id), id, &p.name);
        out.push(with(
            c,
            old.map(grade_text),
            Some(grade_text(now)),
            delta.map(|d| (d * 100.0).round() / 100.0),
        ));
    }
}

/// A 360-degree review of a manager for a period the earlier side did not
/// have, with its overall score and the change from the previous review.
pub(super) fn reviews(from: &Snapshot<'_>, to: &Snapshot<'_>, out: &mut Vec<Change>) {
    let seen: BTreeSet<&str> = from
        .assessment
        .reviews
        .iter()
        .map(|r| r.review.as_str())
        .collect();
    for r in &to.assessment.reviews {
        if seen.contains(r.review.as_str()) {
            continue;
        }
        let news = match r.change {
            Some(d) if d > 1e-9 => News::Good,
            Some(d) if d < -1e-9 => News::Watch,
            _ => News::Info,
        };
        let mut c = change(K::ReviewNew, news, None, &r.review, &r.name);
        c.now = r.overall.map(|o| format!("{o:.2}"));
        c.delta = r.change.map(|d| (d * 100.0).round() / 100.0);
        c.detail = Detail::ReviewOf {
            period: r.period.to_string(),
            manager: r.manager.to_string(),
        };
        out.push(c);
    }
}

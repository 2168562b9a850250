//! The 360-degree review of project managers (ITSS IT-service program management, common 360
//! practice): per review, each competency's mean by rater group, an overall
//! score, the self-vs-others gap with blind spots and hidden strengths, top
//! and bottom competencies, and the change since the manager's previous
//! review.
//!
//! # Anonymity
//! A rater group (peer, subordinate, customer) with fewer raters than
//! `[review] anonymity_threshold` (default 3) is never shown on its own:
//! all such small groups of a review are pooled into one `others` group,
//! which is itself withheld when it is still below the threshold. Self and
//! superior are exempt. The same rule applies per competency: a group mean
//! resting on fewer scores than the threshold is withheld. Withheld ratings
//! take no part in any number of the report (means, overall, gaps), so
//! nothing can be worked back out of the totals. The folding happens here,
//! before anything reaches the report struct, which therefore never holds a
//! small group's numbers, rater identities, or a small group's comments.
//!
//! # Scores
//! - A group's mean for a competency is the plain mean of its raters' scores.
//! - `others` for a competency is the weighted mean of the shown non-self
//!   group means, weighted by `[review] group_weights` (default 1 each for
//!   superior, peer, subordinate, customer and the pooled `others`; self 0).
//! - `overall` for a competency is the same weighted mean over all shown
//!   groups, self included with its weight (default 0, so it equals
//!   `others` unless self is given a weight). The review's overall score is
//!   the mean of its competencies' overall scores.
//! - gap = self - others; a blind spot when gap >= `gap_threshold`
//!   (default 0.5), a hidden strength when gap <= -`gap_threshold`.
//! - Top and bottom three competencies rank by the others' mean (ties in
//!   the order of ITSS IT-service program management of competencies).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use strum::IntoEnumIterator;

use super::project::{ProjectAssessment, mean};
use crate::model::{
    Competency, Key, Period, Portfolio, Project, Rating, Relation, Review, Settings,
};
use crate::report::round2;

/// A rater group as reported: the five relations, and the pool of groups
/// too small to show on their own.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Group {
    #[serde(rename = "self")]
    #[strum(serialize = "self")]
    SelfRating,
    Superior,
    Peer,
    Subordinate,
    Customer,
    /// Every group below the anonymity threshold, pooled.
    Others,
}

impl Group {
    fn of(relation: Relation) -> Group {
        match relation {
            Relation::SelfRating => Group::SelfRating,
            Relation::Superior => Group::Superior,
            Relation::Peer => Group::Peer,
            Relation::Subordinate => Group::Subordinate,
            Relation::Customer => Group::Customer,
        }
    }

    /// Self and superior are shown whatever their size.
    fn exempt(self) -> bool {
        matches!(self, Group::SelfRating | Group::Superior)
    }
}

/// The weight of a group in the overall score: `[review] group_weights`,
/// default 1, self 0; negative and non-finite weights count as 0.
pub fn group_weight(settings: &Settings, group: Group) -> f64 {
    let default = if group == Group::SelfRating { 0.0 } else { 1.0 };
    let w = settings
        .review
        .group_weights
        .get(group.key())
        .copied()
        .unwrap_or(default);
    if w.is_finite() && w > 0.0 { w } else { 0.0 }
}

/// A shown group and how many raters it has.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct GroupSize {
    pub group: Group,
    pub raters: usize,
}

/// A shown group's mean for one competency.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct GroupMean {
    pub group: Group,
    /// None when no rater scored it, or (outside self and superior) fewer
    /// than the anonymity threshold did.
    pub mean: Option<f64>,
    /// Raters of the group who scored this competency.
    pub raters: usize,
}

/// Whether self sees a competency well above or well below others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GapFlag {
    /// Self well above others.
    BlindSpot,
    /// Self well below others.
    HiddenStrength,
}

/// One competency's result.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct CompetencyResult {
    pub competency: Competency,
    /// One entry per shown group, in the order of [`ManagerReview::groups`].
    pub groups: Vec<GroupMean>,
    #[serde(rename = "self")]
    pub self_score: Option<f64>,
    /// Weighted mean of the shown non-self groups.
    pub others: Option<f64>,
    /// Weighted mean of all shown groups.
    pub overall: Option<f64>,
    /// self - others.
    pub gap: Option<f64>,
    pub flag: Option<GapFlag>,
    /// overall minus the previous review's overall.
    pub change: Option<f64>,
}

/// A comment from a group shown on its own (never from a pooled or
/// withheld group; never with the rater).
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct GroupComment {
    pub group: Group,
    pub text: String,
}

/// The manager's previous review.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PreviousReview {
    pub review: String,
    pub period: Period,
    pub overall: Option<f64>,
}

/// A project the manager manages, with its assessment at the review.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ManagedProject {
    pub project: String,
    pub name: String,
    /// The latest assessed period ending by the end of the review's period.
    pub period: Option<Period>,
    pub total: Option<f64>,
    pub grade: Option<String>,
    /// Plan status (RAG) from the plan report. Not computed yet: always
    /// None until the plan report is merged and wired in here.
    pub plan_status: Option<String>,
}

/// One 360-degree review of one manager.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ManagerReview {
    /// The Review document's id.
    pub review: String,
    pub manager: String,
    pub name: String,
    pub period: Period,
    /// The groups shown, in order self, superior, peer, subordinate,
    /// customer, others.
    pub groups: Vec<GroupSize>,
    /// Raters whose ratings were withheld: the pooled small groups were
    /// still below the threshold. Their groups are not named.
    pub withheld_raters: usize,
    pub competencies: Vec<CompetencyResult>,
    pub overall: Option<f64>,
    pub previous: Option<PreviousReview>,
    pub change: Option<f64>,
    /// Highest three by the others' mean.
    pub top: Vec<Competency>,
    /// Lowest three by the others' mean, lowest first, not repeating the top.
    pub bottom: Vec<Competency>,
    pub blind_spots: Vec<Competency>,
    pub hidden_strengths: Vec<Competency>,
    pub comments: Vec<GroupComment>,
    /// The projects this person manages.
    pub projects: Vec<ManagedProject>,
}

/// The ratings of a review grouped for reporting: groups big enough (or
/// exempt) on their own, the small ones pooled into `others`, and the
/// count of raters withheld. Private: only means leave this module.
pub(crate) struct Folded<'a> {
    pub groups: Vec<(Group, Vec<&'a Rating>)>,
    pub withheld: usize,
}

/// Folds small groups into `others` (see the module docs).
pub(crate) fn fold(ratings: &[Rating], threshold: u32) -> Folded<'_> {
    let threshold = threshold as usize;
    let mut groups = Vec::new();
    let mut pool: Vec<&Rating> = Vec::new();
    for relation in Relation::iter() {
        let members: Vec<&Rating> = ratings
            .iter()
            .filter(|r| r.relation.value == relation)
            .collect();
        if members.is_empty() {
            continue;
        }
        let group = Group::of(relation);
        if group.exempt() || members.len() >= threshold {
            groups.push((group, members));
        } else {
            pool.extend(members);
        }
    }
    let mut withheld = 0;
    if !pool.is_empty() {
        if pool.len() >= threshold {
            groups.push((Group::Others, pool));
        } else {
            withheld = pool.len();
        }
    }
    Folded { groups, withheld }
}

/// A shown group's mean for a competency: withheld below the threshold
/// unless the group is exempt.
fn group_mean(group: Group, members: &[&Rating], c: Competency, threshold: u32) -> GroupMean {
    let scores: Vec<f64> = members
        .iter()
        .filter_map(|r| r.scores.value.get(c).map(|s| s.value))
        .filter(|v| v.is_finite())
        .collect();
    let shown = group.exempt() || scores.len() >= threshold as usize;
    GroupMean {
        group,
        mean: if shown { mean(&scores) } else { None },
        raters: scores.len(),
    }
}

fn weighted(settings: &Settings, means: &[GroupMean], with_self: bool) -> Option<f64> {
    let (mut sum, mut weights) = (0.0, 0.0);
    for m in means {
        if m.group == Group::SelfRating && !with_self {
            continue;
        }
        let w = group_weight(settings, m.group);
        if let (Some(x), true) = (m.mean, w > 0.0) {
            sum += w * x;
            weights += w;
        }
    }
    (weights > 0.0).then(|| sum / weights)
}

/// The gap flag for self - others.
pub fn flag_of(gap: f64, threshold: f64) -> Option<GapFlag> {
    if !threshold.is_finite() {
        None
    } else if gap >= threshold {
        Some(GapFlag::BlindSpot)
    } else if gap <= -threshold {
        Some(GapFlag::HiddenStrength)
    } else {
        None
    }
}

/// The three competencies others rate highest, and the three lowest of
/// the rest (ties by competency order).
fn top_and_bottom(competencies: &[CompetencyResult]) -> (Vec<Competency>, Vec<Competency>) {
    let mut ranked: Vec<(Competency, f64)> = competencies
        .iter()
        .filter_map(|c| c.others.map(|o| (c.competency, o)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let top: Vec<Competency> = ranked.iter().take(3).map(|(c, _)| *c).collect();
    ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let bottom = ranked
        .iter()
        .filter(|(c, _)| !top.contains(c))
        .take(3)
        .map(|(c, _)| *c)
        .collect();
    (top, bottom)
}

/// The raters' comments by group, pooled groups left out so no comment
/// names its small group.
fn comments(folded: &Folded<'_>) -> Vec<GroupComment> {
    let mut comments: Vec<GroupComment> = folded
        .groups
        .iter()
        .filter(|(g, _)| *g != Group::Others)
        .flat_map(|(g, members)| {
            members.iter().filter_map(move |r| {
                let text = r.comments.as_ref()?.value.trim();
                (!text.is_empty()).then(|| GroupComment {
                    group: *g,
                    text: text.to_string(),
                })
            })
        })
        .collect();
    comments.sort_by(|a, b| (a.group, &a.text).cmp(&(b.group, &b.text)));
    comments
}

/// One review, without its previous review or projects.
pub(crate) fn review_one(settings: &Settings, review: &Review) -> ManagerReview {
    let threshold = settings.review.anonymity_threshold;
    let folded = fold(&review.ratings, threshold);
    // Computed on unrounded means; rounded for the report at the end. The
    // gap is taken between the rounded self and others, so it is what the
    // reader can check by subtraction.
    let mut overalls: Vec<f64> = Vec::new();
    let mut competencies: Vec<CompetencyResult> = Vec::new();
    for c in Competency::iter() {
        let mut groups: Vec<GroupMean> = folded
            .groups
            .iter()
            .map(|(g, members)| group_mean(*g, members, c, threshold))
            .collect();
        if groups.iter().all(|g| g.raters == 0) {
            continue; // nobody scored it
        }
        let others = weighted(settings, &groups, false).map(round2);
        let overall = weighted(settings, &groups, true);
        overalls.extend(overall);
        for m in &mut groups {
            m.mean = m.mean.map(round2);
        }
        let self_score = groups
            .iter()
            .find(|m| m.group == Group::SelfRating)
            .and_then(|m| m.mean);
        let gap = match (self_score, others) {
            (Some(s), Some(o)) => Some(round2(s - o)),
            _ => None,
        };
        competencies.push(CompetencyResult {
            competency: c,
            groups,
            self_score,
            others,
            overall: overall.map(round2),
            gap,
            flag: gap.and_then(|g| flag_of(g, settings.review.gap_threshold)),
            change: None,
        });
    }
    let (top, bottom) = top_and_bottom(&competencies);
    let flagged = |f: GapFlag| {
        competencies
            .iter()
            .filter(|c| c.flag == Some(f))
            .map(|c| c.competency)
            .collect()
    };
    let comments = comments(&folded);
    ManagerReview {
        review: review.id.value.clone(),
        manager: review.reviewee.value.clone(),
        name: String::new(),
        period: review.period.value,
        groups: folded
            .groups
            .iter()
            .map(|(g, m)| GroupSize {
                group: *g,
                raters: m.len(),
            })
            .collect(),
        withheld_raters: folded.withheld,
        overall: mean(&overalls).map(round2),
        previous: None,
        change: None,
        top,
        bottom,
        blind_spots: flagged(GapFlag::BlindSpot),
        hidden_strengths: flagged(GapFlag::HiddenStrength),
        comments,
        projects: Vec::new(),
        competencies,
    }
}

/// Every review, sorted by manager, period and review id, each linked to
/// the manager's previous review and their projects' assessments.
pub fn review_all(
    portfolio: &Portfolio,
    assessed: &[ProjectAssessment],
    plan_status: &HashMap<String, &'static str>,
) -> Vec<ManagerReview> {
    let settings = &portfolio.settings;
    let mut reviews: Vec<ManagerReview> = portfolio
        .reviews
        .iter()
        .map(|r| review_one(settings, r))
        .collect();
    reviews
        .sort_by(|a, b| (&a.manager, a.period, &a.review).cmp(&(&b.manager, b.period, &b.review)));
    let context = Managed::new(portfolio, assessed, plan_status);
    for i in 0..reviews.len() {
        let previous = i
            .checked_sub(1)
            .and_then(|j| reviews.get(j))
            .filter(|p| p.manager == reviews[i].manager)
            .map(previous_of);
        let r = &mut reviews[i];
        r.name = portfolio
            .person(&r.manager)
            .map_or_else(String::new, |p| p.name.value.clone());
        if let Some((prev, overalls)) = previous {
            compare(r, prev, &overalls);
        }
        r.projects = context.projects_of(&r.manager, r.period);
    }
    reviews
}

/// The manager's previous review, and its overall score per competency.
fn previous_of(p: &ManagerReview) -> (PreviousReview, HashMap<Competency, f64>) {
    let overalls = p
        .competencies
        .iter()
        .filter_map(|c| c.overall.map(|o| (c.competency, o)))
        .collect();
    (
        PreviousReview {
            review: p.review.clone(),
            period: p.period,
            overall: p.overall,
        },
        overalls,
    )
}

/// The change of the overall score and of each competency since `prev`.
fn compare(r: &mut ManagerReview, prev: PreviousReview, overalls: &HashMap<Competency, f64>) {
    r.change = match (r.overall, prev.overall) {
        (Some(a), Some(b)) => Some(round2(a - b)),
        _ => None,
    };
    for c in &mut r.competencies {
        c.change = match (c.overall, overalls.get(&c.competency)) {
            (Some(a), Some(b)) => Some(round2(a - b)),
            _ => None,
        };
    }
    r.previous = Some(prev);
}

/// What puts a review in context: the projects each manager runs, their
/// assessments in period order, and their plan status.
struct Managed<'a> {
    managed: HashMap<&'a str, Vec<&'a Project>>,
    by_project: BTreeMap<&'a str, Vec<&'a ProjectAssessment>>,
    plan_status: &'a HashMap<String, &'static str>,
}

impl<'a> Managed<'a> {
    fn new(
        portfolio: &'a Portfolio,
        assessed: &'a [ProjectAssessment],
        plan_status: &'a HashMap<String, &'static str>,
    ) -> Self {
        let mut managed: HashMap<&str, Vec<&Project>> = HashMap::new();
        for p in &portfolio.projects {
            managed.entry(p.manager.value.as_str()).or_default().push(p);
        }
        // Assessments by project, in period order (assessed is sorted so).
        let mut by_project: BTreeMap<&str, Vec<&ProjectAssessment>> = BTreeMap::new();
        for a in assessed {
            by_project.entry(a.project.as_str()).or_default().push(a);
        }
        Managed {
            managed,
            by_project,
            plan_status,
        }
    }

    /// The manager's projects with their latest assessment up to `period`.
    fn projects_of(&self, manager: &str, period: Period) -> Vec<ManagedProject> {
        self.managed
            .get(manager)
            .into_iter()
            .flatten()
            .map(|p| {
                let latest = self
                    .by_project
                    .get(p.id.value.as_str())
                    .and_then(|rows| rows.iter().rev().find(|a| a.period.end() <= period.end()));
                ManagedProject {
                    project: p.id.value.clone(),
                    name: p.name.value.clone(),
                    period: latest.map(|a| a.period),
                    total: latest.and_then(|a| a.total),
                    grade: latest.and_then(|a| a.grade.clone()),
                    plan_status: self
                        .plan_status
                        .get(p.id.value.as_str())
                        .map(|s| s.to_string()),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;

//! What the risk, resource and assessment reports say about each project,
//! gathered once so the overview can read it per project: escalated risks,
//! risk hygiene, people over capacity, unstaffed work, the latest
//! assessment.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{LatestAssessment, LatestSatisfaction, Overbooked, TopRisk};
use crate::report::{assessment, resource, risk};

/// The other reports' signals, keyed by project id.
pub(super) struct Signals<'a> {
    escalated: BTreeMap<&'a str, Vec<TopRisk>>,
    risk_hygiene: BTreeSet<&'a str>,
    overbooked: BTreeMap<&'a str, BTreeMap<&'a str, Overbooked>>,
    unstaffed: BTreeSet<&'a str>,
    latest: BTreeMap<&'a str, LatestAssessment>,
    satisfaction: BTreeMap<&'a str, Vec<LatestSatisfaction>>,
    /// Distinct people over capacity anywhere.
    pub people_over: usize,
}

impl<'a> Signals<'a> {
    pub fn new(
        risks: &'a risk::RiskReport,
        resources: &'a resource::ResourceReport<'a>,
        assessments: &'a assessment::AssessmentReport,
    ) -> Self {
        let (overbooked, people_over) = overbooking(resources);
        Signals {
            escalated: escalations(risks),
            risk_hygiene: risk_hygiene(risks),
            overbooked,
            unstaffed: resources
                .unstaffed_tasks
                .iter()
                .map(|t| t.project)
                .collect(),
            latest: latest_assessments(assessments),
            satisfaction: latest_satisfaction(assessments),
            people_over,
        }
    }

    /// The project's escalated risks, highest score first (taken out:
    /// each project is read once).
    pub fn take_escalated(&mut self, project: &str) -> Vec<TopRisk> {
        let mut top = self.escalated.remove(project).unwrap_or_default();
        top.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        top
    }

    /// The project's people over capacity, by person id.
    pub fn take_overbooked(&mut self, project: &str) -> Vec<Overbooked> {
        self.overbooked
            .remove(project)
            .map(|m| m.into_values().collect())
            .unwrap_or_default()
    }

    pub fn take_latest(&mut self, project: &str) -> Option<LatestAssessment> {
        self.latest.remove(project)
    }

    /// The latest satisfaction of each customer the project surveyed.
    pub fn take_satisfaction(&mut self, project: &str) -> Vec<LatestSatisfaction> {
        self.satisfaction.remove(project).unwrap_or_default()
    }

    /// A risk of the project is overdue for review or action, or unmanaged.
    pub fn has_hygiene_issue(&self, project: &str) -> bool {
        self.risk_hygiene.contains(project)
    }

    pub fn has_unstaffed_work(&self, project: &str) -> bool {
        self.unstaffed.contains(project)
    }
}

fn escalations(risks: &risk::RiskReport) -> BTreeMap<&str, Vec<TopRisk>> {
    // Titles by id: a scan of the register per escalation would be
    // quadratic on a large portfolio.
    let titles: HashMap<&str, &str> = risks
        .risks
        .iter()
        .map(|r| (r.id.as_str(), r.title.as_str()))
        .collect();
    let mut escalated: BTreeMap<&str, Vec<TopRisk>> = BTreeMap::new();
    for e in &risks.escalations {
        let Some(p) = &e.project else { continue };
        let title = titles.get(e.risk.as_str()).map(|t| t.to_string());
        escalated.entry(p.as_str()).or_default().push(TopRisk {
            id: e.risk.clone(),
            title: title.unwrap_or_default(),
            score: e.score,
        });
    }
    escalated
}

fn risk_hygiene(risks: &risk::RiskReport) -> BTreeSet<&str> {
    let project_of_risk: HashMap<&str, &str> = risks
        .risks
        .iter()
        .filter_map(|r| r.project.as_deref().map(|p| (r.id.as_str(), p)))
        .collect();
    let h = &risks.hygiene;
    h.reviews_overdue
        .iter()
        .map(|r| r.risk.as_str())
        .chain(h.actions_overdue.iter().map(|a| a.risk.as_str()))
        .chain(h.unmanaged.iter().map(|u| u.risk.as_str()))
        .filter_map(|id| project_of_risk.get(id).copied())
        .collect()
}

type ByProject<'a> = BTreeMap<&'a str, BTreeMap<&'a str, Overbooked>>;

/// Per project, each person over capacity with the periods and hours
/// over; and how many distinct people are over capacity.
fn overbooking<'a>(resources: &'a resource::ResourceReport<'a>) -> (ByProject<'a>, usize) {
    let mut by_project: BTreeMap<&str, Vec<&resource::Conflict<'a>>> = BTreeMap::new();
    for c in &resources.conflicts {
        for p in &c.projects {
            by_project.entry(p.project).or_default().push(c);
        }
    }
    let overbooked = by_project
        .into_iter()
        .map(|(project, conflicts)| (project, tally(conflicts)))
        .collect();
    (overbooked, tally(&resources.conflicts).len())
}

/// Conflicts summed per person: how many periods over, how many hours.
pub(super) fn tally<'a, 'r: 'a>(
    conflicts: impl IntoIterator<Item = &'a resource::Conflict<'r>>,
) -> BTreeMap<&'r str, Overbooked> {
    let mut people: BTreeMap<&str, Overbooked> = BTreeMap::new();
    for c in conflicts {
        let entry = people.entry(c.person).or_insert_with(|| Overbooked {
            person: c.person.to_string(),
            name: c.name.to_string(),
            periods: 0,
            hours_over: 0.0,
        });
        entry.periods += 1;
        entry.hours_over = crate::report::round2(entry.hours_over + c.hours_over);
    }
    people
}

fn latest_assessments(
    assessments: &assessment::AssessmentReport,
) -> BTreeMap<&str, LatestAssessment> {
    let mut latest: BTreeMap<&str, LatestAssessment> = BTreeMap::new();
    for a in &assessments.projects {
        let newer = latest
            .get(a.project.as_str())
            .is_none_or(|l| l.period < a.period);
        if newer {
            latest.insert(
                a.project.as_str(),
                LatestAssessment {
                    period: a.period,
                    total: a.total,
                    grade: a.grade.clone(),
                },
            );
        }
    }
    latest
}

fn latest_satisfaction(
    assessments: &assessment::AssessmentReport,
) -> BTreeMap<&str, Vec<LatestSatisfaction>> {
    assessments
        .satisfaction
        .iter()
        .map(|p| {
            let latest = p
                .customers
                .iter()
                .filter_map(|c| {
                    let last = c.surveys.iter().rev().find(|s| s.percent.is_some())?;
                    Some(LatestSatisfaction {
                        customer: c.customer.clone(),
                        date: last.date,
                        percent: c.latest?,
                        previous: c.previous,
                        low: c.low,
                        falling: c.falling,
                    })
                })
                .collect();
            (p.project.as_str(), latest)
        })
        .collect()
}

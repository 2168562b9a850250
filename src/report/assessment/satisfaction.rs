//! Customer satisfaction (客户满意度, IT outsourcing operations;
//! key-account IT project management): each project's surveys per
//! customer, read as a share of their scale so that surveys on different
//! scales compare, with the trend of the last two, and whether the latest
//! is low (`[assessment] satisfaction_low`) or falling.
//!
//! The share is `percent = (score - min) / (max - min) * 100`. A survey
//! whose scale is empty, or whose score lies outside it (`Q001`), has no
//! share and is left out of the trend.

use std::collections::BTreeMap;

use serde::Serialize;

use super::kpi::{Trend, trend};
use crate::model::{Better, Date, Period, Portfolio, Project, Survey};
use crate::report::round2;

/// One survey as the report reads it.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct SurveyResult {
    pub date: Date,
    pub score: f64,
    pub min: f64,
    pub max: f64,
    /// The score as a share of its scale; None when it cannot be read.
    pub percent: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respondents: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
}

/// One customer's surveys of a project, oldest first, and where they go.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct CustomerSatisfaction {
    pub customer: String,
    pub surveys: Vec<SurveyResult>,
    /// The latest readable share.
    pub latest: Option<f64>,
    /// The readable share before it.
    pub previous: Option<f64>,
    pub trend: Trend,
    /// The latest share is below `[assessment] satisfaction_low`.
    pub low: bool,
    /// The latest share is below the one before.
    pub falling: bool,
}

/// A project's satisfaction, per customer surveyed (sorted by customer id).
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProjectSatisfaction {
    pub project: String,
    pub name: String,
    pub program: String,
    pub customers: Vec<CustomerSatisfaction>,
}

/// Every project's satisfaction from its surveys dated up to `until`
/// (inclusive), sorted by project id; projects without surveys are left
/// out.
pub fn satisfaction(portfolio: &Portfolio, until: Date) -> Vec<ProjectSatisfaction> {
    let low = portfolio.settings.assessment.satisfaction_low;
    portfolio
        .projects
        .iter()
        .filter(|p| !p.satisfaction.is_empty())
        .map(|p| ProjectSatisfaction {
            project: p.id.value.clone(),
            name: p.name.value.clone(),
            program: p.program.value.clone(),
            customers: by_customer(p, until)
                .into_iter()
                .map(|(customer, surveys)| customer_trend(customer, surveys, low))
                .collect(),
        })
        .filter(|p| !p.customers.is_empty())
        .collect()
}

/// The customer a survey is about: its own, else the project's, else none
/// (shown as an empty id; `Q002` reports it).
fn customer_of<'a>(project: &'a Project, s: &'a Survey) -> &'a str {
    s.customer
        .as_ref()
        .or(project.customer.as_ref())
        .map_or("", |c| c.value.as_str())
}

fn by_customer(project: &Project, until: Date) -> BTreeMap<&str, Vec<&Survey>> {
    let mut by: BTreeMap<&str, Vec<&Survey>> = BTreeMap::new();
    for s in project
        .satisfaction
        .iter()
        .filter(|s| s.date.value <= until)
    {
        by.entry(customer_of(project, s)).or_default().push(s);
    }
    for surveys in by.values_mut() {
        surveys.sort_by_key(|s| s.date.value);
    }
    by
}

fn customer_trend(customer: &str, surveys: Vec<&Survey>, low: f64) -> CustomerSatisfaction {
    let surveys: Vec<SurveyResult> = surveys.into_iter().map(result).collect();
    let shares: Vec<f64> = surveys.iter().filter_map(|s| s.percent).collect();
    let latest = shares.last().copied();
    let previous = shares.len().checked_sub(2).map(|i| shares[i]);
    let trend = trend(Better::Higher, &shares);
    CustomerSatisfaction {
        customer: customer.to_string(),
        surveys,
        latest,
        previous,
        trend,
        low: latest.is_some_and(|l| l < low),
        falling: trend == Trend::Worsening,
    }
}

fn result(s: &Survey) -> SurveyResult {
    let (min, max, score) = (s.scale.min.value, s.scale.max.value, s.score.value);
    let readable = max > min && (min..=max).contains(&score);
    SurveyResult {
        date: s.date.value,
        score,
        min,
        max,
        percent: s.percent().filter(|_| readable).map(round2),
        respondents: s.respondents.as_ref().map(|r| r.value),
        comments: s.comments.as_ref().map(|c| c.value.clone()),
    }
}

/// The mean share of the project's readable surveys dated within `period`,
/// and how many there were: what the service-delivery-outcomes dimension
/// is fed with.
pub fn share_in(project: &Project, period: Period) -> Option<(f64, usize)> {
    let shares: Vec<f64> = project
        .satisfaction
        .iter()
        .filter(|s| {
            let d = s.date.value.naive();
            period.start() <= d && d <= period.end()
        })
        .map(result)
        .filter_map(|r| r.percent)
        .collect();
    let n = shares.len();
    (n > 0).then(|| (shares.iter().sum::<f64>() / n as f64, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(surveys: &str) -> Project {
        let head = "kind: Project\nid: P\nname: P\nprogram: G\ncustomer: C1\nmanager: pm\nstatus: active\nstart: 2026-01-05\nend: 2026-12-31\n";
        serde_saphyr::from_str(&format!("{head}satisfaction:\n{surveys}")).expect("project")
    }

    fn date(s: &str) -> Date {
        s.parse().expect("date")
    }

    #[test]
    fn shares_trend_low_and_falling_per_customer() {
        // 0..10: 9 is 90 %; 1..5: 2.6 is 40 %; C2's survey is its own line;
        // the survey off its scale and the one after the date take no part.
        let p = project(
            "  - {date: 2026-03-31, score: 9, scale: {min: 0, max: 10}}\n  - {date: 2026-06-30, score: 2.6, scale: {min: 1, max: 5}}\n  - {date: 2026-07-30, score: 7, scale: {min: 1, max: 5}}\n  - {date: 2026-12-30, score: 5, scale: {min: 1, max: 5}}\n  - {date: 2026-05-01, customer: C2, score: 4, scale: {min: 1, max: 5}}\n",
        );
        let by = by_customer(&p, date("2026-11-16"));
        let c1 = customer_trend("C1", by["C1"].clone(), 60.0);
        assert_eq!(c1.surveys.len(), 3);
        assert_eq!(c1.surveys[2].percent, None);
        assert_eq!((c1.latest, c1.previous), (Some(40.0), Some(90.0)));
        assert_eq!(c1.trend, Trend::Worsening);
        assert!(c1.low && c1.falling);
        let c2 = customer_trend("C2", by["C2"].clone(), 60.0);
        assert_eq!((c2.latest, c2.trend), (Some(75.0), Trend::Unknown));
        assert!(!c2.low && !c2.falling);
    }

    #[test]
    fn the_periods_mean_share_feeds_the_delivery_dimension() {
        let p = project(
            "  - {date: 2026-07-01, score: 4, scale: {min: 1, max: 5}}\n  - {date: 2026-09-30, score: 5, scale: {min: 0, max: 10}}\n  - {date: 2026-10-01, score: 1, scale: {min: 1, max: 5}}\n",
        );
        let q3: Period = "2026-Q3".parse().expect("period");
        assert_eq!(share_in(&p, q3), Some((62.5, 2)));
        let q2: Period = "2026-Q2".parse().expect("period");
        assert_eq!(share_in(&p, q2), None);
    }
}

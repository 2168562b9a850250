//! The executive summary in words: headline figures, then one short list
//! per question a director asks. Formatting only.

use super::{BudgetAtRisk, Decision, RedProject, RiskAbove, Slip, Summary, Top};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::render::{Block, Cell, Tone, View};
use crate::report::risk::view::money;

/// `items` under `head`, one per line, with "and N more" when cut; or
/// `none` when there are none.
fn list<T>(
    top: &Top<T>,
    head: String,
    none: String,
    item: impl Fn(&T) -> String,
    lang: Lang,
) -> Block {
    if top.items.is_empty() {
        return Block::Text(none);
    }
    let mut lines = vec![head];
    lines.extend(top.items.iter().map(|x| format!("• {}", item(x))));
    if top.more() > 0 {
        lines.push(format!("• {}", tf(lang, L::SumMore, &[&top.more()])));
    }
    Block::Text(lines.join("\n"))
}

fn tone(bad: bool) -> Tone {
    if bad { Tone::Bad } else { Tone::Good }
}

/// The headline figures.
fn figures(s: &Summary, lang: Lang) -> Block {
    let none = || t(lang, L::SumNone).to_string();
    let slip = s.slips.items.first().map_or_else(none, |x| {
        tf(lang, L::SumSlipFigure, &[&x.project.name, &x.days])
    });
    let budget = if s.budget.total == 0 {
        none()
    } else {
        tf(
            lang,
            L::SumBudgetFigure,
            &[&money(s.total_overrun), &s.currency, &s.budget.total],
        )
    };
    let window = tf(
        lang,
        L::CountWindow,
        &[
            &s.over_capacity.total,
            &s.resource_window.0,
            &s.resource_window.1,
        ],
    );
    Block::KeyValues(vec![
        (
            t(lang, L::SumKeyRed).into(),
            Cell::new(tf(lang, L::SumRedCount, &[&s.red.total, &s.open_projects]))
                .tone(tone(s.red.total > 0)),
        ),
        (
            t(lang, L::SumKeySlip).into(),
            Cell::new(slip).tone(if s.slips.total > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
        (
            t(lang, L::KeyRisksAboveTolerance).into(),
            Cell::new(s.risks.total.to_string()).tone(tone(s.risks.total > 0)),
        ),
        (
            t(lang, L::KeyPeopleOverCapacity).into(),
            Cell::new(window).tone(if s.over_capacity.total > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
        (
            t(lang, L::SumKeyBudget).into(),
            Cell::new(budget).tone(if s.budget.total > 0 {
                Tone::Warn
            } else {
                Tone::Good
            }),
        ),
        (
            t(lang, L::SumKeyDecisions).into(),
            Cell::new(s.decisions.total.to_string()).tone(if s.decisions.total > 0 {
                Tone::Strong
            } else {
                Tone::Plain
            }),
        ),
    ])
}

fn status_word(lang: Lang, key: &str) -> &'static str {
    t(
        lang,
        match key {
            "schedule" => L::KeySchedule,
            "cost" => L::KeyCost,
            "risk" => L::KeyRisk,
            _ => L::KeyResources,
        },
    )
}

/// The summary as a view: figures first, then the lists.
pub fn view(s: &Summary, lang: Lang) -> View {
    let (from, to) = s.resource_window;
    let blocks = vec![
        figures(s, lang),
        list(
            &s.red,
            tf(lang, L::SumRedHead, &[&s.red.total, &s.open_projects]),
            t(lang, L::SumNoRed).into(),
            |r| red_item(r, lang),
            lang,
        ),
        list(
            &s.slips,
            t(lang, L::SumSlipHead).into(),
            t(lang, L::SumNoSlip).into(),
            |x| slip_item(x, lang),
            lang,
        ),
        list(
            &s.risks,
            t(lang, L::SumRiskHead).into(),
            t(lang, L::SumNoRisk).into(),
            |r| risk_item(r, lang),
            lang,
        ),
        list(
            &s.over_capacity,
            tf(lang, L::SumPeopleHead, &[&from, &to]),
            tf(lang, L::SumNoPeople, &[&from, &to]),
            |p| {
                tf(
                    lang,
                    L::SumPeopleItem,
                    &[&p.name, &p.periods, &format!("{:.0}", p.hours_over)],
                )
            },
            lang,
        ),
        list(
            &s.budget,
            t(lang, L::SumBudgetHead).into(),
            t(lang, L::SumNoBudget).into(),
            |b| budget_item(b, &s.currency, lang),
            lang,
        ),
        list(
            &s.decisions,
            t(lang, L::SumDecisionHead).into(),
            t(lang, L::SumNoDecision).into(),
            |d| decision_item(d, lang),
            lang,
        ),
    ];
    View {
        title: t(lang, L::SummaryTitle).into(),
        blocks,
        tidy: String::new(),
    }
}

/// The separator of a list inside a sentence.
fn separator(lang: Lang) -> &'static str {
    if lang == Lang::Zh { "、" } else { ", " }
}

fn owner_or_none(owner: &Option<String>, lang: Lang) -> String {
    owner
        .clone()
        .unwrap_or_else(|| t(lang, L::SumNoOwner).into())
}

/// A red project: which statuses are red, and why.
fn red_item(r: &RedProject, lang: Lang) -> String {
    let red: Vec<String> = r
        .red
        .iter()
        .map(|k| status_word(lang, k).to_string())
        .collect();
    let why: Vec<String> = r.reasons.iter().map(|x| x.text(lang)).collect();
    tf(
        lang,
        L::SumRedItem,
        &[&r.project.name, &red.join(separator(lang)), &why.join("; ")],
    )
}

/// A slip: an overdue milestone, a milestone forecast late, or a late
/// finish.
fn slip_item(x: &Slip, lang: Lang) -> String {
    match &x.milestone {
        Some(m) if x.overdue => tf(
            lang,
            L::SumSlipOverdue,
            &[&x.project.name, m, &x.due, &x.days],
        ),
        Some(m) => tf(
            lang,
            L::SumSlipMilestone,
            &[&x.project.name, m, &x.due, &x.forecast, &x.days],
        ),
        None => tf(
            lang,
            L::SumSlipItem,
            &[&x.project.name, &x.days, &x.forecast, &x.due],
        ),
    }
}

/// A risk above tolerance and who owns it.
fn risk_item(r: &RiskAbove, lang: Lang) -> String {
    let owner = owner_or_none(&r.owner, lang);
    match &r.project {
        Some(p) => tf(
            lang,
            L::SumRiskItem,
            &[&r.title, &p.name, &r.score, &r.tolerance, &owner],
        ),
        None => tf(
            lang,
            L::SumRiskItemNoProject,
            &[&r.title, &r.score, &r.tolerance, &owner],
        ),
    }
}

/// A budget at risk: the forecast against the budget.
fn budget_item(b: &BudgetAtRisk, currency: &str, lang: Lang) -> String {
    tf(
        lang,
        L::SumBudgetItem,
        &[
            &b.project.name,
            &money(b.estimate),
            &money(b.budget),
            &currency,
            &money(b.overrun),
            &b.cpi.map_or_else(|| "-".to_string(), |c| format!("{c:.2}")),
        ],
    )
}

/// A decision asked of management: the escalated risk, its project, its
/// owner and whom it is asked of.
fn decision_item(d: &Decision, lang: Lang) -> String {
    let project = d.project.as_ref().map_or_else(
        || t(lang, L::SumPortfolioWide).to_string(),
        |p| p.name.clone(),
    );
    let asked = if d.asked_of.is_empty() {
        t(lang, L::SumNoOwner).to_string()
    } else {
        d.asked_of.join(separator(lang))
    };
    tf(
        lang,
        L::SumDecisionItem,
        &[&d.title, &project, &owner_or_none(&d.owner, lang), &asked],
    )
}

#[cfg(test)]
mod tests {
    use super::super::{PersonOver, Top};
    use super::*;

    fn d(s: &str) -> crate::model::Date {
        s.parse().unwrap()
    }

    fn empty() -> Summary {
        Summary {
            as_of: d("2026-11-16"),
            open_projects: 4,
            red: Top::of(Vec::new()),
            slips: Top::of(Vec::new()),
            risks: Top::of(Vec::new()),
            over_capacity: Top::of(Vec::new()),
            resource_window: (d("2026-11-16"), d("2027-02-07")),
            budget: Top::of(Vec::new()),
            currency: "CNY".into(),
            total_overrun: 0.0,
            decisions: Top::of(Vec::new()),
        }
    }

    fn texts(v: &View) -> Vec<String> {
        v.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Text(t) => Some(t.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_quiet_portfolio_says_so_in_plain_words() {
        let v = view(&empty(), Lang::En);
        assert_eq!(
            texts(&v),
            [
                "No open project is red.",
                "No open milestone or project is forecast late.",
                "No risk is above tolerance.",
                "Nobody is over capacity from 2026-11-16 to 2027-02-07.",
                "No open project is forecast over budget.",
                "No decision is asked of management.",
            ]
        );
        let Block::KeyValues(kv) = &v.blocks[0] else {
            panic!("figures first");
        };
        assert_eq!(kv[0].1.text, "0 of 4 open");
        assert_eq!(kv[0].1.tone, Tone::Good);
        assert_eq!(kv[4].1.text, "none");
    }

    #[test]
    fn long_lists_are_cut_and_counted() {
        let mut s = empty();
        let people: Vec<PersonOver> = (1..=5)
            .map(|i| PersonOver {
                id: format!("p{i}"),
                name: format!("Person {i}"),
                periods: 6 - i,
                hours_over: 10.0,
            })
            .collect();
        s.over_capacity = Top::of(people);
        let v = view(&s, Lang::En);
        let people = &texts(&v)[3];
        assert_eq!(
            people,
            "Over capacity from 2026-11-16 to 2027-02-07:\n\
             • Person 1: over in 5 week(s), 10 h in all\n\
             • Person 2: over in 4 week(s), 10 h in all\n\
             • Person 3: over in 3 week(s), 10 h in all\n\
             • and 2 more"
        );
        let zh = view(&s, Lang::Zh);
        assert!(texts(&zh)[3].ends_with("• 另有 2 项"));
    }
}

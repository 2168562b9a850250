//! The suggestion for a resource conflict, worded: the report gives it as
//! data ([`Suggestion`]), this writes it once per language (labels in
//! `i18n::labels`). The JSON keeps the English sentence.

use super::{Relief, Slack, Suggestion, fmt_hours};
use crate::i18n::{Label as L, Lang, t, tf};

/// The English sentence the JSON keeps under `resolution.summary`.
pub fn english<S: serde::Serializer>(s: &Suggestion, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(&text(s, Lang::En))
}

/// Relief, then hand-over, joined by "or"; English starts with a capital.
pub fn text(s: &Suggestion, lang: Lang) -> String {
    let parts: Vec<String> = [
        s.relieve.as_ref().map(|r| relief(r, lang)),
        s.hand_over.as_ref().map(|h| {
            tf(
                lang,
                L::SuggestHand,
                &[
                    &fmt_hours(h.hours),
                    &h.person,
                    &fmt_hours(h.free_hours),
                    &h.matches,
                ],
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        return t(lang, L::NoSuggestion).to_string();
    }
    let mut text = parts.join(t(lang, L::SuggestOr));
    match (lang, text.chars().next()) {
        // In place when the first letter is ASCII, as the labels' are.
        (Lang::En, Some(first)) if first.is_ascii() => {
            text[..1].make_ascii_uppercase();
            text
        }
        (Lang::En, Some(first)) => first.to_uppercase().chain(text.chars().skip(1)).collect(),
        _ => text,
    }
}

fn relief(r: &Relief, lang: Lang) -> String {
    match r {
        Relief::LowerAllocation {
            project,
            priority,
            period,
            hours,
        } => tf(
            lang,
            L::SuggestLower,
            &[project, priority, period, &fmt_hours(*hours)],
        ),
        Relief::MoveTasks {
            project,
            priority,
            period,
            tasks,
        } => {
            let ids: Vec<String> = tasks
                .iter()
                .map(|(task, slack)| match slack {
                    Slack::Float(f) => tf(lang, L::SuggestFloat, &[task, f]),
                    Slack::Critical => tf(lang, L::SuggestCritical, &[task]),
                    Slack::Unknown => task.to_string(),
                })
                .collect();
            tf(
                lang,
                L::SuggestMove,
                &[&ids.join(", "), project, priority, period],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Period;
    use crate::report::resource::HandOver;

    fn week() -> Period {
        "2026-W48".parse().expect("a week")
    }

    #[test]
    fn a_suggestion_is_worded_once_per_language() {
        let s = Suggestion {
            relieve: Some(Relief::MoveTasks {
                project: "P3",
                priority: 4,
                period: week(),
                tasks: vec![("T9", Slack::Float(3)), ("T8", Slack::Unknown)],
            }),
            hand_over: Some(HandOver {
                hours: 12.5,
                person: "dan",
                free_hours: 40.0,
                matches: "dba",
            }),
        };
        assert_eq!(
            text(&s, Lang::En),
            "Move T9 (3 d float), T8 of P3 (priority 4) out of 2026-W48; or hand 12.5 h to dan (40 h free, dba)"
        );
        assert_eq!(
            text(&s, Lang::Zh),
            "将 P3（优先级 4）的 T9（浮动 3 天）, T8 移出 2026-W48；或将 12.5 h 交给 dan（空闲 40 h，dba）"
        );
    }

    #[test]
    fn without_tasks_the_allocation_is_lowered_and_nothing_is_said_as_such() {
        let lower = Suggestion {
            relieve: Some(Relief::LowerAllocation {
                project: "P1",
                priority: 2,
                period: week(),
                hours: 6.0,
            }),
            hand_over: None,
        };
        assert_eq!(
            text(&lower, Lang::En),
            "Lower P1's allocation (priority 2) in 2026-W48 by 6 h"
        );
        let none = Suggestion {
            relieve: None,
            hand_over: None,
        };
        assert_eq!(text(&none, Lang::En), "no suggestion");
        assert_eq!(text(&none, Lang::Zh), "无建议");
    }
}

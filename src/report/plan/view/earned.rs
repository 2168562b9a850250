//! Earned value and a service's burn, in words: the figures come from the
//! report; this says what they are and why one is missing.

use super::super::{EarnedValue, ServiceBurn};
use crate::analysis::cost::{AcBasis, BacBasis, PvBasis};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::render::Cell;

pub(super) fn money(x: f64) -> String {
    format!("{x:.0}")
}

/// The earned-value row, then a row per note on it.
pub(super) fn ev_rows(ev: &EarnedValue, currency: &str, lang: Lang) -> Vec<(String, Cell)> {
    let mut rows = vec![(
        t(lang, L::KeyEarnedValue).to_string(),
        Cell::new(ev_line(ev, currency, lang)),
    )];
    for note in ev_notes(ev, lang) {
        rows.push((t(lang, L::KeyNote).to_string(), Cell::new(note)));
    }
    rows
}

pub(super) fn ev_line(ev: &EarnedValue, currency: &str, lang: Lang) -> String {
    let opt = |x: Option<f64>, f: &dyn Fn(f64) -> String| x.map_or_else(|| "-".to_string(), f);
    tf(
        lang,
        L::PlanEv,
        &[
            &money(ev.bac),
            &currency,
            &opt(ev.pv, &money),
            &money(ev.ev),
            &opt(ev.ac, &money),
            &opt(ev.spi, &|v| format!("{v:.2}")),
            &opt(ev.cpi, &|v| format!("{v:.2}")),
            &opt(ev.eac, &money),
            &opt(ev.vac, &money),
            &ev.eac_method.key(),
        ],
    )
}

/// Why a figure is missing or where it comes from, in words.
fn ev_notes(ev: &EarnedValue, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    match (ev.pv_basis, ev.ac_basis) {
        (Some(pv), Some(ac)) => {
            if pv == PvBasis::None {
                notes.push(t(lang, L::NoteNoBaseline).to_string());
            }
            match ac {
                AcBasis::Unknown => notes.push(t(lang, L::NoteNoActual).to_string()),
                AcBasis::Undated => notes.push(t(lang, L::NoteUndatedActual).to_string()),
                AcBasis::Ledger => {}
            }
            notes.extend(bac_note(ev, lang));
        }
        _ => {
            if ev.without_pv > 0 {
                notes.push(tf(
                    lang,
                    L::NoteProgramNoPv,
                    &[&ev.without_pv, &ev.projects],
                ));
            }
            if ev.without_ac > 0 {
                notes.push(tf(
                    lang,
                    L::NoteProgramNoAc,
                    &[&ev.without_ac, &ev.projects],
                ));
            }
        }
    }
    notes
}

/// A BAC that is the baseline budget says so, with the current budget's
/// change from it when they differ; the current budget goes unsaid.
fn bac_note(ev: &EarnedValue, lang: Lang) -> Option<String> {
    if ev.bac_basis != Some(BacBasis::Baseline) {
        return None;
    }
    Some(match ev.budget_change {
        Some(change) => tf(
            lang,
            L::NoteBudgetChanged,
            &[&money(ev.bac + change), &format!("{change:+.0}")],
        ),
        None => t(lang, L::NoteBacBaseline).to_string(),
    })
}

/// A service's burn against its run-rate, in words.
pub(crate) fn burn_line(b: &ServiceBurn, currency: &str, lang: Lang) -> String {
    let actual = b.actual.map_or_else(|| "-".to_string(), money);
    let percent = b.burn_percent.map_or_else(
        || t(lang, L::NoteNoActual).to_string(),
        |p| format!("{p:.0} %"),
    );
    tf(
        lang,
        L::PlanBurn,
        &[
            &money(b.run_rate),
            &currency,
            &format!("{:.2}", b.months),
            &money(b.planned),
            &actual,
            &percent,
        ],
    )
}

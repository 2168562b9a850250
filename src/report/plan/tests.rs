use super::*;
use crate::analysis::Analysis;
use crate::model::{At, Budget};

/// BAC 1000, 40% done, 50% planned, AC 500:
/// PV = 1000 x 0.5 = 500; EV = 1000 x 0.4 = 400; SV = 400 - 500 = -100;
/// CV = 400 - 500 = -100; SPI = 400/500 = 0.8; CPI = 400/500 = 0.8;
/// EAC = 1000/0.8 = 1250; ETC = 1250 - 500 = 750; VAC = 1000 - 1250 = -250.
#[test]
fn earned_value_by_hand() {
    let ev = earned_value(1000.0, 40.0, 50.0, Some(500.0));
    assert_eq!(
        (ev.pv, ev.ev, ev.sv, ev.cv),
        (500.0, 400.0, -100.0, Some(-100.0))
    );
    assert_eq!((ev.spi, ev.cpi), (Some(0.8), Some(0.8)));
    assert_eq!(
        (ev.eac, ev.etc, ev.vac),
        (Some(1250.0), Some(750.0), Some(-250.0))
    );
}

#[test]
fn zero_divisors_give_null_not_infinity() {
    // Nothing planned yet and nothing spent: SPI, CPI and EAC are unknown.
    let ev = earned_value(1000.0, 0.0, 0.0, Some(0.0));
    assert_eq!(
        (ev.spi, ev.cpi, ev.eac, ev.etc, ev.vac),
        (None, None, None, None, None)
    );
    // No actual cost recorded: CV and CPI are null, SV is still known.
    let ev = earned_value(1000.0, 10.0, 20.0, None);
    assert_eq!((ev.cv, ev.cpi, ev.sv), (None, None, -100.0));
    // Nothing earned: CPI 0, so EAC (BAC / 0) is null.
    let ev = earned_value(1000.0, 0.0, 20.0, Some(100.0));
    assert_eq!((ev.cpi, ev.eac), (Some(0.0), None));
}

#[test]
fn status_is_red_on_any_red_condition_amber_on_any_amber() {
    let s = PlanSettings::default();
    let ev = |spi: f64, cpi: f64| EarnedValue {
        spi: Some(spi),
        cpi: Some(cpi),
        ..EarnedValue::default()
    };
    assert_eq!(
        rate(&s, Some(&ev(1.0, 1.0)), Some(0), 0, false).rag,
        Rag::Green
    );
    // SPI 0.90 is below amber 0.95, above red 0.85.
    assert_eq!(
        rate(&s, Some(&ev(0.90, 1.0)), Some(0), 0, false).rag,
        Rag::Amber
    );
    assert_eq!(
        rate(&s, Some(&ev(1.0, 0.80)), Some(0), 0, false).rag,
        Rag::Red
    );
    // Slip 5 days is amber, 15 red; one overdue milestone amber, two red.
    assert_eq!(rate(&s, None, Some(5), 0, false).rag, Rag::Amber);
    assert_eq!(rate(&s, None, Some(15), 0, false).rag, Rag::Red);
    assert_eq!(rate(&s, None, None, 1, false).rag, Rag::Amber);
    let rating = rate(&s, Some(&ev(0.9, 1.0)), None, 2, false);
    assert_eq!(rating.rag, Rag::Red);
    // Schedule is red (two overdue milestones), cost green (CPI 1.0).
    assert_eq!((rating.schedule, rating.cost), (Rag::Red, Rag::Green));
    let cost_only = rate(&s, Some(&ev(1.0, 0.80)), None, 0, false);
    assert_eq!((cost_only.schedule, cost_only.cost), (Rag::Green, Rag::Red));
    assert_eq!(
        rating.reasons,
        vec![
            "2 overdue milestones".to_string(),
            "SPI 0.90 < 0.95".to_string()
        ]
    );
    assert_eq!(rate(&s, None, None, 0, true).rag, Rag::Amber);
}

/// Effort weights when every task has an effort: (8h at 100%, 24h at 50%)
/// -> (8 + 12) / 32 = 62.5%. Without effort on one task, by duration:
/// (1 day at 100%, 3 days at 50%) -> (1 + 1.5) / 4 = 62.5% as well, and
/// (2 days at 100%, 2 days at 0%) -> 50%.
#[test]
fn percent_complete_weighting() {
    let share = |effort: Option<f64>, duration: f64, done: f64| TaskShare {
        effort,
        duration,
        done,
        planned: 1.0,
    };
    let (done, planned, w) = percent(
        &[share(Some(8.0), 1.0, 1.0), share(Some(24.0), 3.0, 0.5)],
        (0, 0, 0),
    );
    assert_eq!(
        (done, planned, w),
        (Some(62.5), Some(100.0), Weighting::Effort)
    );
    let (done, _, w) = percent(
        &[share(Some(8.0), 2.0, 1.0), share(None, 2.0, 0.0)],
        (0, 0, 0),
    );
    assert_eq!((done, w), (Some(50.0), Weighting::Duration));
    // No tasks: 1 of 4 milestones reached, 2 due.
    assert_eq!(
        percent(&[], (1, 2, 4)),
        (Some(25.0), Some(50.0), Weighting::Milestones)
    );
    assert_eq!(percent(&[], (0, 0, 0)), (None, None, Weighting::None));
}

/// A two-task project from 2026-01-05 (Mon): A 10 days (01-05 .. 01-16),
/// 50% done; B 10 days after A (01-19 .. 01-30), not started. As of Fri
/// 01-09 (end of day 5): planned = (5/10 x 10 + 0) / 20 = 25%; done =
/// (0.5 x 10) / 20 = 25%. Projected: A has 5 days left from Mon 01-12
/// (to 01-16), B follows: 01-19 .. 01-30, on time.
#[test]
fn project_progress_and_projection() {
    use crate::analysis::schedule::tests::{portfolio, project, task};
    let mut a = task("A", 10.0, &[]);
    a.progress = Some(At::unlocated(50.0));
    let b = task("B", 10.0, &[("A", crate::model::LinkType::Fs, 0)]);
    let mut x = project("x", "prog", "2026-01-05", vec![a, b], vec![]);
    x.end = At::unlocated("2026-01-30".parse().unwrap());
    x.budget = Some(Budget {
        planned: At::unlocated(100.0),
        actual: Some(At::unlocated(20.0)),
        reserve: None,
        currency: None,
    });
    let p = portfolio(vec![x]);
    let options = Options {
        scope: Scope::default(),
        as_of: "2026-01-09".parse().unwrap(),
        from: None,
        to: None,
    };
    let r = compute(&p, &Analysis::build(&p, options.as_of), &options);
    let x = &r.programs[0].projects[0];
    assert_eq!(
        (x.percent_complete, x.planned_percent),
        (Some(25.0), Some(25.0))
    );
    assert_eq!(
        x.projected_finish.map(|d| d.to_string()).as_deref(),
        Some("2026-01-30")
    );
    assert_eq!(x.slip_days, Some(0));
    // EV 25, PV 25, AC 20: SPI 1, CPI 1.25: green.
    let ev = x.earned_value.as_ref().unwrap();
    assert_eq!((ev.spi, ev.cpi), (Some(1.0), Some(1.25)));
    assert_eq!(x.rag, Some(Rag::Green));
    assert_eq!(x.critical_path, vec!["A".to_string(), "B".to_string()]);
}

use super::*;
use crate::analysis::Analysis;
use crate::analysis::cost::Figures;
use crate::model::{At, Baseline, Budget, EacMethod};

/// BAC 1000, 40% done, 50% planned, AC 500:
/// PV = 1000 x 0.5 = 500; EV = 1000 x 0.4 = 400; SV = 400 - 500 = -100;
/// CV = 400 - 500 = -100; SPI = 400/500 = 0.8; CPI = 400/500 = 0.8;
/// EAC = 1000/0.8 = 1250; ETC = 1250 - 500 = 750; VAC = 1000 - 1250 = -250;
/// budget-rate EAC = 500 + 600 = 1100; cpi-spi EAC = 500 + 600/0.64 = 1437.5.
#[test]
fn earned_value_by_hand() {
    let f = Figures::project(1000.0, 40.0, Some(50.0), Some(500.0));
    let ev = EarnedValue::from_figures(&f, EacMethod::Cpi);
    assert_eq!(
        (ev.pv, ev.ev, ev.sv, ev.cv),
        (Some(500.0), 400.0, Some(-100.0), Some(-100.0))
    );
    assert_eq!((ev.spi, ev.cpi), (Some(0.8), Some(0.8)));
    assert_eq!(
        (ev.eac, ev.etc, ev.vac),
        (Some(1250.0), Some(750.0), Some(-250.0))
    );
    assert_eq!(
        (ev.eac_variants.budget_rate, ev.eac_variants.cpi_spi),
        (Some(1100.0), Some(1437.5))
    );
    let by_budget = EarnedValue::from_figures(&f, EacMethod::BudgetRate);
    assert_eq!((by_budget.eac, by_budget.vac), (Some(1100.0), Some(-100.0)));
}

#[test]
fn zero_divisors_give_null_not_infinity() {
    let ev = |done, planned, ac| {
        EarnedValue::from_figures(&Figures::project(1000.0, done, planned, ac), EacMethod::Cpi)
    };
    // Nothing planned yet and nothing spent: SPI, CPI and EAC are unknown.
    let x = ev(0.0, Some(0.0), Some(0.0));
    assert_eq!(
        (x.spi, x.cpi, x.eac, x.etc, x.vac),
        (None, None, None, None, None)
    );
    // No actual cost recorded: CV and CPI are null, SV is still known.
    let x = ev(10.0, Some(20.0), None);
    assert_eq!((x.cv, x.cpi, x.sv), (None, None, Some(-100.0)));
    // No baseline: no PV, SV or SPI.
    let x = ev(10.0, None, Some(50.0));
    assert_eq!((x.pv, x.sv, x.spi, x.cpi), (None, None, None, Some(2.0)));
    // Nothing earned: CPI 0, so EAC (BAC / 0) is null.
    let x = ev(0.0, Some(20.0), Some(100.0));
    assert_eq!((x.cpi, x.eac), (Some(0.0), None));
}

fn with(spi: f64, cpi: f64) -> EarnedValue {
    EarnedValue {
        spi: Some(spi),
        cpi: Some(cpi),
        ..EarnedValue::default()
    }
}

#[test]
fn status_is_red_on_any_red_condition_amber_on_any_amber() {
    let s = PlanSettings::default();
    let (good, amber_spi, red_cpi) = (with(1.0, 1.0), with(0.90, 1.0), with(1.0, 0.80));
    fn on(ev: Option<&EarnedValue>, slip: Option<i64>, overdue: u32) -> Inputs<'_> {
        Inputs {
            ev,
            slip,
            overdue_milestones: overdue,
            ..Inputs::default()
        }
    }
    assert_eq!(rate(&s, &on(Some(&good), Some(0), 0)).rag, Rag::Green);
    // SPI 0.90 is below amber 0.95, above red 0.85.
    assert_eq!(rate(&s, &on(Some(&amber_spi), Some(0), 0)).rag, Rag::Amber);
    assert_eq!(rate(&s, &on(Some(&red_cpi), Some(0), 0)).rag, Rag::Red);
    // Slip 5 days is amber, 15 red; one overdue milestone amber, two red.
    assert_eq!(rate(&s, &on(None, Some(5), 0)).rag, Rag::Amber);
    assert_eq!(rate(&s, &on(None, Some(15), 0)).rag, Rag::Red);
    assert_eq!(rate(&s, &on(None, None, 1)).rag, Rag::Amber);
    let rating = rate(&s, &on(Some(&amber_spi), None, 2));
    assert_eq!(rating.rag, Rag::Red);
    // Schedule is red (two overdue milestones), cost green (CPI 1.0).
    assert_eq!((rating.schedule, rating.cost), (Rag::Red, Rag::Green));
    let cost_only = rate(&s, &on(Some(&red_cpi), None, 0));
    assert_eq!((cost_only.schedule, cost_only.cost), (Rag::Green, Rag::Red));
    assert_eq!(
        rating.reasons,
        vec![
            Reason::OverdueMilestones { count: 2 },
            Reason::SpiBelow {
                spi: 0.9,
                limit: 0.95
            }
        ]
    );
    let cycle = Inputs {
        in_cycle: true,
        ..Inputs::default()
    };
    assert_eq!(rate(&s, &cycle).rag, Rag::Amber);
}

#[test]
fn a_service_is_rated_on_its_burn_and_its_slas() {
    let s = PlanSettings::default();
    let burn = |b: f64| Inputs {
        burn_percent: Some(b),
        ..Inputs::default()
    };
    assert_eq!(rate(&s, &burn(104.9)).rag, Rag::Green);
    let amber = rate(&s, &burn(105.0));
    assert_eq!((amber.rag, amber.cost), (Rag::Amber, Rag::Amber));
    let red = rate(&s, &burn(130.0));
    assert_eq!(
        red.reasons,
        vec![Reason::RunRateOverspend {
            burn_percent: 130.0,
            limit: 115.0
        }]
    );
    let slas = Inputs {
        slas_missed: 2,
        ..Inputs::default()
    };
    let x = rate(&s, &slas);
    assert_eq!((x.schedule, x.cost), (Rag::Amber, Rag::Green));
}

#[test]
fn another_eac_method_rates_bac_over_eac() {
    let s = PlanSettings {
        eac: EacMethod::BudgetRate,
        ..PlanSettings::default()
    };
    // CPI 0.5 would be red, but AC + (BAC - EV) = 100 + 950 = 1050 keeps
    // BAC / EAC at 0.95: not below amber.
    let f = Figures::project(1000.0, 5.0, None, Some(100.0));
    let ev = EarnedValue::from_figures(&f, EacMethod::BudgetRate);
    let x = rate(
        &s,
        &Inputs {
            ev: Some(&ev),
            ..Inputs::default()
        },
    );
    assert_eq!(x.rag, Rag::Green, "{:?}", x.reasons);
}

/// A two-task project from 2026-01-05 (Mon): A 10 days (01-05 .. 01-16),
/// 50% done; B 10 days after A (01-19 .. 01-30), not started. Both have
/// their planned dates as baseline. As of Fri 01-09 (end of day 5):
/// planned = (5/10 x 10 + 0) / 20 = 25%; done = (0.5 x 10) / 20 = 25%.
/// Projected: A has 5 days left from Mon 01-12 (to 01-16), B follows:
/// 01-19 .. 01-30, on time.
#[test]
fn project_progress_and_projection() {
    use crate::analysis::schedule::tests::{portfolio, project, task};
    let base = |s: &str, e: &str| Baseline {
        start: Some(At::unlocated(s.parse().unwrap())),
        end: Some(At::unlocated(e.parse().unwrap())),
    };
    let mut a = task("A", 10.0, &[]);
    a.progress = Some(At::unlocated(50.0));
    a.baseline = Some(base("2026-01-05", "2026-01-16"));
    let mut b = task("B", 10.0, &[("A", crate::model::LinkType::Fs, 0)]);
    b.baseline = Some(base("2026-01-19", "2026-01-30"));
    let mut x = project("x", "prog", "2026-01-05", vec![a, b], vec![]);
    x.end = At::unlocated("2026-01-30".parse().unwrap());
    x.baseline = Some(base("2026-01-05", "2026-01-30"));
    x.budget = Some(Budget {
        planned: At::unlocated(100.0),
        actual: Some(At::unlocated(20.0)),
        reserve: None,
        baseline: None,
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
        (x.percent_complete, x.planned_percent, x.weighting),
        (Some(25.0), Some(25.0), Weighting::Duration)
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
    // The program's % complete is its EV / BAC.
    let g = &r.programs[0];
    assert_eq!(
        (g.percent_complete, g.weighting),
        (Some(25.0), Weighting::Budget)
    );
}

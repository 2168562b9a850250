//! Hand-computed cases of the cost module (docs/reports.md, "Cost").

use super::*;
use crate::model::{Calendar, Portfolio, Project};

fn date(s: &str) -> Date {
    s.parse().expect("date")
}

fn project(yaml: &str) -> Project {
    let head = "kind: Project\nid: P\nname: P\nprogram: G\nmanager: pm\nstatus: active\n";
    serde_saphyr::from_str(&format!("{head}{yaml}")).expect("project")
}

fn costs(projects: Vec<Project>, as_of: &str) -> Costs {
    let (portfolio, _) = Portfolio::assemble(
        Default::default(),
        vec![],
        projects,
        vec![],
        vec![],
        vec![],
        vec![],
    );
    let calendar = crate::analysis::calendar::WorkCalendar::new(&Calendar::default());
    let schedule = Schedule::build(&portfolio, &calendar, &[date(as_of)]);
    build(&portfolio, &schedule, &schedule.index, date(as_of))
}

#[test]
fn the_ledger_counts_the_period_holding_as_of_by_working_days() {
    // November 2026 has 21 working days (Mon-Fri); the 16th (a Monday)
    // closes the 11th of them. September and October count in full.
    let p = project(
        "start: 2026-09-01\nend: 2026-12-31\nbudget: {planned: 1000}\ntasks:\n  - {id: t, name: t, start: 2026-09-01, duration: 60, progress: 50}\nactuals:\n  - {period: 2026-09, cost: 100}\n  - {period: 2026-10, cost: 200}\n  - {period: 2026-11, cost: 210}\n  - {period: 2026-12, cost: 999}\n",
    );
    let c = costs(vec![p], "2026-11-16");
    let f = c.projects[0].figures.as_ref().expect("figures");
    let ac = f.ac.expect("ac");
    assert!((ac - (300.0 + 210.0 * 11.0 / 21.0)).abs() < 1e-9, "{ac}");
    assert_eq!(c.projects[0].ac_basis, AcBasis::Ledger);
    // No baseline: no PV, no SPI.
    assert_eq!((f.pv, f.spi()), (None, None));
    assert_eq!(c.projects[0].pv_basis, PvBasis::None);
    assert_eq!(f.ev, 500.0);
}

#[test]
fn pv_follows_the_task_baselines_weighted_by_planned_cost() {
    // Two tasks owned by nobody with a rate: weights fall back to effort
    // (100 h and 300 h). Task a's baseline is over; task b's runs Mon
    // 2026-11-09 .. Fri 2026-11-20 (10 working days), 6 elapsed by Mon 16th.
    let p = project(
        "start: 2026-11-02\nend: 2026-12-31\nbaseline: {end: 2026-12-31}\nbudget: {planned: 4000, actual: 1000}\ntasks:\n  - {id: a, name: a, duration: 5, effort: 100, progress: 100, baseline: {start: 2026-11-02, end: 2026-11-06}}\n  - {id: b, name: b, duration: 10, effort: 300, progress: 20, depends_on: [{task: a}], baseline: {start: 2026-11-09, end: 2026-11-20}}\n",
    );
    let c = costs(vec![p], "2026-11-16");
    let x = &c.projects[0];
    assert_eq!(x.weighting, Weighting::Effort);
    assert_eq!(x.pv_basis, PvBasis::Tasks);
    let planned = (100.0 + 300.0 * 6.0 / 10.0) / 400.0 * 100.0;
    assert!((x.planned_percent.unwrap() - planned).abs() < 1e-9);
    let f = x.figures.as_ref().unwrap();
    assert!((f.pv.unwrap() - 4000.0 * planned / 100.0).abs() < 1e-9);
    // EV = 4000 x (100 + 60) / 400 = 1600; AC undated 1000.
    assert!((f.ev - 1600.0).abs() < 1e-9);
    assert_eq!(x.ac_basis, AcBasis::Undated);
    let (cpi, spi) = (f.cpi().unwrap(), f.spi().unwrap());
    assert!((cpi - 1.6).abs() < 1e-12);
    assert!((f.eac.cpi.unwrap() - 2500.0).abs() < 1e-9);
    assert!((f.eac.budget_rate.unwrap() - 3400.0).abs() < 1e-9);
    let cpi_spi = 1000.0 + 2400.0 / (cpi * spi);
    assert!((f.eac.cpi_spi.unwrap() - cpi_spi).abs() < 1e-9);
}

#[test]
fn a_service_burns_its_run_rate_by_months_elapsed() {
    // From Wed 2026-09-16: September has 22 working days, 11 of them from
    // the 16th; October counts in full; November 11 of 21.
    let p = project(
        "start: 2026-09-16\nend: 2027-09-15\nservice: {run_rate: 21000}\nactuals:\n  - {period: 2026-09, cost: 10000}\n  - {period: 2026-10, cost: 25000}\n",
    );
    let c = costs(vec![p], "2026-11-16");
    let x = &c.projects[0];
    assert_eq!(x.nature, Nature::Service);
    assert!(x.figures.is_none());
    let b = x.burn.as_ref().unwrap();
    let months = 11.0 / 22.0 + 1.0 + 11.0 / 21.0;
    assert!((b.months - months).abs() < 1e-12, "{}", b.months);
    assert!((b.planned - 21000.0 * months).abs() < 1e-6);
    assert_eq!(b.actual, Some(35000.0));
    assert!((b.percent().unwrap() - 3_500_000.0 / (21000.0 * months)).abs() < 1e-9);
}

#[test]
fn no_actual_cost_is_unknown_and_left_out_of_the_roll_up_cpi() {
    let with = Figures::project(1000.0, 50.0, Some(60.0), Some(400.0));
    let without = Figures::project(3000.0, 10.0, None, None);
    let mut total = Figures::default();
    total.add(&with);
    total.add(&without);
    assert_eq!((total.no_ac, total.no_pv, total.projects), (1, 1, 2));
    // CPI over the project with an AC only: 500 / 400.
    assert_eq!(total.cpi(), Some(1.25));
    assert_eq!(total.spi(), Some(500.0 / 600.0));
    // % complete is EV / BAC of both: (500 + 300) / 4000.
    assert_eq!(total.percent_complete(), Some(20.0));
    // The unknown forecast counts at its BAC: 800 + 3000.
    assert_eq!(total.eac.cpi, Some(800.0 + 3000.0));
}

#[test]
fn bac_is_the_baseline_budget_when_known() {
    // Half done: EV is half of the baseline budget (100k), not of the
    // raised current one (120k); the change is +20k.
    let task = "tasks:\n  - {id: t, name: t, start: 2026-09-01, duration: 10, progress: 50}\n";
    let p = project(&format!(
        "start: 2026-09-01\nend: 2026-12-31\nbudget: {{planned: 120000, baseline: 100000}}\n{task}"
    ));
    let c = costs(vec![p], "2026-09-04");
    let x = &c.projects[0];
    let bac = x.bac.expect("bac");
    assert_eq!(
        (bac.value, bac.basis, bac.change),
        (100000.0, BacBasis::Baseline, Some(20000.0))
    );
    let f = x.figures.as_ref().expect("figures");
    assert_eq!((f.bac, f.ev), (100000.0, 50000.0));

    // Without a baseline budget: the current one, and no change.
    let p = project(&format!(
        "start: 2026-09-01\nend: 2026-12-31\nbudget: {{planned: 120000}}\n{task}"
    ));
    let c = costs(vec![p], "2026-09-04");
    let bac = c.projects[0].bac.expect("bac");
    assert_eq!(
        (bac.value, bac.basis, bac.change),
        (120000.0, BacBasis::Current, None)
    );
    // Equal budgets: the baseline basis, no change.
    let p = project(&format!(
        "start: 2026-09-01\nend: 2026-12-31\nbudget: {{planned: 9, baseline: 9}}\n{task}"
    ));
    let bac = costs(vec![p], "2026-09-04").projects[0].bac.expect("bac");
    assert_eq!((bac.basis, bac.change), (BacBasis::Baseline, None));
}

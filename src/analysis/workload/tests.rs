use super::*;
use crate::model::{Calendar, Settings};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// A portfolio from YAML-ish JSON, through the model's own serde, on
/// the test calendar.
fn portfolio(people: serde_json::Value, projects: serde_json::Value) -> Portfolio {
    let people: Vec<crate::model::Person> = serde_json::from_value(people).unwrap();
    let projects: Vec<crate::model::Project> = serde_json::from_value(projects).unwrap();
    let settings = Settings {
        calendar: test_calendar(),
        ..Settings::default()
    };
    Portfolio::assemble(settings, vec![], projects, people, vec![], vec![], vec![]).0
}

fn calendar() -> WorkCalendar {
    WorkCalendar::new(&test_calendar())
}

fn test_calendar() -> Calendar {
    Calendar {
        // Wed 2026-11-18 is a holiday; Sat 2026-11-28 is worked.
        holidays: vec![d("2026-11-18")],
        workdays: vec![d("2026-11-28")],
        ..Calendar::default()
    }
}

fn work(p: &Portfolio, window: Window) -> Workload {
    compute(p, &Analysis::build(p, d("2026-11-16")), window)
}

fn weeks(from: &str, to: &str) -> Window {
    Window {
        from: d(from),
        to: d(to),
        period: PeriodKind::Week,
    }
}

fn project(
    id: &str,
    priority: u8,
    team: serde_json::Value,
    tasks: serde_json::Value,
) -> serde_json::Value {
    serde_json::json!({
        "kind": "Project", "id": id, "name": id, "program": "PG", "manager": "ann",
        "priority": priority, "status": "active", "start": "2026-11-02", "end": "2026-12-31",
        "team": team, "tasks": tasks
    })
}

#[test]
fn the_day_axis_counts_working_days_in_constant_time() {
    let c = calendar();
    let index = WorkIndex::new(&c, d("2026-11-01"), d("2026-12-31"));
    let axis = DayAxis::new(&index, d("2026-11-16"), d("2026-11-30"));
    // Mon 16 .. Sun 22: Mon, Tue, Thu, Fri (Wed is a holiday) = 4.
    assert_eq!(axis.working_between(0, 6), 4);
    // Mon 23 .. Sun 29: 5 weekdays + the swapped Saturday 28 = 6.
    assert_eq!(axis.working_between(7, 13), 6);
    assert_eq!(axis.working_between(5, 4), 0);
    // 3 working days from Tue 17: Tue 17, Thu 19, Fri 20.
    assert_eq!(index.add_working(d("2026-11-17"), 2), d("2026-11-20"));
    for a in 0..axis.len() {
        for b in a..axis.len() {
            // Day by day on the calendar itself.
            let slow = (a..=b).filter(|&i| c.is_working(axis.day(i))).count() as u32;
            assert_eq!(axis.working_between(a, b), slow);
        }
    }
}

#[test]
fn capacity_counts_holidays_days_off_and_fte() {
    let p = portfolio(
        serde_json::json!([
            {"kind": "Person", "id": "ann", "name": "Ann",
             "days_off": [{"from": "2026-11-23", "to": "2026-11-24"}]},
            {"kind": "Person", "id": "bob", "name": "Bob", "fte": 0.5},
            {"kind": "Person", "id": "cat", "name": "Cat", "hours_per_week": 30.0}
        ]),
        serde_json::json!([]),
    );
    let w = work(&p, weeks("2026-11-16", "2026-11-29"));
    assert_eq!(w.spans.len(), 2);
    assert_eq!(w.spans[0].period.to_string(), "2026-W47");
    assert_eq!((w.spans[0].working_days, w.spans[1].working_days), (4, 6));
    // ann: W47 4 days x 8 h = 32; W48 6 days - 2 off = 4 x 8 = 32.
    assert_eq!(w.people[0].capacity, vec![32.0, 32.0]);
    // bob: 8 h x 0.5 = 4 h a day; W47 4 x 4 = 16; W48 6 x 4 = 24.
    assert_eq!(w.people[1].capacity, vec![16.0, 24.0]);
    // cat: 30 h / 5 days = 6 h a day; 4 x 6 = 24; 6 x 6 = 36.
    assert_eq!(w.people[2].capacity, vec![24.0, 36.0]);
}

#[test]
fn effort_spreads_over_working_days_and_fills_the_reservation_first() {
    let p = portfolio(
        serde_json::json!([{"kind": "Person", "id": "ann", "name": "Ann"}]),
        serde_json::json!([
            project(
                "P1",
                1,
                serde_json::json!([{"person": "ann", "allocation": 50}]),
                // Thu 19 .. Tue 24: Thu, Fri, Mon, Tue = 4 working days,
                // 40 h / 4 = 10 h a day: W47 gets 20 h, W48 20 h.
                serde_json::json!([{"id": "T1", "name": "t", "owner": "ann",
                    "start": "2026-11-19", "end": "2026-11-24", "effort": 40}])
            ),
            project(
                "P2",
                2,
                serde_json::json!([]),
                // Only a duration: 2 working days from Wed 25 = 25, 26;
                // 6 h / 2 = 3 h a day, all in W48.
                serde_json::json!([
                    {"id": "T2", "name": "t", "owner": "ann", "start": "2026-11-25",
                     "duration": 2, "effort": 6},
                    {"id": "T3", "name": "t", "owner": "ann", "effort": 6}
                ])
            )
        ]),
    );
    let w = work(&p, weeks("2026-11-16", "2026-11-29"));
    let ann = &w.people[0];
    let (p1, p2) = (&ann.projects[0], &ann.projects[1]);
    // P1 reserves 50% of 8 h = 4 h per working day: W47 4 days = 16,
    // W48 6 days = 24.
    assert_eq!(p1.reserved, vec![16.0, 24.0]);
    assert_eq!(p1.tasks, vec![20.0, 20.0]);
    // Per day the larger of 4 h reserved and the task's 10 h:
    // W47 Mon, Tue 4 + 4, Thu, Fri 10 + 10 = 28;
    // W48 Mon, Tue 10 + 10, Wed..Sat 4 x 4 = 16: 36.
    assert_eq!(p1.load, vec![28.0, 36.0]);
    assert_eq!(p2.tasks, vec![0.0, 6.0]);
    assert_eq!(p2.load, vec![0.0, 6.0]);
    assert_eq!(ann.load, vec![28.0, 42.0]);
    // Capacity 32 and 48: 87.5% and 87.5%.
    assert_eq!(ann.utilisation(1), Some(87.5));
    // T3 has no dates: the plan starts it with its project (Mon 2 Nov)
    // and it lasts 6 h / 8 h, one day, before the window.
    let a = Analysis::build(&p, d("2026-11-16"));
    let t3 = a.placement.tasks_of(0).last().unwrap();
    assert_eq!(
        (t3.span.start, t3.span.end),
        (d("2026-11-02"), d("2026-11-02"))
    );
    assert!(a.placement.unplaced.is_empty());
    // Months for cost: all of P1's load lies in 2026-11 (and 12 for the
    // rest of the reservation to 12-31).
    assert_eq!(w.month(p1.first_month).to_string(), "2026-11");
}

#[test]
fn tasks_are_loaded_on_the_days_the_plan_schedules_them() {
    let p = portfolio(
        serde_json::json!([{"kind": "Person", "id": "ann", "name": "Ann"}]),
        serde_json::json!([project(
            "P1",
            1,
            serde_json::json!([]),
            serde_json::json!([
                // A start and 40 h, no duration: 5 days of 8 h (Mon 16
                // .. Mon 23, Wed 18 a holiday), not 40 h on one day.
                {"id": "A", "name": "a", "owner": "ann", "start": "2026-11-16",
                 "effort": 40},
                // Dated only by its dependency: from the day after A.
                {"id": "B", "name": "b", "owner": "ann", "effort": 8,
                 "depends_on": [{"task": "A"}]},
                // Asks for Tue 17 but cannot start before B ends.
                {"id": "C", "name": "c", "owner": "ann", "start": "2026-11-17",
                 "duration": 1, "effort": 4, "depends_on": [{"task": "B"}]}
            ])
        )]),
    );
    let a = Analysis::build(&p, d("2026-11-16"));
    let days: Vec<(Date, Date)> = a
        .placement
        .tasks_of(0)
        .iter()
        .map(|t| (t.span.start, t.span.end))
        .collect();
    assert_eq!(
        days,
        vec![
            (d("2026-11-16"), d("2026-11-23")),
            (d("2026-11-24"), d("2026-11-24")),
            (d("2026-11-25"), d("2026-11-25")),
        ]
    );
    let w = compute(&p, &a, weeks("2026-11-16", "2026-11-29"));
    // W47: A's 4 days x 8 h; W48: A's Mon 8 h, B 8 h, C 4 h.
    assert_eq!(w.people[0].load, vec![32.0, 20.0]);
}

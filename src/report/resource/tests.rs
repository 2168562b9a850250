//! Hand-computed cases for the resource report.
//!
//! Calendar: Monday to Friday, 8 h a day, no holidays. Window: 2026-W47
//! (Nov 16-22) and 2026-W48 (Nov 23-29): 5 working days, 40 h, each.

use super::*;
use crate::analysis::Analysis;
use crate::model::{Person, Settings};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn portfolio() -> Portfolio {
    let people: Vec<Person> = serde_json::from_value(serde_json::json!([
        {"kind": "Person", "id": "ann", "name": "Ann", "roles": ["engineer"], "cost_rate": 100.0},
        {"kind": "Person", "id": "bob", "name": "Bob", "roles": ["engineer"], "cost_rate": 50.0},
        {"kind": "Person", "id": "cat", "name": "Cat", "roles": ["dba"], "fte": 0.0},
        {"kind": "Person", "id": "dan", "name": "Dan", "skills": ["dba"], "cost_rate": 10.0}
    ]))
    .unwrap();
    let projects: Vec<Project> = serde_json::from_value(serde_json::json!([
        {"kind": "Project", "id": "P1", "name": "One", "program": "PG1", "manager": "ann",
         "priority": 1, "status": "active", "start": "2026-11-02", "end": "2026-11-27",
         "budget": {"planned": 10000.0},
         "team": [{"person": "ann", "role": "engineer", "allocation": 50}]},
        {"kind": "Project", "id": "P2", "name": "Two", "program": "PG1", "manager": "bob",
         "status": "active", "start": "2026-11-16", "end": "2026-12-11",
         "budget": {"planned": 3000.0},
         "tasks": [{"id": "T1", "name": "Build", "owner": "bob",
                    "start": "2026-11-23", "end": "2026-12-04", "effort": 80.0},
                   {"id": "T2", "name": "Tune", "role": "dba",
                    "start": "2026-11-16", "end": "2026-11-20", "effort": 10.0},
                   {"id": "T3", "name": "Audit", "role": "auditor"}]},
        {"kind": "Project", "id": "P3", "name": "Three", "program": "PG2", "manager": "ann",
         "priority": 4, "status": "active", "start": "2026-11-16", "end": "2026-11-30",
         "tasks": [{"id": "T9", "name": "Migrate", "owner": "ann", "role": "dba",
                    "start": "2026-11-23", "end": "2026-11-24", "effort": 40.0}]}
    ]))
    .unwrap();
    Portfolio::assemble(
        Settings::default(),
        vec![],
        projects,
        people,
        vec![],
        vec![],
        vec![],
    )
    .0
}

static PORTFOLIO: std::sync::LazyLock<Portfolio> = std::sync::LazyLock::new(portfolio);

fn analysis(as_of: Date) -> Analysis {
    Analysis::build(&PORTFOLIO, as_of)
}

fn report(options: Options) -> ResourceReport<'static> {
    compute(&PORTFOLIO, &analysis(d("2026-11-16")), &options)
}

fn two_weeks() -> Options {
    Options {
        from: Some(d("2026-11-16")),
        to: Some(d("2026-11-29")),
        ..Options::default()
    }
}

#[test]
fn the_default_window_is_twelve_weeks_from_the_as_of_week() {
    let r = compute(&PORTFOLIO, &analysis(d("2026-11-18")), &Options::default());
    assert_eq!(r.periods.len(), 12);
    assert_eq!((r.from, r.to), (d("2026-11-16"), d("2027-02-07")));
    let months = Options {
        period: PeriodKind::Month,
        ..Options::default()
    };
    let r = compute(&PORTFOLIO, &analysis(d("2026-11-18")), &months);
    let names: Vec<String> = r.periods.iter().map(|p| p.period.to_string()).collect();
    assert_eq!(names, ["2026-11", "2026-12", "2027-01"]);
}

#[test]
fn a_conflict_names_the_projects_and_suggests_a_way_out() {
    let r = report(two_weeks());
    // ann, W48: P1 reserves 50% of 8 h = 4 h x 5 days = 20 h; P3's T9 is
    // 40 h over Mon 23 and Tue 24 = 40 h. Load 60 h on 40 h: 20 h over.
    assert_eq!(r.conflicts.len(), 1);
    let c = &r.conflicts[0];
    assert_eq!(
        (c.person, c.period.to_string().as_str()),
        ("ann", "2026-W48")
    );
    assert_eq!((c.load, c.capacity, c.hours_over), (60.0, 40.0, 20.0));
    assert_eq!(c.utilisation, Some(150.0));
    let ids: Vec<(&str, &str, u8, f64)> = c
        .projects
        .iter()
        .map(|p| (p.project, p.program, p.priority, p.hours))
        .collect();
    assert_eq!(ids, [("P1", "PG1", 1, 20.0), ("P3", "PG2", 4, 40.0)]);
    assert_eq!(c.projects[1].tasks[0].task, "T9");
    // P3 has the lower priority: T9 could move. T9 is P3's only work, so it
    // is critical (float 0). T9 needs a dba: dan has the skill and 40 h
    // free; cat has the role but no capacity (fte 0).
    let m = c.resolution.move_work.as_ref().unwrap();
    assert_eq!(
        (m.project, m.tasks[0].task, m.tasks[0].float_days),
        ("P3", "T9", Some(0))
    );
    let who: Vec<(&str, f64)> = c
        .resolution
        .reassign
        .iter()
        .map(|c| (c.person, c.free_hours))
        .collect();
    assert_eq!(who, [("dan", 40.0)]);
    assert_eq!(
        c.resolution.suggestion,
        Suggestion {
            relieve: Some(Relief::MoveTasks {
                project: "P3",
                priority: 4,
                period: c.period,
                tasks: vec![("T9", Slack::Critical)],
            }),
            hand_over: Some(HandOver {
                hours: 20.0,
                person: "dan",
                free_hours: 40.0,
                matches: "dba",
            }),
        }
    );
    // The JSON keeps the English sentence the view words.
    let json = serde_json::to_value(c).unwrap();
    assert_eq!(
        json["resolution"]["summary"],
        "Move T9 (critical) of P3 (priority 4) out of 2026-W48; or hand 20 h to dan (40 h free, dba)"
    );
}

#[test]
fn idle_people_and_unstaffed_work() {
    let r = report(two_weeks());
    // ann 80 h / 80 h = 100%; bob W48 40 h / 80 h = 50% (not below 50);
    // dan 0%; cat has no capacity, so no utilisation.
    let idle: Vec<&str> = r.idle.iter().map(|i| i.person).collect();
    assert_eq!(idle, ["dan"]);
    let tasks: Vec<(&str, f64)> = r
        .unstaffed_tasks
        .iter()
        .map(|t| (t.task, t.hours_in_window))
        .collect();
    assert_eq!(tasks, [("T2", 10.0), ("T3", 0.0)]);
    assert_eq!(r.unstaffed_roles.len(), 1);
    assert_eq!(r.unstaffed_roles[0].role, "auditor");
    assert_eq!(r.unstaffed_roles[0].wanted_by, ["P2/T3"]);
    // dba demand: T9 on ann (40 h in W48) and the unstaffed T2 (10 h in
    // W47); supply: cat 0 + dan 40 h a week.
    let dba = r.demand.iter().find(|x| x.role == "dba").unwrap();
    let per: Vec<(f64, f64)> = dba.periods.iter().map(|p| (p.demand, p.supply)).collect();
    assert_eq!(per, [(10.0, 40.0), (40.0, 40.0)]);
    assert!(dba.short.is_empty());
}

#[test]
fn cost_rolls_up_by_project_and_program_with_the_month_money_runs_out() {
    let r = report(two_weeks());
    let line = |id: &str| r.cost.projects.iter().find(|l| l.id == id).unwrap();
    // P1: ann 4 h a day at 100 from Nov 2 to Nov 27 (20 days): 8,000.
    // Before the window, Nov 2-13 (10 days): 4,000; W47 and W48 2,000 each.
    let p1 = line("P1");
    assert_eq!(p1.before, 4000.0);
    let cum: Vec<(f64, f64)> = p1.periods.iter().map(|p| (p.cost, p.cumulative)).collect();
    assert_eq!(cum, [(2000.0, 6000.0), (2000.0, 8000.0)]);
    assert_eq!(
        (p1.at_completion, p1.percent_of_budget, p1.runs_out),
        (8000.0, Some(80.0), None)
    );
    // P2: bob's T1 is 80 h over 10 days (Nov 23 - Dec 4) = 8 h a day at 50:
    // W48 5 days = 2,000. November (23-30: 6 days) 2,400, December (1-4)
    // 1,600: cumulative 4,000 passes the 3,000 budget in December.
    let p2 = line("P2");
    let cum: Vec<(f64, f64)> = p2.periods.iter().map(|p| (p.cost, p.cumulative)).collect();
    assert_eq!(cum, [(0.0, 0.0), (2000.0, 2000.0)]);
    assert_eq!(p2.at_completion, 4000.0);
    assert_eq!(
        p2.runs_out.map(|m| m.to_string()),
        Some("2026-12".to_string())
    );
    // PG1 = P1 + P2: budget 13,000; before 4,000; W47 2,000 (6,000); W48
    // 4,000 (10,000); at completion 12,000, within budget.
    let pg1 = r.cost.programs.iter().find(|l| l.id == "PG1").unwrap();
    assert_eq!(pg1.budget, Some(13000.0));
    let cum: Vec<f64> = pg1.periods.iter().map(|p| p.cumulative).collect();
    assert_eq!(cum, [6000.0, 10000.0]);
    assert_eq!((pg1.at_completion, pg1.runs_out), (12000.0, None));
    // ann has a rate; P3's cost is ann's 40 h x 100.
    assert_eq!(line("P3").at_completion, 4000.0);
    assert!(r.cost.unrated.is_empty());
}

#[test]
fn filters_pick_people_but_load_spans_the_portfolio() {
    let only_p3 = Options {
        scope: Scope {
            project: Some("P3".into()),
            ..Scope::default()
        },
        ..two_weeks()
    };
    let r = report(only_p3);
    let people: Vec<&str> = r.people.iter().map(|p| p.id).collect();
    assert_eq!(people, ["ann"]);
    // ann's P1 load still counts.
    assert_eq!(r.people[0].load, 80.0);
    assert_eq!(r.cost.projects.len(), 1);
    let dba = Options {
        role: Some("dba".into()),
        ..two_weeks()
    };
    let r = report(dba);
    let people: Vec<&str> = r.people.iter().map(|p| p.id).collect();
    assert_eq!(people, ["cat", "dan"]);
}

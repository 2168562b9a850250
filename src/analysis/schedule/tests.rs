use super::*;
use crate::model::Calendar;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn calendar(holidays: &[&str]) -> WorkCalendar {
    WorkCalendar::new(&Calendar {
        holidays: holidays.iter().map(|h| d(h)).collect(),
        workdays: vec![],
        ..Calendar::default()
    })
}

#[test]
fn work_index_agrees_with_the_calendar_inside_and_outside_its_range() {
    // Range 2026-09-28 .. 2026-10-11 holds the holidays 10-01 and 10-02.
    let c = calendar(&["2026-10-01", "2026-10-02"]);
    let ix = WorkIndex::new(&c, d("2026-09-28"), d("2026-10-11"));
    // Ordinal 0 is Mon 09-28; Thu 10-01 and Fri 10-02 are off, so the
    // 4th working day (ordinal 3) is Mon 10-05.
    assert_eq!(ix.ord(d("2026-09-28")), 0);
    assert_eq!(ix.date(3), d("2026-10-05"));
    assert_eq!(ix.ord(d("2026-10-01")), 3);
    assert_eq!(ix.ord_end(d("2026-09-30")), 3);
    // Walk two years either side and compare with the day-by-day calendar.
    let start = d("2025-06-01");
    let mut k = ix.ord(start);
    for i in 0..900 {
        let day = start.add_days(i);
        assert_eq!(ix.ord(day), k, "ord of {day}");
        if c.is_working(day) {
            assert_eq!(ix.date(k), day, "date of ordinal {k}");
            assert_eq!(
                ix.add_working(d("2025-06-02"), k - ix.ord(d("2025-06-02"))),
                day
            );
            k += 1;
        }
    }
}

use crate::model::{At, Budget, Dependency, Milestone, Project, ProjectStatus, Task};

pub(crate) fn task(id: &str, days: f64, deps: &[(&str, LinkType, i32)]) -> Task {
    Task {
        id: At::unlocated(id.into()),
        name: At::unlocated(format!("Task {id}")),
        owner: None,
        role: None,
        start: None,
        end: None,
        duration: Some(At::unlocated(days)),
        effort: None,
        depends_on: deps
            .iter()
            .map(|(p, link, lag)| Dependency {
                project: None,
                task: Some(At::unlocated((*p).into())),
                milestone: None,
                link: Some(At::unlocated(*link)),
                lag: Some(At::unlocated(*lag)),
            })
            .collect(),
        progress: None,
        baseline: None,
        group: vec![],
    }
}

pub(crate) fn project(
    id: &str,
    program: &str,
    start: &str,
    tasks: Vec<Task>,
    milestones: Vec<Milestone>,
) -> Project {
    Project {
        kind: "Project".into(),
        version: None,
        id: At::unlocated(id.into()),
        name: At::unlocated(format!("Project {id}")),
        program: At::unlocated(program.into()),
        customer: None,
        business: None,
        manager: At::unlocated("pm".into()),
        priority: None,
        status: At::unlocated(ProjectStatus::Active),
        start: At::unlocated(d(start)),
        end: At::unlocated(d(start).add_days(365)),
        baseline: None,
        team: vec![],
        goals: vec![],
        serves: vec![],
        kpis: vec![],
        budget: None::<Budget>,
        nature: None,
        service: None,
        actuals: vec![],
        milestones,
        tasks,
        dependencies: vec![],
        closure: None,
        satisfaction: vec![],
        communication: vec![],
        quality: None,
        description: None,
        allow: vec![],
    }
}

pub(crate) fn portfolio(projects: Vec<Project>) -> Portfolio {
    let (p, _) = Portfolio::assemble(
        Default::default(),
        vec![],
        projects,
        vec![],
        vec![],
        vec![],
        vec![],
    );
    p
}

fn times(s: &Schedule, p: &Portfolio, project: &str, task: &str) -> Times {
    let pi = p
        .projects
        .iter()
        .position(|x| x.id.value == project)
        .unwrap();
    let ti = p.projects[pi]
        .tasks
        .iter()
        .position(|t| t.id.value == task)
        .unwrap();
    s.times[s.first[pi] + ti]
}

const FS: LinkType = LinkType::Fs;

/// The classic seven-activity network (e.g. the textbook "A..G"
/// example): A 3; B 4; C 2 after A; D 5 after A; E 3 after B and C;
/// F 4 after D; G 2 after E and F.
///
/// Forward: A 0-3, B 0-4, C 3-5, D 3-8, E max(4,5)=5-8, F 8-12,
/// G max(8,12)=12-14. Project: 14 days.
/// Backward: G 12-14, F 8-12, E 14-2-3 = 9-12 (LF = LS(G) = 12),
/// D 3-8, C LF = LS(E) = 9 -> 7-9, B LF 9 -> 5-9,
/// A LF = min(LS(C)=7, LS(D)=3) = 3 -> 0-3.
/// Total float: A 0, B 5, C 4, D 0, E 4, F 0, G 0: critical A-D-F-G.
/// Free float: A 0, B 5-4=1 (to E at 5), C 0 (E starts at 5),
/// D 0, E 12-8 = 4, F 0, G 0.
#[test]
fn textbook_seven_activity_network() {
    let tasks = vec![
        task("A", 3.0, &[]),
        task("B", 4.0, &[]),
        task("C", 2.0, &[("A", FS, 0)]),
        task("D", 5.0, &[("A", FS, 0)]),
        task("E", 3.0, &[("B", FS, 0), ("C", FS, 0)]),
        task("F", 4.0, &[("D", FS, 0)]),
        task("G", 2.0, &[("E", FS, 0), ("F", FS, 0)]),
    ];
    // 2026-01-05 is a Monday.
    let p = portfolio(vec![project("x", "prog", "2026-01-05", tasks, vec![])]);
    let s = Schedule::build(&p, &calendar(&[]), &[]);
    let start = s.index.ord(d("2026-01-05"));
    let expect = [
        ("A", 0, 3, 0, 3, 0, 0),
        ("B", 0, 4, 5, 9, 5, 1),
        ("C", 3, 5, 7, 9, 4, 0),
        ("D", 3, 8, 3, 8, 0, 0),
        ("E", 5, 8, 9, 12, 4, 4),
        ("F", 8, 12, 8, 12, 0, 0),
        ("G", 12, 14, 12, 14, 0, 0),
    ];
    for (id, es, ef, ls, lf, tf, ff) in expect {
        let t = times(&s, &p, "x", id);
        assert_eq!(
            (
                t.early_start - start,
                t.early_finish - start,
                t.late_start - start,
                t.late_finish - start
            ),
            (es, ef, ls, lf),
            "{id}"
        );
        assert_eq!(
            (t.total_float, t.free_float, t.critical),
            (tf, ff, tf == 0),
            "{id}"
        );
    }
    assert_eq!(s.project_finish[0], Some(start + 14));
    // 14 working days from Mon 01-05 (5 + 5 + 4): the last is Thu 01-22.
    assert_eq!(s.index.finish_date(start + 14), d("2026-01-22"));
    assert!(s.cycles.is_empty());
}

/// SS and FF links with lags, and a lead:
/// A 4 days; B 3 days SS A +2 -> ES 2, EF 5; C 2 days FF B +1 -> EF >= 6,
/// ES 4; D 1 day FS C -1 (lead) -> ES 5, EF 6.
/// Finish 6. Backward: D LF 6, LS 5; C: LF = LS(D)+1 = 6, LS 4;
/// B: LF = LF(C)-1 = 5, LS 2; A: LS <= LS(B)-2 = 0 -> LF = 0+4 = 4,
/// LS 0 (also bounded by finish 6). All critical. Free float of A:
/// ES(B) - 2 - ES(A) = 0.
#[test]
fn start_to_start_finish_to_finish_and_lead() {
    let tasks = vec![
        task("A", 4.0, &[]),
        task("B", 3.0, &[("A", LinkType::Ss, 2)]),
        task("C", 2.0, &[("B", LinkType::Ff, 1)]),
        task("D", 1.0, &[("C", FS, -1)]),
    ];
    let p = portfolio(vec![project("x", "prog", "2026-01-05", tasks, vec![])]);
    let s = Schedule::build(&p, &calendar(&[]), &[]);
    let o = s.index.ord(d("2026-01-05"));
    let got: Vec<(i64, i64, i64, i64)> = ["A", "B", "C", "D"]
        .iter()
        .map(|id| {
            let t = times(&s, &p, "x", id);
            (
                t.early_start - o,
                t.early_finish - o,
                t.late_start - o,
                t.total_float,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![(0, 4, 0, 0), (2, 5, 2, 0), (4, 6, 4, 0), (5, 6, 5, 0)]
    );
}

/// Milestones and holidays: T1 3 days from Wed 2026-09-30, with Thu 10-01
/// and Fri 10-02 off: works 09-30, 10-05, 10-06; finishes Tue 10-06.
/// M1 due Fri 10-02 after T1: placed by T1, at the end of Tue 10-06 (it
/// is late against its due date). M2 due Fri 10-30 after T1: placed by
/// T1 too, at the end of 10-06. M3 due Fri 10-30 with no predecessor:
/// at its due date; it is the last node, so it sets the project finish
/// (end of 10-30) and is critical. T1, M1 and M2 have float = the
/// working days 10-07 .. 10-30 = 3 + 5 + 5 + 5 = 18.
#[test]
fn milestones_follow_predecessors_and_holidays() {
    let mut t1 = task("T1", 3.0, &[]);
    t1.start = Some(At::unlocated(d("2026-09-30")));
    let ms = |id: &str, due: &str, after: &[&str]| Milestone {
        id: At::unlocated(id.into()),
        name: At::unlocated(id.into()),
        due: At::unlocated(d(due)),
        baseline: None,
        done: None,
        done_on: None,
        depends_on: after
            .iter()
            .map(|t| Dependency {
                project: None,
                task: Some(At::unlocated((*t).into())),
                milestone: None,
                link: None,
                lag: None,
            })
            .collect(),
        group: vec![],
    };
    let p = portfolio(vec![project(
        "x",
        "prog",
        "2026-09-28",
        vec![t1],
        vec![
            ms("M1", "2026-10-02", &["T1"]),
            ms("M2", "2026-10-30", &["T1"]),
            ms("M3", "2026-10-30", &[]),
        ],
    )]);
    let s = Schedule::build(&p, &calendar(&["2026-10-01", "2026-10-02"]), &[]);
    let t1 = s.times[0];
    assert_eq!(
        s.index.start_date(t1.early_start, t1.duration),
        d("2026-09-30")
    );
    assert_eq!(s.index.finish_date(t1.early_finish), d("2026-10-06"));
    for m in [s.times[1], s.times[2]] {
        assert_eq!(s.index.finish_date(m.early_finish), d("2026-10-06"));
        assert_eq!(m.total_float, 18);
    }
    let m3 = s.times[3];
    assert_eq!(s.index.finish_date(m3.early_finish), d("2026-10-30"));
    assert_eq!((m3.total_float, m3.critical), (0, true));
    assert_eq!(t1.total_float, 18);
}

/// A -> B -> C -> A is a cycle; D after C still gets dates.
#[test]
fn cycles_are_reported_not_looped_on() {
    let tasks = vec![
        task("A", 1.0, &[("C", FS, 0)]),
        task("B", 1.0, &[("A", FS, 0)]),
        task("C", 1.0, &[("B", FS, 0)]),
        task("D", 2.0, &[("C", FS, 0)]),
        task("E", 1.0, &[("E", FS, 0)]),
    ];
    let p = portfolio(vec![project("x", "prog", "2026-01-05", tasks, vec![])]);
    let s = Schedule::build(&p, &calendar(&[]), &[]);
    assert_eq!(s.cycles, vec![vec![0, 1, 2], vec![4]]);
    assert_eq!(s.order.len(), 5);
    assert!(s.times[0].in_cycle && !s.times[3].in_cycle);
    // With the cycle's edges cut, A, B and C all start on day 0; D
    // follows C.
    let o = s.index.ord(d("2026-01-05"));
    assert_eq!(s.times[3].early_start - o, 1);
}

/// A cross-project link: y's task waits for x's milestone. x: T 5 days,
/// M due on day 0 after T -> M at point 5. y: U 2 days after M -> 5-7.
/// Program finish 7: in pass 2, x's T and M are critical for the
/// program (they drive y); in pass 1, x's own finish is 5 so T is
/// critical for x as well.
#[test]
fn cross_project_dependencies() {
    let m = Milestone {
        id: At::unlocated("M".into()),
        name: At::unlocated("M".into()),
        due: At::unlocated(d("2026-01-05")),
        baseline: None,
        done: None,
        done_on: None,
        depends_on: vec![Dependency {
            project: None,
            task: Some(At::unlocated("T".into())),
            milestone: None,
            link: None,
            lag: None,
        }],
        group: vec![],
    };
    let x = project(
        "x",
        "prog",
        "2026-01-05",
        vec![task("T", 5.0, &[])],
        vec![m],
    );
    let mut u = task("U", 2.0, &[]);
    u.depends_on = vec![Dependency {
        project: Some(At::unlocated("x".into())),
        task: None,
        milestone: Some(At::unlocated("M".into())),
        link: None,
        lag: None,
    }];
    let y = project(
        "y",
        "prog",
        "2026-01-05",
        vec![u, task("V", 1.0, &[])],
        vec![],
    );
    let p = portfolio(vec![x, y]);
    let s = Schedule::build(&p, &calendar(&[]), &[]);
    let o = s.index.ord(d("2026-01-05"));
    let u = times(&s, &p, "y", "U");
    assert_eq!((u.early_start - o, u.early_finish - o), (5, 7));
    assert!(s.times[0].critical && s.times[0].program_critical);
    // V (1 day, free) has 6 days of float in y.
    let v = times(&s, &p, "y", "V");
    assert_eq!((v.total_float, v.free_float), (6, 6));
}

/// A deep chain of 200,000 nodes schedules without recursion.
#[test]
fn long_chains_do_not_overflow() {
    let n = 200_000;
    let tasks: Vec<Task> = (0..n)
        .map(|i| {
            let prev = format!("t{}", i.max(1) - 1);
            let deps: &[(&str, LinkType, i32)] = if i == 0 {
                &[]
            } else {
                &[(prev.as_str(), FS, 0)]
            };
            task(&format!("t{i}"), 1.0, deps)
        })
        .collect();
    let p = portfolio(vec![project("x", "prog", "2026-01-05", tasks, vec![])]);
    let s = Schedule::build(&p, &calendar(&[]), &[]);
    let o = s.index.ord(d("2026-01-05"));
    assert_eq!(s.project_finish[0], Some(o + n as i64));
    assert!(s.times.iter().all(|t| t.critical));
}

use super::*;

#[test]
fn start_to_start_and_finish_to_finish_lags() {
    // T1 runs Mon 2026-03-02 .. Fri 03-06. T2 is SS + 3 working days:
    // earliest start Thu 03-05, but starts Wed 03-04. T3 is FF: it may
    // not end before Fri 03-06, but ends Thu 03-05. T4 is FS: it may
    // start the next working day, Mon 03-09, and does.
    let text = "kind: Project\nid: P\nname: P\nprogram: PRG\nmanager: p-a\nstatus: active\nstart: 2026-03-02\nend: 2026-03-31\ntasks:\n  - {id: T1, name: a, start: 2026-03-02, end: 2026-03-06}\n  - {id: T2, name: b, start: 2026-03-04, end: 2026-03-10, depends_on: [{task: T1, type: ss, lag: 3}]}\n  - {id: T3, name: c, start: 2026-03-02, end: 2026-03-05, depends_on: [{task: T1, type: ff}]}\n  - {id: T4, name: d, start: 2026-03-09, end: 2026-03-10, depends_on: [{task: T1}]}\n";
    let found = crate::check::run_on(check, &[("p.yaml", text)]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("S004: task `T2` of project `P` starts 2026-03-04"));
    assert!(found[0].ends_with("plus 3 working days of lag allows: 2026-03-05 at the earliest"));
    assert!(found[1].starts_with("S004: task `T3` of project `P` ends 2026-03-05"));
    assert!(found[1].ends_with("allows: 2026-03-06 at the earliest"));
}

#[test]
fn a_started_task_before_its_scheduled_predecessor() {
    // T1 has only a duration: 10 days from the project start, Mon
    // 03-02 .. Fri 03-13. T2 is done and says it started Mon 03-09,
    // but FS on T1 allows Mon 03-16 at the earliest. T3 has not
    // started: its `start` is only a wish, the plan may move it. T4's
    // predecessor has written dates: that is S004's case, not S008's.
    let text = "kind: Project\nid: P\nname: P\nprogram: PRG\nmanager: p-a\nstatus: active\nstart: 2026-03-02\nend: 2026-04-30\ntasks:\n  - {id: T1, name: a, duration: 10}\n  - {id: T2, name: b, start: 2026-03-09, end: 2026-03-13, progress: 100, depends_on: [{task: T1}]}\n  - {id: T3, name: c, start: 2026-03-09, depends_on: [{task: T1}]}\n  - {id: T0, name: z, start: 2026-03-02, end: 2026-03-20}\n  - {id: T4, name: d, start: 2026-03-09, progress: 50, depends_on: [{task: T0}]}\n";
    let found = crate::check::run_on(check, &[("p.yaml", text)]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].starts_with("S004: task `T4`"), "{found:?}");
    assert_eq!(
        found[0],
        "S008: task `T2` of project `P` is recorded as started on 2026-03-09, but its predecessor task `T1` is scheduled to end on 2026-03-13: the plan moves it to 2026-03-16"
    );
}

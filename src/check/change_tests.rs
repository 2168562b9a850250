use super::super::run_on;
use super::check;

const PROGRAM: &str = "kind: Program\nid: G\nname: G\ntype: multi-customer\nstage: integrated-management\nleadership: {pmo: boss}\n";

const PEOPLE: &str = "kind: Person\nid: boss\nname: Boss\n---\nkind: Person\nid: pm\nname: PM\n";

fn project(extra: &str) -> String {
    format!(
        "kind: Project\nid: P\nname: P\nprogram: G\nmanager: pm\nstatus: active\nstart: 2026-01-01\nend: 2026-12-31\nbudget: {{planned: 1000}}\n{extra}"
    )
}

fn change(id: &str, body: &str) -> String {
    format!("kind: Change\nid: {id}\ntitle: t\nproject: P\n{body}")
}

#[test]
fn a_move_backed_by_an_approved_change_passes() {
    let p = project("baseline: {end: 2027-01-31}\n");
    let c = change(
        "CR-1",
        "end: {before: 2026-12-31, after: 2027-01-31}\nstatus: approved\ndecided_by: boss\ndecided_on: 2026-06-01\n",
    );
    let pending = change("CR-2", "budget: {after: 2000}\nstatus: proposed\n");
    let found = run_on(
        check,
        &[
            ("g.yaml", PROGRAM),
            ("people.yaml", PEOPLE),
            ("p.yaml", &p),
            ("c.yaml", &c),
            ("d.yaml", &pending),
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn moves_past_the_last_approved_change_and_wrong_deciders_are_found() {
    // The budget was raised to 1000 -> 1500 by CR-1, then to 1800 by the
    // later CR-2; the project states 2000. CR-2 was decided by the manager.
    let p = project("").replace("planned: 1000", "planned: 2000");
    let one = change(
        "CR-1",
        "budget: {before: 1000, after: 1500}\nstatus: approved\ndecided_by: boss\ndecided_on: 2026-03-01\n",
    );
    let two = change(
        "CR-2",
        "budget: {before: 1500, after: 1800}\nstatus: approved\ndecided_by: pm\ndecided_on: 2026-05-01\n",
    );
    let three = change("CR-3", "end: {after: 2027-03-31}\nstatus: rejected\n");
    let found = run_on(
        check,
        &[
            ("g.yaml", PROGRAM),
            ("people.yaml", PEOPLE),
            ("p.yaml", &p),
            ("c1.yaml", &one),
            ("c2.yaml", &two),
            ("c3.yaml", &three),
        ],
    );
    let codes: Vec<&str> = found.iter().map(|f| &f[..4]).collect();
    assert_eq!(codes, ["D002", "D003", "D001"], "{found:?}");
    assert!(
        found[2].contains("budget is 2000, but approved change `CR-2` agreed 1800"),
        "{found:?}"
    );
    assert!(
        found[1].contains("no `decided_by` or `decided_on`"),
        "{found:?}"
    );
}

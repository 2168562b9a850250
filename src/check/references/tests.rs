use super::*;

/// Program G (customer C1, business B1, managed by pm) and person pm.
const BASE: &str = "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: define\n\
    leadership: {program_manager: pm}\n\
    customers: [{id: C1, name: C1}]\nbusinesses: [{id: B1, name: B1}]\n\
    ---\nkind: Person\nid: pm\nname: Pm\n";

fn project(id: &str, extra: &str) -> String {
    format!(
        "---\nkind: Project\nid: {id}\nname: {id}\nprogram: G\nmanager: pm\nstatus: active\n\
         start: 2026-01-05\nend: 2026-12-18\n{extra}"
    )
}

fn run(text: &str) -> Vec<String> {
    crate::check::run_on(check, &[("base.yaml", BASE), ("more.yaml", text)])
}

#[test]
fn a_consistent_repository_is_clean() {
    let text = project(
        "P1",
        "customer: C1\nbusiness: B1\ntasks:\n  - {id: T1, name: T1}\n  - {id: T2, name: T2, depends_on: [{task: T1}]}\n",
    ) + "---\nkind: Risk\nid: K1\ntitle: K1\ncategory: technical\nidentified: 2026-01-05\n\
         project: P1\nprobability: 1\nimpact: 1\nowner: pm\naffects: {task: T2}\n";
    assert_eq!(run(&text), Vec::<String>::new());
}

#[test]
fn duplicates_and_unknown_programs_customers_businesses_and_people() {
    let text = project(
        "P1",
        "customer: C9\nbusiness: B9\nteam: [{person: nobody}]\n\
         tasks:\n  - {id: T1, name: T1}\n  - {id: T1, name: again}\n",
    ) + "---\nkind: Project\nid: P2\nname: P2\nprogram: H\nmanager: pm\nstatus: active\n\
         start: 2026-01-05\nend: 2026-12-18\n";
    assert_eq!(
        run(&text),
        [
            "R003: project `P1` names customer `C9`, which program `G` does not declare",
            "R004: project `P1` names business `B9`, which program `G` does not declare",
            "R005: the team of project `P1` names unknown person `nobody`",
            "R001: duplicate task id `T1` in project `P1`",
            "R002: project `P2` names unknown program `H`",
        ]
    );
}

#[test]
fn dependencies_and_risks_name_what_exists_and_exactly_one_thing() {
    let text = project(
        "P1",
        "tasks:\n  - {id: T1, name: T1}\n  - {id: T2, name: T2, depends_on: [{task: T9}, {task: T1, milestone: M1}]}\n\
         milestones:\n  - {id: M1, name: M1, due: 2026-06-01}\n",
    ) + "---\nkind: Risk\nid: K1\ntitle: K1\ncategory: technical\nidentified: 2026-01-05\n\
         project: P7\nprobability: 1\nimpact: 1\n\
         ---\nkind: Risk\nid: K2\ntitle: K2\ncategory: technical\nidentified: 2026-01-05\n\
         probability: 1\nimpact: 1\naffects: {milestone: M1}\n";
    assert_eq!(
        run(&text),
        [
            "R006: a dependency of task `T2` of project `P1` names unknown task `T9` of project `P1`",
            "R008: a dependency of task `T2` of project `P1` names both a task and a milestone",
            "R007: risk `K1` names unknown project `P7`",
            "R008: risk `K2` belongs to neither a project nor a program",
            "R008: `affects` of risk `K2` names `M1` but the risk belongs to no project",
        ]
    );
}

#[test]
fn people_are_checked_wherever_they_are_named() {
    // Leadership, a task owner, a risk's action owner and an
    // assessor: each unknown person is one R005, with what names it.
    let text = "---\nkind: Program\nid: H\nname: H\ntype: multi-customer\nstage: define\n\
         leadership: {pmo: pmo-x}\ncustomers: [{id: C1, name: C1}]\n"
        .to_string()
        + &project("P1", "tasks:\n  - {id: T1, name: T1, owner: eng-x}\n")
        + "---\nkind: Risk\nid: K1\ntitle: K1\ncategory: technical\nidentified: 2026-01-05\n\
           project: P1\nprobability: 1\nimpact: 1\nowner: pm\n\
           actions: [{description: a, owner: act-x, due: 2026-02-01}]\n\
           ---\nkind: Assessment\nid: A1\nproject: P1\nperiod: 2026-Q2\nassessor: asr-x\n\
           dimensions: {security: {score: 3}}\n";
    let found = run(&text);
    let r005: Vec<&String> = found.iter().filter(|f| f.starts_with("R005")).collect();
    assert_eq!(r005.len(), 4, "{found:?}");
    for who in ["pmo-x", "eng-x", "act-x", "asr-x"] {
        assert!(
            r005.iter()
                .any(|f| f.ends_with(&format!("unknown person `{who}`"))),
            "{who}: {found:?}"
        );
    }
    assert_eq!(found.len(), 4, "{found:?}");
}

#[test]
fn dependencies_across_projects_name_a_project_and_its_milestone() {
    // P1 depends on P2's M9 (P2 has only M1) and needs P3's M1 (no P3).
    let text = project(
        "P2",
        "milestones:\n  - {id: M1, name: M1, due: 2026-06-01}\n",
    ) + &project(
        "P1",
        "tasks:\n  - {id: T1, name: T1, depends_on: [{project: P2, milestone: M9}, {project: P2, milestone: M1}]}\n\
             dependencies:\n  - {project: P3, milestone: M1, needed_by: 2026-06-01}\n",
    );
    assert_eq!(
        run(&text),
        [
            "R006: a dependency of task `T1` of project `P1` names unknown milestone `M9` of project `P2`",
            "R007: a dependency of project `P1` names unknown project `P3`",
        ]
    );
}

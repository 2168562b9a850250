use super::check;
use crate::check::run_on;

const PEOPLE: &str = "kind: Person\nid: p-a\nname: A\n";

fn program(stage: &str, extra: &str) -> String {
    format!(
        "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: {stage}\n\
         leadership: {{program_manager: p-a}}\ncustomers:\n  - {{id: K, name: K}}\n{extra}"
    )
}

fn project(status: &str, extra: &str) -> String {
    format!(
        "kind: Project\nid: P\nname: P\nprogram: G\ncustomer: K\nmanager: p-a\n\
         status: {status}\nstart: 2026-01-05\nend: 2026-12-18\n{extra}"
    )
}

const PLANNED: &str = "baseline: {start: 2026-01-05, end: 2026-12-18}\n\
    milestones:\n  - {id: M1, name: M1, due: 2026-12-18}\n";

fn codes(stage: &str, program_extra: &str, status: &str, project_extra: &str) -> Vec<String> {
    let program = program(stage, program_extra);
    let project = project(status, project_extra);
    run_on(
        check,
        &[
            ("g.yaml", &program),
            ("p.yaml", &project),
            ("people.yaml", PEOPLE),
        ],
    )
    .into_iter()
    .map(|f| f[..4].to_string())
    .collect()
}

#[test]
fn identify_asks_for_nothing() {
    let goals = "goals:\n  - description: vague\n";
    assert!(codes("identify", goals, "planned", "").is_empty());
}

#[test]
fn define_asks_for_smart_goals_and_owned_measured_benefits() {
    let extra = "goals:\n  - {description: vague, measure: m}\n\
                 benefits:\n  - {description: b, measure: m}\n";
    assert_eq!(codes("define", extra, "planned", ""), ["G001", "G002"]);
    let found = run_on(
        check,
        &[
            ("g.yaml", &program("define", extra)),
            (
                "p.yaml",
                &project("planned", "goals:\n  - {description: x}\n"),
            ),
            ("people.yaml", PEOPLE),
        ],
    );
    assert!(
        found
            .iter()
            .any(|f| f
                .contains("project `P` has no measure, target or due date, yet its program `G`")),
        "{found:?}"
    );
}

#[test]
fn integrated_management_asks_for_a_plan_and_a_baseline() {
    let stage = "integrated-management";
    assert_eq!(codes(stage, "", "active", ""), ["G003", "G004"]);
    assert_eq!(codes(stage, "", "planned", ""), ["G003"]);
    assert!(codes(stage, "", "proposed", "").is_empty());
    assert!(codes(stage, "", "active", PLANNED).is_empty());
    // Earlier gates keep holding.
    assert_eq!(
        codes(stage, "goals:\n  - {description: x}\n", "active", PLANNED),
        ["G001"]
    );
}

#[test]
fn benefits_management_asks_for_measured_benefits() {
    let stage = "benefits-management";
    assert_eq!(codes(stage, "", "active", PLANNED), ["G005"]);
    let unmeasured = "benefits:\n  - {description: b, measure: m, owner: p-a}\n";
    assert_eq!(codes(stage, unmeasured, "active", PLANNED), ["G006"]);
    let measured = "benefits:\n  - {description: b, measure: m, owner: p-a, \
                    measurements: [{date: 2026-06-30, value: 3}]}\n";
    assert!(codes(stage, measured, "active", PLANNED).is_empty());
}

#[test]
fn a_closed_project_records_acceptance_handover_and_lessons() {
    let stage = "integrated-management";
    assert_eq!(codes(stage, "", "closed", ""), ["G007", "G008", "G009"]);
    let half = "closure:\n  accepted_on: 2026-12-01\n  handover: runbooks\n  lessons: [x]\n";
    assert_eq!(codes(stage, "", "closed", half), ["G007", "G008"]);
    let full = "closure:\n  accepted_on: 2026-12-01\n  accepted_by: K's CIO\n  \
                handed_over_on: 2026-12-10\n  lessons:\n    - {text: x, tags: [a]}\n";
    assert!(codes(stage, "", "closed", full).is_empty());
    // A cancelled project was never delivered: nothing to accept.
    assert!(codes(stage, "", "cancelled", "").is_empty());
}

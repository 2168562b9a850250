//! Unit tests of the taxonomy rules.

use super::*;

#[test]
fn composite_runs_key_customers_by_customer_and_smes_by_business() {
    // Key customer K: projects P1 (p-a) and P2 (p-b) -> T009 on P2.
    // SME customers S1 and S2 under business D, both run by p-c: fine.
    let program = "kind: Program\nid: G\nname: G\ntype: composite\nstage: integrated-management\nleadership: {pmo: p-a}\ncustomers:\n  - {id: K, name: K, tier: key}\n  - {id: S1, name: S1, tier: sme}\n  - {id: S2, name: S2, tier: sme}\nbusinesses:\n  - {id: D, name: D}\n";
    let project = |id: &str, customer: &str, business: &str, manager: &str| {
        format!(
            "---\nkind: Project\nid: {id}\nname: {id}\nprogram: G\ncustomer: {customer}\nbusiness: {business}\nmanager: {manager}\nstatus: active\nstart: 2026-01-05\nend: 2026-12-18\n"
        )
    };
    let projects = project("P1", "K", "D", "p-a")
        + &project("P2", "K", "D", "p-b")
        + &project("P3", "S1", "D", "p-c")
        + &project("P4", "S2", "D", "p-c");
    let found = crate::check::run_on(check, &[("g.yaml", program), ("p.yaml", &projects)]);
    assert_eq!(
        found,
        [
            "T009: customer `K` of composite program `G` has two managers: `p-a` runs `P1`, `p-b` runs `P2`"
        ]
    );
}

#[test]
fn a_multi_type_program_of_one_group_is_t014_and_a_single_type_project_without_its_group_t008() {
    let multi = "kind: Program\nid: M\nname: M\ntype: multi-business\nstage: define\nleadership: {pmo: p-a}\nbusinesses:\n  - {id: D, name: D}\n";
    let single = "---\nkind: Program\nid: S\nname: S\ntype: single-customer\nstage: define\nleadership: {program_manager: p-a}\ncustomers:\n  - {id: K, name: K}\nbusinesses:\n  - {id: D, name: D}\n---\nkind: Project\nid: P\nname: P\nprogram: S\ncustomer: K\nmanager: p-a\nstatus: planned\nstart: 2026-01-05\nend: 2026-12-18\n";
    let found = crate::check::run_on(check, &[("g.yaml", &format!("{multi}{single}"))]);
    assert_eq!(
        found,
        [
            "T014: multi-business program `M` declares only one business: the type means several",
            "T008: project `P` of single-customer program `S` names no business",
        ]
    );
}

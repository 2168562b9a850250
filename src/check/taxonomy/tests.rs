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

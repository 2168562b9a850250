use super::*;
use crate::model::Lang;

const PROGRAM: &str = "kind: Program
id: G
name: Gateway
type: single-customer
stage: benefits-management
goals:
  - {id: G1, description: faster, target: 4 h, owner: pm}
  - {id: G2, description: cheaper}
benefits:
  - id: B1
    description: quicker fixes
    target: '<= 4 hours'
    better: lower
    due: 2026-12-31
    owner: pm
    goals: [G1]
    measurements:
      - {date: 2026-03-01, value: 9}
      - {date: 2026-10-01, value: 8, note: survey}
      - {date: 2027-01-01, value: 3}
  - {id: B2, description: savings, target: '100', goals: [G2]}
";

fn report(files: &[(&str, &str)]) -> BenefitsReport {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("pmo.toml"), "format = 1\n").expect("write");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let loaded = crate::load::load(dir.path(), &crate::load::Quiet).expect("load");
    let as_of = Date::ymd(2026, 11, 16).expect("date");
    let analysis = Analysis::build(&loaded.portfolio, as_of);
    let options = Options {
        scope: Scope::default(),
        as_of,
    };
    compute(&loaded.portfolio, &analysis, &options)
}

fn project(id: &str, serves: &str) -> String {
    format!(
        "kind: Project\nid: {id}\nname: {id}\nprogram: G\nmanager: pm\nstatus: active\nstart: 2026-01-01\nend: 2026-12-31\nserves: [{serves}]\n"
    )
}

#[test]
fn benefits_show_their_values_projects_and_status() {
    let person = "kind: Person\nid: pm\nname: Li Na\n";
    let (a, b) = (project("A", "G1"), project("B", "G1, G2"));
    let r = report(&[
        ("g.yaml", PROGRAM),
        ("pm.yaml", person),
        ("a.yaml", &a),
        ("b.yaml", &b),
    ]);
    let p = &r.programs[0];
    assert_eq!(p.goals[0].projects, ["A", "B"]);
    assert_eq!(p.goals[1].projects, ["B"]);
    let b1 = &p.benefits[0];
    // The value after the as-of date is not seen yet.
    assert_eq!(b1.measurements.len(), 2);
    assert_eq!(b1.latest.as_ref().map(|l| l.value), Some(8.0));
    assert_eq!(b1.change, Some(-1.0));
    assert_eq!(b1.target_value, Some(4.0));
    assert_eq!(b1.projects, ["A", "B"]);
    assert_eq!(
        b1.owner.as_ref().and_then(|w| w.name.as_deref()),
        Some("Li Na")
    );
    // 9 -> 4 over Mar..Dec: by October about 5 is expected; 8 is behind.
    assert_eq!(b1.status, Status::Behind);
    assert_eq!(p.benefits[1].status, Status::NotMeasured);
    assert_eq!((r.totals.benefits, r.totals.behind), (2, 1));
    let words = view::reason(Lang::En, b1.reason.as_ref().expect("reason"));
    assert!(words.starts_with("at 8, behind the "), "{words}");
    assert!(words.ends_with("(target 4)"), "{words}");
    assert!(view::reason(Lang::Zh, b1.reason.as_ref().unwrap()).starts_with("现为 8"));
}

#[test]
fn the_tidy_view_has_a_row_per_benefit_and_per_value() {
    let r = report(&[("g.yaml", PROGRAM)]);
    let v = view::view(&r, true, Lang::En);
    let tidy = v.tidy_table().expect("tidy");
    assert_eq!(tidy.rows.len(), 2);
    let Some(crate::render::Block::Table(values)) = v.blocks.get(1) else {
        panic!("measurements table");
    };
    assert_eq!(values.rows.len(), 2);
}

//! People documents.

use std::fmt::Write as _;

use chrono::Duration;
use chrono::NaiveDate;

use super::super::calendar::next_workday;
use super::super::config::Config;
use super::super::plan::people::People;
use super::super::rng::K_PERSON;
use super::super::rng::Rng;
use super::super::vocab::DEPARTMENTS;
use super::super::vocab::FAMILY;
use super::super::vocab::GIVEN;
use super::super::vocab::SKILLS;
use super::super::vocab::TECH_ROLES;
use super::super::vocab::person_id;
use super::yaml_f;

pub(crate) fn render_person(out: &mut String, cfg: &Config, people: &People, i: usize) {
    let mut rng = Rng::stream(cfg.seed, K_PERSON, i as u64);
    let _ = writeln!(out, "---");
    let _ = writeln!(out, "kind: Person");
    let _ = writeln!(out, "id: {}", person_id(i));
    let _ = writeln!(out, "name: {} {}", rng.pick(FAMILY), rng.pick(GIVEN));
    let role = people.role_of(i);
    if role == "project-manager" || role == "pmo-lead" || role == "service-director" {
        let _ = writeln!(out, "roles: [{role}, {}]", rng.pick(TECH_ROLES));
    } else {
        let _ = writeln!(out, "roles: [{role}]");
    }
    let fte = *rng.pick(&[1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.5]);
    if rng.chance(0.2) {
        let _ = writeln!(out, "hours_per_week: {}", rng.pick(&[36, 40, 44]));
    }
    if fte < 1.0 {
        let _ = writeln!(out, "fte: {}", yaml_f(fte));
    }
    if rng.chance(0.3) {
        let _ = writeln!(out, "days_off:");
        for _ in 0..rng.range(1, 3) {
            let from = next_workday(
                NaiveDate::from_ymd_opt(2025, 1, 6).expect("valid")
                    + Duration::days(rng.range(0, 900)),
            );
            if rng.chance(0.4) {
                let _ = writeln!(out, "  - from: {from}\n    reason: training");
            } else {
                let to = from + Duration::days(rng.range(1, 14));
                let _ = writeln!(
                    out,
                    "  - {{ from: {from}, to: {to}, reason: annual leave }}"
                );
            }
        }
    }
    let _ = writeln!(out, "cost_rate: {}", rng.range(30, 120) * 10);
    let a = rng.below(SKILLS.len());
    let b = (a + 1 + rng.below(SKILLS.len() - 1)) % SKILLS.len();
    let _ = writeln!(out, "skills:\n  - {}\n  - {}", SKILLS[a], SKILLS[b]);
    let dept = match role {
        "project-manager" | "pmo-lead" | "service-director" => "Delivery Management",
        _ => DEPARTMENTS[(i / 7) % (DEPARTMENTS.len() - 1)],
    };
    let _ = writeln!(out, "department: {dept}");
}

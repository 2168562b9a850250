//! Quality as the customer and the stakeholders see it (family `Q`):
//! customer satisfaction surveys that can be read (a score on its scale,
//! for a customer of the program), a communication plan kept to its
//! cadence, quality standards that are checked, with failures followed
//! up, and team members' performance evaluations that can be read (IT outsourcing operations and key-account IT project
//! management make regular reporting and satisfaction surveys a duty).

mod communication;
mod control;
mod evaluation;
mod satisfaction;

use super::Context;
use crate::diag::{Finding, Rule, Severity};

pub static Q001: Rule = Rule {
    code: "Q001",
    name: "survey-score-outside-scale",
    default: Severity::Error,
    summary: "A satisfaction survey's score lies outside its scale, or the scale is empty",
    doc: include_str!("../../../docs/rules/Q001.md"),
};

pub static Q002: Rule = Rule {
    code: "Q002",
    name: "survey-customer-unknown",
    default: Severity::Error,
    summary: "A satisfaction survey for a customer that is not in the project's program",
    doc: include_str!("../../../docs/rules/Q002.md"),
};

pub static Q003: Rule = Rule {
    code: "Q003",
    name: "communication-overdue",
    default: Severity::Warning,
    summary: "A communication-plan entry not held within its cadence at the as-of date",
    doc: include_str!("../../../docs/rules/Q003.md"),
};

pub static Q004: Rule = Rule {
    code: "Q004",
    name: "communication-owner-unknown",
    default: Severity::Error,
    summary: "A communication-plan entry's owner is not a person of the repository",
    doc: include_str!("../../../docs/rules/Q004.md"),
};

pub static Q005: Rule = Rule {
    code: "Q005",
    name: "quality-failure-without-follow-up",
    default: Severity::Warning,
    summary: "A failed quality check with no follow-up and no later check",
    doc: include_str!("../../../docs/rules/Q005.md"),
};

pub static Q006: Rule = Rule {
    code: "Q006",
    name: "quality-standard-never-checked",
    default: Severity::Warning,
    summary: "A quality standard of a running project that has never been checked",
    doc: include_str!("../../../docs/rules/Q006.md"),
};

pub static Q007: Rule = Rule {
    code: "Q007",
    name: "quality-check-unknown-standard",
    default: Severity::Error,
    summary: "A quality check against a standard the project does not have",
    doc: include_str!("../../../docs/rules/Q007.md"),
};

pub static Q008: Rule = Rule {
    code: "Q008",
    name: "evaluation-not-on-team",
    default: Severity::Error,
    summary: "A performance evaluation of someone who is not on the project's team",
    doc: include_str!("../../../docs/rules/Q008.md"),
};

pub static Q009: Rule = Rule {
    code: "Q009",
    name: "evaluation-unknown-reference",
    default: Severity::Error,
    summary: "A performance evaluation names a project, person or evaluator that does not exist",
    doc: include_str!("../../../docs/rules/Q009.md"),
};

pub static Q010: Rule = Rule {
    code: "Q010",
    name: "evaluation-score-outside-scale",
    default: Severity::Error,
    summary: "A performance evaluation score outside the score scale of pmo.toml",
    doc: include_str!("../../../docs/rules/Q010.md"),
};

pub static RULES: &[&Rule] = &[
    &Q001, &Q002, &Q003, &Q004, &Q005, &Q006, &Q007, &Q008, &Q009, &Q010,
];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for project in &ctx.portfolio.projects {
        satisfaction::check(ctx, project, &mut out);
        communication::check(ctx, project, &mut out);
        control::check(ctx, project, &mut out);
    }
    for e in &ctx.portfolio.evaluations {
        evaluation::check(ctx, e, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::run_on;
    use super::check;

    const PROGRAM: &str = "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: integrated-management\nleadership: {program_manager: pm}\ncustomers:\n  - {id: C1, name: One}\n---\nkind: Person\nid: pm\nname: PM\n";

    fn project(extra: &str) -> String {
        format!(
            "{PROGRAM}---\nkind: Project\nid: P\nname: P\nprogram: G\ncustomer: C1\nmanager: pm\nstatus: active\nstart: 2026-01-05\nend: 2026-12-31\n{extra}"
        )
    }

    fn codes(found: &[String]) -> Vec<&str> {
        found.iter().map(|f| &f[..4]).collect()
    }

    #[test]
    fn readable_surveys_and_a_kept_plan_pass() {
        let p = project(
            "satisfaction:\n  - {date: 2026-06-30, score: 4.2, scale: {min: 1, max: 5}}\n  - {date: 2026-09-30, customer: C1, score: 8, scale: {min: 0, max: 10}}\ncommunication:\n  - {id: w, audience: customer, what: status, every: weekly, owner: pm, held: [2026-11-13, 2026-11-06]}\n  - {id: q, audience: PMO, what: review, every: quarterly, held: [2026-09-01]}\n",
        );
        let found = run_on(check, &[("p.yaml", &p)]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_score_off_its_scale_and_an_empty_scale_are_found() {
        let p = project(
            "satisfaction:\n  - {date: 2026-06-30, score: 8.2, scale: {min: 1, max: 5}}\n  - {date: 2026-07-30, score: 3, scale: {min: 5, max: 5}}\n",
        );
        let found = run_on(check, &[("p.yaml", &p)]);
        assert_eq!(codes(&found), ["Q001", "Q001"], "{found:?}");
        assert!(found[0].contains("outside its scale 1 to 5"), "{found:?}");
        assert!(found[1].contains("empty scale"), "{found:?}");
    }

    #[test]
    fn a_customer_outside_the_program_is_found_with_a_hint() {
        let p = project(
            "satisfaction:\n  - {date: 2026-06-30, customer: C2, score: 4, scale: {min: 1, max: 5}}\n",
        );
        let found = run_on(check, &[("p.yaml", &p)]);
        assert_eq!(codes(&found), ["Q002"], "{found:?}");
        assert!(found[0].contains("customer `C2`"), "{found:?}");
    }

    #[test]
    fn an_entry_past_its_cadence_names_its_last_date() {
        let p = project(
            "communication:\n  - {id: w, audience: customer, what: status report, every: weekly, held: [2026-10-02, 2026-09-25]}\n  - {id: m, audience: PMO, what: report, every: monthly}\n",
        );
        let found = run_on(check, &[("p.yaml", &p)]);
        assert_eq!(codes(&found), ["Q003", "Q003"], "{found:?}");
        assert!(
            found[0].contains("weekly `w` (status report) last held 2026-10-02, due by 2026-10-09"),
            "{found:?}"
        );
        assert!(found[1].contains("never held"), "{found:?}");
    }

    #[test]
    fn quality_failures_need_a_follow_up_and_standards_a_check() {
        let p = project(
            "quality:\n  standards:\n    - {id: s1, what: patches, target: 95 %}\n    - {id: s2, what: backups, target: daily}\n    - {id: s3, what: docs, target: all}\n  checks:\n    - {date: 2026-09-01, standard: s1, result: fail}\n    - {date: 2026-10-01, standard: s1, result: fail}\n    - {date: 2026-10-01, standard: s2, result: fail, follow_up: restore test}\n    - {date: 2026-10-02, standard: s4, result: pass}\n",
        );
        let found = run_on(check, &[("p.yaml", &p)]);
        assert_eq!(codes(&found), ["Q006", "Q005", "Q007"], "{found:?}");
        assert!(found[0].contains("`s3` (docs)"), "{found:?}");
        assert!(found[1].contains("`s1` on 2026-10-01 failed"), "{found:?}");
    }

    #[test]
    fn an_evaluation_needs_a_team_member_known_people_and_scores_on_scale() {
        let p = project("team:\n  - {person: pm}\n");
        let people = "kind: Person\nid: eng\nname: Eng\n";
        let good = "kind: Evaluation\nid: E1\nperson: pm\nproject: P\nperiod: 2026-Q3\nevaluator: pm\nscores: {time: 4, cost: 3.5, quality: 5}\n";
        let bad = "kind: Evaluation\nid: E2\nperson: eng\nproject: P\nperiod: 2026-Q3\nevaluator: pn\nscores: {time: 7}\n";
        let found = run_on(
            check,
            &[
                ("p.yaml", &p),
                ("e.yaml", people),
                ("f.yaml", good),
                ("g.yaml", bad),
            ],
        );
        assert_eq!(codes(&found), ["Q008", "Q009", "Q010"], "{found:?}");
        assert!(found[0].contains("`eng` is not on the team"), "{found:?}");
        assert!(found[1].contains("evaluator `pn`"), "{found:?}");
        assert!(found[2].contains("time score is 7"), "{found:?}");
    }

    #[test]
    fn a_closed_project_is_not_chased_and_an_unknown_owner_is_found() {
        let p = project(
            "communication:\n  - {id: w, audience: c, what: s, every: weekly, owner: pn}\n",
        )
        .replace("status: active", "status: closed");
        let found = run_on(check, &[("p.yaml", &p)]);
        assert_eq!(codes(&found), ["Q004"], "{found:?}");
        assert!(found[0].contains("owned by `pn`"), "{found:?}");
    }
}

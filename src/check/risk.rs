//! Risk hygiene (family `K`): the PMO's one risk process (PMO duties and role) kept:
//! scores on the scales, an owner, a response and an action for every
//! risk at or above the tolerance, reviews on time.

use super::Context;
use crate::diag::{Finding, Rule, Severity};
use crate::model::{At, Key, Risk, RiskType};

pub static K001: Rule = Rule {
    code: "K001",
    name: "risk-off-scale",
    default: Severity::Error,
    summary: "A risk probability or impact outside the scales of pmo.toml",
    doc: include_str!("../../docs/rules/K001.md"),
};

pub static K002: Rule = Rule {
    code: "K002",
    name: "risk-without-owner",
    default: Severity::Error,
    summary: "An open risk at or above the tolerance with no owner",
    doc: include_str!("../../docs/rules/K002.md"),
};

pub static K003: Rule = Rule {
    code: "K003",
    name: "risk-without-strategy",
    default: Severity::Error,
    summary: "An open risk at or above the tolerance with no response strategy",
    doc: include_str!("../../docs/rules/K003.md"),
};

pub static K004: Rule = Rule {
    code: "K004",
    name: "risk-without-action",
    default: Severity::Error,
    summary: "An open risk at or above the tolerance with no action",
    doc: include_str!("../../docs/rules/K004.md"),
};

pub static K005: Rule = Rule {
    code: "K005",
    name: "risk-review-overdue",
    default: Severity::Warning,
    summary: "An open risk whose next review date has passed",
    doc: include_str!("../../docs/rules/K005.md"),
};

pub static K006: Rule = Rule {
    code: "K006",
    name: "open-risk-on-finished-project",
    default: Severity::Warning,
    summary: "An open risk on a closed or cancelled project",
    doc: include_str!("../../docs/rules/K006.md"),
};

pub static K007: Rule = Rule {
    code: "K007",
    name: "strategy-does-not-fit",
    default: Severity::Error,
    summary: "A threat with an opportunity strategy, or an opportunity with a threat strategy",
    doc: include_str!("../../docs/rules/K007.md"),
};

pub static RULES: &[&Rule] = &[&K001, &K002, &K003, &K004, &K005, &K006, &K007];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in &ctx.portfolio.risks {
        scales(ctx, r, &mut out);
        tolerance(ctx, r, &mut out);
        status(ctx, r, &mut out);
        if let Some(s) = &r.strategy
            && !s.value.fits(r.risk_type())
        {
            let (kind, fits) = match r.risk_type() {
                RiskType::Threat => ("a threat", "avoid, transfer, mitigate, accept or escalate"),
                RiskType::Opportunity => (
                    "an opportunity",
                    "exploit, share, enhance, accept or escalate",
                ),
            };
            out.push(
                Finding::new(
                    &K007,
                    s.loc,
                    format!(
                        "risk `{}` is {kind} but its strategy is `{}`",
                        r.id.value,
                        s.value.key()
                    ),
                )
                .help(format!("{kind} takes {fits}; or correct `type:`")),
            );
        }
    }
    out
}

fn scales(ctx: &Context<'_>, r: &Risk, out: &mut Vec<Finding>) {
    let s = &ctx.portfolio.settings.scales;
    let mut one = |v: &At<u8>, what: &str, max: u8, when: &str| {
        if v.value < 1 || v.value > max {
            out.push(
                Finding::new(
                    &K001,
                    v.loc,
                    format!(
                        "risk `{}` has {what} {}{when}, outside the scale 1..{max}",
                        r.id.value, v.value
                    ),
                )
                .help(format!(
                    "rate {what} from 1 to {max} (`[scales] {what}` in pmo.toml)"
                )),
            );
        }
    };
    one(&r.probability, "probability", s.probability, "");
    one(&r.impact, "impact", s.impact, "");
    for h in &r.history {
        let when = format!(" in its assessment of {}", h.date.value);
        one(&h.probability, "probability", s.probability, &when);
        one(&h.impact, "impact", s.impact, &when);
    }
}

fn tolerance(ctx: &Context<'_>, r: &Risk, out: &mut Vec<Finding>) {
    if !r.status().is_open() {
        return;
    }
    let project = r.project.as_ref().map(|p| p.value.as_str());
    let program = r.program.as_ref().map(|p| p.value.as_str()).or_else(|| {
        project
            .and_then(|p| ctx.portfolio.project(p))
            .map(|p| p.program.value.as_str())
    });
    let limit = ctx.portfolio.settings.tolerance_for(project, program);
    let score = r.score();
    if score < limit {
        return;
    }
    let head = format!(
        "risk `{}` scores {score}, at or above the tolerance {limit},",
        r.id.value
    );
    let loc = r.id.loc;
    if r.owner.is_none() {
        out.push(
            Finding::new(&K002, loc, format!("{head} but has no owner"))
                .help("add `owner:` (a person id) who answers for the response"),
        );
    }
    if r.strategy.is_none() {
        out.push(
            Finding::new(&K003, loc, format!("{head} but has no response strategy"))
                .help("add `strategy:` (avoid, transfer, mitigate, accept or escalate; exploit, share or enhance for opportunities)"),
        );
    }
    let accepted = r
        .strategy
        .as_ref()
        .is_some_and(|s| s.value == crate::model::Strategy::Accept);
    if r.actions.is_empty() && !accepted {
        out.push(
            Finding::new(&K004, loc, format!("{head} but has no action"))
                .help("add `actions:` with a description, an owner and a due date"),
        );
    }
}

fn status(ctx: &Context<'_>, r: &Risk, out: &mut Vec<Finding>) {
    if !r.status().is_open() {
        return;
    }
    if let Some(next) = &r.next_review
        && next.value < ctx.as_of
    {
        out.push(
            Finding::new(
                &K005,
                next.loc,
                format!(
                    "risk `{}` was due for review on {}, {} before today ({})",
                    r.id.value,
                    next.value,
                    crate::diag::plural(
                        usize::try_from(next.value.days_until(ctx.as_of)).unwrap_or(0),
                        "day"
                    ),
                    ctx.as_of
                ),
            )
            .help("review the risk, add the assessment to `history`, and set `next_review`"),
        );
    }
    if let Some(pref) = &r.project
        && let Some(p) = ctx.portfolio.project(&pref.value)
        && p.status.value.is_finished()
    {
        let loc = r.status.as_ref().map_or(r.id.loc, |s| s.loc);
        out.push(
            Finding::new(
                &K006,
                loc,
                format!(
                    "risk `{}` is {} but its project `{}` is {}",
                    r.id.value,
                    r.status().key(),
                    p.id.value,
                    p.status.value.key()
                ),
            )
            .related(p.status.loc, "project status set here")
            .help(
                "close the risk with `status: closed` and `closed_on`, or move it to the program",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Program G with an active project P1 and a closed project P2; the
    /// portfolio's tolerance is 12, its scales 1..5; as of 2026-11-16.
    const PLAN: &str = "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: define\n\
        ---\nkind: Project\nid: P1\nname: P1\nprogram: G\nmanager: pm\nstatus: active\n\
        start: 2026-01-05\nend: 2026-12-18\n\
        ---\nkind: Project\nid: P2\nname: P2\nprogram: G\nmanager: pm\nstatus: closed\n\
        start: 2026-01-05\nend: 2026-06-30\n";

    fn risks(docs: &[(&str, &str)]) -> Vec<String> {
        let text: String = docs
            .iter()
            .map(|(id, extra)| {
                format!(
                    "---\nkind: Risk\nid: {id}\ntitle: {id}\ncategory: technical\n\
                     identified: 2026-01-05\n{extra}"
                )
            })
            .collect();
        crate::check::run_on(check, &[("plan.yaml", PLAN), ("risks.yaml", &text)])
    }

    #[test]
    fn levels_outside_the_scales_and_strategies_of_the_other_type() {
        let found = risks(&[
            (
                "A",
                "project: P1\nprobability: 7\nimpact: 1\nhistory:\n  - {date: 2026-03-02, probability: 2, impact: 0}\n",
            ),
            (
                "B",
                "project: P1\ntype: opportunity\nprobability: 1\nimpact: 1\nstrategy: mitigate\n",
            ),
            (
                "C",
                "project: P1\nprobability: 1\nimpact: 1\nstrategy: exploit\n",
            ),
            (
                "D",
                "project: P1\nprobability: 1\nimpact: 1\nstrategy: accept\n",
            ),
        ]);
        assert_eq!(
            found,
            [
                "K001: risk `A` has probability 7, outside the scale 1..5",
                "K001: risk `A` has impact 0 in its assessment of 2026-03-02, outside the scale 1..5",
                "K007: risk `B` is an opportunity but its strategy is `mitigate`",
                "K007: risk `C` is a threat but its strategy is `exploit`",
            ]
        );
    }

    #[test]
    fn a_risk_at_the_tolerance_needs_an_owner_a_strategy_and_an_action() {
        // A: 4 x 4 = 16 >= 12 with nothing. B: 12, accepted with an owner:
        // acceptance needs no action. C: 16 but closed. D: 9, below.
        let found = risks(&[
            ("A", "project: P1\nprobability: 4\nimpact: 4\n"),
            (
                "B",
                "project: P1\nprobability: 3\nimpact: 4\nowner: pm\nstrategy: accept\n",
            ),
            (
                "C",
                "project: P1\nprobability: 4\nimpact: 4\nstatus: closed\nclosed_on: 2026-02-01\n",
            ),
            ("D", "project: P1\nprobability: 3\nimpact: 3\n"),
        ]);
        let at = "risk `A` scores 16, at or above the tolerance 12,";
        assert_eq!(
            found,
            [
                format!("K002: {at} but has no owner"),
                format!("K003: {at} but has no response strategy"),
                format!("K004: {at} but has no action"),
            ]
        );
    }

    #[test]
    fn open_risks_past_their_review_or_on_finished_projects() {
        // A: review due 6 days ago. B: open on the closed P2. C: closed,
        // on P2, review long past: nothing.
        let found = risks(&[
            (
                "A",
                "project: P1\nprobability: 1\nimpact: 1\nnext_review: 2026-11-10\n",
            ),
            ("B", "project: P2\nprobability: 1\nimpact: 1\n"),
            (
                "C",
                "project: P2\nprobability: 1\nimpact: 1\nstatus: closed\nclosed_on: 2026-07-01\nnext_review: 2026-01-10\n",
            ),
        ]);
        assert_eq!(
            found,
            [
                "K005: risk `A` was due for review on 2026-11-10, 6 days before today (2026-11-16)",
                "K006: risk `B` is open but its project `P2` is closed",
            ]
        );
    }

    #[test]
    fn the_edges_of_the_tolerance_the_review_day_and_shared_strategies() {
        // A: exactly 12 with an owner and a strategy but no action: K004.
        // B: 10, below. C: reviewed today: not overdue. D, E: escalate
        // fits an opportunity and a threat alike.
        let found = risks(&[
            (
                "A",
                "project: P1\nprobability: 3\nimpact: 4\nowner: pm\nstrategy: mitigate\n",
            ),
            ("B", "project: P1\nprobability: 2\nimpact: 5\n"),
            (
                "C",
                "project: P1\nprobability: 1\nimpact: 1\nnext_review: 2026-11-16\n",
            ),
            (
                "D",
                "project: P1\ntype: opportunity\nprobability: 1\nimpact: 1\nstrategy: escalate\n",
            ),
            (
                "E",
                "project: P1\nprobability: 1\nimpact: 1\nstrategy: escalate\n",
            ),
        ]);
        assert_eq!(
            found,
            ["K004: risk `A` scores 12, at or above the tolerance 12, but has no action",]
        );
    }
}

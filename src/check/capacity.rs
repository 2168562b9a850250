//! Capacity rules (family `C`): people booked beyond what they have, and
//! work given to people outside the team (ITO project operations; PMO duties and role: resources,
//! conflicts between projects that want the same people).

use chrono::Datelike;

use super::Context;
use crate::analysis::workload::{self, PeriodKind, PersonLoad, Window, Workload};
use crate::diag::{Finding, Rule, Severity};
use crate::model::{At, Date, Loc, Project};

pub static C001: Rule = Rule {
    code: "C001",
    name: "person-overbooked",
    default: Severity::Warning,
    summary: "A person booked beyond capacity in a week, by team allocations and task work",
    doc: include_str!("../../docs/rules/C001.md"),
};

pub static C002: Rule = Rule {
    code: "C002",
    name: "member-outside-project",
    default: Severity::Error,
    summary: "A team membership that starts before or ends after its project",
    doc: include_str!("../../docs/rules/C002.md"),
};

pub static C003: Rule = Rule {
    code: "C003",
    name: "owner-not-on-team",
    default: Severity::Error,
    summary: "A task owned by someone who is neither on the project's team nor its manager",
    doc: include_str!("../../docs/rules/C003.md"),
};

pub static C004: Rule = Rule {
    code: "C004",
    name: "bad-allocation",
    default: Severity::Error,
    summary: "A team allocation that is not a positive percentage",
    doc: include_str!("../../docs/rules/C004.md"),
};

pub static RULES: &[&Rule] = &[&C001, &C002, &C003, &C004];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for p in &ctx.portfolio.projects {
        memberships(p, &mut out);
        owners(ctx, p, &mut out);
    }
    overbooking(ctx, &mut out);
    out
}

fn memberships(p: &Project, out: &mut Vec<Finding>) {
    for m in &p.team {
        if let Some(a) = &m.allocation
            && !(a.value.is_finite() && a.value > 0.0)
        {
            out.push(
                Finding::new(
                    &C004,
                    a.loc,
                    format!("`{}` is on the team of project `{}` with allocation {}%", m.person.value, p.id.value, a.value),
                )
                .help("give the share of the person's time as a percentage above 0, or take them off the team"),
            );
        }
        if p.start.value > p.end.value {
            continue;
        }
        let check = |d: &Option<At<Date>>, before: bool| -> Option<Finding> {
            let d = d.as_ref()?;
            let (bound, word) = if before {
                (&p.start, "starts")
            } else {
                (&p.end, "ends")
            };
            let outside = if before {
                d.value < bound.value
            } else {
                d.value > bound.value
            };
            outside.then(|| {
                Finding::new(
                    &C002,
                    d.loc,
                    format!(
                        "`{}` is on the team of project `{}` {} {}, but the project {word} {}",
                        m.person.value,
                        p.id.value,
                        if before { "from" } else { "until" },
                        d.value,
                        bound.value
                    ),
                )
                .related(bound.loc, format!("project {word} here"))
                .help("move the date inside the project, or drop it to default to the project's dates")
            })
        };
        out.extend(check(&m.from, true));
        out.extend(check(&m.to, false));
    }
}

fn owners(ctx: &Context<'_>, p: &Project, out: &mut Vec<Finding>) {
    for t in &p.tasks {
        let Some(owner) = &t.owner else { continue };
        let who = owner.value.as_str();
        if who == p.manager.value || p.member(who).is_some() {
            continue;
        }
        // An unknown person is R005's.
        if ctx.portfolio.person(who).is_none() {
            continue;
        }
        out.push(
            Finding::new(
                &C003,
                owner.loc,
                format!("task `{}` of project `{}` is owned by `{who}`, who is not on its team", t.id.value, p.id.value),
            )
            .help(format!("add `{who}` to the team of `{}` with an allocation, or give the task to a team member", p.id.value)),
        );
    }
}

fn monday(d: Date) -> Date {
    d.add_days(-i64::from(d.0.weekday().num_days_from_monday()))
}

fn week_label(d: Date) -> (i32, u32) {
    let w = d.0.iso_week();
    (w.year(), w.week())
}

/// Consecutive over-capacity weeks of one person by the same projects.
struct Run {
    first: Date,
    last: Date,
    /// Highest load over capacity in the run, percent (`None`: work in a
    /// week with no capacity at all).
    peak: Option<f64>,
    /// Per project (index), its share of capacity in the peak week.
    shares: Vec<(u32, Option<f64>)>,
}

/// C001 over the run's workload ([`crate::analysis::workload`]): the same
/// load (team reservations and task work on the schedule's dates) and the
/// same over-capacity rule as the resource report, week by week, from the
/// first to the last week of open work within ten years of the as-of date.
fn overbooking(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let analysis = ctx.analysis;
    let Some((from, to)) = analysis.placement.extent() else {
        return;
    };
    let reach = workload::REACH_DAYS;
    let (from, to) = (
        from.max(ctx.as_of.add_days(-reach)),
        to.min(ctx.as_of.add_days(reach)),
    );
    if to < from {
        return;
    }
    let window = Window {
        from,
        to,
        period: PeriodKind::Week,
    };
    let work = workload::compute(ctx.portfolio, analysis, window);
    let limit = ctx.portfolio.settings.resource.overload_percent;
    for load in &work.people {
        for run in runs(&work, load, limit) {
            out.push(overbooked(ctx, load.person, &run, limit));
        }
    }
}

/// The person's over-capacity weeks, merged into runs of consecutive weeks
/// by the same projects.
fn runs(work: &Workload, load: &PersonLoad, limit: f64) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for (k, span) in work.spans.iter().enumerate() {
        if !workload::is_over(load.load[k], load.capacity[k], limit) {
            continue;
        }
        let capacity = load.capacity[k];
        let percent = |h: f64| workload::utilisation(h, capacity);
        let shares: Vec<(u32, Option<f64>)> = load
            .projects
            .iter()
            .filter(|p| p.load[k] > 1e-9)
            .map(|p| (p.project, percent(p.load[k])))
            .collect();
        let peak = percent(load.load[k]);
        let week = monday(span.start);
        if let Some(run) = runs.last_mut()
            && week == run.last.add_days(7)
            && same_projects(&run.shares, &shares)
        {
            run.last = week;
            if peak.is_none() || run.peak.is_some_and(|p| peak.is_some_and(|x| x > p)) {
                run.peak = peak;
                run.shares = shares;
            }
            continue;
        }
        runs.push(Run {
            first: week,
            last: week,
            peak,
            shares,
        });
    }
    runs
}

fn same_projects(a: &[(u32, Option<f64>)], b: &[(u32, Option<f64>)]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.0 == y.0)
}

fn weeks_text(first: Date, last: Date) -> String {
    let (fy, fw) = week_label(first);
    let (ly, lw) = week_label(last);
    if first == last {
        format!("week {fy}-W{fw:02}")
    } else if fy == ly {
        format!("weeks {fy}-W{fw:02}..W{lw:02}")
    } else {
        format!("weeks {fy}-W{fw:02}..{ly}-W{lw:02}")
    }
}

/// Where a person's work on a project is written: their team membership,
/// else the first task they own there; and the day that work starts.
fn booking(project: &Project, person: &str) -> (Loc, Option<Date>) {
    if let Some(m) = project.team.iter().find(|m| m.person.value == person) {
        let from = m.from.as_ref().map_or(project.start.value, |d| d.value);
        return (m.person.loc, Some(from));
    }
    project
        .tasks
        .iter()
        .find_map(|t| t.owner.as_ref().filter(|o| o.value == person))
        .map_or((Loc::UNKNOWN, None), |o| (o.loc, None))
}

fn percent_text(p: Option<f64>) -> String {
    p.map_or_else(
        || "with no capacity".to_string(),
        |p| format!("{}%", round(p)),
    )
}

fn overbooked(ctx: &Context<'_>, person: u32, run: &Run, limit: f64) -> Finding {
    let projects = &ctx.portfolio.projects;
    let id = ctx.portfolio.people[person as usize].id.value.as_str();
    let parts: Vec<String> = run
        .shares
        .iter()
        .map(|&(p, share)| {
            format!(
                "`{}` ({})",
                projects[p as usize].id.value,
                percent_text(share)
            )
        })
        .collect();
    // The booking that started last made the conflict: point at it.
    let mut bookings: Vec<(Option<Date>, &str, Loc)> = run
        .shares
        .iter()
        .map(|&(p, _)| {
            let project = &projects[p as usize];
            let (loc, from) = booking(project, id);
            (from, project.id.value.as_str(), loc)
        })
        .collect();
    bookings.sort();
    let (from, culprit, loc) = bookings.last().copied().unwrap_or((None, "", Loc::UNKNOWN));
    let upto = if run.first == run.last || run.peak.is_none() {
        ""
    } else {
        "up to "
    };
    let mut f = Finding::new(
        &C001,
        loc,
        format!(
            "`{id}` is booked {upto}{} in {} by {}",
            percent_text(run.peak),
            weeks_text(run.first, run.last),
            parts.join(", ")
        ),
    )
    .note(match from {
        Some(d) => format!("`{culprit}` books them from {d}"),
        None => format!("`{culprit}` gives them tasks"),
    })
    .help(format!(
        "capacity is {}%: lower an allocation, move a membership's from/to or a task, or give the work to someone else",
        round(limit)
    ));
    for &(from, project, other) in bookings.iter().rev().skip(1) {
        if other != loc {
            f = f.related(
                other,
                match from {
                    Some(d) => format!("`{project}` books them from {d}"),
                    None => format!("`{project}` gives them tasks"),
                },
            );
        }
    }
    f
}

fn round(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEOPLE: &str = "kind: Person\nid: p-a\nname: A\n";

    fn project(id: &str, member: &str) -> String {
        format!(
            "---\nkind: Project\nid: {id}\nname: {id}\nprogram: PRG\nmanager: p-a\nstatus: active\nstart: 2026-03-02\nend: 2026-03-31\nteam:\n  - {member}\n"
        )
    }

    #[test]
    fn overbooked_weeks_count_partial_weeks_and_merge() {
        // P1 books p-a 100% for March. P2 books 50% from Wed 2026-03-11 to
        // Fri 2026-03-20: in W11 (03-09..15) 3 of 5 working days, so
        // 100 + 50 * 3/5 = 130%; in W12 (03-16..22) all 5, so 150%. The
        // same two projects both weeks: one finding, peak 150%.
        let text = project("P1", "{person: p-a, allocation: 100}")
            + &project(
                "P2",
                "{person: p-a, allocation: 50, from: 2026-03-11, to: 2026-03-20}",
            );
        let found = crate::check::run_on(check, &[("people.yaml", PEOPLE), ("p.yaml", &text)]);
        assert_eq!(
            found,
            ["C001: `p-a` is booked up to 150% in weeks 2026-W11..W12 by `P1` (100%), `P2` (50%)"]
        );
    }

    #[test]
    fn back_to_back_bookings_in_one_week_are_not_overbooked() {
        // 100% until Tue 03-10, then 100% from Wed 03-11: W11 is 2/5 + 3/5.
        let text = project("P1", "{person: p-a, to: 2026-03-10}")
            + &project("P2", "{person: p-a, from: 2026-03-11}");
        let found = crate::check::run_on(check, &[("people.yaml", PEOPLE), ("p.yaml", &text)]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn percentages_print_short() {
        assert_eq!(round(150.0), "150");
        assert_eq!(round(133.333), "133.3");
    }

    #[test]
    fn weeks_start_on_monday() {
        // 2026-03-04 is a Wednesday; its week starts Monday 2026-03-02 (W10).
        let d: Date = "2026-03-04".parse().unwrap();
        assert_eq!(monday(d).to_string(), "2026-03-02");
        assert_eq!(week_label(monday(d)), (2026, 10));
    }
}

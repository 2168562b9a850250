//! Capacity rules (family `C`): people booked beyond what they have, and
//! work given to people outside the team (ITO project operations; PMO duties and role: resources,
//! conflicts between projects that want the same people).

use std::collections::{BTreeMap, BTreeSet};

use chrono::Datelike;

use super::Context;
use crate::analysis::calendar::WorkCalendar;
use crate::diag::{Finding, Rule, Severity};
use crate::model::{At, Date, Loc, Project, TeamMember};

pub static C001: Rule = Rule {
    code: "C001",
    name: "person-overbooked",
    default: Severity::Warning,
    summary: "A person booked beyond capacity in a week by the teams of several projects",
    explanation: r#"## What it checks
For every person and every ISO week, the team allocations of all open projects that week are added up; a week with partial membership counts the share of its working days. Above `[resource] overload_percent` (default 100) the person is overbooked. Consecutive weeks overbooked by the same projects are reported once, e.g. `weeks 2026-W10..W14`, with the peak load. Closed and cancelled projects are left out.

## Why
Resource conflicts between projects that want the same people are the PMO's to resolve (PMO duties and role), by priority and availability; an overbooked person is a schedule risk on every project they serve.

## How to fix
Lower an allocation, move one membership's `from`/`to`, or put someone else on one of the teams. If the overload is planned, allow the rule for the repository (`[rules] C001 = "allow"`).

## Example
Before:
```yaml
# PRJ-DESK
team:
  - {person: p-li-na, allocation: 100}
# PRJ-NET
team:
  - {person: p-li-na, allocation: 50, from: 2026-03-02, to: 2026-04-03}
```
After:
```yaml
# PRJ-DESK
team:
  - {person: p-li-na, allocation: 50, from: 2026-03-02, to: 2026-04-03}
  - {person: p-li-na, allocation: 100, from: 2026-04-06}
# PRJ-NET
team:
  - {person: p-li-na, allocation: 50, from: 2026-03-02, to: 2026-04-03}
```
"#,
};

pub static C002: Rule = Rule {
    code: "C002",
    name: "member-outside-project",
    default: Severity::Error,
    summary: "A team membership that starts before or ends after its project",
    explanation: r#"## What it checks
A team member's `from` and `to` fall within the project's `start`..`end`.

## Why
A booking outside the project books the person on work that does not exist, and shows as load in the resource report and in the overbooking check (C001).

## How to fix
Correct the dates, or drop them: `from` defaults to the project's start and `to` to its end.

## Example
Before:
```yaml
start: 2026-03-02
end: 2026-06-30
team:
  - {person: p-li-na, from: 2026-02-02}
```
After:
```yaml
start: 2026-03-02
end: 2026-06-30
team:
  - {person: p-li-na}
```
"#,
};

pub static C003: Rule = Rule {
    code: "C003",
    name: "owner-not-on-team",
    default: Severity::Error,
    summary: "A task owned by someone who is neither on the project's team nor its manager",
    explanation: r#"## What it checks
A task's `owner` is a member of the project's `team` (or the project's manager).

## Why
During a project every member reports to the IT-service project manager (ITSS IT-service program management), and capacity is booked through the team: an owner outside it works for the project without being booked, and the resource report misses the load.

## How to fix
Add the person to the team with an allocation, or give the task to a team member.

## Example
Before:
```yaml
team:
  - {person: p-li-na, allocation: 100}
tasks:
  - {id: T-010, name: Configure VPN, owner: p-wang-fang}
```
After:
```yaml
team:
  - {person: p-li-na, allocation: 100}
  - {person: p-wang-fang, allocation: 20}
tasks:
  - {id: T-010, name: Configure VPN, owner: p-wang-fang}
```
"#,
};

pub static C004: Rule = Rule {
    code: "C004",
    name: "bad-allocation",
    default: Severity::Error,
    summary: "A team allocation that is not a positive percentage",
    explanation: r#"## What it checks
A team member's `allocation` is a percentage above 0. (An allocation above 100 is allowed here and reported as overbooking by C001.)

## Why
A zero or negative booking means the person is on the team but gives it no time; capacity reports would count negative load.

## How to fix
Give the share of the person's time the project has, e.g. `allocation: 20`, or take the person off the team.

## Example
Before:
```yaml
team:
  - {person: p-li-na, allocation: 0}
```
After:
```yaml
team:
  - {person: p-li-na, allocation: 20}
```
"#,
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

/// One team membership, with its dates resolved.
struct Booking<'a> {
    project: &'a Project,
    member: &'a TeamMember,
    percent: f64,
    from: Date,
    to: Date,
}

fn monday(d: Date) -> Date {
    d.add_days(-i64::from(d.0.weekday().num_days_from_monday()))
}

fn week_label(d: Date) -> (i32, u32) {
    let w = d.0.iso_week();
    (w.year(), w.week())
}

/// How many of the `worked` working days of the week starting `monday`
/// fall within `from..=to`.
fn mine(cal: &WorkCalendar, monday: Date, worked: i64, from: Date, to: Date) -> i64 {
    let sunday = monday.add_days(6);
    if from <= monday && to >= sunday {
        return worked;
    }
    cal.working_days(from.max(monday), to.min(sunday))
}

fn overbooking(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let settings = &ctx.portfolio.settings;
    let cal = WorkCalendar::new(&settings.calendar);
    let limit = settings.resource.overload_percent;
    let mut by_person: BTreeMap<&str, Vec<Booking<'_>>> = BTreeMap::new();
    for p in &ctx.portfolio.projects {
        if p.status.value.is_finished() {
            continue;
        }
        for m in &p.team {
            let percent = m.allocation_percent();
            let from = m.from.as_ref().map_or(p.start.value, |d| d.value);
            let to = m.to.as_ref().map_or(p.end.value, |d| d.value);
            if !(percent.is_finite() && percent > 0.0) || from > to {
                continue;
            }
            by_person.entry(&m.person.value).or_default().push(Booking {
                project: p,
                member: m,
                percent,
                from,
                to,
            });
        }
    }
    let mut load: Vec<f64> = Vec::new();
    let mut worked: Vec<i64> = Vec::new();
    for (person, bookings) in &by_person {
        // A lone booking within the limit cannot overbook anyone.
        if bookings.len() == 1 && bookings[0].percent <= limit {
            continue;
        }
        let (Some(first), Some(last)) = (
            bookings.iter().map(|b| monday(b.from)).min(),
            bookings.iter().map(|b| monday(b.to)).max(),
        ) else {
            continue;
        };
        // Pass 1: the load of every week, O(bookings x weeks).
        let weeks = (first.days_until(last) / 7 + 1) as usize;
        load.clear();
        load.resize(weeks, 0.0);
        worked.clear();
        worked.resize(weeks, -1);
        let mut worked_in = |w: usize, week: Date| {
            if worked[w] < 0 {
                worked[w] = cal.working_days(week, week.add_days(6));
            }
            worked[w]
        };
        for b in bookings {
            let mut w = (first.days_until(monday(b.from)) / 7) as usize;
            let mut week = monday(b.from);
            while week <= b.to {
                let days = worked_in(w, week);
                if days > 0 {
                    let m = mine(&cal, week, days, b.from, b.to);
                    load[w] += b.percent * m as f64 / days as f64;
                }
                week = week.add_days(7);
                w += 1;
            }
        }
        // Pass 2, only for overbooked weeks: who books them. Runs of
        // consecutive weeks with the same projects make one finding.
        let mut run: Option<(Date, Date, f64, Vec<usize>)> = None;
        let mut run_projects = BTreeSet::new();
        for (w, &l) in load.iter().enumerate() {
            let week = first.add_days(7 * w as i64);
            let over = l > limit + 1e-9;
            let who: Vec<usize> = if over {
                let days = worked[w].max(0);
                bookings
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| {
                        monday(b.from) <= week
                            && b.to >= week
                            && mine(&cal, week, days, b.from, b.to) > 0
                    })
                    .map(|(i, _)| i)
                    .collect()
            } else {
                Vec::new()
            };
            let projects = if over {
                projects_of(bookings, &who)
            } else {
                BTreeSet::new()
            };
            let same = over
                && run
                    .as_ref()
                    .is_some_and(|(_, end, _, _)| week == end.add_days(7))
                && projects == run_projects;
            if same {
                if let Some(r) = run.as_mut() {
                    r.1 = week;
                    r.2 = r.2.max(l);
                    for b in who {
                        if !r.3.contains(&b) {
                            r.3.push(b);
                        }
                    }
                }
                continue;
            }
            if let Some(r) = run.take() {
                out.push(overbooked(person, bookings, r, limit));
            }
            if over {
                run = Some((week, week, l, who));
                run_projects = projects;
            }
        }
        if let Some(r) = run.take() {
            out.push(overbooked(person, bookings, r, limit));
        }
    }
}

fn projects_of<'a>(bookings: &[Booking<'a>], which: &[usize]) -> BTreeSet<&'a str> {
    which
        .iter()
        .map(|&i| bookings[i].project.id.value.as_str())
        .collect()
}

fn overbooked(
    person: &str,
    bookings: &[Booking<'_>],
    run: (Date, Date, f64, Vec<usize>),
    limit: f64,
) -> Finding {
    let (first, last, peak, mut which) = run;
    which.sort_by(|&a, &b| {
        let (x, y) = (&bookings[a], &bookings[b]);
        (x.from, &x.project.id.value, x.member.person.loc).cmp(&(
            y.from,
            &y.project.id.value,
            y.member.person.loc,
        ))
    });
    let (fy, fw) = week_label(first);
    let (ly, lw) = week_label(last);
    let weeks = if first == last {
        format!("week {fy}-W{fw:02}")
    } else if fy == ly {
        format!("weeks {fy}-W{fw:02}..W{lw:02}")
    } else {
        format!("weeks {fy}-W{fw:02}..{ly}-W{lw:02}")
    };
    // Per project, the allocations that week (a person may be on a team twice).
    let mut per_project: BTreeMap<&str, f64> = BTreeMap::new();
    for &i in &which {
        *per_project
            .entry(&bookings[i].project.id.value)
            .or_default() += bookings[i].percent;
    }
    let parts: Vec<String> = per_project
        .iter()
        .map(|(p, pct)| format!("`{p}` ({}%)", round(*pct)))
        .collect();
    // The booking that came last made the conflict: point at it.
    let culprit = which.last().copied().unwrap_or(0);
    let b = &bookings[culprit];
    let mut f = Finding::new(
        &C001,
        b.member.person.loc,
        format!(
            "`{person}` is booked {}{}% in {weeks} by {}",
            if first == last { "" } else { "up to " },
            round(peak),
            parts.join(", ")
        ),
    )
    .note(format!("`{}` books {}% from {}", b.project.id.value, round(b.percent), b.from))
    .help(format!(
        "capacity is {}%: lower an allocation, move a membership's from/to, or staff one project with someone else",
        round(limit)
    ));
    let mut seen: BTreeSet<Loc> = BTreeSet::from([b.member.person.loc]);
    for &i in which.iter().rev() {
        let o = &bookings[i];
        if seen.insert(o.member.person.loc) {
            f = f.related(
                o.member.person.loc,
                format!(
                    "`{}` books {}% from {}",
                    o.project.id.value,
                    round(o.percent),
                    o.from
                ),
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

//! Q003 and Q004: each communication-plan entry is held within its
//! cadence, and its owner is a person.

use super::super::Context;
use super::{Q003, Q004};
use crate::diag::{Finding, did_you_mean};
use crate::model::{Communication, Date, Kind, Project};

pub(super) fn check(ctx: &Context<'_>, project: &Project, out: &mut Vec<Finding>) {
    for entry in &project.communication {
        if let Some(f) = overdue(project, entry, ctx.as_of) {
            out.push(f);
        }
        owner(ctx, project, entry, out);
    }
}

/// When the entry was next due after its last occurrence (or after the
/// project's start, when it never happened): the cadence's longest gap
/// later.
pub fn next_due(project: &Project, entry: &Communication) -> Date {
    let from = entry.last_held().unwrap_or(project.start.value);
    from.add_days(entry.every.value.allowed_days())
}

/// An entry is overdue while its project runs (not closed or cancelled,
/// started by the as-of date) and the next occurrence was due before the
/// as-of date, or before the project's end when that came first.
fn overdue(project: &Project, entry: &Communication, as_of: Date) -> Option<Finding> {
    if project.status.value.is_finished() || as_of < project.start.value {
        return None;
    }
    let until = as_of.min(project.end.value);
    let due = next_due(project, entry);
    if due >= until {
        return None;
    }
    let cadence: &str = entry.every.value.into();
    let last = match entry.last_held() {
        Some(d) => format!("last held {d}"),
        None => "never held".to_string(),
    };
    Some(
        Finding::new(
            &Q003,
            entry.id.loc,
            format!(
                "project `{}`: {cadence} `{}` ({}) {last}, due by {due}, {} days overdue at {until}",
                project.id.value,
                entry.id.value,
                entry.what.value,
                due.days_until(until)
            ),
        )
        .help("hold it and add the date to `held`, or change its cadence"),
    )
}

fn owner(ctx: &Context<'_>, project: &Project, entry: &Communication, out: &mut Vec<Finding>) {
    let Some(owner) = entry.owner.as_ref() else {
        return;
    };
    let p = ctx.portfolio;
    if p.person(&owner.value).is_some() || p.declared_unloaded(Kind::Person, &owner.value) {
        return;
    }
    let mut f = Finding::new(
        &Q004,
        owner.loc,
        format!(
            "project `{}`: communication `{}` is owned by `{}`, who is not a person of the repository",
            project.id.value, entry.id.value, owner.value
        ),
    );
    f = match did_you_mean(&owner.value, p.ids(Kind::Person)) {
        Some(m) => f.help(format!("did you mean `{m}`?")),
        None => f.help("add a Person document, or correct the id"),
    };
    out.push(f);
}

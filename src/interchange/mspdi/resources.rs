//! MSPDI resources and assignments: work resources become people, an
//! assignment makes its resource a task's owner (or a note when a task has
//! several) and puts the person on the team.

// The XML is untrusted input: its resources, units and work pass through
// here. No silent overflow, truncation or out-of-bounds panic: use checked
// or saturating arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

use std::collections::{HashMap, HashSet};

use super::calendar::{self, RawCalendar};
use super::read::leftovers;
use super::values::{hours, number};
use super::xml::Element;
use crate::interchange::plan::{ImportAssignment, ImportPlan, ImportResource, Note};

const RESOURCE_USED: &[&str] = &[
    "UID",
    "ID",
    "Name",
    "Type",
    "Group",
    "MaxUnits",
    "StandardRate",
    "CalendarUID",
    "IsNull",
];

const RESOURCE_RECOMPUTED: &[&str] = &[
    "GUID",
    "IsNull",
    "PeakUnits",
    "OverAllocated",
    "Start",
    "Finish",
    "Work",
    "ActualWork",
    "RemainingWork",
    "RegularWork",
    "OvertimeWork",
    "Cost",
    "ActualCost",
    "RemainingCost",
    "ACWP",
    "BCWP",
    "BCWS",
    "CV",
    "SV",
    "WorkVariance",
    "CostVariance",
    "StandardRateFormat",
    "OvertimeRateFormat",
    "CanLevel",
    "IsGeneric",
    "IsInactive",
    "IsEnterprise",
    "IsBudget",
    "CreationDate",
    "AccrueAt",
    "AvailabilityPeriods",
    "Rates",
    "TimephasedData",
    "PercentWorkComplete",
    "WorkGroup",
    "BookingType",
    "CalendarUID",
];

const ASSIGNMENT_USED: &[&str] = &["UID", "TaskUID", "ResourceUID", "Units", "Work"];

const ASSIGNMENT_RECOMPUTED: &[&str] = &[
    "GUID",
    "Start",
    "Finish",
    "ActualStart",
    "ActualFinish",
    "ActualWork",
    "RemainingWork",
    "RegularWork",
    "OvertimeWork",
    "ActualOvertimeWork",
    "Cost",
    "ActualCost",
    "RemainingCost",
    "ACWP",
    "BCWP",
    "BCWS",
    "CV",
    "SV",
    "VAC",
    "WorkVariance",
    "CostVariance",
    "StartVariance",
    "FinishVariance",
    "HasFixedRateUnits",
    "FixedMaterial",
    "LevelingDelay",
    "LevelingDelayFormat",
    "PercentWorkComplete",
    "TimephasedData",
    "WorkContour",
    "CostRateTable",
    "Confirmed",
    "ResponsePending",
    "UpdateNeeded",
    "LinkedFields",
    "Milestone",
    "Overallocated",
    "CreationDate",
    "BookingType",
    "Delay",
];

/// Reads resources and assignments into the plan.
pub fn read(root: &Element, calendars: &[RawCalendar], plan: &mut ImportPlan) {
    let mut material: Vec<String> = Vec::new();
    for r in root
        .child("Resources")
        .into_iter()
        .flat_map(|r| r.all("Resource"))
    {
        let uid = r.text_of("UID").unwrap_or("").to_string();
        let Some(name) = r.text_of("Name").map(str::to_string) else {
            // UID 0 is MS Project's unnamed placeholder resource.
            continue;
        };
        let subject = format!("resource {uid} \"{name}\"");
        if r.text_of("Type").is_some_and(|t| t != "1") {
            plan.notes.push(Note::new(
                r.line,
                &subject,
                "material or cost resource",
                "a material or cost resource: pmo plans people only; not imported",
            ));
            material.push(uid);
            continue;
        }
        let units = number(r.text_of("MaxUnits"));
        if units.is_some_and(|u| u > 1.0) {
            plan.notes.push(Note::new(
                r.line,
                &subject,
                "MaxUnits",
                format!(
                    "a pool of {} people: a pmo person is one person; imported as one, full time",
                    units.unwrap_or(1.0)
                ),
            ));
        }
        plan.resources.push(ImportResource {
            days_off: r
                .text_of("CalendarUID")
                .map(|c| calendar::days_off(c, calendars))
                .unwrap_or_default(),
            key: uid,
            id: None,
            name,
            department: r.text_of("Group").map(str::to_string),
            cost_rate: number(r.text_of("StandardRate")).filter(|x| *x > 0.0),
            fte: units.filter(|u| *u > 0.0 && *u < 1.0),
            line: r.line,
        });
        leftovers(
            r,
            RESOURCE_USED,
            RESOURCE_RECOMPUTED,
            "resource",
            &subject,
            plan,
        );
    }
    let tasks: HashMap<String, usize> = plan
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| (t.key.clone(), i))
        .collect();
    let people: HashSet<String> = plan.resources.iter().map(|r| r.key.clone()).collect();
    for a in root
        .child("Assignments")
        .into_iter()
        .flat_map(|a| a.all("Assignment"))
    {
        assignment(a, &material, &tasks, &people, plan);
    }
}

fn assignment(
    a: &Element,
    material: &[String],
    tasks: &HashMap<String, usize>,
    people: &HashSet<String>,
    plan: &mut ImportPlan,
) {
    let task = a.text_of("TaskUID").unwrap_or("");
    let resource = a.text_of("ResourceUID").unwrap_or("");
    let subject = format!("assignment {}", a.text_of("UID").unwrap_or(""));
    // -65535 is MS Project's "no resource" on a task's own assignment.
    if resource == "-65535" || material.iter().any(|m| m == resource) {
        return;
    }
    if !people.contains(resource) {
        plan.notes.push(Note::new(
            a.line,
            &subject,
            "assignment",
            format!("resource {resource} is not among the work resources; not imported"),
        ));
        return;
    }
    // `tasks` holds positions in `plan.tasks`: `get_mut` always finds them.
    let Some(t) = tasks.get(task).and_then(|&i| plan.tasks.get_mut(i)) else {
        plan.notes.push(Note::new(
            a.line,
            &subject,
            "assignment",
            format!(
                "task {task} is a summary task or missing: pmo assigns work to tasks; not imported"
            ),
        ));
        return;
    };
    t.assignments.push(ImportAssignment {
        resource: resource.to_string(),
        units: number(a.text_of("Units"))
            .filter(|u| *u > 0.0)
            .unwrap_or(1.0),
        work_hours: a.text_of("Work").and_then(hours).filter(|h| *h > 0.0),
    });
    leftovers(
        a,
        ASSIGNMENT_USED,
        ASSIGNMENT_RECOMPUTED,
        "assignment",
        &subject,
        plan,
    );
}

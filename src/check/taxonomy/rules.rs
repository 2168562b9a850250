//! The taxonomy rules (family `T`): codes, summaries and explanations.

use crate::diag::{Rule, Severity};

pub static T001: Rule = Rule {
    code: "T001",
    name: "single-customer-without-customer",
    default: Severity::Error,
    summary: "A single-customer program that declares no customer",
    explanation: r#"## What it checks
A program of type `single-customer` must declare exactly one customer under `customers:`. This rule fires when it declares none; a program that declares several is told what it has become (T005).

## Why
A single-customer program (单客户项目群) is driven by one customer's goals: several IT-service businesses, each a project, all for that customer (ITSS IT-service program management). Without the customer there is nothing to group the projects by.

## How to fix
Add the customer the program serves, and point each project's `customer:` at it.

## Example
Before:
```yaml
kind: Program
id: PRG-BANK
type: single-customer
customers: []
```
After:
```yaml
kind: Program
id: PRG-BANK
type: single-customer
customers:
  - id: CUS-BANK
    name: City Commercial Bank
```
"#,
};

pub static T002: Rule = Rule {
    code: "T002",
    name: "single-customer-business-per-project",
    default: Severity::Error,
    summary: "A single-customer program whose projects do not each serve a different business",
    explanation: r#"## What it checks
In a `single-customer` program every open project names a `business:`, and no two open projects name the same one. Closed and cancelled projects are left out, so a business whose project closed may get a new one.

## Why
In a single-customer program each IT-service business for the customer (desktop, network, application operations...) is one project (ITSS IT-service program management). Two projects for the same business split one service between two managers; a project with no business cannot be placed in the program's structure.

## How to fix
Give each project the business it delivers; merge two projects that deliver the same business, or split the business in two in `businesses:`.

## Example
Before:
```yaml
# PRJ-DESK-A and PRJ-DESK-B
business: BIZ-DESK
```
After:
```yaml
# PRJ-DESK
business: BIZ-DESK
# PRJ-NET
business: BIZ-NET
```
"#,
};

pub static T003: Rule = Rule {
    code: "T003",
    name: "single-business-without-business",
    default: Severity::Error,
    summary: "A single-business program that declares no business",
    explanation: r#"## What it checks
A program of type `single-business` must declare exactly one IT-service business under `businesses:`. This rule fires when it declares none; a program that declares several is told what it has become (T005).

## Why
A single-business program (单业务项目群) delivers one IT service to several customers, each customer a project (ITSS IT-service program management). Without the business the program has no subject.

## How to fix
Add the one business the program delivers.

## Example
Before:
```yaml
kind: Program
id: PRG-DESKTOP
type: single-business
businesses: []
```
After:
```yaml
kind: Program
id: PRG-DESKTOP
type: single-business
businesses:
  - id: BIZ-DESK
    name: Desktop operations
```
"#,
};

pub static T004: Rule = Rule {
    code: "T004",
    name: "single-business-customer-per-project",
    default: Severity::Error,
    summary: "A single-business program whose projects do not each serve a different customer",
    explanation: r#"## What it checks
In a `single-business` program every open project names a `customer:`, and no two open projects name the same one. Closed and cancelled projects are left out.

## Why
A single-business program delivers one IT service to several customers, and each customer is one project (ITSS IT-service program management). Two projects for one customer blur who answers to that customer.

## How to fix
Give each project its customer; merge two projects that serve the same customer.

## Example
Before:
```yaml
# PRJ-BANK-1 and PRJ-BANK-2
customer: CUS-BANK
```
After:
```yaml
# PRJ-BANK
customer: CUS-BANK
# PRJ-INSURER
customer: CUS-INSURER
```
"#,
};

pub static T005: Rule = Rule {
    code: "T005",
    name: "program-outgrew-type",
    default: Severity::Error,
    summary: "A single-type program that has grown into a multi-type program",
    explanation: r#"## What it checks
A `single-customer` program with more than one customer has become a `multi-customer` program; a `single-business` program with more than one business has become a `multi-business` program. The message names the type it has become.

## Why
ITSS IT-service program management draws the line between the two families of programs by size: once a program spans several customers (or several businesses) it is too big for one project manager to coordinate, and needs a PMO or an IT-service director on top and a manager per customer (or business) (ITSS IT-service program management). Keeping the old type hides that.

## How to fix
Change `type:` to the type named in the message and add `leadership.pmo` or `leadership.director`; or move the extra customers (businesses) and their projects to a program of their own.

## Example
Before:
```yaml
type: single-customer
customers:
  - {id: CUS-BANK, name: City Bank}
  - {id: CUS-INSURER, name: Pacific Insurance}
```
After:
```yaml
type: multi-customer
leadership:
  pmo: p-chen-jie
customers:
  - {id: CUS-BANK, name: City Bank}
  - {id: CUS-INSURER, name: Pacific Insurance}
```
"#,
};

pub static T006: Rule = Rule {
    code: "T006",
    name: "multi-program-without-coordinator",
    default: Severity::Error,
    summary: "A multi-customer, multi-business or composite program with no PMO or IT-service director",
    explanation: r#"## What it checks
Programs of type `multi-customer`, `multi-business` and `composite` must name `leadership.pmo` or `leadership.director`.

## Why
These programs are too big for one project manager to coordinate; ITSS IT-service program management requires a PMO or an IT-service director on top (ITSS IT-service program management).

## How to fix
Name the head of the PMO or the IT-service director who coordinates the program.

## Example
Before:
```yaml
type: composite
leadership:
  program_manager: p-zhang-wei
```
After:
```yaml
type: composite
leadership:
  pmo: p-chen-jie
  pmo_model: hybrid
```
"#,
};

pub static T007: Rule = Rule {
    code: "T007",
    name: "single-program-without-manager",
    default: Severity::Warning,
    summary: "A single-customer or single-business program with no program manager",
    explanation: r#"## What it checks
Programs of type `single-customer` and `single-business` should name `leadership.program_manager`.

## Why
A single-type program is led by one program or project manager (ITSS IT-service program management); without one nobody owns the program's plan, risks and benefits.

## How to fix
Name the program manager.

## Example
Before:
```yaml
type: single-customer
leadership: {}
```
After:
```yaml
type: single-customer
leadership:
  program_manager: p-zhang-wei
```
"#,
};

pub static T008: Rule = Rule {
    code: "T008",
    name: "project-outside-structure",
    default: Severity::Error,
    summary: "A project of a multi-type program that names no customer or business to group it by",
    explanation: r#"## What it checks
A `multi-customer` program groups its projects by customer, so each project names a `customer:`; a `multi-business` program groups by business, so each names a `business:`. In a `composite` program a project for a key customer names the `customer:`, and any other project (for SME customers) names the `business:`.

## Why
The structure is the program: program -> customer -> business for multi-customer, program -> business -> customer for multi-business, and both in a composite program (ITSS IT-service program management). A project outside it has no one to report to.

## How to fix
Add the customer or business the message asks for.

## Example
Before:
```yaml
kind: Project
id: PRJ-SME-DESK
program: PRG-GROUP   # composite
```
After:
```yaml
kind: Project
id: PRJ-SME-DESK
program: PRG-GROUP
business: BIZ-DESK
```
"#,
};

pub static T009: Rule = Rule {
    code: "T009",
    name: "group-with-several-managers",
    default: Severity::Error,
    summary: "The open projects of one customer (or business) are run by different managers",
    explanation: r#"## What it checks
In a `multi-customer` program, all open projects of one customer share one project manager; in a `multi-business` program, all open projects of one business do. In a `composite` program the same holds for each key customer and for each business that serves SME customers. The first project (by id) sets the manager.

## Why
Each customer (or business) of a multi-type program is under its own project manager, who coordinates its sub-projects (ITSS IT-service program management). Two managers for one customer means two voices to that customer.

## How to fix
Give the group's projects the same `manager:`, or split the customer (business) in two.

## Example
Before:
```yaml
# PRJ-BANK-DESK
customer: CUS-BANK
manager: p-zhang-wei
# PRJ-BANK-NET
customer: CUS-BANK
manager: p-li-na
```
After:
```yaml
# PRJ-BANK-DESK and PRJ-BANK-NET
customer: CUS-BANK
manager: p-zhang-wei
```
"#,
};

pub static T010: Rule = Rule {
    code: "T010",
    name: "manager-across-groups",
    default: Severity::Error,
    summary: "One manager runs the projects of two customers (or two businesses) of a multi-type program",
    explanation: r#"## What it checks
In a `multi-customer`, `multi-business` or `composite` program no project manager runs the open projects of two different groups (customers, businesses, or in a composite program a key customer and an SME business).

## Why
Each customer (business) has its own project manager (ITSS IT-service program management): one manager across groups puts the program's coordination back on one person, which is what the multi-type structure exists to avoid.

## How to fix
Give each group its own manager, or merge the groups.

## Example
Before:
```yaml
# PRJ-BANK (customer CUS-BANK), PRJ-INSURER (customer CUS-INSURER)
manager: p-zhang-wei
```
After:
```yaml
# PRJ-BANK
manager: p-zhang-wei
# PRJ-INSURER
manager: p-li-na
```
"#,
};

pub static T011: Rule = Rule {
    code: "T011",
    name: "composite-customer-without-tier",
    default: Severity::Error,
    summary: "A customer of a composite program not marked key or SME",
    explanation: r#"## What it checks
Every customer of a `composite` program has `tier: key` or `tier: sme`.

## Why
A composite program (复合项目群) manages key (large) customers by customer goals and small and medium customers by business goals (ITSS IT-service program management); the tier decides which structure a customer's projects belong to.

## How to fix
Add the tier.

## Example
Before:
```yaml
customers:
  - {id: CUS-BANK, name: City Bank}
```
After:
```yaml
customers:
  - {id: CUS-BANK, name: City Bank, tier: key}
```
"#,
};

pub static T012: Rule = Rule {
    code: "T012",
    name: "closure-with-open-projects",
    default: Severity::Error,
    summary: "A program in closure with projects still proposed, planned, active or on hold",
    explanation: r#"## What it checks
A program at `stage: closure` has only closed or cancelled projects.

## Why
Closure is the last stage of the program lifecycle (ITSS IT-service program management): the program hands over and disbands. A project still open would lose its program's direction, budget and PMO oversight.

## How to fix
Close or cancel the project (with its `closure:` record), move it to another program, or move the program back to `benefits-management`.

## Example
Before:
```yaml
# Program
stage: closure
# Project
status: active
```
After:
```yaml
# Program
stage: closure
# Project
status: closed
closure:
  accepted_on: 2026-10-30
```
"#,
};

pub static T013: Rule = Rule {
    code: "T013",
    name: "early-stage-with-active-projects",
    default: Severity::Warning,
    summary: "A program still at identify or define with active projects",
    explanation: r#"## What it checks
A program at `stage: identify` or `stage: define` has no `active` project.

## Why
In the identify and define stages the program is still being scoped and planned (ITSS IT-service program management); projects start delivering in integrated management. An active project under an unplanned program usually means the stage was not kept up to date.

## How to fix
Move the program to `integrated-management` (or later), or set the project back to `planned`.

## Example
Before:
```yaml
# Program
stage: define
# Project
status: active
```
After:
```yaml
# Program
stage: integrated-management
# Project
status: active
```
"#,
};

pub static RULES: &[&Rule] = &[
    &T001, &T002, &T003, &T004, &T005, &T006, &T007, &T008, &T009, &T010, &T011, &T012, &T013,
];

//! Reference rules (family `R`): ids are unique where they are nested, and
//! every reference by id resolves. Duplicate top-level ids (two projects
//! with one id) are the loader's L009.

use std::collections::HashMap;
use std::fmt::Arguments;

mod documents;

use super::Context;
use crate::diag::{Finding, Rule, Severity, did_you_mean};
use crate::model::{Dependency, Id, Kind, Loc, Project, Ref};

pub static R001: Rule = Rule {
    code: "R001",
    name: "duplicate-nested-id",
    default: Severity::Error,
    summary: "Two customers, businesses, tasks, milestones or KPIs with the same id in one program or project",
    doc: include_str!("../../docs/rules/R001.md"),
};

pub static R002: Rule = Rule {
    code: "R002",
    name: "unknown-program",
    default: Severity::Error,
    summary: "A reference to a program that does not exist",
    doc: include_str!("../../docs/rules/R002.md"),
};

pub static R003: Rule = Rule {
    code: "R003",
    name: "unknown-customer",
    default: Severity::Error,
    summary: "A project's customer is not one of its program's customers",
    doc: include_str!("../../docs/rules/R003.md"),
};

pub static R004: Rule = Rule {
    code: "R004",
    name: "unknown-business",
    default: Severity::Error,
    summary: "A project's business is not one of its program's businesses",
    doc: include_str!("../../docs/rules/R004.md"),
};

pub static R005: Rule = Rule {
    code: "R005",
    name: "unknown-person",
    default: Severity::Error,
    summary: "A reference to a person that does not exist",
    doc: include_str!("../../docs/rules/R005.md"),
};

pub static R006: Rule = Rule {
    code: "R006",
    name: "unknown-task-or-milestone",
    default: Severity::Error,
    summary: "A dependency or risk names a task or milestone its project does not have",
    doc: include_str!("../../docs/rules/R006.md"),
};

pub static R007: Rule = Rule {
    code: "R007",
    name: "unknown-project",
    default: Severity::Error,
    summary: "A reference to a project that does not exist",
    doc: include_str!("../../docs/rules/R007.md"),
};

pub static R008: Rule = Rule {
    code: "R008",
    name: "incomplete-reference",
    default: Severity::Error,
    summary: "A dependency, risk or `affects` that names neither (or both) of the things it must choose between",
    doc: include_str!("../../docs/rules/R008.md"),
};

pub static RULES: &[&Rule] = &[&R001, &R002, &R003, &R004, &R005, &R006, &R007, &R008];

pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut c = Checker {
        ctx,
        out: Vec::new(),
    };
    c.programs();
    c.projects();
    c.risks();
    c.reviews();
    c.changes();
    c.out
}

struct Checker<'c, 'a> {
    ctx: &'c Context<'a>,
    out: Vec<Finding>,
}

/// The first of each id, and a finding for every later one.
fn duplicates<'x>(
    ids: impl Iterator<Item = &'x Id>,
    what: &str,
    owner: &str,
    out: &mut Vec<Finding>,
) {
    let mut seen: HashMap<&str, Loc> = HashMap::new();
    for id in ids {
        if let Some(first) = seen.get(id.value.as_str()) {
            out.push(
                Finding::new(
                    &R001,
                    id.loc,
                    format!("duplicate {what} id `{}` in {owner}", id.value),
                )
                .related(*first, "first defined here")
                .help(format!(
                    "{what} ids are unique within their {}; rename one of them",
                    owner.split(' ').next().unwrap_or(owner)
                )),
            );
        } else {
            seen.insert(&id.value, id.loc);
        }
    }
}

fn hint(suggestion: Option<&str>, otherwise: String) -> String {
    match suggestion {
        Some(s) => format!("did you mean `{s}`?"),
        None => otherwise,
    }
}

impl Checker<'_, '_> {
    fn person(&mut self, r: &Ref, whose: Arguments<'_>) {
        let p = self.ctx.portfolio;
        if p.person(&r.value).is_some() || p.declared_unloaded(Kind::Person, &r.value) {
            return;
        }
        let ids = self.ctx.portfolio.ids(Kind::Person);
        let help = hint(
            did_you_mean(&r.value, ids),
            format!("add a Person with id `{}`, or correct the id", r.value),
        );
        self.out.push(
            Finding::new(
                &R005,
                r.loc,
                format!("{whose} names unknown person `{}`", r.value),
            )
            .note("no Person has this id")
            .help(help),
        );
    }

    fn project_ref(&mut self, r: &Ref, whose: Arguments<'_>) -> Option<usize> {
        if let Some(&i) = self.ctx.index().projects.get(r.value.as_str()) {
            return Some(i);
        }
        if self
            .ctx
            .portfolio
            .declared_unloaded(Kind::Project, &r.value)
        {
            return None;
        }
        let ids = self.ctx.portfolio.ids(Kind::Project);
        let help = hint(
            did_you_mean(&r.value, ids),
            format!("add a Project with id `{}`, or correct the id", r.value),
        );
        self.out.push(
            Finding::new(
                &R007,
                r.loc,
                format!("{whose} names unknown project `{}`", r.value),
            )
            .note("no Project has this id")
            .help(help),
        );
        None
    }

    fn program_ref(&mut self, r: &Ref, whose: Arguments<'_>) -> Option<usize> {
        if let Some(&i) = self.ctx.index().programs.get(r.value.as_str()) {
            return Some(i);
        }
        if self
            .ctx
            .portfolio
            .declared_unloaded(Kind::Program, &r.value)
        {
            return None;
        }
        let ids = self.ctx.portfolio.ids(Kind::Program);
        let help = hint(
            did_you_mean(&r.value, ids),
            format!("add a Program with id `{}`, or correct the id", r.value),
        );
        self.out.push(
            Finding::new(
                &R002,
                r.loc,
                format!("{whose} names unknown program `{}`", r.value),
            )
            .note("no Program has this id")
            .help(help),
        );
        None
    }

    /// A task or milestone of project `pi`.
    fn item_ref(&mut self, r: &Ref, pi: usize, is_task: bool, whose: Arguments<'_>) {
        let index = self.ctx.index();
        let map = if is_task {
            &index.tasks[pi]
        } else {
            &index.milestones[pi]
        };
        if map.contains_key(r.value.as_str()) {
            return;
        }
        let project = &self.ctx.portfolio.projects[pi];
        let what = if is_task { "task" } else { "milestone" };
        let candidates: Vec<&str> = if is_task {
            project.tasks.iter().map(|t| t.id.value.as_str()).collect()
        } else {
            project
                .milestones
                .iter()
                .map(|m| m.id.value.as_str())
                .collect()
        };
        let help = hint(
            did_you_mean(&r.value, candidates),
            format!(
                "project `{}` has no {what} `{}`; correct the id",
                project.id.value, r.value
            ),
        );
        self.out.push(
            Finding::new(
                &R006,
                r.loc,
                format!(
                    "{whose} names unknown {what} `{}` of project `{}`",
                    r.value, project.id.value
                ),
            )
            .help(help),
        );
    }

    fn programs(&mut self) {
        for program in &self.ctx.portfolio.programs {
            let owner = format!("program `{}`", program.id.value);
            duplicates(
                program.customers.iter().map(|c| &c.id),
                "customer",
                &owner,
                &mut self.out,
            );
            duplicates(
                program.businesses.iter().map(|b| &b.id),
                "business",
                &owner,
                &mut self.out,
            );
            let l = &program.leadership;
            for (r, role) in [
                (&l.program_manager, "program manager"),
                (&l.pmo, "PMO"),
                (&l.director, "director"),
            ] {
                if let Some(r) = r {
                    self.person(r, format_args!("the {role} of {owner}"));
                }
            }
            self.owners(program);
        }
    }

    fn projects(&mut self) {
        let portfolio = self.ctx.portfolio;
        for (pi, p) in portfolio.projects.iter().enumerate() {
            let owner = format!("project `{}`", p.id.value);
            // The shared index kept the first of each id: fewer entries
            // than items means a duplicate.
            let index = self.ctx.index();
            if index.tasks[pi].len() < p.tasks.len() {
                duplicates(p.tasks.iter().map(|t| &t.id), "task", &owner, &mut self.out);
            }
            if index.milestones[pi].len() < p.milestones.len() {
                duplicates(
                    p.milestones.iter().map(|m| &m.id),
                    "milestone",
                    &owner,
                    &mut self.out,
                );
            }
            duplicates(p.kpis.iter().map(|k| &k.id), "KPI", &owner, &mut self.out);
            let program = self.program_ref(&p.program, format_args!("{owner}"));
            self.scope_refs(p, program, &owner);
            self.person(&p.manager, format_args!("the manager of {owner}"));
            for m in &p.team {
                self.person(&m.person, format_args!("the team of {owner}"));
            }
            for t in &p.tasks {
                if let Some(o) = &t.owner {
                    self.person(o, format_args!("task `{}` of {owner}", t.id.value));
                }
                for d in &t.depends_on {
                    self.dependency(d, pi, format_args!("task `{}` of {owner}", t.id.value));
                }
            }
            for m in &p.milestones {
                for d in &m.depends_on {
                    self.dependency(d, pi, format_args!("milestone `{}` of {owner}", m.id.value));
                }
            }
            for d in &p.dependencies {
                if let Some(other) =
                    self.project_ref(&d.project, format_args!("a dependency of {owner}"))
                {
                    self.item_ref(
                        &d.milestone,
                        other,
                        false,
                        format_args!("a dependency of {owner}"),
                    );
                }
            }
        }
    }

    /// The project's customer and business, in its program.
    fn scope_refs(&mut self, p: &Project, program: Option<usize>, owner: &str) {
        let Some(gi) = program else { return };
        let index = self.ctx.index();
        let prog = &self.ctx.portfolio.programs[gi];
        if let Some(c) = &p.customer
            && !index.customers[gi].contains_key(c.value.as_str())
        {
            let ids = prog.customers.iter().map(|c| c.id.value.as_str());
            let help = hint(
                did_you_mean(&c.value, ids),
                format!(
                    "add `{}` to the customers of program `{}`, or correct the id",
                    c.value, prog.id.value
                ),
            );
            self.out.push(
                Finding::new(
                    &R003,
                    c.loc,
                    format!(
                        "{owner} names customer `{}`, which program `{}` does not declare",
                        c.value, prog.id.value
                    ),
                )
                .help(help),
            );
        }
        if let Some(b) = &p.business
            && !index.businesses[gi].contains_key(b.value.as_str())
        {
            let ids = prog.businesses.iter().map(|b| b.id.value.as_str());
            let help = hint(
                did_you_mean(&b.value, ids),
                format!(
                    "add `{}` to the businesses of program `{}`, or correct the id",
                    b.value, prog.id.value
                ),
            );
            self.out.push(
                Finding::new(
                    &R004,
                    b.loc,
                    format!(
                        "{owner} names business `{}`, which program `{}` does not declare",
                        b.value, prog.id.value
                    ),
                )
                .help(help),
            );
        }
    }

    fn dependency(&mut self, d: &Dependency, pi: usize, whose: Arguments<'_>) {
        let target = match &d.project {
            Some(r) => match self.project_ref(r, format_args!("a dependency of {whose}")) {
                Some(i) => i,
                None => return,
            },
            None => pi,
        };
        match (&d.task, &d.milestone) {
            (Some(t), None) => {
                self.item_ref(t, target, true, format_args!("a dependency of {whose}"))
            }
            (None, Some(m)) => {
                self.item_ref(m, target, false, format_args!("a dependency of {whose}"))
            }
            (t, m) => {
                let loc = t
                    .as_ref()
                    .or(m.as_ref())
                    .or(d.project.as_ref())
                    .map(|r| r.loc)
                    .or(d.lag.as_ref().map(|l| l.loc))
                    .or(d.link.as_ref().map(|l| l.loc))
                    .unwrap_or(Loc::UNKNOWN);
                let (loc, what) = if t.is_some() {
                    (loc, "both a task and a milestone")
                } else {
                    (loc, "neither a task nor a milestone")
                };
                let loc = if loc.is_known() {
                    loc
                } else {
                    self.ctx.portfolio.projects[pi].id.loc
                };
                self.out.push(
                    Finding::new(&R008, loc, format!("a dependency of {whose} names {what}"))
                        .help("name exactly one predecessor: `task: ID` or `milestone: ID`"),
                );
            }
        }
    }

    fn risks(&mut self) {
        for r in &self.ctx.portfolio.risks {
            let owner = format!("risk `{}`", r.id.value);
            let project = r
                .project
                .as_ref()
                .and_then(|p| self.project_ref(p, format_args!("{owner}")));
            if let Some(g) = &r.program {
                self.program_ref(g, format_args!("{owner}"));
            }
            if r.project.is_none() && r.program.is_none() {
                self.out.push(
                    Finding::new(
                        &R008,
                        r.id.loc,
                        format!("{owner} belongs to neither a project nor a program"),
                    )
                    .help("add `project: ID` (or `program: ID` for a program-level risk)"),
                );
            }
            if let Some(o) = &r.owner {
                self.person(o, format_args!("the owner of {owner}"));
            }
            for a in &r.actions {
                if let Some(o) = &a.owner {
                    self.person(o, format_args!("an action of {owner}"));
                }
            }
            if let Some(affects) = &r.affects {
                let whose = format!("`affects` of {owner}");
                let named = [(&affects.task, true), (&affects.milestone, false)];
                if affects.task.is_none() && affects.milestone.is_none() {
                    self.out.push(
                        Finding::new(&R008, r.id.loc, format!("{whose} names neither a task nor a milestone"))
                            .help("name the `task:` or `milestone:` the risk threatens, or remove `affects`"),
                    );
                }
                for (item, is_task) in named {
                    let Some(item) = item else { continue };
                    match (&r.project, project) {
                        (Some(_), Some(pi)) => self.item_ref(item, pi, is_task, format_args!("{whose}")),
                        (Some(_), None) => {}
                        (None, _) => self.out.push(
                            Finding::new(
                                &R008,
                                item.loc,
                                format!("{whose} names `{}` but the risk belongs to no project", item.value),
                            )
                            .help("add the risk's `project:`; tasks and milestones are looked up in it"),
                        ),
                    }
                }
            }
        }
    }

    fn reviews(&mut self) {
        for r in &self.ctx.portfolio.reviews {
            self.person(&r.reviewee, format_args!("review `{}`", r.id.value));
        }
        for a in &self.ctx.portfolio.assessments {
            let owner = format!("assessment `{}`", a.id.value);
            self.project_ref(&a.project, format_args!("{owner}"));
            if let Some(who) = &a.assessor {
                self.person(who, format_args!("the assessor of {owner}"));
            }
        }
    }
}

#[cfg(test)]
mod tests;

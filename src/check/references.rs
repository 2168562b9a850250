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
mod tests {
    use super::*;

    /// Program G (customer C1, business B1, managed by pm) and person pm.
    const BASE: &str = "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: define\n\
        leadership: {program_manager: pm}\n\
        customers: [{id: C1, name: C1}]\nbusinesses: [{id: B1, name: B1}]\n\
        ---\nkind: Person\nid: pm\nname: Pm\n";

    fn project(id: &str, extra: &str) -> String {
        format!(
            "---\nkind: Project\nid: {id}\nname: {id}\nprogram: G\nmanager: pm\nstatus: active\n\
             start: 2026-01-05\nend: 2026-12-18\n{extra}"
        )
    }

    fn run(text: &str) -> Vec<String> {
        crate::check::run_on(check, &[("base.yaml", BASE), ("more.yaml", text)])
    }

    #[test]
    fn a_consistent_repository_is_clean() {
        let text = project(
            "P1",
            "customer: C1\nbusiness: B1\ntasks:\n  - {id: T1, name: T1}\n  - {id: T2, name: T2, depends_on: [{task: T1}]}\n",
        ) + "---\nkind: Risk\nid: K1\ntitle: K1\ncategory: technical\nidentified: 2026-01-05\n\
             project: P1\nprobability: 1\nimpact: 1\nowner: pm\naffects: {task: T2}\n";
        assert_eq!(run(&text), Vec::<String>::new());
    }

    #[test]
    fn duplicates_and_unknown_programs_customers_businesses_and_people() {
        let text = project(
            "P1",
            "customer: C9\nbusiness: B9\nteam: [{person: nobody}]\n\
             tasks:\n  - {id: T1, name: T1}\n  - {id: T1, name: again}\n",
        ) + "---\nkind: Project\nid: P2\nname: P2\nprogram: H\nmanager: pm\nstatus: active\n\
             start: 2026-01-05\nend: 2026-12-18\n";
        assert_eq!(
            run(&text),
            [
                "R003: project `P1` names customer `C9`, which program `G` does not declare",
                "R004: project `P1` names business `B9`, which program `G` does not declare",
                "R005: the team of project `P1` names unknown person `nobody`",
                "R001: duplicate task id `T1` in project `P1`",
                "R002: project `P2` names unknown program `H`",
            ]
        );
    }

    #[test]
    fn dependencies_and_risks_name_what_exists_and_exactly_one_thing() {
        let text = project(
            "P1",
            "tasks:\n  - {id: T1, name: T1}\n  - {id: T2, name: T2, depends_on: [{task: T9}, {task: T1, milestone: M1}]}\n\
             milestones:\n  - {id: M1, name: M1, due: 2026-06-01}\n",
        ) + "---\nkind: Risk\nid: K1\ntitle: K1\ncategory: technical\nidentified: 2026-01-05\n\
             project: P7\nprobability: 1\nimpact: 1\n\
             ---\nkind: Risk\nid: K2\ntitle: K2\ncategory: technical\nidentified: 2026-01-05\n\
             probability: 1\nimpact: 1\naffects: {milestone: M1}\n";
        assert_eq!(
            run(&text),
            [
                "R006: a dependency of task `T2` of project `P1` names unknown task `T9` of project `P1`",
                "R008: a dependency of task `T2` of project `P1` names both a task and a milestone",
                "R007: risk `K1` names unknown project `P7`",
                "R008: risk `K2` belongs to neither a project nor a program",
                "R008: `affects` of risk `K2` names `M1` but the risk belongs to no project",
            ]
        );
    }

    #[test]
    fn people_are_checked_wherever_they_are_named() {
        // Leadership, a task owner, a risk's action owner and an
        // assessor: each unknown person is one R005, with what names it.
        let text = "---\nkind: Program\nid: H\nname: H\ntype: multi-customer\nstage: define\n\
             leadership: {pmo: pmo-x}\ncustomers: [{id: C1, name: C1}]\n"
            .to_string()
            + &project("P1", "tasks:\n  - {id: T1, name: T1, owner: eng-x}\n")
            + "---\nkind: Risk\nid: K1\ntitle: K1\ncategory: technical\nidentified: 2026-01-05\n\
               project: P1\nprobability: 1\nimpact: 1\nowner: pm\n\
               actions: [{description: a, owner: act-x, due: 2026-02-01}]\n\
               ---\nkind: Assessment\nid: A1\nproject: P1\nperiod: 2026-Q2\nassessor: asr-x\n\
               dimensions: {security: {score: 3}}\n";
        let found = run(&text);
        let r005: Vec<&String> = found.iter().filter(|f| f.starts_with("R005")).collect();
        assert_eq!(r005.len(), 4, "{found:?}");
        for who in ["pmo-x", "eng-x", "act-x", "asr-x"] {
            assert!(
                r005.iter()
                    .any(|f| f.ends_with(&format!("unknown person `{who}`"))),
                "{who}: {found:?}"
            );
        }
        assert_eq!(found.len(), 4, "{found:?}");
    }

    #[test]
    fn dependencies_across_projects_name_a_project_and_its_milestone() {
        // P1 depends on P2's M9 (P2 has only M1) and needs P3's M1 (no P3).
        let text = project(
            "P2",
            "milestones:\n  - {id: M1, name: M1, due: 2026-06-01}\n",
        ) + &project(
            "P1",
            "tasks:\n  - {id: T1, name: T1, depends_on: [{project: P2, milestone: M9}, {project: P2, milestone: M1}]}\n\
                 dependencies:\n  - {project: P3, milestone: M1, needed_by: 2026-06-01}\n",
        );
        assert_eq!(
            run(&text),
            [
                "R006: a dependency of task `T1` of project `P1` names unknown milestone `M9` of project `P2`",
                "R007: a dependency of project `P1` names unknown project `P3`",
            ]
        );
    }
}

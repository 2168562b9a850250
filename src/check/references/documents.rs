//! References from the documents issue 16 added: a change names its
//! project and people, goals and benefits their owners. A child module of
//! the reference family, so it shares its checker and its messages.

use super::Checker;

impl Checker<'_, '_> {
    /// A change names its project and the people who raised and decided it.
    pub(super) fn changes(&mut self) {
        for c in &self.ctx.portfolio.changes {
            let owner = format!("change `{}`", c.id.value);
            self.project_ref(&c.project, format_args!("{owner}"));
            for (r, role) in [(&c.raised_by, "raised_by"), (&c.decided_by, "decided_by")] {
                if let Some(r) = r {
                    self.person(r, format_args!("the `{role}` of {owner}"));
                }
            }
        }
    }

    /// Goals and benefits name the people who answer for them.
    pub(super) fn owners(&mut self, program: &crate::model::Program) {
        let owner = format!("program `{}`", program.id.value);
        let goals = program.goals.iter().map(|g| (&g.owner, "goal", &g.id));
        let benefits = program
            .benefits
            .iter()
            .map(|b| (&b.owner, "benefit", &b.id));
        for (who, what, id) in goals.chain(benefits) {
            if let Some(r) = who {
                let id = id.as_ref().map_or("", |i| i.value.as_str());
                self.person(r, format_args!("the owner of {what} `{id}` of {owner}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::references::check;
    use crate::check::run_on;

    #[test]
    fn changes_and_benefit_owners_name_what_exists() {
        let program = "kind: Program\nid: G\nname: G\ntype: single-customer\nstage: define\ngoals:\n  - {id: G1, description: d, owner: nobody}\nbenefits:\n  - {id: B1, description: d, owner: pm}\n";
        let people = "kind: Person\nid: pm\nname: PM\n";
        let change =
            "kind: Change\nid: CR-1\ntitle: t\nproject: P-X\ndecided_by: pn\nstatus: approved\n";
        let found = run_on(
            check,
            &[("a.yaml", change), ("g.yaml", program), ("p.yaml", people)],
        );
        let codes: Vec<&str> = found.iter().map(|f| &f[..4]).collect();
        assert_eq!(codes, ["R007", "R005", "R005"], "{found:?}");
        assert!(
            found[1].contains("the `decided_by` of change `CR-1`"),
            "{found:?}"
        );
        assert!(found[2].contains("owner of goal `G1`"), "{found:?}");
    }
}

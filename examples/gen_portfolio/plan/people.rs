//! The people: project managers, PMO heads and directors, staff.

use super::super::vocab::TECH_ROLES;

pub(crate) struct People {
    pub(crate) n: usize,
    /// Project managers (indices).
    pub(crate) managers: Vec<usize>,
    /// PMO heads and IT-service directors.
    pub(crate) leads: Vec<usize>,
    /// Everyone else.
    pub(crate) staff: Vec<usize>,
}

impl People {
    pub(crate) fn new(n: usize) -> People {
        let n = n.max(1);
        let (mut managers, mut leads, mut staff) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..n {
            match i % 50 {
                1 if n > 10 => leads.push(i),
                m if m % 10 == 0 => managers.push(i),
                _ => staff.push(i),
            }
        }
        if leads.is_empty() {
            leads = managers.clone();
        }
        if staff.is_empty() {
            staff = managers.clone();
        }
        People {
            n,
            managers,
            leads,
            staff,
        }
    }

    pub(crate) fn role_of(&self, i: usize) -> &'static str {
        if i % 50 == 1 && self.n > 10 {
            if i % 100 == 1 {
                "pmo-lead"
            } else {
                "service-director"
            }
        } else if i.is_multiple_of(10) {
            "project-manager"
        } else {
            TECH_ROLES[(i / 10 + i) % TECH_ROLES.len()]
        }
    }
}

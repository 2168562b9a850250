//! An id given on the command line (`--program`, `--project`, `--person`,
//! `--owner`, `--manager`) that names nothing in the repository: one error
//! for every report, worded once.

use std::fmt;

use super::did_you_mean;
use crate::model::{Kind, Portfolio};

/// No document of `kind` has `id`; `suggestion` is the closest id of that
/// kind, when one is close enough to be a typo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownId {
    pub kind: Kind,
    pub id: String,
    pub suggestion: Option<String>,
}

impl UnknownId {
    /// The error for `id`, with the closest id of `kind` in `portfolio`.
    pub fn new(portfolio: &Portfolio, kind: Kind, id: &str) -> UnknownId {
        UnknownId {
            kind,
            id: id.to_string(),
            suggestion: did_you_mean(id, portfolio.ids(kind)).map(str::to_string),
        }
    }

    /// `Ok` when `portfolio` holds a `kind` named `id`.
    pub fn check(portfolio: &Portfolio, kind: Kind, id: &str) -> Result<(), UnknownId> {
        if portfolio.ids(kind).contains(&id) {
            Ok(())
        } else {
            Err(UnknownId::new(portfolio, kind, id))
        }
    }
}

impl fmt::Display for UnknownId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no {} `{}` in this repository",
            self.kind.slug(),
            self.id
        )?;
        match &self.suggestion {
            Some(s) => write!(f, " (did you mean `{s}`?)"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for UnknownId {}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown(kind: Kind, id: &str, suggestion: Option<&str>) -> String {
        UnknownId {
            kind,
            id: id.into(),
            suggestion: suggestion.map(str::to_string),
        }
        .to_string()
    }

    #[test]
    fn words_the_kind_the_id_and_the_suggestion() {
        assert_eq!(
            unknown(Kind::Person, "p-zhang-wie", Some("p-zhang-wei")),
            "no person `p-zhang-wie` in this repository (did you mean `p-zhang-wei`?)"
        );
        assert_eq!(
            unknown(Kind::Program, "NOPE", None),
            "no program `NOPE` in this repository"
        );
    }
}

//! The names of closed sets: every enum the documents or the reports name
//! in kebab-case derives them with strum (`IntoStaticStr`, `EnumString`,
//! `EnumIter`, `serialize_all` as serde's `rename_all`), so the string a
//! check, a filter or a table shows is the one serde writes, and no list
//! of names is kept by hand. A test proves each enum's names equal serde's.

/// The name of a value of a closed set, as serde writes it: `on-hold`,
/// `cross-cultural`, `self`.
pub trait Key: Copy + Into<&'static str> {
    /// The kebab-case name, as written in the documents.
    fn key(self) -> &'static str {
        self.into()
    }
}

impl<T: Copy + Into<&'static str>> Key for T {}

#[cfg(test)]
mod tests {
    use std::fmt::Debug;
    use std::str::FromStr;

    use serde::Serialize;
    use strum::IntoEnumIterator;

    use super::Key;
    use crate::model::{
        Cadence, Category, ChangeStatus, Competency, Dimension, Kind, ProgramType, ProjectStatus,
        Relation, RiskStatus, RiskType, Stage, Strategy,
    };

    /// Every value's key is the string serde writes, and parses back.
    fn keys_are_serde_names<T>() -> usize
    where
        T: Key + IntoEnumIterator + Serialize + FromStr + PartialEq + Debug,
    {
        T::iter()
            .inspect(|&v| {
                let serde = serde_json::to_value(v).expect("serialises");
                assert_eq!(serde, serde_json::Value::from(v.key()), "{v:?}");
                assert_eq!(v.key().parse::<T>().ok(), Some(v), "{v:?}");
            })
            .count()
    }

    #[test]
    fn the_derived_names_are_the_serde_names() {
        assert_eq!(keys_are_serde_names::<Category>(), 10);
        assert_eq!(keys_are_serde_names::<Strategy>(), 8);
        assert_eq!(keys_are_serde_names::<RiskStatus>(), 4);
        assert_eq!(keys_are_serde_names::<RiskType>(), 2);
        assert_eq!(keys_are_serde_names::<ProjectStatus>(), 6);
        assert_eq!(keys_are_serde_names::<ProgramType>(), 5);
        assert_eq!(keys_are_serde_names::<Stage>(), 6);
        assert_eq!(keys_are_serde_names::<Dimension>(), 7);
        assert_eq!(keys_are_serde_names::<Competency>(), 10);
        assert_eq!(keys_are_serde_names::<Relation>(), 5);
        assert_eq!(keys_are_serde_names::<Kind>(), 8);
        assert_eq!(keys_are_serde_names::<ChangeStatus>(), 3);
        assert_eq!(keys_are_serde_names::<Cadence>(), 3);
    }

    #[test]
    fn names_read_as_the_documents_write_them() {
        assert_eq!(ProjectStatus::OnHold.key(), "on-hold");
        assert_eq!(Category::CrossCultural.key(), "cross-cultural");
        assert_eq!(Relation::SelfRating.key(), "self");
        assert_eq!(Kind::Assessment.key(), "Assessment");
        assert!("On-Hold".parse::<ProjectStatus>().is_err());
    }
}

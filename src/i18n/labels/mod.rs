//! Every label with its English and Chinese text. `{0}`, `{1}`... are the
//! places [`super::tf`] fills in.
//!
//! One file per part of the product. Each file's macro adds its labels to
//! those gathered so far and hands them on to the next file's macro; the
//! last, [`labels!`], declares the one [`Label`] enum, so a label is still
//! declared once and a missing translation still does not compile.

macro_rules! labels {
    ([] $( $name:ident => $en:literal, $zh:literal; )*) => {
        /// One label of a report, e.g. a column name or a note.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Label { $($name,)* }

        impl Label {
            /// Every label, in declaration order.
            pub const ALL: &'static [Label] = &[$(Label::$name,)*];

            pub const fn en(self) -> &'static str {
                match self { $(Label::$name => $en,)* }
            }

            pub fn zh(self) -> &'static str {
                match self { $(Label::$name => $zh,)* }
            }
        }
    };
}

#[macro_use]
mod domain;
#[macro_use]
mod overview;
#[macro_use]
mod plan;
#[macro_use]
mod risk;
#[macro_use]
mod resource;
#[macro_use]
mod assessment;
#[macro_use]
mod lifecycle;
#[macro_use]
mod history;
#[macro_use]
mod render;

domain_labels! { [overview_labels, plan_labels, risk_labels, resource_labels, assessment_labels, lifecycle_labels, history_labels, render_labels, labels] }

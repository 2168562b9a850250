//! Time from git: the repository as committed at any revision, read with
//! gitoxide (`gix`, pure Rust) and never with a `git` subprocess. Reading a
//! revision touches neither the working tree nor the index.
//!
//! - [`GitRepo`] opens the git repository around a `pmo` root and resolves
//!   revisions (a commit, tag, branch, `HEAD~4`, or a date: the last commit
//!   on the current branch on or before that day);
//! - [`GitRepo::files`] lists the root's files in a revision's tree the way
//!   the loader walks the working tree, with each file's blob id.

pub mod baseline;
mod load;
mod repo;
mod sample;
mod tree;

pub use load::History;
pub use repo::{GitRepo, Revision};
pub use sample::{Every, last_of_each_period, period_start};
pub use tree::{TreeFile, TreeListing};

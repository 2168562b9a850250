//! End-to-end snapshots of `pmo report resource`: the real binary on
//! fixture repositories, every format, the exit code included.

use crate::support::pmo;
use std::path::Path;

/// Runs `pmo report resource` on `repo` (relative to the crate) with the
/// fixed as-of date and terminal width, and returns one text to snapshot.
fn run(repo: &str, args: &[&str]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(repo);
    let out = pmo()
        .args([
            "report",
            "resource",
            "--as-of",
            "2026-11-16",
            "--color",
            "never",
            "--repo",
        ])
        .arg(&root)
        .args(args)
        .run();
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.code, &out.stdout, &out.stderr
    )
}

/// One test per (repository, case); add example repos here after merging.
macro_rules! snapshots {
    ($($name:ident: $repo:expr, [$($arg:expr),*];)*) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(run($repo, &[$($arg),*]));
            }
        )*
    };
}

const FIXTURE: &str = "tests/fixtures/resource";

snapshots! {
    fixture_table: FIXTURE, [];
    fixture_json: FIXTURE, ["--format", "json"];
    fixture_csv: FIXTURE, ["--format", "csv"];
    fixture_markdown: FIXTURE, ["--format", "markdown"];
    fixture_month_table: FIXTURE, ["--every", "month"];
    fixture_person_role_window: FIXTURE, ["--role", "network-engineer", "--from", "2026-11-23", "--to", "2026-12-13"];
    fixture_program_filter: FIXTURE, ["--program", "PG-APP", "--format", "markdown"];
    fixture_unknown_person: FIXTURE, ["--person", "li.wie"];
    fixture_narrow_terminal: FIXTURE, ["--person", "li.wei", "--from", "2026-11-16", "--to", "2027-06-30"];
}

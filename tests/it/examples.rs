//! End-to-end snapshots of every report and of `pmo validate` on every
//! example repository (every format on the composite one): the real binary, whole outputs, the
//! exit code included. Accept changes with `INSTA_UPDATE=always cargo test
//! --test it examples::`, then read the diffs.

use crate::support::{AS_OF, pmo};

/// Runs `pmo` with `args` on an example repo; a transcript of the run.
fn run(repo: &str, args: &[&str]) -> String {
    pmo().example(repo).args(args).run().transcript()
}

/// The command line of each case, `--as-of` added for reports.
fn args(case: &str) -> Vec<&'static str> {
    let (command, format): (&[&str], &str) = match case.rsplit_once('_') {
        Some((c, f)) => (
            match c {
                "overview" => &["report"],
                "plan" => &["report", "plan"],
                "risk" => &["report", "risk"],
                "resource" => &["report", "resource"],
                "assessment" => &["report", "assessment"],
                "benefits" => &["report", "benefits"],
                "validate" => &["validate"],
                other => panic!("unknown case {other}"),
            },
            match f {
                "table" => "table",
                "json" => "json",
                "csv" => "csv",
                "markdown" => "markdown",
                "human" => "human",
                other => panic!("unknown format {other}"),
            },
        ),
        None => panic!("case {case} needs a format"),
    };
    let mut v: Vec<&'static str> = command.to_vec();
    v.extend(["--format", format, "--as-of", AS_OF]);
    v
}

macro_rules! cases {
    ($dir:expr; $($name:ident),*) => {$(
        #[test]
        fn $name() {
            let transcript = run($dir, &args(stringify!($name)));
            // insta names the file after the module (the repo) and this case.
            insta::assert_snapshot!(stringify!($name), transcript);
        }
    )*};
}

/// Every report in the formats a reviewer reads whole (table, JSON) and
/// `validate`, on each example; the composite example (every program type
/// at once) also in CSV and Markdown, which are the same views in other
/// clothes: one example is enough to see a change in them.
macro_rules! examples {
    ($($repo:ident => $dir:expr;)*) => {$(
        mod $repo {
            use super::*;
            cases!($dir;
                overview_table, overview_json,
                plan_table, plan_json,
                risk_table, risk_json,
                resource_table, resource_json,
                assessment_table, assessment_json,
                validate_human, validate_json
            );
        }
    )*};
}

examples! {
    single_customer => "single-customer";
    single_business => "single-business";
    multi_customer => "multi-customer";
    multi_business => "multi-business";
}

mod composite {
    use super::*;
    cases!("composite";
        overview_table, overview_json, overview_csv, overview_markdown,
        plan_table, plan_json, plan_csv, plan_markdown,
        risk_table, risk_json, risk_csv, risk_markdown,
        resource_table, resource_json, resource_csv, resource_markdown,
        assessment_table, assessment_json, assessment_csv, assessment_markdown,
        benefits_table, benefits_json, benefits_csv, benefits_markdown,
        validate_human, validate_json
    );
}

//! End-to-end tests of `pmo report assessment`: whole-output snapshots of
//! every format on the fixture repositories (exit code included), and the
//! anonymity guarantee of the 360-degree review checked on every format.

use std::path::Path;

use crate::support::{AS_OF, Run, fixture, fs::copy_dir, pmo};

const FIXTURE: &str = "assessment";

/// `pmo report assessment` on `repo` with `args`.
fn run(repo: &Path, args: &[&str]) -> (i32, String, String) {
    assessment(repo, args).parts()
}

fn assessment(repo: &Path, args: &[&str]) -> Run {
    pmo()
        .repo(repo)
        .args(["report", "assessment", "--as-of", AS_OF])
        .args(args)
        .run()
}

/// The snapshot text: exit code, stdout, stderr.
fn transcript(repo: &str, args: &[&str]) -> String {
    assessment(&fixture(repo), args).transcript()
}

/// One test function per (repository, case): `name, repo, args`.
macro_rules! snapshots {
    ($($name:ident: $repo:expr, [$($arg:expr),*];)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), transcript($repo, &[$($arg),*]));
        }
    )*};
}

snapshots! {
    fixture_table: FIXTURE, ["--format", "table"];
    fixture_json: FIXTURE, ["--format", "json"];
    fixture_csv: FIXTURE, ["--format", "csv"];
    fixture_markdown: FIXTURE, ["--format", "markdown"];
    fixture_manager_table: FIXTURE, ["--manager", "pm-li"];
    fixture_manager_markdown: FIXTURE, ["--manager", "pm-wang", "--format", "markdown"];
    fixture_period_table: FIXTURE, ["--period", "2026-Q2"];
    fixture_unknown_manager: FIXTURE, ["--manager", "pm-lee"];
    fixture_bad_period: FIXTURE, ["--period", "2026-Q5"];
}

const FORMATS: [&str; 4] = ["table", "json", "csv", "markdown"];

/// Rater ids in the fixture all start with this; none may ever be printed.
const RATER_PREFIX: &str = "anon-Kx7q";
/// Comments of groups too small to show (customers of rv-li-2026h1,
/// subordinates of rv-wang-2026h1) start with this.
const SMALL_GROUP_COMMENT: &str = "ZEBRA";
/// The customer-only means: 1.15 in rv-li-2026h1 (1.1 and 1.2 on every
/// competency), 1.35 in rv-wang-2026h1 (1.3 and 1.4).
const SMALL_GROUP_MEANS: [&str; 2] = ["1.15", "1.35"];

/// Whether the text names the customer rater group: the word `customer`,
/// except inside the competency "customer-service awareness".
fn names_customer_group(text: &str) -> bool {
    text.match_indices("customer").any(|(i, _)| {
        let rest = &text[i + "customer".len()..];
        !(rest.starts_with("-service") || rest.starts_with(" service"))
    })
}

fn invocations() -> Vec<Vec<&'static str>> {
    vec![
        vec![],
        vec!["--period", "2026-H1"],
        vec!["--manager", "pm-li"],
        vec!["--manager", "pm-li", "--period", "2026-H1"],
        vec!["--manager", "pm-wang"],
    ]
}

/// Every invocation in every format: no rater id, no small group's
/// comment, no small group's mean anywhere in the output.
#[test]
fn no_format_reveals_raters_or_small_groups() {
    for args in invocations() {
        for format in FORMATS {
            let mut all = args.clone();
            all.extend(["--format", format]);
            let (code, out, err) = run(&fixture(FIXTURE), &all);
            assert_eq!(code, 0, "{all:?}: {err}");
            let text = format!("{out}{err}");
            assert!(!text.contains(RATER_PREFIX), "{all:?} shows a rater id");
            assert!(
                !text.contains(SMALL_GROUP_COMMENT),
                "{all:?} shows a small group's comment"
            );
            for m in SMALL_GROUP_MEANS {
                assert!(
                    !text.contains(m),
                    "{all:?} shows the small group's mean {m}"
                );
            }
        }
    }
}

/// In 2026-H1 both reviews have a customer group of 2: no human format
/// names a customer group, and in JSON no review of the period has one.
#[test]
fn small_groups_are_never_labelled() {
    for args in [
        vec!["--period", "2026-H1"],
        vec!["--manager", "pm-li", "--period", "2026-H1"],
        vec!["--manager", "pm-wang"],
    ] {
        for format in ["table", "csv", "markdown"] {
            let mut all = args.clone();
            all.extend(["--format", format]);
            let (_, out, _) = run(&fixture(FIXTURE), &all);
            assert!(
                !names_customer_group(&out),
                "{all:?} names the customer group:\n{out}"
            );
        }
        let mut all = args.clone();
        all.extend(["--format", "json"]);
        let (_, out, _) = run(&fixture(FIXTURE), &all);
        let json: serde_json::Value = serde_json::from_str(&out).expect("json");
        let reviews = json["reviews"].as_array().expect("reviews");
        assert!(!reviews.is_empty());
        for r in reviews {
            // The review holds no customer group, anywhere in it.
            assert!(!names_customer_group(&r.to_string()), "{all:?}: {r}");
            for g in r["groups"].as_array().expect("groups") {
                let exempt = g["group"] == "self" || g["group"] == "superior";
                assert!(exempt || g["raters"].as_u64() >= Some(3), "{all:?}: {g}");
            }
        }
    }
}

/// The checks above would catch a leak: with the threshold at 1 the same
/// fixture shows the customer groups, their means and their comments.
#[test]
fn the_leak_checks_detect_a_shown_small_group() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixture(FIXTURE), dir.path());
    let toml = std::fs::read_to_string(dir.path().join("pmo.toml")).expect("pmo.toml");
    std::fs::write(
        dir.path().join("pmo.toml"),
        format!("{toml}\n[review]\nanonymity_threshold = 1\n"),
    )
    .expect("write pmo.toml");
    let (code, out, _) = run(
        dir.path(),
        &[
            "--manager",
            "pm-li",
            "--period",
            "2026-H1",
            "--format",
            "markdown",
        ],
    );
    assert_eq!(code, 0);
    assert!(names_customer_group(&out));
    assert!(out.contains("1.15"));
    assert!(out.contains(SMALL_GROUP_COMMENT));
    // Rater ids are never reported, whatever the threshold.
    assert!(!out.contains(RATER_PREFIX));
}

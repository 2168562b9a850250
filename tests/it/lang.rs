//! `--lang zh`: every report in Chinese on the composite example, in the
//! table and Markdown formats; `lang = "zh"` in pmo.toml as the default;
//! JSON and CSV unchanged by the language. Accept changes with
//! `INSTA_UPDATE=always cargo test --test it lang::`, then read the diffs.

use crate::support::pmo;
use std::path::{Path, PathBuf};

const AS_OF: &str = "2026-11-16";

fn example(repo: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(repo)
}

/// Runs `pmo` on `dir` with `args`; a transcript with the exit code.
fn run(dir: &Path, args: &[&str]) -> String {
    let out = pmo().repo(dir).args(args).run();
    let stdout = &out.stdout.replace("\r\n", "\n");
    format!(
        "exit: {}\n--- stdout\n{stdout}--- stderr\n{}",
        out.code, &out.stderr
    )
}

/// The command of a report, as in `pmo report <name>`.
fn report(name: &str) -> Vec<&'static str> {
    match name {
        "overview" => vec!["report"],
        "plan" => vec!["report", "plan", "--gantt"],
        "risk" => vec!["report", "risk"],
        "resource" => vec!["report", "resource"],
        "assessment" => vec!["report", "assessment"],
        other => panic!("unknown report {other}"),
    }
}

/// A Chinese snapshot of `report` in `format` on example `repo`.
fn zh(repo: &str, report_name: &str, format: &str) -> String {
    let mut args = report(report_name);
    args.extend(["--format", format, "--as-of", AS_OF, "--lang", "zh"]);
    run(&example(repo), &args)
}

macro_rules! cases {
    ($($name:ident => ($repo:expr, $report:expr, $format:expr);)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), zh($repo, $report, $format));
        }
    )*};
}

cases! {
    composite_overview_table_zh => ("composite", "overview", "table");
    composite_overview_markdown_zh => ("composite", "overview", "markdown");
    composite_plan_table_zh => ("composite", "plan", "table");
    composite_plan_markdown_zh => ("composite", "plan", "markdown");
    composite_risk_table_zh => ("composite", "risk", "table");
    composite_risk_markdown_zh => ("composite", "risk", "markdown");
    composite_resource_table_zh => ("composite", "resource", "table");
    composite_resource_markdown_zh => ("composite", "resource", "markdown");
    composite_assessment_table_zh => ("composite", "assessment", "table");
    composite_assessment_markdown_zh => ("composite", "assessment", "markdown");
}

/// Copies an example repository into a temporary folder.
fn copy_example(repo: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    let from = example(repo);
    for entry in walk(&from) {
        let rel = entry.strip_prefix(&from).expect("inside");
        let to = tmp.path().join(rel);
        if entry.is_dir() {
            std::fs::create_dir_all(&to).expect("mkdir");
        } else {
            std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
            std::fs::copy(&entry, &to).expect("copy");
        }
    }
    tmp
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        out.push(path.clone());
        if path.is_dir() {
            out.extend(walk(&path));
        }
    }
    out
}

/// `lang = "zh"` in pmo.toml makes Chinese the default; `--lang en` still
/// wins over it.
#[test]
fn pmo_toml_lang_sets_the_default() {
    let tmp = copy_example("composite");
    let toml = tmp.path().join("pmo.toml");
    let text = std::fs::read_to_string(&toml).expect("pmo.toml");
    assert!(text.contains("lang = \"en\""), "the example names its lang");
    std::fs::write(&toml, text.replace("lang = \"en\"", "lang = \"zh\"")).expect("write");

    let by_setting = run(tmp.path(), &["report", "--as-of", AS_OF]);
    let by_flag = zh("composite", "overview", "table");
    assert_eq!(by_setting, by_flag);
    assert!(by_setting.contains("项目组合概览"));

    let english = run(tmp.path(), &["report", "--as-of", AS_OF, "--lang", "en"]);
    let original = run(&example("composite"), &["report", "--as-of", AS_OF]);
    assert_eq!(english, original);
}

/// JSON and CSV are for machines: the language changes nothing in them.
#[test]
fn json_and_csv_stay_english() {
    for name in ["overview", "plan", "risk", "resource", "assessment"] {
        for format in ["json", "csv"] {
            let mut args = report(name);
            args.extend(["--format", format, "--as-of", AS_OF]);
            let en = run(&example("composite"), &args);
            args.extend(["--lang", "zh"]);
            let zh = run(&example("composite"), &args);
            assert_eq!(en, zh, "{name} {format} changed with --lang zh");
        }
    }
}

/// Words the renderers write themselves, not a report's labels: the note
/// under a table that left columns out, the page's masthead and footer,
/// and the pictures' descriptions and tooltips; each with its format.
const CHROME: [(&str, &str); 11] = [
    ("table", "(left out at "),
    ("table", "a wider terminal or --format csv shows them"),
    ("html", "<html lang=\"en\">"),
    ("html", "PMO report · "),
    ("html", "<span>As of 2026-11-16</span>"),
    ("html", "<footer>generated by pmo "),
    ("html", "<desc>Gantt chart from "),
    ("html", " people by "),
    ("html", " in all</desc>"),
    ("html", " rows, series "),
    ("html", "% done</title>"),
];

/// Under `--lang zh` no report's table, Markdown or HTML carries the
/// renderers' English words; in English each is there in some report.
#[test]
fn the_renderers_own_words_follow_the_language() {
    let reports = ["overview", "plan", "risk", "resource", "assessment"];
    let mut seen = vec![false; CHROME.len()];
    for name in reports {
        for format in ["table", "markdown", "html"] {
            let mut args = report(name);
            args.extend(["--format", format, "--as-of", AS_OF]);
            let en = run(&example("composite"), &args);
            args.extend(["--lang", "zh"]);
            let zh = run(&example("composite"), &args);
            assert!(zh.starts_with("exit: 0"), "{name} {format}: {zh}");
            for (i, (shown_in, phrase)) in CHROME.iter().enumerate() {
                assert!(
                    !zh.contains(phrase),
                    "{name} {format} under --lang zh says {phrase:?}"
                );
                if *shown_in == format && en.contains(phrase) {
                    seen[i] = true;
                }
            }
        }
    }
    for (i, (format, phrase)) in CHROME.iter().enumerate() {
        assert!(seen[i], "no English {format} report says {phrase:?}");
    }
}

//! The program lifecycle end to end (issue 16): the `lifecycle` example (a
//! program in definition, one in closure) validates clean, the stage gates
//! fire when its records are taken away, and `pmo report lessons` gathers
//! the closed projects' lessons in every format.

use crate::support::{AS_OF, example, pmo};

fn lessons(args: &[&str]) -> crate::support::Run {
    pmo()
        .example("lifecycle")
        .args(["report", "lessons", "--as-of", AS_OF])
        .args(args)
        .run()
}

#[test]
fn the_lifecycle_example_validates_clean() {
    let out = pmo()
        .example("lifecycle")
        .args(["validate", "--as-of", AS_OF, "--color", "never"])
        .run()
        .ok();
    assert!(
        out.stdout.contains("0 errors, 0 warnings"),
        "{}",
        out.stdout
    );
}

/// The example with one file rewritten, in a temporary copy.
fn edited(file: &str, from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy(&example("lifecycle"), dir.path());
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    dir
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn codes(dir: &std::path::Path) -> Vec<String> {
    let out = pmo()
        .repo(dir)
        .args(["validate", "--as-of", AS_OF, "--format", "json"])
        .run();
    let mut codes: Vec<String> = out.json()["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().expect("code").to_string())
        .collect();
    codes.sort();
    codes
}

#[test]
fn a_closed_project_without_its_records_fails_the_closure_gate() {
    // The closure block ends the file: keep what comes before it.
    let dir = edited("projects/dcm-hengxin.yaml", "closure:", "closure: {}\n#");
    let path = dir.path().join("projects/dcm-hengxin.yaml");
    let text = std::fs::read_to_string(&path).expect("read");
    let head = text.split("\n#\n").next().expect("head");
    std::fs::write(&path, format!("{head}\n")).expect("write");
    assert_eq!(codes(dir.path()), ["G007", "G008", "G009"]);
}

#[test]
fn a_defined_program_with_a_vague_goal_fails_the_define_gate() {
    let dir = edited(
        "programs/hospital.yaml",
        "  measure: P1 incidents caused by the takeover\n",
        "",
    );
    assert_eq!(codes(dir.path()), ["G001"]);
}

#[test]
fn moving_the_defined_program_on_asks_for_plans_and_measured_benefits() {
    let dir = edited(
        "programs/hospital.yaml",
        "stage: define",
        "stage: benefits-management",
    );
    // The planned project has a milestone (a plan) and is not under way
    // (no baseline needed yet); the benefit has no measured value.
    assert_eq!(codes(dir.path()), ["G006"]);
}

#[test]
fn the_lessons_digest_lists_every_lesson_with_its_tags() {
    let out = lessons(&["--color", "never"]).ok();
    insta::assert_snapshot!("lessons_table", out.transcript());
    let json = lessons(&["--format", "json"]).ok().json();
    assert_eq!(json["meta"]["report"], "lessons");
    assert_eq!(json["lessons"].as_array().expect("lessons").len(), 5);
    assert_eq!(json["tags"][0]["tag"], "schedule");
    assert_eq!(json["tags"][0]["lessons"], 2);
}

#[test]
fn the_digest_filters_by_tag_and_by_search() {
    let json = lessons(&["--tag", "HANDOVER", "--format", "json"])
        .ok()
        .json();
    let texts: Vec<&str> = json["lessons"]
        .as_array()
        .expect("lessons")
        .iter()
        .map(|l| l["text"].as_str().expect("text"))
        .collect();
    assert_eq!(texts.len(), 1);
    assert!(texts[0].starts_with("Handing over runbooks"));
    let json = lessons(&["--search", "freeze", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json["lessons"][0]["project"], "PRJ-DCM-JH");
    assert_eq!(json["lessons"].as_array().expect("lessons").len(), 1);
}

#[test]
fn the_digest_in_csv_markdown_html_and_chinese() {
    let csv = lessons(&["--format", "csv"]).ok().stdout;
    assert!(
        csv.starts_with("program,project,project_name,status,accepted_on,tags,lesson\n"),
        "{csv}"
    );
    assert!(csv.contains("PRG-DCM,PRJ-DCM-HX,Hengxin Insurance data-centre migration,closed,2026-11-06,vendor;schedule,"));
    let md = lessons(&["--format", "markdown"]).ok().stdout;
    assert!(md.contains("| tag | lessons |"), "{md}");
    let html = lessons(&["--format", "html"]).ok().stdout;
    assert!(html.contains("<table") && html.contains("Lessons learned"));
    let zh = lessons(&["--lang", "zh", "--color", "never"]).ok().stdout;
    assert!(zh.contains("经验教训"), "{zh}");
}

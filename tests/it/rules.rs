//! One reproducer per rule, as hledger keeps one per error message:
//! `tests/fixtures/rules/CODE/` is the smallest repository that fires CODE
//! (and nothing else), and `expected.txt` beside it is what
//! `pmo validate --as-of 2026-11-16 --color never` prints there, exit code
//! included. A comment in the fixture marks the line at fault.
//!
//! After a deliberate change of wording, refresh every `expected.txt` with
//! `PMO_BLESS=1 cargo test --test it rules::` and read
//! `git diff tests/fixtures/rules`. A new rule needs a new folder here (copy
//! the nearest one), or an entry in [`FIRED_ELSEWHERE`].

use crate::support::{AS_OF, fixture, pmo, root};
use std::collections::BTreeSet;
use std::path::Path;

/// Codes a fixture cannot carry (an environment git does not store), each
/// with the test that fires it: (code, file, test).
const FIRED_ELSEWHERE: &[(&str, &str, &str)] = &[(
    // An unreadable folder: git keeps no permissions but the executable bit.
    "L013",
    "tests/it/untrusted.rs",
    "fn an_unreadable_folder_fails_the_gate_with_exit_2",
)];

/// Reproducers that cannot fire their rule alone: (code, the others, why).
/// Empty today: every rule has a repository that fires it and nothing else.
const ALSO_FIRES: &[(&str, &[&str], &str)] = &[];

const COMMAND: [&str; 5] = ["validate", "--as-of", AS_OF, "--color", "never"];

fn registered() -> BTreeSet<String> {
    pmo::check::registry::all_rules()
        .iter()
        .map(|r| r.code.to_string())
        .collect()
}

fn reproducers() -> BTreeSet<String> {
    std::fs::read_dir(fixture("rules"))
        .expect("tests/fixtures/rules")
        .map(|e| e.expect("entry"))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The codes a repository's findings carry, from the JSON output.
fn codes_fired(dir: &Path) -> BTreeSet<String> {
    let out = pmo()
        .repo(dir)
        .args(COMMAND)
        .args(["--format", "json"])
        .run();
    out.json()["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().expect("code").to_string())
        .collect()
}

/// The command and what it printed, as `expected.txt` holds it.
fn transcript(dir: &Path) -> Result<String, String> {
    let out = pmo().repo(dir).args(COMMAND).run();
    if !out.stderr.is_empty() {
        return Err(format!("wrote to stderr:\n{}", out.stderr));
    }
    Ok(format!(
        "$ pmo {}\n{}[exit {}]\n",
        COMMAND.join(" "),
        out.stdout,
        out.code
    ))
}

fn expected_codes(code: &str) -> BTreeSet<String> {
    let mut want = BTreeSet::from([code.to_string()]);
    for (c, others, _) in ALSO_FIRES {
        if *c == code {
            want.extend(others.iter().map(|o| o.to_string()));
        }
    }
    want
}

/// Checks one reproducer; the problems found, if any.
fn check(code: &str, bless: bool) -> Vec<String> {
    let dir = fixture("rules").join(code);
    let mut problems = Vec::new();
    let fired = codes_fired(&dir);
    let want = expected_codes(code);
    if fired != want {
        problems.push(format!("{code}: fires {fired:?}, expected {want:?}"));
    }
    let expected = dir.join("expected.txt");
    match transcript(&dir) {
        Err(e) => problems.push(format!("{code}: {e}")),
        Ok(have) => {
            let committed = std::fs::read_to_string(&expected).unwrap_or_default();
            if have != committed {
                if bless {
                    std::fs::write(&expected, &have).expect("write expected.txt");
                } else {
                    problems.push(format!(
                        "{code}: output differs from {}:\n{have}",
                        expected.display()
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn every_rule_has_a_reproducer_and_only_registered_rules_do() {
    let codes = registered();
    let folders = reproducers();
    let elsewhere: BTreeSet<String> = FIRED_ELSEWHERE
        .iter()
        .map(|(c, _, _)| c.to_string())
        .collect();
    let stray: Vec<_> = folders.difference(&codes).collect();
    assert!(
        stray.is_empty(),
        "tests/fixtures/rules/ folders of no registered code: {stray:?}"
    );
    let missing: Vec<_> = codes
        .iter()
        .filter(|c| !folders.contains(*c) && !elsewhere.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "codes with no reproducer in tests/fixtures/rules/: {missing:?}"
    );
    let both: Vec<_> = folders.intersection(&elsewhere).collect();
    assert!(
        both.is_empty(),
        "codes with a reproducer, also listed in FIRED_ELSEWHERE: {both:?}"
    );
    for (code, _, why) in ALSO_FIRES {
        assert!(folders.contains(*code), "ALSO_FIRES lists {code} ({why})");
    }
}

#[test]
fn rules_fired_elsewhere_are_fired_there() {
    for (code, file, test) in FIRED_ELSEWHERE {
        assert!(registered().contains(*code), "{code} is not registered");
        let text = std::fs::read_to_string(root().join(file)).expect("test file");
        let body = text
            .split(test)
            .nth(1)
            .unwrap_or_else(|| panic!("{file} has no `{test}`"));
        let body = body.split("\n#[test]").next().unwrap_or(body);
        assert!(
            body.contains(&format!("\"{code}\"")),
            "{test} in {file} does not check {code}"
        );
    }
}

#[test]
fn each_reproducer_fires_its_rule_and_prints_what_expected_txt_holds() {
    let bless = std::env::var_os("PMO_BLESS").is_some();
    let problems: Vec<String> = reproducers()
        .intersection(&registered())
        .flat_map(|code| check(code, bless))
        .collect();
    assert!(
        problems.is_empty(),
        "{}\n\nIf the new output is right: `PMO_BLESS=1 cargo test --test it rules::`, then read `git diff tests/fixtures/rules`.",
        problems.join("\n")
    );
}

//! The loader on hostile and shuffled input: it never panics, answers
//! within seconds in bounded memory, names the file at fault, and gives the
//! same result whatever the file order or thread count.

use crate::support::{Run, pmo};
use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;

/// Runs `pmo ARGS DIR`; what it printed and how long it took.
fn timed(args: &[&str], dir: &Path) -> (Run, Duration) {
    let start = Instant::now();
    let out = pmo().args(args).arg(dir).run();
    (out, start.elapsed())
}

fn repo_with(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pmo.toml"), "format = 1\n").unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

/// Runs validate on a repo holding one hostile file and checks the answer:
/// exit 1, the file named with the expected code, quickly.
fn refuses(name: &str, bytes: Vec<u8>, code: &str) {
    let dir = repo_with(&[(name, bytes)]);
    let (out, took) = timed(&["validate", "--color", "never"], dir.path());
    let stdout = &out.stdout;
    assert_eq!(out.code, 1, "{name}: {stdout}");
    assert!(
        stdout.contains(&format!("error[{code}]")),
        "{name}: {stdout}"
    );
    assert!(stdout.contains(&format!("--> {name}")), "{name}: {stdout}");
    assert!(took < Duration::from_secs(30), "{name} took {took:?}");
}

#[test]
fn alias_bomb_is_refused() {
    // A 1 MiB string aliased 20,000 times into a list of strings: 20 GB if
    // expanded.
    let mut s = format!(
        "kind: Person\nid: p-x\nname: X\nskills:\n  - &s \"{}\"\n",
        "x".repeat(1 << 20)
    );
    for _ in 0..20_000 {
        s.push_str("  - *s\n");
    }
    refuses("bomb.yaml", s.into_bytes(), "L008");
}

/// A billion-laughs document in flow style: with no `kind:` line to scan,
/// the whole document goes through the parser's budget, which refuses it.
#[test]
fn nested_aliases_are_refused() {
    let mut s = String::from("{kind: Person, id: p-x, name: X, a0: &a0 [\"lol\"]");
    for i in 1..30 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        s.push_str(&format!(", a{i}: &a{i} [{refs}]"));
    }
    s.push_str("}\n");
    refuses("lol.yaml", s.into_bytes(), "L008");
}

#[test]
fn deep_flow_nesting_is_refused() {
    let s = format!(
        "kind: Person\nid: p-x\nname: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    refuses("deep.yaml", s.into_bytes(), "L002");
    let s = format!(
        "kind: Person\nid: p-x\nname: X\nskills: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    refuses("deep-list.yaml", s.into_bytes(), "L008");
}

#[test]
fn deep_block_nesting_is_refused() {
    let mut s = String::from("kind: Person\nid: p-x\nname: X\nskills:\n");
    for i in 1..3000 {
        s.push_str(&" ".repeat(2 * i));
        s.push_str("- \n");
    }
    refuses("deep-block.yaml", s.into_bytes(), "L008");
}

#[test]
fn deep_nesting_without_kind_line_is_refused() {
    let s = format!(
        "{{kind: Person, x: {}{}}}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    refuses("flow.yaml", s.into_bytes(), "L008");
}

#[test]
fn huge_file_is_refused_without_reading_it() {
    let dir = repo_with(&[]);
    let path = dir.path().join("huge.yaml");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(150 * 1024 * 1024).unwrap();
    let (out, took) = timed(&["validate", "--color", "never"], dir.path());
    let stdout = &out.stdout;
    assert_eq!(out.code, 1);
    assert!(
        stdout.contains("error[L008]: file is 150.0 MiB, over the 32 MiB limit"),
        "{stdout}"
    );
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn random_bytes_and_invalid_utf8_are_refused() {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let bytes: Vec<u8> = (0..100_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    refuses("random.yaml", bytes, "L008");
    refuses(
        "latin1.yaml",
        b"kind: Person\nid: p-\xe9\nname: Ren\xe9\n".to_vec(),
        "L008",
    );
}

#[test]
fn loading_writes_nothing() {
    let dir = repo_with(&[("a.yaml", b"kind: Person\nid: p-a\nname: A\n".to_vec())]);
    let before: Vec<_> = walk(dir.path());
    let (out, _) = timed(&["validate"], dir.path());
    assert_eq!(out.code, 0);
    assert_eq!(walk(dir.path()), before);
}

fn walk(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            all.extend(walk(&p));
        } else {
            all.push((p.display().to_string(), std::fs::read(&p).unwrap()));
        }
    }
    all.sort();
    all
}

/// Copies a repo, writing its files in the given order (so directory
/// entry order differs on disk).
fn copy_repo(from: &Path, to: &Path, reverse: bool) {
    let mut files = Vec::new();
    collect(from, from, &mut files);
    if reverse {
        files.reverse();
    }
    for rel in files {
        let target = to.join(&rel);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(from.join(&rel), target).unwrap();
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(root, &p, out);
        } else {
            out.push(p.strip_prefix(root).unwrap().to_path_buf());
        }
    }
}

#[test]
fn output_is_identical_across_file_order_and_threads() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/composite");
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    copy_repo(&example, a.path(), false);
    copy_repo(&example, b.path(), true);
    // Add a broken file so findings are part of what is compared.
    for d in [a.path(), b.path()] {
        std::fs::write(
            d.join("zz-broken.yaml"),
            "kind: Risk\nid: RSK-001\ntitle: dup\n",
        )
        .unwrap();
    }
    let run = |dir: &Path, jobs: &str| {
        let (out, _) = timed(
            &[
                "-j",
                jobs,
                "validate",
                "--format",
                "json",
                "--as-of",
                "2026-11-16",
            ],
            dir,
        );
        out.stdout
    };
    let reference = run(a.path(), "1");
    assert!(!reference.is_empty());
    assert_eq!(run(a.path(), "2"), reference);
    assert_eq!(run(b.path(), "1"), reference);
    assert_eq!(run(b.path(), "2"), reference);
}

const VALID: &str = "kind: Project
id: PRJ-A
name: Desktop operations
program: PRG-A
manager: p-a
status: active
start: 2026-01-05
end: 2026-12-31
team:
  - person: p-a
    allocation: 50
tasks:
  - id: t1
    name: Rollout
    start: 2026-02-02
    duration: 5
    depends_on:
      - task: t0
        lag: 2
milestones:
  - id: m1
    name: Go-live
    due: 2026-03-01
---
kind: Risk
id: RSK-1
title: Vendor delay
category: external
probability: 3
impact: 4
identified: 2026-01-10
";

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    /// Mutated documents (bytes replaced, inserted, removed) never panic
    /// the loader, and every finding it makes has a location in a file.
    #[test]
    fn mutated_documents_never_panic(edits in prop::collection::vec((0usize..VALID.len(), any::<u8>(), 0u8..3), 1..8)) {
        let mut bytes = VALID.as_bytes().to_vec();
        for (at, byte, op) in edits {
            let at = at.min(bytes.len().saturating_sub(1));
            match op {
                0 => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ => { bytes.remove(at); }
            }
        }
        let dir = repo_with(&[("p.yaml", bytes)]);
        let loaded = pmo::load::load(dir.path(), &pmo::load::Quiet).expect("loads");
        for f in &loaded.findings {
            prop_assert!(loaded.sources.file(f.primary.loc.file).is_some());
        }
    }

    /// Arbitrary text never panics the loader.
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let dir = repo_with(&[("t.yaml", text.into_bytes())]);
        prop_assert!(pmo::load::load(dir.path(), &pmo::load::Quiet).is_ok());
    }
}

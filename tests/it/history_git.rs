//! The git reader over real repositories made in the test: revisions of
//! every shape git accepts plus dates, a revision's files as the loader
//! would walk them, and exact messages outside a repository, before the
//! first commit and in a shallow clone.

use crate::support::git;

use git::{GitDir, git_in};
use pmo::history::GitRepo;

fn three_commits() -> (GitDir, [String; 3]) {
    let repo = GitDir::new();
    repo.write("pmo.toml", "format = 1\n");
    repo.write("projects/a.yaml", "kind: Project\nid: a\n");
    let c1 = repo.commit("first", "2026-03-02");
    repo.write("projects/b.yml", "kind: Project\nid: b\n");
    repo.write(".hidden/x.yaml", "kind: Project\nid: x\n");
    repo.write("target/y.yaml", "kind: Project\nid: y\n");
    repo.write("notes.txt", "not yaml\n");
    let c2 = repo.commit("second", "2026-03-09");
    repo.tag("baseline-2026");
    repo.edit("projects/a.yaml", "id: a", "id: a\nname: A");
    let c3 = repo.commit("third", "2026-03-16");
    (repo, [c1, c2, c3])
}

#[test]
fn revisions_of_every_shape_resolve_to_their_commit() {
    let (repo, [c1, c2, c3]) = three_commits();
    let git = GitRepo::open(&repo.path).expect("a git repository");
    let id = |spec: &str| git.resolve(spec).expect(spec).id.to_string();
    assert_eq!(id("HEAD"), c3);
    assert_eq!(id("main"), c3);
    assert_eq!(id("HEAD~2"), c1);
    assert_eq!(id("baseline-2026"), c2);
    assert_eq!(id(&c1[..10]), c1);
    // A date is the last commit made on or before that day.
    assert_eq!(id("2026-03-09"), c2);
    assert_eq!(id("2026-03-12"), c2);
    assert_eq!(id("2026-12-31"), c3);
    let third = git.resolve("HEAD").expect("HEAD");
    assert_eq!(third.summary, "third");
    assert_eq!(third.date.to_string(), "2026-03-16");
    assert_eq!(third.short, &c3[..7]);

    let early = git
        .resolve("2026-03-01")
        .expect_err("before the first commit");
    assert!(
        early
            .to_string()
            .contains("no commit on the current branch was made on or before 2026-03-01"),
        "{early}"
    );
    let unknown = git.resolve("no-such-tag").expect_err("unknown");
    assert!(
        unknown
            .to_string()
            .starts_with("unknown revision `no-such-tag`"),
        "{unknown}"
    );
}

#[test]
fn a_revision_lists_its_yaml_files_as_the_loader_walks_them() {
    let (repo, _) = three_commits();
    let git = GitRepo::open(&repo.path).expect("a git repository");
    let first = git
        .files(&git.resolve("HEAD~2").expect("rev"))
        .expect("files");
    let names: Vec<&str> = first.files.iter().map(|f| f.relative.as_str()).collect();
    assert_eq!(names, ["projects/a.yaml"]);
    assert!(first.settings.is_some());

    let last = git
        .files(&git.resolve("HEAD").expect("rev"))
        .expect("files");
    let names: Vec<&str> = last.files.iter().map(|f| f.relative.as_str()).collect();
    assert_eq!(names, ["projects/a.yaml", "projects/b.yml"]);
    let a = &last.files[0];
    let text = git.read(a.blob).expect("blob");
    assert_eq!(text, b"kind: Project\nid: a\nname: A\n");
    assert_eq!(a.size, text.len() as u64);
    // The blob of an unchanged file is the same object in both revisions.
    let middle = git
        .files(&git.resolve("HEAD~1").expect("rev"))
        .expect("files");
    assert_eq!(middle.files[1].blob, last.files[1].blob);
    assert_ne!(middle.files[0].blob, last.files[0].blob);
}

#[test]
fn a_root_below_the_top_of_the_work_tree_reads_only_its_subtree() {
    let repo = GitDir::new();
    repo.write("README.md", "code repository\n");
    repo.write("elsewhere.yaml", "kind: Project\nid: z\n");
    repo.write("pmo/pmo.toml", "format = 1\n");
    repo.write("pmo/projects/a.yaml", "kind: Project\nid: a\n");
    repo.commit("pmo inside a code repository", "2026-03-02");
    let git = GitRepo::open(&repo.path.join("pmo")).expect("a git repository");
    assert_eq!(git.prefix(), "pmo");
    let listing = git.files(&git.head().expect("HEAD")).expect("files");
    let names: Vec<&str> = listing.files.iter().map(|f| f.relative.as_str()).collect();
    assert_eq!(names, ["projects/a.yaml"]);
    assert!(listing.settings.is_some());
}

#[cfg(unix)]
#[test]
fn symbolic_links_in_a_revision_are_listed_as_skipped_not_followed() {
    let repo = GitDir::new();
    repo.write("pmo.toml", "format = 1\n");
    std::os::unix::fs::symlink("/etc/passwd", repo.path.join("passwd.yaml")).expect("link");
    repo.commit("a link out of the repository", "2026-03-02");
    let git = GitRepo::open(&repo.path).expect("a git repository");
    let listing = git.files(&git.head().expect("HEAD")).expect("files");
    assert!(listing.files.is_empty());
    assert_eq!(listing.skipped.len(), 1);
    assert_eq!(listing.skipped[0].0, "passwd.yaml");
}

#[test]
fn outside_a_git_repository_says_so_and_what_to_do() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let err = GitRepo::open(tmp.path()).err().expect("not a repository");
    let msg = err.to_string();
    assert!(msg.contains("is not inside a git repository"), "{msg}");
    assert!(msg.contains("git init"), "{msg}");
}

#[test]
fn a_repository_without_commits_says_so_and_what_to_do() {
    let repo = GitDir::new();
    repo.write("pmo.toml", "format = 1\n");
    let git = GitRepo::open(&repo.path).expect("a git repository");
    let msg = git.resolve("HEAD").expect_err("no commits").to_string();
    assert!(msg.contains("has no commits yet"), "{msg}");
    assert!(msg.contains("git add -A && git commit"), "{msg}");
}

#[test]
fn a_shallow_clone_says_the_history_is_cut_and_how_to_fetch_it() {
    let (repo, [_, _, c3]) = three_commits();
    let parent = tempfile::tempdir().expect("temp dir");
    let url = format!("file://{}", repo.path.display());
    git_in(
        parent.path(),
        &["clone", "-q", "--depth", "1", &url, "clone"],
        "2026-04-01T12:00:00+08:00",
    );
    let git = GitRepo::open(&parent.path().join("clone")).expect("a git repository");
    assert!(git.is_shallow());
    assert_eq!(git.resolve("HEAD").expect("HEAD").id.to_string(), c3);
    for spec in ["HEAD~1", "2026-03-09"] {
        let msg = git.resolve(spec).expect_err(spec).to_string();
        assert!(msg.contains("shallow clone"), "{spec}: {msg}");
        assert!(msg.contains("git fetch --unshallow"), "{spec}: {msg}");
        assert!(msg.contains("fetch-depth: 0"), "{spec}: {msg}");
    }
}

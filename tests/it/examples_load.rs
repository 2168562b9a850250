//! Every repository under examples/ loads without a loader finding, and
//! every one but `examples/broken` (which makes every rule fire on purpose)
//! validates without an error.

use crate::support::pmo;
use std::path::Path;

#[test]
fn examples_load_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut names: Vec<_> = std::fs::read_dir(&root)
        .expect("examples/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("pmo.toml").is_file())
        .collect();
    names.sort();
    assert!(
        names.len() >= 5,
        "expected the five program types, found {names:?}"
    );
    for repo in names {
        let out = pmo()
            .args(["validate", "--format", "json", "--as-of", "2026-11-16"])
            .arg(&repo)
            .run();
        let stdout = &out.stdout;
        let json: serde_json::Value = serde_json::from_str(stdout)
            .unwrap_or_else(|e| panic!("{}: not JSON ({e}): {stdout}", repo.display()));
        let loader: Vec<_> = json["findings"]
            .as_array()
            .expect("findings array")
            .iter()
            .filter(|f| f["code"].as_str().is_some_and(|c| c.starts_with('L')))
            .collect();
        assert!(
            loader.is_empty(),
            "{}: loader findings {loader:#?}",
            repo.display()
        );
        if repo.ends_with("broken") {
            assert_eq!(out.code, 1, "{}: {stdout}", repo.display());
        } else {
            assert_eq!(out.code, 0, "{}: {stdout}", repo.display());
        }
    }
}

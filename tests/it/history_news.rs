//! The history reports in Chinese (`pmo diff`, `pmo report trend`, the
//! "since" section of the management page), and a critical path that a
//! dependency change moves.

use crate::history::{a_week_of_news, changes, find, fixture, pmo_in};
use crate::support::git::GitDir;

/// `out` has every one of `want` and none of `unwanted`.
fn assert_words(out: &str, want: &[&str], unwanted: &[&str]) {
    for w in want {
        assert!(out.contains(w), "no `{w}` in:\n{out}");
    }
    for w in unwanted {
        assert!(!out.contains(w), "English `{w}` left in:\n{out}");
    }
}

#[test]
fn the_history_reports_speak_chinese() {
    let repo = a_week_of_news();
    let diff = ["diff", "HEAD~1", "HEAD", "--lang", "zh"];
    let (code, out, err) = pmo_in(&repo.path, &diff);
    assert_eq!(code, 0, "{err}");
    assert_words(
        &out,
        &[
            "变化",
            "起点",
            "终点",
            "坏消息",
            "里程碑变动",
            "风险超出容忍度",
            "新增问题",
        ],
        &[
            "What changed",
            "From",
            "worst news first",
            "to watch",
            "milestone-moved",
            "working days",
            "at or above tolerance",
            "finding-introduced",
            "as of",
        ],
    );
    // The pull-request comment too, with every column; JSON and CSV stay
    // English.
    let (_, md, _) = pmo_in(&repo.path, &[&diff[..], &["--format", "markdown"]].concat());
    assert_words(
        &md,
        &["| 消息 |", "里程碑变动", "+10 个工作日", "达到或超过容忍度"],
        // A finding's message is the check's own, in English.
        &[
            "| news |",
            "milestone-moved",
            "working days",
            "at or above tolerance",
        ],
    );
    let (_, json, _) = pmo_in(&repo.path, &[&diff[..], &["--format", "json"]].concat());
    let moved = find(&changes(&json), "milestone-moved", "nm2").clone();
    assert_eq!(moved["detail"], "+10 working days");
    let (_, csv, _) = pmo_in(&repo.path, &[&diff[..], &["--format", "csv"]].concat());
    assert!(csv.starts_with("news,change,project,item,name,then,now,delta,detail\n"));

    let trend = ["report", "trend", "--lang", "zh"];
    let (code, out, err) = pmo_in(&repo.path, &trend);
    assert_eq!(code, 0, "{err}");
    assert_words(
        &out,
        &[
            "趋势",
            "个采样",
            "按项目群和项目",
            "完成率",
            "未关闭风险",
            "项目群",
        ],
        &[
            "Trend",
            "samples",
            "Per program",
            "percent_complete",
            "open_risks",
            "metric",
        ],
    );

    let since = [
        "report",
        "--since",
        "HEAD~1",
        "--as-of",
        "2026-10-19",
        "--lang",
        "zh",
    ];
    for format in ["table", "markdown", "html"] {
        let (code, out, err) = pmo_in(&repo.path, &[&since[..], &["--format", format]].concat());
        assert_eq!(code, 0, "{err}");
        assert_words(
            &out,
            &["自 HEAD~1", "以来的变化", "里程碑变动"],
            &[
                "Since HEAD~1",
                "what changed",
                "milestone-moved",
                "worst first",
            ],
        );
        if format == "html" {
            assert_words(&out, &["SPI（进度绩效）"], &["SPI (schedule performance)"]);
        }
    }
}

#[test]
fn diff_reports_a_critical_path_a_dependency_change_moved() {
    let repo = GitDir::from_fixture(&fixture());
    repo.commit("the plan", "2026-10-12");
    // The rollout no longer waits for the pilot: it starts after the
    // image is built, and the pilot drops off the critical path.
    repo.edit(
        "projects/ops-desk.yaml",
        "    depends_on: [{task: d3}]\n  - id: d5",
        "    depends_on: [{task: d2}]\n  - id: d5",
    );
    repo.commit("rollout in parallel with the pilot", "2026-10-13");
    let args = [
        "diff",
        "HEAD~1",
        "HEAD",
        "--format",
        "json",
        "--as-of",
        "2026-10-13",
    ];
    let (code, out, err) = pmo_in(&repo.path, &args);
    assert_eq!(code, 0, "{err}");
    let all = changes(&out);
    let moved = find(&all, "critical-path-changed", "ops-desk");
    assert_eq!(moved["news"], "watch", "{moved:#}");
    assert_eq!(moved["project"], "ops-desk");
    let (then, now) = (
        moved["then"].as_str().expect("then"),
        moved["now"].as_str().expect("now"),
    );
    assert!(then.contains("d3") && then.contains("d4"), "{then}");
    assert!(!now.contains("d3") && now.contains("d4"), "{now}");
    // No other project's critical path moved.
    let others = all
        .iter()
        .filter(|c| c["kind"] == "critical-path-changed" && c["item"] != "ops-desk")
        .count();
    assert_eq!(others, 0, "{all:#?}");
}

//! The end-to-end tests: one crate (one build, one link) whose modules run
//! the real `pmo` binary on real repositories through [`support::pmo`].
//! Snapshots live in `tests/it/snapshots/`; accept changes with
//! `INSTA_UPDATE=always cargo test`, then read the diffs.

mod support;

mod assessment;
mod benefits;
mod cli;
mod cost;
mod examples;
mod examples_load;
mod history;
mod history_budget;
mod history_git;
mod history_news;
mod html;
mod html_browser;
mod init;
mod interchange;
mod lang;
mod lifecycle;
mod loader;
mod messages;
mod narrow;
mod plan;
mod plan_cpm_check;
mod progress;
mod quality;
mod readme;
mod resource;
mod risk;
mod robustness;
mod rules;
mod schemas;
mod scripting;
mod untrusted;
mod validate;
mod workload_check;

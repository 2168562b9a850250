//! What to generate (the command line's flags) and what was written.

use std::path::PathBuf;

use chrono::NaiveDate;

/// Bumped whenever the output for a given config changes, so cached
/// portfolios (the benchmark's) are regenerated.
pub const VERSION: u32 = 4;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Config {
    pub out: PathBuf,
    pub projects: usize,
    pub tasks_per_project: usize,
    pub people: usize,
    pub risks: usize,
    pub reviews: usize,
    pub raters: usize,
    /// Default: one per project.
    pub assessments: Option<usize>,
    pub seed: u64,
    /// Chance per task of an extra link to an earlier task of the project,
    /// and (separately) of a link to another project's milestone.
    pub cross_links: f64,
    /// The day the data is "as of": progress, done milestones, KPI actuals
    /// and risk dates are consistent with it.
    pub as_of: NaiveDate,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            out: PathBuf::new(),
            projects: 10_000,
            tasks_per_project: 40,
            people: 5_000,
            risks: 50_000,
            reviews: 10_000,
            raters: 12,
            assessments: None,
            seed: 1,
            cross_links: 0.05,
            as_of: NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid date"),
        }
    }
}

pub const USAGE: &str = "\
--out DIR [--projects 10000] [--tasks-per-project 40] [--people 5000] [--risks 50000]
    [--reviews 10000] [--raters 12] [--assessments N (default: one per project)]
    [--seed 1] [--cross-links 0.05] [--as-of 2026-11-20]";

impl Config {
    /// Applies one `--flag value` pair; `Ok(false)` if the flag is not a
    /// generator flag (so a caller can handle its own flags).
    pub fn apply(&mut self, flag: &str, value: &str) -> Result<bool, String> {
        fn num<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
            v.parse()
                .map_err(|_| format!("{flag}: `{v}` is not a valid number"))
        }
        match flag {
            "--out" => self.out = PathBuf::from(value),
            "--projects" => self.projects = num(flag, value)?,
            "--tasks-per-project" => self.tasks_per_project = num(flag, value)?,
            "--people" => self.people = num(flag, value)?,
            "--risks" => self.risks = num(flag, value)?,
            "--reviews" => self.reviews = num(flag, value)?,
            "--raters" => self.raters = num(flag, value)?,
            "--assessments" => self.assessments = Some(num(flag, value)?),
            "--seed" => self.seed = num(flag, value)?,
            "--cross-links" => {
                let p: f64 = num(flag, value)?;
                if !(0.0..=1.0).contains(&p) {
                    return Err("--cross-links: expected a fraction from 0 to 1".into());
                }
                self.cross_links = p;
            }
            "--as-of" => {
                self.as_of = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                    .map_err(|_| format!("--as-of: `{value}` is not YYYY-MM-DD"))?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    pub fn assessment_count(&self) -> usize {
        self.assessments.unwrap_or(self.projects)
    }

    /// A short name for the sizes and seed, for caching generated output.
    pub fn key(&self) -> String {
        format!(
            "v{VERSION}-p{}-t{}-pe{}-r{}-rv{}-ra{}-a{}-s{}-x{}-{}",
            self.projects,
            self.tasks_per_project,
            self.people,
            self.risks,
            self.reviews,
            self.raters,
            self.assessment_count(),
            self.seed,
            self.cross_links,
            self.as_of
        )
    }
}

/// What was written.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    pub files: u64,
    pub documents: u64,
    pub bytes: u64,
}

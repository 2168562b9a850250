//! `pmo report lessons`: the lessons learned of every project, by tag and
//! searchable, so the next project learns from the last.

use anyhow::Result;

use super::CommonArgs;
use crate::cli::common::{Exit, Global};
use crate::report::lessons::{self, Options, view};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  pmo report lessons                             every lesson, with the tags used
  pmo report lessons --tag handover              lessons tagged handover
  pmo report lessons --tag vendor --tag contract lessons with either tag
  pmo report lessons --search freeze             lessons whose text, tags or project mention it
  pmo report lessons --program PRG-BANK -o lessons.md
  pmo report lessons --format csv                one row per lesson

Lessons are written under a project's `closure.lessons`, as a sentence or as
`{text, tags}`.")]
pub struct Args {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only lessons with this tag (repeat for any of several; case is
    /// ignored).
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Only lessons whose text, tags, project or program contain TEXT
    /// (case is ignored).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

pub fn run(args: &Args, global: &Global) -> Result<Exit> {
    let loaded = args.common.load(global)?;
    let lang = args.common.lang(&loaded.portfolio.settings);
    let mut report = lessons::compute(
        &loaded.portfolio,
        &Options {
            scope: args.common.scope(),
            as_of: args.common.as_of(),
            tags: args.tag.clone(),
            search: args.search.clone(),
        },
    );
    loaded.stamp(&mut report.meta)?;
    let tidy = args.common.format().is_tidy();
    args.common.emit(
        global,
        &loaded,
        &report,
        || {
            if tidy {
                view::tidy(&report)
            } else {
                view::view(&report, lang)
            }
        },
        |_, _| None,
    )
}

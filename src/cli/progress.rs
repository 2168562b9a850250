//! What a long run shows on an interactive stderr (indicatif): a bar while
//! the repository loads, then a spinner while the report is computed and
//! rendered, cleared before the result is written. Never on stdout; the
//! caller decides whether to show anything (`-q`, stderr not a terminal).

use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::load::Progress;

pub struct Bar(ProgressBar);

impl Bar {
    pub fn new() -> Bar {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} loading {bytes}/{total_bytes} {wide_bar} {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Bar(bar)
    }
}

impl Progress for Bar {
    fn begin(&self, _files: u64, bytes: u64) {
        self.0.set_length(bytes);
    }
    fn advance(&self, bytes: u64) {
        self.0.inc(bytes);
    }
    fn end(&self) {
        self.0.finish_and_clear();
    }
}

/// The spinner between loading and output. A process-wide slot, because
/// the work it covers runs through code that knows nothing of terminals.
static WORKING: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Starts the spinner (on stderr, ticking on its own thread).
pub fn working() {
    let spinner = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    spinner.set_style(
        ProgressStyle::with_template("{spinner} computing the report {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    spinner.enable_steady_tick(Duration::from_millis(120));
    if let Ok(mut slot) = WORKING.lock()
        && let Some(old) = slot.replace(spinner)
    {
        old.finish_and_clear();
    }
}

/// Clears the spinner, if any, before output or an error is written.
pub fn done() {
    if let Ok(mut slot) = WORKING.lock()
        && let Some(spinner) = slot.take()
    {
        spinner.finish_and_clear();
    }
}

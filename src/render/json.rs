//! JSON: any `Serialize` report, pretty-printed, with a trailing newline.

use std::io::Write;

use serde::Serialize;

pub fn render<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

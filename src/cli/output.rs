//! Writing a finished output to the file `-o` names, safely on a checkout
//! that a stranger wrote.
//!
//! A pull request can commit a symbolic link under any name, so the target
//! is written only when it is a regular file or does not exist yet; the
//! bytes first go to a temporary file created exclusively, with an
//! unpredictable name, in the target's folder (never through a link), and
//! that file is renamed over the target. A failure or a signal removes the
//! temporary file: nothing half-written and nothing stray is left.

use std::fs::{self, Permissions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result, bail};

/// The temporary file being written, for the signal handler to remove.
static PENDING: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Writes `bytes` to `path`, replacing a regular file or creating it.
pub fn write_file(bytes: &[u8], path: &Path) -> Result<()> {
    refuse_special(path)?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .with_context(|| format!("`{}` is not a file name", path.display()))?;
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".pmo-tmp");
    #[cfg(unix)]
    builder.permissions(mode_for(path));
    let mut tmp = builder.tempfile_in(dir).map_err(|e| {
        let reason = crate::load::io_reason(&e);
        anyhow::anyhow!(
            "cannot write `{}`: cannot create a file in the folder `{}`: {reason}",
            path.display(),
            dir.display()
        )
    })?;
    remove_on_signal(Some(tmp.path().to_path_buf()));
    let failed = |e: &std::io::Error| {
        anyhow::anyhow!(
            "cannot write `{}`: {}",
            path.display(),
            crate::load::io_reason(e)
        )
    };
    let written = tmp
        .write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| failed(&e));
    // Dropping `tmp` on an error removes the temporary file.
    let result = written.and_then(|()| tmp.persist(path).map(drop).map_err(|e| failed(&e.error)));
    remove_on_signal(None);
    result
}

/// Refuses a target that is a link, a folder, a device, a FIFO or a
/// socket: writing there would follow the link or destroy the node.
fn refuse_special(path: &Path) -> Result<()> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot write `{}`", path.display())),
    };
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    let what = if kind.is_symlink() {
        "a symbolic link; pmo does not write through links"
    } else if kind.is_dir() {
        "a folder"
    } else {
        crate::load::special_kind(&kind)
    };
    bail!(
        "cannot write `{}`: it is {what}; name a regular file or a new one",
        path.display()
    )
}

/// The mode the new file gets: the old file's, or what a plain create
/// would give (0666 less the umask, which `open` applies).
#[cfg(unix)]
fn mode_for(path: &Path) -> Permissions {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).map_or_else(|_| Permissions::from_mode(0o666), |m| m.permissions())
}

/// Registers (or clears) the temporary file that SIGINT, SIGTERM or SIGHUP
/// must remove before the process ends.
fn remove_on_signal(path: Option<PathBuf>) {
    static HANDLER: std::sync::Once = std::sync::Once::new();
    HANDLER.call_once(|| {
        // If another handler is installed already, the drop guard alone
        // cleans up on errors; a signal then ends the process as before.
        let _ = ctrlc::set_handler(|| {
            if let Ok(mut pending) = PENDING.lock()
                && let Some(p) = pending.take()
            {
                let _ = fs::remove_file(p);
            }
            std::process::exit(130);
        });
    });
    if let Ok(mut pending) = PENDING.lock() {
        *pending = path;
    }
}

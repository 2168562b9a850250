//! The progress bar: on an interactive stderr for every report format,
//! never on stdout, hidden with `-q` and when stderr is not a terminal.
//! A terminal is a pseudo-terminal opened by Python's `pty` module
//! (Python 3 is on every CI machine); skipped with a note without it.

use crate::support::pmo;
use std::path::Path;
use std::process::Command;

/// Runs `args` with stderr on a pseudo-terminal and stdout on a pipe;
/// prints the stdout length, a NUL, then stderr.
const ON_PTY: &str = r#"
import os, pty, subprocess, sys, threading
m, s = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=s)
os.close(s)
err = bytearray()
def pump():
    while True:
        try:
            d = os.read(m, 4096)
        except OSError:
            break
        if not d:
            break
        err.extend(d)
t = threading.Thread(target=pump)
t.start()
out = p.stdout.read()
p.wait()
t.join(timeout=10)
sys.stdout.buffer.write(out + b"\0" + bytes(err))
"#;

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .args(["-c", "import pty"])
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// (stdout, stderr) of `pmo args` with stderr on a terminal.
fn on_terminal(python: &str, args: &[&str]) -> (Vec<u8>, String) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/composite");
    let out = Command::new(python)
        .args(["-c", ON_PTY, env!("CARGO_BIN_EXE_pmo"), "-C"])
        .arg(&repo)
        .args(args)
        .args(["--as-of", "2026-11-16"])
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let split = out.stdout.iter().rposition(|b| *b == 0).expect("a NUL");
    (
        out.stdout[..split].to_vec(),
        String::from_utf8_lossy(&out.stdout[split + 1..]).into_owned(),
    )
}

/// stdout of `pmo args` with nothing on a terminal.
fn piped(args: &[&str]) -> (Vec<u8>, Vec<u8>) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/composite");
    let out = pmo()
        .repo(&repo)
        .args(args)
        .args(["--as-of", "2026-11-16"])
        .run();
    (out.bytes, out.stderr.into_bytes())
}

#[test]
fn every_format_shows_progress_on_a_terminal_and_only_there() {
    let Some(python) = python() else {
        eprintln!("note: no Python with pty; skipping the progress-bar test");
        return;
    };
    for format in ["table", "json", "csv", "markdown", "html"] {
        let args = ["report", "--format", format, "--color", "never"];
        let (stdout, stderr) = on_terminal(python, &args);
        assert!(
            stderr.contains("loading"),
            "{format}: no bar on stderr: {stderr:?}"
        );
        // stdout is the same bytes as without a terminal: no bar in it.
        let (plain, quiet) = piped(&args);
        assert_eq!(stdout, plain, "{format}: stdout differs on a terminal");
        assert!(
            quiet.is_empty(),
            "{format}: stderr not a terminal, yet {quiet:?}"
        );
        // -q: nothing at all on the terminal.
        let mut q = vec!["-q"];
        q.extend_from_slice(&args);
        let (stdout, stderr) = on_terminal(python, &q);
        assert_eq!(stderr, "", "{format}: -q still draws");
        assert_eq!(stdout, plain);
    }
}

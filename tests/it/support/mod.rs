//! What the end-to-end tests share: a builder that runs the real `pmo`
//! binary ([`pmo`]), the paths of the bundled examples and fixtures, and
//! the generators of large repositories.
//!
//! Every run starts from the same terminal: `--color never`, 100 columns,
//! `NO_COLOR` unset, so outputs are the same on every machine; a test that
//! needs another terminal says so (`.columns(80)`, `.color(...)`).

pub mod cost_gen;
pub mod fs;
pub mod git;
pub mod load_gen;
pub mod plan_gen;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The date every example is read at, so snapshots do not age.
pub const AS_OF: &str = "2026-11-16";

/// The project's root (where Cargo.toml is).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A bundled example repository, `examples/NAME`.
pub fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

/// A test fixture, `tests/fixtures/NAME`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// One run of the real binary, set up step by step.
pub struct Pmo {
    command: Command,
    args: Vec<OsString>,
    color: &'static str,
}

/// A run of `pmo` from a clean, 100-column, colourless terminal.
pub fn pmo() -> Pmo {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pmo"));
    command.env("COLUMNS", "100").env_remove("NO_COLOR");
    Pmo {
        command,
        args: Vec::new(),
        color: "never",
    }
}

impl Pmo {
    /// Runs on the repository at `dir` (`-C DIR`).
    pub fn repo(mut self, dir: impl AsRef<Path>) -> Self {
        self.args.push("-C".into());
        self.args.push(dir.as_ref().into());
        self
    }

    /// Runs on the bundled example `name`.
    pub fn example(self, name: &str) -> Self {
        self.repo(example(name))
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().into());
        self
    }

    pub fn args<S: AsRef<OsStr>>(mut self, args: impl IntoIterator<Item = S>) -> Self {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_os_string()));
        self
    }

    /// Starts the process in `dir` (for relative paths and `pmo init`).
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.command.current_dir(dir);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Self {
        self.command.env(key, value);
        self
    }

    /// The terminal's width (`COLUMNS`).
    pub fn columns(self, columns: u16) -> Self {
        self.env("COLUMNS", columns.to_string())
    }

    /// `--color auto|always|never` (unless the arguments give one).
    pub fn color(mut self, when: &'static str) -> Self {
        self.color = when;
        self
    }

    /// The command as it will run (for the rare test that needs to spawn
    /// it itself, as the broken-pipe test does).
    pub fn command(mut self) -> Command {
        if !self
            .args
            .iter()
            .any(|a| a.to_string_lossy().starts_with("--color"))
        {
            self.command.args(["--color", self.color]);
        }
        self.command.args(&self.args);
        self.command
    }

    /// Runs to the end; what it printed and its exit code.
    pub fn run(self) -> Run {
        let mut command = self.command();
        command.stdin(Stdio::null());
        Run::from(command.output().expect("pmo runs"))
    }
}

/// What a run printed, and how it ended (-1 when killed by a signal).
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// stdout as written, for binary formats.
    pub bytes: Vec<u8>,
}

impl From<std::process::Output> for Run {
    fn from(out: std::process::Output) -> Self {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            bytes: out.stdout,
        }
    }
}

impl Run {
    /// Asserts a clean exit (0), showing stderr otherwise.
    #[track_caller]
    pub fn ok(self) -> Self {
        self.code(0)
    }

    /// Asserts the exit code, showing stderr otherwise.
    #[track_caller]
    pub fn code(self, expected: i32) -> Self {
        assert_eq!(
            self.code, expected,
            "exit code; stderr:\n{}\nstdout:\n{}",
            self.stderr, self.stdout
        );
        self
    }

    /// (exit code, stdout, stderr).
    pub fn parts(self) -> (i32, String, String) {
        (self.code, self.stdout, self.stderr)
    }

    /// The whole run as a snapshot records it: exit code, stdout, stderr.
    pub fn transcript(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code,
            self.stdout.replace("\r\n", "\n"),
            self.stderr
        )
    }

    /// stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

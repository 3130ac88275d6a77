//! The `aftercare` binary over a database of its own, as the CLI's tests drive it.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// A directory holding a database, and the binary run over it in London time; removed when the
/// test ends.
pub(crate) struct Db(tempfile::TempDir);

impl Db {
    pub(crate) fn new(name: &str) -> Db {
        Db(tempfile::Builder::new()
            .prefix(&format!("aftercare-cli-{name}-"))
            .tempdir()
            .unwrap())
    }

    pub(crate) fn file(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }

    pub(crate) fn run(&self, args: &[&str]) -> Output {
        self.run_in("Europe/London", args)
    }

    /// Runs the binary on a machine whose zone (TZ) is `zone`.
    pub(crate) fn run_in(&self, zone: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_aftercare"))
            // English with British conventions, whatever the machine's language.
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "en_GB.UTF-8")
            .arg("--db")
            .arg(self.file("aftercare.db"))
            .args(args)
            .env("TZ", zone)
            .output()
            .unwrap()
    }

    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    pub(crate) fn refused(&self, args: &[&str], code: i32) -> String {
        let output = self.run(args);
        assert_eq!(
            output.status.code(),
            Some(code),
            "{args:?} exits with {code}"
        );
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        stderr
    }
}

//! What can go wrong in a command, how it is told, and the exit status it gets.

use std::fmt::Write as _;
use std::io;

use aftercare_core::Problem;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error(transparent)]
    Core(#[from] aftercare_core::Error),
    #[error(transparent)]
    Store(#[from] aftercare_store::Error),
    #[error(transparent)]
    Notify(#[from] aftercare_notify::Error),
    #[error("{path}: {error}")]
    InFile {
        path: String,
        error: aftercare_core::Error,
    },
    /// `protocol check` lists every problem of the file, one per line, as compilers do.
    #[error("{path}: {} problem(s)", problems.len())]
    Problems {
        path: String,
        problems: Vec<Problem>,
    },
    #[error("cannot read `{path}`: {source}")]
    Read { path: String, source: io::Error },
    #[error("cannot write `{path}`: {source}")]
    Write { path: String, source: io::Error },
    #[error(
        "cannot tell this machine's time zone (neither TZ nor the system names one); pass one with --tz, e.g. --tz Europe/London"
    )]
    NoZone,
    #[error(
        "`{0}` is not a city the app knows: use the main city of a time zone (e.g. Lisbon, Sydney), or --lat and --lon"
    )]
    UnknownCity(String),
    #[error("cannot tell where to keep the data (no HOME or XDG_DATA_HOME); pass --db PATH")]
    NoDataDir,
    #[error(
        "no session is stored yet: add one with `aftercare session add 2026-03-05T10:00`, or pass --session"
    )]
    NoSessions,
    #[error(
        "say where the sun is: --zone Europe/London (its principal city), or --lat 51.5 --lon -0.13"
    )]
    NoPlace,
    #[error("the zone `{0}` names no place: pass --lat and --lon")]
    NoCity(String),
}

impl Error {
    /// 2 for input a person can correct; 1 when the database or the disk failed.
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            Error::Store(error) if !error.is_input() => 1,
            _ => 2,
        }
    }
}

/// `file:line: field: message`, the shape editors and compilers use.
pub(crate) fn located(path: &str, problem: &Problem) -> String {
    let mut out = path.to_string();
    if let Some(line) = problem.line {
        let _ = write!(out, ":{line}");
    }
    out.push_str(": ");
    if !problem.field.is_empty() {
        let _ = write!(out, "{}: ", problem.field);
    }
    out.push_str(&problem.message);
    out
}

//! What can go wrong in a command, how it is told, and the exit status it gets.

use std::fmt::Write as _;
use std::io;

use aftercare_core::locale::Message;
use aftercare_core::{Locale, Problem};

/// Put into words by [`Error::message`] in the client's language (`Display`: English).
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    Core(#[from] aftercare_core::Error),
    Store(#[from] aftercare_store::Error),
    Notify(#[from] aftercare_notify::Error),
    InFile {
        path: String,
        error: aftercare_core::Error,
    },
    /// `protocol check` lists every problem of the file, one per line, as compilers do.
    Problems {
        path: String,
        problems: Vec<Problem>,
    },
    Read {
        path: String,
        source: io::Error,
    },
    Write {
        path: String,
        source: io::Error,
    },
    NoZone,
    UnknownCity(String),
    NoDataDir,
    NoSessions,
    NoPlace,
    NoCity(String),
}

impl Error {
    /// What went wrong, in the locale's language, with what to do about it.
    pub(crate) fn message(&self, locale: Locale) -> String {
        let said = match self {
            Error::Core(error) => return error.message(&locale),
            Error::Store(error) => return error.message(&locale),
            Error::Notify(error) => return error.message(&locale),
            Error::InFile { path, error } => Message::new("cli-error-in-file")
                .arg("path", path.as_str())
                .arg("message", error.message(&locale)),
            Error::Problems { path, problems } => Message::new("cli-error-problems")
                .arg("path", path.as_str())
                .number("count", problems.len()),
            Error::Read { path, source } => Message::new("cli-error-read")
                .arg("path", path.as_str())
                .arg("detail", source.to_string()),
            Error::Write { path, source } => Message::new("cli-error-write")
                .arg("path", path.as_str())
                .arg("detail", source.to_string()),
            Error::NoZone => Message::new("cli-error-no-zone"),
            Error::UnknownCity(city) => Message::new("cli-error-unknown-city").arg("city", city),
            Error::NoDataDir => Message::new("cli-error-no-data-dir"),
            Error::NoSessions => Message::new("cli-error-no-sessions"),
            Error::NoPlace => Message::new("cli-error-no-place"),
            Error::NoCity(zone) => Message::new("cli-error-no-city").arg("zone", zone),
        };
        said.in_locale(&locale)
    }

    /// 2 for input a person can correct; 1 when the database or the disk failed.
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            Error::Store(error) if !error.is_input() => 1,
            _ => 2,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Locale::default()))
    }
}

/// `file:line: field: message`, the shape editors and compilers use.
pub(crate) fn located(path: &str, problem: &Problem, locale: Locale) -> String {
    let mut out = path.to_string();
    if let Some(line) = problem.line {
        let _ = write!(out, ":{line}");
    }
    out.push_str(": ");
    if let Some(field) = &problem.field {
        let _ = write!(out, "{}: ", field.in_locale(&locale));
    }
    out.push_str(&problem.message.in_locale(&locale));
    out
}

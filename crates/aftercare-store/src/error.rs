//! The store's one error type: what went wrong with the database or the input, in words a person
//! can act on.

use std::path::PathBuf;

use aftercare_core::Locale;
use aftercare_core::locale::Message;
use rusqlite::ErrorCode;

/// Put into words by [`Error::message`] in the client's language (`Display`: English).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    Engine(#[from] aftercare_core::Error),
    NewerDatabase {
        path: PathBuf,
        found: usize,
        supported: usize,
    },
    NotADatabase {
        path: PathBuf,
    },
    Corrupt {
        path: PathBuf,
        detail: String,
    },
    CannotOpen {
        path: PathBuf,
        detail: String,
    },
    ReadOnly {
        path: PathBuf,
    },
    DiskFull {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        detail: String,
    },
    NoSuchSession {
        number: usize,
        count: usize,
    },
    NoSuchReminder {
        key: String,
    },
    NoSuchNote {
        id: i64,
    },
    StillInLog {
        path: PathBuf,
    },
    NoSuchPhoto {
        id: i64,
    },
    NoteTooLong {
        chars: usize,
        max: usize,
    },
    File {
        path: PathBuf,
        detail: String,
    },
    InvalidBackup {
        detail: String,
    },
    Sqlite(#[source] rusqlite::Error),
    Migration(#[source] rusqlite_migration::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// What went wrong, in the locale's language, with what to do about it.
    pub fn message(&self, locale: &Locale) -> String {
        let at = |id, path: &PathBuf| Message::new(id).arg("path", path.display().to_string());
        let said = match self {
            Error::Engine(error) => return error.message(locale),
            Error::NewerDatabase {
                path,
                found,
                supported,
            } => at("error-newer-database", path)
                .number("found", *found)
                .number("supported", *supported),
            Error::NotADatabase { path } => at("error-not-a-database", path),
            Error::Corrupt { path, detail } => at("error-corrupt", path).arg("detail", detail),
            Error::CannotOpen { path, detail } => {
                at("error-cannot-open", path).arg("detail", detail)
            }
            Error::ReadOnly { path } => at("error-read-only", path),
            Error::DiskFull { path } => at("error-disk-full", path),
            Error::Io { path, detail } => at("error-disk-failed", path).arg("detail", detail),
            Error::NoSuchSession { number, count } => Message::new("error-no-such-session")
                .number("number", *number)
                .number("count", *count),
            Error::NoSuchReminder { key } => {
                Message::new("error-no-such-reminder").arg("key", key.as_str())
            }
            Error::NoSuchNote { id } => {
                Message::new("error-no-such-note").arg("id", id.to_string())
            }
            Error::StillInLog { path } => at("error-still-in-log", path),
            Error::NoSuchPhoto { id } => {
                Message::new("error-no-such-photo").arg("id", id.to_string())
            }
            Error::NoteTooLong { chars, max } => Message::new("error-note-too-long")
                .number("count", *chars)
                .number("max", *max),
            Error::File { path, detail } => at("error-file", path).arg("detail", detail),
            Error::InvalidBackup { detail } => {
                Message::new("error-invalid-backup").arg("detail", detail)
            }
            Error::Sqlite(error) => Message::new("error-database").arg("detail", error.to_string()),
            Error::Migration(error) => {
                Message::new("error-migration").arg("detail", error.to_string())
            }
        };
        said.in_locale(locale)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&Locale::default()))
    }
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Error {
        Error::Sqlite(error)
    }
}

impl Error {
    /// Whether the client can put it right by what they enter (a session that does not exist, a
    /// file that is not a backup, a note too long); otherwise the database or the disk failed,
    /// which no typing mends. The app and the command line both go by this; a new error must
    /// say which it is.
    pub fn is_input(&self) -> bool {
        match self {
            Error::Engine(_)
            | Error::NoSuchSession { .. }
            | Error::NoSuchReminder { .. }
            | Error::NoSuchNote { .. }
            | Error::NoSuchPhoto { .. }
            | Error::NoteTooLong { .. }
            | Error::File { .. }
            | Error::InvalidBackup { .. } => true,
            Error::NewerDatabase { .. }
            | Error::NotADatabase { .. }
            | Error::Corrupt { .. }
            | Error::CannotOpen { .. }
            | Error::ReadOnly { .. }
            | Error::DiskFull { .. }
            | Error::Io { .. }
            | Error::StillInLog { .. }
            | Error::Sqlite(_)
            | Error::Migration(_) => false,
        }
    }

    /// Names the condition a person can act on (full disk, read-only, damaged file) where SQLite
    /// reports one, instead of a raw SQLite message. Applied once, where an operation ends.
    pub(crate) fn at(self, path: &std::path::Path) -> Error {
        let error = match self {
            Error::Sqlite(error) => error,
            Error::Corrupt {
                path: unknown,
                detail,
            } if unknown.as_os_str().is_empty() => {
                return Error::Corrupt {
                    path: path.to_path_buf(),
                    detail,
                };
            }
            other => return other,
        };
        let path = path.to_path_buf();
        let Some(code) = error.sqlite_error_code() else {
            return Error::Sqlite(error);
        };
        match code {
            ErrorCode::ReadOnly => Error::ReadOnly { path },
            ErrorCode::DiskFull => Error::DiskFull { path },
            ErrorCode::NotADatabase => Error::NotADatabase { path },
            ErrorCode::DatabaseCorrupt => Error::Corrupt {
                path,
                detail: error.to_string(),
            },
            ErrorCode::CannotOpen | ErrorCode::PermissionDenied => Error::CannotOpen {
                path,
                detail: error.to_string(),
            },
            ErrorCode::SystemIoFailure => Error::Io {
                path,
                detail: error.to_string(),
            },
            _ => Error::Sqlite(error),
        }
    }
}

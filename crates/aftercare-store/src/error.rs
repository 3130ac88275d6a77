//! The store's one error type: what went wrong with the database or the input, in words a person
//! can act on.

use std::path::PathBuf;

use rusqlite::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Engine(#[from] aftercare_core::Error),
    #[error(
        "{path} was written by a newer version of SMP Aftercare (schema {found}; this one reads up to {supported}); update the app. The file was left untouched."
    )]
    NewerDatabase {
        path: PathBuf,
        found: usize,
        supported: usize,
    },
    #[error("{path} is not an SMP Aftercare database (not SQLite); it was left untouched")]
    NotADatabase { path: PathBuf },
    #[error("{path} is damaged ({detail}); it was left untouched: restore a backup")]
    Corrupt { path: PathBuf, detail: String },
    #[error("cannot open {path}: {detail}")]
    CannotOpen { path: PathBuf, detail: String },
    #[error("{path} is read-only: nothing was changed")]
    ReadOnly { path: PathBuf },
    #[error("the disk holding {path} is full: nothing was changed")]
    DiskFull { path: PathBuf },
    #[error("the disk holding {path} failed ({detail}): nothing was changed")]
    Io { path: PathBuf, detail: String },
    #[error("there is no session {number}; there are {count}")]
    NoSuchSession { number: usize, count: usize },
    #[error("no reminder has the key `{key}`")]
    NoSuchReminder { key: String },
    #[error("there is no journal note {id}")]
    NoSuchNote { id: i64 },
    #[error(
        "deleted, but another program reading {path} (such as `aftercare remind`) still holds an older copy in the database's log: close it, then delete again to erase it"
    )]
    StillInLog { path: PathBuf },
    #[error("there is no photo {id}")]
    NoSuchPhoto { id: i64 },
    #[error("the note is {chars} characters; at most {max} fit")]
    NoteTooLong { chars: usize, max: usize },
    #[error("`{path}`: {detail}")]
    File { path: PathBuf, detail: String },
    #[error("not a usable backup: {detail}; nothing was changed")]
    InvalidBackup { detail: String },
    #[error("unexpected database error: {0}")]
    Sqlite(#[source] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[source] rusqlite_migration::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

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

//! SMP Aftercare's local storage, and the source of truth: sessions, protocol, settings, reminder
//! states and journal in one SQLite file.
//!
//! One connection writes; every write is one IMMEDIATE transaction that also derives the
//! reminders again, so the reminders on disk always match the sessions, protocol and settings on
//! disk. WAL with `synchronous=FULL`: a write that returned is on disk.

mod backup;
mod delivery;
mod device;
mod edits;
mod error;
mod journal;
mod notes;
mod preferences;
mod reminders;
mod schema;
mod sharing;
mod steps;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use aftercare_core::{Protocol, Session, Treatment};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};

pub use backup::{BACKUP_FORMAT, Snapshot};
pub use delivery::Delivery;
pub use device::{device_language, device_zone};
pub use error::{Error, Result};
pub use journal::{Assessed, PhotoInfo};
pub use notes::{MAX_NOTE_CHARS, Note, NoteRecord};
pub use preferences::{ChosenPlace, Preferences, ZonePolicy};
use preferences::{load_preferences, save_preferences};
pub use reminders::{Changes, State, StoredReminder};
pub use steps::StepDone;

/// The app's identifier: its data directory on every platform, and the CLI's by default.
pub const APP_ID: &str = "org.smpaftercare.app";

/// How long a write waits for another process (the CLI beside the app) to finish its own.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// When SQLite waits for the disk. The store always uses `Full`: a commit that returned is on
/// disk. `Off` is for the power-loss tests alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Synchronous {
    Full,
    Off,
}

/// The protocol in force and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredProtocol {
    pub protocol: Protocol,
    /// `bundled`, or where an imported protocol came from.
    pub origin: String,
    /// When it was chosen; `None` for the default the database started with.
    pub installed_at: Option<DateTime<Utc>>,
}

/// The database: open it once, write through it alone.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    whole: WholeCheck,
}

/// The table `open` leaves to [`WholeCheck`]: its pages are most of the file, and reading them
/// all at every start would make start-up grow with every photo taken.
const PHOTOS: &str = "photo";

/// The check of every page of the file, photos included, that [`Store::open`] leaves out so that
/// start-up does not grow with the journal. It runs once per open: before the first photo is read
/// or written or a backup made, or earlier off the start path ([`WholeCheck::run`], on a
/// connection of its own). Once it has found damage, the store refuses every write and every photo.
#[derive(Debug, Clone)]
pub struct WholeCheck {
    path: PathBuf,
    outcome: Arc<Outcome>,
}

#[derive(Debug, Default)]
struct Outcome {
    /// Held while a check runs: a photo asked for meanwhile waits for it rather than reading the
    /// whole file a second time.
    running: std::sync::Mutex<()>,
    /// The damage found, if any; empty until a check has finished.
    found: OnceLock<Option<String>>,
}

impl WholeCheck {
    /// Checks the whole file on a read-only connection of its own, so that the store stays free
    /// for the screens meanwhile; nothing if it has run already.
    pub fn run(&self) -> Result<()> {
        self.once(|| {
            let conn = Connection::open_with_flags(
                &self.path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(Error::from)?;
            damage(&conn, None)
        })
    }

    /// Runs the check on the store's own connection unless it has run.
    fn run_on(&self, conn: &Connection) -> Result<()> {
        self.once(|| damage(conn, None))
    }

    fn once(&self, check: impl FnOnce() -> Result<Option<String>>) -> Result<()> {
        let _running = self
            .outcome
            .running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if self.outcome.found.get().is_none() {
            // SQLite may answer a damaged page with an error rather than a row: damage all the same.
            let found = match check().map_err(|e| e.at(&self.path)) {
                Ok(found) => found,
                Err(Error::Corrupt { detail, .. }) => Some(detail),
                Err(other) => return Err(other),
            };
            let _ = self.outcome.found.set(found);
        }
        self.verdict()
    }

    /// The damage found so far, as the error a client reads.
    fn verdict(&self) -> Result<()> {
        match self.outcome.found.get() {
            Some(Some(detail)) => Err(Error::Corrupt {
                path: self.path.clone(),
                detail: detail.clone(),
            }),
            _ => Ok(()),
        }
    }
}

/// What `PRAGMA quick_check` finds wrong in `table` (with its indexes) or, for `None`, in the
/// whole file. It reports a page the disk failed to read like a damaged one: damage counts only
/// if a second look finds the same.
fn damage(conn: &Connection, table: Option<&str>) -> Result<Option<String>> {
    let sql = match table {
        Some(table) => format!("PRAGMA quick_check('{}')", table.replace('\'', "''")),
        None => "PRAGMA quick_check".to_string(),
    };
    let look = || conn.query_row(&sql, [], |row| row.get::<_, String>(0));
    if look()? == "ok" {
        return Ok(None);
    }
    let second = look()?;
    Ok((second != "ok").then_some(second))
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`. A file from a newer app,
    /// a damaged file or one that is not SQLite is refused and left as it was.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, None, Synchronous::Full)
    }

    /// Like [`Store::open`], through a named SQLite VFS: how the fault-injection tests cut the
    /// power under the store. `Synchronous::Off` exists only so that those tests can show they
    /// detect lost commits; client data is always written with `Full`.
    pub fn open_with_vfs(path: &Path, vfs: &str, synchronous: Synchronous) -> Result<Store> {
        Store::open_with(path, Some(vfs), synchronous)
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Store::prepare(conn, PathBuf::from(":memory:"), Synchronous::Full)
    }

    /// `$XDG_DATA_HOME/org.smpaftercare.app/aftercare.db`, or under `~/.local/share`: the same
    /// file the desktop app uses.
    pub fn default_path() -> Option<PathBuf> {
        let absolute =
            |value: std::ffi::OsString| Some(PathBuf::from(value)).filter(|p| p.is_absolute());
        let data = std::env::var_os("XDG_DATA_HOME")
            .and_then(absolute)
            .or_else(|| {
                std::env::var_os("HOME")
                    .and_then(absolute)
                    .map(|home| home.join(".local/share"))
            })?;
        Some(data.join(APP_ID).join("aftercare.db"))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn open_with(path: &Path, vfs: Option<&str>, synchronous: Synchronous) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::CannotOpen {
                path: path.to_path_buf(),
                detail: format!("cannot create {}: {e}", dir.display()),
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = match vfs {
            Some(vfs) => Connection::open_with_flags_and_vfs(path, flags, vfs),
            None => Connection::open_with_flags(path, flags),
        }
        .map_err(|e| Error::from(e).at(path))?;
        Store::prepare(conn, path.to_path_buf(), synchronous).map_err(|e| e.at(path))
    }

    fn prepare(mut conn: Connection, path: PathBuf, synchronous: Synchronous) -> Result<Store> {
        // Read the header before anything could write: a foreign or newer file fails here, untouched.
        let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        let version = usize::try_from(version).unwrap_or(usize::MAX);
        if version > schema::latest() {
            return Err(Error::NewerDatabase {
                path,
                found: version,
                supported: schema::latest(),
            });
        }
        // Every table but the photos, each with its indexes; the schema's own table brings the
        // free-page list in. The photos wait for the whole check, off the start path.
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> ?1")?
            .query_map([PHOTOS], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for table in std::iter::once("sqlite_schema").chain(tables.iter().map(String::as_str)) {
            if let Some(detail) = damage(&conn, Some(table))? {
                return Err(Error::Corrupt { path, detail });
            }
        }
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))?;
        let synchronous = match synchronous {
            Synchronous::Full => "FULL",
            Synchronous::Off => "OFF",
        };
        conn.pragma_update(None, "synchronous", synchronous)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // A deleted photo or note is overwritten in the file, not only unlinked from it.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        schema::migrations()
            .to_latest(&mut conn)
            .map_err(Error::Migration)?;
        let whole = WholeCheck {
            path: path.clone(),
            outcome: Arc::default(),
        };
        Ok(Store { conn, path, whole })
    }

    /// The check of the whole file, photos included, to run off the start path.
    pub fn whole_check(&self) -> WholeCheck {
        self.whole.clone()
    }

    /// The damage the whole check found, once it has run and found some.
    pub fn found_damage(&self) -> Option<Error> {
        self.whole.verdict().err()
    }

    /// Before a photo is read or written: the whole file checked, on this connection if nothing
    /// has checked it yet.
    fn checked_whole(&self) -> Result<()> {
        self.whole.run_on(&self.conn)
    }

    /// Runs `change` in one IMMEDIATE transaction: all of it is stored, or none.
    fn write<T>(&mut self, change: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        // Writing into a damaged file can spread the damage.
        self.whole.verdict()?;
        let path = self.path.clone();
        let run = || -> Result<T> {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = change(&tx)?;
            tx.commit()?;
            Ok(out)
        };
        run().map_err(|e| e.at(&path))
    }

    /// Moves what the WAL holds into the database and empties it, so that pages freed (and
    /// zeroed by `secure_delete`) leave no copy of deleted photos or notes in the WAL file.
    fn forget_freed_pages(&mut self) -> Result<()> {
        // The busy timeout lets a reader (the CLI beside the app) finish first; a reader that
        // stays keeps the old pages in the WAL, and the client must hear of it.
        let (busy, _, _): (i64, i64, i64) = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })
            .map_err(|e| Error::from(e).at(&self.path))?;
        if busy != 0 {
            return Err(Error::StillInLog {
                path: self.path.clone(),
            });
        }
        Ok(())
    }

    fn read<T>(&self, query: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        query(&self.conn).map_err(|e| e.at(&self.path))
    }

    // ------------------------------------------------------------------ reads

    /// The sessions, in the order they happen.
    pub fn sessions(&self) -> Result<Vec<Session>> {
        self.read(|conn| {
            Ok(load_sessions(conn)?
                .into_iter()
                .map(|(_, session)| session)
                .collect())
        })
    }

    pub fn protocol(&self) -> Result<StoredProtocol> {
        self.read(load_protocol)
    }

    pub fn preferences(&self) -> Result<Preferences> {
        self.read(load_preferences)
    }

    /// The stored treatment under the stored protocol; `None` before the first session.
    pub fn treatment(&self) -> Result<Option<(Treatment, Protocol)>> {
        self.read(load_treatment)
    }
}

fn load_sessions(conn: &Connection) -> Result<Vec<(i64, Session)>> {
    let mut statement = conn.prepare_cached("SELECT id, start, zone FROM session")?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    let mut sessions = Vec::new();
    for row in rows {
        let (id, start, zone) = row?;
        sessions.push((id, Session::parse(&start, &zone)?));
    }
    sessions.sort_by_key(|(id, session)| (session.instant(), *id));
    Ok(sessions)
}

/// The stored sessions, with the rules the client pushed back, under the stored protocol.
pub(crate) fn load_treatment(conn: &Connection) -> Result<Option<(Treatment, Protocol)>> {
    let sessions: Vec<Session> = load_sessions(conn)?.into_iter().map(|(_, s)| s).collect();
    let protocol = load_protocol(conn)?.protocol;
    if sessions.is_empty() {
        return Ok(None);
    }
    let treatment =
        Treatment::new(sessions, &protocol)?.with_postponements(journal::load_postponements(conn)?);
    Ok(Some((treatment, protocol)))
}

pub(crate) fn session_id(conn: &Connection, number: usize) -> Result<i64> {
    let sessions = load_sessions(conn)?;
    let count = sessions.len();
    number
        .checked_sub(1)
        .and_then(|index| sessions.get(index))
        .map(|(id, _)| *id)
        .ok_or(Error::NoSuchSession { number, count })
}

fn load_protocol(conn: &Connection) -> Result<StoredProtocol> {
    let (body, origin, installed_at): (String, String, Option<String>) = conn.query_row(
        "SELECT body, origin, installed_at FROM protocol WHERE id = 1",
        [],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    Ok(StoredProtocol {
        protocol: Protocol::from_json(&body)?,
        origin,
        installed_at: installed_at.as_deref().map(parse_timestamp).transpose()?,
    })
}

// ---------------------------------------------------------------------- text forms of values

pub(crate) fn timestamp(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub(crate) fn parse_timestamp(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| corrupt_value(text, &e))
}

pub(crate) fn minutes(local: chrono::NaiveDateTime) -> String {
    local.format("%Y-%m-%dT%H:%M").to_string()
}

/// The serde name of a unit variant (`follow`, `quiet-hours`), for a TEXT column.
pub(crate) fn to_text<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        other => panic!("only unit variants are stored as text, got {other:?}"),
    }
}

pub(crate) fn from_text<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(text.to_string()))
        .map_err(|e| corrupt_value(text, &e))
}

/// A value on disk the app cannot read back: only another program could have written it.
pub(crate) fn corrupt_value(value: &str, error: &dyn std::fmt::Display) -> Error {
    Error::Corrupt {
        path: PathBuf::new(),
        detail: format!("unreadable value `{value}`: {error}"),
    }
}

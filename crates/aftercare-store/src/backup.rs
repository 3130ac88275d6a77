//! Backup and restore: a versioned JSON snapshot of everything, or a copy of the database file
//! through SQLite's backup API. A restore reads and checks the whole input first, then replaces
//! everything in one transaction; if anything is wrong, the previous data stays as it was.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use aftercare_core::healing::DatedCheckIn;
use aftercare_core::{MAX_POSTPONED_DAYS, Postponement, Session, Treatment, photo};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, MAIN_DB, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::journal;
use crate::notes::{self, NoteRecord};
use crate::reminders::{self, Changes, State};
use crate::steps::{self, StepDone};
use crate::{
    Error, Preferences, Result, Store, StoredProtocol, load_preferences, load_protocol,
    load_sessions, minutes, save_preferences, timestamp,
};

/// The version of the JSON backup format this build writes; it reads this one and every earlier.
/// 2 added check-ins, photos and pushed-back rules.
pub const BACKUP_FORMAT: u32 = 2;
const APP: &str = "smp-aftercare";
/// A backup larger than this is not one of ours: room for a few dozen photos.
const MAX_BACKUP_BYTES: u64 = 512 * 1024 * 1024;
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Everything the client has, as plain data: what a JSON backup holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub app: String,
    pub format: u32,
    pub exported_at: DateTime<Utc>,
    pub sessions: Vec<SessionRecord>,
    pub protocol: StoredProtocol,
    pub preferences: Preferences,
    /// States and notification ids; the reminders themselves are derived again on restore.
    pub reminders: Vec<ReminderRecord>,
    /// The highest notification id ever given: ids are never given twice, across a restore too.
    pub last_id: i64,
    pub journal: Vec<NoteRecord>,
    /// Today's ticks.
    #[serde(default)]
    pub steps: Vec<StepDone>,
    #[serde(default)]
    pub check_ins: Vec<DatedCheckIn>,
    #[serde(default)]
    pub photos: Vec<PhotoRecord>,
    #[serde(default)]
    pub postponements: Vec<Postponement>,
}

/// A journal photo in a backup, its bytes in base64. A restore cleans it again, like a photo
/// added in the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhotoRecord {
    pub date: NaiveDate,
    pub added_at: DateTime<Utc>,
    pub base64: String,
}

impl PhotoRecord {
    fn photo(&self) -> Result<photo::Photo> {
        let bytes = BASE64
            .decode(&self.base64)
            .map_err(|e| Error::InvalidBackup {
                detail: format!("the photo of {} is not base64: {e}", self.date),
            })?;
        Ok(photo::clean(&bytes)?)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    /// Local date and time, `2026-03-05T10:00`.
    pub start: String,
    pub zone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReminderRecord {
    pub id: i32,
    pub key: String,
    pub state: State,
    pub state_at: Option<DateTime<Utc>>,
    pub snoozed_until: Option<DateTime<Utc>>,
}

impl Snapshot {
    /// Checks all of it, so that a restore fails before it changes anything.
    fn check(&self) -> Result<()> {
        let invalid = |detail: String| Err(Error::InvalidBackup { detail });
        if self.app != APP {
            return invalid(format!("it is from `{}`, not {APP}", self.app));
        }
        if self.format > BACKUP_FORMAT {
            return invalid(format!(
                "format {} is newer than this app reads ({BACKUP_FORMAT}); update the app",
                self.format
            ));
        }
        if self.format == 0 {
            return invalid("format 0 is not supported".into());
        }
        self.protocol.protocol.validate()?;
        let sessions = self.sessions()?;
        if !sessions.is_empty() {
            Treatment::new(sessions.clone(), &self.protocol.protocol)?;
        }
        for postponement in &self.postponements {
            // Only what the app itself lets a client push back: never preparation.
            let rule = self.protocol.protocol.postponable(&postponement.rule)?;
            if rule.key != postponement.rule {
                return invalid(format!(
                    "`{}` is pushed back, but the rule that waits is `{}`",
                    postponement.rule, rule.key
                ));
            }
            if postponement.session == 0 || postponement.session > sessions.len() {
                return invalid(format!(
                    "`{}` is pushed back for session {}, which it does not have",
                    postponement.rule, postponement.session
                ));
            }
            if !(1..=MAX_POSTPONED_DAYS).contains(&postponement.days) {
                return invalid(format!(
                    "`{}` is pushed back {} days; 1 to {MAX_POSTPONED_DAYS} can be",
                    postponement.rule, postponement.days
                ));
            }
        }
        for check_in in &self.check_ins {
            check_in.answers.check()?;
        }
        for photo in &self.photos {
            photo.photo()?;
        }
        let mut keys = std::collections::HashSet::new();
        let mut ids = std::collections::HashSet::new();
        for record in &self.reminders {
            if record.id < 1 || i64::from(record.id) > self.last_id {
                return invalid(format!(
                    "reminder id {} is outside 1..={}",
                    record.id, self.last_id
                ));
            }
            if !ids.insert(record.id) || !keys.insert(record.key.as_str()) {
                return invalid(format!(
                    "reminder `{}` (id {}) appears twice",
                    record.key, record.id
                ));
            }
            if (record.state == State::Snoozed) != record.snoozed_until.is_some() {
                return invalid(format!(
                    "reminder `{}` is snoozed without an end, or the reverse",
                    record.key
                ));
            }
        }
        if self.last_id > i64::from(i32::MAX) {
            return invalid(format!(
                "last id {} does not fit a notification id",
                self.last_id
            ));
        }
        self.journal.iter().try_for_each(NoteRecord::check)
    }

    fn sessions(&self) -> Result<Vec<Session>> {
        self.sessions
            .iter()
            .map(|s| Ok(Session::parse(&s.start, &s.zone)?))
            .collect()
    }

    /// Reads a JSON backup, refusing anything that is not one.
    pub fn from_json(text: &str) -> Result<Snapshot> {
        let snapshot: Snapshot = serde_json::from_str(text).map_err(|e| Error::InvalidBackup {
            detail: format!("line {}: {e}", e.line()),
        })?;
        snapshot.check()?;
        Ok(snapshot)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a snapshot is plain data")
    }
}

impl Store {
    /// Everything, as a snapshot.
    pub fn export(&self, now: DateTime<Utc>) -> Result<Snapshot> {
        self.checked_whole()?;
        self.read(|conn| {
            let sessions = load_sessions(conn)?
                .into_iter()
                .map(|(_, s)| SessionRecord {
                    start: minutes(s.start()),
                    zone: s.zone().name().to_string(),
                })
                .collect();
            let reminders = self
                .reminders()?
                .into_iter()
                .map(|r| ReminderRecord {
                    id: r.id,
                    key: r.reminder.key,
                    state: r.state,
                    state_at: r.state_at,
                    snoozed_until: r.snoozed_until,
                })
                .collect();
            Ok(Snapshot {
                app: APP.to_string(),
                format: BACKUP_FORMAT,
                exported_at: now,
                sessions,
                protocol: load_protocol(conn)?,
                preferences: load_preferences(conn)?,
                reminders,
                last_id: last_id(conn)?,
                journal: notes::load(conn)?
                    .into_iter()
                    .map(|note| note.entry)
                    .collect(),
                steps: steps::load_steps(conn, None)?,
                check_ins: journal::load_check_ins(conn)?,
                photos: journal::load_photos(conn)?
                    .into_iter()
                    .map(|info| {
                        let (_, bytes) = journal::photo_bytes(conn, info.id)?;
                        Ok(PhotoRecord {
                            date: info.date,
                            added_at: info.added_at,
                            base64: BASE64.encode(bytes),
                        })
                    })
                    .collect::<Result<_>>()?,
                postponements: journal::load_postponements(conn)?,
            })
        })
    }

    /// Replaces everything with the snapshot, after checking all of it.
    pub fn import(&mut self, snapshot: &Snapshot, now: DateTime<Utc>) -> Result<Changes> {
        snapshot.check()?;
        let changes = self.write(|tx| replace_all(tx, snapshot, now))?;
        // The photos and notes replaced leave no copy in the WAL either.
        self.forget_freed_pages()?;
        Ok(changes)
    }

    /// Deletes the client's data: sessions, journal, reminders, settings and chosen protocol go
    /// back to a new database's. What the OS holds is owed its cancellation, and notification
    /// ids stay never given twice.
    pub fn delete_everything(&mut self, now: DateTime<Utc>) -> Result<Changes> {
        let device_zone = self.preferences()?.device_zone;
        self.write(|tx| {
            let held: Vec<i32> = tx
                .prepare("SELECT id FROM reminder WHERE state = 'scheduled'")?
                .query_map([], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            reminders::owe_cancellations(tx, &held)?;
            let removed = tx.execute("DELETE FROM reminder", [])?;
            tx.execute_batch(
                "DELETE FROM session; DELETE FROM journal_entry; DELETE FROM step_done; DELETE FROM settings;
                 DELETE FROM checkin; DELETE FROM photo;",
            )?;
            tx.execute("INSERT INTO settings (id, home_zone, device_zone) VALUES (1, ?1, ?1)", [device_zone.name()])?;
            let seed = aftercare_core::Protocol::seed();
            tx.execute(
                "UPDATE protocol SET protocol_id = ?1, version = ?2, origin = 'bundled', body = ?3, installed_at = ?4",
                (&seed.id, &seed.version, seed.to_json(), timestamp(now)),
            )?;
            Ok(Changes { removed, cancel: held, ..Changes::default() })
        })
        .and_then(|changes| {
            self.forget_freed_pages()?;
            Ok(changes)
        })
    }

    /// Writes a backup: JSON if `path` ends in `.json`, else a copy of the database. Written
    /// beside the target and renamed into place, so a failed backup never leaves half a file.
    pub fn backup_to(&self, path: &Path, now: DateTime<Utc>) -> Result<()> {
        // Not a copy of damaged pages passed off as a backup.
        self.checked_whole()?;
        let file_error = |detail: String| Error::File {
            path: path.to_path_buf(),
            detail,
        };
        let partial = sibling(path, "partial");
        let written = if is_json(path) {
            std::fs::write(&partial, self.export(now)?.to_json())
                .map_err(|e| file_error(e.to_string()))
        } else {
            self.conn
                .backup(MAIN_DB, &partial, None)
                .map_err(|e| file_error(e.to_string()))
        };
        if let Err(error) = written {
            let _ = std::fs::remove_file(&partial);
            return Err(error);
        }
        std::fs::rename(&partial, path).map_err(|e| file_error(e.to_string()))
    }

    /// Restores a backup made by [`Store::backup_to`] (JSON or database copy). Nothing changes
    /// unless the whole backup reads and checks.
    pub fn restore_from(&mut self, path: &Path, now: DateTime<Utc>) -> Result<Changes> {
        let snapshot = read_backup(path, now)?;
        self.import(&snapshot, now)
    }
}

fn read_backup(path: &Path, now: DateTime<Utc>) -> Result<Snapshot> {
    let invalid = |detail: String| Error::InvalidBackup {
        detail: format!("{}: {detail}", path.display()),
    };
    let mut file = std::fs::File::open(path).map_err(|e| invalid(e.to_string()))?;
    let size = file.metadata().map_err(|e| invalid(e.to_string()))?.len();
    if size > MAX_BACKUP_BYTES {
        return Err(invalid(format!(
            "{size} bytes is more than a backup can be"
        )));
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| invalid(e.to_string()))?;
    if bytes.starts_with(SQLITE_HEADER) {
        return snapshot_of_copy(&bytes, now).map_err(|e| invalid(e.to_string()));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| invalid("neither a database nor UTF-8 JSON".into()))?;
    Snapshot::from_json(&text).map_err(|e| match e {
        Error::InvalidBackup { detail } => invalid(detail),
        other => invalid(other.to_string()),
    })
}

/// Opens a private copy of a database backup, so that checking and migrating it never touches the
/// client's file, and reads it as a snapshot.
fn snapshot_of_copy(bytes: &[u8], now: DateTime<Utc>) -> Result<Snapshot> {
    static COPIES: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "aftercare-restore-{}-{}",
        std::process::id(),
        COPIES.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).map_err(|e| Error::File {
        path: dir.clone(),
        detail: e.to_string(),
    })?;
    let copy = dir.join("backup.db");
    let result = std::fs::write(&copy, bytes)
        .map_err(|e| Error::File {
            path: copy.clone(),
            detail: e.to_string(),
        })
        .and_then(|()| Store::open(&copy))
        .and_then(|store| store.export(now));
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn replace_all(tx: &Transaction<'_>, snapshot: &Snapshot, now: DateTime<Utc>) -> Result<Changes> {
    let given_here = last_id(tx)?;
    // What the OS may hold for the data being replaced must go.
    let mut held: Vec<i32> = tx
        .prepare("SELECT id FROM reminder WHERE state = 'scheduled'")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    tx.execute_batch(
        "DELETE FROM reminder; DELETE FROM session; DELETE FROM journal_entry; DELETE FROM step_done;
         DELETE FROM checkin; DELETE FROM photo;",
    )?;
    for session in snapshot.sessions()? {
        tx.execute(
            "INSERT INTO session (start, zone, added_at) VALUES (?1, ?2, ?3)",
            (
                minutes(session.start()),
                session.zone().name(),
                timestamp(snapshot.exported_at),
            ),
        )?;
    }
    let stored = &snapshot.protocol;
    tx.execute(
        "UPDATE protocol SET protocol_id = ?1, version = ?2, origin = ?3, body = ?4, installed_at = ?5",
        (
            &stored.protocol.id,
            &stored.protocol.version,
            &stored.origin,
            stored.protocol.to_json(),
            stored.installed_at.map(timestamp),
        ),
    )?;
    save_preferences(tx, &snapshot.preferences)?;
    for entry in &snapshot.journal {
        notes::insert(tx, entry)?;
    }
    for step in &snapshot.steps {
        steps::insert_step(tx, step)?;
    }
    for check_in in &snapshot.check_ins {
        journal::save_check_in(tx, check_in, snapshot.exported_at)?;
    }
    for record in &snapshot.photos {
        journal::insert_photo(tx, record.date, record.added_at, &record.photo()?)?;
    }
    for postponement in &snapshot.postponements {
        journal::save_postponement(tx, postponement)?;
    }
    // Derive the reminders with fresh ids above every id the backup knows, then give the keys
    // that still exist back their ids and states.
    let highest = snapshot
        .reminders
        .iter()
        .map(|r| i64::from(r.id))
        .max()
        .unwrap_or(0);
    raise_last_id(tx, snapshot.last_id.max(highest))?;
    let mut changes = reminders::regenerate(tx, now)?;
    let mut restore = tx.prepare(
        "UPDATE reminder SET id = ?2, state = ?3, state_at = ?4, snoozed_until = ?5,
                fire_at = coalesce(unixepoch(?5), fire_at)
         WHERE key = ?1",
    )?;
    for record in &snapshot.reminders {
        // This device's OS is told again about what another device (or an earlier install) held.
        let state = if record.state == State::Scheduled {
            State::Pending
        } else {
            record.state
        };
        restore.execute((
            &record.key,
            record.id,
            crate::to_text(&state),
            record.state_at.map(timestamp),
            record.snoozed_until.map(timestamp),
        ))?;
    }
    // The fresh ids above were never seen outside this transaction: the sequence goes back to the
    // highest id given here before, or in the backup's history, or now in use.
    let in_use: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM reminder", [], |row| {
        row.get(0)
    })?;
    set_last_id(tx, given_here.max(snapshot.last_id).max(in_use))?;
    held.append(&mut changes.cancel);
    held.sort_unstable();
    held.dedup();
    reminders::owe_cancellations(tx, &held)?;
    changes.cancel = held;
    Ok(changes)
}

fn last_id(conn: &Connection) -> Result<i64> {
    let seq = conn
        .query_row(
            "SELECT seq FROM sqlite_sequence WHERE name = 'reminder'",
            [],
            |row| row.get(0),
        )
        .optional()?;
    Ok(seq.unwrap_or(0))
}

/// Ids given before the backup was made, here or elsewhere, are never given again.
fn raise_last_id(tx: &Transaction<'_>, at_least: i64) -> Result<()> {
    if at_least > last_id(tx)? {
        set_last_id(tx, at_least)?;
    }
    Ok(())
}

fn set_last_id(tx: &Transaction<'_>, value: i64) -> Result<()> {
    tx.execute("DELETE FROM sqlite_sequence WHERE name = 'reminder'", [])?;
    tx.execute(
        "INSERT INTO sqlite_sequence (name, seq) VALUES ('reminder', ?1)",
        [value],
    )?;
    Ok(())
}

fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("json"))
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{suffix}"));
    path.with_file_name(name)
}

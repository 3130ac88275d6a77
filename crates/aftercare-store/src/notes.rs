//! The client's notes in the healing journal: dated, private to the device.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::{Error, Result, Store, parse_timestamp, timestamp};

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRecord {
    /// The day the note is about.
    pub date: NaiveDate,
    pub written_at: DateTime<Utc>,
    pub note: String,
}

impl NoteRecord {
    pub(crate) fn check(&self) -> Result<()> {
        let chars = self.note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(Error::NoteTooLong {
                chars,
                max: MAX_NOTE_CHARS,
            });
        }
        aftercare_core::parse::in_range(self.date)?;
        Ok(())
    }
}

pub(crate) fn insert(conn: &Connection, entry: &NoteRecord) -> Result<()> {
    entry.check()?;
    conn.execute(
        "INSERT INTO journal_entry (date, written_at, note) VALUES (?1, ?2, ?3)",
        (
            entry.date.to_string(),
            timestamp(entry.written_at),
            &entry.note,
        ),
    )?;
    Ok(())
}

/// A journal entry as the client picks it: with its id, to choose which ones to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub id: i64,
    #[serde(flatten)]
    pub entry: NoteRecord,
}

pub(crate) fn load(conn: &Connection) -> Result<Vec<Note>> {
    let mut statement = conn
        .prepare_cached("SELECT id, date, written_at, note FROM journal_entry ORDER BY date, id")?;
    let mut rows = statement.query([])?;
    let mut notes = Vec::new();
    while let Some(row) = rows.next()? {
        notes.push(Note {
            id: row.get(0)?,
            entry: NoteRecord {
                date: aftercare_core::parse::date(&row.get::<_, String>(1)?)?,
                written_at: parse_timestamp(&row.get::<_, String>(2)?)?,
                note: row.get(3)?,
            },
        });
    }
    Ok(notes)
}

impl Store {
    pub fn add_note(
        &mut self,
        date: NaiveDate,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<NoteRecord> {
        let entry = NoteRecord {
            date,
            written_at: now,
            note: note.to_string(),
        };
        self.write(|tx| insert(tx, &entry))?;
        Ok(entry)
    }

    /// Every entry, by day.
    pub fn notes(&self) -> Result<Vec<Note>> {
        self.read(load)
    }
}

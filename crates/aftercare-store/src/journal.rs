//! The client's healing journal: dated notes, private to the device.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::{Error, Result, Store, parse_timestamp, timestamp};

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalEntry {
    /// The day the note is about.
    pub date: NaiveDate,
    pub written_at: DateTime<Utc>,
    pub note: String,
}

impl JournalEntry {
    pub(crate) fn check(&self) -> Result<()> {
        let chars = self.note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(Error::NoteTooLong {
                chars,
                max: MAX_NOTE_CHARS,
            });
        }
        aftercare_core::parse::date(&self.date.to_string())?;
        Ok(())
    }
}

pub(crate) fn insert(conn: &Connection, entry: &JournalEntry) -> Result<()> {
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

pub(crate) fn load(conn: &Connection) -> Result<Vec<JournalEntry>> {
    let mut statement =
        conn.prepare_cached("SELECT date, written_at, note FROM journal_entry ORDER BY date, id")?;
    let mut rows = statement.query([])?;
    let mut entries = Vec::new();
    while let Some(row) = rows.next()? {
        entries.push(JournalEntry {
            date: aftercare_core::parse::date(&row.get::<_, String>(0)?)?,
            written_at: parse_timestamp(&row.get::<_, String>(1)?)?,
            note: row.get(2)?,
        });
    }
    Ok(entries)
}

impl Store {
    pub fn add_journal_entry(
        &mut self,
        date: NaiveDate,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<JournalEntry> {
        let entry = JournalEntry {
            date,
            written_at: now,
            note: note.to_string(),
        };
        self.write(|tx| insert(tx, &entry))?;
        Ok(entry)
    }

    /// Every entry, by day.
    pub fn journal(&self) -> Result<Vec<JournalEntry>> {
        self.read(load)
    }
}

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
        aftercare_core::parse::in_range(self.date)?;
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

/// A journal entry as the client picks it: with its id, to choose which ones to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub id: i64,
    #[serde(flatten)]
    pub entry: JournalEntry,
}

pub(crate) fn load(conn: &Connection) -> Result<Vec<Note>> {
    let mut statement = conn
        .prepare_cached("SELECT id, date, written_at, note FROM journal_entry ORDER BY date, id")?;
    let mut rows = statement.query([])?;
    let mut notes = Vec::new();
    while let Some(row) = rows.next()? {
        notes.push(Note {
            id: row.get(0)?,
            entry: JournalEntry {
                date: aftercare_core::parse::date(&row.get::<_, String>(1)?)?,
                written_at: parse_timestamp(&row.get::<_, String>(2)?)?,
                note: row.get(3)?,
            },
        });
    }
    Ok(notes)
}

/// A step of Today's checklist the client ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDone {
    pub date: NaiveDate,
    /// The protocol rule's key.
    pub rule: String,
    pub done_at: DateTime<Utc>,
}

pub(crate) fn insert_step(conn: &Connection, step: &StepDone) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO step_done (date, rule, done_at) VALUES (?1, ?2, ?3)",
        (step.date.to_string(), &step.rule, timestamp(step.done_at)),
    )?;
    Ok(())
}

pub(crate) fn load_steps(conn: &Connection, date: Option<NaiveDate>) -> Result<Vec<StepDone>> {
    let mut statement = conn.prepare_cached(
        "SELECT date, rule, done_at FROM step_done WHERE ?1 IS NULL OR date = ?1 ORDER BY date, rule",
    )?;
    let mut rows = statement.query([date.map(|d| d.to_string())])?;
    let mut steps = Vec::new();
    while let Some(row) = rows.next()? {
        steps.push(StepDone {
            date: aftercare_core::parse::date(&row.get::<_, String>(0)?)?,
            rule: row.get(1)?,
            done_at: parse_timestamp(&row.get::<_, String>(2)?)?,
        });
    }
    Ok(steps)
}

impl Store {
    /// Ticks or unticks a step of a day's checklist.
    pub fn set_step_done(
        &mut self,
        date: NaiveDate,
        rule: &str,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.write(|tx| {
            if done {
                insert_step(
                    tx,
                    &StepDone {
                        date,
                        rule: rule.to_string(),
                        done_at: now,
                    },
                )
            } else {
                tx.execute(
                    "DELETE FROM step_done WHERE date = ?1 AND rule = ?2",
                    (date.to_string(), rule),
                )?;
                Ok(())
            }
        })
    }

    /// The rules ticked on a day.
    pub fn steps_done(&self, date: NaiveDate) -> Result<Vec<String>> {
        self.read(|conn| {
            Ok(load_steps(conn, Some(date))?
                .into_iter()
                .map(|s| s.rule)
                .collect())
        })
    }

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
    pub fn journal(&self) -> Result<Vec<Note>> {
        self.read(load)
    }
}

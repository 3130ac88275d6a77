//! Reminders as stored: derived again inside every write, keeping each one's notification id and
//! state while its key lives, and saying which ids the OS must drop.

use std::collections::HashMap;

use aftercare_core::{Item, Reminder, Treatment, parse, reminders_for};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::{
    Error, Result, Store, corrupt_value, from_text, load_preferences, load_protocol, load_sessions,
    minutes, parse_timestamp, timestamp, to_text,
};

/// Where a reminder stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Not yet handed to the OS.
    Pending,
    /// Handed to the OS, which will show it.
    Scheduled,
    /// Shown.
    Delivered,
    /// The client marked it done.
    Done,
    /// Put off until `snoozed_until`.
    Snoozed,
    /// Its time passed beyond the protocol's grace period without delivery; shown in the app.
    Missed,
    /// The client dismissed it.
    Dismissed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Scheduled => "scheduled",
            State::Delivered => "delivered",
            State::Done => "done",
            State::Snoozed => "snoozed",
            State::Missed => "missed",
            State::Dismissed => "dismissed",
        }
    }

    /// Still to fire: pending, scheduled or snoozed.
    pub fn is_open(self) -> bool {
        matches!(self, State::Pending | State::Scheduled | State::Snoozed)
    }

    /// The OS may hold a notification for it, which must go when it changes or goes.
    fn with_the_os(self) -> bool {
        matches!(self, State::Scheduled | State::Snoozed)
    }
}

/// A reminder with its notification id and state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredReminder {
    /// The OS notification id: stable while the key lives, never reused.
    pub id: i32,
    #[serde(flatten)]
    pub reminder: Reminder,
    pub state: State,
    /// When it entered its state.
    pub state_at: Option<DateTime<Utc>>,
    pub snoozed_until: Option<DateTime<Utc>>,
}

impl StoredReminder {
    /// When it fires next: its time, or the end of its snooze.
    pub fn fires_at(&self) -> DateTime<Utc> {
        self.snoozed_until
            .unwrap_or_else(|| self.reminder.at.with_timezone(&Utc))
    }
}

/// What a write did to the reminders.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    /// Notification ids the OS may still hold for reminders that changed or are gone.
    pub cancel: Vec<i32>,
}

/// The text form of a reminder's derived fields, as compared and stored.
#[derive(Debug, PartialEq, Eq)]
struct Content {
    category: String,
    session: i64,
    day: i64,
    date: String,
    local: String,
    at: String,
    shift: Option<String>,
    title: String,
    body: String,
    items: String,
}

impl Content {
    fn of(reminder: &Reminder) -> Content {
        Content {
            category: reminder.category.as_str().to_string(),
            session: reminder.session as i64,
            day: reminder.day,
            date: reminder.date.to_string(),
            local: minutes(reminder.local),
            at: reminder.at.to_rfc3339(),
            shift: reminder.shift.as_ref().map(to_text),
            title: reminder.title.clone(),
            body: reminder.body.clone(),
            items: serde_json::to_string(&reminder.items).expect("items serialize"),
        }
    }
}

struct Existing {
    id: i32,
    content: Content,
    state: State,
    snoozed_until: Option<String>,
}

/// Derives the reminders from the stored sessions, protocol and settings, and brings the table
/// in line: new keys get new ids, gone keys are deleted, changed ones keep id and state unless
/// their time moved while still open.
pub(crate) fn regenerate(tx: &Transaction<'_>) -> Result<Changes> {
    let sessions: Vec<_> = load_sessions(tx)?
        .into_iter()
        .map(|(_, session)| session)
        .collect();
    let desired = if sessions.is_empty() {
        Vec::new()
    } else {
        let protocol = load_protocol(tx)?.protocol;
        let treatment = Treatment::new(sessions, &protocol)?;
        reminders_for(&treatment, &protocol, &load_preferences(tx)?.settings())
    };

    let mut existing = load_existing(tx)?;
    let mut changes = Changes::default();
    let mut insert = tx.prepare_cached(
        "INSERT INTO reminder (key, category, session, day, date, local, at, shift, title, body, items, fire_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut update = tx.prepare_cached(
        "UPDATE reminder SET category = ?2, session = ?3, day = ?4, date = ?5, local = ?6, at = ?7,
                shift = ?8, title = ?9, body = ?10, items = ?11, fire_at = ?12, state = ?13,
                snoozed_until = ?14
         WHERE id = ?1",
    )?;
    for reminder in &desired {
        let content = Content::of(reminder);
        let fire_at = reminder.at.timestamp();
        match existing.remove(&reminder.key) {
            None => {
                insert.execute(params![
                    reminder.key,
                    content.category,
                    content.session,
                    content.day,
                    content.date,
                    content.local,
                    content.at,
                    content.shift,
                    content.title,
                    content.body,
                    content.items,
                    fire_at,
                ])?;
                changes.added += 1;
            }
            Some(old) if old.content == content => {}
            Some(old) => {
                let moved = old.content.at != content.at;
                // An open reminder whose time or text changed is handed to the OS afresh.
                let (state, snoozed_until) =
                    if old.state.with_the_os() || (moved && old.state == State::Missed) {
                        (State::Pending, None)
                    } else {
                        (old.state, old.snoozed_until)
                    };
                if old.state.with_the_os() {
                    changes.cancel.push(old.id);
                }
                let fire_at = match &snoozed_until {
                    Some(until) => parse_timestamp(until)?.timestamp(),
                    None => fire_at,
                };
                update.execute(params![
                    old.id,
                    content.category,
                    content.session,
                    content.day,
                    content.date,
                    content.local,
                    content.at,
                    content.shift,
                    content.title,
                    content.body,
                    content.items,
                    fire_at,
                    to_text(&state),
                    snoozed_until,
                ])?;
                changes.updated += 1;
            }
        }
    }
    let mut delete = tx.prepare_cached("DELETE FROM reminder WHERE id = ?1")?;
    for old in existing.into_values() {
        delete.execute([old.id])?;
        if old.state.with_the_os() {
            changes.cancel.push(old.id);
        }
        changes.removed += 1;
    }
    changes.cancel.sort_unstable();
    Ok(changes)
}

fn load_existing(conn: &Connection) -> Result<HashMap<String, Existing>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, key, category, session, day, date, local, at, shift, title, body, items, state, snoozed_until
         FROM reminder",
    )?;
    let mut rows = statement.query([])?;
    let mut existing = HashMap::new();
    while let Some(row) = rows.next()? {
        let content = Content {
            category: row.get(2)?,
            session: row.get(3)?,
            day: row.get(4)?,
            date: row.get(5)?,
            local: row.get(6)?,
            at: row.get(7)?,
            shift: row.get(8)?,
            title: row.get(9)?,
            body: row.get(10)?,
            items: row.get(11)?,
        };
        let state: String = row.get(12)?;
        existing.insert(
            row.get(1)?,
            Existing {
                id: row.get(0)?,
                content,
                state: from_text(&state)?,
                snoozed_until: row.get(13)?,
            },
        );
    }
    Ok(existing)
}

const COLUMNS: &str = "id, key, category, session, day, date, local, at, shift, title, body, items, state, state_at, snoozed_until";

fn stored(row: &Row<'_>) -> Result<StoredReminder> {
    let text = |i: usize| -> Result<String> { Ok(row.get::<_, String>(i)?) };
    let optional = |i: usize| -> Result<Option<String>> { Ok(row.get::<_, Option<String>>(i)?) };
    let at = text(7)?;
    let items = text(11)?;
    let reminder = Reminder {
        key: text(1)?,
        category: text(2)?.parse()?,
        session: row.get::<_, i64>(3)? as usize,
        day: row.get(4)?,
        date: parse::date(&text(5)?)?,
        local: parse::local(&text(6)?)?,
        at: DateTime::parse_from_rfc3339(&at).map_err(|e| corrupt_value(&at, &e))?,
        shift: optional(8)?.as_deref().map(from_text).transpose()?,
        title: text(9)?,
        body: text(10)?,
        items: serde_json::from_str::<Vec<Item>>(&items).map_err(|e| corrupt_value(&items, &e))?,
    };
    Ok(StoredReminder {
        id: row.get(0)?,
        reminder,
        state: from_text(&text(12)?)?,
        state_at: optional(13)?.as_deref().map(parse_timestamp).transpose()?,
        snoozed_until: optional(14)?.as_deref().map(parse_timestamp).transpose()?,
    })
}

fn query(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<StoredReminder>> {
    let mut statement = conn.prepare_cached(sql)?;
    let mut rows = statement.query(params)?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        found.push(stored(row)?);
    }
    Ok(found)
}

impl Store {
    /// Every stored reminder, past and future, in firing order.
    pub fn reminders(&self) -> Result<Vec<StoredReminder>> {
        self.read(|conn| {
            let mut all = query(conn, &format!("SELECT {COLUMNS} FROM reminder"), [])?;
            all.sort_by(|a, b| {
                a.reminder
                    .at
                    .cmp(&b.reminder.at)
                    .then_with(|| a.reminder.key.cmp(&b.reminder.key))
            });
            Ok(all)
        })
    }

    pub fn reminder(&self, key: &str) -> Result<StoredReminder> {
        self.read(|conn| by_key(conn, key))
    }

    /// Open reminders whose time (or snooze) has come by `now`, oldest first.
    pub fn due(&self, now: DateTime<Utc>) -> Result<Vec<StoredReminder>> {
        self.read(|conn| {
            query(
                conn,
                &format!(
                    "SELECT {COLUMNS} FROM reminder
                     WHERE fire_at <= ?1 AND state IN ('pending', 'scheduled', 'snoozed')
                     ORDER BY fire_at, key"
                ),
                [now.timestamp()],
            )
        })
    }

    /// The client did it.
    pub fn mark_done(&mut self, key: &str, now: DateTime<Utc>) -> Result<StoredReminder> {
        self.write(|tx| {
            let id = by_key(tx, key)?.id;
            tx.execute(
                "UPDATE reminder SET state = 'done', state_at = ?2, snoozed_until = NULL WHERE id = ?1",
                (id, timestamp(now)),
            )?;
            by_key(tx, key)
        })
    }

    /// Puts a reminder off until `until`.
    pub fn snooze(
        &mut self,
        key: &str,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<StoredReminder> {
        self.write(|tx| {
            let id = by_key(tx, key)?.id;
            tx.execute(
                "UPDATE reminder SET state = 'snoozed', state_at = ?2, snoozed_until = ?3, fire_at = ?4 WHERE id = ?1",
                (id, timestamp(now), timestamp(until), until.timestamp()),
            )?;
            by_key(tx, key)
        })
    }
}

fn by_key(conn: &Connection, key: &str) -> Result<StoredReminder> {
    query(
        conn,
        &format!("SELECT {COLUMNS} FROM reminder WHERE key = ?1"),
        [key],
    )?
    .pop()
    .ok_or_else(|| Error::NoSuchReminder {
        key: key.to_string(),
    })
}

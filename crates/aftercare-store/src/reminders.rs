//! Reminders as stored: derived again inside every write, keeping each one's notification id and
//! state while its key lives, and saying which ids the OS must drop.

use std::collections::HashMap;

use aftercare_core::{Item, Reminder, parse, reminders_for};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::{
    Error, Result, Store, corrupt_value, from_text, load_preferences, load_treatment, minutes,
    parse_timestamp, timestamp, to_text,
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
    /// Over, never to show: its time had passed when a change derived it or moved it there (a
    /// session entered after the fact, a reminder time moved to earlier today), so it was never
    /// due while the app knew of it.
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

    /// Handed to the OS, which may hold a notification for it.
    pub(crate) fn with_the_os(self) -> bool {
        self == State::Scheduled
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
    /// When it fires next: its time, or the end of the snooze it was handed to the OS with.
    pub fire_at: DateTime<Utc>,
    /// The fingerprint of the notification handed to the OS, while it is scheduled.
    pub handed: Option<u64>,
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
    fire_at: i64,
    retired: bool,
}

impl Existing {
    /// The state a reminder keeps when a change gives it `content`, firing at `at`, noting in
    /// `cancel` if the OS holds an outdated copy.
    ///
    /// A change never makes a notification due at once: the client who made it is looking at
    /// the app, whose Today shows the day's steps. So a reminder still to come that the change
    /// moves into the past (a reminder time moved to earlier today, a zone change) is over, like
    /// one a change derives in the past, and so is one that comes back (its category unmuted,
    /// its session moved back) after its time passed while it was not wanted. A missed one stays
    /// missed unless it moves into the future, and a snoozed one keeps its snooze unless it
    /// moves beyond it: then it comes again at its new time.
    fn carried_over(
        self,
        content: &Content,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
        cancel: &mut Vec<i32>,
    ) -> (State, Option<String>) {
        let moved = self.content.at != content.at;
        let was_to_come = self.fire_at > now.timestamp();
        let (state, snoozed_until) = match self.state {
            // Its time passed while the OS held it: the OS showed it, or will, a little late.
            // Cancelling now could only lose it.
            State::Scheduled if !was_to_come => return (State::Delivered, None),
            // The OS holds the old time or text: it is handed over afresh, as what it was
            // before it was handed, a snooze or a reminder at its time.
            State::Scheduled => {
                cancel.push(self.id);
                match self.handed_snooze() {
                    Some(until) => (State::Snoozed, Some(until)),
                    None => (State::Pending, None),
                }
            }
            state => (state, self.snoozed_until.clone()),
        };
        let passed_unseen = self.retired || (moved && was_to_come);
        match state {
            State::Pending if passed_unseen && at <= now => (State::Dismissed, None),
            State::Missed if moved && at > now => (State::Pending, None),
            State::Snoozed if moved && at.timestamp() > self.fire_at => (State::Pending, None),
            State::Snoozed if self.retired && !was_to_come => (State::Dismissed, None),
            _ => (state, snoozed_until),
        }
    }

    /// When the snooze the OS was handed ends, if it was one: it fires then, not at its time.
    fn handed_snooze(&self) -> Option<String> {
        let at = DateTime::parse_from_rfc3339(&self.content.at)
            .ok()?
            .timestamp();
        let until = DateTime::from_timestamp(self.fire_at, 0)?;
        (self.fire_at != at).then(|| timestamp(until))
    }
}

/// The reminders the stored sessions, protocol and settings call for.
fn desired(tx: &Transaction<'_>) -> Result<Vec<Reminder>> {
    let Some((treatment, protocol)) = load_treatment(tx)? else {
        return Ok(Vec::new());
    };
    Ok(reminders_for(
        &treatment,
        &protocol,
        &load_preferences(tx)?.settings(),
    ))
}

/// Derives the reminders from the stored sessions, protocol and settings, and brings the table
/// in line. A key keeps its id and state for good: a reminder that goes (its session moved, its
/// category muted) is retired, not forgotten, and comes back as it was if its key does. Changed
/// ones keep id and state unless the OS holds an outdated copy.
pub(crate) fn regenerate(tx: &Transaction<'_>, now: DateTime<Utc>) -> Result<Changes> {
    let desired = desired(tx)?;
    // A reminder whose time has passed when a change first derives it (a session entered after
    // the fact, an artist's protocol followed on day 5) was never due while the app knew of it:
    // it is over, neither missed nor shown late. Today shows the client the day's steps.
    let over = |reminder: &Reminder| reminder.at.with_timezone(&Utc) <= now;

    let mut existing = load_existing(tx)?;
    let mut changes = Changes::default();
    let mut insert = tx.prepare_cached(
        "INSERT INTO reminder (key, category, session, day, date, local, at, shift, title, body, items, fire_at,
                               state, state_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    let mut update = tx.prepare_cached(
        "UPDATE reminder SET category = ?2, session = ?3, day = ?4, date = ?5, local = ?6, at = ?7,
                shift = ?8, title = ?9, body = ?10, items = ?11, fire_at = ?12, state = ?13,
                snoozed_until = ?14, handed = CASE WHEN ?13 = 'scheduled' THEN handed END, retired = 0
         WHERE id = ?1",
    )?;
    for reminder in &desired {
        let content = Content::of(reminder);
        let Some(old) = existing.remove(&reminder.key) else {
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
                reminder.at.timestamp(),
                if over(reminder) {
                    State::Dismissed
                } else {
                    State::Pending
                }
                .as_str(),
                over(reminder).then(|| timestamp(now)),
            ])?;
            changes.added += 1;
            continue;
        };
        if old.content == content && !old.retired {
            continue;
        }
        let (id, retired) = (old.id, old.retired);
        let at = reminder.at.with_timezone(&Utc);
        let (state, snoozed_until) = old.carried_over(&content, at, now, &mut changes.cancel);
        let fire_at = match &snoozed_until {
            Some(until) => parse_timestamp(until)?.timestamp(),
            None => reminder.at.timestamp(),
        };
        update.execute(params![
            id,
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
        if retired {
            changes.added += 1;
        } else {
            changes.updated += 1;
        }
    }
    // What is no longer wanted is retired; the OS drops whatever of it that it holds.
    let mut retire = tx.prepare_cached(
        "UPDATE reminder SET retired = 1, handed = NULL,
                state = CASE WHEN state = 'scheduled' THEN 'pending' ELSE state END
         WHERE id = ?1",
    )?;
    for old in existing.into_values().filter(|old| !old.retired) {
        retire.execute([old.id])?;
        if old.state == State::Scheduled {
            changes.cancel.push(old.id);
        }
        changes.removed += 1;
    }
    changes.cancel.sort_unstable();
    owe_cancellations(tx, &changes.cancel)?;
    Ok(changes)
}

/// Notes ids the OS must drop, until delivery says it has.
pub(crate) fn owe_cancellations(tx: &Transaction<'_>, ids: &[i32]) -> Result<()> {
    let mut owe = tx.prepare_cached("INSERT OR IGNORE INTO os_cancel (id) VALUES (?1)")?;
    for id in ids {
        owe.execute([id])?;
    }
    Ok(())
}

fn load_existing(conn: &Connection) -> Result<HashMap<String, Existing>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, key, category, session, day, date, local, at, shift, title, body, items, state,
                snoozed_until, fire_at, retired
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
                fire_at: row.get(14)?,
                retired: row.get(15)?,
            },
        );
    }
    Ok(existing)
}

pub(crate) const COLUMNS: &str =
    "id, key, category, session, day, date, local, at, shift, title, body, items, state, state_at,
                       snoozed_until, fire_at, handed";

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
        fire_at: DateTime::from_timestamp(row.get(15)?, 0)
            .ok_or_else(|| corrupt_value("fire_at", &"out of range"))?,
        // Stored as the same 64 bits, signed.
        handed: row.get::<_, Option<i64>>(16)?.map(|bits| bits as u64),
    })
}

pub(crate) fn query(
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
            let mut all = query(
                conn,
                &format!("SELECT {COLUMNS} FROM reminder WHERE retired = 0"),
                [],
            )?;
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
}

pub(crate) fn by_key(conn: &Connection, key: &str) -> Result<StoredReminder> {
    query(
        conn,
        &format!("SELECT {COLUMNS} FROM reminder WHERE key = ?1 AND retired = 0"),
        [key],
    )?
    .pop()
    .ok_or_else(|| Error::NoSuchReminder {
        key: key.to_string(),
    })
}

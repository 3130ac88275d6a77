//! What delivery reads and records in the store: what is due and still to fire, the
//! cancellations the OS is owed, and what was handed over, shown, missed, done or snoozed.

use chrono::{DateTime, Utc};
use rusqlite::Transaction;

use crate::reminders::{COLUMNS, StoredReminder, by_key, owe_cancellations, query};
use crate::{Result, State, Store, timestamp};

/// What delivery did, by notification id.
#[derive(Debug, Clone, Copy, Default)]
pub struct Delivery<'a> {
    /// Cancelled with the OS: no longer owed, and no longer held (unless handed over again in
    /// `scheduled`), so a reminder the window let go is handed over afresh when its turn comes.
    pub cancelled: &'a [i32],
    /// Handed to an OS that keeps them while the app is closed, with the fingerprint of what
    /// was handed.
    pub scheduled: &'a [(i32, u64)],
    /// Shown.
    pub delivered: &'a [i32],
    /// Their time passed beyond the grace period without being shown.
    pub missed: &'a [i32],
}

impl Store {
    /// Open reminders whose time (or snooze) has come by `now`, oldest first.
    pub fn due(&self, now: DateTime<Utc>) -> Result<Vec<StoredReminder>> {
        self.read(|conn| {
            query(
                conn,
                &format!(
                    "SELECT {COLUMNS} FROM reminder
                     WHERE fire_at <= ?1 AND state IN ('pending', 'scheduled', 'snoozed') AND retired = 0
                     ORDER BY fire_at, key"
                ),
                [now.timestamp()],
            )
        })
    }

    /// Reminders still to fire (pending, scheduled or snoozed), soonest first: what reconcile
    /// works from.
    pub fn open_reminders(&self) -> Result<Vec<StoredReminder>> {
        self.read(|conn| {
            query(
                conn,
                &format!(
                    "SELECT {COLUMNS} FROM reminder
                     WHERE state IN ('pending', 'scheduled', 'snoozed') AND retired = 0 ORDER BY fire_at, id"
                ),
                [],
            )
        })
    }

    /// Ids the OS may still hold for reminders that changed or are gone, owed since an edit.
    pub fn owed_cancellations(&self) -> Result<Vec<i32>> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached("SELECT id FROM os_cancel ORDER BY id")?;
            let ids = statement
                .query_map([], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            Ok(ids)
        })
    }

    /// Records what delivery did, in one transaction: cancellations done, handed to the OS,
    /// shown, or missed. Ids no longer open (the client marked one done meanwhile) are left alone.
    pub fn record_delivery(&mut self, delivery: &Delivery<'_>, now: DateTime<Utc>) -> Result<()> {
        self.write(|tx| {
            let mut paid = tx.prepare_cached("DELETE FROM os_cancel WHERE id = ?1")?;
            let mut withdrawn = tx.prepare_cached(
                "UPDATE reminder SET state = 'pending', state_at = ?2, handed = NULL
                 WHERE id = ?1 AND state = 'scheduled'",
            )?;
            for id in delivery.cancelled {
                paid.execute([id])?;
                withdrawn.execute((id, timestamp(now)))?;
            }
            let mut handed = tx.prepare_cached(
                "UPDATE reminder SET state = 'scheduled', state_at = ?2, snoozed_until = NULL, handed = ?3
                 WHERE id = ?1 AND state IN ('pending', 'scheduled', 'snoozed') AND handed IS NOT ?3",
            )?;
            for (id, fingerprint) in delivery.scheduled {
                handed.execute((id, timestamp(now), *fingerprint as i64))?;
            }
            let mut update = tx.prepare_cached(
                "UPDATE reminder SET state = ?2, state_at = ?3, snoozed_until = NULL, handed = NULL
                 WHERE id = ?1 AND state IN ('pending', 'scheduled', 'snoozed')",
            )?;
            for (ids, state) in [(delivery.delivered, State::Delivered), (delivery.missed, State::Missed)] {
                for id in ids {
                    update.execute((id, state.as_str(), timestamp(now)))?;
                }
            }
            Ok(())
        })
    }

    /// The client did it.
    pub fn mark_done(&mut self, key: &str, now: DateTime<Utc>) -> Result<StoredReminder> {
        self.write(|tx| {
            let id = take_from_the_os(tx, key)?;
            tx.execute(
                "UPDATE reminder SET state = 'done', state_at = ?2, snoozed_until = NULL, handed = NULL WHERE id = ?1",
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
            let id = take_from_the_os(tx, key)?;
            tx.execute(
                "UPDATE reminder SET state = 'snoozed', state_at = ?2, snoozed_until = ?3, fire_at = ?4, handed = NULL WHERE id = ?1",
                (id, timestamp(now), timestamp(until), until.timestamp()),
            )?;
            by_key(tx, key)
        })
    }
}

/// The id of the reminder with `key`; if the OS may hold it, the OS is owed its cancellation.
fn take_from_the_os(tx: &Transaction<'_>, key: &str) -> Result<i32> {
    let reminder = by_key(tx, key)?;
    if reminder.state.with_the_os() {
        owe_cancellations(tx, &[reminder.id])?;
    }
    Ok(reminder.id)
}

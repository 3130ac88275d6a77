//! Reconcile: what the OS should hold against what it holds, and what to do about it.
//!
//! SQLite is the source of truth; the OS's pending notifications are a disposable cache of the
//! next few. Given the open reminders, what the OS holds, the time and a window size, reconcile
//! says what to cancel, what to hand to the OS, what to show late, and what was missed. Applying
//! its answer and asking again gives nothing to do.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use crate::protocol::{Category, GraceHours};

/// The most notifications handed to the OS at once: well under iOS's 64, which it enforces by
/// dropping the rest without a word.
pub const MAX_WINDOW: usize = 48;

/// A reminder still to fire, as the store has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Open {
    pub id: i32,
    /// When it fires: its time, or the end of its snooze.
    pub fire_at: DateTime<Utc>,
    pub category: Category,
    /// What the notification shows, hashed: a change means the OS's copy is stale.
    pub fingerprint: u64,
    /// Handed to an OS that keeps it while the app is closed: once its time has passed, the OS
    /// showed it.
    pub handed: bool,
}

/// A notification the OS holds pending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Held {
    pub id: i32,
    pub fingerprint: u64,
}

/// What the platform and the protocol allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// How many to hand to the OS at most; clamped to [`MAX_WINDOW`].
    pub window: usize,
    /// How late a reminder is still worth showing, per category.
    pub grace: GraceHours,
}

/// What to do, by notification id. Each list is sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// The OS drops these: no longer wanted, or stale.
    pub cancel: Vec<i32>,
    /// Hand these to the OS, at their time.
    pub schedule: Vec<i32>,
    /// Their time has passed, within the grace period, and nobody showed them: show them now.
    pub deliver_now: Vec<i32>,
    /// Their time passed beyond the grace period: record them as missed, to show in the app.
    pub missed: Vec<i32>,
    /// Handed to the OS and their time has passed: the OS showed them.
    pub delivered: Vec<i32>,
    /// In the window and already held by the OS as they are: nothing to do, but the store should
    /// know the OS has them.
    pub kept: Vec<i32>,
}

impl Plan {
    /// Nothing to do (what is kept needs nothing).
    pub fn is_empty(&self) -> bool {
        self.cancel.is_empty()
            && self.schedule.is_empty()
            && self.deliver_now.is_empty()
            && self.missed.is_empty()
            && self.delivered.is_empty()
    }
}

/// Compares what should be pending with what the OS holds.
///
/// - An open reminder whose time has passed is left to the OS if the OS still holds it (an
///   inexact alarm may be late); else it was shown if it had been handed over; else it is shown
///   now within its grace period, or recorded as missed.
/// - The OS should hold the `window` soonest future reminders, with their current content:
///   what it holds beyond that, or stale, or unknown, is cancelled; what it lacks is scheduled.
pub fn reconcile(open: &[Open], held: &[Held], now: DateTime<Utc>, rules: &Rules) -> Plan {
    let held_now: HashMap<i32, u64> = held.iter().map(|h| (h.id, h.fingerprint)).collect();
    let is_held = |reminder: &Open| held_now.get(&reminder.id) == Some(&reminder.fingerprint);
    let mut plan = Plan::default();
    let mut keep: HashSet<i32> = HashSet::new();
    let mut future: Vec<&Open> = Vec::with_capacity(open.len());
    for reminder in open {
        if reminder.fire_at > now {
            future.push(reminder);
        } else if is_held(reminder) {
            keep.insert(reminder.id);
        } else if reminder.handed {
            plan.delivered.push(reminder.id);
        } else if now - reminder.fire_at
            <= TimeDelta::hours(rules.grace.of(reminder.category).into())
        {
            plan.deliver_now.push(reminder.id);
        } else {
            plan.missed.push(reminder.id);
        }
    }
    let window = rules.window.min(MAX_WINDOW);
    if future.len() > window {
        future.select_nth_unstable_by_key(window, |r| (r.fire_at, r.id));
        future.truncate(window);
    }
    for reminder in future {
        keep.insert(reminder.id);
        if is_held(reminder) {
            plan.kept.push(reminder.id);
        } else {
            plan.schedule.push(reminder.id);
        }
    }
    // Anything else the OS holds goes, and so does a stale copy of what is rescheduled.
    plan.cancel = held
        .iter()
        .filter(|h| !keep.contains(&h.id) || plan.schedule.contains(&h.id))
        .map(|h| h.id)
        .collect();
    for list in [
        &mut plan.cancel,
        &mut plan.schedule,
        &mut plan.deliver_now,
        &mut plan.missed,
        &mut plan.delivered,
    ] {
        list.sort_unstable();
        list.dedup();
    }
    plan
}

/// A stable 64-bit FNV-1a hash of what a notification shows and when.
pub fn fingerprint(fire_at: DateTime<Utc>, title: &str, body: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash = OFFSET;
    let mut eat = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(PRIME);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        hash ^= 0xff;
        hash = hash.wrapping_mul(PRIME);
    };
    eat(&fire_at.timestamp().to_le_bytes());
    eat(title.as_bytes());
    eat(body.as_bytes());
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_772_000_000 + minutes * 60, 0).unwrap()
    }

    fn rules(window: usize) -> Rules {
        Rules {
            window,
            grace: GraceHours {
                milestone: 12,
                digest: 10,
                prep: 2,
                sun: 6,
                checkin: 168,
            },
        }
    }

    fn open(id: i32, minutes: i64, category: Category) -> Open {
        Open {
            id,
            fire_at: at(minutes),
            category,
            fingerprint: id as u64 * 31,
            handed: false,
        }
    }

    fn held(reminder: &Open) -> Held {
        Held {
            id: reminder.id,
            fingerprint: reminder.fingerprint,
        }
    }

    #[test]
    fn the_soonest_future_reminders_fill_the_window() {
        let reminders: Vec<Open> = (1..=60)
            .map(|i| open(i, i64::from(i), Category::Digest))
            .collect();
        let plan = reconcile(&reminders, &[], at(0), &rules(48));
        assert_eq!(
            plan.schedule,
            (1..=48).collect::<Vec<_>>(),
            "the 48 soonest, no more"
        );
        assert!(plan.cancel.is_empty() && plan.deliver_now.is_empty() && plan.missed.is_empty());
    }

    #[test]
    fn applying_the_plan_and_asking_again_gives_nothing_to_do() {
        let reminders: Vec<Open> = (1..=10)
            .map(|i| open(i, i64::from(i) * 10, Category::Digest))
            .collect();
        let plan = reconcile(&reminders, &[], at(0), &rules(5));
        let now_held: Vec<Held> = plan
            .schedule
            .iter()
            .map(|id| held(&reminders[(*id - 1) as usize]))
            .collect();
        assert!(
            reconcile(&reminders, &now_held, at(0), &rules(5)).is_empty(),
            "a second pass finds nothing to do"
        );
    }

    #[test]
    fn late_reminders_are_shown_within_their_grace_period_else_missed() {
        let alcohol = open(1, 0, Category::Prep);
        let digest = open(2, 0, Category::Digest);
        // Three hours later: past prep's 2 hours, within the digest's 10.
        let plan = reconcile(&[alcohol, digest], &[], at(180), &rules(48));
        assert_eq!(
            plan.missed,
            [1],
            "a prep reminder three hours late is useless"
        );
        assert_eq!(
            plan.deliver_now,
            [2],
            "a digest three hours late still helps"
        );
    }

    #[test]
    fn a_handed_reminder_whose_time_passed_was_shown_by_the_os() {
        let mut reminder = open(7, 0, Category::Milestone);
        reminder.handed = true;
        let plan = reconcile(&[reminder], &[], at(60), &rules(48));
        assert_eq!(plan.delivered, [7]);
        assert!(plan.deliver_now.is_empty(), "never shown twice");
    }

    #[test]
    fn a_late_reminder_the_os_still_holds_is_left_to_the_os() {
        let reminder = open(3, 0, Category::Digest);
        let plan = reconcile(&[reminder], &[held(&reminder)], at(30), &rules(48));
        assert!(
            plan.is_empty(),
            "an inexact alarm may be late; showing it too would show it twice: {plan:?}"
        );
    }

    #[test]
    fn stale_and_unknown_notifications_are_cancelled() {
        let changed = open(1, 10, Category::Digest);
        let stale = Held {
            id: 1,
            fingerprint: 999,
        };
        let unknown = Held {
            id: 77,
            fingerprint: 5,
        };
        let plan = reconcile(&[changed], &[stale, unknown], at(0), &rules(48));
        assert_eq!(
            plan.cancel,
            [1, 77],
            "the stale copy and the notification no reminder knows"
        );
        assert_eq!(plan.schedule, [1], "the current content goes in its place");
    }

    #[test]
    fn fingerprints_differ_when_the_text_or_time_does() {
        let base = fingerprint(at(0), "Today", "Keep dry");
        assert_eq!(base, fingerprint(at(0), "Today", "Keep dry"), "stable");
        assert_ne!(base, fingerprint(at(1), "Today", "Keep dry"));
        assert_ne!(base, fingerprint(at(0), "Today", "Keep dry."));
        assert_ne!(fingerprint(at(0), "ab", "c"), fingerprint(at(0), "a", "bc"));
    }
}

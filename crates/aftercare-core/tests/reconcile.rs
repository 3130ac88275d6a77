//! Properties of reconcile over random reminders and random OS states.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::collections::{HashMap, HashSet};

use aftercare_core::protocol::GraceHours;
use aftercare_core::reconcile::MAX_WINDOW;
use aftercare_core::{Category, Held, Open, Rules, reconcile};
use chrono::{DateTime, TimeDelta, Utc};
use proptest::prelude::*;

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_780_000_000, 0).unwrap()
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

/// Reminders with distinct ids from two days ago to two days ahead, and an OS holding some of
/// them (current or stale) and some it alone knows.
fn world() -> impl Strategy<Value = (Vec<Open>, Vec<Held>, usize)> {
    let reminder = (
        -2880i64..2880,
        0..Category::ALL.len(),
        any::<bool>(),
        0u64..3,
    );
    (
        proptest::collection::vec(reminder, 0..120),
        proptest::collection::vec(any::<(bool, bool)>(), 120),
        1usize..60,
    )
        .prop_map(|(reminders, os, window)| {
            let open: Vec<Open> = reminders
                .into_iter()
                .enumerate()
                .map(|(i, (minutes, category, handed, text))| Open {
                    id: i as i32 + 1,
                    fire_at: now() + TimeDelta::minutes(minutes),
                    category: Category::ALL[category],
                    fingerprint: text,
                    handed,
                })
                .collect();
            let mut held: Vec<Held> = open
                .iter()
                .zip(&os)
                .filter(|(_, (holds, _))| *holds)
                .map(|(r, (_, stale))| Held {
                    id: r.id,
                    fingerprint: if *stale {
                        r.fingerprint + 100
                    } else {
                        r.fingerprint
                    },
                })
                .collect();
            // Notifications from before a reinstall, which no reminder knows.
            held.extend((0..3).map(|i| Held {
                id: 10_000 + i,
                fingerprint: 1,
            }));
            (open, held, window)
        })
}

/// What the OS holds after the plan is applied.
fn apply(open: &[Open], held: &[Held], plan: &aftercare_core::Plan) -> Vec<Held> {
    let by_id: HashMap<i32, &Open> = open.iter().map(|r| (r.id, r)).collect();
    let mut after: Vec<Held> = held
        .iter()
        .filter(|h| !plan.cancel.contains(&h.id))
        .copied()
        .collect();
    after.extend(plan.schedule.iter().map(|id| Held {
        id: *id,
        fingerprint: by_id[id].fingerprint,
    }));
    after
}

/// The store after the plan: what was shown, missed or handed over is no longer open or is handed.
fn settle(open: &[Open], plan: &aftercare_core::Plan) -> Vec<Open> {
    let closed: HashSet<i32> = plan
        .deliver_now
        .iter()
        .chain(&plan.missed)
        .chain(&plan.delivered)
        .copied()
        .collect();
    open.iter()
        .filter(|r| !closed.contains(&r.id))
        .map(|r| Open {
            handed: r.handed || plan.schedule.contains(&r.id),
            ..*r
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn applying_the_answer_and_asking_again_gives_nothing_to_do((open, held, window) in world()) {
        let plan = reconcile(&open, &held, now(), &rules(window));
        let again = reconcile(&settle(&open, &plan), &apply(&open, &held, &plan), now(), &rules(window));
        prop_assert!(again.is_empty(), "second pass: {again:?}");
    }

    #[test]
    fn never_schedules_in_the_past_nor_more_than_the_window((open, held, window) in world()) {
        let plan = reconcile(&open, &held, now(), &rules(window));
        let by_id: HashMap<i32, &Open> = open.iter().map(|r| (r.id, r)).collect();
        prop_assert!(plan.schedule.iter().all(|id| by_id[id].fire_at > now()), "only future reminders go to the OS");
        let holding = apply(&open, &held, &plan);
        prop_assert!(holding.len() <= window.min(MAX_WINDOW) + count_left_to_the_os(&open, &held),
            "the OS holds at most the window, plus late ones it still owes");
    }

    #[test]
    fn cancels_only_what_is_no_longer_wanted((open, held, window) in world()) {
        let plan = reconcile(&open, &held, now(), &rules(window));
        let current: HashMap<i32, u64> = open.iter().map(|r| (r.id, r.fingerprint)).collect();
        let wanted: HashSet<i32> = apply(&open, &held, &plan).iter().map(|h| h.id).collect();
        for id in &plan.cancel {
            let stale = held.iter().any(|h| h.id == *id && current.get(id) != Some(&h.fingerprint));
            prop_assert!(stale || !wanted.contains(id) || plan.schedule.contains(id),
                "cancelled {id}, which was current and is still wanted");
        }
    }

    #[test]
    fn every_open_reminder_whose_time_passed_is_accounted_for_once((open, held, window) in world()) {
        let plan = reconcile(&open, &held, now(), &rules(window));
        let held_current: HashSet<(i32, u64)> = held.iter().map(|h| (h.id, h.fingerprint)).collect();
        for reminder in open.iter().filter(|r| r.fire_at <= now()) {
            let outcomes = [&plan.deliver_now, &plan.missed, &plan.delivered].iter().filter(|l| l.contains(&reminder.id)).count();
            let left_to_os = held_current.contains(&(reminder.id, reminder.fingerprint));
            prop_assert_eq!(outcomes + usize::from(left_to_os), 1, "reminder {} must end one way", reminder.id);
        }
    }
}

fn count_left_to_the_os(open: &[Open], held: &[Held]) -> usize {
    let held: HashSet<(i32, u64)> = held.iter().map(|h| (h.id, h.fingerprint)).collect();
    open.iter()
        .filter(|r| r.fire_at <= now() && held.contains(&(r.id, r.fingerprint)))
        .count()
}

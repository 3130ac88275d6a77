//! Every UTC-offset change from 2000 to 2037 in zones with unusual rules, with sessions and
//! reminder times placed on and around each one: no reminder lost, duplicated or at a wrong time.

#![allow(
    clippy::unwrap_used,
    reason = "a test or benchmark fails loudly on a broken fixture"
)]

mod support;

use std::collections::BTreeSet;

use aftercare_core::{At, Protocol, QuietHours, Session, Settings, Treatment, reminders_for};
use chrono::{DateTime, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use support::{ZONES, check_all};

/// UTC instants at which the zone's offset changes, found by a coarse scan refined to the second.
fn transitions(zone: Tz, from_year: i32, to_year: i32) -> Vec<DateTime<Utc>> {
    let offset = |t: DateTime<Utc>| zone.offset_from_utc_datetime(&t.naive_utc()).fix();
    let end = Utc.with_ymd_and_hms(to_year + 1, 1, 1, 0, 0, 0).unwrap();
    let step = TimeDelta::hours(6);
    let mut found = Vec::new();
    let mut t = Utc.with_ymd_and_hms(from_year, 1, 1, 0, 0, 0).unwrap();
    while t < end {
        if offset(t) != offset(t + step) {
            let (mut lo, mut hi) = (t.timestamp(), (t + step).timestamp());
            let at = |seconds| DateTime::from_timestamp(seconds, 0).unwrap();
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset(at(mid)) == offset(at(lo)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            found.push(at(hi));
        }
        t += step;
    }
    found
}

/// Wall times on and around a transition: either edge of the gap or fold, its middle, and a
/// minute either side.
fn walls_around(zone: Tz, transition: DateTime<Utc>) -> Vec<NaiveDateTime> {
    let offset = |t: DateTime<Utc>| {
        TimeDelta::seconds(
            zone.offset_from_utc_datetime(&t.naive_utc())
                .fix()
                .local_minus_utc()
                .into(),
        )
    };
    let before = transition.naive_utc() + offset(transition - TimeDelta::seconds(1));
    let after = transition.naive_utc() + offset(transition);
    let minute = TimeDelta::minutes(1);
    let middle = before.min(after) + (before - after).abs() / 2;
    vec![
        before - minute,
        before,
        middle,
        after - minute,
        after,
        after + minute,
    ]
}

/// The seed protocol with every timed rule moved to `time`, so that each kind of reminder lands
/// on the transition; the rules that follow the sun too, since their time depends on the place
/// (the sun's own DST days are tested in `sun`). The years-long rules are left out: they never
/// come near the transition days tested here, and the property tests cover them in every zone.
fn protocol_at(time: chrono::NaiveTime) -> Protocol {
    let mut protocol = Protocol::seed();
    protocol.rules.retain(|rule| rule.end() < 365);
    for rule in &mut protocol.rules {
        if matches!(rule.at, At::Time(_) | At::Uv) {
            rule.at = At::Time(time);
        }
    }
    protocol
}

/// Each rule's line for each day, wherever and whenever it fires.
fn lines(reminders: &[aftercare_core::Reminder]) -> BTreeSet<(String, chrono::NaiveDate)> {
    reminders
        .iter()
        .flat_map(|r| r.items.iter().map(|i| (i.rule.clone(), i.date)))
        .collect()
}

#[test]
fn every_transition_2000_to_2037_keeps_every_reminder_once_at_the_right_time() {
    // One thread per zone: the sweep is near a million reminders.
    let checked: usize = std::thread::scope(|scope| {
        let sweeps: Vec<_> = ZONES
            .iter()
            .map(|zone| scope.spawn(|| sweep(*zone)))
            .collect();
        sweeps
            .into_iter()
            .map(|sweep| sweep.join().expect("a zone's sweep panicked"))
            .sum()
    });
    assert!(
        checked > 900_000,
        "the sweep must cover many reminders, covered {checked}"
    );
}

/// Checks every plan placed around every transition of one zone; returns the reminders checked.
fn sweep(zone: Tz) -> usize {
    let mut checked = 0;
    for transition in transitions(zone, 2000, 2037) {
        for wall in walls_around(zone, transition) {
            let protocol = protocol_at(wall.time());
            let date = wall.date();
            // Healing days, the session day itself, and the eve of a session on the wall.
            let placements = [
                (date - TimeDelta::days(3)).and_hms_opt(10, 0, 0).unwrap(),
                wall,
                (date + TimeDelta::days(1)).and_time(wall.time()),
            ];
            for session_start in placements {
                let treatment =
                    Treatment::new(vec![Session::new(session_start, zone).unwrap()], &protocol)
                        .unwrap();
                // Lost or extra reminders: the same plan in a zone without DST has the same lines.
                let plain = Settings {
                    reminder_time: wall.time(),
                    ..Settings::new(Tz::UTC)
                };
                let plain_treatment = Treatment::new(
                    vec![Session::new(session_start, Tz::UTC).unwrap()],
                    &protocol,
                )
                .unwrap();
                let expected = lines(&reminders_for(&plain_treatment, &protocol, &plain));
                let quiet =
                    QuietHours::new(wall.time() - TimeDelta::hours(2), wall.time()).unwrap();
                for quiet in [None, Some(quiet)] {
                    let settings = Settings {
                        reminder_time: wall.time(),
                        quiet,
                        ..Settings::new(zone)
                    };
                    let reminders = reminders_for(&treatment, &protocol, &settings);
                    if let Err(why) = check_all(&reminders, &protocol, &treatment, &settings) {
                        panic!(
                            "{zone} transition at {transition}, wall {wall}, session {session_start}, quiet {quiet:?}: {why}"
                        );
                    }
                    assert_eq!(
                        lines(&reminders),
                        expected,
                        "{zone} at {transition}: the same steps as without DST"
                    );
                    checked += reminders.len();
                }
            }
        }
    }
    checked
}

#[test]
fn the_sweep_finds_the_transitions_it_claims_to_test() {
    let london = transitions(Tz::Europe__London, 2000, 2037);
    assert_eq!(london.len(), 2 * 38, "London changes twice a year");
    assert!(
        transitions(Tz::Asia__Kolkata, 2000, 2037).is_empty(),
        "India has no DST"
    );
    let apia = transitions(Tz::Pacific__Apia, 2011, 2011);
    assert!(
        apia.iter()
            .any(|t| t.naive_utc().date().to_string() == "2011-12-30"),
        "Samoa's skipped day: {apia:?}"
    );
    for zone in ZONES.iter().filter(|z| **z != Tz::Asia__Kolkata) {
        assert!(
            !transitions(*zone, 2000, 2037).is_empty(),
            "{zone} has transitions to test"
        );
    }
}

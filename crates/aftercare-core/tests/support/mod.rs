//! An oracle for reminder times, written apart from the engine: it reads wall clocks only through
//! `offset_from_utc_datetime`, never through the engine's local-to-instant resolution.

#![allow(
    clippy::unwrap_used,
    reason = "a test or benchmark fails loudly on a broken fixture"
)]
#![allow(dead_code, unreachable_pub)]

use std::collections::HashSet;

use aftercare_core::{At, Category, Protocol, Reminder, Settings, Shift, Treatment};
use chrono::{DateTime, FixedOffset, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone};
use chrono_tz::Tz;

/// Zones with unusual rules, and common ones.
pub const ZONES: [Tz; 18] = [
    Tz::Australia__Lord_Howe, // 30-minute DST
    Tz::Europe__Dublin,       // negative DST in the database
    Tz::America__Sao_Paulo,   // midnight transitions (until 2019)
    Tz::America__Havana,      // midnight transitions
    Tz::Africa__Casablanca,   // DST suspended for Ramadan, negative since 2018
    Tz::Pacific__Chatham,     // +12:45 / +13:45
    Tz::Antarctica__Troll,    // +00 / +02, a two-hour change
    Tz::Asia__Tehran,         // DST at midnight until 2022
    Tz::America__St_Johns,    // -03:30
    Tz::Pacific__Apia,        // skipped 30 December 2011
    Tz::Asia__Gaza,           // irregular dates, often at midnight or 02:00
    Tz::America__Santiago,    // southern hemisphere, midnight transitions
    Tz::Europe__London,
    Tz::Europe__Berlin,
    Tz::America__New_York,
    Tz::America__Los_Angeles,
    Tz::Australia__Sydney,
    Tz::Asia__Kolkata, // no DST at all
];

/// The wall clock in `zone` at an instant.
pub fn wall_at(zone: Tz, instant: DateTime<FixedOffset>) -> NaiveDateTime {
    let utc = instant.naive_utc();
    utc + TimeDelta::seconds(
        zone.offset_from_utc_datetime(&utc)
            .fix()
            .local_minus_utc()
            .into(),
    )
}

/// The wall time a reminder's rule names, before quiet hours or DST. Without a place, a rule
/// that follows the sun goes out at the reminder time.
pub fn intended(reminder: &Reminder, protocol: &Protocol, settings: &Settings) -> NaiveDateTime {
    let time = if reminder.category == Category::Digest {
        settings.reminder_time
    } else {
        let rule = protocol
            .rule(&reminder.items[0].rule)
            .expect("reminder items name protocol rules");
        match rule.at {
            At::Time(time) => time,
            At::Morning => settings.reminder_time,
            At::Uv => {
                assert!(
                    settings.place.is_none(),
                    "the sun's times are tested in `sun`"
                );
                settings.reminder_time
            }
            At::Digest => panic!("a digest rule gave its own reminder: {reminder:?}"),
        }
    };
    reminder.date.and_time(time)
}

/// Quiet hours, restated: a time inside the window waits for its end.
pub fn after_quiet(settings: &Settings, wall: NaiveDateTime) -> NaiveDateTime {
    let Some(quiet) = settings.quiet else {
        return wall;
    };
    let t = wall.time();
    let inside = if quiet.start < quiet.end {
        quiet.start <= t && t < quiet.end
    } else {
        t >= quiet.start || t < quiet.end
    };
    if !inside {
        return wall;
    }
    let next_day = quiet.start > quiet.end && t >= quiet.start;
    (wall.date() + TimeDelta::days(i64::from(next_day))).and_time(quiet.end)
}

/// Offsets by which a wall clock has been set back: a repeated wall time recurs this much later.
const FOLDS: [TimeDelta; 3] = [
    TimeDelta::minutes(30),
    TimeDelta::hours(1),
    TimeDelta::hours(2),
];

/// Checks one reminder against the time rules; the error says what is wrong.
pub fn check(
    reminder: &Reminder,
    protocol: &Protocol,
    treatment: &Treatment,
    settings: &Settings,
) -> Result<(), String> {
    let zone = settings.zone;
    let fail = |why: &str| Err(format!("{why}: {reminder:#?}"));
    if reminder.local != wall_at(zone, reminder.at) {
        return fail("the reported wall time is not the wall time of the instant");
    }
    let wanted = after_quiet(settings, intended(reminder, protocol, settings));
    if reminder.shift == Some(Shift::BeforeSession) {
        let session = treatment.sessions()[reminder.session - 1];
        let deadline = session.instant().fixed_offset() - TimeDelta::hours(1);
        if reminder.category != Category::Prep || reminder.day > 0 {
            return fail("only preparation is moved before a session");
        }
        if reminder.at != deadline {
            return fail(
                "a prep reminder moved before its session goes out exactly an hour before",
            );
        }
        // The wall time it would have had must be at or after the deadline.
        if wanted < wall_at(zone, deadline) && exists(zone, wanted) {
            return fail("moved before the session although it was early enough");
        }
        return Ok(());
    }
    let quiet_moved = wanted != intended(reminder, protocol, settings);
    if quiet_moved != (reminder.shift == Some(Shift::QuietHours)) {
        return fail("the quiet-hours shift is reported if and only if quiet hours moved it");
    }
    let got = wall_at(zone, reminder.at);
    if got == wanted {
        if reminder.shift == Some(Shift::DstGap) {
            return fail("reported a DST gap for a wall time that exists");
        }
        for fold in FOLDS {
            if wall_at(zone, reminder.at - fold) == wanted {
                return fail("a repeated wall time must fire at its earlier instant");
            }
        }
        return Ok(());
    }
    // The wanted wall time must not exist, and this must be the first instant after it.
    if exists(zone, wanted) {
        return fail(&format!(
            "fires at {got}, not at the existing wall time {wanted}"
        ));
    }
    if !(got > wanted && wall_at(zone, reminder.at - TimeDelta::minutes(1)) < wanted) {
        return fail(&format!(
            "{wanted} does not exist; {got} is not the first instant after it"
        ));
    }
    if !quiet_moved && reminder.shift != Some(Shift::DstGap) {
        return fail("a reminder moved by a DST gap says so");
    }
    Ok(())
}

/// Whether any instant within a day shows this wall time, found by scanning offsets, not by
/// asking the engine's resolver.
pub fn exists(zone: Tz, wall: NaiveDateTime) -> bool {
    (-14 * 4..=14 * 4).any(|quarter| {
        let offset = TimeDelta::minutes(quarter * 15);
        let instant = (wall - offset).and_utc().fixed_offset();
        wall_at(zone, instant) == wall
    })
}

/// Checks a whole schedule: every reminder's time, unique keys, and each rule's line for a day
/// given once.
pub fn check_all(
    reminders: &[Reminder],
    protocol: &Protocol,
    treatment: &Treatment,
    settings: &Settings,
) -> Result<(), String> {
    let mut keys = HashSet::new();
    let mut lines = HashSet::new();
    for reminder in reminders {
        check(reminder, protocol, treatment, settings)?;
        if !keys.insert(reminder.key.as_str()) {
            return Err(format!("duplicate key {}", reminder.key));
        }
        for item in &reminder.items {
            if !lines.insert((item.rule.as_str(), item.date)) {
                return Err(format!("`{}` for {} is given twice", item.rule, item.date));
            }
        }
    }
    Ok(())
}

pub fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

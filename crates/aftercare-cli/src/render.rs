//! How the CLI prints: the plan as a table, today as a checklist, JSON for scripts.

use std::fmt::Write as _;

use aftercare_core::compare::Difference;
use aftercare_core::places::City;
use aftercare_core::protocol::Category;
use aftercare_core::sun::{PROTECT_FROM, Place, SunDay};
use aftercare_core::today::{State, TodayItem};
use aftercare_core::{Problem, Protocol, Reminder, Session, Settings, Shift, Today};
use aftercare_notify::desktop::Happened;
use aftercare_store::{
    Assessed, Changes, Note, PhotoInfo, Preferences, StoredReminder, ZonePolicy,
};
use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Serialize;

pub(crate) fn json(value: &impl Serialize) -> String {
    let mut out = serde_json::to_string_pretty(value).expect("engine output is plain data");
    out.push('\n');
    out
}

/// `file:line: field: message`, the shape editors and compilers use.
pub(crate) fn located(path: &str, problem: &Problem) -> String {
    let mut out = path.to_string();
    if let Some(line) = problem.line {
        let _ = write!(out, ":{line}");
    }
    out.push_str(": ");
    if !problem.field.is_empty() {
        let _ = write!(out, "{}: ", problem.field);
    }
    out.push_str(&problem.message);
    out
}

/// Where the REMINDER column starts: the widths of the columns before it, and their gaps.
const INDENT: &str = "                                                  ";

pub(crate) fn plan(protocol: &Protocol, settings: &Settings, reminders: &[Reminder]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} · times in {} · reminders at {}{}\n",
        protocol.name,
        protocol.version,
        settings.zone,
        settings.reminder_time.format("%H:%M"),
        settings
            .quiet
            .map(|q| format!(" · quiet {q}"))
            .unwrap_or_default(),
    );
    let _ = writeln!(
        out,
        "{:<21}  {:>7}  {:>5}  {:<9}  REMINDER",
        "WHEN", "SESSION", "DAY", "CATEGORY"
    );
    for reminder in reminders {
        let _ = write!(
            out,
            "{}  {:>7}  {:>5}  {:<9}  {}",
            reminder.local.format("%a %e %b %Y %H:%M"),
            reminder.session,
            reminder.day,
            reminder.category,
            reminder.title
        );
        if let Some(shift) = reminder.shift {
            let _ = write!(out, "  [{}]", shift_note(shift));
        }
        out.push('\n');
        if reminder.items.len() > 1 || reminder.category == Category::Digest {
            for line in reminder.body.lines() {
                let _ = writeln!(out, "{INDENT}{line}");
            }
        }
    }
    let _ = writeln!(
        out,
        "\n{} reminders: {}",
        reminders.len(),
        counts(reminders)
    );
    out
}

fn shift_note(shift: Shift) -> &'static str {
    match shift {
        Shift::QuietHours => "after quiet hours",
        Shift::DstGap => "clock moved forward",
        Shift::BeforeSession => "an hour before the session",
    }
}

fn counts(reminders: &[Reminder]) -> String {
    Category::ALL
        .iter()
        .map(|category| {
            (
                category,
                reminders.iter().filter(|r| r.category == *category).count(),
            )
        })
        .filter(|(_, count)| *count > 0)
        .map(|(category, count)| format!("{count} {category}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn today(today: &Today) -> String {
    let mut out = String::new();
    let _ = write!(out, "{}", long_date(today.date));
    match today.day {
        ..0 => {
            let days = -today.day;
            let plural = if days == 1 { "" } else { "s" };
            let _ = writeln!(
                out,
                " · {days} day{plural} before session {}",
                today.session
            );
        }
        day => {
            let _ = writeln!(out, " · session {} · day {day}", today.session);
        }
    }
    let sections = [
        ("Allowed again from today", State::AllowedToday),
        ("Avoid", State::Avoid),
        ("Do", State::Do),
        ("Allowed again", State::Allowed),
    ];
    for (heading, state) in sections {
        let items: Vec<&TodayItem> = today
            .items
            .iter()
            .filter(|item| item.state == state)
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{heading}");
        for item in items {
            let new = if item.new && state != State::AllowedToday {
                " (new today)"
            } else {
                ""
            };
            let until = match item.until {
                Some(until) if until == today.date => " (last day today)".to_string(),
                Some(until) => format!(" (through {})", short_date(until)),
                None => String::new(),
            };
            let _ = writeln!(out, "  • {}{until}{new}", item.title);
            if !item.body.is_empty() {
                let _ = writeln!(out, "    {}", item.body);
            }
        }
    }
    if today.items.is_empty() {
        let _ = writeln!(out, "\nNothing to do today.");
    }
    out.push('\n');
    match &today.next_change {
        Some(change) => {
            let _ = writeln!(
                out,
                "Next change: {} ({}, session {} day {}): {}",
                in_days(change.in_days),
                short_date(change.date),
                change.session,
                change.day,
                change.titles.join("; ")
            );
        }
        None => {
            let _ = writeln!(out, "Next change: none planned");
        }
    }
    if let Some(next) = &today.next_session {
        let _ = writeln!(
            out,
            "Next session: session {} on {} at {} ({}), {}",
            next.session,
            short_date(next.start.date()),
            next.start.format("%H:%M"),
            next.zone,
            in_days(next.in_days)
        );
    }
    out
}

fn in_days(days: i64) -> String {
    match days {
        1 => "tomorrow".to_string(),
        days => format!("in {days} days"),
    }
}

fn long_date(date: NaiveDate) -> impl std::fmt::Display {
    date.format("%A %-d %B %Y")
}

fn short_date(date: NaiveDate) -> impl std::fmt::Display {
    date.format("%a %-d %b")
}

/// Each day's clear-sky peak and the hours to protect the scalp, and what the figures are.
pub(crate) fn sun(place: &Place, city: Option<&City>, zone: Tz, days: &[SunDay]) -> String {
    let mut out = format!(
        "Clear-sky UV index in {} · times in {zone}\n\n",
        place_name(place, city)
    );
    for day in days {
        let _ = write!(
            out,
            "{}  peak {:>4.1} at {}  ",
            day.date.format("%a %e %b %Y"),
            day.peak,
            day.peak_at.format("%H:%M")
        );
        let _ = match day.window {
            // A window cut at the day's end closes at the next day's first instant.
            Some(window) if window.closes.date_naive() > day.date => {
                writeln!(out, "protect {}–24:00", window.opens.format("%H:%M"))
            }
            Some(window) => writeln!(
                out,
                "protect {}–{}",
                window.opens.format("%H:%M"),
                window.closes.format("%H:%M")
            ),
            None => writeln!(out, "UV stays below {PROTECT_FROM}"),
        };
    }
    let _ = writeln!(
        out,
        "\nA clear-sky estimate: clouds lower it, snow and altitude raise it. Protect your scalp \
         at UV {PROTECT_FROM} and above."
    );
    out
}

/// The same days for scripts: the place, the zone, and each day with RFC 3339 instants.
pub(crate) fn sun_json(place: &Place, city: Option<&City>, zone: Tz, days: &[SunDay]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        place: &'a Place,
        city: Option<&'a str>,
        zone: Tz,
        days: &'a [SunDay],
    }
    json(&Report {
        place,
        city: city.map(|city| city.name.as_str()),
        zone,
        days,
    })
}

/// "London (51.51°N, 0.13°W)", or the coordinates alone; the elevation when it is not sea level.
fn place_name(place: &Place, city: Option<&City>) -> String {
    let hemisphere = |value: f64, positive: char, negative: char| {
        format!(
            "{:.2}°{}",
            value.abs(),
            if value < 0.0 { negative } else { positive }
        )
    };
    let mut coordinates = format!(
        "{}, {}",
        hemisphere(place.latitude(), 'N', 'S'),
        hemisphere(place.longitude(), 'E', 'W')
    );
    if place.elevation() != 0.0 {
        let _ = write!(coordinates, ", {} m", place.elevation());
    }
    match city {
        Some(city) => format!("{} ({coordinates})", city.name),
        None => coordinates,
    }
}

pub(crate) fn reminders(reminders: &[StoredReminder]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:>6}  {:<21}  {:<9}  {:<9}  {:<32}  TITLE",
        "ID", "WHEN", "CATEGORY", "STATE", "KEY"
    );
    for stored in reminders {
        let when = stored.snoozed_until.map_or(stored.reminder.local, |until| {
            until
                .with_timezone(&stored.reminder.at.timezone())
                .naive_local()
        });
        let _ = writeln!(
            out,
            "{:>6}  {}  {:<9}  {:<9}  {:<32}  {}",
            stored.id,
            when.format("%a %e %b %Y %H:%M"),
            stored.reminder.category,
            stored.state.as_str(),
            stored.reminder.key,
            stored.reminder.title
        );
    }
    if reminders.is_empty() {
        out.push_str("(none)\n");
    }
    out
}

pub(crate) fn state_change(stored: &StoredReminder) -> String {
    match stored.snoozed_until {
        Some(until) => format!(
            "{}: snoozed until {}\n",
            stored.reminder.title,
            until
                .with_timezone(&stored.reminder.at.timezone())
                .format("%a %e %b %H:%M")
        ),
        None => format!("{}: {}\n", stored.reminder.title, stored.state.as_str()),
    }
}

pub(crate) fn changes(changes: &Changes) -> String {
    format!(
        "{} added, {} updated, {} removed",
        changes.added, changes.updated, changes.removed
    )
}

pub(crate) fn sessions(sessions: &[Session]) -> String {
    let mut out = String::new();
    for (i, session) in sessions.iter().enumerate() {
        let _ = writeln!(
            out,
            "Session {}: {} ({})",
            i + 1,
            session.start().format("%a %-d %b %Y %H:%M"),
            session.zone()
        );
    }
    if sessions.is_empty() {
        out.push_str("No sessions yet.\n");
    }
    out
}

pub(crate) fn preferences(preferences: &Preferences) -> String {
    let policy = match preferences.zone_policy {
        ZonePolicy::Follow => "follow the device's zone",
        ZonePolicy::Home => "keep the home zone",
    };
    let muted: Vec<&str> = preferences.muted.iter().map(Category::as_str).collect();
    let sun = match (preferences.sun_place(), &preferences.place) {
        (Some((name, _)), None) => format!("{name} (the main city of the zone followed)"),
        (Some((name, _)), Some(_)) => name,
        (None, _) => "none: the zone followed has no city; choose one with --city".to_string(),
    };
    format!(
        "Reminder time: {}\nQuiet hours:   {}\nZones:         {policy} (home {}, device {}; reminders follow {})\nMuted:         {}\nSun over:      {sun}, {} m up\n",
        preferences.reminder_time.format("%H:%M"),
        preferences
            .quiet
            .map_or_else(|| "off".to_string(), |q| q.to_string()),
        preferences.home_zone,
        preferences.device_zone,
        preferences.zone(),
        if muted.is_empty() {
            "none".to_string()
        } else {
            muted.join(", ")
        },
        preferences.elevation,
    )
}

pub(crate) fn journal(notes: &[Note]) -> String {
    let mut out = String::new();
    for note in notes {
        let _ = writeln!(
            out,
            "{:>4}  {}  {}",
            note.id,
            short_date(note.entry.date),
            note.entry.note
        );
    }
    if notes.is_empty() {
        out.push_str("No notes yet.\n");
    }
    out
}

pub(crate) fn happened(happened: &Happened) -> String {
    let time = |at: chrono::DateTime<chrono::Utc>| {
        at.with_timezone(&chrono::Local)
            .format("%a %e %b %H:%M")
            .to_string()
    };
    match happened {
        Happened::Shown(notifications) => notifications
            .iter()
            .map(|n| format!("{}  shown: {}  [{}]", time(n.at), n.title, n.key))
            .collect::<Vec<_>>()
            .join("\n"),
        Happened::Done(n) => format!("done: {}  [{}]", n.title, n.key),
        Happened::Snoozed(n, until) => {
            format!("snoozed until {}: {}  [{}]", time(*until), n.title, n.key)
        }
        Happened::Failed(why) => format!("could not deliver: {why}"),
    }
}

/// What a shared protocol would change, before the client accepts it.
pub(crate) fn differences(incoming: &Protocol, differences: &[Difference]) -> String {
    let mut out = format!("\"{}\" {}", incoming.name, incoming.version);
    if let Some(studio) = &incoming.studio {
        let _ = write!(out, " from {}", studio.name);
        if let Some(contact) = &studio.contact {
            let _ = write!(out, " ({contact})");
        }
    }
    out.push('\n');
    if differences.is_empty() {
        out.push_str("It is the protocol you follow already: nothing to change.\n");
        return out;
    }
    let _ = writeln!(out, "{} differences from yours:", differences.len());
    for difference in differences {
        let _ = match (&difference.before, &difference.after) {
            (Some(before), Some(after)) => {
                writeln!(out, "  {}: {before} -> {after}", difference.what)
            }
            (None, Some(after)) => writeln!(out, "  {}: {after}", difference.what),
            (Some(before), None) => writeln!(out, "  {} (was: {before})", difference.what),
            (None, None) => writeln!(out, "  {}", difference.what),
        };
    }
    out
}

/// A check-in and its advice: whom to contact, why, then what to do.
pub(crate) fn assessed(assessed: &Assessed) -> String {
    let mut out = String::new();
    let when = match (assessed.session, assessed.day) {
        (Some(session), Some(day)) => format!(" · session {session}, day {day}"),
        _ => String::new(),
    };
    let _ = writeln!(out, "{}{when}", long_date(assessed.check_in.date));
    let advice = &assessed.advice;
    let _ = writeln!(out, "  {}", advice.heading);
    for reason in &advice.reasons {
        let _ = writeln!(out, "  - {reason}");
    }
    let _ = writeln!(out, "  {}\n", advice.message);
    out
}

pub(crate) fn photos(photos: &[PhotoInfo]) -> String {
    if photos.is_empty() {
        return "No photos yet: add one with `aftercare journal photo add FILE`.\n".into();
    }
    let mut out = String::new();
    for photo in photos {
        let _ = writeln!(
            out,
            "{:>4}  {}  {}  {} KiB",
            photo.id,
            short_date(photo.date),
            photo.mime,
            photo.size.div_ceil(1024)
        );
    }
    out
}

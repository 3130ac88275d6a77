//! How the CLI prints: the plan as a table, today as a checklist, JSON for scripts.

use std::fmt::Write as _;

use aftercare_core::protocol::Category;
use aftercare_core::today::{State, TodayItem};
use aftercare_core::{Problem, Protocol, Reminder, Settings, Shift, Today};
use chrono::NaiveDate;
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

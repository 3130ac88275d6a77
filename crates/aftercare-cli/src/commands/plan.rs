//! `plan` and `today`: a treatment's reminders as a table, and one day's checklist.

use std::fmt::Write as _;
use std::path::Path;

use aftercare_core::protocol::Category;
use aftercare_core::today::{State, TodayItem};
use aftercare_core::{
    Protocol, QuietHours, Reminder, Session, Settings, Shift, Today, Treatment, parse,
};
use clap::Args;

use super::protocol::load_protocol;
use crate::error::Error;
use crate::machine::{self, now, open};
use crate::render::{self, long_date, short_date};

/// Print every reminder of a treatment: prep, daily steps, milestones, sun, check-ins.
#[derive(Debug, Args)]
pub(crate) struct PlanArgs {
    #[command(flatten)]
    treatment: TreatmentArgs,
    #[command(flatten)]
    timing: TimingArgs,
    /// Print a JSON array of reminders instead of a table.
    #[arg(long)]
    json: bool,
}

/// Print one day's checklist and what changes next.
#[derive(Debug, Args)]
pub(crate) struct TodayArgs {
    #[command(flatten)]
    treatment: TreatmentArgs,
    /// The day to show (default: today in the zone).
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    #[arg(long)]
    json: bool,
}

// No doc comments on the two groups below: clap would take them for the help of the commands
// they are flattened into.
#[derive(Debug, Args)]
struct TreatmentArgs {
    /// A session's local start; repeat for each session, in order (default: the stored sessions).
    #[arg(long = "session", value_name = "YYYY-MM-DDTHH:MM")]
    sessions: Vec<String>,
    /// IANA zone of the sessions and of the reminders (default: this machine's, or `TZ`).
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
    /// A bundled protocol (`seed`, `strict`) or a protocol file (default: the stored one).
    #[arg(long, value_name = "FILE|seed|strict")]
    protocol: Option<String>,
}

#[derive(Debug, Args)]
struct TimingArgs {
    /// Time of the morning digest and of morning reminders (default: the stored setting, 09:00).
    #[arg(long, value_name = "HH:MM")]
    reminder_time: Option<String>,
    /// No reminders inside this daily window; they wait until it ends.
    #[arg(long, value_name = "HH:MM-HH:MM")]
    quiet: Option<String>,
}

pub(crate) fn plan(args: &PlanArgs, db: Option<&Path>) -> Result<String, Error> {
    let (protocol, treatment, mut settings) = args.treatment.load(db)?;
    args.timing.apply(&mut settings)?;
    let reminders = aftercare_core::reminders_for(&treatment, &protocol, &settings);
    Ok(if args.json {
        render::json(&reminders)
    } else {
        table(&protocol, &settings, &reminders)
    })
}

pub(crate) fn today(args: &TodayArgs, db: Option<&Path>) -> Result<String, Error> {
    let (protocol, treatment, settings) = args.treatment.load(db)?;
    let date = args.date.as_deref().map_or_else(
        || Ok(now().with_timezone(&settings.zone).date_naive()),
        parse::date,
    )?;
    let today = aftercare_core::today(&treatment, &protocol, date);
    Ok(if args.json {
        render::json(&today)
    } else {
        checklist(&today)
    })
}

impl TreatmentArgs {
    /// The treatment from `--session` (nothing stored is touched) or else from the store, with
    /// the protocol and settings that go with it.
    fn load(&self, db: Option<&Path>) -> Result<(Protocol, Treatment, Settings), Error> {
        let chosen = self.protocol.as_deref().map(load_protocol).transpose()?;
        if self.sessions.is_empty() {
            let store = open(db)?;
            let (treatment, stored) = store.treatment()?.ok_or(Error::NoSessions)?;
            let (treatment, protocol) = match chosen {
                // Another protocol: the rules pushed back may not exist in it.
                Some(protocol) => (
                    Treatment::new(treatment.sessions().to_vec(), &protocol)?,
                    protocol,
                ),
                None => (treatment, stored),
            };
            let mut settings = store.preferences()?.settings();
            if let Some(zone) = &self.tz {
                settings.zone = parse::zone(zone)?;
            }
            return Ok((protocol, treatment, settings));
        }
        let zone = match &self.tz {
            Some(name) => parse::zone(name)?,
            None => machine::zone()?,
        };
        let protocol = chosen.unwrap_or_else(Protocol::seed);
        let sessions = self
            .sessions
            .iter()
            .map(|start| Session::new(parse::local(start)?, zone))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((
            protocol.clone(),
            Treatment::new(sessions, &protocol)?,
            Settings::new(zone),
        ))
    }
}

impl TimingArgs {
    fn apply(&self, settings: &mut Settings) -> Result<(), Error> {
        if let Some(time) = &self.reminder_time {
            settings.reminder_time = parse::time(time)?;
        }
        if let Some(quiet) = &self.quiet {
            settings.quiet = Some(quiet.parse::<QuietHours>()?);
        }
        Ok(())
    }
}

/// Where the REMINDER column starts: the widths of the columns before it, and their gaps.
const INDENT: &str = "                                                  ";

fn table(protocol: &Protocol, settings: &Settings, reminders: &[Reminder]) -> String {
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

fn checklist(today: &Today) -> String {
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

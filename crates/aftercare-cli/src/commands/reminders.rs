//! The stored reminders: `reminders` lists them, `done` and `snooze` answer one, `remind` shows
//! them on the desktop as they come due.

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use aftercare_core::Snooze;
use aftercare_notify::desktop::{Happened, Reminders};
use aftercare_store::{Store, StoredReminder};
use clap::Args;

use crate::error::Error;
use crate::machine::now;
use crate::render;

/// List the stored reminders with their ids and states.
#[derive(Debug, Args)]
pub(crate) struct RemindersArgs {
    /// Only those whose time has come and that are not done.
    #[arg(long)]
    due: bool,
    #[arg(long)]
    json: bool,
}

/// Mark a reminder done, by its key.
#[derive(Debug, Args)]
pub(crate) struct DoneArgs {
    key: String,
}

/// Put a reminder off, by its key: `hour`, `evening` (19:00), `tomorrow` (the reminder
/// time), or a duration such as 30m, 2h or 1d. Quiet hours are respected.
#[derive(Debug, Args)]
pub(crate) struct SnoozeArgs {
    key: String,
    until: String,
}

/// Show reminders as desktop notifications while this runs (Linux): what came due while
/// nothing ran is shown within its grace period, the rest is recorded as missed.
#[derive(Debug, Args)]
pub(crate) struct RemindArgs {}

pub(crate) fn list(args: &RemindersArgs, store: &Store) -> Result<String, Error> {
    let reminders = if args.due {
        store.due(now())?
    } else {
        store.reminders()?
    };
    Ok(if args.json {
        render::json(&reminders)
    } else {
        table(&reminders)
    })
}

pub(crate) fn done(args: &DoneArgs, store: &mut Store) -> Result<String, Error> {
    Ok(state_change(&store.mark_done(&args.key, now())?))
}

pub(crate) fn snooze(args: &SnoozeArgs, store: &mut Store) -> Result<String, Error> {
    let now = now();
    let until = Snooze::parse(&args.until)?.until(now, &store.preferences()?.settings())?;
    Ok(state_change(&store.snooze(&args.key, until, now)?))
}

/// Keeps the reminders on the desktop until interrupted, telling the terminal what happens.
pub(crate) fn remind(store: Store) -> Result<String, Error> {
    let store = Arc::new(Mutex::new(store));
    let reminders = Reminders::start(store, |event| {
        println!("{}", happened(&event));
    })?;
    println!("Reminding; leave this running (Ctrl-C to stop).");
    reminders.wait();
    Ok(String::new())
}

fn table(reminders: &[StoredReminder]) -> String {
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

fn state_change(stored: &StoredReminder) -> String {
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

fn happened(happened: &Happened) -> String {
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

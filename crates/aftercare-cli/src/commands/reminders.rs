//! The stored reminders: `reminders` lists them, `done` and `snooze` answer one, `remind` shows
//! them on the desktop as they come due.

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use aftercare_core::locale::Value;
use aftercare_core::{Locale, Snooze};
use aftercare_notify::Notification;
use aftercare_notify::desktop::{Happened, Reminders};
use aftercare_store::{State, Store, StoredReminder};
use clap::Args;

use crate::error::Error;
use crate::machine::{now, speaking};
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

pub(crate) fn list(
    args: &RemindersArgs,
    store: &Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let reminders = if args.due {
        store.due(now())?
    } else {
        store.reminders()?
    };
    Ok(if args.json {
        render::json(&reminders)
    } else {
        table(&reminders, speaking(store, lang)?)
    })
}

pub(crate) fn done(
    args: &DoneArgs,
    store: &mut Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let done = store.mark_done(&args.key, now())?;
    Ok(state_change(&done, speaking(store, lang)?))
}

pub(crate) fn snooze(
    args: &SnoozeArgs,
    store: &mut Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let now = now();
    let until = Snooze::parse(&args.until)?.until(now, &store.preferences()?.settings())?;
    let snoozed = store.snooze(&args.key, until, now)?;
    Ok(state_change(&snoozed, speaking(store, lang)?))
}

/// Keeps the reminders on the desktop until interrupted, telling the terminal what happens.
pub(crate) fn remind(store: Store, lang: Option<Locale>) -> Result<String, Error> {
    let locale = speaking(&store, lang)?;
    let store = Arc::new(Mutex::new(store));
    let reminders = Reminders::start(store, move |event| {
        println!("{}", happened(&event, locale));
    })?;
    print!("{}", render::line(locale, "cli-reminding", []));
    reminders.wait();
    Ok(String::new())
}

fn table(reminders: &[StoredReminder], locale: Locale) -> String {
    if reminders.is_empty() {
        return render::line(locale, "cli-reminders-none", []);
    }
    let rows: Vec<[String; 6]> = reminders
        .iter()
        .map(|stored| {
            let when = stored.snoozed_until.map_or(stored.reminder.local, |until| {
                until
                    .with_timezone(&stored.reminder.at.timezone())
                    .naive_local()
            });
            [
                stored.id.to_string(),
                locale.dated_time(when),
                stored.reminder.category.to_string(),
                state(locale, stored.state),
                stored.reminder.key.clone(),
                stored.reminder.title.clone(),
            ]
        })
        .collect();
    let heading = [
        "ID".to_string(),
        locale.text("cli-plan-when"),
        locale.text("cli-plan-category"),
        locale.text("cli-reminders-state"),
        locale.text("cli-reminders-key"),
        locale.text("cli-plan-reminder"),
    ];
    let width = |column: usize| {
        rows.iter()
            .chain([&heading])
            .map(|row| row[column].chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..5).map(width).collect();
    let mut out = String::new();
    for row in [&heading].into_iter().chain(&rows) {
        let _ = write!(out, "{:>w$}", row[0], w = widths[0]);
        for (column, cell) in row.iter().enumerate().take(5).skip(1) {
            let _ = write!(out, "  {cell:<w$}", w = widths[column]);
        }
        let _ = writeln!(out, "  {}", row[5]);
    }
    out
}

fn state(locale: Locale, state: State) -> String {
    locale.text_with("cli-state", [("state", state.as_str().into())])
}

fn state_change(stored: &StoredReminder, locale: Locale) -> String {
    let title = ("title", stored.reminder.title.as_str().into());
    if let Some(until) = stored.snoozed_until {
        let until = until.with_timezone(&stored.reminder.at.timezone());
        let time = ("time", locale.day_time(until.naive_local()).into());
        render::line(locale, "cli-snoozed-until", [title, time])
    } else {
        let state = ("state", state(locale, stored.state).into());
        render::line(locale, "cli-state-change", [title, state])
    }
}

fn happened(happened: &Happened, locale: Locale) -> String {
    let time = |at: chrono::DateTime<chrono::Utc>| {
        locale
            .day_time(at.with_timezone(&chrono::Local).naive_local())
            .into()
    };
    let said = |id, n: &Notification, more: Option<(&'static str, Value<'static>)>| {
        let mut args = vec![
            ("title", n.title.clone().into()),
            ("key", n.key.clone().into()),
        ];
        args.extend(more);
        locale.text_with(id, args)
    };
    match happened {
        Happened::Shown(notifications) => notifications
            .iter()
            .map(|n| said("cli-remind-shown", n, Some(("time", time(n.at)))))
            .collect::<Vec<_>>()
            .join("\n"),
        Happened::Done(n) => said("cli-remind-done", n, None),
        Happened::Snoozed(n, until) => said("cli-remind-snoozed", n, Some(("time", time(*until)))),
        Happened::Failed(why) => {
            locale.text_with("cli-remind-failed", [("detail", why.clone().into())])
        }
    }
}

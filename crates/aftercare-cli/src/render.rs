//! How the CLI prints what several commands share: JSON for scripts, changed reminders, dates.

use aftercare_store::Changes;
use chrono::NaiveDate;
use serde::Serialize;

pub(crate) fn json(value: &impl Serialize) -> String {
    let mut out = serde_json::to_string_pretty(value).expect("engine output is plain data");
    out.push('\n');
    out
}

pub(crate) fn changes(changes: &Changes) -> String {
    format!(
        "{} added, {} updated, {} removed",
        changes.added, changes.updated, changes.removed
    )
}

pub(crate) fn long_date(date: NaiveDate) -> impl std::fmt::Display {
    date.format("%A %-d %B %Y")
}

pub(crate) fn short_date(date: NaiveDate) -> impl std::fmt::Display {
    date.format("%a %-d %b")
}

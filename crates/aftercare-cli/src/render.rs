//! How the CLI prints what several commands share: JSON for scripts, changed reminders.

use aftercare_store::Changes;
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

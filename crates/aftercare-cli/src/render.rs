//! How the CLI prints what several commands share: JSON for scripts, changed reminders.

use aftercare_core::Locale;
use aftercare_core::locale::Value;
use aftercare_store::Changes;
use serde::Serialize;

pub(crate) fn json(value: &impl Serialize) -> String {
    let mut out = serde_json::to_string_pretty(value).expect("engine output is plain data");
    out.push('\n');
    out
}

/// One line of output from the catalog.
pub(crate) fn line<'a, const N: usize>(
    locale: Locale,
    id: &str,
    args: [(&'a str, Value<'a>); N],
) -> String {
    format!("{}\n", locale.text_with(id, args))
}

/// `Reminders: 3 added, 0 updated, 1 removed`, a line.
pub(crate) fn reminders_changed(changes: &Changes, locale: Locale) -> String {
    let changes = ("changes", self::changes(changes, locale).into());
    line(locale, "cli-reminders-changed", [changes])
}

/// `3 added, 0 updated, 1 removed`.
pub(crate) fn changes(changes: &Changes, locale: Locale) -> String {
    locale.text_with(
        "cli-changes",
        [
            ("added", changes.added.into()),
            ("updated", changes.updated.into()),
            ("removed", changes.removed.into()),
        ],
    )
}

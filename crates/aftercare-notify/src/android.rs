//! Notifications as tauri-plugin-notification's Android code reads them (its Kotlin
//! `Notification`): the arguments of its `batch` and `show` commands. Built on every platform, so
//! that the tests and the JVM harness (`tests/mobile/plugin`) read exactly what the app sends.
//!
//! Written for the plugin as it is (2.8.0, `android/src/main/java/` in the crate), not as its
//! documentation reads:
//! - `batch` keeps `request.sourceJson.toString()` for its boot receiver, which reads it back
//!   with a plain `ObjectMapper` after a reboot: unset, it keeps the string "null" and re-arms
//!   nothing. So `sourceJson` holds the notification's own JSON, schedule included, with only
//!   fields the Kotlin class has (a plain mapper refuses any other).
//! - The tap and action intents carry `notification.sourceJson`, which the plugin parses into the
//!   action event's `notification`: the only way Done or "In an hour" says which reminder it was
//!   for. A notification re-armed after a reboot is that stored JSON read back, so the stored JSON
//!   carries a `sourceJson` of its own, one level down. A later reboot reads the same, except for
//!   a notification whose time passed while the phone was off: the boot receiver fires it 15
//!   seconds on and keeps its read-back copy's `sourceJson` instead, one level fewer. Hence
//!   [`QUICK_REBOOTS`] levels more.
//! - `allowWhileIdle` false gives alarms that sleep through Doze until something else wakes the
//!   phone; true gives wake-up alarms, exact where the app may schedule exact alarms.
//! - Dates are read with the pattern `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`, in UTC.

use serde_json::{Map, Value, json};

use crate::Notification;

/// The action type every reminder carries: Done, and put off for an hour.
pub const ACTIONS: &str = "reminder";

/// How many reboots in a row, each within 15 seconds of the one before (before the boot receiver's
/// re-armed notification fired), a notification survives with buttons that name its reminder.
/// It is still shown after one more; each level costs its JSON once more, escaped.
pub const QUICK_REBOOTS: usize = 3;

/// The arguments of the plugin's `batch` command: notifications to show at their time, kept for
/// the boot receiver.
pub fn batch(notifications: &[Notification]) -> Value {
    let notifications: Vec<Value> = notifications
        .iter()
        .map(|n| carrying_itself(&fields(n, true)))
        .collect();
    json!({ "notifications": notifications })
}

/// The arguments of the plugin's `show` command: a notification shown now.
pub fn show(notification: &Notification) -> Value {
    carrying_itself(&fields(notification, false))
}

fn fields(notification: &Notification, scheduled: bool) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("id".into(), notification.id.into());
    fields.insert("title".into(), notification.title.clone().into());
    fields.insert("body".into(), notification.body.clone().into());
    fields.insert("channelId".into(), notification.category.as_str().into());
    fields.insert("actionTypeId".into(), ACTIONS.into());
    // A tap opens the app, whose Today has the steps: the notification has done its work.
    fields.insert("autoCancel".into(), true.into());
    if scheduled {
        let date = notification.at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
        fields.insert(
            "schedule".into(),
            json!({ "at": { "date": date, "repeating": false, "allowWhileIdle": true } }),
        );
    }
    fields
}

/// The notification with its own JSON in `sourceJson`, which in turn carries it once more, and so
/// on [`QUICK_REBOOTS`] levels down: what each reboot reads back must itself carry the JSON the
/// action intents need and the boot receiver keeps next.
fn carrying_itself(fields: &Map<String, Value>) -> Value {
    let mut level = fields.clone();
    for _ in 0..=QUICK_REBOOTS {
        let mut outer = fields.clone();
        outer.insert("sourceJson".into(), Value::Object(level).to_string().into());
        level = outer;
    }
    Value::Object(level)
}

#[cfg(test)]
mod tests {
    use aftercare_core::{Category, Locale};

    use super::*;

    fn reminder() -> Notification {
        Notification {
            id: 42,
            key: "2026-03-05/wash-ok/4".into(),
            category: Category::Milestone,
            at: "2026-03-09T09:00:00Z".parse().expect("a valid instant"),
            title: "You may wash your scalp again".into(),
            body: "Gently, with a \"sulfate-free\" shampoo.".into(),
            locale: Locale::default(),
        }
    }

    fn source(value: &Value) -> Value {
        serde_json::from_str(
            value["sourceJson"]
                .as_str()
                .expect("sourceJson is a string"),
        )
        .expect("sourceJson is JSON")
    }

    #[test]
    fn what_each_quick_reboot_keeps_reads_back_as_the_notification_and_names_it_for_its_buttons() {
        let sent = &batch(&[reminder()])["notifications"][0];
        let without = |value: &Value| {
            let mut value = value.clone();
            value
                .as_object_mut()
                .expect("an object")
                .remove("sourceJson");
            value
        };
        // `batch` keeps the sent `sourceJson`; each reboot before the re-armed one fired keeps
        // what it read back's `sourceJson`.
        let mut kept = source(sent);
        for reboot in 1..=QUICK_REBOOTS {
            assert_eq!(
                without(&kept),
                without(sent),
                "reboot {reboot} reads back the notification, schedule included"
            );
            kept = source(&kept);
            assert_eq!(
                kept["id"], 42,
                "after reboot {reboot}, a button still names the reminder"
            );
        }
        assert_eq!(
            without(&kept),
            without(sent),
            "one more reboot still shows the notification"
        );
        assert_eq!(
            kept["schedule"]["at"],
            json!({ "date": "2026-03-09T09:00:00.000Z", "repeating": false, "allowWhileIdle": true }),
            "in the plugin's date pattern, as a wake-up alarm"
        );
    }

    #[test]
    fn a_notification_shown_now_has_no_schedule_but_carries_itself_for_its_actions() {
        let shown = show(&reminder());
        assert!(shown.get("schedule").is_none(), "shown at once");
        assert_eq!(
            source(&shown)["id"],
            42,
            "an action on it names the reminder"
        );
    }
}

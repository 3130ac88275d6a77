//! What the app hands tauri-plugin-notification on Android, as the plugin reads it back: the
//! payloads are written for the JVM harness (`tests/mobile/plugin/run.py`), which runs the
//! plugin's own Kotlin on them, and the action event the plugin emits is read here by the
//! plugin's own Rust types, as the app's action handler reads it.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use aftercare_core::{Category, Locale};
use aftercare_notify::{Notification, android};
use serde_json::{Value, json};

/// Reminders of every category (in `Category::ALL`'s order), with texts that JSON, Java strings and org.json must all keep.
fn reminders() -> Vec<Notification> {
    let texts = [
        (
            "You may wash your scalp again",
            "With a \"sulfate-free\" shampoo,\nnot hot.",
        ),
        ("Aftercare: today's steps", "Keep your scalp dry"),
        (
            "Cut your hair today",
            "Not tomorrow morning: İstanbul, São Paulo, 東京 ☀",
        ),
        (
            "Protect your scalp from the sun",
            "UV 3 or more from 10:42 to 15:31 \\ a clear-sky estimate",
        ),
        (
            "Yearly check: is your SMP fading?",
            "{\"not\": \"json\"} </script>",
        ),
    ];
    Category::ALL
        .iter()
        .zip(texts)
        .enumerate()
        .map(|(i, (category, (title, body)))| Notification {
            id: i32::try_from(i).unwrap() * 1000 + 7,
            key: format!("2026-03-05/{}/{i}", category.as_str()),
            category: *category,
            at: format!("2026-03-{:02}T09:{:02}:00Z", 5 + i, i * 7)
                .parse()
                .unwrap(),
            title: title.into(),
            body: body.into(),
            locale: Locale::default(),
        })
        .collect()
}

/// The notification the event carries: `handleNotificationActionPerformed` parses the intent's
/// `sourceJson` into it.
fn action_event(source_json: &str, action: &str) -> Value {
    json!({
        "actionId": action,
        "inputValue": null,
        "notification": serde_json::from_str::<Value>(source_json).unwrap(),
    })
}

#[test]
fn the_payloads_are_written_for_the_plugins_own_kotlin() {
    let reminders = reminders();
    let expected: Vec<Value> = reminders
        .iter()
        .map(|n| {
            json!({
                "id": n.id,
                "at": n.at.timestamp_millis(),
                "title": n.title,
                "body": n.body,
                "channel": n.category.as_str(),
                "actions": android::ACTIONS,
            })
        })
        .collect();
    let payloads = json!({
        "batch": android::batch(&reminders),
        "show": reminders.iter().map(android::show).collect::<Vec<_>>(),
        "expected": expected,
        "quickReboots": android::QUICK_REBOOTS,
    });
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("android-notifications.json");
    std::fs::write(&path, serde_json::to_string_pretty(&payloads).unwrap()).unwrap();
    assert_eq!(
        payloads["batch"]["notifications"].as_array().unwrap().len(),
        reminders.len(),
        "one notification per reminder, written to {}",
        path.display()
    );
}

#[test]
fn an_action_on_an_android_notification_names_its_reminder_before_and_after_quick_reboots() {
    for sent in android::batch(&reminders())["notifications"]
        .as_array()
        .unwrap()
    {
        let id = sent["id"].as_i64().unwrap();
        // Before a reboot, the intent carries what `batch` was given; after each reboot that
        // re-armed it as past due, what the boot receiver read back from what was kept.
        let mut source_json = sent["sourceJson"].as_str().unwrap().to_string();
        for reboots in 0..=android::QUICK_REBOOTS {
            let performed: tauri_plugin_notification::ActionPerformed =
                serde_json::from_value(action_event(&source_json, "done")).unwrap();
            assert_eq!(
                (
                    performed.action_id(),
                    performed.notification().map(|n| i64::from(n.id()))
                ),
                ("done", Some(id)),
                "after {reboots} reboots, Done pressed on {id} reaches the app with its id"
            );
            let kept: Value = serde_json::from_str(&source_json).unwrap();
            if reboots < android::QUICK_REBOOTS {
                source_json = kept["sourceJson"].as_str().unwrap().to_string();
            }
        }
    }
}

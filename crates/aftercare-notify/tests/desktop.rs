//! The desktop notifier against a real D-Bus notification server, on a private session bus:
//! what is due is shown with its text, the timer shows what comes due while it runs, and an
//! action pressed on a notification reaches the app.

#![cfg(target_os = "linux")]
#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

mod support;

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aftercare_core::{Category, Locale, Session};
use aftercare_notify::desktop::{Events, Happened, Reminders, Timer};
use aftercare_notify::{Action, Notification, Notifier, Occasion, sync};
use aftercare_store::Store;
use chrono::{DateTime, TimeDelta, Timelike, Utc};
use support::{Bus, is_child, serve};

#[expect(
    clippy::disallowed_methods,
    reason = "the timer under test sleeps on the real clock"
)]
fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Tells the test what the timer reports.
struct Recorder {
    fired: Mutex<Sender<Vec<i32>>>,
    actions: Mutex<Sender<(i32, Action)>>,
}

impl Events for Recorder {
    fn fired(&self, shown: &[i32]) {
        self.fired.lock().unwrap().send(shown.to_vec()).unwrap();
    }

    fn action(&self, notification: &Notification, action: Action) {
        self.actions
            .lock()
            .unwrap()
            .send((notification.id, action))
            .unwrap();
    }
}

/// The timer under test, and what it reports.
struct Running {
    timer: Timer,
    thread: std::thread::JoinHandle<()>,
    fired: Receiver<Vec<i32>>,
    actions: Receiver<(i32, Action)>,
}

fn timer() -> Running {
    let (fired_tx, fired) = channel();
    let (actions_tx, actions) = channel();
    let recorder = Arc::new(Recorder {
        fired: Mutex::new(fired_tx),
        actions: Mutex::new(actions_tx),
    });
    let (timer, thread) = Timer::start(recorder);
    Running {
        timer,
        thread,
        fired,
        actions,
    }
}

/// Presses an action until the notifier reports it. The notifier starts listening for actions
/// a moment after it shows a notification; a person is never that fast.
fn press_until_heard<T>(
    connection: &zbus::Connection,
    id: u32,
    action: &str,
    heard: &Receiver<T>,
) -> Option<T> {
    (0..25).find_map(|_| {
        support::press(connection, id, action);
        heard.recv_timeout(Duration::from_millis(200)).ok()
    })
}

fn run_on_private_bus(child: &str) {
    let bus = Bus::start();
    let output = bus.run_child(child);
    assert!(
        output.status.success() && String::from_utf8_lossy(&output.stdout).contains("1 passed"),
        "{child} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn due_reminders_are_shown_over_dbus_with_their_text() {
    run_on_private_bus("child_due_reminders_are_shown");
}

#[test]
fn the_timer_shows_what_comes_due_and_actions_come_back() {
    run_on_private_bus("child_the_timer_shows_what_comes_due");
}

#[test]
fn notifications_speak_the_language_the_client_chose() {
    run_on_private_bus("child_notifications_speak_spanish");
}

#[test]
fn the_reminders_loop_catches_up_and_acts_on_done() {
    run_on_private_bus("child_the_reminders_loop");
}

/// A store two days into a treatment, entered three days ago and not opened since, with the
/// reminder time half an hour ago: today's digest came due while nothing ran and is within its
/// grace period; what came due days ago is not. Everything is entered before its time, whatever
/// the hour: a reminder that a change puts in the past is over, never due.
fn store_half_an_hour_late(now: DateTime<Utc>) -> Store {
    store_half_an_hour_late_in(now, None)
}

/// The same, with a language chosen from the start.
fn store_half_an_hour_late_in(now: DateTime<Utc>, language: Option<Locale>) -> Store {
    let entered = now - TimeDelta::days(3);
    let mut store = Store::open_in_memory().unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::UTC, entered)
        .unwrap();
    let start = (now - TimeDelta::days(2))
        .date_naive()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    store
        .add_session(Session::new(start, chrono_tz::Tz::UTC).unwrap(), entered)
        .unwrap();
    let mut preferences = store.preferences().unwrap();
    let half_an_hour_ago = (now - TimeDelta::minutes(30)).time();
    preferences.reminder_time = half_an_hour_ago
        .with_second(0)
        .unwrap()
        .with_nanosecond(0)
        .unwrap();
    preferences.show_details = true;
    preferences.language = language;
    store.set_preferences(&preferences, entered).unwrap();
    store
}

#[test]
#[ignore = "run by the_reminders_loop_catches_up_and_acts_on_done on a private bus"]
fn child_the_reminders_loop() {
    assert!(is_child(), "runs only on the private bus its parent starts");
    let (connection, server) = serve();
    let store = Arc::new(Mutex::new(store_half_an_hour_late(now())));
    let (tx, happened) = channel();
    let tx = Mutex::new(tx);
    let reminders = Reminders::start(Arc::clone(&store), move |h| {
        tx.lock().unwrap().send(h).unwrap();
    })
    .unwrap();
    let Happened::Shown(shown) = happened.recv_timeout(Duration::from_secs(5)).unwrap() else {
        panic!("the catch-up is told first");
    };
    assert!(
        !shown.is_empty(),
        "what came due while nothing ran is shown on start"
    );
    let first = server.received.lock().unwrap()[0].clone();
    let key = shown
        .iter()
        .find(|n| n.title == first.summary)
        .unwrap()
        .key
        .clone();
    match press_until_heard(&connection, first.id, "done", &happened) {
        Some(Happened::Done(notification)) => assert_eq!(notification.key, key),
        other => panic!("expected Done, got {other:?}"),
    }
    let state = store.lock().unwrap().reminder(&key).unwrap().state;
    assert_eq!(
        state,
        aftercare_store::State::Done,
        "Done on the notification is stored"
    );
    reminders.stop();
}

#[test]
#[ignore = "run by due_reminders_are_shown_over_dbus_with_their_text on a private bus"]
fn child_due_reminders_are_shown() {
    assert!(is_child(), "runs only on the private bus its parent starts");
    let (_connection, server) = serve();
    let now = now();
    let mut store = store_half_an_hour_late(now);

    let Running {
        timer: mut desktop,
        thread,
        ..
    } = timer();
    let report = sync(&mut store, &mut desktop, now, Occasion::Start).unwrap();
    assert!(
        !report.shown.is_empty(),
        "the digest of half an hour ago is shown late: {report:?}"
    );
    assert!(
        !report.plan.missed.is_empty(),
        "older ones are missed, not shown"
    );

    let received = server.received.lock().unwrap().clone();
    let mut expected: Vec<(String, String)> = report
        .shown
        .iter()
        .map(|id| {
            let stored = store
                .reminders()
                .unwrap()
                .into_iter()
                .find(|r| r.id == *id)
                .unwrap();
            (stored.reminder.title, stored.reminder.body)
        })
        .collect();
    let mut got: Vec<(String, String)> = received
        .iter()
        .map(|r| (r.summary.clone(), r.body.clone()))
        .collect();
    expected.sort();
    got.sort();
    assert_eq!(
        got, expected,
        "exactly the due reminders, with their summary and body"
    );
    assert!(
        received
            .iter()
            .all(|r| r.app_name == "SMP Aftercare" && r.actions.contains(&"done".to_string()))
    );
    let shown_again = sync(&mut store, &mut desktop, now, Occasion::Change).unwrap();
    assert!(
        shown_again.shown.is_empty(),
        "a second sync shows nothing twice"
    );
    assert_eq!(server.received.lock().unwrap().len(), received.len());
    desktop.stop();
    thread.join().unwrap();
}

#[test]
#[ignore = "run by the_timer_shows_what_comes_due_and_actions_come_back on a private bus"]
fn child_the_timer_shows_what_comes_due() {
    assert!(is_child(), "runs only on the private bus its parent starts");
    let (connection, server) = serve();
    let Running {
        timer: mut desktop,
        thread,
        fired,
        actions,
    } = timer();
    let soon = |id: i32, millis: i64| Notification {
        id,
        key: format!("test/{id}"),
        category: Category::Digest,
        at: now() + TimeDelta::milliseconds(millis),
        title: format!("Reminder {id}"),
        body: "Keep your scalp dry".into(),
        locale: Locale::default(),
    };
    let (first, second) = (soon(1, 300), soon(2, 700));
    desktop.schedule(&[second.clone(), first.clone()]).unwrap();
    assert_eq!(
        fired.recv_timeout(Duration::from_secs(5)).unwrap(),
        [1],
        "the earlier one first"
    );
    assert_eq!(fired.recv_timeout(Duration::from_secs(5)).unwrap(), [2]);
    let received = server.received.lock().unwrap().clone();
    assert_eq!(
        received
            .iter()
            .map(|r| r.summary.as_str())
            .collect::<Vec<_>>(),
        ["Reminder 1", "Reminder 2"]
    );
    // The timer lets go of what it showed once its owner has been told (and has recorded it),
    // a moment after `fired`.
    let let_go = (0..250).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        desktop.pending().unwrap().is_empty()
    });
    assert!(let_go, "what was shown is no longer held");

    let cancelled = soon(3, 500);
    desktop.schedule(&[cancelled]).unwrap();
    desktop.cancel(&[3]).unwrap();
    assert!(
        fired.recv_timeout(Duration::from_millis(900)).is_err(),
        "a cancelled one is never shown"
    );

    assert_eq!(
        press_until_heard(&connection, received[0].id, "done", &actions),
        Some((1, Action::Done)),
        "the action reaches the app"
    );
    desktop.stop();
    thread.join().unwrap();
}

#[test]
#[ignore = "run by notifications_speak_the_language_the_client_chose on a private bus"]
fn child_notifications_speak_spanish() {
    assert!(is_child(), "runs only on the private bus its parent starts");
    let (_connection, server) = serve();
    let now = now();
    let mut store = store_half_an_hour_late_in(now, Some("es".parse().unwrap()));
    let Running {
        timer: mut desktop,
        thread,
        ..
    } = timer();
    let report = sync(&mut store, &mut desktop, now, Occasion::Start).unwrap();
    assert!(!report.shown.is_empty(), "today's digest is shown late");
    let received = server.received.lock().unwrap().clone();
    let digest = received
        .iter()
        .find(|r| r.summary.contains("pasos de hoy"))
        .unwrap_or_else(|| panic!("the digest's title is Spanish: {received:?}"));
    // Day 1 or 2, by the hour the test runs at.
    assert!(
        digest.summary.starts_with("Sesión 1 · día "),
        "where the day stands, in Spanish: {}",
        digest.summary
    );
    for label in ["Hecho", "En una hora"] {
        assert!(
            digest.actions.contains(&label.to_string()),
            "the buttons are labelled in Spanish: {:?}",
            digest.actions
        );
    }
    desktop.stop();
    thread.join().unwrap();
}

#[test]
fn a_new_language_gives_the_notifications_already_handed_over_again() {
    let now = now();
    let entered = now;
    let mut store = Store::open_in_memory().unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::UTC, entered)
        .unwrap();
    let start = (now + TimeDelta::days(3))
        .date_naive()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    store
        .add_session(Session::new(start, chrono_tz::Tz::UTC).unwrap(), entered)
        .unwrap();
    let Running {
        timer: mut desktop,
        thread,
        ..
    } = timer();
    sync(&mut store, &mut desktop, now, Occasion::Start).unwrap();
    let held = |desktop: &Timer| {
        let mut held: Vec<_> = desktop
            .pending()
            .unwrap()
            .iter()
            .map(|h| (h.id, h.fingerprint))
            .collect();
        held.sort_unstable();
        held
    };
    let english = held(&desktop);
    assert!(!english.is_empty(), "the coming reminders are handed over");

    let mut preferences = store.preferences().unwrap();
    preferences.language = Some("fr".parse().unwrap());
    store.set_preferences(&preferences, now).unwrap();
    sync(&mut store, &mut desktop, now, Occasion::Change).unwrap();
    let french = held(&desktop);
    let ids = |held: &[(i32, u64)]| held.iter().map(|(id, _)| *id).collect::<Vec<_>>();
    assert_eq!(
        ids(&french),
        ids(&english),
        "the same reminders, under the same ids"
    );
    assert!(
        english
            .iter()
            .zip(&french)
            .all(|(before, after)| before.1 != after.1),
        "every one handed over again, with its text in French"
    );
    let stored = store.reminders().unwrap();
    let digest = stored
        .iter()
        .find(|r| r.reminder.category == Category::Digest)
        .unwrap();
    assert!(
        digest.reminder.title.contains("étapes du jour")
            || digest.reminder.title.contains("Séance"),
        "what is handed over is French: {}",
        digest.reminder.title
    );
    desktop.stop();
    thread.join().unwrap();
}

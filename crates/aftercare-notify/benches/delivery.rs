//! Desktop delivery figures, on a private D-Bus with a test notification server:
//! - the delay from a reminder's due instant to the server receiving it (target: under 1 s);
//! - the timer thread's wake-ups during an idle minute with nothing due (target: 0).
//!
//! Run: `cargo bench -p aftercare-notify --bench delivery` (about 70 seconds: one idle minute).

#![allow(
    clippy::unwrap_used,
    reason = "a benchmark fails loudly on a broken fixture"
)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use aftercare_core::{Category, Locale};
use aftercare_notify::Action;
use aftercare_notify::Notification;
use aftercare_notify::Notifier;
use aftercare_notify::desktop::{Events, Timer};
use chrono::{DateTime, TimeDelta, Utc};

struct Quiet;

impl Events for Quiet {
    fn fired(&self, _shown: &[i32]) {}
    fn action(&self, _notification: &Notification, _action: Action) {}
}

#[expect(
    clippy::disallowed_methods,
    reason = "measuring the real timer on the real clock"
)]
fn now() -> DateTime<Utc> {
    Utc::now()
}

fn notification(id: i32, at: DateTime<Utc>) -> Notification {
    Notification {
        id,
        key: format!("bench/{id}"),
        category: Category::Digest,
        at,
        title: "Today's steps".into(),
        body: "Keep your scalp dry".into(),
        locale: Locale::default(),
    }
}

fn main() {
    // The parent starts a private bus and runs the measurements as its child on it.
    if !support::is_child() {
        let bus = support::Bus::start();
        let output = bus.run_child("");
        drop(bus);
        print!("{}", String::from_utf8_lossy(&output.stdout));
        eprint!("{}", String::from_utf8_lossy(&output.stderr));
        std::process::exit(output.status.code().unwrap_or(1));
    }
    let (_connection, server) = support::serve();
    let (mut timer, thread) = Timer::start(Arc::new(Quiet));

    // Delay: 20 reminders, each due 200 ms after it is handed over.
    let due_in = Duration::from_millis(200);
    let mut delays = Vec::new();
    for id in 1..=20 {
        let handed = Instant::now();
        timer
            .schedule(&[notification(
                id,
                now() + TimeDelta::from_std(due_in).unwrap(),
            )])
            .unwrap();
        let received = loop {
            let found = server
                .received
                .lock()
                .unwrap()
                .iter()
                .find(|r| r.id == id as u32)
                .map(|r| r.at);
            if let Some(at) = found {
                break at;
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        delays.push(received.duration_since(handed).saturating_sub(due_in));
    }
    delays.sort();
    println!(
        "due-to-delivery delay over {} reminders: median {:.1} ms, max {:.1} ms (target: under 1 s)",
        delays.len(),
        delays[delays.len() / 2].as_secs_f64() * 1000.0,
        delays[delays.len() - 1].as_secs_f64() * 1000.0
    );

    // Idle: one reminder due in two minutes, nothing else; count wake-ups over a minute. The
    // change itself wakes the timer once, to look at the new deadline: the minute starts after.
    timer
        .schedule(&[notification(1000, now() + TimeDelta::minutes(2))])
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let before = timer.wakeups();
    std::thread::sleep(Duration::from_mins(1));
    println!(
        "timer wake-ups during an idle minute: {} (target: 0)",
        timer.wakeups() - before
    );
    timer.stop();
    thread.join().unwrap();
}

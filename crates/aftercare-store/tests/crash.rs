//! Crash safety: a child process makes realistic multi-row changes through the store and prints
//! each commit once it is acknowledged; it is killed with SIGKILL at a random moment. Then the
//! database must pass `integrity_check` and hold exactly the state after the last acknowledged
//! commit, or after the one in flight: never less, never half of one.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use aftercare_core::Session;
use aftercare_store::{Snapshot, Store};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, Utc};

/// Trials in one run; `AFTERCARE_CRASH_TRIALS` changes it.
const TRIALS: usize = 300;
const CHILD_DB: &str = "AFTERCARE_CRASH_CHILD_DB";
const CHILD_COMMITS: u64 = 20_000;

fn base_now() -> DateTime<Utc> {
    "2026-03-01T08:00:00Z".parse().unwrap()
}

fn session(date: NaiveDate) -> Session {
    Session::new(
        date.and_time(NaiveTime::from_hms_opt(10, 0, 0).unwrap()),
        chrono_tz::Tz::Europe__London,
    )
    .unwrap()
}

fn day(offset: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 5).unwrap() + TimeDelta::days(offset)
}

fn setup(store: &mut Store) {
    store
        .observe_device_zone(chrono_tz::Tz::Europe__London, base_now())
        .unwrap();
    store.add_session(session(day(0)), base_now()).unwrap();
    store.add_session(session(day(14)), base_now()).unwrap();
}

/// Commit `i`: each one rewrites many reminder rows, or adds a journal row.
fn commit(store: &mut Store, i: u64) {
    let now = base_now() + TimeDelta::minutes(i as i64);
    match i % 3 {
        0 => {
            store
                .move_session(2, session(day(14 + (i % 17) as i64)), now)
                .unwrap();
        }
        1 => {
            let mut preferences = store.preferences().unwrap();
            preferences.reminder_time = NaiveTime::from_hms_opt(6, 0, 0).unwrap()
                + TimeDelta::minutes((i * 7 % 600) as i64);
            store.set_preferences(&preferences, now).unwrap();
        }
        _ => {
            store.add_note(day(1), &format!("commit {i}"), now).unwrap();
        }
    }
}

/// The child: commits forever, printing each acknowledged commit. Run only by the trials below.
#[test]
#[ignore = "the child process of every_acknowledged_commit_survives_sigkill"]
fn crash_child() {
    let Some(path) = std::env::var_os(CHILD_DB) else {
        return;
    };
    let mut store = Store::open(Path::new(&path)).unwrap();
    setup(&mut store);
    // The harness prints "test crash_child ... " first, on the same line.
    println!("\nready");
    // Bounded, so that a child whose parent died stops by itself.
    for i in 1..=CHILD_COMMITS {
        commit(&mut store, i);
        println!("ack {i}");
    }
}

/// The state after `k` commits, replayed once in memory and kept.
struct Expected(Mutex<(Store, Vec<Snapshot>)>);

impl Expected {
    fn new() -> Expected {
        let mut store = Store::open_in_memory().unwrap();
        setup(&mut store);
        let initial = store.export(base_now()).unwrap();
        Expected(Mutex::new((store, vec![initial])))
    }

    fn after(&self, k: usize) -> Snapshot {
        let mut guard = self.0.lock().unwrap();
        let (store, known) = &mut *guard;
        while known.len() <= k {
            commit(store, known.len() as u64);
            known.push(store.export(base_now()).unwrap());
        }
        known[k].clone()
    }
}

/// A small deterministic generator: each trial's kill delay is reproducible from its number.
fn delay_for(trial: usize) -> Duration {
    let mut x = (trial as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 29;
    Duration::from_micros(x % 60_000)
}

fn trial(number: usize, expected: &Expected) -> usize {
    let dir = std::env::temp_dir().join(format!("aftercare-crash-{}-{number}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("aftercare.db");

    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "crash_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DB, &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    // Kill only once the child has set up, so that every trial crashes in the middle of commits.
    assert!(
        lines
            .by_ref()
            .map_while(Result::ok)
            .any(|line| line == "ready"),
        "trial {number}: the child started"
    );
    std::thread::sleep(delay_for(number));
    child.kill().unwrap();
    child.wait().unwrap();
    let acknowledged = lines
        .map_while(Result::ok)
        .filter_map(|line| {
            line.strip_prefix("ack ")
                .map(|n| n.parse::<usize>().unwrap())
        })
        .max()
        .unwrap_or(0);

    let store = Store::open(&path)
        .unwrap_or_else(|e| panic!("trial {number}: the database opens after SIGKILL: {e}"));
    let check: String = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok", "trial {number}: integrity_check after SIGKILL");
    let found = store.export(base_now()).unwrap();
    let committed = expected.after(acknowledged);
    let in_flight = expected.after(acknowledged + 1);
    assert!(
        found == committed || found == in_flight,
        "trial {number}: after {acknowledged} acknowledged commits the database holds neither that state nor the next"
    );
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
    acknowledged
}

#[test]
fn every_acknowledged_commit_survives_sigkill() {
    let trials = std::env::var("AFTERCARE_CRASH_TRIALS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(TRIALS);
    let expected = Expected::new();
    // Two trials at a time: one per core.
    let acknowledged: Vec<usize> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..2)
            .map(|worker| {
                let expected = &expected;
                scope.spawn(move || {
                    (worker..trials)
                        .step_by(2)
                        .map(|n| trial(n, expected))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    assert_eq!(acknowledged.len(), trials);
    let killed_mid_stream = acknowledged.iter().filter(|&&n| n > 0).count();
    assert!(
        killed_mid_stream > trials / 2,
        "most trials must crash after some commits, not before the first"
    );
    println!(
        "{trials} trials, {} commits acknowledged in all, at most {} in one",
        acknowledged.iter().sum::<usize>(),
        acknowledged.iter().max().unwrap()
    );
}

//! How fast the engine answers: the whole timeline of a four-session treatment with years of
//! long-term reminders (target: under 0.5 ms), the first one at a new place (its sun worked out),
//! Today for 1,000 dates (target: under 1 ms), and the sun for 2,000 days.

#![allow(
    clippy::unwrap_used,
    reason = "a test or benchmark fails loudly on a broken fixture"
)]

use aftercare_core::sun::Place;
use aftercare_core::{
    Categories, Category, Protocol, QuietHours, Session, Settings, Treatment, parse, reminders_for,
    today,
};
use chrono::TimeDelta;
use chrono_tz::Tz;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn four_sessions(protocol: &Protocol) -> Treatment {
    let sessions = [
        "2026-03-05T10:00",
        "2026-03-19T10:00",
        "2026-04-02T14:30",
        "2026-05-14T09:00",
    ]
    .iter()
    .map(|start| Session::parse(start, "Europe/London").unwrap())
    .collect();
    Treatment::new(sessions, protocol).unwrap()
}

fn settings() -> Settings {
    // London's principal city for the sun: the reminders that follow it are timed by it.
    Settings {
        reminder_time: parse::time("09:00").unwrap(),
        quiet: Some("22:00-08:00".parse::<QuietHours>().unwrap()),
        muted: Categories::NONE,
        ..Settings::new(Tz::Europe__London)
    }
}

/// Every change after the first: the sun's days of the client's place already worked out.
#[divan::bench(args = ["seed", "strict"])]
fn full_timeline_four_sessions(bencher: Bencher, protocol: &str) {
    let protocol = Protocol::bundled(protocol).unwrap();
    let treatment = four_sessions(&protocol);
    let settings = settings();
    let count = reminders_for(&treatment, &protocol, &settings).len();
    bencher
        .counter(divan::counter::ItemsCount::new(count))
        .bench(|| {
            reminders_for(
                black_box(&treatment),
                black_box(&protocol),
                black_box(&settings),
            )
        });
}

/// The first timeline at a place: every day of its sun worked out.
#[divan::bench(args = ["seed", "strict"])]
fn full_timeline_four_sessions_at_a_new_place(bencher: Bencher, protocol: &str) {
    let protocol = Protocol::bundled(protocol).unwrap();
    let treatment = four_sessions(&protocol);
    let mut places = new_places();
    bencher
        .with_inputs(|| Settings {
            place: Some(places()),
            ..settings()
        })
        .bench_local_refs(|settings| reminders_for(black_box(&treatment), &protocol, settings));
}

/// London, each time at a height of its own: a place whose sun has not been worked out yet.
fn new_places() -> impl FnMut() -> Place {
    let london = aftercare_core::places::principal_city("Europe/London")
        .unwrap()
        .place(0.0)
        .unwrap();
    let mut metres = 0u32;
    move || {
        metres = (metres + 1) % 9000;
        Place::new(london.latitude(), london.longitude(), f64::from(metres)).unwrap()
    }
}

#[divan::bench]
fn today_for_1000_dates(bencher: Bencher) {
    let protocol = Protocol::seed();
    let treatment = four_sessions(&protocol);
    let first = treatment.first().date() - TimeDelta::days(30);
    bencher
        .counter(divan::counter::ItemsCount::new(1000usize))
        .bench(|| {
            (0..1000)
                .map(|i| {
                    today(
                        black_box(&treatment),
                        black_box(&protocol),
                        first + TimeDelta::days(i),
                    )
                    .items
                    .len()
                })
                .sum::<usize>()
        });
}

/// The UV peak and window of each day of a treatment's years of sun reminders, worked out.
#[divan::bench]
fn sun_for_2000_days(bencher: Bencher) {
    use aftercare_core::sun::{Ozone, sun_day};
    let first = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
    let places = new_places();
    bencher
        .counter(divan::counter::ItemsCount::new(2000usize))
        .with_inputs(places)
        .bench_local_refs(|place| {
            first
                .iter_days()
                .take(2000)
                .filter(|date| {
                    sun_day(place, Ozone::STANDARD, Tz::Europe__London, *date)
                        .unwrap()
                        .window
                        .is_some()
                })
                .count()
        });
}

#[divan::bench]
fn parse_the_default_protocol(bencher: Bencher) {
    let source = aftercare_core::protocol::BUNDLED[0].1;
    bencher.bench(|| Protocol::from_toml(black_box(source)).unwrap());
}

/// Reconcile over 10,000 open reminders with a full window held by the OS (target: under 1 ms).
#[divan::bench]
fn reconcile_10000_reminders(bencher: Bencher) {
    use aftercare_core::{Held, Open, Rules, reconcile};
    let now = chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap();
    let open: Vec<Open> = (0..10_000)
        .map(|i| Open {
            id: i + 1,
            fire_at: now + TimeDelta::minutes(i64::from(i) * 37 - 5000),
            category: Category::ALL[(i % 5) as usize],
            fingerprint: u64::from(i.unsigned_abs()) * 7,
            handed: i % 3 == 0,
        })
        .collect();
    let held: Vec<Held> = open[200..248]
        .iter()
        .map(|o| Held {
            id: o.id,
            fingerprint: o.fingerprint,
        })
        .collect();
    let rules = Rules {
        window: 48,
        grace: Protocol::seed().grace_hours,
    };
    bencher.bench(|| reconcile(black_box(&open), black_box(&held), now, &rules));
}

//! How fast the store answers, on disk with `synchronous=FULL` (targets: each under 10 ms):
//! opening (and migrating) a database, saving a treatment with 5 years of reminders derived
//! again, and listing the due reminders among 10,000 rows; and that a start, from a cold cache,
//! does not grow with the photos in the journal.

#![allow(
    clippy::unwrap_used,
    reason = "a benchmark fails loudly on a broken fixture"
)]

use std::path::PathBuf;

use aftercare_core::{At, Protocol, Session};
use aftercare_store::Store;
use chrono::{DateTime, NaiveTime, Utc};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn now() -> DateTime<Utc> {
    "2026-03-01T08:00:00Z".parse().unwrap()
}

fn session(start: &str) -> Session {
    Session::parse(start, "Europe/London").unwrap()
}

/// A folder for one database, removed when dropped.
fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("aftercare-bench-")
        .tempdir()
        .unwrap()
}

fn database_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("aftercare.db")
}

/// A client mid-treatment: four sessions, five years of reminders.
fn add_four_sessions(store: &mut Store) {
    for start in [
        "2026-03-05T10:00",
        "2026-03-19T10:00",
        "2026-04-02T10:00",
        "2026-05-14T10:00",
    ] {
        store.add_session(session(start), now()).unwrap();
    }
}

/// Creating a new database: schema, defaults, WAL.
#[divan::bench(sample_count = 30)]
fn open_and_migrate_a_new_database(bencher: Bencher) {
    bencher
        .with_inputs(scratch)
        // The folder is returned, so that removing it is not timed.
        .bench_local_values(|dir| (Store::open(&database_in(&dir)).unwrap(), dir));
}

/// Opening the existing database of a client with four sessions.
#[divan::bench(sample_count = 30)]
fn open_an_existing_database(bencher: Bencher) {
    let dir = scratch();
    let path = database_in(&dir);
    let mut store = Store::open(&path).unwrap();
    add_four_sessions(&mut store);
    drop(store);
    bencher.bench_local(|| Store::open(black_box(&path)).unwrap());
}

/// A phone camera's photo, 4.3 MB: the fixture JPEG with its image data grown (bytes below 0xFF,
/// so the scan goes on to the fixture's own end).
fn phone_photo() -> Vec<u8> {
    let fixture = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/photos/located.jpg"
    ))
    .unwrap();
    let scan = fixture.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
    let header = usize::from(u16::from_be_bytes([fixture[scan + 2], fixture[scan + 3]]));
    let data = scan + 2 + header;
    let filler = (0..4_300_000u32).map(|n| (n.wrapping_mul(2_654_435_761) >> 24) as u8 % 0xFF);
    fixture[..data]
        .iter()
        .copied()
        .chain(filler)
        .chain(fixture[data..].iter().copied())
        .collect()
}

/// Drops the file's pages from the OS's cache, as after a phone has been used for other things.
fn evict(path: &std::path::Path) {
    let file = std::fs::File::open(path).unwrap();
    rustix::fs::fadvise(&file, 0, None, rustix::fs::Advice::DontNeed).unwrap();
}

/// A start of the CLI or the app: open the database of a client with four sessions and list
/// what is due, from a cold cache, with 0, 30 and 200 phone photos in the journal.
#[divan::bench(args = [0, 30, 200], sample_count = 20)]
fn start_with_photos_in_the_journal(bencher: Bencher, photos: usize) {
    let dir = scratch();
    let path = database_in(&dir);
    let mut store = Store::open(&path).unwrap();
    add_four_sessions(&mut store);
    let photo = phone_photo();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 6).unwrap();
    for n in 0..photos {
        let date = day + chrono::Days::new(n as u64 % 60);
        store.add_photo(date, &photo, now()).unwrap();
    }
    drop(store);
    let size = std::fs::metadata(&path).unwrap().len();
    eprintln!("{photos} photos: a {} MB database", size / 1_000_000);
    bencher
        .with_inputs(|| evict(&path))
        .bench_local_values(|()| Store::open(&path).unwrap().due(now()).unwrap());
}

/// Moving the final session derives the whole timeline (4 sessions, 5 years) again and rewrites
/// the reminders that changed, in one durable transaction.
#[divan::bench(sample_count = 30)]
fn save_a_treatment_and_derive_5_years_of_reminders(bencher: Bencher) {
    let dir = scratch();
    let mut store = Store::open(&database_in(&dir)).unwrap();
    add_four_sessions(&mut store);
    let rows = store.reminders().unwrap().len();
    let mut flip = false;
    bencher
        .counter(divan::counter::ItemsCount::new(rows))
        .bench_local(|| {
            flip = !flip;
            let start = if flip {
                "2026-05-15T10:00"
            } else {
                "2026-05-14T10:00"
            };
            store.move_session(4, session(start), now()).unwrap()
        });
}

/// A protocol heavy enough for 10,000 stored reminders: 30 daily rules at their own times,
/// over 400 days.
fn heavy_protocol() -> Protocol {
    let mut protocol = Protocol::seed();
    let template = protocol.rule("sun-protect").unwrap().clone();
    for n in 0..30u32 {
        let mut rule = template.clone();
        rule.key = format!("daily-{n}");
        rule.days = [0, 399];
        rule.every = Some(1);
        rule.at = At::Time(NaiveTime::from_hms_opt(6 + n / 3, (n % 3) * 20, 0).unwrap());
        protocol.rules.push(rule);
    }
    protocol.validate().unwrap();
    protocol
}

#[divan::bench(sample_count = 50)]
fn list_due_reminders_among_10000(bencher: Bencher) {
    let dir = scratch();
    let mut store = Store::open(&database_in(&dir)).unwrap();
    store
        .set_protocol(&heavy_protocol(), "bench", now())
        .unwrap();
    add_four_sessions(&mut store);
    let rows = store.reminders().unwrap().len();
    assert!(
        rows >= 10_000,
        "the benchmark needs 10,000 rows, has {rows}"
    );
    let at = "2026-03-04T20:00:00Z".parse::<DateTime<Utc>>().unwrap();
    let due = store.due(at).unwrap().len();
    eprintln!("{rows} reminders stored, {due} due at {at}");
    bencher.bench_local(|| store.due(black_box(at)).unwrap());
}

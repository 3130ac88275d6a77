//! The database schema, as the list of migrations that builds it; `user_version` says how far a
//! file has come.
//!
//! Never edit a migration that has shipped: add one. Each earlier version has a fixture with data
//! in `tests/fixtures/`, and the tests migrate every one of them to the latest.

use aftercare_core::Protocol;
use rusqlite::Transaction;
use rusqlite_migration::{HookResult, M, Migrations};

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up_with_hook(V1, install_defaults),
        M::up(V2),
        M::up(V3),
        M::up(V4),
        M::up(V5),
    ])
}

/// The newest schema version this build reads and writes.
pub(crate) fn latest() -> usize {
    // One entry per migration in `migrations()`.
    5
}

const V1: &str = r"
-- One row per appointment; day 0 is the local date of `start` in `zone`.
CREATE TABLE session (
    id       INTEGER PRIMARY KEY,
    start    TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
    zone     TEXT NOT NULL CHECK (length(zone) BETWEEN 1 AND 64),
    added_at TEXT NOT NULL
) STRICT;

-- The protocol in force, stored whole so that an artist's file survives app updates.
CREATE TABLE protocol (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    protocol_id  TEXT NOT NULL,
    version      TEXT NOT NULL,
    origin       TEXT NOT NULL,
    body         TEXT NOT NULL CHECK (json_valid(body)),
    -- NULL for the default the database was created with.
    installed_at TEXT
) STRICT;

CREATE TABLE settings (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    reminder_time TEXT NOT NULL DEFAULT '09:00',
    quiet_start   TEXT,
    quiet_end     TEXT,
    zone_policy   TEXT NOT NULL DEFAULT 'follow' CHECK (zone_policy IN ('follow', 'home')),
    home_zone     TEXT NOT NULL DEFAULT 'UTC',
    device_zone   TEXT NOT NULL DEFAULT 'UTC',
    muted         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(muted)),
    CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
) STRICT;

-- Every reminder derived from the rows above, with its state. AUTOINCREMENT: an id, which is
-- also the OS notification id, is never given twice, even after its reminder is gone.
CREATE TABLE reminder (
    id            INTEGER PRIMARY KEY AUTOINCREMENT CHECK (id BETWEEN 1 AND 2147483647),
    key           TEXT NOT NULL UNIQUE,
    category      TEXT NOT NULL,
    session       INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    date          TEXT NOT NULL,
    local         TEXT NOT NULL,
    at            TEXT NOT NULL,
    shift         TEXT,
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    items         TEXT NOT NULL CHECK (json_valid(items)),
    state         TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'scheduled', 'delivered', 'done', 'snoozed', 'missed', 'dismissed')),
    state_at      TEXT,
    snoozed_until TEXT,
    -- When it fires next, in Unix seconds: `at`, or `snoozed_until` while snoozed.
    fire_at       INTEGER NOT NULL,
    CHECK ((state = 'snoozed') = (snoozed_until IS NOT NULL))
) STRICT;
CREATE INDEX reminder_due ON reminder (fire_at) WHERE state IN ('pending', 'scheduled', 'snoozed');

-- The client's notes. Symptoms and photos come as tables of their own that refer to an entry,
-- so adding them is one migration that leaves this table as it is.
CREATE TABLE journal_entry (
    id         INTEGER PRIMARY KEY,
    date       TEXT NOT NULL,
    written_at TEXT NOT NULL,
    note       TEXT NOT NULL CHECK (length(note) <= 4000)
) STRICT;

INSERT INTO settings (id) VALUES (1);
";

/// Delivery settings, the zone question asked when the device leaves the home zone, Today's
/// ticks, retired reminders, and the cancellations the OS still owes.
const V2: &str = r"
ALTER TABLE settings ADD COLUMN show_details INTEGER NOT NULL DEFAULT 0 CHECK (show_details IN (0, 1));
ALTER TABLE settings ADD COLUMN exact_alarms INTEGER NOT NULL DEFAULT 0 CHECK (exact_alarms IN (0, 1));
-- The zone the device moved to while the client has not said whether to follow it; NULL if none.
ALTER TABLE settings ADD COLUMN zone_question TEXT;

-- Notification ids the OS may still hold for reminders that changed or are gone, written in the
-- same transaction as the change, until delivery has cancelled them: a crash in between loses none.
-- The fingerprint of what was handed to the OS, while a reminder is scheduled: what the OS holds,
-- where it cannot be asked.
ALTER TABLE reminder ADD COLUMN handed INTEGER;
-- A reminder no longer derived (its session moved, its category muted) is retired, not deleted:
-- its key keeps its id and state should it come back.
ALTER TABLE reminder ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));

-- The client's ticks on Today's checklist: a rule done on a day.
CREATE TABLE step_done (
    date    TEXT NOT NULL,
    rule    TEXT NOT NULL,
    done_at TEXT NOT NULL,
    PRIMARY KEY (date, rule)
) STRICT, WITHOUT ROWID;

CREATE TABLE os_cancel (
    id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 2147483647)
) STRICT;
";

/// Where the sun is estimated for, the daily healing check-in, photos, and healing rules the
/// client pushed back. Check-ins and photos belong to a day, not to a note: a day may have any
/// of the three.
const V3: &str = r"
-- The place the UV estimate is for; NULL: the principal city of the zone reminders follow.
ALTER TABLE settings ADD COLUMN place_name TEXT CHECK (place_name IS NULL OR length(place_name) BETWEEN 1 AND 80);
ALTER TABLE settings ADD COLUMN latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90);
ALTER TABLE settings ADD COLUMN longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180);
ALTER TABLE settings ADD COLUMN elevation REAL NOT NULL DEFAULT 0 CHECK (elevation BETWEEN -500 AND 9000);

-- One check-in a day: answering again replaces it.
CREATE TABLE checkin (
    date       TEXT PRIMARY KEY,
    answers    TEXT NOT NULL CHECK (json_valid(answers)),
    written_at TEXT NOT NULL
) STRICT;

-- Photos live in the database, not beside it: a backup, a restore and delete-all cover them in
-- the same transaction as everything else, and no file can be left behind. Location metadata is
-- stripped before a photo gets here.
CREATE TABLE photo (
    id       INTEGER PRIMARY KEY,
    date     TEXT NOT NULL,
    added_at TEXT NOT NULL,
    mime     TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    bytes    BLOB NOT NULL
) STRICT;
CREATE INDEX photo_by_date ON photo (date);

-- A healing rule pushed back for one session; it goes with its session.
CREATE TABLE postponement (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    rule       TEXT NOT NULL,
    days       INTEGER NOT NULL CHECK (days BETWEEN 1 AND 14),
    PRIMARY KEY (session_id, rule)
) STRICT, WITHOUT ROWID;
";

/// Whether Android lets the app set exact alarms is the system's to say, asked when it matters,
/// not a setting kept here.
const V4: &str = r"
ALTER TABLE settings DROP COLUMN exact_alarms;
";

/// The language the client chose (none: the system's), and the system's when last seen.
const V5: &str = r"
ALTER TABLE settings ADD COLUMN language TEXT;
ALTER TABLE settings ADD COLUMN device_language TEXT NOT NULL DEFAULT 'en';
";

/// A new database follows the default protocol until the client chooses another.
fn install_defaults(tx: &Transaction<'_>) -> HookResult {
    let seed = Protocol::seed();
    tx.execute(
        "INSERT INTO protocol (id, protocol_id, version, origin, body, installed_at)
         VALUES (1, ?1, ?2, 'bundled', ?3, NULL)",
        (&seed.id, &seed.version, seed.to_json()),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_validate() {
        migrations()
            .validate()
            .expect("every migration applies to an empty database in order");
    }

    /// Every earlier schema version, with data in it, migrates to the latest keeping the data.
    #[test]
    fn every_schema_version_with_data_migrates_to_the_latest() {
        use crate::{State, Store};
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for version in 1..=latest() {
            let fixture = fixtures.join(format!("schema-v{version}.sql"));
            let data = std::fs::read_to_string(&fixture).unwrap_or_else(|e| {
                panic!(
                    "each schema version keeps a fixture, {}: {e}",
                    fixture.display()
                )
            });
            let dir = tempfile::Builder::new()
                .prefix(&format!("aftercare-schema-v{version}-"))
                .tempdir()
                .unwrap();
            let path = dir.path().join("aftercare.db");
            {
                let mut conn = rusqlite::Connection::open(&path).unwrap();
                migrations().to_version(&mut conn, version).unwrap();
                conn.execute_batch(&data).unwrap();
            }
            let mut store = Store::open(&path).unwrap();
            assert_eq!(
                store.sessions().unwrap().len(),
                2,
                "v{version}: sessions survive"
            );
            assert_eq!(
                store.notes().unwrap().len(),
                2,
                "v{version}: journal entries survive"
            );
            let preferences = store.preferences().unwrap();
            assert_eq!(
                preferences.reminder_time.to_string(),
                "08:15:00",
                "v{version}: settings survive"
            );
            assert!(
                preferences
                    .muted
                    .contains(aftercare_core::Category::Checkin)
            );
            // Deriving the reminders again keeps the ids and states the client gave them.
            store
                .set_preferences(&preferences, "2026-03-01T08:00:00Z".parse().unwrap())
                .unwrap();
            let wash = store.reminder("2026-03-05/wash-ok/4").unwrap();
            assert_eq!(
                (wash.id, wash.state),
                (16, State::Done),
                "v{version}: a done reminder stays done"
            );
            if version >= 5 {
                assert_eq!(
                    (preferences.language, preferences.device_language),
                    (Some("fr-CA".parse().unwrap()), "es".parse().unwrap()),
                    "v{version}: the language chosen and the system's survive"
                );
            }
            if version >= 3 {
                let check_ins = store.check_ins().unwrap();
                assert_eq!(check_ins.len(), 2, "v{version}: check-ins survive");
                assert_eq!(
                    check_ins[1].advice.urgency,
                    aftercare_core::healing::Urgency::Doctor,
                    "v{version}: a fever still calls for a doctor"
                );
                assert_eq!(
                    store.photos().unwrap().len(),
                    1,
                    "v{version}: photos survive"
                );
                let (treatment, _) = store.treatment().unwrap().unwrap();
                assert_eq!(
                    treatment.postponed(0, "no-shaving"),
                    2,
                    "v{version}: a pushed-back rule stays pushed back"
                );
                assert_eq!(
                    preferences.place.as_ref().and_then(|p| p.name.as_deref()),
                    Some("Lisbon"),
                    "v{version}: the chosen place survives"
                );
            }
            let hair = store.reminder("2026-03-19/cut-hair/-1").unwrap();
            assert_eq!((hair.id, hair.state), (40, State::Dismissed), "v{version}");
            let locale = store.preferences().unwrap().locale();
            assert_eq!(
                hair.reminder.body,
                Protocol::seed()
                    .in_language(locale)
                    .rule("cut-hair")
                    .unwrap()
                    .body,
                "derived anew, in the language chosen (French from v5)"
            );
            std::fs::remove_dir_all(&dir).unwrap();
        }
    }

    #[test]
    fn latest_matches_the_number_of_migrations() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(
            version as usize,
            latest(),
            "`latest()` must be bumped with each migration"
        );
    }
}

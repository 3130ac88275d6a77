//! The store through its public API: derived reminders that keep their ids and states, edits that
//! are all or nothing, and refusals that leave the file alone.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use aftercare_core::{Category, Protocol, Session};
use aftercare_store::{Delivery, Error, State, Store, ZonePolicy};
use chrono::{DateTime, TimeDelta, Utc};

fn now() -> DateTime<Utc> {
    "2026-03-01T12:00:00Z".parse().unwrap()
}

fn session(start: &str) -> Session {
    Session::parse(start, "Europe/London").unwrap()
}

/// A folder of the test's own, removed when the test ends.
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("aftercare-store-{name}-"))
        .tempdir()
        .unwrap()
}

/// A store in London with two sessions.
fn two_sessions() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::Europe__London, now())
        .unwrap();
    store
        .add_session(session("2026-03-05T10:00"), now())
        .unwrap();
    store
        .add_session(session("2026-03-19T10:00"), now())
        .unwrap();
    store
}

fn ids_by_key(store: &Store) -> std::collections::HashMap<String, i32> {
    store
        .reminders()
        .unwrap()
        .into_iter()
        .map(|r| (r.reminder.key, r.id))
        .collect()
}

#[test]
fn a_new_database_follows_the_default_protocol_with_nothing_scheduled() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(
        store.protocol().unwrap().protocol,
        Protocol::seed(),
        "the seed protocol until one is chosen"
    );
    assert!(store.sessions().unwrap().is_empty());
    assert!(
        store.reminders().unwrap().is_empty(),
        "no session, no reminder"
    );
    assert!(store.treatment().unwrap().is_none());
}

#[test]
fn the_first_zone_seen_becomes_home() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::Europe__Paris, now())
        .unwrap();
    let preferences = store.preferences().unwrap();
    assert_eq!(
        (preferences.home_zone, preferences.device_zone),
        (chrono_tz::Tz::Europe__Paris, chrono_tz::Tz::Europe__Paris)
    );
    store
        .add_session(session("2026-03-05T10:00"), now())
        .unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::America__New_York, now())
        .unwrap();
    let preferences = store.preferences().unwrap();
    assert_eq!(
        preferences.home_zone,
        chrono_tz::Tz::Europe__Paris,
        "travel does not move home"
    );
    assert_eq!(
        preferences.zone(),
        chrono_tz::Tz::America__New_York,
        "reminders follow the device by default"
    );
}

#[test]
fn leaving_the_home_zone_asks_whether_to_follow_and_the_answer_is_kept() {
    use chrono_tz::Tz;
    let mut store = two_sessions();
    assert_eq!(
        store.zone_question().unwrap(),
        None,
        "at home, nothing to ask"
    );
    store
        .observe_device_zone(Tz::America__New_York, now())
        .unwrap();
    assert_eq!(
        store.zone_question().unwrap(),
        Some(Tz::America__New_York),
        "a move to another zone asks"
    );
    assert_eq!(
        store.preferences().unwrap().zone(),
        Tz::America__New_York,
        "meanwhile reminders follow the device"
    );
    store.answer_zone_question(ZonePolicy::Home, now()).unwrap();
    assert_eq!(store.zone_question().unwrap(), None, "answered");
    assert_eq!(
        store.preferences().unwrap().zone(),
        Tz::Europe__London,
        "home time, as chosen"
    );
    store
        .observe_device_zone(Tz::Europe__London, now())
        .unwrap();
    assert_eq!(
        store.zone_question().unwrap(),
        None,
        "back home, nothing to ask"
    );
}

#[test]
fn stored_reminders_are_the_engines_schedule() {
    let store = two_sessions();
    let (treatment, protocol) = store.treatment().unwrap().unwrap();
    let derived = aftercare_core::reminders_for(
        &treatment,
        &protocol,
        &store.preferences().unwrap().settings(),
    );
    let stored: Vec<_> = store
        .reminders()
        .unwrap()
        .into_iter()
        .map(|r| r.reminder)
        .collect();
    assert_eq!(
        stored, derived,
        "what is stored reads back exactly as the engine derived it"
    );
}

#[test]
fn moving_session_two_keeps_the_ids_and_states_of_what_does_not_depend_on_it() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::Europe__London, now())
        .unwrap();
    store
        .add_session(session("2026-03-05T10:00"), now())
        .unwrap();
    // Session 1's sun reminders on days session 2 then covers retire; they come back, with
    // their ids, when session 2 moves away from those days.
    let session_one_alone = ids_by_key(&store);
    store
        .add_session(session("2026-03-19T10:00"), now())
        .unwrap();
    let before = ids_by_key(&store);
    store.mark_done("2026-03-05/wash-ok/4", now()).unwrap();
    let handed = store.reminder("2026-03-19/wash-ok/4").unwrap();
    let delivery = Delivery {
        scheduled: &[(handed.id, 42)],
        ..Delivery::default()
    };
    store.record_delivery(&delivery, now()).unwrap();

    let changes = store
        .move_session(2, session("2026-03-21T10:00"), now())
        .unwrap();
    let after = ids_by_key(&store);

    assert_eq!(
        after["2026-03-05/wash-ok/4"], before["2026-03-05/wash-ok/4"],
        "session 1's reminder keeps its id"
    );
    assert_eq!(
        store.reminder("2026-03-05/wash-ok/4").unwrap().state,
        State::Done,
        "and its state"
    );
    assert!(
        !after.contains_key("2026-03-19/wash-ok/4"),
        "session 2's old reminders are gone"
    );
    assert!(
        changes.cancel.contains(&handed.id),
        "the OS must drop what it held for a gone reminder"
    );
    assert_eq!(
        store.owed_cancellations().unwrap(),
        changes.cancel,
        "owed until delivery pays them"
    );
    let new_ids: Vec<i32> = after
        .iter()
        .filter(|(k, _)| !before.contains_key(*k) && !session_one_alone.contains_key(*k))
        .map(|(_, id)| *id)
        .collect();
    let old_max = before.values().max().unwrap();
    assert!(
        new_ids.iter().all(|id| id > old_max),
        "new reminders get ids never given before"
    );
    assert!(changes.added > 0 && changes.removed > 0, "{changes:?}");
}

#[test]
fn a_reminder_keeps_its_id_and_state_for_good_and_new_keys_get_new_ids() {
    let mut store = two_sessions();
    let first = ids_by_key(&store);
    store.mark_done("2026-03-05/wash-ok/4", now()).unwrap();
    store.remove_session(2, now()).unwrap();
    store.remove_session(1, now()).unwrap();
    assert!(
        store.reminders().unwrap().is_empty(),
        "no session, no reminder"
    );
    store
        .add_session(session("2026-03-05T10:00"), now())
        .unwrap();
    let back = ids_by_key(&store);
    let returning: Vec<(&String, &i32)> = back
        .iter()
        .filter(|(key, _)| first.contains_key(*key))
        .collect();
    assert!(returning.len() > 30, "session 1's reminders come back");
    assert!(
        returning.iter().all(|(key, id)| first[*key] == **id),
        "the same keys come back with their ids: the OS's copies and the tray still match"
    );
    assert_eq!(
        store.reminder("2026-03-05/wash-ok/4").unwrap().state,
        State::Done,
        "and with their states: what was done or shown is not shown again"
    );
    store
        .add_session(session("2026-05-01T10:00"), now())
        .unwrap();
    let max_before = first.values().max().unwrap();
    let fresh: Vec<i32> = ids_by_key(&store)
        .into_iter()
        .filter(|(key, _)| key.starts_with("2026-05-01"))
        .map(|(_, id)| id)
        .collect();
    assert!(!fresh.is_empty(), "the new session has reminders");
    assert!(
        fresh.iter().all(|id| id > max_before),
        "a new key gets an id never given before"
    );
}

#[test]
fn an_edit_the_protocol_refuses_changes_nothing() {
    let mut store = two_sessions();
    let before = store.export(now()).unwrap();
    let error = store
        .move_session(2, session("2026-03-07T10:00"), now())
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Engine(aftercare_core::Error::SessionsTooClose { .. })
        ),
        "{error}"
    );
    let strict = Protocol::bundled("strict").unwrap();
    store
        .move_session(2, session("2026-03-12T10:00"), now())
        .unwrap();
    let before_strict = store.export(now()).unwrap();
    let error = store.set_protocol(&strict, "bundled", now()).unwrap_err();
    assert!(
        error.to_string().contains("needs at least 10 days"),
        "{error}"
    );
    assert_eq!(
        store.export(now()).unwrap(),
        before_strict,
        "the refused protocol left everything as it was"
    );
    assert_ne!(before, before_strict);
}

#[test]
fn changing_the_reminder_time_moves_reminders_but_keeps_ids() {
    let mut store = two_sessions();
    let before = ids_by_key(&store);
    let mut preferences = store.preferences().unwrap();
    preferences.reminder_time = aftercare_core::parse::time("07:45").unwrap();
    let changes = store.set_preferences(&preferences, now()).unwrap();
    assert_eq!(ids_by_key(&store), before, "same keys, same ids");
    assert!(
        changes.updated > 0 && changes.added == 0 && changes.removed == 0,
        "{changes:?}"
    );
    let digest = store.reminder("2026-03-06/digest").unwrap();
    assert_eq!(digest.reminder.local.time(), preferences.reminder_time);
}

#[test]
fn muting_a_category_removes_its_reminders_and_unmuting_brings_them_back() {
    let mut store = two_sessions();
    let mut preferences = store.preferences().unwrap();
    preferences.muted = [Category::Sun].into_iter().collect();
    store.set_preferences(&preferences, now()).unwrap();
    assert!(
        store
            .reminders()
            .unwrap()
            .iter()
            .all(|r| r.reminder.category != Category::Sun)
    );
    preferences.muted = aftercare_core::Categories::NONE;
    store.set_preferences(&preferences, now()).unwrap();
    assert!(
        store
            .reminders()
            .unwrap()
            .iter()
            .any(|r| r.reminder.category == Category::Sun)
    );
}

#[test]
fn due_lists_open_reminders_whose_time_has_come_and_snoozed_ones_when_they_wake() {
    let mut store = two_sessions();
    let at = |key: &str| store.reminder(key).unwrap().fire_at;
    let wash = at("2026-03-05/wash-ok/4");
    let due: Vec<String> = store
        .due(wash)
        .unwrap()
        .into_iter()
        .map(|r| r.reminder.key)
        .collect();
    assert!(
        due.contains(&"2026-03-05/wash-ok/4".to_string()),
        "due at its own time"
    );
    assert!(due.iter().all(|k| at(k) <= wash), "nothing from the future");

    store
        .snooze("2026-03-05/wash-ok/4", wash + TimeDelta::hours(1), wash)
        .unwrap();
    let keys = |store: &Store, t| {
        store
            .due(t)
            .unwrap()
            .into_iter()
            .map(|r| r.reminder.key)
            .collect::<Vec<_>>()
    };
    assert!(
        !keys(&store, wash).contains(&"2026-03-05/wash-ok/4".to_string()),
        "snoozed: not due yet"
    );
    assert!(
        keys(&store, wash + TimeDelta::hours(1)).contains(&"2026-03-05/wash-ok/4".to_string()),
        "due when it wakes"
    );
    store.mark_done("2026-03-05/wash-ok/4", wash).unwrap();
    assert!(
        !keys(&store, wash + TimeDelta::days(1)).contains(&"2026-03-05/wash-ok/4".to_string()),
        "done is never due"
    );
}

#[test]
fn an_unknown_key_is_named() {
    let mut store = two_sessions();
    let error = store.mark_done("2026-03-05/nope/1", now()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "no reminder has the key `2026-03-05/nope/1`"
    );
    let error = store.remove_session(3, now()).unwrap_err();
    assert_eq!(error.to_string(), "there is no session 3; there are 2");
}

#[test]
fn the_zone_policy_chooses_the_wall_clock() {
    let mut store = two_sessions();
    store
        .observe_device_zone(chrono_tz::Tz::America__New_York, now())
        .unwrap();
    let digest = |store: &Store| store.reminder("2026-03-06/digest").unwrap().reminder.at;
    assert_eq!(
        digest(&store).offset().local_minus_utc(),
        -5 * 3600,
        "09:00 in New York"
    );
    let mut preferences = store.preferences().unwrap();
    preferences.zone_policy = ZonePolicy::Home;
    store.set_preferences(&preferences, now()).unwrap();
    assert_eq!(
        digest(&store).offset().local_minus_utc(),
        0,
        "09:00 at home in London"
    );
}

#[test]
fn journal_entries_are_kept_and_limited() {
    let mut store = two_sessions();
    let date = aftercare_core::parse::date("2026-03-07").unwrap();
    store.add_note(date, "a little itchy", now()).unwrap();
    assert_eq!(store.notes().unwrap()[0].entry.note, "a little itchy");
    let error = store.add_note(date, &"x".repeat(4001), now()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the note is 4,001 characters; at most 4,000 fit"
    );
    assert_eq!(
        store.notes().unwrap().len(),
        1,
        "the refused note was not stored"
    );
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_left_untouched() {
    let dir = temp_dir("newer");
    let path = dir.path().join("aftercare.db");
    drop(Store::open(&path).unwrap());
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let error = Store::open(&path).unwrap_err();
    assert!(
        matches!(error, Error::NewerDatabase { found: 99, .. }),
        "{error}"
    );
    assert!(
        error.to_string().contains("newer version of SMP Aftercare"),
        "{error}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the newer file is left byte for byte"
    );
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_kept() {
    let dir = temp_dir("foreign");
    let path = dir.path().join("aftercare.db");
    let text = "these are my holiday notes, not a database\n".repeat(200);
    std::fs::write(&path, &text).unwrap();
    let error = Store::open(&path).unwrap_err();
    assert!(matches!(error, Error::NotADatabase { .. }), "{error}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "the file is kept as it was"
    );
}

#[test]
fn a_damaged_database_is_refused_and_kept() {
    let dir = temp_dir("damaged");
    let path = dir.path().join("aftercare.db");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .add_session(session("2026-03-05T10:00"), now())
            .unwrap();
        // Fold the WAL into the main file so the damage below hits the only copy.
        drop(store);
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    for byte in &mut bytes[page + 16..page * 3] {
        *byte ^= 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    let error = Store::open(&path).unwrap_err();
    assert!(
        matches!(error, Error::Corrupt { .. } | Error::NotADatabase { .. }),
        "{error}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the damaged file is kept for recovery"
    );
}

/// A store with one photo on 2026-03-07 in `dir`, its last page of image data damaged on disk.
/// Returns the photo's id and the damaged page's offset and bytes.
fn a_store_with_a_damaged_photo(dir: &std::path::Path) -> (i64, usize, Vec<u8>) {
    let path = dir.join("aftercare.db");
    let id = {
        let mut store = Store::open(&path).unwrap();
        store
            .add_session(session("2026-03-05T10:00"), now())
            .unwrap();
        store
            .add_photo(date("2026-03-07"), &photo_fixture(), now())
            .unwrap()
            .id
    };
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(conn);
    let marker = stored_photo_tail();
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes
        .windows(marker.len())
        .position(|w| w == marker.as_slice())
        .expect("the photo's last bytes are in the file");
    // An overflow page begins with the number of the next one: point it past the file's end.
    let page = at / 4096 * 4096;
    bytes[page..page + 4].copy_from_slice(&0x00ff_ffff_u32.to_be_bytes());
    std::fs::write(&path, &bytes).unwrap();
    (id, page, bytes[page..page + 4096].to_vec())
}

#[test]
fn a_damaged_photo_does_not_slow_the_start_but_is_found_before_any_photo_or_write() {
    let dir = temp_dir("damaged-photo");
    let path = dir.path().join("aftercare.db");
    let (id, page, damaged) = a_store_with_a_damaged_photo(dir.path());
    let mut store = Store::open(&path)
        .expect("the start checks every table but the photos, so that it does not grow with them");
    assert_eq!(store.sessions().unwrap().len(), 1, "the plan still reads");
    let error = store.whole_check().run().unwrap_err();
    assert!(
        matches!(error, Error::Corrupt { .. }),
        "the whole check, off the start path, finds the photo's damage: {error}"
    );
    let write = store.add_session(session("2026-05-05T10:00"), now());
    assert!(
        matches!(write, Err(Error::Corrupt { .. })),
        "no write into a file known to be damaged: {write:?}"
    );
    assert!(
        matches!(store.photo(id), Err(Error::Corrupt { .. })),
        "nor a photo read from it"
    );
    drop(store);
    assert!(
        std::fs::read(&path).unwrap()[page..page + 4096] == damaged,
        "the damaged page is kept as it was, for recovery"
    );
    assert_eq!(
        Store::open(&path).unwrap().sessions().unwrap().len(),
        1,
        "and nothing was added to the file"
    );
}

#[test]
fn a_damaged_photo_is_found_by_the_first_photo_asked_for_without_a_separate_check() {
    let dir = temp_dir("damaged-photo-lazy");
    let (id, _, _) = a_store_with_a_damaged_photo(dir.path());
    let mut store = Store::open(&dir.path().join("aftercare.db")).unwrap();
    let error = store.photo(id).unwrap_err();
    assert!(
        matches!(error, Error::Corrupt { .. }),
        "reading a photo checks the whole file first: {error}"
    );
    assert!(
        matches!(
            store.add_photo(date("2026-03-08"), &photo_fixture(), now()),
            Err(Error::Corrupt { .. })
        ),
        "and nothing more is written into it"
    );
    assert!(
        matches!(store.export(now()), Err(Error::Corrupt { .. })),
        "a backup is not made of a damaged file as if it were whole"
    );
}

#[test]
fn a_database_copy_of_a_file_with_a_damaged_photo_is_refused() {
    let dir = temp_dir("damaged-photo-copy");
    a_store_with_a_damaged_photo(dir.path());
    let store = Store::open(&dir.path().join("aftercare.db")).unwrap();
    let copy = dir.path().join("copy.db");
    let error = store.backup_to(&copy, now()).unwrap_err();
    assert!(
        matches!(error, Error::Corrupt { .. }),
        "a page-for-page copy checks the whole file first, or it would pass damage off as a backup: {error}"
    );
    assert!(!copy.exists(), "and no copy is left to be trusted");
}

#[test]
fn a_location_that_cannot_be_written_gives_a_clear_error() {
    let error = Store::open(std::path::Path::new("/proc/aftercare/aftercare.db")).unwrap_err();
    assert!(matches!(error, Error::CannotOpen { .. }), "{error}");
    assert!(
        error
            .to_string()
            .starts_with("cannot open /proc/aftercare/aftercare.db"),
        "{error}"
    );
}

#[test]
fn json_backup_then_restore_gives_identical_data() {
    let dir = temp_dir("json");
    let mut store = two_sessions();
    store.mark_done("2026-03-05/wash-ok/4", now()).unwrap();
    store
        .snooze("2026-03-19/wash-ok/4", now() + TimeDelta::days(30), now())
        .unwrap();
    store
        .add_note(
            aftercare_core::parse::date("2026-03-06").unwrap(),
            "day 1: tight, no pain",
            now(),
        )
        .unwrap();
    let day_one = aftercare_core::parse::date("2026-03-06").unwrap();
    store
        .set_step_done(day_one, "keep-dry", true, now())
        .unwrap();
    assert_eq!(
        store.steps_done(day_one).unwrap(),
        ["keep-dry"],
        "the tick is kept"
    );
    let path = dir.path().join("backup.json");
    store.backup_to(&path, now()).unwrap();
    let expected = store.export(now()).unwrap();

    let mut other = Store::open_in_memory().unwrap();
    other
        .add_session(session("2027-01-01T10:00"), now())
        .unwrap();
    other.restore_from(&path, now()).unwrap();
    assert_eq!(
        other.export(now()).unwrap(),
        expected,
        "everything, ids and states included, comes back"
    );
    assert_eq!(other.reminders().unwrap(), store.reminders().unwrap());
}

#[test]
fn a_backup_that_kept_the_exact_alarm_setting_still_restores() {
    let dir = temp_dir("exact-alarms");
    let store = two_sessions();
    let path = dir.path().join("backup.json");
    store.backup_to(&path, now()).unwrap();
    // Backups before schema 4 carried the Android exact-alarm checkbox, now Android's to say.
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    json["preferences"]["exact_alarms"] = true.into();
    std::fs::write(&path, json.to_string()).unwrap();
    let mut other = Store::open_in_memory().unwrap();
    other.restore_from(&path, now()).unwrap();
    assert_eq!(
        other.export(now()).unwrap(),
        store.export(now()).unwrap(),
        "everything comes back; the old setting is left behind"
    );
}

#[test]
fn database_backup_then_restore_gives_identical_data() {
    let dir = temp_dir("sqlite");
    let mut store = Store::open(&dir.path().join("aftercare.db")).unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::Europe__London, now())
        .unwrap();
    store
        .add_session(session("2026-03-05T10:00"), now())
        .unwrap();
    store.mark_done("2026-03-05/wash-ok/4", now()).unwrap();
    let path = dir.path().join("backup.db");
    store.backup_to(&path, now()).unwrap();
    let expected = store.export(now()).unwrap();

    let mut other = Store::open(&dir.path().join("other.db")).unwrap();
    other.restore_from(&path, now()).unwrap();
    assert_eq!(other.export(now()).unwrap(), expected);
}

#[test]
fn a_damaged_backup_is_refused_and_nothing_changes() {
    let dir = temp_dir("bad-backup");
    let mut store = two_sessions();
    let before = store.export(now()).unwrap();
    let json = dir.path().join("backup.json");
    store.backup_to(&json, now()).unwrap();
    let text = std::fs::read_to_string(&json).unwrap();

    let truncated = dir.path().join("truncated.json");
    std::fs::write(&truncated, &text[..text.len() / 2]).unwrap();
    let edited = dir.path().join("edited.json");
    std::fs::write(
        &edited,
        text.replacen(
            "\"start\": \"2026-03-19T10:00\"",
            "\"start\": \"2026-03-06T10:00\"",
            1,
        ),
    )
    .unwrap();
    let duplicated = dir.path().join("duplicated.json");
    let first_id = before.reminders[0].id;
    let second_id = before.reminders[1].id;
    std::fs::write(
        &duplicated,
        text.replacen(
            &format!("\"id\": {second_id},"),
            &format!("\"id\": {first_id},"),
            1,
        ),
    )
    .unwrap();
    let database = dir.path().join("backup.db");
    store.backup_to(&database, now()).unwrap();
    let mut bytes = std::fs::read(&database).unwrap();
    bytes.truncate(bytes.len() / 3);
    std::fs::write(&database, &bytes).unwrap();
    let garbage = dir.path().join("garbage.bin");
    std::fs::write(&garbage, [0xff_u8, 0xfe, 0x00, 0x01]).unwrap();

    for (path, why) in [
        (&truncated, "EOF while parsing"),
        (&edited, "sessions 1 and 2 are only 1 day apart"),
        (&duplicated, "appears twice"),
        (&database, ""),
        (&garbage, "neither a database nor UTF-8 JSON"),
    ] {
        let error = store.restore_from(path, now()).unwrap_err();
        assert!(
            matches!(error, Error::InvalidBackup { .. }),
            "{}: {error}",
            path.display()
        );
        assert!(
            error.to_string().contains(why),
            "{}: {error}",
            path.display()
        );
        assert!(
            error.to_string().ends_with("nothing was changed"),
            "{error}"
        );
        assert_eq!(
            store.export(now()).unwrap(),
            before,
            "{} changed the data",
            path.display()
        );
    }
}

#[test]
fn deleting_everything_leaves_a_new_database_and_owes_the_os_its_cancellations() {
    let mut store = two_sessions();
    store
        .add_note(
            aftercare_core::parse::date("2026-03-06").unwrap(),
            "private",
            now(),
        )
        .unwrap();
    let handed = store.reminder("2026-03-19/wash-ok/4").unwrap();
    let delivery = Delivery {
        scheduled: &[(handed.id, 7)],
        ..Delivery::default()
    };
    store.record_delivery(&delivery, now()).unwrap();
    let highest = ids_by_key(&store).into_values().max().unwrap();

    store.delete_everything(now()).unwrap();
    assert!(store.sessions().unwrap().is_empty() && store.reminders().unwrap().is_empty());
    assert!(store.notes().unwrap().is_empty(), "the journal goes too");
    assert_eq!(store.protocol().unwrap().protocol, Protocol::seed());
    assert_eq!(
        store.preferences().unwrap().reminder_time.to_string(),
        "09:00:00",
        "settings back to defaults"
    );
    assert_eq!(
        store.owed_cancellations().unwrap(),
        [handed.id],
        "the OS must drop what it held"
    );
    store
        .add_session(session("2026-03-05T10:00"), now())
        .unwrap();
    assert!(
        ids_by_key(&store).values().all(|id| *id > highest),
        "ids are still never given twice"
    );
}

#[test]
fn a_session_entered_after_todays_reminder_time_leaves_what_has_passed_over() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::Europe__London, now())
        .unwrap();
    // Entered on day 4 at 12:00, after day 4's 09:00 milestone and digest.
    let day_four_noon: DateTime<Utc> = "2026-03-09T12:00:00Z".parse().unwrap();
    store
        .add_session(session("2026-03-05T10:00"), day_four_noon)
        .unwrap();
    let state = |key: &str| store.reminder(key).unwrap().state;
    assert_eq!(
        state("2026-03-06/digest"),
        State::Dismissed,
        "days before the client started are over"
    );
    for key in ["2026-03-05/wash-ok/4", "2026-03-09/digest"] {
        assert_eq!(
            state(key),
            State::Dismissed,
            "{key}: the client entering their session sees today's steps in the app; a \
             notification for them now would be stale"
        );
    }
    assert!(
        store.due(day_four_noon).unwrap().is_empty(),
        "nothing is due at once after entering a session"
    );
    assert_eq!(
        state("2026-03-10/digest"),
        State::Pending,
        "the future is pending"
    );
}

/// Two sessions entered days before; the clock at `time` (London, UTC in March) on day 1.
fn on_day_one_at(time: &str) -> (Store, DateTime<Utc>) {
    let store = two_sessions();
    let at = format!("2026-03-06T{time}:00Z").parse().unwrap();
    (store, at)
}

fn set_reminder_time(store: &mut Store, time: &str, now: DateTime<Utc>) {
    let mut preferences = store.preferences().unwrap();
    preferences.reminder_time = aftercare_core::parse::time(time).unwrap();
    store.set_preferences(&preferences, now).unwrap();
}

#[test]
fn moving_the_reminder_time_to_earlier_today_leaves_todays_digest_over_not_late() {
    let (mut store, eight) = on_day_one_at("08:00");
    let digest = store.reminder("2026-03-06/digest").unwrap();
    assert_eq!(
        digest.state,
        State::Pending,
        "09:00 is still to come at 08:00"
    );
    // The OS holds it, as it would on a phone.
    store
        .record_delivery(
            &Delivery {
                scheduled: &[(digest.id, 1)],
                ..Delivery::default()
            },
            eight,
        )
        .unwrap();

    set_reminder_time(&mut store, "07:30", eight);
    let digest = store.reminder("2026-03-06/digest").unwrap();
    assert_eq!(
        (digest.state, digest.reminder.local.time().to_string()),
        (State::Dismissed, "07:30:00".to_string()),
        "today's digest, moved to before now, is over: the app shows today's steps, and no \
         notification comes late"
    );
    assert!(
        store.owed_cancellations().unwrap().contains(&digest.id),
        "the copy the OS holds for 09:00 is cancelled"
    );
    assert!(
        store
            .due(eight)
            .unwrap()
            .iter()
            .all(|r| r.reminder.key != "2026-03-06/digest"),
        "today's digest is not due at once"
    );
    assert_eq!(
        store.reminder("2026-03-07/digest").unwrap().state,
        State::Pending,
        "tomorrow's digest comes at the new time"
    );

    set_reminder_time(&mut store, "08:30", eight);
    assert_eq!(
        store.reminder("2026-03-06/digest").unwrap().state,
        State::Dismissed,
        "an over digest stays over when the time moves on again: today's steps were seen"
    );
}

#[test]
fn moving_the_reminder_time_to_later_today_brings_the_digest_at_its_new_time() {
    let (mut store, eight) = on_day_one_at("08:00");
    set_reminder_time(&mut store, "10:15", eight);
    let digest = store.reminder("2026-03-06/digest").unwrap();
    assert_eq!(
        (digest.state, digest.fire_at.to_rfc3339()),
        (State::Pending, "2026-03-06T10:15:00+00:00".to_string()),
        "still to come: it fires at the new time"
    );

    // Shown at 10:15, then moved to 11:00: not shown twice.
    let ten_thirty = "2026-03-06T10:30:00Z".parse().unwrap();
    store
        .record_delivery(
            &Delivery {
                delivered: &[digest.id],
                ..Delivery::default()
            },
            ten_thirty,
        )
        .unwrap();
    set_reminder_time(&mut store, "11:00", ten_thirty);
    assert_eq!(
        store.reminder("2026-03-06/digest").unwrap().state,
        State::Delivered,
        "what was shown today is not shown again at the new time"
    );
}

#[test]
fn missed_and_snoozed_reminders_keep_their_state_when_moved_within_the_past() {
    let (mut store, evening) = on_day_one_at("20:00");
    let missed = store.reminder("2026-03-05/digest").unwrap().id;
    store
        .record_delivery(
            &Delivery {
                missed: &[missed],
                ..Delivery::default()
            },
            evening,
        )
        .unwrap();
    let until: DateTime<Utc> = "2026-03-06T21:00:00Z".parse().unwrap();
    store.snooze("2026-03-06/digest", until, evening).unwrap();

    set_reminder_time(&mut store, "07:00", evening);
    let state = |store: &Store, key: &str| {
        let r = store.reminder(key).unwrap();
        (r.state, r.fire_at)
    };
    assert_eq!(
        state(&store, "2026-03-05/digest").0,
        State::Missed,
        "missed yesterday, whatever its time: still missed, not shown now"
    );
    assert_eq!(
        state(&store, "2026-03-06/digest"),
        (State::Snoozed, until),
        "the client asked for it again at 21:00: the snooze stands"
    );

    set_reminder_time(&mut store, "20:30", evening);
    assert_eq!(
        state(&store, "2026-03-06/digest"),
        (State::Snoozed, until),
        "moved to 20:30 and snoozed until 21:00: it comes at 21:00"
    );
}

#[test]
fn a_snooze_handed_to_the_os_stands_when_an_edit_changes_the_reminder() {
    let (mut store, half_past_nine) = on_day_one_at("09:30");
    let until: DateTime<Utc> = "2026-03-06T10:30:00Z".parse().unwrap();
    let id = store
        .snooze("2026-03-06/digest", until, half_past_nine)
        .unwrap()
        .id;
    store
        .record_delivery(
            &Delivery {
                scheduled: &[(id, 1)],
                ..Delivery::default()
            },
            half_past_nine,
        )
        .unwrap();
    // Session 1 a day earlier: today's digest now says day 2.
    store
        .move_session(1, session("2026-03-04T10:00"), half_past_nine)
        .unwrap();
    let digest = store.reminder("2026-03-06/digest").unwrap();
    assert_eq!(
        (digest.state, digest.fire_at, digest.reminder.day),
        (State::Snoozed, until, 2),
        "the client asked for it again at 10:30: it comes then with its new text, not at once"
    );
    assert!(
        store.owed_cancellations().unwrap().contains(&id),
        "the copy the OS holds has the old text"
    );
}

#[test]
fn the_progress_counts_days_followed_and_carries_only_the_notes_picked() {
    let mut store = two_sessions();
    let date = |d: &str| aftercare_core::parse::date(d).unwrap();
    store
        .set_step_done(date("2026-03-05"), "keep-dry", true, now())
        .unwrap();
    store
        .set_step_done(date("2026-03-06"), "keep-dry", true, now())
        .unwrap();
    store
        .set_step_done(date("2026-03-06"), "no-sweat", true, now())
        .unwrap();
    store.mark_done("2026-03-05/wash-ok/4", now()).unwrap();
    store
        .add_note(date("2026-03-06"), "a little itchy", now())
        .unwrap();
    store
        .add_note(date("2026-03-07"), "private", now())
        .unwrap();
    let notes = store.notes().unwrap();
    let on_day_ten: DateTime<Utc> = "2026-03-14T12:00:00Z".parse().unwrap();
    let locale = store.preferences().unwrap().locale();
    let progress = store.progress(&[notes[0].id], locale, on_day_ten).unwrap();
    assert_eq!(progress.days, 10, "5 to 14 March, both counted");
    assert_eq!(
        progress.days_followed, 3,
        "two days of ticks and the day of the reminder done (9 March), each once"
    );
    assert_eq!(progress.done, 1);
    assert_eq!(
        progress.notes,
        vec![(date("2026-03-06"), "a little itchy".to_string())],
        "only the note picked"
    );
    assert!(matches!(
        store.progress(&[9999], locale, on_day_ten),
        Err(Error::NoSuchNote { id: 9999 })
    ));
}

#[test]
fn the_report_carries_the_chart_and_only_the_photos_and_notes_picked() {
    let mut store = two_sessions();
    let date = |d: &str| aftercare_core::parse::date(d).unwrap();
    let answers = aftercare_core::healing::CheckIn {
        pain: 3,
        ..aftercare_core::healing::CheckIn::default()
    };
    store.check_in(date("2026-03-06"), answers, now()).unwrap();
    store.add_note(date("2026-03-06"), "shared", now()).unwrap();
    store
        .add_note(date("2026-03-07"), "private note", now())
        .unwrap();
    let shared = store
        .add_photo(date("2026-03-07"), &photo_fixture(), now())
        .unwrap();
    let private = store
        .add_photo(date("2026-03-08"), &photo_fixture(), now())
        .unwrap();
    let notes = store.notes().unwrap();
    let on_day_ten: DateTime<Utc> = "2026-03-14T12:00:00Z".parse().unwrap();
    let locale = store.preferences().unwrap().locale();
    let report = store
        .report(&[notes[0].id], &[shared.id], locale, on_day_ten)
        .unwrap();
    assert_eq!(report.pictures.len(), 1, "only the photo picked");
    assert_eq!(
        (report.pictures[0].date, report.pictures[0].day),
        (date("2026-03-07"), Some(2)),
        "the photo picked, on session 1's day 2"
    );
    let html = report.to_html(locale);
    assert!(
        html.contains("shared") && !html.contains("private note"),
        "only the note picked"
    );
    assert_eq!(
        html.matches("<img ").count(),
        1,
        "one photo embedded, not {private:?}"
    );
    let chart = report.chart.expect("sessions give a chart");
    assert_eq!(chart.points.len(), 1, "the one check-in");
    assert!(
        matches!(
            store.report(&[], &[9999], locale, on_day_ten),
            Err(Error::NoSuchPhoto { id: 9999 })
        ),
        "a photo that is not there is named, not skipped"
    );
}

#[test]
fn the_calendar_holds_the_stored_reminders() {
    let store = two_sessions();
    let ics = store
        .calendar(&aftercare_core::ics::Selection::all(), now())
        .unwrap();
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        store.reminders().unwrap().len() + 2,
        "every reminder and both sessions, which are still to come"
    );
    let empty = Store::open_in_memory()
        .unwrap()
        .calendar(&aftercare_core::ics::Selection::all(), now())
        .unwrap();
    assert!(
        empty.starts_with("BEGIN:VCALENDAR") && !empty.contains("VEVENT"),
        "before the first session, an empty calendar"
    );
}

// ---------------------------------------------------------------------- the healing journal

fn photo_fixture() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/photos/located.jpg"
    );
    std::fs::read(path).unwrap()
}

/// A run of the fixture photo's image data as it is stored once cleaned, near its end: long
/// enough to be found nowhere else in a file.
fn stored_photo_tail() -> Vec<u8> {
    let cleaned = aftercare_core::photo::clean(&photo_fixture())
        .unwrap()
        .bytes;
    cleaned[cleaned.len() - 600..cleaned.len() - 100].to_vec()
}

/// Whether any file in `dir` (the database, its WAL) holds the fixture photo's image data.
fn photo_bytes_in(dir: &std::path::Path) -> bool {
    let marker = stored_photo_tail();
    std::fs::read_dir(dir).unwrap().any(|entry| {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        bytes.windows(marker.len()).any(|w| w == marker)
    })
}

fn date(text: &str) -> chrono::NaiveDate {
    aftercare_core::parse::date(text).unwrap()
}

#[test]
fn a_check_in_that_gets_worse_after_day_three_calls_for_the_practitioner() {
    use aftercare_core::healing::{CheckIn, Level, Urgency};
    let mut store = two_sessions();
    let mild = CheckIn {
        redness: Level::Mild,
        ..CheckIn::default()
    };
    let day_four = store
        .check_in(date("2026-03-09"), mild.clone(), now())
        .unwrap();
    assert_eq!(
        (day_four.session, day_four.day, day_four.advice.urgency),
        (Some(1), Some(4), Urgency::Usual),
        "mild redness on day 4 is healing"
    );
    let worse = CheckIn {
        redness: Level::Moderate,
        ..mild
    };
    let day_five = store.check_in(date("2026-03-10"), worse, now()).unwrap();
    assert_eq!(
        day_five.advice.urgency,
        Urgency::Practitioner,
        "redness growing since day 4's check-in: {day_five:?}"
    );
    let fever = CheckIn {
        fever: true,
        ..CheckIn::default()
    };
    let again = store.check_in(date("2026-03-10"), fever, now()).unwrap();
    assert_eq!(
        again.advice.urgency,
        Urgency::Doctor,
        "answering again replaces the day's"
    );
    assert_eq!(store.check_ins().unwrap().len(), 2, "one check-in a day");
    store
        .check_in(date("2026-03-20"), CheckIn::default(), now())
        .unwrap();
    let weeks_later = store
        .check_in(
            date("2026-04-14"),
            CheckIn {
                redness: Level::Moderate,
                ..CheckIn::default()
            },
            now(),
        )
        .unwrap();
    assert_eq!(
        weeks_later.advice.urgency,
        Urgency::Usual,
        "redder than at session 2's day 1, weeks ago, is not healing getting worse"
    );
}

#[test]
fn a_photo_is_kept_without_its_location_and_read_back_whole() {
    let mut store = two_sessions();
    let original = photo_fixture();
    let kept = store
        .add_photo(date("2026-03-07"), &original, now())
        .unwrap();
    let (mime, bytes) = store.photo(kept.id).unwrap();
    assert_eq!(mime, "image/jpeg");
    assert_eq!(
        bytes,
        aftercare_core::photo::clean(&original).unwrap().bytes,
        "what is stored is the cleaned photo, byte for byte"
    );
    let listed = store.photos().unwrap();
    assert_eq!(
        (listed.len(), listed[0].session, listed[0].day),
        (1, Some(1), Some(2)),
        "listed with the day it shows"
    );
    let garbage = store.add_photo(date("2026-03-07"), b"not a photo", now());
    assert!(garbage.is_err(), "a file that is no photo is refused");
    assert_eq!(store.photos().unwrap().len(), 1, "and nothing is stored");
}

#[test]
fn delete_everything_leaves_no_photo_bytes_in_the_files() {
    let dir = temp_dir("erase");
    let path = dir.path().join("aftercare.db");
    let mut store = Store::open(&path).unwrap();
    store
        .add_session(session("2026-03-05T10:00"), now())
        .unwrap();
    store
        .add_photo(date("2026-03-07"), &photo_fixture(), now())
        .unwrap();
    assert!(photo_bytes_in(dir.path()), "the photo is on disk before");
    store.delete_everything(now()).unwrap();
    assert!(store.photos().unwrap().is_empty());
    assert!(
        !photo_bytes_in(dir.path()),
        "neither the database nor its WAL keeps a copy of a deleted photo"
    );
    drop(store);
}

#[test]
fn a_photo_deleted_or_replaced_by_a_restore_leaves_no_bytes_in_the_files() {
    let dir = temp_dir("photo-gone");
    let path = dir.path().join("aftercare.db");
    let mut store = Store::open(&path).unwrap();
    store
        .add_session(session("2026-03-05T10:00"), now())
        .unwrap();
    let backup = store.export(now()).unwrap();
    let on_disk = || photo_bytes_in(dir.path());
    let kept = store
        .add_photo(date("2026-03-07"), &photo_fixture(), now())
        .unwrap();
    assert!(on_disk(), "the photo is on disk before");
    store.remove_photo(kept.id).unwrap();
    assert!(
        !on_disk(),
        "deleting one photo erases its bytes from the database and its WAL"
    );

    store
        .add_photo(date("2026-03-07"), &photo_fixture(), now())
        .unwrap();
    store.import(&backup, now()).unwrap();
    assert!(
        store.photos().unwrap().is_empty() && !on_disk(),
        "a restore that replaces the journal leaves no copy of the photos it replaced"
    );
    drop(store);
}

#[test]
fn a_reader_holding_the_log_is_reported_not_ignored() {
    let dir = temp_dir("photo-reader");
    let path = dir.path().join("aftercare.db");
    let mut store = Store::open(&path).unwrap();
    let kept = store
        .add_photo(date("2026-03-07"), &photo_fixture(), now())
        .unwrap();
    // Another program in the middle of a read keeps the WAL from being emptied.
    let reader = rusqlite::Connection::open(&path).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM photo", [], |row| row.get(0))
        .unwrap();
    let error = store.remove_photo(kept.id).unwrap_err();
    assert!(
        matches!(error, Error::StillInLog { .. }),
        "the client is told the erasure is not complete: {error}"
    );
    assert!(
        store.photos().unwrap().is_empty(),
        "the photo itself is deleted"
    );
    reader.execute_batch("COMMIT").unwrap();
    drop(reader);
}

#[test]
fn a_healing_rule_pushed_back_moves_its_reminders_and_comes_back_on_undo() {
    let mut store = two_sessions();
    store.postpone(1, "wash-ok", false, now()).unwrap();
    let keys = ids_by_key(&store);
    assert!(
        keys.contains_key("2026-03-05/wash-ok/5") && !keys.contains_key("2026-03-05/wash-ok/4"),
        "washing is allowed a day later for session 1"
    );
    assert!(
        keys.contains_key("2026-03-19/wash-ok/4"),
        "session 2 keeps the protocol's day"
    );
    let (treatment, protocol) = store.treatment().unwrap().unwrap();
    let today = aftercare_core::today(&treatment, &protocol, date("2026-03-09"));
    let dry = today.items.iter().find(|i| i.rule == "keep-dry").unwrap();
    assert_eq!(
        dry.until,
        Some(date("2026-03-09")),
        "keeping dry lasts a day longer"
    );
    assert_eq!(
        (today.postponed[0].title.as_str(), today.postponed[0].days),
        ("You may wash your scalp again", 1),
        "Today lists what waits, by what the client waits for"
    );
    store.postpone(1, "keep-dry", true, now()).unwrap();
    assert!(
        ids_by_key(&store).contains_key("2026-03-05/wash-ok/4"),
        "undo gives the protocol's day back"
    );
}

#[test]
fn what_is_not_healing_or_too_long_cannot_be_pushed_back() {
    let mut store = two_sessions();
    assert!(
        matches!(
            store.postpone(1, "cut-hair", false, now()),
            Err(Error::Engine(aftercare_core::Error::NotPostponable { .. }))
        ),
        "preparation is not the client's to move"
    );
    for _ in 0..aftercare_core::MAX_POSTPONED_DAYS {
        store.postpone(1, "keep-dry", false, now()).unwrap();
    }
    let too_long = store.postpone(1, "keep-dry", false, now()).unwrap_err();
    assert!(
        too_long.to_string().contains("ask your practitioner"),
        "past two weeks, the app sends the client to their practitioner: {too_long}"
    );
    assert!(
        matches!(
            store.postpone(3, "keep-dry", false, now()),
            Err(Error::NoSuchSession { .. })
        ),
        "there is no session 3"
    );
}

#[test]
fn a_backup_carries_check_ins_photos_and_pushed_back_rules() {
    use aftercare_core::healing::CheckIn;
    let mut store = two_sessions();
    store
        .check_in(
            date("2026-03-06"),
            CheckIn {
                pain: 3,
                ..CheckIn::default()
            },
            now(),
        )
        .unwrap();
    store
        .add_photo(date("2026-03-07"), &photo_fixture(), now())
        .unwrap();
    store.postpone(2, "shave-ok", false, now()).unwrap();
    let json = store.export(now()).unwrap().to_json();

    let mut restored = Store::open_in_memory().unwrap();
    restored
        .import(&aftercare_store::Snapshot::from_json(&json).unwrap(), now())
        .unwrap();
    assert_eq!(restored.check_ins().unwrap(), store.check_ins().unwrap());
    assert_eq!(
        restored.photo(restored.photos().unwrap()[0].id).unwrap(),
        store.photo(store.photos().unwrap()[0].id).unwrap(),
        "the photo comes back byte for byte"
    );
    assert_eq!(
        ids_by_key(&restored)
            .keys()
            .collect::<std::collections::BTreeSet<_>>(),
        ids_by_key(&store).keys().collect(),
        "the pushed-back rule too"
    );

    let preparation = json.replacen("\"rule\": \"no-shaving\"", "\"rule\": \"no-alcohol\"", 1);
    assert_ne!(preparation, json, "the fixture edits the pushed-back rule");
    assert!(
        aftercare_store::Snapshot::from_json(&preparation).is_err(),
        "a backup cannot push back what the app never lets a client push back"
    );
    let hostile = json.replacen("\"base64\": \"", "\"base64\": \"AAAA", 1);
    let before = restored.export(now()).unwrap();
    assert!(
        aftercare_store::Snapshot::from_json(&hostile).is_err(),
        "a photo that is no image makes the whole backup unusable"
    );
    assert_eq!(
        restored.export(now()).unwrap(),
        before,
        "and nothing changed"
    );
}

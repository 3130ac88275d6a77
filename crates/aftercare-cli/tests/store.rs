//! The `aftercare` binary over a database: sessions, reminders, states, settings, backups.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::path::Path;

mod support;

use support::Db;

fn reminders(db: &Db) -> Vec<serde_json::Value> {
    serde_json::from_str::<serde_json::Value>(&db.ok(&["reminders", "--json"]))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn id_of(reminders: &[serde_json::Value], key: &str) -> Option<i64> {
    reminders
        .iter()
        .find(|r| r["key"] == key)
        .map(|r| r["id"].as_i64().unwrap())
}

#[test]
fn plan_and_today_read_the_stored_sessions() {
    let db = Db::new("plan");
    db.ok(&[
        "session",
        "add",
        "2026-03-05T10:00",
        "--tz",
        "Europe/London",
    ]);
    let stored = db.ok(&["plan", "--tz", "Europe/London"]);
    let given = db.ok(&[
        "plan",
        "--session",
        "2026-03-05T10:00",
        "--tz",
        "Europe/London",
    ]);
    assert_eq!(
        stored, given,
        "the stored session plans like the same session given on the command line"
    );
    let today = db.ok(&["today", "--date", "2026-03-07"]);
    assert!(today.contains("Session 1 · day 2"), "{today}");
}

#[expect(
    clippy::disallowed_methods,
    reason = "the binary under test reads the real clock; so must what checks it"
)]
fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

#[test]
fn today_is_counted_in_the_machines_zone_where_the_session_is_elsewhere() {
    let db = Db::new("today-zone");
    // UTC+14 and UTC-11: a day or two apart at every hour.
    for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago"] {
        let before = now();
        let output = db.run_in(
            zone,
            &[
                "session",
                "add",
                "2026-03-05T10:00",
                "--tz",
                "Europe/London",
            ],
        );
        assert!(output.status.success(), "{output:?}");
        let today: serde_json::Value =
            serde_json::from_slice(&db.run_in(zone, &["today", "--json"]).stdout).unwrap();
        let after = now();
        let tz: chrono_tz::Tz = zone.parse().unwrap();
        let dates = [before, after].map(|t| t.with_timezone(&tz).date_naive().to_string());
        assert!(
            dates.contains(&today["date"].as_str().unwrap().to_string()),
            "today in {zone}, the machine's zone, not London's where the session was: {} vs {dates:?}",
            today["date"]
        );
        db.ok(&["session", "remove", "1"]);
    }
}

#[test]
fn sessions_move_and_reminders_keep_their_ids() {
    let db = Db::new("sessions");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    db.ok(&["session", "add", "2026-03-19T10:00"]);
    let before = reminders(&db);
    let moved = db.ok(&["session", "move", "2", "2026-03-21T10:00"]);
    assert!(
        moved.contains("Session 2: Sat, 21 Mar 2026, 10:00"),
        "{moved}"
    );
    let after = reminders(&db);
    let key = "2026-03-05/wash-ok/4";
    assert_eq!(
        id_of(&before, key),
        id_of(&after, key),
        "session 1's reminder keeps its id"
    );
    assert!(id_of(&after, "2026-03-19/wash-ok/4").is_none());
    assert!(id_of(&after, "2026-03-21/wash-ok/4").is_some());
    db.ok(&["session", "remove", "2"]);
    assert_eq!(
        db.ok(&["session", "list"]),
        "Session 1: Thu, 5 Mar 2026, 10:00 (Europe/London)\n"
    );
}

#[test]
fn done_and_snooze_change_the_state() {
    let db = Db::new("states");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    db.ok(&["done", "2026-03-05/wash-ok/4"]);
    db.ok(&["snooze", "2026-03-05/cut-hair/-1", "1h"]);
    let reminders = reminders(&db);
    let state = |key| reminders.iter().find(|r| r["key"] == key).unwrap()["state"].clone();
    assert_eq!(state("2026-03-05/wash-ok/4"), "done");
    assert_eq!(state("2026-03-05/cut-hair/-1"), "snoozed");
    let due = db.ok(&["reminders", "--due"]);
    assert!(!due.contains("wash-ok"), "done is not due: {due}");
    // A session entered months after the fact: its reminders were never due in the app.
    assert!(
        due.contains("(none)"),
        "nothing from before the client started is due: {due}"
    );
    assert_eq!(state("2026-03-06/digest"), "dismissed", "over, not missed");
}

#[test]
fn settings_change_what_is_stored() {
    let db = Db::new("settings");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    let shown = db.ok(&[
        "settings",
        "--reminder-time",
        "07:45",
        "--quiet",
        "22:00-07:00",
        "--mute",
        "sun",
    ]);
    assert!(
        shown.contains("Reminder time: 07:45") && shown.contains("Muted:         sun"),
        "{shown}"
    );
    let reminders = reminders(&db);
    assert!(
        reminders.iter().all(|r| r["category"] != "sun"),
        "muted sun reminders are gone"
    );
    let digest = reminders
        .iter()
        .find(|r| r["key"] == "2026-03-06/digest")
        .unwrap();
    assert_eq!(digest["local"], "2026-03-06T07:45");
    let json: serde_json::Value = serde_json::from_str(&db.ok(&["settings", "--json"])).unwrap();
    assert_eq!(json["quiet"], "22:00-07:00");
}

#[test]
fn backup_and_restore_through_the_cli() {
    let db = Db::new("backup");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    db.ok(&["done", "2026-03-05/wash-ok/4"]);
    db.ok(&["journal", "add", "a little tight", "--date", "2026-03-06"]);
    for name in ["backup.json", "backup.db"] {
        let backup = db.file(name);
        db.ok(&["backup", backup.to_str().unwrap()]);
        let before = reminders(&db);
        db.ok(&["session", "remove", "1"]);
        assert!(reminders(&db).is_empty());
        db.ok(&["restore", backup.to_str().unwrap()]);
        assert_eq!(
            reminders(&db),
            before,
            "{name}: the same reminders, ids and states"
        );
        assert!(db.ok(&["journal", "list"]).contains("a little tight"));
    }
}

#[test]
fn bad_input_is_refused_with_status_2() {
    let db = Db::new("bad");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    assert!(
        db.refused(&["session", "move", "3", "2026-03-21T10:00"], 2)
            .contains("there is no session 3; there are 1")
    );
    assert!(
        db.refused(&["session", "add", "2026-03-07T10:00"], 2)
            .contains("only 2 days apart")
    );
    assert!(
        db.refused(&["done", "nope"], 2)
            .contains("no reminder has the key `nope`")
    );
    assert!(
        db.refused(&["snooze", "2026-03-05/digest", "soon"], 2)
            .contains("`soon` is not a snooze")
    );
    assert!(
        db.refused(&["settings", "--mute", "gym"], 2)
            .contains("`gym` is not a reminder category")
    );
    db.ok(&["session", "add", "2026-03-12T10:00"]);
    assert!(
        db.refused(&["protocol", "use", "strict"], 2)
            .contains("needs at least 10 days")
    );
    let damaged = db.file("damaged.json");
    std::fs::write(&damaged, "{\"app\": \"smp-aftercare\", \"format\": 1").unwrap();
    assert!(
        db.refused(&["restore", damaged.to_str().unwrap()], 2)
            .contains("nothing was changed")
    );
    let sessions = db.ok(&["session", "list"]);
    assert!(
        sessions.ends_with("Session 2: Thu, 12 Mar 2026, 10:00 (Europe/London)\n"),
        "nothing changed: {sessions}"
    );
    assert!(
        db.ok(&["plan"]).starts_with("SMP Aftercare default"),
        "still following the default protocol"
    );
}

#[test]
fn a_database_that_is_not_ours_is_refused_with_status_1_and_kept() {
    let db = Db::new("foreign");
    let path = db.file("aftercare.db");
    std::fs::write(
        &path,
        "not a database at all, but it is long enough to have a header\n".repeat(20),
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(
        db.refused(&["session", "list"], 1)
            .contains("is not an SMP Aftercare database")
    );
    assert_eq!(std::fs::read(Path::new(&path)).unwrap(), before);
}

#[test]
fn without_a_stored_session_plan_says_how_to_add_one() {
    let db = Db::new("empty");
    assert!(db.refused(&["plan"], 2).contains("aftercare session add"));
}

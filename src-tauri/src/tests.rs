//! The commands as the UI calls them: through IPC on Tauri's mock runtime, with the app's real
//! configuration and capabilities, over a store in a fresh directory.
//!
//! Sessions are set decades ahead, so that nothing is due while a test runs and no desktop
//! notification is shown.

use std::path::Path;

use base64::Engine as _;
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

use crate::state::AppState;

struct Client {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Client {
    fn open(data_dir: &Path) -> Client {
        let app = crate::builder(mock_builder())
            .build(tauri::generate_context!())
            .expect("the app builds on the mock runtime");
        // What `lifecycle::setup` does once the event loop runs, which a test's never does.
        let state = AppState::open(app.handle(), data_dir).expect("the store opens");
        app.manage(state);
        // The mock runtime opens no window by itself: open the configured one.
        let window = WebviewWindowBuilder::from_config(app.handle(), &app.config().app.windows[0])
            .and_then(WebviewWindowBuilder::build)
            .expect("the configured window opens on the mock runtime");
        Client { _app: app, window }
    }

    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: tauri::http::HeaderMap::default(),
                invoke_key: INVOKE_KEY.into(),
            },
        )
        .map(|body| body.deserialize().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|e| panic!("`{cmd}` should succeed, got {e}"))
    }

    fn reminder_keys(&self) -> Vec<String> {
        let timeline = self.ok("timeline", json!({}));
        timeline
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["key"].as_str().unwrap().to_string())
            .collect()
    }
}

fn preferences() -> Value {
    json!({
        "reminder_time": "09:00",
        "quiet": "22:00-08:00",
        "zone_policy": "follow",
        "home_zone": "Europe/Paris",
        "muted": [],
        "show_details": false,
    })
}

fn beginning(sessions: &[&str]) -> Value {
    json!({
        "beginning": {
            "sessions": sessions.iter().map(|s| json!({"start": s, "zone": "Europe/Paris"})).collect::<Vec<_>>(),
            "preferences": preferences(),
            "protocol": {"kind": "bundled", "id": "seed"},
        }
    })
}

#[test]
fn the_first_run_stores_the_treatment_and_today_counts_down_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    let empty = client.ok("overview", json!({}));
    assert_eq!(
        (&empty["sessions"], &empty["today"]),
        (&json!([]), &Value::Null),
        "a fresh install has no treatment and no checklist, so the UI shows the first-run screen"
    );

    let overview = client.ok("begin", beginning(&["2090-03-05T10:00"]));
    assert_eq!(
        overview["sessions"][0]["start"], "2090-03-05T10:00",
        "the session is stored as entered"
    );
    let today = &overview["today"];
    assert!(
        today["session"] == 1 && today["day"].as_i64().unwrap() < 0,
        "before the first session, Today counts the days to it: {today}"
    );
    assert!(
        !client.reminder_keys().is_empty(),
        "beginning schedules the treatment's reminders"
    );
}

#[test]
fn today_is_counted_in_the_zone_the_device_is_in_as_tz_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let before = crate::now();
    let client = Client::open(dir.path());
    let overview = client.ok("overview", json!({}));
    let after = crate::now();
    // Under `./test`'s clock sweep, TZ is Pacific/Kiritimati or Pacific/Pago_Pago at hours
    // when their date is not UTC's.
    let zone = aftercare_store::device_zone().expect("the machine has a zone");
    assert_eq!(
        overview["preferences"]["device_zone"],
        zone.name(),
        "the app reads the device's zone as the command line does, TZ first"
    );
    let dates = [before, after].map(|t| json!(t.with_timezone(&zone).date_naive()));
    assert!(
        dates.contains(&overview["date"]),
        "today is {} in {zone}, the zone reminders follow: {dates:?}",
        overview["date"]
    );
    let ends: chrono::DateTime<chrono::Utc> =
        serde_json::from_value(overview["day_ends"].clone()).unwrap();
    let last_moment = (ends - chrono::TimeDelta::seconds(1)).with_timezone(&zone);
    assert_eq!(
        json!(last_moment.date_naive()),
        overview["date"],
        "the day ends when that date ends there"
    );
}

#[test]
fn a_mistake_anywhere_in_the_first_run_stores_nothing_and_says_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    let error = client
        .call(
            "begin",
            beginning(&["2090-03-05T10:00", "2090-03-07T10:00"]),
        )
        .expect_err("sessions two days apart break the protocol's healing gap");
    assert_eq!(error["kind"], "input", "the client can correct it: {error}");
    assert!(
        error["message"].as_str().unwrap().contains("2 days apart"),
        "the message names the problem: {error}"
    );
    let error = client
        .call("begin", beginning(&["5 March"]))
        .expect_err("a malformed date is refused");
    assert!(
        error["message"].as_str().unwrap().contains("5 March"),
        "the message quotes the bad input: {error}"
    );
    assert_eq!(
        client.ok("overview", json!({}))["sessions"],
        json!([]),
        "a refused first run leaves nothing behind"
    );
}

#[test]
fn moving_a_session_moves_only_the_reminders_that_count_from_it() {
    // Session 2 six weeks after session 1, then seven: after every rule of session 1 has ended,
    // so that none of session 1's reminders depends on where session 2 is.
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    client.ok("begin", beginning(&["2090-03-05T10:00"]));
    client.ok(
        "add_session",
        json!({"start": "2090-04-16T10:00", "zone": "Europe/Paris"}),
    );
    let with_second = client.reminder_keys();
    assert!(
        !counting_from("2090-04-16", &with_second).is_empty(),
        "session 2's reminders are scheduled as soon as it is added"
    );
    client.ok(
        "move_session",
        json!({"number": 2, "start": "2090-04-23T10:00", "zone": "Europe/Paris"}),
    );
    let moved = client.reminder_keys();
    assert!(
        !counting_from("2090-04-23", &moved).is_empty()
            && counting_from("2090-04-16", &moved).is_empty(),
        "session 2's reminders follow it to its new date"
    );
    assert_eq!(
        counting_from("2090-03-05", &moved),
        counting_from("2090-03-05", &with_second),
        "session 1's own reminders do not change when session 2 moves"
    );
}

/// The reminders counting from a session: keys `{session date}/{rule}/{day}`. A digest's key,
/// `{its own date}/digest`, may share the date without counting from it.
fn counting_from<'a>(date: &str, keys: &'a [String]) -> Vec<&'a String> {
    keys.iter()
        .filter(|k| k.starts_with(&format!("{date}/")) && !k.ends_with("/digest"))
        .collect()
}

#[test]
fn a_hostile_backup_is_refused_and_the_data_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    client.ok("begin", beginning(&["2090-03-05T10:00"]));
    let before = client.reminder_keys();
    for hostile in [
        "not json".to_string(),
        json!({"app": "smp-aftercare", "format": 99}).to_string(),
        "[".repeat(100_000),
    ] {
        let error = client
            .call("restore_backup", json!({"json": hostile}))
            .expect_err("a file that is not a valid backup is refused");
        assert_eq!(
            error["kind"], "input",
            "the client chose the wrong file: {error}"
        );
    }
    assert_eq!(
        client.reminder_keys(),
        before,
        "a refused restore keeps everything as it was"
    );
}

#[test]
fn settings_are_checked_and_a_bad_value_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    client.ok("begin", beginning(&["2090-03-05T10:00"]));
    let mut bad = preferences();
    bad["home_zone"] = json!("Mars/Olympus_Mons");
    let error = client
        .call("set_preferences", json!({"preferences": bad}))
        .expect_err("an unknown zone is refused");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("Mars/Olympus_Mons"),
        "the message names the zone: {error}"
    );
    let mut later = preferences();
    later["reminder_time"] = json!("07:30");
    let overview = client.ok("set_preferences", json!({"preferences": later}));
    assert_eq!(
        overview["preferences"]["reminder_time"], "07:30:00",
        "a valid change is stored"
    );
}

#[test]
fn the_data_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let before = {
        let client = Client::open(dir.path());
        let overview = client.ok(
            "begin",
            beginning(&["2090-03-05T10:00", "2090-04-16T10:00"]),
        );
        let ticked = client.ok(
            "mark_step",
            json!({"date": overview["date"], "rule": "moisturize-before", "done": true}),
        );
        assert_eq!(
            ticked["today"]["done"],
            json!(["moisturize-before"]),
            "ticking a step returns the checklist with it ticked"
        );
        client.reminder_keys()
    };
    let client = Client::open(dir.path());
    assert_eq!(
        client.reminder_keys(),
        before,
        "the same reminders after the app restarts"
    );
    let today = &client.ok("overview", json!({}))["today"];
    assert_eq!(
        today["done"],
        json!(["moisturize-before"]),
        "a ticked step stays ticked: {today}"
    );
}

#[test]
fn an_artists_protocol_is_shown_as_its_changes_and_followed_only_once_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    client.ok("begin", beginning(&["2090-03-05T10:00"]));
    let mut protocol = client.ok("artist_protocol", json!({"base": "seed"}));
    let wash = protocol["rule"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|rule| rule["key"] == "wash-ok")
        .unwrap();
    wash["days"] = json!([5, 6]);
    protocol["id"] = json!("ink-studio");
    protocol["studio"] = json!({"name": "Ink Studio"});
    let shared = client.ok("share_protocol", json!({"protocol": protocol}));
    let code = shared["code"].as_str().unwrap();
    assert!(
        shared["qr"]["Ok"].as_str().unwrap().contains("<svg"),
        "a QR code: {shared}"
    );

    let preview = client.ok("preview_protocol", json!({"text": shared["link"]}));
    let differences = preview["differences"].as_array().unwrap();
    assert!(
        differences
            .iter()
            .any(|d| d["rule"] == "wash-ok" && d["after"] == "day 5 to day 6"),
        "the changed days are shown: {preview}"
    );
    let before = client.reminder_keys();
    assert!(
        before.contains(&"2090-03-05/wash-ok/4".to_string()),
        "looking at a protocol changes nothing"
    );

    let overview = client.ok("accept_protocol", json!({"text": code}));
    assert_eq!(overview["protocol"]["studio"]["name"], "Ink Studio");
    let after = client.reminder_keys();
    assert!(
        after.contains(&"2090-03-05/wash-ok/5".to_string())
            && !after.contains(&"2090-03-05/wash-ok/4".to_string()),
        "accepted, the reminders follow its days"
    );
}

#[test]
fn hostile_shared_protocols_are_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    client.ok("begin", beginning(&["2090-03-05T10:00"]));
    let before = client.reminder_keys();
    let mut scripted = client.ok("artist_protocol", json!({"base": "seed"}));
    scripted["rule"][0]["title"] = json!("x".repeat(101));
    let error = client
        .call("share_protocol", json!({"protocol": scripted}))
        .expect_err("an artist's text over its limit is refused before it is shared");
    assert!(
        error["message"].as_str().unwrap().contains("at most 100"),
        "{error}"
    );
    for hostile in [
        "SMPA2-AAAA".to_string(),
        "SMPA7-AAAA".to_string(),
        format!("format = 1\n#{}", "x".repeat(17 * 1024)),
        "format = 1\nid = \"x\"\nextra = true\n".to_string(),
    ] {
        for command in ["preview_protocol", "accept_protocol"] {
            let error = client
                .call(command, json!({"text": hostile}))
                .expect_err("refused");
            assert_eq!(error["kind"], "input", "{command}: {error}");
        }
    }
    assert_eq!(
        client.reminder_keys(),
        before,
        "nothing was imported: the reminders are as they were"
    );
}

#[test]
fn the_journal_gives_red_flag_advice_and_keeps_photos_without_their_location() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    client.ok("begin", beginning(&["2090-03-05T10:00"]));
    let assessed = client.ok(
        "check_in",
        json!({"date": "2090-03-06", "answers": {"redness": "mild", "fever": true}}),
    );
    assert_eq!(
        (&assessed["advice"]["urgency"], &assessed["day"]),
        (&json!("doctor"), &json!(1)),
        "fever on day 1 calls for a doctor: {assessed}"
    );
    let today = client.ok("overview", json!({}))["date"].clone();
    client.ok(
        "check_in",
        json!({"date": today, "answers": {"streaks": true}}),
    );
    assert_eq!(
        client.ok("overview", json!({}))["check_in"]["advice"]["urgency"],
        "doctor",
        "today's check-in and its advice come with the overview, for Today to show"
    );
    let misspelt = client
        .call(
            "check_in",
            json!({"date": "2090-03-06", "answers": {"fevr": true}}),
        )
        .expect_err("an answer the check-in does not have is refused");
    assert!(misspelt.to_string().contains("fevr"), "{misspelt}");

    let photo = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/photos/located.jpg"
    ))
    .unwrap();
    let encoded = base64::engine::general_purpose::STANDARD.encode(&photo);
    let kept = client.ok(
        "add_photo",
        json!({"date": "2090-03-07", "base64": encoded}),
    );
    let url = client.ok("photo", json!({"id": kept["id"]}));
    let shown = base64::engine::general_purpose::STANDARD
        .decode(
            url.as_str()
                .unwrap()
                .strip_prefix("data:image/jpeg;base64,")
                .unwrap(),
        )
        .unwrap();
    assert!(
        !shown.windows(3).any(|w| w == b"GPS"),
        "the photo shown holds no GPS data"
    );
    for (bad, why) in [
        ("not base64!", "did not arrive whole"),
        ("aGVsbG8=", "JPEG and PNG"),
    ] {
        let error = client
            .call("add_photo", json!({"date": "2090-03-07", "base64": bad}))
            .expect_err("a broken photo is refused");
        assert!(
            error["kind"] == "input" && error["message"].as_str().unwrap().contains(why),
            "{error}"
        );
    }
    let journal = client.ok("journal", json!({}));
    assert_eq!(
        journal["photos"].as_array().unwrap().len(),
        1,
        "only the good photo is stored"
    );
}

#[test]
fn pushing_a_healing_step_back_moves_its_reminder_and_undo_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    client.ok("begin", beginning(&["2090-03-05T10:00"]));
    client.ok(
        "postpone",
        json!({"session": 1, "rule": "wash-ok", "undo": false}),
    );
    assert!(
        client
            .reminder_keys()
            .contains(&"2090-03-05/wash-ok/5".to_string()),
        "washing waits a day"
    );
    client.ok(
        "postpone",
        json!({"session": 1, "rule": "wash-ok", "undo": true}),
    );
    assert!(
        client
            .reminder_keys()
            .contains(&"2090-03-05/wash-ok/4".to_string()),
        "and comes back to the protocol's day"
    );
}

#[test]
fn damage_among_the_photos_is_found_after_the_first_screen_and_shown_from_then_on() {
    let dir = tempfile::tempdir().unwrap();
    let photo = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/photos/located.jpg"
    ))
    .unwrap();
    let path = dir.path().join("aftercare.db");
    {
        let mut store = aftercare_store::Store::open(&path).unwrap();
        let now = crate::now();
        let session = aftercare_core::Session::parse("2090-03-05T10:00", "Europe/Paris").unwrap();
        store.add_session(session, now).unwrap();
        let date = aftercare_core::parse::date("2090-03-07").unwrap();
        store.add_photo(date, &photo, now).unwrap();
    }
    // Closed, the file holds everything: point the photo's last page at one past the file's end.
    let stored = aftercare_core::photo::clean(&photo).unwrap().bytes;
    let tail = &stored[stored.len() - 600..stored.len() - 100];
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes.windows(tail.len()).position(|w| w == tail).unwrap();
    let page = at / 4096 * 4096;
    bytes[page..page + 4].copy_from_slice(&0x00ff_ffff_u32.to_be_bytes());
    std::fs::write(&path, &bytes).unwrap();

    let client = Client::open(dir.path());
    assert_eq!(
        client.ok("overview", json!({}))["damaged"],
        Value::Null,
        "the start does not read the photos, so the first screen comes as quickly as ever"
    );
    client.ok("check_whole", json!({}));
    let damaged = client.ok("overview", json!({}))["damaged"].clone();
    assert!(
        damaged.as_str().is_some_and(|m| m.contains("damaged")),
        "after the first screen, the whole check finds the damage and the overview says so: {damaged}"
    );
    let refused = client
        .call(
            "add_session",
            json!({"start": "2090-05-05T10:00", "zone": "Europe/Paris"}),
        )
        .expect_err("nothing is written into a damaged file");
    assert_eq!(refused["kind"], "storage", "{refused}");
}

#[test]
fn a_window_waiting_for_signals_hears_of_changed_reminders_and_of_links() {
    let dir = tempfile::tempdir().unwrap();
    let client = Client::open(dir.path());
    let first = client.ok("next_signals", json!({ "seen": null }));
    assert_eq!(
        first,
        json!({ "reminders_changed": 0, "links": 0 }),
        "asked with nothing seen, the window gets the counts at once"
    );
    crate::signals::reminders_changed(&client.window);
    let changed = client.ok("next_signals", json!({ "seen": first }));
    assert_eq!(
        changed,
        json!({ "reminders_changed": 1, "links": 0 }),
        "a change behind the window's back answers the request waiting since the first counts"
    );
    crate::signals::link_arrived(&client.window);
    assert_eq!(
        client.ok("next_signals", json!({ "seen": changed })),
        json!({ "reminders_changed": 1, "links": 1 }),
        "a link arriving answers it too, and says which happened"
    );
}

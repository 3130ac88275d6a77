//! The healing journal from the command line: check-ins with their advice, photos kept without
//! their location, and a healing rule pushed back a day.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

mod support;

use support::Db;

const PHOTO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/photos/located.jpg"
);

#[test]
fn a_check_in_with_fever_says_to_contact_a_doctor() {
    let db = Db::new("fever");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    let calm = db.ok(&[
        "journal",
        "check-in",
        "--date",
        "2026-03-07",
        "--redness",
        "mild",
    ]);
    assert!(
        calm.contains("Healing as usual"),
        "mild redness on day 2: {calm}"
    );
    let fever = db.ok(&["journal", "check-in", "--date", "2026-03-08", "--fever"]);
    assert!(
        fever.contains("Contact a doctor") && fever.contains("Fever or chills"),
        "a red flag, and why: {fever}"
    );
    let all: serde_json::Value =
        serde_json::from_str(&db.ok(&["journal", "check-ins", "--json"])).unwrap();
    assert_eq!(
        all[1]["advice"]["urgency"], "doctor",
        "the JSON carries the advice"
    );
}

#[test]
fn a_bad_answer_is_refused_with_the_choices() {
    let db = Db::new("answer");
    // Clap's own message, with its usage hint.
    let output = db.run(&["journal", "check-in", "--redness", "very"]);
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        output.status.code() == Some(2) && error.contains("mild") && error.contains("severe"),
        "says what is allowed: {error}"
    );
    let error = db.refused(&["journal", "check-in", "--pain", "11"], 2);
    assert!(error.contains("0 (none) to 10"), "{error}");
}

#[test]
fn a_photo_comes_back_without_its_location() {
    let db = Db::new("photo");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    let kept = db.ok(&["journal", "photo", "add", PHOTO, "--date", "2026-03-07"]);
    assert!(kept.contains("without location"), "{kept}");
    assert!(
        db.ok(&["journal", "photo", "list"]).contains("image/jpeg"),
        "listed"
    );
    let out = db.file("out.jpg");
    db.ok(&["journal", "photo", "save", "1", out.to_str().unwrap()]);
    let saved = std::fs::read(&out).unwrap();
    let original = std::fs::read(PHOTO).unwrap();
    let has = |bytes: &[u8], needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(
        has(&original, b"GPS") && !has(&saved, b"GPS"),
        "the fixture holds GPS data and the kept photo none"
    );
    let not_a_photo = db.file("note.txt");
    std::fs::write(&not_a_photo, "hello").unwrap();
    let error = db.refused(
        &["journal", "photo", "add", not_a_photo.to_str().unwrap()],
        2,
    );
    assert!(error.contains("nothing was stored"), "{error}");
    db.ok(&["journal", "photo", "remove", "1"]);
    assert!(
        db.ok(&["journal", "photo", "list"])
            .contains("No photos yet"),
        "deleted"
    );
}

#[test]
fn postponing_a_healing_rule_moves_its_reminder_a_day() {
    let db = Db::new("postpone");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    db.ok(&["postpone", "wash-ok", "--session", "1"]);
    let reminders = db.ok(&["reminders", "--json"]);
    assert!(
        reminders.contains("2026-03-05/wash-ok/5") && !reminders.contains("2026-03-05/wash-ok/4"),
        "washing is allowed from day 5 now"
    );
    db.ok(&["postpone", "wash-ok", "--session", "1", "--undo"]);
    assert!(
        db.ok(&["reminders", "--json"])
            .contains("2026-03-05/wash-ok/4"),
        "and from day 4 again after undo"
    );
    let error = db.refused(&["postpone", "cut-hair", "--session", "1"], 2);
    assert!(error.contains("cannot be pushed back"), "{error}");
}

#[test]
fn the_sun_follows_the_city_chosen_and_an_unknown_one_changes_nothing() {
    let db = Db::new("city");
    db.ok(&["session", "add", "2026-11-20T10:00"]);
    let sun = |db: &Db| {
        let all: serde_json::Value =
            serde_json::from_str(&db.ok(&["reminders", "--json"])).unwrap();
        all.as_array()
            .unwrap()
            .iter()
            .filter(|r| r["category"] == "sun" && r["day"].as_i64().unwrap() < 30)
            .count()
    };
    assert_eq!(sun(&db), 0, "no UV window over London in December");
    let error = db.refused(&["settings", "--city", "Atlantis"], 2);
    assert!(error.contains("Atlantis"), "{error}");
    assert!(
        db.ok(&["settings"]).contains("Sun over:      London"),
        "nothing changed"
    );
    db.ok(&["settings", "--city", "sydney"]);
    assert!(db.ok(&["settings"]).contains("Sun over:      Sydney"));
    assert_eq!(
        sun(&db),
        30,
        "a Sydney December: every healing day has a UV window"
    );
}

#[test]
fn the_report_is_one_page_with_the_chart_and_only_the_photos_and_notes_picked() {
    let db = Db::new("report");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    db.ok(&["journal", "check-in", "--date", "2026-03-06", "--pain", "4"]);
    db.ok(&["journal", "photo", "add", PHOTO, "--date", "2026-03-06"]);
    db.ok(&["journal", "photo", "add", PHOTO, "--date", "2026-03-07"]);
    db.ok(&["journal", "add", "for the artist", "--date", "2026-03-06"]);
    db.ok(&[
        "journal",
        "add",
        "not for the artist",
        "--date",
        "2026-03-07",
    ]);
    let page = db.file("report.html");
    let said = db.ok(&[
        "report",
        "-o",
        page.to_str().unwrap(),
        "--photo",
        "2",
        "--note",
        "1",
    ]);
    assert!(said.contains("report.html"), "says where it wrote: {said}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains(r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart""#),
        "the chart"
    );
    assert_eq!(
        html.matches("<img src=\"data:image/jpeg;base64,").count(),
        1,
        "photo 2 alone"
    );
    assert!(html.contains("Day 2 ·"), "photo 2 shows day 2: {html}");
    assert!(
        html.contains("for the artist") && !html.contains("not for the artist"),
        "note 1 alone"
    );
    let message = db.refused(&["report", "-o", page.to_str().unwrap(), "--photo", "9"], 2);
    assert!(message.contains("photo 9"), "{message}");
    assert!(
        std::fs::read_to_string(&page).unwrap() == html,
        "a refused report leaves the earlier file as it was"
    );
}

//! Sharing from the command line: the calendar export, an artist's protocol as a share code, a
//! link and a QR code, importing it only once accepted, and the progress summary.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::path::PathBuf;

mod support;

use support::Db;

/// The default protocol with washing from day 5, from an artist's studio, as a file.
fn artist_protocol(db: &Db) -> PathBuf {
    let seed = db.ok(&["protocol", "show"]);
    let edited = seed
        .replacen(
            "days = [4, 6]\nat = \"morning\"\nlifts = \"keep-dry\"",
            "days = [5, 6]\nat = \"morning\"\nlifts = \"keep-dry\"",
            1,
        )
        .replacen(
            "min_days_between_sessions",
            "studio = { name = \"Ink Studio\", contact = \"+44 20 7946 0000\" }\nmin_days_between_sessions",
            1,
        )
        .replacen("id = \"seed\"", "id = \"ink-studio\"", 1);
    assert_ne!(edited, seed, "the fixture edits the default");
    let path = db.file("ink-studio.toml");
    std::fs::write(&path, edited).unwrap();
    path
}

#[test]
fn a_shared_protocol_is_imported_only_once_accepted() {
    let db = Db::new("import");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    let file = artist_protocol(&db);
    let shared = db.ok(&["protocol", "share", file.to_str().unwrap()]);
    let (code, link) = shared.trim().split_once('\n').unwrap();
    assert!(code.starts_with("SMPA3-"), "a versioned code: {code}");
    assert_eq!(
        link,
        format!("smp-aftercare://protocol/{code}"),
        "and its link"
    );
    // The default in five languages is some 20 KB of JSON, at most 258 bytes a back-reference.
    assert!(
        code.len() < 400,
        "an edit of the default stays short: {code}"
    );

    let preview = db.ok(&["protocol", "import", link]);
    assert!(
        preview.contains("from Ink Studio (+44 20 7946 0000)"),
        "{preview}"
    );
    assert!(
        preview.contains("You may wash your scalp again: days: day 4 to day 6 -> day 5 to day 6"),
        "the difference, with both values: {preview}"
    );
    assert!(preview.contains("Nothing changed"), "{preview}");
    assert!(
        db.ok(&["protocol", "show", "--json"])
            .contains("\"id\": \"seed\""),
        "without accepting, nothing changed"
    );

    let accepted = db.ok(&["protocol", "import", code, "--yes"]);
    assert!(accepted.contains("Now following"), "{accepted}");
    let today = db.ok(&["today", "--date", "2026-03-10"]);
    assert!(
        today.contains("You may wash your scalp again"),
        "day 5 is the day washing is allowed: {today}"
    );
    let day_four = db.ok(&["today", "--date", "2026-03-09", "--json"]);
    assert!(
        !day_four.contains("\"allowed-today\""),
        "not on day 4 any more: {day_four}"
    );
}

#[test]
fn hostile_shared_protocols_are_refused_and_nothing_changes() {
    let db = Db::new("hostile");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    let code = db.ok(&["protocol", "share", artist_protocol(&db).to_str().unwrap()]);
    let code = code.lines().next().unwrap();
    let cases = [
        (code[..code.len() / 2].to_string(), "damaged or cut short"),
        ("SMPA9-AAAA".to_string(), "newer SMP Aftercare"),
        ("SMPA2-not base64!".to_string(), "damaged"),
        (
            format!("format = 1\n# {}\n", "x".repeat(70_000)),
            "64 KiB",
        ),
        (
            "format = 1\nid = \"x\"\nname = \"x\"\nversion = \"1\"\nmin_days_between_sessions = 7\n\
             [grace_hours]\nmilestone = 1\ndigest = 1\nprep = 1\nsun = 1\ncheckin = 1\n\
             [[rule]]\nkey = \"a\"\ncategory = \"digest\"\nkind = \"avoid\"\nfrom = \"each\"\n\
             days = [0, 99999]\nat = \"digest\"\ntitle = \"t\"\nbody = \"b\"\n"
                .to_string(),
            "out of range",
        ),
    ];
    for (input, expected) in cases {
        let path = db.file("hostile.txt");
        std::fs::write(&path, &input).unwrap();
        let message = db.refused(&["protocol", "import", path.to_str().unwrap(), "--yes"], 2);
        assert!(
            message.contains(expected),
            "{expected:?} in {message:?} for {input:.60}"
        );
        assert!(
            db.ok(&["protocol", "show", "--json"])
                .contains("\"id\": \"seed\""),
            "a refused import changes nothing"
        );
    }
}

#[test]
fn the_qr_code_is_an_svg_of_the_link() {
    let db = Db::new("qr");
    let file = artist_protocol(&db);
    let svg_path = db.file("code.svg");
    db.ok(&[
        "protocol",
        "qr",
        file.to_str().unwrap(),
        "-o",
        svg_path.to_str().unwrap(),
    ]);
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(
        svg.contains("<svg") && svg.contains("<path"),
        "an SVG drawing"
    );
}

#[test]
fn the_calendar_export_takes_the_chosen_categories_and_dates() {
    let db = Db::new("ics");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    let all = db.ok(&["export", "ics"]);
    assert!(all.starts_with("BEGIN:VCALENDAR\r\n"), "an iCalendar file");
    let events = |ics: &str| ics.matches("BEGIN:VEVENT").count();
    let milestones = db.ok(&[
        "export",
        "ics",
        "--category",
        "milestone",
        "--from",
        "2026-03-01",
        "--to",
        "2026-04-30",
    ]);
    assert!(
        events(&milestones) > 0 && events(&milestones) < events(&all),
        "fewer events: {} of {}",
        events(&milestones),
        events(&all)
    );
    assert!(
        !milestones.contains("CATEGORIES:SMP aftercare,digest"),
        "only milestones"
    );
    let without_stamp = |ics: &str| -> Vec<String> {
        ics.lines()
            .filter(|line| !line.starts_with("DTSTAMP"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        without_stamp(&db.ok(&["export", "ics"])),
        without_stamp(&all),
        "the same data exports the same events, with the same UIDs"
    );
    let message = db.refused(&["export", "ics", "--category", "gym"], 2);
    assert!(
        message.contains("`gym` is not a reminder category"),
        "{message}"
    );
    let message = db.refused(&["export", "ics", "--from", "2026-02-30"], 2);
    assert!(message.contains("`2026-02-30` is not a date"), "{message}");
}

#[test]
fn the_summary_holds_only_the_notes_picked() {
    let db = Db::new("summary");
    db.ok(&["session", "add", "2026-03-05T10:00"]);
    db.ok(&[
        "journal",
        "add",
        "tight and a little red",
        "--date",
        "2026-03-06",
    ]);
    db.ok(&[
        "journal",
        "add",
        "private: not for the artist",
        "--date",
        "2026-03-07",
    ]);
    let list = db.ok(&["journal", "list"]);
    let first = list.split_whitespace().next().unwrap();
    let summary = db.ok(&["summary", "--note", first]);
    assert!(summary.contains("Session 1:"), "{summary}");
    assert!(summary.contains("tight and a little red"), "{summary}");
    assert!(
        !summary.contains("private"),
        "only the picked note: {summary}"
    );
    let message = db.refused(&["summary", "--note", "999"], 2);
    assert!(message.contains("no journal note 999"), "{message}");
}

//! The `aftercare` binary end to end: whole timelines as snapshots, the JSON format, and a clear
//! one-line refusal with exit status 2 for each kind of bad input.

#![allow(
    clippy::unwrap_used,
    reason = "a test or benchmark fails loudly on a broken fixture"
)]

use std::process::{Command, Output};

fn aftercare(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aftercare"))
        // English with British conventions, whatever the machine's language.
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_GB.UTF-8")
        .args(args)
        .output()
        .expect("the aftercare binary runs")
}

fn stdout(args: &[&str]) -> String {
    let output = aftercare(args);
    assert!(
        output.status.success(),
        "aftercare {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

/// Runs a command that must be refused: exit status 2 and one line on stderr.
fn refused(args: &[&str]) -> String {
    let output = aftercare(args);
    assert_eq!(
        output.status.code(),
        Some(2),
        "aftercare {args:?} must exit with 2"
    );
    assert!(
        output.stdout.is_empty(),
        "nothing is printed on stdout when input is refused"
    );
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr.lines().count(), 1, "one line, got: {stderr}");
    stderr
}

const ONE_SESSION: &[&str] = &["--session", "2026-03-05T10:00", "--tz", "Europe/London"];
const THREE_SESSIONS: &[&str] = &[
    "--session",
    "2026-03-05T10:00",
    "--session",
    "2026-03-19T10:00",
    "--session",
    "2026-04-16T14:30",
    "--tz",
    "Europe/London",
];

fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    base.iter().chain(extra).copied().collect()
}

#[test]
fn plan_one_session_seed() {
    insta::assert_snapshot!(stdout(&with(&["plan"], ONE_SESSION)));
}

#[test]
fn plan_three_sessions_seed() {
    insta::assert_snapshot!(stdout(&with(&["plan"], THREE_SESSIONS)));
}

#[test]
fn plan_one_session_strict() {
    insta::assert_snapshot!(stdout(&with(
        &["plan", "--protocol", "strict"],
        ONE_SESSION
    )));
}

#[test]
fn plan_three_sessions_strict_with_quiet_hours() {
    let args = with(
        &[
            "plan",
            "--protocol",
            "strict",
            "--reminder-time",
            "07:30",
            "--quiet",
            "22:00-08:00",
        ],
        THREE_SESSIONS,
    );
    insta::assert_snapshot!(stdout(&args));
}

#[test]
fn today_through_a_treatment() {
    let days = [
        "2026-03-04",
        "2026-03-07",
        "2026-03-09",
        "2026-03-19",
        "2026-04-20",
        "2027-06-01",
    ];
    let out: Vec<String> = days
        .iter()
        .map(|date| stdout(&with(&with(&["today"], THREE_SESSIONS), &["--date", date])))
        .collect();
    insta::assert_snapshot!(out.join("\n────────\n\n"));
}

#[test]
fn plan_json_has_the_documented_fields() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&with(&["plan", "--json"], THREE_SESSIONS))).unwrap();
    let reminders = json.as_array().expect("a JSON array of reminders");
    assert!(reminders.len() > 100, "the whole timeline, years of it");
    for reminder in reminders {
        for field in [
            "key", "category", "session", "day", "local", "at", "title", "body",
        ] {
            assert!(
                reminder.get(field).is_some(),
                "every reminder has `{field}`: {reminder}"
            );
        }
    }
    let wash = reminders
        .iter()
        .find(|r| r["key"] == "2026-03-19/wash-ok/4")
        .expect("session 2's washing milestone, keyed by its session date");
    assert_eq!(wash["session"], 2, "sessions are 1-based");
    assert_eq!(wash["day"], 4);
    assert_eq!(
        wash["local"], "2026-03-23T09:00",
        "ISO 8601 wall time without offset"
    );
    assert_eq!(
        wash["at"], "2026-03-23T09:00:00Z",
        "RFC 3339 instant, GMT before the clocks change"
    );
    let after_dst = reminders
        .iter()
        .find(|r| r["key"] == "2026-04-16/wash-ok/4")
        .unwrap();
    assert_eq!(
        after_dst["at"], "2026-04-20T09:00:00+01:00",
        "the same wall time in BST"
    );
    let prep = reminders
        .iter()
        .find(|r| r["key"] == "2026-03-19/no-alcohol/-2")
        .unwrap();
    assert_eq!(prep["day"], -2, "days before a session are negative");
}

#[test]
fn today_json_names_the_day_and_the_next_change() {
    let json: serde_json::Value = serde_json::from_str(&stdout(&with(
        &["today", "--json", "--date", "2026-03-07"],
        ONE_SESSION,
    )))
    .unwrap();
    assert_eq!(
        (json["session"].as_u64(), json["day"].as_i64()),
        (Some(1), Some(2))
    );
    assert_eq!(json["next_change"]["rules"][0], "wash-ok");
    assert_eq!(json["next_change"]["in_days"], 2);
}

#[test]
fn protocol_show_prints_the_default_and_it_checks_clean() {
    let shown = stdout(&["protocol", "show"]);
    assert!(
        shown.contains("key = \"wash-ok\""),
        "the default protocol as TOML"
    );
    let (_dir, file) = temp_file("shown.toml", &shown);
    let checked = stdout(&["protocol", "check", file.to_str().unwrap()]);
    assert!(checked.contains("ok"), "{checked}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&["protocol", "show", "--json"])).unwrap();
    assert_eq!(json["id"], "seed");
}

#[test]
fn protocol_check_names_the_line_and_field_of_each_problem() {
    let shown = stdout(&["protocol", "show"]);
    let broken = shown
        .replacen("days = [0, 3]", "days = [3, 0]", 1)
        .replacen("days = [4, 6]", "days = [4, 99999]", 1);
    let (_dir, file) = temp_file("broken.toml", &broken);
    let output = aftercare(&["protocol", "check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let line_of = |needle: &str| broken.lines().position(|l| l == needle).unwrap() + 1;
    let expected = [
        format!(
            "broken.toml:{}: rule `keep-dry`, days: the window ends on day 0, before it starts on day 3",
            line_of("days = [3, 0]")
        ),
        format!(
            "broken.toml:{}: rule `wash-ok`, days: day 99999 is out of range",
            line_of("days = [4, 99999]")
        ),
    ];
    for line in expected {
        assert!(stderr.contains(&line), "expected `{line}` in:\n{stderr}");
    }
}

#[test]
fn an_impossible_date_is_refused() {
    let err = refused(&["plan", "--session", "2026-02-30T10:00", "--tz", "UTC"]);
    assert!(
        err.contains("`2026-02-30T10:00` is not a date and time"),
        "{err}"
    );
}

#[test]
fn an_unknown_zone_is_refused() {
    let err = refused(&[
        "plan",
        "--session",
        "2026-03-05T10:00",
        "--tz",
        "Europe/Atlantis",
    ]);
    assert!(
        err.contains("`Europe/Atlantis` is not a known IANA time zone"),
        "{err}"
    );
}

#[test]
fn sessions_out_of_order_are_refused() {
    let err = refused(&[
        "plan",
        "--session",
        "2026-03-19T10:00",
        "--session",
        "2026-03-05T10:00",
        "--tz",
        "UTC",
    ]);
    assert!(err.contains("does not come after session 1"), "{err}");
}

#[test]
fn sessions_too_close_are_refused() {
    let err = refused(&[
        "plan",
        "--session",
        "2026-03-05T10:00",
        "--session",
        "2026-03-08T10:00",
        "--tz",
        "UTC",
    ]);
    assert!(err.contains("only 3 days apart"), "{err}");
}

#[test]
fn a_bad_reminder_time_is_refused() {
    let err = refused(&with(&["plan", "--reminder-time", "9am"], ONE_SESSION));
    assert!(err.contains("`9am` is not a time of day"), "{err}");
}

#[test]
fn bad_quiet_hours_are_refused() {
    let err = refused(&with(&["plan", "--quiet", "22:00-22:00"], ONE_SESSION));
    assert!(
        err.contains("`22:00-22:00` is not a quiet-hours window"),
        "{err}"
    );
}

#[test]
fn a_bad_date_for_today_is_refused() {
    let err = refused(&with(&["today", "--date", "07/03/2026"], ONE_SESSION));
    assert!(err.contains("`07/03/2026` is not a date"), "{err}");
}

#[test]
fn a_date_beyond_the_supported_years_is_refused() {
    let err = refused(&["plan", "--session", "2190-03-05T10:00", "--tz", "UTC"]);
    assert!(err.contains("outside the supported years"), "{err}");
}

#[test]
fn a_missing_protocol_file_is_refused() {
    let err = refused(&with(
        &["plan", "--protocol", "/nonexistent/clinic.toml"],
        ONE_SESSION,
    ));
    assert!(
        err.contains("cannot read `/nonexistent/clinic.toml`"),
        "{err}"
    );
}

#[test]
fn an_invalid_protocol_file_is_refused_on_one_line() {
    let (_dir, file) = temp_file(
        "unknown-field.toml",
        &stdout(&["protocol", "show"]).replacen("id = \"seed\"", "id = \"seed\"\ncolour = 1", 1),
    );
    let err = refused(&with(
        &["plan", "--protocol", file.to_str().unwrap()],
        ONE_SESSION,
    ));
    assert!(err.contains("unknown field `colour`"), "{err}");
}

#[test]
fn an_oversized_protocol_file_is_refused_without_parsing() {
    let (_dir, file) = temp_file("huge.toml", &"#".repeat(300 * 1024));
    let err = refused(&with(
        &["plan", "--protocol", file.to_str().unwrap()],
        ONE_SESSION,
    ));
    assert!(
        err.contains("larger than the 64 KiB a protocol may take"),
        "{err}"
    );
}

#[test]
fn missing_sessions_are_a_usage_error() {
    let output = aftercare(&["plan"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "clap's usage errors also exit with 2"
    );
}

/// A file named `name` holding `content`, in a folder removed when the returned guard drops.
fn temp_file(name: &str, content: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::Builder::new()
        .prefix("aftercare-cli-file-")
        .tempdir()
        .unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    (dir, path)
}

#[test]
fn sun_in_london_in_midwinter_stays_below_3() {
    let out = stdout(&["sun", "--date", "2026-12-21", "--zone", "Europe/London"]);
    assert!(
        out.contains("Clear-sky UV index in London (51.51°N, 0.13°W) · times in Europe/London"),
        "the zone's principal city, and the zone the times are in: {out}"
    );
    assert!(
        out.contains("Monday, 21 December 2026  peak  0.5 at 11:58  UV stays below 3"),
        "51.5N at the solstice: {out}"
    );
    assert!(
        out.contains("A clear-sky estimate: clouds lower it, snow and altitude raise it."),
        "the figure is labelled for what it is: {out}"
    );
}

#[test]
fn sun_in_london_in_midsummer_gives_hours_to_protect() {
    let out = stdout(&["sun", "--date", "2026-06-21", "--zone", "Europe/London"]);
    assert!(
        out.contains("Sunday, 21 June 2026  peak  9.2 at 13:02  protect 08:43–17:21"),
        "solar noon just after 13:00 BST, UV 3 from mid-morning to late afternoon: {out}"
    );
}

#[test]
fn sun_at_coordinates_shows_times_in_the_machine_zone_unless_one_is_given() {
    let at = |zone: &str, extra: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_aftercare"))
            // English with British conventions, whatever the machine's language.
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "en_GB.UTF-8")
            .args(with(
                &[
                    "sun",
                    "--date",
                    "2026-06-21",
                    "--lat",
                    "51.5",
                    "--lon",
                    "-0.13",
                ],
                extra,
            ))
            .env("TZ", zone)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let machine = at("America/New_York", &[]);
    assert!(
        machine.contains("51.50°N, 0.13°W · times in America/New_York")
            && machine.contains("peak  9.2 at 08:02"),
        "London's noon on New York's clock: {machine}"
    );
    let given = at("America/New_York", &["--zone", "Europe/London"]);
    assert!(
        given.contains("times in Europe/London") && given.contains("at 13:02"),
        "--zone wins over the machine's: {given}"
    );
}

#[test]
fn sun_json_has_the_place_and_each_day_with_offsets() {
    let json: serde_json::Value = serde_json::from_str(&stdout(&[
        "sun",
        "--date",
        "2026-03-28",
        "--days",
        "3",
        "--zone",
        "Europe/London",
        "--json",
    ]))
    .unwrap();
    assert_eq!(json["city"], "London");
    assert_eq!(json["zone"], "Europe/London");
    assert!(
        (json["place"]["latitude"].as_f64().unwrap() - 51.508).abs() < 0.001,
        "zone1970.tab's London: {}",
        json["place"]
    );
    let days = json["days"].as_array().expect("one entry per day");
    assert_eq!(days.len(), 3, "--days 3");
    assert_eq!(days[0]["date"], "2026-03-28");
    for (day, offset) in days.iter().zip(["Z", "+01:00", "+01:00"]) {
        assert!(day["peak"].is_f64(), "the peak is a number: {day}");
        for instant in [
            &day["peak_at"],
            &day["window"]["opens"],
            &day["window"]["closes"],
        ] {
            let text = instant.as_str().expect("an RFC 3339 instant");
            assert!(
                text.ends_with(offset),
                "the clocks go forward on 29 March: {text} should end in {offset}"
            );
        }
    }
    let december: serde_json::Value = serde_json::from_str(&stdout(&[
        "sun",
        "--date",
        "2026-12-21",
        "--zone",
        "Europe/London",
        "--json",
    ]))
    .unwrap();
    assert!(
        december["days"][0]["window"].is_null(),
        "no window when UV stays below 3: {december}"
    );
}

#[test]
fn sun_refuses_what_is_no_place_or_day() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["sun", "--lat", "95", "--lon", "0"],
            "`95` is not a latitude",
        ),
        (
            &["sun", "--zone", "Europe/Atlantis"],
            "`Europe/Atlantis` is not a known IANA time zone",
        ),
        (
            &["sun", "--zone", "Europe/London", "--date", "21/06/2026"],
            "`21/06/2026` is not a date",
        ),
        (&["sun", "--zone", "UTC"], "the zone `UTC` names no place"),
        (&["sun"], "say where the sun is"),
    ];
    for (args, message) in cases {
        let err = refused(args);
        assert!(err.contains(message), "{args:?}: {err}");
    }
    let output = aftercare(&["sun", "--zone", "Europe/London", "--days", "400"]);
    assert_eq!(output.status.code(), Some(2), "a usage error");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("400 is not in 1..=366"),
        "at most a year of days"
    );
}

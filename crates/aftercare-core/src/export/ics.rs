//! Calendar export: reminders and upcoming sessions as an iCalendar file (RFC 5545) that any
//! calendar imports, and that updates rather than duplicates when imported again.

use chrono::{DateTime, NaiveDate, Utc};

use crate::locale::Locale;
use crate::plan::reminders::Reminder;
use crate::plan::treatment::Session;
use crate::protocol::{Categories, Category};

/// Where UIDs live: the app's identifier, so that they never clash with another program's.
const DOMAIN: &str = "smpaftercare.org";
/// The longest line, in octets, without its CRLF (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// Which reminders go into the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub categories: Categories,
    /// First and last calendar day, inclusive.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Selection {
    /// Every reminder.
    pub fn all() -> Selection {
        Selection {
            categories: Category::ALL.into_iter().collect(),
            from: None,
            to: None,
        }
    }

    pub fn includes(&self, reminder: &Reminder) -> bool {
        self.categories.contains(reminder.category) && self.covers(reminder.date)
    }

    fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| date >= from) && self.to.is_none_or(|to| date <= to)
    }
}

/// The calendar: each selected reminder as a short event with an alarm at its time, and each
/// session starting after `now` as an event with an alarm two hours before.
///
/// UIDs come from the reminders' stable keys and the sessions' numbers, so importing a newer
/// export updates the events already there. Times are in UTC, which every calendar reads and
/// shows in its own zone. The app's own texts are in `locale`'s language, as the reminders are.
pub fn calendar<'a>(
    reminders: impl IntoIterator<Item = &'a Reminder>,
    sessions: &[Session],
    selection: &Selection,
    now: DateTime<Utc>,
    locale: Locale,
) -> String {
    let name = locale.text("ics-calendar");
    let mut out = Calendar::default();
    let stamp = utc(now);
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//SMP Aftercare//Aftercare reminders//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.property("X-WR-CALNAME", &text(&name));
    for (index, session) in sessions.iter().enumerate() {
        let start = session.instant().with_timezone(&Utc);
        if start <= now || !selection.covers(session.start().date()) {
            continue;
        }
        let number = index + 1;
        out.line("BEGIN:VEVENT");
        out.property("UID", &format!("session-{number}@{DOMAIN}"));
        out.property("DTSTAMP", &stamp);
        out.property("DTSTART", &utc(start));
        // An SMP session takes two to four hours.
        out.property("DURATION", "PT3H");
        let said = |id| locale.text_with(id, [("number", number.into())]);
        out.property("SUMMARY", &text(&said("ics-session")));
        let description = locale.text_with(
            "ics-session-description",
            [
                ("number", number.into()),
                ("time", locale.time(session.start().time()).into()),
                ("zone", session.zone().name().into()),
            ],
        );
        out.property("DESCRIPTION", &text(&description));
        out.property("CATEGORIES", &text(&name));
        out.alarm("-PT2H", &said("ics-session-alarm"));
        out.line("END:VEVENT");
    }
    for reminder in reminders {
        if !selection.includes(reminder) {
            continue;
        }
        out.line("BEGIN:VEVENT");
        out.property("UID", &format!("{}@{DOMAIN}", text(&reminder.key)));
        out.property("DTSTAMP", &stamp);
        out.property("DTSTART", &utc(reminder.at.with_timezone(&Utc)));
        out.property("DURATION", "PT15M");
        out.property("SUMMARY", &text(&reminder.title));
        out.property("DESCRIPTION", &text(&reminder.body));
        out.property(
            "CATEGORIES",
            &format!("{},{}", text(&name), reminder.category),
        );
        // Free time: a reminder does not make the client busy.
        out.property("TRANSP", "TRANSPARENT");
        out.alarm("PT0S", &reminder.title);
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    out.0
}

#[derive(Default)]
struct Calendar(String);

impl Calendar {
    /// Writes a content line, folded so that no line exceeds 75 octets, never inside a UTF-8
    /// character.
    fn line(&mut self, line: &str) {
        let mut rest = line;
        let mut room = LINE_OCTETS;
        loop {
            if rest.len() <= room {
                self.0.push_str(rest);
                self.0.push_str("\r\n");
                return;
            }
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.0.push_str(&rest[..cut]);
            // A continuation line starts with one space, which counts towards its 75 octets.
            self.0.push_str("\r\n ");
            rest = &rest[cut..];
            room = LINE_OCTETS - 1;
        }
    }

    fn property(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{value}"));
    }

    fn alarm(&mut self, trigger: &str, description: &str) {
        self.line("BEGIN:VALARM");
        self.property("ACTION", "DISPLAY");
        self.property("TRIGGER", trigger);
        self.property("DESCRIPTION", &text(description));
        self.line("END:VALARM");
    }
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // Protocol texts cannot hold other control characters; a CR of a CRLF is dropped.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A DATE-TIME in UTC: `20260309T090000Z`.
fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Protocol, Settings, Treatment, reminders_for};

    fn now() -> DateTime<Utc> {
        "2026-03-01T08:00:00Z".parse().unwrap()
    }

    fn export(selection: &Selection) -> String {
        let protocol = Protocol::seed();
        let sessions = vec![
            Session::parse("2026-03-05T10:00", "Europe/London").unwrap(),
            Session::parse("2026-03-19T10:00", "Europe/London").unwrap(),
        ];
        let treatment = Treatment::new(sessions.clone(), &protocol).unwrap();
        let reminders = reminders_for(
            &treatment,
            &protocol,
            &Settings::new(chrono_tz::Tz::Europe__London),
        );
        calendar(&reminders, &sessions, selection, now(), Locale::default())
    }

    #[test]
    fn every_line_ends_in_crlf_and_fits_75_octets() {
        let ics = export(&Selection::all());
        assert!(ics.ends_with("END:VCALENDAR\r\n"), "the calendar is closed");
        for line in ics.split("\r\n") {
            assert!(
                line.len() <= 75,
                "folded: {line:?} is {} octets",
                line.len()
            );
            assert!(
                !line.contains('\n') && !line.contains('\r'),
                "no bare line breaks"
            );
        }
    }

    #[test]
    fn folding_never_splits_a_character_and_unfolds_to_the_original() {
        let mut calendar = Calendar::default();
        let long = format!("SUMMARY:{}", "é✓😀".repeat(40));
        calendar.line(&long);
        let folded = calendar.0;
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(
            folded.trim_end_matches("\r\n").replace("\r\n ", ""),
            long,
            "unfolding gives back the line: no character was cut"
        );
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(
            text("a, b; c\\d\nnext"),
            "a\\, b\\; c\\\\d\\nnext",
            "RFC 5545 TEXT escaping"
        );
    }

    #[test]
    fn uids_are_stable_and_unique() {
        let first = export(&Selection::all());
        let uids: Vec<&str> = first.lines().filter(|l| l.starts_with("UID:")).collect();
        let unique: std::collections::HashSet<_> = uids.iter().collect();
        assert_eq!(unique.len(), uids.len(), "one UID per event");
        let again = export(&Selection::all());
        let uids_again: Vec<&str> = again.lines().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids, uids_again, "a second export updates the same events");
    }

    #[test]
    fn the_selection_limits_categories_and_dates() {
        let selection = Selection {
            categories: [Category::Milestone].into_iter().collect(),
            from: Some("2026-03-06".parse().unwrap()),
            to: Some("2026-03-20".parse().unwrap()),
        };
        let ics = export(&selection);
        let starts: Vec<&str> = ics
            .lines()
            .filter_map(|l| l.strip_prefix("DTSTART:"))
            .collect();
        assert!(!starts.is_empty(), "some milestones fall in the range");
        assert!(
            starts
                .iter()
                .all(|s| ("20260306".."20260321").contains(&&s[..8])),
            "only the range: {starts:?}"
        );
        assert!(
            !ics.contains("CATEGORIES:SMP aftercare,digest"),
            "no digest was chosen"
        );
        assert!(
            ics.contains("UID:session-2@"),
            "session 2 falls in the range"
        );
        assert!(!ics.contains("UID:session-1@"), "session 1 falls before it");
    }
}

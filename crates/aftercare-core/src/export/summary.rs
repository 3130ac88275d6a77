//! The progress summary a client may send their artist: sessions, days followed, missed steps,
//! and only the journal notes they picked, as plain text any messenger or mail carries.

use chrono::NaiveDate;
use serde::Serialize;

use crate::locale::{Locale, Value};
use crate::plan::treatment::Session;
use crate::protocol::Studio;

/// What the summary tells; the store gathers it, the client chooses the notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// The protocol followed, by name.
    pub protocol: String,
    pub studio: Option<Studio>,
    pub sessions: Vec<Session>,
    pub today: NaiveDate,
    /// Days from the first session through today (none before it).
    pub days: u32,
    /// Of those, days on which the client ticked a step or marked a reminder done.
    pub days_followed: u32,
    /// Reminders the client marked done.
    pub done: usize,
    /// Reminders whose time passed without being shown or acted on, oldest first.
    pub missed: Vec<Missed>,
    /// The journal notes the client picked to share.
    pub notes: Vec<(NaiveDate, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Missed {
    pub date: NaiveDate,
    pub title: String,
}

impl Progress {
    /// The summary as text in `locale`: short lines, no markup, dates spelled out.
    pub fn to_text(&self, locale: Locale) -> String {
        let text =
            |id: &str, args: &[(&str, Value<'_>)]| locale.text_with(id, args.iter().cloned());
        let mut lines = vec![
            locale.text("summary-title"),
            text(
                "summary-as-of",
                &[("date", locale.long_day(self.today).into())],
            ),
            text(
                "summary-protocol",
                &[("name", self.protocol.as_str().into())],
            ),
        ];
        if let Some(studio) = &self.studio {
            lines.push(text(
                "summary-from",
                &[("studio", studio.name.as_str().into())],
            ));
        }
        lines.push(String::new());
        lines.push(locale.text("summary-sessions"));
        for (index, session) in self.sessions.iter().enumerate() {
            let id = if session.date() > self.today {
                "summary-session-planned"
            } else {
                "summary-session-done"
            };
            lines.push(text(
                id,
                &[
                    ("number", (index + 1).into()),
                    ("date", locale.long_day(session.date()).into()),
                    ("time", locale.time(session.start().time()).into()),
                ],
            ));
        }
        lines.push(String::new());
        if self.days > 0 {
            lines.push(text(
                "summary-followed",
                &[
                    ("followed", self.days_followed.into()),
                    ("days", self.days.into()),
                    ("done", self.done.into()),
                ],
            ));
        }
        if self.missed.is_empty() {
            lines.push(locale.text("summary-no-missed"));
        } else {
            lines.push(text(
                "summary-missed",
                &[("count", self.missed.len().into())],
            ));
            for missed in &self.missed {
                lines.push(format!(
                    "- {}: {}",
                    locale.day_as_of(missed.date, self.today),
                    missed.title
                ));
            }
        }
        if !self.notes.is_empty() {
            lines.push(String::new());
            lines.push(locale.text("summary-notes"));
            for (date, note) in &self.notes {
                lines.push(format!(
                    "- {}: {}",
                    locale.day_as_of(*date, self.today),
                    note.trim()
                ));
            }
        }
        lines.push(String::new());
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_lists_sessions_days_missed_steps_and_only_the_picked_notes() {
        let progress = Progress {
            protocol: "SMP Aftercare default".into(),
            studio: Some(Studio {
                name: "Ink Studio".into(),
                ..Studio::default()
            }),
            sessions: vec![
                Session::parse("2026-03-05T10:00", "Europe/London").unwrap(),
                Session::parse("2026-03-19T10:00", "Europe/London").unwrap(),
            ],
            today: "2026-03-10".parse().unwrap(),
            days: 6,
            days_followed: 5,
            done: 3,
            missed: vec![Missed {
                date: "2026-03-07".parse().unwrap(),
                title: "Session 1 · day 2: today's steps".into(),
            }],
            notes: vec![("2026-03-06".parse().unwrap(), "a little itchy".into())],
        };
        let text = progress.to_text("en-GB".parse().unwrap());
        for expected in [
            "From: Ink Studio",
            "- Session 1: Thursday, 5 March 2026 at 10:00 (done)",
            "- Session 2: Thursday, 19 March 2026 at 10:00 (planned)",
            "on 5 of 6 days",
            "Missed steps (1):",
            "- Sat 7 Mar: Session 1 · day 2: today's steps",
            "- Fri 6 Mar: a little itchy",
        ] {
            assert!(text.contains(expected), "{expected:?} in:\n{text}");
        }
    }
}

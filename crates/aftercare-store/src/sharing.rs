//! What the client may share, read from the store: the calendar export, and the progress summary
//! and the report for their artist. Nothing leaves the device from here; the caller hands it to
//! the client.

use aftercare_core::chart::{Chart, chart};
use aftercare_core::course::course;
use aftercare_core::ics::{self, Selection};
use aftercare_core::report::{Picture, Report};
use aftercare_core::summary::{Missed, Progress};
use aftercare_core::{Locale, reminders_for};
use chrono::{DateTime, Utc};

use crate::reminders::State;
use crate::{Error, Result, Store};

impl Store {
    /// The stored treatment's reminders and upcoming sessions as an iCalendar file; an empty
    /// calendar before the first session.
    pub fn calendar(&self, selection: &Selection, now: DateTime<Utc>) -> Result<String> {
        let preferences = self.preferences()?;
        let locale = preferences.locale();
        Ok(match self.treatment()? {
            Some((treatment, protocol)) => {
                let reminders = reminders_for(&treatment, &protocol, &preferences.settings());
                ics::calendar(&reminders, treatment.sessions(), selection, now, locale)
            }
            None => ics::calendar([], &[], selection, now, locale),
        })
    }

    /// Where the client stands, for their artist, with the journal notes they picked (by id);
    /// the protocol's name in `locale`.
    pub fn progress(&self, notes: &[i64], locale: Locale, now: DateTime<Utc>) -> Result<Progress> {
        let stored = self.protocol()?;
        let sessions = self.sessions()?;
        let today = now.with_timezone(&self.preferences()?.zone()).date_naive();
        let first = sessions.first().map(aftercare_core::Session::date);
        let days = first
            .filter(|first| *first <= today)
            .map_or(0, |first| (today - first).num_days() + 1);
        let reminders = self.reminders()?;
        let done = reminders.iter().filter(|r| r.state == State::Done).count();
        let missed = reminders
            .iter()
            .filter(|r| r.state == State::Missed)
            .map(|r| Missed {
                date: r.reminder.date,
                title: r.reminder.title.clone(),
            })
            .collect();
        let journal = self.notes()?;
        let picked = notes
            .iter()
            .map(|id| {
                journal
                    .iter()
                    .find(|note| note.id == *id)
                    .map(|note| (note.entry.date, note.entry.note.clone()))
                    .ok_or(Error::NoSuchNote { id: *id })
            })
            .collect::<Result<Vec<_>>>()?;
        let days_followed = match first {
            Some(first) if days > 0 => self.days_followed(first, today)?,
            _ => 0,
        };
        Ok(Progress {
            protocol: stored.protocol.in_language(locale).name.clone(),
            studio: stored.protocol.studio,
            sessions,
            today,
            days: u32::try_from(days).unwrap_or(u32::MAX),
            days_followed,
            done,
            missed,
            notes: picked,
        })
    }

    /// The healing chart of the check-ins, the protocol's words in `locale`; `None` before any
    /// session.
    pub fn chart(&self, locale: Locale, now: DateTime<Utc>) -> Result<Option<Chart>> {
        let Some((treatment, protocol)) = self.treatment()? else {
            return Ok(None);
        };
        let today = now.with_timezone(&self.preferences()?.zone()).date_naive();
        let protocol = protocol.in_language(locale);
        let check_ins = self.read(crate::journal::load_check_ins)?;
        Ok(Some(chart(
            &treatment,
            &course(&protocol, &treatment),
            &check_ins,
            today,
        )))
    }

    /// The report for the artist: the progress with the notes picked, the chart, and the photos
    /// picked (by id), in the order given; the protocol's words in `locale`, the language the
    /// page is written in.
    pub fn report(
        &self,
        notes: &[i64],
        photos: &[i64],
        locale: Locale,
        now: DateTime<Utc>,
    ) -> Result<Report> {
        let listed = self.photos()?;
        let pictures = photos
            .iter()
            .map(|id| {
                let info = listed
                    .iter()
                    .find(|p| p.id == *id)
                    .ok_or(Error::NoSuchPhoto { id: *id })?;
                let (mime, bytes) = self.photo(*id)?;
                Ok(Picture {
                    date: info.date,
                    day: info.day.filter(|day| *day >= 0),
                    mime,
                    bytes,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Report {
            progress: self.progress(notes, locale, now)?,
            chart: self.chart(locale, now)?,
            pictures,
        })
    }

    /// Days from `first` through `last` on which the client ticked a step or did a reminder.
    fn days_followed(&self, first: chrono::NaiveDate, last: chrono::NaiveDate) -> Result<u32> {
        self.read(|conn| {
            Ok(conn.query_row(
                "SELECT COUNT(DISTINCT date) FROM (
                     SELECT date FROM step_done
                     UNION SELECT date FROM reminder WHERE state = 'done' AND retired = 0
                 ) WHERE date BETWEEN ?1 AND ?2",
                (first.to_string(), last.to_string()),
                |row| row.get(0),
            )?)
        })
    }
}

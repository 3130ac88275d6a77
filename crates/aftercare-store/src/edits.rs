//! Every write that changes what the reminders derive from (the sessions, the protocol, the
//! preferences, the zone followed, the rules pushed back): each derives them again in the same
//! transaction, so that the reminders stored always match what they come from.

use aftercare_core::{Locale, Postponement, Protocol, Session};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::journal::{load_postponements, save_postponement};
use crate::preferences::{Preferences, ZonePolicy, save_preferences};
use crate::reminders::{self, Changes};
use crate::{Error, Result, Store, load_sessions, minutes, session_id, timestamp};

impl Store {
    /// Adds a session; the reminders follow in the same transaction.
    pub fn add_session(&mut self, session: Session, now: DateTime<Utc>) -> Result<Changes> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO session (start, zone, added_at) VALUES (?1, ?2, ?3)",
                (
                    minutes(session.start()),
                    session.zone().name(),
                    timestamp(now),
                ),
            )?;
            reminders::regenerate(tx, now)
        })
    }

    /// Moves session `number` (1-based, in time order) to a new start.
    pub fn move_session(
        &mut self,
        number: usize,
        session: Session,
        now: DateTime<Utc>,
    ) -> Result<Changes> {
        self.write(|tx| {
            let id = session_id(tx, number)?;
            tx.execute(
                "UPDATE session SET start = ?1, zone = ?2 WHERE id = ?3",
                (minutes(session.start()), session.zone().name(), id),
            )?;
            reminders::regenerate(tx, now)
        })
    }

    pub fn remove_session(&mut self, number: usize, now: DateTime<Utc>) -> Result<Changes> {
        self.write(|tx| {
            let id = session_id(tx, number)?;
            tx.execute("DELETE FROM session WHERE id = ?1", [id])?;
            reminders::regenerate(tx, now)
        })
    }

    /// Puts a protocol in force. Refused, with nothing changed, if the stored sessions are closer
    /// together than it allows.
    pub fn set_protocol(
        &mut self,
        protocol: &Protocol,
        origin: &str,
        now: DateTime<Utc>,
    ) -> Result<Changes> {
        protocol.validate()?;
        self.write(|tx| {
            tx.execute(
                "UPDATE protocol SET protocol_id = ?1, version = ?2, origin = ?3, body = ?4, installed_at = ?5",
                (&protocol.id, &protocol.version, origin, protocol.to_json(), timestamp(now)),
            )?;
            reminders::regenerate(tx, now)
        })
    }

    pub fn set_preferences(
        &mut self,
        preferences: &Preferences,
        now: DateTime<Utc>,
    ) -> Result<Changes> {
        self.write(|tx| {
            save_preferences(tx, preferences)?;
            reminders::regenerate(tx, now)
        })
    }

    /// Records the device's zone. Before the first session it is also the home zone. When the
    /// device moves to another zone than home, the client is asked (see [`Store::zone_question`])
    /// whether reminders should follow it or keep to home time. Reminders are derived again when
    /// the zone they follow changes.
    pub fn observe_device_zone(&mut self, zone: Tz, now: DateTime<Utc>) -> Result<Option<Changes>> {
        let preferences = self.preferences()?;
        if preferences.device_zone == zone {
            return Ok(None);
        }
        let first_run = self.sessions()?.is_empty();
        let home_zone = if first_run {
            zone
        } else {
            preferences.home_zone
        };
        let updated = Preferences {
            device_zone: zone,
            home_zone,
            ..preferences
        };
        self.write(|tx| {
            save_preferences(tx, &updated)?;
            let question = (zone != home_zone).then(|| zone.name());
            tx.execute(
                "UPDATE settings SET zone_question = ?1 WHERE id = 1",
                [question],
            )?;
            reminders::regenerate(tx, now)
        })
        .map(Some)
    }

    /// Records the system's language. Reminders are written again in it when the client has not
    /// chosen one, so that notifications already handed to the OS are given again in it.
    pub fn observe_device_language(
        &mut self,
        locale: Locale,
        now: DateTime<Utc>,
    ) -> Result<Option<Changes>> {
        let preferences = self.preferences()?;
        if preferences.device_language == locale {
            return Ok(None);
        }
        let updated = Preferences {
            device_language: locale,
            ..preferences
        };
        self.write(|tx| {
            save_preferences(tx, &updated)?;
            reminders::regenerate(tx, now)
        })
        .map(Some)
    }

    /// The client's answer: follow the device's zone, or keep home time.
    pub fn answer_zone_question(
        &mut self,
        policy: ZonePolicy,
        now: DateTime<Utc>,
    ) -> Result<Changes> {
        let preferences = Preferences {
            zone_policy: policy,
            ..self.preferences()?
        };
        self.write(|tx| {
            save_preferences(tx, &preferences)?;
            tx.execute("UPDATE settings SET zone_question = NULL WHERE id = 1", [])?;
            reminders::regenerate(tx, now)
        })
    }

    /// Pushes a healing rule back one more day for session `number` ("still scabbing?"), or,
    /// with `undo`, back to the protocol's day. The reminders follow in the same transaction.
    pub fn postpone(
        &mut self,
        number: usize,
        rule: &str,
        undo: bool,
        now: DateTime<Utc>,
    ) -> Result<Changes> {
        self.write(|tx| {
            let protocol = crate::load_protocol(tx)?.protocol;
            let rule = protocol.postponable(rule)?.key.clone();
            let sessions = load_sessions(tx)?.len();
            if number == 0 || number > sessions {
                return Err(Error::NoSuchSession {
                    number,
                    count: sessions,
                });
            }
            let days = if undo {
                0
            } else {
                let current = load_postponements(tx)?
                    .into_iter()
                    .find(|p| p.session == number && p.rule == rule)
                    .map_or(0, |p| p.days);
                current + 1
            };
            save_postponement(
                tx,
                &Postponement {
                    session: number,
                    rule,
                    days,
                },
            )?;
            reminders::regenerate(tx, now)
        })
    }
}

//! A client's treatment: one to N SMP sessions, each a local date and time in an IANA zone.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::protocol::Protocol;
use crate::{parse, wall};

/// SMP takes 2-4 sessions; touch-ups years later add more.
pub const MAX_SESSIONS: usize = 16;

/// One appointment: where the routine's day 0 comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Session {
    start: NaiveDateTime,
    zone: Tz,
}

impl Session {
    pub fn new(start: NaiveDateTime, zone: Tz) -> Result<Session> {
        parse::in_range(start.date())?;
        Ok(Session { start, zone })
    }

    /// `Session::parse("2026-03-05T10:00", "Europe/London")`.
    pub fn parse(start: &str, zone: &str) -> Result<Session> {
        Session::new(parse::local(start)?, parse::zone(zone)?)
    }

    /// Local date and time of the appointment, in its own zone.
    pub fn start(&self) -> NaiveDateTime {
        self.start
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }

    /// Day 0: the session's local calendar date.
    pub fn date(&self) -> NaiveDate {
        self.start.date()
    }

    pub fn instant(&self) -> DateTime<Tz> {
        wall::resolve(self.zone, self.start).0
    }
}

/// How long one healing rule may be pushed back for one session; longer is a question for the
/// practitioner, not a button.
pub const MAX_POSTPONED_DAYS: u16 = 14;

/// A healing rule the client pushed back for one session: "still scabbing? wait a day".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Postponement {
    /// 1-based session whose days it changes.
    pub session: usize,
    /// The `avoid` rule that lasts longer; what it lifts starts later with it.
    pub rule: String,
    pub days: u16,
}

/// The sessions of one treatment, in order and as far apart as the protocol needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Treatment {
    sessions: Vec<Session>,
    postponed: Vec<Postponement>,
}

impl Treatment {
    pub fn new(sessions: Vec<Session>, protocol: &Protocol) -> Result<Treatment> {
        if sessions.is_empty() {
            return Err(Error::NoSessions);
        }
        if sessions.len() > MAX_SESSIONS {
            return Err(Error::TooManySessions {
                count: sessions.len(),
                max: MAX_SESSIONS,
            });
        }
        for (i, pair) in sessions.windows(2).enumerate() {
            let (earlier, later) = (pair[0], pair[1]);
            if later.instant() <= earlier.instant() {
                return Err(Error::SessionsOutOfOrder {
                    earlier: i + 1,
                    earlier_start: earlier.start,
                    later: i + 2,
                    later_start: later.start,
                });
            }
            let days = (later.date() - earlier.date()).num_days();
            if days < i64::from(protocol.min_days_between_sessions) {
                return Err(Error::SessionsTooClose {
                    earlier: i + 1,
                    later: i + 2,
                    days,
                    min: protocol.min_days_between_sessions,
                    protocol: protocol.name.clone(),
                });
            }
        }
        Ok(Treatment {
            sessions,
            postponed: Vec::new(),
        })
    }

    /// The treatment with the client's pushed-back rules. One naming a session or rule that is
    /// gone (a session removed, another protocol chosen) changes nothing.
    #[must_use]
    pub fn with_postponements(mut self, postponed: Vec<Postponement>) -> Treatment {
        self.postponed = postponed;
        self
    }

    /// The client's pushed-back rules.
    pub fn postponements(&self) -> &[Postponement] {
        &self.postponed
    }

    /// Days the rule `rule` is pushed back for the session at `index` (0-based).
    pub fn postponed(&self, index: usize, rule: &str) -> u16 {
        if self.postponed.is_empty() {
            return 0;
        }
        self.postponed
            .iter()
            .filter(|p| p.session == index + 1 && p.rule == rule)
            .map(|p| p.days.min(MAX_POSTPONED_DAYS))
            .sum()
    }

    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    pub fn first(&self) -> &Session {
        &self.sessions[0]
    }

    pub fn last(&self) -> &Session {
        &self.sessions[self.sessions.len() - 1]
    }

    /// The session a date belongs to and its day number: the latest session on or before the
    /// date, or the first session (with a negative day) before the treatment starts.
    pub fn position(&self, date: NaiveDate) -> (usize, i64) {
        let started = self.sessions.partition_point(|s| s.date() <= date);
        let index = started.saturating_sub(1);
        (index, (date - self.sessions[index].date()).num_days())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(start: &str) -> Session {
        Session::parse(start, "Europe/London").unwrap()
    }

    #[test]
    fn sessions_out_of_order_are_refused_naming_both() {
        let error = Treatment::new(
            vec![session("2026-03-20T10:00"), session("2026-03-05T10:00")],
            &Protocol::seed(),
        )
        .unwrap_err();
        assert!(
            matches!(
                error,
                Error::SessionsOutOfOrder {
                    earlier: 1,
                    later: 2,
                    ..
                }
            ),
            "{error:?}"
        );
        assert!(
            error.to_string().contains("2026-03-05"),
            "the message names the date: {error}"
        );
    }

    #[test]
    fn sessions_closer_than_the_protocol_allows_are_refused() {
        let protocol = Protocol::seed();
        let error = Treatment::new(
            vec![session("2026-03-05T10:00"), session("2026-03-07T10:00")],
            &protocol,
        )
        .unwrap_err();
        assert_eq!(
            error,
            Error::SessionsTooClose {
                earlier: 1,
                later: 2,
                days: 2,
                min: protocol.min_days_between_sessions,
                protocol: protocol.name.clone()
            }
        );
    }

    #[test]
    fn a_treatment_needs_a_session_and_not_too_many() {
        assert_eq!(
            Treatment::new(vec![], &Protocol::seed()),
            Err(Error::NoSessions)
        );
        let many = (0..=MAX_SESSIONS as i64)
            .map(|i| {
                Session::new(
                    session("2026-01-01T10:00").start() + chrono::TimeDelta::days(30 * i),
                    Tz::UTC,
                )
                .unwrap()
            })
            .collect();
        assert!(matches!(
            Treatment::new(many, &Protocol::seed()),
            Err(Error::TooManySessions { .. })
        ));
    }

    #[test]
    fn position_counts_days_from_the_latest_session() {
        let treatment = Treatment::new(
            vec![session("2026-03-05T10:00"), session("2026-03-19T10:00")],
            &Protocol::seed(),
        )
        .unwrap();
        let date = |s| parse::date(s).unwrap();
        assert_eq!(
            treatment.position(date("2026-03-02")),
            (0, -3),
            "before the first session"
        );
        assert_eq!(treatment.position(date("2026-03-05")), (0, 0));
        assert_eq!(treatment.position(date("2026-03-18")), (0, 13));
        assert_eq!(
            treatment.position(date("2026-03-19")),
            (1, 0),
            "session 2 takes over on its day"
        );
    }
}

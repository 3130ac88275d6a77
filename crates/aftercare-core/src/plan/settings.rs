//! The client's settings that shape when reminders go out and what they say: the reminder time,
//! quiet hours, the zone they follow, what is muted, where the sun is followed, the language.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDateTime, NaiveTime, TimeDelta};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize, Serializer};

use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::protocol::Categories;
use crate::sun::Place;
use crate::time::hm;
use crate::{parse, places};

/// The client's choices that shape when reminders go out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Time of the morning digest and of rules set to go out "morning".
    pub reminder_time: NaiveTime,
    pub quiet: Option<QuietHours>,
    /// The zone whose wall clock reminders follow.
    pub zone: Tz,
    /// Categories the client turned off: their rules give no reminder and no digest line.
    pub muted: Categories,
    /// Where the sun is estimated for; without one, "uv" rules go out at the reminder time on
    /// every day of their window.
    pub place: Option<Place>,
    /// The language reminders are written in, and its date conventions.
    pub locale: Locale,
}

impl Settings {
    /// 09:00, no quiet hours, nothing muted, following `zone`, with the sun of the zone's
    /// principal city, in English.
    pub fn new(zone: Tz) -> Settings {
        Settings {
            reminder_time: NaiveTime::from_hms_opt(9, 0, 0).expect("09:00 is a time"),
            quiet: None,
            zone,
            muted: Categories::NONE,
            place: places::principal_city(zone.name()).and_then(|city| city.place(0.0).ok()),
            locale: Locale::default(),
        }
    }
}

/// A daily window in which no reminder goes out; one that falls inside waits until it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl QuietHours {
    pub fn new(start: NaiveTime, end: NaiveTime) -> Result<QuietHours> {
        if start == end {
            return Err(Error::InvalidQuietHours {
                value: format!("{}-{}", hm(start), hm(end)),
            });
        }
        Ok(QuietHours { start, end })
    }

    /// What the client types for quiet hours, in the app or the command line alike:
    /// `22:00-08:00`, or `off` (or nothing) for none.
    pub fn from_typed(text: &str) -> Result<Option<QuietHours>> {
        match text.trim() {
            "" | "off" => Ok(None),
            window => window.parse().map(Some),
        }
    }

    pub fn contains(&self, time: NaiveTime) -> bool {
        if self.start < self.end {
            self.start <= time && time < self.end
        } else {
            time >= self.start || time < self.end
        }
    }

    /// The end of the quiet window `local` falls in, or `local` itself outside quiet hours.
    pub fn defer(&self, local: NaiveDateTime) -> NaiveDateTime {
        if !self.contains(local.time()) {
            return local;
        }
        let crosses_midnight = self.start > self.end;
        let date = if crosses_midnight && local.time() >= self.start {
            local.date() + TimeDelta::days(1)
        } else {
            local.date()
        };
        date.and_time(self.end)
    }
}

impl FromStr for QuietHours {
    type Err = Error;

    /// `22:00-08:00`.
    fn from_str(value: &str) -> Result<QuietHours> {
        let invalid = || Error::InvalidQuietHours {
            value: value.to_string(),
        };
        let (start, end) = value.split_once('-').ok_or_else(invalid)?;
        let (start, end) = (
            parse::time(start).map_err(|_| invalid())?,
            parse::time(end).map_err(|_| invalid())?,
        );
        QuietHours::new(start, end).map_err(|_| invalid())
    }
}

impl Serialize for QuietHours {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for QuietHours {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for QuietHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", hm(self.start), hm(self.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(value: &str) -> NaiveDateTime {
        parse::local(value).unwrap()
    }

    #[test]
    fn quiet_hours_across_midnight_defer_to_the_next_morning() {
        let quiet: QuietHours = "22:00-08:00".parse().unwrap();
        assert_eq!(
            quiet.defer(local("2026-03-05T23:00")),
            local("2026-03-06T08:00"),
            "late evening waits for the morning"
        );
        assert_eq!(
            quiet.defer(local("2026-03-06T07:00")),
            local("2026-03-06T08:00"),
            "early morning waits until 08:00"
        );
        assert_eq!(
            quiet.defer(local("2026-03-06T08:00")),
            local("2026-03-06T08:00"),
            "the end of quiet hours is not quiet"
        );
        assert_eq!(
            quiet.defer(local("2026-03-06T21:59")),
            local("2026-03-06T21:59"),
            "before quiet hours nothing moves"
        );
    }

    #[test]
    fn quiet_hours_inside_a_day_defer_to_their_end() {
        let quiet: QuietHours = "13:00-14:30".parse().unwrap();
        assert_eq!(
            quiet.defer(local("2026-03-05T13:15")),
            local("2026-03-05T14:30")
        );
    }

    #[test]
    fn quiet_hours_typed_as_off_or_nothing_are_none() {
        for none in ["off", "", "  "] {
            assert_eq!(
                QuietHours::from_typed(none),
                Ok(None),
                "{none:?} turns them off"
            );
        }
        assert_eq!(
            QuietHours::from_typed("22:00-07:30").unwrap(),
            Some(
                QuietHours::new(parse::time("22:00").unwrap(), parse::time("07:30").unwrap())
                    .unwrap()
            ),
            "a window is kept"
        );
        assert!(
            QuietHours::from_typed("late").is_err(),
            "anything else is refused"
        );
    }

    #[test]
    fn quiet_hours_must_be_a_window() {
        for bad in ["22:00", "22:00-22:00", "late-early", "22:00-25:00"] {
            let error = bad.parse::<QuietHours>().unwrap_err();
            assert_eq!(
                error,
                Error::InvalidQuietHours { value: bad.into() },
                "{bad} is refused naming itself"
            );
        }
    }
}

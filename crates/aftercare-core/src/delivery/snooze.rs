//! Snoozing: "in an hour", "this evening", "tomorrow morning", or a duration, as an instant that
//! respects the client's wall clock and quiet hours.

use chrono::{DateTime, NaiveTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::plan::settings::Settings;
use crate::{parse, wall};

/// When "this evening" is.
const EVENING: NaiveTime = match NaiveTime::from_hms_opt(19, 0, 0) {
    Some(time) => time,
    None => panic!("19:00 is a time"),
};
/// "This evening" is offered only while the evening is at least this far off.
const EVENING_LEAD: TimeDelta = TimeDelta::minutes(30);

/// How long to put a reminder off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Snooze {
    Hour,
    Evening,
    TomorrowMorning,
    #[serde(skip)]
    For(TimeDelta),
}

impl Snooze {
    /// `hour`, `evening`, `tomorrow`, or a duration such as `30m` or `2h`.
    pub fn parse(value: &str) -> Result<Snooze> {
        match value.trim() {
            "hour" => Ok(Snooze::Hour),
            "evening" => Ok(Snooze::Evening),
            "tomorrow" => Ok(Snooze::TomorrowMorning),
            other => parse::duration(other).map(Snooze::For),
        }
    }

    /// The instant the reminder comes back: never inside quiet hours, always after `now`.
    pub fn until(self, now: DateTime<Utc>, settings: &Settings) -> Result<DateTime<Utc>> {
        let local_now = now.with_timezone(&settings.zone).naive_local();
        let wall = match self {
            Snooze::Hour => return Ok(after_quiet(now + TimeDelta::hours(1), settings)),
            Snooze::For(span) => return Ok(after_quiet(now + span, settings)),
            Snooze::Evening => {
                let evening = local_now.date().and_time(EVENING);
                if evening - local_now < EVENING_LEAD {
                    return Err(Error::EveningPassed);
                }
                evening
            }
            Snooze::TomorrowMorning => {
                (local_now.date() + TimeDelta::days(1)).and_time(settings.reminder_time)
            }
        };
        let wall = settings.quiet.map_or(wall, |quiet| quiet.defer(wall));
        Ok(wall::resolve(settings.zone, wall).0.with_timezone(&Utc))
    }
}

/// An instant moved to the end of quiet hours if it falls inside them.
fn after_quiet(instant: DateTime<Utc>, settings: &Settings) -> DateTime<Utc> {
    let Some(quiet) = settings.quiet else {
        return instant;
    };
    let local = instant.with_timezone(&settings.zone).naive_local();
    let deferred = quiet.defer(local);
    if deferred == local {
        return instant;
    }
    wall::resolve(settings.zone, deferred).0.with_timezone(&Utc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Tz;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn london() -> Settings {
        Settings::new(Tz::Europe__London)
    }

    #[test]
    fn an_hour_is_an_hour() {
        assert_eq!(
            Snooze::Hour
                .until(utc("2026-03-09T09:00:00Z"), &london())
                .unwrap(),
            utc("2026-03-09T10:00:00Z")
        );
    }

    #[test]
    fn this_evening_is_seven_local_and_not_offered_once_it_is_near() {
        let settings = Settings::new(Tz::America__New_York);
        let evening = Snooze::Evening
            .until(utc("2026-03-09T14:00:00Z"), &settings)
            .unwrap();
        assert_eq!(
            evening,
            utc("2026-03-09T23:00:00Z"),
            "19:00 in New York, on EDT"
        );
        assert_eq!(
            Snooze::Evening.until(utc("2026-03-09T22:45:00Z"), &settings),
            Err(Error::EveningPassed)
        );
    }

    #[test]
    fn tomorrow_morning_is_the_reminder_time() {
        let until = Snooze::TomorrowMorning
            .until(utc("2026-03-09T21:00:00Z"), &london())
            .unwrap();
        assert_eq!(until, utc("2026-03-10T09:00:00Z"));
    }

    #[test]
    fn a_snooze_into_quiet_hours_waits_for_them_to_end() {
        let mut settings = london();
        settings.quiet = Some("22:00-07:00".parse().unwrap());
        let until = Snooze::Hour
            .until(utc("2026-03-09T21:30:00Z"), &settings)
            .unwrap();
        assert_eq!(
            until,
            utc("2026-03-10T07:00:00Z"),
            "22:30 is quiet: 07:00 the next day"
        );
    }

    #[test]
    fn choices_are_read_from_words_or_durations() {
        assert_eq!(Snooze::parse("evening").unwrap(), Snooze::Evening);
        assert_eq!(
            Snooze::parse("45m").unwrap(),
            Snooze::For(TimeDelta::minutes(45))
        );
        assert!(matches!(
            Snooze::parse("later"),
            Err(Error::InvalidDuration { .. })
        ));
    }
}

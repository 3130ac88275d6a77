//! Reading the values people type: dates, times of day, local date-times and IANA zones.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use chrono_tz::Tz;

use crate::error::{Error, Result};

/// `2026-03-08`.
pub fn date(value: &str) -> Result<NaiveDate> {
    let invalid = || Error::InvalidDate {
        value: value.to_string(),
    };
    let date = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| invalid())?;
    in_range(date)
}

/// `09:00`.
pub fn time(value: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(value.trim(), "%H:%M").map_err(|_| Error::InvalidTime {
        value: value.to_string(),
    })
}

/// `2026-03-05T10:00` (a space instead of `T` and seconds are accepted too).
pub fn local(value: &str) -> Result<NaiveDateTime> {
    let trimmed = value.trim();
    let parsed = [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(trimmed, format).ok())
    .ok_or_else(|| Error::InvalidDateTime {
        value: value.to_string(),
    })?;
    in_range(parsed.date())?;
    Ok(parsed)
}

/// `Europe/London`.
pub fn zone(value: &str) -> Result<Tz> {
    value.trim().parse().map_err(|_| Error::UnknownZone {
        value: value.to_string(),
    })
}

/// `30m`, `1h`, `2h30m`, `1d`: a positive span of at most a year.
pub fn duration(value: &str) -> Result<TimeDelta> {
    let invalid = || Error::InvalidDuration {
        value: value.to_string(),
    };
    let mut rest = value.trim();
    let mut total = TimeDelta::zero();
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .ok_or_else(invalid)?;
        let amount: i64 = rest[..digits].parse().map_err(|_| invalid())?;
        let unit = rest[digits..].chars().next().ok_or_else(invalid)?;
        let part = match unit {
            'm' => TimeDelta::try_minutes(amount),
            'h' => TimeDelta::try_hours(amount),
            'd' => TimeDelta::try_days(amount),
            _ => None,
        };
        total = total
            .checked_add(&part.ok_or_else(invalid)?)
            .ok_or_else(invalid)?;
        rest = &rest[digits + 1..];
    }
    if total <= TimeDelta::zero() || total > TimeDelta::days(366) {
        return Err(invalid());
    }
    Ok(total)
}

/// Dates the engine works with: far enough to hold 10 years of long-term care, near enough that
/// zone rules exist for them.
pub fn in_range(date: NaiveDate) -> Result<NaiveDate> {
    use chrono::Datelike;
    if (crate::FIRST_YEAR..=crate::LAST_YEAR).contains(&date.year()) {
        Ok(date)
    } else {
        Err(Error::DateOutOfRange { date })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_are_refused_with_the_value() {
        let error = local("2026-02-30T10:00").unwrap_err();
        assert_eq!(
            error,
            Error::InvalidDateTime {
                value: "2026-02-30T10:00".into()
            }
        );
        assert!(
            error.to_string().contains("`2026-02-30T10:00`"),
            "the message names the value"
        );
        assert!(date("2026-13-01").is_err(), "there is no month 13");
    }

    #[test]
    fn times_need_hours_and_minutes() {
        assert_eq!(
            time("09:00").unwrap(),
            NaiveTime::from_hms_opt(9, 0, 0).unwrap()
        );
        assert!(
            matches!(time("25:00"), Err(Error::InvalidTime { .. })),
            "there is no hour 25"
        );
        assert!(
            matches!(time("9am"), Err(Error::InvalidTime { .. })),
            "only HH:MM is read"
        );
    }

    #[test]
    fn durations_read_minutes_hours_and_days() {
        assert_eq!(duration("30m").unwrap(), TimeDelta::minutes(30));
        assert_eq!(duration("2h30m").unwrap(), TimeDelta::minutes(150));
        assert_eq!(duration("1d").unwrap(), TimeDelta::days(1));
        for bad in [
            "",
            "0m",
            "h",
            "10",
            "1w",
            "-1h",
            "400d",
            "99999999999999999999m",
        ] {
            assert_eq!(
                duration(bad),
                Err(Error::InvalidDuration { value: bad.into() }),
                "`{bad}` is refused"
            );
        }
    }

    #[test]
    fn unknown_zones_are_named() {
        assert!(zone("Europe/London").is_ok());
        let error = zone("Mars/Olympus_Mons").unwrap_err();
        assert!(error.to_string().contains("`Mars/Olympus_Mons`"), "{error}");
    }

    #[test]
    fn dates_beyond_the_supported_years_are_refused() {
        assert!(matches!(
            local("2150-01-01T10:00"),
            Err(Error::DateOutOfRange { .. })
        ));
        assert!(matches!(
            date("1900-01-01"),
            Err(Error::DateOutOfRange { .. })
        ));
    }
}

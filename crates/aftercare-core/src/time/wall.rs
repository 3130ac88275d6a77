//! Wall-clock time in a zone: the instant a local time names, by the app's rules for DST changes.
//!
//! A reminder keeps its local wall time across DST changes. A local time that does not exist
//! (spring forward) fires at the first valid instant after it; one that exists twice (fall back)
//! fires once, at the earlier instant.

use chrono::{DateTime, LocalResult, NaiveDateTime, Offset, TimeDelta, TimeZone, Timelike};
use chrono_tz::Tz;

/// The longest gap a zone has skipped: Samoa skipped a whole day in 2011.
const LONGEST_GAP_MINUTES: i64 = 24 * 60;

/// The instant `local` names in `zone`, and whether it fell in a DST gap.
pub fn resolve(zone: Tz, local: NaiveDateTime) -> (DateTime<Tz>, bool) {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(instant) => (instant, false),
        LocalResult::Ambiguous(earlier, _) => (earlier, false),
        LocalResult::None => (first_instant_after_gap(zone, local), true),
    }
}

/// Transitions in the zone database fall on whole minutes (from 1970 on), so the first existing
/// minute after the gap is the transition itself.
fn first_instant_after_gap(zone: Tz, local: NaiveDateTime) -> DateTime<Tz> {
    let start = local
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(local);
    (1..=LONGEST_GAP_MINUTES)
        .find_map(|minutes| {
            zone.from_local_datetime(&(start + TimeDelta::minutes(minutes)))
                .earliest()
        })
        .unwrap_or_else(|| {
            // No zone has skipped more than a day; should its data ever do so, read the time
            // with the offset in force at that moment rather than fail.
            let offset = zone.offset_from_utc_datetime(&local).fix();
            zone.from_utc_datetime(&(local - TimeDelta::seconds(offset.local_minus_utc().into())))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn a_time_skipped_by_spring_forward_fires_when_the_clock_jumps() {
        // London: 01:00 GMT becomes 02:00 BST on 2026-03-29; 01:30 does not exist.
        let (instant, shifted) = resolve(Tz::Europe__London, at(2026, 3, 29, 1, 30));
        assert!(shifted, "01:30 is in the gap");
        assert_eq!(
            instant.naive_local(),
            at(2026, 3, 29, 2, 0),
            "first valid local time"
        );
        assert_eq!(
            instant.naive_utc(),
            at(2026, 3, 29, 1, 0),
            "the transition instant"
        );
    }

    #[test]
    fn a_time_repeated_by_fall_back_fires_once_at_the_earlier_instant() {
        // London: 02:00 BST becomes 01:00 GMT on 2026-10-25; 01:30 happens twice.
        let (instant, shifted) = resolve(Tz::Europe__London, at(2026, 10, 25, 1, 30));
        assert!(!shifted, "an ambiguous time exists, it is not shifted");
        assert_eq!(
            instant.naive_utc(),
            at(2026, 10, 25, 0, 30),
            "the earlier of the two, in BST"
        );
    }

    #[test]
    fn lord_howe_half_hour_gap() {
        // Lord Howe springs from 02:00 to 02:30 on 2026-10-04.
        let (instant, shifted) = resolve(Tz::Australia__Lord_Howe, at(2026, 10, 4, 2, 10));
        assert!(shifted);
        assert_eq!(instant.naive_local(), at(2026, 10, 4, 2, 30));
    }

    #[test]
    fn samoa_skipped_day_resolves_to_the_next_day() {
        let (instant, shifted) = resolve(Tz::Pacific__Apia, at(2011, 12, 30, 9, 0));
        assert!(shifted, "30 December 2011 never happened in Samoa");
        assert_eq!(instant.naive_local(), at(2011, 12, 31, 0, 0));
    }
}

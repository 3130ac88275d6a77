//! Everything the screens show at a glance, read in one go: the first screen draws from it
//! without a round trip, and every edit answers with it.

use aftercare_core::course::{Stretch, course_on};
use aftercare_core::sun::{self, Ozone, SunDay};
use aftercare_core::{Protocol, Studio, Today};
use aftercare_store::{Assessed, Preferences, State, StoredReminder};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::error::Result;
use crate::notify::{ExactAlarms, Permission};
use crate::now;
use crate::state::AppState;

/// Everything the screens need at a glance.
#[derive(Debug, Serialize)]
pub(crate) struct Overview {
    sessions: Vec<SessionView>,
    protocol: ProtocolView,
    /// The protocols the app ships, to choose from.
    protocols: Vec<ProtocolView>,
    preferences: Preferences,
    /// The zone the device moved to, while the client has not said whether to follow it.
    zone_question: Option<String>,
    /// Today's date, in the zone reminders follow.
    date: NaiveDate,
    /// When that date ends there: the screens turn to the next day then.
    day_ends: DateTime<Utc>,
    /// Today's checklist; none before the first session is entered. Here rather than in a
    /// command of its own: the first screen needs it, and one call starts the app faster.
    today: Option<TodayView>,
    /// Reminders whose time passed without being shown, to flag.
    missed: usize,
    permission: Permission,
    /// Android: whether reminders may come at their minute, as the system says now.
    exact_alarms: Option<ExactAlarms>,
    /// `desktop`, `android` or `ios`: what the settings offer differs.
    platform: &'static str,
    /// An `smp-aftercare://` link the app was opened with, for the client to look at.
    protocol_link: Option<String>,
    /// Today's sun where the client is; none for a zone without a city (UTC) and no place chosen.
    sun: Option<SunView>,
    /// Today's healing check-in and its advice, once answered.
    check_in: Option<Assessed>,
    /// What the check of the whole file found damaged, in words; it runs after the first screen.
    damaged: Option<String>,
}

/// A reminder as the timeline lists it.
#[derive(Debug, Serialize)]
pub(crate) struct ReminderView {
    #[serde(flatten)]
    stored: StoredReminder,
    /// The end of its snooze on the wall clock reminders follow, `2026-03-09T19:00`.
    snoozed_local: Option<String>,
}

impl ReminderView {
    pub(crate) fn new(stored: StoredReminder, zone: Tz) -> ReminderView {
        let snoozed_local = stored.snoozed_until.map(|until| {
            until
                .with_timezone(&zone)
                .format("%Y-%m-%dT%H:%M")
                .to_string()
        });
        ReminderView {
            stored,
            snoozed_local,
        }
    }
}

/// The day's clear-sky UV estimate, and the place it is for.
#[derive(Debug, Serialize)]
struct SunView {
    place: String,
    /// Whether the place is the zone's principal city rather than one the client chose.
    automatic: bool,
    #[serde(flatten)]
    day: SunDay,
    /// The window's edges and the peak as local wall times, `10:42`.
    opens: Option<String>,
    closes: Option<String>,
    peak_at: String,
}

impl SunView {
    fn of(preferences: &Preferences, date: NaiveDate) -> Option<SunView> {
        let (place, at) = preferences.sun_place()?;
        let zone = preferences.zone();
        let day = sun::sun_day(&at, Ozone::STANDARD, zone, date).ok()?;
        let wall = |instant: DateTime<chrono::FixedOffset>| {
            instant.with_timezone(&zone).format("%H:%M").to_string()
        };
        Some(SunView {
            place,
            automatic: preferences.place.is_none(),
            opens: day.window.map(|w| wall(w.opens)),
            closes: day.window.map(|w| wall(w.closes)),
            peak_at: wall(day.peak_at),
            day,
        })
    }
}

#[derive(Debug, Serialize)]
struct SessionView {
    /// 1-based, in time order.
    number: usize,
    /// Local start, `2026-03-05T10:00`.
    start: String,
    zone: String,
}

#[derive(Debug, Serialize)]
struct ProtocolView {
    id: String,
    name: String,
    version: String,
    description: Option<String>,
    studio: Option<Studio>,
    origin: String,
}

impl ProtocolView {
    fn of(protocol: &Protocol, origin: &str) -> ProtocolView {
        ProtocolView {
            id: protocol.id.clone(),
            name: protocol.name.clone(),
            version: protocol.version.clone(),
            description: protocol.description.clone(),
            studio: protocol.studio.clone(),
            origin: origin.to_string(),
        }
    }
}

/// A day's checklist, the steps ticked on it, and where the day stands in the healing of its
/// session.
#[derive(Debug, Serialize)]
pub(crate) struct TodayView {
    #[serde(flatten)]
    today: Today,
    done: Vec<String>,
    /// What the session of the day still has the client avoid, and until when: empty before
    /// the session and once everything is allowed again.
    course: Vec<Stretch>,
}

pub(crate) fn overview_of(state: &AppState) -> Result<Overview> {
    let store = state.store();
    let stored = store.protocol()?;
    let preferences = store.preferences()?;
    let locale = preferences.locale();
    let sessions = store
        .sessions()?
        .iter()
        .enumerate()
        .map(|(i, s)| SessionView {
            number: i + 1,
            start: s.start().format("%Y-%m-%dT%H:%M").to_string(),
            zone: s.zone().name().to_string(),
        })
        .collect();
    let protocols = aftercare_core::protocol::BUNDLED
        .iter()
        .filter_map(|(id, _)| Protocol::bundled(id))
        .map(|p| ProtocolView::of(&p.in_language(locale), "bundled"))
        .collect();
    let missed = store
        .reminders()?
        .iter()
        .filter(|r| r.state == State::Missed)
        .count();
    let zone = preferences.zone();
    let date = now().with_timezone(&zone).date_naive();
    let today = match store.treatment()? {
        Some((treatment, protocol)) => {
            let protocol = protocol.in_language(locale);
            Some(TodayView {
                today: aftercare_core::today(&treatment, &protocol, date),
                done: store.steps_done(date)?,
                course: course_on(&protocol, &treatment, date),
            })
        }
        None => None,
    };
    Ok(Overview {
        sessions,
        protocol: ProtocolView::of(&stored.protocol.in_language(locale), &stored.origin),
        protocols,
        zone_question: store.zone_question()?.map(|zone| zone.name().to_string()),
        date,
        day_ends: day_ends(zone, date),
        today,
        missed,
        permission: state.delivery.permission(),
        exact_alarms: state.delivery.exact_alarms(),
        platform: PLATFORM,
        protocol_link: state.take_link(),
        sun: SunView::of(&preferences, date),
        check_in: store.assessed(date)?,
        damaged: store.found_damage().map(|error| error.message(&locale)),
        preferences,
    })
}

/// The instant `date` ends in `zone`: the next day's first instant, which is not midnight where
/// the clocks skip it.
fn day_ends(zone: Tz, date: NaiveDate) -> DateTime<Utc> {
    let next = date.succ_opt().unwrap_or(date).and_time(NaiveTime::MIN);
    aftercare_core::wall::resolve(zone, next)
        .0
        .with_timezone(&Utc)
}

const PLATFORM: &str = if cfg!(target_os = "android") {
    "android"
} else if cfg!(target_os = "ios") {
    "ios"
} else {
    "desktop"
};

#[cfg(test)]
mod tests {
    use super::*;

    fn instant(text: &str) -> DateTime<Utc> {
        text.parse().expect("a valid instant")
    }

    #[test]
    fn a_day_ends_at_the_next_midnight_or_where_the_clocks_skip_it_at_the_first_instant_after() {
        let date = |text: &str| text.parse::<NaiveDate>().expect("a valid date");
        assert_eq!(
            day_ends(Tz::Europe__London, date("2027-03-27")),
            instant("2027-03-28T00:00:00Z"),
            "the night before London's clocks go forward at 01:00, midnight is as ever"
        );
        assert_eq!(
            day_ends(Tz::America__Santiago, date("2027-09-04")),
            instant("2027-09-05T04:00:00Z"),
            "Santiago skips from 00:00 to 01:00: the day ends at 01:00, the next day's first instant"
        );
        assert_eq!(
            day_ends(Tz::Pacific__Apia, date("2011-12-29")),
            instant("2011-12-30T10:00:00Z"),
            "Samoa skipped 30 December 2011: the 29th ended at the 31st's midnight"
        );
    }
}

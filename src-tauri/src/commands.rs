//! The commands the UI invokes: each parses, calls the store (delivery follows), and maps the
//! error. Work runs on a blocking thread: SQLite waits for the disk, and desktop notifications
//! make D-Bus calls, neither of which belongs on the async runtime.

use aftercare_core::places::{self, City};
use aftercare_core::sun::{self, Ozone, SunDay};
use aftercare_core::{Protocol, Session, Snooze, Studio, Today, Treatment, parse, share};
use aftercare_store::{
    Assessed, ChosenPlace, Preferences, Snapshot, State, StoredReminder, ZonePolicy,
};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime};

use crate::error::{Error, Result};
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
    /// Desktop only: the app starts in the tray at login.
    autostart: Option<bool>,
    /// An `smp-aftercare://` link the app was opened with, for the client to look at.
    protocol_link: Option<String>,
    /// Today's sun where the client is; none for a zone without a city (UTC) and no place chosen.
    sun: Option<SunView>,
    /// Today's healing check-in and its advice, once answered.
    check_in: Option<Assessed>,
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

/// Settings as the form sends them: text the engine parses, so that a bad value gets the same
/// clear message everywhere.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PreferencesInput {
    reminder_time: String,
    /// `22:00-08:00`, or none.
    quiet: Option<String>,
    zone_policy: ZonePolicy,
    home_zone: String,
    muted: Vec<String>,
    show_details: bool,
    /// A city or coordinates for the UV estimate; none: the principal city of the zone.
    #[serde(default)]
    place: Option<ChosenPlace>,
    /// Metres above sea level.
    #[serde(default)]
    elevation: f64,
}

impl PreferencesInput {
    fn parse(&self, device_zone: Tz) -> Result<Preferences> {
        Ok(Preferences {
            reminder_time: parse::time(&self.reminder_time)?,
            quiet: self
                .quiet
                .as_deref()
                .filter(|q| !q.is_empty())
                .map(str::parse)
                .transpose()?,
            zone_policy: self.zone_policy,
            home_zone: parse::zone(&self.home_zone)?,
            device_zone,
            muted: self
                .muted
                .iter()
                .map(|c| c.parse())
                .collect::<aftercare_core::Result<_>>()?,
            show_details: self.show_details,
            place: self.place.clone(),
            elevation: self.elevation,
        })
    }
}

/// Where a protocol comes from: one the app ships, or a file from the artist.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub(crate) enum ProtocolSource {
    Bundled { id: String },
    File { name: String, text: String },
}

impl ProtocolSource {
    /// The protocol, checked whole, and where it came from.
    fn read(self) -> Result<(Protocol, String)> {
        match self {
            ProtocolSource::Bundled { id } => Ok((bundled(&id)?, "bundled".to_string())),
            ProtocolSource::File { name, text } => Ok((share::import(&text)?, name)),
        }
    }
}

/// A protocol the app ships, by id.
pub(crate) fn bundled(id: &str) -> Result<Protocol> {
    Protocol::bundled(id).ok_or_else(|| {
        aftercare_core::Error::InvalidProtocol {
            problems: vec![aftercare_core::Problem {
                line: None,
                field: String::new(),
                message: format!("`{id}` is not a protocol the app ships"),
            }],
        }
        .into()
    })
}

/// What the first-run screen sends: everything is checked before anything is stored.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Beginning {
    sessions: Vec<SessionInput>,
    preferences: PreferencesInput,
    protocol: ProtocolSource,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionInput {
    start: String,
    zone: String,
}

/// A day's checklist and the steps ticked on it.
#[derive(Debug, Serialize)]
pub(crate) struct TodayView {
    #[serde(flatten)]
    today: Today,
    done: Vec<String>,
}

/// Runs `work` on a blocking thread with the app's state.
pub(crate) async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&AppState) -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(move || work(&app.state::<AppState>()))
        .await
        .map_err(|e| Error::Platform(e.to_string()))?
}

pub(crate) fn overview_of(state: &AppState) -> Result<Overview> {
    let store = state.store();
    let stored = store.protocol()?;
    let preferences = store.preferences()?;
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
        .map(|p| ProtocolView::of(&p, "bundled"))
        .collect();
    let missed = store
        .reminders()?
        .iter()
        .filter(|r| r.state == State::Missed)
        .count();
    let zone = preferences.zone();
    let date = now().with_timezone(&zone).date_naive();
    let today = match store.treatment()? {
        Some((treatment, protocol)) => Some(TodayView {
            today: aftercare_core::today(&treatment, &protocol, date),
            done: store.steps_done(date)?,
        }),
        None => None,
    };
    Ok(Overview {
        sessions,
        protocol: ProtocolView::of(&stored.protocol, &stored.origin),
        protocols,
        zone_question: store.zone_question()?.map(|zone| zone.name().to_string()),
        date,
        day_ends: day_ends(zone, date),
        today,
        missed,
        permission: state.delivery.permission(),
        exact_alarms: state.delivery.exact_alarms(),
        platform: PLATFORM,
        autostart: crate::autostart::enabled(),
        protocol_link: state.take_link(),
        sun: SunView::of(&preferences, date),
        check_in: store.assessed(date)?,
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

/// The cities the sun can be estimated for, by name, to pick from.
#[tauri::command]
pub(crate) fn cities() -> &'static [City] {
    places::cities()
}

#[tauri::command]
pub(crate) async fn overview<R: Runtime>(app: AppHandle<R>) -> Result<Overview> {
    blocking(app, overview_of).await
}

/// First run: the sessions, settings and protocol, checked together so that a mistake in any of
/// them stores nothing.
#[tauri::command]
pub(crate) async fn begin<R: Runtime>(app: AppHandle<R>, beginning: Beginning) -> Result<Overview> {
    blocking(app, move |state| {
        let (protocol, origin) = beginning.protocol.read()?;
        let sessions = beginning
            .sessions
            .iter()
            .map(|s| Session::parse(&s.start, &s.zone))
            .collect::<aftercare_core::Result<Vec<_>>>()?;
        Treatment::new(sessions.clone(), &protocol)?;
        let device_zone = state.store().preferences()?.device_zone;
        let preferences = beginning.preferences.parse(device_zone)?;
        let now = now();
        state.edit(|store| {
            store.set_protocol(&protocol, &origin, now)?;
            store.set_preferences(&preferences, now)?;
            for session in sessions {
                store.add_session(session, now)?;
            }
            Ok(())
        })?;
        overview_of(state)
    })
    .await
}

/// Ticks or unticks a step of a day's checklist.
#[tauri::command]
pub(crate) async fn mark_step<R: Runtime>(
    app: AppHandle<R>,
    date: String,
    rule: String,
    done: bool,
) -> Result<Overview> {
    blocking(app, move |state| {
        let date = parse::date(&date)?;
        state.store().set_step_done(date, &rule, done, now())?;
        overview_of(state)
    })
    .await
}

/// Every reminder, past and future, with its state.
#[tauri::command]
pub(crate) async fn timeline<R: Runtime>(app: AppHandle<R>) -> Result<Vec<StoredReminder>> {
    blocking(app, |state| Ok(state.store().reminders()?)).await
}

#[tauri::command]
pub(crate) async fn add_session<R: Runtime>(
    app: AppHandle<R>,
    start: String,
    zone: String,
) -> Result<Overview> {
    blocking(app, move |state| {
        let session = Session::parse(&start, &zone)?;
        state.edit(|store| Ok(store.add_session(session, now())?))?;
        overview_of(state)
    })
    .await
}

#[tauri::command]
pub(crate) async fn move_session<R: Runtime>(
    app: AppHandle<R>,
    number: usize,
    start: String,
    zone: String,
) -> Result<Overview> {
    blocking(app, move |state| {
        let session = Session::parse(&start, &zone)?;
        state.edit(|store| Ok(store.move_session(number, session, now())?))?;
        overview_of(state)
    })
    .await
}

#[tauri::command]
pub(crate) async fn remove_session<R: Runtime>(
    app: AppHandle<R>,
    number: usize,
) -> Result<Overview> {
    blocking(app, move |state| {
        state.edit(|store| Ok(store.remove_session(number, now())?))?;
        overview_of(state)
    })
    .await
}

#[tauri::command]
pub(crate) async fn set_preferences<R: Runtime>(
    app: AppHandle<R>,
    preferences: PreferencesInput,
) -> Result<Overview> {
    blocking(app, move |state| {
        let parsed = preferences.parse(state.store().preferences()?.device_zone)?;
        state.edit(|store| Ok(store.set_preferences(&parsed, now())?))?;
        overview_of(state)
    })
    .await
}

#[tauri::command]
pub(crate) async fn mark_done<R: Runtime>(app: AppHandle<R>, key: String) -> Result<()> {
    blocking(app, move |state| {
        state.edit(|store| {
            store.mark_done(&key, now())?;
            Ok(())
        })
    })
    .await
}

/// `hour`, `evening` or `tomorrow`.
#[tauri::command]
pub(crate) async fn snooze<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    until: String,
) -> Result<()> {
    blocking(app, move |state| {
        let choice = Snooze::parse(&until)?;
        state.edit(|store| {
            let now = now();
            let until = choice.until(now, &store.preferences()?.settings())?;
            store.snooze(&key, until, now)?;
            Ok(())
        })
    })
    .await
}

#[tauri::command]
pub(crate) async fn choose_protocol<R: Runtime>(
    app: AppHandle<R>,
    source: ProtocolSource,
) -> Result<Overview> {
    blocking(app, move |state| {
        let (protocol, origin) = source.read()?;
        state.edit(|store| Ok(store.set_protocol(&protocol, &origin, now())?))?;
        overview_of(state)
    })
    .await
}

#[tauri::command]
pub(crate) async fn answer_zone_question<R: Runtime>(
    app: AppHandle<R>,
    policy: ZonePolicy,
) -> Result<Overview> {
    blocking(app, move |state| {
        state.edit(|store| Ok(store.answer_zone_question(policy, now())?))?;
        overview_of(state)
    })
    .await
}

/// A JSON backup of everything, saved where the client finds files on a computer (Downloads),
/// or offered through the share sheet on a phone (to Files, Drive...). Says which.
#[tauri::command]
pub(crate) async fn save_backup<R: Runtime>(app: AppHandle<R>) -> Result<String> {
    let now = now();
    let name = format!(
        "smp-aftercare-backup-{}.json",
        now.format("%Y-%m-%d-%H%M%S")
    );
    let handle = app.clone();
    crate::sharing::hand_over(&app, &name, "application/json", move |path| {
        Ok(handle.state::<AppState>().store().backup_to(path, now)?)
    })
    .await
}

/// Desktop: starts the app in the tray at login, or stops doing so.
#[tauri::command]
pub(crate) async fn set_autostart<R: Runtime>(app: AppHandle<R>, on: bool) -> Result<Overview> {
    blocking(app, move |state| {
        crate::autostart::set(on)?;
        overview_of(state)
    })
    .await
}

/// Replaces everything with a JSON backup, after checking all of it.
#[tauri::command]
pub(crate) async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    json: String,
) -> Result<Overview> {
    blocking(app, move |state| {
        let snapshot = Snapshot::from_json(&json)?;
        state.edit(|store| Ok(store.import(&snapshot, now())?))?;
        overview_of(state)
    })
    .await
}

#[tauri::command]
pub(crate) async fn delete_everything<R: Runtime>(app: AppHandle<R>) -> Result<Overview> {
    blocking(app, |state| {
        state.edit(|store| Ok(store.delete_everything(now())?))?;
        overview_of(state)
    })
    .await
}

#[tauri::command]
pub(crate) async fn notification_permission<R: Runtime>(app: AppHandle<R>) -> Result<Permission> {
    blocking(app, |state| Ok(state.delivery.permission())).await
}

/// Android: opens the system screen that allows exact alarms. The overview says how it went
/// once the client is back.
#[tauri::command]
pub(crate) async fn request_exact_alarms<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    blocking(app, |state| state.delivery.request_exact_alarms()).await
}

/// Asks the system for the permission; the UI has explained why first.
#[tauri::command]
pub(crate) async fn request_notification_permission<R: Runtime>(
    app: AppHandle<R>,
) -> Result<Permission> {
    blocking(app, |state| state.delivery.request_permission()).await
}

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

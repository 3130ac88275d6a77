//! The commands the UI invokes for the treatment, reminders and settings: each parses, calls the
//! store (delivery follows), and maps the error. Work runs on a blocking thread (`blocking`):
//! SQLite waits for the disk, and desktop notifications make D-Bus calls, neither of which
//! belongs on the async runtime.

use aftercare_core::places::{self, City};
use aftercare_core::protocol::Source;
use aftercare_core::{Protocol, QuietHours, Session, Snooze, Treatment, parse};
use aftercare_store::{ChosenPlace, Preferences, Snapshot, ZonePolicy};
use serde::Deserialize;
use tauri::{AppHandle, Manager, Runtime};

use crate::error::Result;
use crate::notify::Permission;
use crate::now;
use crate::overview::{Overview, ReminderView, overview_of};
use crate::signals::{Happened, Signals};
use crate::state::{AppState, blocking};

/// What happened since the window last asked (`seen`; none: at once, the counts so far). The
/// window keeps one of these pending for as long as it is open.
#[tauri::command]
pub(crate) async fn next_signals(
    seen: Option<Happened>,
    signals: tauri::State<'_, Signals>,
) -> Result<Happened> {
    Ok(signals.after(seen).await)
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
    /// A language tag, `es` or `en-GB`; none: the system's.
    #[serde(default)]
    language: Option<String>,
}

impl PreferencesInput {
    /// What the form says, over what the device reports (its zone and language).
    fn parse(&self, stored: &Preferences) -> Result<Preferences> {
        Ok(Preferences {
            reminder_time: parse::time(&self.reminder_time)?,
            quiet: self
                .quiet
                .as_deref()
                .map(QuietHours::from_typed)
                .transpose()?
                .flatten(),
            zone_policy: self.zone_policy,
            home_zone: parse::zone(&self.home_zone)?,
            device_zone: stored.device_zone,
            muted: self
                .muted
                .iter()
                .map(|c| c.parse())
                .collect::<aftercare_core::Result<_>>()?,
            show_details: self.show_details,
            place: self.place.clone(),
            elevation: self.elevation,
            language: self.language.as_deref().map(str::parse).transpose()?,
            device_language: stored.device_language,
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
    fn read(&self) -> Result<(Protocol, String)> {
        Ok(match self {
            ProtocolSource::Bundled { id } => Source::Bundled(id),
            ProtocolSource::File { name, text } => Source::Text { name, text },
        }
        .read()?)
    }
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

/// The cities the sun can be estimated for, by name, to pick from.
#[tauri::command]
pub(crate) fn cities() -> &'static [City] {
    places::cities()
}

#[tauri::command]
pub(crate) async fn overview<R: Runtime>(app: AppHandle<R>) -> Result<Overview> {
    blocking(app, overview_of).await
}

/// After the first screen: every page of the file checked, photos included, on a connection of
/// its own so that the screens are not kept waiting. Damage found is not this call's failure:
/// the overview shows it from then on, and the store refuses to write into the file.
#[tauri::command]
pub(crate) async fn check_whole<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    blocking(app, |state| {
        let check = state.store().whole_check();
        match check.run() {
            Ok(()) | Err(aftercare_store::Error::Corrupt { .. }) => Ok(()),
            Err(error) => Err(error.into()),
        }
    })
    .await
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
        let preferences = beginning.preferences.parse(&state.store().preferences()?)?;
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
pub(crate) async fn timeline<R: Runtime>(app: AppHandle<R>) -> Result<Vec<ReminderView>> {
    blocking(app, |state| {
        let store = state.store();
        let zone = store.preferences()?.zone();
        Ok(store
            .reminders()?
            .into_iter()
            .map(|stored| ReminderView::new(stored, zone))
            .collect())
    })
    .await
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
        let parsed = preferences.parse(&state.store().preferences()?)?;
        state.edit(|store| Ok(store.set_preferences(&parsed, now())?))?;
        crate::locale::speak(parsed.locale());
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
    crate::files::hand_over(&app, &name, "application/json", move |path| {
        Ok(handle.state::<AppState>().store().backup_to(path, now)?)
    })
    .await
}

/// Desktop: whether the app starts in the tray at login; none on phones.
#[tauri::command]
pub(crate) async fn autostart<R: Runtime>(app: AppHandle<R>) -> Result<Option<bool>> {
    crate::autostart::enabled(&app)
}

/// Desktop: starts the app in the tray at login, or stops doing so; whether it now does.
#[tauri::command]
pub(crate) async fn set_autostart<R: Runtime>(app: AppHandle<R>, on: bool) -> Result<Option<bool>> {
    crate::autostart::set(&app, on)
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

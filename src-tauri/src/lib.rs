//! SMP Aftercare, the app: a thin Tauri shell over the engine (`aftercare-core`), the store
//! (`aftercare-store`) and delivery (`aftercare-notify`), with the UI in `../ui`.

mod autostart;
mod commands;
mod error;
mod files;
mod journal;
mod lifecycle;
mod locale;
mod notify;
mod overview;
mod sharing;
mod signals;
mod state;
#[cfg(test)]
mod tests;

use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Utc};
use tauri::Runtime;

/// Starts the app: on the desktop from `main`, on Android and iOS from the OS.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let app = shell()
        .build(tauri::generate_context!())
        .unwrap_or_else(|error| {
            #[cfg(target_os = "linux")]
            if matches!(&error, tauri::Error::PluginInitialization(plugin, _) if plugin == "single-instance")
            {
                start_again(&error);
            }
            panic!("the app's configuration, built into it, is valid: {error}")
        });
    app.run(|app, event| lifecycle::on_event(app, &event));
}

/// Starts this process afresh, a moment later. A start while the running app quits (Quit in
/// the tray, the session ending) can find the app's D-Bus name still held and the hand-over to
/// it never answered: the single-instance plugin then fails the build, and the person's start
/// would be lost. Once the other has gone, the name is free. A process builds its window
/// once (GTK's application is registered), hence a new process rather than a second build.
/// Not covered: an app that stays frozen holds the new start for as long (the plugin's call has
/// no time limit), and one that answers and then quits takes the start with it. The count of
/// tries travels in the environment, which the app's children inherit (harmless: a start from
/// one of them gets fewer tries).
#[cfg(target_os = "linux")]
fn start_again(error: &tauri::Error) -> ! {
    use std::os::unix::process::CommandExt;
    const STARTED_AGAIN: &str = "SMP_AFTERCARE_STARTED_AGAIN";
    let times: u8 = std::env::var(STARTED_AGAIN)
        .ok()
        .and_then(|times| times.parse().ok())
        .unwrap_or(0);
    assert!(
        times < 3,
        "the running app neither answers nor quits: {error}"
    );
    std::thread::sleep(std::time::Duration::from_millis(250));
    let exe = std::env::current_exe().expect("the app knows where it was started from");
    let failed = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(STARTED_AGAIN, (times + 1).to_string())
        .exec();
    panic!("the app could not start again ({failed}) after: {error}")
}

/// The app as it starts on this platform.
fn shell() -> tauri::Builder<tauri::Wry> {
    // On the desktop, a second start (an smp-aftercare:// link opened) hands its link to the
    // running app instead of opening another window; it must come first.
    #[cfg(desktop)]
    let app = tauri::Builder::default().plugin(tauri_plugin_single_instance::init(|app, _, _| {
        lifecycle::show(app);
    }));
    #[cfg(mobile)]
    let app = tauri::Builder::default();
    builder(app)
        .plugin(tauri_plugin_deep_link::init())
        .setup(lifecycle::setup)
}

/// The app's plugins and commands, over any runtime: tests drive them on the mock runtime.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    #[cfg(mobile)]
    let builder = notify::plugins().into_iter().fold(
        builder
            .plugin(tauri_plugin_notification::init())
            .plugin(tauri_plugin_sharekit::init()),
        tauri::Builder::plugin,
    );
    #[cfg(desktop)]
    let builder = builder.plugin(autostart::plugin());
    let builder = builder.plugin(tauri_plugin_opener::init());
    // After the notification plugin, whose notification delegate it replaces.
    #[cfg(target_os = "ios")]
    let builder = builder.plugin(tauri_plugin_reminder_center::init());
    builder
        .manage(signals::Signals::default())
        .invoke_handler(tauri::generate_handler![
            commands::next_signals,
            commands::overview,
            commands::check_whole,
            commands::begin,
            commands::mark_step,
            commands::timeline,
            commands::add_session,
            commands::move_session,
            commands::remove_session,
            commands::set_preferences,
            commands::mark_done,
            commands::snooze,
            commands::choose_protocol,
            commands::answer_zone_question,
            commands::save_backup,
            commands::autostart,
            commands::set_autostart,
            sharing::open_contact,
            commands::restore_backup,
            commands::delete_everything,
            commands::notification_permission,
            commands::request_notification_permission,
            commands::request_exact_alarms,
            sharing::artist_protocol,
            sharing::share_protocol,
            sharing::save_protocol,
            sharing::preview_protocol,
            sharing::accept_protocol,
            sharing::export_calendar,
            sharing::send_progress,
            sharing::report,
            sharing::send_report,
            journal::journal,
            journal::check_in,
            journal::add_note,
            journal::add_photo,
            journal::photo,
            journal::remove_photo,
            journal::postpone,
            commands::cities,
            locale::locale,
        ])
}

/// The shell is an edge: it reads the real clock, and passes it to everything else.
#[expect(
    clippy::disallowed_methods,
    reason = "the app shell is an edge: it reads the real clock"
)]
pub(crate) fn now() -> DateTime<Utc> {
    Utc::now()
}

pub(crate) fn lock<T: ?Sized>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

//! Starting at login, on the desktop: reminders fire only while the app runs, so the client can
//! have it start in the tray. tauri-plugin-autostart writes the entry (on Linux an XDG autostart
//! file, `~/.config/autostart/SMP Aftercare.desktop`, whose `Exec` passes [`IN_TRAY`]); phones
//! start apps themselves.

use tauri::{AppHandle, Runtime};

use crate::error::{Error, Result};

/// The argument the autostart entry passes: start in the tray, without a window.
pub(crate) const IN_TRAY: &str = "--in-tray";

/// The entry's name: its file's on Linux, and what a desktop's list of startup apps shows.
#[cfg(desktop)]
const NAME: &str = "SMP Aftercare";

#[cfg(desktop)]
pub(crate) fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_autostart::Builder::new()
        .app_name(NAME)
        .arg(IN_TRAY)
        .build()
}

/// Whether the app starts at login; `None` where the platform decides (phones).
#[cfg(desktop)]
pub(crate) fn enabled<R: Runtime>(app: &AppHandle<R>) -> Result<Option<bool>> {
    use tauri_plugin_autostart::ManagerExt as _;
    let enabled = app.autolaunch().is_enabled();
    Ok(Some(enabled.map_err(Error::platform)?))
}

#[cfg(mobile)]
#[expect(
    clippy::unnecessary_wraps,
    reason = "the desktop's can fail; phones have no answer"
)]
pub(crate) fn enabled<R: Runtime>(_app: &AppHandle<R>) -> Result<Option<bool>> {
    Ok(None)
}

/// Starts the app at login, or stops doing so; whether it now does.
#[cfg(desktop)]
pub(crate) fn set<R: Runtime>(app: &AppHandle<R>, on: bool) -> Result<Option<bool>> {
    use tauri_plugin_autostart::ManagerExt as _;
    let autolaunch = app.autolaunch();
    let done = if on {
        autolaunch.enable()
    } else {
        autolaunch.disable()
    };
    done.map_err(Error::platform)?;
    enabled(app)
}

#[cfg(mobile)]
pub(crate) fn set<R: Runtime>(_app: &AppHandle<R>, _on: bool) -> Result<Option<bool>> {
    Err(Error::Platform(aftercare_core::locale::Message::new(
        "error-autostart-phone",
    )))
}

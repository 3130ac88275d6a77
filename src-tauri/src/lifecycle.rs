//! The app's life: start, resume (the zone check and re-arming on the way back), and on the
//! desktop the tray that keeps the app, and so its reminders, running when the window closes.

use tauri::{App, AppHandle, Manager, RunEvent, Runtime, WebviewWindowBuilder, WindowEvent};
use tauri_plugin_deep_link::DeepLinkExt;

use crate::state::AppState;

/// Opens the store in the app's data directory, starts delivery, and opens the window with what
/// its first screen shows, so that the screen needs no round trip to draw.
pub(crate) fn setup<R: Runtime>(app: &mut App<R>) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = app.path().app_data_dir()?;
    let state = AppState::open(app.handle(), &data_dir)?;
    // Opened by a link: the first screen shows what it holds.
    for link in app.deep_link().get_current()?.unwrap_or_default() {
        state.receive_link(link.as_str());
    }
    let overview = serde_json::to_string(&crate::overview::overview_of(&state)?)?;
    let locale = serde_json::to_string(&crate::locale::locale_of(&state)?)?;
    app.manage(state);
    let handle = app.handle().clone();
    app.deep_link().on_open_url(move |event| {
        for link in event.urls() {
            if let Some(state) = handle.try_state::<AppState>() {
                state.receive_link(link.as_str());
                show(&handle);
                crate::signals::link_arrived(&handle);
            }
        }
    });
    // Started at login: reminders run, the window waits in the tray.
    let in_tray = cfg!(desktop) && std::env::args().any(|arg| arg == crate::autostart::IN_TRAY);
    let config = app
        .config()
        .app
        .windows
        .first()
        .ok_or("no window configured")?;
    WebviewWindowBuilder::from_config(app.handle(), config)?
        .initialization_script(format!(
            "window.__aftercareOverview = {overview}; window.__aftercareLocale = {locale};"
        ))
        .visible(!in_tray)
        .build()?;
    #[cfg(desktop)]
    tray(app)?;
    Ok(())
}

pub(crate) fn on_event<R: Runtime>(app: &AppHandle<R>, event: &RunEvent) {
    match event {
        RunEvent::Resumed
        | RunEvent::WindowEvent {
            event: WindowEvent::Focused(true),
            ..
        } => resume(app),
        #[cfg(desktop)]
        RunEvent::WindowEvent {
            label,
            event: WindowEvent::CloseRequested { api, .. },
            ..
        } => {
            // Reminders fire only while the app runs: closing the window keeps it in the tray.
            api.prevent_close();
            if let Some(window) = app.get_webview_window(label) {
                let _ = window.hide();
            }
        }
        _ => {}
    }
}

fn resume<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    // Off the main thread, which draws the window: a sync reads and writes the database.
    tauri::async_runtime::spawn_blocking(move || {
        if let Some(state) = app.try_state::<AppState>()
            && state.resume().unwrap_or(false)
        {
            crate::signals::reminders_changed(&app);
        }
    });
}

#[cfg(desktop)]
fn tray<R: Runtime>(app: &App<R>) -> tauri::Result<()> {
    use tauri::menu::{Menu, MenuItem};
    use tauri::tray::TrayIconBuilder;

    // In the language at start; the tray is built once.
    let locale = app
        .state::<AppState>()
        .store()
        .preferences()
        .map(|preferences| preferences.locale())
        .unwrap_or_default();
    let open = MenuItem::with_id(app, "open", locale.text("tray-open"), true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", locale.text("tray-quit"), true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &quit])?;
    let mut tray = TrayIconBuilder::with_id("main")
        .tooltip("SMP Aftercare")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "open" => show(app),
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

/// Brings the window to the front, from the tray or for a link.
pub(crate) fn show<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.set_focus();
    }
}

//! Files for the client (a backup, the calendar, the summary, a protocol): written where they
//! find them on a computer, offered through the share sheet on a phone.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, Runtime};

use crate::error::{Error, Result};
use crate::state::AppState;

/// Writes a file for the client with `write` and hands it over. On a computer it is written in
/// Downloads, where the client finds it. On a phone it is written in the app's cache and offered
/// through the share sheet (to Files, Drive, a message...): nothing is kept where the client
/// cannot see it, such as the app's own documents, which the Files app does not show on iOS and
/// which go with the app on Android. Says what happened.
pub(crate) async fn hand_over<R: Runtime>(
    app: &AppHandle<R>,
    name: &str,
    mime: &str,
    write: impl FnOnce(&Path) -> Result<()> + Send + 'static,
) -> Result<String> {
    let path = folder_for_client(app)?.join(name);
    tauri::async_runtime::spawn_blocking({
        let path = path.clone();
        move || write(&path)
    })
    .await
    .map_err(Error::platform)??;
    let said = share_sheet(app, &path, mime)?;
    let locale = app.state::<AppState>().store().preferences()?.locale();
    Ok(match said {
        Handed::Saved => {
            locale.text_with("file-saved", [("path", path.display().to_string().into())])
        }
        Handed::Shared => locale.text("file-shared"),
        Handed::NotShared => locale.text("file-not-shared"),
        Handed::ToSheet => locale.text("file-to-share-sheet"),
    })
}

/// What became of a file handed over.
#[allow(
    dead_code,
    reason = "a computer saves and a phone shares: each platform builds only its own"
)]
enum Handed {
    /// Written where the client finds it (desktop).
    Saved,
    Shared,
    /// The client closed the share sheet (only iOS tells).
    NotShared,
    /// Android's share sheet cannot tell whether anything was shared.
    ToSheet,
}

/// `contents` as a file for the client, handed over.
pub(crate) async fn hand_over_text<R: Runtime>(
    app: &AppHandle<R>,
    name: &str,
    contents: String,
    mime: &str,
) -> Result<String> {
    hand_over(app, name, mime, move |path| {
        std::fs::write(path, contents)
            .map_err(|e| Error::platform(format!("{}: {e}", path.display())))
    })
    .await
}

fn folder_for_client<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf> {
    let path = app.path();
    let folder = if cfg!(desktop) {
        path.download_dir().or_else(|_| path.app_data_dir())
    } else {
        path.app_cache_dir()
    };
    let folder = folder.map_err(Error::platform)?;
    std::fs::create_dir_all(&folder).map_err(Error::platform)?;
    Ok(folder)
}

#[cfg(desktop)]
#[expect(
    clippy::unnecessary_wraps,
    reason = "the same shape as on a phone, where the share sheet can fail"
)]
fn share_sheet<R: Runtime>(_app: &AppHandle<R>, _path: &Path, _mime: &str) -> Result<Handed> {
    Ok(Handed::Saved)
}

#[cfg(mobile)]
fn share_sheet<R: Runtime>(app: &AppHandle<R>, path: &Path, mime: &str) -> Result<Handed> {
    use tauri_plugin_sharekit::{ShareExt, ShareFileOptions};
    let window = app.get_webview_window("main").ok_or_else(|| {
        Error::Platform(aftercare_core::locale::Message::new("error-window-closed"))
    })?;
    let options = ShareFileOptions {
        mime_type: Some(mime.to_string()),
        ..ShareFileOptions::default()
    };
    match app
        .share()
        .share_file(window, format!("file://{}", path.display()), options)
    {
        Ok(()) => Ok(Handed::Shared),
        // Android's share sheet reports "cancelled" after most shares too: only iOS can tell.
        Err(e) if e.to_string().contains("cancelled") => Ok(if cfg!(target_os = "ios") {
            Handed::NotShared
        } else {
            Handed::ToSheet
        }),
        Err(e) => Err(Error::platform(e)),
    }
}

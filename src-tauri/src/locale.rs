//! The language the UI speaks: the client's catalog and date conventions, handed to the WebView
//! with the page, as the first overview is.

use std::sync::RwLock;

use aftercare_core::Locale;
use aftercare_core::locale::{CHOICES, Conventions, ui_catalog};
use serde::Serialize;
use tauri::{AppHandle, Runtime};

use crate::error::Result;
use crate::state::{AppState, blocking};

/// What `ui/js/i18n.js` and `ui/js/format.js` need.
#[derive(Debug, Serialize)]
pub(crate) struct LocaleView {
    /// With the region whose conventions apply: `en-GB`.
    tag: String,
    /// The messages the screens show, in the client's language, parsed as @fluent/bundle keeps
    /// them. Without English behind it: every language has every message
    /// (`crates/aftercare-core/tests/catalog.rs`), and a second catalog made Spanish start slower
    /// than English.
    catalog: &'static serde_json::Value,
    conventions: Conventions,
    choices: Vec<Choice>,
}

#[derive(Debug, Serialize)]
struct Choice {
    tag: &'static str,
    name: &'static str,
}

/// The language the UI was last given, for what reaches it without a state to ask: errors, which
/// serde serializes without context. English until the page asks.
static SPOKEN: RwLock<Option<Locale>> = RwLock::new(None);

pub(crate) fn current() -> Locale {
    SPOKEN
        .read()
        .ok()
        .and_then(|spoken| *spoken)
        .unwrap_or_default()
}

/// Errors from now on are in this language.
pub(crate) fn speak(locale: Locale) {
    if let Ok(mut spoken) = SPOKEN.write() {
        *spoken = Some(locale);
    }
}

pub(crate) fn locale_of(state: &AppState) -> Result<LocaleView> {
    let locale: Locale = state.store().preferences()?.locale();
    speak(locale);
    Ok(LocaleView {
        tag: locale.tag(),
        catalog: ui_catalog(locale.language),
        conventions: locale.conventions(),
        choices: CHOICES
            .iter()
            .map(|&(tag, name)| Choice { tag, name })
            .collect(),
    })
}

/// The client's language: the chosen one, else the system's.
#[tauri::command]
pub(crate) async fn locale<R: Runtime>(app: AppHandle<R>) -> Result<LocaleView> {
    blocking(app, locale_of).await
}

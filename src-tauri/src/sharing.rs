//! The commands for sharing with the artist: the calendar export, the artist's own protocol
//! (made in artist mode, shown as a code, a link and a QR code, imported only once accepted), and
//! the progress report and summary. Nothing leaves the device unless the client saves or shares
//! it.

use aftercare_core::compare::{Difference, differences};
use aftercare_core::ics::Selection;
use aftercare_core::locale::Message;
use aftercare_core::protocol::Source;
use aftercare_core::{Category, LinkKind, Protocol, Studio, parse, share};
use serde::Serialize;
use tauri::{AppHandle, Runtime};
use tauri_plugin_opener::OpenerExt as _;

use crate::error::{Error, Result};
use crate::files::hand_over_text;
use crate::now;
use crate::overview::{Overview, overview_of};
use crate::state::blocking;

/// A protocol ready to hand over.
#[derive(Debug, Serialize)]
pub(crate) struct Shared {
    code: String,
    link: String,
    /// The link as a QR code (SVG), or why it does not fit one.
    qr: std::result::Result<String, String>,
}

/// What accepting a shared protocol would change.
#[derive(Debug, Serialize)]
pub(crate) struct Preview {
    name: String,
    version: String,
    studio: Option<Studio>,
    differences: Vec<Difference>,
}

/// A protocol to edit in artist mode: the one followed (`current`) or one the app ships, in the
/// language the artist uses the app in where it has it.
#[tauri::command]
pub(crate) async fn artist_protocol<R: Runtime>(
    app: AppHandle<R>,
    base: String,
) -> Result<Protocol> {
    blocking(app, move |state| {
        let locale = state.store().preferences()?.locale();
        let protocol = match base.as_str() {
            "current" => state.store().protocol()?.protocol,
            id => Source::Bundled(id).read()?.0,
        };
        Ok(protocol.written_in(locale))
    })
    .await
}

/// Checks an edited protocol whole, and gives its code, link and QR code.
#[tauri::command]
pub(crate) async fn share_protocol(protocol: serde_json::Value) -> Result<Shared> {
    let protocol = share::import(&protocol.to_string())?;
    let link = share::link(&protocol);
    Ok(Shared {
        code: share::encode(&protocol),
        qr: share::qr_svg(&link).map_err(|e| e.to_string()),
        link,
    })
}

/// Saves an edited protocol as a TOML file the artist can send or keep.
#[tauri::command]
pub(crate) async fn save_protocol<R: Runtime>(
    app: AppHandle<R>,
    protocol: serde_json::Value,
) -> Result<String> {
    let protocol = share::import(&protocol.to_string())?;
    let name = format!("{}.toml", protocol.id);
    hand_over_text(&app, &name, protocol.to_toml(), "application/toml").await
}

/// Opens a way to reach the studio of the protocol followed (the dialler, the mail app, the
/// browser), when the client taps it: the address comes from the stored protocol, never from the
/// page.
#[tauri::command]
pub(crate) async fn open_contact<R: Runtime>(app: AppHandle<R>, kind: LinkKind) -> Result<()> {
    let uri = blocking(app.clone(), move |state| {
        let studio = state.store().protocol()?.protocol.studio;
        let link = studio.and_then(|s| s.links().into_iter().find(|l| l.kind == kind));
        link.map(|l| l.uri)
            .ok_or_else(|| Error::Input(Message::new("error-no-contact")))
    })
    .await?;
    app.opener()
        .open_url(uri, None::<&str>)
        .map_err(Error::platform)
}

/// What following a shared protocol (a code, a link or a file's text) would change. Nothing
/// changes yet.
#[tauri::command]
pub(crate) async fn preview_protocol<R: Runtime>(
    app: AppHandle<R>,
    text: String,
) -> Result<Preview> {
    blocking(app, move |state| {
        let incoming = share::import(&text)?;
        let current = state.store().protocol()?.protocol;
        let locale = state.store().preferences()?.locale();
        Ok(Preview {
            differences: differences(&current, &incoming, locale),
            name: incoming.name,
            version: incoming.version,
            studio: incoming.studio,
        })
    })
    .await
}

/// Follows a shared protocol from now on; the reminders are derived again and handed to the OS.
#[tauri::command]
pub(crate) async fn accept_protocol<R: Runtime>(
    app: AppHandle<R>,
    text: String,
) -> Result<Overview> {
    blocking(app, move |state| {
        let protocol = share::import(&text)?;
        let origin = share::origin(&protocol);
        state.edit(|store| Ok(store.set_protocol(&protocol, &origin, now())?))?;
        overview_of(state)
    })
    .await
}

/// Saves (or, on a phone, shares) the reminders and upcoming sessions as a calendar file.
#[tauri::command]
pub(crate) async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
    categories: Vec<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<String> {
    let selection = Selection {
        categories: categories
            .iter()
            .map(|c| c.parse::<Category>())
            .collect::<aftercare_core::Result<_>>()?,
        from: from.as_deref().map(parse::date).transpose()?,
        to: to.as_deref().map(parse::date).transpose()?,
    };
    let calendar = blocking(app.clone(), move |state| {
        Ok(state.store().calendar(&selection, now())?)
    })
    .await?;
    // Named for the moment: iOS's share sheet keeps an earlier file of the same name.
    let name = format!("smp-aftercare-{}.ics", now().format("%Y-%m-%d-%H%M%S"));
    hand_over_text(&app, &name, calendar, "text/calendar").await
}

/// The report for the artist with the notes and photos picked, as the page to show before it is
/// sent.
#[tauri::command]
pub(crate) async fn report<R: Runtime>(
    app: AppHandle<R>,
    notes: Vec<i64>,
    photos: Vec<i64>,
) -> Result<String> {
    blocking(app, move |state| {
        let store = state.store();
        let locale = store.preferences()?.locale();
        Ok(store
            .report(&notes, &photos, locale, now())?
            .to_html(locale))
    })
    .await
}

/// Saves (or, on a phone, shares) the report as a web page.
#[tauri::command]
pub(crate) async fn send_report<R: Runtime>(
    app: AppHandle<R>,
    notes: Vec<i64>,
    photos: Vec<i64>,
) -> Result<String> {
    let html = report(app.clone(), notes, photos).await?;
    let name = format!(
        "smp-aftercare-report-{}.html",
        now().format("%Y-%m-%d-%H%M%S")
    );
    hand_over_text(&app, &name, html, "text/html").await
}

/// Saves (or, on a phone, shares) the progress summary as a text file, for a messenger or mail.
#[tauri::command]
pub(crate) async fn send_progress<R: Runtime>(
    app: AppHandle<R>,
    notes: Vec<i64>,
) -> Result<String> {
    let text = blocking(app.clone(), move |state| {
        let store = state.store();
        let locale = store.preferences()?.locale();
        Ok(store.progress(&notes, locale, now())?.to_text(locale))
    })
    .await?;
    let name = format!(
        "smp-aftercare-progress-{}.txt",
        now().format("%Y-%m-%d-%H%M%S")
    );
    hand_over_text(&app, &name, text, "text/plain").await
}

//! The healing journal's commands: the daily check-in and its advice, the chart of them, notes,
//! photos, and a healing rule pushed back a day. Photos travel as base64 both ways: Android's IPC carries no
//! raw bytes, and one path for every platform is one path to test.

use aftercare_core::chart::Chart;
use aftercare_core::healing::CheckIn;
use aftercare_core::locale::Message;
use aftercare_core::parse;
use aftercare_store::{Assessed, PhotoInfo};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Serialize;
use tauri::{AppHandle, Runtime};

use crate::error::{Error, Result};
use crate::now;
use crate::overview::{Overview, overview_of};
use crate::state::blocking;

/// The journal screen: check-ins with their advice, their chart, photos by day, notes.
#[derive(Debug, Serialize)]
pub(crate) struct Journal {
    check_ins: Vec<Assessed>,
    /// `None` before the first session.
    chart: Option<Drawn>,
    photos: Vec<PhotoInfo>,
    notes: Vec<aftercare_store::Note>,
}

/// The chart's data (its milestones, listed beside it) and the chart drawn.
#[derive(Debug, Serialize)]
struct Drawn {
    #[serde(flatten)]
    chart: Chart,
    svg: String,
}

#[tauri::command]
pub(crate) async fn journal<R: Runtime>(app: AppHandle<R>) -> Result<Journal> {
    blocking(app, |state| {
        let store = state.store();
        let locale = store.preferences()?.locale();
        let chart = store.chart(locale, now())?.map(|chart| Drawn {
            svg: chart.svg(locale, &chart.label(locale)),
            chart,
        });
        Ok(Journal {
            check_ins: store.check_ins()?,
            chart,
            photos: store.photos()?,
            notes: store.notes()?,
        })
    })
    .await
}

/// Records a day's check-in and returns what it calls for.
#[tauri::command]
pub(crate) async fn check_in<R: Runtime>(
    app: AppHandle<R>,
    date: String,
    answers: CheckIn,
) -> Result<Assessed> {
    blocking(app, move |state| {
        let date = parse::date(&date)?;
        Ok(state.store().check_in(date, answers, now())?)
    })
    .await
}

#[tauri::command]
pub(crate) async fn add_note<R: Runtime>(
    app: AppHandle<R>,
    date: String,
    note: String,
) -> Result<()> {
    blocking(app, move |state| {
        let date = parse::date(&date)?;
        state.store().add_note(date, &note, now())?;
        Ok(())
    })
    .await
}

/// Keeps a photo for a day, its location metadata stripped first.
#[tauri::command]
pub(crate) async fn add_photo<R: Runtime>(
    app: AppHandle<R>,
    date: String,
    base64: String,
) -> Result<PhotoInfo> {
    blocking(app, move |state| {
        let date = parse::date(&date)?;
        let bytes = BASE64.decode(base64.as_bytes()).map_err(|e| {
            Error::Input(Message::new("error-photo-incomplete").arg("detail", e.to_string()))
        })?;
        Ok(state.store().add_photo(date, &bytes, now())?)
    })
    .await
}

/// A photo as a `data:` URL for an `<img>`: the CSP allows images from the app and `data:`.
#[tauri::command]
pub(crate) async fn photo<R: Runtime>(app: AppHandle<R>, id: i64) -> Result<String> {
    blocking(app, move |state| {
        let (mime, bytes) = state.store().photo(id)?;
        Ok(format!("data:{mime};base64,{}", BASE64.encode(bytes)))
    })
    .await
}

#[tauri::command]
pub(crate) async fn remove_photo<R: Runtime>(app: AppHandle<R>, id: i64) -> Result<()> {
    blocking(app, move |state| Ok(state.store().remove_photo(id)?)).await
}

/// Pushes a healing rule back a day for a session ("still scabbing?"), or undoes it; the
/// reminders follow, and delivery with them.
#[tauri::command]
pub(crate) async fn postpone<R: Runtime>(
    app: AppHandle<R>,
    session: usize,
    rule: String,
    undo: bool,
) -> Result<Overview> {
    blocking(app, move |state| {
        state.edit(|store| Ok(store.postpone(session, &rule, undo, now())?))?;
        overview_of(state)
    })
    .await
}

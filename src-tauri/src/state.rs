//! What the app holds while it runs: the store, the only writer of the client's data, and
//! delivery, which follows every change.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use aftercare_notify::Occasion;
use aftercare_store::Store;
use tauri::{AppHandle, Manager, Runtime};

use crate::error::{Error, Result};
use crate::notify::Delivery;
use crate::{lock, now};

pub(crate) struct AppState {
    store: Arc<Mutex<Store>>,
    pub(crate) delivery: Delivery,
    /// The last `smp-aftercare://` link the app was opened with, until the window has read it.
    link: Mutex<Option<String>>,
}

impl AppState {
    /// Opens the database in the app's data directory and starts delivery, which catches up on
    /// what came due while the app was closed.
    pub(crate) fn open<R: Runtime>(app: &AppHandle<R>, data_dir: &Path) -> Result<AppState> {
        let mut store = Store::open(&data_dir.join("aftercare.db"))?;
        if let Some(zone) = aftercare_store::device_zone() {
            store.observe_device_zone(zone, now())?;
        }
        store.observe_device_language(aftercare_store::device_language(), now())?;
        let store = Arc::new(Mutex::new(store));
        let delivery = Delivery::start(app, Arc::clone(&store))?;
        Ok(AppState {
            store,
            delivery,
            link: Mutex::new(None),
        })
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    /// Runs an edit and brings delivery in line with it.
    pub(crate) fn edit<T>(&self, change: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let out = change(&mut self.store())?;
        self.delivery.sync(Occasion::Change)?;
        Ok(out)
    }

    /// Back to the app: notes the device's zone and language (a change derives the reminders
    /// again and may raise the zone question), and hands everything over again, since the OS
    /// may have lost it. Whether the client would see a difference: a new zone or language,
    /// reminders shown or missed.
    pub(crate) fn resume(&self) -> Result<bool> {
        let zone_changed = match aftercare_store::device_zone() {
            Some(zone) => self.store().observe_device_zone(zone, now())?.is_some(),
            None => false,
        };
        let language = aftercare_store::device_language();
        let language_changed = self
            .store()
            .observe_device_language(language, now())?
            .is_some();
        let report = self.delivery.sync(Occasion::Start)?;
        Ok(zone_changed
            || language_changed
            || !report.shown.is_empty()
            || !report.plan.missed.is_empty()
            || !report.plan.delivered.is_empty())
    }

    pub(crate) fn receive_link(&self, link: &str) {
        *lock(&self.link) = Some(link.to_string());
    }

    pub(crate) fn take_link(&self) -> Option<String> {
        lock(&self.link).take()
    }
}

/// Runs `work` on a blocking thread with the app's state.
pub(crate) async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&AppState) -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(move || work(&app.state::<AppState>()))
        .await
        .map_err(Error::platform)?
}

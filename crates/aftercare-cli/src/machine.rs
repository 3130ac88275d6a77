//! What the CLI takes from the machine it runs on: the clock, the time zone, the language, and the
//! database.

use std::path::Path;

use aftercare_core::Locale;
use aftercare_store::Store;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::error::Error;

/// Opens the database and tells it the machine's zone and language, so that reminders follow a
/// move or a change of language.
pub(crate) fn open(db: Option<&Path>) -> Result<Store, Error> {
    let path = match db {
        Some(path) => path.to_path_buf(),
        None => Store::default_path().ok_or(Error::NoDataDir)?,
    };
    let mut store = Store::open(&path)?;
    if let Ok(zone) = zone() {
        store.observe_device_zone(zone, now())?;
    }
    store.observe_device_language(aftercare_store::device_language(), now())?;
    Ok(store)
}

/// The language to write in without the database (or when it failed): `--lang`, else the
/// system's.
pub(crate) fn language(lang: Option<Locale>) -> Locale {
    lang.unwrap_or_else(aftercare_store::device_language)
}

/// The language to write in: `--lang`, else the one chosen in the app, else the system's.
pub(crate) fn speaking(store: &Store, lang: Option<Locale>) -> Result<Locale, Error> {
    Ok(match lang {
        Some(locale) => locale,
        None => store.preferences()?.locale(),
    })
}

/// The machine's zone: `TZ`, else the system's.
pub(crate) fn zone() -> Result<Tz, Error> {
    aftercare_store::device_zone().ok_or(Error::NoZone)
}

#[expect(
    clippy::disallowed_methods,
    reason = "the CLI is an edge: it reads the real clock for everyone else"
)]
pub(crate) fn now() -> DateTime<Utc> {
    Utc::now()
}

//! The client's settings as stored: reminder time, quiet hours, whose clock reminders follow
//! (and the question asked when the device leaves home), what is muted, what the lock screen
//! shows, where the sun is followed, and the language.

use aftercare_core::sun::Place;
use aftercare_core::time::hm;
use aftercare_core::{Categories, Locale, QuietHours, Settings, parse, places};
use chrono::NaiveTime;
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::{Result, Store, corrupt_value, from_text, to_text};

/// Whose wall clock reminders follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ZonePolicy {
    /// The zone the device is in now: 09:00 stays 09:00 when the client travels.
    Follow,
    /// The home zone, wherever the device is.
    Home,
}

/// A place the client chose for the UV estimate: a city from the list, or their coordinates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChosenPlace {
    /// The city's name; `None` for coordinates entered by hand.
    pub name: Option<String>,
    pub latitude: f64,
    /// Degrees east; west is negative.
    pub longitude: f64,
}

/// The client's settings as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    pub reminder_time: NaiveTime,
    pub quiet: Option<QuietHours>,
    pub zone_policy: ZonePolicy,
    pub home_zone: Tz,
    /// The device's zone when last seen.
    pub device_zone: Tz,
    pub muted: Categories,
    /// Show what a reminder says on the lock screen, not only that there is one.
    #[serde(default)]
    pub show_details: bool,
    /// Where the sun is estimated for; `None`: the principal city of the zone reminders follow.
    #[serde(default)]
    pub place: Option<ChosenPlace>,
    /// Metres above sea level: the UV index rises with altitude.
    #[serde(default)]
    pub elevation: f64,
    /// The language the client chose; `None`: the system's.
    #[serde(default)]
    pub language: Option<Locale>,
    /// The system's language when last seen.
    #[serde(default)]
    pub device_language: Locale,
}

impl Preferences {
    /// The zone reminders follow under the policy.
    pub fn zone(&self) -> Tz {
        match self.zone_policy {
            ZonePolicy::Follow => self.device_zone,
            ZonePolicy::Home => self.home_zone,
        }
    }

    /// What the engine needs to schedule.
    pub fn settings(&self) -> Settings {
        Settings {
            reminder_time: self.reminder_time,
            quiet: self.quiet,
            zone: self.zone(),
            muted: self.muted,
            place: self.sun_place().map(|(_, place)| place),
            locale: self.locale(),
        }
    }

    /// The language reminders and screens speak: the one chosen, else the system's.
    pub fn locale(&self) -> Locale {
        self.language.unwrap_or(self.device_language)
    }

    /// Where the sun is estimated for, and its name: the place chosen, or else the principal
    /// city of the zone reminders follow. `None` for a zone without a city, such as UTC.
    pub fn sun_place(&self) -> Option<(String, Place)> {
        let Some(chosen) = &self.place else {
            let city = places::principal_city(self.zone().name())?;
            return Some((city.name.clone(), city.place(self.elevation).ok()?));
        };
        let place = Place::new(chosen.latitude, chosen.longitude, self.elevation).ok()?;
        let name = chosen
            .name
            .clone()
            .unwrap_or_else(|| format!("{:.2}, {:.2}", chosen.latitude, chosen.longitude));
        Some((name, place))
    }
}

impl Store {
    /// The zone the device moved to, while the client has not said whether reminders should
    /// follow it or keep to home time.
    pub fn zone_question(&self) -> Result<Option<Tz>> {
        self.read(|conn| {
            let zone: Option<String> = conn.query_row(
                "SELECT zone_question FROM settings WHERE id = 1",
                [],
                |row| row.get(0),
            )?;
            Ok(zone.as_deref().map(parse::zone).transpose()?)
        })
    }
}

pub(crate) fn load_preferences(conn: &Connection) -> Result<Preferences> {
    let row = conn
        .query_row(
            "SELECT reminder_time, quiet_start, quiet_end, zone_policy, home_zone, device_zone, muted,
                    show_details, place_name, latitude, longitude, elevation, language,
                    device_language
             FROM settings WHERE id = 1",
            [],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<String>>(1)?,
                    row.get::<_, Option<String>>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, String>(6)?,
                    row.get::<_, bool>(7)?,
                    row.get::<_, Option<String>>(8)?,
                    row.get::<_, Option<f64>>(9)?,
                    row.get::<_, Option<f64>>(10)?,
                    row.get::<_, f64>(11)?,
                    row.get::<_, Option<String>>(12)?,
                    row.get::<_, String>(13)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| corrupt_value("settings", &"the settings row is missing"))?;
    let (
        reminder_time,
        quiet_start,
        quiet_end,
        policy,
        home,
        device,
        muted,
        show_details,
        place_name,
        latitude,
        longitude,
        elevation,
        language,
        device_language,
    ) = row;
    let quiet = match (quiet_start, quiet_end) {
        (Some(start), Some(end)) => {
            Some(QuietHours::new(parse::time(&start)?, parse::time(&end)?)?)
        }
        _ => None,
    };
    Ok(Preferences {
        reminder_time: parse::time(&reminder_time)?,
        quiet,
        zone_policy: from_text(&policy)?,
        home_zone: parse::zone(&home)?,
        device_zone: parse::zone(&device)?,
        muted: serde_json::from_str(&muted).map_err(|e| corrupt_value("muted", &e))?,
        show_details,
        place: latitude
            .zip(longitude)
            .map(|(latitude, longitude)| ChosenPlace {
                name: place_name,
                latitude,
                longitude,
            }),
        elevation,
        language: language.as_deref().map(str::parse).transpose()?,
        device_language: device_language.parse()?,
    })
}

pub(crate) fn save_preferences(conn: &Connection, preferences: &Preferences) -> Result<()> {
    // The place's coordinates and elevation are checked before anything is written.
    match &preferences.place {
        Some(chosen) => Place::new(chosen.latitude, chosen.longitude, preferences.elevation)?,
        None => Place::new(0.0, 0.0, preferences.elevation)?,
    };
    if let Some(name) = preferences.place.as_ref().and_then(|p| p.name.as_deref())
        && (name.trim().is_empty() || name.chars().count() > 80)
    {
        return Err(aftercare_core::Error::InvalidPlace {
            what: "place name: use 1 to 80 characters",
            value: name.to_string(),
        }
        .into());
    }
    conn.execute(
        "UPDATE settings SET reminder_time = ?1, quiet_start = ?2, quiet_end = ?3, zone_policy = ?4,
                home_zone = ?5, device_zone = ?6, muted = ?7, show_details = ?8,
                place_name = ?9, latitude = ?10, longitude = ?11, elevation = ?12,
                language = ?13, device_language = ?14
         WHERE id = 1",
        (
            hm(preferences.reminder_time).to_string(),
            preferences.quiet.map(|q| hm(q.start).to_string()),
            preferences.quiet.map(|q| hm(q.end).to_string()),
            to_text(&preferences.zone_policy),
            preferences.home_zone.name(),
            preferences.device_zone.name(),
            serde_json::to_string(&preferences.muted).expect("categories serialize"),
            preferences.show_details,
            preferences.place.as_ref().and_then(|p| p.name.as_deref()),
            preferences.place.as_ref().map(|p| p.latitude),
            preferences.place.as_ref().map(|p| p.longitude),
            preferences.elevation,
            preferences.language.map(|locale| locale.tag()),
            preferences.device_language.tag(),
        ),
    )?;
    Ok(())
}

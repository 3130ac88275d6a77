//! `settings`: the client's preferences: reminder time, quiet hours, zones, muted categories and
//! where the sun is estimated for.

use aftercare_core::protocol::Category;
use aftercare_core::{QuietHours, parse, places};
use aftercare_store::{ChosenPlace, Preferences, Store, ZonePolicy};
use clap::{Args, ValueEnum};

use crate::error::Error;
use crate::machine::now;
use crate::render;

/// Show the settings, or change those given.
#[derive(Debug, Args)]
pub(crate) struct SettingsArgs {
    #[arg(long, value_name = "HH:MM")]
    reminder_time: Option<String>,
    /// Quiet hours, or `off`.
    #[arg(long, value_name = "HH:MM-HH:MM|off")]
    quiet: Option<String>,
    /// Follow the device's current zone, or keep the home zone.
    #[arg(long, value_enum)]
    zone_policy: Option<PolicyArg>,
    #[arg(long, value_name = "ZONE")]
    home_zone: Option<String>,
    /// Turn a category's reminders off: milestone, digest, prep, sun, checkin.
    #[arg(long, value_name = "CATEGORY")]
    mute: Vec<String>,
    /// Turn a category's reminders back on.
    #[arg(long, value_name = "CATEGORY")]
    unmute: Vec<String>,
    /// Where the sun is estimated for: a city (the main city of a time zone, e.g. Lisbon), or
    /// `auto`, the main city of the zone reminders follow.
    #[arg(long, value_name = "CITY|auto", conflicts_with = "lat")]
    city: Option<String>,
    /// Coordinates for the sun instead of a city: degrees north (south negative)...
    #[arg(long, allow_hyphen_values = true, requires = "lon")]
    lat: Option<f64>,
    /// ...and degrees east (west negative).
    #[arg(long, allow_hyphen_values = true, requires = "lat")]
    lon: Option<f64>,
    /// Metres above sea level: the UV index rises with altitude.
    #[arg(long, allow_hyphen_values = true)]
    elevation: Option<f64>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PolicyArg {
    Follow,
    Home,
}

pub(crate) fn run(args: &SettingsArgs, store: &mut Store) -> Result<String, Error> {
    let mut preferences = store.preferences()?;
    if args.apply(&mut preferences)? {
        let changes = store.set_preferences(&preferences, now())?;
        return Ok(format!(
            "{}Reminders: {}\n",
            shown(&preferences),
            render::changes(&changes)
        ));
    }
    Ok(if args.json {
        render::json(&preferences)
    } else {
        shown(&preferences)
    })
}

impl SettingsArgs {
    /// Applies the flags given; whether any was.
    fn apply(&self, preferences: &mut Preferences) -> Result<bool, Error> {
        if let Some(time) = &self.reminder_time {
            preferences.reminder_time = parse::time(time)?;
        }
        if let Some(quiet) = &self.quiet {
            preferences.quiet = QuietHours::from_typed(quiet)?;
        }
        if let Some(policy) = self.zone_policy {
            preferences.zone_policy = match policy {
                PolicyArg::Follow => ZonePolicy::Follow,
                PolicyArg::Home => ZonePolicy::Home,
            };
        }
        if let Some(zone) = &self.home_zone {
            preferences.home_zone = parse::zone(zone)?;
        }
        for (names, muted) in [(&self.mute, true), (&self.unmute, false)] {
            for name in names {
                preferences.muted = preferences.muted.with(name.parse::<Category>()?, muted);
            }
        }
        if let Some(name) = &self.city {
            preferences.place = if name == "auto" {
                None
            } else {
                let city = places::cities()
                    .iter()
                    .find(|city| city.name.eq_ignore_ascii_case(name.trim()))
                    .ok_or_else(|| Error::UnknownCity(name.clone()))?;
                Some(ChosenPlace {
                    name: Some(city.name.clone()),
                    latitude: city.latitude,
                    longitude: city.longitude,
                })
            };
        }
        if let (Some(latitude), Some(longitude)) = (self.lat, self.lon) {
            preferences.place = Some(ChosenPlace {
                name: None,
                latitude,
                longitude,
            });
        }
        if let Some(elevation) = self.elevation {
            preferences.elevation = elevation;
        }
        Ok(self.city.is_some()
            || self.lat.is_some()
            || self.elevation.is_some()
            || self.reminder_time.is_some()
            || self.quiet.is_some()
            || self.zone_policy.is_some()
            || self.home_zone.is_some()
            || !self.mute.is_empty()
            || !self.unmute.is_empty())
    }
}

fn shown(preferences: &Preferences) -> String {
    let policy = match preferences.zone_policy {
        ZonePolicy::Follow => "follow the device's zone",
        ZonePolicy::Home => "keep the home zone",
    };
    let muted: Vec<&str> = preferences.muted.iter().map(Category::as_str).collect();
    let sun = match (preferences.sun_place(), &preferences.place) {
        (Some((name, _)), None) => format!("{name} (the main city of the zone followed)"),
        (Some((name, _)), Some(_)) => name,
        (None, _) => "none: the zone followed has no city; choose one with --city".to_string(),
    };
    format!(
        "Reminder time: {}\nQuiet hours:   {}\nZones:         {policy} (home {}, device {}; reminders follow {})\nMuted:         {}\nSun over:      {sun}, {} m up\n",
        preferences.reminder_time.format("%H:%M"),
        preferences
            .quiet
            .map_or_else(|| "off".to_string(), |q| q.to_string()),
        preferences.home_zone,
        preferences.device_zone,
        preferences.zone(),
        if muted.is_empty() {
            "none".to_string()
        } else {
            muted.join(", ")
        },
        preferences.elevation,
    )
}

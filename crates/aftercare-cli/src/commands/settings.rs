//! `settings`: the client's preferences: reminder time, quiet hours, zones, muted categories and
//! where the sun is estimated for.

use std::fmt::Write as _;

use aftercare_core::protocol::Category;
use aftercare_core::{Locale, QuietHours, parse, places};
use aftercare_store::{ChosenPlace, Preferences, Store, ZonePolicy};
use clap::{Args, ValueEnum};

use crate::error::Error;
use crate::machine::{now, speaking};
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

pub(crate) fn run(
    args: &SettingsArgs,
    store: &mut Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let mut preferences = store.preferences()?;
    if args.apply(&mut preferences)? {
        let changes = store.set_preferences(&preferences, now())?;
        let locale = speaking(store, lang)?;
        return Ok(shown(&preferences, locale) + &render::reminders_changed(&changes, locale));
    }
    Ok(if args.json {
        render::json(&preferences)
    } else {
        shown(&preferences, speaking(store, lang)?)
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

fn shown(preferences: &Preferences, locale: Locale) -> String {
    let policy = locale.text(match preferences.zone_policy {
        ZonePolicy::Follow => "cli-zone-follow",
        ZonePolicy::Home => "cli-zone-home",
    });
    let zones = locale.text_with(
        "cli-settings-zones-value",
        [
            ("policy", policy.into()),
            ("home", preferences.home_zone.name().into()),
            ("device", preferences.device_zone.name().into()),
            ("zone", preferences.zone().name().into()),
        ],
    );
    let muted: Vec<&str> = preferences.muted.iter().map(Category::as_str).collect();
    let muted = if muted.is_empty() {
        locale.text("cli-none")
    } else {
        muted.join(", ")
    };
    let place = match (preferences.sun_place(), &preferences.place) {
        (Some((city, _)), None) => locale.text_with("cli-sun-zone-city", [("city", city.into())]),
        (Some((city, _)), Some(_)) => city,
        (None, _) => locale.text("cli-sun-no-city"),
    };
    let sun = locale.text_with(
        "cli-settings-sun-value",
        [
            ("place", place.into()),
            ("metres", preferences.elevation.to_string().into()),
        ],
    );
    let quiet = preferences
        .quiet
        .map_or_else(|| locale.text("cli-off"), |q| q.to_string());
    let rows = [
        ("cli-settings-time", locale.time(preferences.reminder_time)),
        ("cli-settings-quiet", quiet),
        ("cli-settings-zones", zones),
        ("cli-settings-muted", muted),
        ("cli-settings-sun", sun),
    ]
    .map(|(label, value)| (locale.text(label), value));
    // The values line up after the longest label, in any language.
    let width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    rows.iter().fold(String::new(), |mut out, (label, value)| {
        let _ = writeln!(out, "{label:<width$} {value}");
        out
    })
}

//! `sun`: when the sun calls for protecting the scalp, day by day, at a city or at coordinates.

use std::fmt::Write as _;

use aftercare_core::places::{self, City};
use aftercare_core::sun::{Ozone, PROTECT_FROM, Place, SunDay, sun_day};
use aftercare_core::{Locale, parse};
use chrono_tz::Tz;
use clap::Args;
use serde::Serialize;

use crate::error::Error;
use crate::machine::{self, now};
use crate::render;

/// Show when the sun calls for protecting your scalp: each day's clear-sky UV index peak
/// and the hours it is 3 or more. The place is a zone's principal city, or --lat and --lon.
#[derive(Debug, Args)]
pub(crate) struct SunArgs {
    /// The first day (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// IANA zone the times are shown in; without --lat and --lon, the place is its principal
    /// city (default: this machine's zone).
    #[arg(long, alias = "tz", value_name = "ZONE")]
    zone: Option<String>,
    /// Degrees north; negative south.
    #[arg(
        long,
        value_name = "DEGREES",
        requires = "lon",
        allow_negative_numbers = true
    )]
    lat: Option<f64>,
    /// Degrees east; negative west.
    #[arg(
        long,
        value_name = "DEGREES",
        requires = "lat",
        allow_negative_numbers = true
    )]
    lon: Option<f64>,
    /// Metres above sea level: each kilometre adds about 6 % to the UV index.
    #[arg(
        long,
        value_name = "METRES",
        default_value_t = 0.0,
        allow_negative_numbers = true
    )]
    elevation: f64,
    /// How many days to show, from the first.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=366))]
    days: u16,
    #[arg(long)]
    json: bool,
}

/// The sun over `--lat`/`--lon`, or over the zone's principal city, day by day.
pub(crate) fn run(args: &SunArgs, lang: Option<Locale>) -> Result<String, Error> {
    let named_zone = args.zone.as_deref().map(parse::zone).transpose()?;
    let (place, city) = match (args.lat.zip(args.lon), named_zone) {
        (Some((latitude, longitude)), _) => {
            (Place::new(latitude, longitude, args.elevation)?, None)
        }
        (None, Some(zone)) => {
            let city = places::principal_city(zone.name())
                .ok_or_else(|| Error::NoCity(zone.name().to_string()))?;
            (city.place(args.elevation)?, Some(city))
        }
        (None, None) => return Err(Error::NoPlace),
    };
    let zone = named_zone.map_or_else(machine::zone, Ok)?;
    let first = args
        .date
        .as_deref()
        .map_or_else(|| Ok(now().with_timezone(&zone).date_naive()), parse::date)?;
    let days = first
        .iter_days()
        .take(args.days.into())
        .map(|date| sun_day(&place, Ozone::STANDARD, zone, date))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(if args.json {
        report_json(&place, city, zone, &days)
    } else {
        report(&place, city, zone, &days, machine::language(lang))
    })
}

/// Each day's clear-sky peak and the hours to protect the scalp, and what the figures are.
fn report(place: &Place, city: Option<&City>, zone: Tz, days: &[SunDay], locale: Locale) -> String {
    let heading = [
        ("place", place_name(place, city).into()),
        ("zone", zone.name().into()),
    ];
    let mut out = render::line(locale, "cli-sun-heading", heading);
    out.push('\n');
    let level = ("level", PROTECT_FROM.into());
    let time = |at: chrono::DateTime<chrono::FixedOffset>| locale.time(at.time());
    for day in days {
        let protect = match day.window {
            Some(window) => {
                // A window cut at the day's end closes at the next day's first instant.
                let closes = if window.closes.date_naive() > day.date {
                    "24:00".to_string()
                } else {
                    time(window.closes)
                };
                let window = [
                    ("opens", time(window.opens).into()),
                    ("closes", closes.into()),
                ];
                locale.text_with("cli-sun-protect", window)
            }
            None => locale.text_with("cli-sun-below", [level.clone()]),
        };
        let args = [
            ("date", locale.long_day(day.date).into()),
            ("peak", format!("{:>4.1}", day.peak).into()),
            ("time", time(day.peak_at).into()),
            ("protect", protect.into()),
        ];
        out.push_str(&render::line(locale, "cli-sun-day", args));
    }
    out.push('\n');
    out.push_str(&render::line(locale, "cli-sun-note", [level]));
    out
}

/// The same days for scripts: the place, the zone, and each day with RFC 3339 instants.
fn report_json(place: &Place, city: Option<&City>, zone: Tz, days: &[SunDay]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        place: &'a Place,
        city: Option<&'a str>,
        zone: Tz,
        days: &'a [SunDay],
    }
    render::json(&Report {
        place,
        city: city.map(|city| city.name.as_str()),
        zone,
        days,
    })
}

/// "London (51.51°N, 0.13°W)", or the coordinates alone; the elevation when it is not sea level.
fn place_name(place: &Place, city: Option<&City>) -> String {
    let hemisphere = |value: f64, positive: char, negative: char| {
        format!(
            "{:.2}°{}",
            value.abs(),
            if value < 0.0 { negative } else { positive }
        )
    };
    let mut coordinates = format!(
        "{}, {}",
        hemisphere(place.latitude(), 'N', 'S'),
        hemisphere(place.longitude(), 'E', 'W')
    );
    if place.elevation() != 0.0 {
        let _ = write!(coordinates, ", {} m", place.elevation());
    }
    match city {
        Some(city) => format!("{} ({coordinates})", city.name),
        None => coordinates,
    }
}

//! `sun`: when the sun calls for protecting the scalp, day by day, at a city or at coordinates.

use std::fmt::Write as _;

use aftercare_core::parse;
use aftercare_core::places::{self, City};
use aftercare_core::sun::{Ozone, PROTECT_FROM, Place, SunDay, sun_day};
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
pub(crate) fn run(args: &SunArgs) -> Result<String, Error> {
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
        report(&place, city, zone, &days)
    })
}

/// Each day's clear-sky peak and the hours to protect the scalp, and what the figures are.
fn report(place: &Place, city: Option<&City>, zone: Tz, days: &[SunDay]) -> String {
    let mut out = format!(
        "Clear-sky UV index in {} · times in {zone}\n\n",
        place_name(place, city)
    );
    for day in days {
        let _ = write!(
            out,
            "{}  peak {:>4.1} at {}  ",
            day.date.format("%a %e %b %Y"),
            day.peak,
            day.peak_at.format("%H:%M")
        );
        let _ = match day.window {
            // A window cut at the day's end closes at the next day's first instant.
            Some(window) if window.closes.date_naive() > day.date => {
                writeln!(out, "protect {}–24:00", window.opens.format("%H:%M"))
            }
            Some(window) => writeln!(
                out,
                "protect {}–{}",
                window.opens.format("%H:%M"),
                window.closes.format("%H:%M")
            ),
            None => writeln!(out, "UV stays below {PROTECT_FROM}"),
        };
    }
    let _ = writeln!(
        out,
        "\nA clear-sky estimate: clouds lower it, snow and altitude raise it. Protect your scalp \
         at UV {PROTECT_FROM} and above."
    );
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

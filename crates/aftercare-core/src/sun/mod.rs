//! The sun over a place: where it stands, the clear-sky UV index it gives, and the hours of a
//! local day when a healed scalp needs protecting.
//!
//! Solar position follows NOAA's "General Solar Position Calculations" (true solar time, hour
//! angle, zenith, azimuth), fed with the Astronomical Almanac's solar coordinates. The UV index
//! is Madronich's (2007) clear-sky estimate, 12.5 · cos(zenith)^2.42 · (ozone / 300 DU)^-1.23,
//! raised for altitude. It is an estimate for a cloudless sky: clouds usually lower the real
//! figure, snow and altitude raise it.

use rustc_hash::FxHashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::kept::kept;
use crate::{parse, wall};

pub mod places;

/// WHO Global Solar UV Index: protection is advised from a UV index of 3.
pub const PROTECT_FROM: f64 = 3.0;

/// What each kilometre above sea level adds to the clear-sky UV index. Measured gains run from
/// 5 to 10 % a km; the higher figures come with snow on the ground, which a clear-sky estimate
/// leaves out, so this takes the lower middle of the range.
pub const ALTITUDE_GAIN_PER_KM: f64 = 0.06;

/// A point on Earth: where the sun is seen from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "PlaceFields")]
pub struct Place {
    latitude: f64,
    longitude: f64,
    elevation: f64,
}

/// A place as it is written down, before it is checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceFields {
    latitude: f64,
    longitude: f64,
    #[serde(default)]
    elevation: f64,
}

impl TryFrom<PlaceFields> for Place {
    type Error = Error;

    fn try_from(fields: PlaceFields) -> Result<Place> {
        Place::new(fields.latitude, fields.longitude, fields.elevation)
    }
}

impl Place {
    /// Degrees north (negative south), degrees east (negative west), metres above sea level
    /// (the Dead Sea shore is at -430 m, the highest towns below 5,500 m).
    pub fn new(latitude: f64, longitude: f64, elevation: f64) -> Result<Place> {
        let checks = [
            (latitude, -90.0..=90.0, "error-latitude"),
            (longitude, -180.0..=180.0, "error-longitude"),
            (elevation, -500.0..=9000.0, "error-elevation"),
        ];
        // `contains` is false for NaN, and the ranges are finite, so this refuses NaN and
        // infinities too.
        if let Some((value, _, what)) = checks
            .into_iter()
            .find(|(value, range, _)| !range.contains(value))
        {
            return Err(Error::InvalidPlace {
                what,
                value: value.to_string(),
            });
        }
        Ok(Place {
            latitude,
            longitude,
            elevation,
        })
    }

    /// Degrees north of the equator; negative in the southern hemisphere.
    pub fn latitude(&self) -> f64 {
        self.latitude
    }

    /// Degrees east of Greenwich; negative in the western hemisphere.
    pub fn longitude(&self) -> f64 {
        self.longitude
    }

    /// Metres above sea level.
    pub fn elevation(&self) -> f64 {
        self.elevation
    }
}

/// The total ozone column over a place, in Dobson units: ozone absorbs the UV-B that burns.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ozone(f64);

impl Ozone {
    /// The global average, and the reference of Madronich's formula.
    pub const STANDARD: Ozone = Ozone(300.0);

    /// Columns measured on Earth run from under 100 DU (the Antarctic ozone hole) to about 550.
    pub fn new(dobson: f64) -> Result<Ozone> {
        if (50.0..=700.0).contains(&dobson) {
            Ok(Ozone(dobson))
        } else {
            Err(Error::InvalidOzone {
                value: dobson.to_string(),
            })
        }
    }
}

/// Where the sun stands in the sky, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    /// From straight overhead: 0 at the zenith, 90 on the horizon, more below it.
    pub zenith: f64,
    /// Clockwise from north: 90 east, 180 south, 270 west.
    pub azimuth: f64,
}

impl Position {
    /// Height above the horizon; negative when the sun is down.
    pub fn elevation(&self) -> f64 {
        90.0 - self.zenith
    }
}

/// Where the sun is seen from `place` at `at`: the geometric position, without refraction,
/// which is what the UV formula was fitted to.
pub fn position(place: &Place, at: DateTime<Utc>) -> Position {
    let sky = Sky::new(place, Ozone::STANDARD);
    let at = at.timestamp();
    let sun = ephemeris(at);
    let hour_angle = sky.hour_angle(at, &sun).to_radians();
    let (sin_decl, cos_decl) = sun.declination.sin_cos();
    let (sin_hour, cos_hour) = hour_angle.sin_cos();
    // The sun's direction in east, north and up components.
    let east = -cos_decl * sin_hour;
    let north = sin_decl * sky.cos_lat - cos_decl * sky.sin_lat * cos_hour;
    let up = sin_decl * sky.sin_lat + cos_decl * sky.cos_lat * cos_hour;
    Position {
        zenith: up.clamp(-1.0, 1.0).acos().to_degrees(),
        azimuth: east.atan2(north).to_degrees().rem_euclid(360.0),
    }
}

/// The clear-sky UV index at `place` at `at`: 0 while the sun is down.
pub fn uv_index(place: &Place, ozone: Ozone, at: DateTime<Utc>) -> f64 {
    Sky::new(place, ozone).uv_index_at(at.timestamp())
}

/// One local day under the sun: how strong it gets, when, and when to protect the scalp.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SunDay {
    pub date: NaiveDate,
    /// The day's highest clear-sky UV index.
    pub peak: f64,
    /// When it is reached: solar noon, unless solar noon falls outside the local day.
    pub peak_at: DateTime<FixedOffset>,
    /// When the clear-sky UV index is [`PROTECT_FROM`] or more; `None` if it stays below.
    pub window: Option<Window>,
}

/// A stretch of a day with a UV index of [`PROTECT_FROM`] or more. One that runs past the local
/// day's midnight (under the midnight sun with little ozone, or in a zone far from the place) is
/// cut where the day starts and ends: it then closes at the next day's first instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Window {
    pub opens: DateTime<FixedOffset>,
    pub closes: DateTime<FixedOffset>,
}

/// The sun over `place` on the calendar day `date` of `zone`, from the day's first instant to
/// the next day's (23 or 25 hours on a DST change, and from 01:00 where the clocks jump at
/// midnight). Times are to the second, and within seconds of the real sun's (`tests/sun/` checks
/// them against an astronomy library).
///
/// Each day is worked out once per place and kept: the schedule asks about the same days of the
/// same place on every change, and Today and the Sun screen again.
pub fn sun_day(place: &Place, ozone: Ozone, zone: Tz, date: NaiveDate) -> Result<SunDay> {
    parse::in_range(date)?;
    let key = (
        [place.latitude, place.longitude, place.elevation, ozone.0].map(f64::to_bits),
        zone,
        date,
    );
    // A day takes a few microseconds to work out, short enough to hold the table meanwhile.
    let mut table = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
    Ok(kept(&mut table, key, DAYS_KEPT, || {
        work_out(place, ozone, zone, date)
    }))
}

/// The days [`sun_day`] worked out.
static KEPT: LazyLock<Mutex<FxHashMap<DayKey, SunDay>>> = LazyLock::new(Mutex::default);

/// A place and its ozone (their bits), the zone, the date.
type DayKey = ([u64; 4], Tz, NaiveDate);

/// Five years of days for a few places; past it the table starts again, so that a long-running
/// app holds no more than this (about 1 MB).
const DAYS_KEPT: usize = 16_384;

fn work_out(place: &Place, ozone: Ozone, zone: Tz, date: NaiveDate) -> SunDay {
    let start = day_start(zone, date);
    // The supported years end well before chrono's last date.
    let end = day_start(zone, date + TimeDelta::days(1));
    let sky = Sky::new(place, ozone);
    let mid_day = |noon: &Noon| noon.at - start >= 6 * HOUR && end - noon.at >= 6 * HOUR;
    // The day's own solar noon settles it when it is well inside the day and the index drops
    // below the threshold before the next: the usual case, and the cheap one. Otherwise the
    // noons around the day count too: a zone far from the place's meridian puts one near the
    // day's edges, and a window that never closes runs on from one noon to the next.
    let own = sky.noons_between(start, end);
    let settled = own.iter().any(mid_day) && !own.iter().any(|noon| sky.never_closes(noon));
    let noons = if settled {
        own
    } else {
        sky.noons_between(start - 13 * HOUR, end + 13 * HOUR)
    };

    let in_day = noons.iter().filter(|noon| (start..end).contains(&noon.at));
    // The day's edges can only beat a solar noon of the day when another noon is near them.
    let edges = (!in_day.clone().any(mid_day))
        .then_some([start, end - 1])
        .into_iter()
        .flatten()
        .map(|at| (sky.uv_index_at(at), at));
    let (peak, peak_at) = in_day
        .map(|noon| (sky.uv_index(sky.cos_zenith(noon.at, &noon.sun)), noon.at))
        .chain(edges)
        .fold((f64::NEG_INFINITY, start), |best, next| {
            if next.0 > best.0 { next } else { best }
        });

    let window = (peak >= PROTECT_FROM)
        .then(|| sky.window_around(&noons, peak_at))
        .flatten()
        .map(|(opens, closes)| Window {
            opens: local(opens.max(start), zone),
            closes: local(closes.min(end), zone),
        });
    SunDay {
        date,
        peak,
        peak_at: local(peak_at, zone),
        window,
    }
}

/// Instants inside are whole seconds since 1970 in UTC: a day's search is then integer
/// arithmetic rather than `DateTime`'s, which the schedule's thousands of days notice.
type Instant = i64;

/// Seconds.
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

fn day_start(zone: Tz, date: NaiveDate) -> Instant {
    wall::resolve(zone, date.and_time(NaiveTime::MIN))
        .0
        .timestamp()
}

fn local(at: Instant, zone: Tz) -> DateTime<FixedOffset> {
    DateTime::from_timestamp(at, 0)
        .expect("instants of the supported years")
        .with_timezone(&zone)
        .fixed_offset()
}

/// Seconds from the UTC midnight before `at`.
fn seconds_of_day(at: Instant) -> f64 {
    f64::from(at.rem_euclid(DAY) as i32)
}

/// The sun's declination and the equation of time at one instant.
struct Ephemeris {
    /// Radians north of the celestial equator.
    declination: f64,
    /// Minutes by which true solar time runs ahead of mean solar time.
    equation_of_time: f64,
}

/// The Astronomical Almanac's low-precision solar coordinates, which Michalsky (1988) builds on:
/// good to 0.01° from 1950 to 2050, and to 1′ within two centuries of 2000. NOAA's
/// fractional-year series costs as much but misses the declination by up to half a degree near
/// the equinoxes, a few minutes at a window's edges.
fn ephemeris(at: Instant) -> Ephemeris {
    // Days from J2000.0 (2000-01-01 12:00 UTC), from whole days and seconds to stay exact.
    let days = f64::from((at - J2000).div_euclid(DAY) as i32) + seconds_of_day(at) / 86_400.0 - 0.5;
    let (sin_anomaly, cos_anomaly) = (357.529 + 0.985_600_28 * days).to_radians().sin_cos();
    let mean_longitude = 280.459 + 0.985_647_36 * days;
    let ecliptic_longitude =
        (mean_longitude + 1.915 * sin_anomaly + 0.020 * 2.0 * sin_anomaly * cos_anomaly)
            .to_radians();
    let (sin_obliquity, cos_obliquity) = (23.439 - 0.000_000_36 * days).to_radians().sin_cos();
    let (sin_longitude, cos_longitude) = ecliptic_longitude.sin_cos();
    let right_ascension = (cos_obliquity * sin_longitude)
        .atan2(cos_longitude)
        .to_degrees();
    let ahead = mean_longitude - right_ascension;
    Ephemeris {
        declination: (sin_obliquity * sin_longitude).asin(),
        // Degrees to minutes, from the nearest turn: the mean longitude counts every turn since
        // 2000.
        equation_of_time: 4.0 * (ahead - 360.0 * (ahead / 360.0).round()),
    }
}

/// 2000-01-01 00:00 UTC.
const J2000: Instant = 946_684_800;

/// A solar noon, and the sun's coordinates then.
struct Noon {
    at: Instant,
    sun: Ephemeris,
}

/// A place and its ozone, with what every evaluation needs computed once.
struct Sky {
    sin_lat: f64,
    cos_lat: f64,
    longitude: f64,
    /// The UV index with the sun overhead.
    overhead: f64,
    /// The cosine of the zenith angle at which the UV index reaches [`PROTECT_FROM`].
    protect_cos_zenith: f64,
}

impl Sky {
    fn new(place: &Place, ozone: Ozone) -> Sky {
        let (sin_lat, cos_lat) = place.latitude.to_radians().sin_cos();
        let overhead = 12.5
            * (ozone.0 / 300.0).powf(-1.23)
            * (1.0 + ALTITUDE_GAIN_PER_KM * place.elevation / 1000.0);
        Sky {
            sin_lat,
            cos_lat,
            longitude: place.longitude,
            overhead,
            protect_cos_zenith: (PROTECT_FROM / overhead).powf(1.0 / 2.42),
        }
    }

    fn uv_index(&self, cos_zenith: f64) -> f64 {
        if cos_zenith <= 0.0 {
            return 0.0;
        }
        self.overhead * cos_zenith.powf(2.42)
    }

    /// Degrees west of the meridian: negative in the morning, 0 at solar noon.
    fn hour_angle(&self, at: Instant, sun: &Ephemeris) -> f64 {
        let minutes = seconds_of_day(at) / 60.0;
        let true_solar_time = minutes + sun.equation_of_time + 4.0 * self.longitude;
        true_solar_time / 4.0 - 180.0
    }

    fn uv_index_at(&self, at: Instant) -> f64 {
        self.uv_index(self.cos_zenith(at, &ephemeris(at)))
    }

    fn cos_zenith(&self, at: Instant, sun: &Ephemeris) -> f64 {
        let (sin_decl, cos_decl) = sun.declination.sin_cos();
        let hour_angle = self.hour_angle(at, sun).to_radians();
        self.sin_lat * sin_decl + self.cos_lat * cos_decl * hour_angle.cos()
    }

    /// The solar noons from `from` to `to`.
    fn noons_between(&self, from: Instant, to: Instant) -> Vec<Noon> {
        let mean_noon = minutes(720.0 - 4.0 * self.longitude);
        let first = from.div_euclid(DAY) - 1;
        let last = to.div_euclid(DAY) + 1;
        (first..=last)
            .map(|day| day * DAY + mean_noon)
            // The true noon is within 17 minutes of the mean one: sort out before computing.
            .filter(|mean| (from - HOUR..to + HOUR).contains(mean))
            .map(|mean| {
                // The equation of time moves half a minute a day at most: taken at the mean
                // noon, it puts the true noon within a second.
                mean - minutes(ephemeris(mean).equation_of_time)
            })
            .filter(|noon| (from..to).contains(noon))
            .map(|at| Noon {
                at,
                sun: ephemeris(at),
            })
            .collect()
    }

    /// Half the length of the protected stretch around a solar noon, in degrees of hour angle:
    /// `None` if the UV index stays below the threshold, 180 if it never drops below it.
    fn half_window(&self, sun: &Ephemeris) -> Option<f64> {
        let (sin_decl, cos_decl) = sun.declination.sin_cos();
        let cos_hour =
            (self.protect_cos_zenith - self.sin_lat * sin_decl) / (self.cos_lat * cos_decl);
        (cos_hour < 1.0).then(|| cos_hour.max(-1.0).acos().to_degrees())
    }

    /// Whether the index stays at the threshold or above round the clock.
    fn never_closes(&self, noon: &Noon) -> bool {
        self.half_window(&noon.sun)
            .is_some_and(|half| half >= 180.0)
    }

    /// The protected stretch around one solar noon: the hour angle at which the zenith reaches
    /// the threshold, solved with the sun at noon, then again with the sun at that first edge,
    /// which puts it within a second of the model's own crossing.
    fn window(&self, noon: &Noon) -> Option<(Instant, Instant)> {
        let half = self.half_window(&noon.sun)?;
        if half >= 180.0 {
            return Some((noon.at - 12 * HOUR, noon.at + 12 * HOUR));
        }
        // From the noon on, true solar time keeps the clock's pace plus the change in the
        // equation of time.
        let edge = |side: f64| {
            let sun = ephemeris(noon.at + minutes(side * 4.0 * half));
            let half = self.half_window(&sun).unwrap_or(0.0).min(180.0);
            noon.at
                + minutes(side * 4.0 * half - (sun.equation_of_time - noon.sun.equation_of_time))
        };
        Some((edge(-1.0), edge(1.0)))
    }

    /// The protected stretch that holds `at`, which belongs to the nearest solar noon, unless
    /// the sun never lets the index drop: then it runs on across the days (midnight sun under
    /// an ozone hole).
    fn window_around(&self, noons: &[Noon], at: Instant) -> Option<(Instant, Instant)> {
        let nearest = noons
            .iter()
            .enumerate()
            .min_by_key(|(_, noon)| (noon.at - at).abs())?
            .0;
        let (opens, closes) = self.window(&noons[nearest])?;
        if !(opens..=closes).contains(&at) {
            return None;
        }
        let never_closes = |noon: &&Noon| self.never_closes(noon);
        if !self.never_closes(&noons[nearest]) {
            return Some((opens, closes));
        }
        let opens = noons[..nearest]
            .iter()
            .rev()
            .take_while(never_closes)
            .last()
            .map_or(opens, |noon| noon.at - 12 * HOUR);
        let closes = noons[nearest + 1..]
            .iter()
            .take_while(never_closes)
            .last()
            .map_or(closes, |noon| noon.at + 12 * HOUR);
        Some((opens, closes))
    }
}

/// Minutes in whole seconds: finer than the solar position is good for, and than anyone reads.
fn minutes(minutes: f64) -> i64 {
    (minutes * 60.0).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Offset;

    fn place(latitude: f64, longitude: f64) -> Place {
        Place::new(latitude, longitude, 0.0).unwrap()
    }

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    fn day(place: &Place, zone: Tz, date: NaiveDate) -> SunDay {
        sun_day(place, Ozone::STANDARD, zone, date).unwrap()
    }

    fn uv(place: &Place, at: DateTime<FixedOffset>) -> f64 {
        uv_index(place, Ozone::STANDARD, at.to_utc())
    }

    /// Whether `at` shows `hh:mm` on its clock, give or take the model's minute.
    fn shows(at: DateTime<FixedOffset>, hh_mm: &str) -> bool {
        let expected = NaiveTime::parse_from_str(hh_mm, "%H:%M").unwrap();
        (at.time() - expected).abs() <= TimeDelta::minutes(1)
    }

    const JUNE: (i32, u32, u32) = (2026, 6, 21);
    const MARCH: (i32, u32, u32) = (2026, 3, 20);
    const DECEMBER: (i32, u32, u32) = (2026, 12, 21);

    fn noon_peak(latitude: f64, (y, m, d): (i32, u32, u32)) -> f64 {
        day(&place(latitude, 0.0), Tz::UTC, date(y, m, d)).peak
    }

    #[test]
    fn noon_uv_matches_the_worked_values_of_the_care_facts() {
        let cases = [
            (52.0, JUNE, 9.1),
            (52.0, MARCH, 3.9),
            (52.0, DECEMBER, 0.4),
            (35.0, JUNE, 11.9),
            (35.0, MARCH, 7.7),
            (35.0, DECEMBER, 2.6),
        ];
        for (latitude, when, expected) in cases {
            let peak = noon_peak(latitude, when);
            assert!(
                (peak - expected).abs() <= 0.15,
                "{latitude}N on {when:?}: clear-sky noon UV {peak:.2}, the worked value is ~{expected}"
            );
        }
    }

    #[test]
    fn the_southern_hemisphere_has_the_seasons_swapped() {
        let cases = [
            (-52.0, DECEMBER, 9.1),
            (-52.0, MARCH, 3.9),
            (-52.0, JUNE, 0.4),
            (-35.0, DECEMBER, 11.9),
            (-35.0, MARCH, 7.7),
            (-35.0, JUNE, 2.6),
        ];
        for (latitude, when, expected) in cases {
            let peak = noon_peak(latitude, when);
            assert!(
                (peak - expected).abs() <= 0.15,
                "{latitude} on {when:?}: clear-sky noon UV {peak:.2}, mirror of the northern ~{expected}"
            );
        }
    }

    #[test]
    fn altitude_and_ozone_raise_or_lower_the_index() {
        let at = date(2026, 6, 21).and_hms_opt(12, 0, 0).unwrap().and_utc();
        let sea = uv_index(&place(46.0, 7.5), Ozone::STANDARD, at);
        let alps = uv_index(&Place::new(46.0, 7.5, 3000.0).unwrap(), Ozone::STANDARD, at);
        assert!(
            (alps / sea - 1.18).abs() < 1e-9,
            "3 km up adds 3 x {ALTITUDE_GAIN_PER_KM}"
        );
        let thin = uv_index(&place(46.0, 7.5), Ozone::new(250.0).unwrap(), at);
        assert!(
            (thin / sea - (250.0_f64 / 300.0).powf(-1.23)).abs() < 1e-9,
            "less ozone lets more UV-B through, by Madronich's power law"
        );
    }

    #[test]
    fn polar_night_has_no_sun_and_no_window() {
        for (name, spot, zone) in [
            (
                "Longyearbyen",
                place(78.22, 15.65),
                Tz::Arctic__Longyearbyen,
            ),
            ("Tromsø", place(69.65, 18.96), Tz::Europe__Oslo),
        ] {
            let december = day(&spot, zone, date(2026, 12, 21));
            assert!(
                december.peak <= 0.0,
                "{name}: the sun stays below the horizon: UV {}",
                december.peak
            );
            assert_eq!(december.window, None, "{name}: nothing to protect from");
        }
    }

    #[test]
    fn under_the_midnight_sun_the_window_is_still_only_around_noon() {
        let longyearbyen = place(78.22, 15.65);
        let june = day(&longyearbyen, Tz::Arctic__Longyearbyen, date(2026, 6, 21));
        let midnight = june.peak_at - TimeDelta::hours(12);
        assert!(
            position(&longyearbyen, midnight.to_utc()).elevation() > 0.0,
            "the sun is up at midnight"
        );
        assert!(
            uv(&longyearbyen, midnight) < 1.0,
            "but low: the midnight sun does not burn"
        );
        let window = june
            .window
            .expect("78N at the solstice just reaches UV 3 at noon");
        assert!(
            window.opens > june.peak_at - TimeDelta::hours(4)
                && window.closes < june.peak_at + TimeDelta::hours(4),
            "a short window around solar noon: {window:?}"
        );
    }

    #[test]
    fn under_an_ozone_hole_a_polar_window_covers_the_whole_day() {
        let south_pole = Place::new(-89.99, 0.0, 2835.0).unwrap();
        let zone = Tz::Antarctica__McMurdo;
        let solstice = date(2026, 12, 21);
        let normal = sun_day(&south_pole, Ozone::STANDARD, zone, solstice).unwrap();
        assert_eq!(
            normal.window, None,
            "with 300 DU the pole's sun (23° up) stays below 3"
        );
        let hole = sun_day(&south_pole, Ozone::new(150.0).unwrap(), zone, solstice).unwrap();
        let window = hole
            .window
            .expect("with half the ozone the index stays over 3 round the clock");
        assert_eq!(
            window.opens.naive_local(),
            solstice.and_time(NaiveTime::MIN),
            "opens as the day starts"
        );
        assert_eq!(
            window.closes.naive_local(),
            solstice.succ_opt().unwrap().and_time(NaiveTime::MIN),
            "closes as the next day starts"
        );
    }

    #[test]
    fn at_the_equator_on_the_equinox_the_sun_passes_overhead() {
        let quito = place(0.0, 0.0);
        let equinox = day(&quito, Tz::UTC, date(2026, 3, 20));
        assert!(
            (12.3..=12.5).contains(&equinox.peak),
            "overhead sun gives Madronich's 12.5: {}",
            equinox.peak
        );
        let window = equinox.window.unwrap();
        let (before, after) = (
            equinox.peak_at - window.opens,
            window.closes - equinox.peak_at,
        );
        assert!(
            (before - after).abs() < TimeDelta::minutes(1),
            "the window is symmetric about solar noon: {before} before, {after} after"
        );
        // At the equator on the equinox the zenith angle is the hour angle: 56.3° is 3 h 45 min.
        let half = TimeDelta::minutes(225);
        assert!(
            (before - half).abs() < TimeDelta::minutes(3),
            "UV 3 at a zenith of 56.3°: {before}"
        );
    }

    #[test]
    fn the_window_edges_are_where_the_index_crosses_3() {
        let cases = [
            (
                "London",
                place(51.51, -0.13),
                Tz::Europe__London,
                date(2026, 6, 21),
            ),
            (
                "Sydney",
                place(-33.87, 151.21),
                Tz::Australia__Sydney,
                date(2026, 12, 21),
            ),
            (
                "Los Angeles",
                place(34.05, -118.24),
                Tz::America__Los_Angeles,
                date(2026, 3, 20),
            ),
            (
                "Tromsø",
                place(69.65, 18.96),
                Tz::Europe__Oslo,
                date(2026, 6, 1),
            ),
            (
                "Quito",
                place(-0.22, -78.51),
                Tz::America__Guayaquil,
                date(2026, 9, 23),
            ),
        ];
        let half_minute = TimeDelta::seconds(30);
        for (name, spot, zone, on) in cases {
            let window = day(&spot, zone, on).window.unwrap();
            assert!(
                uv(&spot, window.opens - half_minute) < PROTECT_FROM
                    && uv(&spot, window.opens + half_minute) >= PROTECT_FROM,
                "{name}: below 3 just before {}, 3 or more just after",
                window.opens
            );
            assert!(
                uv(&spot, window.closes - half_minute) >= PROTECT_FROM
                    && uv(&spot, window.closes + half_minute) < PROTECT_FROM,
                "{name}: 3 or more just before {}, below 3 just after",
                window.closes
            );
        }
    }

    /// Every five minutes of the local day: nothing beats the peak, and the index is 3 or more
    /// exactly inside the window.
    fn check_day_by_sampling(name: &str, spot: &Place, zone: Tz, on: NaiveDate) {
        let sun = day(spot, zone, on);
        let instant = |date: NaiveDate| DateTime::from_timestamp(day_start(zone, date), 0).unwrap();
        let (start, end) = (instant(on), instant(on.succ_opt().unwrap()));
        let mut at = start;
        while at < end {
            let index = uv_index(spot, Ozone::STANDARD, at);
            assert!(
                index <= sun.peak + 1e-9,
                "{name} {on}: {index} at {at} beats the peak {}",
                sun.peak
            );
            let inside = sun
                .window
                .is_some_and(|w| (w.opens.to_utc()..=w.closes.to_utc()).contains(&at));
            // A minute's slack at the edges, which the edge test checks to the half minute.
            let near_edge = sun.window.is_some_and(|w| {
                (at - w.opens.to_utc()).abs() < TimeDelta::minutes(1)
                    || (at - w.closes.to_utc()).abs() < TimeDelta::minutes(1)
            });
            assert!(
                near_edge || inside == (index >= PROTECT_FROM),
                "{name} {on}: UV {index:.2} at {at}, window {:?}",
                sun.window
            );
            at += TimeDelta::minutes(5);
        }
    }

    #[test]
    fn the_day_sampled_every_five_minutes_agrees_with_the_peak_and_window() {
        let london = place(51.51, -0.13);
        let cases = [
            (
                "London, spring forward",
                london,
                Tz::Europe__London,
                date(2026, 3, 29),
            ),
            (
                "London, fall back",
                london,
                Tz::Europe__London,
                date(2026, 10, 25),
            ),
            (
                "London, midsummer",
                london,
                Tz::Europe__London,
                date(2026, 6, 21),
            ),
            (
                "Havana, the day starts at 01:00",
                place(23.13, -82.38),
                Tz::America__Havana,
                date(2026, 3, 8),
            ),
            (
                "Sydney, spring forward",
                place(-33.87, 151.21),
                Tz::Australia__Sydney,
                date(2026, 10, 4),
            ),
            (
                "Longyearbyen, midnight sun",
                place(78.22, 15.65),
                Tz::Arctic__Longyearbyen,
                date(2026, 6, 21),
            ),
            (
                "Singapore, far west of its zone",
                place(1.35, 103.82),
                Tz::Asia__Singapore,
                date(2026, 2, 10),
            ),
            (
                "Kiritimati, UTC+14",
                place(1.87, -157.4),
                Tz::Pacific__Kiritimati,
                date(2026, 7, 1),
            ),
        ];
        for (name, spot, zone, on) in cases {
            check_day_by_sampling(name, &spot, zone, on);
        }
    }

    #[test]
    fn on_dst_days_the_local_times_carry_the_offset_in_force() {
        let london = place(51.51, -0.13);
        let spring = day(&london, Tz::Europe__London, date(2026, 3, 29));
        let window = spring.window.expect("late March at 51.5N reaches UV 4.6");
        for at in [spring.peak_at, window.opens, window.closes] {
            assert_eq!(
                at.offset().fix().local_minus_utc(),
                3600,
                "BST from 01:00 GMT on: {at}"
            );
        }
        assert!(
            shows(spring.peak_at, "13:05"),
            "solar noon at 12:05 GMT is 13:05 BST: {}",
            spring.peak_at
        );
        let (before, after) = (
            spring.peak_at - window.opens,
            window.closes - spring.peak_at,
        );
        assert!(
            (before - after).abs() < TimeDelta::minutes(2),
            "no hour lost inside the window: {before} before the peak, {after} after"
        );

        let autumn = day(&london, Tz::Europe__London, date(2026, 10, 25));
        assert_eq!(
            autumn.peak_at.offset().fix().local_minus_utc(),
            0,
            "GMT again from 01:00 GMT"
        );
        assert!(
            shows(autumn.peak_at, "11:44"),
            "the equation of time puts late-October noon 16 minutes early: {}",
            autumn.peak_at
        );
        assert_eq!(autumn.window, None, "UV 1.8 in late October: no window");
    }

    #[test]
    fn longitude_is_positive_east_and_shifts_solar_noon() {
        let solstice = date(2026, 6, 21);
        let london = day(&place(51.51, -0.13), Tz::Europe__London, solstice);
        let los_angeles = day(&place(34.05, -118.24), Tz::America__Los_Angeles, solstice);
        assert!(
            shows(london.peak_at, "13:02"),
            "London's noon is Greenwich's, in BST: {}",
            london.peak_at
        );
        assert!(
            shows(los_angeles.peak_at, "12:54"),
            "118.24°W is 7 h 53 min behind Greenwich, PDT 7 h behind UTC: {}",
            los_angeles.peak_at
        );
        let apart = los_angeles.peak_at - london.peak_at;
        assert!(
            (apart - TimeDelta::minutes(4 * 118)).abs() < TimeDelta::minutes(1),
            "four minutes a degree of longitude: {apart}"
        );
    }

    #[test]
    fn a_window_across_local_midnight_is_cut_at_the_day_start() {
        // Sydney's sun seen on London's clock: solar noon at 01:53 GMT.
        let sydney = place(-33.87, 151.21);
        let on = date(2026, 12, 21);
        let sun = day(&sydney, Tz::Europe__London, on);
        let window = sun.window.unwrap();
        assert_eq!(
            window.opens.naive_local(),
            on.and_time(NaiveTime::MIN),
            "the stretch began the day before"
        );
        assert!(
            shows(sun.peak_at, "01:53"),
            "peak at Sydney's noon: {}",
            sun.peak_at
        );
        assert!(
            window.closes > sun.peak_at && window.closes.date_naive() == on,
            "closes after the peak, the same day"
        );
    }

    #[test]
    fn the_sun_is_south_at_noon_in_the_north_and_north_in_the_south() {
        let solstice = date(2026, 6, 21);
        let london = place(51.51, -0.13);
        let noon = day(&london, Tz::Europe__London, solstice).peak_at.to_utc();
        let azimuth = position(&london, noon).azimuth;
        assert!((azimuth - 180.0).abs() < 1.0, "due south: {azimuth}");
        let morning = position(&london, noon - TimeDelta::hours(4)).azimuth;
        let afternoon = position(&london, noon + TimeDelta::hours(4)).azimuth;
        assert!(
            (0.0..180.0).contains(&morning) && (180.0..360.0).contains(&afternoon),
            "east in the morning, west in the afternoon: {morning}, {afternoon}"
        );
        let sydney = place(-33.87, 151.21);
        let noon = day(&sydney, Tz::Australia__Sydney, solstice)
            .peak_at
            .to_utc();
        let azimuth = position(&sydney, noon).azimuth;
        assert!(
            !(1.0..=359.0).contains(&azimuth),
            "due north in the south: {azimuth}"
        );
    }

    #[test]
    fn places_off_the_earth_are_refused_with_the_value() {
        let cases = [
            (95.0, 0.0, 0.0, "`95` is not a latitude"),
            (0.0, -181.0, 0.0, "`-181` is not a longitude"),
            (0.0, 0.0, 12_000.0, "`12000` is not an elevation"),
            (f64::NAN, 0.0, 0.0, "`NaN` is not a latitude"),
            (0.0, f64::INFINITY, 0.0, "`inf` is not a longitude"),
        ];
        for (latitude, longitude, elevation, message) in cases {
            let error = Place::new(latitude, longitude, elevation).unwrap_err();
            assert!(
                error.to_string().starts_with(message),
                "the message names the value and the field: {error}"
            );
        }
        assert!(
            Place::new(-90.0, 180.0, -430.0).is_ok(),
            "the bounds are places"
        );
        assert!(
            matches!(Ozone::new(0.0), Err(Error::InvalidOzone { .. })),
            "no sky has no ozone"
        );
        assert!(Ozone::new(f64::NAN).is_err());
    }

    #[test]
    fn a_place_read_from_json_is_checked_too() {
        let place: Place =
            serde_json::from_str(r#"{"latitude": 51.5, "longitude": -0.13}"#).unwrap();
        assert_eq!(
            place,
            Place::new(51.5, -0.13, 0.0).unwrap(),
            "sea level unless said"
        );
        let back: Place = serde_json::from_str(&serde_json::to_string(&place).unwrap()).unwrap();
        assert_eq!(back, place, "round trip");
        let error = serde_json::from_str::<Place>(r#"{"latitude": 95, "longitude": 0}"#)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("`95` is not a latitude"),
            "deserializing goes through the same check: {error}"
        );
    }

    #[test]
    fn dates_beyond_the_supported_years_are_refused() {
        let error = sun_day(&place(0.0, 0.0), Ozone::STANDARD, Tz::UTC, date(2101, 1, 1));
        assert!(matches!(error, Err(Error::DateOutOfRange { .. })));
    }
}

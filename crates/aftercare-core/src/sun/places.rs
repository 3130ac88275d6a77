//! Where a time zone is: its principal city in the IANA tz database, an approximate location
//! that needs no permission and no network.
//!
//! Three public-domain files of tzdb 2025b are built in (`data/`: the two tables from Debian's
//! tzdata, `backward` from the tz source chrono-tz is generated from, the same release).
//! `zone1970.tab` gives one principal city for each zone whose clocks have agreed since 1970.
//! `zone.tab` adds the country names that are only links in the tz data, with their own city: a
//! phone set to Europe/Oslo or Atlantic/Reykjavik is far from Berlin or Abidjan, the zones those
//! names link to. `backward` maps old names (US/Eastern, Asia/Calcutta, Europe/Kiev), which
//! phones still report, to current ones.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use chrono_tz::Tz;
use serde::Serialize;

use crate::error::Result;
use crate::sun::Place;

const ZONE1970: &str = include_str!("../../data/zone1970.tab");
const ZONE_TAB: &str = include_str!("../../data/zone.tab");
const BACKWARD: &str = include_str!("../../data/backward");

/// A zone's principal city, where its coordinates point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct City {
    pub zone: Tz,
    /// The zone name's last part, as people write it: "New York", "Port-au-Prince".
    pub name: String,
    /// Degrees north; negative south.
    pub latitude: f64,
    /// Degrees east; negative west.
    pub longitude: f64,
}

impl City {
    /// The city as a place to see the sun from; the tables give no elevation.
    pub fn place(&self, elevation: f64) -> Result<Place> {
        Place::new(self.latitude, self.longitude, elevation)
    }
}

/// The principal city of an IANA zone, or of the zone an old or country name links to; `None`
/// for zones that are no place (UTC, Etc/GMT+5).
pub fn principal_city(zone: &str) -> Option<&'static City> {
    let atlas = &*ATLAS;
    let zone = zone.trim();
    let index = atlas
        .by_zone
        .get(zone)
        .or_else(|| atlas.by_zone.get(atlas.links.get(zone)?))?;
    Some(&atlas.cities[*index])
}

/// Every principal city, sorted by name, for a picker.
pub fn cities() -> &'static [City] {
    &ATLAS.cities
}

struct Atlas {
    cities: Vec<City>,
    by_zone: HashMap<&'static str, usize>,
    /// Old or merged name → current zone.
    links: HashMap<&'static str, &'static str>,
}

/// Read once, on first use: a few hundred lines, well under a millisecond.
static ATLAS: LazyLock<Atlas> = LazyLock::new(|| {
    let mut seen = HashSet::new();
    let mut entries: Vec<(&'static str, City)> = table(ZONE1970)
        .chain(table(ZONE_TAB))
        .filter(|(zone, _)| seen.insert(*zone))
        .collect();
    entries.sort_by(|(a_zone, a), (b_zone, b)| a.name.cmp(&b.name).then(a_zone.cmp(b_zone)));
    let by_zone = entries
        .iter()
        .enumerate()
        .map(|(index, (zone, _))| (*zone, index))
        .collect();
    let links = BACKWARD
        .lines()
        .filter_map(
            |line| match line.split_whitespace().collect::<Vec<_>>()[..] {
                ["Link", target, name, ..] => Some((name, target)),
                _ => None,
            },
        )
        .collect();
    Atlas {
        cities: entries.into_iter().map(|(_, city)| city).collect(),
        by_zone,
        links,
    }
});

/// The rows of a `zone*.tab` file: country codes, ISO 6709 coordinates, zone, comments.
fn table(text: &'static str) -> impl Iterator<Item = (&'static str, City)> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [_, coordinates, zone, ..] = fields[..] else {
                panic!("bundled zone table row without coordinates and zone: {line}")
            };
            let (latitude, longitude) = iso6709(coordinates)
                .unwrap_or_else(|| panic!("bundled zone table coordinates `{coordinates}`"));
            let city = City {
                zone: zone.parse().unwrap_or_else(|_| {
                    panic!("bundled zone table names `{zone}`, unknown to chrono-tz")
                }),
                name: zone.rsplit('/').next().unwrap_or(zone).replace('_', " "),
                latitude,
                longitude,
            };
            (zone, city)
        })
}

/// `+513030-0000731` (±DDMMSS±DDDMMSS) or `-3352+15113` (±DDMM±DDDMM), in degrees.
fn iso6709(text: &str) -> Option<(f64, f64)> {
    let split = 1 + text.get(1..)?.find(['+', '-'])?;
    Some((angle(&text[..split], 2)?, angle(&text[split..], 3)?))
}

fn angle(text: &str, degree_digits: usize) -> Option<f64> {
    let sign = match text.get(..1)? {
        "+" => 1.0,
        "-" => -1.0,
        _ => return None,
    };
    let digits = &text[1..];
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = |part: &str| part.parse::<u32>().ok().map(f64::from);
    let (degrees, rest) = digits.split_at_checked(degree_digits)?;
    let (minutes, seconds) = match rest.len() {
        2 => (rest, "0"),
        4 => rest.split_at(2),
        _ => return None,
    };
    let (degrees, minutes, seconds) = (number(degrees)?, number(minutes)?, number(seconds)?);
    if minutes >= 60.0 || seconds >= 60.0 {
        return None;
    }
    Some(sign * (degrees + minutes / 60.0 + seconds / 3600.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(zone: &str) -> &'static City {
        principal_city(zone).unwrap_or_else(|| panic!("{zone} has a principal city"))
    }

    fn near(value: f64, expected: f64) -> bool {
        (value - expected).abs() < 1e-4
    }

    #[test]
    fn london_is_read_to_the_second() {
        // +513030-0000731: 51°30'30" N, 0°07'31" W.
        let london = city("Europe/London");
        assert_eq!(london.name, "London");
        assert_eq!(london.zone, Tz::Europe__London);
        assert!(
            near(london.latitude, 51.508_333) && near(london.longitude, -0.125_278),
            "±DDMMSS±DDDMMSS: {london:?}"
        );
    }

    #[test]
    fn sydney_is_south_and_los_angeles_west() {
        // -3352+15113: degrees and minutes only.
        let sydney = city("Australia/Sydney");
        assert!(
            near(sydney.latitude, -33.866_667) && near(sydney.longitude, 151.216_667),
            "south is negative: {sydney:?}"
        );
        // +340308-1181434.
        let los_angeles = city("America/Los_Angeles");
        assert_eq!(los_angeles.name, "Los Angeles", "underscores are spaces");
        assert!(
            near(los_angeles.latitude, 34.052_222) && near(los_angeles.longitude, -118.242_778),
            "west is negative: {los_angeles:?}"
        );
    }

    #[test]
    fn old_and_country_names_find_their_city() {
        let cases = [
            ("US/Eastern", "New York"),
            ("Europe/Belfast", "London"),
            ("Asia/Calcutta", "Kolkata"),
            ("Europe/Kiev", "Kyiv"),
            // Links in the tz data, but with a city of their own in zone.tab.
            ("Europe/Amsterdam", "Amsterdam"),
            ("Atlantic/Reykjavik", "Reykjavik"),
            ("Arctic/Longyearbyen", "Longyearbyen"),
        ];
        for (zone, name) in cases {
            assert_eq!(city(zone).name, name, "{zone}");
        }
        assert!(
            city("Atlantic/Reykjavik").latitude > 64.0,
            "Iceland, not Abidjan where the zone links"
        );
    }

    #[test]
    fn zones_that_are_no_place_have_no_city() {
        for zone in ["UTC", "Etc/GMT+5", "GMT", "Nowhere/Atlantis", ""] {
            assert_eq!(principal_city(zone), None, "`{zone}`");
        }
    }

    #[test]
    fn every_city_is_a_valid_place_and_the_list_is_sorted_for_a_picker() {
        let all = cities();
        assert!(
            all.len() >= 400,
            "zone1970.tab and zone.tab hold over 400 zones, not {}",
            all.len()
        );
        for city in all {
            assert!(city.place(0.0).is_ok(), "{city:?} is on Earth");
            assert!(!city.name.is_empty() && !city.name.contains('_'));
            assert_eq!(
                principal_city(city.zone.name()),
                Some(city),
                "each city is found by its zone"
            );
        }
        assert!(
            all.windows(2).all(|pair| pair[0].name <= pair[1].name),
            "sorted by name"
        );
    }

    #[test]
    fn every_regional_zone_chrono_tz_knows_has_a_city() {
        let missing: Vec<&str> = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|zone| zone.name())
            .filter(|name| name.contains('/') && !name.starts_with("Etc/"))
            .filter(|name| principal_city(name).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "a phone may report any of these: {missing:?}"
        );
    }

    #[test]
    fn malformed_coordinates_are_not_read() {
        for text in [
            "+5130",
            "513030-0000731",
            "+5190-00007",
            "+51a0-00007",
            "+513-00007",
            "",
        ] {
            assert_eq!(iso6709(text), None, "`{text}`");
        }
        assert_eq!(iso6709("+0000+00000"), Some((0.0, 0.0)));
    }
}

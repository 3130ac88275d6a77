#!/usr/bin/env python3
"""The sun of `aftercare sun`, checked by an astronomy library that is not ours.

`aftercare sun --json` runs for a year of days in both hemispheres (London, Sydney, Quito on the
equator, Singapore, Tromsø above the Arctic circle), and for single days: solstices and equinoxes,
London's and Sydney's DST changes, Havana's, where the clocks jump at midnight, and the polar
night of Longyearbyen. PyEphem (Debian's python3-ephem, XEphem's libastro) then says where the
sun was at each instant reported, seen from the reported place at sea level without refraction:

- at a window's opening and closing the solar zenith is the angle at which Madronich's formula
  gives UV 3 at 300 DU, cos z = (3 / 12.5) ^ (1 / 2.42), within ZENITH_TOLERANCE; the sun climbs
  through the opening and sinks through the closing;
- the peak comes within PEAK_MINUTES of the sun's transit, and the UV index of the library's
  zenith there matches the peak within PEAK_TOLERANCE;
- a day without a window has the library's noon zenith above the threshold, a day with one below
  it; the polar night has no window and a peak of 0;
- every instant carries the UTC offset that Python's zoneinfo (the system's tzdata) gives its
  zone then, and falls on the day it is reported for.

Usage: check_sun.py path/to/aftercare   (the system Python, with python3-ephem from Debian)
"""

import datetime
import json
import math
import pathlib
import subprocess
import sys
import unittest
import zoneinfo

import ephem

CLI = pathlib.Path(sys.argv.pop(1) if len(sys.argv) > 1 else "target/debug/aftercare").resolve()

THRESHOLD_ZENITH = math.degrees(math.acos((3 / 12.5) ** (1 / 2.42)))
ZENITH_TOLERANCE = 0.1  # degrees; the solar position is good to 0.01°, the instants to a second
PEAK_MINUTES = 2
PEAK_TOLERANCE = 0.1

# label, where, first day, days
RUNS = [
    ("London, a year", ["--zone", "Europe/London"], "2026-01-01", 365),
    ("Sydney, a year", ["--zone", "Australia/Sydney"], "2026-01-01", 365),
    ("Quito, a year", ["--lat", "-0.22", "--lon", "-78.51", "--zone", "America/Guayaquil"], "2026-01-01", 365),
    ("Singapore, a year", ["--zone", "Asia/Singapore"], "2026-01-01", 365),
    ("Tromsø, a year", ["--lat", "69.65", "--lon", "18.96", "--zone", "Europe/Oslo"], "2026-01-01", 365),
    ("Los Angeles, June solstice", ["--zone", "America/Los_Angeles"], "2026-06-21", 1),
    ("Buenos Aires, December solstice", ["--zone", "America/Argentina/Buenos_Aires"], "2026-12-21", 1),
    ("Cape Town, equinoxes", ["--zone", "Africa/Johannesburg", "--lat", "-33.92", "--lon", "18.42"], "2026-03-20", 1),
    ("Cape Town, equinoxes", ["--zone", "Africa/Johannesburg", "--lat", "-33.92", "--lon", "18.42"], "2026-09-23", 1),
    ("Havana, the clocks jump at midnight", ["--zone", "America/Havana"], "2026-03-07", 3),
    ("Longyearbyen, polar night", ["--zone", "Arctic/Longyearbyen"], "2026-12-19", 5),
]


def sun(args, first, days):
    out = subprocess.run(
        [CLI, "sun", "--json", "--elevation", "0", "--date", first, "--days", str(days), *args],
        check=True,
        capture_output=True,
    ).stdout
    return json.loads(out)


def instant(text):
    return datetime.datetime.fromisoformat(text)


class Sky:
    """The sun seen from a place through PyEphem: geometric, no refraction, sea level."""

    def __init__(self, place):
        self.observer = ephem.Observer()
        self.observer.lat = math.radians(place["latitude"])
        self.observer.lon = math.radians(place["longitude"])
        self.observer.elevation = 0
        self.observer.pressure = 0

    def zenith(self, when):
        self.observer.date = ephem.Date(when.astimezone(datetime.timezone.utc).replace(tzinfo=None))
        return 90 - math.degrees(ephem.Sun(self.observer).alt)

    def transit_after(self, when):
        self.observer.date = ephem.Date(when.astimezone(datetime.timezone.utc).replace(tzinfo=None))
        return self.observer.next_transit(ephem.Sun()).datetime().replace(tzinfo=datetime.timezone.utc)


def uv_index(zenith):
    cos = math.cos(math.radians(zenith))
    return 12.5 * cos**2.42 if cos > 0 else 0.0


class SunReference(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.runs = [(label, sun(args, first, days)) for label, args, first, days in RUNS]
        cls.days = [(label, run, day) for label, run in cls.runs for day in run["days"]]

    def each_day(self):
        for label, run, day in self.days:
            yield f"{label} {day['date']}", Sky(run["place"]), zoneinfo.ZoneInfo(run["zone"]), day

    def test_the_window_opens_and_closes_at_the_uv_3_zenith(self):
        windows = 0
        for name, sky, _, day in self.each_day():
            if day["window"] is None:
                continue
            windows += 1
            for edge, rising in (("opens", True), ("closes", False)):
                at = instant(day["window"][edge])
                zenith = sky.zenith(at)
                self.assertLessEqual(
                    abs(zenith - THRESHOLD_ZENITH),
                    ZENITH_TOLERANCE,
                    f"{name}: the window {edge} at {at}, where the sun's zenith is {zenith:.3f}°, "
                    f"not the {THRESHOLD_ZENITH:.3f}° of UV 3",
                )
                later = sky.zenith(at + datetime.timedelta(minutes=10))
                self.assertEqual(later < zenith, rising, f"{name}: the sun {'climbs' if rising else 'sinks'} as the window {edge}")
        self.assertGreater(windows, 700, "most of the year's days have a window somewhere")

    def test_the_peak_is_at_solar_noon_with_the_library_s_uv_index(self):
        for name, sky, zone, day in self.each_day():
            peak_at = instant(day["peak_at"])
            start = datetime.datetime.fromisoformat(day["date"]).replace(tzinfo=zone)
            transit = sky.transit_after(start)
            self.assertLessEqual(
                abs((peak_at - transit).total_seconds()),
                PEAK_MINUTES * 60,
                f"{name}: peak at {peak_at}, the sun transits at {transit.astimezone(zone)}",
            )
            expected = uv_index(sky.zenith(transit))
            self.assertLessEqual(
                abs(day["peak"] - expected),
                PEAK_TOLERANCE,
                f"{name}: peak UV {day['peak']:.3f}, the library's zenith at transit gives {expected:.3f}",
            )
            has_window = day["window"] is not None
            below_threshold = sky.zenith(transit) < THRESHOLD_ZENITH
            self.assertEqual(has_window, below_threshold, f"{name}: a window exactly when the noon sun is high enough for UV 3")

    def test_the_polar_night_has_no_window(self):
        (label, run), = [(label, run) for label, run in self.runs if "polar night" in label]
        sky = Sky(run["place"])
        for day in run["days"]:
            self.assertIsNone(day["window"], f"{label} {day['date']}")
            self.assertEqual(day["peak"], 0, f"{label} {day['date']}: the sun stays down")
            self.assertGreater(sky.zenith(instant(day["peak_at"])), 90, f"{label} {day['date']}: the library agrees")

    def test_every_instant_carries_its_zone_s_offset_on_its_day(self):
        offsets = set()
        for name, _, zone, day in self.each_day():
            window = day["window"] or {}
            for text in [day["peak_at"], *window.values()]:
                at = instant(text)
                self.assertEqual(at.utcoffset(), at.astimezone(zone).utcoffset(), f"{name}: {text} in {zone}")
                self.assertEqual(at.date().isoformat(), day["date"], f"{name}: {text} is on its day")
                offsets.add((zone.key, at.utcoffset()))
        self.assertIn(("Europe/London", datetime.timedelta(hours=1)), offsets, "BST was seen")
        self.assertIn(("Australia/Sydney", datetime.timedelta(hours=10)), offsets, "AEST was seen")


if __name__ == "__main__":
    unittest.main(verbosity=2)

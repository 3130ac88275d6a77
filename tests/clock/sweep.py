#!/usr/bin/env python3
"""Every test that reads the real clock, run at moments chosen to break it: with libfaketime
(Debian's `faketime`) the clock reads 00:30, 08:59, 09:01, 13:00 and 23:45 in UTC,
Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC-11), around a new year, a leap day and a
month's end, and in London on the days its clocks change.

The tests that read the clock are those of the crates that may (`clippy.toml` bans clock reads
elsewhere, but for a few with an `#[expect]`): the command line, the desktop delivery, and the app
shell's commands. A clock read in any other package fails this check, so that nothing that reads
the clock escapes the sweep.

The clock is shifted by an offset, not set to a fixed time: every process of a run, the children
the tests start included, reads the same moving clock. The monotonic clock is left alone
(DONT_FAKE_MONOTONIC=1), or every timed wait would hang.

Usage: tests/clock/sweep.py   (from the repository; builds the test binaries first)
"""

import datetime
import json
import math
import os
import pathlib
import subprocess
import sys
import time
import zoneinfo

ROOT = pathlib.Path(__file__).resolve().parents[2]
LIBFAKETIME = pathlib.Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")

# The test targets that read the real clock, by package, as cargo selects them.
TARGETS = {
    "aftercare-cli": ["--tests"],
    "aftercare-notify": ["--test", "desktop"],
    "smp-aftercare": ["--lib"],
}
# Where the packages' code lives: each clock read must be in one of these (benchmarks aside).
PACKAGE_DIRS = {
    "aftercare-cli": "crates/aftercare-cli",
    "aftercare-notify": "crates/aftercare-notify",
    "smp-aftercare": "src-tauri",
}

ZONES = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]
# Local wall times around the default reminder time and the ends of a day, each on a date that
# also ends something: a year, a leap February, a month.
MOMENTS = [
    ("2027-01-01", "00:30"),
    ("2026-12-01", "08:59"),
    ("2028-02-29", "09:01"),
    ("2027-06-30", "13:00"),
    ("2026-12-31", "23:45"),
]
# London's clocks go forward at 01:00 on 28 March 2027 and back at 02:00 on 31 October 2027
# (01:30 then happens twice; this is the first).
CHANGES = [
    ("Europe/London", "2027-03-28", "00:30"),
    ("Europe/London", "2027-03-28", "09:01"),
    ("Europe/London", "2027-10-31", "01:30"),
    ("Europe/London", "2027-10-31", "23:45"),
]


def runs():
    for zone in ZONES:
        for date, wall in MOMENTS:
            yield zone, date, wall
    yield from CHANGES


def instant(zone, date, wall):
    local = datetime.datetime.fromisoformat(f"{date}T{wall}").replace(tzinfo=zoneinfo.ZoneInfo(zone))
    return local.timestamp()


def clock_reads_outside_the_sweep():
    """Files that read the wall clock in no swept package (benchmarks aside)."""
    found = subprocess.run(
        ["git", "grep", "--untracked", "-l", "-E", r"(Utc|Local|SystemTime)::now\(", "--", "*.rs", ":!*/benches/*"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.split()
    return [path for path in found if not any(path.startswith(d + "/") for d in PACKAGE_DIRS.values())]


def test_binaries():
    """Builds the swept test targets; their executables, by package."""
    binaries = []
    for package, selection in TARGETS.items():
        out = subprocess.run(
            ["cargo", "test", "--locked", "--no-run", "--message-format=json", "-p", package, *selection],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        messages = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
        if out.returncode != 0:
            # With JSON output the compiler's own words are in stdout, not in cargo's stderr.
            rendered = "".join(
                m["message"]["rendered"] for m in messages if m.get("reason") == "compiler-message" and m["message"].get("rendered")
            )
            sys.exit(f"building the tests of {package} failed:\n{rendered}{out.stderr}")
        for message in messages:
            if message.get("reason") == "compiler-artifact" and message.get("executable") and message["profile"]["test"]:
                binaries.append((package, message["target"]["name"], message["executable"]))
    return binaries


def offset_to(zone, date, wall):
    """The offset that makes the clock read that wall time now (or a moment after: never before)."""
    return math.ceil(instant(zone, date, wall) - time.time())


def run_at(binary, zone, date, wall):
    offset = offset_to(zone, date, wall)
    env = dict(
        os.environ,
        LD_PRELOAD=str(LIBFAKETIME),
        FAKETIME=f"{offset:+d}",
        DONT_FAKE_MONOTONIC="1",
        TZ=zone,
    )
    return subprocess.run([binary, "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True)


def main():
    outside = clock_reads_outside_the_sweep()
    if outside:
        sys.exit("these files read the clock, but no test of theirs is swept: " + ", ".join(outside))
    if not LIBFAKETIME.exists():
        sys.exit(f"{LIBFAKETIME} is missing: apt-get install faketime")
    binaries = test_binaries()
    # The fake clock must take: `date` under it reads the first moment.
    zone, (date, wall) = ZONES[0], MOMENTS[0]
    env = dict(os.environ, LD_PRELOAD=str(LIBFAKETIME), FAKETIME=f"{offset_to(zone, date, wall):+d}", TZ=zone)
    probe = subprocess.run(["date", "+%s"], env=env, capture_output=True, text=True).stdout.strip()
    if not probe.isdigit() or abs(int(probe) - instant(zone, date, wall)) > 5:
        sys.exit(f"libfaketime did not take: `date` read {probe!r}, not {date} {wall} in {zone}")

    failures = []
    rows = []
    started = time.monotonic()
    for zone, date, wall in runs():
        row = []
        for package, name, binary in binaries:
            result = run_at(binary, zone, date, wall)
            row.append(result.returncode == 0)
            if result.returncode != 0:
                failures.append((zone, date, wall, f"{package} {name}", result.stdout[-4000:] + result.stderr[-4000:]))
        rows.append((zone, date, wall, row))

    names = [f"{package}:{name}" for package, name, _ in binaries]
    print(f"{len(binaries)} test binaries at {len(rows)} moments ({time.monotonic() - started:.0f} s):")
    for index, name in enumerate(names):
        print(f"  [{index + 1}] {name}")
    print(f"  {'zone':<20} {'date':<10} {'time':<5}  " + " ".join(f"[{i + 1}]" for i in range(len(names))))
    for zone, date, wall, row in rows:
        print(f"  {zone:<20} {date:<10} {wall:<5}  " + " ".join(f"{'ok' if ok else 'FAIL':>{len(str(i + 1)) + 2}}" for i, ok in enumerate(row)))
    total = len(rows) * len(binaries)
    print(f"{total - len(failures)} of {total} runs passed")
    for zone, date, wall, what, output in failures:
        print(f"\n--- {what} at {date} {wall} in {zone} ---\n{output}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

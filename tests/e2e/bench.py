#!/usr/bin/env python3
"""Benchmark, not a test: the release app beside a blank Tauri v2 window built the same way.

For each (the app in English, in Spanish, and in English with 200 phone photos in its journal,
the database read from disk rather than the page cache): start to first screen, median of N
launches (the two alternately, after one launch of each that is not counted and reads their files
into the page cache), from the moment the OS started the process to the moment the page was
painted, on its own clock (the app's Today screen, rendered from a real database of three
sessions; the blank window's heading), marked `first-screen` by each page once the frame showing
it is drawn. tauri-driver launches both, but its polling is not timed. Then
peak memory (VmHWM) of the app's process and of its WebKit processes together, and the binary's
and the .deb's size. The figures are printed; nothing is asserted.

Run by `scripts/bench-app`, which builds what it needs: under a display and a session bus,
`bench.py APP BLANK CLI APP_DEB BLANK_DEB [EARLIER]`, EARLIER an earlier build of the app, launched
in turn with the two in English and printed beside them.
"""

import datetime
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from run import App, children_of, processes_of

RUNS = int(os.environ.get("BENCH_RUNS", "10"))


def peak_kib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def app_pid(binary):
    running = processes_of(binary)
    if not running:
        raise AssertionError(f"{binary} is not running")
    return running[0]


def started_at(pid):
    """When the OS started `pid`, in seconds since the epoch (to the clock tick, 10 ms)."""
    ticks = int(pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    uptime = float(pathlib.Path("/proc/uptime").read_text().split()[0])
    return time.time() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))


# When the first screen was painted, in seconds since the epoch, on the page's clock.
DRAWN = """
const mark = performance.getEntriesByName('first-screen')[0];
return mark ? (performance.timeOrigin + mark.startTime) / 1000 : null;
"""


def launch(binary, ready, prepare, lang="en_GB.UTF-8", home=None):
    """Launches `binary` once from a prepared data directory (or from `home`, kept), the system
    speaking `lang`: start time and peak memory."""
    kept = home is not None
    home = home or pathlib.Path(tempfile.mkdtemp(prefix="aftercare-bench-"))
    prepare(home)
    app = App(binary, home, None, lang=lang)
    try:
        app.start(ready)
        pid = app_pid(binary)
        # The paint comes after the element the driver waited for.
        app.wait_until(lambda: app.driver.execute_script(DRAWN), f"{binary.name} painted its first screen within 5 s", timeout=5)
        start = app.driver.execute_script(DRAWN) - started_at(pid)
        time.sleep(1)  # settle: what it holds once the first screen is up
        return start, peak_kib(pid), sum(peak_kib(p) for p in [pid] + children_of(pid))
    finally:
        app.stop()
        if not kept:
            shutil.rmtree(home, ignore_errors=True)


def phone_photo(path):
    """A phone camera's 4.3 MB JPEG: the fixture with its image data grown by bytes below 0xFF,
    so that the scan runs on to the fixture's own end."""
    fixture = (pathlib.Path(__file__).parent.parent / "fixtures/photos/located.jpg").read_bytes()
    scan = fixture.index(b"\xff\xda")
    data = scan + 2 + int.from_bytes(fixture[scan + 2 : scan + 4], "big")
    filler = bytes((n * 2654435761 >> 24) % 0xFF for n in range(4_300_000))
    path.write_bytes(fixture[:data] + filler + fixture[data:])


def evict(path):
    """Drops a file's pages from the page cache: read from disk, as after a phone's night."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def summary(binary, launches):
    starts, own, total = zip(*launches)
    print(f"{binary.name}: starts (ms) " + " ".join(f"{s * 1000:.0f}" for s in starts), flush=True)
    return {
        "start_ms": statistics.median(starts) * 1000,
        "start_min_ms": min(starts) * 1000,
        "start_max_ms": max(starts) * 1000,
        "own_mib": statistics.median(own) / 1024,
        "total_mib": statistics.median(total) / 1024,
    }


def main():
    app, blank, cli, app_deb, blank_deb = (pathlib.Path(a).resolve() for a in sys.argv[1:6])
    earlier = pathlib.Path(sys.argv[6]).resolve() if len(sys.argv) > 6 else None
    today = datetime.date.today()

    def real_database(home):
        # Three sessions around today, as a client mid-treatment has: the CLI writes the same store.
        db = home / "data" / "org.smpaftercare.app" / "aftercare.db"
        for offset in (-30, -2, 40):
            start = (today + datetime.timedelta(days=offset)).isoformat()
            subprocess.run(
                [cli, "--db", db, "session", "add", f"{start}T10:00", "--tz", "Europe/Paris"],
                check=True,
                stdout=subprocess.DEVNULL,
            )

    # Alternately, so that whatever else the machine does weighs on all alike; the app in English
    # and in Spanish (the system's language, as a phone's).
    # A client with 200 photos: made once (860 MB), kept for every launch, read from disk each time.
    photos_home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-bench-photos-"))
    real_database(photos_home)
    photos_db = photos_home / "data" / "org.smpaftercare.app" / "aftercare.db"
    photo = photos_home / "photo.jpg"
    phone_photo(photo)
    for n in range(200):
        date = (today - datetime.timedelta(days=n % 30)).isoformat()
        subprocess.run(
            [cli, "--db", photos_db, "journal", "photo", "add", photo, "--date", date],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    print(f"200 photos: a {photos_db.stat().st_size / 1e6:.0f} MB database", flush=True)

    ours, spanish, with_photos, blanks, before = [], [], [], [], []
    today_screen = "body[data-screen='today'] main h1"
    launch(app, today_screen, real_database)
    launch(blank, "h1", lambda home: None)
    if earlier:
        launch(earlier, today_screen, real_database)
    for _ in range(RUNS):
        if earlier:
            before.append(launch(earlier, today_screen, real_database))
        ours.append(launch(app, today_screen, real_database))
        spanish.append(launch(app, today_screen, real_database, lang="es_ES.UTF-8"))
        with_photos.append(launch(app, today_screen, lambda home: evict(photos_db), home=photos_home))
        blanks.append(launch(blank, "h1", lambda home: None))
    shutil.rmtree(photos_home, ignore_errors=True)
    figures = {"SMP Aftercare": summary(app, ours), "blank window": summary(blank, blanks)}
    in_spanish = summary(app, spanish)
    photographed = summary(app, with_photos)
    figures["SMP Aftercare"]["binary_mib"] = app.stat().st_size / 2**20
    figures["SMP Aftercare"]["deb_mib"] = app_deb.stat().st_size / 2**20
    figures["blank window"]["binary_mib"] = blank.stat().st_size / 2**20
    figures["blank window"]["deb_mib"] = blank_deb.stat().st_size / 2**20

    ours, yardstick = figures["SMP Aftercare"], figures["blank window"]
    rows = [
        ("start to first screen, median (ms)", "start_ms", "{:.0f}"),
        ("  fastest / slowest (ms)", None, None),
        ("peak memory, app process (MiB)", "own_mib", "{:.1f}"),
        ("peak memory, with WebKit processes (MiB)", "total_mib", "{:.1f}"),
        ("release binary (MiB)", "binary_mib", "{:.1f}"),
        (".deb (MiB)", "deb_mib", "{:.1f}"),
    ]
    print(f"{RUNS} launches each, {datetime.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} cores")
    print(f"{'':44} {'SMP Aftercare':>14} {'blank window':>14} {'ratio':>7}")
    for label, key, fmt in rows:
        if key is None:
            print(
                f"{label:44} {ours['start_min_ms']:>6.0f} / {ours['start_max_ms']:<5.0f} "
                f"{yardstick['start_min_ms']:>6.0f} / {yardstick['start_max_ms']:<5.0f}"
            )
            continue
        print(
            f"{label:44} {fmt.format(ours[key]):>14} {fmt.format(yardstick[key]):>14} "
            f"{ours[key] / yardstick[key]:>6.2f}x"
        )
    spanish_rows = [
        ("in Spanish: start to first screen (ms)", "start_ms", "{:.0f}"),
        ("in Spanish: peak memory, app (MiB)", "own_mib", "{:.1f}"),
        ("in Spanish: peak memory, with WebKit (MiB)", "total_mib", "{:.1f}"),
    ]
    photo_rows = [
        ("200 photos: start to first screen (ms)", "start_ms", "{:.0f}"),
        ("200 photos: peak memory, app (MiB)", "own_mib", "{:.1f}"),
    ]
    labelled_rows = [(in_spanish, spanish_rows), (photographed, photo_rows)]
    if earlier:
        earlier_rows = [
            ("the earlier build: start to first screen (ms)", "start_ms", "{:.0f}"),
            ("the earlier build: peak memory, app (MiB)", "own_mib", "{:.1f}"),
        ]
        labelled_rows.append((summary(earlier, before), earlier_rows))
    for figures_of, labelled in labelled_rows:
        for label, key, fmt in labelled:
            print(
                f"{label:44} {fmt.format(figures_of[key]):>14} {fmt.format(yardstick[key]):>14} "
                f"{figures_of[key] / yardstick[key]:>6.2f}x"
            )


if __name__ == "__main__":
    main()

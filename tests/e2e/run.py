#!/usr/bin/env python3
"""End to end, in the real WebView: the built app driven through tauri-driver and WebKitWebDriver,
from a fresh data directory, with the app's clock at a moment of the test's choosing.

First run creates a treatment and Today shows day 0; invalid input gets a clear message and
saves nothing; adding a second session updates the timeline; moving it derives its reminders
again; a restart keeps everything; the calendar file is saved. Artist mode makes a protocol with
washing from day 5, its QR code decodes (zbarimg) to its link, and its code, imported on a fresh
client on day 5 after what changes is shown, makes Today say washing is allowed from today. A
client in Sydney a week on (on a machine whose TZ is Sydney) sees Sydney's date, day and sun,
the same as the command line says, a check-in with fever gets the red-flag advice, and photos of
day 2 and day 6 show side by side; with the app open across midnight, Today turns to the next
day by itself. A start while the app quits (its D-Bus name still held, the hand-over never
answered) opens the app once the other has gone. On every screen, at phone and desktop size, in light (and for the Sydney client,
dark): a screenshot (saved as a test artifact) and axe-core with no serious or critical
violation, animations off as the system's reduced-motion setting asks. No JavaScript error may
appear during the run.

The clock: with `--at 2027-01-15T20:00:00Z` the app (its WebView included) and the dates the test
types read a clock that stood at that instant when the run began (libfaketime, shifted by an
offset, so that every process reads the same moving clock). `./test` runs it at two instants:
one where Sydney and UTC share a date and one where they do not.

Run under a display and a session bus:
`xvfb-run -a dbus-run-session -- python3 tests/e2e/run.py APP [--at INSTANT] [--cli AFTERCARE]`.
"""

import argparse
import base64
import datetime
import json
import math
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import zoneinfo

from selenium import webdriver
from selenium.common.exceptions import (
    ElementClickInterceptedException,
    StaleElementReferenceException,
    TimeoutException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.remote_connection import RemoteConnection
from selenium.webdriver.support.ui import WebDriverWait
from urllib3.exceptions import ReadTimeoutError

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_LOG = ROOT / "target" / "e2e-screenshots" / "app.log"
AXE = (HERE / "node_modules" / "axe-core" / "axe.min.js").read_text()
SIZES = {"phone": (360, 800), "desktop": (1280, 860)}

# The Timeline drawn from Today, then scrolled to its end half a screen a frame, on the page's
# own clock. A figure to print, not a test: a timed assertion would fail on a busy machine.
TIMELINE_TIMING = """
const done = arguments[arguments.length - 1];
const frame = () => new Promise(requestAnimationFrame);
(async () => {
  const start = performance.now();
  location.hash = '#timeline';
  while (document.body.dataset.screen !== 'timeline') await frame();
  await frame();
  const draw = performance.now() - start;
  const gaps = [];
  const bottom = document.documentElement.scrollHeight - innerHeight;
  let last = performance.now();
  for (let y = 0; y <= bottom; y += innerHeight / 2) {
    scrollTo(0, y);
    await frame();
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }
  gaps.sort((a, b) => a - b);
  done({ draw, frames: gaps.length, longest: gaps[gaps.length - 1], median: gaps[gaps.length >> 1] });
})();
"""
LIBFAKETIME = pathlib.Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
UTC = datetime.timezone.utc


def processes(matching):
    """The ids of the running processes whose /proc entry `matching` accepts."""
    found = []
    for entry in pathlib.Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and matching(entry):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def processes_of(binary):
    """The ids of the processes running `binary`."""
    return processes(lambda entry: os.readlink(entry / "exe") == str(binary))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Clock:
    """A clock `offset` seconds from the real one; with None, the real clock itself."""

    def __init__(self, offset=None):
        self.offset = offset

    @staticmethod
    def reading(at):
        """A clock that reads `at` now."""
        return Clock(math.ceil((at - datetime.datetime.now(UTC)).total_seconds()))

    def now(self):
        return datetime.datetime.now(UTC) + datetime.timedelta(seconds=self.offset or 0)

    def today(self, zone):
        return self.now().astimezone(zoneinfo.ZoneInfo(zone)).date()

    def environment(self):
        """What makes a process (and every process it starts) read this clock: libfaketime,
        shifted by the offset, with the monotonic clock left alone, or timed waits hang."""
        if self.offset is None:
            return {}
        return dict(LD_PRELOAD=str(LIBFAKETIME), FAKETIME=f"{self.offset:+d}", DONT_FAKE_MONOTONIC="1")


class App:
    """The app under tauri-driver, with its own data and config directories, on a machine whose
    zone (TZ) is `zone`, whose clock is `clock`, and whose system asks for reduced motion and,
    with `dark`, a dark theme."""

    def __init__(self, binary, home, shots, zone="UTC", clock=Clock(), dark=False, lang=None):
        self.binary = binary
        self.lang = lang
        self.zone = zone
        self.home = home
        self.downloads = home / "downloads"
        self.shots = shots
        self.dark = dark
        self.clock = clock
        self.driver = None
        self.tauri_driver = None

    def now(self):
        return self.clock.now()

    def today(self):
        """Today's date on the app's clock, in its zone."""
        return self.clock.today(self.zone)

    def environment(self):
        """The environment the app runs in: its own home, its zone, its clock."""
        # The system's opener, as tauri-plugin-opener (the `open` crate) finds it first in PATH:
        # it notes what it was asked to open.
        opener = self.home / "bin" / "xdg-open"
        opener.parent.mkdir(parents=True, exist_ok=True)
        opener.write_text('#!/bin/sh\nprintf "%s\\n" "$1" >> "$HOME/opened"\n')
        opener.chmod(0o755)
        home = dict(
            PATH=f"{opener.parent}:{os.environ['PATH']}",
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.home / "data"),
            XDG_CONFIG_HOME=str(self.home / "config"),
            TZ=self.zone,
        )
        environment = dict(os.environ, **home, **self.clock.environment())
        if self.lang:
            # The system's language, as the app reads it (LANGUAGE first, then LC_ALL, LANG).
            for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
                environment.pop(name, None)
            environment["LANG"] = self.lang
        return environment

    def start(self, ready="main h1"):
        """Launches the app and waits until `ready` is on the page."""
        port = free_port()
        # Files the app saves for the client land in this home's downloads.
        config = self.home / "config"
        config.mkdir(parents=True, exist_ok=True)
        (config / "user-dirs.dirs").write_text(f'XDG_DOWNLOAD_DIR="{self.downloads}"\n')
        # The system's settings, as GTK (and so WebKitGTK's media queries) reads them: no
        # animations (prefers-reduced-motion), so that what axe-core measures is never caught
        # mid-transition; a dark theme when asked (prefers-color-scheme).
        (config / "gtk-3.0").mkdir(exist_ok=True)
        (config / "gtk-3.0" / "settings.ini").write_text(
            f"[Settings]\ngtk-enable-animations=false\ngtk-application-prefer-dark-theme={str(self.dark).lower()}\n"
        )
        # What the app and its WebView say on stderr, kept beside the screenshots: when a run
        # stops, its last lines say why (see main).
        APP_LOG.parent.mkdir(parents=True, exist_ok=True)
        log = open(APP_LOG, "ab")
        self.tauri_driver = subprocess.Popen(
            ["tauri-driver", "--port", str(port), "--native-port", str(free_port())],
            env=self.environment(),
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        log.close()
        options = webdriver.common.options.ArgOptions()
        options.set_capability("browserName", "wry")
        options.set_capability("tauri:options", {"application": str(self.binary)})
        deadline = time.time() + 30
        while True:
            try:
                self.driver = webdriver.Remote(command_executor=f"http://127.0.0.1:{port}", options=options)
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        self.wait_for(ready, timeout=30)
        self.check_system()

    def check_system(self):
        """The WebView runs in the machine the app was given: its zone, its clock, its settings."""
        seen = self.driver.execute_script(
            "return {zone: Intl.DateTimeFormat().resolvedOptions().timeZone, now: Date.now(),"
            " still: matchMedia('(prefers-reduced-motion: reduce)').matches,"
            " dark: matchMedia('(prefers-color-scheme: dark)').matches}"
        )
        assert seen["zone"] == self.zone, f"the WebView's zone is the machine's: {seen}"
        skew = abs(seen["now"] / 1000 - self.now().timestamp())
        assert skew < 60, f"the WebView reads the app's clock: {skew:.0f} s apart"
        assert seen["still"], "the system asks for reduced motion: no transition is measured halfway"
        assert seen["dark"] == self.dark, f"the WebView follows the system's theme: {seen}"

    def stop(self):
        """Ends the app as a person quitting it would: closing the window only hides it in the
        tray, and a second start would hand over to the one still running."""
        if sys.exc_info()[1] is not None:
            # Stopped by a failure: what the app was doing, before it is ended.
            describe(self.binary)
        if self.driver:
            self.driver.quit()
            self.driver = None
        if self.tauri_driver:
            self.tauri_driver.terminate()
            self.tauri_driver.wait(10)
            self.tauri_driver = None
        for pid in processes_of(self.binary):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
        deadline = time.time() + 10
        while processes_of(self.binary) and time.time() < deadline:
            time.sleep(0.05)

    def wait_for(self, css, text=None, timeout=15):
        # One script finds and reads the element: asked in two steps, the screen can redraw in
        # between, and WebKitWebDriver then fails with "Could not parse element text" (CI, stop 20).
        def found(driver):
            return driver.execute_script(
                "return [...document.querySelectorAll(arguments[0])]"
                ".find(e => arguments[1] === null || e.innerText.includes(arguments[1])) || false",
                css,
                text,
            )

        try:
            return WebDriverWait(self.driver, timeout).until(found)
        except TimeoutException:
            if self.shots:
                self.driver.save_screenshot(str(self.shots / "failure.png"))
            raise AssertionError(f"nothing matching {css!r} with {text!r} appeared; the page says:\n{self.text()}")

    def text(self):
        return self.driver.execute_script("return document.body.innerText")

    def go(self, screen):
        self.driver.execute_script(f"location.hash = '#{screen}'")
        self.wait_for(f"body[data-screen='{screen}']")
        time.sleep(0.2)

    def fill(self, css, value, within=None):
        # Date and time inputs take their value in ISO form through the DOM, whatever the locale.
        # Found and filled in one script: the screen cannot be drawn again in between (a
        # reminder the timer showed), which would leave a found field out of the page.
        filled = self.driver.execute_script(
            "const field = (arguments[2] ?? document).querySelector(arguments[0]);"
            "if (!field) return false;"
            "field.value = arguments[1]; field.dispatchEvent(new Event('input', {bubbles: true}));"
            "return true;",
            css,
            value,
            within,
        )
        assert filled, f"no field {css!r} to fill in; the page says:\n{self.text()}"

    def click(self, css, text=None):
        # The screen drawn again between finding and pressing (a reminder the timer showed just
        # then): a person taps what is there now.
        for attempt in range(3):
            try:
                return self.press(self.wait_for(css, text))
            except StaleElementReferenceException:
                if attempt == 2:
                    raise

    def press(self, element):
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        try:
            element.click()
        except ElementClickInterceptedException:
            # The toast (which lets clicks through) was over it: click as the page would.
            self.driver.execute_script("arguments[0].click()", element)

    def errors(self):
        return self.driver.execute_script("return window.__aftercareErrors || []")

    def check_screen(self, name, focus=None):
        """A screenshot at each size (from the top, or around `focus`), axe-core at each size, and
        no JavaScript error."""
        for size, (width, height) in SIZES.items():
            self.driver.set_window_size(width, height)
            if focus:
                element = self.driver.find_element(By.CSS_SELECTOR, focus)
                self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            else:
                # The screen from its top, as it opens.
                self.driver.execute_script("window.scrollTo(0, 0)")
            time.sleep(0.3)
            self.settle()
            theme = "-dark" if self.dark else ""
            self.driver.save_screenshot(str(self.shots / f"{name}-{size}{theme}.png"))
            violations = self.axe()
            serious = [v for v in violations if v["impact"] in ("serious", "critical")]
            assert not serious, f"{name} at {size}: accessibility violations\n" + json.dumps(serious, indent=1)[:4000]
        self.driver.set_window_size(*SIZES["phone"])
        assert self.errors() == [], f"JavaScript errors on {name}: {self.errors()}"

    def settle(self):
        """Waits until no animation or transition runs (with reduced motion, none should)."""
        self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "Promise.all(document.getAnimations().map(a => a.finished)).then(() => done(), () => done());"
        )

    def axe(self, context="document"):
        self.driver.execute_script(AXE)
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"axe.run({context}, {{resultTypes: ['violations']}}).then(r => done(r.violations.map(v => ({{id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target)}}))));"
        )

    def check_toast(self, text):
        """The toast saying `text`, shown, is readable: its contrast is checked where it stands."""
        toast = self.wait_for("#toast.shown", text)
        self.settle()
        opacity = float(self.driver.execute_script("return getComputedStyle(arguments[0]).opacity", toast))
        assert opacity == 1, f"the toast is measured fully shown, not fading: opacity {opacity}"
        violations = self.axe("document.getElementById('toast')")
        assert not violations, f"the toast ({'dark' if self.dark else 'light'}): " + json.dumps(violations, indent=1)

    def opened(self):
        """What the app asked the system to open, in order."""
        log = self.home / "opened"
        return log.read_text().splitlines() if log.exists() else []

    def wait_until(self, holds, what, timeout=10):
        deadline = time.monotonic() + timeout
        while not holds():
            assert time.monotonic() < deadline, what
            time.sleep(0.1)

    def back_in_front(self, redrawing=None):
        """The app back in front: the page reads what changed. With `redrawing`, waits until the
        element it names, marked first, has been drawn anew."""
        if redrawing:
            self.driver.execute_script("document.querySelector(arguments[0]).dataset.drawnBefore = ''", redrawing)
        self.driver.execute_script("document.dispatchEvent(new Event('visibilitychange'))")
        if redrawing:
            self.wait_for(f"{redrawing}:not([data-drawn-before])")

    def value(self, css):
        return self.driver.execute_script("return document.querySelector(arguments[0])?.value ?? null", css)

    def choose_file(self, css, data, name, mime):
        """What the file picker does: the chosen file on the input, then its change event."""
        self.driver.execute_script(
            "const [input, data, name, type] = arguments;"
            "const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));"
            "const list = new DataTransfer();"
            "list.items.add(new File([bytes], name, {type}));"
            "input.files = list.files;"
            "input.dispatchEvent(new Event('change'));",
            self.driver.find_element(By.CSS_SELECTOR, css),
            base64.b64encode(data).decode(),
            name,
            mime,
        )

    def shown_date(self):
        """The date Today is for, as written (before CSS capitals it)."""
        return self.driver.execute_script("return document.querySelector('main .eyebrow').textContent")

    def reminder_keys(self):
        return self.driver.execute_script("return [...document.querySelectorAll('.reminder')].map(r => r.dataset.key)")


def run(binary, shots, clock, cli):
    home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    app = App(binary, home, shots, clock=clock)
    today = app.today()
    try:
        app.start()
        # First run.
        app.wait_for("h1", "Your SMP aftercare")
        app.check_screen("welcome")

        # Invalid input: no date. A clear message, nothing saved.
        app.click("button[type=submit]", "Start my aftercare")
        app.wait_for("[role=alert]", "Each session needs a date and a time")
        # Two sessions two days apart: the protocol refuses, nothing is saved.
        app.fill("input[name=first-date]", today.isoformat())
        app.click("button", "Add a planned session")
        app.fill("input[name=session-2-date]", (today + datetime.timedelta(days=2)).isoformat())
        app.click("button[type=submit]", "Start my aftercare")
        app.wait_for("[role=alert]", "only 2 days apart")
        assert app.driver.execute_script("return document.body.dataset.screen") == "welcome", "nothing was saved"
        yield "invalid input: a clear message, nothing saved"

        # A valid first run: one session today.
        app.click("button", "Remove")
        app.fill("input[name=first-date]", today.isoformat())
        app.fill("input[name=first-time]", "10:00")
        app.click("button[type=submit]", "Start my aftercare")
        app.wait_for("h1", "Session 1 · day 0")
        yield "first run creates a treatment; Today shows day 0"
        app.check_screen("today")

        app.go("timeline")
        app.wait_for("h2", "Session 1")
        first = app.reminder_keys()
        assert first, "the timeline lists reminders"
        # The last, a touch-up check years ahead, is written with its year; this year's are not.
        latest, shown = app.driver.execute_script(
            "const r = [...document.querySelectorAll('.reminder')];"
            "return [{key: r.at(-1).dataset.key, text: r.at(-1).innerText}, r.find((e) => e.innerText).innerText]"
        )
        years = re.findall(r"\b20\d\d\b", latest["text"])
        assert years and years[0] != str(today.year), f"a day in another year is written with its year: {latest}"
        assert str(today.year) not in shown, f"a day this year is written without it: {shown}"
        yield f"the Timeline writes a day in another year with its year ({latest['text'].splitlines()[0]})"
        app.check_screen("timeline")
        # A reminder unfolded to read stays open when the timeline is drawn anew (back in front).
        app.click("#upcoming summary")
        app.back_in_front(redrawing="#upcoming")
        assert app.driver.find_elements(By.CSS_SELECTOR, "#upcoming details[open]"), "the reminder read stays unfolded when the timeline is drawn anew"
        yield "a reminder unfolded on the timeline stays open when the screen is drawn anew"

        # A second session, two weeks on.
        second = (today + datetime.timedelta(days=14)).isoformat()
        app.go("sessions")
        add = app.driver.find_element(By.CSS_SELECTOR, "form[aria-labelledby=add-session]")
        app.fill("input[type=date]", second, within=add)
        app.fill("input[type=time]", "11:00", within=add)
        app.click("form[aria-labelledby=add-session] button[type=submit]")
        app.wait_for("h2", "Session 2")
        app.check_screen("sessions")
        app.go("timeline")
        app.wait_for("h2", "Session 2")
        with_second = app.reminder_keys()
        assert any(k.startswith(f"{second}/") for k in with_second), "the timeline has session 2's reminders"
        yield "adding a session updates the timeline"

        app.driver.set_window_size(*SIZES["phone"])
        app.go("today")
        timing = app.driver.execute_async_script(TIMELINE_TIMING)
        # A key is `anchor/rule/day` (the day counted from the anchor) or `date/digest`.
        dates = sorted(
            datetime.date.fromisoformat(key.split("/")[0]) + datetime.timedelta(days=int(key.split("/")[2]) if key.count("/") == 2 else 0)
            for key in with_second
        )
        years = (dates[-1] - dates[0]).days / 365.25
        assert years >= 5 and timing["frames"] > 10, f"the Timeline measured holds five years and scrolls: {timing}"
        yield (
            f"the Timeline, {len(with_second)} reminders over {years:.1f} years at 360 px: drawn in {timing['draw']:.0f} ms, "
            f"scrolled in {timing['frames']} frames, longest {timing['longest']:.0f} ms, median {timing['median']:.0f} ms"
        )

        # Move session 2 by two days: its reminders are derived again.
        moved = (today + datetime.timedelta(days=16)).isoformat()
        app.go("sessions")
        cards = app.driver.find_elements(By.CSS_SELECTOR, ".sessions > li")
        app.fill("input[type=date]", moved, within=cards[1])
        app.press(cards[1].find_element(By.CSS_SELECTOR, "button[type=submit]"))
        app.check_toast("Session 2 moved")
        app.go("timeline")
        app.wait_for("h2", "Session 2")
        after_move = app.reminder_keys()
        assert any(k.startswith(f"{moved}/") for k in after_move), "session 2's reminders follow it"
        # Keys are "{session date}/{rule}/{day}"; a digest's, "{its own date}/digest", may share the date.
        left = [k for k in after_move if k.startswith(f"{second}/") and not k.endswith("/digest")]
        assert not left, f"no reminder is left counting from the old date: {left}"
        yield "moving a session derives its reminders again"

        app.go("settings")
        app.wait_for("h2", "Reminders")
        app.check_screen("settings")

        # Starting at login, through tauri-plugin-autostart as it is written: an XDG entry under
        # $HOME/.config (it does not read XDG_CONFIG_HOME) whose Exec keeps the window in the tray.
        entry = home / ".config" / "autostart" / "SMP Aftercare.desktop"
        app.click("label", "Start SMP Aftercare in the tray when I log in")
        app.wait_for("#toast", "starts in the tray when you log in")
        exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
        assert exec_line.endswith(" --in-tray") and os.path.realpath(app.binary) in exec_line, exec_line
        app.click("label", "Start SMP Aftercare in the tray when I log in")
        app.wait_for("#toast", "no longer starts at login")
        assert not entry.exists(), "turned off, the entry is gone"
        yield "starting at login writes the autostart entry with --in-tray, and removes it"

        # A restart keeps everything.
        app.stop()
        app.start()
        app.wait_for("h1", "Session 1 · day 0")
        app.go("sessions")
        app.wait_for("h2", "Session 2")
        app.go("timeline")
        assert app.reminder_keys() == after_move, "the same reminders after a restart"
        yield "a restart keeps everything"

        # The calendar file, saved where the client finds files.
        app.go("share")
        app.click("button", "Save the calendar file")
        saved = pathlib.Path(app.wait_for("#toast", "Saved to ").text.removeprefix("Saved to "))
        ics = saved.read_text()
        assert ics.startswith("BEGIN:VCALENDAR") and "UID:session-2@" in ics, "the calendar holds the reminders and session 2"
        yield "the calendar file is saved"

        # A backup, saved where the client finds files, restored from the file picker.
        app.go("settings")
        app.click("button", "Save a backup")
        backup = pathlib.Path(app.wait_for("#toast", "smp-aftercare-backup-").text.removeprefix("Saved to "))
        snapshot = json.loads(backup.read_text())
        assert backup.parent == app.downloads and len(snapshot["sessions"]) == 2, (backup, snapshot.keys())
        app.choose_file("section[aria-labelledby=backup] input[type=file]", backup.read_bytes(), backup.name, "application/json")
        app.click("button", "Restore from the backup")
        app.click("dialog button", "Restore")
        app.wait_for("#toast", "Backup restored")
        app.go("timeline")
        assert app.reminder_keys() == after_move, "the same reminders after a restore"
        yield "a backup is saved in Downloads and restored from the file picker"

        code, link = make_artist_protocol(app)
        yield "artist mode makes a protocol with washing from day 5; its QR code decodes to its link"
        assert app.errors() == [], f"JavaScript errors: {app.errors()}"
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)

    # A fresh client on day 5 of their session imports the artist's code.
    home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    app = App(binary, home, shots, clock=clock)
    try:
        app.start()
        app.fill("input[name=first-date]", (today - datetime.timedelta(days=5)).isoformat())
        app.click("button[type=submit]", "Start my aftercare")
        app.wait_for("h1", "Session 1 · day 5")
        assert not app.driver.find_elements(By.CSS_SELECTOR, ".checklist.news"), "with the default, washing came on day 4"
        # The artist's link, opened while the app runs: a second start hands it to this one
        # (single instance), which tells the waiting window (src-tauri/src/signals.rs).
        subprocess.run([binary, link], env=app.environment(), check=True, timeout=60)
        app.wait_for(".differences li", "day 4 to day 6", timeout=30)
        yield "an artist's link opened while the app runs: the window shows what it changes"
        assert "From Ink Studio · +44 20 7946 0000 · https://ink.example/aftercare" in app.text(), "who the protocol is from"
        app.check_screen("share")
        app.click("button", "Follow this protocol")
        news = app.wait_for(".checklist.news", "You may wash your scalp again")
        assert "Allowed again from today" in news.text, news.text
        yield "the code imported on a fresh client on day 5: Today says washing is allowed from today"

        # A red flag shows how to reach the studio; the dialler opens only when the client taps.
        app.go("journal")
        app.press(app.driver.find_element(By.CSS_SELECTOR, "input[name=warmth]"))
        app.click("button[type=submit]", "Save check-in")
        app.wait_for(".advice[role=alert] .studio", "Your studio, Ink Studio, can help")
        app.check_screen("journal-studio", focus=".advice .studio")
        assert app.opened() == [], f"nothing opens before a tap: {app.opened()}"
        app.click(".advice .studio button", "Call +44 20 7946 0000")
        app.wait_until(lambda: app.opened() == ["tel:+442079460000"], "the dialler gets the studio's number")
        app.click(".advice .studio button", "Open the studio's website")
        app.wait_until(lambda: app.opened()[-1:] == ["https://ink.example/aftercare"], "the browser gets the studio's page")
        # The same advice, as the journal shows it again, in the dark theme.
        app.stop()
        app.dark = True
        app.start()
        app.go("journal")
        app.wait_for(".advice .studio", "Your studio, Ink Studio, can help")
        app.check_screen("journal-studio", focus=".advice .studio")
        yield "a red flag shows the studio; its phone and website open (xdg-open) only when tapped"
        assert app.errors() == [], f"JavaScript errors: {app.errors()}"
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)

    yield from journal(binary, shots, clock, cli)
    yield from touch_up(binary, shots, clock)
    yield from midnight(binary, shots, clock)
    yield from start_while_quitting(binary, shots, clock)
    yield from languages(binary, shots, clock)
    yield "no JavaScript error during the run"


def journal(binary, shots, clock, cli):
    """A fresh client in Sydney a week after their session, on a machine set to Sydney time, in
    the dark theme: Sydney's date and day, as the command line says too, the sun, the check-in,
    photos."""
    zone_name = "Australia/Sydney"
    home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    app = App(binary, home, shots, zone=zone_name, clock=clock, dark=True)
    today = app.today()
    day = lambda n: (today - datetime.timedelta(days=7 - n)).isoformat()
    try:
        app.start()
        assert app.value("input[name=first-zone]") == zone_name, "the session's zone is the machine's (TZ)"
        app.fill("input[name=first-date]", day(0))
        app.click("button[type=submit]", "Start my aftercare")
        app.wait_for("h1", "Session 1 · day 7")
        shown_date = app.shown_date()
        # As CLDR writes a long date in British English, the language the suite runs in.
        assert shown_date == f"{today:%A}, {today.day} {today:%B %Y}", f"Today is Sydney's date: {shown_date}"
        if cli:
            database = home / "data" / "org.smpaftercare.app" / "aftercare.db"
            said = json.loads(subprocess.run([cli, "--db", str(database), "today", "--json"], env=app.environment(), capture_output=True, check=True, text=True).stdout)
            assert (said["date"], said["day"]) == (today.isoformat(), 7), f"the command line counts the same day: {said}"
            # A week of check-ins, answered from the command line into the app's database.
            answers = [("moderate", "moderate", "none", "smooth", 5), ("mild", "moderate", "mild", "smooth", 4), ("mild", "mild", "mild", "flaking", 3),
                       ("mild", "none", "moderate", "flaking", 2), ("none", "none", "mild", "scabbing", 2), ("none", "none", "mild", "scabbing", 1)]
            for n, (redness, swelling, itching, surface, pain) in enumerate(answers):
                subprocess.run([cli, "--db", str(database), "journal", "check-in", "--date", day(n), "--redness", redness, "--swelling", swelling,
                                "--itching", itching, "--surface", surface, "--pain", str(pain)], env=app.environment(), capture_output=True, check=True)
        yield "on a machine in Sydney, the app, its WebView and the command line count today in Sydney"
        sun = app.wait_for(".card.sun", "clear-sky estimate")
        assert "Sun today in Sydney" in app.driver.execute_script("return arguments[0].textContent", sun), "the sun over the zone's city"

        # The client picks the city they live in for the sun.
        app.go("settings")
        place = app.wait_for("fieldset", "Where you are, for the sun")
        mode = place.find_element(By.TAG_NAME, "select")
        app.driver.execute_script("arguments[0].value = 'city'; arguments[0].dispatchEvent(new Event('change'))", mode)
        app.wait_for("datalist option[value='Melbourne']")
        app.fill("input[list]", "Melbourne", within=place)
        app.click("button[type=submit]", "Save settings")
        app.check_toast("Settings saved")
        app.go("today")
        sun = app.wait_for(".card.sun", "clear-sky estimate")
        said = app.driver.execute_script("return arguments[0].textContent", sun)
        assert "Sun today in Melbourne" in said and ("UV 3 or more from" in said or "stays below 3" in said), said
        app.check_screen("today-sun")
        yield "a city chosen for the sun: Today shows its UV, as a clear-sky estimate"

        # Still healing on day 7: shaving waits a day, and the reminders follow.
        app.click("button", "Still healing? Wait a day")
        app.wait_for("#toast", "Pushed back a day")
        app.wait_for(".waiting", "1 day later")
        app.click(".waiting button", "Undo")
        app.wait_for("#toast", "Back to your protocol")
        yield "a healing step pushed back a day, with an undo"
        app.click("button", "Still healing? Wait a day")
        app.wait_for(".waiting", "1 day later")
        course = app.wait_for(".course", "Keep your scalp out of the sun: 23 days left")
        assert "Don't sweat: last day (pushed back one day)" in course.text, course.text
        app.check_screen("today-course", focus=".course")
        yield "Today draws the healing course: 23 days left without sun, the last without sweating as workouts are pushed back a day"

        app.go("journal")
        app.wait_for("h2", "How is your scalp today?")
        app.check_screen("journal")
        if cli:
            chart = app.wait_for("svg.chart")
            drawn = app.driver.execute_script(
                "return [...arguments[0].querySelectorAll('path.point.pain')].map(p => [p.dataset.date, p.transform.baseVal[0].matrix.f])", chart)
            assert [d for d, _ in drawn] == [day(n) for n in range(6)], f"one pain point per answered day: {drawn}"
            heights = [y for _, y in drawn]
            assert heights == sorted(heights), f"pain 5, 4, 3, 2, 2, 1 is drawn lower each day: {heights}"
            assert app.driver.execute_script("return document.querySelector('line.milestone.pushed') !== null"), "workouts, pushed back, are marked"
            app.check_screen("journal-chart", focus="svg.chart")
            # A tap on day 2 of the chart opens that day.
            app.driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                                      app.driver.find_element(By.CSS_SELECTOR, f"svg.chart rect.hit[data-date='{day(2)}']"))
            dialog = app.wait_for("dialog.day[open]", "Session 1 · day 2")
            assert "Redness mild" in dialog.text and "No photo of this day." in dialog.text, dialog.text
            app.check_screen("journal-day", focus="dialog.day")
            app.click("dialog.day button", "Close")
            app.wait_until(lambda: not app.driver.find_elements(By.CSS_SELECTOR, "dialog.day"), "the day closes")
            rows = app.driver.find_elements(By.CSS_SELECTOR, "table.answers tbody tr")
            assert len(rows) == 6 and rows[0].text.startswith("Day 5"), f"the table, newest first: {[r.text for r in rows]}"
            yield "the chart draws a point a day at its height, marks the step pushed back, opens a day on a tap; the table gives the same answers"
        fever = app.driver.find_element(By.CSS_SELECTOR, "input[name=fever]")
        app.press(fever)
        app.click("button[type=submit]", "Save check-in")
        advice = app.wait_for(".advice[role=alert]", "Contact a doctor today")
        assert "Fever or chills" in advice.text, advice.text
        app.go("today")
        app.wait_for(".advice.doctor", "Contact a doctor today")
        app.go("journal")
        app.wait_for("h2", "Photos")
        yield "a check-in with fever shows the red-flag advice, on Today too"

        photo = (ROOT / "tests" / "fixtures" / "photos" / "located.jpg").read_bytes()
        for n in (2, 6):
            app.fill("input[type=date]", day(n), within=app.driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=photos]"))
            app.choose_file("section[aria-labelledby=photos] input[type=file]:not([capture])", photo, "scalp.jpg", "image/jpeg")
            app.wait_for("#toast", "Photo added")
            app.wait_for(f".side-by-side figcaption", f"Day {n}")
        figures = app.driver.find_elements(By.CSS_SELECTOR, ".side-by-side figure")
        captions = [f.find_element(By.TAG_NAME, "figcaption").text for f in figures]
        assert len(figures) == 2 and captions[0].startswith("Day 2") and captions[1].startswith("Day 6"), captions
        WebDriverWait(app.driver, 10).until(
            lambda d: d.execute_script("return [...document.querySelectorAll('.side-by-side img')].every(i => i.complete && i.naturalWidth > 0)")
        )
        left, right = (f.rect for f in figures)
        assert abs(left["y"] - right["y"]) < 2 and right["x"] > left["x"], f"side by side: {left} {right}"
        app.check_screen("journal-photos")
        app.driver.execute_script("document.querySelector('.side-by-side').scrollIntoView({block: 'center'})")
        time.sleep(0.3)
        app.driver.save_screenshot(str(shots / "journal-side-by-side-phone.png"))
        yield "photos added for day 2 and day 6 show side by side"
        thumbs = app.driver.find_elements(By.CSS_SELECTOR, ".strip .thumb")
        assert [t.text for t in thumbs] == ["Day 2", "Day 6"], f"the strip, in day order: {[t.text for t in thumbs]}"
        mode = app.driver.find_element(By.XPATH, "//label[text()='Compare']/following-sibling::select")
        app.driver.execute_script("arguments[0].value = 'slider'; arguments[0].dispatchEvent(new Event('change'))", mode)
        app.fill(".compare input[type=range]", "80")
        clip = app.driver.execute_script("return document.querySelector('.slider img.over').style.clipPath")
        assert clip == "inset(0px 0px 0px 80%)" or clip == "inset(0 0 0 80%)", f"the slider uncovers day 6 from 80 %: {clip}"
        app.check_screen("journal-slider", focus=".slider")
        app.press(thumbs[1])
        app.wait_for("dialog.photo-full[open] h2", "Day 6")
        app.click("dialog.photo-full button", "Zoom in")
        app.wait_until(lambda: float(app.driver.execute_script("return document.querySelector('dialog.photo-full img').dataset.scale")) > 1, "the photo zooms in")
        app.check_screen("journal-photo-full", focus="dialog.photo-full")
        app.click("dialog.photo-full button", "Close")
        app.wait_until(lambda: not app.driver.find_elements(By.CSS_SELECTOR, "dialog.photo-full"), "the photo closes")
        yield "every photo in a strip by day; two days under a before/after slider; a photo full size, zoomed"

        # The report for the artist: the photo of day 6 ticked, seen first, then saved.
        app.go("share")
        app.wait_for(".report-preview .report h1", "Healing report")
        pick = app.wait_for(".choice", "Day 6")
        app.press(pick.find_element(By.TAG_NAME, "input"))
        app.wait_until(lambda: app.driver.execute_script(
            "const i = document.querySelector('.report-preview img'); return i !== null && i.complete && i.naturalWidth > 0"), "the ticked photo in the preview")
        assert "Day 6" in app.driver.find_element(By.CSS_SELECTOR, ".report-preview figcaption").text
        app.check_screen("share-report", focus=".report-preview")
        app.click("button", "Save the report")
        saved = pathlib.Path(app.wait_for("#toast", "Saved to ").text.removeprefix("Saved to "))
        page = saved.read_text()
        assert saved.suffix == ".html" and page.count("<img ") == 1 and "<script" not in page, f"one photo, no script: {saved}"
        yield "the report shows the ticked photo before it is saved, and the file holds it"

        # The same screens in the light theme.
        app.stop()
        app.dark = False
        app.start()
        app.wait_for(".course")
        app.check_screen("today-course", focus=".course")
        app.go("journal")
        app.wait_for("svg.chart")
        app.check_screen("journal-chart", focus="svg.chart")
        app.go("share")
        app.wait_for(".report-preview .report svg.chart")
        app.check_screen("share-report", focus=".report-preview svg.chart")
        assert app.errors() == [], f"JavaScript errors: {app.errors()}"
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)


def touch_up(binary, shots, clock):
    """A client on day 30, the photo check: the touch-up booked is added as the next session in
    one step, and Today counts down to it."""
    home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    app = App(binary, home, shots, clock=clock)
    today = app.today()
    try:
        app.start()
        app.fill("input[name=first-date]", (today - datetime.timedelta(days=30)).isoformat())
        app.click("button[type=submit]", "Start my aftercare")
        app.wait_for(".step", "Photo check")
        app.click(".touch-up summary", "Booked a touch-up?")
        booked = today + datetime.timedelta(days=14)
        app.wait_for(".touch-up input[name=touch-up-date]")
        # Opened, nothing typed yet, and the app back in front: Today is drawn anew, the form open.
        app.back_in_front(redrawing=".touch-up")
        app.wait_for(".touch-up[open] input[name=touch-up-date]")
        app.fill(".touch-up input[name=touch-up-date]", booked.isoformat())
        # Back from the calendar app where the date was looked up: the app reads what changed
        # meanwhile, and leaves the form being filled in as it is.
        app.back_in_front()
        time.sleep(1)
        assert app.value(".touch-up[open] input[name=touch-up-date]") == booked.isoformat(), "the date typed stays when the app is back in front"
        app.check_screen("today-touch-up", focus=".touch-up")
        app.click(".touch-up button[type=submit]", "Add the session")
        app.wait_for("#toast", "Session 2 added for")
        app.wait_for(".card", "Session 2: ")
        app.go("sessions")
        assert len(app.driver.find_elements(By.CSS_SELECTOR, "ol.sessions > li")) == 2, "the touch-up is the second session"
        assert app.errors() == [], f"JavaScript errors: {app.errors()}"
        yield "the touch-up check-in adds the next session in one step, its date kept while the app reads what changed; Today counts down to it"
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)


def midnight(binary, shots, clock):
    """A client in Sydney with the app open half a minute before midnight: at midnight Today
    turns to the next day by itself, without a tap."""
    zone = zoneinfo.ZoneInfo("Australia/Sydney")
    tomorrow = clock.today(zone.key) + datetime.timedelta(days=1)
    midnight_at = datetime.datetime.combine(tomorrow, datetime.time(), zone)
    home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    app = App(binary, home, shots, zone=zone.key, clock=Clock.reading(midnight_at - datetime.timedelta(seconds=30)))
    try:
        app.start()
        app.fill("input[name=first-date]", (tomorrow - datetime.timedelta(days=4)).isoformat())
        app.click("button[type=submit]", "Start my aftercare")
        app.wait_for("h1", "Session 1 · day 3")
        assert app.now() < midnight_at, f"the first run ended before midnight ({app.now()}): the rest would prove nothing"
        app.wait_for("h1", "Session 1 · day 4", timeout=60)
        shown_date = app.shown_date()
        assert shown_date.startswith(f"{tomorrow:%A}, {tomorrow.day} "), f"Today shows the new date: {shown_date}"
        assert app.errors() == [], f"JavaScript errors: {app.errors()}"
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)
    yield "with the app open across midnight, Today turns to the next day by itself"


def start_while_quitting(binary, shots, clock):
    """A start while the running app quits: it still holds the app's D-Bus name and never answers
    the hand-over (frozen here, then killed, as a Quit from the tray that the start overtook). The
    new start must open the app once the other has gone, not hand over to nobody."""
    quitting_home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    quitting = App(binary, quitting_home, shots, clock=clock)
    with open(APP_LOG, "ab") as log:
        process = subprocess.Popen([binary], env=quitting.environment(), stdout=subprocess.DEVNULL, stderr=log)
    # The bus shows when the second start asks the frozen app (a guess at how long a start takes
    # to ask failed on a busy machine: the first was killed before it was asked).
    monitor = subprocess.Popen(
        ["dbus-monitor", "--session", "type=method_call,interface=org.SingleInstance.DBus,member=ExecuteCallback"],
        env=quitting.environment(), stdout=subprocess.PIPE, text=True,
    )
    home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    app = App(binary, home, shots, clock=clock)
    try:
        quitting.wait_until(lambda: owns_single_instance(quitting.environment()), "the first app holds its D-Bus name", timeout=60)
        seen = []
        for line in monitor.stdout:
            if "member=NameLost" in line:  # the bus made it a monitor: from now on it sees every call
                break
        process.send_signal(signal.SIGSTOP)

        def kill_once_asked():
            for line in monitor.stdout:
                if "member=ExecuteCallback" in line:
                    seen.append(line)
                    break
            process.kill()

        killer = threading.Thread(target=kill_once_asked)
        killer.start()
        app.start()
        killer.join()
        assert seen, "the second start asked the frozen app to open instead"
        app.wait_for("h1", "Your SMP aftercare")
        assert process.poll() is not None, "the first app was gone when the second opened"
        [started] = [pid for pid in processes_of(binary) if pid != process.pid]
        environment = pathlib.Path(f"/proc/{started}/environ").read_bytes().split(b"\0")
        assert b"SMP_AFTERCARE_STARTED_AGAIN=1" in environment, "the start that met the unanswered hand-over started again, once"
        assert app.errors() == [], f"JavaScript errors: {app.errors()}"
    finally:
        monitor.kill()
        monitor.wait()
        process.kill()
        process.wait()
        app.stop()
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(quitting_home, ignore_errors=True)
    yield "a start while the app quits (its D-Bus name still held, the hand-over unanswered) opens the app"


def owns_single_instance(environment):
    """Whether an app holds the name its later starts hand over to (tauri-plugin-single-instance's:
    the identifier and `.SingleInstance`) on the session bus."""
    asked = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/", "org.freedesktop.DBus.NameHasOwner", "string:org.smpaftercare.app.SingleInstance"],
        env=environment, capture_output=True, text=True, check=True,
    )
    return "boolean true" in asked.stdout


def describe(binary):
    """What each of the app's processes and their WebKit processes is doing (threads, and their
    stacks when gdb is there): a run stopped by a hang says why."""
    try:
        running = processes_of(binary)
        if not running:
            print("the app was not running", file=sys.stderr)
        for pid in running + [child for app in running for child in children_of(app)]:
            name = pathlib.Path(f"/proc/{pid}/comm").read_text().strip()
            if shutil.which("gdb"):
                subprocess.run(["gdb", "-batch", "-p", str(pid), "-ex", "thread apply all bt 25"], stdout=sys.stderr, stderr=subprocess.STDOUT, timeout=120, check=False)
            print(f"process {pid} ({name}), thread by thread (name, state, waiting in):", file=sys.stderr)
            for task in sorted(pathlib.Path(f"/proc/{pid}/task").iterdir(), key=lambda task: int(task.name)):
                state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
                print(f"  {(task / 'comm').read_text().strip()} {state} {(task / 'wchan').read_text()}", file=sys.stderr)
    except (OSError, subprocess.SubprocessError) as error:
        # The app ending meanwhile, or gdb stuck: the failure being reported matters more.
        print(f"the app could not be described: {error}", file=sys.stderr)


def children_of(pid):
    """The processes under `pid`, at any depth (the app's WebKit web and network processes)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        under = processes(lambda entry: f"\nPPid:\t{parent}\n" in (entry / "status").read_text())
        found += under
        todo += under
    return found


def report_stop(error):
    """For a run that stopped, last on the output: its app's last words and where in this file."""
    traceback.print_exception(error)
    lines = APP_LOG.read_text(errors="replace").splitlines() if APP_LOG.exists() else []
    print("the app's last words (stderr):", *lines[-40:], sep="\n", file=sys.stderr)
    here = [frame for frame in traceback.extract_tb(error.__traceback__) if pathlib.Path(frame.filename).resolve() == HERE / "run.py"]
    print("the run stopped at:", *(f"  line {frame.lineno} in {frame.name}: {frame.line}" for frame in here), sep="\n", file=sys.stderr)
    print(f"{type(error).__name__}: {error}"[:2000], file=sys.stderr)


def catalog(language):
    """The catalog's plain messages (no variable, one line): id -> text."""
    texts = {}
    for path in sorted((ROOT / "crates" / "aftercare-core" / "locales" / language).glob("*.ftl")):
        for line in path.read_text().splitlines():
            name, sep, value = line.partition(" = ")
            if sep and name.replace("-", "").isalnum() and value and "{" not in value:
                texts[name] = value.strip()
    return texts


def english_left(app, language):
    """Lines of the page that are English where the catalog has another text for them."""
    english, own = catalog("en"), catalog(language)
    bypassing = {text for id, text in english.items() if own.get(id) not in (None, text) and len(text) > 3}
    lines = [line.strip() for line in app.text().splitlines() if line.strip()]
    return [line for line in lines if line in bypassing or any(len(t) > 15 and t in line for t in bypassing)]


def wider_than_the_screen(app):
    """Elements that reach past the viewport's right edge (a page that scrolls sideways)."""
    return app.driver.execute_script(
        "const width = document.documentElement.clientWidth;"
        "return [...document.querySelectorAll('body *')]"
        ".filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 1)"
        ".map(e => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px): ${e.textContent.trim().slice(0, 40)}`)"
    )


SCREENS = ["today", "timeline", "journal", "sessions", "share", "artist", "settings"]


def check_language(app, name, language):
    """Every screen at phone and desktop size, then at 200 % text on the phone: nothing in English
    that the language has its own words for, nothing wider than the screen, screenshots."""
    for screen in ["welcome"] if name == "welcome" else SCREENS:
        if screen != "welcome":
            app.go(screen)
        app.check_screen(f"{screen}-{language}")
        for size, (width, height) in SIZES.items():
            app.driver.set_window_size(width, height)
            time.sleep(0.2)
            left = english_left(app, language) if language != "pseudo" else []
            assert not left, f"{screen} in {language} at {size}: English left {left}"
            wide = wider_than_the_screen(app)
            assert not wide, f"{screen} in {language} at {size}: wider than the screen {wide}"
        # The system's text at 200 %: the stylesheet sizes everything from the root's size.
        app.driver.set_window_size(*SIZES["phone"])
        app.driver.execute_script("document.documentElement.style.fontSize = '200%'; window.scrollTo(0, 0)")
        time.sleep(0.3)
        app.driver.save_screenshot(str(app.shots / f"{screen}-{language}-phone-200.png"))
        wide = wider_than_the_screen(app)
        assert not wide, f"{screen} in {language} at 200 % text: wider than the screen {wide}"
        app.driver.execute_script("document.documentElement.style.fontSize = ''")


PSEUDO = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîöûÀÉÎÖÛçñšýÇÑŠÝ")
MESSAGE = re.compile(r"^([a-z][a-z0-9-]* = )(.*\S)$")
VARIANT = re.compile(r"^(\s+\*?\[[^\]]+\] )(.*\S)$")


def pseudo_text(text):
    """Text accented outside its placeables, 40 % longer, ending in a right-to-left word."""
    out, depth = [], 0
    for ch in text:
        depth += ch == "{"
        out.append(ch if depth else ch.translate(PSEUDO))
        depth -= ch == "}"
    return f"⟦{''.join(out)} ·{'~' * max(1, len(text) * 2 // 5)} \u05e9\u05dc\u05d5\u05dd⟧"


def pseudo(source):
    """The English catalog made longer and accented, with a right-to-left run in each text: what
    a translation may do to the layout, where no English is left to read."""
    out = []
    for line in source.splitlines():
        match = MESSAGE.match(line) or VARIANT.match(line)
        if match and not match.group(2).endswith("->"):
            line = match.group(1) + pseudo_text(match.group(2))
        out.append(line)
    return "\n".join(out)


def languages(binary, shots, clock):
    """A client whose phone speaks Spanish (Spain): the app speaks Spanish from the first screen,
    with Spain's dates; then the same screens in a pseudo-language, longer and accented."""
    home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    app = App(binary, home, shots, zone="Europe/Madrid", clock=clock, lang="es_ES.UTF-8")
    today = app.today()
    try:
        app.start()
        lang = app.driver.execute_script("return document.documentElement.lang")
        assert lang == "es-ES", f"the page says it is in Spain's Spanish: {lang}"
        app.wait_for("h1", catalog("es")["welcome-title"])
        check_language(app, "welcome", "es")
        app.fill("input[name=first-date]", (today - datetime.timedelta(days=2)).isoformat())
        app.click("button[type=submit]")
        app.wait_for("h1", "Sesión 1 · día 2")
        check_language(app, "today", "es")
        yield "a phone in Spanish: every screen in Spanish, at phone and desktop size and at 200 % text, none wider than the screen"

        # The pseudo-language, handed to the page's own i18n module as the app hands a locale over.
        locale = app.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "window.__TAURI_INTERNALS__.invoke('locale').then(done, (e) => done(String(e)));"
        )
        english = ROOT / "crates" / "aftercare-core" / "locales" / "en"
        source = pseudo("\n".join(path.read_text() for path in sorted(english.glob("*.ftl"))))
        locale["tag"] = "en-XA"
        # Parsed as the app hands a catalog over: what @fluent/bundle's FluentResource holds.
        app.driver.execute_async_script(
            "const [locale, source, done] = arguments;"
            "locale.catalog = new globalThis.FluentBundle.FluentResource(source).body;"
            "window.__aftercareModule('js/i18n.js').useLocale(locale); location.hash = '#timeline'; done();",
            locale,
            source,
        )
        app.wait_for("body[data-screen='timeline']")
        check_language(app, "today", "pseudo")
        yield "a pseudo-language 40 % longer, accented, with a right-to-left run: no screen wider than the phone, at 200 % text too"
        assert app.errors() == [], f"JavaScript errors: {app.errors()}"
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)
    yield from turkish(binary, shots, clock)


def turkish(binary, shots, clock):
    """A phone in Turkish: headings the stylesheet sets in capitals keep Turkish's dotted capital
    İ (the page says it is Turkish, so the WebView capitalises as Turkish does)."""
    home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-e2e-"))
    app = App(binary, home, shots, zone="Europe/Istanbul", clock=clock, lang="tr_TR.UTF-8")
    try:
        app.start()
        app.fill("input[name=first-date]", (app.today() - datetime.timedelta(days=2)).isoformat())
        app.click("button[type=submit]")
        app.wait_for("h1", "1. seans · 2. gün")
        capitals = app.driver.execute_script(
            "return [...document.querySelectorAll('main *')]"
            ".filter(e => getComputedStyle(e).textTransform === 'uppercase' && e.textContent.trim())"
            ".map(e => [e.textContent.trim(), e.innerText.trim()])"
        )
        dotted = [(text, shown) for text, shown in capitals if "i" in text]
        assert dotted, f"a capitalised heading with an i to check: {capitals}"
        for text, shown in dotted:
            assert shown == turkish_upper(text), f"Turkish capitals: {text!r} shows as {shown!r}"
        app.driver.save_screenshot(str(shots / "today-tr-phone.png"))
        assert app.errors() == [], f"JavaScript errors: {app.errors()}"
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)
    yield "a phone in Turkish: capitalised headings write i as İ and ı as I"


def turkish_upper(text):
    """Turkish capitals: i becomes İ, ı becomes I; the rest as everywhere."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def make_artist_protocol(app):
    """Artist mode: the default with washing from day 5, from a studio. Returns its code and link."""
    app.go("artist")
    wash = app.wait_for("fieldset[data-rule=wash-ok]")
    app.fill("input[type=number]", "5", within=wash)
    studio = app.driver.find_element(By.XPATH, "//label[text()='Studio or artist name']/following-sibling::input")
    app.fill("#" + studio.get_attribute("id"), "Ink Studio")
    for label, value in (("Phone (optional)", "+44 20 7946 0000"), ("Website (optional)", "https://ink.example/aftercare")):
        field = app.driver.find_element(By.XPATH, f"//label[text()='{label}']/following-sibling::input")
        app.fill("#" + field.get_attribute("id"), value)
    app.click("button[type=submit]", "Make the QR code and link")
    qr = app.wait_for("img.qr")
    app.check_screen("artist")
    app.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", qr)
    app.driver.save_screenshot(str(app.shots / "artist-code-phone.png"))
    code = app.value("textarea.code")
    link = app.value("input.code")
    assert code.startswith("SMPA3-") and link == f"smp-aftercare://protocol/{code}", (code, link)
    svg = base64.b64decode(qr.get_attribute("src").split(",", 1)[1])
    png = app.home / "qr.png"
    subprocess.run(["rsvg-convert", "-w", "600", "-o", str(png)], input=svg, check=True)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, check=True).stdout
    assert decoded.decode().strip() == link, f"the QR code decodes to the link: {decoded!r}"
    return code, link


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", nargs="?", type=pathlib.Path, default=ROOT / "target" / "debug" / "smp-aftercare")
    parser.add_argument("--at", type=datetime.datetime.fromisoformat, help="the instant the app's clock reads as the run begins (RFC 3339)")
    parser.add_argument("--cli", type=pathlib.Path, help="the aftercare command line, to compare its day with the app's")
    args = parser.parse_args()
    if not LIBFAKETIME.exists():
        sys.exit(f"{LIBFAKETIME} is missing: apt-get install faketime")
    shots = ROOT / "target" / "e2e-screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    cli = args.cli.resolve() if args.cli else None
    APP_LOG.unlink(missing_ok=True)
    # A WebDriver call to an app that is gone would wait for ever: two minutes is ten times the
    # slowest call (axe-core over a long screen in a debug build).
    RemoteConnection.set_timeout(120)
    # `./test`'s time limit ends a run with SIGTERM: stopped as by a failure, it says where and why.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped from outside: the run's time limit"))
    for attempt in (1, 2):
        clock = Clock() if args.at is None else Clock.reading(args.at)
        print(f"the app's clock: {clock.now():%Y-%m-%d %H:%M:%S} UTC")
        try:
            for step in run(args.app.resolve(), shots, clock, cli):
                print(f"ok: {step}", flush=True)
            break
        except ReadTimeoutError as error:
            report_stop(error)
            if attempt == 2:
                sys.exit(1)
            # A WebDriver call that got no answer while the app itself sat idle in its main loop
            # (seen in CI: WebKit's side of the automation, not the app, stopped answering).
            # What the app was doing is above; a second hang fails the run.
            print("\nA WebDriver call got no answer (above): the run starts again, once.\n", file=sys.stderr, flush=True)
        except BaseException as error:
            report_stop(error)
            sys.exit(1)
    print(f"screenshots: {shots}")


if __name__ == "__main__":
    main()

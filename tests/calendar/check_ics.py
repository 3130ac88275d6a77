#!/usr/bin/env python3
"""The calendar export, checked by programs that are not ours.

`aftercare export ics` over a stored treatment of three sessions is read by Python's icalendar
library, then handed to a real CalDAV server (Radicale, started here on 127.0.0.1) the way a
calendar keeps events: one resource per UID. The events read back match the reminders (`plan
--json`) and the upcoming sessions in count, times and texts; every line is CRLF-terminated and
folded at 75 octets; a second export of the same data changes nothing on the server, and after the
reminder time changes a third export updates the same events instead of adding new ones.

Usage: check_ics.py path/to/aftercare   (the system Python, with python3-icalendar and
python3-radicale from Debian)
"""

import base64
import datetime
import hashlib
import json
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request
import zoneinfo
from xml.etree import ElementTree

import icalendar

CLI = pathlib.Path(sys.argv.pop(1) if len(sys.argv) > 1 else "target/debug/aftercare").resolve()
AUTH = "Basic " + base64.b64encode(b"client:secret").decode()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """A client's database, through the CLI."""

    def __init__(self, home):
        self.db = home / "aftercare.db"

    def run(self, *args):
        """What the command printed, as bytes: line ends are part of what is checked."""
        return subprocess.run([CLI, "--db", self.db, *args], check=True, capture_output=True, env={"TZ": "Europe/London"}).stdout


class CalDav:
    """A Radicale server on loopback, and the requests a calendar makes to it."""

    def __init__(self, home):
        self.port = free_port()
        self.server = subprocess.Popen(
            [
                "/usr/bin/python3",
                "-m",
                "radicale",
                "--server-hosts",
                f"127.0.0.1:{self.port}",
                "--auth-type",
                "none",
                "--storage-filesystem-folder",
                str(home / "collections"),
                "--logging-level",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.base = f"http://127.0.0.1:{self.port}/client/aftercare/"
        deadline = time.time() + 20
        while True:
            try:
                self.request("PROPFIND", f"http://127.0.0.1:{self.port}/", headers={"Depth": "0"})
                break
            except (urllib.error.URLError, ConnectionError):
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        body = (
            '<?xml version="1.0"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            "<D:set><D:prop><D:displayname>SMP aftercare</D:displayname></D:prop></D:set></C:mkcalendar>"
        )
        self.request("MKCALENDAR", self.base, body.encode())

    def stop(self):
        self.server.terminate()
        self.server.wait(10)

    def request(self, method, url, data=None, headers=None):
        request = urllib.request.Request(url, data=data, method=method, headers={"Authorization": AUTH, **(headers or {})})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()

    def upload(self, ics):
        """Keeps each event as its own resource, named by its UID: what a calendar does on import."""
        calendar = icalendar.Calendar.from_ical(ics)
        for event in calendar.walk("VEVENT"):
            one = icalendar.Calendar()
            for name in ("VERSION", "PRODID"):
                one.add(name, calendar[name])
            one.add_component(event)
            href = hashlib.sha1(str(event["UID"]).encode()).hexdigest() + ".ics"
            status, _ = self.request("PUT", self.base + href, one.to_ical(), {"Content-Type": "text/calendar"})
            assert status in (201, 204), f"the server stores {event['UID']}: {status}"

    def events(self):
        """Every event the server holds, read back."""
        body = (
            '<?xml version="1.0"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            "<D:prop><C:calendar-data/></D:prop>"
            '<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>'
            "</C:calendar-query>"
        )
        _, xml = self.request("REPORT", self.base, body.encode(), {"Depth": "1", "Content-Type": "application/xml"})
        found = {}
        for data in ElementTree.fromstring(xml).iter("{urn:ietf:params:xml:ns:caldav}calendar-data"):
            for event in icalendar.Calendar.from_ical(data.text).walk("VEVENT"):
                found[str(event["UID"])] = event
        return found


def utc(value):
    return value.astimezone(datetime.timezone.utc)


class CalendarExport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.home = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-ics-"))
        cls.client = Client(cls.home)
        # Today where the sessions are (and the command line counts), not the machine's.
        today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/London")).date()
        # The first session a week ago, two to come: 3 and 7 weeks on.
        for offset in (-7, 21, 49):
            cls.client.run("session", "add", f"{today + datetime.timedelta(days=offset)}T10:00", "--tz", "Europe/London")
        cls.server = CalDav(cls.home)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.home, ignore_errors=True)

    def export(self):
        return self.client.run("export", "ics")

    def reminders(self):
        return {f"{r['key']}@smpaftercare.org": r for r in json.loads(self.client.run("plan", "--json"))}

    def test_an_independent_parser_reads_every_reminder_and_upcoming_session(self):
        ics = self.export()
        self.assertTrue(ics.endswith(b"\r\n"), "CRLF line ends")
        for line in ics.split(b"\r\n"):
            self.assertLessEqual(len(line), 75, f"folded at 75 octets: {line!r}")
            self.assertNotIn(b"\n", line, "no bare line feed")
        events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
        reminders = self.reminders()
        sessions = {uid for uid in events if uid.startswith("session-")}
        self.assertEqual(sessions, {"session-2@smpaftercare.org", "session-3@smpaftercare.org"}, "the upcoming sessions")
        self.assertEqual(len(events), len(reminders) + len(sessions), "one event per reminder and upcoming session")
        for uid, reminder in reminders.items():
            event = events[uid]
            self.assertEqual(utc(event["DTSTART"].dt), datetime.datetime.fromisoformat(reminder["at"]), uid)
            self.assertEqual(str(event["SUMMARY"]), reminder["title"], uid)
            self.assertEqual(str(event["DESCRIPTION"]), reminder["body"], uid)
            alarms = event.walk("VALARM")
            self.assertEqual(len(alarms), 1, f"{uid}: an alarm")
            self.assertEqual(event.walk("VALARM")[0]["TRIGGER"].dt, datetime.timedelta(0), f"{uid}: at its time")

    def test_a_caldav_server_holds_the_same_events_and_a_new_export_updates_them(self):
        first = self.export()
        self.server.upload(first)
        held = self.server.events()
        reminders = self.reminders()
        self.assertEqual(len(held), len(reminders) + 2, "every reminder and the two upcoming sessions")
        for uid, reminder in reminders.items():
            self.assertEqual(utc(held[uid]["DTSTART"].dt), datetime.datetime.fromisoformat(reminder["at"]), uid)
            self.assertEqual(str(held[uid]["SUMMARY"]), reminder["title"], uid)
            self.assertEqual(str(held[uid]["DESCRIPTION"]), reminder["body"], uid)

        self.server.upload(self.export())
        self.assertEqual(set(self.server.events()), set(held), "the same data again: the same events, none added")

        self.client.run("settings", "--reminder-time", "08:30")
        moved = self.reminders()
        self.assertEqual(set(moved), set(reminders), "a new time keeps every reminder's identity")
        self.server.upload(self.export())
        updated = self.server.events()
        self.assertEqual(set(updated), set(held), "updated, not duplicated")
        changed = [uid for uid, r in moved.items() if utc(updated[uid]["DTSTART"].dt) != utc(held[uid]["DTSTART"].dt)]
        self.assertTrue(changed, "the events moved to the new time")
        for uid in changed:
            self.assertEqual(utc(updated[uid]["DTSTART"].dt), datetime.datetime.fromisoformat(moved[uid]["at"]), uid)


if __name__ == "__main__":
    unittest.main(verbosity=2)

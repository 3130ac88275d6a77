#!/usr/bin/env python3
"""The artist's report, opened in a browser that is not ours: Debian's Chromium, headless.

A treatment is built with the command line: a protocol whose name, studio and a rule title carry a
script tag and an image from a local server; check-ins over ten days; two
photos; a hostile note with a 300-letter word, and a private note. `aftercare report` writes the page with one photo and
the hostile note ticked. Chromium then opens it at 360 px and at desktop width, in light and
dark: the page renders (screenshots in target/report-screenshots, to look at), its images decode,
its chart has a point per answered day, the hostile texts read as text, nothing is wider than the
phone, and it makes no network request: neither Chromium's own network log nor a server listening
on the address the hostile texts name sees one. A control page that does load an image from that
server shows both watchers see a request when there is one. Nothing unticked is in the file.

Usage: check_report.py path/to/aftercare   (the system Python, with python3-selenium, chromium
and chromium-driver from Debian)
"""

import base64
import datetime
import http.server
import json
import pathlib
import subprocess
import sys
import tempfile
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
CLI = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/debug/aftercare").resolve()
SHOTS = ROOT / "target" / "report-screenshots"
PHOTOS = ROOT / "tests" / "fixtures" / "photos"
SIZES = {"phone": (360, 800), "desktop": (1280, 900)}
LONG_WORD = "W" * 300


class Watcher(http.server.BaseHTTPRequestHandler):
    """Records every request the browser makes to it."""

    seen = []

    def do_GET(self):
        Watcher.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
        ))

    def log_message(self, *args):
        pass


def aftercare(db, *args):
    result = subprocess.run(
        [str(CLI), "--db", str(db), "--lang", "en-GB", *args],
        capture_output=True, text=True, env={"TZ": "UTC", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, f"aftercare {' '.join(args)}: {result.stderr}"
    return result.stdout


def hostile(port, what):
    """A text that would run a script and load an image if it were read as HTML (short enough
    for a protocol's name; a note also carries a very long word)."""
    return f'{what} <script>alert(1)</script><img src="http://127.0.0.1:{port}/{what[0]}">'


def build_report(folder, port):
    """The report file, and what must and must not be in it."""
    db = folder / "aftercare.db"
    seed = (ROOT / "crates" / "aftercare-core" / "protocols" / "seed.toml").read_text()
    protocol = seed.replace('name = "SMP Aftercare default"', f"name = {json.dumps(hostile(port, 'protocol'))}", 1)
    protocol = protocol.replace(
        "# How long after its time",
        f'[studio]\nname = {json.dumps(hostile(port, "studio"))}\nwebsite = "https://ink.example/aftercare"\n\n# How long after its time',
        1,
    )
    protocol = protocol.replace('title = "You may wash your scalp again"', f"title = {json.dumps(hostile(port, 'rule'))}", 1)
    assert protocol.count("<script>") == 3, "the protocol carries the hostile texts"
    (folder / "hostile.toml").write_text(protocol)
    aftercare(db, "protocol", "use", str(folder / "hostile.toml"))
    today = datetime.datetime.now(datetime.timezone.utc).date()
    start = today - datetime.timedelta(days=10)
    aftercare(db, "session", "add", f"{start}T10:00")
    answered = 0
    for day, (redness, swelling, pain) in enumerate([("moderate", "moderate", 5), ("mild", "moderate", 4), ("mild", "mild", 3), ("mild", "none", 2), ("none", "none", 2), ("none", "none", 1), ("none", "none", 1), ("none", "none", 0)]):
        date = start + datetime.timedelta(days=day)
        aftercare(db, "journal", "check-in", "--date", str(date), "--redness", redness, "--swelling", swelling, "--pain", str(pain))
        answered += 1
    aftercare(db, "journal", "photo", "add", str(PHOTOS / "located.jpg"), "--date", str(start + datetime.timedelta(days=2)))
    aftercare(db, "journal", "photo", "add", str(PHOTOS / "located.png"), "--date", str(start + datetime.timedelta(days=5)))
    aftercare(db, "journal", "add", f"{hostile(port, 'note')} {LONG_WORD}", "--date", str(start + datetime.timedelta(days=1)))
    aftercare(db, "journal", "add", "PRIVATE-NOTE-NOT-TICKED", "--date", str(start + datetime.timedelta(days=3)))
    page = folder / "report.html"
    aftercare(db, "report", "-o", str(page), "--photo", "1", "--note", "1")
    kept = {}
    for number in (1, 2):
        out = folder / f"photo-{number}"
        aftercare(db, "journal", "photo", "save", str(number), str(out))
        kept[number] = base64.b64encode(out.read_bytes()).decode()
    return page, answered, kept


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def requests(driver):
    """The URLs the page asked the network for, from Chromium's own log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def outside(urls, page):
    return [u for u in urls if not u.startswith("data:") and u != page.as_uri()]


def main():
    SHOTS.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Watcher)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    checked = []
    with tempfile.TemporaryDirectory(prefix="aftercare-report-") as temp:
        folder = pathlib.Path(temp)
        page, answered, kept = build_report(folder, port)
        html = page.read_text()
        assert "PRIVATE-NOTE-NOT-TICKED" not in html, "a note not ticked stays out of the file"
        assert kept[1] in html, "the ticked photo is embedded, byte for byte"
        assert kept[2] not in html, "the photo not ticked stays out of the file"
        checked.append("the file holds the ticked photo and note, and nothing unticked")

        control = folder / "control.html"
        control.write_text(f'<!DOCTYPE html><img src="http://127.0.0.1:{port}/control.png" alt="">')
        driver = browser()
        try:
            driver.get(control.as_uri())
            driver.execute_script("return document.images[0].decode()")
            assert f"http://127.0.0.1:{port}/control.png" in outside(requests(driver), control), "the network log sees a page's request"
            assert Watcher.seen == ["/control.png"], f"and so does the server: {Watcher.seen}"
            Watcher.seen.clear()
            checked.append("control: a page that loads an image is seen by both the network log and the server")

            for dark in (False, True):
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
                for size, (width, height) in SIZES.items():
                    driver.set_window_size(width, height)
                    driver.get(page.as_uri())
                    decoded = driver.execute_async_script(
                        "const done = arguments[arguments.length - 1];"
                        "Promise.all([...document.images].map(i => i.decode().then(() => i.naturalWidth > 0, () => false))).then(done);"
                    )
                    assert decoded == [True], f"the one photo decodes: {decoded}"
                    points = driver.execute_script("return document.querySelectorAll('svg.chart path.point.pain').length")
                    assert points == answered, f"the chart has one pain point per answered day: {points} of {answered}"
                    assert driver.execute_script("return document.scripts.length") == 0, "no script runs or exists"
                    text = driver.execute_script("return document.body.innerText")
                    for what in ("protocol", "studio", "rule", "note"):
                        assert hostile(port, what) in text, f"the hostile {what} reads as text"
                    wide = driver.execute_script("return document.documentElement.scrollWidth")
                    assert wide <= width, f"at {size}, nothing is wider than the window ({wide} px > {width}), the long word included"
                    theme = "dark" if dark else "light"
                    driver.save_screenshot(str(SHOTS / f"report-{size}-{theme}.png"))
                    driver.execute_script("document.querySelector('svg.chart').scrollIntoView()")
                    driver.save_screenshot(str(SHOTS / f"report-chart-{size}-{theme}.png"))
                    asked = outside(requests(driver), page)
                    assert asked == [], f"the report asked the network for {asked}"
            assert Watcher.seen == [], f"the server named in the hostile texts was asked for {Watcher.seen}"
            checked.append("in Chromium at 360 px and desktop width, light and dark: the page renders, its photo decodes, the chart has a point per answered day, hostile texts read as text, nothing overflows, no network request")
        finally:
            driver.quit()
            server.shutdown()
    for step in checked:
        print(f"ok: {step}")
    print(f"screenshots: {SHOTS}")


if __name__ == "__main__":
    main()

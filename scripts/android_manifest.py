#!/usr/bin/env python3
"""Adapts the AndroidManifest.xml that `cargo tauri android init` generates to SMP Aftercare.

- No INTERNET: the app never goes online; `tools:node="remove"` also strips it from what
  libraries would merge in.
- SCHEDULE_EXACT_ALARM: the app offers exact alarms as an option (the notification plugin does not
  declare it). POST_NOTIFICATIONS and RECEIVE_BOOT_COMPLETED come from the plugin's manifest.
- The database stays out of Android's backups (src-tauri/mobile/android/res/xml).
- A change of the system's font size reaches the app (TextSizePlugin) instead of recreating the
  activity, which would reload the page and lose what the client was typing.

Running it again changes nothing. Usage: android_manifest.py PATH
"""

import sys
import xml.etree.ElementTree as ET

ANDROID = "http://schemas.android.com/apk/res/android"
TOOLS = "http://schemas.android.com/tools"
ET.register_namespace("android", ANDROID)
ET.register_namespace("tools", TOOLS)


def attr(namespace, name):
    return f"{{{namespace}}}{name}"


def adapt(text):
    root = ET.fromstring(text, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
    permissions = {p.get(attr(ANDROID, "name")): p for p in root.findall("uses-permission")}
    internet = permissions.get("android.permission.INTERNET")
    if internet is None:
        internet = ET.Element("uses-permission", {attr(ANDROID, "name"): "android.permission.INTERNET"})
        root.insert(0, internet)
    internet.set(attr(TOOLS, "node"), "remove")
    if "android.permission.SCHEDULE_EXACT_ALARM" not in permissions:
        exact = ET.Element("uses-permission", {attr(ANDROID, "name"): "android.permission.SCHEDULE_EXACT_ALARM"})
        exact.tail = internet.tail
        root.insert(list(root).index(internet) + 1, exact)
    application = root.find("application")
    if application is None:
        raise SystemExit("no <application> in the manifest: is it the one `tauri android init` made?")
    for activity in application.findall("activity"):
        changes = [c for c in activity.get(attr(ANDROID, "configChanges"), "").split("|") if c]
        if "fontScale" not in changes:
            activity.set(attr(ANDROID, "configChanges"), "|".join([*changes, "fontScale"]))
    application.set(attr(ANDROID, "allowBackup"), "true")
    application.set(attr(ANDROID, "fullBackupContent"), "@xml/backup_rules")
    application.set(attr(ANDROID, "dataExtractionRules"), "@xml/data_extraction_rules")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        adapted = adapt(f.read())
    with open(path, "w", encoding="utf-8") as f:
        f.write(adapted)


if __name__ == "__main__":
    main()

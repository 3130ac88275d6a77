"""The Android overlay (scripts/android_manifest.py) on the manifest tauri-cli 2 generates
(tests/fixtures/android, from tauri-cli's template)."""

import pathlib
import sys
import unittest
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from android_manifest import ANDROID, TOOLS, adapt, attr  # noqa: E402

TEMPLATE = (ROOT / "tests" / "fixtures" / "android" / "AndroidManifest.template.xml").read_text()


def permissions(manifest):
    root = ET.fromstring(manifest)
    return {p.get(attr(ANDROID, "name")): p.get(attr(TOOLS, "node")) for p in root.findall("uses-permission")}


class AndroidManifest(unittest.TestCase):
    def test_the_app_asks_for_no_internet_access(self):
        self.assertEqual(
            permissions(adapt(TEMPLATE)).get("android.permission.INTERNET"),
            "remove",
            "INTERNET is removed, also from what libraries merge in: the app never goes online",
        )

    def test_exact_alarms_can_be_offered(self):
        self.assertIn(
            "android.permission.SCHEDULE_EXACT_ALARM",
            permissions(adapt(TEMPLATE)),
            "without the declaration Android never grants exact alarms, whatever the client chooses",
        )

    def test_the_database_stays_out_of_android_backups(self):
        application = ET.fromstring(adapt(TEMPLATE)).find("application")
        self.assertEqual(application.get(attr(ANDROID, "fullBackupContent")), "@xml/backup_rules")
        self.assertEqual(application.get(attr(ANDROID, "dataExtractionRules")), "@xml/data_extraction_rules")
        rules = ROOT / "src-tauri" / "mobile" / "android" / "res" / "xml"
        for name in ("backup_rules.xml", "data_extraction_rules.xml"):
            excluded = {e.get("path") for e in ET.parse(rules / name).iter("exclude")}
            self.assertLessEqual(
                {"aftercare.db", "aftercare.db-wal", "aftercare.db-shm"},
                excluded,
                f"{name} leaves out the database and its journal, all three or it is not left out",
            )

    def test_a_font_size_change_reaches_the_app_without_recreating_it(self):
        activity = ET.fromstring(adapt(TEMPLATE)).find("application").find("activity")
        changes = activity.get(attr(ANDROID, "configChanges")).split("|")
        self.assertIn(
            "fontScale",
            changes,
            "without it Android recreates the activity on a font size change: the page reloads and "
            "TextSizePlugin never hears of the change",
        )
        self.assertIn("orientation", changes, "what tauri's template declares is kept")

    def test_the_rest_of_the_manifest_is_kept_and_a_second_run_changes_nothing(self):
        once = adapt(TEMPLATE)
        self.assertEqual(adapt(once), once, "running the overlay again after an update is harmless")
        self.assertIn(".MainActivity", once, "the activity tauri generated is kept")
        self.assertIn("AndroidTV support", once, "comments are kept")


if __name__ == "__main__":
    unittest.main()

"""The app's own Android class for exact alarms (src-tauri/mobile/android/java): laid into the
generated project by scripts/mobile-init and found there under the name the app registers."""

import json
import pathlib
import re
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
SOURCE = ROOT / "src-tauri" / "mobile" / "android" / "java" / "org" / "smpaftercare" / "app" / "ExactAlarmsPlugin.kt"


class ExactAlarms(unittest.TestCase):
    def test_the_class_is_where_the_app_looks_for_it(self):
        kotlin = SOURCE.read_text()
        package = re.search(r"^package ([\w.]+)$", kotlin, re.M).group(1)
        identifier = json.loads((ROOT / "src-tauri" / "tauri.conf.json").read_text())["identifier"]
        self.assertEqual(package, identifier, "tauri-cli names the app's package after the identifier")
        self.assertEqual(SOURCE.parent.relative_to(SOURCE.parents[3]).as_posix(), package.replace(".", "/"), "a Kotlin file sits in its package's folder")
        self.assertRegex(kotlin, r"@TauriPlugin\s+class ExactAlarmsPlugin\(", "a Tauri plugin class")
        rust = (ROOT / "src-tauri" / "src" / "notify" / "mobile.rs").read_text()
        self.assertIn(f'register_android_plugin("{package}", "ExactAlarmsPlugin")', rust, "the app registers that class")

    def test_every_command_the_app_runs_is_one_the_class_has(self):
        kotlin = SOURCE.read_text()
        commands = set(re.findall(r"@Command\s+fun (\w+)\(", kotlin))
        rust = (ROOT / "src-tauri" / "src" / "notify" / "mobile.rs").read_text()
        alarms = rust[rust.index("AlarmPermission<R>>()") :]
        called = set(re.findall(r'run_mobile_plugin(?:::<[^>]+>)?\("(\w+)"', alarms))
        self.assertTrue(called, "the app runs the class's commands")
        self.assertLessEqual(called, commands, f"commands the app runs, {called}, exist in the class, {commands}")

    def test_mobile_init_lays_it_into_the_generated_project(self):
        script = (ROOT / "scripts" / "mobile-init").read_text()
        self.assertIn('cp -r src-tauri/mobile/android/java/. "$main/java/"', script)


if __name__ == "__main__":
    unittest.main()

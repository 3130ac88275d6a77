"""The app's own Android classes (src-tauri/mobile/android/java: exact alarms, text size): laid
into the generated project by scripts/mobile-init and found there under the names the app
registers, each under a Tauri plugin name of its own."""

import json
import pathlib
import re
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
SOURCE = ROOT / "src-tauri" / "mobile" / "android" / "java" / "org" / "smpaftercare" / "app" / "ExactAlarmsPlugin.kt"


def registrations():
    """What notify/mobile.rs registers: plugin name -> (package, class)."""
    rust = (ROOT / "src-tauri" / "src" / "notify" / "mobile.rs").read_text()
    found = re.findall(r'android_class\(\s*"([\w-]+)",\s*"([\w.]+)",\s*"(\w+)"', rust)
    return {name: (package, cls) for name, package, cls in found}


class ExactAlarms(unittest.TestCase):
    def test_the_class_is_where_the_app_looks_for_it(self):
        identifier = json.loads((ROOT / "src-tauri" / "tauri.conf.json").read_text())["identifier"]
        registered = registrations()
        for source in sorted(SOURCE.parent.glob("*.kt")):
            kotlin = source.read_text()
            name = source.stem
            package = re.search(r"^package ([\w.]+)$", kotlin, re.M).group(1)
            self.assertEqual(package, identifier, "tauri-cli names the app's package after the identifier")
            self.assertEqual(source.parent.relative_to(source.parents[3]).as_posix(), package.replace(".", "/"), "a Kotlin file sits in its package's folder")
            self.assertRegex(kotlin, rf"@TauriPlugin\s+class {name}\(", "a Tauri plugin class")
            self.assertIn((package, name), registered.values(), f"the app registers {name}")

    def test_each_android_class_has_a_plugin_name_of_its_own(self):
        # Tauri's PluginManager keeps one class per plugin name: a second one under the same name
        # would take every call meant for the first (the notification plugin's batch and show).
        rust = (ROOT / "src-tauri" / "src" / "notify" / "mobile.rs").read_text()
        names = re.findall(r'android_class\(\s*"([\w-]+)"', rust)
        self.assertEqual(len(names), len(set(names)), f"one class a plugin name: {names}")
        self.assertEqual(rust.count("register_android_plugin("), 1, "classes are registered only through android_class")
        self.assertIn(("app.tauri.notification", "NotificationPlugin"), registrations().values())

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

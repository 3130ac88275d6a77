#!/usr/bin/env python3
"""The notification plugin's own Android parsing, run on a JVM: its Kotlin model and storage are
compiled straight from the cargo registry (the version in Cargo.lock, never a copy kept here)
with Debian's kotlin, against stubs of the few android classes they touch, then fed the JSON
the app sends (written by `cargo test -p aftercare-notify --test android`). See Harness.kt.

Usage: tests/mobile/plugin/run.py [PAYLOADS.json]   (default: the target dir's tmp/android-notifications.json)
"""

import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
JARS = [
    "/usr/share/java/jackson-databind.jar",
    "/usr/share/java/jackson-core.jar",
    "/usr/share/java/jackson-annotations.jar",
    # org.json, as Android has it.
    "/usr/share/java/com.android.json.jar",
]
KOTLIN_STDLIB = "/usr/share/java/kotlin-stdlib.jar"
# The plugin's model and storage, and what they use of tauri's Android API (in the crate too).
PLUGIN_SOURCES = [
    "src/main/java/Notification.kt",
    "src/main/java/NotificationSchedule.kt",
    "src/main/java/NotificationStorage.kt",
    "src/main/java/NotificationAttachment.kt",
    "src/main/java/AssetUtils.kt",
    ".tauri/tauri-api/src/main/java/app/tauri/plugin/JSObject.kt",
    ".tauri/tauri-api/src/main/java/app/tauri/plugin/JSArray.kt",
    ".tauri/tauri-api/src/main/java/app/tauri/annotation/InvokeArg.kt",
]
# How tauri's PluginManager configures the mapper behind `invoke.parseArgs`, which Harness.kt
# builds alike: if the plugin's tauri changes it, the harness must change with it.
MAPPER_CONFIGURATION = [
    ".disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)",
    ".enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)",
    ".setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)",
]


def metadata():
    return json.loads(
        subprocess.run(
            ["cargo", "metadata", "--locked", "--format-version", "1", "--filter-platform", "aarch64-linux-android"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def plugin_dir(metadata):
    """The plugin's source in the cargo registry, at the version Cargo.lock pins."""
    for package in metadata["packages"]:
        if package["name"] == "tauri-plugin-notification":
            return pathlib.Path(package["manifest_path"]).parent / "android"
    sys.exit("tauri-plugin-notification is not a dependency")


def argument_classes(plugin_kt):
    """The small argument classes NotificationPlugin.kt declares before the plugin itself
    (BatchArgs, ActionType, NotificationAction...): the rest of that file is Android's."""
    text = plugin_kt.read_text()
    start = text.index("@InvokeArg")
    end = text.index("@TauriPlugin(")
    return "package app.tauri.notification\n\nimport app.tauri.annotation.InvokeArg\n\n" + text[start:end]


def main():
    workspace = metadata()
    default = pathlib.Path(workspace["target_directory"]) / "tmp" / "android-notifications.json"
    payloads = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if not payloads.exists():
        sys.exit(f"{payloads} is missing: cargo test -p aftercare-notify --test android writes it")
    for jar in [*JARS, KOTLIN_STDLIB]:
        if not pathlib.Path(jar).exists():
            sys.exit(f"{jar} is missing: apt-get install kotlin libjackson2-databind-java libandroid-json-java")
    plugin = plugin_dir(workspace)
    manager = (plugin / ".tauri/tauri-api/src/main/java/app/tauri/plugin/PluginManager.kt").read_text()
    changed = [line for line in MAPPER_CONFIGURATION if line not in manager]
    if changed:
        sys.exit(f"tauri's plugin mapper no longer reads {changed}: update Harness.kt's invokeMapper")
    version = re.search(r"tauri-plugin-notification-([\d.]+)", str(plugin))
    print(f"the plugin's Kotlin from {plugin} ({version.group(1) if version else 'path'})")

    build = pathlib.Path(tempfile.mkdtemp(prefix="aftercare-plugin-jvm-"))
    try:
        arguments = build / "Arguments.kt"
        arguments.write_text(argument_classes(plugin / "src/main/java/NotificationPlugin.kt"))
        sources = [str(plugin / s) for s in PLUGIN_SOURCES] + [str(arguments)]
        sources += [str(p) for p in sorted((HERE / "stubs").glob("*.kt"))] + [str(HERE / "Harness.kt")]
        classpath = ":".join(JARS)
        compiled = subprocess.run(
            ["kotlinc", "-nowarn", "-cp", classpath, "-d", str(build / "classes"), *sources],
            capture_output=True,
            text=True,
        )
        if compiled.returncode != 0:
            sys.exit(f"the plugin's Kotlin does not compile here:\n{compiled.stderr[-6000:]}")
        runtime = [str(build / "classes"), classpath, KOTLIN_STDLIB]
        ran = subprocess.run(["java", "-cp", ":".join(runtime), "app.tauri.notification.HarnessKt", str(payloads)])
        sys.exit(ran.returncode)
    finally:
        shutil.rmtree(build, ignore_errors=True)


if __name__ == "__main__":
    main()

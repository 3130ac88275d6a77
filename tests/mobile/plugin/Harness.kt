// The notification plugin's own Kotlin (its model and storage, compiled from the cargo registry)
// fed the exact JSON the app sends it on Android, as the plugin's code paths read it:
// - `batch` parses its arguments with the mapper tauri gives plugins, schedules them, and keeps
//   each one's `sourceJson` in shared preferences (NotificationStorage.appendNotifications);
// - after a reboot, LocalNotificationRestoreReceiver reads every kept one back with a plain
//   ObjectMapper and schedules it again;
// - a tap or an action button hands the notification's `sourceJson` to
//   handleNotificationActionPerformed, which parses it into the event's `notification`.
// Usage: Harness PAYLOADS.json   (written by crates/aftercare-notify/tests/android.rs)
package app.tauri.notification

import android.content.Context
import app.tauri.plugin.JSObject
import com.fasterxml.jackson.annotation.JsonAutoDetect
import com.fasterxml.jackson.annotation.PropertyAccessor
import com.fasterxml.jackson.databind.DeserializationFeature
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import java.io.File
import java.util.Date
import kotlin.system.exitProcess

private val problems = ArrayList<String>()
private var checks = 0

private fun check(holds: Boolean, what: String) {
    checks += 1
    if (!holds) problems.add(what)
}

/** The mapper tauri's PluginManager gives `invoke.parseArgs` (run.py checks the source still says so). */
private fun invokeMapper(): ObjectMapper = ObjectMapper()
    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
    .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)

/** What handleNotificationActionPerformed puts in the event's `notification`, as the app reads its id. */
private fun actionId(sourceJson: String?): Int? = try {
    sourceJson?.let { JSObject(it).getInteger("id") }
} catch (e: Exception) {
    null
}

/** The notification as the app meant it, against what the plugin read. */
private fun compare(expected: JsonNode, read: Notification?, where: String) {
    val id = expected["id"].asInt()
    if (read == null) {
        check(false, "$where: notification $id was not read back")
        return
    }
    check(read.id == id, "$where: id ${read.id}, expected $id")
    check(read.title == expected["title"].asText(), "$where: $id's title is ${read.title}")
    check(read.body == expected["body"].asText(), "$where: $id's body is ${read.body}")
    check(read.channelId == expected["channel"].asText(), "$where: $id's channel is ${read.channelId}")
    check(read.actionTypeId == expected["actions"].asText(), "$where: $id's actions are ${read.actionTypeId}")
    check(read.isAutoCancel, "$where: $id is not cancelled by a tap")
    val schedule = read.schedule
    if (schedule !is NotificationSchedule.At) {
        check(false, "$where: $id has no date to fire at: $schedule")
        return
    }
    check(schedule.date.time == expected["at"].asLong(), "$where: $id fires at ${schedule.date.time}, expected ${expected["at"]}")
    check(!schedule.repeating, "$where: $id repeats")
    check(schedule.allowWhileIdle(), "$where: $id is not a wake-up alarm: it would sleep through Doze")
}

fun main(args: Array<String>) {
    val payloads = ObjectMapper().readTree(File(args[0]))
    val expected = payloads["expected"].associateBy { it["id"].asInt() }
    val context = Context()

    // `batch`, as NotificationPlugin runs it.
    val batch = invokeMapper().readValue(payloads["batch"].toString(), BatchArgs::class.java)
    check(batch.notifications.size == expected.size, "batch read ${batch.notifications.size} of ${expected.size} notifications")
    for (sent in batch.notifications) {
        compare(expected.getValue(sent.id), sent, "batch")
        check(actionId(sent.sourceJson) == sent.id, "batch: an action on ${sent.id} does not name it")
    }
    NotificationStorage(context, invokeMapper()).appendNotifications(batch.notifications)

    // Reboots in a row: what LocalNotificationRestoreReceiver reads back, with a plain
    // ObjectMapper. It fires a notification whose time passed while the phone was off 15 seconds
    // on, moving its date, and keeps it again (appendNotifications): its `sourceJson`, one level
    // down. Every one is taken as past due here, each reboot before the last one's alarms fired.
    val quickReboots = payloads["quickReboots"].asInt()
    val boot = NotificationStorage(context, ObjectMapper())
    for (reboot in 1..quickReboots + 1) {
        val kept = boot.getSavedNotificationIds()
        check(kept.size == expected.size, "reboot $reboot: the boot receiver finds ${kept.size} of ${expected.size}")
        val due = ArrayList<Notification>()
        for (key in kept) {
            val restored = try {
                boot.getSavedNotification(key)
            } catch (e: Exception) {
                check(false, "after reboot $reboot, $key cannot be read: ${e.message}")
                continue
            }
            compare(expected.getValue(key.toInt()), restored, "after reboot $reboot")
            if (reboot <= quickReboots) {
                check(actionId(restored?.sourceJson) == key.toInt(), "after reboot $reboot: an action on $key does not name it")
            }
            restored?.let {
                (it.schedule as? NotificationSchedule.At)?.date = Date(System.currentTimeMillis() + 15 * 1000)
                due.add(it)
            }
        }
        boot.appendNotifications(due)
    }

    // `show`, a late reminder shown at once, and its actions.
    for (payload in payloads["show"]) {
        val shown = invokeMapper().readValue(payload.toString(), Notification::class.java)
        check(shown.schedule == null, "show: ${shown.id} has a schedule")
        check(actionId(shown.sourceJson) == shown.id, "show: an action on ${shown.id} does not name it")
    }

    if (problems.isEmpty()) {
        println("ok: ${expected.size} notifications through batch, ${quickReboots + 1} reboots in a row and show; every action names its reminder ($checks checks)")
    } else {
        problems.forEach { println("FAIL: $it") }
        println("${problems.size} of $checks checks failed")
        exitProcess(1)
    }
}

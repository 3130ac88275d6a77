// Whether Android lets SMP Aftercare set exact alarms, and the system screen that lets the client
// allow it. `scripts/mobile-init android` lays this file into the generated project; the app
// registers it (src-tauri/src/notify/mobile.rs) as `org.smpaftercare.app.ExactAlarmsPlugin`.
//
// Without exact alarms, the notification plugin sets inexact wake-up alarms, which Android may
// deliver up to about an hour late; the app then never promises minutes.
package org.smpaftercare.app

import android.app.Activity
import android.app.AlarmManager
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.provider.Settings
import app.tauri.annotation.Command
import app.tauri.annotation.TauriPlugin
import app.tauri.plugin.Invoke
import app.tauri.plugin.JSObject
import app.tauri.plugin.Plugin

@TauriPlugin
class ExactAlarmsPlugin(private val activity: Activity) : Plugin(activity) {
  /** `{allowed, askable}`: exact alarms are allowed now; the client can be asked (Android 12+). */
  @Command
  fun state(invoke: Invoke) {
    val state = JSObject()
    state.put("allowed", allowed())
    state.put("askable", Build.VERSION.SDK_INT >= Build.VERSION_CODES.S)
    invoke.resolve(state)
  }

  /** Opens the system's "Alarms & reminders" screen for the app; the app reads the state again when it is back. */
  @Command
  fun request(invoke: Invoke) {
    if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S && !allowed()) {
      val intent = Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:" + activity.packageName))
      activity.startActivity(intent)
    }
    invoke.resolve()
  }

  private fun allowed(): Boolean {
    if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S) return true
    val alarms = activity.getSystemService(Context.ALARM_SERVICE) as AlarmManager
    return alarms.canScheduleExactAlarms()
  }
}

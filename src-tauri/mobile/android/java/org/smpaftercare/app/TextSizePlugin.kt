// The app's text follows the system's font size, as Android's own apps do: the WebView does not
// by itself. `scripts/mobile-init android` lays this file into the generated project; the app
// registers it under a Tauri plugin of its own (one Android class per Tauri plugin name: Tauri's
// PluginManager keeps one class per name, the last registered).
//
// It sets the WebView's default font size, which is 1rem in ui/css/app.css (the stylesheet sets
// no root size), to 16 px times the system's font scale. Not `textZoom`: Chromium applies that
// to computed font sizes only, while rem and em lengths resolve from the specified size, so text
// would grow but the spacing, tap targets and icons sized in rem around it would not.
package org.smpaftercare.app

import android.app.Activity
import android.content.res.Configuration
import android.webkit.WebView
import app.tauri.annotation.TauriPlugin
import app.tauri.plugin.Plugin
import kotlin.math.roundToInt

@TauriPlugin
class TextSizePlugin(private val activity: Activity) : Plugin(activity) {
  private var webView: WebView? = null

  override fun load(webView: WebView) {
    this.webView = webView
    follow(activity.resources.configuration)
  }

  /** Reached only if the activity declares `fontScale` in `android:configChanges`; otherwise
   *  Android recreates the activity when the font size changes. */
  override fun onConfigurationChanged(newConfig: Configuration) {
    follow(newConfig)
  }

  private fun follow(configuration: Configuration) {
    webView?.settings?.defaultFontSize = (BASE_PX * configuration.fontScale).roundToInt()
  }

  private companion object {
    /** The WebView's own default, and the size the stylesheet is drawn at. */
    const val BASE_PX = 16
  }
}

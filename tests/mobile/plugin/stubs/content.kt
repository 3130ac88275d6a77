// The few android.content classes the plugin's model and storage touch, as far as they touch
// them: a context with in-memory shared preferences. Nothing here parses anything.
package android.content

import android.content.res.Resources

open class Context {
    open val packageName: String = "org.smpaftercare.app"
    open val resources: Resources = Resources()
    private val preferences = HashMap<String, SharedPreferences>()

    open fun getSharedPreferences(name: String, mode: Int): SharedPreferences =
        preferences.getOrPut(name) { MemoryPreferences() }

    companion object {
        const val MODE_PRIVATE = 0
    }
}

object ContentResolver {
    const val SCHEME_ANDROID_RESOURCE = "android.resource"
}

interface SharedPreferences {
    val all: Map<String, *>?
    fun getString(key: String, defValue: String?): String?
    fun getInt(key: String, defValue: Int): Int
    fun getBoolean(key: String, defValue: Boolean): Boolean
    fun edit(): Editor

    interface Editor {
        fun putString(key: String, value: String?): Editor
        fun putInt(key: String, value: Int): Editor
        fun putBoolean(key: String, value: Boolean): Editor
        fun remove(key: String?): Editor
        fun clear(): Editor
        fun apply()
    }
}

/** Shared preferences as Android keeps them: a map, written when an editor applies. */
class MemoryPreferences : SharedPreferences {
    private val values = HashMap<String, Any?>()
    override val all: Map<String, *> get() = HashMap(values)
    override fun getString(key: String, defValue: String?) = values[key] as String? ?: defValue
    override fun getInt(key: String, defValue: Int) = values[key] as Int? ?: defValue
    override fun getBoolean(key: String, defValue: Boolean) = values[key] as Boolean? ?: defValue
    override fun edit(): SharedPreferences.Editor = object : SharedPreferences.Editor {
        private val changes = ArrayList<(MutableMap<String, Any?>) -> Unit>()
        override fun putString(key: String, value: String?) = also { changes.add { it[key] = value } }
        override fun putInt(key: String, value: Int) = also { changes.add { it[key] = value } }
        override fun putBoolean(key: String, value: Boolean) = also { changes.add { it[key] = value } }
        override fun remove(key: String?) = also { changes.add { it.remove(key) } }
        override fun clear() = also { changes.add { it.clear() } }
        override fun apply() = changes.forEach { it(values) }
    }
}

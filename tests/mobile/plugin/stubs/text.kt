package android.text.format

object DateUtils {
    const val SECOND_IN_MILLIS = 1000L
    const val MINUTE_IN_MILLIS = 60 * SECOND_IN_MILLIS
    const val HOUR_IN_MILLIS = 60 * MINUTE_IN_MILLIS
    const val DAY_IN_MILLIS = 24 * HOUR_IN_MILLIS
    const val WEEK_IN_MILLIS = 7 * DAY_IN_MILLIS
}

package android.graphics

import android.content.res.Resources

class Bitmap

object BitmapFactory {
    @JvmStatic
    fun decodeResource(res: Resources, id: Int): Bitmap? = null
}

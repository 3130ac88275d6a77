"""Android's status-bar icon for reminders: without one the plugin shows the system's "info"
icon (`getDefaultSmallIcon` falls back to `android.R.drawable.ic_dialog_info`)."""

import json
import pathlib
import struct
import unittest
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
RES = ROOT / "src-tauri" / "mobile" / "android" / "res"
# 24 dp in each density Android looks in.
DENSITIES = {"mdpi": 24, "hdpi": 36, "xhdpi": 48, "xxhdpi": 72, "xxxhdpi": 96}


def rgba(path):
    """The pixels of an 8-bit RGBA PNG (what rsvg-convert writes), as (width, height, rows)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is a PNG"
    chunks, offset = {}, 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        chunks.setdefault(kind, []).append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][0][:10])
    assert (depth, colour) == (8, 6), f"{path}: 8-bit RGBA"
    raw = zlib.decompress(b"".join(chunks[b"IDAT"]))
    stride, rows, previous = width * 4, [], bytearray(width * 4)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - 4] if x >= 4 else 0
            up, corner = previous[x], previous[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                nearest = min((abs(p - left), 0, left), (abs(p - up), 1, up), (abs(p - corner), 2, corner))[2]
                line[x] = (line[x] + nearest) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows


class NotificationIcon(unittest.TestCase):
    def test_the_plugin_config_names_the_icon(self):
        config = json.loads((ROOT / "src-tauri" / "tauri.conf.json").read_text())["plugins"]["notification"]
        self.assertEqual(config["icon"], "ic_stat_aftercare", "the plugin looks the name up among the drawables")

    def test_the_icon_is_in_every_density_white_on_transparent(self):
        for density, size in DENSITIES.items():
            path = RES / f"drawable-{density}" / "ic_stat_aftercare.png"
            self.assertTrue(path.exists(), f"{density}: {path} is missing")
            width, height, rows = rgba(path)
            self.assertEqual((width, height), (size, size), f"{density}: 24 dp is {size} px")
            pixels = [row[i : i + 4] for row in rows for i in range(0, len(row), 4)]
            drawn = [p for p in pixels if p[3] > 0]
            self.assertTrue(
                all(p[0] == p[1] == p[2] == 255 for p in drawn if p[3] == 255),
                f"{density}: Android draws the alpha alone; the icon is white",
            )
            share = len([p for p in drawn if p[3] >= 128]) / len(pixels)
            self.assertTrue(0.15 < share < 0.6, f"{density}: a mark, neither empty nor a filled square ({share:.0%})")


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env bash
# A photo kept in the journal holds no location, as exiftool (a reader that is not ours) sees it:
# each fixture goes in through `aftercare journal photo add`, comes out through `photo save`,
# and must have no GPS, XMP, IPTC or comment left, and the orientation it came with.
# Usage: tests/photos/check_exif.sh path/to/aftercare
set -euo pipefail
aftercare=$(realpath "$1")
fixtures=$(dirname "$0")/../fixtures/photos
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=(--db "$work/aftercare.db")

id=0
for fixture in "$fixtures"/located.jpg "$fixtures"/located.png; do
    name=$(basename "$fixture")
    before=$(exiftool -a -G1 -s -gps:all -xmp:all -iptc:all -comment "$fixture")
    [[ -n "$before" ]] || { echo "FAIL: $name should carry location data to strip"; exit 1; }
    TZ=Europe/London "$aftercare" "${db[@]}" journal photo add "$fixture" --date 2026-03-07 >/dev/null
    id=$((id + 1))
    out="$work/out-$name"
    "$aftercare" "${db[@]}" journal photo save "$id" "$out" >/dev/null
    left=$(exiftool -a -G1 -s -gps:all -xmp:all -iptc:all -comment "$out")
    if [[ -n "$left" ]]; then
        echo "FAIL: $name kept location data:"; echo "$left"; exit 1
    fi
    orientation=$(exiftool -s3 -Orientation "$out")
    if [[ "$orientation" != "Rotate 90 CW" ]]; then
        echo "FAIL: $name lost its orientation (exiftool says '$orientation')"; exit 1
    fi
    echo "ok: $name: no GPS, XMP, IPTC or comment left; orientation kept ($orientation)"
done

## What went wrong, in words a person can act on: each message names the value at fault and
## says what to do. Values the client typed ($value, $key, $tag) are shown as typed.

## The engine: what the client typed or imported.

error-date-time = `{ $value }` is not a date and time: expected YYYY-MM-DDTHH:MM, e.g. 2026-03-05T10:00
error-date = `{ $value }` is not a date: expected YYYY-MM-DD, e.g. 2026-03-08
error-time = `{ $value }` is not a time of day: expected HH:MM, e.g. 09:00
error-quiet-hours = `{ $value }` is not a quiet-hours window: expected HH:MM-HH:MM with two different times, e.g. 22:00-08:00
error-zone = `{ $value }` is not a known IANA time zone: use a name such as Europe/London or America/New_York
# $date: as typed; $first, $last: years.
error-date-out-of-range = { $date } is outside the supported years { $first }-{ $last }
error-latitude = `{ $value }` is not a latitude: use degrees from -90 (south) to 90 (north)
error-longitude = `{ $value }` is not a longitude: use degrees from -180 (west) to 180 (east)
error-elevation = `{ $value }` is not an elevation: use metres above sea level, from -500 to 9000
error-ozone = `{ $value }` is not an ozone column: use Dobson units from 50 to 700 (300 is typical)
# The category names are the command line's words: keep them in English.
error-category = `{ $value }` is not a reminder category: use milestone, digest, prep, sun or checkin
error-language = `{ $value }` is not a language the app speaks: use en, es, fr, pt-BR or tr, with a region for its date and time conventions if you like (en-GB, fr-CA)
# The snooze words are the command line's: keep them in English.
error-snooze = `{ $value }` is not a snooze: use hour, evening, tomorrow, or a duration such as 30m, 1h or 1d
error-evening-passed = it is already evening: snooze for an hour, or until tomorrow morning
error-no-sessions = a treatment needs at least one session
error-too-many-sessions = a treatment holds at most { $max } sessions, not { $count }
# $earlier, $later: session numbers; $earlier_start, $later_start: their dates and times.
error-sessions-out-of-order = session { $later } ({ $later_start }) does not come after session { $earlier } ({ $earlier_start }): list sessions in order
# $days: days between the two sessions; $min: the protocol's minimum; $protocol: its id.
error-sessions-too-close =
    sessions { $earlier } and { $later } are only { $days ->
        [one] 1 day
       *[other] { $days } days
    } apart; the protocol `{ $protocol }` needs at least { $min ->
        [one] 1 day
       *[other] { $min } days
    }
error-pain = pain { $value } is out of range: score it from 0 (none) to 10 (the worst imaginable)
error-unknown-rule = the protocol has no rule `{ $key }`
error-not-postponable = `{ $key }` cannot be pushed back: only what you avoid while healing, or what is allowed again after it, can wait
error-postponed-too-long = `{ $key }` is already pushed back { $max } days for this session: ask your practitioner before waiting longer
# $problems: each problem, separated by semicolons.
error-invalid-protocol = invalid protocol: { $problems }
# $reason: one of the share-code-* messages.
error-share-code = this is not a protocol share code: { $reason }; nothing was imported
share-code-no-prefix = it does not start with SMPA and a format number
share-code-unknown-format = its format number is not one SMP Aftercare ever wrote
share-code-damaged = it is damaged or cut short: copy the whole code
share-code-not-text = it does not hold text
error-newer-share-code = this share code comes from a newer SMP Aftercare (format { $format }): update the app to import it
error-import-too-large = larger than the { $kib } KiB a protocol may take; nothing was read from it
error-too-large-for-qr = { $bytes } characters are too many for one QR code (at most { $max }): share the link or the file instead
# $kind: the file's format (GIF, WebP, HEIC…), or "none" when it cannot be told.
error-photo-kind =
    { $kind ->
        [none] only JPEG and PNG photos can be added; nothing was stored
       *[other] this is a { $kind } image, and only JPEG and PNG photos can be added; nothing was stored
    }
# $why: what the file breaks, in the terms of its format.
error-photo-damaged = this photo cannot be read: { $why }; nothing was stored
error-photo-too-large = this photo is larger than the { $mib } MiB a photo may take; nothing was stored

## A protocol file's problems, as `protocol check` and the import list them. $field: a field of
## the file (name, days, title…), which stays as written in the file.

problem-line-field = line { $line }, { $field }: { $message }
problem-line = line { $line }: { $message }
problem-field = { $field }: { $message }
problem-in = { $field }
problem-in-rule = rule `{ $key }`, { $field }
problem-in-rule-number = rule #{ $number }, { $field }
# $tag: the translation's language tag; $message: what is wrong with it.
problem-in-translation = { $tag }: { $message }
# $detail: the file reader's own words.
problem-syntax = { $detail }
# $found: the file's format number; $reads: the one this app reads.
problem-format-newer = format { $found } is newer than this app understands ({ $reads }); update the app
problem-format-unknown = format { $found } is not supported; this app reads format { $reads }
problem-format-missing = missing field `format` (this app reads format { $reads })
problem-grace = at most { $max } hours (30 days)
problem-no-rules = a protocol needs at least one rule
problem-too-many-rules = { $count } rules; at most { $max } are allowed
problem-key-taken = `{ $key }` is used by an earlier rule; keys must be unique
problem-uv-not-sun = "uv" follows the sun: only a `sun` rule can use it
problem-translation-own-language = the protocol is written in this language already
problem-lifts-not-allowed = only an `allowed` rule can lift another
problem-lifts-unknown = `{ $key }` is not the key of a rule in this protocol
problem-lifts-not-avoid = `{ $key }` is not an `avoid` rule
# $from: the day the rule allows from; $until: the last day of the rule it lifts.
problem-lifts-overlap = allowed from day { $from } while `{ $key }` still applies until day { $until }
problem-day-out-of-range = day { $day } is out of range: days run from { $first } to { $last }
problem-window-backwards = the window ends on day { $end }, before it starts on day { $start }
problem-occurrences = { $count } occurrences; at most { $max } (use a longer `every`)
problem-language-tag = `{ $tag }` is not a language tag such as en, es or pt-BR
problem-key = `{ $key }` is not a key: use 1 to { $max } lowercase letters, digits and dashes
problem-empty = must not be empty
problem-too-long = { $count } characters; at most { $max }
problem-control-character = contains a control character
problem-out-of-range = { $value } is out of range: { $first } to { $last }

## The database. $path: the file; $detail: SQLite's or the system's own words.

error-newer-database = { $path } was written by a newer version of SMP Aftercare (schema { $found }; this one reads up to { $supported }); update the app. The file was left untouched.
error-not-a-database = { $path } is not an SMP Aftercare database (not SQLite); it was left untouched
error-corrupt = { $path } is damaged ({ $detail }); it was left untouched: restore a backup
error-cannot-open = cannot open { $path }: { $detail }
error-read-only = { $path } is read-only: nothing was changed
error-disk-full = the disk holding { $path } is full: nothing was changed
error-disk-failed = the disk holding { $path } failed ({ $detail }): nothing was changed
# $number: the session asked for; $count: how many there are.
error-no-such-session = there is no session { $number }; there are { $count }
error-no-such-reminder = no reminder has the key `{ $key }`
error-no-such-note = there is no journal note { $id }
error-still-in-log = deleted, but another program reading { $path } (such as `aftercare remind`) still holds an older copy in the database's log: close it, then delete again to erase it
error-no-such-photo = there is no photo { $id }
error-note-too-long = the note is { $count } characters; at most { $max } fit
error-file = `{ $path }`: { $detail }
# $detail: what is wrong with the file, in the terms of its format.
error-invalid-backup = not a usable backup: { $detail }; nothing was changed
error-database = unexpected database error: { $detail }
error-migration = database migration failed: { $detail }

## Notifications and the device. $detail: the system's own words.

error-notifier = the notification service refused: { $detail }
error-platform = the device refused: { $detail }
error-photo-incomplete = the photo did not arrive whole ({ $detail }); nothing was stored
error-exact-alarms-desktop = exact alarms are an Android setting; the desktop timer is always on time
error-exact-alarms-ios = iOS has no exact-alarm setting
error-window-closed = the app's window is closed
error-autostart-phone = phones start apps themselves
# $id: the id asked for.
problem-not-bundled = `{ $id }` is not a protocol the app ships
# A studio's contact details. $value: as written in the protocol.
problem-phone = `{ $value }` is not a phone number: digits, with spaces, dashes or brackets, and + only in front
problem-email = `{ $value }` is not an e-mail address such as studio@example.com
problem-website = `{ $value }` is not a website address: it starts with https://
problem-handle = `{ $value }` is not a social media handle such as @inkstudio
error-no-contact = the protocol you follow gives no such way to reach its studio

## What is wrong with a photo's file, inside error-photo-damaged ($why). The format's own names
## (JPEG, PNG, IHDR, IDAT, IEND) stay as they are.

photo-empty = the file is empty
photo-cut-short = the file is cut short: it ends before the image does
photo-jpeg-stray-marker = it has a JPEG marker where none belongs
photo-jpeg-segment-length = a JPEG segment has an impossible length
photo-jpeg-segment-past-end = a JPEG segment runs past the end of the file
photo-jpeg-data-before-frame = its image data comes before the frame header
photo-no-image-data = it has no image data
photo-jpeg-stray-bytes = it has bytes between JPEG segments that belong to none
photo-jpeg-frame-short = its JPEG frame header is too short
photo-jpeg-frame-no-size = its JPEG frame header gives no size
photo-png-signature = its PNG signature is damaged (was it copied as text?)
photo-png-no-header = it does not start with a PNG header (IHDR)
photo-png-second-header = it has a second PNG header (IHDR)
photo-png-no-data = it has no image data (IDAT)
photo-png-cut-short = the file is cut short: it ends before the PNG's last chunk (IEND)
photo-png-chunk-length = a PNG chunk has an impossible length
photo-png-chunk-past-end = a PNG chunk runs past the end of the file
photo-png-chunk-name = a PNG chunk has a name that is not four letters
# $chunk: the chunk's four-letter name.
photo-png-checksum = its PNG chunk `{ $chunk }` fails its checksum
photo-png-header-size = its PNG header (IHDR) is the wrong size
photo-png-header-no-size = its PNG header (IHDR) gives no size

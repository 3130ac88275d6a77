## The command line's output for clients: `aftercare plan` and `aftercare today`.

# The first line of `plan`. $protocol, $version: the protocol's name and version; $zone: the time
# zone; $time: the reminder time.
cli-plan-heading = { $protocol } { $version } · times in { $zone } · reminders at { $time }
# Added to the first line when there are quiet hours. $quiet: the window, 22:00-08:00.
cli-plan-quiet = · quiet { $quiet }
# The table's column headings, in capitals.
cli-plan-when = WHEN
cli-plan-session = SESSION
cli-plan-day = DAY
cli-plan-category = CATEGORY
cli-plan-reminder = REMINDER
# Why a reminder is not at its usual time.
cli-shift-quiet-hours = after quiet hours
cli-shift-dst-gap = clock moved forward
cli-shift-before-session = an hour before the session
# The last line of `plan`. $count: how many reminders; $counts: how many of each kind.
cli-plan-total =
    { $count ->
        [one] 1 reminder: { $counts }
       *[other] { $count } reminders: { $counts }
    }
# One kind's count in the last line. $count: how many.
cli-count-milestone = { $count } milestone
cli-count-digest = { $count } digest
cli-count-prep = { $count } prep
cli-count-sun = { $count } sun
cli-count-checkin = { $count } checkin

# `today`'s first line. $date: the day, written out; $position: where it stands, such as
# "Session 1 · day 3".
cli-day-heading = { $date } · { $position }
cli-today-allowed-today = Allowed again from today
cli-today-avoid = Avoid
cli-today-do = Do
cli-today-allowed = Allowed again
# A step. $step: its title.
cli-today-new = { $step } (new today)
cli-today-nothing = Nothing to do today.
# $when: in how many days ("tomorrow", "in 3 days"); $date: the day; $position: as in the first
# line; $steps: what changes.
cli-today-next-change = Next change: { $when } ({ $date }, { $position }): { $steps }
cli-today-no-change = Next change: none planned
# $session: its number; $date, $time: when; $zone: its time zone; $when: in how many days.
cli-today-next-session = Next session: session { $session } on { $date } at { $time } ({ $zone }), { $when }

## `aftercare journal`: notes, check-ins and photos.

# $date: the day the note is for.
cli-noted = Noted for { $date }
cli-notes-none = No notes yet.
cli-photos-none = No photos yet: add one with `aftercare journal photo add FILE`.
# $id: the photo's number; $date: its day.
cli-photo-kept = Kept photo { $id } for { $date }, without location metadata
# $id: the photo's number; $file: where it was written.
cli-photo-written = Wrote photo { $id } to { $file }
# $id: the photo's number.
cli-photo-deleted = Deleted photo { $id }

## What went wrong, on the command line. Options (--tz, --lat) and examples stay as typed.

# $path: the file; $message: what is wrong in it.
cli-error-in-file = { $path }: { $message }
cli-error-problems =
    { $count ->
        [one] { $path }: 1 problem
       *[other] { $path }: { $count } problems
    }
# $detail: the system's own words.
cli-error-read = cannot read `{ $path }`: { $detail }
cli-error-write = cannot write `{ $path }`: { $detail }
cli-error-no-zone = cannot tell this machine's time zone (neither TZ nor the system names one); pass one with --tz, e.g. --tz Europe/London
cli-error-unknown-city = `{ $city }` is not a city the app knows: use the main city of a time zone (e.g. Lisbon, Sydney), or --lat and --lon
cli-error-no-data-dir = cannot tell where to keep the data (no HOME or XDG_DATA_HOME); pass --db PATH
cli-error-no-sessions = no session is stored yet: add one with `aftercare session add 2026-03-05T10:00`, or pass --session
cli-error-no-place = say where the sun is: --zone Europe/London (its principal city), or --lat 51.5 --lon -0.13
cli-error-no-city = the zone `{ $zone }` names no place: pass --lat and --lon

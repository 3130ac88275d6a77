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

## The command line's other output: sessions, reminders, settings, protocols, backups, the sun.

# What an edit did to the stored reminders. $added, $updated, $removed: how many.
cli-changes = { $added } added, { $updated } updated, { $removed } removed
# $changes: cli-changes.
cli-reminders-changed = Reminders: { $changes }
# $file: a file's path.
cli-wrote = Wrote { $file }
cli-backed-up = Backed up to { $file }
cli-restored = Restored { $file }: { $changes }
# $number: the session's number; $start: its date and time; $zone: its time zone.
cli-session-line = Session { $number }: { $start } ({ $zone })
cli-sessions-none = No sessions yet.
# The reminders table's column headings, in capitals (also cli-plan-when, -category, -reminder).
cli-reminders-state = STATE
cli-reminders-key = KEY
cli-reminders-none = (none)
# A reminder's state. $state: pending, scheduled, delivered, done, snoozed, missed or dismissed.
cli-state =
    { $state ->
        [pending] pending
        [scheduled] scheduled
        [delivered] delivered
        [done] done
        [snoozed] snoozed
        [missed] missed
       *[dismissed] dismissed
    }
# $title: the reminder's title; $state: cli-state; $time: a day and time.
cli-state-change = { $title }: { $state }
cli-snoozed-until = { $title }: snoozed until { $time }
# `aftercare remind`, while it runs. $key: the reminder's key.
cli-reminding = Reminding; leave this running (Ctrl-C to stop).
cli-remind-shown = { $time }  shown: { $title }  [{ $key }]
cli-remind-done = done: { $title }  [{ $key }]
cli-remind-snoozed = snoozed until { $time }: { $title }  [{ $key }]
# $detail: the notification service's own words.
cli-remind-failed = could not deliver: { $detail }
# `aftercare settings`: each label, then its value, aligned.
cli-settings-time = Reminder time:
cli-settings-quiet = Quiet hours:
cli-settings-zones = Zones:
cli-settings-muted = Muted:
cli-settings-sun = Sun over:
cli-off = off
cli-none = none
cli-zone-follow = follow the device's zone
cli-zone-home = keep the home zone
# $policy: cli-zone-follow or cli-zone-home; $home, $device, $zone: time zones.
cli-settings-zones-value = { $policy } (home { $home }, device { $device }; reminders follow { $zone })
# $city: a city's name.
cli-sun-zone-city = { $city } (the main city of the zone followed)
cli-sun-no-city = none: the zone followed has no city; choose one with --city
# $place: a city or coordinates; $metres: the elevation.
cli-settings-sun-value = { $place }, { $metres } m up
# `aftercare protocol`. $name, $version: the protocol's; $studio: the studio's name.
cli-protocol-heading = "{ $name }" { $version }
cli-protocol-heading-studio = "{ $name }" { $version } from { $studio }
cli-protocol-same = It is the protocol you follow already: nothing to change.
cli-protocol-differences =
    { $count ->
        [one] 1 difference from yours:
       *[other] { $count } differences from yours:
    }
# A rule or field the new protocol drops. $what: what it was; $before: its value.
cli-protocol-was = { $what } (was: { $before })
# Asked on the terminal, answered y or n.
cli-protocol-confirm = Follow this protocol from now on?
cli-protocol-declined = Nothing changed. Run again with --yes to follow it.
cli-protocol-following = Now following "{ $name }" { $version }. Reminders: { $changes }
# $file: the file checked; $rules: how many rules it has.
cli-protocol-ok =
    { $rules ->
        [one] { $file }: ok: "{ $name }" version { $version }, 1 rule
       *[other] { $file }: ok: "{ $name }" version { $version }, { $rules } rules
    }
# `aftercare sun`. $place: a city or coordinates; $zone: the time zone.
cli-sun-heading = Clear-sky UV index in { $place } · times in { $zone }
# $date: a day; $peak: the day's highest UV index; $time: when; $protect: cli-sun-protect or
# cli-sun-below.
cli-sun-day = { $date }  peak { $peak } at { $time }  { $protect }
# $opens, $closes: times of day.
cli-sun-protect = protect { $opens }–{ $closes }
# $level: the UV index from which to protect the scalp.
cli-sun-below = UV stays below { $level }
cli-sun-note = A clear-sky estimate: clouds lower it, snow and altitude raise it. Protect your scalp at UV { $level } and above.
# Where an answer is read from, named in an error when it cannot be.
cli-standard-input = standard input

## Today: where the client is in the treatment, the day's checklist, what changes next, the
## next session, the sun, the check-in, and the medical notice.

today-title = Today
today-no-session = Add a session to see your checklist.

## The checklist's sections.

today-section-allowed-today = Allowed again from today
today-section-avoid = Avoid
today-section-do = Do
today-section-allowed = Allowed again

today-nothing = Nothing to do today
today-nothing-sun = Protect your scalp from the sun when you are outdoors: sun is what fades SMP most.

# Followed by today-missed-link. $count: how many reminders were missed.
today-missed =
    { $count ->
        [one] 1 reminder was missed while notifications could not be shown.
       *[other] { $count } reminders were missed while notifications could not be shown.
    }
today-missed-link = See them in the timeline

## What changes next.

today-next-change-label = What changes next
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-change = Next change, { $when }
# $date: the day, written out; $session: the session's number; $day: the day since it.
today-next-change-day = { $date } · session { $session }, day { $day }

## The next session.

today-next-session-label = Next session
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-session = Next session, { $when }
# $session: the session's number; $date: its day, written out; $time: its start time.
today-next-session-at = Session { $session }: { $date } at { $time }
# $time: the session's start time; $zone: the time zone it is in, an IANA name ("Europe/London").
today-next-session-zone = { $time } in { $zone }

## A step of the checklist.

# For what is avoided: $date, the last day it still applies, written out.
today-until = through { $date }
today-until-today = last day today
today-new = New today
today-add-photo = Add a photo
# Under a check-in that asks for a photo.
today-photo-guide = For photos you can compare: the same place, the same light (daylight from in front of you, no flash), the camera at the same height and angle as last time.
today-add-touch-up = Booked a touch-up? Add it as your next session
today-touch-up-add = Add the session
# $session: its number; $date: its day.
today-touch-up-added = Session { $session } added for { $date }: your protocol's preparation comes before it, its aftercare after.
# A button offered where a healing step is allowed again today, or avoided for the last day.
today-postpone = Still healing? Wait a day
# The same button, for screen readers. $step: the step's title.
today-postpone-label = Still healing? Wait a day: { $step }
today-postponed = Pushed back a day; your reminders follow.
today-postpone-undone = Back to your protocol’s day.

## Healing steps the client pushed back.

today-waiting = Waiting longer than your protocol
# $step: the step's title; $days: how many days it was pushed back.
today-waiting-step =
    { $days ->
        [one] { $step }: 1 day later
       *[other] { $step }: { $days } days later
    }
today-undo = Undo
# For screen readers. $step: the step's title.
today-undo-label = Undo: { $step }

## The sun where the client is: a clear-sky estimate.

today-sun-label = Sun today
# $place: a city's name, or coordinates.
today-sun = Sun today in { $place }
# $opens, $closes: times of day.
today-sun-window = UV 3 or more from { $opens } to { $closes }
today-sun-low = The UV index stays below 3 today
# $peak: the day's highest UV index, a number such as 6.4; $peak_at: the time of day it is reached.
today-sun-peak = Peak { NUMBER($peak, minimumFractionDigits: 1, maximumFractionDigits: 1) } around { $peak_at }. A clear-sky estimate: clouds lower it; altitude, snow and water raise it.

## The day's check-in.

today-check-in-label = Today’s check-in
# Once answered, when nothing calls for the practitioner.
today-checked-in-usual = Checked in: healing as usual
today-check-in-change = See or change it
today-check-in-why = See why
today-check-in-prompt-label = Healing check-in
today-check-in-prompt = How does your scalp look and feel today? A quick check-in tells you when something calls for your practitioner.
today-check-in = Check in

## The medical notice, also on the first-run and settings screens.

today-notice-label = Not medical advice
# In bold, before today-notice.
today-notice-title = Not medical advice.
today-notice = This app reminds you of a routine; your practitioner’s instructions always come first.
today-notice-when = When to contact your practitioner or a doctor
today-sign-redness = Redness that spreads or grows after day 3
today-sign-swelling = Warmth, or swelling that keeps growing
today-sign-pus = Pus or yellow discharge
today-sign-fever = Fever or chills
today-sign-streaks = Red streaks from the area
today-sign-pain = Severe pain
today-never-diagnoses = The app gives this advice; it never diagnoses.

## Where the day stands in the healing of its session: a bar for each thing avoided.

today-course = Your healing, day by day
# $title: what is avoided; $left: days left of it, today included.
today-course-left = { $title }: { $left ->
        [one] last day
       *[other] { $left } days left
    }
# Something avoided from a later day. $date: from when.
today-course-later = { $title }: from { $date }
# Once it is over. $title: what is allowed again; $date: since when.
today-course-over = { $title } (since { $date })

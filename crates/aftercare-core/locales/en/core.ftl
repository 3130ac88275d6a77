## The engine's texts: reminders and notifications, where a day stands in the treatment,
## healing advice, the progress summary.

## How far a day is from today. $days: a whole number, 0 or more.

days-ahead =
    { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }
days-ago =
    { $days ->
        [1] yesterday
       *[other] { $days } days ago
    }

## Where a date stands. $session: the session's number; $day: the day since it (day 0 is the
## session's day); $days: how many days before it.

position-day = Session { $session } · day { $day }
position-before =
    { $days ->
        [one] 1 day before session { $session }
       *[other] { $days } days before session { $session }
    }

## Reminders as notifications show them.

# The morning digest. $session, $day as above; $days: days before the session.
digest-title-day = Session { $session } · day { $day }: today's steps
digest-title-before =
    { $days ->
        [one] Session { $session } in 1 day: today's steps
       *[other] Session { $session } in { $days } days: today's steps
    }
# Reminders of one category that go out at the same minute, as one notification.
group-milestone = Changes from today
group-digest = Today's steps
group-prep = Getting ready for your session
group-sun = Sun protection
group-checkin = Time for a check-in
# A step the client may do again from today, in a digest's list. $step: the step's title.
digest-allowed = New: { $step }
# A step in a digest that lasts beyond today. $step: the title; $date: its last day.
digest-until-today = { $step } (last day today)
digest-until = { $step } (through { $date })
# When the sun is strong, added to a sun reminder. $opens, $closes, $peak_at: times of day;
# $peak: the day's highest UV index.
uv-note = UV index 3 or more from { $opens } to { $closes } (peak { $peak } around { $peak_at }). A clear-sky estimate: clouds lower it; altitude, snow and water raise it.

# The buttons on a notification: the step is done; show it again in an hour.
action-done = Done
action-snooze = In an hour

## On the lock screen, unless the client lets notifications show what they say.

private-digest = Aftercare: today's steps
private-milestone = Aftercare: something changes today
private-prep = Aftercare: getting ready for your session
private-sun = Aftercare: sun protection
private-checkin = Aftercare: time for a check-in
private-body = Open SMP Aftercare to see it.

## Healing advice after a check-in. Not medical advice: it says whom to contact.

healing-fever = Fever or chills can mean an infection.
healing-streaks = Red streaks running from the area can mean an infection that spreads.
healing-pus = Pus or yellow discharge is not part of normal healing.
healing-severe-pain = Severe pain is not part of normal healing.
healing-warmth = An area that feels hot to the touch can be inflamed.
healing-spreading = Redness that spreads after day 3 should be looked at.
healing-redness-growing = Redness is growing after day 3, when it should be fading.
healing-swelling-growing = Swelling is growing instead of going down.
healing-pain-growing = Pain is getting worse after day 3, when it should be easing.
healing-doctor = Contact a doctor today
healing-practitioner = Contact your practitioner
healing-usual = Healing as usual
healing-doctor-advice = Contact a doctor today, and tell your practitioner. If you feel very unwell, call your local emergency number.
healing-practitioner-advice = Contact your practitioner, or a doctor, and describe what you see. Keep the area clean and do not pick at it.
healing-usual-advice = Nothing here calls for your practitioner: some redness, itching and flaking are part of healing. Do not scratch or pick; check in again tomorrow.

## The progress summary a client sends their artist, as plain text.

summary-title = SMP aftercare: my progress
# $date: today, written out.
summary-as-of = As of { $date }
summary-protocol = Protocol: { $name }
summary-from = From: { $studio }
summary-sessions = Sessions
# $number: the session's number; $date, $time: when it is.
summary-session-done = - Session { $number }: { $date } at { $time } (done)
summary-session-planned = - Session { $number }: { $date } at { $time } (planned)
# $followed: days with a step ticked or a reminder done, of $days since the first session;
# $done: reminders done.
summary-followed = Aftercare followed on { $followed } of { $days } days since the first session; { $done ->
        [one] 1 reminder done.
       *[other] { $done } reminders done.
    }
summary-no-missed = No missed steps.
summary-missed = Missed steps ({ $count }):
summary-notes = From my healing journal

## The report for the artist: one web page with the chart, and the photos and notes the client
## chose. It reuses the summary's lines above and the journal's words.

report-title = Healing report
# $number: the session's number; $date, $time: when it is.
report-session-done = Session { $number }: { $date } at { $time } (done)
report-session-planned = Session { $number }: { $date } at { $time } (planned)
# $count: how many.
report-missed = Missed steps ({ $count })
report-photos = Photos
# At the foot of the page. $date: today, written out.
report-made = Made with SMP Aftercare on { $date }. It holds only what the client chose to share.

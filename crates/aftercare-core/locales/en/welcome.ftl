## The first run (ui/js/views/welcome.js): the first session and any planned after it, when
## reminders may come, the protocol to follow, and notifications.

welcome-title = Your SMP aftercare, day by day
welcome-intro = Enter your session dates and SMP Aftercare reminds you, on the right day and at the right time, what to avoid, what is allowed again, how to prepare for the next session, and how to protect your scalp for years after. Everything stays on this device.
# Before a link to artist mode (welcome-artist-link), in the same line. It ends with a space,
# written { " " } (Fluent drops a plain one at the end): leave it out in a language that writes
# none between two sentences.
welcome-artist = Are you an SMP artist?{ " " }
welcome-artist-link = Make your own aftercare protocol

## The sessions.

welcome-first-session = Your first session
welcome-zone = Time zone of the session
welcome-zone-hint = Detected from this device. Day 0 is the session’s date there.
welcome-more-sessions = More sessions planned
welcome-more-sessions-hint = SMP usually takes 2 to 4 sessions. Add those you have booked; you can add or move them later.
welcome-add-session = Add a planned session
# The fields of each session.
welcome-date = Date
welcome-time = Time
# A button that takes a planned session off the list.
welcome-remove = Remove
# The same button, for screen readers. $number: the session's number (2 for the first planned one).
welcome-remove-session = Remove session { $number }

## When reminders may come.

welcome-reminders = Reminders
welcome-reminder-time = Morning reminder at
welcome-reminder-time-hint = One notification a day lists what to do and avoid.
# A checkbox, followed by two time fields: welcome-quiet-from and welcome-quiet-to.
welcome-quiet = Quiet hours: no notifications between
welcome-quiet-from = From
welcome-quiet-to = To

## The protocol and notifications (what they offer is in ui.ftl).

welcome-protocol = Aftercare protocol
welcome-notifications = Notifications

## Starting.

welcome-start = Start my aftercare
welcome-session-incomplete = Each session needs a date and a time.
welcome-zone-missing = Choose the time zone of your sessions.
welcome-quiet-invalid = Quiet hours need two different times, or turn them off.
welcome-done = Your aftercare is set up. Reminders will follow it.

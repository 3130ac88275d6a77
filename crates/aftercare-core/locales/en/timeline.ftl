## Timeline: every reminder past and future, grouped by session, with Done and Snooze.

timeline-title = Timeline
# Followed by timeline-jump, when something is still to come. $count: how many reminders there are.
timeline-count =
    { $count ->
        [one] 1 reminder.
       *[other] { $count } reminders.
    }
timeline-jump = Jump to what is next
# $count: how many reminders were missed.
timeline-missed =
    { $count ->
        [one] 1 reminder was missed: it is flagged below.
       *[other] { $count } reminders were missed: they are flagged below.
    }

## The groups' headings.

# $session: the session's number; $date: its day, written out.
timeline-session-on = Session { $session } · { $date }
# A session no longer in the list. $session: its number.
timeline-session = Session { $session }
# Sun protection and check-ins after the healing month.
timeline-years-after = For years after
# Folded away: reminders a change set in the past, which never rang. $count: how many.
timeline-already-past =
    { $count ->
        [one] 1 reminder was already past when it was set
       *[other] { $count } reminders were already past when they were set
    }

## Where a reminder stands.

timeline-state-upcoming = Upcoming
timeline-state-snoozed = Snoozed
timeline-state-shown = Shown
timeline-state-done = Done
timeline-state-missed = Missed
timeline-state-past = Past

## A reminder.

# In place of its time. $when: the day and time the snooze ends.
timeline-snoozed-until = snoozed until { $when }
# A line of a reminder: something allowed again. $step: its title.
timeline-item-new = New: { $step }
# Why a reminder does not come at its rule's time.
timeline-shift-quiet-hours = Moved to the end of your quiet hours.
timeline-shift-dst-gap = The clock moved forward at that time; it comes when it does.
timeline-shift-before-session = Moved to an hour before your session.

## What the client can do with a reminder, and what is said once done.

# A button: mark the reminder done.
timeline-done = Done
timeline-marked-done = Marked done.
timeline-snooze-hour = In an hour
timeline-snooze-evening = This evening
timeline-snooze-tomorrow = Tomorrow morning
timeline-snoozed-hour = Snoozed: in an hour.
timeline-snoozed-evening = Snoozed: this evening.
timeline-snoozed-tomorrow = Snoozed: tomorrow morning.

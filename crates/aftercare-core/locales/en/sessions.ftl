## The Sessions screen: add, move and remove appointments; the reminders follow at once.

sessions-title = Sessions
sessions-intro = Move a session and every reminder that counts from it follows. Sessions need to be a few days apart, as your protocol says.

## A session's fields, on each session and in the form that adds one.

sessions-date = Date
sessions-time = Time
sessions-zone = Time zone
sessions-needs-date-time = A session needs a date and a time.
sessions-needs-zone = A session needs its time zone.

## Each session, in a card.

# $number: the session's number (1 for the first).
sessions-heading = Session { $number }
# Under the heading. $date: the session's day, written out (Monday, March 9, 2026); $time: its
# time of day; $zone: its time zone, an IANA name such as Europe/London.
sessions-when = { $date } · { $time } · { $zone }
sessions-move = Move session
sessions-remove = Remove
# Why Remove is greyed out when there is one session.
sessions-only-one = Your only session stays; move it instead.
# $number: the session's number.
sessions-moved = Session { $number } moved; its reminders followed.

## Asked before a session is removed.

# $number: the session's number.
sessions-remove-title = Remove session { $number }?
sessions-remove-message = Its reminders are removed with it. What you marked done is kept, should you add it back.
# The button that confirms.
sessions-remove-confirm = Remove session
# $number: the session's number.
sessions-removed = Session { $number } removed.

## The form that adds a session.

sessions-add-title = Add a session
sessions-add-hint = A further session, or a touch-up years later.
sessions-add = Add session
sessions-added = Session added; its reminders are set.

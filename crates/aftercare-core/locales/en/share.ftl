## The Share screen: an artist's protocol by code or link, the reminders as a calendar file, a
## progress summary for the artist, and the way into artist mode. Nothing leaves the device
## unless the client saves or shares it there.

share-title = Share
share-intro = Nothing leaves this device unless you save or share it here.

## An artist's protocol, pasted as a code or a link, looked at before anything changes.

share-protocol-title = Your artist’s protocol
share-protocol-intro = Clinics differ on the days. Follow your own artist’s: paste the code or link they gave you, see what changes, then decide.
share-code-label = Code or link
share-code-missing = Paste the code or link your artist gave you.
share-preview = See what changes
# The protocol offered, as a heading. $name: its name; $version: its version, as its author
# wrote it (1.2, 2026-spring).
share-protocol-name = { $name } ({ $version })
# Who gives the protocol. $studio: the studio's or artist's name.
share-from = From { $studio }
# $studio: the studio's or artist's name; $contact: a phone number, e-mail or street address.
share-from-contact = From { $studio } · { $contact }
share-no-change = This is the protocol you already follow: nothing would change.
# Above the list of differences. $count: how many, 1 or more.
share-changes =
    { $count ->
        [one] 1 change from what you follow now:
       *[other] { $count } changes from what you follow now:
    }
# Between what the protocol followed says and what the one offered would say, with a space on
# each side: point it the way the language reads.
share-change-arrow = →
share-nothing-yet = Nothing changes until you choose to follow it. Your sessions and what you ticked stay as they are.
share-follow = Follow this protocol
# $name: the protocol's name.
share-following = Now following { $name }; your reminders follow its days.

## The reminders as a calendar file. The buttons say Save on a computer, Share on a phone.

share-calendar-title = Calendar
share-calendar-intro = Your reminders and upcoming sessions as a calendar file (.ics) for any calendar app, each with an alert. Import a newer file and the events are updated, not doubled.
share-calendar-kinds = Which reminders
share-calendar-from = From (optional)
share-calendar-to = To (optional)
share-calendar-save = Save the calendar file
share-calendar-share = Share the calendar file
share-calendar-no-kind = Choose at least one kind of reminder.
share-calendar-backwards = The first day comes after the last.

## The progress report for the artist, and the same as text (both come from the engine).

share-summary-title = Progress for your artist
share-summary-intro = Your sessions, how many days you followed, any missed step and the chart of your check-ins, as one page your artist opens in any browser. Journal notes and photos go only if you tick them.
share-summary-notes = Journal notes to include
share-summary-no-notes = No journal notes yet.
share-summary-photos = Photos to include
share-summary-no-photos = No photos yet.
# What a screen reader calls the preview of the report.
share-report-label = The report, as your artist will see it
share-report-save = Save the report
share-report-share = Share the report
share-summary-save = Save as text
share-summary-share = Share as text

## The way into artist mode.

share-artist-title = Are you an SMP artist?
share-artist-intro = Write your own aftercare days and texts, starting from the default, and give them to your clients as a QR code, a link or a file.
share-artist-open = Open artist mode

## Artist mode: an artist's own protocol, made from one the app ships or the one followed, then
## handed to clients as a QR code, a link, a code or a file.

artist-title = Artist mode
artist-intro = Set the days and words of your own aftercare. Your clients scan the QR code, or open the link, and see what differs before they follow it.
# Links back to where artist mode was opened from.
artist-back-share = ← Back to Share
artist-back-welcome = ← Back to the first steps
# The protocol the artist starts from.
artist-base = Start from
artist-base-seed = The default
artist-base-strict = The stricter example
artist-base-current = The one I follow
# What a screen reader calls the form.
artist-form-label = Your protocol

## Who gives the protocol.

artist-studio-legend = Your studio
artist-studio = Studio or artist name
artist-studio-hint = Shown to your clients with the protocol.
artist-contact = Address or opening hours (optional)
artist-contact-hint = Shown as text.
# Ways to reach the studio that the client's phone opens: the dialler, the mail app, the browser.
artist-phone = Phone (optional)
artist-email = E-mail (optional)
artist-website = Website (optional)
artist-social = Social media handle (optional)
artist-name = Protocol name
artist-version = Version

## Each rule's days and texts.

artist-rules-title = Days and words
artist-rules-hint = Day 0 is the day of a session; negative days come before it.
# Under each rule's title: what it asks, and the session its days count from. $kind: avoid
# (something to avoid for a while), allowed (something allowed again) or do (something to do);
# $from: each (each session), first (the first session), final (the final session) or treatment
# (the whole treatment).
artist-rule-kind =
    { $kind ->
        [avoid] Avoid
        [allowed] Allowed again
       *[do] Do
    }, counted from { $from ->
        [first] the first session
        [final] the final session
        [treatment] the treatment
       *[each] each session
    }
artist-from-day = From day
artist-to-day = To day
artist-rule-title = Title
artist-rule-text = Text
# $rule: the rule's title.
artist-first-day-whole = { $rule }: the first day must be a whole number.
# $rule: the rule's title.
artist-last-day-whole = { $rule }: the last day must be a whole number.
artist-make = Make the QR code and link

## The protocol, ready to give.

artist-give-title = Give it to your clients
artist-give-intro = They scan this with their phone’s camera, or open the link, and SMP Aftercare shows them what differs before they follow it.
artist-qr-alt = QR code of the link to your protocol
artist-link = Link
artist-code = Code, to paste in the app’s Share screen
# The button says Save on a computer, Share on a phone.
artist-save-file = Save as a protocol file
artist-share-file = Share as a protocol file

## What an artist's protocol would change, listed before the client follows it
## (`protocol import` on the command line too). Each difference: what, before, after.

compare-name = Name
compare-version = Version
compare-studio = Studio
compare-description = Description
compare-min-days = Days between sessions, at least
# $category: one of the compare-category-* words.
compare-grace = How late a { $category } reminder may still come
# $rule: the rule's title.
compare-new = New: { $rule }
compare-dropped = Dropped: { $rule }
# A rule's field that changed. $rule: the rule's title; $field: one of the compare-field-* names.
compare-rule-field = { $rule }: { $field }
compare-field-title = title
compare-field-days = days
compare-field-from = counts from
compare-field-kind = what it asks
compare-field-category = kind of reminder
compare-field-at = reminder
compare-field-every = repeats
compare-field-lifts = ends
compare-field-body = text
compare-field-source = source
# A rule in one line. $kind: a compare-kind-* word; $window: its days; $anchor: a compare-anchor-*
# phrase; $body: the rule's text.
compare-summary = { $kind }, { $window } of { $anchor }: { $body }
compare-window = { $start } to { $end }
compare-day = day { $day }
compare-days-before =
    { $days ->
        [one] the day before
       *[other] { $days } days before
    }
compare-hours =
    { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
# How often a rule repeats; 0: it does not.
compare-every =
    { $days ->
        [0] no
        [one] every day
       *[other] every { $days } days
    }
compare-at-digest = in the morning list
compare-at-morning = at the morning reminder time
# $time: a time of day.
compare-at-time = at { $time }
compare-at-uv = shortly before the UV index reaches 3
compare-anchor-each = each session
compare-anchor-first = the first session
compare-anchor-final = the final session
compare-anchor-treatment = the treatment
compare-kind-avoid = avoid
compare-kind-allowed = allowed again
compare-kind-do = do
compare-category-milestone = change
compare-category-digest = daily
compare-category-prep = preparation
compare-category-sun = sun
compare-category-checkin = check-in

## The calendar file. $number: the session's number; $time: when it starts; $zone: its time zone.

ics-calendar = SMP aftercare
ics-session = SMP session { $number }
ics-session-description = Scalp micropigmentation, session { $number }, { $time } in { $zone }.
ics-session-alarm = SMP session { $number } in two hours

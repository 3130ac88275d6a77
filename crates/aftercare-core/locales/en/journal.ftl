## The healing journal: the daily check-in, photos, earlier check-ins, notes.

journal-title = Journal
journal-intro = How your scalp heals, for you (and for your artist, only if you share it). It stays on this device.

## The daily check-in. Each question's answers are its own messages, so that they can agree
## with the sign they describe.

journal-check-in = How is your scalp today?
journal-redness = Redness
journal-redness-none = None
journal-redness-mild = Mild
journal-redness-moderate = Moderate
journal-redness-severe = Severe
journal-spreading = The redness spreads beyond the treated area
journal-swelling = Swelling
journal-swelling-none = None
journal-swelling-mild = Mild
journal-swelling-moderate = Moderate
journal-swelling-severe = Severe
journal-itching = Itching
journal-itching-none = None
journal-itching-mild = Mild
journal-itching-moderate = Moderate
journal-itching-severe = Severe
# Followed by a choice of journal-surface-smooth, -flaking, -scabbing.
journal-surface = The skin is
journal-surface-smooth = Smooth
journal-surface-flaking = Flaking
journal-surface-scabbing = Scabbing
# Above a slider from 0 to 10.
journal-pain = Pain, from 0 (none) to 10
journal-discharge = Discharge (pus: yellow or green)
journal-discharge-none = None
journal-discharge-clear = Clear
journal-discharge-pus = Pus
journal-warmth = It feels hot to the touch
journal-fever = Fever or chills
journal-streaks = Red streaks running from the area
journal-check-in-save = Save check-in
journal-check-in-update = Update today’s check-in
journal-check-in-saved = Check-in saved.
# Under the advice a check-in calls for.
journal-never-diagnoses = The app gives this advice; it never diagnoses.

## Photos.

journal-photos = Photos
journal-photos-hint = The same angle and light each time shows best how it heals. Where a photo was taken is removed before it is kept.
# The label of the date field: the day a photo shows.
journal-photo-date = For the day
journal-photo-take = Take a photo
journal-photo-choose = Choose a photo
journal-photo-added = Photo added, without its location.
journal-photos-none = No photos yet.
# The two days whose photos are shown side by side.
journal-photo-first = First day
journal-photo-second = Second day
# A day in the lists of the two days, short to fit a phone. $day: the day since the session.
journal-photo-day-short = Day { $day }
# The strip of every photo, for screen readers.
journal-photo-strip = Every photo, by day
# A thumbnail in the strip. $photo: its caption.
journal-photo-open = Open { $photo } full size
# How two days are compared: a choice of two.
journal-photo-compare = Compare
journal-photo-side-by-side = Side by side
journal-photo-slider = Before and after slider
# The slider, for screen readers. $before, $after: the two captions.
journal-photo-slider-label = Slide to uncover { $after } over { $before }
journal-photo-zoom-in = Zoom in
journal-photo-zoom-out = Zoom out
# A photo's caption. $day: the day since the session; $date: the day, written out.
journal-photo-day = Day { $day } · { $date }
# The photo's text for screen readers. $photo: its caption (journal-photo-day, or the date alone
# before the first session).
journal-photo-alt = Your scalp, { $photo }
# A button under a photo.
journal-photo-delete = Delete
# The same button, for screen readers. $photo: the photo's caption.
journal-photo-delete-label = Delete the photo of { $photo }
journal-photo-delete-title = Delete this photo?
# $photo: the photo's caption (journal-photo-day, or the date alone before the first session).
journal-photo-delete-text = The photo of { $photo } is erased from this device for good.
# Confirms deleting the photo.
journal-photo-delete-confirm = Delete
journal-photo-deleted = Photo deleted.
journal-photo-unreadable = The photo could not be read.

## Earlier check-ins.

# $position: where the day stands ("Session 1 · day 3", "2 days before session 1"); $date: the
# day, written out.
journal-history-day = { $position } · { $date }
# A day's check-in in a few words. $redness, $swelling: how strong: none, mild, moderate or severe; $pain: 0 to 10.
journal-history-signs =
    Redness { $redness ->
        [mild] mild
        [moderate] moderate
        [severe] severe
       *[none] none
    }, swelling { $swelling ->
        [mild] mild
        [moderate] moderate
        [severe] severe
       *[none] none
    }, pain { $pain }/10
journal-history-doctor = See a doctor
journal-history-practitioner = Ask your practitioner

## Notes.

journal-notes = Notes
# The label of the text field.
journal-note = A note for today
journal-note-save = Save note
journal-note-empty = Write something first.
journal-note-saved = Note saved.

## How to reach the studio, under a red flag's advice. $studio: its name.

journal-studio = Your studio, { $studio }, can help:
# After a doctor-level flag: the doctor comes first.
journal-studio-after-doctor = After a doctor, tell your studio, { $studio }:
# $phone, $email: as the protocol gives them.
journal-studio-call = Call { $phone }
journal-studio-email = E-mail { $email }
journal-studio-website = Open the studio's website

## The healing chart: the check-ins over the healing days. The chart's own words are short:
## they stand beside its lines on a 360 px phone.

journal-chart = Healing at a glance
journal-chart-empty = Your check-ins will show here as a chart, day by day.
journal-chart-hint = Tap a day to see its check-in and photos. A number marks the day something is allowed again.
# What a screen reader says of the chart; the table under it gives the same answers. $count:
# the days answered.
journal-chart-label = A chart of your check-ins on { $count ->
        [one] one day
       *[other] { $count } days
    }; the table below gives the same answers.
chart-none = None
chart-mild = Mild
chart-moderate = Moderate
chart-severe = Severe
chart-pain = Pain
chart-day = Day
chart-today = Today
# A session's line on the chart: a few letters. $number: the session's number.
chart-session = S{ $number }
chart-redness = Redness
chart-swelling = Swelling
chart-itching = Itching
chart-flaking = Flaking, scabs
# A table's column: how the skin looks.
chart-skin = Skin
# A numbered day on the chart (the list gives the number). $position: "Session 1 · day 4"; $date: the day; $title: the
# protocol's words for what is allowed again.
journal-milestone = { $position }, { $date }: { $title }
# After a milestone the client pushed back. $days: by how many days.
journal-milestone-pushed = (pushed back { $days ->
        [one] one day
       *[other] { $days } days
    })
# The caption of the table of answers under the chart.
journal-table = Your answers, day by day
# A day opened from the chart or the table.
journal-day-no-check-in = No check-in on this day.
journal-day-no-photos = No photo of this day.
journal-day-close = Close

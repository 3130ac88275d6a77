## The app's frame (ui/index.html, ui/js/app.js): the tabs, the window's title, the banners above
## every screen, what shows while the app starts or when it fails.

ui-skip = Skip to content
# Shown while the first screen loads.
ui-loading = Loading your aftercare…
# The tab bar, for screen readers.
ui-sections = Sections
# The window's title. $screen: the screen's title (screen-today...).
ui-window-title = { $screen } · SMP Aftercare
# A heading, with the reason (in the client's language) under it.
ui-could-not-start = SMP Aftercare could not start

## A short message at the bottom of the screen when something failed that no screen expected.

# $message: what went wrong, as the app or the system wrote it (it may be in English).
ui-error = Something went wrong: { $message }
# $file: the address of a file of the app (a script, a style sheet, an image).
ui-error-load = Something went wrong: could not load { $file }
ui-error-load-unnamed = Something went wrong: could not load a file
# $address: the address the app's security rules did not let it load.
ui-error-blocked = Something went wrong: blocked by the content security policy: { $address }

## The tabs at the bottom of the screen: short, six share a phone's width.

tab-today = Today
tab-timeline = Timeline
tab-journal = Journal
tab-sessions = Sessions
tab-share = Share
tab-settings = Settings

## The screens' titles, in the window's title.

screen-welcome = Welcome
screen-today = Today
screen-timeline = Timeline
screen-journal = Journal
screen-sessions = Sessions
screen-share = Share
screen-artist = Artist mode
screen-settings = Settings

## The banner shown when the device is in another time zone than the client's home.

ui-zone-banner = Time zone
# $zone: the time zone the device is in now; $home: the client's home zone (both IANA names,
# such as Europe/Paris).
ui-zone-question = You are now in { $zone }. Should reminders keep their times there, or stay on home time ({ $home })?
# A button. $zone: the time zone the device is in now.
ui-zone-follow = Follow { $zone }
ui-zone-keep-home = Keep home time
# After the client answered.
ui-zone-followed = Reminders follow the time where you are.
ui-zone-kept = Reminders stay on home time.

## The banner shown when the check of the whole database found damage.

ui-damaged-banner = Damaged data

## The banner shown when the app may not show notifications.

ui-notifications-banner = Notifications
ui-notifications-off = Notifications are off, so reminders cannot reach you. Turn them on in Settings.
ui-open-settings = Open Settings

## The kinds of reminder, as the client can mute them (settings) or export them (share): a name,
## and what it covers.

category-digest = Today’s steps
category-digest-hint = The morning list of what to do and avoid.
category-milestone = Changes
category-milestone-hint = When something is allowed again, such as washing.
category-prep = Before a session
category-prep-hint = No alcohol, cutting your hair, sleeping well.
category-sun = Sun protection
category-sun-hint = Covering up while healing, and for years after.
category-checkin = Check-ins
category-checkin-hint = Fade checks and touch-ups over the years.

## Choosing the aftercare protocol to follow (first run and settings): one the app ships, or the
## client's artist's.

ui-protocol-choice = Aftercare protocol
# The protocol the app suggests. $name: its name, as the protocol file writes it.
ui-protocol-recommended = { $name } (recommended)
ui-protocol-code = A code or link from my artist
ui-protocol-code-hint = What your practitioner’s QR code or message gave you.
ui-protocol-file = My artist’s protocol file
ui-protocol-file-hint = A .toml or .json file your practitioner gave you.
# The fields that show for the last two choices.
ui-protocol-file-field = Protocol file
ui-protocol-code-field = Code or link
ui-protocol-code-missing = Paste the code or link your artist gave you.
ui-protocol-file-missing = Choose the protocol file your artist gave you.
# $file: the name of the file the client chose.
ui-protocol-file-too-large = { $file } is too large to be a protocol file.

## Notifications, explained before the system asks for the permission (first run and settings).

# “Aftercare: today’s steps” is what the lock screen shows (private-digest).
ui-permission-why = Reminders are notifications: the day’s steps in the morning, the evening before a session, and when something is allowed again. On the lock screen they only say “Aftercare: today’s steps” unless you choose to show details.
ui-permission-allow = Allow notifications
ui-permission-granted = Notifications are on.
ui-permission-denied = Notifications are turned off for SMP Aftercare. Turn them on in the system settings to get your reminders.
ui-permission-prompt = Not asked yet.

## Shared by every screen (ui/js/dom.js).

# The button that closes a confirmation dialog without doing anything.
ui-cancel = Cancel

## The Settings screen: the language, when reminders come, which kinds, whose clock they follow,
## what the lock screen shows, notifications, the protocol, backups, deleting everything.

settings-title = Settings

## The settings form: the language, then the reminders.

settings-reminders-title = Reminders
settings-language = Language
# The first choice of language, before the languages the app has (each named in itself).
settings-language-system = The system’s language
settings-language-hint = Dates and times follow the language’s conventions.
settings-reminder-time = Morning reminder at
settings-reminder-time-missing = Choose the time of the morning reminder.
settings-quiet = Quiet hours
# When quiet hours begin, and when they end.
settings-quiet-from = From
settings-quiet-to = To
settings-quiet-hint = A reminder due in quiet hours waits until they end; none is dropped.
settings-quiet-invalid = Quiet hours need two different times, or turn them off.
# Above the kinds of reminder, each of which can be turned off.
settings-kinds = Kinds of reminder
settings-zone = Time zone
settings-policy-follow = Follow where I am
# $time: an example time of day, 9 in the morning, written as the client's conventions do.
settings-policy-follow-hint = A { $time } reminder stays at { $time } local time when you travel.
settings-policy-home = Keep home time
settings-policy-home-hint = Reminders keep the clock of your home zone, wherever you are.
settings-home-zone = Home zone
settings-details = Show what a reminder says on the lock screen
# Quotes what the lock screen shows instead (the message private-digest).
settings-details-hint = Off: the lock screen only shows “{ private-digest }”; the details are in the app.
settings-save = Save settings
settings-saved = Settings saved; reminders follow them.

## Where the sun is estimated for: the main city of the time zone, a city from the list, or
## coordinates; and the elevation.

settings-sun-legend = Where you are, for the sun
settings-place = Place
settings-place-hint = Sun reminders follow the UV index there. The app never asks for your location.
settings-place-zone = The main city of my time zone
# $city: the main city of the time zone reminders follow (Lisbon).
settings-place-zone-city = The main city of my time zone ({ $city })
settings-place-city = A city from the list
settings-place-coordinates = Coordinates
settings-city = City
# An example in the city field; any well-known city of the language's countries.
settings-city-placeholder = e.g. Lisbon
settings-city-hint = Start typing; the list holds the main city of every time zone.
settings-city-unknown = Choose a city from the list, or enter coordinates.
# Labels of the coordinates: north and east are positive, south and west negative.
settings-latitude = Latitude (north +)
settings-longitude = Longitude (east +)
# $latitude, $longitude: example coordinates (London's), numbers with decimals.
settings-coordinates-missing = Enter both the latitude and the longitude, e.g. { $latitude } and { $longitude }.
settings-elevation = Elevation in metres
settings-elevation-hint = The UV index rises about 6% with each kilometre.

## Notifications: on Android, exact times; on a computer, the tray and starting at login.

settings-notifications-title = Notifications
settings-exact-allowed = Reminders come at their minute: Android lets SMP Aftercare set exact alarms.
# “Alarms & reminders” is the name of Android's system setting, as Android calls it in the language.
settings-exact-held = Android may hold a reminder back by up to an hour to save battery, so times here are “around”. Allow “Alarms & reminders” for SMP Aftercare and they come at their minute.
settings-exact-allow = Allow exact times
# “Quit” is the item of the tray icon’s menu: write it as the tray menu does.
settings-desktop = On a computer, reminders come while SMP Aftercare runs. Closing its window keeps it running in the tray; choose “Quit” there to stop it. Whatever came due while it was closed is shown when it starts, if it is still useful.
settings-autostart = Start SMP Aftercare in the tray when I log in
settings-autostart-on = SMP Aftercare starts in the tray when you log in.
settings-autostart-off = SMP Aftercare no longer starts at login.

## The protocol followed, and choosing another.

settings-protocol-title = Aftercare protocol
# The protocol followed, one the app ships; its name is shown in bold. $name: its name;
# $version: its version, as its author wrote it.
settings-following = Following { $name } (version { $version }).
# The protocol followed, from a code without a studio's name. $name, $version as above.
settings-following-shared = Following { $name } (version { $version }, from shared code).
# The protocol followed, from an artist. $name, $version as above; $origin: the studio's name,
# or the name of the file it came in.
settings-following-from = Following { $name } (version { $version }, from { $origin }).
settings-protocol-follow = Follow this protocol
settings-protocol-changed = Protocol changed; your reminders follow it.

## Backups: one file with everything, saved and restored.

settings-backup-title = Backup
settings-backup-intro = Your data lives only on this device. A backup is one file with your sessions, settings, protocol, reminders and journal.
settings-backup-save = Save a backup
settings-backup-file = Backup file
settings-backup-restore = Restore from the backup
settings-backup-no-file = Choose a backup file first.
settings-restore-title = Restore this backup?
settings-restore-message = Everything in the app is replaced by the backup. If the backup is damaged, nothing changes.
# The button that confirms.
settings-restore-confirm = Restore
settings-backup-restored = Backup restored.

## Deleting everything.

settings-delete-heading = Delete all data
settings-delete = Delete all data
settings-delete-title = Delete all your data?
settings-delete-message = Your sessions, settings, protocol choice, reminders and journal are deleted from this device, and pending notifications are cancelled. This cannot be undone; save a backup first if you may want them back.
# The button that confirms.
settings-delete-confirm = Delete everything
settings-deleted = Everything was deleted.

## The medical notice, below.

settings-about-title = About your aftercare

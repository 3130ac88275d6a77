## The app around the screens: files handed to the client, the desktop's tray, Android's
## notification channels (listed in the system's settings for the app).

# A file written for the client on a computer. $path: where it is.
file-saved = Saved to { $path }
file-shared = Shared
# iOS: the client closed the share sheet without sharing.
file-not-shared = Nothing was shared
# Android cannot tell whether the client shared the file or closed the sheet.
file-to-share-sheet = Handed to the share sheet

tray-open = Open SMP Aftercare
tray-quit = Quit (reminders stop)

channel-digest = Today's steps
channel-digest-about = One morning digest of the day's do's and don'ts.
channel-milestone = Changes
channel-milestone-about = When something is allowed again, such as washing.
channel-prep = Before a session
channel-prep-about = Getting ready: no alcohol, cutting your hair, sleep.
channel-sun = Sun protection
channel-sun-about = Covering up, and protecting your scalp for years after.
channel-checkin = Check-ins
channel-checkin-about = Fade checks and touch-ups, over the years.

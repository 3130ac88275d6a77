### Review status: draft. Written without a native speaker; needs review by one before release.

## The command line's output for clients: `aftercare plan` and `aftercare today`.

# The first line of `plan`. $protocol, $version: the protocol's name and version; $zone: the time
# zone; $time: the reminder time.
cli-plan-heading = { $protocol } { $version } · fuseau horaire { $zone } · rappels à { $time }
# Added to the first line when there are quiet hours. $quiet: the window, 22:00-08:00.
cli-plan-quiet = · heures de silence { $quiet }
# The table's column headings, in capitals.
cli-plan-when = QUAND
cli-plan-session = SÉANCE
cli-plan-day = JOUR
cli-plan-category = CATÉGORIE
cli-plan-reminder = RAPPEL
# Why a reminder is not at its usual time.
cli-shift-quiet-hours = après les heures de silence
cli-shift-dst-gap = l’heure a avancé
cli-shift-before-session = une heure avant la séance
# The last line of `plan`. $count: how many reminders; $counts: how many of each kind.
cli-plan-total =
    { $count ->
        [one] { $count } rappel : { $counts }
       *[other] { $count } rappels : { $counts }
    }
# One kind's count in the last line. $count: how many.
cli-count-milestone =
    { $count ->
        [one] { $count } changement
       *[other] { $count } changements
    }
cli-count-digest =
    { $count ->
        [one] { $count } récapitulatif
       *[other] { $count } récapitulatifs
    }
cli-count-prep =
    { $count ->
        [one] { $count } préparation
       *[other] { $count } préparations
    }
cli-count-sun =
    { $count ->
        [one] { $count } protection solaire
       *[other] { $count } protections solaires
    }
cli-count-checkin =
    { $count ->
        [one] { $count } bilan
       *[other] { $count } bilans
    }

# `today`'s first line. $date: the day, written out; $position: where it stands, such as
# "Session 1 · day 3".
cli-day-heading = { $date } · { $position }
cli-today-allowed-today = Autorisé à nouveau dès aujourd’hui
cli-today-avoid = À éviter
cli-today-do = À faire
cli-today-allowed = Autorisé à nouveau
# A step. $step: its title.
cli-today-new = { $step } (dès aujourd’hui)
cli-today-nothing = Rien à faire aujourd’hui.
# $when: in how many days ("tomorrow", "in 3 days"); $date: the day; $position: as in the first
# line; $steps: what changes.
cli-today-next-change = Prochain changement { $when } ({ $date }, { $position }) : { $steps }
cli-today-no-change = Prochain changement : aucun prévu
# $session: its number; $date, $time: when; $zone: its time zone; $when: in how many days.
cli-today-next-session = Prochaine séance : séance { $session } le { $date } à { $time } ({ $zone }), { $when }

## `aftercare journal`: notes, check-ins and photos.

# $date: the day the note is for.
cli-noted = Noté pour le { $date }
cli-notes-none = Aucune note pour l’instant.
cli-photos-none = Aucune photo pour l’instant : ajoutez-en une avec `aftercare journal photo add FILE`.
# $id: the photo's number; $date: its day.
cli-photo-kept = Photo { $id } conservée pour le { $date }, sans données de localisation
# $id: the photo's number; $file: where it was written.
cli-photo-written = Photo { $id } écrite dans { $file }
# $id: the photo's number.
cli-photo-deleted = Photo { $id } supprimée

## What went wrong, on the command line. Options (--tz, --lat) and examples stay as typed.

# $path: the file; $message: what is wrong in it.
cli-error-in-file = { $path } : { $message }
cli-error-problems =
    { $count ->
        [one] { $path } : { $count } problème
       *[other] { $path } : { $count } problèmes
    }
# $detail: the system's own words.
cli-error-read = impossible de lire `{ $path }` : { $detail }
cli-error-write = impossible d’écrire `{ $path }` : { $detail }
cli-error-no-zone = impossible de connaître le fuseau horaire de cette machine (ni TZ ni le système n’en indiquent un) ; indiquez-en un avec --tz, p. ex. --tz Europe/London
cli-error-unknown-city = `{ $city }` n’est pas une ville connue de l’application : utilisez la ville principale d’un fuseau horaire (p. ex. Lisbon, Sydney), ou --lat et --lon
cli-error-no-data-dir = impossible de savoir où conserver les données (ni HOME ni XDG_DATA_HOME) ; indiquez --db PATH
cli-error-no-sessions = aucune séance n’est encore enregistrée : ajoutez-en une avec `aftercare session add 2026-03-05T10:00`, ou indiquez --session
cli-error-no-place = indiquez où calculer le soleil : --zone Europe/London (sa ville principale), ou --lat 51.5 --lon -0.13
cli-error-no-city = le fuseau `{ $zone }` ne désigne aucun lieu : indiquez --lat et --lon

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

## The command line's other output: sessions, reminders, settings, protocols, backups, the sun.

# What an edit did to the stored reminders. $added, $updated, $removed: how many.
cli-changes =
    { $added ->
        [one] { $added } ajouté
       *[other] { $added } ajoutés
    }, { $updated } mis à jour, { $removed ->
        [one] { $removed } supprimé
       *[other] { $removed } supprimés
    }
# $changes: cli-changes.
cli-reminders-changed = Rappels : { $changes }
# $file: a file's path.
cli-wrote = Fichier écrit : { $file }
cli-backed-up = Sauvegarde enregistrée dans { $file }
cli-restored = Sauvegarde restaurée depuis { $file } : { $changes }
# $number: the session's number; $start: its date and time; $zone: its time zone.
cli-session-line = Séance { $number } : { $start } ({ $zone })
cli-sessions-none = Aucune séance pour l’instant.
# The reminders table's column headings, in capitals (also cli-plan-when, -category, -reminder).
cli-reminders-state = ÉTAT
cli-reminders-key = CLÉ
cli-reminders-none = (aucun)
# A reminder's state. $state: pending, scheduled, delivered, done, snoozed, missed or dismissed.
cli-state =
    { $state ->
        [pending] en attente
        [scheduled] programmé
        [delivered] affiché
        [done] fait
        [snoozed] reporté
        [missed] manqué
       *[dismissed] ignoré
    }
# $title: the reminder's title; $state: cli-state; $time: a day and time.
cli-state-change = { $title } : { $state }
cli-snoozed-until = { $title } : reporté jusqu’au { $time }
# `aftercare remind`, while it runs. $key: the reminder's key.
cli-reminding = Envoi des rappels en cours ; laissez tourner cette commande (Ctrl-C pour arrêter).
cli-remind-shown = { $time }  affiché : { $title }  [{ $key }]
cli-remind-done = fait : { $title }  [{ $key }]
cli-remind-snoozed = reporté jusqu’au { $time } : { $title }  [{ $key }]
# $detail: the notification service's own words.
cli-remind-failed = envoi impossible : { $detail }
# `aftercare settings`: each label, then its value, aligned.
cli-settings-time = Heure du rappel :
cli-settings-quiet = Heures de silence :
cli-settings-zones = Fuseaux horaires :
cli-settings-muted = En sourdine :
cli-settings-sun = Lieu pour le soleil :
cli-off = désactivées
cli-none = aucun
cli-zone-follow = suivre le fuseau de l’appareil
cli-zone-home = garder le fuseau du domicile
# $policy: cli-zone-follow or cli-zone-home; $home, $device, $zone: time zones.
cli-settings-zones-value = { $policy } (domicile : { $home }, appareil : { $device } ; les rappels suivent { $zone })
# $city: a city's name.
cli-sun-zone-city = { $city } (la ville principale du fuseau suivi)
cli-sun-no-city = aucun : le fuseau suivi n’a pas de ville ; choisissez-en une avec --city
# $place: a city or coordinates; $metres: the elevation.
cli-settings-sun-value = { $place }, à { $metres } m d’altitude
# `aftercare protocol`. $name, $version: the protocol's; $studio: the studio's name.
cli-protocol-heading = "{ $name }" { $version }
cli-protocol-heading-studio = "{ $name }" { $version }, proposé par { $studio }
cli-protocol-same = C’est déjà le protocole que vous suivez : rien à changer.
cli-protocol-differences =
    { $count ->
        [one] { $count } différence avec le vôtre :
       *[other] { $count } différences avec le vôtre :
    }
# A rule or field the new protocol drops. $what: what it was; $before: its value.
cli-protocol-was = { $what } (avant : { $before })
# Asked on the terminal, answered y or n.
cli-protocol-confirm = Suivre ce protocole désormais ?
cli-protocol-declined = Rien n’a changé. Relancez avec --yes pour le suivre.
cli-protocol-following = Vous suivez désormais "{ $name }" { $version }. Rappels : { $changes }
# $file: the file checked; $rules: how many rules it has.
cli-protocol-ok =
    { $rules ->
        [one] { $file } : valide : "{ $name }" version { $version }, { $rules } règle
       *[other] { $file } : valide : "{ $name }" version { $version }, { $rules } règles
    }
# `aftercare sun`. $place: a city or coordinates; $zone: the time zone.
cli-sun-heading = Indice UV par ciel dégagé pour { $place } · fuseau horaire { $zone }
# $date: a day; $peak: the day's highest UV index; $time: when; $protect: cli-sun-protect or
# cli-sun-below.
cli-sun-day = { $date }  pic { $peak } à { $time }  { $protect }
# $opens, $closes: times of day.
cli-sun-protect = protégez-vous de { $opens } à { $closes }
# $level: the UV index from which to protect the scalp.
cli-sun-below = UV sous { $level } toute la journée
cli-sun-note = Estimation par ciel dégagé : les nuages font baisser l’indice ; la neige et l’altitude le font monter. Protégez votre cuir chevelu dès un indice UV de { $level }.
# Where an answer is read from, named in an error when it cannot be.
cli-standard-input = entrée standard

### Review status: draft. Written without a native speaker; needs review by one before release.

## The first run (ui/js/views/welcome.js): the first session and any planned after it, when
## reminders may come, the protocol to follow, and notifications.

welcome-title = Vos soins post-SMP, jour après jour
welcome-intro = Saisissez les dates de vos séances : SMP Aftercare vous rappelle, le bon jour et à la bonne heure, ce qu’il faut éviter, ce qui est de nouveau permis, comment vous préparer à la séance suivante et comment protéger votre cuir chevelu pendant des années. Tout reste sur cet appareil.
# Before a link to artist mode (welcome-artist-link), in the same line. It ends with a space,
# written { " " } (Fluent drops a plain one at the end): leave it out in a language that writes
# none between two sentences.
welcome-artist = Vous êtes artiste SMP ?{ " " }
welcome-artist-link = Créez votre propre protocole de soins

## The sessions.

welcome-first-session = Votre première séance
welcome-zone = Fuseau horaire de la séance
welcome-zone-hint = Détecté sur cet appareil. Le jour 0 est la date de la séance dans ce fuseau.
welcome-more-sessions = Autres séances prévues
welcome-more-sessions-hint = La SMP demande en général 2 à 4 séances. Ajoutez celles que vous avez réservées ; vous pourrez en ajouter ou les déplacer plus tard.
welcome-add-session = Ajouter une séance prévue
# The fields of each session.
welcome-date = Date
welcome-time = Heure
# A button that takes a planned session off the list.
welcome-remove = Retirer
# The same button, for screen readers. $number: the session's number (2 for the first planned one).
welcome-remove-session = Retirer la séance { $number }

## When reminders may come.

welcome-reminders = Rappels
welcome-reminder-time = Rappel du matin à
welcome-reminder-time-hint = Une notification par jour indique ce qu’il faut faire et éviter.
# A checkbox, followed by two time fields: welcome-quiet-from and welcome-quiet-to.
welcome-quiet = Heures de silence : aucune notification sur cette plage
welcome-quiet-from = De
welcome-quiet-to = À

## The protocol and notifications (what they offer is in ui.ftl).

welcome-protocol = Protocole de soins
welcome-notifications = Notifications

## Starting.

welcome-start = Commencer mes soins
welcome-session-incomplete = Chaque séance doit avoir une date et une heure.
welcome-zone-missing = Choisissez le fuseau horaire de vos séances.
welcome-quiet-invalid = Les heures de silence demandent deux heures différentes ; sinon, désactivez-les.
welcome-done = Vos soins sont en place. Les rappels vont suivre.

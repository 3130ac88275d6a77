### Review status: draft. Written without a native speaker; needs review by one before release.

## The Sessions screen: add, move and remove appointments; the reminders follow at once.

sessions-title = Séances
sessions-intro = Déplacez une séance, et tous les rappels qui en dépendent suivent. Les séances doivent être espacées de quelques jours, comme l’indique votre protocole.

## A session's fields, on each session and in the form that adds one.

sessions-date = Date
sessions-time = Heure
sessions-zone = Fuseau horaire
sessions-needs-date-time = Une séance doit avoir une date et une heure.
sessions-needs-zone = Une séance doit avoir son fuseau horaire.

## Each session, in a card.

# $number: the session's number (1 for the first).
sessions-heading = Séance { $number }
# Under the heading. $date: the session's day, written out (Monday, March 9, 2026); $time: its
# time of day; $zone: its time zone, an IANA name such as Europe/London.
sessions-when = { $date } · { $time } · { $zone }
sessions-move = Déplacer la séance
sessions-remove = Supprimer
# Why Remove is greyed out when there is one session.
sessions-only-one = Votre seule séance ne peut pas être supprimée ; déplacez-la plutôt.
# $number: the session's number.
sessions-moved = Séance { $number } déplacée ; ses rappels ont suivi.

## Asked before a session is removed.

# $number: the session's number.
sessions-remove-title = Supprimer la séance { $number } ?
sessions-remove-message = Ses rappels seront supprimés avec elle. Ce que vous avez marqué comme fait est conservé, au cas où vous la rajouteriez.
# The button that confirms.
sessions-remove-confirm = Supprimer la séance
# $number: the session's number.
sessions-removed = Séance { $number } supprimée.

## The form that adds a session.

sessions-add-title = Ajouter une séance
sessions-add-hint = Une séance de plus, ou une retouche des années plus tard.
sessions-add = Ajouter la séance
sessions-added = Séance ajoutée ; ses rappels sont programmés.

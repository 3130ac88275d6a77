### Review status: draft. Written without a native speaker; needs review by one before release.

## Today: where the client is in the treatment, the day's checklist, what changes next, the
## next session, the sun, the check-in, and the medical notice.

today-title = Aujourd’hui
today-no-session = Ajoutez une séance pour voir votre liste du jour.

## The checklist's sections.

today-section-allowed-today = Autorisé à nouveau dès aujourd’hui
today-section-avoid = À éviter
today-section-do = À faire
today-section-allowed = Autorisé à nouveau

today-nothing = Rien à faire aujourd’hui
today-nothing-sun = Protégez votre cuir chevelu du soleil quand vous êtes dehors : c’est surtout le soleil qui fait pâlir la SMP.

# Followed by today-missed-link. $count: how many reminders were missed.
today-missed =
    { $count ->
        [one] { $count } rappel a été manqué pendant que les notifications ne pouvaient pas s’afficher.
       *[other] { $count } rappels ont été manqués pendant que les notifications ne pouvaient pas s’afficher.
    }
today-missed-link = Les voir dans la chronologie

## What changes next.

today-next-change-label = Prochain changement
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-change = Prochain changement : { $when }
# $date: the day, written out; $session: the session's number; $day: the day since it.
today-next-change-day = { $date } · séance { $session }, jour { $day }

## The next session.

today-next-session-label = Prochaine séance
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-session = Prochaine séance : { $when }
# $session: the session's number; $date: its day, written out; $time: its start time.
today-next-session-at = Séance { $session } : { $date } à { $time }
# $time: the session's start time; $zone: the time zone it is in, an IANA name ("Europe/London").
today-next-session-zone = { $time }, fuseau { $zone }

## A step of the checklist.

# For what is avoided: $date, the last day it still applies, written out.
today-until = dernier jour : { $date }
today-until-today = dernier jour : aujourd’hui
today-new = Dès aujourd’hui
today-add-photo = Ajouter une photo
today-photo-guide = Pour des photos comparables : le même endroit, la même lumière (lumière du jour de face, sans flash), l’appareil à la même hauteur et sous le même angle que la dernière fois.
today-add-touch-up = Retouche réservée ? Ajoutez-la comme prochaine séance
today-touch-up-add = Ajouter la séance
today-touch-up-added = Séance { $session } ajoutée pour le { $date } : la préparation de votre protocole vient avant, les soins après.
# A button offered where a healing step is allowed again today, or avoided for the last day.
today-postpone = Pas cicatrisé ? Attendre un jour
# The same button, for screen readers. $step: the step's title.
today-postpone-label = Pas cicatrisé ? Attendre un jour : { $step }
today-postponed = Repoussé d’un jour ; vos rappels suivent.
today-postpone-undone = Retour au jour prévu par votre protocole.

## Healing steps the client pushed back.

today-waiting = Vous attendez plus longtemps que votre protocole
# $step: the step's title; $days: how many days it was pushed back.
today-waiting-step =
    { $days ->
        [one] { $step } : { $days } jour plus tard
       *[other] { $step } : { $days } jours plus tard
    }
today-undo = Annuler
# For screen readers. $step: the step's title.
today-undo-label = Annuler : { $step }

## The sun where the client is: a clear-sky estimate.

today-sun-label = Soleil aujourd’hui
# $place: a city's name, or coordinates.
today-sun = Soleil aujourd’hui à { $place }
# $opens, $closes: times of day.
today-sun-window = Indice UV de 3 ou plus de { $opens } à { $closes }
today-sun-low = L’indice UV reste sous 3 aujourd’hui
# $peak: the day's highest UV index, a number such as 6.4; $peak_at: the time of day it is reached.
today-sun-peak = Pic à { NUMBER($peak, minimumFractionDigits: 1, maximumFractionDigits: 1) } vers { $peak_at }. C’est une estimation par ciel dégagé : les nuages font baisser l’indice ; l’altitude, la neige et l’eau le font monter.

## The day's check-in.

today-check-in-label = Bilan du jour
# Once answered, when nothing calls for the practitioner.
today-checked-in-usual = Bilan fait : cicatrisation normale
today-check-in-change = Voir ou modifier
today-check-in-why = Voir pourquoi
today-check-in-prompt-label = Bilan de cicatrisation
today-check-in-prompt = Comment est votre cuir chevelu aujourd’hui, à l’œil et au toucher ? Un bilan rapide vous indique quand il faut contacter votre praticien.
today-check-in = Faire le point

## The medical notice, also on the first-run and settings screens.

today-notice-label = Pas un avis médical
# In bold, before today-notice.
today-notice-title = Ceci n’est pas un avis médical.
today-notice = Cette application vous rappelle une routine ; les instructions de votre praticien passent toujours en premier.
today-notice-when = Quand contacter votre praticien ou un médecin
today-sign-redness = Une rougeur qui s’étend ou augmente après le jour 3
today-sign-swelling = Une sensation de chaleur, ou un gonflement qui continue d’augmenter
today-sign-pus = Du pus ou un écoulement jaunâtre
today-sign-fever = De la fièvre ou des frissons
today-sign-streaks = Des traînées rouges qui partent de la zone
today-sign-pain = Une douleur intense
today-never-diagnoses = L’application donne ces conseils ; elle ne pose jamais de diagnostic.

## Where the day stands in the healing of its session.

today-course = Votre cicatrisation, jour après jour
today-course-left = { $title } : { $left ->
        [one] dernier jour
       *[other] encore { $left } jours
    }
today-course-later = { $title } : à partir du { $date }
today-course-over = { $title } (depuis le { $date })

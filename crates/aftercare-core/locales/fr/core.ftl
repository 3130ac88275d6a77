### Review status: draft. Written without a native speaker; needs review by one before release.

## The engine's texts: reminders and notifications, where a day stands in the treatment,
## healing advice, the progress summary.

## How far a day is from today. $days: a whole number, 0 or more.

days-ahead =
    { $days ->
        [0] aujourd’hui
        [1] demain
       *[other] dans { $days } jours
    }
days-ago =
    { $days ->
        [1] hier
       *[other] il y a { $days } jours
    }

## Where a date stands. $session: the session's number; $day: the day since it (day 0 is the
## session's day); $days: how many days before it.

position-day = Séance { $session } · jour { $day }
position-before =
    { $days ->
        [one] { $days } jour avant la séance { $session }
       *[other] { $days } jours avant la séance { $session }
    }

## Reminders as notifications show them.

# The morning digest. $session, $day as above; $days: days before the session.
digest-title-day = Séance { $session } · jour { $day } : étapes du jour
digest-title-before =
    { $days ->
        [one] Séance { $session } dans { $days } jour : étapes du jour
       *[other] Séance { $session } dans { $days } jours : étapes du jour
    }
# Reminders of one category that go out at the same minute, as one notification.
group-milestone = Ce qui change à partir d’aujourd’hui
group-digest = Étapes du jour
group-prep = Se préparer pour votre séance
group-sun = Protection solaire
group-checkin = C’est le moment de faire le point
# A step the client may do again from today, in a digest's list. $step: the step's title.
digest-allowed = Dès aujourd’hui : { $step }
# A step in a digest that lasts beyond today. $step: the title; $date: its last day.
digest-until-today = { $step } (dernier jour : aujourd’hui)
digest-until = { $step } (dernier jour : { $date })
# When the sun is strong, added to a sun reminder. $opens, $closes, $peak_at: times of day;
# $peak: the day's highest UV index.
uv-note = Indice UV de 3 ou plus de { $opens } à { $closes } (pic à { $peak } vers { $peak_at }). C’est une estimation par ciel dégagé : les nuages le font baisser ; l’altitude, la neige et l’eau le font monter.

# The buttons on a notification: the step is done; show it again in an hour.
action-done = Fait
action-snooze = Dans une heure

## On the lock screen, unless the client lets notifications show what they say.

private-digest = Soins : étapes du jour
private-milestone = Soins : quelque chose change aujourd’hui
private-prep = Soins : se préparer pour votre séance
private-sun = Soins : protection solaire
private-checkin = Soins : c’est le moment de faire le point
private-body = Ouvrez SMP Aftercare pour le voir.

## Healing advice after a check-in. Not medical advice: it says whom to contact.

healing-fever = De la fièvre ou des frissons peuvent signaler une infection.
healing-streaks = Des traînées rouges qui partent de la zone peuvent signaler une infection qui s’étend.
healing-pus = Du pus ou un écoulement jaunâtre ne font pas partie d’une cicatrisation normale.
healing-severe-pain = Une douleur intense ne fait pas partie d’une cicatrisation normale.
healing-warmth = Une zone chaude au toucher peut être enflammée.
healing-spreading = Une rougeur qui s’étend après le jour 3 doit être examinée.
healing-redness-growing = La rougeur augmente après le jour 3, alors qu’elle devrait s’estomper.
healing-swelling-growing = Le gonflement augmente au lieu de diminuer.
healing-pain-growing = La douleur s’aggrave après le jour 3, alors qu’elle devrait s’atténuer.
healing-doctor = Contactez un médecin aujourd’hui
healing-practitioner = Contactez votre praticien
healing-usual = Cicatrisation normale
healing-doctor-advice = Contactez un médecin aujourd’hui et prévenez votre praticien. Si vous vous sentez très mal, appelez le numéro d’urgence local.
healing-practitioner-advice = Contactez votre praticien, ou un médecin, et décrivez ce que vous voyez. Gardez la zone propre et n’arrachez pas les croûtes.
healing-usual-advice = Rien ici ne demande de contacter votre praticien : un peu de rougeur, des démangeaisons et une peau qui pèle font partie de la cicatrisation. Ne grattez pas et n’arrachez pas les croûtes ; refaites le point demain.

## The progress summary a client sends their artist, as plain text.

summary-title = Soins post-SMP : mon évolution
# $date: today, written out.
summary-as-of = En date du { $date }
summary-protocol = Protocole : { $name }
summary-from = Studio : { $studio }
summary-sessions = Séances
# $number: the session's number; $date, $time: when it is.
summary-session-done = - Séance { $number } : { $date } à { $time } (effectuée)
summary-session-planned = - Séance { $number } : { $date } à { $time } (prévue)
# $followed: days with a step ticked or a reminder done, of $days since the first session;
# $done: reminders done.
summary-followed = Jours de soins suivis depuis la première séance : { $followed } sur { $days } ; { $done ->
        [one] { $done } rappel effectué.
       *[other] { $done } rappels effectués.
    }
summary-no-missed = Aucune étape manquée.
summary-missed = Étapes manquées ({ $count }) :
summary-notes = Extraits de mon journal de cicatrisation

## The report for the artist.

report-title = Bilan de cicatrisation
report-session-done = Séance { $number } : { $date } à { $time } (faite)
report-session-planned = Séance { $number } : { $date } à { $time } (prévue)
report-missed = Étapes manquées ({ $count })
report-photos = Photos
report-made = Fait avec SMP Aftercare le { $date }. Ne contient que ce que le client a choisi de partager.

### Review status: draft. Written without a native speaker; needs review by one before release.

## Timeline: every reminder past and future, grouped by session, with Done and Snooze.

timeline-title = Chronologie
# Followed by timeline-jump, when something is still to come. $count: how many reminders there are.
timeline-count =
    { $count ->
        [one] { $count } rappel.
       *[other] { $count } rappels.
    }
timeline-jump = Aller au prochain rappel
# $count: how many reminders were missed.
timeline-missed =
    { $count ->
        [one] { $count } rappel a été manqué : il est signalé ci-dessous.
       *[other] { $count } rappels ont été manqués : ils sont signalés ci-dessous.
    }

## The groups' headings.

# $session: the session's number; $date: its day, written out.
timeline-session-on = Séance { $session } · { $date }
# A session no longer in the list. $session: its number.
timeline-session = Séance { $session }
# Sun protection and check-ins after the healing month.
timeline-years-after = Les années suivantes
# Folded away: reminders a change set in the past, which never rang. $count: how many.
timeline-already-past =
    { $count ->
        [one] { $count } rappel était déjà passé quand il a été programmé
       *[other] { $count } rappels étaient déjà passés quand ils ont été programmés
    }

## Where a reminder stands.

timeline-state-upcoming = À venir
timeline-state-snoozed = Reporté
timeline-state-shown = Affiché
timeline-state-done = Fait
timeline-state-missed = Manqué
timeline-state-past = Passé

## A reminder.

# In place of its time. $when: the day and time the snooze ends.
timeline-snoozed-until = reporté jusqu’au { $when }
# A line of a reminder: something allowed again. $step: its title.
timeline-item-new = Dès aujourd’hui : { $step }
# Why a reminder does not come at its rule's time.
timeline-shift-quiet-hours = Déplacé à la fin de vos heures de silence.
timeline-shift-dst-gap = L’heure a avancé à ce moment-là ; le rappel arrive juste après le changement d’heure.
timeline-shift-before-session = Déplacé à une heure avant votre séance.

## What the client can do with a reminder, and what is said once done.

# A button: mark the reminder done.
timeline-done = Fait
timeline-marked-done = Marqué comme fait.
timeline-snooze-hour = Dans une heure
timeline-snooze-evening = Ce soir
timeline-snooze-tomorrow = Demain matin
timeline-snoozed-hour = Reporté d’une heure.
timeline-snoozed-evening = Reporté à ce soir.
timeline-snoozed-tomorrow = Reporté à demain matin.

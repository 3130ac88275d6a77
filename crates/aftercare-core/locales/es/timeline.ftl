### Review status: draft. Written without a native speaker; needs review by one before release.

## Timeline: every reminder past and future, grouped by session, with Done and Snooze.

timeline-title = Agenda
# Followed by timeline-jump, when something is still to come. $count: how many reminders there are.
timeline-count =
    { $count ->
        [one] { $count } recordatorio.
       *[other] { $count } recordatorios.
    }
timeline-jump = Ir a lo próximo
# $count: how many reminders were missed.
timeline-missed =
    { $count ->
        [one] Te perdiste { $count } recordatorio: está marcado abajo.
       *[other] Te perdiste { $count } recordatorios: están marcados abajo.
    }

## The groups' headings.

# $session: the session's number; $date: its day, written out.
timeline-session-on = Sesión { $session } · { $date }
# A session no longer in the list. $session: its number.
timeline-session = Sesión { $session }
# Sun protection and check-ins after the healing month.
timeline-years-after = En los años siguientes
# Folded away: reminders a change set in the past, which never rang. $count: how many.
timeline-already-past =
    { $count ->
        [one] { $count } recordatorio ya había pasado cuando se programó
       *[other] { $count } recordatorios ya habían pasado cuando se programaron
    }

## Where a reminder stands.

timeline-state-upcoming = Próximo
timeline-state-snoozed = Pospuesto
timeline-state-shown = Mostrado
timeline-state-done = Hecho
timeline-state-missed = Perdido
timeline-state-past = Pasado

## A reminder.

# In place of its time. $when: the day and time the snooze ends.
timeline-snoozed-until = pospuesto hasta { $when }
# A line of a reminder: something allowed again. $step: its title.
timeline-item-new = Permitido de nuevo: { $step }
# Why a reminder does not come at its rule's time.
timeline-shift-quiet-hours = Se movió al final de tus horas de silencio.
timeline-shift-dst-gap = A esa hora se adelantó el reloj (cambio de horario); llega justo después del cambio.
timeline-shift-before-session = Se movió a una hora antes de tu sesión.

## What the client can do with a reminder, and what is said once done.

# A button: mark the reminder done.
timeline-done = Hecho
timeline-marked-done = Marcado como hecho.
timeline-snooze-hour = En una hora
timeline-snooze-evening = Esta noche
timeline-snooze-tomorrow = Mañana por la mañana
timeline-snoozed-hour = Pospuesto: en una hora.
timeline-snoozed-evening = Pospuesto: esta noche.
timeline-snoozed-tomorrow = Pospuesto: mañana por la mañana.
